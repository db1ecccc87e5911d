# ruff: noqa: N803, N806  (A is the coverage matrix, as in the literature)
"""Maximal covering location (MCLP) with existing sites, spacing rules and category quotas.

1. **Exact reduction**: demand covered by an existing site is a constant; identical rows (within a
   quota category) are merged; dominated candidates are dropped when there are no spacing rules.
2. **Warm start**: greedy, swap local search, and the Lagrangian heuristic (the sites the
   multipliers price highest, then swaps).
3. **Bound**: the Lagrangian relaxation of the coverage constraints (:mod:`.lagrangian`).
4. **Exact MILP** on what is left after *reduced-cost fixing*: with the Lagrangian bound UB and the
   incumbent LB, a candidate whose forced inclusion (or exclusion) drops the bound below LB is fixed,
   and so is a demand row; any strictly better solution lies in the remaining model, solved by HiGHS
   within the time limit and gap. When that model is still too large (``MILP_MAX_PAIRS``), the
   incumbent is improved by the neighbourhood search (:mod:`.lns`) and fixing is tried again.
"""

import dataclasses
import time
from typing import Any, Optional

import numpy as np

from ..messages import Note, PlannerError
from .count_search import CountProblem
from .coverage import Coverage
from .lagrangian import dual_value, lagrangian_bound
from .lns import neighbourhood_search
from .milp import max_cover_milp, status_word
from .problem import SitingResult, relative_gap, status_of
from .reduction import dominated_candidates, merge_identical_rows, remap_conflicts

MILP_MAX_PAIRS = 60000  # above this many pairs left after fixing, HiGHS rarely beats the heuristics


def quota_setup(ctx, rows, w_rows, const_covered_w):
    """Category index per active row and the weight still required per quota category."""
    cats = ctx.categories
    codes = sorted(ctx.quotas)
    req = []
    for code in codes:
        share = float(ctx.quotas[code])
        total = float(ctx.w[cats == code].sum())
        need = share * total - float(const_covered_w[cats == code].sum())
        req.append(max(need, 0.0))
    code_index = {c: k for k, c in enumerate(codes)}
    row_cat = np.array([code_index.get(int(c), -1) for c in cats[rows]], dtype=np.int64)
    return codes, row_cat, np.asarray(req, dtype=float)


def check_quotas(coverage, weights, categories, quotas, existing, free, category_names=None):
    """Raise ValueError when a category's coverable share is below its quota.

    The coverable share counts demand covered by an existing site or by any candidate that may
    be chosen. Returns {code: coverable share}.
    """
    w = np.asarray(weights, dtype=float)
    cats = np.asarray(categories)
    mask = existing | free
    coverable = coverage.counts(np.flatnonzero(mask)) > 0
    shares = {}
    for code, share in quotas.items():
        in_cat = cats == code
        total = float(w[in_cat].sum())
        name = category_names.get(code, code) if category_names else code
        if not in_cat.any():
            raise PlannerError("Quota category {} has no demand points.", name)
        cov = float(w[in_cat & coverable].sum())
        frac = cov / total if total > 0 else 1.0
        shares[code] = frac
        if frac + 1e-9 < float(share):
            raise PlannerError(
                "Category {} cannot reach its coverage quota of {:.1%}: only {:.1%} of its weight lies within "
                "reach of any existing or candidate site ({} of {} demand points are out of reach).",
                name, float(share), frac, int(np.sum(in_cat & ~coverable)), int(in_cat.sum()),
            )
    return shares


@dataclasses.dataclass
class ReducedMclp:
    """The maximal covering model after the exact reduction, shared by one solve and the trade-off curve.

    ``A`` (CSR, reduced demand rows × kept candidates) and ``w`` are the model left to optimise;
    ``const_w`` is the weight the existing sites cover anyway; ``col_orig`` maps a kept column to
    its candidate; ``conflicts`` are in kept-column numbering; ``quota`` is ``(row category index,
    weight still required)`` or None.
    """

    A: Any
    w: np.ndarray
    const_w: float
    col_orig: np.ndarray
    conflicts: np.ndarray
    quota: Optional[tuple]
    notes: list
    stats: dict

    @property
    def n_candidates(self):
        return self.A.shape[1]


