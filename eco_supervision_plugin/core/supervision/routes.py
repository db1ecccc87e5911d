"""Inspection day routes: each officer's drawn inspections ordered into road routes from the office and back.

Model
-----
Travel times ``t(a, b)`` are shortest road times on the road graph of :mod:`..roads` (every point joins its
nearest edge over an access leg, multi-source Dijkstra from virtual nodes). A day that leaves the office
``o``, visits ``s_1 … s_k`` and comes back takes

    T = t(o, s_1) + Σ t(s_i, s_i+1) + t(s_k, o) + k · service.

Order: an asymmetric travelling-salesman tour on the (k+1)² time matrix, exact (Held–Karp dynamic
programme) up to :data:`EXACT_STOPS` stops; beyond, the better of cheapest insertion and nearest neighbour,
each improved by 2-opt (segment reversal, exact asymmetric deltas from prefix sums) and Or-opt (chains of
1–3 stops moved elsewhere) until no move helps, so the tour is never longer than the nearest-neighbour one.

Days (route first, cluster second): the tour is cut into consecutive days by an exact dynamic programme
over the cut points (Beasley's split), fewest days first, then least total time, each day at most
``max_day_hours`` (travel + service) and ``max_stops`` stops; each day's order is then optimised again
(never longer). A stop whose round trip alone is longer than a day gets a day of its own and is reported.
Stops that cannot be reached from the office and back over the roads are left out and reported.
"""

import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from scipy.sparse import bmat, csr_matrix
from scipy.sparse.csgraph import dijkstra

from ..messages import Note, PlannerError
from ..monitor import ensure
from ..roads import build_road_graph, road_speeds
from ..roads.costs import BATCH_CELLS, origin_arcs, target_arcs
from ..roads.snapping import access_cost, snap_points

EXACT_STOPS = 9          # Held–Karp up to this many stops (2^9 · 9 states)
_EPS = 1e-9


@dataclass
class RouteOptions:
    """Service time per inspection (minutes), the working day's limits, the access leg and snapping."""

    service_minutes: float = 30.0
    max_day_hours: Optional[float] = None   # travel + service per day; None: no limit
    max_stops: Optional[int] = None         # inspections per day; None: no limit
    day_start_minutes: float = 8.5 * 60     # clock time of leaving the office (minutes after midnight)
    access_speed_kmh: Optional[float] = 15.0
    max_snap_distance_m: Optional[float] = 2000.0


@dataclass
class RoadLines:
    """Road line parts (m×2 metres) of the roads ``owner[i]``; per road its speed (km/h, NaN when null) and
    one-way direction (0 both ways, 1 digitised direction, -1 against it; None: all two-way)."""

    parts: list
    owner: np.ndarray
    n_roads: int
    speed_kmh: Optional[list] = None
    direction: Optional[np.ndarray] = None
    default_speed_kmh: float = 30.0
    snap_tolerance_m: float = 1.0

    def graph(self):
        """The timed road graph (:func:`..roads.build_road_graph`), null speeds at the default speed."""
        if not self.parts:
            raise PlannerError("The road layer has no usable lines.")
        speeds = road_speeds(self.n_roads, self.default_speed_kmh, self.speed_kmh)
        direction = (np.zeros(self.n_roads, dtype=np.int64) if self.direction is None
                     else np.asarray(self.direction, dtype=np.int64))
        owner = np.asarray(self.owner, dtype=np.int64)
        return build_road_graph(self.parts, speeds.speeds_kmh[owner], direction[owner], self.snap_tolerance_m)


@dataclass
class DayRoute:
    """One officer's day: stops in visiting order, arrival times (seconds after leaving the office)."""

    group: int
    day: int                    # 1, 2, … within the group
    stops: np.ndarray           # stop indices (into the stop points), visiting order
    arrive_s: np.ndarray        # arrival at each stop, seconds after leaving the office
    travel_s: float             # road time of the whole day (office → … → office)
    service_s: float
    length_m: float             # along the drawn route, access legs included
    line: np.ndarray            # (m×2) route coordinates, office → stops → office
    over_day: bool = False      # a single stop whose round trip is longer than the working day

    @property
    def hours(self):
        return (self.travel_s + self.service_s) / 3600.0


