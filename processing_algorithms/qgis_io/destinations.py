"""Destination guard: no output may overwrite or replace an input layer or its file, no output folder is missing.

Run by ``EcoAlgorithm`` before any computation (``checkParameterValues`` and ``prepareAlgorithm``), so
every algorithm gets it without a line of its own. Inputs and destinations are compared by where they
live, as the data providers decode their URIs (``QgsProviderRegistry.decodeUri``):

* a file destination without a layer name (``/x.gpkg``, ``/x.shp``, ``/x.geojson``) rewrites the whole
  file: refused when the file holds an input;
* a layer destination in a file (``ogr:dbname='/x.gpkg' table="name"``, ``/x.gpkg|layername=name``)
  writes one layer and keeps the others: refused only when an input is that layer;
* a database table (``postgres:``, ``postgres://``, ``postgis:``) is refused when an input is the same table of the same
  database (host and port are not compared: a refusal is cheap, a replaced table is not);
* two destinations that would write the same file or layer are refused too.
"""

import collections
import os
import re

from qgis.core import (
    QgsDataSourceUri,
    QgsProcessing,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
    QgsProviderRegistry,
)

from ...eco_supervision_plugin.i18n import tr

#: Where a layer lives. ``kind``: "file" (``key`` the real path, ``layer`` its layer name or None for the
#: whole file) or "table" (``key`` the database, ``layer`` "schema.table"); ``label`` names it for the planner.
Location = collections.namedtuple("Location", "kind key layer label")

_PROVIDER_PREFIX = re.compile(r"^(.{3,}?):(.*)$")  # as QgsProcessingUtils.parseDestinationString
_LAYER_TYPES = ("source", "vector", "raster", "layer", "mesh", "pointcloud")


def _norm(path):
    return os.path.normcase(os.path.realpath(os.path.abspath(path)))


def _fold(name):
    return None if name in (None, "") else str(name).casefold()


def _table_location(decoded, label):
    key = ("postgres", decoded.get("service") or "", decoded.get("dbname") or "")
    table = "{}.{}".format(decoded.get("schema") or "public", decoded.get("table") or "")
    return Location("table", key, table.casefold(), label)


#: OGR drivers whose files hold several layers: a destination naming another layer leaves an input alone.
_MULTI_LAYER_DRIVERS = ("GPKG", "SQLite", "OpenFileGDB", "FileGDB")


def _default_layer_name(path, layer_id):
    """The layer OGR opens for ``path`` without a layer name (the first, or number ``layer_id``) in a
    multi-layer container; None for a single-layer format (the input is then the whole file)."""
    try:
        from osgeo import ogr
    except ImportError:  # pragma: no cover
        return None
    try:
        dataset = ogr.Open(path, 0)
    except RuntimeError:  # not a vector file (a raster input), with GDAL exceptions on (QGIS >= 3.40)
        return None
    if dataset is None or dataset.GetDriver().GetName() not in _MULTI_LAYER_DRIVERS:
        return None
    layer = dataset.GetLayer(int(layer_id or 0))
    return layer.GetName() if layer is not None else None


def layer_location(layer, label=""):
    """Where a loaded map layer's data lives (None for memory layers and other providers without a file)."""
    if layer is None:
        return None
    provider = layer.providerType()
    source = layer.source()
    label = label or layer.name() or source
    try:
        decoded = QgsProviderRegistry.instance().decodeUri(provider, source)
    except Exception:  # noqa: BLE001 - a provider without decodeUri: fall back to the file test below
        decoded = {}
    if provider in ("postgres", "postgis"):
        return _table_location(decoded, label)
    path = decoded.get("path") or decoded.get("dbname") or ""
    if not path:
        path = source.split("|", 1)[0]
    if not path or not os.path.exists(path):
        return None
    name = decoded.get("layerName") or None
    if name is None and os.path.isfile(path):
        name = _default_layer_name(path, decoded.get("layerId"))
    return Location("file", _norm(path), _fold(name), label)


def input_locations(algorithm, parameters, context):
    """Locations of every input layer and input file of ``algorithm`` set in ``parameters``."""
    found = []
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination():
            continue
        name = definition.name()
        if parameters.get(name) in (None, ""):
            continue
        label = definition.description() or name
        kind = definition.type()
        layers = []
        if kind in _LAYER_TYPES:
            layers = [algorithm.parameterAsLayer(parameters, name, context)]
        elif kind == "multilayer":
            layers = algorithm.parameterAsLayerList(parameters, name, context)
        elif kind == "file":
            path = algorithm.parameterAsFile(parameters, name, context)
            if path and os.path.isfile(path):
                found.append(Location("file", _norm(path), None, label))
            continue
        for layer in layers:
            location = layer_location(layer, label)
            if location is not None:
                found.append(location)
    return found