def reduce_mclp(ctx):
    """Exact reduction of the maximal covering model of ``ctx`` (see the module docstring, step 1)."""
    cov, w = ctx.coverage, ctx.w
    notes = []
    stats = {"demand": cov.n_demand, "candidates": cov.n_candidates, "pairs": cov.nnz}
    if ctx.quotas:
        check_quotas(cov, w, ctx.categories, ctx.quotas, ctx.existing, ctx.free, ctx.category_names)
    e_count = cov.counts(np.flatnonzero(ctx.existing))
    const_cov = e_count > 0
    const_w = float(w[const_cov].sum())
    free_idx = np.flatnonzero(ctx.free)
    sub = cov.subset(candidate_cols=free_idx)
    reach = np.diff(sub.indptr) > 0
    active = np.flatnonzero(~const_cov & reach & ((w > 0) | in_quota_rows(ctx)))
    if len(active) == 0 and not const_cov.any():
        raise PlannerError("No demand point lies within reach of any candidate or existing site.")
    groups = None
    quota = None
    if ctx.quotas:
        codes, row_cat, req = quota_setup(ctx, active, w[active], w * const_cov)
        groups = row_cat
    red = sub.subset(demand_rows=active)
    red, wr, owner = merge_identical_rows(red, w[active], groups=groups)
    if ctx.quotas:
        first = np.full(red.n_demand, -1, dtype=np.int64)
        first[owner] = row_cat  # all members share the category
        quota = (first, req)
    cols = np.arange(red.n_candidates)
    conflicts = remap_conflicts(ctx.conflicts, free_idx)
    if len(conflicts) == 0:
        dom = dominated_candidates(red)
        cols = np.flatnonzero(~dom)
        notes.append(Note("{} dominated candidate(s) dropped (covering set inside another's).", int(dom.sum())))
    else:
        notes.append(Note("Dominated candidates were kept: with spacing rules dropping them is not exact."))
        nonempty = np.diff(red.csc().indptr) > 0
        cols = np.flatnonzero(nonempty)
    red = red.subset(candidate_cols=cols)
    conflicts = remap_conflicts(conflicts, cols)
    stats.update(reduced_demand=red.n_demand, reduced_candidates=red.n_candidates, reduced_pairs=red.nnz)
    notes.append(
        Note("Model reduced to {} demand rows × {} candidates ({} pairs) from {} × {}.",
             red.n_demand, red.n_candidates, red.nnz, cov.n_demand, cov.n_candidates)
    )
    return ReducedMclp(red.csr(), wr, const_w, free_idx[cols], conflicts, quota, notes, stats)


