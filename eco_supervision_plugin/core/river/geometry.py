"""Points and pieces along the reaches of a :class:`~.network.RiverNetwork`.

Snapping points (sections, outfalls, spills, receptors) to the nearest reach, cutting reaches into
output segments and polylines, and flow distances from points to the nearest section up- and
downstream. Positions are metres from a reach's upstream end.
"""

from dataclasses import dataclass

import numpy as np

from ..messages import PlannerError
from ..segment_index import SegmentIndex
from .network import _cumlen


def cut_line(xy, start, end):
    """Vertices of the part of polyline ``xy`` between distances ``start`` and ``end``."""
    c = _cumlen(xy)
    inner = (c > start) & (c < end)
    p0 = [np.interp(start, c, xy[:, 0]), np.interp(start, c, xy[:, 1])]
    p1 = [np.interp(end, c, xy[:, 0]), np.interp(end, c, xy[:, 1])]
    return np.vstack([[p0], xy[inner], [p1]])


@dataclass
class Segments:
    """Output segments: reach index and positions along it (m) of each piece."""

    reach: np.ndarray
    start: np.ndarray
    end: np.ndarray
    mid: np.ndarray

    def __len__(self):
        return len(self.reach)

    def __getitem__(self, key):  # seg["reach"] as well as seg.reach
        return getattr(self, key)

    @property
    def length(self):
        return self.end - self.start


def segment_network(net, segment_length):
    """Split every reach into ``ceil(L / segment_length)`` equal pieces.

    Returns :class:`Segments` (``reach``, ``start``, ``end``, ``mid``: positions along the reach, m).
    """
    seg = float(segment_length)
    if not seg > 0:
        raise PlannerError("SEGMENT_LENGTH must be positive.")
    count = np.maximum(1, np.ceil(net.length / seg - 1e-9)).astype(np.int64)
    reach = np.repeat(np.arange(net.n_reaches), count)
    first = np.cumsum(count) - count
    k = np.arange(len(reach)) - np.repeat(first, count)
    piece = (net.length / count)[reach]
    start = k * piece
    end = np.where(k == count[reach] - 1, net.length[reach], (k + 1) * piece)
    return Segments(reach, start, end, 0.5 * (start + end))


def _edges(net):
    """Every vertex-to-vertex edge of the reaches at once: start ``a``, end ``b``, reach, distance of ``a`` along
    its reach (array operations over all reaches instead of one pass per reach)."""
    counts = np.fromiter((len(p) for p in net.reach_xy), dtype=np.int64, count=len(net.reach_xy))
    pts = np.vstack(net.reach_xy)
    first = np.cumsum(counts) - counts
    reach_of = np.repeat(np.arange(len(counts)), counts)
    inner = np.ones(len(pts), dtype=bool)
    inner[first + counts - 1] = False  # the last vertex of a reach starts no edge
    i = np.nonzero(inner)[0]
    a, b = pts[i], pts[i + 1]
    step = np.hypot(b[:, 0] - a[:, 0], b[:, 1] - a[:, 1])
    er = reach_of[i]
    run = np.cumsum(step) - step  # distance before each edge, over all reaches
    edge_first = np.cumsum(counts - 1) - (counts - 1)
    ec = run - run[np.minimum(edge_first, len(run) - 1)][er]
    return a, b, er, ec


def snap_points(net, xy, tolerance):
    """Snap points to the nearest reach.

    Returns ``(reach, pos, distance)``; ``reach`` is -1 where the nearest reach is farther
    than ``tolerance`` (m).
    """
    a, b, er, ec = _edges(net)
    edge, t, dist, _ = SegmentIndex(a, b).nearest(xy)  # the distance of every point, for the reports
    on = (edge >= 0) & (dist <= tolerance)
    reach = np.where(on, er[np.maximum(edge, 0)], -1) if len(er) else np.full(len(edge), -1, dtype=np.int64)
    pos = np.full(len(edge), np.nan)
    e = edge[on]
    pos[on] = np.minimum(ec[e] + t[on] * np.hypot(*(b[e] - a[e]).T), net.length[er[e]])
    return reach, pos, dist


def networks_summary(net, point_reach=None):
    """Per separate network: reach count, length (km), outlets, and points (e.g. sections) on it."""
    rows = []
    outlets = net.down < 0
    for c in range(net.n_components):
        m = net.component == c
        row = {
            "network": c + 1,
            "reaches": int(m.sum()),
            "length_km": round(float(net.length[m].sum()) / 1000.0, 3),
            "outlets": int((m & outlets).sum()),
        }
        if point_reach is not None:
            pr = np.asarray(point_reach)
            pr = pr[pr >= 0]
            row["sections"] = int((net.component[pr] == c).sum())
        rows.append(row)
    return rows


def nearest_section_distances(net, seg_reach, seg_pos, sec_reach, sec_pos):
    """Distance (m) along the flow from each segment point to the nearest section upstream and downstream.

    Upstream looks through every upstream branch of the tree; ``inf`` where there is none.
    """
    n = net.n_reaches
    sec_reach = np.asarray(sec_reach, dtype=np.int64)
    sec_pos = np.asarray(sec_pos, dtype=float)
    seg_reach = np.asarray(seg_reach, dtype=np.int64)
    seg_pos = np.asarray(seg_pos, dtype=float)
    # per reach: min and max section position
    min_pos = np.full(n, np.inf)
    max_pos = np.full(n, -np.inf)
    if len(sec_reach):
        np.minimum.at(min_pos, sec_reach, sec_pos)
        np.maximum.at(max_pos, sec_reach, sec_pos)
    # downstream: distance from reach end to the first section below it
    down_end = np.full(n, np.inf)
    for lvl in reversed(net.levels):
        d = net.down[lvl]
        has = d >= 0
        dd = d[has]
        down_end[lvl[has]] = np.where(np.isfinite(min_pos[dd]), min_pos[dd], net.length[dd] + down_end[dd])
    # upstream: distance from reach start to the nearest section above it
    up_start = np.full(n, np.inf)
    up_end = np.where(np.isfinite(max_pos), net.length - max_pos, np.inf)
    for lvl in net.levels:
        up_end[lvl] = np.where(np.isfinite(max_pos[lvl]), up_end[lvl], up_start[lvl] + net.length[lvl])
        d = net.down[lvl]
        has = d >= 0
        np.minimum.at(up_start, d[has], up_end[lvl[has]])
    # same-reach sections
    order = np.lexsort((sec_pos, sec_reach))
    key_sec = sec_reach[order] + sec_pos[order] / (net.length[sec_reach[order]] * (1 + 1e-9) + 1e-9)
    key_seg = seg_reach + seg_pos / (net.length[seg_reach] * (1 + 1e-9) + 1e-9)
    up = up_start[seg_reach] + seg_pos
    down = down_end[seg_reach] + net.length[seg_reach] - seg_pos
    if len(order):
        j = np.searchsorted(key_sec, key_seg, side="right") - 1
        jj = np.clip(j, 0, len(order) - 1)
        same = (j >= 0) & (sec_reach[order][jj] == seg_reach)
        up = np.where(same, seg_pos - sec_pos[order][jj], up)
        k = np.searchsorted(key_sec, key_seg, side="left")
        kk = np.clip(k, 0, len(order) - 1)
        same = (k < len(order)) & (sec_reach[order][kk] == seg_reach)
        down = np.where(same, sec_pos[order][kk] - seg_pos, down)
    return up, down
