"""The spill early warning from river lines and points: the one entry the Processing wrapper calls.

:func:`run_spill` builds the directed network (:func:`.system.build_river_system`, shared with
riverinterpolation and outfall allocation), takes the per-reach hydraulics from the river fields
(velocity, discharge, dispersion given or estimated by Fischer's formula), snaps the spills and the
receptors to the network (:func:`.geometry.snap_points`, as the sections and outfalls are snapped),
cuts the reaches into output segments (:func:`.geometry.segment_network`) and calls
:func:`.spill.plan_spill`. Pure numpy; the model is in :mod:`.spill`.

Velocity: a null velocity takes the default velocity (as in every river algorithm), but a velocity
field value of zero or less is a stagnant reach the plume cannot cross (status ``no_velocity``).
Discharge: needed on the path (the concentration is the mass flux over the discharge); a null value
gives ``no_discharge`` for the points beyond it.
"""

import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..messages import Note, PlannerError
from ..monitor import ensure
from .geometry import cut_line, segment_network, snap_points
from .spill import BEYOND_HORIZON, Hydraulics, Receptors, SpillOptions, Spills, plan_spill
from .spill_inputs import pollutant_limit, reach_dispersion, receptor_limits
from .system import NetworkOptions, build_river_system


@dataclass
class SpillPoints:
    """Spills as read: ``xy`` (n×2, metric), mass (kg), duration and start (s after START_TIME), labels."""

    xy: np.ndarray
    mass_kg: np.ndarray
    duration_s: np.ndarray
    start_s: np.ndarray
    labels: list

    @classmethod
    def from_columns(cls, xy, labels, mass_kg, mass_column=None, duration_min=0.0, duration_column=None,
                     start_s=None):
        """Spills at ``xy`` with one mass (kg) and duration (min), or per-spill columns: a mass column replaces
        the mass (a null mass stays null and is refused), a null duration takes ``duration_min``; ``start_s``
        seconds after START_TIME per spill (default 0; NaN is refused)."""
        n = len(xy)
        mass = np.full(n, float(mass_kg)) if mass_column is None else np.asarray(mass_column, dtype=float)
        duration = np.full(n, float(duration_min))
        if duration_column is not None:
            col = np.asarray(duration_column, dtype=float)
            duration = np.where(np.isfinite(col), col, duration)
        start = np.zeros(n) if start_s is None else np.asarray(start_s, dtype=float)
        return cls(np.asarray(xy, dtype=float).reshape(-1, 2), mass, duration * 60.0, start, list(labels))


@dataclass
class ReceptorPoints:
    """Receptors as read: ``xy``, labels, an optional limit column (mg/L, NaN = none) and class column."""

    xy: np.ndarray
    labels: list
    limit: Optional[np.ndarray] = None
    classes: Optional[list] = None


@dataclass
class DispersionColumns:
    """Per-feature river columns for the dispersion (None where no field is chosen)."""

    given: Optional[np.ndarray] = None
    width: Optional[np.ndarray] = None
    depth: Optional[np.ndarray] = None
    slope: Optional[np.ndarray] = None


@dataclass
class SpillRunOptions:
    horizon_s: float
    time_step_s: float
    pollutant: str = "NH3N"
    limit: Optional[float] = None  # mg/L; None: the GB 3838 limit of the target class
    target_class: object = 3
    decay_per_day: float = 0.0
    snap_tolerance: float = 200.0  # m, spills and receptors
    segment_length: float = 500.0  # m
    default_dispersion: Optional[float] = 30.0  # m²/s where neither a field nor Fischer's estimate gives one
    network: NetworkOptions = field(default_factory=NetworkOptions)


@dataclass
class SpillRun:
    """The plan and what the outputs need: the river system, segments, snapping, limits."""

    plan: object  # SpillPlan
    system: object  # RiverSystem
    segments: object  # geometry.Segments (every segment of the network; plan.segments indexes it)
    item: Optional[str]
    limit: float
    spill_reach: np.ndarray
    spill_dist: np.ndarray
    receptor_reach: np.ndarray
    receptor_pos: np.ndarray
    receptor_dist: np.ndarray
    warnings: list
    spills: Optional[SpillPoints] = None  # as given

    def segment_line(self, i):
        """Vertices of segment ``i`` (index into :attr:`segments`)."""
        s = self.segments
        return cut_line(self.system.net.reach_xy[s.reach[i]], s.start[i], s.end[i])


