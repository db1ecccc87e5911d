"""Large-neighbourhood search for the count-based objectives: re-optimise one neighbourhood exactly at a time.

Used by MCLP when the model left after reduced-cost fixing is too large for HiGHS as a whole.
"""

import time

import numpy as np

from .coverage import Coverage
from .milp import HAVE_MILP, max_cover_milp
from .reduction import merge_identical_rows


def neighbourhood_search(problem, chosen, deadline, size=120, monitor=None, seed=0, target=None, swap_every=10,
                     reduced_gain=None):
    """Large-neighbourhood search: re-optimise exactly (HiGHS) the sites of one neighbourhood at a time.

    A neighbourhood is up to ``size`` candidates around a chosen site, following candidates that
    share demand (breadth first); the other sites stay fixed and the neighbourhood keeps its number
    of sites. Runs until ``deadline`` or a full pass without improvement. Returns (chosen, improvements).

    ``reduced_gain`` (Lagrangian reduced gains of the candidates, optional): while they improve,
    passes visit the places where the incumbent disagrees most with the Lagrangian solution first
    (unchosen candidates priced above the p-th largest gain, chosen ones priced below it) and skip a
    seed already inside a neighbourhood visited in that pass; then full passes in random order.
    """
    if not HAVE_MILP or problem.p == 0:
        return chosen, 0
    chosen = chosen.copy()
    adj = problem.adjacency()
    rng = np.random.default_rng(seed)
    improved_total = 0
    value = problem.value(problem.counts(chosen))
    since_swap = 0
    guided = reduced_gain is not None and 0 < problem.p < problem.n
    while time.perf_counter() < deadline:
        improved = 0
        seen = None
        if guided:
            c = np.asarray(reduced_gain, dtype=float)
            c_p = np.partition(c, problem.n - problem.p)[problem.n - problem.p]
            mismatch = np.where(chosen, c_p - c, c - c_p)
            seeds = np.flatnonzero(mismatch > 0)
            seeds = seeds[np.argsort(-mismatch[seeds], kind="stable")]
            seeds = np.concatenate([seeds, rng.permutation(np.flatnonzero(chosen))])
            seen = np.zeros(problem.n, dtype=bool)
        else:
            # random order (ordering by the weight a site covers alone was tried: no better)
            seeds = np.flatnonzero(chosen)
            own = rng.random(len(seeds))
            seeds = seeds[np.lexsort((rng.random(len(seeds)), own))]
        for s in seeds:
            if time.perf_counter() > deadline or (target is not None and value >= target):
                break
            if monitor is not None:
                monitor.check()
            if seen is not None:
                if seen[s]:
                    continue
            elif not chosen[s]:
                continue
            free = {int(s)}
            frontier = [int(s)]
            while frontier and len(free) < size:
                nxt = []
                for f in frontier:
                    for g in adj.indices[adj.indptr[f]:adj.indptr[f + 1]]:
                        if len(free) >= size:
                            break
                        if int(g) not in free:
                            free.add(int(g))
                            nxt.append(int(g))
                frontier = nxt
            free = np.array(sorted(free), dtype=np.int64)
            if seen is not None:
                seen[free] = True
            outside = chosen.copy()
            outside[free] = False
            if problem.conf is not None:  # candidates too close to a fixed site cannot enter
                blocked = np.asarray(problem.conf[free] @ outside.astype(float)).ravel() > 0
                free = free[~blocked | chosen[free]]
            p_sub = int(chosen[free].sum())
            if p_sub == 0:
                continue
            rows = np.unique(problem.At[free].indices)
            base = problem.base[rows] + problem.A[rows] @ outside.astype(float)
            act = base < problem.need[rows]
            rows, base = rows[act], base[act]
            if len(rows) == 0:
                continue
            sub = problem.A[rows][:, free].tocsr()
            need = problem.need[rows] - base
            cur = float(problem.w[rows] @ ((sub @ chosen[free].astype(float)) >= need - 1e-9))
            # rows with the same covering set inside the neighbourhood (and the same need) are one row
            cov = Coverage(sub.indptr, sub.indices, np.zeros(sub.nnz), sub.shape[0], sub.shape[1])
            cov, w_sub, owner = merge_identical_rows(cov, problem.w[rows], groups=need.astype(np.int64))
            merged_need = np.zeros(cov.n_demand)
            merged_need[owner] = need
            need = merged_need
            sub = cov.csr()
            conf = np.zeros((0, 2), dtype=np.int64)
            if problem.conf is not None:
                cc = problem.conf[free][:, free].tocoo()
                keep = cc.row < cc.col
                conf = np.stack([cc.row[keep], cc.col[keep]], axis=1).astype(np.int64)
            x, obj, _b, _st = max_cover_milp(sub, w_sub, p_sub, conf, None, None,
                                              min(2.0, max(deadline - time.perf_counter(), 0.1)), 0.0,
                                              need=need, base=np.zeros(len(need)))
            if x is None or obj <= cur + 1e-9 * max(1.0, cur):
                continue
            trial = chosen.copy()
            trial[free] = x > 0.5
            if problem.quota is not None and not problem.quota_ok(problem.counts(trial)):
                continue
            chosen = trial
            value += obj - cur
            improved += 1
            since_swap += 1
            if swap_every and since_swap >= swap_every:
                # a swap pass lets sites move between neighbourhoods (a window keeps its number of sites)
                since_swap = 0
                chosen, n_sw = problem.local_search(chosen, min(deadline, time.perf_counter() + 3.0), monitor)
                if n_sw:
                    value = problem.value(problem.counts(chosen))
                    improved += n_sw
        if improved and time.perf_counter() < deadline:
            chosen, n_sw = problem.local_search(chosen, min(deadline, time.perf_counter() + 3.0), monitor)
            if n_sw:
                value = problem.value(problem.counts(chosen))
                improved += n_sw
        improved_total += improved
        if target is not None and value >= target:
            break
        if improved == 0:
            if seen is None:
                break
            guided = False  # a guided pass found nothing: a full pass in random order over every chosen site
    return chosen, improved_total
