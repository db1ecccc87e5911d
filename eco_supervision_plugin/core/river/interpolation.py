"""One interpolation run: clean the section values, predict with the chosen method, cross-validate them all.

:func:`run_interpolation` carries section measurements along the network with one of ``METHODS``
(see :mod:`.methods`) and computes leave-one-out (LOO) errors at the sections for every method listed
in ``loo_methods``, side by side with straight-line IDW (QGIS's formula). Notes of the chosen method
are the run's warnings; notes of methods that are only cross-validated are kept apart
(``cv_notes``), so an IDW run does not warn about kriging.
"""

from dataclasses import dataclass, field

import numpy as np

from ..messages import Note, PlannerError
from ..monitor import ensure
from .kriging_method import KrigingMethod
from .methods import (
    DecayMethod,
    FlowIdwMethod,
    Loo,
    Outfalls,
    SiteData,
    StraightIdwMethod,
    Targets,
)

METHODS = ("decay", "idw", "kriging")
LOO_METHODS = ("decay", "idw", "kriging", "straight_idw")
Z90 = 1.6448536269514722


def loo_stats(observed, predicted, variance=None):
    """RMSPE, bias (mean predicted − observed), MAE, n, and 90 % interval coverage when ``variance`` is given."""
    o = np.asarray(observed, dtype=float)
    p = np.asarray(predicted, dtype=float)
    ok = np.isfinite(o) & np.isfinite(p)
    out = {"n": int(ok.sum())}
    if not ok.any():
        out.update(rmspe=None, bias=None, mae=None)
        return out
    e = p[ok] - o[ok]
    out["rmspe"] = float(np.sqrt(np.mean(e ** 2)))
    out["bias"] = float(np.mean(e))
    out["mae"] = float(np.mean(np.abs(e)))
    if variance is not None:
        sd = np.sqrt(np.asarray(variance, dtype=float)[ok])
        out["coverage90"] = float(np.mean(np.abs(e) <= Z90 * sd))
    return out


def clean_values(values, names, label="section"):
    """Negative or null concentrations → NaN with a warning; an error when a parameter has none left."""
    values = np.array(values, dtype=float, copy=True).reshape(len(values), -1)
    warnings = []
    for p, name in enumerate(names):
        col = values[:, p]
        neg = np.isfinite(col) & (col < 0)
        null = ~np.isfinite(col)
        if neg.any() or null.any():
            warnings.append(
                Note("{}: {} {}(s) with a null and {} with a negative value were excluded.",
                     name, int(null.sum()), label, int(neg.sum()))
            )
        col[neg] = np.nan
        if not np.isfinite(col).any():
            raise PlannerError("Parameter {} has no usable (non-null, non-negative) value at any {}.", name, label)
    return values, warnings


@dataclass
class Interpolation:
    """Result of :func:`run_interpolation`."""

    values: np.ndarray  # m×P at the targets
    se: np.ndarray  # m×P standard error (kriging), NaN otherwise
    loo: dict[str, Loo]  # method key → leave-one-out predictions at the sections
    stats: list[dict]  # one row per parameter and cross-validated method (loo_stats + parameter, method)
    kriging: list[dict]  # fitted covariance parameters per network and parameter
    warnings: list[str]  # notes of the data and of the chosen method
    clean_values: np.ndarray  # n×P section values used (negative → NaN)
    cv_notes: list[str] = field(default_factory=list)  # notes of methods only cross-validated
    method: object = None  # the chosen method (kriging: block means through ``method.predict_blocks``)
    data: object = None  # SiteData
    targets: object = None  # Targets


def _outfalls(outfalls):
    if outfalls is None or isinstance(outfalls, Outfalls):
        return outfalls
    return Outfalls(np.asarray(outfalls["reach"], dtype=np.int64), np.asarray(outfalls["pos"], dtype=float),
                    np.asarray(outfalls["q"], dtype=float),
                    np.asarray(outfalls["values"], dtype=float).reshape(len(outfalls["reach"]), -1))