@dataclass
class RoutePlan:
    routes: list                                   # DayRoute, grouped by group then day
    unreachable: list                              # (group, stop) pairs left out
    groups: int
    notes: list = field(default_factory=list)

    officers: Optional[list] = None              # per group, the officer (register index) it belongs to
    missing_points: int = 0                      # drawn enterprises without a usable location

    def of_group(self, g):
        return [r for r in self.routes if r.group == g]

    def totals(self, g=None):
        """(days, stops, km, hours) of one group or of all routes."""
        chosen = self.routes if g is None else self.of_group(g)
        return (len(chosen), int(sum(len(r.stops) for r in chosen)), sum(r.length_m for r in chosen) / 1000.0,
                sum(r.hours for r in chosen))


def clock(minutes):
    """Minutes after midnight as HH:MM (hours past 24 go on counting: a day that runs late shows it)."""
    total = int(round(float(minutes)))
    return "{:02d}:{:02d}".format(total // 60, total % 60)


# ---- travelling salesman on a time matrix (node 0 = office, 1..k = stops) ------------------------------------

def tour_cost(c, order):
    """Cost of office → order … → office on matrix ``c`` (order holds matrix indices 1..k)."""
    seq = np.r_[0, np.asarray(order, dtype=np.int64), 0]
    return float(c[seq[:-1], seq[1:]].sum())


def held_karp(c):
    """Exact shortest tour (Held–Karp): dp[S, j] = min_i dp[S − j, i] + c[i, j], by subset size."""
    k = len(c) - 1
    if k <= 1:
        return list(range(1, k + 1)), tour_cost(c, range(1, k + 1))
    full = 1 << k
    dp = np.full((full, k), np.inf)
    parent = np.full((full, k), -1, dtype=np.int64)
    for j in range(k):
        dp[1 << j, j] = c[0, j + 1]
    masks = np.arange(full)
    size = np.array([bin(m).count("1") for m in range(full)])
    step = c[1:, 1:]
    for s in range(2, k + 1):
        layer = masks[size == s]
        for j in range(k):
            sub = layer[(layer >> j) & 1 == 1]
            prev = sub ^ (1 << j)
            cand = dp[prev] + step[:, j][None, :]
            best = np.argmin(cand, axis=1)
            dp[sub, j] = cand[np.arange(len(sub)), best]
            parent[sub, j] = best
    last = dp[full - 1] + c[1:, 0]
    j = int(np.argmin(last))
    order, mask = [], full - 1
    while j >= 0:
        order.append(j + 1)
        mask, j = mask ^ (1 << j), int(parent[mask, j])
    return order[::-1], float(last.min())


def nearest_neighbour(c):
    k = len(c) - 1
    free = np.ones(k + 1, dtype=bool)
    free[0] = False
    order, at = [], 0
    for _ in range(k):
        row = np.where(free, c[at], np.inf)
        at = int(np.argmin(row))
        free[at] = False
        order.append(at)
    return order


def cheapest_insertion(c):
    """Start from the stop with the longest round trip, then insert the stop and place adding least time."""
    k = len(c) - 1
    if k == 0:
        return []
    first = 1 + int(np.argmax(c[0, 1:] + c[1:, 0]))
    seq = [0, first, 0]
    rest = [j for j in range(1, k + 1) if j != first]
    while rest:
        a, b = np.array(seq[:-1]), np.array(seq[1:])
        r = np.array(rest)
        add = c[a][:, r] + c[r][:, b].T - c[a, b][:, None]
        pos, which = np.unravel_index(int(np.argmin(add)), add.shape)
        seq.insert(int(pos) + 1, int(r[which]))
        rest.pop(int(which))
    return seq[1:-1]


def _two_opt(c, seq):
    """Best segment reversal of the closed sequence ``seq`` (office at both ends), or None."""
    fwd = np.r_[0.0, np.cumsum(c[seq[:-1], seq[1:]])]
    bwd = np.r_[0.0, np.cumsum(c[seq[1:], seq[:-1]])]
    k = len(seq) - 2
    i, j = np.triu_indices(k + 1, 1)
    i, j = i[i >= 1], j[i >= 1]
    if not len(i):
        return None
    delta = (c[seq[i - 1], seq[j]] + c[seq[i], seq[j + 1]] + (bwd[j] - bwd[i])
             - c[seq[i - 1], seq[i]] - c[seq[j], seq[j + 1]] - (fwd[j] - fwd[i]))
    best = int(np.argmin(delta))
    if delta[best] >= -_EPS * max(1.0, fwd[-1]):
        return None
    a, b = int(i[best]), int(j[best])
    return np.r_[seq[:a], seq[a:b + 1][::-1], seq[b + 1:]]


def _or_opt(c, seq):
    """Best move of a chain of 1–3 stops to another place of the sequence (same direction), or None."""
    k = len(seq) - 2
    best_delta, best_move = -_EPS * max(1.0, float(c[seq[:-1], seq[1:]].sum())), None
    for length in (1, 2, 3):
        if length >= k:
            break
        i = np.arange(1, k - length + 2)                       # chain seq[i .. i+length-1]
        head, tail = seq[i], seq[i + length - 1]
        gain = c[seq[i - 1], head] + c[tail, seq[i + length]] - c[seq[i - 1], seq[i + length]]
        p = np.arange(0, k + 1)                                # insert between seq[p] and seq[p+1]
        add = (c[seq[p][None, :], head[:, None]] + c[tail[:, None], seq[p + 1][None, :]]
               - c[seq[p], seq[p + 1]][None, :])
        inside = (p[None, :] >= i[:, None] - 1) & (p[None, :] <= i[:, None] + length - 1)
        delta = np.where(inside, np.inf, add - gain[:, None])
        r, q = np.unravel_index(int(np.argmin(delta)), delta.shape)
        if delta[r, q] < best_delta:
            best_delta, best_move = delta[r, q], (int(i[r]), length, int(p[q]))
    if best_move is None:
        return None
    a, length, p = best_move
    chain = seq[a:a + length]
    rest = np.r_[seq[:a], seq[a + length:]]
    at = p + 1 if p < a else p + 1 - length
    return np.r_[rest[:at], chain, rest[at:]]


def improve(c, order, max_rounds=10000):
    """2-opt and Or-opt moves, best first, until none shortens the tour."""
    seq = np.r_[0, np.asarray(order, dtype=np.int64), 0]
    for _ in range(max_rounds):
        nxt = _two_opt(c, seq)
        if nxt is None:
            nxt = _or_opt(c, seq)
        if nxt is None:
            break
        seq = nxt
    return [int(v) for v in seq[1:-1]]


def solve_tsp(c, exact_stops=EXACT_STOPS):
    """Shortest tour found from the office through every stop of ``c`` and back: (order, cost)."""
    c = np.asarray(c, dtype=float)
    k = len(c) - 1
    if k <= exact_stops:
        return held_karp(c)
    best = None
    for start in (cheapest_insertion(c), nearest_neighbour(c)):
        order = improve(c, start)
        cost = tour_cost(c, order)
        if best is None or cost < best[1] - _EPS:
            best = (order, cost)
    return best


def split_days(c, order, service_s, max_day_s=None, max_stops=None):
    """Cut the tour ``order`` into consecutive days: fewest days, then least total time (exact over cut points).

    Returns a list of index lists (matrix indices). A stop that alone exceeds the day gets a day of its own.
    """
    k = len(order)
    if k == 0:
        return []
    limit = math.inf if not max_day_s else float(max_day_s)
    cap = k if not max_stops else int(max_stops)
    seq = [0] + list(order)
    best = [(0, 0.0)] + [(math.inf, math.inf)] * k
    cut = [0] * (k + 1)
    for i in range(k):                      # a day starting at order[i]
        if best[i][0] == math.inf:
            continue
        run = c[0, seq[i + 1]]
        for j in range(i + 1, min(k, i + cap) + 1):   # …ending at order[j-1]
            if j > i + 1:
                run += c[seq[j - 1], seq[j]]
            day = run + c[seq[j], 0] + (j - i) * service_s
            if day > limit * (1 + 1e-12) and j > i + 1:
                break
            value = (best[i][0] + 1, best[i][1] + day)
            if value < best[j]:
                best[j], cut[j] = value, i
    days, j = [], k
    while j > 0:
        days.append(list(order[cut[j]:j]))
        j = cut[j]
    return days[::-1]


# ---- road times and route lines ------------------------------------------------------------------------------

class _Network:
    """The road graph with a virtual origin node per point (office first, then stops), and per point the
    (at most two) graph nodes it is entered from, with the cost of the last piece of edge and access leg."""

    def __init__(self, graph, points, options):
        self.graph = graph
        self.points = points
        self.snap = snap_points(graph, points, options.max_snap_distance_m)
        self.access = access_cost(self.snap, "time", options.access_speed_kmh)
        n, p = graph.n_nodes, len(points)
        self.n, self.p = n, p
        self.matrix = graph.matrix("time", extra=origin_arcs(graph, self.snap, self.access, "time", n), size=n + p)
        self.size = n + p
        tails, heads, costs = target_arcs(graph, self.snap, self.access, "time", 0)  # heads: the point indices
        self.entry_node = np.zeros((p, 2), dtype=np.int64)
        self.entry_cost = np.full((p, 2), np.inf)
        slot = np.zeros(p, dtype=np.int64)
        for t, h, c in zip(tails.tolist(), heads.tolist(), costs.tolist()):
            self.entry_node[h, slot[h]], self.entry_cost[h, slot[h]] = t, c
            slot[h] += 1

    def arrival(self, dist, targets):
        """Times to the points ``targets`` from node times ``dist`` (rows: searches), and the entry used."""
        via = dist[:, self.entry_node[targets]] + self.entry_cost[targets][None, :, :]
        side = np.argmin(via, axis=2)
        return np.take_along_axis(via, side[:, :, None], axis=2)[:, :, 0], side

    def same_edge(self, a, b):
        """Direct time a → b along an edge both lie on (the node search cannot see it), else inf."""
        s, g = self.snap, self.graph
        e = s.edge[a]
        if e < 0 or s.edge[b] != e:
            return math.inf
        delta = s.t[b] - s.t[a]
        if delta < 0 and not g.edge_twoway[e]:
            return math.inf
        return float(self.access[a] + self.access[b] + abs(delta) * g.edge_time[e])

    def batches(self, sources):
        step = max(1, BATCH_CELLS // max(self.size, 1))
        for s in range(0, len(sources), step):
            yield sources[s:s + step]

    def line(self, a, b, nodes):
        xy, proj = self.points, self.snap.xy
        return np.vstack([xy[a], proj[a], self.graph.node_xy[np.asarray(nodes, dtype=np.int64)].reshape(-1, 2),
                          proj[b], xy[b]])


def _time_matrices(net, members, monitor):
    """Per group the (k+1)² road-time matrix over [office] + its stops (inf: not reachable)."""
    where = {}
    for g, pts in enumerate(members):
        for pos, p in enumerate(pts):
            where.setdefault(int(p), []).append((g, pos))
    mats = [np.full((len(pts), len(pts)), np.inf) for pts in members]
    sources = np.array(sorted(p for p in where if net.snap.edge[p] >= 0), dtype=np.int64)
    done = 0
    for chunk in net.batches(sources):
        dist = dijkstra(net.matrix, directed=True, indices=net.n + chunk)
        for r, p in enumerate(chunk.tolist()):
            for g, pos in where[p]:
                mats[g][pos] = net.arrival(dist[r:r + 1], members[g])[0][0]
        done += len(chunk)
        monitor.step(0.6 * done / max(len(sources), 1))
    for g, pts in enumerate(members):
        m = mats[g]
        edges = net.snap.edge[pts]
        for a in range(len(pts)):
            for b in np.flatnonzero((edges == edges[a]) & (edges >= 0)).tolist():
                if a != b:
                    m[a, b] = min(m[a, b], net.same_edge(int(pts[a]), int(pts[b])))
        np.fill_diagonal(m, 0.0)
    return mats


def _walk(pred, start, stop):
    """Nodes from ``start`` following ``pred`` until ``stop`` (or a root), ``start`` included."""
    nodes, v = [], int(start)
    while v >= 0 and v != stop:
        nodes.append(v)
        v = int(pred[v])
    return nodes


def _route_lines(net, legs, monitor):
    """Road geometry of each leg (point a → point b), from the shortest-path predecessors.

    Legs back to the office come from one search on the reversed roads from the office; the others from a
    search per leg start, limited to its longest leg.
    """
    lines, by_source = {}, {}
    for a, b, cost in legs:
        if a == b:
            lines[(a, b)] = np.array([net.points[a], net.points[a]])
        elif net.same_edge(a, b) <= cost * (1 + 1e-9):
            lines[(a, b)] = net.line(a, b, [])
        elif b != 0:
            by_source.setdefault(a, []).append((b, cost))
    home = sorted({a for a, b, _c in legs if b == 0 and (a, b) not in lines})
    if home:
        _lines_home(net, home, lines)
    limit_of = {a: max(c for _b, c in v) for a, v in by_source.items()}
    sources = np.array(sorted(by_source, key=lambda a: limit_of[a]), dtype=np.int64)
    done = 0
    for chunk in net.batches(sources):
        limit = max(limit_of[int(a)] for a in chunk) * (1 + 1e-9) + 1.0
        dist, pred = dijkstra(net.matrix, directed=True, indices=net.n + chunk, return_predecessors=True, limit=limit)
        for r, a in enumerate(chunk.tolist()):
            targets = np.array([b for b, _c in by_source[a]], dtype=np.int64)
            _times, side = net.arrival(dist[r:r + 1], targets)
            for b, entry in zip(targets.tolist(), net.entry_node[targets, side[0]].tolist()):
                lines[(a, b)] = net.line(a, b, _walk(pred[r], entry, net.n + a)[::-1])
        done += len(chunk)
        monitor.step(0.6 + 0.35 * done / max(len(sources), 1))
    return lines


def _lines_home(net, sources, lines):
    """Legs from ``sources`` back to the office (point 0): one search from the office on the reversed roads."""
    g = net.graph
    n = net.n
    keep = np.isfinite(net.entry_cost[0])
    office = csr_matrix((net.entry_cost[0][keep], (np.zeros(int(keep.sum()), dtype=np.int64), net.entry_node[0][keep])),
                        shape=(1, n))
    # the reversed roads, and node n: the office, the source of the reversed search
    m = bmat([[g.matrix("time").T, csr_matrix((n, 1))], [office, csr_matrix((1, 1))]], format="csr")
    dist, pred = dijkstra(m, directed=True, indices=n, return_predecessors=True)
    snap, w = net.snap, g.edge_time
    for a in sources:
        e, t = snap.edge[a], snap.t[a]
        exits = [(g.edge_v[e], net.access[a] + (1.0 - t) * w[e])]
        if g.edge_twoway[e] or t <= 0.0:
            exits.append((g.edge_u[e], net.access[a] + t * w[e]))
        node = min(exits, key=lambda x: x[1] + dist[x[0]])[0]
        lines[(a, 0)] = net.line(a, 0, _walk(pred, node, n))


def _check(office_xy, stop_xy, groups, options):
    if not (options.service_minutes is not None and math.isfinite(options.service_minutes)
            and options.service_minutes >= 0):
        raise PlannerError("The service time per inspection must be zero or more minutes.")
    if options.max_day_hours is not None and not (math.isfinite(options.max_day_hours) and options.max_day_hours > 0):
        raise PlannerError("The working day must be longer than zero hours.")
    if options.max_stops is not None and options.max_stops < 1:
        raise PlannerError("At least one inspection per day is needed.")
    office = np.asarray(office_xy, dtype=float).reshape(-1)
    if office.shape != (2,) or not np.isfinite(office).all():
        raise PlannerError("The office needs one point with valid coordinates.")
    stops = np.asarray(stop_xy, dtype=float).reshape(-1, 2)
    for members in groups:
        for s in members:
            if not 0 <= s < len(stops):
                raise PlannerError("Stop {} of a route is not among the {} inspection points.", s, len(stops))
    return office, stops


def plan_routes(graph, office_xy, stop_xy, groups, options=None, monitor=None):
    """Day routes from the office through each group's stops (see the module docstring).

    Parameters
    ----------
    graph : :class:`..roads.RoadGraph` (time in seconds on every edge).
    office_xy : the office point (metres, the graph's CRS); stop_xy : (n×2) inspection points.
    groups : per route group (an officer), the stop indices to visit; a stop may appear in several groups.
    options : :class:`RouteOptions`.

    Returns
    -------
    RoutePlan
    """
    monitor = ensure(monitor)
    options = options or RouteOptions()
    office, stops = _check(office_xy, stop_xy, groups, options)
    net = _Network(graph, np.vstack([office, stops]), options)
    if net.snap.edge[0] < 0:
        raise PlannerError("The office is farther than {:g} m from every road: move it or raise the snap distance.",
                           options.max_snap_distance_m or 0.0)
    members = [np.r_[0, 1 + np.array(sorted(set(int(s) for s in g)), dtype=np.int64)] for g in groups]
    mats = _time_matrices(net, members, monitor)
    service = 60.0 * float(options.service_minutes)
    max_day = 3600.0 * options.max_day_hours if options.max_day_hours else None
    plans, unreachable, legs = [], [], []
    for g, (pts, m) in enumerate(zip(members, mats)):
        ok = np.r_[True, np.isfinite(m[0, 1:]) & np.isfinite(m[1:, 0])]
        unreachable.extend((g, int(p) - 1) for p in pts[~ok])
        keep = np.flatnonzero(ok)
        sub = m[np.ix_(keep, keep)]
        order, _cost = solve_tsp(sub)
        days = []
        for day in split_days(sub, order, service, max_day, options.max_stops):
            idx = np.r_[0, day]
            day_order, _ = solve_tsp(sub[np.ix_(idx, idx)])
            days.append([day[i - 1] for i in day_order])
        for d, day in enumerate(days, start=1):
            seq = np.r_[0, day, 0]
            times = sub[seq[:-1], seq[1:]]
            arrive = np.cumsum(times[:-1]) + service * np.arange(len(day))
            travel = float(times.sum())
            pts_day = pts[keep[seq]]
            legs.extend((int(a), int(b), float(t)) for a, b, t in zip(pts_day[:-1], pts_day[1:], times))
            over = bool(max_day is not None and travel + service * len(day) > max_day * (1 + 1e-12))
            plans.append((g, d, pts_day, arrive, travel, service * len(day), over))
        monitor.check()
    lines = _route_lines(net, legs, monitor)
    routes = []
    for g, d, pts_day, arrive, travel, service_s, over in plans:
        line = np.vstack([lines[(int(a), int(b))] if i == 0 else lines[(int(a), int(b))][1:]
                          for i, (a, b) in enumerate(zip(pts_day[:-1], pts_day[1:]))])
        length = float(np.hypot(*np.diff(line, axis=0).T).sum())
        routes.append(DayRoute(g, d, pts_day[1:-1] - 1, arrive, travel, service_s, length, line, over))
    notes = []
    missing = {s for _g, s in unreachable}
    far = {s for s in missing if net.snap.edge[s + 1] < 0}
    if far:
        notes.append(Note("{} inspections lie farther than {:g} m from every road and are left out of the routes.",
                          len(far), options.max_snap_distance_m or 0.0))
    if missing - far:
        notes.append(Note("{} inspections cannot be reached from the office over the roads (or the way back is "
                          "missing) and are left out of the routes.", len(missing - far)))
    over = sum(r.over_day for r in routes)
    if over:
        notes.append(Note("{} inspections alone take longer than the working day (travel there and back and the "
                          "inspection): each has a day of its own.", over))
    monitor.step(1.0)
    return RoutePlan(routes, unreachable, len(groups), notes)


def officer_routes(roads, office_xy, stop_xy, teams, n_officers, options=None, monitor=None):
    """Each officer's day routes through the inspections of their teams (``teams[t]``: officers of task ``t``).

    ``roads`` is a :class:`RoadLines`; ``stop_xy[t]`` the location of task ``t`` (NaN: unknown, left out and
    counted). Officers without a task get no route. Returns the :class:`RoutePlan` with ``officers`` set.
    """
    monitor = ensure(monitor)
    graph = roads.graph()
    monitor.step(0.05)
    stops = np.asarray(stop_xy, dtype=float).reshape(-1, 2)
    valid = np.isfinite(stops).all(axis=1)
    stops = np.where(valid[:, None], stops, np.asarray(office_xy, dtype=float).reshape(1, 2))
    tasks = [[] for _ in range(n_officers)]
    for t, team in enumerate(teams):
        if valid[t]:
            for k in team:
                tasks[int(k)].append(t)
    officers = [k for k in range(n_officers) if tasks[k]]
    plan = plan_routes(graph, office_xy, stops, [tasks[k] for k in officers], options, monitor.sub(0.05, 1.0))
    plan.officers = officers
    plan.missing_points = int((~valid).sum())
    if plan.missing_points:
        plan.notes.append(Note("{} drawn enterprises have no usable location and are left out of the routes.",
                               plan.missing_points))
    return plan
