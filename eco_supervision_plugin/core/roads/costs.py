"""Costs on the road network: edge times from speeds (road-class rules, one-way orientation) and network
costs between point sets (multi-source Dijkstra with a cutoff, on the road graph augmented with one
virtual node per origin and per target).

The cost of an edge is computed in one place, :func:`edge_times`; closures, restrictions and speed
factors (per road class or per road) are applied there.
"""

from dataclasses import dataclass

import numpy as np
from scipy.sparse.csgraph import dijkstra

from ..messages import PlannerError
from ..monitor import ensure
from .snapping import access_cost, snap_points

WEIGHTS = ("length", "time")
# Cells (origins × graph nodes) of one Dijkstra batch: bounds the dense distance block in memory.
BATCH_CELLS = 4_000_000


def kmh_to_ms(speed_kmh):
    return np.asarray(speed_kmh, dtype=float) / 3.6


def edge_times(length_m, speed_kmh, factor=None):
    """Travel time (seconds) of edges of ``length_m`` metres at ``speed_kmh``: the one edge-cost rule.

    ``factor`` (time of day, e.g. 0.6 at rush hour) scales the speed: ``t = length / (speed · factor)``,
    computed as the free-flow time divided by the factor so that peak times are exactly ``t_free / factor``.
    Closed roads are removed from the graph (:mod:`.rules`), so every search (service areas, response
    times, siting over roads) sees the same costs.
    """
    time = np.asarray(length_m, dtype=float) / kmh_to_ms(speed_kmh)
    return time if factor is None else time / np.asarray(factor, dtype=float)


def orient_segments(u, v, direction):
    """One-way handling: ``(tail, head, twoway)`` of segments ``u → v`` with ``direction`` per segment.

    0 both ways (stored as digitised), 1 digitised direction only, -1 against it only (stored
    reversed, so that every stored edge is traversable from its tail).
    """
    direction = np.asarray(direction)
    backward = direction < 0
    return np.where(backward, v, u), np.where(backward, u, v), direction == 0


# Default speeds (km/h) by road class (OpenStreetMap highway values), for roads without a usable speed.
DEFAULT_CLASS_SPEEDS = {
    "motorway": 100.0, "trunk": 80.0, "primary": 60.0, "secondary": 50.0, "tertiary": 40.0,
    "unclassified": 30.0, "residential": 30.0, "living_street": 10.0, "service": 20.0, "track": 15.0,
}


@dataclass
class RoadSpeeds:
    """Speed of every road (km/h) and where it came from."""

    speeds_kmh: np.ndarray
    from_field: int  # positive speed in the speed field
    by_class: int  # null/zero/absent speed, taken from the road-class table
    by_default: int  # neither: the default speed


def road_speeds(n_roads, default_kmh, field_kmh=None, road_class=None, class_speeds=None):
    """Road-class speed rules: the speed field where it is positive, else the class speed, else the default.

    ``field_kmh`` per road (NaN/None where null), ``road_class`` per road (text or None) and
    ``class_speeds`` {class: km/h}. Classes match case-insensitively; ``primary_link`` takes
    ``primary``'s speed unless the table names the link class itself.
    """
    if not (np.isfinite(default_kmh) and default_kmh > 0):
        raise PlannerError("The default speed must be positive.")
    table = {str(k).strip().lower(): float(v) for k, v in (class_speeds or {}).items()}
    bad = [k for k, v in table.items() if not (np.isfinite(v) and v > 0)]
    if bad:
        raise PlannerError("Speeds by road class must be positive km/h (bad class: {}).", bad[0])
    speeds = np.full(int(n_roads), np.nan)
    if field_kmh is not None:
        raw = np.asarray(field_kmh, dtype=float).reshape(-1)  # None → NaN
        speeds = np.where(raw > 0, raw, np.nan)
    from_field = int(np.isfinite(speeds).sum())
    by_class = 0
    if road_class is not None and table:
        classes = {}
        for i in np.flatnonzero(~np.isfinite(speeds)).tolist():
            value = road_class[i]
            if value not in classes:
                key = str(value).strip().lower() if value is not None else ""
                if key not in table and key.endswith("_link"):
                    key = key[:-5]
                classes[value] = table.get(key, np.nan)
            speeds[i] = classes[value]
        by_class = int(np.isfinite(speeds).sum()) - from_field
    missing = ~np.isfinite(speeds)
    speeds[missing] = float(default_kmh)
    return RoadSpeeds(speeds, from_field, by_class, int(missing.sum()))


