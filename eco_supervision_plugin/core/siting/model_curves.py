# ruff: noqa: N806  (A is the coverage matrix, as in the literature)
"""The trade-off curves of the p-median and backup models: the model's own figure against the number of new sites.

* **p-median** — the demand-weighted mean cost ``z(p)/W`` with ``z(p) = min Σ_i w_i min_{j open} d_ij`` (rows with
  no open site among their pairs charged the penalty), for ``p = 1 … p_max`` new sites next to the existing ones.
  ``z`` never increases with ``p``: each point starts from the previous point's sites plus the best extra one.
  Bounds come from the Lagrangian relaxation of the assignment rows,
  ``L(λ) = Σ λ_i + Σ_i min(0, w_i·pen − λ_i) + Σ_{j fixed} ρ_j + (sum of the p smallest ρ_j of the free sites)``,
  ``ρ_j = Σ_i min(0, w_i d_ij − λ_i)``: one multiplier vector bounds every ``p`` for the price of a sort (the
  bank), the multipliers of ``p − 1`` warm-start those of ``p``, and since ``z(p + 1) ≤ z(p)`` a later point's
  bound is also one for an earlier point. A point the bounds do not prove goes to HiGHS on the model left after
  Lagrangian fixing (sites whose opening or closing alone would cost more than the incumbent).
* **backup** — the most weight covered at least twice, ``max Σ w_i [k_i ≥ 2]`` with ``k_i`` the open sites
  within reach, and the weight those sites cover once; each point from the previous one's sites (greedy on the
  backup surrogate), swaps, then the MILP; ``z(p) ≤ z(q)`` for ``q ≥ p`` tightens earlier bounds.

Only numpy is imported here (no QGIS).
"""

import dataclasses
import math
import time
from typing import Optional

import numpy as np

from ..messages import Note
from ..monitor import ensure
from .backup import reduce_backup
from .count_search import CountProblem
from .milp import HAVE_MILP, max_cover_milp
from .pmedian import MedianProblem, pmedian_milp, reduce_pmedian
from .problem import prepare, relative_gap, status_of

SHORT_ITERATIONS = 30  # warm-started subgradient steps per point before any search
LONG_ITERATIONS = 300
STALE_STEPS = 15  # subgradient steps without progress before the step factor is halved
MILP_OVERRUN = 2.0  # a HiGHS run longer than this × its limit stops the MILP for later points
FIX_MARGIN = 1e-9  # relative margin of the Lagrangian fixing test


@dataclasses.dataclass
class MedianPoint:
    """One p-median point: ``p`` new sites, the total weighted cost, its mean over the weight, the proven lower
    bound on the mean, the gap, the status, the sites and the weight left without a site among its pairs."""

    p: int
    total_cost: Optional[float]
    mean_cost: Optional[float]
    mean_bound: Optional[float]
    gap: Optional[float]
    status: str
    selected: np.ndarray
    unserved_weight: float = 0.0


@dataclasses.dataclass
class MedianCurve:
    """The p-median curve (p = 1 … p_max); ``existing_mean`` is the mean cost with the existing sites only (None
    without existing sites), ``penalty`` the cost charged to a row with no open site among its pairs."""

    points: list
    total_weight: float
    existing_mean: Optional[float]
    penalty: float
    runtime: float
    notes: list
    stats: dict
    model: str = "pmedian"


@dataclasses.dataclass
class BackupPoint:
    """One backup point: the weight covered at least twice (the objective), its upper bound, the gap, the status,
    the sites and the weight those sites (with the existing ones) cover at least once."""

    p: int
    backup_weight: Optional[float]
    bound: Optional[float]
    gap: Optional[float]
    status: str
    selected: np.ndarray
    covered_weight: Optional[float] = None


@dataclasses.dataclass
class BackupCurve:
    """The backup curve (p = 1 … p_max) with the weights the existing sites cover twice and once."""

    points: list
    total_weight: float
    existing_backup_weight: float
    existing_covered_weight: float
    runtime: float
    notes: list
    stats: dict
    model: str = "backup"

    def first_reaching(self, share):
        """The fewest new sites whose weight covered twice reaches ``share`` of the total (None: not on the curve)."""
        target = share * self.total_weight - 1e-9 * max(1.0, self.total_weight)
        if self.existing_backup_weight >= target:
            return 0
        return next((pt.p for pt in self.points if pt.backup_weight is not None and pt.backup_weight >= target), None)

    def proven_minimum(self, share):
        """The fewest new sites the bounds allow for ``share`` covered twice."""
        target = share * self.total_weight - 1e-9 * max(1.0, self.total_weight)
        if self.existing_backup_weight >= target:
            return 0
        return next((pt.p for pt in self.points if pt.bound is None or pt.bound >= target), None)


