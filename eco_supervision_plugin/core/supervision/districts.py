"""Grid supervision districts (网格化监管): contiguous inspection grids of balanced workload.

Units (villages, communities or hex cells) with a workload are grouped into ``k`` districts so that
every district is contiguous (over the units' adjacency, queen or rook), workloads are balanced
(the largest deviation from the mean workload W̄ = ΣW / k is minimised) and districts are compact.

Method: districts grow at the same time from seeds spread over the territory (the lightest district
takes its nearest free neighbour), then a local search moves boundary units from one district to an
adjacent one while the move lowers (largest |W_d − W̄|, Σ(W_d − W̄)², spread) and the donor stays
connected. With today's grids (``keep``) the search starts from them and stops as soon as every
district is within the tolerance, so grids that already meet it are left unchanged.

A district never crosses a ``boundary`` (town) or a gap between connected parts of the territory:
each such region gets districts in proportion to its workload (largest remainder), at least one.
Parts lighter than half a district (islands) join the district of the nearest unit and are reported.

Lower bound on the largest deviation (reported beside the result): no partition does better than
max(w_max − W̄, max over separate parts r of W̄ − W_r), since a district holds at least its heaviest
unit and a part lighter than the mean holds a whole district of its own.
"""

import heapq
import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from ..messages import Note, PlannerError
from ..monitor import ensure
from .districts_exact import MAX_EXACT_UNITS, solve_exact
from .districts_exact import milp as exact_milp


@dataclass
class Units:
    """The territory: unit centroids (metres), workloads, areas and adjacency pairs (i < j or any order)."""

    xy: np.ndarray
    workload: np.ndarray
    area: np.ndarray
    pairs: np.ndarray                    # (m, 2) adjacent unit indices
    keep: Optional[list] = None          # today's grid id per unit (None: not assigned today)
    boundary: Optional[list] = None      # town (or other boundary) per unit; districts stay inside


@dataclass
class DistrictOptions:
    districts: Optional[int] = None      # number of grids, or
    max_workload: Optional[float] = None  # the largest workload a grid may carry (then k is searched)
    tolerance: float = 0.10              # target: every grid within ±tolerance of the mean
    max_moves: int = 200000
    restarts: int = 8                    # seeded starts on small territories (fewer as units grow)
    method: str = "heuristic"            # or "exact": the MILP of districts_exact (small territories)
    time_limit_s: float = 60.0           # of the exact method


@dataclass
class DistrictPlan:
    district: np.ndarray                 # 0..k-1 per unit
    workloads: np.ndarray                # per district
    mean: float
    max_deviation: float                 # max |W_d − W̄|
    lower_bound: float                   # no partition has a smaller max deviation
    within_tolerance: int                # districts within ±tolerance·W̄
    changed: np.ndarray                  # per unit: differs from today's grid (keep given)
    island: np.ndarray                   # per unit: joined across a gap (not contiguous with its grid)
    labels: list                         # district label (today's id where kept, else G001 …)
    notes: list = field(default_factory=list)

    @property
    def k(self):
        return len(self.workloads)

    def summaries(self, units, enterprises=None):
        """One GridSummary per district: members, workload, share of the mean, enterprises, area, changes."""
        out = []
        area = np.asarray(units.area, dtype=float)
        weight = np.asarray(enterprises, dtype=float) if enterprises is not None else None
        for d in range(self.k):
            members = np.flatnonzero(self.district == d)
            out.append(GridSummary(members, float(self.workloads[d]),
                                   float(self.workloads[d] / self.mean) if self.mean else float("nan"),
                                   float(weight[members].sum()) if weight is not None else None,
                                   float(area[members].sum()) / 1e6, int(self.changed[members].sum())))
        return out


@dataclass
class GridSummary:
    members: np.ndarray
    workload: float
    share: float            # workload / mean workload
    enterprises: Optional[float]
    area_km2: float
    changed: int