def origin_arcs(graph, snap, access, weight, first_node):
    """Arcs from virtual origin nodes ``first_node + i`` onto the network."""
    w = graph.edge_weight(weight)
    ok = np.flatnonzero(snap.edge >= 0)
    e = snap.edge[ok]
    t = snap.t[ok]
    a = access[ok]
    virt = first_node + ok
    fwd = (virt, graph.edge_v[e], a + (1.0 - t) * w[e])
    two = graph.edge_twoway[e] | (t <= 0.0)  # a point on the tail node is at that node, whatever the direction
    back = (virt[two], graph.edge_u[e[two]], a[two] + t[two] * w[e[two]])
    return tuple(np.concatenate([f, b]) for f, b in zip(fwd, back))


def target_arcs(graph, snap, access, weight, first_node):
    """Arcs from the network into virtual target nodes ``first_node + j``."""
    w = graph.edge_weight(weight)
    ok = np.flatnonzero(snap.edge >= 0)
    e = snap.edge[ok]
    t = snap.t[ok]
    a = access[ok]
    virt = first_node + ok
    fwd = (graph.edge_u[e], virt, t * w[e] + a)
    two = graph.edge_twoway[e] | (t >= 1.0)  # a point on the head node is reached at that node
    back = (graph.edge_v[e[two]], virt[two], (1.0 - t[two]) * w[e[two]] + a[two])
    return tuple(np.concatenate([f, b]) for f, b in zip(fwd, back))


def _same_edge_pairs(graph, s_from, a_from, s_to, a_to, weight):
    """Direct travel along a shared edge, which the node-based search cannot see."""
    w = graph.edge_weight(weight)
    ok_t = np.flatnonzero(s_to.edge >= 0)
    if len(ok_t) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    order = ok_t[np.argsort(s_to.edge[ok_t], kind="stable")]
    sorted_edges = s_to.edge[order]
    ok_f = np.flatnonzero(s_from.edge >= 0)
    ef = s_from.edge[ok_f]
    lo = np.searchsorted(sorted_edges, ef, side="left")
    hi = np.searchsorted(sorted_edges, ef, side="right")
    counts = hi - lo
    rows = np.repeat(ok_f, counts)
    if len(rows) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    cols = order[np.repeat(lo, counts) + within]
    e = s_from.edge[rows]
    delta = s_to.t[cols] - s_from.t[rows]
    allowed = (delta >= 0) | graph.edge_twoway[e]
    cost = a_from[rows] + a_to[cols] + np.abs(delta) * w[e]
    return rows[allowed], cols[allowed], cost[allowed]


