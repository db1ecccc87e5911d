"""The emergency planning note and the new-depot curve.

* every point of the curve equals a run with the first k chosen depots built as real depots (an independent
  path through the response analysis), and the curve rises with k;
* the note reads like a note (headline, no raw Python values) and fits a 1,000 px page;
* receptors: polygon receptors are counted in the report.
"""

import importlib.util
import json
import os
import re

import numpy as np
import pytest
from helpers.incident_data import CRS, layer_of, points, two_banks
from helpers.notes import note_data
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

HERE = os.path.dirname(os.path.abspath(__file__))


def _page_width(path):
    spec = importlib.util.spec_from_file_location("eco_test_reports", os.path.join(HERE, "..", "qgis",
                                                                                   "test_reports.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module._page_width(path)


def weighted_points(xy, weights, teams=None):
    layer = QgsVectorLayer("Point?crs={}&field=name:string&field=w:double&field=teams:integer&field=ready:double"
                           .format(CRS), "pts", "memory")
    feats = []
    for i, (x, y) in enumerate(xy):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        f.setAttributes(["p{}".format(i), float(weights[i]), 1 if teams is None else int(teams[i]), 0.0])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def district_polygons(left, right):
    layer = QgsVectorLayer("Polygon?crs={}&field=pop:double".format(CRS), "districts", "memory")
    for k, bank in enumerate((left, right)):
        lo, hi = bank.min(axis=0), bank.max(axis=0)
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(lo[0], lo[1]), QgsPointXY(hi[0], lo[1]),
                                                  QgsPointXY(hi[0], hi[1]), QgsPointXY(lo[0], hi[1])]]))
        f.setAttributes([1000.0 * (k + 1)])
        layer.dataProvider().addFeature(f)
    return layer


@pytest.fixture
def instance():
    roads, left, right = two_banks(seed=13)
    rng = np.random.default_rng(4)
    all_nodes = np.concatenate([left, right])
    sources = all_nodes[rng.choice(len(all_nodes), 25, replace=False)]
    weights = rng.integers(1, 10, len(sources)).astype(float)
    depots = left[[0, 30]]
    candidates = all_nodes[rng.choice(len(all_nodes), 12, replace=False)]
    return roads, left, right, sources, weights, depots, candidates


def run(run_alg, instance, tmp_path, name, depots=None, **extra):
    roads, left, right, sources, weights, dep, candidates = instance
    dep = dep if depots is None else depots
    params = {"ROADS": layer_of(roads), "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway",
              "ROAD_CLASS_FIELD": "cls", "SNAP_TOLERANCE": 0.0, "DEPOTS": weighted_points(dep, np.zeros(len(dep))),
              "DEPOT_NAME_FIELD": "name", "RISK_SOURCES": weighted_points(sources, weights),
              "RISK_WEIGHT_FIELD": "w", "THRESHOLDS": "2,4", "REQUIRED_RESPONDERS": 2, "OUTPUT": "TEMPORARY_OUTPUT",
              "REPORT": str(tmp_path / (name + ".json"))}
    params.update(extra)
    result = run_alg("emergencycoverage", params)
    return result, json.load(open(params["REPORT"], encoding="utf-8"))


def test_curve_points_equal_runs_with_the_chosen_depots_built(run_alg, instance, tmp_path):
    roads, left, right, sources, weights, depots, candidates = instance
    result, data = run(run_alg, instance, tmp_path, "plan", CANDIDATES=points(candidates), NEW_DEPOT_COUNT=3,
                       NEW_DEPOTS="TEMPORARY_OUTPUT", CURVE="TEMPORARY_OUTPUT")
    curve = [(f["new_depots"], f["threshold_min"], f["weight_once"], f["weight_twice"])
             for f in result["CURVE"].getFeatures()]
    chosen = [int(d["candidate_feature_id"]) - 1 for d in data["new_depots"]]  # memory-layer fids start at 1
    assert len(chosen) == 3 and len(curve) == 2 * (len(chosen) + 1)
    for t in (2.0, 4.0):
        pts = sorted(c for c in curve if c[1] == t)
        assert all(b[2] >= a[2] - 1e-9 and b[3] >= a[3] - 1e-9 for a, b in zip(pts, pts[1:]))
    assert max(c[3] for c in curve) > min(c[3] for c in curve)  # the new depots change the coverage
    for k in range(len(chosen) + 1):
        built = np.concatenate([depots, candidates[chosen[:k]]])
        _, ref = run(run_alg, instance, tmp_path, "k{}".format(k), depots=built)
        for row in ref["coverage_by_threshold"]:
            point = next(c for c in curve if c[0] == k and c[1] == row["threshold_min"])
            assert point[2] == pytest.approx(row["weight_covered_once"])
            assert point[3] == pytest.approx(row["weight_covered_twice"])
    siting = data["siting"]
    last = next(c for c in curve if c[0] == len(chosen) and c[1] == 2.0)
    assert last[3] == pytest.approx(siting["weight_covered_twice_after"])


def test_note_reads_as_a_note_and_fits_1000_px(run_alg, instance, tmp_path, qgis_app):
    roads, left, right, sources, weights, depots, candidates = instance
    html_path = str(tmp_path / "note.html")
    run_alg("emergencycoverage", {
        "ROADS": layer_of(roads), "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway", "ROAD_CLASS_FIELD": "cls",
        "SNAP_TOLERANCE": 0.0, "DEPOTS": weighted_points(depots, np.zeros(2)), "DEPOT_NAME_FIELD": "name",
        "RISK_SOURCES": weighted_points(sources, weights), "RISK_WEIGHT_FIELD": "w", "THRESHOLDS": "2,4",
        "REQUIRED_RESPONDERS": 2, "CANDIDATES": points(candidates), "NEW_DEPOT_COUNT": 2,
        "RECEPTORS": district_polygons(left, right), "RECEPTOR_WEIGHT_FIELD": "pop", "RECEPTOR_CELL": 100.0,
        "SPEED_FACTORS": "residential=0.6", "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": html_path})
    text = open(html_path, encoding="utf-8").read()
    assert "new depots bring" in text and "<svg" in text and "data:image/png;base64" in text
    readable = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", text.split('id="report-data"')[0])
    for raw in ("None", "True", "False", "e+0", "nan", "first_weight_", "share_covered"):
        assert raw not in readable
    assert _page_width(html_path) <= 1000
    data = note_data(text)
    rec = data["receptors"]
    assert rec["used"] and rec["features"] == 2
    by_t = {r["threshold_min"]: r for r in rec["thresholds"]}
    assert by_t[2.0]["weight_total"] == pytest.approx(3000.0)
    assert 0 < by_t[4.0]["weight_once"] <= 3000.0 and by_t[2.0]["weight_once"] <= by_t[4.0]["weight_once"]
    assert data["receptors_peak"]["used"] and data["peak_hour"]["used"]
    peak = {r["threshold_min"]: r for r in data["receptors_peak"]["thresholds"]}
    assert peak[4.0]["weight_once"] <= by_t[4.0]["weight_once"]  # slower at peak hour: never more reached