def _neighbours(n, pairs):
    """CSR adjacency (indptr, indices) of the undirected unit graph, self-loops and repeats dropped."""
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    a = np.concatenate([pairs[:, 0], pairs[:, 1]])
    b = np.concatenate([pairs[:, 1], pairs[:, 0]])
    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n)).tocsr()
    graph.sum_duplicates()
    return graph


def _regions(graph, boundary):
    """Region per unit: connected parts of the unit graph, cut at boundaries (towns)."""
    if boundary is not None:
        codes = {}
        town = np.array([codes.setdefault("" if b is None else str(b), len(codes)) for b in boundary])
        coo = graph.tocoo()
        same = town[coo.row] == town[coo.col]
        graph = coo_matrix((coo.data[same], (coo.row[same], coo.col[same])), shape=graph.shape).tocsr()
    return connected_components(graph, directed=False)[1], graph


def _apportion(weights, k):
    """k seats over regions by largest remainder, at least one each (regions given in ``weights``)."""
    weights = np.asarray(weights, dtype=float)
    if k < len(weights):
        raise PlannerError("{} grids cannot cover {} separate parts (towns or unconnected areas): "
                           "each needs at least one grid.", k, len(weights))
    total = weights.sum()
    quota = weights / total * k if total > 0 else np.full(len(weights), k / len(weights))
    seats = np.maximum(np.floor(quota).astype(int), 1)
    while seats.sum() < k:
        seats[np.argmax(quota - seats)] += 1
    while seats.sum() > k:
        extra = np.flatnonzero(seats > 1)
        seats[extra[np.argmin((quota - seats)[extra])]] -= 1
    return seats


def _seeds(xy, w, members, k, rng):
    """k well-spread seed units of one region: weighted k-means++ on the centroids."""
    pts = xy[members]
    weight = np.maximum(w[members], 1e-12)
    first = members[int(np.argmax(weight))] if k == 1 else members[rng.choice(len(members), p=weight / weight.sum())]
    chosen = [first]
    d2 = ((pts - xy[first]) ** 2).sum(axis=1)
    for _ in range(1, k):
        p = d2 * weight
        pick = members[int(np.argmax(p))] if p.sum() <= 0 else members[rng.choice(len(members), p=p / p.sum())]
        chosen.append(pick)
        d2 = np.minimum(d2, ((pts - xy[pick]) ** 2).sum(axis=1))
    return chosen


def _grow(graph, xy, w, seeds, members, first_label, assign):
    """Simultaneous growth: the lightest district takes its free neighbour nearest to its seed."""
    load = {}
    heaps = {}
    free = np.zeros(len(assign), dtype=bool)
    free[members] = True
    for j, s in enumerate(seeds):
        d = first_label + j
        assign[s] = d
        free[s] = False
        load[d] = w[s]
        heaps[d] = []
    indptr, indices = graph.indptr, graph.indices

    def push(d, u):
        for v in indices[indptr[u]:indptr[u + 1]]:
            if free[v]:
                heapq.heappush(heaps[d], (float(((xy[v] - xy[seeds[d - first_label]]) ** 2).sum()), int(v)))

    for j, s in enumerate(seeds):
        push(first_label + j, s)
    active = [(load[d], d) for d in load]
    heapq.heapify(active)
    while active:
        current, d = heapq.heappop(active)
        while heaps[d] and not free[heaps[d][0][1]]:
            heapq.heappop(heaps[d])
        if not heaps[d]:
            continue  # boxed in: this district stops growing
        _dist, u = heapq.heappop(heaps[d])
        assign[u] = d
        free[u] = False
        load[d] = current + w[u]
        push(d, u)
        heapq.heappush(active, (load[d], d))


