"""Road network graph: snapped nodes, timed edges, one-way streets, network costs and service areas.

One graph serves emergency coverage (response times, service areas) and network siting (travel
costs from candidates to demand points). Everything here is numpy/scipy; no QGIS.

Model
-----
* Every segment of every line part is an edge between two nodes; vertices closer than
  ``snap_tolerance`` are merged into one node (``scipy.spatial.cKDTree``), so lines connect where
  their vertices (nearly) coincide, as in QGIS' network analysis. Lines that merely cross without a
  shared vertex do not connect (an over-/underpass).
* Edge length is the planar segment length in metres; edge time is ``length / (speed_kmh / 3.6)``
  seconds. ``oneway`` per part: 0 both directions, 1 only in the digitised direction, -1 only against
  it (such edges are stored reversed, so every stored edge ``u → v`` is always traversable).
* Points (depots, risk sources, candidates) join the network at their orthogonal projection onto
  the nearest edge, which may fall inside an edge (a *partial edge*). The straight off-network
  *access leg* costs its length (``weight="length"``) or its length at ``access_speed_kmh``
  (``weight="time"``; free when no access speed is given, as in QGIS).
* Costs come from ``scipy.sparse.csgraph.dijkstra`` run from many origins at once with
  ``limit=cutoff``, on the road graph augmented with one virtual node per origin and per target.
"""

import math

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components, depth_first_order, dijkstra
from scipy.spatial import cKDTree

from .messages import PlannerError
from .monitor import ensure

WEIGHTS = ("length", "time")
# Cells (origins × graph nodes) of one Dijkstra batch: bounds the dense distance block in memory.
BATCH_CELLS = 4_000_000


def kmh_to_ms(speed_kmh):
    return np.asarray(speed_kmh, dtype=float) / 3.6


class RoadGraph:
    """A directed road graph built by :func:`build_road_graph`.

    Attributes
    ----------
    node_xy : (n, 2) float array of node coordinates (metres).
    edge_u, edge_v : int arrays, the stored direction of each edge (always traversable).
    edge_twoway : bool array, True when ``v → u`` may be travelled as well.
    edge_length : metres; edge_time : seconds; edge_part : index of the source line part.
    component : weakly connected component label of each node; edge_component likewise per edge.
    n_components : number of connected pieces of the network.
    """

    def __init__(self, node_xy, edge_u, edge_v, edge_twoway, edge_length, edge_time, edge_part):
        self.node_xy = np.asarray(node_xy, dtype=float).reshape(-1, 2)
        self.edge_u = np.asarray(edge_u, dtype=np.int64)
        self.edge_v = np.asarray(edge_v, dtype=np.int64)
        self.edge_twoway = np.asarray(edge_twoway, dtype=bool)
        self.edge_length = np.asarray(edge_length, dtype=float)
        self.edge_time = np.asarray(edge_time, dtype=float)
        self.edge_part = np.asarray(edge_part, dtype=np.int64)
        self._matrices = {}
        self._index = None
        if self.n_nodes:
            undirected = csr_matrix(
                (np.ones(self.n_edges), (self.edge_u, self.edge_v)), shape=(self.n_nodes, self.n_nodes)
            )
            self.n_components, self.component = connected_components(undirected, directed=False)
        else:
            self.n_components, self.component = 0, np.zeros(0, dtype=np.int64)
        self.edge_component = self.component[self.edge_u] if self.n_edges else np.zeros(0, dtype=np.int64)

    @property
    def n_nodes(self):
        return len(self.node_xy)

    @property
    def n_edges(self):
        return len(self.edge_u)

    def edge_weight(self, weight):
        if weight == "length":
            return self.edge_length
        if weight == "time":
            return self.edge_time
        raise PlannerError("Unknown network cost {!r}; use 'length' or 'time'.", weight)

    def directed_arcs(self, weight):
        """``(tail, head, cost, edge)`` of every traversable direction (two-way edges give two arcs)."""
        w = self.edge_weight(weight)
        back = np.flatnonzero(self.edge_twoway)
        tail = np.concatenate([self.edge_u, self.edge_v[back]])
        head = np.concatenate([self.edge_v, self.edge_u[back]])
        cost = np.concatenate([w, w[back]])
        edge = np.concatenate([np.arange(self.n_edges), back])
        return tail, head, cost, edge

    def matrix(self, weight, extra=None, size=None):
        """Sparse adjacency matrix (parallel arcs keep their cheapest cost).

        ``extra`` = (tail, head, cost) arrays of additional arcs (virtual nodes), ``size`` the
        matrix order when virtual nodes are appended.
        """
        if extra is None and weight in self._matrices:
            return self._matrices[weight]
        tail, head, cost, _ = self.directed_arcs(weight)
        if extra is not None:
            tail = np.concatenate([tail, extra[0]])
            head = np.concatenate([head, extra[1]])
            cost = np.concatenate([cost, extra[2]])
        m = _min_matrix(tail, head, cost, size or self.n_nodes)
        if extra is None:
            self._matrices[weight] = m
        return m

    def out_arcs(self):
        """Arcs grouped by tail node (cached): ``ptr`` (n+1), ``edge`` and ``back`` (True: enters at edge_v)."""
        if getattr(self, "_out", None) is None:
            two = np.flatnonzero(self.edge_twoway)
            tail = np.concatenate([self.edge_u, self.edge_v[two]])
            edge = np.concatenate([np.arange(self.n_edges), two])
            back = np.concatenate([np.zeros(self.n_edges, dtype=bool), np.ones(len(two), dtype=bool)])
            order = np.argsort(tail, kind="stable")
            ptr = np.zeros(self.n_nodes + 1, dtype=np.int64)
            np.cumsum(np.bincount(tail, minlength=self.n_nodes), out=ptr[1:])
            self._out = (ptr, edge[order], back[order])
        return self._out

    def edge_ends(self):
        """(n_edges×2×2) coordinates of ``edge_u`` and ``edge_v`` of every edge (cached)."""
        if getattr(self, "_ends", None) is None:
            self._ends = np.stack([self.node_xy[self.edge_u], self.node_xy[self.edge_v]], axis=1)
        return self._ends

    def edge_trails(self):
        """The edges arranged in trails, walks that go on through nodes, for drawing reached roads (cached).

        At every node the edge ends are paired two by two, so a walk arriving at a node leaves it by the
        paired edge; each walk (a path, or a cycle opened at its lowest edge) is one trail. Returns
        ``(walk, position, forward, opens)``: the edges in walking order, each edge's place in it, per
        place whether the edge is walked from ``edge_u`` to ``edge_v``, and whether a new trail starts there.
        """
        if getattr(self, "_trails", None) is None:
            self._trails = _trails(self.edge_u, self.edge_v)
        return self._trails

    def segment_index(self):
        """A cKDTree over short pieces of every edge, to find the nearest edge of a point."""
        if self._index is None:
            length = self.edge_length
            total = float(length.sum())
            # Pieces about one typical edge long keep the index near the edge count.
            piece = max(float(np.median(length)) if len(length) else 1.0, total / 2_000_000.0, 1.0)
            count = np.maximum(1, np.ceil(length / piece)).astype(np.int64)
            edge = np.repeat(np.arange(self.n_edges), count)
            start = np.repeat(np.cumsum(count) - count, count)
            frac = (np.arange(len(edge)) - start + 0.5) / count[edge]
            a = self.node_xy[self.edge_u[edge]]
            b = self.node_xy[self.edge_v[edge]]
            mid = a + (b - a) * frac[:, None]
            half = float((length / count).max()) / 2.0 if len(length) else 0.0
            # Built once per run and queried by a few thousand points: the quick sliding-midpoint build pays.
            self._index = (cKDTree(mid, balanced_tree=False, compact_nodes=False), edge, half)
        return self._index