def solve_mclp(ctx):
    """Maximal covering: the most demand weight covered with at most ``p`` new sites (quotas, spacing)."""
    model = reduce_mclp(ctx)
    notes, stats, const_w, col_orig = model.notes, model.stats, model.const_w, model.col_orig
    A, wr, conflicts, quota = model.A, model.w, model.conflicts, model.quota
    p = min(ctx.p, model.n_candidates)
    prob = CountProblem(A, wr, np.zeros(len(wr)), np.ones(len(wr)), p, conflicts, model.n_candidates, quota)
    ctx.monitor.step(0.05)
    t0 = time.perf_counter()
    chosen = prob.greedy(ctx.monitor.sub(0.05, 0.15))
    g_val = prob.value(prob.counts(chosen))
    t_greedy = time.perf_counter() - t0
    chosen, n_swaps = prob.local_search(chosen, ctx.start + 0.15 * ctx.time_limit, ctx.monitor)
    counts = prob.counts(chosen)
    lb = ls_val = prob.value(counts)
    feasible = prob.quota_ok(counts)
    stats.update(greedy_value=g_val + const_w, greedy_s=round(t_greedy, 3), swaps=int(n_swaps),
                 local_search_value=ls_val + const_w)
    if not feasible:
        notes.append(Note("The greedy start does not meet every category quota; the MILP must find a feasible "
                          "solution."))
        lb = -np.inf
    ctx.monitor.step(0.3)
    # Lagrangian bound
    t0 = time.perf_counter()
    ub, lam = lagrangian_bound(A, wr, p, lb if feasible else 0.0, min(0.2 * ctx.time_limit, 12.0), ctx.mip_gap,
                               ctx.monitor)
    stats["lagrangian_s"] = round(time.perf_counter() - t0, 3)
    stats["lagrangian_bound"] = ub + const_w
    # Lagrangian heuristic: the sites the near-optimal multipliers price highest, then swaps
    if p > 0 and len(wr):
        t0 = time.perf_counter()
        alt = prob.lagrangian_pick(A.T @ lam)
        alt, _n = prob.local_search(alt, min(ctx.deadline, t0 + 0.15 * ctx.time_limit), ctx.monitor)
        alt_counts = prob.counts(alt)
        alt_val = prob.value(alt_counts)
        stats.update(lagrangian_heuristic_value=alt_val + const_w, lagrangian_heuristic_s=round(
            time.perf_counter() - t0, 3))
        if prob.quota_ok(alt_counts) and (not feasible or alt_val > lb):
            chosen, lb, feasible = alt, alt_val, True
            notes.append(Note("The Lagrangian heuristic (sites with the largest reduced gains, then swaps) found "
                         "{:.6g}.", alt_val + const_w))
    n_lns = 0
    lns = ctx.use_milp and feasible and model.n_candidates > 150
    target = ub * (1.0 - ctx.mip_gap)
    best, best_val, bound = chosen, lb, ub
    milp_note = None
    lns_notes = []
    t_lns = 0.0
    for phase in range(3):
        if feasible and relative_gap(best_val, ub, True) <= ctx.mip_gap:
            milp_note = Note("The Lagrangian bound proves the heuristic solution within the MIP gap; no MILP was "
                             "needed.")
            break
        if not ctx.use_milp:
            milp_note = Note("No MILP was run; the gap is measured against the Lagrangian bound.")
            break
        if ctx.remaining() <= 0.2:
            break
        if phase < 2:
            stats.pop("milp_status", None)
            best, best_val, bound, milp_note = milp_with_fixing(ctx, A, wr, p, conflicts, quota, best, best_val,
                                                                     ub, lam, stats)
            if stats.get("milp_status") != "skipped":
                break
        if not lns or ctx.remaining() <= 0.5:
            break
        # the model left after fixing is too large for HiGHS: improve the incumbent by neighbourhoods, which
        # also strengthens the fixing, and try again
        t0 = time.perf_counter()
        # the tail is kept for ranking the sites and the report, so the whole call stays within time_limit
        until = ctx.deadline - max((0.25 if phase == 0 else 0.03) * ctx.time_limit, 0.5)
        best, moves = neighbourhood_search(prob, best, until, size=200, monitor=ctx.monitor, target=target,
                                           seed=phase, reduced_gain=A.T @ lam)
        best_val = prob.value(prob.counts(best))
        n_lns += moves
        t_lns += time.perf_counter() - t0
        lns_notes.append(Note("Neighbourhood re-optimisation: {} move(s), {:.6g}.", moves, best_val + const_w))
    stats.update(neighbourhood_moves=int(n_lns), neighbourhood_value=best_val + const_w,
                 neighbourhood_s=round(t_lns, 3))
    notes.append(Note("Greedy {:.6g}, after {} swap(s) {:.6g}; Lagrangian bound {:.6g}.",
                      g_val + const_w, n_swaps, ls_val + const_w, ub + const_w))
    ctx.monitor.step(0.9)
    if milp_note:
        notes.append(milp_note)
    notes.extend(lns_notes)
    if best is None or not np.isfinite(best_val):
        raise PlannerError("No solution meets every category quota with P = {} new sites and the spacing rule; "
            "raise P, lower the quotas or the minimum spacing.", ctx.p)
    objective = best_val + const_w
    bound_total = max(bound, best_val) + const_w
    gap = relative_gap(objective, bound_total, True)
    status = status_of(gap, ctx.mip_gap, True)
    selected = col_orig[np.flatnonzero(best)]
    return SitingResult(
        selected=selected, objective=objective, bound=bound_total, gap=gap, status=status, notes=notes, stats=stats,
        solver="greedy+swap, Lagrangian bound" + (", HiGHS MILP" if ctx.use_milp else ""),
    )


def in_quota_rows(ctx):
    if not ctx.quotas:
        return np.zeros(ctx.coverage.n_demand, dtype=bool)
    return np.isin(ctx.categories, list(ctx.quotas))


