"""QGIS side of the live stations: fields, features, the memory layer and the GeoPackage snapshot."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt, QVariant

from ..core.messages import translate_message
from ..i18n import tr

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
FIELDS = (
    ("station_id", QVariant.String), ("code", QVariant.String), ("name", QVariant.String),
    ("network", QVariant.String), ("parameter", QVariant.String), ("value", QVariant.Double),
    ("unit", QVariant.String), ("time", QVariant.DateTime), ("stale", QVariant.Int), ("class", QVariant.String),
    ("level", QVariant.Int), ("colour", QVariant.String), ("category_key", QVariant.String),
    ("class_detail", QVariant.String), ("datastream_id", QVariant.String), ("note", QVariant.String),
    ("snapshot", QVariant.Int),
)


def fields():
    out = QgsFields()
    for name, kind in FIELDS:
        out.append(QgsField(name, kind))
    return out


def _qdt(t):
    if t is None:
        return None
    q = QDateTime.fromString(t.strftime("%Y-%m-%dT%H:%M:%S"), Qt.ISODate)
    q.setTimeSpec(Qt.UTC)
    return q


def features(rows, field_set=None, snapshot=False):
    """Point features (EPSG:4326) for rows that have a location; returns (features, skipped_without_location)."""
    field_set = field_set or fields()
    out = []
    skipped = 0
    for r in rows:
        if r.get("lon") is None or r.get("lat") is None:
            skipped += 1
            continue
        f = QgsFeature(field_set)
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(r["lon"], r["lat"])))
        attrs = []
        for name, _kind in FIELDS:
            if name == "time":
                attrs.append(_qdt(r.get("time")))
            elif name == "stale":
                attrs.append(1 if r.get("stale") else 0)
            elif name == "snapshot":
                attrs.append(1 if snapshot else 0)
            elif name == "note" and r.get("note"):  # a client's note (unit assumed, not convertible…)
                attrs.append(translate_message(r["note"], tr))
            elif name in ("station_id", "datastream_id") and r.get(name) is not None:
                attrs.append(str(r[name]))
            else:
                attrs.append(r.get(name))
        f.setAttributes(attrs)
        out.append(f)
    return out, skipped


def memory_layer(name):
    layer = QgsVectorLayer("Point?crs=EPSG:4326", name, "memory")
    layer.dataProvider().addAttributes(fields().toList())
    layer.updateFields()
    return layer


def replace_features(layer, rows, snapshot=False):
    """Swap the layer's features for ``rows`` in one edit (old ones removed only once the new are built)."""
    feats, skipped = features(rows, layer.fields(), snapshot=snapshot)
    provider = layer.dataProvider()
    provider.truncate()
    provider.addFeatures(feats)
    layer.updateExtents()
    layer.triggerRepaint()
    return len(feats), skipped


def save_gpkg(layer, path, transform_context):
    """Write ``layer`` to a GeoPackage (overwritten); returns (ok, message)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "live_stations"
    result = QgsVectorFileWriter.writeAsVectorFormatV2(layer, path, transform_context, options)
    return result[0] == QgsVectorFileWriter.NoError, result[1]