def _min_matrix(tail, head, cost, size):
    """CSR matrix with the minimum cost of parallel arcs (csr_matrix would add them up).

    One sort by (tail, head) gives the CSR layout directly; parallel arcs keep their cheapest cost.
    """
    tail = np.asarray(tail, dtype=np.int64)
    key = tail * size + np.asarray(head, dtype=np.int64)
    order = np.argsort(key, kind="stable")
    key = key[order]
    cost = np.asarray(cost, dtype=float)[order]
    first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    if len(first) < len(key):
        cost = np.minimum.reduceat(cost, first)
        key = key[first]
    indptr = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(np.bincount(key // size, minlength=size), out=indptr[1:])
    return csr_matrix((cost, key % size, indptr), shape=(size, size))


def build_road_graph(parts, speeds_kmh, oneway, snap_tolerance=1.0, segment_length=None):
    """Build a :class:`RoadGraph` from line parts.

    Parameters
    ----------
    parts : list of (m×2) float arrays, vertices in metres (one per single line part).
    speeds_kmh : per part, positive km/h (replace null/zero speeds with defaults beforehand).
    oneway : per part, 0 both ways, 1 digitised direction only, -1 against it only.
    snap_tolerance : vertices closer than this (metres) become one node.
    segment_length : optional function ``f(a_xy, b_xy) -> lengths`` (k×2 arrays → k metres) replacing the
        planar length, e.g. ellipsoidal lengths to reproduce QGIS 3.22's network analysis exactly.

    Returns
    -------
    RoadGraph
    """
    speeds = np.asarray(speeds_kmh, dtype=float).reshape(-1)
    direction = np.asarray(oneway, dtype=float).reshape(-1)
    if len(speeds) != len(parts) or len(direction) != len(parts):
        raise PlannerError("One speed and one direction are needed per road line part.")
    if len(parts) == 0:
        raise PlannerError("The road layer has no usable lines.")
    bad = ~np.isfinite(speeds) | (speeds <= 0)
    if bad.any():
        raise PlannerError("{} road line(s) have a null, zero or negative speed; give a default speed.", int(bad.sum()))
    if snap_tolerance is None or not math.isfinite(snap_tolerance) or snap_tolerance < 0:
        raise PlannerError("The snapping tolerance must be zero or a positive distance in metres.")
    sizes = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
    try:
        xy = np.concatenate(parts).astype(float, copy=False)
    except ValueError:
        xy = None
    if xy is None or xy.shape != (int(sizes.sum()), 2):  # parts given as anything else than (m×2) arrays
        arrays = [np.asarray(p, dtype=float).reshape(-1, 2) for p in parts]
        sizes = np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays))
        xy = np.concatenate(arrays)
    if not np.isfinite(xy).all():
        raise PlannerError("Some road vertices have invalid coordinates.")
    node_of_vertex, node_xy = _snap_vertices(xy, float(snap_tolerance))
    # Segments: vertex k → k+1 inside each part.
    is_first = np.ones(len(xy), dtype=bool)
    is_first[np.cumsum(sizes) - 1] = False  # the last vertex of a part starts no segment
    first = np.flatnonzero(is_first)
    part_of_seg = np.repeat(np.arange(len(parts)), np.maximum(sizes - 1, 0))
    u = node_of_vertex[first]
    v = node_of_vertex[first + 1]
    keep = u != v
    u, v, part_of_seg = u[keep], v[keep], part_of_seg[keep]
    d = direction[part_of_seg]
    backward = d < 0
    u2 = np.where(backward, v, u)
    v2 = np.where(backward, u, v)
    if segment_length is None:
        length = np.hypot(*(node_xy[v2] - node_xy[u2]).T)
    else:
        length = np.asarray(segment_length(node_xy[u2], node_xy[v2]), dtype=float).reshape(-1)
    time = length / kmh_to_ms(speeds[part_of_seg])
    # Drop unused nodes (vertices of degenerate parts only) so every node lies on an edge.
    used = np.zeros(len(node_xy), dtype=bool)
    used[u2] = True
    used[v2] = True
    renumber = np.cumsum(used) - 1
    return RoadGraph(node_xy[used], renumber[u2], renumber[v2], d == 0, length, time, part_of_seg)


