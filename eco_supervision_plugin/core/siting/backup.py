# ruff: noqa: N806  (A is the coverage matrix, as in the literature)
"""Backup (double) coverage: maximise the demand weight covered by at least two open sites.

Rows already covered twice by existing sites are a constant, rows that can never be covered twice
are dropped, identical rows with the same remaining need are merged. Greedy on a smooth surrogate
(a first cover earns half), swap local search, then the max-cover MILP with ``need`` 1 or 2.
Dropping dominated candidates is not exact here, so it is not done.
"""

import dataclasses

import numpy as np

from ..messages import Note, PlannerError
from .count_search import CountProblem
from .milp import max_cover_milp, status_word
from .problem import SitingResult, relative_gap, status_of
from .reduction import merge_identical_rows, remap_conflicts


@dataclasses.dataclass
class BackupReduction:
    """The backup model left to solve: merged rows (``w``, ``need`` 1 or 2) × free candidates that reach one
    (``col_orig``: their original indices), their conflicts, and ``const_w`` (weight backed up by existing sites)."""

    coverage: object
    w: np.ndarray
    need: np.ndarray
    col_orig: np.ndarray
    conflicts: np.ndarray
    const_w: float


def reduce_backup(ctx):
    """Rows backed up by existing sites become a constant, rows never reachable twice are dropped, identical rows
    with the same need merged (raises PlannerError when no demand can be covered twice)."""
    cov, w = ctx.coverage, ctx.w
    e_count = cov.counts(np.flatnonzero(ctx.existing))
    free_idx = np.flatnonzero(ctx.free)
    sub = cov.subset(candidate_cols=free_idx)
    reach = np.diff(sub.indptr)
    const = e_count >= 2
    const_w = float(w[const].sum())
    active = np.flatnonzero(~const & (e_count + reach >= 2) & (w > 0))
    if len(active) == 0 and not const.any():
        raise PlannerError("No demand point can be covered twice by the candidate and existing sites.")
    need = (2 - e_count[active]).astype(np.int64)
    red = sub.subset(demand_rows=active)
    red, wr, owner = merge_identical_rows(red, w[active], groups=need)
    need_r = np.zeros(red.n_demand)
    need_r[owner] = need
    nonempty = np.flatnonzero(np.diff(red.csc().indptr) > 0)
    red = red.subset(candidate_cols=nonempty)
    conflicts = remap_conflicts(remap_conflicts(ctx.conflicts, free_idx), nonempty)
    return BackupReduction(red, wr, need_r, free_idx[nonempty], conflicts, const_w)


def solve_backup(ctx):
    """Backup coverage: the most demand weight covered at least twice with at most ``p`` new sites."""
    cov = ctx.coverage
    notes = []
    stats = {"demand": cov.n_demand, "candidates": cov.n_candidates, "pairs": cov.nnz}
    reduced = reduce_backup(ctx)
    red, wr, need_r, col_orig, conflicts, const_w = (reduced.coverage, reduced.w, reduced.need, reduced.col_orig,
                                                     reduced.conflicts, reduced.const_w)
    stats.update(reduced_demand=red.n_demand, reduced_candidates=red.n_candidates, reduced_pairs=red.nnz)
    notes.append(
        Note("Model reduced to {} demand rows × {} candidates (rows already backed up by existing sites or "
        "never reachable twice removed, identical rows merged).", red.n_demand, red.n_candidates)
    )
    p = min(ctx.p, red.n_candidates)
    A = red.csr()
    prob = CountProblem(A, wr, np.zeros(red.n_demand), need_r, p, conflicts, red.n_candidates)
    chosen = prob.greedy(ctx.monitor.sub(0.05, 0.2), surrogate=True)
    chosen, n_swaps = prob.local_search(chosen, ctx.start + 0.35 * ctx.time_limit, ctx.monitor)
    lb = prob.value(prob.counts(chosen))
    stats.update(swaps=int(n_swaps), local_search_value=lb + const_w)
    best, best_val, bound = chosen, lb, None
    if ctx.use_milp and ctx.remaining() > 0.2 and red.n_candidates:
        x, obj, mb, status = max_cover_milp(A, wr, p, conflicts, None, None, ctx.remaining(), ctx.mip_gap,
                                           need=need_r, base=np.zeros(red.n_demand))
        stats["milp_status"] = status
        if x is not None:
            bound = mb
            if obj > best_val:
                best, best_val = x > 0.5, obj
            notes.append(Note("HiGHS MILP ({}) on the reduced model.", status_word(status)))
        else:
            notes.append(Note("HiGHS stopped without a solution ({}); the local-search solution is reported.",
                              status_word(status)))
    elif red.n_candidates == 0:
        bound = 0.0
    objective = best_val + const_w
    bound_total = None if bound is None else max(bound, best_val) + const_w
    gap = relative_gap(objective, bound_total, True)
    return SitingResult(
        selected=col_orig[np.flatnonzero(best)], objective=objective, bound=bound_total, gap=gap,
        status=status_of(gap, ctx.mip_gap, bound_total is not None), notes=notes, stats=stats,
        solver="greedy+swap" + (", HiGHS MILP" if ctx.use_milp else ""),
    )