def reach_hydraulics(system, columns, default_dispersion):
    """:class:`Hydraulics` per reach from the river system and the dispersion columns."""
    lines = system.lines
    velocity = np.array(system.velocity, dtype=float)
    if lines.velocity is not None:
        raw = system.reach_values(lines.velocity)
        velocity[np.isfinite(raw) & (raw <= 0)] = 0.0  # a stagnant reach, not the default
    if system.discharge is None:
        raise PlannerError("Choose a DISCHARGE_FIELD: the concentration is the spilled mass flux divided by the "
                           "discharge (m³/s).")
    per_reach = {name: None if col is None else system.reach_values(col)
                 for name, col in vars(columns).items()}
    e, src = reach_dispersion(velocity, given=per_reach["given"], width=per_reach["width"],
                              depth=per_reach["depth"], slope=per_reach["slope"], default=default_dispersion)
    return Hydraulics(velocity, np.asarray(system.discharge, dtype=float), e, src)


def run_spill(lines, spills, receptors, options, columns=None, monitor=None):
    """Breakthrough at the receptors and along the river downstream of the spills (module docstring).

    ``lines`` :class:`.system.RiverLines`; ``spills`` :class:`SpillPoints`; ``receptors``
    :class:`ReceptorPoints`; ``options`` :class:`SpillRunOptions`; ``columns`` :class:`DispersionColumns`.
    Returns a :class:`SpillRun`.
    """
    monitor = ensure(monitor)
    item, limit = pollutant_limit(options.pollutant, options.target_class, options.limit)
    tol = float(options.snap_tolerance)
    if not (math.isfinite(tol) and tol >= 0):
        raise PlannerError("The snapping tolerance cannot be negative (got {} metres).", options.snap_tolerance)
    if len(receptors.xy) == 0:
        raise PlannerError("There is no receptor (intake or monitoring section) with a usable point.")
    system = build_river_system(lines, options.network, monitor.sub(0.0, 0.15))
    net = system.net
    warnings = list(system.warnings)
    hyd = reach_hydraulics(system, columns or DispersionColumns(), options.default_dispersion)
    s_xy = np.asarray(spills.xy, dtype=float).reshape(-1, 2)
    r_xy = np.asarray(receptors.xy, dtype=float).reshape(-1, 2)
    reach, pos, dist = snap_points(net, np.vstack([s_xy, r_xy]), tol)
    ns = len(s_xy)
    off = reach[ns:] < 0
    if off.any():
        warnings.append(Note("{} receptor(s) lie farther than {} m from any river: {}.", int(off.sum()), tol,
                             ", ".join(str(receptors.labels[i]) for i in np.nonzero(off)[0][:20])))
    lim = np.full(len(r_xy), np.nan)
    if receptors.classes is not None:
        has = [c is not None and str(c).strip() not in ("", "NULL") for c in receptors.classes]
        if any(has):
            if item is None:
                warnings.append(Note("The receptor class field is ignored: {} is not a GB 3838 item.",
                                     options.pollutant))
            else:
                lim = np.where(has, receptor_limits(item, [c if h else None for c, h in
                                                           zip(receptors.classes, has)], limit), np.nan)
    if receptors.limit is not None:
        given = np.asarray(receptors.limit, dtype=float)
        ok = np.isfinite(given) & (given > 0)
        lim = np.where(ok, given, lim)
    seg = segment_network(net, options.segment_length)
    monitor.step(0.25)
    plan = plan_spill(net, hyd, Spills(reach[:ns], pos[:ns], spills.mass_kg, spills.duration_s, spills.start_s),
                      Receptors(reach[ns:], pos[ns:], lim), seg.reach, seg.mid,
                      SpillOptions(horizon_s=options.horizon_s, time_step_s=options.time_step_s,
                                   decay_per_day=options.decay_per_day, limit=limit, item=item),
                      monitor.sub(0.25, 1.0))
    warnings.extend(plan.warnings)
    later = [r.travel_time_s for r in plan.receptors if r.status == BEYOND_HORIZON]
    if later and not any(r.reached for r in plan.receptors):
        warnings.append(Note("No receptor is reached within the HORIZON of {} h: the first receptor downstream is "
                             "reached after about {} h. Lengthen HORIZON.", round(options.horizon_s / 3600.0, 2),
                             round(min(later) / 3600.0, 1)))
    return SpillRun(plan=plan, system=system, segments=seg, item=item, limit=limit, spill_reach=reach[:ns],
                    spill_dist=dist[:ns], receptor_reach=reach[ns:], receptor_pos=pos[ns:], receptor_dist=dist[ns:],
                    warnings=warnings, spills=spills)
