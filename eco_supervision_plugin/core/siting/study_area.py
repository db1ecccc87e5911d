"""The urban study area of HJ 664-2013: its area, the sites inside it, the minimum number of assessment stations.

The polygons come as plain rings (the Processing side unions the layer's polygons and hands over the
rings), so area and point-in-polygon are computed here without QGIS: the shoelace formula and the
even-odd crossing rule.
"""

import dataclasses
from typing import Optional

import numpy as np

from ...standards.hj664 import min_stations_detail
from ..messages import Note

HJ664_NOTE = "HJ 664 counts urban assessment (evaluation) stations; micro-sensors do not count toward it."


@dataclasses.dataclass
class StudyArea:
    """The urban study area for HJ 664: its polygons (each a list of rings, n × 2 arrays in metres, the
    first ring the outer one; one union, so they do not overlap) and the summed population / built-up
    area fields (None when no field is given)."""

    polygons: list
    population_sum: Optional[float] = None
    built_up_sum: Optional[float] = None


@dataclasses.dataclass
class Hj664Check:
    """HJ 664-2013 minimum number of urban assessment stations for the study area, and the open sites in it."""

    status: Optional[str] = None  # why it could not be evaluated (None: evaluated)
    standard: Optional[str] = None
    built_up_km2: Optional[float] = None
    built_up_basis: Optional[str] = None
    population: Optional[float] = None
    min_stations: Optional[int] = None
    by_area: Optional[int] = None
    by_population: Optional[int] = None
    governing: Optional[str] = None
    open_sites_inside_area: Optional[int] = None
    note: Optional[str] = HJ664_NOTE


def ring_area(ring):
    """Unsigned area of one closed or open ring (shoelace formula), in the square of its units."""
    ring = np.asarray(ring, dtype=float).reshape(-1, 2)
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def polygons_area(polygons):
    """Area of non-overlapping polygons given as lists of rings (outer ring first, then holes)."""
    return sum(ring_area(rings[0]) - sum(ring_area(h) for h in rings[1:]) for rings in polygons if len(rings))


def points_in_polygons(xy, polygons):
    """Bool per point: inside one of the polygons (even-odd rule over all rings, so holes are outside)."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    inside = np.zeros(len(xy), dtype=bool)
    px, py = xy[:, 0][:, None], xy[:, 1][:, None]
    for rings in polygons:
        for ring in rings:
            ring = np.asarray(ring, dtype=float).reshape(-1, 2)
            if len(ring) < 3:
                continue
            a, b = ring, np.roll(ring, -1, axis=0)
            crosses = (a[:, 1] > py) != (b[:, 1] > py)
            with np.errstate(divide="ignore", invalid="ignore"):
                x_at = a[:, 0] + (py - a[:, 1]) * (b[:, 0] - a[:, 0]) / (b[:, 1] - a[:, 1])
            inside ^= (np.sum(crosses & (px < x_at), axis=1) % 2).astype(bool)
    return inside


def hj664_check(study_area, site_xy, options, warnings):
    """HJ 664-2013 minimum station count for the study area, and how many open sites lie inside it."""
    if not study_area.polygons:
        return Hj664Check(status="the study area has no polygon", note=None)
    area_km2 = polygons_area(study_area.polygons) / 1e6
    built, basis = options.built_up_km2, "parameter"
    if built is None:
        if study_area.built_up_sum is not None:
            built, basis = study_area.built_up_sum, "field"
        else:
            built, basis = area_km2, "polygon area"
    population = options.population if options.population is not None else study_area.population_sum
    try:
        detail = min_stations_detail(built, population=population)
    except ValueError as error:
        warnings.append(Note("HJ 664-2013 minimum could not be evaluated: {}", error))
        return Hj664Check(status=str(error), note=None)
    inside = int(points_in_polygons(site_xy, study_area.polygons).sum())
    return Hj664Check(
        standard=detail.get("standard"), built_up_km2=round(built, 3), built_up_basis=basis, population=population,
        min_stations=detail["stations"], by_area=detail["by_area"], by_population=detail["by_population"],
        governing=detail["governing"], open_sites_inside_area=inside,
    )
