"""``plan_source_attribution``: readings, stations and candidate sources in, the whole attribution out.

Inputs are arrays (metres in a projected CRS, degrees, m/s); the Processing wrapper only reads layers
and writes the result. Steps: join readings to stations by code, drop and count unusable records
(null value, speed or direction; unknown station; outside the time window), check the directions
(0–360 degrees, not radians), bin them (:mod:`.cpf`), draw the polar wedges, back-project the CPF onto
a grid (:mod:`.source_area`) and rank the candidates (:mod:`.ranking`).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..messages import Note, PlannerError
from ..monitor import ensure
from .bearings import check_directions
from .cpf import CpfTable, cpf_table, sector_bounds
from .ranking import CandidateRanking, rank_candidates, shrunk_cpf
from .source_area import SourceArea, back_project, grid_spec
from .wind import join_wind

STATISTICS = ("CPF", "CBPF")
WEDGE_ARC_POINTS = 9  # vertices along each arc of a wedge


@dataclass
class AttributionOptions:
    """The planner's choices. Distances in metres, speeds in m/s, percentiles in [0, 100]."""

    statistic: str = "CPF"
    percentile_low: float = 75.0
    percentile_high: float = 100.0
    sectors: int = 16
    speed_edges: Sequence[float] = (2.0, 4.0, 6.0)
    calm_speed: float = 0.5
    min_samples: int = 10
    max_distance: float = 10000.0
    wedge_radius: float = 1500.0
    cell_size: float = 500.0
    max_cells: int = 1000000
    source_area: bool = True
    start: Optional[np.datetime64] = None
    end: Optional[np.datetime64] = None


@dataclass
class RecordCounts:
    """What happened to the readings: ``total`` in, ``used`` binned or counted as calm, and the dropped."""

    total: int
    used: int
    null_values: int
    unknown_station: int
    outside_window: int


@dataclass
class Wedges:
    """Polar-plot polygons: one per station × sector × speed bin that holds records.

    ``rings`` (k × m × 2, closed), ``station``, ``sector``, ``speed_bin`` indices, ``cpf``, ``n``, ``m``,
    ``flagged``; ``direction_from``/``direction_to`` (degrees) and ``speed_from``/``speed_to`` (m/s; NaN
    for an open end) describe the bin.
    """

    rings: np.ndarray
    station: np.ndarray
    sector: np.ndarray
    speed_bin: np.ndarray
    cpf: np.ndarray
    n: np.ndarray
    m: np.ndarray
    flagged: np.ndarray
    direction_from: np.ndarray
    direction_to: np.ndarray
    speed_from: np.ndarray
    speed_to: np.ndarray


@dataclass
class AttributionPlan:
    """The result: the binned table, the wedges, the ranking, the optional source area, and notes."""

    options: AttributionOptions
    station_ids: np.ndarray
    table: CpfTable
    wedges: Wedges
    ranking: Optional[CandidateRanking]
    source_area: Optional[SourceArea]
    counts: RecordCounts
    notes: list = field(default_factory=list)
    wind: Optional[object] = None  # wind.WindJoin when the wind came from a separate met layer


def check_options(options):
    """PlannerError for options that cannot be used (the wrapper checks ranges too; the core is the rule)."""
    if options.statistic not in STATISTICS:
        raise PlannerError("Unknown statistic {}; use CPF or CBPF.", options.statistic)
    numbers = (options.percentile_low, options.percentile_high, options.calm_speed, options.max_distance,
               options.wedge_radius, options.cell_size) + tuple(options.speed_edges)
    if not all(np.isfinite(float(v)) for v in numbers):
        raise PlannerError("The parameters must be finite numbers.")
    if not 0.0 <= options.percentile_low < options.percentile_high <= 100.0:
        raise PlannerError("The percentile band {:g}–{:g} is not valid: use 0 ≤ low < high ≤ 100.",
                           options.percentile_low, options.percentile_high)
    if options.sectors < 4 or options.sectors > 72:
        raise PlannerError("Use between 4 and 72 direction sectors (16 or 36 are usual), not {}.", options.sectors)
    edges = np.asarray(options.speed_edges, dtype=float)
    if options.statistic == "CBPF" and (len(edges) == 0 or np.any(np.diff(edges) <= 0) or edges[0] <= 0):
        raise PlannerError("CBPF needs increasing positive wind-speed bin edges such as 2, 4, 6 (m/s).")
    if options.calm_speed < 0 or options.max_distance <= 0 or options.wedge_radius <= 0 or options.cell_size <= 0:
        raise PlannerError("Calm speed must be ≥ 0; maximum distance, wedge radius and cell size must be > 0.")
    if options.min_samples < 1:
        raise PlannerError("The minimum number of samples per bin must be at least 1.")


