# ruff: noqa: N803, N806  (A is the coverage matrix, as in the literature)
"""Facility-siting solvers on a sparse coverage structure: MCLP, LSCP, backup coverage, p-median.

Every solver works on arrays only (like spopt's ``from_cost_matrix``): a :class:`.coverage.Coverage`
(demand × candidate pairs with costs), demand weights, a mask of existing sites, the number ``p``
of new sites, spacing conflicts between candidates and optional category quotas. The public entry
point is :func:`solve_siting`.

Method, for every model:

1. **Exact model reduction** — existing sites are fixed open and their coverage becomes a
   constant; candidates closer than the minimum spacing to an existing site are removed; demand
   rows with identical covering sets (within a category) are merged with summed weights;
   candidates whose covering set is contained in another's are dropped (MCLP and LSCP without
   spacing rules only, where it is exact).
2. **Warm start** — greedy construction followed by swap local search (best non-interacting
   swaps, evaluated from coverage counts in O(nnz)).
3. **Bound** — for MCLP a Lagrangian relaxation of the coverage constraints
   (``y_i ≤ Σ_j a_ij x_j``): for fixed multipliers the subproblem is solved by taking the ``p``
   candidates with the largest reduced gain, so subgradient iterations give an upper bound in
   seconds.
4. **Exact MILP** with ``scipy.optimize.milp`` (HiGHS) on what is left. scipy's milp has no warm
   start API; the incumbent is used instead through *reduced-cost fixing*: with the Lagrangian
   bound UB and the incumbent value LB, a candidate whose forced inclusion (or exclusion) drops
   the bound below LB is fixed, and a demand row whose forced coverage (or non-coverage) does the
   same is fixed; any strictly better solution lies in the remaining model, whose MILP is then
   solved within ``time_limit`` and ``mip_gap``. The better of incumbent and MILP solution is
   returned with an honest status: ``optimal`` (proved within ``mip_gap``), ``feasible`` (with
   the remaining gap) or ``heuristic`` (no MILP available: scipy < 1.9, or it was switched off).

Only numpy and scipy are imported here (no QGIS).
"""

import math
import time

import numpy as np
from scipy import sparse

from .coverage import Coverage, dominated_candidates, merge_identical_rows
from .messages import Note, PlannerError
from .monitor import ensure

MODELS = ("mclp", "lscp", "backup", "pmedian")
MILP_MAX_PAIRS = 60000  # MCLP: above this many pairs left after fixing, HiGHS rarely beats the heuristics

try:  # scipy >= 1.9
    from scipy.optimize import Bounds, LinearConstraint, milp

    HAVE_MILP = True
except ImportError:  # pragma: no cover - old scipy
    HAVE_MILP = False


class SitingResult:
    """Outcome of :func:`solve_siting`.

    Attributes
    ----------
    model : str
    selected : ndarray of int
        New sites (candidate indices), ranked: each adds the most to the objective given the
        existing sites and the sites ranked before it.
    marginal_gain : ndarray of float
        Objective gain of each selected site at its rank (for p-median: cost reduction).
    existing : ndarray of int
        Existing sites (always part of the solution).
    objective : float
        MCLP: covered weight (existing + new); LSCP: number of new sites; backup: weight
        covered at least twice; p-median: total weighted cost.
    bound : float or None
        Best proven bound on the objective (upper for maximisation, lower for minimisation).
    gap : float or None
        Relative gap between objective and bound (0 = proved optimal).
    status : str
        ``optimal``, ``feasible`` or ``heuristic``.
    notes : list of str
        What was done (reductions, fixing, fallbacks), for the report.
    stats : dict
        Sizes before/after reduction, timings.
    """

    def __init__(self, **kw):
        self.model = kw.get("model")
        self.selected = np.asarray(kw.get("selected", []), dtype=np.int64)
        self.marginal_gain = np.asarray(kw.get("marginal_gain", []), dtype=float)
        self.existing = np.asarray(kw.get("existing", []), dtype=np.int64)
        self.objective = kw.get("objective")
        self.bound = kw.get("bound")
        self.gap = kw.get("gap")
        self.status = kw.get("status")
        self.notes = list(kw.get("notes", []))
        self.stats = dict(kw.get("stats", {}))
        self.runtime = kw.get("runtime", 0.0)
        self.solver = kw.get("solver", "")

    @property
    def sites(self):
        """Existing and new sites together."""
        return np.concatenate([self.existing, self.selected])

    def as_dict(self):
        return {
            "model": self.model,
            "selected": self.selected.tolist(),
            "existing": self.existing.tolist(),
            "objective": self.objective,
            "bound": self.bound,
            "gap": self.gap,
            "status": self.status,
            "solver": self.solver,
            "notes": self.notes,
            "stats": self.stats,
            "runtime_s": self.runtime,
        }


# ---------------------------------------------------------------------------------------------
# public entry point
# ---------------------------------------------------------------------------------------------


