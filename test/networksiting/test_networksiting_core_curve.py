"""The coverage trade-off curve against enumeration (small instances) and independent MCLP solves (medium)."""

import itertools

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.core.siting import Coverage, solve_siting, spacing_conflicts
from eco_supervision.eco_supervision_plugin.core.siting.curve import tradeoff_curve


def _instance(seed, n_d=26, n_c=9, size=10000.0, radius=2600.0, integer=True):
    rng = np.random.default_rng(seed)
    d = rng.uniform(0, size, (n_d, 2))
    c = rng.uniform(0, size, (n_c, 2))
    w = rng.integers(1, 10, n_d).astype(float) if integer else rng.uniform(0.1, 5.0, n_d)
    return d, c, w, radius


def _brute_curve(covers, w, p_max, existing, conflicts, cats=None, quota=None):
    """Best covered weight with at most p new sites, for p = 1..p_max (None: no set meets the quotas)."""
    ex = np.flatnonzero(existing).tolist()
    free = [j for j in range(covers.shape[1]) if j not in ex]
    bad = {tuple(sorted(pair)) for pair in np.asarray(conflicts).reshape(-1, 2).tolist()}
    best = [None] * (p_max + 1)
    for k in range(p_max + 1):
        for combo in itertools.combinations(free, k):
            sites = sorted(ex + list(combo))
            if any(tuple(sorted((a, b))) in bad for a, b in itertools.combinations(sites, 2)
                   if not (a in ex and b in ex)):
                continue
            covered = covers[:, sites].any(axis=1)
            if quota and not all(w[(cats == code) & covered].sum() >= share * w[cats == code].sum() - 1e-9
                                 for code, share in quota.items()):
                continue
            value = float(w[covered].sum())
            for q in range(k, p_max + 1):  # "at most p": a set of k sites counts for every larger p
                if best[q] is None or value > best[q]:
                    best[q] = value
    return best[1:]


def _covers(d, c, r):
    return np.hypot(d[:, None, 0] - c[None, :, 0], d[:, None, 1] - c[None, :, 1]) <= r


@pytest.mark.parametrize("seed", range(10))
def test_curve_matches_enumeration(seed):
    d, c, w, r = _instance(seed, integer=seed % 2 == 0)
    existing = np.zeros(len(c), bool)
    if seed % 3 == 1:
        existing[[0, 4]] = True
    conflicts = spacing_conflicts(c, 2500.0) if seed % 4 == 3 else np.zeros((0, 2), np.int64)
    cov = Coverage.from_radius(d, c, r)
    free = int((~existing).sum())
    curve = tradeoff_curve(cov, w, free, existing=existing, conflicts=conflicts, mip_gap=0.0, time_limit=30)
    expected = _brute_curve(_covers(d, c, r), w, free, existing, conflicts)
    got = [pt.covered_weight for pt in curve.points]
    # with spacing rules some counts cannot all be placed: the point then keeps the best smaller set
    assert len(got) == len(expected)
    assert got == pytest.approx(expected, rel=1e-9)
    assert all(pt.status == "optimal" for pt in curve.points)
    for pt in curve.points:
        assert pt.bound >= pt.covered_weight - 1e-9
        sites = np.concatenate([np.flatnonzero(existing), pt.selected]).astype(int)
        assert len(pt.selected) <= pt.p
        assert pt.covered_weight == pytest.approx(w[cov.counts(sites) > 0].sum())  # really covered
    assert curve.existing_weight == pytest.approx(w[_covers(d, c, r)[:, existing].any(axis=1)].sum())


@pytest.mark.parametrize("seed", range(4))
def test_curve_with_quotas_matches_enumeration(seed):
    d, c, w, r = _instance(100 + seed, n_d=24, n_c=8)
    cats = np.arange(len(d)) % 3
    cov = Coverage.from_radius(d, c, r)
    covers = _covers(d, c, r)
    coverable = covers.any(axis=1)
    share = float(w[(cats == 1) & coverable].sum() / w[cats == 1].sum())
    quota = {1: share}  # everything of category 1 that any site reaches
    curve = tradeoff_curve(cov, w, 6, categories=cats, quotas=quota, n_categories=3, mip_gap=0.0, time_limit=30)
    expected = _brute_curve(covers, w, 6, np.zeros(len(c), bool), np.zeros((0, 2)), cats, quota)
    for pt, best in zip(curve.points, expected):
        if best is None:
            assert pt.status == "infeasible" and pt.covered_weight is None
        else:
            assert pt.covered_weight == pytest.approx(best)
            covered = cov.counts(pt.selected) > 0
            assert pt.category_covered == pytest.approx(np.bincount(cats[covered], w[covered], minlength=3))


