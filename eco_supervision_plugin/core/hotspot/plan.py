"""The hotspot grid from arrays: one entry, :func:`plan_hotspot_grid`, returning a :class:`HotspotPlan`.

Steps: build the grid over the area rings, aggregate the readings (or take the raster's zonal mean),
optionally fill empty cells by inverse-distance weighting for the map, Gi* with FDR and the bureau
ranking on the cells that hold an observation, and with reading times the per-period Gi*, the
Mann-Kendall trend and the emerging hot spot category.

Filled cells are estimates, not observations: they take no part in Gi*, FDR, rank or the trends (an IDW
surface from a handful of stations would otherwise make thousands of "significant" cells).
"""

from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..messages import Note, PlannerError
from ..monitor import ensure
from . import gistar, trend, zonal
from . import grid as gridmod

MIN_OBSERVED_CELLS = 30  # below this Gi* has too little to compare: say so and suggest a surface


@dataclass
class GridSpec:
    """Cell ``size`` (m), ``kind`` (square/hexagon), fixed ``origin`` in the grid CRS, ``max_cells``."""

    size: float
    kind: str = gridmod.SQUARE
    origin: tuple = (0.0, 0.0)
    max_cells: int = 2_000_000


@dataclass
class Readings:
    """Point readings in the grid CRS: ``xy`` (n×2), ``values`` (NaN = null; None for count), ``times``
    (datetime64[s] or None)."""

    xy: np.ndarray
    values: Optional[np.ndarray] = None
    times: Optional[np.ndarray] = None


@dataclass
class HotspotOptions:
    aggregation: str = "mean"
    period: str = "day"
    fill_empty: bool = False
    neighbourhood: str = gistar.DISTANCE
    distance: float = 2000.0
    k: int = 8
    fdr: bool = True
    alpha: float = 0.05
    top_percent: float = 10.0
    idw_neighbours: int = 8
    trend_alpha: float = trend.TREND_ALPHA


@dataclass
class TrendResult:
    """Per period (cells × periods) values and Gi*, and per cell the Mann-Kendall trend and category."""

    labels: list
    value: np.ndarray
    n_obs: np.ndarray
    z: np.ndarray
    p: np.ndarray
    bins: np.ndarray
    mk_s: np.ndarray
    mk_z: np.ndarray
    mk_p: np.ndarray
    mk_n: np.ndarray
    direction: np.ndarray
    ehs_code: np.ndarray
    ehs_category: np.ndarray


@dataclass
class HotspotPlan:
    """Per-cell arrays aligned with ``grid`` and the run's figures."""

    grid: gridmod.Grid
    value: np.ndarray
    n_obs: np.ndarray
    filled: np.ndarray
    gi_z: np.ndarray
    gi_p: np.ndarray
    gi_neighbours: np.ndarray
    gi_bin: np.ndarray
    fdr_sig: np.ndarray
    rank: np.ndarray
    percentile: np.ndarray
    hotspot: np.ndarray
    cells_observed: int
    raster_mean: Optional[np.ndarray] = None
    points_inside: Optional[int] = None
    points_outside: Optional[int] = None
    trend: Optional[TrendResult] = None
    warnings: list = field(default_factory=list)


def _aggregate_readings(grid, readings, aggregation, warnings):
    xy = np.asarray(readings.xy, dtype=float).reshape(-1, 2)
    cell = grid.locate(xy)
    inside = cell >= 0
    if not inside.any():
        raise PlannerError("None of the {} points lies inside the area of interest grid.", len(xy))
    values = readings.values
    if aggregation != "count":
        if values is None:
            raise PlannerError("A value field is needed for the {} aggregation.", aggregation)
        values = np.asarray(values, dtype=float)
        nulls = int((inside & ~np.isfinite(values)).sum())
        if nulls:
            warnings.append(Note("{} point(s) inside the grid have a null value and were skipped.", nulls))
        if not np.isfinite(values[inside]).any():
            raise PlannerError("Every point inside the area of interest has a null value.")
    value, n_obs = gistar.aggregate(cell, values, len(grid), aggregation)
    return cell, values, value, n_obs, int(inside.sum()), int((~inside).sum())


def _gi(grid, observed, options):
    gi = gistar.gi_star(grid, observed, options.neighbourhood, options.distance, options.k)
    significant = gistar.benjamini_hochberg(gi.p, options.alpha) if options.fdr else (
        np.isfinite(gi.p) & (gi.p < options.alpha))
    return gi, gistar.gi_bins(gi.z, gi.p, fdr=options.fdr), significant


