"""Road network graph: snapped nodes and directed, timed edges (one-way streets stored traversable).

Model
-----
* Every segment of every line part is an edge between two nodes; vertices closer than
  ``snap_tolerance`` are merged into one node (``scipy.spatial.cKDTree``), so lines connect where
  their vertices (nearly) coincide, as in QGIS' network analysis. Lines that merely cross without a
  shared vertex do not connect (an over-/underpass).
* Edge length is the planar segment length in metres; the edge cost in seconds comes from
  :func:`.costs.edge_times` (the one place where a cost per edge is computed). ``oneway`` per part:
  0 both directions, 1 only in the digitised direction, -1 only against it (such edges are stored
  reversed by :func:`.costs.orient_segments`, so every stored edge ``u → v`` is always traversable).

Only numpy/scipy; no QGIS.
"""

import math

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components, depth_first_order
from scipy.spatial import cKDTree

from ..messages import PlannerError
from ..segment_index import SegmentIndex
from .costs import edge_times, orient_segments


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

    def without(self, closed):
        """The graph without the edges where ``closed`` is True (same nodes; ``edge_id`` maps back)."""
        keep = np.flatnonzero(~np.asarray(closed, dtype=bool))
        g = RoadGraph(self.node_xy, self.edge_u[keep], self.edge_v[keep], self.edge_twoway[keep],
                      self.edge_length[keep], self.edge_time[keep], self.edge_part[keep])
        g.edge_id = self.edge_id[keep]
        return g

    def with_times(self, edge_time):
        """The same graph with other edge times (a time-of-day scenario); geometry and indexes are shared."""
        g = RoadGraph.__new__(RoadGraph)
        g.__dict__.update({k: v for k, v in self.__dict__.items() if k != "_matrices"})
        g.edge_time = np.asarray(edge_time, dtype=float)
        g._matrices = {}
        return g

    @property
    def edge_id(self):
        """Index of each edge in the graph as built (edges closed by road rules are left out of a sub-graph)."""
        if getattr(self, "_edge_id", None) is None:
            self._edge_id = np.arange(self.n_edges)
        return self._edge_id

    @edge_id.setter
    def edge_id(self, value):
        self._edge_id = value

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
        """The :class:`~..segment_index.SegmentIndex` of the edges, to find the nearest edge of a point."""
        if self._index is None:
            self._index = SegmentIndex(self.node_xy[self.edge_u], self.node_xy[self.edge_v])
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
    if not keep.any():
        if snap_tolerance > 0 and len(first) and (xy[first] != xy[first + 1]).any():
            raise PlannerError(
                "No road segment is left once vertices closer than {:g} m are merged: the snapping tolerance is "
                "as long as the roads. Use a smaller snapping tolerance (e.g. 1 m).", float(snap_tolerance))
        raise PlannerError("The road layer has no usable lines.")
    u, v, part_of_seg = u[keep], v[keep], part_of_seg[keep]
    u2, v2, twoway = orient_segments(u, v, direction[part_of_seg])
    if segment_length is None:
        length = np.hypot(*(node_xy[v2] - node_xy[u2]).T)
    else:
        length = np.asarray(segment_length(node_xy[u2], node_xy[v2]), dtype=float).reshape(-1)
    time = edge_times(length, speeds[part_of_seg])
    # Drop unused nodes (vertices of degenerate parts only) so every node lies on an edge.
    used = np.zeros(len(node_xy), dtype=bool)
    used[u2] = True
    used[v2] = True
    renumber = np.cumsum(used) - 1
    return RoadGraph(node_xy[used], renumber[u2], renumber[v2], twoway, length, time, part_of_seg)



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
        labels = _exact_labels(np.ascontiguousarray(xy + 0.0))
    # Number clusters by their first vertex; the node sits on that vertex.
    first_vertex = np.full(labels.max() + 1, n, dtype=np.int64)
    np.minimum.at(first_vertex, labels, np.arange(n))
    order = np.argsort(first_vertex)
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    node_of_vertex = rank[labels]
    node_xy = xy[first_vertex[order]]
    return node_of_vertex, node_xy



def _exact_labels(xy):
    """Cluster label per vertex: vertices with exactly the same coordinates share one (any numbering).

    One integer sort of a hash of both coordinates' bits (much quicker than sorting coordinate pairs);
    should two different points share a hash, the exact pair sort is used instead.
    """
    bits = xy.view(np.uint64).reshape(-1, 2)
    with np.errstate(over="ignore"):
        key = (bits[:, 0] * np.uint64(0x9E3779B97F4A7C15)) ^ (bits[:, 1] + np.uint64(0x632BE59BD9B4E019))
    _, first, labels = np.unique(key, return_index=True, return_inverse=True)
    labels = labels.reshape(-1)
    if np.array_equal(bits[first[labels]], bits):
        return labels
    _, labels = np.unique(xy.view(np.complex128).reshape(-1), return_inverse=True)
    return labels.reshape(-1)


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

