"""The emergency-coverage plan: one entry from arrays to everything the Processing wrapper writes.

:func:`plan_emergency_coverage` builds the road graph (road-class speed rules, one-way streets),
computes first/second responders and coverage per threshold (:mod:`.response`), groups the service
areas per depot and threshold, and optionally chooses new depots (:mod:`.new_depots`). Service-area
polygons are planned per group on demand (:meth:`EmergencyPlan.area`), so a run never holds every
group's raster at once.

Only numpy/scipy; no QGIS.
"""

import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..messages import PlannerError
from ..monitor import ensure
from ..roads.area_buffer import AreaPlan, plan_area
from ..roads.costs import DEFAULT_CLASS_SPEEDS, RoadSpeeds
from ..roads.graph import RoadGraph
from ..roads.network import RoadInput, RoadNetwork, RoadOptions, build_network
from ..roads.rules import Barriers
from ..roads.service_areas import AreaGroups
from .new_depots import NewDepotPlan, plan_new_depots
from .receptors import ReceptorReach, Receptors, receptor_reach
from .response import STATUSES, ResponseResult, analyse_response, parse_thresholds


@dataclass
class EmergencyOptions:
    """Options of one run (minutes, km/h, metres). ``polygon_buffer_m`` None: no service-area polygons."""

    thresholds: object = "30,60"
    required: int = 2
    default_speed_kmh: float = 30.0
    class_speeds: dict = field(default_factory=lambda: dict(DEFAULT_CLASS_SPEEDS))
    access_speed_kmh: Optional[float] = 15.0
    snap_tolerance_m: float = 1.0
    max_snap_distance_m: Optional[float] = 2000.0
    service_areas: bool = False
    polygon_buffer_m: Optional[float] = None
    new_depot_count: int = 0
    new_depot_teams: int = 1
    new_depot_readiness_min: float = 0.0
    restricted_classes: list = field(default_factory=list)
    speed_factors: dict = field(default_factory=dict)
    barriers: Optional[Barriers] = None

    def road_options(self):
        return RoadOptions(self.default_speed_kmh, self.class_speeds, self.snap_tolerance_m, self.restricted_classes,
                           self.speed_factors, self.barriers)


@dataclass
class EmergencyPlan:
    """Everything one run found: the graph, road speeds, responders, service areas, new depots."""

    thresholds: list
    graph: RoadGraph
    speeds: RoadSpeeds
    response: ResponseResult
    options: EmergencyOptions
    n_parts: int = 0
    areas: Optional[AreaGroups] = None
    new_depots: Optional[NewDepotPlan] = None
    network: Optional[RoadNetwork] = None
    peak: Optional[ResponseResult] = None  # the same response at peak-hour speeds
    receptors: Optional[ReceptorReach] = None
    receptors_peak: Optional[ReceptorReach] = None

    def area(self, g):
        """:class:`..roads.area_buffer.AreaPlan` of the polygon of service-area group ``g``."""
        return plan_area(self.areas.segments(self.graph, g), self.options.polygon_buffer_m)

    def source_fields(self):
        """``(name, kind)`` of the fields added to every risk source."""
        schema = [("first_depot", "string"), ("first_min", "double"), ("second_depot", "string"),
                  ("second_min", "double")]
        for t in self.thresholds:
            schema += [("teams_{:g}".format(t), "int"), ("once_{:g}".format(t), "int"), ("twice_{:g}".format(t), "int")]
        schema += [("covered", "int"), ("status", "string"), ("status_label", "string"), ("access_m", "double")]
        if self.peak is not None:
            schema += [("peak_first_min", "double"), ("peak_second_min", "double")]
            schema += [("peak_teams_{:g}".format(t), "int") for t in self.thresholds]
            schema += [("peak_covered", "int"), ("peak_status", "string"), ("peak_status_label", "string")]
        return schema

    def source_rows(self, depot_names, status_label=str):
        """Per risk source the values of :meth:`source_fields` (plain Python values, None for none); the status is
        a stable code (``covered``, ``isolated`` …) and ``status_label(code)`` its label in the run's language."""
        r = self.response
        last = len(self.thresholds) - 1
        per_threshold = np.stack([np.stack([r.teams_within[k], r.covered_once[k], r.covered_twice[k]], axis=1)
                                  for k in range(len(self.thresholds))], axis=1).reshape(len(r.status), -1)
        rows = []
        for i, counts in enumerate(per_threshold.tolist()):
            d1, d2 = int(r.first_depot[i]), int(r.second_depot[i])
            rows.append([depot_names[d1] if d1 >= 0 else None, _num(r.first_min[i]),
                         depot_names[d2] if d2 >= 0 else None, _num(r.second_min[i])] + [int(c) for c in counts]
                        + [int(r.covered_required[last, i]), str(r.status[i]), status_label(str(r.status[i])),
                           _num(r.source_snap.distance[i])])
        if self.peak is not None:
            p = self.peak
            teams = p.teams_within.T.tolist()
            for i, row in enumerate(rows):
                row += [_num(p.first_min[i]), _num(p.second_min[i])] + [int(c) for c in teams[i]] + [
                    int(p.covered_required[last, i]), str(p.status[i]), status_label(str(p.status[i]))]
        return rows

    def status_count(self, status):
        return int((self.response.status == status).sum())

    def off_network_depots(self):
        return np.flatnonzero(self.response.depot_snap.edge < 0).tolist()

    def report(self, depot_names, source_ids, source_names=None):
        """The report's coverage, uncovered sources, depot load and road network sections (stable keys)."""
        r = self.response
        last = len(self.thresholds) - 1
        uncovered = []
        for i in np.flatnonzero(~r.covered_required[last]).tolist():
            row = {"feature_id": source_ids[i], "status": str(r.status[i]), "weight": float(r.weights[i]),
                   "teams_in_time": int(r.teams_within[last, i])}
            if source_names is not None:
                row["name"] = source_names[i]
            row["first_min"] = _num(r.first_min[i])
            uncovered.append(row)
        load = [dict(row, depot=depot_names[row["depot"]]) for row in r.depot_load]
        return {
            "thresholds_min": self.thresholds,
            "required_responders": r.required,
            "coverage_by_threshold": r.summary,
            "status_counts": {s: self.status_count(s) for s in STATUSES},
            "uncovered_sources": uncovered,
            "depot_load": load,
            "road_network": dict(self.network.report() if self.network is not None else {}, **{
                "line_parts": self.n_parts,
                "nodes": self.graph.n_nodes, "edges": self.graph.n_edges,
                "connected_pieces": int(self.graph.n_components), "speeds_by_class": self.speeds.by_class,
                "speeds_default": self.speeds.by_default,
            }),
            "peak_hour": {"used": True, "coverage_by_threshold": self.peak.summary,
                          "status_counts": {s: int((self.peak.status == s).sum()) for s in STATUSES}}
            if self.peak is not None else {"used": False},
            "receptors": self.receptors.report(depot_names) if self.receptors is not None else {"used": False},
            "receptors_peak": self.receptors_peak.report(depot_names) if self.receptors_peak is not None
            else {"used": False},
        }

    def area_row(self, g, depot_names):
        """Report row of service-area group ``g``: depot, threshold and reached road length."""
        return {"depot": depot_names[int(self.areas.origin[g])],
                "threshold_min": self.thresholds[int(self.areas.threshold[g])],
                "road_km": round(float(self.areas.road_km[g]), 3)}


