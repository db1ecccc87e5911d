"""GB 3838-2002 classes along the rivers: per parameter, overall (single-factor rule), length per class.

The classes and exceedance multiples come from :mod:`...standards.gb3838` (``classify_array``,
``exceedance_multiples``: (C − Cs)/Cs, for DO the deficit (Cs − C)/Cs, none for pH).
"""

from dataclasses import dataclass

import numpy as np

from ...standards import gb3838
from ..messages import N_, PlannerError

NO_CLASS_LABEL = N_("no value / not classified")
LABELS = {k: v[0] for k, v in gb3838.CLASS_LABELS.items()}


@dataclass
class Classes:
    """``cls`` (m×P, 0 = no value or not classified), ``multiple`` over the target (m×P, NaN = none),
    ``over`` (m×P: worse than the target), ``overall`` (m: the worst class of the parameters)."""

    cls: np.ndarray
    multiple: np.ndarray
    over: np.ndarray
    overall: np.ndarray


def gb3838_items(names, allow_other=False):
    """GB 3838 item code per field name (None for other fields when ``allow_other``); unknown names refused."""
    items = [gb3838.normalise_item(n) for n in names]
    unknown = [n for n, code in zip(names, items) if code is None]
    if unknown and not allow_other:
        raise PlannerError("These fields are not GB 3838 items: {}. Understood names: {}. Tick 'Also interpolate "
                           "fields that are not GB 3838 items' to interpolate them without a class.",
                           ", ".join(unknown), gb3838.UNDERSTOOD_NAMES)
    return items


def classify(values, items, water_body, target_class):
    """:class:`Classes` of ``values`` (m×P) for the parameters' GB 3838 ``items`` (None = no class)."""
    values = np.asarray(values, dtype=float)
    m, n_par = values.shape
    cls = np.zeros((m, n_par), dtype=int)
    mult = np.zeros((m, n_par))
    for p, code in enumerate(items):
        if code is None or not gb3838.applies(code, water_body):
            continue
        cls[:, p] = gb3838.classify_array(code, values[:, p], water_body)
        mult[:, p] = gb3838.exceedance_multiples(code, values[:, p], target_class, water_body, do_convention="deficit")
    over = cls > target_class
    mult[~over] = 0.0
    overall = cls.max(axis=1) if n_par else np.zeros(m, dtype=int)
    return Classes(cls, mult, over, overall)


def length_per_class(length_m, cls):
    """Rows ``{"class", "length_km", "percent"}`` for I..劣V, then one for segments without a class."""
    km = np.asarray(length_m, dtype=float) / 1000.0
    total = float(km.sum())
    rows = []
    for c in range(1, 7):
        part = float(km[cls == c].sum())
        rows.append({"class": LABELS[c], "length_km": round(part, 3),
                     "percent": round(100.0 * part / total, 2) if total else 0.0})
    nodata = cls == 0
    if nodata.any():
        part = float(km[nodata].sum())
        rows.append({"class": NO_CLASS_LABEL, "length_km": round(part, 3), "percent": round(100.0 * part / total, 2)})
    return rows


def section_classes(values, items, water_body):
    """Measured class per section (0 = none) and per parameter: ``(overall (n,), per parameter (n×P))``."""
    values = np.asarray(values, dtype=float)
    per = np.zeros(values.shape, dtype=int)
    for p, code in enumerate(items):
        if code is not None and gb3838.applies(code, water_body):
            per[:, p] = gb3838.classify_array(code, values[:, p], water_body)
    return (per.max(axis=1) if values.shape[1] else np.zeros(len(values), dtype=int)), per


def over_target_text(names, multiple, over):
    """``"NH3N(0.20); TP(0.25)"`` per row: the parameters over the target with their multiple (None if none)."""
    out = []
    for i in range(len(over)):
        parts = ["{}({})".format(name, "{:.2f}".format(multiple[i, p]) if np.isfinite(multiple[i, p]) else "-")
                 for p, name in enumerate(names) if over[i, p]]
        out.append("; ".join(parts) or None)
    return out
