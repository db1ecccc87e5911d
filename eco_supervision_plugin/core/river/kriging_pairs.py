"""Pair geometry for stream-network covariances: flow distance, branch weight, junction distances, straight line.

Flow-unconnected points q and s (neither downstream of the other) meet at the upstream end of the
lowest reach L that both flow into (their common junction); ``a``/``b`` are the longer/shorter of
their distances to it (Ver Hoef & Peterson 2010). L is found without walking every pair: the tree
path of s to its outlet is a chain of nested pre-order intervals [tin, tout) (inner first), so the
innermost one holding q's reach is the larger of two binary searches.
"""

import numpy as np
from scipy.spatial.distance import cdist

from .covariance import PairGeometry


def points_xy(net, reach, pos):
    """Map coordinates of points ``(reach, pos)`` (vectorised: one interpolation over all vertices)."""
    reach = np.asarray(reach, dtype=np.int64)
    pos = np.asarray(pos, dtype=float)
    if not len(reach):
        return np.zeros((0, 2))
    xy = np.concatenate(net.reach_xy)
    counts = np.array([len(p) for p in net.reach_xy])
    first = np.concatenate(([0], np.cumsum(counts)[:-1]))
    step = np.hypot(*np.diff(xy, axis=0).T)
    step[first[1:] - 1] = 0.0  # no step between the last vertex of a reach and the first of the next
    cum = np.concatenate(([0.0], np.cumsum(step)))
    # adding the reach index makes the key strictly increasing across reaches
    base = cum[first]
    offset = np.arange(len(counts), dtype=float)
    key_v = cum + np.repeat(offset, counts)
    lengths = cum[first + counts - 1] - base
    key = base[reach] + np.clip(pos, 0.0, lengths[reach]) + offset[reach]
    j = np.clip(np.searchsorted(key_v, key, side="right") - 1, first[reach], first[reach] + counts[reach] - 2)
    j2 = j + 1
    span = key_v[j2] - key_v[j]
    t = np.where(span > 0, (key - key_v[j]) / np.where(span > 0, span, 1.0), 0.0)
    return xy[j] + t[:, None] * (xy[j2] - xy[j])


def junction_distance(net, q_reach, s_reach):
    """Distance to the outlet of the common junction of reaches ``q_reach`` (rows) and ``s_reach`` (columns).

    NaN where the reaches lie on separate networks (their pairs get a = inf, b = 0: no covariance). For
    reaches where one flows into the other the value is not used (such pairs are flow-connected).
    """
    q_reach = np.asarray(q_reach, dtype=np.int64)
    s_reach = np.asarray(s_reach, dtype=np.int64)
    tq = net.tin[q_reach]
    out = np.full((len(q_reach), len(s_reach)), np.nan)
    top = net.dist_end + net.length  # distance to the outlet of each reach's upstream end
    paths = {}
    for j, r in enumerate(s_reach):
        r = int(r)
        if r not in paths:
            path = []
            while r >= 0:
                path.append(r)
                r = int(net.down[r])
            path = np.array(path, dtype=np.int64)
            paths[int(s_reach[j])] = (path, -net.tin[path], net.tout[path])
        path, neg_tin, tout = paths[int(s_reach[j])]
        k = np.maximum(np.searchsorted(neg_tin, -tq, side="left"), np.searchsorted(tout, tq, side="right"))
        ok = k < len(path)
        out[ok, j] = top[path[k[ok]]]
    return out


def pair_geometry(net, q_reach, q_pos, q_xy, s_reach, s_pos, s_xy, need_junction=True):
    """Dense :class:`~.covariance.PairGeometry` between points q (rows) and s (columns)."""
    q_reach = np.asarray(q_reach, dtype=np.int64)
    s_reach = np.asarray(s_reach, dtype=np.int64)
    _, h, w = net.flow_connection(q_reach, q_pos, s_reach, s_pos)
    a = b = np.full(h.shape, np.inf)
    if need_junction:
        ur, inv = np.unique(q_reach, return_inverse=True)
        dj = junction_distance(net, ur, s_reach)[inv]
        a, b = _junction_ab(net, q_reach, q_pos, s_reach, s_pos, h, dj)
    q_xy = np.asarray(q_xy, dtype=float)
    s_xy = np.asarray(s_xy, dtype=float)
    d = np.hypot(q_xy[:, None, 0] - s_xy[None, :, 0], q_xy[:, None, 1] - s_xy[None, :, 1])
    return PairGeometry(h, w, a, b, d)