def plan_emergency_coverage(roads, depot_xy, source_xy, options, readiness_min=None, teams=None, weights=None,
                            candidate_xy=None, monitor=None, receptors=None):
    """Emergency coverage of risk sources by depot teams over a road network.

    Parameters
    ----------
    roads : :class:`RoadInput`.
    depot_xy, source_xy : (n×2) metres; ``readiness_min``, ``teams`` per depot, ``weights`` per source
        (see :func:`.response.analyse_response`).
    options : :class:`EmergencyOptions`.
    candidate_xy : candidate sites for ``options.new_depot_count`` new depots (None: none chosen).
    receptors : optional :class:`.receptors.Receptors` (people, intakes, schools…) whose weight reached is counted.

    Returns
    -------
    EmergencyPlan
    """
    monitor = ensure(monitor)
    thresholds = parse_thresholds(options.thresholds)
    if not roads.parts:
        raise PlannerError("The road layer has no usable lines.")
    _check_distance(options.snap_tolerance_m, zero_ok=True)
    if options.max_snap_distance_m is not None:
        _check_distance(options.max_snap_distance_m, zero_ok=True)
    if options.polygon_buffer_m is not None:
        _check_distance(options.polygon_buffer_m, zero_ok=False)
    if options.access_speed_kmh is not None and not (math.isfinite(options.access_speed_kmh)
                                                     and options.access_speed_kmh > 0):
        raise PlannerError("The access speed must be positive.")
    monitor.step(0.0)
    network = build_network(roads, options.road_options())
    graph = network.graph
    monitor.step(0.1)
    want_areas = bool(options.service_areas or options.polygon_buffer_m is not None)
    common = dict(readiness_min=readiness_min, teams=teams, weights=weights, required=options.required,
                  access_speed_kmh=options.access_speed_kmh, max_snap_distance=options.max_snap_distance_m)
    end = 0.6 if network.peak is not None else 0.75
    response = analyse_response(graph, depot_xy, source_xy, thresholds, monitor=monitor.sub(0.1, end),
                                service_areas=want_areas, **common)
    peak = None
    if network.peak is not None:
        peak = analyse_response(network.peak, depot_xy, source_xy, thresholds, monitor=monitor.sub(0.6, 0.75),
                                **common)
    areas = response.area_groups() if want_areas else None
    reach = reach_peak = None
    if receptors is not None:
        ready = np.zeros(len(response.teams)) if readiness_min is None else readiness_min
        args = (receptors, np.asarray(depot_xy, dtype=float).reshape(-1, 2), thresholds, ready, response.teams)
        kw = dict(access_speed_kmh=options.access_speed_kmh, max_snap_distance=options.max_snap_distance_m)
        reach = receptor_reach(graph, *args, depot_snap=response.depot_snap, **kw)
        if network.peak is not None:
            reach_peak = receptor_reach(network.peak, *args, depot_snap=response.depot_snap, **kw)
    new_depots = None
    if options.new_depot_count > 0 and candidate_xy is not None:
        new_depots = plan_new_depots(
            graph, response, candidate_xy, source_xy, options.new_depot_count, new_teams=options.new_depot_teams,
            new_readiness_min=options.new_depot_readiness_min, access_speed_kmh=options.access_speed_kmh,
            max_snap_distance=options.max_snap_distance_m, monitor=monitor.sub(0.75, 1.0))
    monitor.step(1.0)
    return EmergencyPlan(thresholds, graph, network.speeds, response, options, len(roads.parts), areas, new_depots,
                         network, peak, reach, reach_peak)


def _check_distance(value, zero_ok):
    if value is None or not math.isfinite(value) or value < 0:
        raise PlannerError("Distances must be zero or more finite metres (got {}).", value)
    if value == 0 and not zero_ok:
        raise PlannerError("The service-area polygon buffer must be more than zero metres.")


def _num(value, digits=3):
    value = float(value)
    return round(value, digits) if math.isfinite(value) else None


__all__ = ["AreaPlan", "EmergencyOptions", "EmergencyPlan", "Receptors", "RoadInput", "plan_emergency_coverage"]
