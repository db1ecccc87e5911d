"""Where points (depots, risk sources, candidates) join the road network.

A point joins at its orthogonal projection onto the nearest edge, which may fall inside an edge (a
*partial edge*). The straight off-network *access leg* costs its length (``weight="length"``) or its
length at ``access_speed_kmh`` (``weight="time"``; free when no access speed is given, as in QGIS).
"""

import numpy as np

from ..messages import PlannerError


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


def access_cost(snap, weight, access_speed_kmh):
    if weight == "length":
        return snap.distance.copy()
    if access_speed_kmh is None:
        return np.zeros(len(snap))
    if not access_speed_kmh > 0:
        raise PlannerError("The access speed must be positive.")
    return snap.distance / (access_speed_kmh / 3.6)

