"""Bearings and distances from stations to points, and the sanity checks of wind-direction data.

Coordinates are metres in a projected CRS (the Processing side reprojects). A bearing is measured
clockwise from grid north, in degrees in [0, 360): the direction *from which* a wind would carry a
pollutant from that point to the station, so it is compared directly with the wind-from direction.
"""

import math

import numpy as np

from ..messages import PlannerError

TWO_PI = 2.0 * math.pi


def bearings_and_distances(stations_xy, points_xy):
    """``(bearing_deg, distance_m)``, both stations × points: the point as seen from the station."""
    stations_xy = np.asarray(stations_xy, dtype=float).reshape(-1, 2)
    points_xy = np.asarray(points_xy, dtype=float).reshape(-1, 2)
    dx = points_xy[None, :, 0] - stations_xy[:, None, 0]
    dy = points_xy[None, :, 1] - stations_xy[:, None, 1]
    bearing = np.mod(np.degrees(np.arctan2(dx, dy)), 360.0)
    return bearing, np.hypot(dx, dy)


def check_directions(direction, speed, calm_speed):
    """Refuse wind directions that are not degrees in [0, 360].

    ``direction`` and ``speed`` hold the valid (finite) records. Values outside [0, 360] are refused
    with their count and an example; a series whose values all lie within ±2π while spreading over
    more than a radian, and whose non-calm records never exceed 2π, is taken for radians and refused.
    Returns the directions with 360 read as 0 (north).
    """
    direction = np.asarray(direction, dtype=float)
    outside = (direction < 0.0) | (direction > 360.0)
    if outside.any():
        raise PlannerError(
            "{} wind direction value(s) lie outside 0–360 degrees (for example {:g}); the wind direction "
            "must be the degrees the wind blows from, clockwise from north.",
            int(outside.sum()), float(direction[np.argmax(outside)]))
    moving = direction[np.asarray(speed, dtype=float) >= calm_speed]
    if len(moving) >= 10 and np.all(np.abs(moving) <= TWO_PI + 1e-9) and np.ptp(moving) > 1.0:
        raise PlannerError(
            "The wind directions all lie between 0 and {:.3f} (2π) while spreading over {:.2f}: they look "
            "like radians. Convert them to degrees (multiply by 180/π) and run again.",
            TWO_PI, float(np.ptp(moving)))
    return np.where(direction >= 360.0, 0.0, direction)
