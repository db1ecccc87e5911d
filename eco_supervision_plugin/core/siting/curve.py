# ruff: noqa: N806  (A is the coverage matrix, as in the literature)
"""The coverage trade-off curve: the most demand weight ``p`` new sites can cover, for ``p = 1 … p_max``.

This answers the planner's question "how many sensors do we need for 90 %?". Every point is the
maximal covering optimum ``z(p) = max Σ w_i y_i, y_i ≤ Σ_j a_ij x_j, Σ x ≤ p`` (existing sites,
spacing rules and category quotas as in :mod:`.mclp`), with its proven bound. The points are solved
incrementally, not as independent cold solves:

* the exact reduction (:func:`.mclp.reduce_mclp`) and the swap structures are built once;
* the solution for ``p`` starts from the one for ``p − 1`` plus the best extra site (greedy), and
  only when it is not yet proved is it improved (swaps, the Lagrangian heuristic, HiGHS on the
  model left after reduced-cost fixing);
* bounds come from a :class:`.lagrangian.BoundBank`: every multiplier vector met while bounding one
  ``p`` bounds every other ``p`` for the price of a sort, the multipliers of ``p − 1`` warm-start
  those of ``p``, and ``z(p) ≤ z(q)`` for ``q ≥ p`` lets a later bound tighten an earlier point.

By construction the covered weight never decreases with ``p``.
"""

import dataclasses
import math
import time
from typing import Optional

import numpy as np

from ..messages import Note
from ..monitor import ensure
from .count_search import CountProblem
from .lagrangian import BoundBank, lagrangian_bound
from .mclp import milp_with_fixing, reduce_mclp
from .milp import HAVE_MILP
from .problem import prepare, relative_gap, status_of

SHORT_ITERATIONS = 40  # warm-started multiplier steps tried before any local search
LONG_ITERATIONS = 2000
PACE_MARGIN = 3.0  # later points' cheap steps cost more than the first ones' (more of them are not proved)


@dataclasses.dataclass
class CurvePoint:
    """One point of the curve: ``p`` new sites, the covered weight (existing + new), its bound and gap.

    ``status`` is ``optimal`` (within the MIP gap), ``feasible`` (with its gap), ``heuristic`` (no
    bound) or ``infeasible`` (no choice of ``p`` sites meets the category quotas; no weight then).
    ``category_covered`` is the covered weight per category code (None without categories).
    """

    p: int
    covered_weight: Optional[float]
    bound: Optional[float]
    gap: Optional[float]
    status: str
    selected: np.ndarray
    category_covered: Optional[np.ndarray] = None


@dataclasses.dataclass
class TradeoffCurve:
    """The curve: its points (p = 1 … p_max), the weight covered with no new site and the totals."""

    points: list
    total_weight: float
    existing_weight: float
    category_weight: Optional[np.ndarray]
    existing_category_covered: Optional[np.ndarray]
    runtime: float
    notes: list
    stats: dict

    def first_reaching(self, share):
        """The fewest new sites whose covered weight reaches ``share`` of the total, or None (not on the curve).

        With every point proved optimal this is the true minimum; ``proven_minimum`` gives the
        count the bounds prove necessary.
        """
        target = share * self.total_weight - 1e-9 * max(1.0, self.total_weight)
        if self.existing_weight >= target:
            return 0
        for point in self.points:
            if point.covered_weight is not None and point.covered_weight >= target:
                return point.p
        return None

    def proven_minimum(self, share):
        """The fewest new sites the bounds allow for ``share`` (every smaller count is proved short of it)."""
        target = share * self.total_weight - 1e-9 * max(1.0, self.total_weight)
        if self.existing_weight >= target:
            return 0
        for point in self.points:
            if point.status == "infeasible":
                continue
            if point.bound is None or point.bound >= target:
                return point.p
        return None


