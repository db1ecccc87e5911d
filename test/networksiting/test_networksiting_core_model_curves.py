"""The p-median and backup trade-off curves against brute-force enumeration, their bounds and their monotonicity."""

import itertools

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.core.siting import Coverage, model_curves, solve_siting
from eco_supervision.eco_supervision_plugin.core.siting.coverage import spacing_conflicts
from eco_supervision.eco_supervision_plugin.core.siting.model_curves import backup_curve, pmedian_curve


def _instance(seed, n_d=28, n_c=9, size=6000.0):
    rng = np.random.default_rng(seed)
    d = rng.uniform(0, size, (n_d, 2))
    c = rng.uniform(0, size, (n_c, 2))
    w = rng.integers(1, 8, n_d).astype(float)
    return d, c, w


def _dist(a, b):
    return np.hypot(a[:, None, 0] - b[None, :, 0], a[:, None, 1] - b[None, :, 1])


def _subsets(n_c, existing, p, conflicts):
    """Every choice of at most ``p`` free candidates that keeps the spacing rule (existing sites always open)."""
    bad = {tuple(sorted(map(int, pair))) for pair in conflicts}
    ex = [int(j) for j in np.flatnonzero(existing)]
    blocked = {b for a, b in bad if a in ex} | {a for a, b in bad if b in ex}
    free = [j for j in range(n_c) if j not in ex and j not in blocked]
    for s in itertools.chain.from_iterable(itertools.combinations(free, k) for k in range(p + 1)):
        if len(ex) + len(s) and not any(pair in bad for pair in itertools.combinations(sorted(s), 2)):
            yield ex + list(s)


def _brute_median(dist, w, existing, p, conflicts=()):
    return min(w @ dist[:, s].min(axis=1) for s in _subsets(dist.shape[1], existing, p, conflicts))


def _brute_backup(covers, w, existing, p, conflicts=()):
    return max(w[covers[:, s].sum(axis=1) >= 2].sum() for s in _subsets(covers.shape[1], existing, p, conflicts))


@pytest.mark.parametrize("seed,with_existing,spacing", [(1, False, 0.0), (2, True, 0.0), (3, True, 1500.0),
                                                        (4, False, 1200.0), (5, True, 0.0)])
def test_pmedian_curve_equals_enumeration_at_every_p(seed, with_existing, spacing):
    d, c, w = _instance(seed)
    existing = np.zeros(len(c), dtype=bool)
    existing[0] = with_existing
    conflicts = spacing_conflicts(c, spacing)
    dist = _dist(d, c)
    curve = pmedian_curve(Coverage.from_nearest(d, c, len(c)), w, 5, existing=existing, conflicts=conflicts,
                          mip_gap=0.0, time_limit=30)
    assert [pt.p for pt in curve.points] == [1, 2, 3, 4, 5]
    for pt in curve.points:
        best = _brute_median(dist, w, existing, pt.p, conflicts)
        assert pt.status == "optimal"
        assert pt.total_cost == pytest.approx(best, rel=1e-9)
        assert pt.mean_cost == pytest.approx(best / w.sum(), rel=1e-9)
        assert pt.mean_bound <= pt.mean_cost * (1 + 1e-12) and pt.gap == 0.0
        assert pt.unserved_weight == 0.0
        sites = list(np.flatnonzero(existing)) + list(pt.selected)
        assert len(pt.selected) <= pt.p and w @ dist[:, sites].min(axis=1) == pytest.approx(pt.total_cost)
    means = [pt.mean_cost for pt in curve.points]
    assert all(b <= a + 1e-9 * a for a, b in zip(means, means[1:]))  # never longer with one more site
    if with_existing:
        assert curve.existing_mean == pytest.approx(w @ dist[:, 0] / w.sum())
    else:
        assert curve.existing_mean is None


def test_pmedian_curve_bounds_hold_without_milp():
    """Heuristic points and Lagrangian bounds alone: every value is achievable, every bound below the optimum."""
    d, c, w = _instance(8, n_d=40, n_c=10)
    dist = _dist(d, c)
    curve = pmedian_curve(Coverage.from_nearest(d, c, len(c)), w, 6, use_milp=False, mip_gap=0.0, time_limit=10)
    for pt in curve.points:
        best = _brute_median(dist, w, np.zeros(len(c), bool), pt.p)
        assert pt.total_cost >= best * (1 - 1e-9)
        assert pt.mean_bound * w.sum() <= best * (1 + 1e-9)
        assert pt.status in ("optimal", "feasible")


