"""Parsers for parameter strings and attribute values, shared by every algorithm.

Each parser takes what a planner types or what a field holds and returns plain Python values; a
value that cannot be read raises ``QgsProcessingException`` naming the parameter, in the user's language.
"""

import datetime as dt
import math
import re

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QDate, QDateTime

from ...eco_supervision_plugin.i18n import tr

# Values read as "yes" in flag fields (existing station, reversed line, closed road ...); anything else is "no".
TRUTHY = {"1", "true", "t", "yes", "y", "on", "existing", "reverse", "reversed", "closed", "是", "现有", "已建", "关闭"}
# One-way values: digitised direction only, against it (OSM oneway=-1, QGIS direction field conventions).
FORWARD_VALUES = {"1", "yes", "true", "t", "y", "forward", "f", "ft", "oneway"}
BACKWARD_VALUES = {"-1", "reverse", "backward", "b", "tf", "r"}


def is_truthy(value):
    """Field value → bool: non-zero numbers, ``TRUTHY`` words; None, NaN, 0 and other text are False."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0 and not (isinstance(value, float) and math.isnan(value))
    return str(value).strip().lower() in TRUTHY


def truthy_array(values):
    """:func:`is_truthy` over a column, as a bool array."""
    return np.array([is_truthy(v) for v in values], dtype=bool)


def parse_key_values(text, parameter, convert=float, check=None, check_message=None):
    """``"a=1; b=2"`` (also ``,``/``；`` separated, ``:`` for ``=``) → ``{"a": 1.0, "b": 2.0}``.

    ``convert`` turns the text after ``=`` into a value; ``check(value)`` false or a conversion error
    raises with ``check_message`` (``{}`` = the entry) or a generic message naming ``parameter``.
    Keys keep their case; an empty text gives ``{}``.
    """
    table = {}
    if text is None or not str(text).strip():
        return table
    for item in str(text).replace("；", ";").replace(",", ";").split(";"):
        item = item.strip()
        if not item:
            continue
        if "=" not in item and ":" not in item:
            raise QgsProcessingException(
                tr("{}: '{}' is not of the form name=value.").format(parameter, item))
        key, raw = item.replace(":", "=", 1).split("=", 1) if "=" not in item else item.split("=", 1)
        key, raw = key.strip(), raw.strip()
        try:
            value = convert(raw)
        except (TypeError, ValueError):
            value = None
        bad = value is None or (isinstance(value, float) and not math.isfinite(value))
        if bad or (check is not None and not check(value)):
            raise QgsProcessingException(
                (check_message or tr("{}: the value in '{}' is not valid.").format(parameter, "{}")).format(item))
        table[key] = value
    return table


def parse_field_map(text, names, parameter):
    """Field names per item: a pattern with ``{}`` (``"bg_{}"`` → ``bg_CODMn`` …) or ``"CODMn=bg_cod; TP=bg_tp"``.

    Returns ``{name: field}`` for the ``names`` it covers (a pattern covers all); an empty text gives ``{}``;
    a key that is not in ``names`` raises naming ``parameter``.
    """
    if text is None or not str(text).strip():
        return {}
    text = str(text).strip()
    if "{}" in text:
        return {n: text.replace("{}", n) for n in names}
    table = parse_key_values(text, parameter, convert=lambda v: v if v else None)
    unknown = [k for k in table if k not in names]
    if unknown:
        raise QgsProcessingException(tr("{}: {} is not one of the parameters ({}).").format(
            parameter, ", ".join(unknown), ", ".join(names)))
    return table


LIST_SEPARATORS = re.compile(r"[,;，；、\s]+")


def split_list(value):
    """``"O1, O2；O3"`` (commas, semicolons, 、 or spaces, Chinese or not) → ``frozenset({"O1", "O2", "O3"})``."""
    if value is None:
        return frozenset()
    return frozenset(t for t in LIST_SEPARATORS.split(str(value)) if t)


def share(text):
    """``"90%"`` → 0.9, ``"0.9"`` → 0.9 (for ``parse_key_values(convert=share)``)."""
    text = str(text).strip()
    return float(text[:-1]) / 100.0 if text.endswith("%") else float(text)


def direction_of(value):
    """One-way field value → 0 both ways, 1 digitised direction only, -1 against it."""
    if value is None:
        return 0
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and math.isnan(value):
            return 0
        return 1 if value > 0 else (-1 if value < 0 else 0)
    text = str(value).strip().lower()
    if text in FORWARD_VALUES:
        return 1
    if text in BACKWARD_VALUES:
        return -1
    return 0


def directions_of(values):
    """:func:`direction_of` for a whole column (the same few values repeat over thousands of roads)."""
    known = {}
    try:
        return np.array([known[v] if v in known else known.setdefault(v, direction_of(v)) for v in values],
                        dtype=np.int64)
    except TypeError:  # unhashable values (e.g. list fields)
        return np.array([direction_of(v) for v in values], dtype=np.int64)


def to_python_time(value):
    """QDateTime / QDate / text → a ``datetime``/``date``/str the core's time parser understands."""
    if value is None:
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, (dt.datetime, dt.date)):
        return value
    return str(value)
