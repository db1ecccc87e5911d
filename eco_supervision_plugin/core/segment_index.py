"""The nearest of many straight segments (road edges, river polyline edges) to each of many points.

A KD-tree holds the midpoints of short *pieces* of the segments. Every segment within distance d of a
point has a piece midpoint within d + h of it (h: the longest half piece), so the exact nearest segment
is among the pieces within d₁ + h, where d₁ is the distance to the segment of the nearest midpoint: a
few candidates per point, projected all at once.
"""

from typing import NamedTuple

import numpy as np
from scipy.spatial import cKDTree

CHUNK = 20000  # points per KD-tree query: bounds the candidate lists held at once


class Nearest(NamedTuple):
    """Per point: the nearest ``segment`` (-1 beyond the distance asked for), ``t`` along it (0 at its start
    ``a``, 1 at its end ``b``), the ``distance`` to it and the projected point ``xy``."""

    segment: np.ndarray
    t: np.ndarray
    distance: np.ndarray
    xy: np.ndarray


def project(points, a, b):
    """Orthogonal projection of each row of ``points`` onto the segment a→b of the same row, clamped to it:
    ``(t, distance, projected point)``."""
    ab = b - a
    length2 = np.einsum("ij,ij->i", ab, ab)
    t = np.einsum("ij,ij->i", points - a, ab) / np.where(length2 > 0, length2, 1.0)
    t = np.clip(t, 0.0, 1.0)
    proj = a + ab * t[:, None]
    return t, np.hypot(*(points - proj).T), proj


class SegmentIndex:
    """A KD-tree over pieces about one typical segment long (at most ~2 million of them) of the segments
    ``a[i]→b[i]``; built once, queried for many points."""

    def __init__(self, a, b):
        self.a = np.asarray(a, dtype=float).reshape(-1, 2)
        self.b = np.asarray(b, dtype=float).reshape(-1, 2)
        length = np.hypot(*(self.b - self.a).T)
        total = float(length.sum())
        piece = max(float(np.median(length)) if len(length) else 1.0, total / 2_000_000.0, 1.0)
        count = np.maximum(1, np.ceil(length / piece)).astype(np.int64)
        self.piece_segment = np.repeat(np.arange(len(length)), count)
        start = np.repeat(np.cumsum(count) - count, count)
        frac = (np.arange(len(self.piece_segment)) - start + 0.5) / count[self.piece_segment]
        seg = self.piece_segment
        mid = self.a[seg] + (self.b[seg] - self.a[seg]) * frac[:, None]
        self.half = float((length / count).max()) / 2.0 if len(length) else 0.0
        # queried by a few thousand points: the quick sliding-midpoint build pays
        self.tree = cKDTree(mid.reshape(-1, 2), balanced_tree=False, compact_nodes=False)

    def __len__(self):
        return len(self.a)

    def candidates(self, points, radius):
        """(point row, segment) pairs, each once, of the segments with a piece midpoint within ``radius``
        (one per point, or one for all) of each point, in chunks of :data:`CHUNK` points."""
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        radius = np.broadcast_to(np.asarray(radius, dtype=float), (len(points),))
        rows, segments = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
        for s in range(0, len(points), CHUNK):
            hits = self.tree.query_ball_point(points[s:s + CHUNK], radius[s:s + CHUNK])
            counts = np.fromiter(map(len, hits), dtype=np.int64, count=len(hits))
            if counts.sum():
                rows.append(s + np.repeat(np.arange(len(hits)), counts))
                segments.append(self.piece_segment[np.concatenate([np.asarray(h, dtype=np.int64) for h in hits])])
        pairs = np.unique(np.stack([np.concatenate(rows), np.concatenate(segments)], axis=1), axis=0)
        return pairs[:, 0], pairs[:, 1]

    def nearest(self, xy, max_distance=None):
        """The exact nearest segment of each point (ties: the lower segment number); segment -1 for points
        farther than ``max_distance`` from every segment."""
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        n = len(xy)
        found = Nearest(np.full(n, -1, dtype=np.int64), np.zeros(n), np.full(n, np.inf), np.full((n, 2), np.nan))
        if n == 0 or len(self) == 0:
            return found
        d0, j = self.tree.query(xy)
        first = self.piece_segment[j]
        _, d1, _ = project(xy, self.a[first], self.b[first])
        todo = np.ones(n, dtype=bool) if max_distance is None else d0 - self.half <= max_distance
        idx = np.flatnonzero(todo)
        p, e = self.candidates(xy[idx], d1[idx] + self.half + 1e-6)
        p = idx[p]
        t, d, proj = project(xy[p], self.a[e], self.b[e])
        order = np.lexsort((e, d, p))
        keep = np.ones(len(order), dtype=bool)
        keep[1:] = p[order][1:] != p[order][:-1]
        best = order[keep]
        found.segment[p[best]] = e[best]
        found.t[p[best]] = t[best]
        found.distance[p[best]] = d[best]
        found.xy[p[best]] = proj[best]
        if max_distance is not None:
            found.segment[found.distance > max_distance] = -1
        return found