def _snap_vertices(xy, tolerance):
    """Node index of every vertex and node coordinates (the first vertex of each snapped cluster)."""
    n = len(xy)
    if n == 0:
        return np.zeros(0, dtype=np.int64), np.zeros((0, 2))
    if tolerance > 0:
        pairs = cKDTree(xy).query_pairs(tolerance, output_type="ndarray")
        if len(pairs):
            g = csr_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
            _, labels = connected_components(g, directed=False)
        else:
            labels = np.arange(n)
    else:
        keys = np.ascontiguousarray(xy + 0.0).view(np.complex128).reshape(-1)  # exact coordinate pairs
        _, labels = np.unique(keys, return_inverse=True)
        labels = labels.reshape(-1)
    # Number clusters by their first vertex; the node sits on that vertex.
    first_vertex = np.full(labels.max() + 1, n, dtype=np.int64)
    np.minimum.at(first_vertex, labels, np.arange(n))
    order = np.argsort(first_vertex)
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    node_of_vertex = rank[labels]
    node_xy = xy[first_vertex[order]]
    return node_of_vertex, node_xy


class Snap:
    """Where points join the network: ``edge`` (-1 when off-network), position ``t`` along the stored
    edge direction (0 at ``edge_u``, 1 at ``edge_v``), ``distance`` (access leg, metres) and the
    projected point ``xy``."""

    def __init__(self, edge, t, distance, xy):
        self.edge = edge
        self.t = t
        self.distance = distance
        self.xy = xy

    @property
    def on_network(self):
        return self.edge >= 0

    def __len__(self):
        return len(self.edge)


def _project(graph, pts, edges):
    a = graph.node_xy[graph.edge_u[edges]]
    b = graph.node_xy[graph.edge_v[edges]]
    ab = b - a
    denom = np.einsum("ij,ij->i", ab, ab)
    t = np.einsum("ij,ij->i", pts - a, ab) / np.where(denom > 0, denom, 1.0)
    t = np.clip(t, 0.0, 1.0)
    proj = a + ab * t[:, None]
    dist = np.hypot(*(pts - proj).T)
    return t, dist, proj


