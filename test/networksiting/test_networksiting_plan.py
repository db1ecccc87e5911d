"""The pure networksiting plan: duplicates, categories and quotas, the p-median nearest-k rule, HJ 664 geometry."""

import itertools
import json
import math

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.core.messages import PlannerError
from eco_supervision.eco_supervision_plugin.core.siting import plan as siting_plan
from eco_supervision.eco_supervision_plugin.core.siting import plan_result
from eco_supervision.eco_supervision_plugin.core.siting.plan import (
    SitingCandidates,
    SitingDemand,
    SitingOptions,
    StudyArea,
    plan_network_siting,
)
from eco_supervision.eco_supervision_plugin.core.siting.study_area import points_in_polygons, polygons_area, ring_area


def _instance(seed, n_d=24, n_c=8, size=6000.0):
    rng = np.random.default_rng(seed)
    return rng.uniform(0, size, (n_d, 2)), rng.uniform(0, size, (n_c, 2)), rng.integers(1, 9, n_d).astype(float)


def _dist(a, b):
    return np.hypot(a[:, None, 0] - b[None, :, 0], a[:, None, 1] - b[None, :, 1])


def test_duplicates_merge_existing_and_larger_radius():
    d, c, w = _instance(1)
    c2 = np.vstack([c, c[3] + (0.3, 0.0)])  # within 0.5 m of candidate 3
    existing = np.zeros(len(c2), dtype=bool)
    existing[-1] = True
    radius = np.full(len(c2), 1500.0)
    radius[-1] = 2500.0
    ids = [100 + j for j in range(len(c2))]
    plan = plan_network_siting(SitingDemand(d, w), SitingCandidates(c2, ids, existing, radius),
                               SitingOptions(model="mclp", p=2, mip_gap=0.0, time_limit=10))
    assert plan.candidate_ids == ids[:-1]
    assert plan.existing.tolist() == [j == 3 for j in range(len(c))]
    assert plan.radii[3] == 2500.0 and np.all(np.delete(plan.radii, 3) == 1500.0)
    assert any("were merged" in str(n) and "108" in str(n) for n in plan.warnings)
    # the optimum of the merged instance, by enumeration: candidate 3 is existing with the 2.5 km radius
    covers = _dist(d, c) <= plan.radii[None, :]
    best = max(w[covers[:, [3, *s]].any(axis=1)].sum() for s in itertools.combinations([0, 1, 2, 4, 5, 6, 7], 2))
    assert plan.result.objective == pytest.approx(best)


def test_null_radius_takes_the_coverage_radius():
    d, c, w = _instance(2)
    radius = np.full(len(c), 900.0)
    radius[[1, 5]] = np.nan
    plan = plan_network_siting(SitingDemand(d, w), SitingCandidates(c, list(range(len(c))), None, radius),
                               SitingOptions(model="lscp", radius=2100.0, time_limit=10))
    assert plan.radii[[1, 5]].tolist() == [2100.0, 2100.0] and plan.radii[0] == 900.0
    assert any("2 candidate(s) have a null radius" in str(n) for n in plan.infos)


def test_categories_sorted_quotas_mapped_and_unknown_quota_named():
    d, c, w = _instance(3)
    labels = ["park" if i % 3 == 0 else ("VOC" if i % 3 == 1 else None) for i in range(len(d))]
    plan = plan_network_siting(SitingDemand(d, w, labels, "cat"), SitingCandidates(c, list(range(len(c)))),
                               SitingOptions(model="mclp", p=2, radius=1500.0, quotas={"VOC": 0.2},
                                             mip_gap=0.0, time_limit=10))
    rows = {r.category: r for r in plan.coverage_by_category}
    assert [r.category for r in plan.coverage_by_category] == ["", "VOC", "park"]
    covered = plan.demand_counts >= 1
    for name, value in (("", None), ("VOC", "VOC"), ("park", "park")):
        sel = np.array([lab == value for lab in labels])
        assert rows[name].points == int(sel.sum())
        assert rows[name].covered_weight == pytest.approx(w[sel & covered].sum())
    assert rows["VOC"].quota_pct == 20.0 and rows["park"].quota_pct is None
    assert rows["VOC"].covered_weight >= 0.2 * rows["VOC"].weight
    with pytest.raises(PlannerError, match="Quota category port does not occur in field cat"):
        plan_network_siting(SitingDemand(d, w, labels, "cat"), SitingCandidates(c, list(range(len(c)))),
                            SitingOptions(quotas={"port": 1.0}, p=2))
    with pytest.raises(PlannerError, match="need a demand category field"):
        plan_network_siting(SitingDemand(d, w), SitingCandidates(c, list(range(len(c)))),
                            SitingOptions(quotas={"VOC": 1.0}, p=2))


