"""ecosupervision:spillwarning through processing.run on hand-built memory layers.

Expected values are the textbook solution written out here (instantaneous release on one uniform reach,
the finite release by scipy quadrature of it), hand arithmetic on a Y network, or geometry.
"""

import json
import math

import pytest
from helpers.memory_layers import CRS, X0, Y0
from helpers.memory_layers import memory_layer as layer
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime, QVariant
from scipy import integrate, optimize

U, Q, E = 0.5, 20.0, 30.0
MASS_KG = 1000.0
START = "2026-06-01T08:00:00"



def c_instant(x, t, m_g, k=0.0):
    """C(x, t) = M/(A·√(4πEt))·exp(−(x−ut)²/(4Et))·exp(−kt), A = Q/u."""
    return m_g / (Q / U * math.sqrt(4 * math.pi * E * t)) * math.exp(-((x - U * t) ** 2) / (4 * E * t) - k * t)


def peak_time_instant(x):
    """dC/dt = 0 ⇔ u²t² + 2Et − x² = 0 (no decay)."""
    return (-E + math.sqrt(E * E + U * U * x * x)) / (U * U)


def rows(path):
    lyr = QgsVectorLayer(path, "out", "ogr") if isinstance(path, str) else path
    assert lyr.isValid(), path
    names = lyr.fields().names()
    return [{k: (None if v is None or (isinstance(v, QVariant) and v.isNull()) else v)
             for k, v in zip(names, f.attributes())} for f in lyr.getFeatures()]


DISTANCES = [3000.0, 15000.0, 60000.0]


def uniform(tmp_path, **extra):
    rivers = layer("LineString", ["q:double", "u:double", "e:double"],
                   [([(0, 0), (50000, 0), (100000, 0)], [Q, U, E])])
    spill = layer("Point", ["name:string"], [([(1000, 30)], ["tanker"])])
    rec = layer("Point", ["name:string"], [([(1000 + d, -40)], ["R{}".format(int(d / 1000))]) for d in DISTANCES])
    p = {"RIVERS": rivers, "DISCHARGE_FIELD": "q", "VELOCITY_FIELD": "u", "DISPERSION_FIELD": "e", "SPILL": spill,
         "SPILL_NAME_FIELD": "name", "MASS": MASS_KG, "DURATION": 0.0, "START_TIME": START, "POLLUTANT": "NH3N",
         "DECAY_RATE": 0.0, "TARGET_CLASS": 2, "RECEPTORS": rec, "RECEPTOR_NAME_FIELD": "name", "SNAP_TOLERANCE": 100.0,
         "TIME_STEP": 5.0, "HORIZON": 72.0, "OUTPUT": str(tmp_path / "rec.gpkg"),
         "SEGMENTS": str(tmp_path / "seg.gpkg"), "CURVES": str(tmp_path / "curves.gpkg"),
         "REPORT": str(tmp_path / "report.json")}
    p.update(extra)
    return p