def _cap(p_max, ctx, notes):
    n_free = int(ctx.free.sum())
    p_max = int(max(0, p_max))
    if p_max > n_free:
        notes.append(Note("The curve stops at {} new sites: no more candidates can be chosen.", n_free))
        p_max = n_free
    return p_max


def _begin(model, coverage, weights, p_max, existing, conflicts, time_limit, mip_gap, use_milp, monitor):
    """``(context, p_max, notes, start)`` of a curve: the prepared problem, ``p_max`` capped at the free
    candidates, and the curve's own notes (the solve already reported the input's)."""
    monitor = ensure(monitor)
    start = time.perf_counter()
    ctx = prepare(model, coverage, weights, 0, existing, conflicts, None, None, None, time_limit, mip_gap,
                  bool(use_milp) and HAVE_MILP, monitor, start)
    notes = []
    return ctx, _cap(p_max, ctx, notes), notes, start


def _seed_columns(seed, column):
    return [] if seed is None else [column[int(j)] for j in seed if int(j) in column]


def _seed_limit(seed, seed_cols, seed_bound, offset=0.0):
    """``(number of seed sites, seed_bound − offset)``, the bound of the seed's solve for every ``p`` up to its size;
    None without a finite bound or when some seed site is not a column here."""
    if seed is None or seed_bound is None or not np.isfinite(seed_bound) or len(seed_cols) != len(seed):
        return None
    return len(seed_cols), float(seed_bound) - offset


# --- p-median ----------------------------------------------------------------------------------------


class MedianBank:
    """Lagrangian bounds of the p-median for every ``p`` at once: ``best[p]`` is the best bound met so far."""

    def __init__(self, prob, p_max):
        self.prob = prob
        self.r, self.c = prob.rows, prob.cols
        self.wd = prob.w[self.r] * prob.costs
        self.wpen = prob.w * prob.penalty
        self.free_idx = np.flatnonzero(prob.free)
        self.best = np.full(p_max + 1, -np.inf)
        self.evaluations = 0

    def evaluate(self, lam, p):
        """``(L_p(λ), subgradient at p, ρ, constant part)``; every other ``p`` of the bank is updated on the way."""
        prob = self.prob
        reduced = np.minimum(self.wd - lam[self.r], 0.0)
        rho = np.bincount(self.c, weights=reduced, minlength=prob.n)
        const = float(lam.sum() + np.minimum(self.wpen - lam, 0.0).sum() + rho[prob.fixed].sum())
        free_rho = rho[self.free_idx]
        order = np.argsort(free_rho, kind="stable")
        cums = np.concatenate([[0.0], np.cumsum(free_rho[order])])
        ps = np.minimum(np.arange(len(self.best)), len(order))
        np.maximum(self.best, const + cums[ps], out=self.best)
        self.evaluations += 1
        k = min(p, len(order))
        open_mask = prob.fixed.copy()
        open_mask[self.free_idx[order[:k]]] = True
        hit = open_mask[self.c] & (self.wd < lam[self.r])
        g = 1.0 - (self.wpen < lam) - np.bincount(self.r[hit], minlength=len(lam))
        return const + cums[k], g, rho, const

    def run(self, lam, p, upper, iterations, deadline, gap):
        """Subgradient steps (Polyak, step factor halved after STALE_STEPS steps without progress) from ``lam``."""
        best_l, best_lam, theta, stale = -np.inf, lam, 2.0, 0
        for _ in range(iterations):
            value, g, _rho, _c = self.evaluate(lam, p)
            if value > best_l + 1e-12 * max(1.0, abs(value)):
                best_l, best_lam, stale = value, lam, 0
            else:
                stale += 1
                if stale >= STALE_STEPS:
                    theta, stale = theta * 0.5, 0
            if relative_gap(upper, best_l, False) <= gap or theta < 1e-4 or time.perf_counter() > deadline:
                break
            norm = float(g @ g)
            if norm <= 0:
                break
            lam = lam + theta * max(upper - value, 1e-9 * max(1.0, abs(upper))) / norm * g
        return best_lam, best_l

    def pick(self, lam, p):
        """Lagrangian heuristic start: the ``p`` free sites with the smallest ρ_j (skipping conflicts), as a mask."""
        _v, _g, rho, _c = self.evaluate(lam, p)
        prob = self.prob
        chosen = np.zeros(prob.n, dtype=bool)
        for j in self.free_idx[np.argsort(rho[self.free_idx], kind="stable")]:
            if chosen.sum() >= p:
                break
            if prob.conf is not None and chosen[prob.conf[j].indices].any():
                continue
            chosen[j] = True
        return chosen

    def fixing(self, lam, p, upper):
        """``(fix_out, fix_in, bound of the fixed choices)``: free sites whose opening (closing) alone lifts the
        Lagrangian bound above ``upper``, and the smallest of those lifted bounds (inf when nothing is fixed)."""
        value, _g, rho, _const = self.evaluate(lam, p)
        free_rho = rho[self.free_idx]
        order = np.argsort(free_rho, kind="stable")
        k = min(p, len(order))
        kth = free_rho[order[k - 1]] if k else 0.0
        next_rho = free_rho[order[k]] if k < len(order) else 0.0
        margin = FIX_MARGIN * max(1.0, abs(upper))
        inside = np.zeros(len(order), dtype=bool)
        inside[order[:k]] = True
        lift_in = np.where(inside, -np.inf, value + free_rho - kth)  # open j instead of the k-th cheapest
        lift_out = np.where(inside, value - free_rho + next_rho, -np.inf)  # close j, open the next one
        out = lift_in > upper + margin
        inn = lift_out > upper + margin
        lifted = np.concatenate([lift_in[out], lift_out[inn]])
        n = self.prob.n
        fix_out, fix_in = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
        fix_out[self.free_idx[out]] = True
        fix_in[self.free_idx[inn]] = True
        return fix_out, fix_in, float(lifted.min()) if len(lifted) else math.inf


