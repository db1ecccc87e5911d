"""ecosupervision:supervisiongrid through processing.run on square village units."""

import json

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from eco_supervision.processing_algorithms.qgis_io.sinks import qgs_field


def villages(n=10, today=None):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4548", "villages", "memory")
    layer.dataProvider().addAttributes([qgs_field("name", QVariant.String), qgs_field("w", QVariant.Double),
                                        qgs_field("town", QVariant.String), qgs_field("today", QVariant.String)])
    layer.updateFields()
    feats = []
    for j in range(n):
        for i in range(n):
            x, y = 500000 + 1000 * i, 3000000 + 1000 * j
            f = QgsFeature(layer.fields())
            f.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(x, y), QgsPointXY(x + 1000, y),
                                                      QgsPointXY(x + 1000, y + 1000), QgsPointXY(x, y + 1000)]]))
            f.setAttributes(["V{}-{}".format(i, j), 1.0 + (i * j) % 3, "east" if i >= 5 else "west",
                             today(i, j) if today else None])
            feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def enterprises():
    layer = QgsVectorLayer("Point?crs=EPSG:4548", "firms", "memory")
    layer.dataProvider().addAttributes([qgs_field("risk", QVariant.Double)])
    layer.updateFields()
    feats = []
    for k in range(30):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(500500 + 1000 * (k % 10), 3000500 + 1000 * (k // 10))))
        f.setAttributes([2.0])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_grids_are_contiguous_balanced_and_count_enterprises(run_alg, tmp_path):
    result = run_alg("supervisiongrid", {
        "UNITS": villages(), "WORKLOAD": '"w"', "ENTERPRISES": enterprises(), "ENTERPRISE_WEIGHT_FIELD": "risk",
        "DISTRICTS": 6, "BOUNDARY_FIELD": "town", "CONTIGUITY": 1, "OUTPUT": "memory:", "GRIDS": "memory:",
        "REPORT": str(tmp_path / "grid.json")})
    units = list(result["OUTPUT"].getFeatures())
    expected_total = sum(1.0 + (i * j) % 3 for i in range(10) for j in range(10)) + 30 * 2.0
    assert sum(f["workload"] for f in units) == pytest.approx(expected_total)
    grids = list(result["GRIDS"].getFeatures())
    assert len(grids) == 6
    for g in grids:
        assert g.geometry().constGet().numGeometries() == 1  # one piece: rook-contiguous
        towns = {f["town"] for f in units if f["grid"] == g["grid"]}
        assert len(towns) == 1
    assert sum(g["enterprises"] for g in grids) == pytest.approx(60.0)
    report = json.load(open(result["REPORT"], encoding="utf-8"))
    assert report["grids"] == 6 and report["max_deviation"] >= report["lower_bound"]
    loads = [g["workload"] for g in grids]
    assert report["max_deviation"] == pytest.approx(max(abs(v - expected_total / 6) for v in loads), rel=1e-6)


def test_todays_balanced_grids_stay(run_alg, tmp_path):
    layer = villages(today=lambda i, j: "G{}".format(i // 5))
    result = run_alg("supervisiongrid", {"UNITS": layer, "WORKLOAD": "1", "DISTRICTS": 0, "KEEP_FIELD": "today",
                                         "TOLERANCE": 5, "OUTPUT": "memory:", "GRIDS": "memory:",
                                         "REPORT": str(tmp_path / "keep.html")})
    units = list(result["OUTPUT"].getFeatures())
    assert all(f["grid"] == f["today"] and f["changed"] == 0 for f in units)
    text = open(result["REPORT"], encoding="utf-8").read()
    assert "<svg" in text and "data:image/png;base64," in text  # the chart and the map of the grids


@pytest.mark.parametrize("change, message", [
    ({"DISTRICTS": 500}, "between 1 and the number of units"),
    ({"WORKLOAD": '"w" +'}, "not a valid expression"),
    ({"DISTRICTS": 0, "MAX_WORKLOAD": 0.5, "WORKLOAD": '"w"'}, "above MAX_WORKLOAD"),
    ({"DISTRICTS": 1, "BOUNDARY_FIELD": "town"}, "separate parts"),
    ({"WORKLOAD": "'abc'"}, "no workload value"),
])
def test_bad_input(run_alg, tmp_path, change, message):
    params = {"UNITS": villages(), "WORKLOAD": "1", "DISTRICTS": 4, "OUTPUT": "memory:"}
    params.update(change)
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("supervisiongrid", params)


def test_exact_method_proves_the_best_balance(run_alg, tmp_path):
    """3 × 3 villages with workloads 1 + (i·j mod 3): rows 1 1 1 / 1 2 3 / 1 3 2 (sum 15). Three grids of exactly 5
    exist (the first row with the first column, then (1,1)+(2,1) and (1,2)+(2,2)): the exact optimum is 0."""
    result = run_alg("supervisiongrid", {
        "UNITS": villages(3), "WORKLOAD": '"w"', "DISTRICTS": 3, "CONTIGUITY": 1, "METHOD": 1, "TIME_LIMIT": 60,
        "OUTPUT": "memory:", "GRIDS": "memory:", "REPORT": str(tmp_path / "grid.json")})
    report = json.load(open(result["REPORT"], encoding="utf-8"))
    assert report["max_deviation"] == pytest.approx(0.0, abs=1e-9)
    assert report["proven_optimal"] is True
    assert sorted(f["workload"] for f in result["GRIDS"].getFeatures()) == pytest.approx([5.0, 5.0, 5.0])