def tradeoff_curve(coverage, weights=None, p_max=10, existing=None, conflicts=None, categories=None, quotas=None,
                   category_names=None, n_categories=None, time_limit=60.0, mip_gap=1e-3, use_milp=True,
                   monitor=None, seed=None, seed_bound=None):
    """The maximal covering trade-off curve for ``p = 1 … p_max`` (arguments as in :func:`.solve.solve_siting`).

    ``p_max`` is capped at the number of candidates that can be chosen. ``time_limit`` (s) is for
    the whole curve; points not proved when it runs out keep their gap. ``seed`` (optional): new sites of a
    solve at some P, ranked (as :attr:`.problem.SitingResult.selected`); its first ``p`` sites are tried at
    every ``p`` ≤ P, and ``seed_bound`` (its proven bound on the covered weight) bounds every point up to P.
    Returns :class:`TradeoffCurve`.
    """
    monitor = ensure(monitor)
    start = time.perf_counter()
    ctx = prepare("mclp", coverage, weights, 0, existing, conflicts, categories, quotas, category_names,
                  time_limit, mip_gap, bool(use_milp) and HAVE_MILP, monitor, start)
    notes = list(ctx.notes)
    n_free = int(ctx.free.sum())
    p_max = int(max(0, p_max))
    if p_max > n_free:
        notes.append(Note("The curve stops at {} new sites: no more candidates can be chosen.", n_free))
        p_max = n_free
    red = reduce_mclp(ctx)
    A, w, const_w = red.A, red.w, red.const_w
    n = red.n_candidates
    integral = bool(np.all(np.abs(ctx.w - np.round(ctx.w)) < 1e-9))
    bank = BoundBank(p_max, integral and bool(np.all(np.abs(w - np.round(w)) < 1e-9)))
    prob = CountProblem(A, w, np.zeros(len(w)), np.ones(len(w)), 0, red.conflicts, n, red.quota)
    total = float(ctx.w.sum())
    cats = ctx.categories
    n_cat = n_categories if n_categories is not None else (int(cats.max()) + 1 if cats is not None and len(cats) else 0)
    existing_idx = np.flatnonzero(ctx.existing)

    def per_category(selected):
        if cats is None:
            return None
        covered = coverage.counts(np.concatenate([existing_idx, selected])) > 0
        sel = covered & (cats >= 0)
        return np.bincount(cats[sel], weights=ctx.w[sel], minlength=n_cat)

    stats = {"points": p_max, "reduced_demand": len(w), "reduced_candidates": n, "short_bound_runs": 0,
             "long_bound_runs": 0, "local_searches": 0, "milp_runs": 0}
    solver = _PointSolver(ctx, red, prob, bank, stats)
    if seed is not None:
        column = {int(j): k for k, j in enumerate(red.col_orig)}
        solver.seed = [column[int(j)] for j in seed if int(j) in column]
        if seed_bound is not None and np.isfinite(seed_bound) and len(solver.seed) == len(seed):
            solver.seed_bound = (len(seed), float(seed_bound) - const_w)
    raw = []  # (p, chosen mask, value, feasible, own bound)
    chosen = np.zeros(n, dtype=bool)
    for p in range(1, p_max + 1):
        monitor.step((p - 1) / max(p_max, 1))
        chosen = solver.solve(p, chosen, p_max - p + 1)
        raw.append((p, chosen.copy(), solver.value, solver.feasible, solver.own_bound))
    # bounds: the bank's, a MILP's, and any later point's (the optimum never decreases with p)
    ubs = [min(bank.at(p), ob) for p, _c, _v, _f, ob in raw]
    for k in range(len(ubs) - 2, -1, -1):
        ubs[k] = min(ubs[k], ubs[k + 1])
    points = []
    for (p, mask, value, feasible, _ob), ub in zip(raw, ubs):
        selected = red.col_orig[np.flatnonzero(mask)]
        if not feasible:
            points.append(CurvePoint(p, None, None if not np.isfinite(ub) else ub + const_w, None,
                                     "infeasible" if ub == -np.inf else "heuristic", selected))
            continue
        objective = value + const_w
        bound = max(ub, value) + const_w if np.isfinite(ub) else None
        gap = relative_gap(objective, bound, True)
        points.append(CurvePoint(p, objective, bound, gap, status_of(gap, ctx.mip_gap, bound is not None), selected,
                                 per_category(selected)))
    notes.extend(red.notes)
    stats["runtime_s"] = round(time.perf_counter() - start, 3)
    monitor.step(1.0)
    return TradeoffCurve(points, total, const_w, None if cats is None else
                         np.bincount(cats[cats >= 0], weights=ctx.w[cats >= 0], minlength=n_cat),
                         per_category(np.zeros(0, dtype=np.int64)), stats["runtime_s"], notes, stats)