def _trend(grid, cell, values, times, options, monitor, warnings):
    times = np.asarray(times, dtype="datetime64[s]")
    if options.period == "hour" and trend.date_only(times):
        warnings.append(Note(
            "The time values hold dates without a time of day (for example a Date field of a shapefile): hourly "
            "periods put every reading at 00h. Choose a Period of Day or longer, or a date-and-time field."))
    group, labels = trend.period_index(times, options.period)
    if not labels:
        raise PlannerError("No point has a time value.")
    t = len(labels)
    use = (group >= 0) & (cell >= 0)
    per_value, per_obs = gistar.aggregate(np.where(use, cell, -1), values, len(grid), options.aggregation, group, t)
    per_z = np.full((len(grid), t), np.nan)
    per_p = np.full((len(grid), t), np.nan)
    per_bin = np.zeros((len(grid), t), dtype=np.int64)
    for period_no in range(t):  # loop over periods (few); each is vectorised over the cells
        column = per_value[:, period_no]
        if np.isfinite(column).sum() >= 3:
            r = gistar.gi_star(grid, column, options.neighbourhood, options.distance, options.k)
            per_z[:, period_no], per_p[:, period_no] = r.z, r.p
            per_bin[:, period_no] = gistar.gi_bins(r.z, r.p, fdr=options.fdr)
        if options.fill_empty:
            per_value[:, period_no], _ = gistar.idw_fill(grid.centres, column, k=options.idw_neighbours)
        monitor.step((period_no + 1) / t)
    mk_s, _, mk_z, mk_p, mk_n = trend.mann_kendall(per_z)
    codes = trend.emerging_categories(per_z, per_p, mk_z, mk_p, trend_alpha=options.trend_alpha)
    names = np.array([trend.category_label(c) for c in range(-8, 9)], dtype=object)
    return TrendResult(labels, per_value, per_obs, per_z, per_p, per_bin, mk_s, mk_z, mk_p, mk_n,
                       trend.direction(mk_z, mk_p, options.trend_alpha), codes, names[codes + 8])


def plan_hotspot_grid(rings, spec, readings=None, raster=None, options=None, monitor=None):
    """The hotspot grid over the area ``rings`` (list of m×2 arrays in the grid CRS).

    ``spec``: :class:`GridSpec`; ``readings``: :class:`Readings` or None; ``raster``: a
    :class:`zonal.RasterReader` in the grid CRS or None (its zonal mean is the cell value when there are no
    readings); ``options``: :class:`HotspotOptions`. Raises :class:`PlannerError` for input a planner must fix.
    """
    options = options or HotspotOptions()
    monitor = ensure(monitor)
    if readings is None and raster is None:
        raise PlannerError("Give points with a value field, or a raster, to aggregate.")
    grid = gridmod.build_grid(rings, spec.size, spec.kind, spec.origin, spec.max_cells, monitor.sub(0.0, 0.15))
    # refuse an impossible neighbourhood before reading anything
    gistar.check_neighbourhood_memory(grid, options.neighbourhood, options.distance, options.k)
    warnings = []
    raster_mean = None
    if raster is not None:
        zonal_result = zonal.zonal_means(grid, raster, monitor.sub(0.15, 0.35))
        raster_mean = zonal_result.mean
        warnings += zonal_result.notes
    cell = values = None
    inside = outside = None
    if readings is not None:
        cell, values, observed, n_obs, inside, outside = _aggregate_readings(
            grid, readings, options.aggregation, warnings)
    else:
        observed = raster_mean.copy()
        n_obs = np.isfinite(observed).astype(np.int64)
    monitor.step(0.4)
    value, filled = observed, np.zeros(len(grid), dtype=bool)
    if options.fill_empty:
        value, filled = gistar.idw_fill(grid.centres, observed, k=options.idw_neighbours)
    gi, bins, significant = _gi(grid, observed, options)
    rank, percentile, flag = gistar.rank_values(value, options.top_percent)  # map ranking: filled cells too
    n_observed = int(np.isfinite(observed).sum())
    if gi.n < 3:
        warnings.append(Note("Fewer than 3 cells have a value: Gi* cannot be computed."))
    else:
        alone = int((gi.n_neighbours[np.isfinite(observed)] <= 1).sum())
        if alone:
            warnings.append(Note(
                "{} cell(s) have no neighbour with a value within the neighbourhood; widen the Distance band or "
                "choose K nearest cells. Filled cells are estimates and do not count as neighbours.", alone))
    if 0 < n_observed < MIN_OBSERVED_CELLS:
        warnings.append(Note(
            "Only {} cells hold an observation (at least {} are needed for a meaningful Gi*): the hot spots of "
            "so few cells are not evidence. Use a raster surface (for example satellite PM2.5) or micro-sensor "
            "readings that cover the area.", n_observed, MIN_OBSERVED_CELLS))
    monitor.step(0.6)
    trend_result = None
    if readings is not None and readings.times is not None:
        trend_result = _trend(grid, cell, values, readings.times, options, monitor.sub(0.6, 0.95), warnings)
    monitor.step(1.0)
    return HotspotPlan(grid, value, n_obs, filled, gi.z, gi.p, gi.n_neighbours, bins, significant, rank, percentile,
                       flag, n_observed, raster_mean, inside, outside, trend_result, warnings)