def _connected_without(graph, assign, district, unit):
    """Is ``district`` still connected when ``unit`` leaves it? (a search from one neighbour reaching the others)"""
    indptr, indices = graph.indptr, graph.indices
    nbrs = [int(v) for v in indices[indptr[unit]:indptr[unit + 1]] if assign[v] == district]
    if len(nbrs) <= 1:
        return True
    target = set(nbrs[1:])
    seen = {unit, nbrs[0]}
    stack = [nbrs[0]]
    while stack and target:
        u = stack.pop()
        for v in indices[indptr[u]:indptr[u + 1]].tolist():
            if v not in seen and assign[v] == district:
                seen.add(v)
                target.discard(v)
                stack.append(v)
    return not target


def _search(graph, xy, w, assign, k, mean, tolerance, stop_within, max_moves, monitor, original=None):
    """Boundary-unit moves, many per pass (one per pair of districts), scored for all cut edges at once.

    Balance phase: a move must not raise the largest deviation and must lower Σ(W_d − W̄)²; the best
    first (with today's grids: only moves that help a grid out of tolerance, moves back home first).
    Compactness phase (no today's grids): moves that bring a unit nearer its new grid's centre while
    the largest deviation does not grow.
    """
    coo = graph.tocoo()
    rows, cols = coo.row.astype(np.int64), coo.col.astype(np.int64)
    loads = np.bincount(assign, weights=w, minlength=k).astype(float)
    count = np.bincount(assign, minlength=k).astype(float)
    sums = np.zeros((k, 2))
    np.add.at(sums, assign, xy)
    limit = tolerance * mean
    moves = passes = 0
    phase = "balance"
    while moves < max_moves and passes < 20000:
        passes += 1
        a, b = assign[rows], assign[cols]
        cut = a != b
        u, a, b = rows[cut], a[cut], b[cut]
        dev = np.abs(loads - mean)
        if stop_within and dev.max() <= limit + 1e-9:
            break
        la, lb = loads[a] - w[u], loads[b] + w[u]
        new_a, new_b = np.abs(la - mean), np.abs(lb - mean)
        pair_max = np.maximum(new_a, new_b)
        d_ssq = new_a ** 2 + new_b ** 2 - dev[a] ** 2 - dev[b] ** 2
        ca, cb = sums[a] / count[a, None], sums[b] / count[b, None]
        d_spread = ((xy[u] - cb) ** 2).sum(axis=1) - ((xy[u] - ca) ** 2).sum(axis=1)
        ok = count[a] > 1
        eps = 1e-9 * max(mean, 1.0)
        if phase == "balance":
            ok &= (pair_max <= dev.max() + eps) & (d_ssq < -eps * max(mean, 1.0))
            if stop_within:
                ok &= (dev[a] > limit + eps) | (dev[b] > limit + eps)
                home = original[u] == b if original is not None else np.zeros(len(u), dtype=bool)
                key = np.where(home, -1e300, 0.0) + d_ssq
            else:
                key = d_ssq + 1e-6 * d_spread * (mean ** 2) / max(float(np.median(np.abs(d_spread))) or 1.0, 1e-12)
        else:
            ok &= (d_spread < -eps) & (pair_max <= dev.max() + eps)
            key = d_spread
        idx = np.flatnonzero(ok)
        if len(idx) == 0:
            if phase == "balance" and not stop_within:
                phase = "compact"
                continue
            break
        idx = idx[np.argsort(key[idx], kind="stable")]
        used = np.zeros(k, dtype=bool)
        applied = 0
        moved = set()
        for j in idx.tolist():
            uj, aj, bj = int(u[j]), int(a[j]), int(b[j])
            if used[aj] or used[bj] or uj in moved:
                continue
            if not _connected_without(graph, assign, aj, uj):
                continue
            assign[uj] = bj
            loads[aj] -= w[uj]
            loads[bj] += w[uj]
            count[aj] -= 1
            count[bj] += 1
            sums[aj] -= xy[uj]
            sums[bj] += xy[uj]
            used[aj] = used[bj] = True
            moved.add(uj)
            applied += 1
        moves += applied
        if applied == 0:
            if phase == "balance" and not stop_within:
                phase = "compact"
                continue
            break
        if phase == "compact" and passes > 400:
            break
        monitor.check()
    return assign, moves