def run_interpolation(net, seg_reach, seg_pos, sections, names, method="kriging", rates=None, calibrate=False,
                      velocity=None, discharge=None, outfalls=None, power=2.0, reml=False,
                      sec_cov=None, seg_cov=None, loo_methods=METHODS, monitor=None, kriging=None):
    """Interpolate every parameter along the network and cross-validate at the sections.

    Parameters
    ----------
    net : RiverNetwork
    seg_reach, seg_pos : target points (segment midpoints), m of them.
    sections : dict (or object) with ``reach``, ``pos`` (snapped positions), ``xy`` (n×2), ``values``
        (n×P, NaN = missing).
    names : P parameter names.
    method : one of ``METHODS``; the others are cross-validated when listed in ``loo_methods``
        (``LOO_METHODS`` adds straight-line IDW).
    rates : dict name → K (1/d) for the decay model; missing → calibrated median or 0.
    velocity, discharge : per-reach arrays (m/s, m³/s).
    outfalls : :class:`~.methods.Outfalls` (or a dict of its fields) or None.
    sec_cov, seg_cov : covariates (n×c, m×c) for the kriging trend; NaN columns in ``seg_cov`` are
        interpolated along the network from the sections (flow-connected IDW).
    kriging : :class:`~.kriging_select.KrigingSpec` (covariance mixture, REML, model choice); default
        tail-up exponential + nugget, ``reml`` as given.

    Returns an :class:`Interpolation`.
    """
    monitor = ensure(monitor)
    if method not in METHODS:
        raise PlannerError("METHOD must be one of {}.", ", ".join(METHODS))
    get = sections.get if isinstance(sections, dict) else lambda k: getattr(sections, k)
    vals, warnings = clean_values(get("values"), names)
    data = SiteData(net, np.asarray(get("reach"), dtype=np.int64), np.asarray(get("pos"), dtype=float),
                    np.asarray(get("xy"), dtype=float), vals, list(names))
    targets = Targets(np.asarray(seg_reach, dtype=np.int64), np.asarray(seg_pos, dtype=float), seg_cov)
    builders = {
        "decay": lambda: DecayMethod(net, velocity, discharge, rates, calibrate, _outfalls(outfalls)),
        "idw": lambda: FlowIdwMethod(power),
        "kriging": lambda: KrigingMethod(reml, sec_cov, power, spec=kriging),
        "straight_idw": lambda: StraightIdwMethod(power),
    }
    keys = [k for k in LOO_METHODS if k in loo_methods]
    methods = {k: builders[k]() for k in dict.fromkeys([method] + keys)}
    chosen = methods[method]
    spans = 1 + len(keys)
    pred = chosen.predict(data, targets, monitor.sub(0.0, 1.0 / spans))
    loo = {}
    for j, key in enumerate(keys):
        loo[key] = methods[key].loo(data, monitor.sub((j + 1) / spans, (j + 2) / spans))
    stats = []
    for p in range(len(names)):
        for key in keys:
            var = loo[key].var
            row = {"parameter": names[p], "method": key}
            row.update(loo_stats(vals[:, p], loo[key].pred[:, p], None if var is None else var[:, p]))
            stats.append(row)
    warnings += chosen.notes
    empty = ~np.isfinite(pred.values).any(axis=1)
    if empty.any():
        warnings.append(Note("{} segment(s) have no flow-connected section and were left empty.", int(empty.sum())))
    cv_notes = [note for key, m in methods.items() if key != method for note in m.notes]
    krig = methods.get("kriging")
    monitor.step(1.0)
    se = pred.se if pred.se is not None else np.full(pred.values.shape, np.nan)
    return Interpolation(pred.values, se, loo, stats, krig.fits if krig is not None else [], warnings, vals,
                         cv_notes, chosen, data, targets)