def snap_points(graph, xy, max_snap_distance=None):
    """Project each point onto its nearest road edge; points beyond ``max_snap_distance`` get edge -1."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    n = len(xy)
    edge = np.full(n, -1, dtype=np.int64)
    t = np.zeros(n)
    dist = np.full(n, np.inf)
    proj = np.full((n, 2), np.nan)
    if n == 0 or graph.n_edges == 0:
        return Snap(edge, t, dist, proj)
    tree, piece_edge, half = graph.segment_index()
    d0, j = tree.query(xy)
    _, d1, _ = _project(graph, xy, piece_edge[j])
    radius = d1 + half + 1e-6
    candidates = np.ones(n, dtype=bool)
    if max_snap_distance is not None:
        candidates = d0 - half <= max_snap_distance
    idx = np.flatnonzero(candidates)
    # Exact nearest edge: every edge closer than d1 has a piece midpoint within d1 + half.
    point_rows, edge_rows = [], []
    step = 20000
    for s in range(0, len(idx), step):
        chunk = idx[s:s + step]
        hits = tree.query_ball_point(xy[chunk], radius[chunk])
        counts = np.array([len(h) for h in hits], dtype=np.int64)
        point_rows.append(np.repeat(chunk, counts))
        edge_rows.append(piece_edge[np.concatenate([np.asarray(h, dtype=np.int64) for h in hits])]
                         if counts.sum() else np.zeros(0, dtype=np.int64))
    if point_rows:
        p = np.concatenate(point_rows)
        e = np.concatenate(edge_rows)
        pe = np.unique(np.stack([p, e], axis=1), axis=0)
        p, e = pe[:, 0], pe[:, 1]
        tt, dd, pp = _project(graph, xy[p], e)
        order = np.lexsort((e, dd, p))
        first = np.ones(len(order), dtype=bool)
        first[1:] = p[order][1:] != p[order][:-1]
        best = order[first]
        edge[p[best]] = e[best]
        t[p[best]] = tt[best]
        dist[p[best]] = dd[best]
        proj[p[best]] = pp[best]
    if max_snap_distance is not None:
        far = dist > max_snap_distance
        edge[far] = -1
    return Snap(edge, t, dist, proj)


def _access_cost(snap, weight, access_speed_kmh):
    if weight == "length":
        return snap.distance.copy()
    if access_speed_kmh is None:
        return np.zeros(len(snap))
    if not access_speed_kmh > 0:
        raise PlannerError("The access speed must be positive.")
    return snap.distance / (access_speed_kmh / 3.6)


def _origin_arcs(graph, snap, access, weight, first_node):
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


def _target_arcs(graph, snap, access, weight, first_node):
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
    a_from = _access_cost(s_from, weight, access_speed_kmh)
    a_to = _access_cost(s_to, weight, access_speed_kmh)
    n, n_from, n_to = graph.n_nodes, len(from_xy), len(to_xy)
    size = n + n_from + n_to
    o_arcs = _origin_arcs(graph, s_from, a_from, weight, n)
    t_arcs = _target_arcs(graph, s_to, a_to, weight, n + n_from)
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


class ServiceAreas:
    """Reachable road pieces per origin and threshold.

    Arrays of equal length: ``origin``, ``threshold`` (index into ``thresholds``), ``edge`` and the
    reached interval ``f0 < f1`` as fractions along the stored edge direction (0 at ``edge_u``).
    :func:`service_areas` returns them merged (``merged=True``): per (origin, threshold, edge) the
    intervals are disjoint; rows are grouped by origin, then threshold (edges in no particular order).
    """

    def __init__(self, thresholds, origin, threshold, edge, f0, f1, snap=None, merged=False):
        self.thresholds = thresholds
        self.origin = origin
        self.threshold = threshold
        self.edge = edge
        self.f0 = f0
        self.f1 = f1
        self.snap = snap
        self.merged = merged

    def __len__(self):
        return len(self.edge)


def _reached_pieces(graph, d, tval, w_safe, own=None):
    """Reached intervals of the edges for node costs ``d`` and budget ``tval`` (disjoint per edge).

    Rule (as QGIS' service area): an arc whose tail has cost ``c <= tval`` is reached over
    ``min(1, (tval - c) / cost)`` of its length from the tail; two-way edges are entered from both
    ends. ``own = (edge, lo, hi)`` adds the interval around an origin that lies inside an edge.
    Only the arcs leaving reached nodes are looked at.
    """
    ptr, arc_edge, arc_back = graph.out_arcs()
    nodes = np.flatnonzero(d <= tval)
    count = ptr[nodes + 1] - ptr[nodes]
    first = np.repeat(ptr[nodes] - np.cumsum(count) + count, count)
    arcs = first + np.arange(int(count.sum()))
    edge = arc_edge[arcs]
    back = arc_back[arcs]
    f = np.minimum(1.0, (tval - np.repeat(d[nodes], count)) / w_safe[edge])
    # Pieces entered at edge_u: [0, f]; at edge_v: [1 - f, 1]. Where both meet the edge is complete.
    fwd = ~back
    e_fwd, f_fwd = edge[fwd], f[fwd]
    e_back, f_back = edge[back], f[back]
    reach_u = np.full(graph.n_edges, -1.0)
    reach_u[e_fwd] = f_fwd
    meet = reach_u[e_back] >= 1.0 - f_back
    reach_u[e_back[meet]] = 1.0
    e_back, f_back = e_back[~meet], f_back[~meet]
    edge = np.concatenate([e_fwd, e_back])
    f0 = np.concatenate([np.zeros(len(e_fwd)), 1.0 - f_back])
    f1 = np.concatenate([reach_u[e_fwd], np.ones(len(e_back))])
    if own is not None:
        e0, lo, hi = own
        at = np.flatnonzero(edge == e0)
        spans = sorted([(f0[i], f1[i]) for i in at] + [(lo, hi)])
        merged = []
        for x0, x1 in spans:
            if merged and x0 <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], x1)
            else:
                merged.append([x0, x1])
        edge = np.concatenate([np.delete(edge, at), np.full(len(merged), e0)])
        f0 = np.concatenate([np.delete(f0, at), [m[0] for m in merged]])
        f1 = np.concatenate([np.delete(f1, at), [m[1] for m in merged]])
    good = f1 > f0
    return edge[good], f0[good], f1[good]


class AreaCollector:
    """Reached road pieces of origins, built from their node costs (one Dijkstra row per origin).

    ``snap`` and ``access`` (access-leg cost plus any start cost, per origin) describe where the origins
    join the network; :meth:`add` takes the node costs of one origin (start cost included) and
    :meth:`result` returns the merged :class:`ServiceAreas`.
    """

    def __init__(self, graph, snap, access, thresholds, weight="time"):
        self.graph = graph
        self.snap = snap
        self.access = np.asarray(access, dtype=float).reshape(-1)
        self.th = np.asarray(thresholds, dtype=float).reshape(-1)
        w = graph.edge_weight(weight)
        self.w_safe = np.where(w > 0, w, 1e-12)
        self.out = {k: [] for k in ("origin", "threshold", "edge", "f0", "f1")}

    def add(self, o, d):
        graph, out = self.graph, self.out
        e0, t0 = self.snap.edge[o], self.snap.t[o]
        for k, tval in enumerate(self.th):
            own = None
            budget = tval - self.access[o]
            if budget >= 0 and 0.0 < t0 < 1.0:
                reach = budget / self.w_safe[e0]
                lo = max(0.0, t0 - reach) if graph.edge_twoway[e0] else t0
                own = (e0, lo, min(1.0, t0 + reach))
            edge, f0, f1 = _reached_pieces(graph, d, tval, self.w_safe, own)
            out["origin"].append(np.full(len(edge), o, dtype=np.int32))
            out["threshold"].append(np.full(len(edge), k, dtype=np.int16))
            out["edge"].append(edge.astype(np.int32))
            out["f0"].append(f0)
            out["f1"].append(f1)

    def result(self):
        arrays = {k: (np.concatenate(v) if v else np.zeros(0)) for k, v in self.out.items()}
        return ServiceAreas(
            self.th,
            arrays["origin"].astype(np.int32, copy=False),
            arrays["threshold"].astype(np.int16, copy=False),
            arrays["edge"].astype(np.int32, copy=False),
            arrays["f0"].astype(float, copy=False),
            arrays["f1"].astype(float, copy=False),
            self.snap,
            merged=True,
        )


def service_areas(graph, origin_xy, thresholds, weight="time", access_speed_kmh=None, max_snap_distance=None,
                  start_costs=None, monitor=None):
    """Road pieces reachable from each origin within each threshold (partial edges cut at the threshold).

    Semantics follow QGIS' service area: from every node reached within the threshold ``T`` (cost
    ``d``) each outgoing arc is reached over ``min(1, (T - d) / cost)`` of its length. The origin's own
    edge is also reached on both sides of its projection (one side on a one-way edge) as far as the
    remaining budget allows.

    ``start_costs`` (per origin, same unit as ``weight``) is added before travel (e.g. readiness delay).
    Returns merged :class:`ServiceAreas`.
    """
    monitor = ensure(monitor)
    th = np.asarray(thresholds, dtype=float).reshape(-1)
    if len(th) == 0 or not (th > 0).all():
        raise PlannerError("Thresholds must be positive.")
    origin_xy = np.asarray(origin_xy, dtype=float).reshape(-1, 2)
    snap = snap_points(graph, origin_xy, max_snap_distance)
    access = _access_cost(snap, weight, access_speed_kmh)
    if start_costs is not None:
        access = access + np.asarray(start_costs, dtype=float).reshape(-1)
    n = graph.n_nodes
    size = n + len(origin_xy)
    arcs = _origin_arcs(graph, snap, access, weight, n)
    m = graph.matrix(weight, extra=arcs, size=size)
    collector = AreaCollector(graph, snap, access, th, weight)
    tmax = float(th.max())
    origins = np.flatnonzero(snap.edge >= 0)
    batch = max(1, min(len(origins), BATCH_CELLS // max(size, 1))) if len(origins) else 1
    for s in range(0, len(origins), batch):
        chunk = origins[s:s + batch]
        dist = dijkstra(m, directed=True, indices=n + chunk, limit=tmax * (1 + 1e-12) + 1e-9)
        for r, o in enumerate(chunk):
            monitor.step((s + r) / max(len(origins), 1))
            collector.add(o, dist[r, :n])
    monitor.step(1.0)
    return collector.result()


def merge_pieces(areas):
    """Union of the reached intervals per (origin, threshold, edge).

    Returns arrays ``origin, threshold, edge, f0, f1`` with disjoint intervals (sorted, unless the input
    is already merged).
    """
    if getattr(areas, "merged", False):
        return areas.origin, areas.threshold, areas.edge, areas.f0, areas.f1  # already disjoint, grouped
    if len(areas) == 0:
        z = np.zeros(0, dtype=np.int64)
        return z, z, z, np.zeros(0), np.zeros(0)
    keep = areas.f1 > areas.f0
    o, k, e = areas.origin[keep], areas.threshold[keep], areas.edge[keep]
    f0, f1 = areas.f0[keep], areas.f1[keep]
    order = np.lexsort((f0, e, k, o))
    o, k, e, f0, f1 = o[order], k[order], e[order], f0[order], f1[order]
    new_group = np.ones(len(o), dtype=bool)
    new_group[1:] = (o[1:] != o[:-1]) | (k[1:] != k[:-1]) | (e[1:] != e[:-1])
    # Running maximum of f1 inside each group decides where a new interval starts.
    group = np.cumsum(new_group) - 1
    running = _group_cummax(f1, group)
    prev_end = np.empty_like(running)
    prev_end[0] = -1.0
    prev_end[1:] = running[:-1]
    starts = new_group | (f0 > prev_end + 1e-12)
    interval = np.cumsum(starts) - 1
    n_int = interval[-1] + 1
    out_f0 = f0[starts]
    out_f1 = np.full(n_int, -np.inf)
    np.maximum.at(out_f1, interval, f1)
    return o[starts], k[starts], e[starts], out_f0, out_f1


def _group_cummax(values, group):
    """Cumulative maximum of ``values`` restarting at each new group (groups are contiguous)."""
    offset = group.astype(float) * 4.0  # fractions live in [0, 1]; groups never mix after the shift
    return np.maximum.accumulate(values + offset) - offset


def piece_segments(graph, edge, f0, f1):
    """(k×2×2) start and end points of pieces ``[f0, f1]`` of the stored edges."""
    seg = graph.edge_ends()[np.asarray(edge)]  # whole edges: start and end vertex
    f0 = np.asarray(f0, dtype=float)
    f1 = np.asarray(f1, dtype=float)
    part = np.flatnonzero((f0 > 0.0) | (f1 < 1.0))  # only cut pieces need interpolating
    if len(part):
        a = seg[part, 0]
        ab = seg[part, 1] - a
        # An end at a node keeps the node's exact coordinates, so pieces meeting there share a vertex.
        seg[part, 0] = np.where(f0[part, None] > 0.0, a + ab * f0[part, None], a)
        seg[part, 1] = np.where(f1[part, None] < 1.0, a + ab * f1[part, None], seg[part, 1])
    return seg


def _trails(edge_u, edge_v):
    """See :meth:`RoadGraph.edge_trails`."""
    m = len(edge_u)
    if m == 0:
        z = np.zeros(0, dtype=np.int64)
        return z, z, np.zeros(0, dtype=bool), np.zeros(0, dtype=bool)
    # Half-edge 2e is edge e's end at edge_u, 2e + 1 its end at edge_v; pair the ends at each node.
    node = np.stack([edge_u, edge_v], axis=1).reshape(-1)
    half = np.argsort(node, kind="stable")
    key = node[half]
    run_start = np.r_[True, key[1:] != key[:-1]]
    rank = np.arange(len(key)) - np.maximum.accumulate(np.where(run_start, np.arange(len(key)), 0))
    pair = np.flatnonzero((rank[:-1] % 2 == 0) & ~run_start[1:])  # half[i] pairs with half[i + 1]
    mate = np.full(2 * m, -1, dtype=np.int64)
    mate[half[pair]] = half[pair + 1]
    mate[half[pair + 1]] = half[pair]
    # Trails are paths or cycles of edges; a cycle is opened at its lowest edge (its edge_u end).
    # (Two edges paired at both ends repeat a neighbour: the undirected search takes that, scipy's strong one hangs.)
    n_trails, label = connected_components(_neighbour_matrix(mate.reshape(m, 2) // 2, m), directed=False)
    is_end = (mate[0::2] < 0) | (mate[1::2] < 0)
    first_any = np.empty(n_trails, dtype=np.int64)
    first_any[label[::-1]] = np.arange(m)[::-1]  # lowest edge of each trail (the last write wins)
    ends = np.flatnonzero(is_end)
    first_end = np.full(n_trails, m, dtype=np.int64)
    first_end[label[ends[::-1]]] = ends[::-1]
    cycle = first_end == m
    cut = 2 * first_any[cycle]
    start = np.where(cycle, first_any, first_end)
    finish = np.full(n_trails, m, dtype=np.int64)  # a path's last end; a cycle's edge beyond the cut
    finish[label[ends]] = ends  # highest end of each trail (the last write wins)
    finish[cycle] = mate[cut] // 2
    mate[mate[cut]] = -1
    mate[cut] = -1
    # Each trail's last edge is linked to the next trail's first: one long path, walked depth first.
    order = np.argsort(start)
    onward = np.full(m, -1, dtype=np.int64)
    onward[finish[order[:-1]]] = start[order[1:]]
    backward = np.full(m, -1, dtype=np.int64)
    backward[start[order[1:]]] = finish[order[:-1]]
    links = np.concatenate([mate.reshape(m, 2) // 2, onward[:, None], backward[:, None]], axis=1)
    walk, pred = depth_first_order(_neighbour_matrix(links, m), start[order[0]], return_predecessors=True)
    opens = np.zeros(m, dtype=bool)
    opens[start] = True
    opens = opens[walk]
    # An edge is entered by the end paired with the edge before it (a trail's first edge by its free end).
    mate_u = mate[2 * walk]
    forward = np.where(opens, mate_u < 0, (mate_u >= 0) & (mate_u // 2 == pred[walk]))
    position = np.empty(m, dtype=np.int64)
    position[walk] = np.arange(m)
    return walk, position, forward, opens


def _neighbour_matrix(neighbours, m):
    """Symmetric (m×m) adjacency in CSR from each row's neighbour ids (-1 = none), built without sorting."""
    valid = neighbours >= 0
    indptr = np.zeros(m + 1, dtype=np.int64)
    np.cumsum(valid.sum(axis=1), out=indptr[1:])
    indices = neighbours[valid]
    return csr_matrix((np.ones(len(indices)), indices, indptr), shape=(m, m))