def lower_bound(w, region_workloads, mean):
    """max(w_max − W̄, max_r (W̄ − W_r)): no partition into contiguous grids has a smaller largest deviation.

    A grid holds at least its heaviest unit; a separate part r lighter than the mean holds at least
    one grid of its own, whose workload is at most W_r.
    """
    bound = max(0.0, float(w.max()) - mean) if len(w) else 0.0
    for weight in region_workloads:
        bound = max(bound, mean - float(weight))
    return bound


def _check(units, options):
    n = len(units.workload)
    if n == 0:
        raise PlannerError("There are no units to group into grids.")
    w = np.asarray(units.workload, dtype=float)
    bad = ~np.isfinite(w)
    if bad.any():
        raise PlannerError("{} units have no workload value (null or not a number).", int(bad.sum()))
    if (w < 0).any():
        raise PlannerError("Workloads must be zero or positive; {} units are negative.", int((w < 0).sum()))
    if options.districts is None and not options.max_workload and units.keep is None:
        raise PlannerError("Give the number of grids (DISTRICTS), the largest workload per grid (MAX_WORKLOAD) "
                           "or today's grids (KEEP_FIELD).")
    if options.districts is not None and not 1 <= options.districts <= n:
        raise PlannerError("{} grids asked for {} units: the number of grids must be between 1 and the number of "
                           "units.", options.districts, n)
    if options.max_workload and w.max() > options.max_workload:
        heavy = int(np.argmax(w))
        raise PlannerError("Unit {} alone has a workload of {:.6g}, above MAX_WORKLOAD = {:.6g}: no grid can hold it.",
                           heavy + 1, float(w.max()), options.max_workload)
    return w


def plan_districts(units, options, seed=0, monitor=None):
    """Balanced contiguous districts (see the module docstring)."""
    monitor = ensure(monitor)
    w = _check(units, options)
    n = len(w)
    xy = np.asarray(units.xy, dtype=float)
    graph = _neighbours(n, units.pairs)
    regions, cut = _regions(graph, units.boundary)
    notes = []
    n_regions = int(regions.max()) + 1
    region_w = np.bincount(regions, weights=w, minlength=n_regions)
    total = float(w.sum())
    keep_ids = None
    if units.keep is not None:
        keep_ids = sorted({str(v) for v in units.keep if v is not None and str(v) != ""})
    if options.max_workload:
        k = max(int(math.ceil(total / options.max_workload)), 1)
    elif options.districts is not None:
        k = int(options.districts)
    else:
        k = len(keep_ids)
    # islands: parts lighter than half a district join the nearest unit elsewhere
    island_regions = [r for r in range(n_regions) if region_w[r] < 0.5 * total / max(k, 1)] if n_regions > 1 else []
    if len(island_regions) == n_regions:
        island_regions = [r for r in island_regions if r != int(np.argmax(region_w))]
    island = np.isin(regions, island_regions)
    core_regions = [r for r in range(n_regions) if r not in set(island_regions)]
    keeping = keep_ids is not None and len(keep_ids) == k
    restarts = 1 if keeping or n > 2000 else options.restarts
    while True:
        plan = None
        for attempt in range(restarts):  # seeded restarts; the best (largest deviation, then spread) is kept
            trial = _solve(units, w, xy, cut, regions, core_regions, island, k, keep_ids, options,
                           seed + attempt, monitor)
            if plan is None or (round(trial.max_deviation, 9), _ssq(trial)) < (round(plan.max_deviation, 9),
                                                                               _ssq(plan)):
                plan = trial
        if not options.max_workload or plan.workloads.max() <= options.max_workload * (1 + 1e-12) or k >= n:
            break
        k += 1  # MAX_WORKLOAD: the smallest number of grids the search can keep under the cap
    if options.method == "exact":
        plan = _exact_plan(units, w, xy, cut, island, regions, core_regions, plan, keep_ids if keeping else None,
                           options)
    if island.any():
        plan.notes.append(Note("{} units in {} separate parts too small for a grid of their own were joined to the "
                               "grid of the nearest unit (marked island).", int(island.sum()), len(island_regions)))
    plan.notes.extend(notes)
    return plan


