# ruff: noqa: N803, N806  (matrix notation: H, W, X, K as in the model papers)
"""The interpolation methods behind one protocol: ``predict()`` at target points, ``loo()`` at the sections.

* :class:`DecayMethod` — HJ 2.3-2018 decay model (:mod:`.decay`);
* :class:`FlowIdwMethod` — inverse flow-connected distance weighting (:mod:`.idw`);
* ``KrigingMethod`` — stream-network kriging (:mod:`.kriging_method`: covariance mixtures fitted on
  every separate network; where a network has too few sections, flow-connected IDW stands in);
* :class:`StraightIdwMethod` — QGIS's IDW formula on straight-line distance, the reference.

Each method keeps the planner notes it produced in ``notes`` (a list of :class:`~..messages.Note`), so
a run can show the notes of the method it uses and keep those of the methods it only cross-validates
apart.
"""

from dataclasses import dataclass, field
from typing import Optional, Protocol

import numpy as np

from ..messages import Note, PlannerError
from ..monitor import ensure
from .decay import calibrate_decay, decay_model
from .idw import fc_idw, loo_idw_from_distances, straight_idw
from .transport import mixing_weights, upstream_reaches


@dataclass
class SiteData:
    """Sections with values on a network: what every method learns from.

    ``values`` (n×P, NaN = missing) are already cleaned (see :func:`.interpolation.clean_values`).
    """

    net: object
    reach: np.ndarray
    pos: np.ndarray
    xy: np.ndarray
    values: np.ndarray
    names: list[str]
    _flow: Optional[tuple] = field(default=None, repr=False)

    @property
    def n(self):
        return len(self.reach)

    def flow_matrices(self):
        """(H, W): flow-connected distances (inf = unconnected) and branch weights among the sections."""
        if self._flow is None:
            _, H, W = self.net.flow_connection(self.reach, self.pos, self.reach, self.pos)
            self._flow = (H, W)
        return self._flow


@dataclass
class Targets:
    """Points to predict at: ``(reach, pos)``; ``cov`` (m×c) covariates for a kriging trend (NaN = unknown)."""

    reach: np.ndarray
    pos: np.ndarray
    cov: Optional[np.ndarray] = None


@dataclass
class Prediction:
    values: np.ndarray  # m×P
    se: Optional[np.ndarray] = None  # m×P standard error (kriging), else None


@dataclass
class Loo:
    pred: np.ndarray  # n×P leave-one-out predictions
    var: Optional[np.ndarray] = None  # n×P prediction variances (kriging), else None


class Method(Protocol):
    """What the run needs of an interpolation method."""

    key: str
    notes: list

    def predict(self, data, targets, monitor=None):
        """:class:`Prediction` at ``targets``."""

    def loo(self, data, monitor=None):
        """:class:`Loo` at the sections of ``data``."""


@dataclass
class Outfalls:
    """Point loads mixed in by the decay model: reach, position (m), flow q (m³/s), values (k×P)."""

    reach: np.ndarray
    pos: np.ndarray
    q: np.ndarray
    values: np.ndarray