def pmedian_curve(coverage, weights=None, p_max=10, existing=None, conflicts=None, time_limit=60.0, mip_gap=1e-3,
                  use_milp=True, unassigned_cost=None, monitor=None, seed=None, seed_bound=None):
    """The p-median curve for ``p = 1 … p_max`` new sites (arguments as in :func:`.solve.solve_siting`).

    ``time_limit`` (s) is for the whole curve. ``seed``: the ranked new sites of a solve at some P, tried as a
    start at every ``p`` ≤ P; ``seed_bound`` (its lower bound on the total cost) bounds every point up to P.
    Returns :class:`MedianCurve`.
    """
    ctx, p_max, notes, start = _begin("pmedian", coverage, weights, p_max, existing, conflicts, time_limit, mip_gap,
                                      use_milp, monitor)
    monitor = ctx.monitor
    red, wr, penalty = reduce_pmedian(ctx, unassigned_cost)
    prob = MedianProblem(red, wr, ctx.existing, ctx.free, 0, ctx.conflicts, penalty)
    bank = MedianBank(prob, p_max)
    total = float(ctx.w.sum())
    stats = {"points": p_max, "reduced_demand": red.n_demand, "pairs": red.nnz, "local_searches": 0,
             "long_bound_runs": 0, "lagrangian_improved": 0, "milp_runs": 0, "fixed_out": 0, "fixed_in": 0}
    seed_cols = _seed_columns(seed, {int(j): int(j) for j in np.flatnonzero(ctx.free)})
    seed_lb = _seed_limit(seed, seed_cols, seed_bound)
    existing_mean = prob.value(ctx.existing) / total if ctx.existing.any() and total > 0 else None
    chosen = np.zeros(prob.n, dtype=bool)
    lam, milp_ok = None, ctx.use_milp
    raw = []  # (p, chosen, value, own lower bound)
    for p in range(1, p_max + 1):
        monitor.step((p - 1) / max(p_max, 1))
        prob.p = p
        points_left = p_max - p + 1
        share = max(ctx.remaining(), 0.0) / points_left
        point_end = time.perf_counter() + share
        chosen = prob.greedy(start=chosen)
        value = prob.value(ctx.existing | chosen)
        if p <= len(seed_cols):
            prefix = np.zeros(prob.n, dtype=bool)
            prefix[seed_cols[:p]] = True
            v = prob.value(ctx.existing | prefix)
            if v < value:
                chosen, value = prefix, v
        own = seed_lb[1] if seed_lb is not None and p <= seed_lb[0] else -np.inf
        if lam is None:
            best, _s, _site = prob.assign(ctx.existing | chosen)
            lam = wr * best
        lam, _l = bank.run(lam, p, value, SHORT_ITERATIONS, point_end, ctx.mip_gap)

        if relative_gap(value, max(bank.best[p], own), False) > ctx.mip_gap and ctx.remaining() > 0:
            alt, _n = prob.local_search(chosen, time.perf_counter() + 0.2 * share, monitor)
            stats["local_searches"] += 1
            v = prob.value(ctx.existing | alt)
            if v < value:
                chosen, value = alt, v
        if relative_gap(value, max(bank.best[p], own), False) > ctx.mip_gap and ctx.remaining() > 0:
            lam, _l = bank.run(lam, p, value, LONG_ITERATIONS, time.perf_counter() + 0.3 * share, ctx.mip_gap)
            stats["long_bound_runs"] += 1
            if relative_gap(value, max(bank.best[p], own), False) > ctx.mip_gap:  # the multipliers' sites, swapped
                alt, _n = prob.local_search(bank.pick(lam, p), time.perf_counter() + 0.15 * share, monitor)
                v = prob.value(ctx.existing | alt)
                if v < value:
                    chosen, value = alt, v
                    stats["lagrangian_improved"] += 1
        if relative_gap(value, max(bank.best[p], own), False) > ctx.mip_gap and milp_ok and ctx.remaining() > 0.05:
            fix_out, fix_in, lifted = bank.fixing(lam, p, value)
            stats["milp_runs"] += 1
            stats["fixed_out"] += int(fix_out.sum())
            stats["fixed_in"] += int(fix_in.sum())
            limit = max(min(point_end - time.perf_counter(), ctx.remaining()), 0.1) if points_left > 1 else \
                max(ctx.remaining(), 0.1)
            t_milp = time.perf_counter()
            x, _obj, lbound, _status = pmedian_milp(red, wr, ctx.existing | fix_in, ctx.free & ~fix_out & ~fix_in,
                                                    p - int(fix_in.sum()), ctx.conflicts, penalty, limit, ctx.mip_gap)
            if time.perf_counter() - t_milp > MILP_OVERRUN * limit + 0.5:  # HiGHS could not stop in time
                milp_ok = False
                notes.append(Note("HiGHS overran its share of the time on one curve point; the remaining points "
                                  "rely on the swap search and the Lagrangian bounds."))
            if x is not None:
                x = x | fix_in
                v = prob.value(ctx.existing | x)
                if v < value:
                    chosen, value = x, v
            if lbound is not None:
                own = max(own, min(lbound, lifted))
        raw.append((p, chosen.copy(), value, own))
    lbs = [max(bank.best[p], own) for p, _c, _v, own in raw]
    for k in range(len(lbs) - 2, -1, -1):  # z(p + 1) ≤ z(p): a later bound holds for an earlier point
        lbs[k] = max(lbs[k], lbs[k + 1])
    points = []
    for (p, mask, value, _own), lb in zip(raw, lbs):
        bound = float(min(lb, value)) if np.isfinite(lb) else None
        gap = relative_gap(value, bound, False)
        best, _s, _site = prob.assign(ctx.existing | mask)
        unserved = float(wr[best >= penalty].sum())
        points.append(MedianPoint(p, value, value / total if total > 0 else None,
                                  None if bound is None or total <= 0 else bound / total, gap,
                                  status_of(gap, ctx.mip_gap, bound is not None), np.flatnonzero(mask), unserved))
    stats["bound_evaluations"] = bank.evaluations
    stats["runtime_s"] = round(time.perf_counter() - start, 3)
    monitor.step(1.0)
    return MedianCurve(points, total, existing_mean, penalty, stats["runtime_s"], notes, stats)


