"""networksiting through processing.run: the CURVE table against enumeration, CURVE_MAX, and the planning note."""

import itertools
import json
import re

import numpy as np
import pytest
from helpers.notes import note_body, note_data, visible_text
from helpers.siting_data import brute_mclp, instance, layers, run_params

from eco_supervision.processing_algorithms.reports.numbers import format_value

STABLE_KEYS = {  # the JSON keys batch users read (docs/algorithms/networksiting.md); new keys may be added
    "algorithm", "model", "objective", "objective_meaning", "best_bound", "gap", "status", "solver",
    "milp_available", "coverage_basis", "demand_points", "demand_weight_total", "candidates", "existing_sites",
    "p_requested", "new_sites_chosen", "coverage_pct", "coverage_pct_points", "backup_coverage_pct",
    "coverage_by_category", "runtime_s", "notes", "model_size", "hj664"}


def test_curve_rows_match_enumeration(run_alg, tmp_path):
    d, c, w, cat, radius, existing = instance(seed=4)
    dem, cand = layers(d, c, w, cat, radius, existing)
    res = run_alg("networksiting", run_params(dem, cand, CURVE_MAX=6, CURVE="memory:",
                                              REPORT=str(tmp_path / "r.json")))
    rows = sorted(res["CURVE"].getFeatures(), key=lambda f: f["p"])
    assert [f["p"] for f in rows] == [1, 2, 3, 4, 5, 6]
    totals = {k: w[cat == k].sum() for k in ("VOC", "grid")}
    for f in rows:
        best, _covers = brute_mclp(d, c, w, radius, existing, f["p"])
        assert f["covered_weight"] == pytest.approx(best)
        assert f["coverage_pct"] == pytest.approx(100 * best / w.sum(), abs=1e-3)
        # the per-category shares add up to the covered weight
        assert f["pct_VOC"] * totals["VOC"] + f["pct_grid"] * totals["grid"] == pytest.approx(100 * best, rel=1e-4)
        assert f["status"] == "optimal" and f["gap_pct"] == 0 and f["bound"] >= f["covered_weight"] - 1e-9
        assert f["status_label"]
    report = json.load(open(tmp_path / "r.json", encoding="utf-8"))
    assert STABLE_KEYS <= set(report)
    assert [r["covered_weight"] for r in report["curve"]] == [f["covered_weight"] for f in rows]
    assert report["curve"][2]["covered_weight"] == pytest.approx(report["objective"])  # P = 3 is on the curve
    want = next(f["p"] for f in rows if f["covered_weight"] >= 0.9 * w.sum() - 1e-9) \
        if rows[-1]["covered_weight"] >= 0.9 * w.sum() - 1e-9 else None
    assert report["sites_for_90pct"] == want
    base = w[brute_mclp(d, c, w, radius, existing, 0)[1][:, existing.astype(bool)].any(axis=1)].sum()
    assert report["coverage_existing_pct"] == pytest.approx(100 * base / w.sum(), abs=1e-3)


def test_curve_max_default_and_off(run_alg, tmp_path):
    d, c, w, cat, radius, existing = instance(seed=2)
    dem, cand = layers(d, c, w, cat, radius, existing)
    res = run_alg("networksiting", run_params(dem, cand, P=2, CURVE="memory:"))
    assert sorted(f["p"] for f in res["CURVE"].getFeatures()) == [1, 2, 3, 4]  # 2 × P
    rep = str(tmp_path / "off.json")
    res = run_alg("networksiting", run_params(dem, cand, P=2, CURVE_MAX=0, CURVE="memory:", REPORT=rep))
    assert res["CURVE"].featureCount() == 0
    report = json.load(open(rep, encoding="utf-8"))
    assert report["curve"] is None and report["sites_for_90pct"] is None


def test_planning_note(run_alg, tmp_path):
    d, c, w, cat, radius, existing = instance(seed=3)
    dem, cand = layers(d, c, w, cat, radius, existing)
    path = str(tmp_path / "note.html")
    run_alg("networksiting", run_params(dem, cand, CATEGORY_MIN_COVERAGE="VOC=0.5", REPORT=path))
    text = open(path, encoding="utf-8").read()
    data = note_data(text)
    assert STABLE_KEYS <= set(data)
    body = note_body(text)
    headline = re.search(r'<p class="headline">(.*?)</p>', body, re.S).group(1)
    assert headline.startswith("{} new sites".format(data["new_sites_chosen"]))
    assert "{:.1f} %".format(data["coverage_pct"]) in headline
    voc = next(r for r in data["coverage_by_category"] if r["category"] == "VOC")
    assert ("every demand point of VOC is watched" in headline) == (voc["coverage_pct"] >= 100.0 - 1e-9)
    assert "<svg" in text and "data:image/png;base64," in text  # curve chart and map
    visible = visible_text(text)
    for leftover in ("None", "True", "False", "nan", "snake_case", "coverage_pct", "e+0"):
        assert leftover not in visible, leftover
    assert "HiGHS" in visible and "greedy+swap" not in visible  # the solver in words
    assert np.isfinite(data["objective"])


