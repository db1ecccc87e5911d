"""Wind from a separate met-station layer, joined to each reading by the nearest met station and the hour.

Air stations rarely measure wind; the bureau's met stations (or the weather service's) do. Each air
station takes its nearest met station (straight-line distance in the metric CRS), and each reading the
wind that met station reported in the same clock hour (``floor(t / 1 h)``; the last report of an hour
wins when there are several). Readings whose hour has no wind report get NaN and are counted as null
by the plan.
"""

from dataclasses import dataclass

import numpy as np

from ..messages import PlannerError


@dataclass
class WindInput:
    """Met-station reports: station positions ``xy`` (s×2) with codes ``ids``, and per report the met station
    code ``station``, ``times`` (datetime64), ``direction`` (degrees from) and ``speed`` (m/s)."""

    xy: np.ndarray
    ids: np.ndarray
    station: np.ndarray
    times: np.ndarray
    direction: np.ndarray
    speed: np.ndarray


@dataclass
class WindJoin:
    """Per air station its met station (index into the unique met codes, or -1) and the distance (m);
    ``direction``/``speed`` per reading; ``matched`` readings that found a report in their hour."""

    met_ids: np.ndarray
    nearest: np.ndarray
    distance: np.ndarray
    direction: np.ndarray
    speed: np.ndarray
    matched: int


def _hours(times):
    t = np.asarray(times, dtype="datetime64[s]")
    ok = ~np.isnat(t)
    hours = np.zeros(len(t), dtype=np.int64)
    hours[ok] = t[ok].astype(np.int64) // 3600
    return hours, ok


def join_wind(stations_xy, reading_station, reading_times, wind):
    """:class:`WindJoin` for readings of air stations (``reading_station`` index into ``stations_xy``, -1
    unknown) at ``reading_times`` from the met reports ``wind`` (:class:`WindInput`)."""
    if reading_times is None:
        raise PlannerError("Wind from a separate layer is joined by the hour: set the readings' time field.")
    codes = np.array([str(c) for c in wind.ids], dtype=object)
    met_ids, first = np.unique(codes.astype(str), return_index=True)
    met_xy = np.asarray(wind.xy, dtype=float).reshape(-1, 2)[first]
    good = np.isfinite(met_xy).all(axis=1)
    if not good.any():
        raise PlannerError("The wind layer has no met station with coordinates.")
    stations_xy = np.asarray(stations_xy, dtype=float).reshape(-1, 2)
    d2 = ((stations_xy[:, None, :] - met_xy[None, :, :]) ** 2).sum(axis=2)
    d2[:, ~good] = np.inf
    nearest = np.argmin(d2, axis=1)
    distance = np.sqrt(d2[np.arange(len(stations_xy)), nearest])
    # the reports: met station index and hour → one sorted key
    report_codes = np.array([str(c) for c in wind.station], dtype=object).astype(str)
    pos = np.searchsorted(met_ids, report_codes)
    known = (pos < len(met_ids)) & (met_ids[np.minimum(pos, len(met_ids) - 1)] == report_codes)
    r_hours, r_ok = _hours(wind.times)
    keep = known & r_ok
    if not keep.any():
        raise PlannerError("No wind report names a met station of the wind layer and has a time.")
    base = int(r_hours[keep].min())
    span = int(r_hours[keep].max()) - base + 1
    keys = pos[keep].astype(np.int64) * span + (r_hours[keep] - base)
    seconds = np.asarray(wind.times, dtype="datetime64[s]")[keep].astype(np.int64)
    order = np.lexsort((seconds, keys))  # by station-hour, then by time: the hour's latest report last
    keys, direction, speed = keys[order], np.asarray(wind.direction, float)[keep][order], \
        np.asarray(wind.speed, float)[keep][order]
    last = np.r_[keys[1:] != keys[:-1], True]  # the last report of each station-hour
    keys, direction, speed = keys[last], direction[last], speed[last]
    reading_station = np.asarray(reading_station, dtype=np.int64)
    h, ok = _hours(reading_times)
    rel = h - base
    ok &= (reading_station >= 0) & (rel >= 0) & (rel < span)
    want = nearest[np.maximum(reading_station, 0)].astype(np.int64) * span + rel
    at = np.searchsorted(keys, want)
    hit = ok & (at < len(keys)) & (keys[np.minimum(at, len(keys) - 1)] == want)
    out_dir = np.full(len(want), np.nan)
    out_speed = np.full(len(want), np.nan)
    out_dir[hit] = direction[at[hit]]
    out_speed[hit] = speed[at[hit]]
    return WindJoin(met_ids=met_ids, nearest=nearest, distance=distance, direction=out_dir, speed=out_speed,
                    matched=int(hit.sum()))