def _join(station_ids, reading_station):
    """Index of each reading's station in ``station_ids`` (-1 when unknown); codes compared as text."""
    codes = np.asarray([str(s) for s in station_ids], dtype=object)
    reading_station = np.asarray(reading_station, dtype=object)
    if len(reading_station) == 0:
        return np.zeros(0, dtype=np.int64)
    # a long table repeats each code over a run of rows: compare the runs' codes only
    starts = np.flatnonzero(np.r_[True, reading_station[1:] != reading_station[:-1]])
    runs = np.diff(np.r_[starts, len(reading_station)])
    uniq, inverse = np.unique(np.array([str(s) for s in reading_station[starts]], dtype=object).astype(str),
                              return_inverse=True)
    inverse = np.repeat(inverse, runs)
    order = np.argsort(codes.astype(str), kind="stable")
    sorted_codes = codes.astype(str)[order]
    pos = np.searchsorted(sorted_codes, uniq)
    found = (pos < len(sorted_codes)) & (sorted_codes[np.minimum(pos, len(sorted_codes) - 1)] == uniq)
    index_of_unique = np.where(found, order[np.minimum(pos, len(order) - 1)], -1)
    return index_of_unique[inverse]


def _usable_records(options, station, direction, speed, values, times):
    """Mask of the records to bin, and the counts of the others."""
    valid_station = station >= 0
    nulls = ~(np.isfinite(values) & np.isfinite(speed))
    calm = np.isfinite(speed) & (speed < options.calm_speed)
    nulls |= ~np.isfinite(direction) & ~calm  # a calm needs no direction
    window = np.ones(len(values), dtype=bool)
    if times is not None and (options.start is not None or options.end is not None):
        t = np.asarray(times, dtype="datetime64[s]")
        window = ~np.isnat(t)
        if options.start is not None:
            window &= t >= np.datetime64(options.start, "s")
        if options.end is not None:
            window &= t <= np.datetime64(options.end, "s")
    keep = valid_station & ~nulls & window
    counts = RecordCounts(total=len(values), used=int(keep.sum()), null_values=int((valid_station & nulls).sum()),
                          unknown_station=int((~valid_station).sum()),
                          outside_window=int((valid_station & ~nulls & ~window).sum()))
    return keep, counts


def polar_wedges(stations_xy, table, radius):
    """:class:`Wedges` of every bin with records: sector arcs, speed bins as rings of equal width."""
    n_st, sectors, n_bins = table.n.shape
    st, sec, sb = np.nonzero(table.n > 0)
    start, end = sector_bounds(sectors)
    t = np.linspace(0.0, 1.0, WEDGE_ARC_POINTS)
    theta = np.radians(start[sec][:, None] + (end[sec] - start[sec])[:, None] * t[None, :])  # k × p
    r_in = (radius * sb / n_bins)[:, None]
    r_out = (radius * (sb + 1) / n_bins)[:, None]
    cx = stations_xy[st, 0][:, None]
    cy = stations_xy[st, 1][:, None]
    outer = np.stack([cx + r_out * np.sin(theta), cy + r_out * np.cos(theta)], axis=2)
    inner = np.stack([cx + r_in * np.sin(theta[:, ::-1]), cy + r_in * np.cos(theta[:, ::-1])], axis=2)
    rings = np.concatenate([outer, inner, outer[:, :1]], axis=1)
    edges = np.asarray(table.speed_edges, dtype=float)
    lower = np.r_[np.nan, edges] if len(edges) else np.array([np.nan])
    upper = np.r_[edges, np.nan] if len(edges) else np.array([np.nan])
    return Wedges(rings=rings, station=st, sector=sec, speed_bin=sb, cpf=table.cpf[st, sec, sb],
                  n=table.n[st, sec, sb], m=table.m[st, sec, sb], flagged=table.flagged[st, sec, sb],
                  direction_from=np.mod(start[sec], 360.0), direction_to=end[sec],
                  speed_from=lower[sb], speed_to=upper[sb])


