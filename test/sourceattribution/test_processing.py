"""ecosupervision:sourceattribution through processing.run: the sample city (the planted VOC source ranks
first), a readings table joined to stations (memory layers, read feature by feature) against the core,
the bulk GeoPackage reading against feature-by-feature reading, outputs and report, and bad input."""

import importlib.util
import json
import os
import shutil
import tempfile

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
from synthetic import plume_series

from eco_supervision.eco_supervision_plugin.core.air.plan import AttributionOptions, plan_source_attribution

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(tempfile.mkdtemp(prefix="eco_attribution_"), "eco_city.gpkg")  # a copy: QGIS opens a
shutil.copyfile(os.path.join(REPO, "resources", "sample_data", "eco_city.gpkg"), SAMPLE)  # GeoPackage for update
CRS = "EPSG:4548"
X0, Y0 = 500000.0, 4050000.0


def sample_params(tmp_path, **kw):
    params = {
        "READINGS": SAMPLE + "|layername=air_readings", "STATIONS": SAMPLE + "|layername=air_stations",
        "STATION_FIELD": "station_code", "VALUE_FIELD": "TVOC", "WIND_DIRECTION_FIELD": "wind_dir",
        "WIND_SPEED_FIELD": "wind_speed", "PERCENTILE_LOW": 90, "SECTORS": 16, "MIN_SAMPLES": 3,
        "CANDIDATES": SAMPLE + "|layername=voc_enterprises", "MAX_DISTANCE": 10,
        "OUTPUT": str(tmp_path / "wedges.gpkg"), "SOURCE_AREA": str(tmp_path / "area.gpkg"),
        "CANDIDATES_OUTPUT": str(tmp_path / "candidates.gpkg"), "REPORT": str(tmp_path / "report.json")}
    params.update(kw)
    return params


def planted_fid():
    """The generator's planted source (the enterprises are written in order, fid = index + 1)."""
    spec = importlib.util.spec_from_file_location("make_sample_data", os.path.join(REPO, "scripts",
                                                                                   "make_sample_data.py"))
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    city = generator.City(generator.DEFAULT_SEED)
    city.build()
    return city.planted_voc_source + 1


def read_gpkg(path):
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    rows = [dict(f.items(), fid=f.GetFID(), geom=f.GetGeometryRef().Clone()) for f in layer]
    return rows


@pytest.mark.parametrize("low", [75, 90])
def test_sample_city_planted_source_first(run_alg, tmp_path, low):
    result = run_alg("sourceattribution", sample_params(tmp_path, PERCENTILE_LOW=low))
    ranked = sorted((r for r in read_gpkg(result["CANDIDATES_OUTPUT"]) if r["rank"]), key=lambda r: r["rank"])
    assert ranked[0]["fid"] == planted_fid()
    assert ranked[0]["n_pointing"] >= 3 and ranked[0]["pointing"].count("km") == ranked[0]["n_pointing"]
    wedges = read_gpkg(result["OUTPUT"])
    # 11 stations with readings x at most 16 sectors; every wedge valid, cpf = m / n
    assert 0 < len(wedges) <= 11 * 16
    for w in wedges:
        assert w["geom"].IsValid() and w["cpf"] == pytest.approx(w["m"] / w["n"], abs=1e-4)
        assert w["flagged"] == int(w["n"] < 3)
    report = json.load(open(result["REPORT"], encoding="utf-8"))
    assert report["readings_used"] == 11 * 24 * 7
    assert report["top_candidates"][0]["fid"] == planted_fid()
    assert sum(s["calms"] for s in report["stations"]) == report["calm_readings"]
    area = read_gpkg(result["SOURCE_AREA"])
    assert area and max(a["score"] for a in area) > 0


