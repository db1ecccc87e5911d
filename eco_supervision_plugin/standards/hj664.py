"""HJ 664-2013 Technical regulation for selection of ambient air quality monitoring stations (on trial).

Minimum number of urban assessment stations (环境空气质量评价城市点) of a city, clause 5 / Table 1
"城市点最少监测点位数" (HJ 664-2013, in force 2013-10-01):

=========================  ======================  ======================================
built-up population (10⁴)  built-up area (km²)     minimum number of urban stations
=========================  ======================  ======================================
< 25                       < 20                    1
25–50                      20–50                   2
50–100                     50–100                  4
100–200                    100–200                 6
200–300                    200–400                 8
> 300                      > 400                   one per 50–60 km² of built-up area, and
                                                   not fewer than 10
=========================  ======================  ======================================

"按建成区城市人口和建成区面积确定的最少监测点位数不同时，取两者中的较大值" — when the population band
and the area band give different numbers, the larger applies.

Sources: the table as reproduced by IPE (公众环境研究中心, ipe.org.cn encyclopaedia entry citing HJ 664-2013),
which matches the table of the standard's release text (发布稿) as we know it. Only this one secondary copy
of Table 1 could be read while writing this module; check the band edges against the official text.

Conventions of this module (the table gives ranges such as "25–50" and "50–100" that share their ends):
* "<25" and ">300" are strict, so a value exactly on a shared end belongs to the lower band:
  population 25 → 2, 50 → 2, 50.1 → 4, 300 → 8, 300.1 → top band; area 20 → 2, 400 → 8, 400.1 → top.
* Top band: ``max(10, ceil(area / km2_per_station))`` with ``km2_per_station`` = 60 by default (the
  sparse end of "50–60 km²", which gives the minimum); use 50 for the dense end. A city in the top
  band by population only still gets at least 10 (computed from its area, which is ≤ 400 km²).
* Units: built-up area in km², built-up urban population in 万人 (10,000 persons). Pass ``population``
  in persons instead of ``population_10k`` if that is what you have.
"""

import math

import numpy as np

from ..core.messages import PlannerError

STANDARD = "HJ 664-2013"

# (upper bound inclusive, stations) — the first band's upper bound is exclusive ("<25", "<20").
POPULATION_BANDS_10K = ((25, 1), (50, 2), (100, 4), (200, 6), (300, 8))
AREA_BANDS_KM2 = ((20, 1), (50, 2), (100, 4), (200, 6), (400, 8))
TOP_BAND_MINIMUM = 10
DEFAULT_KM2_PER_STATION = 60.0


def _band(value, bands):
    first_upper, first_count = bands[0]
    if value < first_upper:
        return first_count
    for upper, count in bands[1:]:
        if value <= upper:
            return count
    return None  # top band


def _top(area_km2, km2_per_station):
    return max(TOP_BAND_MINIMUM, int(math.ceil(area_km2 / km2_per_station - 1e-9)))


def _check(value, what):
    if value is None:
        return None
    v = float(value)
    if math.isnan(v):
        return None
    if v < 0:
        raise PlannerError("{} cannot be negative ({}).", what, value)
    return v


def min_stations_detail(built_up_km2, population_10k=None, population=None,
                        km2_per_station=DEFAULT_KM2_PER_STATION):
    """{"stations", "by_area", "by_population", "governing", "standard"} for one city.

    At least one of area and population must be given; a missing one is left out of the comparison.
    """
    if not 50 <= km2_per_station <= 60:
        raise PlannerError("HJ 664-2013 sets one station per 50–60 km² of built-up area in the top band.")
    area = _check(built_up_km2, "Built-up area")
    if population is not None and population_10k is not None:
        raise PlannerError("Give the population either in 10,000 persons or in persons, not both.")
    pop = _check(population_10k, "Population")
    if population is not None:
        pop = _check(population, "Population")
        pop = None if pop is None else pop / 1e4
    if area is None and pop is None:
        raise PlannerError("HJ 664-2013 needs the built-up area (km²) or the built-up population.")
    by_area = by_pop = None
    if area is not None:
        by_area = _band(area, AREA_BANDS_KM2)
        if by_area is None:
            by_area = _top(area, km2_per_station)
    if pop is not None:
        by_pop = _band(pop, POPULATION_BANDS_10K)
        if by_pop is None:
            by_pop = _top(area or 0.0, km2_per_station)
    counts = [c for c in (by_area, by_pop) if c is not None]
    stations = max(counts)
    if by_area is not None and by_pop is not None and by_area != by_pop:
        governing = "area" if by_area > by_pop else "population"
    else:
        governing = "both" if (by_area is not None and by_pop is not None) else ("area" if by_pop is None
                                                                                   else "population")
    return {"stations": stations, "by_area": by_area, "by_population": by_pop, "governing": governing,
            "standard": STANDARD}


def hj664_min_stations(built_up_km2, population_10k=None, population=None,
                       km2_per_station=DEFAULT_KM2_PER_STATION):
    """Minimum number of urban assessment stations (HJ 664-2013 Table 1; the larger of the two bands)."""
    return min_stations_detail(built_up_km2, population_10k, population, km2_per_station)["stations"]


min_stations = hj664_min_stations


def hj664_min_stations_array(built_up_km2, population_10k, km2_per_station=DEFAULT_KM2_PER_STATION):
    """Vectorised :func:`hj664_min_stations` (area in km², population in 10,000 persons)."""
    area = np.asarray(built_up_km2, dtype=float)
    pop = np.asarray(population_10k, dtype=float)
    area, pop = np.broadcast_arrays(area, pop)
    if np.any(area < 0) or np.any(pop < 0):
        raise PlannerError("Built-up area and population cannot be negative.")
    top = np.maximum(TOP_BAND_MINIMUM, np.ceil(area / km2_per_station - 1e-9)).astype(int)

    def bands(v, table, top_value):
        uppers = np.asarray([u for u, _ in table], dtype=float)
        counts = np.asarray([c for _, c in table] + [0], dtype=int)
        idx = np.searchsorted(uppers, v, side="left")  # v <= upper -> that band
        idx = np.where(v == uppers[0], 1, idx)  # the first band is strict ("<25", "<20")
        out = counts[idx]
        return np.where(idx >= len(table), top_value, out)

    return np.maximum(bands(area, AREA_BANDS_KM2, top), bands(pop, POPULATION_BANDS_10K, top))