def test_pmedian_nearest_k_rule_against_enumeration(monkeypatch):
    # with more pairs than PMEDIAN_FULL_PAIRS each demand point may use its PMEDIAN_NEAREST_K nearest candidates
    monkeypatch.setattr(siting_plan, "PMEDIAN_FULL_PAIRS", 50)
    monkeypatch.setattr(siting_plan, "PMEDIAN_NEAREST_K", 2)
    d, c, w = _instance(4, n_d=20, n_c=7)
    plan = plan_network_siting(SitingDemand(d, w), SitingCandidates(c, list(range(len(c)))),
                               SitingOptions(model="pmedian", p=3, mip_gap=0.0, time_limit=10))
    assert any("its 2 nearest candidates" in str(n) for n in plan.infos)
    dist = _dist(d, c)
    nearest = np.argsort(dist, axis=1)[:, :2]
    allowed = np.zeros_like(dist, dtype=bool)
    allowed[np.arange(len(d))[:, None], nearest] = True
    penalty = 10.0 * dist[allowed].max()  # 10 × the largest pair cost
    best = min(float(w @ np.where(allowed[:, list(s)], dist[:, list(s)], penalty).min(axis=1))
               for s in itertools.combinations(range(len(c)), 3))
    assert plan.result.objective == pytest.approx(best, rel=1e-9)


def test_regular_polygon_and_l_shape_areas():
    n, r = 720, 1000.0
    t = 2 * np.pi * np.arange(n) / n
    circle = np.c_[r * np.cos(t), r * np.sin(t)]
    assert ring_area(circle) == pytest.approx(0.5 * n * r * r * math.sin(2 * math.pi / n), rel=1e-12)
    ell = [(0, 0), (8000, 0), (8000, 4000), (4000, 4000), (4000, 8000), (0, 8000), (0, 0)]
    assert ring_area(ell) == pytest.approx(48e6)
    hole = [(1000, 1000), (2000, 1000), (2000, 2000), (1000, 2000)]
    assert polygons_area([[ell, hole], [[(9000, 0), (10000, 0), (10000, 500), (9000, 500)]]]) == pytest.approx(
        48e6 - 1e6 + 0.5e6)


def test_points_in_polygon_with_hole_against_the_definition():
    rng = np.random.default_rng(5)
    xy = rng.uniform(-500, 10500, (4000, 2))
    ell = [(0, 0), (8000, 0), (8000, 4000), (4000, 4000), (4000, 8000), (0, 8000)]
    hole = [(1000, 1000), (2000, 1000), (2000, 2000), (1000, 2000)]
    square = [(9000, 0), (10000, 0), (10000, 500), (9000, 500)]
    x, y = xy[:, 0], xy[:, 1]
    in_ell = (x > 0) & (y > 0) & (((x < 8000) & (y < 4000)) | ((x < 4000) & (y < 8000)))
    in_hole = (x > 1000) & (x < 2000) & (y > 1000) & (y < 2000)
    in_square = (x > 9000) & (x < 10000) & (y > 0) & (y < 500)
    expect = (in_ell & ~in_hole) | in_square
    assert np.array_equal(points_in_polygons(xy, [[ell, hole], [square]]), expect)


