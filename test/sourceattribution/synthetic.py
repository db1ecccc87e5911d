"""Synthetic inputs for the source-attribution tests: a Gaussian plume from one planted source."""

import numpy as np


def briggs_rural_d(x):
    """Briggs (1973) open-country sigmas for stability class D, metres (x downwind, m)."""
    sigma_y = 0.08 * x / np.sqrt(1.0 + 0.0001 * x)
    sigma_z = 0.06 * x / np.sqrt(1.0 + 0.0015 * x)
    return sigma_y, sigma_z


def plume_series(source_xy, stations_xy, hours, rng, rate=5000.0, height=30.0, background=20.0):
    """Hourly (direction from, speed, concentration) at each station: stations × hours arrays.

    Ground-level Gaussian plume with total reflection, C = Q/(π u σy σz) exp(-y²/2σy²) exp(-H²/2σz²)
    for a receptor x metres downwind and y across; lognormal background noise on top.
    """
    n = len(stations_xy)
    direction = rng.uniform(0.0, 360.0, (n, hours))  # wind blows FROM this bearing
    speed = rng.gamma(3.0, 1.0, (n, hours)) + 0.3
    theta = np.radians(direction)
    to_x, to_y = -np.sin(theta), -np.cos(theta)  # where the wind blows towards
    dx = (stations_xy[:, 0] - source_xy[0])[:, None]
    dy = (stations_xy[:, 1] - source_xy[1])[:, None]
    along = dx * to_x + dy * to_y
    across = dx * to_y - dy * to_x
    x = np.maximum(along, 1.0)
    sigma_y, sigma_z = briggs_rural_d(x)
    plume = rate * 1e6 / (np.pi * speed * sigma_y * sigma_z) * np.exp(-across ** 2 / (2 * sigma_y ** 2)) \
        * np.exp(-height ** 2 / (2 * sigma_z ** 2))
    plume = np.where(along > 0, plume, 0.0)
    value = background * rng.lognormal(0.0, 0.35, (n, hours)) + plume
    return direction, speed, value
