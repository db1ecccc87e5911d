# ruff: noqa: N803, N806  (matrix notation as in the model papers)
"""Stream-network covariance families (Ver Hoef & Peterson 2010; the definitions SSN/SSN2 use).

Every family is written as a correlation (partial sill 1) of a range α > 0; a mixture adds
σ²_k·ρ_k over its components plus a nugget τ² on the diagonal.

* **Tail-up** (flow-connected pairs only, 0 otherwise), h = stream distance, w = sqrt(Ω_up/Ω_down)
  the branch weight: exponential exp(−h/α); spherical (1 − 1.5h/α + 0.5(h/α)³)·1(h ≤ α); linear with
  sill (1 − h/α)·1(h ≤ α); Mariah ln(90h/α + 1)/(90h/α) (1 at h = 0); each times w.
* **Tail-down**: flow-connected pairs as tail-up without weights; flow-unconnected pairs with
  a ≥ b their distances to the common downstream junction: exponential exp(−(a + b)/α); spherical
  (1 − 1.5b/α + 0.5a/α)(1 − a/α)²·1(a ≤ α); linear with sill (1 − a/α)·1(a ≤ α); Mariah
  [ln(90a/α + 1) − ln(90b/α + 1)]/(90(a − b)/α), 1/(90a/α + 1) when a = b.
* **Euclidean**, d = straight-line distance: exponential exp(−d/α); spherical; Gaussian exp(−(d/α)²).
"""

from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..messages import PlannerError

TAIL_UP = ("exponential", "spherical", "linear", "mariah")
TAIL_DOWN = TAIL_UP
EUCLIDEAN = ("exponential", "spherical", "gaussian")
KINDS = ("tail_up", "tail_down", "euclidean")


@dataclass
class PairGeometry:
    """What the families need of point pairs (arrays of one shape, dense n×m or a list of pairs).

    ``h`` flow-connected distance (inf where flow-unconnected), ``w`` branch weight (0 where
    unconnected), ``a``/``b`` longer/shorter distance to the common junction of flow-unconnected pairs
    (a = h, b = 0 for flow-connected pairs; inf on separate networks), ``d`` straight-line distance.
    """

    h: np.ndarray
    w: np.ndarray
    a: np.ndarray
    b: np.ndarray
    d: np.ndarray

    def take(self, index):
        return PairGeometry(*(np.asarray(v)[index] for v in (self.h, self.w, self.a, self.b, self.d)))


def _spherical(x):
    """1 − 1.5x + 0.5x³ for x ≤ 1, else 0; written (1 + 0.5x)(1 − x)² on min(x, 1) (no branch, inf gives 0)."""
    xc = np.minimum(x, 1.0)
    return (1.0 + 0.5 * xc) * (1.0 - xc) ** 2


def _linear(x):
    return 1.0 - np.minimum(x, 1.0)


def _mariah(x):
    x = np.minimum(x, 1e300)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.log1p(90.0 * x) / (90.0 * x)
    return np.where(x > 0, out, 1.0)


_CONNECTED = {"exponential": lambda x: np.exp(-x), "spherical": _spherical, "linear": _linear, "mariah": _mariah}


def tail_up(family, h, w, rng):
    """Tail-up correlation: f(h/α)·w on flow-connected pairs (h finite, w > 0); 0 where w = 0."""
    w = np.asarray(w, dtype=float)
    if family == "exponential":  # in place: these arrays are large (targets × sections)
        out = np.divide(h, -rng)
        np.exp(out, out=out)
        out *= w
        return out
    x = np.asarray(h, dtype=float) / rng
    return _CONNECTED[family](x) * w


def tail_down(family, a, b, rng):
    """Tail-down correlation from (a, b); a flow-connected pair is a = h, b = 0, where every (a, b) form
    reduces to f(h/α) (e.g. (1 + 0.5x)(1 − x)² = 1 − 1.5x + 0.5x³). a = inf (separate networks) gives 0."""
    xa = np.minimum(np.asarray(a, dtype=float) / rng, 1e300)
    xb = np.asarray(b, dtype=float) / rng
    if family == "exponential":  # in place where it matters: xa, xb are new arrays
        v = np.add(xa, xb, out=xa)
        np.negative(v, out=v)
        np.exp(v, out=v)
    elif family == "spherical":
        t = np.minimum(xa, 1.0)
        np.subtract(1.0, t, out=t)
        t *= t
        v = np.multiply(xb, -1.5, out=xb)
        v += 1.0
        xa *= 0.5
        v += xa
        v *= t
    elif family == "linear":
        v = _linear(xa)
    else:  # mariah
        diff = xa - xb
        with np.errstate(divide="ignore", invalid="ignore"):
            v = (np.log1p(90.0 * xa) - np.log1p(90.0 * xb)) / (90.0 * diff)
        v = np.where(diff > 1e-12 * np.maximum(xa, 1e-300), v, 1.0 / (90.0 * xa + 1.0))
    return v


def euclidean(family, d, rng):
    """Euclidean correlation on straight-line distance d."""
    x = np.divide(d, rng)
    if family == "spherical":
        return _spherical(x)
    if family == "gaussian":
        x *= x
    np.negative(x, out=x)
    return np.exp(x, out=x)


@dataclass(frozen=True)
class CovarianceModel:
    """A mixture: a family per kind (None = off) and a nugget on or off."""

    tail_up: Optional[str] = "exponential"
    tail_down: Optional[str] = None
    euclidean: Optional[str] = None
    nugget: bool = True

    def __post_init__(self):
        for kind, allowed in (("tail_up", TAIL_UP), ("tail_down", TAIL_DOWN), ("euclidean", EUCLIDEAN)):
            family = getattr(self, kind)
            if family is not None and family not in allowed:
                raise PlannerError("Unknown {} covariance family {}; use one of {}.", kind, family,
                                   ", ".join(allowed))

    @property
    def components(self):
        """((kind, family), ...) of the components that are on, in the order tail-up, tail-down, Euclidean."""
        return tuple((k, getattr(self, k)) for k in KINDS if getattr(self, k) is not None)

    @property
    def name(self):
        parts = ["{} {}".format(k.replace("_", "-"), f) for k, f in self.components]
        if self.nugget:
            parts.append("nugget")
        return " + ".join(parts) or "none"

    def subsets(self):
        """Every model with some of this model's components (and nugget) switched off; at least one term."""
        out = []
        comps = self.components
        for mask in range(1 << len(comps)):
            on = {k: f for j, (k, f) in enumerate(comps) if mask >> j & 1}
            for nug in ((False, True) if self.nugget else (False,)):
                if on or nug:
                    out.append(CovarianceModel(on.get("tail_up"), on.get("tail_down"), on.get("euclidean"), nug))
        return out


def component(kind, family, geom, rng):
    """One component's correlation on ``geom`` (a :class:`PairGeometry`)."""
    if kind == "tail_up":
        return tail_up(family, geom.h, geom.w, rng)
    if kind == "tail_down":
        return tail_down(family, geom.a, geom.b, rng)
    return euclidean(family, geom.d, rng)


def covariance(model, geom, psills, ranges, nugget=0.0, diagonal=None):
    """Σ σ²_k·ρ_k(α_k) over the model's components, plus ``nugget`` where ``diagonal`` (bool mask) is set."""
    out = None
    for (kind, family), s2, rng in zip(model.components, psills, ranges):
        c = component(kind, family, geom, rng)
        c *= s2
        if out is None:
            out = c
        else:
            out += c
    if out is None:
        out = np.zeros(np.shape(geom.h))
    if diagonal is not None and nugget:
        out[diagonal] += nugget
    return out
