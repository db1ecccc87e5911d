"""Emergency response over the road network: first and second responder, double coverage, depot load.

Model
-----
A depot ``d`` holds ``teams[d]`` emergency teams (how many incidents it can answer at once) and needs
``readiness[d]`` minutes before a team leaves. The response time of depot ``d`` to risk source ``s``
is ``readiness[d] + travel(d → s)`` (network travel time, see :mod:`..roads`). Teams are ranked
by response time per source; the *first responder* is the best team and the *second responder* the
next one — the same depot when it has two or more teams. A source is covered ``k`` times within a
threshold ``T`` when at least ``k`` different teams reach it within ``T`` minutes; with
``required = 2`` it is covered only when it could be served during two simultaneous incidents.

Statuses per source: ``covered`` (required teams within the largest threshold), ``under_covered``
(fewer teams than required), ``out_of_time`` (a route exists but no team arrives in time),
``isolated`` (the source's road piece holds no depot: no route at all), ``off_network`` (farther
than the snap distance from every road). Sources are never silently covered across a gap.

Only numpy/scipy; no QGIS.
"""

from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..messages import PlannerError
from ..monitor import ensure
from ..roads.costs import network_costs
from ..roads.service_areas import AreaCollector
from ..roads.snapping import Snap, access_cost, snap_points

STATUSES = ("covered", "under_covered", "out_of_time", "isolated", "off_network")
# The longest response time a threshold may name: one week (beyond it a number is a typing error).
MAX_THRESHOLD_MIN = 7 * 24 * 60.0


def parse_thresholds(text):
    """'30,60' → [30.0, 60.0]; every threshold must be a positive number of minutes, at most a week."""
    if isinstance(text, (list, tuple, np.ndarray)):
        items = list(text)
    else:
        items = [t for t in str(text).replace(";", ",").replace(" ", ",").split(",") if t.strip()]
    if not items:
        raise PlannerError("Give at least one response-time threshold in minutes, e.g. 30,60.")
    values = []
    for item in items:
        try:
            value = float(item)
        except (TypeError, ValueError):
            raise PlannerError("Threshold {!r} is not a number of minutes.", item) from None
        if not np.isfinite(value) or value <= 0:
            raise PlannerError("Response-time thresholds must be positive minutes (got {}).", item)
        if value > MAX_THRESHOLD_MIN:
            raise PlannerError("Response-time threshold {} min is longer than a week ({:g} min); give minutes, "
                               "e.g. 30,60.", item, MAX_THRESHOLD_MIN)
        values.append(value)
    return sorted(set(values))


@dataclass
class ResponseResult:
    """Per-source responders and coverage, per-depot load and a summary per threshold.

    Arrays per source: ``first_depot, first_min, second_depot, second_min`` (-1 / NaN when none),
    ``status`` (one of ``STATUSES``); per threshold × source: ``teams_within`` and the bool
    ``covered_once / covered_twice / covered_required``. ``summary`` (one row per threshold) and
    ``depot_load`` (one row per depot) are the report's tables, with stable keys. ``pairs`` =
    ``(depot, source, minutes)`` of every team arriving within the largest threshold.
    """

    thresholds: list
    required: int
    first_depot: np.ndarray
    first_min: np.ndarray
    second_depot: np.ndarray
    second_min: np.ndarray
    teams_within: np.ndarray
    covered_once: np.ndarray
    covered_twice: np.ndarray
    covered_required: np.ndarray
    status: np.ndarray
    summary: list
    depot_load: list
    depot_snap: Snap
    source_snap: Snap
    pairs: tuple
    weights: np.ndarray
    teams: np.ndarray
    collector: Optional[AreaCollector] = None

    @property
    def service_areas(self):
        """:class:`roads.ServiceAreas` of the run (when asked for), merged from the searches' pieces."""
        return self.collector.result() if self.collector is not None else None

    def area_groups(self):
        """The same pieces as :class:`roads.AreaGroups`, without concatenating every group's pieces."""
        return self.collector.groups() if self.collector is not None else None


