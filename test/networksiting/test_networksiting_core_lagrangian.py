"""MCLP Lagrangian bound and Lagrangian heuristic against enumeration and scipy's LP relaxation."""

import itertools
import time

import numpy as np
import pytest
from scipy import sparse
from scipy.optimize import linprog

from eco_supervision.eco_supervision_plugin.core.siting.count_search import CountProblem
from eco_supervision.eco_supervision_plugin.core.siting.lagrangian import dual_value, lagrangian_bound
from eco_supervision.eco_supervision_plugin.core.siting.lns import neighbourhood_search


def _random_model(seed, m=40, n=12, density=0.25):
    rng = np.random.default_rng(seed)
    a = (rng.random((m, n)) < density).astype(float)
    a[np.arange(m), rng.integers(0, n, m)] = 1.0  # every row coverable
    w = rng.integers(1, 10, m).astype(float)
    return sparse.csr_matrix(a), w


def _brute(a, w, p):
    dense = a.toarray() > 0
    best = 0.0
    for combo in itertools.combinations(range(dense.shape[1]), p):
        best = max(best, float(w[dense[:, list(combo)].any(axis=1)].sum()))
    return best


def _lp(a, w, p):
    m, n = a.shape
    cost = np.concatenate([np.zeros(n), -w])
    a_ub = sparse.vstack([sparse.hstack([-a, sparse.eye(m)]),
                          sparse.csr_matrix(np.concatenate([np.ones(n), np.zeros(m)])[None, :])])
    res = linprog(cost, A_ub=a_ub, b_ub=np.concatenate([np.zeros(m), [p]]), bounds=(0, 1), method="highs")
    assert res.status == 0
    return -res.fun


@pytest.mark.parametrize("seed", range(8))
def test_lagrangian_bound_between_optimum_and_lp(seed):
    a, w = _random_model(seed)
    p = 3
    opt = _brute(a, w, p)
    lp = _lp(a, w, p)
    ub, lam = lagrangian_bound(a, w, p, 0.0, budget=2.0, max_iter=4000)
    # a valid upper bound on the integer optimum, and never below the LP relaxation (its dual)
    assert ub >= opt - 1e-6
    assert ub >= lp - 1e-6 * max(1.0, lp)
    # the deflected subgradient gets close to the LP value (the Lagrangian dual equals the LP bound)
    assert ub <= lp * 1.01 + 1e-6
    # the bound reported is the dual function evaluated at the multipliers returned
    val, _c, _top, _y = dual_value(a, w, lam, p)
    assert val == pytest.approx(ub)
    assert np.all(lam >= 0) and np.all(lam <= w)


@pytest.mark.parametrize("seed", range(6))
def test_lagrangian_heuristic_is_feasible_and_below_the_bound(seed):
    a, w = _random_model(seed, m=36, n=11)
    p = 4
    rng = np.random.default_rng(100 + seed)
    conflicts = np.array(sorted({tuple(sorted(rng.choice(11, 2, replace=False))) for _ in range(6)}), dtype=np.int64)
    prob = CountProblem(a, w, np.zeros(a.shape[0]), np.ones(a.shape[0]), p, conflicts, a.shape[1])
    ub, lam = lagrangian_bound(a, w, p, 0.0, budget=2.0, max_iter=3000)
    pick = prob.lagrangian_pick(a.T @ lam)
    # at most p sites, no conflicting pair open together
    assert pick.sum() <= p
    assert not np.any(pick[conflicts[:, 0]] & pick[conflicts[:, 1]])
    # enumeration of every conflict-free set: heuristic ≤ optimum ≤ Lagrangian bound (conflicts only tighten)
    dense = a.toarray() > 0
    bad = {tuple(c) for c in conflicts.tolist()}
    opt = max(float(w[dense[:, list(s)].any(axis=1)].sum())
              for s in itertools.combinations(range(a.shape[1]), p)
              if not any(pair in bad for pair in itertools.combinations(s, 2)))
    value = prob.value(prob.counts(pick))
    assert value == pytest.approx(float(w[dense[:, pick].any(axis=1)].sum()))
    assert value <= opt + 1e-9 <= ub + 1e-6
    # the greedy completion fills every slot while a conflict-free candidate adds weight
    if pick.sum() < p:
        blocked = pick.copy()
        for i, j in conflicts:
            if pick[i]:
                blocked[j] = True
            if pick[j]:
                blocked[i] = True
        covered = dense[:, pick].any(axis=1)
        assert not np.any((w[~covered] @ dense[~covered][:, ~blocked]) > 0)


@pytest.mark.parametrize("seed", range(4))
def test_guided_neighbourhood_search_reaches_enumerated_optimum(seed):
    # small enough that one neighbourhood holds every candidate: the re-optimisation must be exact
    a, w = _random_model(seed, m=60, n=14, density=0.2)
    p = 4
    opt = _brute(a, w, p)
    prob = CountProblem(a, w, np.zeros(a.shape[0]), np.ones(a.shape[0]), p, np.zeros((0, 2), np.int64),
                        a.shape[1])
    start = np.zeros(a.shape[1], dtype=bool)
    start[np.argsort(np.asarray(a.sum(axis=0)).ravel())[:p]] = True  # the p smallest covering sets: a poor start
    _ub, lam = lagrangian_bound(a, w, p, 0.0, budget=1.0, max_iter=500)
    best, _moves = neighbourhood_search(prob, start, time.perf_counter() + 20, reduced_gain=a.T @ lam, swap_every=0)
    assert best.sum() == p
    assert prob.value(prob.counts(best)) == pytest.approx(opt)
    assert float(w[(a.toarray() > 0)[:, best].any(axis=1)].sum()) == pytest.approx(opt)