def _exact_plan(units, w, xy, graph, island, regions, core_regions, plan, keep_ids, options):
    """The MILP of :mod:`.districts_exact` from the heuristic's plan (its deviation bounds the search)."""
    n = len(w)
    if n > MAX_EXACT_UNITS:
        plan.notes.append(Note("The exact method takes at most {} units ({} given): the heuristic's grids are "
                               "reported.", MAX_EXACT_UNITS, n))
        return plan
    if exact_milp is None:
        plan.notes.append(Note("This scipy has no MILP solver (scipy ≥ 1.9 is needed): the heuristic's grids are "
                               "reported."))
        return plan
    island_of = np.full(n, -1, dtype=np.int64)
    if island.any() and not island.all():
        mainland = np.flatnonzero(~island)
        island_of[island] = mainland[cKDTree(xy[mainland]).query(xy[island])[1]]
    coo = graph.tocoo()
    pairs = np.c_[coo.row, coo.col]
    original = None
    if keep_ids is not None:
        label_of = {g: j for j, g in enumerate(keep_ids)}
        original = np.array([label_of.get(str(v), -1) if v is not None else -1 for v in units.keep], dtype=np.int64)
    result = solve_exact(w, pairs, plan.k, island_of, original, options.max_workload, plan.max_deviation,
                         plan.lower_bound, options.time_limit_s)
    if result.assign is None:
        plan.lower_bound = max(plan.lower_bound, result.dual_bound)
        plan.notes.append(Note("The exact method found no better grids within {:g} s: the heuristic's grids are "
                               "reported.", options.time_limit_s))
        return plan
    assign = result.assign
    loads = np.bincount(assign, weights=w, minlength=plan.k).astype(float)
    dev = np.abs(loads - plan.mean)
    changed = (assign != original) if original is not None else np.zeros(n, dtype=bool)
    labels = list(keep_ids) if keep_ids is not None else ["G{:03d}".format(j + 1) for j in range(plan.k)]
    bound = float(dev.max()) if result.optimal else max(plan.lower_bound, result.dual_bound)
    exact = DistrictPlan(assign, loads, plan.mean, float(dev.max()), bound,
                         int((dev <= options.tolerance * plan.mean + 1e-9).sum()), changed, island.copy(), labels,
                         list(plan.notes))
    if result.optimal:
        exact.notes.append(Note("Exact method: the largest deviation is proven optimal (mixed-integer programme)."))
    else:
        exact.notes.append(Note("Exact method stopped at its {:g} s time limit: best grids found, the bound is the "
                                "solver's proven bound.", options.time_limit_s))
    return exact


def _ssq(plan):
    return float(((plan.workloads - plan.mean) ** 2).sum())


