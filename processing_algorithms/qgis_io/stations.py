"""QGIS side of the live stations, shared by ecosupervision:fetchstations and the dock: the two layouts'
fields, features, the memory layer and the GeoPackage copy.

Layouts: ``LAYOUTS[0]`` "parameter" — one point per station and parameter (``value``, ``unit``,
``parameter``: the long table batch users and the styles read); ``LAYOUTS[1]`` "station" — one point
per station with the latest value of every parameter as a field (``PM2_5``, ``NH3N`` …: one Identify hit
per station). Both carry the station's class fields, so ``stations_live.qml`` styles either.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from ...eco_supervision_plugin.cloud.model import PARAMETERS, hourly_rows
from ...eco_supervision_plugin.cloud.pull import series_history, station_rows
from ...eco_supervision_plugin.core.messages import translate_message
from ...eco_supervision_plugin.i18n import tr
from .sinks import fields_of

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
LAYOUTS = ("parameter", "station")
PARAMETER_SCHEMA = (
    ("station_id", "string"), ("code", "string"), ("name", "string"), ("network", "string"),
    ("parameter", "string"), ("value", "double"), ("unit", "string"), ("time", "datetime"), ("stale", "int"),
    ("class", "string"), ("class_label", "string"), ("level", "int"), ("colour", "string"),
    ("category_key", "string"), ("class_detail", "string"), ("datastream_id", "string"), ("note", "string"),
    ("snapshot", "int"),
)
STATION_SCHEMA = tuple(
    [("station_id", "string"), ("code", "string"), ("name", "string"), ("network", "string"),
     ("time", "datetime"), ("stale", "int"), ("class", "string"), ("class_label", "string"), ("level", "int"),
     ("colour", "string"), ("category_key", "string"), ("class_detail", "string")]
    + [(code, "double") for code in PARAMETERS]
    + [("note", "string"), ("snapshot", "int")])
#: the HISTORY table of fetchstations: one row per station and hour (UTC), every parameter in its own field
HISTORY_SCHEMA = tuple([("station_id", "string"), ("code", "string"), ("time", "datetime")]
                       + [(code, "double") for code in PARAMETERS])


def aqi_category_labels():
    """HJ 633 AQI category (as the standards module names it) → label in the user's language."""
    return {"Excellent": tr("Excellent"), "Good": tr("Good"), "Lightly polluted": tr("Lightly polluted"),
            "Moderately polluted": tr("Moderately polluted"), "Heavily polluted": tr("Heavily polluted"),
            "Severely polluted": tr("Severely polluted")}


def class_label(value):
    """A station's class for people: the AQI category translated; GB 3838 classes (I … 劣V) as they are."""
    return aqi_category_labels().get(value, value)


def schema(layout="parameter"):
    return STATION_SCHEMA if layout == "station" else PARAMETER_SCHEMA


def fields(layout="parameter"):
    return fields_of(schema(layout))


def _qdt(t):
    if t is None:
        return None
    q = QDateTime.fromString(t.strftime("%Y-%m-%dT%H:%M:%S"), Qt.ISODate)
    q.setTimeSpec(Qt.UTC)
    return q


def features(rows, field_set=None, snapshot=False, layout="parameter"):
    """Point features (EPSG:4326) of ``rows`` (``cloud.pull`` rows, one per station and parameter) in
    ``layout``, for stations with a location; returns (features, rows skipped without a location)."""
    names = [name for name, _kind in schema(layout)]
    field_set = field_set or fields(layout)
    if layout == "station":
        skipped = sum(1 for r in rows if r.get("lon") is None or r.get("lat") is None)
        rows = station_rows([r for r in rows if r.get("lon") is not None and r.get("lat") is not None])
    else:
        skipped = 0
    out = []
    for r in rows:
        if r.get("lon") is None or r.get("lat") is None:
            skipped += 1
            continue
        f = QgsFeature(field_set)
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(r["lon"], r["lat"])))
        values = r.get("values") or {}
        attrs = []
        for name in names:
            if name == "time":
                attrs.append(_qdt(r.get("time")))
            elif name == "stale":
                attrs.append(1 if r.get("stale") else 0)
            elif name == "snapshot":
                attrs.append(1 if snapshot else 0)
            elif name in ("note", "class_detail") and r.get(name):  # a client's note, the class's reasons
                attrs.append(translate_message(r[name], tr))
            elif name == "class_label":  # ``class`` (the standard's name) in the user's language
                attrs.append(class_label(r.get("class")) or None)
            elif name in ("station_id", "datastream_id") and r.get(name) is not None:
                attrs.append(str(r[name]))
            elif name in PARAMETERS and layout == "station":
                attrs.append(values.get(name))
            else:
                attrs.append(r.get(name))
        f.setAttributes(attrs)
        out.append(f)
    return out, skipped


def history_fields():
    return fields_of(HISTORY_SCHEMA)


def history_features(client, stations, start, end, field_set=None, is_cancelled=None, progress=None, warn=None):
    """Rows of the HISTORY table (no geometry): for each station, the client's history of every series in
    [start, end] laid out by ``cloud.model.hourly_rows`` (one row per hour). A station whose history fails is
    reported through ``warn(station, error)`` and left out; ``progress(fraction)`` after each station.
    Returns (features, stations whose history failed)."""
    from ...eco_supervision_plugin.cloud.transport import AuthError, TransportError

    field_set = field_set or history_fields()
    out, failed = [], 0
    for i, st in enumerate(stations):
        if is_cancelled is not None and is_cancelled():
            break
        try:
            histories = {code: series_history(client, series, code, start, end)
                         for code, series in st.series.items() if code in PARAMETERS}
        except AuthError:
            raise
        except (TransportError, ValueError) as error:
            failed += 1
            if warn is not None:
                warn(st, error)
            histories = {}
        for row in hourly_rows(st, histories):
            f = QgsFeature(field_set)
            f.setAttributes([str(st.id), st.code, _qdt(row["time"])]
                            + [row.get(code) for code in PARAMETERS])
            out.append(f)
        if progress is not None:
            progress((i + 1) / max(len(stations), 1))
    return out, failed


def memory_layer(name, layout="parameter"):
    layer = QgsVectorLayer("Point?crs=EPSG:4326", name, "memory")
    layer.dataProvider().addAttributes(fields(layout).toList())
    layer.updateFields()
    return layer


def layout_of(layer):
    """"parameter" or "station", from the layer's fields (a style loaded later may replace custom properties)."""
    return "parameter" if layer.fields().indexOf("parameter") >= 0 else "station"


def replace_features(layer, rows, snapshot=False):
    """Swap the layer's features for ``rows`` in one edit (old ones removed only once the new are built)."""
    feats, skipped = features(rows, layer.fields(), snapshot=snapshot, layout=layout_of(layer))
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
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, transform_context, options)
    return result[0] == QgsVectorFileWriter.NoError, result[1]