def test_instantaneous_peak_equals_the_analytic_solution(run_alg, tmp_path):
    res = run_alg("spillwarning", uniform(tmp_path))
    out = {r["receptor"]: r for r in rows(res["OUTPUT"])}
    start = QDateTime.fromString(START, "yyyy-MM-ddTHH:mm:ss")
    for d in DISTANCES:
        r = out["R{}".format(int(d / 1000))]
        tp = peak_time_instant(d)
        assert r["status"] == "reached"
        assert r["dist_km"] == pytest.approx(d / 1000.0, abs=1e-6)
        assert r["peak_h"] == pytest.approx(tp / 3600.0, abs=1e-3)
        assert r["peak_mgl"] == pytest.approx(c_instant(d, tp, MASS_KG * 1000.0), rel=1e-6)
        assert r["limit_mgl"] == 1.0  # NH3-N class III
        # the peak datetime is the start plus the hours after it (local time)
        assert start.secsTo(r["peak_time"]) == pytest.approx(r["peak_h"] * 3600.0, abs=1.0)
        assert r["act_h"] == pytest.approx(r["exc_start_h"] if r["exc_start_h"] is not None else r["arrival_h"])
    # exceedance: the crossing of 1 mg/L before and after the peak at 3 km, found by root finding here
    r3 = out["R3"]
    tp = peak_time_instant(3000.0)
    t_in = optimize.brentq(lambda t: c_instant(3000.0, t, 1e6) - 1.0, 60.0, tp)
    t_out = optimize.brentq(lambda t: c_instant(3000.0, t, 1e6) - 1.0, tp, 72 * 3600.0)
    assert r3["exc_start_h"] == pytest.approx(t_in / 3600.0, abs=2e-3)
    assert r3["above_h"] == pytest.approx((t_out - t_in) / 3600.0, abs=2e-3)
    curves = [c for c in rows(res["CURVES"]) if c["receptor"] == "R15"]
    assert len(curves) == 72 * 12 + 1
    best = max(curves, key=lambda c: c["conc_mgl"])
    assert best["conc_mgl"] == pytest.approx(c_instant(15000.0, best["t_h"] * 3600.0, 1e6), rel=1e-6)
    seg = rows(res["SEGMENTS"])
    assert seg and all(s["arrival"] is not None for s in seg if s["arrival_h"] is not None)
    assert min(s["arrival_h"] for s in seg) < 0.1  # the segment with the spill in it
    report = json.load(open(res["REPORT"], encoding="utf-8"))
    assert report["dispersion_sources"] == {"given": 1, "fischer": 0, "default": 0, "missing": 0}
    assert [r["receptor"] for r in report["receptors"]] == ["R3", "R15", "R60"]
    assert report["spills"] == [{"spill": "tanker", "used": True, "snap_m": 30.0, "mass_kg": 1000.0,
                                 "duration_min": 0.0, "start_time": report["start_time"]}]


@pytest.mark.parametrize("kind, value", [
    ("datetime", QDateTime.fromString("2026-06-01T10:00:00", "yyyy-MM-ddTHH:mm:ss")),
    ("string", "2026-06-01 10:00:00")])
def test_spill_start_time_field_shifts_the_plume(run_alg, tmp_path, kind, value):
    spill = layer("Point", ["name:string", "t:{}".format(kind)], [([(1000, 30)], ["late", value])])
    res = run_alg("spillwarning", uniform(tmp_path, SPILL=spill, SPILL_TIME_FIELD="t", CURVES=None, SEGMENTS=None))
    r15 = [r for r in rows(res["OUTPUT"]) if r["receptor"] == "R15"][0]
    assert r15["peak_h"] == pytest.approx(2.0 + peak_time_instant(15000.0) / 3600.0, abs=1e-3)
    assert r15["peak_mgl"] == pytest.approx(c_instant(15000.0, peak_time_instant(15000.0), 1e6), rel=1e-6)


def test_finite_release_equals_quadrature_of_the_instantaneous_solution(run_alg, tmp_path):
    duration = 3600.0
    res = run_alg("spillwarning", uniform(tmp_path, DURATION=duration / 60.0))
    out = {r["receptor"]: r for r in rows(res["OUTPUT"])}
    m_rate = MASS_KG * 1000.0 / duration  # g/s

    def c_finite(x, t):
        return integrate.quad(lambda s: m_rate * c_instant(x, t - s, 1.0), 0.0, min(t, duration) - 1e-9,
                              epsabs=0, epsrel=1e-11, limit=200)[0]

    for d in (3000.0, 15000.0):
        r = out["R{}".format(int(d / 1000))]
        guess = peak_time_instant(d) + duration / 2
        best = optimize.minimize_scalar(lambda t, d=d: -c_finite(d, t), bounds=(guess - 3600, guess + 3600),
                                        method="bounded", options={"xatol": 1e-3})
        assert r["peak_mgl"] == pytest.approx(c_finite(d, best.x), rel=1e-6)
        assert r["peak_h"] == pytest.approx(best.x / 3600.0, abs=5e-3)