def _fields(layer):
    return [f.name() for f in layer.fields()]


def test_curve_columns_pmedian(run_alg, tmp_path):
    """p-median: the weighted mean distance per P (enumerated), its lower bound, non-increasing; note axis in m."""
    d, c, w, cat, radius, existing = instance(seed=4)
    dem, cand = layers(d, c, w, cat, radius, existing)
    path = str(tmp_path / "note.html")
    res = run_alg("networksiting", run_params(dem, cand, MODEL=3, P=2, CURVE_MAX=5, CURVE="memory:", REPORT=path))
    layer = res["CURVE"]
    assert _fields(layer) == ["p", "mean_distance_m", "total_cost", "unserved_pct", "mean_distance_bound_m",
                              "gap_pct", "status", "status_label"]
    rows = sorted(layer.getFeatures(), key=lambda f: f["p"])
    dist = np.hypot(d[:, None, 0] - c[None, :, 0], d[:, None, 1] - c[None, :, 1])
    free = [j for j in range(len(c)) if not existing[j]]
    for f in rows:
        best = min(w @ dist[:, [0, *s]].min(axis=1) for s in itertools.combinations(free, f["p"]))
        assert f["mean_distance_m"] == pytest.approx(best / w.sum(), rel=1e-9)
        assert f["total_cost"] == pytest.approx(best, rel=1e-9)
        assert f["mean_distance_bound_m"] <= f["mean_distance_m"] + 1e-9 and f["status"] == "optimal"
        assert f["unserved_pct"] == 0
    means = [f["mean_distance_m"] for f in rows]
    assert means == sorted(means, reverse=True)
    text = open(path, encoding="utf-8").read()
    data = note_data(text)
    assert data["curve_model"] == "pmedian" and data["curve_figure"] == "mean_distance_m"
    assert [r["mean_distance_m"] for r in data["curve"]] == means
    assert data["curve"][1]["total_cost"] == pytest.approx(data["objective"])  # P = 2 is on the curve
    assert data["sites_for_90pct"] is None and data["lscp_optimum_p"] is None
    assert "Mean distance (m)" in text and "Mean distance against the number of new sites" in text
    visible = visible_text(text)
    for leftover in ("None", "nan", "mean_distance_m", "e+0"):
        assert leftover not in visible, leftover
    shorter = means[1] - means[2]  # P = 2: what the third site saves, in the note's words
    assert "one more site shortens it by {}".format(format_value(shorter, "m")) in visible


def test_curve_columns_backup(run_alg, tmp_path):
    d, c, w, cat, radius, existing = instance(seed=4)
    dem, cand = layers(d, c, w, cat, radius, existing)
    rep = str(tmp_path / "b.json")
    res = run_alg("networksiting", run_params(dem, cand, MODEL=2, P=2, CURVE_MAX=4, CURVE="memory:", REPORT=rep))
    layer = res["CURVE"]
    assert _fields(layer) == ["p", "backup_weight", "backup_pct", "covered_weight", "coverage_pct", "bound",
                              "gap_pct", "status", "status_label"]
    _best, covers = brute_mclp(d, c, w, radius, existing, 0)
    free = [j for j in range(len(c)) if not existing[j]]
    for f in layer.getFeatures():
        best = max(w[covers[:, [0, *s]].sum(axis=1) >= 2].sum() for s in itertools.combinations(free, f["p"]))
        assert f["backup_weight"] == pytest.approx(best) and f["status"] == "optimal"
        assert f["backup_pct"] == pytest.approx(100 * best / w.sum(), abs=1e-3)
        assert f["covered_weight"] >= f["backup_weight"]
    report = json.load(open(rep, encoding="utf-8"))
    assert report["curve_figure"] == "backup_pct" and report["curve"][1]["backup_weight"] == pytest.approx(
        report["objective"])


def test_curve_columns_lscp_mark_the_optimum(run_alg, tmp_path):
    d, c, w, cat, radius, existing = instance(seed=4)
    dem, cand = layers(d, c, w, cat, radius, existing)
    path = str(tmp_path / "l.html")
    res = run_alg("networksiting", run_params(dem, cand, MODEL=1, CURVE="memory:", REPORT=path))
    layer = res["CURVE"]
    assert _fields(layer) == ["p", "covered_weight", "coverage_pct", "pct_VOC", "pct_grid", "lscp_optimum", "bound",
                              "gap_pct", "status", "status_label"]
    text = open(path, encoding="utf-8").read()
    data = note_data(text)
    n = data["new_sites_chosen"]
    assert data["lscp_optimum_p"] == n and data["curve_figure"] == "coverage_pct"
    marks = {f["p"]: f["lscp_optimum"] for f in layer.getFeatures()}
    assert sorted(marks) == list(range(1, n + 1)) and [p for p, m in marks.items() if m == 1] == [n]
    assert "LSCP optimum" in text and "is marked on the chart" in text
