"""Inputs of the spill early warning: status and source codes, per-reach hydraulics, spills, receptors,
options; the dispersion coefficient per reach (given, Fischer's estimate, default) and the limits (GB 3838
or free). Pure numpy; see :mod:`.spill` for the model."""

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...standards import gb3838
from ..messages import N_, PlannerError

GRAVITY = 9.81
FISCHER_COEFFICIENT = 0.011
EDGE_FRACTION = 0.01
TAU_MIN = 1.0  # s: a point at the spill itself is taken one second downstream
MAX_STEPS = 20000
CHUNK_CELLS = 2_000_000  # points × time steps evaluated at once

GIVEN, FISCHER, DEFAULT, MISSING = "given", "fischer", "default", "missing"

REACHED = "reached"
BEYOND_HORIZON = "beyond_horizon"
NEGLIGIBLE = "negligible"
UPSTREAM = "upstream"
OTHER_BRANCH = "other_branch"
OTHER_NETWORK = "other_network"
OFF_NETWORK = "off_network"
NO_VELOCITY = "no_velocity"
NO_DISCHARGE = "no_discharge"
NO_DISPERSION = "no_dispersion"

STATUS_LABELS = {
    REACHED: N_("reached"),
    BEYOND_HORIZON: N_("downstream, reached after the horizon"),
    NEGLIGIBLE: N_("downstream, below 1 % of the limit"),
    UPSTREAM: N_("upstream of the spill"),
    OTHER_BRANCH: N_("on another branch"),
    OTHER_NETWORK: N_("on a separate river network"),
    OFF_NETWORK: N_("farther than the snapping tolerance from any river"),
    NO_VELOCITY: N_("no velocity on the path"),
    NO_DISCHARGE: N_("no discharge on the path"),
    NO_DISPERSION: N_("no dispersion coefficient on the path"),
}


# -- inputs ---------------------------------------------------------------------------------------


@dataclass
class Hydraulics:
    """Per-reach velocity (m/s), discharge (m³/s), dispersion (m²/s) and where the dispersion came from."""

    velocity: np.ndarray
    discharge: np.ndarray
    dispersion: np.ndarray
    dispersion_source: np.ndarray  # GIVEN / FISCHER / DEFAULT / MISSING per reach


@dataclass
class Spills:
    """Spills snapped to the network (reach −1: off the network): mass (kg), duration and start (s)."""

    reach: np.ndarray
    pos: np.ndarray
    mass_kg: np.ndarray
    duration_s: Optional[np.ndarray] = None  # 0 = instantaneous
    start_s: Optional[np.ndarray] = None  # after START_TIME; default 0


@dataclass
class Receptors:
    """Receptors snapped to the network (reach −1: off the network); ``limit`` mg/L, NaN = the default."""

    reach: np.ndarray
    pos: np.ndarray
    limit: Optional[np.ndarray] = None


@dataclass
class SpillOptions:
    horizon_s: float
    time_step_s: float
    decay_per_day: float = 0.0
    limit: float = math.nan  # mg/L, default limit of every receptor and of the segments
    item: Optional[str] = None  # GB 3838 item code, for the class at the peak
    edge_fraction: float = EDGE_FRACTION


# -- dispersion and limits --------------------------------------------------------------------------


