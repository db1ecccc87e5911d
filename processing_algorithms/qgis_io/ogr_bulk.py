"""Bulk reading of GeoPackage / Shapefile layers through GDAL's Arrow stream (``GetArrowStreamAsNumPy``).

Used by ``read.read_lines`` when the source is a plain OGR layer: its WKB and plain number/text fields
come back in a few record batches instead of one QGIS feature at a time. Whenever that could differ from
what iterating the Processing source gives, :func:`ogr_bulk_rows` returns ``None`` and the caller iterates.
"""

import numpy as np
from qgis.core import QgsFields, QgsProcessingFeatureSourceDefinition, QgsProviderRegistry, QgsVectorLayer

#: OGR drivers whose feature ids QGIS' OGR provider uses unchanged (checked by the tests).
_BULK_DRIVERS = ("GPKG", "ESRI Shapefile")


def ogr_layer_of(dataset, uri):
    """The OGR layer a decoded ``ogr`` URI names in ``dataset``: by layer name, by layer id, or the only layer."""
    if uri.get("layerName"):
        return dataset.GetLayerByName(uri["layerName"])
    if uri.get("layerId") is not None:
        return dataset.GetLayer(int(uri["layerId"]))
    return dataset.GetLayer(0) if dataset.GetLayerCount() == 1 else None

def plain_source_layer(algorithm, parameters, name, context):
    """The vector layer behind source parameter ``name`` when the source reads all its features.

    ``None`` when the parameter restricts the features (selected features only, a feature limit,
    a filter expression) or does not name a vector layer: the caller then reads the source as is.
    """
    value = parameters.get(name) if hasattr(parameters, "get") else None
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or getattr(value, "featureLimit", -1) not in (-1, None):
            return None
        if getattr(value, "filterExpression", ""):
            return None
    try:
        layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    except Exception:  # noqa: BLE001 - any failure simply disables the bulk path
        return None
    return layer if isinstance(layer, QgsVectorLayer) else None


def ogr_bulk_rows(source, layer, crs, fields):
    """``(fids, wkbs, values)`` of every feature of ``layer`` read through OGR's Arrow stream.

    ``fids``: int64 array; ``wkbs``: list of ``bytes`` (empty without geometry); ``values``: one list per
    field, ``None`` where null.

    ``None`` whenever that would not give exactly what iterating ``source`` gives: another
    provider or driver, a subset string, pending edits, a CRS change, fields OGR does not hold
    as plain numbers or text, or a feature count that differs from the source's.
    """
    try:
        from osgeo import ogr
    except ImportError:  # pragma: no cover
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    if layer.providerType() != "ogr" or layer.subsetString() or layer.isEditable():
        return None
    if layer.crs() != crs or source.sourceCrs() != crs:
        return None
    if layer.fields() != source.fields():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path or parts.get("subset"):
        return None
    try:
        with ogr.ExceptionMgr(useExceptions=True) if hasattr(ogr, "ExceptionMgr") else _NoOp():
            return _read_ogr(ogr, source, layer, path, parts, fields)
    except Exception:  # noqa: BLE001 - GDAL error of any kind: read feature by feature instead
        return None


class _NoOp:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


def _read_ogr(ogr, source, layer, path, uri, fields):
    dataset = ogr.Open(path, 0)
    if dataset is None or dataset.GetDriver().GetName() not in _BULK_DRIVERS:
        return None
    driver = dataset.GetDriver().GetName()
    ogr_layer = ogr_layer_of(dataset, uri)
    if ogr_layer is None:
        return None
    defn = ogr_layer.GetLayerDefn()
    kinds = {}
    for name in fields:
        i = defn.GetFieldIndex(name)
        if i < 0 or layer.fields().fieldOrigin(layer.fields().lookupField(name)) != QgsFields.OriginProvider:
            return None
        field = defn.GetFieldDefn(i)
        kind = field.GetType()
        if kind in (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal):
            if field.GetSubType() not in (ogr.OFSTNone, ogr.OFSTFloat32):
                return None
            kinds[name] = "number"
        elif kind == ogr.OFTString and driver == "GPKG" and field.GetSubType() == ogr.OFSTNone:
            kinds[name] = "text"
        else:
            return None
    ogr_layer.SetSpatialFilter(None)
    ogr_layer.SetAttributeFilter(None)
    ogr_layer.SetIgnoredFields([defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())
                                if defn.GetFieldDefn(i).GetName() not in kinds])
    fid_key = ogr_layer.GetFIDColumn() or "OGC_FID"
    batches = []
    stream = ogr_layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES", "USE_MASKED_ARRAYS=YES"])
    for batch in stream:
        batches.append(batch)
    del stream
    if not batches:
        return (np.zeros(0, dtype=np.int64), [], [[] for _ in fields]) if source.featureCount() == 0 else None
    geom_key = [k for k in batches[0] if k != fid_key and k not in kinds]
    if len(geom_key) != 1:
        return None
    fids, _ = _arrow_column(batches, fid_key)
    fids = fids.astype(np.int64)
    if len(fids) != source.featureCount():
        return None
    wkbs, no_geometry = _arrow_column(batches, geom_key[0])
    wkbs = wkbs.tolist()
    for row in np.flatnonzero(no_geometry).tolist():
        wkbs[row] = b""
    values = []
    for name in fields:
        column, nulls = _arrow_column(batches, name)
        if kinds[name] == "text":
            column = [v.decode("utf-8", "replace") for v in column.tolist()]
        else:
            column = column.tolist()
        for row in np.flatnonzero(nulls).tolist():  # Arrow's validity bitmap: the field is null there
            column[row] = None
        values.append(column)
    ogr_layer.SetIgnoredFields([])
    return fids, wkbs, values


def _arrow_column(batches, key):
    """Column ``key`` of the record batches: ``(values, null mask)`` (values hold a placeholder where null)."""
    columns = [batch[key] for batch in batches]
    data = np.concatenate([np.ma.getdata(c) for c in columns])
    mask = np.concatenate([np.ma.getmaskarray(c) for c in columns])
    return data, mask