def piece_lines(graph, group, edge, f0, f1):
    """Reached pieces as polylines, per group (e.g. one depot and threshold).

    Whole edges that follow each other along one of the graph's trails (:meth:`RoadGraph.edge_trails`)
    are joined into one polyline; pieces cut at the threshold stay two-point lines. QGIS spends most of
    the time of writing a service area per line part, so a few thousand long lines write several times
    faster (and make smaller files) than a million two-point lines. ``group`` must be non-decreasing.

    Returns ``(points, counts, line_group)``: the vertices of all polylines one after another, the
    vertex count of each polyline and its group (non-decreasing). Every piece is exactly one segment
    between consecutive vertices of one polyline.
    """
    group = np.asarray(group, dtype=np.int64).reshape(-1)
    edge = np.asarray(edge, dtype=np.int64).reshape(-1)
    f0 = np.asarray(f0, dtype=float).reshape(-1)
    f1 = np.asarray(f1, dtype=float).reshape(-1)
    if len(edge) == 0:
        return np.zeros((0, 2)), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    walk, position, forward, opens = graph.edge_trails()
    n_edges = graph.n_edges
    whole = (f0 <= 0.0) & (f1 >= 1.0)
    # Whole edges ordered by (group, place on the trails); merged pieces make each pair unique.
    key = group[whole] * n_edges + position[edge[whole]]
    n_keys = (int(group[-1]) + 1) * n_edges
    if n_keys <= 64 * max(len(key), 1_000_000):
        table = np.zeros(n_keys, dtype=bool)
        table[key] = True
        key = np.flatnonzero(table)
    else:
        key = np.sort(key)
    g, place = np.divmod(key, n_edges)
    joins = (g[1:] == g[:-1]) & (place[1:] == place[:-1] + 1) & ~opens[place[1:]]
    line_open = np.flatnonzero(np.r_[True, ~joins]) if len(key) else np.zeros(0, dtype=np.int64)
    e, fwd = walk[place], forward[place]
    # Vertices as ids: graph nodes, then the ends of the cut pieces. A run is its first edge's entry
    # node followed by every edge's exit node.
    vertex = np.insert(np.where(fwd, graph.edge_v[e], graph.edge_u[e]), line_open,
                       np.where(fwd[line_open], graph.edge_u[e[line_open]], graph.edge_v[e[line_open]]))
    run_counts = np.diff(np.r_[line_open, len(key)]) + 1
    cut = np.flatnonzero(~whole)
    cut_seg = piece_segments(graph, edge[cut], f0[cut], f1[cut])
    visible = (cut_seg[:, 0] != cut_seg[:, 1]).any(axis=1)  # a sliver too short for the coordinates is dropped
    n_cut = int(visible.sum())
    xy = np.concatenate([graph.node_xy, cut_seg[visible].reshape(-1, 2)])
    vertex = np.concatenate([vertex, graph.n_nodes + np.arange(2 * n_cut)])
    # Cut pieces (two-point lines) merged in by group.
    line_group = np.concatenate([g[line_open], group[cut[visible]]])
    counts = np.concatenate([run_counts, np.full(n_cut, 2, dtype=np.int64)])
    order = np.argsort(line_group, kind="stable")
    source_first = (np.cumsum(counts) - counts)[order]
    counts, line_group = counts[order], line_group[order]
    vertex = vertex[np.repeat(source_first - (np.cumsum(counts) - counts), counts) + np.arange(len(vertex))]
    points = xy[vertex]
    return points, counts, line_group