def milp_with_fixing(ctx, A, w, p, conflicts, quota, chosen, lb, ub, lam, stats):
    """Reduced-cost fixing from the Lagrangian bound, then HiGHS on what remains."""
    n = A.shape[1]
    integral = bool(np.all(np.abs(w - np.round(w)) < 1e-9))
    have_lb = np.isfinite(lb)
    fix0 = np.zeros(n, dtype=bool)
    fix1 = np.zeros(n, dtype=bool)
    row_drop = np.zeros(A.shape[0], dtype=bool)
    row_force = np.zeros(A.shape[0], dtype=bool)
    if have_lb:
        thr = lb + (1.0 - 1e-6 if integral else -1e-9 * max(1.0, abs(lb)))
        val, c, top, y = dual_value(A, w, lam, p)
        cs = np.sort(c)[::-1]
        c_p = cs[p - 1] if 0 < p <= len(cs) else 0.0
        c_p1 = cs[p] if p < len(cs) else 0.0
        in_top = np.zeros(n, dtype=bool)
        in_top[top] = True
        c_p_eff = c_p if len(top) == p else 0.0
        fix0 = ~in_top & (val - c_p_eff + c < thr)
        fix1 = in_top & (val - c + max(c_p1, 0.0) < thr)
        r = w - lam
        row_drop = (r <= 0) & (val + r < thr)
        row_force = (r > 0) & (val - r < thr)
        stats.update(fixed_out=int(fix0.sum()), fixed_in=int(fix1.sum()), rows_dropped=int(row_drop.sum()),
                     rows_forced=int(row_force.sum()))
    if len(conflicts) and fix1.any():
        # a site fixed open excludes its conflicting neighbours
        a, b = conflicts[:, 0], conflicts[:, 1]
        if np.any(fix1[a] & fix1[b]) and have_lb:
            return chosen, lb, lb, Note(
                "Reduced-cost fixing shows that a better solution would need two sites closer than the minimum "
                "spacing: the local-search solution is optimal.")
        fix0[b[fix1[a]]] = True
        fix0[a[fix1[b]]] = True
        fix0 &= ~fix1
    p_left = p - int(fix1.sum())
    covered_fixed = (A @ fix1.astype(float)) > 0
    const = float(w[covered_fixed].sum())
    rows = np.flatnonzero(~covered_fixed & ~row_drop)
    cols = np.flatnonzero(~fix0 & ~fix1)
    sub = Coverage(A.indptr, A.indices, np.zeros(A.nnz), A.shape[0], A.shape[1]).subset(rows, cols)
    # quotas: the constant part already meets some of the requirement
    q_rows = None
    if quota is not None:
        cat, req = quota
        got = np.bincount(cat[covered_fixed & (cat >= 0)], weights=w[covered_fixed & (cat >= 0)], minlength=len(req))
        q_rows = (cat[rows], np.maximum(req - got, 0.0))
    conf = remap_conflicts(conflicts, cols)
    forced = row_force[rows]
    stats.update(milp_rows=len(rows), milp_cols=len(cols), milp_pairs=sub.nnz)
    if have_lb and sub.nnz > MILP_MAX_PAIRS:
        stats["milp_status"] = "skipped"
        return chosen, lb, ub, Note(
            "After reduced-cost fixing {} demand rows × {} candidates ({} pairs) are left: too large for HiGHS to "
            "close the gap in the time left, so the MILP was not run; the gap is from the Lagrangian bound.",
            len(rows), len(cols), sub.nnz)
    ctx.monitor.step(0.4)
    time_left = ctx.remaining()
    x, obj, milp_bound, status = max_cover_milp(sub.csr(), w[rows], max(p_left, 0), conf, q_rows, forced, time_left,
                                               ctx.mip_gap)
    stats["milp_status"] = status
    if x is None:
        if status == "infeasible" and have_lb:
            return chosen, lb, lb, Note(
                "After reduced-cost fixing no solution better than the local-search one remains: it is optimal.")
        if not have_lb:
            return None, -np.inf, ub, Note("The MILP found no solution meeting the quotas ({}).", status)
        return chosen, lb, ub, Note("The MILP stopped without a better solution ({}); gap from the Lagrangian bound.",
                                    status)
    full = fix1.copy()
    full[cols[x > 0.5]] = True
    val = const + obj
    bound = min(ub, const + milp_bound) if milp_bound is not None else ub
    bound = max(bound, lb) if have_lb else bound
    if have_lb and lb >= val:
        return chosen, lb, bound, Note("HiGHS ({}) on the fixed model did not improve on the local-search solution.",
                                       status_word(status))
    return full, val, bound, Note("HiGHS ({}) on the model left after reduced-cost fixing.", status_word(status))