def memory_inputs(rng, table=True):
    source = np.array([X0 + 3000.0, Y0 - 2000.0])
    angles = np.radians([10, 75, 140, 200, 260, 320])
    dists = np.array([2500.0, 4000.0, 3000.0, 5000.0, 3500.0, 4500.0])
    xy = source + np.stack([dists * np.sin(angles), dists * np.cos(angles)], axis=1)
    direction, speed, value = plume_series(source, xy, 24 * 30, rng)
    stations = QgsVectorLayer("Point?crs={}&field=code:string".format(CRS), "stations", "memory")
    feats = []
    for k, (x, y) in enumerate(xy):
        f = QgsFeature(stations.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes(["S{}".format(k)])
        feats.append(f)
    stations.dataProvider().addFeatures(feats)
    kind = "None" if table else "Point?crs={}".format(CRS)
    sep = "?" if table else "&"
    readings = QgsVectorLayer(kind + sep + "field=code:string&field=wd:double&field=ws:double&field=c:double",
                              "readings", "memory")
    feats = []
    for k in range(len(xy)):
        for h in range(direction.shape[1]):
            f = QgsFeature(readings.fields())
            if not table:
                f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*xy[k])))
            f.setAttributes(["S{}".format(k), float(direction[k, h]), float(speed[k, h]), float(value[k, h])])
            feats.append(f)
    readings.dataProvider().addFeatures(feats)
    cands = QgsVectorLayer("Polygon?crs={}&field=name:string&field=t:double".format(CRS), "cands", "memory")
    cxy = rng.uniform([X0 - 6000, Y0 - 9000], [X0 + 12000, Y0 + 6000], (60, 2))
    cxy[17] = source
    feats = []
    for k, (x, y) in enumerate(cxy):
        f = QgsFeature(cands.fields())
        square = [QgsPointXY(x + dx, y + dy) for dx, dy in ((-50, -50), (50, -50), (50, 50), (-50, 50), (-50, -50))]
        f.setGeometry(QgsGeometry.fromPolygonXY([square]))
        f.setAttributes(["C{}".format(k), 1.0])
        feats.append(f)
    cands.dataProvider().addFeatures(feats)
    arrays = (xy, direction.ravel(), speed.ravel(), value.ravel(), cxy)
    return stations, readings, cands, arrays