def node_costs(graph, origin_xy, cutoff, weight="time", access_speed_kmh=None, max_snap_distance=None):
    """Dense (origins × nodes) network costs, inf beyond the cutoff; for small graphs and tests."""
    origin_xy = np.asarray(origin_xy, dtype=float).reshape(-1, 2)
    snap = snap_points(graph, origin_xy, max_snap_distance)
    access = _access_cost(snap, weight, access_speed_kmh)
    n = graph.n_nodes
    arcs = _origin_arcs(graph, snap, access, weight, n)
    m = graph.matrix(weight, extra=arcs, size=n + len(origin_xy))
    out = np.full((len(origin_xy), n), np.inf)
    ok = np.flatnonzero(snap.edge >= 0)
    if len(ok):
        out[ok] = dijkstra(m, directed=True, indices=n + ok, limit=cutoff)[:, :n]
    return out


def area_mask(segments, distance, cell=None, max_cells=4_000_000):
    """Cells within ``distance`` of any segment: a raster buffer that QGIS turns into area polygons.

    ``segments`` (k×2×2). Every segment is sampled at most half a cell apart, the touched cells are
    marked and dilated by a disk of ``distance``. Returns ``(mask, x0, y0, cell)`` with ``mask[row, col]``
    covering ``[x0 + col·cell, x0 + (col+1)·cell] × [y0 + row·cell, y0 + (row+1)·cell]``. A planner's
    readable area at a fraction of the cost of buffering thousands of road pieces exactly.
    """
    from scipy import ndimage

    seg = np.asarray(segments, dtype=float).reshape(-1, 2, 2)
    if len(seg) == 0 or not distance > 0:
        return np.zeros((0, 0), dtype=bool), 0.0, 0.0, float(cell or 1.0)
    # distance = 4.5 cells: the marked cell plus 4 dilated cells each side give exactly 2 x distance across.
    cell = float(cell or distance / 4.5)
    lo = seg.reshape(-1, 2).min(axis=0) - distance - cell
    hi = seg.reshape(-1, 2).max(axis=0) + distance + cell
    while np.prod(np.ceil((hi - lo) / cell)) > max_cells:
        cell *= 1.5
    shape = np.ceil((hi - lo) / cell).astype(int)[::-1]  # rows (y), cols (x)
    length = np.hypot(*(seg[:, 1] - seg[:, 0]).T)
    count = np.ceil(length / (cell / 2.0)).astype(np.int64) + 1
    owner = np.repeat(np.arange(len(seg)), count)
    step = np.arange(len(owner)) - np.repeat(np.cumsum(count) - count, count)
    frac = step / np.maximum(count[owner] - 1, 1)
    pts = seg[owner, 0] + (seg[owner, 1] - seg[owner, 0]) * frac[:, None]
    col = ((pts[:, 0] - lo[0]) / cell).astype(np.int64)
    row = ((pts[:, 1] - lo[1]) / cell).astype(np.int64)
    mask = np.zeros(shape, dtype=bool)
    mask[row, col] = True
    radius = distance / cell
    r = int(np.ceil(radius))
    yy, xx = np.mgrid[-r:r + 1, -r:r + 1]
    disk = (xx * xx + yy * yy) <= radius * radius
    rr, cc = np.nonzero(mask)
    dy, dx = yy[disk], xx[disk]
    if len(rr) * len(dy) < 30 * mask.size and rr.min() >= r and cc.min() >= r and rr.max() < shape[0] - r \
            and cc.max() < shape[1] - r:
        # Sparse marks: set the disk around every marked cell (the same cells as the dilation, far faster).
        out = np.zeros(mask.size, dtype=bool)
        flat = rr * shape[1] + cc
        for a, b in zip(dy.tolist(), dx.tolist()):
            out[flat + (a * shape[1] + b)] = True
        mask = out.reshape(shape)
    else:
        mask = ndimage.binary_dilation(mask, structure=disk)
    return mask, float(lo[0]), float(lo[1]), cell


def mask_runs(mask):
    """Horizontal runs of True cells: arrays ``row, col_start, col_end`` (end exclusive)."""
    if mask.size == 0:
        z = np.zeros(0, dtype=np.int64)
        return z, z, z
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    change = np.diff(padded, axis=1)
    rows_s, starts = np.nonzero(change == 1)
    rows_e, ends = np.nonzero(change == -1)
    return rows_s, starts, ends