def plan_source_attribution(stations_xy, station_ids, reading_station, direction, speed, values, options,
                            candidates_xy=None, emission=None, times=None, monitor=None, wind=None):
    """The whole attribution: see the module docstring. ``reading_station``: the station code of each reading;
    ``wind`` a :class:`.wind.WindInput` of met reports replaces ``direction``/``speed`` (nearest met station,
    same hour; ``times`` needed).

    Raises PlannerError for input that cannot give an answer (no station, no usable record, all calm,
    directions not in degrees, too few records in the band, no candidate within reach).
    """
    monitor = ensure(monitor)
    check_options(options)
    stations_xy = np.asarray(stations_xy, dtype=float).reshape(-1, 2)
    station_ids = np.asarray(station_ids, dtype=object)
    if len(stations_xy) == 0:
        raise PlannerError("No station has coordinates; the stations layer needs point geometries.")
    _, first = np.unique(np.asarray([str(s) for s in station_ids]), return_index=True)
    if len(first) < len(station_ids):  # the same station code twice (e.g. one point per reading): first position
        first = np.sort(first)
        stations_xy, station_ids = stations_xy[first], station_ids[first]
    direction = np.asarray(direction, dtype=float)
    speed = np.asarray(speed, dtype=float)
    values = np.asarray(values, dtype=float)
    station = _join(station_ids, reading_station)
    joined = None
    if wind is not None:
        joined = join_wind(stations_xy, station, times, wind)
        direction, speed = joined.direction, joined.speed
    keep, counts = _usable_records(options, station, direction, speed, values, times)
    notes = _count_notes(counts)
    if joined is not None:
        notes.insert(0, Note("Wind from {} met station(s), each air station taking its nearest (at most {:.1f} km "
                             "away): {} of {} readings found a wind report in their hour.", len(joined.met_ids),
                             float(joined.distance.max()) / 1000.0, joined.matched, len(values)))
    if counts.used == 0:
        raise PlannerError("No reading can be used: {} have a null value, speed or direction, {} name no "
                           "known station, {} lie outside the time window.", counts.null_values,
                           counts.unknown_station, counts.outside_window)
    station, speed, values = station[keep], speed[keep], values[keep]
    direction = np.nan_to_num(direction[keep], nan=0.0)
    if np.all(speed < options.calm_speed):
        raise PlannerError("All {} usable readings are calm (wind speed below {:g} m/s): the wind direction "
                           "says nothing about the source.", counts.used, options.calm_speed)
    direction = check_directions(direction, speed, options.calm_speed)
    monitor.step(0.1)
    edges = tuple(options.speed_edges) if options.statistic == "CBPF" else ()
    table = cpf_table(station, len(stations_xy), direction, speed, values, options.sectors, edges,
                      options.calm_speed, options.percentile_low, options.percentile_high, options.min_samples)
    notes += _table_notes(table, station_ids, options)
    monitor.step(0.4)
    wedges = polar_wedges(stations_xy, table, options.wedge_radius)
    direction_cpf, direction_n = table.direction_cpf()
    usable = direction_n >= options.min_samples
    area = None
    if options.source_area:
        spec = grid_spec(stations_xy, options.max_distance, options.cell_size, options.max_cells)
        if spec is None:
            notes.append(Note("The source-area grid would exceed {} cells; it was not computed (use larger "
                              "cells or a shorter maximum distance).", options.max_cells))
        else:
            area = back_project(stations_xy, direction_cpf, usable, spec[0], spec[1], options.cell_size,
                                options.max_distance, monitor.sub(0.5, 0.8))
    ranking = None
    if candidates_xy is not None:
        candidates_xy = np.asarray(candidates_xy, dtype=float).reshape(-1, 2)
        emission = None if emission is None else np.asarray(emission, dtype=float)
        evidence_cpf = shrunk_cpf(table.m.sum(axis=2), direction_n, table.base_rate, options.min_samples)
        ranking = rank_candidates(stations_xy, candidates_xy, evidence_cpf, usable, table.base_rate,
                                  options.max_distance, emission, monitor.sub(0.8, 1.0))
        if len(candidates_xy) and ranking.out_of_range.all():
            raise PlannerError("No candidate source lies within {:g} km of a station; raise the maximum distance.",
                               options.max_distance / 1000.0)
        if ranking.out_of_range.any():
            notes.append(Note("{} candidate source(s) lie beyond {:g} km of every station: flagged, not ranked.",
                              int(ranking.out_of_range.sum()), options.max_distance / 1000.0))
        if emission is not None and (~np.isfinite(emission)).any():
            notes.append(Note("{} candidate source(s) have no emission value: they score 0.",
                              int((~np.isfinite(emission)).sum())))
    monitor.step(1.0)
    return AttributionPlan(options=options, station_ids=station_ids, table=table, wedges=wedges, ranking=ranking,
                           source_area=area, counts=counts, notes=notes, wind=joined)