def solve_siting(
    model,
    coverage,
    weights=None,
    p=0,
    existing=None,
    conflicts=None,
    categories=None,
    quotas=None,
    time_limit=60.0,
    mip_gap=1e-3,
    use_milp=True,
    unassigned_cost=None,
    category_names=None,
    monitor=None,
):
    """Choose sites on a sparse coverage structure.

    Parameters
    ----------
    model : {"mclp", "lscp", "backup", "pmedian"}
        ``mclp`` maximise the weight covered with at most ``p`` new sites; ``lscp`` fewest new
        sites covering every coverable demand; ``backup`` maximise the weight covered at least
        twice with at most ``p`` new sites; ``pmedian`` minimise the total weighted cost from each
        demand to its nearest open site with at most ``p`` new sites.
    coverage : Coverage
        Demand × candidate pairs (CSR) with costs: a pair means "candidate covers demand" for
        the coverage models and "demand may be assigned to candidate at this cost" for p-median.
        Build it with ``Coverage.from_radius`` (Euclidean), ``Coverage.from_triples`` (e.g. road
        network travel times) or ``Coverage.from_nearest``.
    weights : array (n_demand,), optional
        Non-negative demand weights (default 1 each).
    p : int
        Number of new sites (ignored by LSCP).
    existing : bool array (n_candidates,), optional
        Existing sites: always open, counted in the coverage, not part of ``p``.
    conflicts : int array (k, 2), optional
        Candidate pairs that may not both be open (minimum spacing), see
        ``coverage.spacing_conflicts``. A free candidate in conflict with an existing site is never
        chosen.
    categories : int array (n_demand,), optional
        Category code of each demand (-1 = none), for ``quotas``.
    quotas : dict {code: share}, optional
        MCLP only: the share (0..1) of each category's total weight that must be covered.
    time_limit : float
        Seconds for the whole solve (heuristics, bound and MILP).
    mip_gap : float
        Relative gap at which the MILP stops and the result counts as optimal.
    use_milp : bool
        False: heuristic + bound only.
    category_names : dict {code: name}, optional
        Names used in messages about quotas.
    unassigned_cost : float, optional
        p-median: cost charged for a demand with no open site among its pairs
        (default 10 × the largest pair cost).
    monitor : Monitor, optional
        Progress and cancellation.

    Returns
    -------
    SitingResult

    Raises
    ------
    ValueError
        With a planner-readable message: ``p`` larger than the candidates that can be chosen,
        nothing coverable, quotas that cannot be met (naming the category), bad weights.
    """
    monitor = ensure(monitor)
    start = time.perf_counter()
    model = str(model).lower()
    if model not in MODELS:
        raise PlannerError("Unknown siting model {}; use one of {}.", model, ", ".join(MODELS))
    if not isinstance(coverage, Coverage):
        raise PlannerError("coverage must be a Coverage structure")
    n_d, n_c = coverage.n_demand, coverage.n_candidates
    if n_d == 0:
        raise PlannerError("There is no demand to cover.")
    if n_c == 0:
        raise PlannerError("There are no candidate sites.")
    w = np.ones(n_d) if weights is None else np.asarray(weights, dtype=float).ravel()
    if len(w) != n_d:
        raise PlannerError("There must be one weight per demand point.")
    if not np.all(np.isfinite(w)):
        raise PlannerError("Demand weights must be numbers (found null or infinite weights).")
    if np.any(w < 0):
        raise PlannerError("Demand weights must not be negative.")
    existing = np.zeros(n_c, dtype=bool) if existing is None else np.asarray(existing, dtype=bool).ravel()
    if len(existing) != n_c:
        raise PlannerError("The existing-site mask must have one value per candidate.")
    conflicts = np.zeros((0, 2), dtype=np.int64) if conflicts is None else np.asarray(conflicts, np.int64)
    conflicts = conflicts.reshape(-1, 2)
    p = int(p or 0)
    if p < 0:
        raise PlannerError("The number of new sites P must not be negative.")

    # candidates that cannot be chosen: too close to an existing site
    blocked = np.zeros(n_c, dtype=bool)
    notes = []
    if len(conflicts):
        e0, e1 = existing[conflicts[:, 0]], existing[conflicts[:, 1]]
        blocked[conflicts[e0 & ~e1, 1]] = True
        blocked[conflicts[e1 & ~e0, 0]] = True
        both = int(np.sum(e0 & e1))
        if both:
            notes.append(
                Note("{} pair(s) of existing sites are closer than the minimum spacing; they are kept.", both)
            )
        if blocked.any():
            notes.append(
                Note("{} candidate(s) lie closer than the minimum spacing to an existing site and were not "
                "considered.", int(blocked.sum()))
            )
        gone = existing | blocked
        keep = ~(gone[conflicts[:, 0]] | gone[conflicts[:, 1]])
        conflicts = conflicts[keep]
    free = ~existing & ~blocked
    n_free = int(free.sum())
    if model != "lscp" and p > n_free:
        raise PlannerError(
            "P = {} new sites is more than the {} candidate site(s) that can be chosen "
            "({} candidates, {} existing, {} too close to an existing site).",
            p, n_free, n_c, int(existing.sum()), int(blocked.sum()),
        )
    if quotas and model != "mclp":
        notes.append(Note("Category quotas apply to the maximal covering model only; they were not enforced."))
        quotas = None
    ctx = _Context(
        coverage=coverage,
        w=w,
        p=p,
        existing=existing,
        free=free,
        conflicts=conflicts,
        categories=None if categories is None else np.asarray(categories, dtype=np.int64).ravel(),
        quotas=quotas or None,
        category_names=category_names,
        deadline=start + max(float(time_limit), 0.1),
        time_limit=max(float(time_limit), 0.1),
        mip_gap=max(float(mip_gap), 0.0),
        use_milp=bool(use_milp) and HAVE_MILP,
        monitor=monitor,
        notes=notes,
        start=start,
    )
    if use_milp and not HAVE_MILP:
        notes.append(
            Note("This scipy has no scipy.optimize.milp (needs scipy >= 1.9): the greedy + swap heuristic "
            "was used and the result is not proved optimal.")
        )
    if model == "mclp":
        result = _solve_mclp(ctx)
    elif model == "backup":
        result = _solve_backup(ctx)
    elif model == "lscp":
        result = _solve_lscp(ctx)
    else:
        result = _solve_pmedian(ctx, unassigned_cost)
    result.model = model
    result.existing = np.flatnonzero(existing)
    order, gains = rank_sites(model, coverage, w, existing, result.selected, ctx.unassigned_cost)
    result.selected, result.marginal_gain = order, gains
    if model in ("mclp", "backup", "pmedian") and len(order) < p:
        notes.append(
            Note("Only {} of the P = {} new sites add anything to the objective; the others would cover nothing "
            "more and were not placed.", len(order), p)
        )
    result.notes = notes + result.notes
    result.runtime = round(time.perf_counter() - start, 3)
    monitor.step(1.0)
    return result


class _Context:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.unassigned_cost = None

    def remaining(self):
        return self.deadline - time.perf_counter()


def _gap(objective, bound, maximise):
    if bound is None or objective is None:
        return None
    if maximise:
        diff = max(bound - objective, 0.0)
    else:
        diff = max(objective - bound, 0.0)
    scale = max(abs(bound), abs(objective), 1e-12)
    return 0.0 if diff <= 1e-9 * scale else diff / scale


def _status(gap, mip_gap, have_bound):
    if not have_bound or gap is None:
        return "heuristic"
    return "optimal" if gap <= mip_gap + 1e-12 else "feasible"


# ---------------------------------------------------------------------------------------------
# count-based objectives (MCLP, backup): greedy and swap local search
# ---------------------------------------------------------------------------------------------


def _f_cover(k, need):
    """1 when a demand row reaches its required number of covering sites."""
    return (k >= need).astype(float)


