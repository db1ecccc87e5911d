"""Service areas: the road pieces reachable from each origin within each threshold, merged, as lines.

Semantics follow QGIS' service area: from every node reached within the threshold ``T`` (cost ``d``)
each outgoing arc is reached over ``min(1, (T - d) / cost)`` of its length; partial edges are cut at
the threshold.
"""


import numpy as np
from scipy.sparse.csgraph import dijkstra

from ..messages import PlannerError
from ..monitor import ensure
from .costs import BATCH_CELLS, origin_arcs
from .snapping import access_cost, snap_points


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


def _reached_pieces(graph, d, tval, w_safe, own=None, reached=None):
    """Reached intervals of the edges for node costs ``d`` and budget ``tval`` (disjoint per edge).

    Rule (as QGIS' service area): an arc whose tail has cost ``c <= tval`` is reached over
    ``min(1, (tval - c) / cost)`` of its length from the tail; two-way edges are entered from both
    ends. ``own = (edge, lo, hi)`` adds the interval around an origin that lies inside an edge.
    Only the arcs leaving reached nodes are looked at; ``reached = (nodes, costs)`` (ascending nodes with a
    cost of at most some budget ≥ ``tval``) spares a pass over every node's cost.
    """
    ptr, arc_edge, arc_back = graph.out_arcs()
    if reached is None:
        nodes = np.flatnonzero(d <= tval)
        dn = d[nodes]
    else:
        keep = reached[1] <= tval
        nodes, dn = reached[0][keep], reached[1][keep]
    count = ptr[nodes + 1] - ptr[nodes]
    first = np.repeat(ptr[nodes] - np.cumsum(count) + count, count)
    arcs = first + np.arange(int(count.sum()))
    edge = arc_edge[arcs]
    back = arc_back[arcs]
    f = np.minimum(1.0, (tval - np.repeat(dn, count)) / w_safe[edge])
    # Pieces entered at edge_u: [0, f]; at edge_v: [1 - f, 1]. Where both meet the edge is complete.
    fwd = ~back
    e_fwd, f_fwd = edge[fwd], f[fwd]
    e_back, f_back = edge[back], f[back]
    reach_u = _scratch(graph)
    reach_u[e_fwd] = f_fwd
    meet = reach_u[e_back] >= 1.0 - f_back
    met = e_back[meet]
    reach_u[met] = 1.0
    e_back, f_back = e_back[~meet], f_back[~meet]
    edge = np.concatenate([e_fwd, e_back])
    f0 = np.concatenate([np.zeros(len(e_fwd)), 1.0 - f_back])
    f1 = np.concatenate([reach_u[e_fwd], np.ones(len(e_back))])
    reach_u[e_fwd] = -1.0  # leave the scratch array as found
    reach_u[met] = -1.0
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


def _scratch(graph):
    """A per-edge array of -1 kept on the graph (reset by its user), to avoid one allocation per search."""
    buf = getattr(graph, "_reach_scratch", None)
    if buf is None or len(buf) != graph.n_edges:
        buf = np.full(graph.n_edges, -1.0)
        graph._reach_scratch = buf
    return buf


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

    def add(self, o, d, start=0.0):
        """Pieces reached by origin ``o`` whose node costs are ``d + start`` (``start``: e.g. its readiness)."""
        graph, out = self.graph, self.out
        e0, t0 = self.snap.edge[o], self.snap.t[o]
        nodes = np.flatnonzero(d <= self.th.max() - start + 1e-9 * max(1.0, self.th.max()))
        reached = (nodes, d[nodes] + start)
        for k, tval in enumerate(self.th):
            own = None
            budget = tval - self.access[o]
            if budget >= 0 and 0.0 < t0 < 1.0:
                reach = budget / self.w_safe[e0]
                lo = max(0.0, t0 - reach) if graph.edge_twoway[e0] else t0
                own = (e0, lo, min(1.0, t0 + reach))
            edge, f0, f1 = _reached_pieces(graph, None, tval, self.w_safe, own, reached)
            out["origin"].append(np.full(len(edge), o, dtype=np.int32))
            out["threshold"].append(np.full(len(edge), k, dtype=np.int16))
            out["edge"].append(edge.astype(np.int32))
            out["f0"].append(f0)
            out["f1"].append(f1)

    def groups(self):
        """The pieces as :class:`AreaGroups` straight from the searches (one group per origin and threshold with
        reached pieces; nothing is concatenated)."""
        out, keep = self.out, [i for i, e in enumerate(self.out["edge"]) if len(e)]
        length = self.graph.edge_length
        road_km = [float(np.bincount(np.zeros(len(out["edge"][i]), dtype=np.int64),
                                     weights=length[out["edge"][i]] * (out["f1"][i] - out["f0"][i]))[0]) / 1000.0
                   for i in keep]
        return AreaGroups([int(out["origin"][i][0]) for i in keep], [int(out["threshold"][i][0]) for i in keep],
                          road_km, [out["edge"][i] for i in keep], [out["f0"][i] for i in keep],
                          [out["f1"][i] for i in keep])

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
    access = access_cost(snap, weight, access_speed_kmh)
    if start_costs is not None:
        access = access + np.asarray(start_costs, dtype=float).reshape(-1)
    n = graph.n_nodes
    size = n + len(origin_xy)
    arcs = origin_arcs(graph, snap, access, weight, n)
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



