"""One road network from road lines and the run's road options, shared by emergency coverage and network siting.

:func:`build_network` applies, in this order, the speed rules (speed field, road-class table, default), the
one-way rules, the closures (barriers, vehicle restrictions: :mod:`.rules`) and, when speed factors are
given, a peak-hour copy of the graph whose times are the free-flow times divided by the factors.

Only numpy/scipy; no QGIS.
"""

import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..messages import PlannerError
from .costs import DEFAULT_CLASS_SPEEDS, RoadSpeeds, road_speeds
from .graph import RoadGraph, build_road_graph
from .rules import Barriers, Closures, RoadRules, apply_road_rules, peak_graph, restricted_roads, speed_factors


@dataclass
class RoadInput:
    """Road lines read from a layer: single-line ``parts`` (m×2 metres) of the roads ``owner[i]``, and per road
    the speed field value (km/h, None/NaN when null), road class, one-way direction (0, 1, -1), restriction
    flag (True = closed to this vehicle) and congestion factor (NaN when null)."""

    parts: list
    owner: np.ndarray
    speed_kmh: Optional[list] = None
    road_class: Optional[list] = None
    direction: Optional[np.ndarray] = None
    restricted: Optional[np.ndarray] = None
    congestion: Optional[np.ndarray] = None

    @property
    def n_roads(self):
        for column in (self.speed_kmh, self.road_class, self.direction, self.restricted, self.congestion):
            if column is not None:
                return len(column)
        return int(np.max(self.owner)) + 1 if len(self.owner) else 0


@dataclass
class RoadOptions:
    """Road options of a run (km/h, metres): speeds, snapping, restrictions, speed factors, barriers."""

    default_speed_kmh: float = 30.0
    class_speeds: dict = field(default_factory=lambda: dict(DEFAULT_CLASS_SPEEDS))
    snap_tolerance_m: float = 1.0
    restricted_classes: list = field(default_factory=list)
    speed_factors: dict = field(default_factory=dict)
    barriers: Optional[Barriers] = None


@dataclass
class RoadNetwork:
    """The open road graph at free flow, its peak-hour copy (None without speed factors), the road speeds and
    what was closed."""

    graph: RoadGraph
    peak: Optional[RoadGraph]
    speeds: RoadSpeeds
    closures: Closures
    n_parts: int
    built: RoadGraph  # every edge, before closures

    def report(self):
        g = self.built
        out = {"nodes": int(g.n_nodes), "edges": int(g.n_edges), "connected_pieces": int(self.graph.n_components),
               "road_km": round(float(g.edge_length.sum()) / 1000.0, 3), "peak_hour": self.peak is not None}
        out.update(self.closures.report())
        return out


def build_network(roads, options):
    """A :class:`RoadNetwork` from a :class:`RoadInput` and :class:`RoadOptions`."""
    if not roads.parts:
        raise PlannerError("The road layer has no usable lines.")
    tol = options.snap_tolerance_m
    if tol is None or not math.isfinite(tol) or tol < 0:
        raise PlannerError("Distances must be zero or more finite metres (got {}).", tol)
    n_roads = roads.n_roads
    speeds = road_speeds(n_roads, options.default_speed_kmh, roads.speed_kmh, roads.road_class, options.class_speeds)
    direction = np.zeros(n_roads, dtype=np.int64) if roads.direction is None else np.asarray(roads.direction)
    owner = np.asarray(roads.owner, dtype=np.int64)
    built = build_road_graph(roads.parts, speeds.speeds_kmh[owner], direction[owner], tol)
    rules = RoadRules(
        restricted=restricted_roads(n_roads, roads.road_class, options.restricted_classes, roads.restricted),
        speed_factor=speed_factors(n_roads, roads.road_class, options.speed_factors, roads.congestion),
        barriers=options.barriers)
    graph, closures = apply_road_rules(built, rules, owner)
    if graph.n_edges == 0:
        raise PlannerError("Every road is closed by the barriers and restrictions; nothing can be reached.")
    peak = None
    if rules.speed_factor is not None:
        peak = peak_graph(graph, speeds.speeds_kmh[owner], rules.speed_factor[owner])
    return RoadNetwork(graph, peak, speeds, closures, len(roads.parts), built)





@dataclass
class RoadCoverage:
    """Coverage along roads for network siting: the roads, the road options and an optional travel-time limit.

    With ``minutes`` a candidate covers a demand point reached within that travel time (speeds, one-way streets);
    without, within its radius in metres along the roads, one-way streets honoured (directed lengths)."""

    roads: RoadInput
    options: RoadOptions
    minutes: Optional[float] = None

    def pairs(self, from_xy, to_xy, radii_m, monitor=None):
        """``(rows, cols, costs, network)``: from → to pairs within reach (costs in metres, or minutes with a
        time limit) and the :class:`RoadNetwork` used."""
        from .costs import network_costs

        network = build_network(self.roads, self.options)
        radii_m = np.asarray(radii_m, dtype=float)
        snap = float(radii_m.max())
        if self.minutes is not None:
            if not (math.isfinite(self.minutes) and self.minutes > 0):
                raise PlannerError("The coverage travel time must be more than 0 minutes.")
            rows, cols, costs = network_costs(network.graph, from_xy, to_xy, self.minutes * 60.0, weight="time",
                                              max_snap_distance=snap, monitor=monitor)
            return rows, cols, costs / 60.0, network
        rows, cols, costs = network_costs(network.graph, from_xy, to_xy, snap, weight="length",
                                          max_snap_distance=snap, monitor=monitor)
        keep = costs <= radii_m[rows]
        return rows[keep], cols[keep], costs[keep], network
__all__ = ["Barriers", "RoadCoverage", "RoadInput", "RoadNetwork", "RoadOptions", "build_network"]