def test_hj664_from_the_polygon_area_and_the_report_is_standard_json():
    d, c, w = _instance(6)
    area = StudyArea([[[(0, 0), (6000, 0), (6000, 4000), (0, 4000)]]], population_sum=None, built_up_sum=None)
    plan = plan_network_siting(SitingDemand(d, w), SitingCandidates(c, list(range(len(c)))),
                               SitingOptions(model="mclp", p=0, radius=800.0, time_limit=5), study_area=area)
    hj = plan.hj664
    # 24 km² of polygon, HJ 664-2013 Table 1: 20–50 km² built-up area → 2 stations; no site is open
    assert hj.built_up_km2 == 24.0 and hj.built_up_basis == "polygon area" and hj.min_stations == 2
    assert hj.open_sites_inside_area == 0
    assert np.all(np.isnan(plan.demand_nearest_m))  # no site at all: no nearest distance
    report = plan.report(0.5)
    json.dumps(report, allow_nan=False)  # raises on NaN or infinity
    assert report["new_sites_chosen"] == 0 and report["hj664"]["min_stations"] == 2
    assert all(row[2] is None and row[3] is None for row in plan.demand_rows())


def test_negative_weight_and_radius_messages():
    d, c, w = _instance(7)
    w[[2, 4]] = -1.0
    with pytest.raises(PlannerError, match=r"must not be negative \(2 negative values\)"):
        plan_network_siting(SitingDemand(d, w), SitingCandidates(c, list(range(len(c)))), SitingOptions(p=1))
    with pytest.raises(PlannerError, match="larger than 0 m"):
        plan_network_siting(SitingDemand(d), SitingCandidates(c, list(range(len(c)))), SitingOptions(radius=0.0))


@pytest.mark.parametrize("model", ["mclp", "lscp", "backup", "pmedian"])
def test_plan_curve_is_the_models_curve_by_enumeration(model):
    """Each model's curve for 1 … CURVE_MAX new sites against enumeration: MCLP and LSCP the covered weight,
    backup the weight covered twice (and once by the same sites), p-median the weighted mean distance."""
    d, c, w = _instance(5, n_d=26, n_c=8)
    existing = np.zeros(len(c), dtype=bool)
    existing[2] = True
    options = SitingOptions(model=model, p=2, radius=1600.0, mip_gap=0.0, time_limit=20)
    plan = plan_network_siting(SitingDemand(d, w), SitingCandidates(c, list(range(len(c))), existing), options)
    dist = _dist(d, c)
    covers = dist <= 1600.0
    free = [j for j in range(len(c)) if j != 2]
    expected_max = len(plan.result.selected) if model == "lscp" else 4  # LSCP: its count; else 2 × P
    assert [pt.p for pt in plan.curve.points] == list(range(1, expected_max + 1))
    for pt in plan.curve.points:
        subsets = [[2, *s] for s in itertools.combinations(free, pt.p)]
        assert pt.status == "optimal"
        if model == "pmedian":
            best = min(w @ dist[:, s].min(axis=1) for s in subsets) / w.sum()
            assert pt.mean_cost == pytest.approx(best, rel=1e-9)
            assert pt.mean_bound <= pt.mean_cost + 1e-9
        elif model == "backup":
            best = max(w[covers[:, s].sum(axis=1) >= 2].sum() for s in subsets)
            assert pt.backup_weight == pytest.approx(best)
            chosen = [2, *pt.selected]
            assert pt.covered_weight == pytest.approx(w[covers[:, chosen].any(axis=1)].sum())
        else:
            best = max(w[covers[:, s].any(axis=1)].sum() for s in subsets)
            assert pt.covered_weight == pytest.approx(best)
    # QGIS writes Python values only (a numpy float in a GeoPackage double field fails to convert)
    assert all(type(v) in (int, float, str, type(None)) for row in plan.curve_rows() for v in row)
    assert type(plan_result._gap_pct(np.float64(0.0123))) is float  # a proved-within-gap point, not 0
    assert plan.coverage_existing_pct == pytest.approx(100 * w[covers[:, 2]].sum() / w.sum(), abs=1e-3)
    if model == "mclp":
        assert plan.curve.points[1].covered_weight == pytest.approx(plan.result.objective)
    off = plan_network_siting(SitingDemand(d, w), SitingCandidates(c, list(range(len(c))), existing),
                              SitingOptions(model=model, p=2, radius=1600.0, curve_max=0, time_limit=20))
    assert off.curve is None and off.report(0.0)["curve"] is None