def y_inputs(crs=CRS, x0=X0, y0=Y0, scale=1.0):
    """Tributary A (6 km west→east) and B (4 km south→north) join; C runs 30 km on; a separate stream."""
    s = scale
    rivers = layer("LineString", ["q:double", "u:double"], [
        ([(0, 0), (6000 * s, 0)], [5.0, 0.4]), ([(6000 * s, -4000 * s), (6000 * s, 0)], [15.0, 0.6]),
        ([(6000 * s, 0), (36000 * s, 0)], [20.0, 0.8]), ([(0, 50000 * s), (10000 * s, 50000 * s)], [5.0, 0.5])],
        crs, x0, y0)
    spill = layer("Point", ["kg:double"], [([(1000 * s, 20 * s)], [500.0])], crs, x0, y0)
    rec = layer("Point", ["name:string", "cls:string"], [
        ([(6000 * s, -2000 * s)], ["branch", None]), ([(500 * s, 0)], ["upstream", None]),
        ([(20000 * s, 9000 * s)], ["far", None]), ([(16000 * s, 0)], ["main", "II"]),
        ([(5000 * s, 50000 * s)], ["other", None])], crs, x0, y0)
    return rivers, spill, rec


def y_params(tmp_path, crs=CRS, x0=X0, y0=Y0, scale=1.0, **extra):
    rivers, spill, rec = y_inputs(crs, x0, y0, scale)
    p = {"RIVERS": rivers, "DISCHARGE_FIELD": "q", "VELOCITY_FIELD": "u", "DISPERSION": 20.0, "SPILL": spill,
         "MASS_FIELD": "kg", "START_TIME": START, "POLLUTANT": "NH3N", "RECEPTORS": rec, "RECEPTOR_NAME_FIELD": "name",
         "RECEPTOR_CLASS_FIELD": "cls", "SNAP_TOLERANCE": 200.0, "TIME_STEP": 5.0, "HORIZON": 48.0,
         "OUTPUT": str(tmp_path / "rec.gpkg"), "CURVES": str(tmp_path / "curves.gpkg"),
         "REPORT": str(tmp_path / "report.html")}
    p.update(extra)
    return p


def test_status_per_receptor_and_dilution(run_alg, tmp_path):
    res = run_alg("spillwarning", y_params(tmp_path))
    out = {r["receptor"]: r for r in rows(res["OUTPUT"])}
    assert out["branch"]["status"] == "other_branch"
    assert out["upstream"]["status"] == "upstream"
    assert out["far"]["status"] == "off_network"
    assert out["other"]["status"] == "other_network"
    assert all(out[k]["peak_mgl"] is None and out[k]["arrival"] is None for k in ("branch", "upstream", "far", "other"))
    main = out["main"]
    assert main["status"] == "reached" and main["status_label"]
    assert main["limit_mgl"] == 0.5  # class II from the class field
    # 5 km on A at 0.4 m/s, then 10 km on C at 0.8 m/s
    assert main["travel_h"] == pytest.approx((5000 / 0.4 + 10000 / 0.8) / 3600.0, abs=1e-4)
    assert main["dist_km"] == pytest.approx(15.0, abs=1e-6)
    # mass balance at the receptor: ∫C·Q dt = M (no decay), on the written curve
    curve = sorted((c["t_h"], c["conc_mgl"]) for c in rows(str(res["CURVES"])) if c["receptor"] == "main")
    flux = integrate.trapezoid([c for _, c in curve], [t * 3600.0 for t, _ in curve]) * 20.0
    assert flux == pytest.approx(500.0 * 1000.0, rel=1e-6)
    text = open(res["REPORT"], encoding="utf-8").read()
    assert "main" in text and "<svg" in text and 'id="report-data"' in text and "data:image/png" in text


