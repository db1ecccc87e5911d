"""Declarative output schemas: ``[(name, kind), ...]`` → ``QgsFields``, and number cleaning for attributes."""

import math

from qgis.core import Qgis, QgsField, QgsFields, QgsProcessingUtils
from qgis.PyQt.QtCore import QMetaType, QVariant

# QGIS 3.38 types fields by QMetaType (the QVariant constructor is deprecated there, and gone with Qt 6);
# 3.22–3.36 only know QVariant. The numbers of the basic types are the same in both enums.
_METATYPE_FIELDS = Qgis.QGIS_VERSION_INT >= 33800
# Field kinds by short name, so schemas read as data: ("covered", "int"), ("first_min", "double").
KINDS = {"int": QVariant.Int, "long": QVariant.LongLong, "double": QVariant.Double, "string": QVariant.String,
         "bool": QVariant.Bool, "datetime": QVariant.DateTime, "date": QVariant.Date}


def qgs_field(name, kind):
    """A ``QgsField`` of ``kind`` (a ``KINDS`` key or a QVariant type) through the constructor this QGIS prefers."""
    kind = KINDS.get(kind, kind)
    if _METATYPE_FIELDS:
        return QgsField(name, QMetaType.Type(int(kind)))
    return QgsField(name, kind)


def fields_of(schema, base=None):
    """``QgsFields`` of ``schema`` (``(name, kind)`` pairs, kind a ``KINDS`` key or QVariant type), after ``base``.

    With ``base`` (an input's fields) the new fields follow it and clashing names are renamed by
    ``QgsProcessingUtils.combineFields`` as QGIS's own algorithms do.
    """
    extra = QgsFields()
    for name, kind in schema:
        extra.append(qgs_field(name, kind))
    return QgsProcessingUtils.combineFields(base, extra) if base is not None else extra


def clean_number(value, digits=None):
    """A float for an attribute: None for NaN/inf (a NULL in the layer), rounded when ``digits`` is given."""
    if value is None:
        return None
    value = float(value)
    if not math.isfinite(value):
        return None
    return round(value, digits) if digits is not None else value
