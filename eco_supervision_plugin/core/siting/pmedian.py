"""p-median: minimise the total weighted cost from every demand point to its nearest open site.

Pairs to candidates that cannot be chosen are dropped and identical rows (same candidates, same
costs) merged. Greedy, then fast-interchange swaps evaluated for every (in, out) pair at once from
the best and second-best assignment; then a HiGHS MILP with one assignment variable per pair and an
"unassigned" variable per demand charged ``unassigned_cost``.
"""

import time

import numpy as np
from scipy import sparse

from ..messages import Note, PlannerError
from .coverage import Coverage
from .milp import at_most, cardinality_row, conflict_rows, dual_bound, exactly, run_milp, status_word
from .problem import SitingResult, conflict_graph, relative_gap, status_of
from .reduction import merge_identical_rows

UNASSIGNED_COST_FACTOR = 10.0  # a demand with no open site among its pairs costs this × the largest pair cost


def default_unassigned_cost(coverage):
    """Cost charged for a demand row left without an open site: 10 × the largest pair cost (at least 10)."""
    return UNASSIGNED_COST_FACTOR * max(float(coverage.costs.max()), 1.0)


class MedianProblem:
    """p-median on coverage pairs: assignment by sorting, greedy, fast-interchange swaps."""

    def __init__(self, cov, w, open_fixed, free, p, conflicts, penalty):
        self.cov = cov
        self.w = w
        self.rows = cov.rows
        self.cols = cov.indices
        self.costs = cov.costs
        self.fixed = open_fixed
        self.free = free
        self.p = p
        self.n = cov.n_candidates
        self.penalty = penalty
        self.conf = conflict_graph(conflicts, self.n)

    def assign(self, open_mask):
        """Best and second-best cost per demand, best site."""
        m = self.cov.n_demand
        hit = open_mask[self.cols]
        r, c, d = self.rows[hit], self.cols[hit], self.costs[hit]
        order = np.lexsort((d, r))
        r, c, d = r[order], c[order], d[order]
        best = np.full(m, self.penalty)
        second = np.full(m, self.penalty)
        site = np.full(m, -1, dtype=np.int64)
        if len(r):
            first = np.ones(len(r), dtype=bool)
            first[1:] = r[1:] != r[:-1]
            best[r[first]] = d[first]
            site[r[first]] = c[first]
            pos = np.flatnonzero(first) + 1
            ok = pos < len(r)
            pos = pos[ok]
            same = r[pos] == r[pos - 1]
            second[r[pos[same]]] = d[pos[same]]
        return np.minimum(best, self.penalty), np.minimum(second, self.penalty), site

    def value(self, open_mask):
        best, _, _ = self.assign(open_mask)
        return float(self.w @ best)

    def greedy(self, start=None):
        """Add the site that lowers the cost most, ``p`` times; ``start`` (bool mask) is kept and completed to ``p``."""
        chosen = np.zeros(self.n, dtype=bool) if start is None else np.asarray(start, dtype=bool).copy()
        allowed = self.free.copy()
        if self.conf is not None and chosen.any():
            allowed[self.conf[np.flatnonzero(chosen)].indices] = False
        for _ in range(int(chosen.sum()), self.p):
            cur, _, _ = self.assign(self.fixed | chosen)
            dec = self.w[self.rows] * np.maximum(cur[self.rows] - self.costs, 0.0)
            gains = np.bincount(self.cols, weights=dec, minlength=self.n)
            gains[~allowed | chosen] = -1.0
            j = int(np.argmax(gains))
            if gains[j] < 0:
                break
            chosen[j] = True
            if self.conf is not None:
                allowed[self.conf[j].indices] = False
        return chosen

    def local_search(self, chosen, deadline, monitor=None):
        chosen = chosen.copy()
        n_swaps = 0
        while time.perf_counter() < deadline:
            if monitor is not None:
                monitor.check()
            s_idx = np.flatnonzero(chosen)
            if len(s_idx) == 0:
                break
            best, second, site = self.assign(self.fixed | chosen)
            pos = np.full(self.n, -1, dtype=np.int64)
            pos[s_idx] = np.arange(len(s_idx))
            wr = self.w
            site_pos = np.where(site >= 0, pos[site], -1)
            own = site_pos >= 0
            loss = np.bincount(site_pos[own], weights=(wr * (second - best))[own], minlength=len(s_idx))
            r, c, d = self.rows, self.cols, self.costs
            base_c = wr[r] * np.minimum(d - best[r], 0.0)
            base = np.bincount(c, weights=base_c, minlength=self.n)
            s_of = site_pos[r]
            sel = s_of >= 0
            true = wr[r] * (np.minimum(d, second[r]) - best[r])
            approx = base_c + wr[r] * (second[r] - best[r])
            corr = sparse.coo_matrix(((true - approx)[sel], (c[sel], s_of[sel])), shape=(self.n, len(s_idx))).tocsr()
            if self.conf is not None:
                cs = self.conf[:, s_idx].tocsr()
                n_conf = np.asarray(cs.sum(axis=1)).ravel()
            else:
                cs, n_conf = None, np.zeros(self.n)
            cand = np.flatnonzero(self.free & ~chosen & (n_conf <= 1))
            best_delta, best_pair = 0.0, None
            chunk = max(1, int(4e6 // len(s_idx)))
            for a in range(0, len(cand), chunk):
                cc = cand[a : a + chunk]
                block = base[cc, None] + loss[None, :] + corr[cc].toarray()
                if cs is not None:
                    ok = (n_conf[cc, None] - cs[cc].toarray()) == 0
                    block = np.where(ok, block, np.inf)
                k = np.unravel_index(np.argmin(block), block.shape)
                if block[k] < best_delta:
                    best_delta, best_pair = block[k], (cc[k[0]], s_idx[k[1]])
            if best_pair is None or best_delta > -1e-9 * max(1.0, abs(float(wr @ best))):
                break
            c_in, s_out = best_pair
            chosen[s_out] = False
            chosen[c_in] = True
            n_swaps += 1
        return chosen, n_swaps


def reduce_pmedian(ctx, unassigned_cost):
    """``(reduced coverage, row weights, penalty)``: pairs to candidates that cannot be chosen dropped, identical
    rows merged; sets ``ctx.unassigned_cost`` to the penalty. Raises PlannerError without any pair."""
    cov = ctx.coverage
    if cov.nnz == 0:
        raise PlannerError("No demand point has any candidate site to be assigned to.")
    penalty = float(unassigned_cost) if unassigned_cost is not None else default_unassigned_cost(cov)
    ctx.unassigned_cost = penalty
    usable = ctx.existing | ctx.free
    keep_pairs = usable[cov.indices]
    if not keep_pairs.all():
        cov = Coverage.from_triples(cov.rows[keep_pairs], cov.indices[keep_pairs], cov.costs[keep_pairs],
                                    cov.n_demand, cov.n_candidates)
    red, wr, _ = merge_identical_rows(cov, ctx.w, with_costs=True)
    return red, wr, penalty


def solve_pmedian(ctx, unassigned_cost):
    """p-median: the least total weighted cost from each demand to its nearest open site."""
    cov = ctx.coverage
    notes = []
    stats = {"demand": cov.n_demand, "candidates": cov.n_candidates, "pairs": cov.nnz}
    red, wr, penalty = reduce_pmedian(ctx, unassigned_cost)
    stats.update(reduced_demand=red.n_demand)
    prob = MedianProblem(red, wr, ctx.existing, ctx.free, ctx.p, ctx.conflicts, penalty)
    chosen = prob.greedy()
    chosen, n_swaps = prob.local_search(chosen, ctx.start + 0.35 * ctx.time_limit, ctx.monitor)
    best_val = prob.value(ctx.existing | chosen)
    stats.update(swaps=int(n_swaps), local_search_value=best_val)
    best = chosen
    bound = None
    if ctx.use_milp and ctx.remaining() > 0.2:
        x, obj, lbound, status = pmedian_milp(red, wr, ctx.existing, ctx.free, ctx.p, ctx.conflicts, penalty,
                                               ctx.remaining(), ctx.mip_gap)
        stats["milp_status"] = status
        notes.append(Note("HiGHS MILP ({}) with one assignment variable per demand-candidate pair.",
                          status_word(status)))
        if x is not None:
            val = prob.value(ctx.existing | x)
            if val < best_val:
                best, best_val = x, val
            bound = min(lbound, best_val) if lbound is not None else None
    final_best, _, _ = prob.assign(ctx.existing | best)
    unassigned = int(np.sum(final_best >= penalty))
    if unassigned:
        notes.append(Note("{} demand row(s) have no open site among their pairs; each is charged {:.6g}.",
                          unassigned, penalty))
    gap = relative_gap(best_val, bound, False)
    return SitingResult(
        selected=np.flatnonzero(best), objective=best_val, bound=bound, gap=gap,
        status=status_of(gap, ctx.mip_gap, bound is not None), notes=notes, stats=stats,
        solver="greedy+swap (fast interchange)" + (", HiGHS MILP" if ctx.use_milp else ""),
    )


def pmedian_milp(cov, w, fixed, free, p, conflicts, penalty, time_limit, mip_gap):
    n = cov.n_candidates
    m = cov.n_demand
    r, c, d = cov.rows, cov.indices, cov.costs
    k = len(r)
    # variables: x (n), z (k pairs), u (m unassigned)
    nv = n + k + m
    cost = np.concatenate([np.zeros(n), w[r] * d, w * penalty])
    cons = []
    assign = sparse.coo_matrix(
        (np.ones(k + m), (np.concatenate([r, np.arange(m)]), np.concatenate([n + np.arange(k), n + k + np.arange(m)]))),
        shape=(m, nv)).tocsr()
    cons.append(exactly(assign, 1))
    link = sparse.coo_matrix(
        (np.concatenate([np.ones(k), -np.ones(k)]), (np.concatenate([np.arange(k), np.arange(k)]),
                                                     np.concatenate([n + np.arange(k), c]))), shape=(k, nv)).tocsr()
    cons.append(at_most(link, 0))
    row = np.zeros(nv)
    row[:n][free] = 1.0
    cons.append(cardinality_row(row, p))
    if len(conflicts):
        cons.append(conflict_rows(conflicts, nv))
    lo = np.zeros(nv)
    hi = np.ones(nv)
    lo[:n][fixed] = 1.0
    hi[:n][~fixed & ~free] = 0.0
    integrality = np.concatenate([np.ones(n), np.zeros(k + m)])
    res, status = run_milp(cost, integrality, lo, hi, cons, time_limit, mip_gap)
    if res.x is None:
        return None, None, None, status
    x = (np.round(res.x[:n]) > 0.5) & free
    bound = dual_bound(res)
    if bound is None and res.status == 0:
        bound = float(res.fun)
    return x, float(res.fun), bound, status
