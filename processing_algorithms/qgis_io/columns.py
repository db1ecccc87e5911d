"""Attribute columns of a long table (e.g. a year of hourly readings) as numpy arrays, without geometries.

``read_columns`` reads a GeoPackage/Shapefile/… layer through OGR's Arrow stream when the source is the
whole layer as stored (no selection, filter, subset or pending edits), else feature by feature with
``NoGeometry``. Real numbers come back as float64 (NaN for null), integers as int64 (an object array with
None when some are null: codes stay "12", not "12.0"), text as object arrays of ``str`` (None for null);
date/times as ``datetime64[s]`` (NaT for null) in bulk, as Python datetimes (None for null) feature by
feature (``trend.parse_times`` reads both). Rows come in the source's feature order either way.
"""

import numpy as np
from qgis.core import QgsFeatureRequest, QgsProviderRegistry
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from .features import iter_features
from .ogr_bulk import ogr_layer_of
from .parsers import to_python_time


def read_columns(source, fields, layer=None, feedback=None):
    """``{field: array}`` of ``fields`` of ``source`` (``layer``: the plain layer behind it, for the bulk path)."""
    bulk = _arrow_columns(source, layer, fields) if layer is not None else None
    return bulk if bulk is not None else _iterate_columns(source, fields, feedback)


def _iterate_columns(source, fields, feedback):
    indices = [source.fields().lookupField(name) for name in fields]
    kinds = [_kind(source.fields().at(i)) for i in indices]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(indices)
    columns = [[] for _ in fields]
    for feature in iter_features(source, request, feedback=feedback):
        attributes = feature.attributes()
        for column, i in zip(columns, indices):
            column.append(attributes[i])
    return {name: _convert(column, kind) for name, column, kind in zip(fields, columns, kinds)}


def _kind(field):
    if field.type() in (QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong):
        return "integer"
    return "number" if field.isNumeric() else "other"


def _null(value):
    return value is None or (hasattr(value, "isNull") and callable(value.isNull) and value.isNull())


def _convert(column, kind):
    if kind == "number":
        return np.array([np.nan if _null(v) else float(v) for v in column], dtype=float)
    if kind == "integer" and not any(_null(v) for v in column):
        return np.array([int(v) for v in column], dtype=np.int64)
    out = np.empty(len(column), dtype=object)
    out[:] = [None if _null(v) else (to_python_time(v) if isinstance(v, (QDate, QDateTime)) else v) for v in column]
    return out


def _arrow_columns(source, layer, fields):
    """The bulk path, or None when it would not give what iterating ``source`` gives."""
    try:
        from osgeo import ogr
    except ImportError:  # pragma: no cover
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy") or layer.providerType() != "ogr":
        return None
    if layer.subsetString() or layer.isEditable() or layer.fields() != source.fields():
        return None
    uri = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if not uri.get("path") or uri.get("subset"):
        return None
    try:
        dataset = ogr.Open(uri["path"], 0)
        if dataset is None:
            return None
        ogr_layer = ogr_layer_of(dataset, uri)
        if ogr_layer is None:
            return None
        defn = ogr_layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        if any(name not in names for name in fields):
            return None
        ogr_layer.SetIgnoredFields([n for n in names if n not in fields] + ["OGR_GEOMETRY"])
        batches = list(ogr_layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=YES"]))
    except Exception:  # noqa: BLE001 - any GDAL trouble: read feature by feature instead
        return None
    out = {}
    for name in fields:
        parts = [batch[name] for batch in batches if name in batch]
        if len(parts) != len(batches):
            return None
        data = np.concatenate([np.ma.getdata(p) for p in parts]) if parts else np.zeros(0)
        nulls = np.concatenate([np.ma.getmaskarray(p) for p in parts]) if parts else np.zeros(0, dtype=bool)
        out[name] = _arrow_array(data, nulls)
        if out[name] is None:
            return None
    if any(len(v) != source.featureCount() for v in out.values()):
        return None
    return out


def _arrow_array(data, nulls):
    if data.dtype.kind in "iu":  # integers stay integers (codes read as text compare as "12", not "12.0")
        if not nulls.any():
            return data.astype(np.int64)
        values = data.astype(object)
        values[nulls] = None
        return values
    if data.dtype.kind == "f":
        values = data.astype(float)
        values[nulls] = np.nan
        return values
    if data.dtype.kind == "M":
        values = data.astype("datetime64[s]")
        values[nulls] = np.datetime64("NaT")
        return values
    if data.dtype.kind in "SO":
        if not len(data):
            return np.zeros(0, dtype=object)
        # long tables repeat a code over runs of rows (a station's series): decode each run once
        starts = np.flatnonzero(np.r_[True, data[1:] != data[:-1]])
        unique, inverse = np.unique(data[starts], return_inverse=True)
        decoded = np.array([u.decode("utf-8", "replace") if isinstance(u, bytes) else str(u) for u in unique],
                           dtype=object)
        values = np.repeat(decoded[inverse], np.diff(np.r_[starts, len(data)]))
        values[nulls] = None
        return values
    return None
