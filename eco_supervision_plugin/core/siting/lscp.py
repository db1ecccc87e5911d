# ruff: noqa: N806  (A is the coverage matrix, as in the literature)
"""Location set covering (LSCP): the fewest new sites covering every demand point any site can reach.

Demand covered by an existing site or out of every site's reach is left out, identical rows are
merged, dominated candidates dropped (without spacing rules). Greedy set cover with a pass that
drops redundant sites, then the exact HiGHS MILP; its bound is rounded up (the objective is a count).
"""

import math

import numpy as np

from ..messages import Note, PlannerError
from .milp import at_least, conflict_rows, dual_bound, run_milp, status_word
from .problem import SitingResult, conflict_graph, relative_gap, status_of
from .reduction import dominated_candidates, merge_identical_rows, remap_conflicts


def solve_lscp(ctx):
    """Set covering: the fewest new sites covering every demand point any site can reach."""
    cov = ctx.coverage
    notes = []
    stats = {"demand": cov.n_demand, "candidates": cov.n_candidates, "pairs": cov.nnz}
    e_count = cov.counts(np.flatnonzero(ctx.existing))
    free_idx = np.flatnonzero(ctx.free)
    sub = cov.subset(candidate_cols=free_idx)
    reach = np.diff(sub.indptr) > 0
    uncoverable = (e_count == 0) & ~reach
    if uncoverable.all():
        raise PlannerError("No demand point lies within reach of any candidate or existing site.")
    if uncoverable.any():
        notes.append(Note("{} demand point(s) are out of reach of every site and stay uncovered.",
                          int(uncoverable.sum())))
    active = np.flatnonzero((e_count == 0) & reach)
    red = sub.subset(demand_rows=active)
    red, _, _ = merge_identical_rows(red, np.ones(red.n_demand))
    conflicts = remap_conflicts(ctx.conflicts, free_idx)
    if len(conflicts) == 0:
        dom = dominated_candidates(red)
        cols = np.flatnonzero(~dom)
    else:
        cols = np.flatnonzero(np.diff(red.csc().indptr) > 0)
    red = red.subset(candidate_cols=cols)
    conflicts = remap_conflicts(conflicts, cols)
    col_orig = free_idx[cols]
    stats.update(reduced_demand=red.n_demand, reduced_candidates=red.n_candidates)
    A = red.csr()
    At = A.T.tocsr()
    # greedy set cover
    m, n = A.shape
    covered = np.zeros(m, dtype=bool)
    chosen = np.zeros(n, dtype=bool)
    allowed = np.ones(n, dtype=bool)
    conf = conflict_graph(conflicts, n)
    while not covered.all():
        ctx.monitor.check()
        gains = At @ (~covered).astype(float)
        gains[~allowed | chosen] = -1
        j = int(np.argmax(gains)) if n else 0
        if n == 0 or gains[j] <= 0:
            break
        chosen[j] = True
        covered[At[j].indices] = True
        if conf is not None:
            allowed[conf[j].indices] = False
    greedy_ok = bool(covered.all())
    if greedy_ok:
        # drop redundant sites (every demand they cover is covered twice)
        counts = A @ chosen.astype(float)
        for j in np.flatnonzero(chosen)[np.argsort(np.diff(A.tocsc().indptr)[chosen])]:
            rows = At[j].indices
            if np.all(counts[rows] >= 2):
                chosen[j] = False
                counts[rows] -= 1
    best = chosen if greedy_ok else None
    best_val = float(chosen.sum()) if greedy_ok else math.inf
    bound = None
    if ctx.use_milp and ctx.remaining() > 0.2 and m > 0:
        cons = [at_least(A, 1)]
        if len(conflicts):
            cons.append(conflict_rows(conflicts, n))
        res, status = run_milp(np.ones(n), np.ones(n), 0, 1, cons, ctx.remaining(), ctx.mip_gap)
        stats["milp_status"] = status
        if res.status == 2:
            raise PlannerError("No set of sites covers every coverable demand point while keeping the minimum spacing; "
                "reduce MIN_SPACING or add candidates.")
        if res.x is not None:
            x = np.round(res.x) > 0.5
            if x.sum() < best_val:
                best, best_val = x, float(x.sum())
            dual = dual_bound(res)
            bound = math.ceil(dual - 1e-6) if dual is not None else None
            if res.status == 0 and bound is None:
                bound = best_val
        notes.append(Note("HiGHS MILP ({}) on the reduced model.", status_word(status)))
    elif m == 0:
        best, best_val, bound = np.zeros(n, dtype=bool), 0.0, 0.0
    if best is None:
        raise PlannerError(
            "No set of sites was found that covers every coverable demand point while keeping the minimum "
            "spacing; reduce MIN_SPACING or add candidates.")
    gap = relative_gap(best_val, bound, False)
    return SitingResult(
        selected=col_orig[np.flatnonzero(best)], objective=best_val, bound=bound, gap=gap,
        status=status_of(gap, ctx.mip_gap, bound is not None), notes=notes, stats=stats,
        solver="greedy set cover" + (", HiGHS MILP" if ctx.use_milp else ""),
    )
