"""Declarative output schemas: ``[(name, kind), ...]`` → ``QgsFields``, and number cleaning for attributes."""

import math

from qgis.core import QgsField, QgsFields, QgsProcessingUtils
from qgis.PyQt.QtCore import QVariant

# Field kinds by short name, so schemas read as data: ("covered", "int"), ("first_min", "double").
KINDS = {"int": QVariant.Int, "long": QVariant.LongLong, "double": QVariant.Double, "string": QVariant.String,
         "bool": QVariant.Bool, "datetime": QVariant.DateTime, "date": QVariant.Date}


def fields_of(schema, base=None):
    """``QgsFields`` of ``schema`` (``(name, kind)`` pairs, kind a ``KINDS`` key or QVariant type), after ``base``.

    With ``base`` (an input's fields) the new fields follow it and clashing names are renamed by
    ``QgsProcessingUtils.combineFields`` as QGIS's own algorithms do.
    """
    extra = QgsFields()
    for name, kind in schema:
        extra.append(QgsField(name, KINDS.get(kind, kind)))
    return QgsProcessingUtils.combineFields(base, extra) if base is not None else extra


def clean_number(value, digits=None):
    """A float for an attribute: None for NaN/inf (a NULL in the layer), rounded when ``digits`` is given."""
    if value is None:
        return None
    value = float(value)
    if not math.isfinite(value):
        return None
    return round(value, digits) if digits is not None else value
