"""Probability that a segment is worse than its target class, from the kriging prediction and standard error.

With the prediction μ and standard error s the value is taken as N(μ, s²) (the kriging predictive
distribution). For an item whose limit L of the target class is an upper bound
P_EXCEED = 1 − Φ((L − μ)/s); for dissolved oxygen (higher is better) Φ((L − μ)/s); for pH (a range
[lo, hi]) Φ((lo − μ)/s) + 1 − Φ((hi − μ)/s). The class probabilities are the masses of N(μ, s²)
between consecutive class limits; the most probable class is the one with the largest mass. A
segment's overall ``p_exceed`` is the largest over its items: a lower bound of the probability that
any item fails, whatever their correlation.
"""

from dataclasses import dataclass

import numpy as np
from scipy.special import ndtr

from ...standards import gb3838

BANDS = ((0.9, 1.0 + 1e-9), (0.5, 0.9), (0.0, 0.5))  # "≥ 0.9", "0.5–0.9", "< 0.5"


@dataclass
class Exceedance:
    """``p`` (m×P, NaN = no class or no SE), ``best`` (m×P most probable class 1..6, 0 none), ``overall`` (m)."""

    p: np.ndarray
    best: np.ndarray
    overall: np.ndarray


def class_probabilities(item, mu, se, water_body="river"):
    """m×6 probabilities of classes I..V and 劣V under N(μ, s²)."""
    mu = np.asarray(mu, dtype=float)
    se = np.asarray(se, dtype=float)
    lims = gb3838.limits(item, water_body)
    code = gb3838.normalise_item(item)
    with np.errstate(divide="ignore", invalid="ignore"):
        if code == "pH":
            inside = ndtr((lims[1] - mu) / se) - ndtr((lims[0] - mu) / se)
            out = np.zeros((len(mu), 6))
            out[:, 0], out[:, 5] = inside, 1.0 - inside
            return out
        cdf = ndtr((np.asarray(lims, dtype=float)[None, :] - mu[:, None]) / se[:, None])  # P(X ≤ L_c)
    if gb3838.ITEMS[code]["higher_is_better"]:  # class c when X ≥ L_c: P(c) = P(X ≥ L_c) − P(X ≥ L_{c−1})
        above = np.column_stack([np.zeros(len(mu)), 1.0 - cdf, np.ones(len(mu))])
    else:
        above = np.column_stack([np.zeros(len(mu)), cdf, np.ones(len(mu))])
    return np.diff(above, axis=1)


def p_exceed(item, mu, se, target_class, water_body="river"):
    """Probability that the value is worse than the limit of ``target_class`` (1..5)."""
    probs = class_probabilities(item, mu, se, water_body)
    return probs[:, target_class:].sum(axis=1)


def exceedance(values, se, items, water_body, target_class):
    """:class:`Exceedance` for m×P predictions and standard errors of the parameters' GB 3838 ``items``."""
    values = np.asarray(values, dtype=float)
    se = np.asarray(se, dtype=float)
    m, n_par = values.shape
    p = np.full((m, n_par), np.nan)
    best = np.zeros((m, n_par), dtype=int)
    for j, code in enumerate(items):
        if code is None or not gb3838.applies(code, water_body):
            continue
        ok = np.isfinite(values[:, j]) & np.isfinite(se[:, j]) & (se[:, j] > 0)
        if not ok.any():
            continue
        probs = class_probabilities(code, values[ok, j], se[ok, j], water_body)
        p[ok, j] = probs[:, target_class:].sum(axis=1)
        best[ok, j] = probs.argmax(axis=1) + 1
    overall = np.full(m, np.nan)
    has = np.isfinite(p).any(axis=1)
    overall[has] = np.nanmax(p[has], axis=1)
    return Exceedance(p, best, overall)


def length_per_band(length_m, p):
    """Rows ``{"band", "length_km", "percent"}`` for P ≥ 0.9, 0.5–0.9, < 0.5 and (if any) no probability."""
    km = np.asarray(length_m, dtype=float) / 1000.0
    p = np.asarray(p, dtype=float)
    total = float(km.sum())
    rows = []
    for key, (lo, hi) in zip(("p_ge_0.9", "p_0.5_0.9", "p_lt_0.5"), BANDS):
        part = float(km[np.isfinite(p) & (p >= lo) & (p < hi)].sum())
        rows.append({"band": key, "length_km": round(part, 3), "percent": round(100 * part / total, 2) if total else 0})
    none = ~np.isfinite(p)
    if none.any():
        part = float(km[none].sum())
        rows.append({"band": "none", "length_km": round(part, 3), "percent": round(100 * part / total, 2)})
    return rows
