"""Exact model reductions on a :class:`.coverage.Coverage`: merged demand rows, dominated candidates.

Both keep every optimum: identical covering sets are one row with the summed weight, and a
candidate whose covering set lies inside another's can be swapped for it (maximal and set
covering without spacing rules). ``remap_conflicts`` follows the spacing pairs through a column
selection.
"""

import numpy as np


def merge_identical_rows(coverage, weights, groups=None, with_costs=False):
    """Merge demand rows that have the same covering set (and the same group label).

    Any coverage objective (covered weight, coverage counts) depends on a demand row only
    through its covering set, so summing the weights of identical rows is exact. With
    ``with_costs`` the pair costs must match too (for p-median).

    Returns ``(reduced Coverage, summed weights, owner)`` where ``owner[i]`` is the reduced row
    of original row ``i``.
    """
    weights = np.asarray(weights, dtype=float)
    n = coverage.n_demand
    keys = {}
    owner = np.empty(n, dtype=np.int64)
    ip, ix, cs = coverage.indptr, coverage.indices, coverage.costs
    groups = np.zeros(n, dtype=np.int64) if groups is None else np.asarray(groups)
    for i in range(n):
        a, b = ip[i], ip[i + 1]
        key = (int(groups[i]), ix[a:b].tobytes(), cs[a:b].tobytes() if with_costs else b"")
        owner[i] = keys.setdefault(key, len(keys))
    m = len(keys)
    if m == n:
        return coverage, weights.copy(), np.arange(n)
    first = np.full(m, n, dtype=np.int64)
    np.minimum.at(first, owner, np.arange(n))
    reduced = coverage.subset(demand_rows=first)
    merged = np.bincount(owner, weights=weights, minlength=m)
    return reduced, merged, owner


def dominated_candidates(coverage, eligible=None):
    """Candidates whose covering set is contained in another eligible candidate's set.

    ``j`` is dominated when some eligible ``k`` covers every demand ``j`` covers (ties between
    identical sets keep the lowest index). Candidates covering nothing are dominated. Dropping
    dominated candidates is exact for maximal covering and set covering *without* spacing
    rules (swap ``j`` for ``k``); it is not exact for backup coverage or p-median.

    Returns a bool mask over candidates. Works on the sparse product ``AᵀA`` (pairs of
    candidates sharing a demand), never on a dense candidate × candidate matrix.
    """
    n = coverage.n_candidates
    eligible = np.ones(n, dtype=bool) if eligible is None else np.asarray(eligible, dtype=bool)
    a = coverage.csc()
    size = np.diff(a.indptr)
    dominated = size == 0
    overlap = (a.T @ a).tocoo()
    j, k, shared = overlap.row, overlap.col, overlap.data
    sel = (j != k) & eligible[k] & (shared == size[j]) & ((size[k] > size[j]) | ((size[k] == size[j]) & (k < j)))
    dominated[j[sel]] = True
    return dominated


def remap_conflicts(conflicts, kept):
    """Conflict pairs restricted to ``kept`` columns, renumbered."""
    if len(conflicts) == 0:
        return np.zeros((0, 2), dtype=np.int64)
    n = int(max(conflicts.max() + 1, (kept.max() + 1) if len(kept) else 0))
    m = np.full(n, -1, dtype=np.int64)
    m[kept] = np.arange(len(kept))
    a, b = m[conflicts[:, 0]], m[conflicts[:, 1]]
    ok = (a >= 0) & (b >= 0)
    return np.stack([a[ok], b[ok]], axis=1)