class AreaGroups:
    """Merged service areas grouped per (origin, threshold): per group ``g`` the pieces ``edges[g], f0s[g], f1s[g]``.

    ``draw_order`` lists the groups largest threshold first (then by origin), so smaller areas draw on top.
    Groups are kept apart (no array of every piece of every group) so that lines can be built a run of groups
    at a time.
    """

    def __init__(self, origin, threshold, road_km, edges, f0s, f1s):
        self.origin = np.asarray(origin, dtype=np.int64)
        self.threshold = np.asarray(threshold, dtype=np.int64)
        self.road_km = np.asarray(road_km, dtype=float)
        self.edges, self.f0s, self.f1s = edges, f0s, f1s
        self.draw_order = sorted(range(len(self.origin)), key=lambda g: (-int(self.threshold[g]), int(self.origin[g])))

    def __len__(self):
        return len(self.origin)

    def size(self, g):
        return len(self.edges[g])

    def segments(self, graph, g):
        """(k×2×2) road pieces of group ``g``."""
        return piece_segments(graph, self.edges[g], self.f0s[g], self.f1s[g])

    def lines(self, graph, groups=None):
        """``(points, counts, line_group)`` of the pieces of ``groups`` (default: all) joined into polylines (see
        :func:`piece_lines`); ``line_group`` is the position in ``groups``."""
        groups = list(range(len(self))) if groups is None else [int(g) for g in groups]
        if not groups:
            return piece_lines(graph, np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), np.zeros(0))
        size = np.array([self.size(g) for g in groups], dtype=np.int64)
        return piece_lines(graph, np.repeat(np.arange(len(groups)), size),
                           np.concatenate([self.edges[g] for g in groups]),
                           np.concatenate([self.f0s[g] for g in groups]),
                           np.concatenate([self.f1s[g] for g in groups]))

    def chunks(self, max_pieces=1_000_000, max_groups=16):
        """``draw_order`` cut into runs of at most ``max_groups`` groups and about ``max_pieces`` pieces, so that
        lines can be built and written a run at a time (memory bounded by the run, not by the whole output)."""
        run, pieces = [], 0
        for g in self.draw_order:
            size = self.size(g)
            if run and (len(run) >= max_groups or pieces + size > max_pieces):
                yield run
                run, pieces = [], 0
            run.append(g)
            pieces += size
        if run:
            yield run


def group_areas(graph, areas):
    """:class:`AreaGroups` of :class:`ServiceAreas` (merged first when needed), with road length per group."""
    origin, k, edge, f0, f1 = merge_pieces(areas)  # grouped by origin, then threshold
    opens = np.r_[True, (origin[1:] != origin[:-1]) | (k[1:] != k[:-1])] if len(origin) else np.zeros(0, bool)
    group = np.cumsum(opens) - 1
    start = np.flatnonzero(opens)
    n_groups = len(start)
    road_km = np.bincount(group, weights=graph.edge_length[edge] * (f1 - f0), minlength=n_groups) / 1000.0
    return AreaGroups(origin[start], k[start], road_km, np.split(edge, start[1:]), np.split(f0, start[1:]),
                      np.split(f1, start[1:]))
