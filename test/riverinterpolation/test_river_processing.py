"""ecosupervision:riverinterpolation through processing.run.

* a hand-computed network: mixing at the confluence and at an outfall, GB 3838 classes and exceedance
  multiples worked out from Table 1 by hand, river vs lake TP limits, bad input (sections too far,
  negative values, unknown parameter names, disconnected networks);
* the real Middle Fork data set: leave-one-out errors side by side, and our straight-line IDW checked
  against QGIS's own ``qgis:idwinterpolation``.
"""

import json
import math
import os

import numpy as np
import pytest
from helpers.notes import note_data
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from eco_supervision.eco_supervision_plugin.core.river import idw

CRS = "EPSG:4548"
X0, Y0 = 500000.0, 3500000.0
FIELDS = ["CODMn", "NH3N", "TP", "DO"]


def line_layer(lines, attrs):
    layer = QgsVectorLayer(
        "LineString?crs={}&field=reach_id:integer&field=discharge_m3s:double&field=velocity_ms:double"
        "&field=rev:integer".format(CRS), "rivers", "memory")
    feats = []
    for pts, a in zip(lines, attrs):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x, Y0 + y) for x, y in pts]))
        f.setAttributes(list(a))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def point_layer(points, attrs, fields):
    layer = QgsVectorLayer("Point?crs={}&{}".format(CRS, "&".join("field=" + f for f in fields)), "pts", "memory")
    feats = []
    for (x, y), a in zip(points, attrs):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y)))
        f.setAttributes(list(a))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


@pytest.fixture
def layers():
    s = 10 / math.sqrt(2)
    rivers = line_layer(
        [[(0, 3000), (3000, 0)],  # A
         [(3000, 0), (1500, -2000), (0, -4000)],  # B, drawn against the flow (rev = 1)
         [(3000, 0), (9000, 0)],  # C below the confluence
         [(0, 20000), (8000, 20000)]],  # D: a separate river
        [(1, 2.0, 0.3, 0), (2, 6.0, 0.3, 1), (3, 8.0, 0.3, 0), (4, 3.0, 0.3, 0)])
    sections = point_layer(
        [(s, 3000 + s), (-8, -4000 + 6), (50000, 50000), (0, 20015)],
        [("A", 3.0, 1.2, 0.1, 8.0, 1.0), ("B", 7.0, 0.3, 0.05, 6.5, 2.0), ("far", 1.0, 0.1, 0.01, 9.0, 3.0),
         ("D", -1.0, 2.5, 0.25, 4.0, 4.0)],
        ["name:string", "CODMn:double", "NH3N:double", "TP:double", "DO:double", "foo:double"])
    outfalls = point_layer([(6000, 20)], [("works", 2.0, 5.525)], ["name:string", "flow_m3s:double", "NH3N:double"])
    return rivers, sections, outfalls


def params(layers, tmp_path, **extra):
    rivers, sections, outfalls = layers
    p = {
        "RIVERS": rivers, "REVERSE_FIELD": "rev", "DISCHARGE_FIELD": "discharge_m3s", "VELOCITY_FIELD": "velocity_ms",
        "SECTIONS": sections, "SECTION_ID_FIELD": "name", "PARAMETERS": FIELDS, "SNAP_TOLERANCE": 50.0,
        "OUTFALLS": outfalls, "OUTFALL_FLOW_FIELD": "flow_m3s", "METHOD": 0,
        "DECAY_RATES": "CODMn=0; NH3N=0; TP=0; DO=0", "CALIBRATE_DECAY": False, "SEGMENT_LENGTH": 500.0,
        "WATER_BODY": 0, "TARGET_CLASS": 2,
        "OUTPUT": str(tmp_path / "seg.gpkg"), "SECTIONS_OUTPUT": str(tmp_path / "sec.gpkg"),
        "REPORT": str(tmp_path / "report.json"),
    }
    p.update(extra)
    return p