def _count_notes(counts):
    notes = []
    if counts.null_values:
        notes.append(Note("{} reading(s) with a null value, wind speed or (non-calm) direction were left out.",
                          counts.null_values))
    if counts.unknown_station:
        notes.append(Note("{} reading(s) name a station that is not in the stations layer (or has no "
                          "coordinates) and were left out.", counts.unknown_station))
    if counts.outside_window:
        notes.append(Note("{} reading(s) lie outside the time window or have no time.", counts.outside_window))
    return notes


def _table_notes(table, station_ids, options):
    """Refuse a table with nothing in the band; note stations with too few records in it, calms, flags."""
    moving = table.n.sum(axis=(1, 2))
    in_band_moving = table.m.sum(axis=(1, 2))
    if in_band_moving.sum() == 0:
        raise PlannerError("No non-calm reading lies in the {:g}–{:g} percentile band: the readings hold too few "
                           "distinct values to attribute (widen the band).", options.percentile_low,
                           options.percentile_high)
    notes = []
    few = np.flatnonzero((moving > 0) & (in_band_moving < options.min_samples))
    if len(few):
        notes.append(Note("{} station(s) have fewer than {} non-calm readings in the percentile band ({}): their "
                          "CPF is uncertain.", len(few), options.min_samples,
                          ", ".join(str(station_ids[i]) for i in few[:10])))
    silent = np.flatnonzero(moving == 0)
    if len(silent):
        notes.append(Note("{} station(s) have no usable non-calm reading ({}): no wedge is drawn for them.",
                          len(silent), ", ".join(str(station_ids[i]) for i in silent[:10])))
    calms = int(table.calms.sum())
    if calms:
        notes.append(Note("{} calm reading(s) (below {:g} m/s) were counted but not binned.", calms,
                          options.calm_speed))
    flagged = int((table.flagged & (table.n > 0)).sum())
    if flagged:
        notes.append(Note("{} bin(s) hold fewer than {} readings: flagged, and not used for the source area or "
                          "the ranking.", flagged, options.min_samples))
    return notes


def report_figures(plan, candidate_ids=None, top=10):
    """The report's figures with stable keys: per-station thresholds, calms and counts; the top candidates."""
    t, o, r = plan.table, plan.options, plan.ranking
    ids = plan.station_ids
    figures = {"statistic": o.statistic, "percentile_band": "{:g}–{:g}".format(o.percentile_low, o.percentile_high),
               "readings_in": plan.counts.total, "readings_used": plan.counts.used,
               "readings_null": plan.counts.null_values, "readings_unknown_station": plan.counts.unknown_station,
               "readings_outside_window": plan.counts.outside_window, "calm_readings": int(t.calms.sum()),
               "stations": [{"station": str(ids[s]), "readings": int(t.records[s]), "calms": int(t.calms[s]),
                             "threshold_low": _round(t.thresholds[s, 0], 3),
                             "threshold_high": _round(t.thresholds[s, 1], 3), "in_band": int(t.in_band[s]),
                             "base_rate": _round(t.base_rate[s], 3),
                             "flagged_bins": int((t.flagged[s] & (t.n[s] > 0)).sum())} for s in range(len(ids))]}
    if plan.wind is not None:
        for s, row in enumerate(figures["stations"]):
            row["met_station"] = str(plan.wind.met_ids[plan.wind.nearest[s]])
            row["met_distance_km"] = _round(plan.wind.distance[s] / 1000.0, 2)
    if r is not None:
        order = [c for c in np.argsort(r.rank, kind="stable").tolist() if r.rank[c] > 0][:top]
        figures["top_candidates"] = [
            {"rank": int(r.rank[c]), "fid": candidate_ids[c] if candidate_ids is not None else c,
             "score": _round(r.score[c], 4), "stations_pointing": int(r.pointing[c]),
             "top_station": str(ids[r.top_station[c]]) if r.top_station[c] >= 0 else None,
             "distance_km": _round(r.top_distance[c] / 1000.0, 2)} for c in order]
    return figures


def pointing_labels(plan):
    """Per candidate: "station (CPF, distance km, bearing°); …" of the stations pointing at it, strongest first."""
    labels = [[] for _ in range(len(plan.ranking.rank))]
    for c, s, cpf, d, b in zip(*(a.tolist() for a in plan.ranking.pairs)):
        labels[c].append("{} ({:.2f}, {:.1f} km, {:.0f}°)".format(plan.station_ids[s], cpf, d / 1000.0, b))
    return ["; ".join(parts) for parts in labels]


def _round(value, digits):
    value = float(value)
    return round(value, digits) if np.isfinite(value) else None