@pytest.mark.parametrize("table", [True, False])
def test_table_join_matches_core(run_alg, tmp_path, table):
    stations, readings, cands, (xy, d, s, v, cxy) = memory_inputs(np.random.default_rng(4), table)
    params = {"READINGS": readings, "STATIONS": stations if table else None, "STATION_FIELD": "code",
              "VALUE_FIELD": "c", "WIND_DIRECTION_FIELD": "wd", "WIND_SPEED_FIELD": "ws", "STATISTIC": 1,
              "SPEED_BINS": "2, 4", "SECTORS": 36, "CANDIDATES": cands, "MAX_DISTANCE": 15,
              "OUTPUT": str(tmp_path / "w.gpkg"), "CANDIDATES_OUTPUT": str(tmp_path / "c.gpkg"),
              "REPORT": str(tmp_path / "r.html")}
    result = run_alg("sourceattribution", params)
    ids = ["S{}".format(k) for k in range(len(xy))]
    plan = plan_source_attribution(xy, ids, np.repeat(ids, len(d) // len(ids)), d, s, v,
                                   AttributionOptions(statistic="CBPF", speed_edges=(2.0, 4.0), sectors=36,
                                                      max_distance=15000.0, source_area=False), cxy)
    wedges = read_gpkg(result["OUTPUT"])
    assert sorted(w["n"] for w in wedges) == sorted(plan.wedges.n.tolist())
    cands_out = {r["name"]: r for r in read_gpkg(result["CANDIDATES_OUTPUT"])}
    assert cands_out["C17"]["rank"] <= 2  # the planted source (75-100 band, a month of readings)
    for k in range(len(cxy)):
        assert cands_out["C{}".format(k)]["score"] == pytest.approx(plan.ranking.score[k], abs=1e-4)
        assert cands_out["C{}".format(k)]["rank"] == plan.ranking.rank[k]
    assert "SOURCE_AREA" not in result or result["SOURCE_AREA"] is None or os.path.exists(result["SOURCE_AREA"])
    assert "<table>" in open(result["REPORT"], encoding="utf-8").read()


def test_bulk_read_equals_feature_reading(run_alg, tmp_path):
    """The sample GeoPackage read in bulk gives what the same layer gives read feature by feature."""
    bulk = run_alg("sourceattribution", sample_params(tmp_path, SOURCE_AREA=None, CANDIDATES_OUTPUT=None))
    layer = QgsVectorLayer(SAMPLE + "|layername=air_readings", "r", "ogr")
    layer.setSubsetString("fid > 0")  # a subset: the bulk path steps aside
    slow = run_alg("sourceattribution", sample_params(tmp_path, READINGS=layer, SOURCE_AREA=None,
                                                      CANDIDATES_OUTPUT=None, OUTPUT=str(tmp_path / "w2.gpkg"),
                                                      REPORT=str(tmp_path / "r2.json")))
    key = lambda r: (r["station"], r["sector"], r["speed_bin"])  # noqa: E731
    a = sorted((key(r), r["n"], r["m"]) for r in read_gpkg(bulk["OUTPUT"]))
    b = sorted((key(r), r["n"], r["m"]) for r in read_gpkg(slow["OUTPUT"]))
    assert a == b and len(a) > 50


def test_time_window_sample(run_alg, tmp_path):
    result = run_alg("sourceattribution", sample_params(
        tmp_path, TIME_FIELD="time", START="2026-03-17T00:00:00", END="2026-03-18T23:00:00",
        SOURCE_AREA=None, CANDIDATES_OUTPUT=None))
    report = json.load(open(result["REPORT"], encoding="utf-8"))
    assert report["readings_used"] == 11 * 48


def bad_layers(kind):
    stations, readings, cands, _ = memory_inputs(np.random.default_rng(9))
    provider = readings.dataProvider()
    field = {"radians": 1, "outside": 1, "calm": 2}
    if kind in field:
        changes = {}
        for f in readings.getFeatures():
            value = {"radians": np.radians(f["wd"]), "outside": f["wd"] + 400.0, "calm": 0.1}[kind]
            changes[f.id()] = {field[kind]: float(value)}
        provider.changeAttributeValues(changes)
    return stations, readings, cands


@pytest.mark.parametrize("kind, message", [
    ("radians", "radians"), ("outside", "outside 0–360"), ("calm", "calm"), ("no_wind", "WIND_SPEED_FIELD"),
    ("no_stations", "table without points"), ("far", "No candidate source lies within"),
    ("bad_bins", "SPEED_BINS"), ("no_coordinates", "No station has coordinates"),
    ("window_without_time", "needs TIME_FIELD"),
])
def test_bad_input(run_alg, tmp_path, kind, message):
    stations, readings, cands = bad_layers(kind)
    if kind == "no_coordinates":
        stations.dataProvider().changeGeometryValues({f.id(): QgsGeometry() for f in stations.getFeatures()})
    before = [f.attributes() for f in readings.getFeatures()]
    params = {"READINGS": readings, "STATIONS": stations, "STATION_FIELD": "code", "VALUE_FIELD": "c",
              "WIND_DIRECTION_FIELD": "wd", "WIND_SPEED_FIELD": "ws", "CANDIDATES": cands, "MAX_DISTANCE": 15,
              "STATISTIC": 1, "OUTPUT": "memory:", "REPORT": str(tmp_path / "r.json")}
    if kind == "no_wind":
        params["WIND_SPEED_FIELD"] = ""
    elif kind == "no_stations":
        params["STATIONS"] = None
    elif kind == "far":
        params["MAX_DISTANCE"] = 0.001
    elif kind == "bad_bins":
        params["SPEED_BINS"] = "2, fast"
    elif kind == "window_without_time":
        params["START"] = "2026-03-17T00:00:00"
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("sourceattribution", params)
    assert [f.attributes() for f in readings.getFeatures()] == before  # inputs never modified


def integer_code_gpkg(path, rng):
    """A GeoPackage with integer station codes: stations (points) and readings (a table without geometry)."""
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    st = ds.CreateLayer("stations", srs, ogr.wkbPoint)
    st.CreateField(ogr.FieldDefn("code", ogr.OFTInteger))
    for k in range(3):
        f = ogr.Feature(st.GetLayerDefn())
        f.SetField("code", 100 + k)
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT({} {})".format(X0 + 1000 * k, Y0)))
        st.CreateFeature(f)
    rd = ds.CreateLayer("readings", None, ogr.wkbNone)
    for name, kind in (("code", ogr.OFTInteger), ("wd", ogr.OFTReal), ("ws", ogr.OFTReal), ("c", ogr.OFTReal)):
        rd.CreateField(ogr.FieldDefn(name, kind))
    for k in range(3):
        for _ in range(100):
            f = ogr.Feature(rd.GetLayerDefn())
            f.SetField("code", 100 + k)
            f.SetField("wd", float(rng.uniform(0, 360)))
            f.SetField("ws", float(rng.uniform(1, 5)))
            f.SetField("c", float(rng.uniform(0, 50)))
            rd.CreateFeature(f)
    ds = None


@pytest.mark.parametrize("bulk", [True, False])
def test_integer_station_codes_join(run_alg, tmp_path, bulk):
    path = tmp_path / "codes.gpkg"
    integer_code_gpkg(path, np.random.default_rng(2))
    readings = QgsVectorLayer(str(path) + "|layername=readings", "readings", "ogr")
    if not bulk:
        readings.setSubsetString("fid > 0")  # read feature by feature
    result = run_alg("sourceattribution", {
        "READINGS": readings, "STATIONS": str(path) + "|layername=stations", "STATION_FIELD": "code",
        "VALUE_FIELD": "c", "WIND_DIRECTION_FIELD": "wd", "WIND_SPEED_FIELD": "ws", "MIN_SAMPLES": 2,
        "OUTPUT": str(tmp_path / "w.gpkg"), "REPORT": str(tmp_path / "r.json")})
    report = json.load(open(result["REPORT"], encoding="utf-8"))
    assert report["readings_used"] == 300 and report["readings_unknown_station"] == 0
    assert sorted(s["station"] for s in report["stations"]) == ["100", "101", "102"]


def test_wind_layer_joined_by_nearest_met_station_and_hour(run_alg, tmp_path):
    # the memory inputs' wind reported by met stations 10 m from each air station (at 20 past the hour), the
    # readings without wind: the wedges must be those of the readings with their own wind; one polar plot each
    stations, _, cands, (xy, d, s, v, cxy) = memory_inputs(np.random.default_rng(4))
    hours = len(d) // len(xy)
    readings = QgsVectorLayer("None?field=code:string&field=t:datetime&field=c:double", "readings", "memory")
    wind = QgsVectorLayer("Point?crs={}&field=met:string&field=t:datetime&field=wd:double&field=ws:double"
                          .format(CRS), "wind", "memory")
    from qgis.PyQt.QtCore import QDateTime, Qt

    start = QDateTime(2026, 1, 5, 0, 0, 0, Qt.UTC)
    feats, reports = [], []
    for k in range(len(xy)):
        for h in range(hours):
            f = QgsFeature(readings.fields())
            f.setAttributes(["S{}".format(k), start.addSecs(3600 * h), float(v[k * hours + h])])
            feats.append(f)
            w = QgsFeature(wind.fields())
            w.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xy[k][0] + 10.0, xy[k][1])))
            w.setAttributes(["M{}".format(k), start.addSecs(3600 * h + 1200), float(d[k * hours + h]),
                             float(s[k * hours + h])])
            reports.append(w)
    readings.dataProvider().addFeatures(feats)
    wind.dataProvider().addFeatures(reports)
    params = {"READINGS": readings, "STATIONS": stations, "STATION_FIELD": "code", "VALUE_FIELD": "c",
              "TIME_FIELD": "t", "WIND": wind, "MET_STATION_FIELD": "met", "MET_TIME_FIELD": "t",
              "MET_DIRECTION_FIELD": "wd", "MET_SPEED_FIELD": "ws", "STATISTIC": 1, "SPEED_BINS": "2, 4",
              "SECTORS": 36, "CANDIDATES": cands, "MAX_DISTANCE": 15, "OUTPUT": str(tmp_path / "w.gpkg"),
              "REPORT": str(tmp_path / "r.html")}
    result = run_alg("sourceattribution", params)
    ids = ["S{}".format(k) for k in range(len(xy))]
    plan = plan_source_attribution(xy, ids, np.repeat(ids, hours), d, s, v,
                                   AttributionOptions(statistic="CBPF", speed_edges=(2.0, 4.0), sectors=36,
                                                      max_distance=15000.0, source_area=False), cxy)
    key = lambda r: (r["station"], r["sector"], r["speed_bin"], r["n"], r["m"])  # noqa: E731
    ours = sorted(key(r) for r in read_gpkg(result["OUTPUT"]))
    core = sorted(zip([ids[i] for i in plan.wedges.station.tolist()], plan.wedges.sector.tolist(),
                      plan.wedges.speed_bin.tolist(), plan.wedges.n.tolist(), plan.wedges.m.tolist()))
    assert ours == core
    html = open(result["REPORT"], encoding="utf-8").read()
    assert html.count('class="chart-polar"') == len(xy)  # a polar plot per station
    assert "M0" in html  # the met station named
    with pytest.raises(QgsProcessingException, match="MET_SPEED_FIELD"):
        run_alg("sourceattribution", dict(params, MET_SPEED_FIELD=None))
    with pytest.raises(QgsProcessingException, match="TIME_FIELD"):
        run_alg("sourceattribution", dict(params, TIME_FIELD=None))