class _PointSolver:
    """One point of the curve, from the previous point's sites: each step only when the point is not proved yet."""

    def __init__(self, ctx, red, prob, bank, stats):
        self.ctx, self.red, self.prob, self.bank, self.stats = ctx, red, prob, bank, stats
        self.lam = None
        self.seed, self.seed_bound = [], None
        self.cheap_s, self.cheap_n = 0.0, 0  # time of the cheap steps (extension, short bound run) per point
        self.value, self.feasible, self.own_bound, self.p, self.share = 0.0, False, math.inf, 0, 0.0

    def proved(self):
        bound = min(self.bank.at(self.p), self.own_bound)
        return self.feasible and relative_gap(self.value, bound, True) <= self.ctx.mip_gap

    def _take(self, chosen):
        counts = self.prob.counts(chosen)
        self.value, self.feasible = self.prob.value(counts), self.prob.quota_ok(counts)
        return chosen

    def _bound_run(self, iterations):
        self.lam = lagrangian_bound(
            self.red.A, self.red.w, self.prob.p, self.value if self.feasible else 0.0,
            min(0.3 * self.share, self.ctx.remaining()),
            self.ctx.mip_gap, self.ctx.monitor, max_iter=iterations, start=self.lam, bank=self.bank, at=self.prob.At,
            stop_gap=self.ctx.mip_gap, integral=self.bank.integral).multipliers

    def solve(self, p, previous, points_left):
        """The sites for ``p``: the previous ones plus the best extra site, improved until proved or out of time."""
        ctx, prob, stats = self.ctx, self.prob, self.stats
        n = prob.n
        self.p, prob.p = p, min(p, n)
        self.own_bound = float(self.red.w.sum())  # every reduced row covered
        self.share = max(ctx.remaining(), 0.0) / points_left  # this point's fair share of the time left
        t0 = time.perf_counter()
        chosen = self._take(prob.greedy(start=previous) if p <= n else previous)
        if self.seed_bound is not None and p <= self.seed_bound[0]:
            self.own_bound = min(self.own_bound, self.seed_bound[1])
        if p <= len(self.seed):  # the first p sites of the given solve, when better
            prefix = np.zeros(n, dtype=bool)
            prefix[self.seed[:p]] = True
            counts = prob.counts(prefix)
            if prob.quota_ok(counts) and (not self.feasible or prob.value(counts) > self.value):
                chosen = self._take(prefix)
        if p > n or not len(self.red.w) or ctx.remaining() <= 0:
            return chosen
        if not self.proved():  # a few warm-started multiplier steps often prove the extended solution
            self._bound_run(SHORT_ITERATIONS)
            stats["short_bound_runs"] += 1
        self.cheap_s += time.perf_counter() - t0
        self.cheap_n += 1

        def ahead():  # the expensive steps only while every later point keeps time for its cheap steps
            return ctx.remaining() - PACE_MARGIN * (points_left - 1) * self.cheap_s / self.cheap_n > 0

        if not self.proved() and ahead():
            chosen = self._take(prob.local_search(chosen, time.perf_counter() + 0.25 * self.share, ctx.monitor)[0])
            stats["local_searches"] += 1
        if not self.proved() and ahead():
            chosen = self._lagrangian_heuristic(chosen)
        if not self.proved() and ahead():
            self._bound_run(LONG_ITERATIONS)
            stats["long_bound_runs"] += 1
            if not self.proved():
                chosen = self._lagrangian_heuristic(chosen)
        if not self.proved() and ctx.use_milp and ctx.remaining() > 0.05 and ahead():
            chosen = self._milp(chosen, points_left)
        return chosen

    def _lagrangian_heuristic(self, chosen):
        """The sites the multipliers price highest, then swaps; kept when better."""
        prob = self.prob
        alt, _n = prob.local_search(prob.lagrangian_pick(prob.At @ self.lam), time.perf_counter() + 0.15 * self.share,
                                    self.ctx.monitor)
        counts = prob.counts(alt)
        if prob.quota_ok(counts) and (not self.feasible or prob.value(counts) > self.value):
            return self._take(alt)
        return chosen

    def _milp(self, chosen, points_left):
        """HiGHS on the model left after reduced-cost fixing (as one MCLP solve does)."""
        ctx, red = self.ctx, self.red
        limit = max(0.3 * self.share, 0.1) if points_left > 1 else max(ctx.remaining(), 0.1)
        milp_stats = {}
        best, best_val, bound, _note = milp_with_fixing(
            dataclasses.replace(ctx, start=time.perf_counter(), time_limit=limit), red.A, red.w, self.prob.p,
            red.conflicts, red.quota, chosen if self.feasible else None, self.value if self.feasible else -np.inf,
            self.bank.at(self.p), self.lam, milp_stats)
        self.stats["milp_runs"] += 1
        status = milp_stats.get("milp_status")
        if best is not None and np.isfinite(best_val) and (not self.feasible or best_val >= self.value):
            chosen, self.value, self.feasible = np.asarray(best, dtype=bool), float(best_val), True
        if status == "infeasible" and not self.feasible:
            self.own_bound = -np.inf  # no choice of p sites meets the quotas
        elif bound is not None and status in ("optimal", "trivial", "infeasible", "time limit"):
            self.own_bound = min(self.own_bound, float(bound))
        return chosen