def fischer_dispersion(velocity, width, depth, slope):
    """Fischer (1975) E = 0.011·u²·B²/(h·u*), u* = √(g·h·S), m²/s; NaN where an input is not positive."""
    u, b, h, s = (np.asarray(a, dtype=float) for a in (velocity, width, depth, slope))
    ok = (u > 0) & (b > 0) & (h > 0) & (s > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        ustar = np.sqrt(GRAVITY * h * s)
        e = FISCHER_COEFFICIENT * u * u * b * b / (h * ustar)
    return np.where(ok, e, np.nan)


def reach_dispersion(velocity, given=None, width=None, depth=None, slope=None, default=None):
    """Per-reach dispersion (m²/s) and its source: ``given`` (field) where positive, else Fischer's
    estimate where width, depth and slope are positive, else ``default``; NaN (``missing``) otherwise."""
    u = np.asarray(velocity, dtype=float)
    n = len(u)
    e = np.full(n, np.nan)
    src = np.full(n, MISSING, dtype=object)
    if default is not None:
        d = float(default)
        if not (math.isfinite(d) and d > 0):
            raise PlannerError("The dispersion coefficient must be a positive number of m²/s (got {}).", default)
        e[:] = d
        src[:] = DEFAULT
    if width is not None and depth is not None and slope is not None:
        ef = fischer_dispersion(u, width, depth, slope)
        ok = np.isfinite(ef) & (ef > 0)
        e[ok] = ef[ok]
        src[ok] = FISCHER
    if given is not None:
        g = np.asarray(given, dtype=float)
        ok = np.isfinite(g) & (g > 0)
        e[ok] = g[ok]
        src[ok] = GIVEN
    return e, src


def pollutant_limit(pollutant, target_class=3, limit=None, water_body=gb3838.RIVER):
    """``(item code or None, limit mg/L)``: ``limit`` when given, else the GB 3838 limit of the class."""
    code = gb3838.normalise_item(pollutant) if pollutant else None
    if code in ("pH", "DO"):
        raise PlannerError("{} is not a pollutant that a spill raises; choose another item or give LIMIT.", pollutant)
    if limit is not None and not (isinstance(limit, float) and math.isnan(limit)):
        value = float(limit)
        if not (math.isfinite(value) and value > 0):
            raise PlannerError("LIMIT must be a positive concentration in mg/L (got {}).", limit)
        return code, value
    if code is None:
        raise PlannerError("'{}' is not a GB 3838 item; give its LIMIT in mg/L. GB 3838 items: {}",
                           pollutant, gb3838.UNDERSTOOD_NAMES)
    return code, float(gb3838.limit(code, target_class, water_body))


def receptor_limits(item, classes, default_limit, water_body=gb3838.RIVER):
    """Per-receptor limits from a class column (None/empty: ``default_limit``)."""
    out = np.full(len(classes), float(default_limit))
    if item is None:
        return out
    for i, cls in enumerate(classes):
        if cls is None or (isinstance(cls, str) and not cls.strip()):
            continue
        out[i] = gb3838.limit(item, cls, water_body)
    return out


def check_options(options):
    h, dt, k = float(options.horizon_s), float(options.time_step_s), float(options.decay_per_day)
    if not (math.isfinite(h) and h > 0):
        raise PlannerError("HORIZON must be a positive number of hours.")
    if not (math.isfinite(dt) and dt > 0):
        raise PlannerError("TIME_STEP must be a positive number of minutes.")
    if dt > h:
        raise PlannerError("TIME_STEP ({} min) is longer than the HORIZON ({} h).", round(dt / 60, 2),
                           round(h / 3600, 2))
    if h / dt > MAX_STEPS:
        raise PlannerError("{} time steps are too many (at most {}): lengthen TIME_STEP or shorten HORIZON.",
                           int(h / dt), MAX_STEPS)
    if not (math.isfinite(k) and k >= 0):
        raise PlannerError("DECAY_RATE must be zero or a positive number (1/day).")
    lim = float(options.limit)
    if not (math.isnan(lim) or (math.isfinite(lim) and lim > 0)):
        raise PlannerError("LIMIT must be a positive concentration in mg/L (got {}).", options.limit)
    f = float(options.edge_fraction)
    if not (0 < f < 1):
        raise PlannerError("The leading-edge fraction must lie between 0 and 1.")


def spill_arrays(spills):
    n = len(spills.reach)
    reach = np.asarray(spills.reach, dtype=np.int64)
    pos = np.asarray(spills.pos, dtype=float)
    mass = np.asarray(spills.mass_kg, dtype=float)
    dur = np.zeros(n) if spills.duration_s is None else np.asarray(spills.duration_s, dtype=float)
    start = np.zeros(n) if spills.start_s is None else np.asarray(spills.start_s, dtype=float)
    if n == 0:
        raise PlannerError("There is no spill.")
    bad = np.nonzero(~(np.isfinite(mass) & (mass > 0)))[0]
    if len(bad):
        raise PlannerError("The spilled mass must be a positive number of kg (spill {}: {}).", int(bad[0]) + 1,
                           mass[bad[0]])
    bad = np.nonzero(~(np.isfinite(dur) & (dur >= 0)))[0]
    if len(bad):
        raise PlannerError("The release duration must be zero (instantaneous) or positive (spill {}).",
                           int(bad[0]) + 1)
    bad = np.nonzero(~np.isfinite(start))[0]
    if len(bad):
        raise PlannerError("Spill {} has no valid start time.", int(bad[0]) + 1)
    return reach, pos, mass, dur, start