class DecayMethod:
    """HJ 2.3-2018 decay model; K per parameter from ``rates`` (1/d), or calibrated per reach."""

    key = "decay"

    def __init__(self, net, velocity, discharge=None, rates=None, calibrate=False, outfalls=None):
        u = np.full(net.n_reaches, np.nan) if velocity is None else np.asarray(velocity, dtype=float)
        if not (np.isfinite(u) & (u > 0)).all():
            raise PlannerError("The decay model needs a positive flow velocity on every reach "
                               "(VELOCITY_FIELD / VELOCITY).")
        self.u = u
        self.rates = rates or {}
        self.calibrate = calibrate
        self.outfalls = outfalls if outfalls is not None and len(outfalls.reach) else None
        self.q = np.full(net.n_reaches, np.nan) if discharge is None else np.asarray(discharge, dtype=float)
        o = self.outfalls
        self.mix_w, equal_nodes = mixing_weights(net, discharge, None if o is None else o.reach,
                                                 None if o is None else o.q)
        self.notes = []
        if len(equal_nodes):
            self.notes.append(Note("Discharge is zero or missing at {} confluence(s); the branches were mixed with "
                                   "equal weights there.", len(equal_nodes)))
        if o is not None and not (np.isfinite(self.q[o.reach]) & (self.q[o.reach] > 0)).all():
            self.notes.append(Note("Some outfalls lie on reaches without a discharge; they cannot be mixed in and "
                                   "were ignored."))
        if not self.rates and not calibrate:
            self.notes.append(Note("No decay rates given and calibration is off: K = 0 (mixing only)."))

    def _per_metre(self, data, p, keep):
        """Decay per metre K/(86400·u) for parameter p from the kept sections, and the sections used."""
        ok = keep & np.isfinite(data.values[:, p])
        default = self.rates.get(data.names[p])
        if self.calibrate:
            K, _ = calibrate_decay(data.net, self.u, data.reach[ok], data.pos[ok], data.values[ok, p], default)
        else:
            K = np.full(data.net.n_reaches, default if default is not None else 0.0)
        return K / (86400.0 * self.u), ok

    def _loads(self, p):
        o = self.outfalls
        return None if o is None else (o.reach, o.pos, o.q, o.values[:, p])

    def predict(self, data, targets, monitor=None):
        monitor = ensure(monitor)
        P = data.values.shape[1]
        out = np.full((len(targets.reach), P), np.nan)
        for p in range(P):
            kk, ok = self._per_metre(data, p, np.ones(data.n, dtype=bool))
            out[:, p], _ = decay_model(data.net, kk, self.mix_w, self.q, data.reach[ok], data.pos[ok],
                                       data.values[ok, p], targets.reach, targets.pos, self._loads(p))
            monitor.step((p + 1) / P)
        return Prediction(out)

    def loo(self, data, monitor=None):
        monitor = ensure(monitor)
        n, P = data.values.shape
        pred = np.full((n, P), np.nan)
        for p in range(P):
            for i in np.nonzero(np.isfinite(data.values[:, p]))[0]:
                keep = np.ones(n, dtype=bool)
                keep[i] = False
                kk, ok = self._per_metre(data, p, keep)
                if not ok.any():
                    continue
                v, _ = decay_model(data.net, kk, self.mix_w, self.q, data.reach[ok], data.pos[ok], data.values[ok, p],
                                   data.reach[i:i + 1], data.pos[i:i + 1], self._loads(p),
                                   active=upstream_reaches(data.net, data.reach[i]))
                pred[i, p] = v[0]
                monitor.check()
            monitor.step((p + 1) / P)
        return Loo(pred)


class FlowIdwMethod:
    """Inverse flow-connected distance weighting, weight 1/d^power on the flow distance."""

    key = "idw"

    def __init__(self, power=2.0):
        self.power = power
        self.notes = []

    def predict(self, data, targets, monitor=None):
        return Prediction(fc_idw(data.net, data.reach, data.pos, data.values, targets.reach, targets.pos, self.power,
                                 monitor=monitor))

    def loo(self, data, monitor=None):
        H, _ = data.flow_matrices()
        return Loo(loo_idw_from_distances(H, data.values, self.power))


class StraightIdwMethod:
    """QGIS's ``QgsIDWInterpolator`` on straight-line distance (cross-validation reference)."""

    key = "straight_idw"

    def __init__(self, power=2.0):
        self.power = power
        self.notes = []

    def predict(self, data, targets, monitor=None):
        xy = data.net.points_xy(targets.reach, targets.pos)
        return Prediction(straight_idw(data.xy, data.values, xy, self.power))

    def loo(self, data, monitor=None):
        D = np.hypot(*(data.xy[:, None, :] - data.xy[None, :, :]).transpose(2, 0, 1))
        return Loo(loo_idw_from_distances(D, data.values, self.power))