def kth_team(src, dep, total, teams, n_sources, k):
    """For pairs sorted by (source, time): depot and time of the k-th team (1-based) per source."""
    depot = np.full(n_sources, -1, dtype=np.int64)
    time = np.full(n_sources, np.nan)
    if len(src) == 0:
        return depot, time
    t = teams[dep]
    starts = np.ones(len(src), dtype=bool)
    starts[1:] = src[1:] != src[:-1]
    cum = np.cumsum(t)
    group_start = np.maximum.accumulate(np.where(starts, np.arange(len(src)), 0))
    before = np.where(group_start > 0, cum[group_start - 1], 0)
    within = cum - before  # teams available up to and including this pair, per source
    hit = np.flatnonzero(within >= k)
    if len(hit):
        first = np.ones(len(hit), dtype=bool)
        first[1:] = src[hit[1:]] != src[hit[:-1]]
        rows = hit[first]
        depot[src[rows]] = dep[rows]
        time[src[rows]] = total[rows]
    return depot, time


def analyse_response(graph, depot_xy, source_xy, thresholds_min, readiness_min=None, teams=None, weights=None,
                     required=1, access_speed_kmh=None, max_snap_distance=None, monitor=None, service_areas=False):
    """Response times and coverage of risk sources by depot teams.

    Parameters
    ----------
    graph : roads.RoadGraph
    depot_xy, source_xy : (n×2) coordinates in metres.
    thresholds_min : list of positive minutes.
    readiness_min : per depot minutes before departure (default 0).
    teams : per depot number of teams (default 1; 0 = depot not staffed).
    weights : per source risk weight (default 1).
    required : teams needed per source (2 = two simultaneous incidents).
    access_speed_kmh, max_snap_distance : see :func:`roads.network_costs`.
    service_areas : also return ``service_areas`` (:class:`roads.ServiceAreas`, thresholds in
        seconds, origins = depot indices of staffed depots on the network, readiness as start cost),
        built from the same Dijkstra search as the response times.

    Returns
    -------
    ResponseResult with arrays ``first_depot, first_min, second_depot, second_min, status``,
    ``teams_within`` (thresholds × sources), ``covered_once / covered_twice / covered_required``
    (thresholds × sources, bool), ``depot_load`` (list of dicts), ``summary`` (list of dicts) and
    the travel pairs ``pairs = (depot, source, minutes)``.
    """
    monitor = ensure(monitor)
    th = parse_thresholds(thresholds_min)
    depot_xy = np.asarray(depot_xy, dtype=float).reshape(-1, 2)
    source_xy = np.asarray(source_xy, dtype=float).reshape(-1, 2)
    n_d, n_s = len(depot_xy), len(source_xy)
    if n_d == 0:
        raise PlannerError("There are no emergency depots.")
    if n_s == 0:
        raise PlannerError("There are no risk sources.")
    required = int(required)
    if required < 1:
        raise PlannerError("The number of required responders must be 1 or more.")
    readiness = np.zeros(n_d) if readiness_min is None else np.asarray(readiness_min, dtype=float).reshape(-1)
    teams = np.ones(n_d, dtype=np.int64) if teams is None else np.asarray(teams, dtype=float).reshape(-1)
    weights = np.ones(n_s) if weights is None else np.asarray(weights, dtype=float).reshape(-1)
    if len(readiness) != n_d or len(teams) != n_d or len(weights) != n_s:
        raise PlannerError("One readiness time and one team count per depot and one weight per source are needed.")
    if not np.all(np.isfinite(readiness)) or (readiness < 0).any():
        raise PlannerError("Readiness times must be zero or positive minutes.")
    if not np.all(np.isfinite(teams)) or (teams < 0).any() or np.any(teams != np.round(teams)):
        raise PlannerError("Team counts must be whole numbers, zero or more.")
    if not np.all(np.isfinite(weights)) or (weights < 0).any():
        raise PlannerError("Risk weights must be zero or positive numbers.")
    teams = teams.astype(np.int64)
    if teams.sum() == 0:
        raise PlannerError("No depot has a team (all team counts are 0).")

    monitor.step(0.0)
    s_dep = snap_points(graph, depot_xy, max_snap_distance)
    s_src = snap_points(graph, source_xy, max_snap_distance)
    active = (teams > 0) & (s_dep.edge >= 0)
    cutoff_s = max(0.0, (max(th) - float(readiness[active].min() if active.any() else 0.0)) * 60.0)
    collector = None
    on_batch = None
    if service_areas:
        start_s = readiness * 60.0
        collector = AreaCollector(graph, s_dep, access_cost(s_dep, "time", access_speed_kmh) + start_s,
                                     np.asarray(th) * 60.0, "time")

        def on_batch(origins, node_costs):
            for r, o in enumerate(origins.tolist()):
                if teams[o] > 0:
                    collector.add(o, node_costs[r], start_s[o])

    dep, src, travel_s = network_costs(
        graph, depot_xy, source_xy, cutoff_s, weight="time", access_speed_kmh=access_speed_kmh,
        snaps=(s_dep, s_src), monitor=monitor.sub(0.05, 0.85), on_batch=on_batch,
    )
    total = readiness[dep] + travel_s / 60.0
    keep = (teams[dep] > 0) & (total <= max(th) + 1e-9)
    dep, src, total, travel_s = dep[keep], src[keep], total[keep], travel_s[keep]
    order = np.lexsort((dep, total, src))
    dep, src, total, travel_s = dep[order], src[order], total[order], travel_s[order]
    monitor.step(0.9)

    first_depot, first_min = kth_team(src, dep, total, teams, n_s, 1)
    second_depot, second_min = kth_team(src, dep, total, teams, n_s, 2)
    teams_within = np.zeros((len(th), n_s), dtype=np.int64)
    for k, tval in enumerate(th):
        ok = total <= tval + 1e-9
        np.add.at(teams_within[k], src[ok], teams[dep[ok]])
    covered_once = teams_within >= 1
    covered_twice = teams_within >= 2
    covered_required = teams_within >= required

    # Status: off-network, isolated (no staffed depot on the source's road piece), out of time, ...
    status = np.full(n_s, "covered", dtype=object)
    staffed_components = set(graph.edge_component[s_dep.edge[active]].tolist())
    src_comp = np.where(s_src.edge >= 0, graph.edge_component[np.maximum(s_src.edge, 0)], -1)
    isolated = np.array([c not in staffed_components for c in src_comp]) & (s_src.edge >= 0)
    best = teams_within[-1]
    status[best < required] = "under_covered"
    status[best == 0] = "out_of_time"
    status[isolated] = "isolated"
    status[s_src.edge < 0] = "off_network"

    total_weight = float(weights.sum())
    summary = []
    for k, tval in enumerate(th):
        summary.append({
            "threshold_min": tval,
            "sources": int(n_s),
            "sources_covered_once": int(covered_once[k].sum()),
            "sources_covered_twice": int(covered_twice[k].sum()),
            "weight_total": total_weight,
            "weight_covered_once": float(weights[covered_once[k]].sum()),
            "weight_covered_twice": float(weights[covered_twice[k]].sum()),
            "share_covered_once_pct": _pct(weights[covered_once[k]].sum(), total_weight),
            "share_covered_twice_pct": _pct(weights[covered_twice[k]].sum(), total_weight),
            "share_covered_required_pct": _pct(weights[covered_required[k]].sum(), total_weight),
        })
    # Depot load per threshold, counted with one bincount per figure (pairs are unique per depot and source).
    load = {}
    with np.errstate(invalid="ignore"):
        for tval in th:
            first_here = (first_depot >= 0) & (first_min <= tval + 1e-9)
            second_here = (second_depot >= 0) & (second_min <= tval + 1e-9)
            load[tval] = (np.bincount(first_depot[first_here], minlength=n_d),
                          np.bincount(first_depot[first_here], weights=weights[first_here], minlength=n_d),
                          np.bincount(dep[total <= tval + 1e-9], minlength=n_d),
                          np.bincount(second_depot[second_here], minlength=n_d))
    depot_load = []
    for d in range(n_d):
        row = {
            "depot": d,
            "teams": int(teams[d]),
            "readiness_min": float(readiness[d]),
            "on_network": bool(s_dep.edge[d] >= 0),
            "access_m": float(s_dep.distance[d]) if np.isfinite(s_dep.distance[d]) else None,
        }
        for tval in th:
            first_n, first_w, reach_n, second_n = load[tval]
            row["first_sources_{:g}min".format(tval)] = int(first_n[d])
            row["first_weight_{:g}min".format(tval)] = float(first_w[d])
            row["reachable_sources_{:g}min".format(tval)] = int(reach_n[d])
            row["second_sources_{:g}min".format(tval)] = int(second_n[d])
        depot_load.append(row)
    monitor.step(1.0)
    return ResponseResult(
        thresholds=th,
        required=required,
        first_depot=first_depot,
        first_min=first_min,
        second_depot=second_depot,
        second_min=second_min,
        teams_within=teams_within,
        covered_once=covered_once,
        covered_twice=covered_twice,
        covered_required=covered_required,
        status=status,
        summary=summary,
        depot_load=depot_load,
        depot_snap=s_dep,
        source_snap=s_src,
        pairs=(dep, src, total),
        weights=weights,
        teams=teams,
        collector=collector,
    )


def _pct(part, whole):
    return round(100.0 * float(part) / float(whole), 3) if whole > 0 else 0.0