def network_costs(graph, from_xy, to_xy, cutoff, weight="length", access_speed_kmh=None, max_snap_distance=None,
                  monitor=None, snaps=None, on_batch=None):
    """Network cost of every origin → target pair whose cost is at most ``cutoff``.

    Parameters
    ----------
    graph : RoadGraph
    from_xy, to_xy : (n×2) point coordinates in the graph's metres.
    cutoff : largest cost kept (metres for ``weight="length"``, seconds for ``"time"``).
    weight : "length" or "time".
    access_speed_kmh : speed of the straight access leg between a point and its projection on the
        nearest edge (time only; None = free access).
    max_snap_distance : points farther than this from every road are off-network (no pairs).
    snaps : optional precomputed ``(snap_points(from), snap_points(to))``.
    on_batch : optional ``f(origins, node_costs)`` called with every Dijkstra batch: origin indices and
        their (batch × graph nodes) costs (inf beyond the cutoff), so that service areas can share the
        search (see :class:`AreaCollector`).

    Returns
    -------
    rows, cols, costs : numpy arrays (origin index, target index, cost), sorted by row then column.
    Unreachable pairs (other network component, beyond the cutoff, off-network points) are absent.
    """
    monitor = ensure(monitor)
    if weight not in WEIGHTS:
        raise PlannerError("Unknown network cost {!r}; use 'length' or 'time'.", weight)
    if cutoff is None or not cutoff >= 0:
        raise PlannerError("The cost cutoff must be zero or positive.")
    from_xy = np.asarray(from_xy, dtype=float).reshape(-1, 2)
    to_xy = np.asarray(to_xy, dtype=float).reshape(-1, 2)
    if snaps is None:
        s_from = snap_points(graph, from_xy, max_snap_distance)
        s_to = snap_points(graph, to_xy, max_snap_distance)
    else:
        s_from, s_to = snaps
    a_from = access_cost(s_from, weight, access_speed_kmh)
    a_to = access_cost(s_to, weight, access_speed_kmh)
    n, n_from, n_to = graph.n_nodes, len(from_xy), len(to_xy)
    size = n + n_from + n_to
    o_arcs = origin_arcs(graph, s_from, a_from, weight, n)
    t_arcs = target_arcs(graph, s_to, a_to, weight, n + n_from)
    extra = tuple(np.concatenate([o, t]) for o, t in zip(o_arcs, t_arcs))
    m = graph.matrix(weight, extra=extra, size=size)
    origins = np.flatnonzero(s_from.edge >= 0)
    targets = np.flatnonzero(s_to.edge >= 0)
    rows_out, cols_out, costs_out = [], [], []
    batch = max(1, min(len(origins), BATCH_CELLS // max(size, 1))) if len(origins) else 1
    limit = cutoff * (1 + 1e-12) + 1e-9
    for s in range(0, len(origins), batch):
        monitor.step(s / max(len(origins), 1))
        chunk = origins[s:s + batch]
        dist = dijkstra(m, directed=True, indices=n + chunk, limit=limit)
        if on_batch is not None:
            on_batch(chunk, dist[:, :n])
        block = dist[:, n + n_from + targets]
        r, c = np.nonzero(block <= cutoff)
        rows_out.append(chunk[r])
        cols_out.append(targets[c])
        costs_out.append(block[r, c])
    r2, c2, k2 = _same_edge_pairs(graph, s_from, a_from, s_to, a_to, weight)
    keep = k2 <= cutoff
    rows_out.append(r2[keep])
    cols_out.append(c2[keep])
    costs_out.append(k2[keep])
    rows = np.concatenate(rows_out).astype(np.int64)
    cols = np.concatenate(cols_out).astype(np.int64)
    costs = np.concatenate(costs_out).astype(float)
    # Keep the cheapest of duplicate pairs (graph route vs. same-edge route).
    order = np.lexsort((costs, cols, rows))
    rows, cols, costs = rows[order], cols[order], costs[order]
    first = np.ones(len(rows), dtype=bool)
    first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
    monitor.step(1.0)
    return rows[first], cols[first], costs[first]



def node_costs(graph, origin_xy, cutoff, weight="time", access_speed_kmh=None, max_snap_distance=None):
    """Dense (origins × nodes) network costs, inf beyond the cutoff; for small graphs and tests."""
    origin_xy = np.asarray(origin_xy, dtype=float).reshape(-1, 2)
    snap = snap_points(graph, origin_xy, max_snap_distance)
    access = access_cost(snap, weight, access_speed_kmh)
    n = graph.n_nodes
    arcs = origin_arcs(graph, snap, access, weight, n)
    m = graph.matrix(weight, extra=arcs, size=n + len(origin_xy))
    out = np.full((len(origin_xy), n), np.inf)
    ok = np.flatnonzero(snap.edge >= 0)
    if len(ok):
        out[ok] = dijkstra(m, directed=True, indices=n + ok, limit=cutoff)[:, :n]
    return out