@pytest.mark.parametrize("seed,conflict_m", [(1, 0.0), (2, 0.0), (3, 1800.0)])
def test_curve_matches_independent_solves(seed, conflict_m):
    """Medium instances: every point equals an exact MCLP solve at that P, and the curve never decreases."""
    rng = np.random.default_rng(seed)
    d = rng.uniform(0, 40000, (700, 2))
    c = rng.uniform(0, 40000, (140, 2))
    w = rng.integers(1, 20, len(d)).astype(float)
    existing = np.zeros(len(c), bool)
    existing[:5] = True
    conflicts = spacing_conflicts(c, conflict_m)
    cov = Coverage.from_radius(d, c, 2500.0)
    curve = tradeoff_curve(cov, w, 30, existing=existing, conflicts=conflicts, mip_gap=0.0, time_limit=120)
    values = [pt.covered_weight for pt in curve.points]
    assert [pt.p for pt in curve.points] == list(range(1, 31))
    assert all(b >= a for a, b in zip(values, values[1:]))
    for p in (1, 2, 5, 11, 17, 24, 30):
        alone = solve_siting("mclp", cov, w, p=p, existing=existing, conflicts=conflicts, mip_gap=0.0, time_limit=60)
        assert alone.status == "optimal"
        assert curve.points[p - 1].covered_weight == pytest.approx(alone.objective, rel=1e-9), p
        assert curve.points[p - 1].status == "optimal"


def test_sites_for_a_share():
    """'How many for 90 %': the first count reaching it, checked against enumeration."""
    d, c, w, r = _instance(7, n_d=30, n_c=9, radius=3000.0)
    cov = Coverage.from_radius(d, c, r)
    curve = tradeoff_curve(cov, w, 9, mip_gap=0.0)
    best = _brute_curve(_covers(d, c, r), w, 9, np.zeros(9, bool), np.zeros((0, 2)))
    for share in (0.3, 0.5, 0.8, 0.9):
        want = next((k + 1 for k, v in enumerate(best) if v >= share * w.sum() - 1e-9), None)
        assert curve.first_reaching(share) == want
        assert curve.proven_minimum(share) == want
    assert curve.first_reaching(1.01) is None
    assert curve.first_reaching(0.0) == 0


def test_curve_stops_at_the_free_candidates_and_zero():
    d, c, w, r = _instance(3, n_c=6)
    cov = Coverage.from_radius(d, c, r)
    existing = np.zeros(6, bool)
    existing[0] = True
    curve = tradeoff_curve(cov, w, 50, existing=existing)
    assert [pt.p for pt in curve.points] == [1, 2, 3, 4, 5]
    assert any("no more candidates" in str(n) for n in curve.notes)
    assert tradeoff_curve(cov, w, 0).points == []


def test_seeded_curve_keeps_the_solve_at_p():
    """Seeded with a solve at P (as the plan does), the curve at P is at least that solve and every prefix is used."""
    rng = np.random.default_rng(11)
    d = rng.uniform(0, 40000, (900, 2))
    c = rng.uniform(0, 40000, (200, 2))
    w = rng.integers(1, 20, len(d)).astype(float)
    cov = Coverage.from_radius(d, c, 2500.0)
    alone = solve_siting("mclp", cov, w, p=12, mip_gap=0.0, time_limit=60)
    curve = tradeoff_curve(cov, w, 20, mip_gap=0.0, seed=alone.selected, seed_bound=alone.bound)
    assert curve.points[11].covered_weight == pytest.approx(alone.objective)
    for pt in curve.points[:12]:  # never below the solve's own first p ranked sites
        assert pt.covered_weight >= w[cov.counts(alone.selected[:pt.p]) > 0].sum() - 1e-9
        assert pt.bound <= alone.bound + 1e-9
    values = [pt.covered_weight for pt in curve.points]
    assert all(b >= a for a, b in zip(values, values[1:]))