def destination_text(value, context):
    """A destination parameter value (string, QgsProperty, QgsProcessingOutputLayerDefinition) as text."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext(), "")
        if isinstance(value, tuple):  # PyQGIS returns (text, ok)
            value = value[0]
    return "" if value is None else str(value).strip()


def destination_location(definition, value, context):
    """Where a destination parameter would write (None: a temporary or memory output, or not known)."""
    text = destination_text(value, context)
    if not text or text == QgsProcessing.TEMPORARY_OUTPUT or text.startswith("memory:"):
        return None
    label = definition.description() or definition.name()
    kind = definition.type()
    if kind in ("sink", "vectorDestination"):
        match = _PROVIDER_PREFIX.match(text)
        if match and not os.path.isabs(text):
            provider, uri = match.group(1), match.group(2)
            if provider in ("postgres", "postgis"):
                # ``postgres://dbname=… table=…`` (the form QGIS writes to) leaves ``//`` before the first key,
                # which would hide the database name from decodeUri.
                uri = uri[2:] if uri.startswith("//") else uri
                return _table_location(QgsProviderRegistry.instance().decodeUri("postgres", uri), label)
            if provider == "ogr":
                parsed = QgsDataSourceUri(uri)
                if parsed.database():
                    return Location("file", _norm(parsed.database()), _fold(parsed.table()), label)
                return Location("file", _norm(uri), None, label)
            return None  # another provider: nothing known to compare
        path, layer_name = split_layer_name(text)
        return Location("file", _norm(path), _fold(layer_name), label)
    if kind in ("rasterDestination", "fileDestination", "folderDestination"):
        return Location("file", _norm(text), None, label)
    return None


def split_layer_name(text):
    """``"/x.gpkg|layername=grid"`` → ``("/x.gpkg", "grid")``; a plain path → ``(path, None)``."""
    if "|" not in text:
        return text, None
    decoded = QgsProviderRegistry.instance().decodeUri("ogr", text)
    return decoded.get("path") or text.split("|", 1)[0], decoded.get("layerName") or None


def as_layer_destination(text):
    """``/x.gpkg|layername=grid`` → ``ogr:dbname='/x.gpkg' table="grid"``, the form QGIS writes as a new layer
    beside the file's other layers (QGIS 3.22 would otherwise write a file named ``x.gpkg|layername=grid.gpkg``).
    Any other text is returned unchanged."""
    if not isinstance(text, str) or "|layername=" not in text or _PROVIDER_PREFIX.match(text) and \
            not os.path.isabs(text):
        return text
    path, layer_name = split_layer_name(text)
    if not layer_name:
        return text
    uri = QgsDataSourceUri()
    uri.setDatabase(path)
    uri.setDataSource("", layer_name, "")
    return "ogr:" + uri.uri(False)


def same_place(destination, other):
    """Whether writing ``destination`` would overwrite or replace ``other`` (an input or another destination)."""
    if destination.kind != other.kind or destination.key != other.key:
        return False
    if destination.kind == "table":
        return destination.layer == other.layer
    return destination.layer is None or other.layer is None or destination.layer == other.layer


def destination_problem(algorithm, parameters, context):
    """A planner-readable reason to refuse the run's destinations, or None when they are safe."""
    destinations = []
    for definition in algorithm.destinationParameterDefinitions():
        name = definition.name()
        location = destination_location(definition, parameters.get(name), context)
        if location is None:
            continue
        if location.kind == "file":
            folder = os.path.dirname(location.key)  # a folder destination: its parent must exist
            if not os.path.isdir(folder):
                return tr("The folder {} of output {} does not exist; create it or choose another one.").format(
                    folder, location.label)
        destinations.append(location)
    if not destinations:
        return None
    for source in input_locations(algorithm, parameters, context):
        for destination in destinations:
            if same_place(destination, source):
                return tr("Output {} would overwrite the input {} ({}); choose another file or a new layer name "
                          "so that no input is replaced.").format(destination.label, source.label,
                                                                  _where(destination))
    for i, first in enumerate(destinations):
        for second in destinations[i + 1:]:
            if same_place(first, second):
                return tr("Outputs {} and {} would be written to the same place ({}); give each its own file or "
                          "layer name.").format(first.label, second.label, _where(second))
    return None


def _where(location):
    return location.key if location.layer is None else "{} : {}".format(location.key, location.layer)