def _junction_ab(net, q_reach, q_pos, s_reach, s_pos, h, dj):
    """(a, b): longer/shorter distance to the junction; for flow-connected pairs (h, 0)."""
    dj = np.where(np.isnan(dj), -np.inf, dj)  # separate networks: a = inf
    dq = net.dist_to_outlet(q_reach, q_pos)[:, None] - dj
    ds = net.dist_to_outlet(s_reach, s_pos)[None, :] - dj
    conn = np.isfinite(h)
    a = np.maximum(dq, ds)
    b = np.minimum(dq, ds)
    np.copyto(a, h, where=conn)
    np.copyto(b, 0.0, where=conn)
    np.maximum(b, 0.0, out=b)
    np.copyto(b, 0.0, where=np.isinf(b))  # separate networks: (inf, 0)
    return a, b


class TargetGeometry:
    """Pair geometry from many targets to a few sections, chunk by chunk, junctions looked up per reach."""

    def __init__(self, net, s_reach, s_pos, s_xy, need_junction=True, need_xy=True):
        self.net = net
        self.s_reach = np.asarray(s_reach, dtype=np.int64)
        self.s_pos = np.asarray(s_pos, dtype=float)
        self.s_xy = np.asarray(s_xy, dtype=float)
        self.need_junction = need_junction
        self.need_xy = need_xy
        self._dj = None

    def prepare(self, t_reach):
        """Junction distances for every reach holding a target (once; rows shared by all chunks)."""
        if self.need_junction:
            ur = np.unique(np.asarray(t_reach, dtype=np.int64))
            self._rows = np.full(self.net.n_reaches, -1, dtype=np.int64)
            self._rows[ur] = np.arange(len(ur))
            self._dj = junction_distance(self.net, ur, self.s_reach)

    def chunk(self, t_reach, t_pos, t_xy=None):
        """Dense geometry of targets × sections: connected pairs from the sparse pair list, the rest dense.

        For flow-unconnected pairs a = max(d_q, d_s) − d_j and b = min(d_q, d_s) − d_j (distances to the
        outlet minus the junction's), then the flow-connected pairs are set to (h, 0).
        """
        net = self.net
        t_reach = np.asarray(t_reach, dtype=np.int64)
        t_pos = np.asarray(t_pos, dtype=float)
        m, n = len(t_reach), len(self.s_reach)
        qi, si, dist, wt = net.flow_pairs(t_reach, t_pos, self.s_reach, self.s_pos)
        h = np.full((m, n), np.inf)
        w = np.zeros((m, n))
        h[qi, si] = dist
        w[qi, si] = wt
        a = b = np.full((m, n), np.inf)
        if self.need_junction:
            dj = self._dj[self._rows[t_reach]]
            np.nan_to_num(dj, copy=False, nan=-np.inf)  # separate networks: a = inf
            dq = net.dist_to_outlet(t_reach, t_pos)
            ds = net.dist_to_outlet(self.s_reach, self.s_pos)
            a = np.subtract(np.maximum.outer(dq, ds), dj)
            b = np.subtract(np.minimum.outer(dq, ds), dj)
            np.maximum(b, 0.0, out=b)
            b[np.isinf(b)] = 0.0
            a[qi, si] = dist
            b[qi, si] = 0.0
        if self.need_xy:
            d = cdist(np.asarray(t_xy, dtype=float), self.s_xy)
        else:
            d = np.full((m, n), np.inf)
        return PairGeometry(h, w, a, b, d)