def _solve(units, w, xy, graph, regions, core_regions, island, k, keep_ids, options, seed, monitor):
    n = len(w)
    rng = np.random.default_rng(seed)
    core_mask = ~island
    seats = _apportion([w[regions == r].sum() for r in core_regions], k)
    mean = float(w[core_mask].sum() + w[island].sum()) / k
    assign = np.full(n, -1, dtype=np.int64)
    original = None
    labels = []
    if keep_ids is not None and len(keep_ids) == k:
        label_of = {g: j for j, g in enumerate(keep_ids)}
        original = np.array([label_of.get(str(v), -1) if v is not None else -1 for v in units.keep], dtype=np.int64)
        assign[:] = original
        labels = list(keep_ids)
        _fill_unassigned(graph, xy, w, assign)
    else:
        next_label = 0
        for r, k_r in zip(core_regions, seats):
            members = np.flatnonzero(regions == r)
            seeds = _seeds(xy, w, members, int(k_r), rng)
            _grow(graph, xy, w, seeds, members, next_label, assign)
            next_label += int(k_r)
        _fill_unassigned(graph, xy, w, assign, core_mask)
        labels = ["G{:03d}".format(j + 1) for j in range(k)]
    monitor.step(0.3)
    _join_islands(xy, assign, island)  # islands stay with the grid they joined; the search leaves them
    assign, _moves = _search_masked(graph, xy, w, assign, island, k, mean, options, original is not None,
                                    monitor, original)
    monitor.step(0.95)
    loads = np.bincount(assign, weights=w, minlength=k).astype(float)
    dev = np.abs(loads - mean)
    bound = lower_bound(w, [w[regions == r].sum() for r in core_regions], mean)
    changed = (assign != original) if original is not None else np.zeros(n, dtype=bool)
    return DistrictPlan(assign, loads, mean, float(dev.max()), bound,
                        int((dev <= options.tolerance * mean + 1e-9).sum()), changed, island.copy(), labels)


def _search_masked(graph, xy, w, assign, island, k, mean, options, stop_within, monitor, original):
    """The local search on the units that are not islands (their links across gaps are not adjacency)."""
    if island.any():
        keep = ~island
        coo = graph.tocoo()
        ok = keep[coo.row] & keep[coo.col]
        graph = coo_matrix((coo.data[ok], (coo.row[ok], coo.col[ok])), shape=graph.shape).tocsr()
    return _search(graph, xy, w, assign, k, mean, options.tolerance, stop_within, options.max_moves, monitor,
                   original)


def _fill_unassigned(graph, xy, w, assign, mask=None):
    """Units left out (boxed in, or not in today's grids) join an adjacent grid, the lightest first."""
    todo = np.flatnonzero((assign < 0) & (mask if mask is not None else True))
    indptr, indices = graph.indptr, graph.indices
    rounds = 0
    while len(todo) and rounds < len(assign):
        loads = np.bincount(assign[assign >= 0], weights=w[assign >= 0], minlength=max(assign.max() + 1, 1))
        progress = False
        for u in todo:
            near = [assign[v] for v in indices[indptr[u]:indptr[u + 1]] if assign[v] >= 0]
            if near:
                assign[u] = min(near, key=lambda d: loads[d])
                progress = True
        todo = np.flatnonzero((assign < 0) & (mask if mask is not None else True))
        rounds += 1
        if not progress:
            break
    if len(todo):
        done = np.flatnonzero(assign >= 0)
        if len(done):
            _, nearest = cKDTree(xy[done]).query(xy[todo])
            assign[todo] = assign[done[nearest]]


def _join_islands(xy, assign, island):
    """Each island unit takes the grid of the nearest non-island unit."""
    if not island.any() or island.all():
        return
    mainland = np.flatnonzero(~island)
    _, nearest = cKDTree(xy[mainland]).query(xy[island])
    assign[island] = assign[mainland[nearest]]


def is_contiguous(pairs, district, n, ignore=None):
    """Independent check: every district is one connected piece over ``pairs`` (``ignore`` units left out)."""
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    ok = district[pairs[:, 0]] == district[pairs[:, 1]]
    if ignore is not None:
        ok &= ~ignore[pairs[:, 0]] & ~ignore[pairs[:, 1]]
    inside = pairs[ok]
    graph = coo_matrix((np.ones(len(inside)), (inside[:, 0], inside[:, 1])), shape=(n, n))
    _, comp = connected_components(graph, directed=False)
    units = np.arange(n) if ignore is None else np.flatnonzero(~ignore)
    pieces = {}
    for u in units:
        pieces.setdefault(int(district[u]), set()).add(int(comp[u]))
    return all(len(p) == 1 for p in pieces.values())
