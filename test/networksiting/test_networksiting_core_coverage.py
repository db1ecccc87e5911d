"""Sparse coverage structures and exact reductions against dense brute-force computations."""

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.core.siting import (
    Coverage,
    dominated_candidates,
    duplicate_groups,
    merge_identical_rows,
    spacing_conflicts,
)


def _dense(cov):
    m = np.full((cov.n_demand, cov.n_candidates), np.nan)
    m[cov.rows, cov.indices] = cov.costs
    return m


def test_from_radius_equals_dense_distances_with_per_candidate_radius():
    rng = np.random.default_rng(0)
    d = rng.uniform(0, 5000, (300, 2))
    c = rng.uniform(0, 5000, (40, 2))
    r = rng.uniform(200, 1500, 40)
    cov = Coverage.from_radius(d, c, r, chunk=7)
    dist = np.hypot(d[:, None, 0] - c[None, :, 0], d[:, None, 1] - c[None, :, 1])
    expect = np.where(dist <= r[None, :], dist, np.nan)
    assert np.allclose(_dense(cov), expect, equal_nan=True)
    assert np.all(np.diff(cov.indices)[np.diff(cov.rows) == 0] > 0)  # sorted, no duplicates
    # one radius for all
    cov1 = Coverage.from_radius(d, c, 800.0)
    assert cov1.nnz == int((dist <= 800.0).sum())


def test_from_triples_keeps_least_cost_and_zero_costs():
    cov = Coverage.from_triples([2, 0, 2, 1], [1, 0, 1, 1], [5.0, 0.0, 3.0, 7.0], 3, 2)
    assert cov.nnz == 3
    assert _dense(cov)[2, 1] == 3.0 and _dense(cov)[0, 0] == 0.0
    best, which = cov.nearest_cost([1])
    assert best.tolist() == [np.inf, 7.0, 3.0] and which.tolist() == [-1, 1, 1]
    assert cov.counts([0, 1]).tolist() == [1, 1, 1]
    with pytest.raises(ValueError):
        Coverage.from_triples([3], [0], [1.0], 3, 2)


def test_merge_identical_rows_sums_weights_within_groups():
    rows = [0, 0, 1, 1, 2, 3, 3]
    cols = [0, 2, 0, 2, 1, 0, 2]
    cov = Coverage.from_triples(rows, cols, np.ones(7), 5, 3)
    red, w, owner = merge_identical_rows(cov, [1.0, 2.0, 3.0, 4.0, 5.0])
    assert red.n_demand == 3  # {0,2} x3, {1}, {} (row 4)
    assert owner[0] == owner[1] == owner[3]
    assert w[owner[0]] == 7.0 and w[owner[2]] == 3.0 and w[owner[4]] == 5.0
    red2, w2, owner2 = merge_identical_rows(cov, [1.0, 2.0, 3.0, 4.0, 5.0], groups=[0, 1, 0, 0, 0])
    assert red2.n_demand == 4 and owner2[0] != owner2[1]


def test_dominated_candidates_matches_subset_check():
    rng = np.random.default_rng(3)
    a = rng.random((25, 15)) < 0.2
    a[:, 3] = a[:, 4] | a[:, 3]  # 4 ⊆ 3
    a[:, 7] = a[:, 8]  # identical: the higher index is dominated
    r, c = np.nonzero(a)
    cov = Coverage.from_triples(r, c, np.ones(len(r)), 25, 15)
    dom = dominated_candidates(cov)
    expect = np.zeros(15, bool)
    for j in range(15):
        for k in range(15):
            if j != k and np.all(a[:, j] <= a[:, k]) and (a[:, k].sum() > a[:, j].sum() or k < j):
                expect[j] = True
    assert np.array_equal(dom, expect)
    assert dom[4] and dom[8] and not dom[7]
    # a dominating candidate that may not be chosen does not dominate
    elig = np.ones(15, bool)
    elig[3] = False
    assert not dominated_candidates(cov, elig)[4] or np.any(
        [np.all(a[:, 4] <= a[:, k]) for k in range(15) if k not in (3, 4)])


def test_spacing_conflicts_are_strictly_closer_pairs():
    xy = np.array([[0, 0], [100, 0], [250, 0], [250, 99.9]])
    pairs = spacing_conflicts(xy, 100.0)
    assert sorted(map(tuple, pairs.tolist())) == [(2, 3)]  # exactly 100 m apart is allowed
    assert len(spacing_conflicts(xy, 0)) == 0


def test_duplicate_groups():
    xy = np.array([[0, 0], [5, 5], [0, 0.2], [5, 5], [9, 9]])
    assert duplicate_groups(xy, 0.5).tolist() == [0, 1, 0, 1, 4]
