"""Road rules of one run: closed roads (barriers, vehicle restrictions) and time-of-day speed factors.

Model
-----
* Barriers (points, lines, polygons, each widened by ``buffer_m``): an edge is closed when its distance to a
  barrier point or barrier segment (line pieces, polygon rings) is at most ``buffer_m``, or when it lies
  inside a barrier polygon (its midpoint is inside: an edge partly inside crosses a ring and is caught by the
  distance test). Closed edges are removed from the graph (:meth:`RoadGraph.without`), so points join the
  nearest open road and a road piece cut off by closures is reported as isolated.
* Vehicle restrictions close whole roads (a road class the vehicle may not use, or a truthy field).
* Speed factors (per road class or per road, e.g. 0.6 at rush hour) scale speeds:
  ``t_peak = length / (speed · factor)``, i.e. exactly ``t_free / factor`` (:func:`.costs.edge_times`).

Only numpy/scipy; no QGIS.
"""

from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..messages import PlannerError
from ..segment_index import project
from ..siting.study_area import points_in_polygons
from .costs import edge_times

# Barrier segments are cut into pieces about this many edge pieces long before the neighbour search.
_PIECES_PER_BARRIER_PIECE = 1.0


@dataclass
class Barriers:
    """Barrier geometries in metres: ``points`` (k×2), ``lines`` (list of m×2), ``polygons`` (list of lists of
    rings, outer ring first) and the distance ``buffer_m`` around every one of them."""

    points: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    lines: list = field(default_factory=list)
    polygons: list = field(default_factory=list)
    buffer_m: float = 0.0

    def __len__(self):
        return len(self.points) + len(self.lines) + len(self.polygons)


@dataclass
class RoadRules:
    """Per road (not per part): ``restricted`` bool (closed to this vehicle), ``speed_factor`` (peak-hour
    factor, None = no peak scenario); ``barriers`` (:class:`Barriers` or None)."""

    restricted: Optional[np.ndarray] = None
    speed_factor: Optional[np.ndarray] = None
    barriers: Optional[Barriers] = None


@dataclass
class Closures:
    """Which graph edges were closed and why; lengths in km."""

    by_barrier: np.ndarray
    by_restriction: np.ndarray
    edge_length: np.ndarray

    @property
    def closed(self):
        return self.by_barrier | self.by_restriction

    def km(self, mask):
        return float(self.edge_length[mask].sum()) / 1000.0

    def report(self):
        return {"closed_edges": int(self.closed.sum()), "closed_km": round(self.km(self.closed), 3),
                "closed_km_barriers": round(self.km(self.by_barrier), 3),
                "closed_km_restrictions": round(self.km(self.by_restriction), 3)}


def class_values(road_class, table, default):
    """Per road the ``table`` value of its class (keys lower-case; classes match case-insensitively and ``x_link``
    takes ``x``'s value unless the table names the link class), else ``default``; one lookup per distinct class."""
    memo = {}
    out = np.empty(len(road_class), dtype=float)
    for i, value in enumerate(road_class):
        if value not in memo:
            key = str(value).strip().lower() if value is not None else ""
            if key not in table and key.endswith("_link"):
                key = key[:-5]
            memo[value] = float(table.get(key, default))
        out[i] = memo[value]
    return out


def restricted_roads(n_roads, road_class=None, classes=None, flags=None):
    """Bool per road: its class is one of ``classes`` (case-insensitive; ``x_link`` counts as ``x``) or its
    ``flags`` value is true."""
    out = np.zeros(int(n_roads), dtype=bool)
    wanted = {str(c).strip().lower() for c in (classes or []) if str(c).strip()}
    if wanted:
        if road_class is None:
            raise PlannerError("Restricted road classes need a road class field.")
        out = class_values(road_class, {k: True for k in wanted}, False).astype(bool)
    if flags is not None:
        out |= np.asarray(flags, dtype=bool).reshape(-1)
    return out


def speed_factors(n_roads, road_class=None, class_factors=None, field_factor=None):
    """Peak-hour speed factor per road: the field value where it is positive, else the class factor, else 1.

    Returns None when neither is given (no peak scenario)."""
    if not class_factors and field_factor is None:
        return None
    table = {str(k).strip().lower(): float(v) for k, v in (class_factors or {}).items()}
    bad = [k for k, v in table.items() if not (np.isfinite(v) and v > 0)]
    if bad:
        raise PlannerError("Speed factors must be positive numbers, e.g. residential=0.6 (bad class: {}).", bad[0])
    factor = np.ones(int(n_roads))
    if table:
        if road_class is None:
            raise PlannerError("Speed factors by road class need a road class field.")
        factor = class_values(road_class, table, 1.0)
    if field_factor is not None:
        raw = np.asarray(field_factor, dtype=float).reshape(-1)
        bad = np.isfinite(raw) & (raw <= 0)
        if bad.any():
            raise PlannerError("{} road(s) have a congestion factor of zero or less; factors scale speeds and must "
                               "be positive (0.6 = 60 % of the free-flow speed).", int(bad.sum()))
        factor = np.where(np.isfinite(raw), raw, factor)
    return factor