def test_pmedian_curve_lagrangian_fixing_keeps_the_optimum(monkeypatch):
    """With almost no subgradient steps every point goes to HiGHS after Lagrangian fixing: still the optimum."""
    monkeypatch.setattr(model_curves, "SHORT_ITERATIONS", 3)
    monkeypatch.setattr(model_curves, "LONG_ITERATIONS", 3)
    for seed in (11, 12, 13):
        d, c, w = _instance(seed, n_d=35, n_c=11)
        dist = _dist(d, c)
        curve = pmedian_curve(Coverage.from_nearest(d, c, len(c)), w, 5, mip_gap=0.0, time_limit=30)
        assert curve.stats["milp_runs"] >= 1
        for pt in curve.points:
            assert pt.total_cost == pytest.approx(_brute_median(dist, w, np.zeros(len(c), bool), pt.p), rel=1e-9)
            assert pt.status == "optimal"


def test_pmedian_curve_matches_independent_solves_on_nearest_pairs():
    """Each point against a cold solve at that P (own greedy, swaps and full MILP), on k-nearest pairs."""
    d, c, w = _instance(21, n_d=150, n_c=30, size=20000.0)
    cov = Coverage.from_nearest(d, c, 8)
    curve = pmedian_curve(cov, w, 8, mip_gap=0.0, time_limit=60)
    for pt in curve.points:
        cold = solve_siting("pmedian", cov, w, p=pt.p, mip_gap=0.0, time_limit=30)
        assert cold.status == "optimal" and pt.status == "optimal"
        assert pt.total_cost == pytest.approx(cold.objective, rel=1e-7)


@pytest.mark.parametrize("seed,with_existing,spacing", [(1, False, 0.0), (2, True, 0.0), (3, True, 1000.0),
                                                        (6, False, 0.0)])
def test_backup_curve_equals_enumeration_at_every_p(seed, with_existing, spacing):
    d, c, w = _instance(seed)
    radius = 2200.0
    existing = np.zeros(len(c), dtype=bool)
    existing[0] = with_existing
    conflicts = spacing_conflicts(c, spacing)
    covers = _dist(d, c) <= radius
    curve = backup_curve(Coverage.from_radius(d, c, radius), w, 5, existing=existing, conflicts=conflicts,
                         mip_gap=0.0, time_limit=30)
    for pt in curve.points:
        assert pt.status == "optimal"
        assert pt.backup_weight == pytest.approx(_brute_backup(covers, w, existing, pt.p, conflicts))
        assert pt.bound >= pt.backup_weight - 1e-9
        sites = list(np.flatnonzero(existing)) + list(pt.selected)
        assert w[covers[:, sites].sum(axis=1) >= 2].sum() == pytest.approx(pt.backup_weight)
        assert pt.covered_weight == pytest.approx(w[covers[:, sites].any(axis=1)].sum())
    twice = [pt.backup_weight for pt in curve.points]
    assert all(b >= a - 1e-9 for a, b in zip(twice, twice[1:]))
    ex = np.flatnonzero(existing)
    assert curve.existing_backup_weight == pytest.approx(w[covers[:, ex].sum(axis=1) >= 2].sum())
    assert curve.existing_covered_weight == pytest.approx(w[covers[:, ex].any(axis=1)].sum())


def test_backup_curve_without_milp_keeps_valid_bounds():
    d, c, w = _instance(9)
    covers = _dist(d, c) <= 2200.0
    curve = backup_curve(Coverage.from_radius(d, c, 2200.0), w, 4, use_milp=False, time_limit=5)
    for pt in curve.points:
        best = _brute_backup(covers, w, np.zeros(len(c), bool), pt.p)
        assert pt.backup_weight <= best + 1e-9 and pt.bound >= best - 1e-9


def test_backup_curve_share_answers():
    d, c, w = _instance(2)
    curve = backup_curve(Coverage.from_radius(d, c, 2500.0), w, 8, mip_gap=0.0, time_limit=30)
    covers = _dist(d, c) <= 2500.0
    target = 0.5 * w.sum()
    want = next((p for p in range(1, 9) if _brute_backup(covers, w, np.zeros(len(c), bool), p) >= target), None)
    assert curve.first_reaching(0.5) == want and curve.proven_minimum(0.5) == want