# --- backup ------------------------------------------------------------------------------------------


def backup_curve(coverage, weights=None, p_max=10, existing=None, conflicts=None, time_limit=60.0, mip_gap=1e-3,
                 use_milp=True, monitor=None, seed=None, seed_bound=None):
    """The backup (double coverage) curve for ``p = 1 … p_max`` new sites (arguments as in
    :func:`pmedian_curve`; ``seed_bound`` is an upper bound on the weight covered twice). Returns :class:`BackupCurve`.
    """
    ctx, p_max, notes, start = _begin("backup", coverage, weights, p_max, existing, conflicts, time_limit, mip_gap,
                                     use_milp, monitor)
    monitor = ctx.monitor
    red = reduce_backup(ctx)
    A = red.coverage.csr()
    n = red.coverage.n_candidates
    prob = CountProblem(A, red.w, np.zeros(len(red.w)), red.need, 0, red.conflicts, n)
    top = float(red.w.sum())  # every reduced row backed up
    existing_idx = np.flatnonzero(ctx.existing)
    seed_cols = _seed_columns(seed, {int(j): k for k, j in enumerate(red.col_orig)})
    seed_ub = _seed_limit(seed, seed_cols, seed_bound, red.const_w)
    stats = {"points": p_max, "reduced_demand": len(red.w), "reduced_candidates": n, "local_searches": 0,
             "milp_runs": 0}
    chosen = np.zeros(n, dtype=bool)
    raw = []  # (p, chosen, value, own upper bound)
    for p in range(1, p_max + 1):
        monitor.step((p - 1) / max(p_max, 1))
        prob.p = min(p, n)
        points_left = p_max - p + 1
        share = max(ctx.remaining(), 0.0) / points_left
        chosen = prob.greedy(surrogate=True, start=chosen) if p <= n else chosen
        value = prob.value(prob.counts(chosen))
        if p <= len(seed_cols):
            prefix = np.zeros(n, dtype=bool)
            prefix[seed_cols[:p]] = True
            v = prob.value(prob.counts(prefix))
            if v > value:
                chosen, value = prefix, v
        own = top if seed_ub is None or p > seed_ub[0] else min(top, seed_ub[1])
        if relative_gap(value, own, True) > ctx.mip_gap and p <= n and ctx.remaining() > 0:
            alt, _n = prob.local_search(chosen, time.perf_counter() + 0.25 * share, monitor)
            stats["local_searches"] += 1
            v = prob.value(prob.counts(alt))
            if v > value:
                chosen, value = alt, v
        if relative_gap(value, own, True) > ctx.mip_gap and ctx.use_milp and p <= n and ctx.remaining() > 0.05:
            limit = max(0.7 * share, 0.1) if points_left > 1 else max(ctx.remaining(), 0.1)
            x, obj, bound, _status = max_cover_milp(A, red.w, prob.p, red.conflicts, None, None, limit, ctx.mip_gap,
                                                    need=red.need, base=np.zeros(len(red.w)))
            stats["milp_runs"] += 1
            if x is not None:
                v = prob.value(prob.counts(x > 0.5))
                if v > value:
                    chosen, value = x > 0.5, v
            if bound is not None:
                own = min(own, float(bound))
        raw.append((p, chosen.copy(), value, own))
    ubs = [ob for _p, _c, _v, ob in raw]
    for k in range(len(ubs) - 2, -1, -1):  # z(p) ≤ z(p + 1): a later bound holds for an earlier point
        ubs[k] = min(ubs[k], ubs[k + 1])
    points = []
    for (p, mask, value, _ob), ub in zip(raw, ubs):
        selected = red.col_orig[np.flatnonzero(mask)]
        objective = value + red.const_w
        bound = float(max(ub, value) + red.const_w) if np.isfinite(ub) else None
        gap = relative_gap(objective, bound, True)
        once = coverage.counts(np.concatenate([existing_idx, selected])) >= 1
        points.append(BackupPoint(p, objective, bound, gap, status_of(gap, ctx.mip_gap, bound is not None), selected,
                                  float(ctx.w[once].sum())))
    stats["runtime_s"] = round(time.perf_counter() - start, 3)
    monitor.step(1.0)
    e_counts = coverage.counts(existing_idx)
    return BackupCurve(points, float(ctx.w.sum()), red.const_w, float(ctx.w[e_counts >= 1].sum()),
                       stats["runtime_s"], notes, stats)