def features(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    return [{k: (None if v is None or (isinstance(v, QVariant) and v.isNull()) else v)
             for k, v in zip(names, f.attributes())} for f in layer.getFeatures()]


def by_reach(rows, reach_fid):
    return [r for r in rows if r["reach_fid"] == reach_fid]


def test_hand_computed_network(run_alg, layers, tmp_path):
    res = run_alg("riverinterpolation", params(layers, tmp_path))
    seg = features(res["OUTPUT"])
    assert len(seg) == 9 + 10 + 12 + 16  # ceil(4243/500), ceil(5000/500), 6000/500, 8000/500
    # A: CODMn 3 (II), NH3N 1.2 (IV), TP 0.1 (II), DO 8 (I) → IV; NH3N over III by (1.2−1.0)/1.0
    for r in by_reach(seg, 1):
        assert (r["CODMn_class"], r["NH3N_class"], r["TP_class"], r["DO_class"], r["class"]) == (2, 4, 2, 1, 4)
        assert r["over_target"] == "NH3N(0.20)" and r["max_exceed"] == pytest.approx(0.2)
    # B (direction fixed by the reverse field): CODMn 7 → IV, over by (7−6)/6
    for r in by_reach(seg, 2):
        assert r["class"] == 4 and r["max_exceed"] == pytest.approx(1 / 6)
    # C: complete mixing by discharge, (2·A + 6·B)/8; below the outfall NH3N = (8·0.525 + 2·5.525)/10
    c = sorted(by_reach(seg, 3), key=lambda r: r["seg_id"])
    for r in c:
        assert r["CODMn"] == pytest.approx(6.0) and r["TP"] == pytest.approx(0.0625)
        assert r["DO"] == pytest.approx(6.875)
    assert [round(r["NH3N"], 6) for r in c] == [0.525] * 6 + [1.525] * 6
    assert [r["class"] for r in c] == [3] * 6 + [5] * 6
    # D: a separate network; its only CODMn is negative (excluded), NH3N 2.5 is worse than V
    for r in by_reach(seg, 4):
        assert r["CODMn"] is None and r["NH3N_class"] == 6 and r["class"] == 6
        assert r["max_exceed"] == pytest.approx(1.5)
        assert "DO(0.20)" in r["over_target"] and "TP(0.25)" in r["over_target"]
    # distances to the sections along the flow
    first_c = c[0]
    assert first_c["dist_down_m"] is None
    assert first_c["dist_up_m"] == pytest.approx(250.0 + 4242.64, abs=1.0)

    secs = {r["section"]: r for r in features(res["SECTIONS_OUTPUT"])}
    assert secs["far"]["snapped"] == 0 and secs["A"]["snapped"] == 1
    assert secs["A"]["class"] == 4 and secs["D"]["CODMn"] is None and secs["D"]["class"] == 6
    # left out, B has no section upstream (a headwater) nor downstream: the decay model cannot predict it
    assert secs["B"]["NH3N_loo"] is None and secs["B"]["NH3N_err"] is None

    report = json.load(open(res["REPORT"], encoding="utf-8"))
    assert [s["section"] for s in report["sections_too_far"]] == ["far"]
    assert len(report["networks"]) == 2
    assert report["confluences"] == 1
    assert report["lines_reversed_by_field"] == 1
    rows = {r["class"]: r for r in report["length_per_class"]}
    assert rows["IV"]["length_km"] == pytest.approx(4.2426 + 5.0, abs=0.01)
    assert rows["劣V"]["length_km"] == pytest.approx(8.0)
    assert rows["V"]["length_km"] == pytest.approx(3.0)
    assert sum(r["percent"] for r in report["length_per_class"]) == pytest.approx(100.0, abs=0.05)
    assert any("negative" in w for w in report["warnings"])
    assert {(r["parameter"], r["method"]) for r in report["leave_one_out"]} >= {
        ("NH3N", m) for m in ("decay", "idw", "kriging", "straight_idw")}


def test_lake_tp_limits_are_stricter(run_alg, layers, tmp_path):
    res = run_alg("riverinterpolation", params(layers, tmp_path, WATER_BODY=1))
    a = by_reach(features(res["OUTPUT"]), 1)
    # TP 0.1 mg/L: class II in rivers, IV in lakes/reservoirs; over III (0.05) by 1.0
    assert all(r["TP_class"] == 4 for r in a)
    assert all("TP(1.00)" in r["over_target"] for r in a)


def test_idw_method_keeps_tributaries_apart(run_alg, layers, tmp_path):
    res = run_alg("riverinterpolation", params(layers, tmp_path, METHOD=1))
    seg = features(res["OUTPUT"])
    # on A only section A is flow-connected (B sits on the other tributary)
    assert all(r["NH3N"] == pytest.approx(1.2) for r in by_reach(seg, 1))
    assert all(r["NH3N"] == pytest.approx(0.3) for r in by_reach(seg, 2))


def test_unknown_parameter_names_are_refused(run_alg, layers, tmp_path):
    with pytest.raises(QgsProcessingException, match="foo.*CODMn"):
        run_alg("riverinterpolation", params(layers, tmp_path, PARAMETERS=["NH3N", "foo"]))


def test_no_section_near_a_river_is_refused(run_alg, layers, tmp_path):
    with pytest.raises(QgsProcessingException, match="snapping tolerance"):
        run_alg("riverinterpolation", params(layers, tmp_path, SNAP_TOLERANCE=1.0))


# -- real data -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def middle_fork(test_data):
    return os.path.join(test_data, "middle_fork")


def test_middle_fork_loo_side_by_side(run_alg, middle_fork, tmp_path):
    res = run_alg("riverinterpolation", {
        "RIVERS": os.path.join(middle_fork, "MF_streams.gpkg"), "SECTIONS": os.path.join(middle_fork, "MF_obs.gpkg"),
        "PARAMETERS": ["Summer_mn"], "ALLOW_OTHER_PARAMETERS": True, "WEIGHT_FIELD": "h2oAreaKm2", "METHOD": 2,
        "COVARIATES": ["ELEV_DEM", "SLOPE", "AREAWTMAP"], "OUTPUT": str(tmp_path / "seg.gpkg"),
        "SECTIONS_OUTPUT": str(tmp_path / "sec.gpkg"), "REPORT": str(tmp_path / "report.html")})
    html = open(res["REPORT"], encoding="utf-8").read()
    data = note_data(html)
    stats = {r["method"]: r for r in data["leave_one_out"]}
    assert set(stats) == {"decay", "idw", "kriging", "straight_idw"}
    assert stats["kriging"]["rmspe"] < 0.5 < stats["straight_idw"]["rmspe"]
    assert stats["idw"]["rmspe"] < stats["straight_idw"]["rmspe"]
    assert 0.7 <= stats["kriging"]["coverage90"] <= 1.0
    secs = features(res["SECTIONS_OUTPUT"])
    err = np.array([r["Summer_mn_err"] for r in secs])
    assert math.sqrt(np.mean(err ** 2)) == pytest.approx(stats["kriging"]["rmspe"])
    seg = features(res["OUTPUT"])
    assert all(r["Summer_mn_se"] > 0 for r in seg)
    assert sum(r["length_m"] for r in seg) / 1000 == pytest.approx(260.94, abs=0.05)


def test_straight_idw_equals_qgis_idw_interpolation(middle_fork, eco_provider, tmp_path):
    import processing

    obs = QgsVectorLayer(os.path.join(middle_fork, "MF_obs.gpkg"), "obs", "ogr")
    field = obs.fields().indexOf("Summer_mn")
    xy = np.array([[f.geometry().asPoint().x(), f.geometry().asPoint().y()] for f in obs.getFeatures()])
    y = np.array([f["Summer_mn"] for f in obs.getFeatures()], dtype=float)
    # leave-one-out through QGIS itself for a few sites: a one-pixel raster centred on the left-out site
    picks = [0, 7, 20, 33, 44]
    for i in picks:
        keep = QgsVectorLayer("Point?crs=EPSG:5070&field=v:double", "keep", "memory")
        feats = []
        for j in range(len(y)):
            if j == i:
                continue
            f = QgsFeature(keep.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*xy[j])))
            f.setAttributes([float(y[j])])
            feats.append(f)
        keep.dataProvider().addFeatures(feats)
        path = str(tmp_path / "keep{}.gpkg".format(i))
        processing.run("native:savefeatures", {"INPUT": keep, "OUTPUT": path})
        x, yy = xy[i]
        out = processing.run("qgis:idwinterpolation", {
            "INTERPOLATION_DATA": "{}::~::0::~::1::~::0".format(path), "DISTANCE_COEFFICIENT": 2.0,
            "EXTENT": "{},{},{},{} [EPSG:5070]".format(x - 0.5, x + 0.5, yy - 0.5, yy + 0.5), "PIXEL_SIZE": 1.0,
            "OUTPUT": str(tmp_path / "idw{}.tif".format(i))})
        raster = QgsRasterLayer(out["OUTPUT"], "idw")
        value, ok = raster.dataProvider().sample(QgsPointXY(x, yy), 1)
        assert ok
        ours = idw.loo_idw_from_distances(np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1)), y, 2.0)
        assert ours[i, 0] == pytest.approx(value, abs=1e-4)  # the raster stores float32
    assert field >= 0


def test_geographic_input_is_reprojected(run_alg, layers, tmp_path):
    import processing

    rivers, sections, outfalls = layers
    geo = [processing.run("native:reprojectlayer", {"INPUT": lyr, "TARGET_CRS": "EPSG:4326",
                                                    "OUTPUT": "memory:"})["OUTPUT"] for lyr in layers]
    res = run_alg("riverinterpolation", params(geo, tmp_path))
    report = json.load(open(res["REPORT"], encoding="utf-8"))
    assert report["crs"] == "EPSG:32650"  # UTM zone of the data (117° E)
    seg = features(res["OUTPUT"])
    assert len(seg) == 47
    assert sum(r["length_m"] for r in seg) == pytest.approx(4242.64 + 5000 + 6000 + 8000, rel=2e-3)
    assert all(r["class"] == 4 for r in by_reach(seg, 1)) and all(r["class"] == 6 for r in by_reach(seg, 4))
    # the input layers are left as they were
    assert rivers.crs().authid() == CRS and rivers.featureCount() == 4