def in_degrees(lyr):
    """A copy of ``lyr`` in EPSG:4326 (the same places, coordinates in degrees)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    kind = "LineString" if lyr.geometryType() == 1 else "Point"
    out = QgsVectorLayer("{}?crs=EPSG:4326".format(kind), "deg", "memory")
    out.dataProvider().addAttributes(lyr.fields().toList())
    out.updateFields()
    xf = QgsCoordinateTransform(lyr.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    feats = []
    for f in lyr.getFeatures():
        g = QgsGeometry(f.geometry())
        g.transform(xf)
        n = QgsFeature(out.fields())
        n.setGeometry(g)
        n.setAttributes(f.attributes())
        feats.append(n)
    out.dataProvider().addFeatures(feats)
    return out


def test_geographic_input_is_handled_in_metres(run_alg, tmp_path):
    res_m = run_alg("spillwarning", y_params(tmp_path, OUTPUT=str(tmp_path / "m.gpkg"), REPORT=None))
    rivers, spill, rec = (in_degrees(lyr) for lyr in y_inputs())
    res_g = run_alg("spillwarning", y_params(tmp_path, RIVERS=rivers, SPILL=spill, RECEPTORS=rec,
                                            OUTPUT=str(tmp_path / "g.gpkg"), REPORT=None))
    m = {r["receptor"]: r for r in rows(res_m["OUTPUT"])}
    g = {r["receptor"]: r for r in rows(res_g["OUTPUT"])}
    assert g["main"]["status"] == "reached" and g["far"]["status"] == "off_network"
    # the same river in another metric CRS (UTM instead of Gauss-Krüger): lengths agree to the scale factors
    assert g["main"]["dist_km"] == pytest.approx(15.0, rel=2e-3)
    assert g["main"]["peak_h"] == pytest.approx(m["main"]["peak_h"], rel=2e-3)


def test_zero_velocity_on_the_path_is_a_status(run_alg, tmp_path):
    rivers, spill, rec = y_inputs()
    rivers.startEditing()
    f = [f for f in rivers.getFeatures() if f["q"] == 20.0][0]
    rivers.changeAttributeValue(f.id(), rivers.fields().lookupField("u"), 0.0)
    rivers.commitChanges()
    res = run_alg("spillwarning", y_params(tmp_path, RIVERS=rivers, RECEPTORS=layer(
        "Point", ["name:string"], [([(3000, 0)], ["A3"]), ([(16000, 0)], ["main"])]), RECEPTOR_CLASS_FIELD=None))
    out = {r["receptor"]: r for r in rows(res["OUTPUT"])}
    assert out["A3"]["status"] == "reached"
    assert out["main"]["status"] == "no_velocity" and out["main"]["peak_mgl"] is None


@pytest.mark.parametrize("extra, message", [
    ({"MASS_FIELD": None, "MASS": 0.0}, "mass"),
    ({"HORIZON": 0.01, "TIME_STEP": 0.1}, "HORIZON"),
    ({"DISCHARGE_FIELD": None}, "discharge"),
    ({"POLLUTANT": "benzene"}, "LIMIT"),
    ({"SNAP_TOLERANCE": 1.0, "SPILL": "far"}, "snapping tolerance"),
])
def test_bad_input(run_alg, tmp_path, extra, message):
    if extra.get("SPILL") == "far":
        extra = dict(extra, SPILL=layer("Point", ["kg:double"], [([(1000, 900)], [500.0])]))
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("spillwarning", y_params(tmp_path, **extra))


def test_too_short_horizon_is_a_status_and_a_warning(run_alg, tmp_path):
    res = run_alg("spillwarning", y_params(tmp_path, HORIZON=2.0, REPORT=str(tmp_path / "r.json")))
    out = {r["receptor"]: r for r in rows(res["OUTPUT"])}
    assert out["main"]["status"] == "beyond_horizon" and out["main"]["arrival"] is None
    report = json.load(open(res["REPORT"], encoding="utf-8"))
    assert any("Lengthen HORIZON" in w and "6.9 h" in w for w in report["warnings"])  # τ = 12 500 + 12 500 s


def test_mass_field_with_zero_is_refused(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException, match="mass"):
        run_alg("spillwarning", y_params(tmp_path, SPILL=layer("Point", ["kg:double"], [([(1000, 0)], [0.0])])))


def test_destination_equal_to_an_input_is_refused(run_alg, tmp_path):
    from osgeo import ogr, osr

    path = tmp_path / "inputs.gpkg"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("intakes", srs, ogr.wkbPoint)
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt("POINT({} {})".format(X0 + 16000, Y0)))
    lyr.CreateFeature(f)
    ds = None
    source = "{}|layername=intakes".format(path)
    with pytest.raises(QgsProcessingException):
        run_alg("spillwarning", y_params(tmp_path, RECEPTORS=source, RECEPTOR_NAME_FIELD=None,
                                         RECEPTOR_CLASS_FIELD=None, OUTPUT=source))
    assert QgsVectorLayer(source, "in", "ogr").featureCount() == 1
