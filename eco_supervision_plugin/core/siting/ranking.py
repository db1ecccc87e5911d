# ruff: noqa: N806  (A is the coverage matrix, as in the literature)
"""Ranking of the chosen sites by marginal gain, and per-demand coverage of a set of sites."""

import numpy as np

from .pmedian import default_unassigned_cost


def rank_sites(model, coverage, weights, existing, selected, unassigned_cost=None):
    """Order new sites greedily by marginal gain given the existing sites and the sites ranked before.

    Gain: covered weight (MCLP, LSCP), weight newly covered twice (backup) or the reduction in total
    weighted cost (p-median). Returns (ordered site indices, gains).
    """
    selected = np.asarray(selected, dtype=np.int64)
    if len(selected) == 0:
        return selected, np.zeros(0)
    w = np.asarray(weights, dtype=float)
    A = coverage.csr()
    cols = A.tocsc()[:, selected]
    open_mask = np.asarray(existing, dtype=bool).copy()
    remaining = list(range(len(selected)))
    order, gains = [], []
    if model == "pmedian":
        penalty = unassigned_cost if unassigned_cost is not None else default_unassigned_cost(coverage)
        cur, _ = coverage.nearest_cost(np.flatnonzero(open_mask))
        cur = np.minimum(cur, penalty)
        r, c, d = coverage.rows, coverage.indices, coverage.costs
        pos = np.full(coverage.n_candidates, -1, dtype=np.int64)
        pos[selected] = np.arange(len(selected))
        sel = pos[c] >= 0
        r, c, d = r[sel], pos[c[sel]], d[sel]
        while remaining:
            dec = np.bincount(c, weights=w[r] * np.maximum(cur[r] - d, 0.0), minlength=len(selected))
            k = max(remaining, key=lambda t: dec[t])
            order.append(selected[k])
            gains.append(float(dec[k]))
            remaining.remove(k)
            hit = c == k
            cur[r[hit]] = np.minimum(cur[r[hit]], d[hit])
        return np.asarray(order, dtype=np.int64), np.asarray(gains)
    need = 2 if model == "backup" else 1
    counts = A @ open_mask.astype(float)
    colsr = cols.tocsc()
    while remaining:
        g = w * ((counts == need - 1).astype(float))
        vals = colsr.T @ g
        k = max(remaining, key=lambda t: vals[t])
        order.append(selected[k])
        gains.append(float(vals[k]))
        remaining.remove(k)
        counts = counts + colsr[:, k].toarray().ravel()
    return np.asarray(order, dtype=np.int64), np.asarray(gains)


def demand_summary(coverage, sites):
    """Per demand: number of covering open sites, least cost to an open site (inf if none) and that site."""
    sites = np.asarray(sites, dtype=np.int64)
    counts = coverage.counts(sites) if len(sites) else np.zeros(coverage.n_demand)
    best, which = coverage.nearest_cost(sites) if len(sites) else (np.full(coverage.n_demand, np.inf),
                                                                  np.full(coverage.n_demand, -1))
    return counts.astype(np.int64), best, which