class _CountProblem:
    """Maximise Σ w_i [base_i + Σ_j a_ij x_j ≥ need_i] with Σ x ≤ p, spacing conflicts.

    ``greedy_need`` (optional) lets the greedy maximise Σ w_i min(k_i, need_i) (a smooth
    surrogate for backup coverage, where a first cover alone gains nothing).
    """

    def __init__(self, a_csr, w, base, need, p, conflicts, n_cols, quota=None):
        self.A = a_csr.tocsr()
        self.At = self.A.T.tocsr()
        self.w = w
        self.base = base.astype(float)
        self.need = need.astype(float)
        self.unit_need = bool(np.all(self.need == 1))
        self.p = p
        self.n = n_cols
        if len(conflicts):
            c = sparse.coo_matrix((np.ones(len(conflicts)), (conflicts[:, 0], conflicts[:, 1])), shape=(n_cols, n_cols))
            self.conf = (c + c.T).tocsr()
            self.conf.data[:] = 1.0
        else:
            self.conf = None
        self.quota = quota  # (row_category_index array, required weight per category)

    def value(self, counts):
        return float(self.w @ _f_cover(counts, self.need))

    def counts(self, chosen_mask):
        return self.base + self.A @ chosen_mask.astype(float)

    def quota_ok(self, counts):
        if self.quota is None:
            return True
        cat, req = self.quota
        covered = _f_cover(counts, self.need) * self.w
        got = np.bincount(cat[cat >= 0], weights=covered[cat >= 0], minlength=len(req))
        return bool(np.all(got >= req - 1e-9 * np.maximum(1.0, req)))

    def quota_deficit_weights(self, counts):
        """Weights of uncovered rows in categories whose quota is not met yet (0 elsewhere)."""
        cat, req = self.quota
        covered = _f_cover(counts, self.need) * self.w
        got = np.bincount(cat[cat >= 0], weights=covered[cat >= 0], minlength=len(req))
        short = got < req - 1e-9 * np.maximum(1.0, req)
        out = np.zeros(len(self.w))
        sel = (cat >= 0) & (covered == 0)
        sel[sel] = short[cat[sel]]
        out[sel] = self.w[sel]
        return out

    def greedy(self, monitor=None, surrogate=False, start=None):
        """Add sites one at a time by largest gain; ``start`` (bool mask) is kept and completed to ``p``."""
        chosen = np.zeros(self.n, dtype=bool) if start is None else np.asarray(start, dtype=bool).copy()
        allowed = np.ones(self.n, dtype=bool)
        counts = self.base.copy() if start is None else self.counts(chosen)
        if start is not None and self.conf is not None and chosen.any():
            allowed[self.conf[np.flatnonzero(chosen)].indices] = False
        a_ptr, a_idx = self.A.indptr, self.A.indices
        t_ptr, t_idx = self.At.indptr, self.At.indices
        gains = None
        for step in range(int(chosen.sum()), self.p):
            if monitor is not None:
                monitor.step(step / max(self.p, 1))
            quota_phase = self.quota is not None and not self.quota_ok(counts)
            if quota_phase or surrogate or gains is None or not self.unit_need:
                if quota_phase:
                    g = self.quota_deficit_weights(counts)
                elif surrogate:
                    # backup: a first cover earns half, the cover that completes the requirement the rest
                    g = self.w * (counts < self.need) * np.where(counts >= self.need - 1, 1.0, 0.5)
                else:
                    g = self.w * ((counts < self.need) & (counts >= self.need - 1)).astype(float)
                gains = self.At @ g
            masked = np.where(allowed & ~chosen, gains, -np.inf)
            j = int(np.argmax(masked))
            if not np.isfinite(masked[j]) or masked[j] <= 0:
                if quota_phase:  # nothing helps the quota any more: fill by weight
                    gains = None
                    g = self.w * ((counts < self.need) & (counts >= self.need - 1)).astype(float)
                    masked = np.where(allowed & ~chosen, self.At @ g, -np.inf)
                    j = int(np.argmax(masked))
                    if not np.isfinite(masked[j]) or masked[j] <= 0:
                        break
                else:
                    break
            chosen[j] = True
            rows = t_idx[t_ptr[j]:t_ptr[j + 1]]
            before = counts[rows].copy()
            counts[rows] += 1
            if not (quota_phase or surrogate) and self.unit_need:
                # incremental update: rows that just reached their requirement stop paying
                done = rows[(before < self.need[rows]) & (counts[rows] >= self.need[rows])]
                if len(done):
                    starts, stops = a_ptr[done], a_ptr[done + 1]
                    lens = stops - starts
                    cols = a_idx[np.repeat(stops - lens.cumsum(), lens) + np.arange(lens.sum())] if lens.sum() else \
                        np.zeros(0, dtype=np.int64)
                    gains = gains - np.bincount(cols, weights=np.repeat(self.w[done], lens), minlength=self.n)
            else:
                gains = None
            if self.conf is not None:
                allowed[self.conf[j].indices] = False
        return chosen

    def lagrangian_pick(self, c):
        """Lagrangian heuristic: the candidates with the largest reduced gains ``c`` (largest first, skipping
        any in conflict with one already taken, only positive gains), completed by the greedy to ``p``."""
        chosen = np.zeros(self.n, dtype=bool)
        taken = 0
        for j in np.argsort(-c, kind="stable"):
            if taken >= self.p or c[j] <= 0:
                break
            if self.conf is not None and chosen[self.conf[j].indices].any():
                continue
            chosen[j] = True
            taken += 1
        return self.greedy(start=chosen)

    def neighbourhood_search(self, chosen, deadline, size=120, monitor=None, seed=0, target=None,
                             order_by_loss=False, swap_every=10, reduced_gain=None):
        """Large-neighbourhood search: re-optimise exactly (HiGHS) the sites of one neighbourhood at a time.

        A neighbourhood is up to ``size`` candidates around a chosen site, following candidates that
        share demand (breadth first); the other sites stay fixed and the neighbourhood keeps its number
        of sites. Runs until ``deadline`` or a full pass without improvement. Returns (chosen, improvements).

        ``reduced_gain`` (Lagrangian reduced gains of the candidates, optional): while they improve,
        passes visit the places where the incumbent disagrees most with the Lagrangian solution first
        (unchosen candidates priced above the p-th largest gain, chosen ones priced below it) and skip a
        seed already inside a neighbourhood visited in that pass; then full passes in random order.
        """
        if not HAVE_MILP or self.p == 0:
            return chosen, 0
        chosen = chosen.copy()
        if getattr(self, "_adj", None) is None:
            self._adj = (self.At @ self.A).tocsr()
        adj = self._adj
        rng = np.random.default_rng(seed)
        improved_total = 0
        value = self.value(self.counts(chosen))
        since_swap = 0
        guided = reduced_gain is not None and 0 < self.p < self.n
        while time.perf_counter() < deadline:
            improved = 0
            seen = None
            if guided:
                c = np.asarray(reduced_gain, dtype=float)
                c_p = np.partition(c, self.n - self.p)[self.n - self.p]
                mismatch = np.where(chosen, c_p - c, c - c_p)
                seeds = np.flatnonzero(mismatch > 0)
                seeds = seeds[np.argsort(-mismatch[seeds], kind="stable")]
                seeds = np.concatenate([seeds, rng.permutation(np.flatnonzero(chosen))])
                seen = np.zeros(self.n, dtype=bool)
            else:
                # random order (ordering by the weight a site covers alone was tried: no better)
                seeds = np.flatnonzero(chosen)
                counts = self.counts(chosen)
                own = (self.At @ (self.w * (counts == 1)))[seeds] if order_by_loss else rng.random(len(seeds))
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
                if self.conf is not None:  # candidates too close to a fixed site cannot enter
                    blocked = np.asarray(self.conf[free] @ outside.astype(float)).ravel() > 0
                    free = free[~blocked | chosen[free]]
                p_sub = int(chosen[free].sum())
                if p_sub == 0:
                    continue
                rows = np.unique(self.At[free].indices)
                base = self.base[rows] + self.A[rows] @ outside.astype(float)
                act = base < self.need[rows]
                rows, base = rows[act], base[act]
                if len(rows) == 0:
                    continue
                sub = self.A[rows][:, free].tocsr()
                need = self.need[rows] - base
                cur = float(self.w[rows] @ ((sub @ chosen[free].astype(float)) >= need - 1e-9))
                # rows with the same covering set inside the neighbourhood (and the same need) are one row
                cov = Coverage(sub.indptr, sub.indices, np.zeros(sub.nnz), sub.shape[0], sub.shape[1])
                cov, w_sub, owner = merge_identical_rows(cov, self.w[rows], groups=need.astype(np.int64))
                merged_need = np.zeros(cov.n_demand)
                merged_need[owner] = need
                need = merged_need
                sub = cov.csr()
                self.windows = getattr(self, "windows", 0) + 1
                conf = np.zeros((0, 2), dtype=np.int64)
                if self.conf is not None:
                    cc = self.conf[free][:, free].tocoo()
                    keep = cc.row < cc.col
                    conf = np.stack([cc.row[keep], cc.col[keep]], axis=1).astype(np.int64)
                x, obj, _b, _st = _milp_max_cover(sub, w_sub, p_sub, conf, None, None,
                                                  min(2.0, max(deadline - time.perf_counter(), 0.1)), 0.0,
                                                  need=need, base=np.zeros(len(need)))
                if x is None or obj <= cur + 1e-9 * max(1.0, cur):
                    continue
                trial = chosen.copy()
                trial[free] = x > 0.5
                if self.quota is not None and not self.quota_ok(self.counts(trial)):
                    continue
                chosen = trial
                value += obj - cur
                improved += 1
                since_swap += 1
                if swap_every and since_swap >= swap_every:
                    # a swap pass lets sites move between neighbourhoods (a window keeps its number of sites)
                    since_swap = 0
                    chosen, n_sw = self.local_search(chosen, min(deadline, time.perf_counter() + 3.0), monitor)
                    if n_sw:
                        value = self.value(self.counts(chosen))
                        improved += n_sw
            if improved and time.perf_counter() < deadline:
                chosen, n_sw = self.local_search(chosen, min(deadline, time.perf_counter() + 3.0), monitor)
                if n_sw:
                    value = self.value(self.counts(chosen))
                    improved += n_sw
            improved_total += improved
            if target is not None and value >= target:
                break
            if improved == 0:
                if seen is None:
                    break
                guided = False  # a guided pass found nothing: a full pass in random order over every chosen site
        return chosen, improved_total

    def local_search(self, chosen, deadline, monitor=None, max_rounds=10000):
        """Swap one chosen site for an unchosen one while it improves; non-interacting swaps in batches."""
        chosen = chosen.copy()
        counts = self.counts(chosen)
        n_swaps = 0
        for _ in range(max_rounds):
            if time.perf_counter() > deadline:
                break
            if monitor is not None:
                monitor.check()
            s_idx = np.flatnonzero(chosen)
            if len(s_idx) == 0:
                break
            fk = _f_cover(counts, self.need)
            g = self.w * (_f_cover(counts + 1, self.need) - fk)
            lo = self.w * (fk - _f_cover(counts - 1, self.need))
            gain = self.At @ g
            loss = (self.At @ lo)[s_idx]
            # corr[c, s] = Σ_{i ∈ N_c ∩ N_s} (lo_i - g_i)
            d = lo - g
            B = self.A[:, s_idx]
            corr = (self.At @ sparse.diags(d) @ B).tocsr()
            if self.conf is not None:
                cs = self.conf[:, s_idx].tocsr()
                n_conf = np.asarray(cs.sum(axis=1)).ravel()
            else:
                cs, n_conf = None, np.zeros(self.n)
            # best partner for every candidate c
            best_delta = np.full(self.n, -np.inf)
            best_s = np.full(self.n, -1, dtype=np.int64)
            cand = np.flatnonzero(~chosen & (n_conf <= 1) & (gain > 0))
            if len(cand) == 0:
                break
            chunk = max(1, int(4e6 // max(len(s_idx), 1)))
            for a in range(0, len(cand), chunk):
                cc = cand[a : a + chunk]
                block = gain[cc, None] - loss[None, :] + corr[cc].toarray()
                if cs is not None:
                    cb = cs[cc].toarray()
                    ok = (n_conf[cc, None] - cb) == 0
                    block = np.where(ok, block, -np.inf)
                k = np.argmax(block, axis=1)
                best_delta[cc] = block[np.arange(len(cc)), k]
                best_s[cc] = s_idx[k]
            order = np.argsort(-best_delta)
            order = order[best_delta[order] > 1e-9 * max(1.0, float(self.w.sum()))]
            if len(order) == 0:
                break
            touched = np.zeros(len(self.w), dtype=bool)
            used = np.zeros(self.n, dtype=bool)
            applied = 0
            batch_limit = 1 if self.quota is not None else 64
            for c in order[: 20 * batch_limit]:
                s = best_s[c]
                if used[s] or used[c]:
                    continue
                rows_c = self.At[c].indices
                rows_s = self.At[s].indices
                if touched[rows_c].any() or touched[rows_s].any():
                    continue
                if self.conf is not None:
                    nb = self.conf[c].indices
                    # c must not conflict with any site chosen in this batch
                    if (chosen[nb] & (nb != s)).any():
                        continue
                new_counts = counts.copy()
                new_counts[rows_s] -= 1
                new_counts[rows_c] += 1
                if self.quota is not None and not self.quota_ok(new_counts):
                    continue
                chosen[s] = False
                chosen[c] = True
                counts = new_counts
                touched[rows_c] = True
                touched[rows_s] = True
                used[s] = used[c] = True
                applied += 1
                if applied >= batch_limit:
                    break
            if applied == 0:
                break
            n_swaps += applied
        return chosen, n_swaps


# ---------------------------------------------------------------------------------------------
# MCLP
# ---------------------------------------------------------------------------------------------


def _quota_setup(ctx, rows, w_rows, const_covered_w):
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


def _solve_mclp(ctx):
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
    active = np.flatnonzero(~const_cov & reach & ((w > 0) | _in_quota_rows(ctx)))
    if len(active) == 0 and not const_cov.any():
        raise PlannerError("No demand point lies within reach of any candidate or existing site.")
    groups = None
    quota = None
    if ctx.quotas:
        codes, row_cat, req = _quota_setup(ctx, active, w[active], w * const_cov)
        groups = row_cat
    red = sub.subset(demand_rows=active)
    red, wr, owner = merge_identical_rows(red, w[active], groups=groups)
    if ctx.quotas:
        first = np.full(red.n_demand, -1, dtype=np.int64)
        first[owner] = row_cat  # all members share the category
        quota = (first, req)
    cols = np.arange(red.n_candidates)
    conflicts = _remap_conflicts(ctx.conflicts, free_idx)
    if len(conflicts) == 0:
        dom = dominated_candidates(red)
        cols = np.flatnonzero(~dom)
        notes.append(Note("{} dominated candidate(s) dropped (covering set inside another's).", int(dom.sum())))
    else:
        notes.append(Note("Dominated candidates were kept: with spacing rules dropping them is not exact."))
        nonempty = np.diff(red.csc().indptr) > 0
        cols = np.flatnonzero(nonempty)
    red = red.subset(candidate_cols=cols)
    conflicts = _remap_conflicts(conflicts, cols)
    col_orig = free_idx[cols]
    stats.update(reduced_demand=red.n_demand, reduced_candidates=red.n_candidates, reduced_pairs=red.nnz)
    notes.append(
        Note("Model reduced to {} demand rows × {} candidates ({} pairs) from {} × {}.",
             red.n_demand, red.n_candidates, red.nnz, cov.n_demand, cov.n_candidates)
    )
    p = min(ctx.p, red.n_candidates)
    A = red.csr()
    prob = _CountProblem(A, wr, np.zeros(red.n_demand), np.ones(red.n_demand), p, conflicts, red.n_candidates, quota)
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
    ub, lam = _lagrangian_mclp(A, wr, p, lb if feasible else 0.0, ctx, min(0.2 * ctx.time_limit, 12.0))
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
    lns = ctx.use_milp and feasible and red.n_candidates > 150
    target = ub * (1.0 - ctx.mip_gap)
    best, best_val, bound = chosen, lb, ub
    milp_note = None
    t_lns = 0.0
    for phase in range(3):
        if feasible and _gap(best_val, ub, True) <= ctx.mip_gap:
            milp_note = "The Lagrangian bound proves the heuristic solution within the MIP gap; no MILP was needed."
            break
        if not ctx.use_milp:
            milp_note = "No MILP was run; the gap is measured against the Lagrangian bound."
            break
        if ctx.remaining() <= 0.2:
            break
        if phase < 2:
            stats.pop("milp_status", None)
            best, best_val, bound, milp_note = _mclp_milp_with_fixing(ctx, A, wr, p, conflicts, quota, best, best_val,
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
        best, moves = prob.neighbourhood_search(best, until, size=200, monitor=ctx.monitor, target=target, seed=phase,
                                                reduced_gain=A.T @ lam)
        best_val = prob.value(prob.counts(best))
        n_lns += moves
        t_lns += time.perf_counter() - t0
        milp_note = (milp_note or "") + " Neighbourhood re-optimisation: {} move(s), {:.6g}.".format(
            moves, best_val + const_w)
    stats.update(neighbourhood_moves=int(n_lns), neighbourhood_value=best_val + const_w,
                 neighbourhood_s=round(t_lns, 3))
    notes.append(Note("Greedy {:.6g}, after {} swap(s) {:.6g}; Lagrangian bound {:.6g}.",
                      g_val + const_w, n_swaps, ls_val + const_w, ub + const_w))
    ctx.monitor.step(0.9)
    if milp_note:
        notes.append(milp_note)
    if best is None or not np.isfinite(best_val):
        raise PlannerError("No solution meets every category quota with P = {} new sites and the spacing rule; "
            "raise P, lower the quotas or the minimum spacing.", ctx.p)
    objective = best_val + const_w
    bound_total = max(bound, best_val) + const_w
    gap = _gap(objective, bound_total, True)
    status = _status(gap, ctx.mip_gap, True)
    selected = col_orig[np.flatnonzero(best)]
    return SitingResult(
        selected=selected, objective=objective, bound=bound_total, gap=gap, status=status, notes=notes, stats=stats,
        solver="greedy+swap, Lagrangian bound" + (", HiGHS MILP" if ctx.use_milp else ""),
    )


def _in_quota_rows(ctx):
    if not ctx.quotas:
        return np.zeros(ctx.coverage.n_demand, dtype=bool)
    return np.isin(ctx.categories, list(ctx.quotas))


def _remap_conflicts(conflicts, kept):
    """Conflict pairs restricted to ``kept`` columns, renumbered."""
    if len(conflicts) == 0:
        return np.zeros((0, 2), dtype=np.int64)
    n = int(max(conflicts.max() + 1, (kept.max() + 1) if len(kept) else 0))
    m = np.full(n, -1, dtype=np.int64)
    m[kept] = np.arange(len(kept))
    a, b = m[conflicts[:, 0]], m[conflicts[:, 1]]
    ok = (a >= 0) & (b >= 0)
    return np.stack([a[ok], b[ok]], axis=1)


def _mclp_upper(A, w, lam, p):
    c = A.T @ lam
    if p >= len(c):
        top = np.arange(len(c))
    else:
        top = np.argpartition(-c, p - 1)[:p] if p > 0 else np.zeros(0, dtype=np.int64)
    top = top[c[top] > 0]
    y = w > lam
    value = float(np.sum((w - lam)[y]) + c[top].sum())
    return value, c, top, y


def _lagrangian_mclp(A, w, p, lb, ctx, budget, max_iter=20000):
    """Minimise the Lagrangian dual of MCLP; returns (best upper bound, its multipliers).

    The coverage constraints ``y_i ≤ Σ_j a_ij x_j`` are relaxed with multipliers ``0 ≤ λ_i ≤ w_i``
    and the cardinality ``Σ x ≤ p`` is kept, so ``L(λ) = Σ (w_i − λ_i) + (sum of the p largest
    positive reduced gains Σ_i a_ij λ_i)`` is an upper bound for every λ, and its minimum equals the
    LP relaxation. Minimised by a projected, deflected subgradient method (direction
    ``d = g + 0.7 d_prev`` with the components that would leave the box [0, w] zeroed; Polyak step
    towards the incumbent value ``lb``; the step factor shrinks after 30 iterations without a
    better bound), which gets much closer to the LP value than the plain subgradient.
    """
    m, n = A.shape
    if m == 0:
        return 0.0, np.zeros(0)
    At = A.T.tocsr()
    w_total = float(w.sum())
    deadline = time.perf_counter() + max(budget, 0.05)
    lam = w * 0.5
    best_ub, best_lam = math.inf, lam.copy()
    mu = 0.5
    since = 0
    target_lb = max(lb, 0.0)
    direction = np.zeros(m)
    t_ptr, t_idx = At.indptr, At.indices
    for it in range(max_iter):
        c = At @ lam
        if p >= n:
            top = np.arange(n)
        elif p > 0:
            top = np.argpartition(-c, p - 1)[:p]
        else:
            top = np.zeros(0, dtype=np.int64)
        top = top[c[top] > 0]
        ub = w_total - float(lam.sum()) + float(c[top].sum())
        if ub < best_ub - 1e-12 * max(1.0, abs(ub)):
            best_ub, best_lam = ub, lam.copy()
            since = 0
        else:
            since += 1
            if since >= 30:
                mu *= 0.8
                since = 0
        if _gap(target_lb, best_ub, True) <= ctx.mip_gap * 0.25 or mu < 1e-5 or time.perf_counter() > deadline:
            break
        # subgradient of L with respect to λ: (A x)_i − 1, A x summed over the chosen columns only
        lens = t_ptr[top + 1] - t_ptr[top]
        total = int(lens.sum())
        pos = np.repeat(t_ptr[top] - np.cumsum(lens) + lens, lens) + np.arange(total)
        g = np.bincount(t_idx[pos], minlength=m) - 1.0
        np.multiply(g, ~(((lam <= 0.0) & (g > 0)) | ((lam >= w) & (g < 0))), out=g)  # stay in the box
        direction *= 0.7
        direction += g
        norm = float(direction @ direction)
        if norm == 0:
            break
        step = mu * max(ub - target_lb, 1e-9 * max(1.0, ub)) / norm
        lam = lam - step * direction
        np.maximum(lam, 0.0, out=lam)
        np.minimum(lam, w, out=lam)
        if it % 20 == 0:
            ctx.monitor.check()
    return best_ub, best_lam


def _mclp_milp_with_fixing(ctx, A, w, p, conflicts, quota, chosen, lb, ub, lam, stats):
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
        val, c, top, y = _mclp_upper(A, w, lam, p)
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
            return chosen, lb, lb, (
                "Reduced-cost fixing shows that a better solution would need two sites closer than the minimum "
                "spacing: the local-search solution is optimal."
            )
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
    conf = _remap_conflicts(conflicts, cols)
    forced = row_force[rows]
    stats.update(milp_rows=len(rows), milp_cols=len(cols), milp_pairs=sub.nnz)
    if have_lb and sub.nnz > MILP_MAX_PAIRS:
        stats["milp_status"] = "skipped"
        return chosen, lb, ub, (
            "After reduced-cost fixing {} demand rows × {} candidates ({} pairs) are left: too large for HiGHS to "
            "close the gap in the time left, so the MILP was not run; the gap is from the Lagrangian bound.".format(
                len(rows), len(cols), sub.nnz)
        )
    ctx.monitor.step(0.4)
    time_left = ctx.remaining()
    x, obj, milp_bound, status = _milp_max_cover(sub.csr(), w[rows], max(p_left, 0), conf, q_rows, forced, time_left,
                                                ctx.mip_gap)
    stats["milp_status"] = status
    if x is None:
        if status == "infeasible" and have_lb:
            return chosen, lb, lb, (
                "After reduced-cost fixing no solution better than the local-search one remains: it is optimal."
            )
        if not have_lb:
            return None, -np.inf, ub, "The MILP found no solution meeting the quotas ({}).".format(status)
        return chosen, lb, ub, "The MILP stopped without a better solution ({}); gap from the Lagrangian bound.".format(
            status)
    full = fix1.copy()
    full[cols[x > 0.5]] = True
    val = const + obj
    bound = min(ub, const + milp_bound) if milp_bound is not None else ub
    bound = max(bound, lb) if have_lb else bound
    if have_lb and lb >= val:
        return chosen, lb, bound, "HiGHS ({}) on the fixed model did not improve on the local-search solution.".format(
            status)
    return full, val, bound, "HiGHS ({}) on the model left after reduced-cost fixing.".format(status)


def _milp_max_cover(A, w, p, conflicts, quota, forced, time_limit, mip_gap, need=None, base=None):
    """max Σ w_i y_i s.t. need_i·y_i ≤ base_i + Σ_j a_ij x_j, Σ x ≤ p, conflicts, quotas; y binary when need > 1."""
    m, n = A.shape
    need = np.ones(m) if need is None else need
    base = np.zeros(m) if base is None else base
    if n == 0 or p == 0:
        ok = base >= need
        if forced is not None and np.any(forced & ~ok):
            return None, None, None, "infeasible"
        if quota is not None:
            cat, req = quota
            sel = (cat >= 0) & ok
            if np.any(np.bincount(cat[sel], weights=w[sel], minlength=len(req)) < req - 1e-9 * np.maximum(1.0, req)):
                return None, None, None, "infeasible"
        return np.zeros(n), float(w[ok].sum()), float(w[ok].sum()), "trivial"
    cost = np.concatenate([np.zeros(n), -w])
    cons = []
    # need_i y_i - Σ a_ij x_j ≤ base_i
    cov = sparse.hstack([-A, sparse.diags(need)]).tocsr()
    cons.append(LinearConstraint(cov, -np.inf, base))
    cons.append(LinearConstraint(sparse.csr_matrix(np.concatenate([np.ones(n), np.zeros(m)])[None, :]), 0, p))
    if len(conflicts):
        k = len(conflicts)
        cm = sparse.coo_matrix(
            (np.ones(2 * k), (np.repeat(np.arange(k), 2), conflicts.ravel())), shape=(k, n + m)
        ).tocsr()
        cons.append(LinearConstraint(cm, -np.inf, 1))
    if quota is not None:
        cat, req = quota
        sel = cat >= 0
        if sel.any():
            qm = sparse.coo_matrix((w[sel], (cat[sel], n + np.flatnonzero(sel))), shape=(len(req), n + m)).tocsr()
            cons.append(LinearConstraint(qm, req - 1e-9 * np.maximum(1.0, req), np.inf))
    lo = np.zeros(n + m)
    if forced is not None:
        lo[n:][forced] = 1.0
    hi = np.ones(n + m)
    integrality = np.concatenate([np.ones(n), (need > 1).astype(float)])
    res = milp(
        cost, integrality=integrality, bounds=Bounds(lo, hi), constraints=cons,
        options={"time_limit": max(time_limit, 0.1), "mip_rel_gap": mip_gap, "disp": False},
    )
    status = {0: "optimal", 1: "time limit", 2: "infeasible", 3: "unbounded"}.get(res.status, "stopped")
    if res.x is None:
        return None, None, None, status
    x = np.round(res.x[:n])
    counts = base + A @ x
    obj = float(w[counts >= need - 1e-9].sum())
    dual = getattr(res, "mip_dual_bound", None)
    bound = -float(dual) if dual is not None and np.isfinite(dual) else None
    if res.status == 0 and bound is None:
        bound = obj
    return x, obj, bound, status


# ---------------------------------------------------------------------------------------------
# backup coverage
# ---------------------------------------------------------------------------------------------


def _solve_backup(ctx):
    cov, w = ctx.coverage, ctx.w
    notes = []
    stats = {"demand": cov.n_demand, "candidates": cov.n_candidates, "pairs": cov.nnz}
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
    col_orig = free_idx[nonempty]
    conflicts = _remap_conflicts(_remap_conflicts(ctx.conflicts, free_idx), nonempty)
    stats.update(reduced_demand=red.n_demand, reduced_candidates=red.n_candidates, reduced_pairs=red.nnz)
    notes.append(
        Note("Model reduced to {} demand rows × {} candidates (rows already backed up by existing sites or "
        "never reachable twice removed, identical rows merged).", red.n_demand, red.n_candidates)
    )
    p = min(ctx.p, red.n_candidates)
    A = red.csr()
    prob = _CountProblem(A, wr, np.zeros(red.n_demand), need_r, p, conflicts, red.n_candidates)
    chosen = prob.greedy(ctx.monitor.sub(0.05, 0.2), surrogate=True)
    chosen, n_swaps = prob.local_search(chosen, ctx.start + 0.35 * ctx.time_limit, ctx.monitor)
    lb = prob.value(prob.counts(chosen))
    stats.update(swaps=int(n_swaps), local_search_value=lb + const_w)
    best, best_val, bound = chosen, lb, None
    if ctx.use_milp and ctx.remaining() > 0.2 and red.n_candidates:
        x, obj, mb, status = _milp_max_cover(A, wr, p, conflicts, None, None, ctx.remaining(), ctx.mip_gap,
                                            need=need_r, base=np.zeros(red.n_demand))
        stats["milp_status"] = status
        if x is not None:
            bound = mb
            if obj > best_val:
                best, best_val = x > 0.5, obj
            notes.append(Note("HiGHS MILP ({}) on the reduced model.", status))
        else:
            notes.append(Note("HiGHS stopped without a solution ({}); the local-search solution is reported.", status))
    elif red.n_candidates == 0:
        bound = 0.0
    objective = best_val + const_w
    bound_total = None if bound is None else max(bound, best_val) + const_w
    gap = _gap(objective, bound_total, True)
    return SitingResult(
        selected=col_orig[np.flatnonzero(best)], objective=objective, bound=bound_total, gap=gap,
        status=_status(gap, ctx.mip_gap, bound_total is not None), notes=notes, stats=stats,
        solver="greedy+swap" + (", HiGHS MILP" if ctx.use_milp else ""),
    )


# ---------------------------------------------------------------------------------------------
# LSCP
# ---------------------------------------------------------------------------------------------


def _solve_lscp(ctx):
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
    conflicts = _remap_conflicts(ctx.conflicts, free_idx)
    if len(conflicts) == 0:
        dom = dominated_candidates(red)
        cols = np.flatnonzero(~dom)
    else:
        cols = np.flatnonzero(np.diff(red.csc().indptr) > 0)
    red = red.subset(candidate_cols=cols)
    conflicts = _remap_conflicts(conflicts, cols)
    col_orig = free_idx[cols]
    stats.update(reduced_demand=red.n_demand, reduced_candidates=red.n_candidates)
    A = red.csr()
    At = A.T.tocsr()
    # greedy set cover
    m, n = A.shape
    covered = np.zeros(m, dtype=bool)
    chosen = np.zeros(n, dtype=bool)
    allowed = np.ones(n, dtype=bool)
    conf = None
    if len(conflicts):
        c = sparse.coo_matrix((np.ones(len(conflicts)), (conflicts[:, 0], conflicts[:, 1])), shape=(n, n))
        conf = (c + c.T).tocsr()
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
        cons = [LinearConstraint(A, 1, np.inf)]
        if len(conflicts):
            k = len(conflicts)
            cons.append(LinearConstraint(sparse.coo_matrix(
                (np.ones(2 * k), (np.repeat(np.arange(k), 2), conflicts.ravel())), shape=(k, n)).tocsr(), -np.inf, 1))
        res = milp(np.ones(n), integrality=np.ones(n), bounds=Bounds(0, 1), constraints=cons,
                   options={"time_limit": max(ctx.remaining(), 0.1), "mip_rel_gap": ctx.mip_gap, "disp": False})
        status = {0: "optimal", 1: "time limit", 2: "infeasible"}.get(res.status, "stopped")
        stats["milp_status"] = status
        if res.status == 2:
            raise PlannerError("No set of sites covers every coverable demand point while keeping the minimum spacing; "
                "reduce MIN_SPACING or add candidates.")
        if res.x is not None:
            x = np.round(res.x) > 0.5
            if x.sum() < best_val:
                best, best_val = x, float(x.sum())
            dual = getattr(res, "mip_dual_bound", None)
            bound = math.ceil(float(dual) - 1e-6) if dual is not None and np.isfinite(dual) else None
            if res.status == 0 and bound is None:
                bound = best_val
        notes.append(Note("HiGHS MILP ({}) on the reduced model.", status))
    elif m == 0:
        best, best_val, bound = np.zeros(n, dtype=bool), 0.0, 0.0
    if best is None:
        raise PlannerError(
            "No set of sites was found that covers every coverable demand point while keeping the minimum "
            "spacing; reduce MIN_SPACING or add candidates.")
    gap = _gap(best_val, bound, False)
    return SitingResult(
        selected=col_orig[np.flatnonzero(best)], objective=best_val, bound=bound, gap=gap,
        status=_status(gap, ctx.mip_gap, bound is not None), notes=notes, stats=stats,
        solver="greedy set cover" + (", HiGHS MILP" if ctx.use_milp else ""),
    )


# ---------------------------------------------------------------------------------------------
# p-median
# ---------------------------------------------------------------------------------------------


class _MedianProblem:
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
        if len(conflicts):
            c = sparse.coo_matrix((np.ones(len(conflicts)), (conflicts[:, 0], conflicts[:, 1])), shape=(self.n, self.n))
            self.conf = (c + c.T).tocsr()
            self.conf.data[:] = 1.0
        else:
            self.conf = None

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

    def greedy(self):
        chosen = np.zeros(self.n, dtype=bool)
        allowed = self.free.copy()
        for _ in range(self.p):
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


def _solve_pmedian(ctx, unassigned_cost):
    cov, w = ctx.coverage, ctx.w
    notes = []
    stats = {"demand": cov.n_demand, "candidates": cov.n_candidates, "pairs": cov.nnz}
    if cov.nnz == 0:
        raise PlannerError("No demand point has any candidate site to be assigned to.")
    penalty = float(unassigned_cost) if unassigned_cost is not None else 10.0 * max(float(cov.costs.max()), 1.0)
    ctx.unassigned_cost = penalty
    usable = ctx.existing | ctx.free
    keep_pairs = usable[cov.indices]
    if not keep_pairs.all():
        cov = Coverage.from_triples(cov.rows[keep_pairs], cov.indices[keep_pairs], cov.costs[keep_pairs],
                                    cov.n_demand, cov.n_candidates)
    red, wr, _ = merge_identical_rows(cov, w, with_costs=True)
    stats.update(reduced_demand=red.n_demand)
    prob = _MedianProblem(red, wr, ctx.existing, ctx.free, ctx.p, ctx.conflicts, penalty)
    chosen = prob.greedy()
    chosen, n_swaps = prob.local_search(chosen, ctx.start + 0.35 * ctx.time_limit, ctx.monitor)
    best_val = prob.value(ctx.existing | chosen)
    stats.update(swaps=int(n_swaps), local_search_value=best_val)
    best = chosen
    bound = None
    if ctx.use_milp and ctx.remaining() > 0.2:
        x, obj, lbound, status = _milp_pmedian(red, wr, ctx.existing, ctx.free, ctx.p, ctx.conflicts, penalty,
                                               ctx.remaining(), ctx.mip_gap)
        stats["milp_status"] = status
        notes.append(Note("HiGHS MILP ({}) with one assignment variable per demand-candidate pair.", status))
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
    gap = _gap(best_val, bound, False)
    return SitingResult(
        selected=np.flatnonzero(best), objective=best_val, bound=bound, gap=gap,
        status=_status(gap, ctx.mip_gap, bound is not None), notes=notes, stats=stats,
        solver="greedy+swap (fast interchange)" + (", HiGHS MILP" if ctx.use_milp else ""),
    )


def _milp_pmedian(cov, w, fixed, free, p, conflicts, penalty, time_limit, mip_gap):
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
    cons.append(LinearConstraint(assign, 1, 1))
    link = sparse.coo_matrix(
        (np.concatenate([np.ones(k), -np.ones(k)]), (np.concatenate([np.arange(k), np.arange(k)]),
                                                     np.concatenate([n + np.arange(k), c]))), shape=(k, nv)).tocsr()
    cons.append(LinearConstraint(link, -np.inf, 0))
    row = np.zeros(nv)
    row[:n][free] = 1.0
    cons.append(LinearConstraint(sparse.csr_matrix(row[None, :]), 0, p))
    if len(conflicts):
        q = len(conflicts)
        cons.append(LinearConstraint(sparse.coo_matrix(
            (np.ones(2 * q), (np.repeat(np.arange(q), 2), conflicts.ravel())), shape=(q, nv)).tocsr(), -np.inf, 1))
    lo = np.zeros(nv)
    hi = np.ones(nv)
    lo[:n][fixed] = 1.0
    hi[:n][~fixed & ~free] = 0.0
    integrality = np.concatenate([np.ones(n), np.zeros(k + m)])
    res = milp(cost, integrality=integrality, bounds=Bounds(lo, hi), constraints=cons,
               options={"time_limit": max(time_limit, 0.1), "mip_rel_gap": mip_gap, "disp": False})
    status = {0: "optimal", 1: "time limit", 2: "infeasible"}.get(res.status, "stopped")
    if res.x is None:
        return None, None, None, status
    x = (np.round(res.x[:n]) > 0.5) & free
    dual = getattr(res, "mip_dual_bound", None)
    bound = float(dual) if dual is not None and np.isfinite(dual) else (float(res.fun) if res.status == 0 else None)
    return x, float(res.fun), bound, status


# ---------------------------------------------------------------------------------------------
# ranking and per-demand results
# ---------------------------------------------------------------------------------------------


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
        penalty = unassigned_cost if unassigned_cost is not None else 10.0 * max(float(coverage.costs.max()), 1.0)
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
