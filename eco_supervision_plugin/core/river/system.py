"""The directed river network with its per-reach flow fields, built from line parts, fields and options.

Every algorithm on the rivers (riverinterpolation, spill warning, outfall allocation) starts here, so
they read direction fixes, discharge, velocity and node tolerance the same way:

    lines = RiverLines(parts, part_row, fids, reverse=..., elevation=..., discharge=..., velocity=...)
    system = build_river_system(lines, NetworkOptions(node_tolerance=1.0, default_velocity=0.3))
    system.net                 # RiverNetwork (network.py): reaches oriented downstream, tree, components
    system.velocity            # m/s per reach (field, else the default; never ≤ 0)
    system.discharge           # m³/s per reach, NaN where unknown (None without a field)
    system.travel_time_s()     # seconds to travel each reach, L/u
    system.reach_values(col)   # any per-feature column (e.g. a width field) as per-reach values

Per-feature columns (``RiverLines`` fields) are indexed by feature row; ``part_row`` maps each line
part to its row (a multi-line feature gives several parts, hence several reaches).
"""

from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..messages import PlannerError
from ..monitor import ensure
from .network import build_network
from .transport import travel_to_outlet


@dataclass
class RiverLines:
    """River lines as read from a layer, in a metric CRS.

    ``parts`` (list of m×2 vertex arrays, digitised in flow direction unless ``reverse`` says otherwise)
    and ``part_row`` (feature row of each part); ``fids`` the feature ids per row. Per-row columns,
    ``None`` when the field is not given: ``reverse`` (bool), ``elevation`` (at the first vertex, or the
    mean elevation of the line when ``elevation_end`` is None), ``elevation_end`` (at the last vertex),
    ``discharge`` (m³/s), ``weight`` (branch weight for kriging: discharge or watershed area; default
    ``discharge``), ``velocity`` (m/s; missing or ≤ 0 → the default). ``columns`` holds any other
    per-row numeric columns by name (e.g. kriging covariates, widths, depths).
    """

    parts: list
    part_row: np.ndarray
    fids: np.ndarray
    reverse: Optional[np.ndarray] = None
    elevation: Optional[np.ndarray] = None
    elevation_end: Optional[np.ndarray] = None
    discharge: Optional[np.ndarray] = None
    weight: Optional[np.ndarray] = None
    velocity: Optional[np.ndarray] = None
    columns: dict = field(default_factory=dict)


@dataclass
class OutfallInput:
    """Outfalls: ``xy`` (k×2), flow ``q`` (m³/s), ``values`` (k×P, or a list of P columns with None where the
    outfall layer has no such field) in the order of the section parameters; NaN = null."""

    xy: np.ndarray
    q: np.ndarray
    values: np.ndarray


@dataclass
class NetworkOptions:
    """``node_tolerance`` (m): line ends closer than this are one node; ``default_velocity`` (m/s)."""

    node_tolerance: float = 1.0
    default_velocity: float = 0.3


@dataclass
class RiverSystem:
    """A built network and its per-reach fields (reach r comes from line part ``kept_parts[r]``)."""

    net: object
    reach_row: np.ndarray  # feature row of each reach
    reach_fid: np.ndarray  # feature id of each reach
    velocity: np.ndarray  # m/s per reach
    discharge: Optional[np.ndarray]  # m³/s per reach (NaN unknown) or None without a field
    weight: Optional[np.ndarray]  # branch weights per reach or None
    lines: RiverLines
    lines_reversed_by_field: int

    @property
    def warnings(self):
        return self.net.warnings

    def reach_values(self, per_row):
        """A per-feature-row column (e.g. ``lines.columns[name]``) as one value per reach."""
        return np.asarray(per_row, dtype=float)[self.reach_row]

    def travel_time_s(self):
        """Seconds to travel each reach, L/u."""
        return self.net.length / self.velocity

    def travel_time_to_outlet_s(self):
        """Seconds from each reach's downstream end to its outlet along the tree."""
        return travel_to_outlet(self.net, 1.0 / self.velocity)


def _finite_or(values, default):
    if values is None:
        return None
    arr = np.array(values, dtype=float, copy=True)
    arr[~np.isfinite(arr)] = default
    return arr


def build_river_system(lines, options=None, monitor=None):
    """Directed network from :class:`RiverLines` and :class:`NetworkOptions` → :class:`RiverSystem`.

    The direction fixes (reverse flags, then elevations), the choice of the branch weight (weight field,
    else discharge), and the velocity default (missing or non-positive values take
    ``options.default_velocity``) are made here, once for every algorithm.
    """
    options = options or NetworkOptions()
    if not (np.isfinite(options.node_tolerance) and options.node_tolerance >= 0):
        raise PlannerError("The node tolerance cannot be negative (got {} metres).", options.node_tolerance)
    if not (np.isfinite(options.default_velocity) and options.default_velocity > 0):
        raise PlannerError("The default flow velocity must be greater than 0 m/s (got {}).", options.default_velocity)
    if not lines.parts:
        raise PlannerError("The river layer has no usable lines.")
    if lines.elevation_end is not None and lines.elevation is None:
        raise PlannerError("The elevation field at the last vertex needs the elevation field (at the first vertex) "
                           "as well.")
    row = np.asarray(lines.part_row, dtype=np.int64)

    def per_part(column, default=np.nan):
        arr = _finite_or(column, default)
        return None if arr is None else arr[row]

    reverse = None if lines.reverse is None else np.asarray(lines.reverse, dtype=bool)[row]
    discharge = per_part(lines.discharge)
    weight = per_part(lines.weight) if lines.weight is not None else discharge
    u0 = float(options.default_velocity)
    velocity = per_part(lines.velocity, u0)
    velocity = np.full(len(lines.parts), u0) if velocity is None else np.where(velocity > 0, velocity, u0)
    net = build_network(lines.parts, reverse, per_part(lines.elevation), weight, options.node_tolerance,
                        ensure(monitor), per_part(lines.elevation_end))
    kept = net.kept_parts
    reach_row = row[kept]
    return RiverSystem(
        net=net, reach_row=reach_row, reach_fid=np.asarray(lines.fids)[reach_row], velocity=velocity[kept],
        discharge=None if discharge is None else discharge[kept], weight=None if weight is None else weight[kept],
        lines=lines, lines_reversed_by_field=int(0 if reverse is None else reverse[kept].sum()))