def barrier_edges(graph, barriers):
    """Bool per edge of ``graph``: closed by one of the ``barriers`` (see the module docstring)."""
    closed = np.zeros(graph.n_edges, dtype=bool)
    if barriers is None or len(barriers) == 0 or graph.n_edges == 0:
        return closed
    buffer_m = float(barriers.buffer_m or 0.0)
    if not np.isfinite(buffer_m) or buffer_m < 0:
        raise PlannerError("The barrier buffer must be zero or more metres.")
    index = graph.segment_index()
    ends = graph.edge_ends()
    points = np.asarray(barriers.points, dtype=float).reshape(-1, 2)
    if len(points):
        p, e = index.candidates(points, buffer_m + index.half + 1e-6)
        closed[e[_point_segment(points[p], ends[e, 0], ends[e, 1]) <= buffer_m]] = True
    rings = [np.asarray(r, dtype=float).reshape(-1, 2) for poly in barriers.polygons for r in poly]
    paths = [np.asarray(x, dtype=float).reshape(-1, 2) for x in barriers.lines]
    paths += [np.vstack([r, r[:1]]) for r in rings if len(r) >= 2]
    if paths:
        a = np.concatenate([p[:-1] for p in paths if len(p) >= 2] or [np.zeros((0, 2))])
        b = np.concatenate([p[1:] for p in paths if len(p) >= 2] or [np.zeros((0, 2))])
        a, b = _cut(a, b, max(2.0 * index.half, 1.0) * _PIECES_PER_BARRIER_PIECE)
        k, e = index.candidates((a + b) / 2.0, np.hypot(*(b - a).T) / 2.0 + buffer_m + index.half + 1e-6)
        closed[e[_segment_segment(a[k], b[k], ends[e, 0], ends[e, 1]) <= buffer_m]] = True
    if barriers.polygons:
        open_edges = np.flatnonzero(~closed)
        mid = ends[open_edges].mean(axis=1)
        step = max(1, 2_000_000 // max(sum(len(r) for r in rings), 1))
        for s in range(0, len(open_edges), step):
            inside = points_in_polygons(mid[s:s + step], barriers.polygons)
            closed[open_edges[s:s + step][inside]] = True
    return closed


def apply_road_rules(graph, rules, owner):
    """The open graph (closed edges removed) and the :class:`Closures`; ``owner`` maps line parts to roads."""
    by_barrier = barrier_edges(graph, rules.barriers if rules is not None else None)
    by_restriction = np.zeros(graph.n_edges, dtype=bool)
    if rules is not None and rules.restricted is not None:
        road_of_edge = np.asarray(owner, dtype=np.int64)[graph.edge_part]
        by_restriction = np.asarray(rules.restricted, dtype=bool)[road_of_edge]
    closures = Closures(by_barrier, by_restriction & ~by_barrier, graph.edge_length)
    closed = closures.closed
    return (graph.without(closed) if closed.any() else graph), closures


def peak_graph(graph, speeds_kmh_part, factor_part):
    """``graph`` with peak-hour edge times (``speeds_kmh_part``, ``factor_part``: per line part)."""
    part = graph.edge_part
    return graph.with_times(edge_times(graph.edge_length, np.asarray(speeds_kmh_part)[part],
                                       np.asarray(factor_part, dtype=float)[part]))


def _cut(a, b, piece):
    """Segments a→b cut into pieces at most ``piece`` long."""
    length = np.hypot(*(b - a).T)
    count = np.maximum(1, np.ceil(length / piece)).astype(np.int64)
    seg = np.repeat(np.arange(len(a)), count)
    start = np.repeat(np.cumsum(count) - count, count)
    f0 = (np.arange(len(seg)) - start) / count[seg]
    f1 = f0 + 1.0 / count[seg]
    d = (b - a)[seg]
    return a[seg] + d * f0[:, None], a[seg] + d * f1[:, None]


def _point_segment(p, a, b):
    return project(p, a, b)[1]


def _segment_segment(a, b, c, d):
    """Distance between segments a–b and c–d (0 where they cross or touch)."""

    def orient(p, q, r):
        return (q[:, 0] - p[:, 0]) * (r[:, 1] - p[:, 1]) - (q[:, 1] - p[:, 1]) * (r[:, 0] - p[:, 0])

    o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
    crossing = (o1 * o2 < 0) & (o3 * o4 < 0)
    dist = np.minimum.reduce([_point_segment(c, a, b), _point_segment(d, a, b), _point_segment(a, c, d),
                              _point_segment(b, c, d)])
    return np.where(crossing, 0.0, dist)
