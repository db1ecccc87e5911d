"""Output layer titles that tell runs apart: the output's name and the run's main input.

Several runs of one algorithm load layers that would all be called "Hotspot grid"; titled
"Hotspot grid — air_readings (PM2.5)" a planner sees which run each layer came from.
"""

import os
from urllib.parse import urlparse

from .parameters import field_names

LAYER_TYPES = ("source", "vector", "raster", "layer", "mesh", "pointcloud")


def _shown_name(layer):
    """The layer's name; for a layer opened from ``file.gpkg|layername=x`` (named after the file), ``x``."""
    from qgis.core import QgsProviderRegistry

    name = layer.name()
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    except (AttributeError, TypeError):
        return name
    inner, path = parts.get("layerName") or "", parts.get("path") or ""
    stem = os.path.splitext(os.path.basename(path))[0]
    return inner if inner and name in (stem, os.path.basename(path)) else name


def _layer_name(algorithm, parameters, name, context):
    definition = algorithm.parameterDefinition(name)
    if definition is None or parameters.get(name) in (None, ""):
        return ""
    if definition.type() in LAYER_TYPES:
        layer = algorithm.parameterAsLayer(parameters, name, context)
        return _shown_name(layer) if layer is not None else ""
    if definition.type() == "string":
        text = algorithm.parameterAsString(parameters, name, context)
        return urlparse(text).hostname or text if "://" in text else text
    return ""


def _field_of(algorithm, parameters, layer_parameter, context):
    """The first field chosen from ``layer_parameter`` (the value field of the readings, say), or ''."""
    for definition in algorithm.parameterDefinitions():
        if definition.type() == "field" and definition.parentLayerParameterName() == layer_parameter:
            value = field_names(algorithm, parameters, definition.name(), context)
            if value:
                return value[0]
    return ""


def main_input_title(algorithm, parameters, context):
    """"air_readings (PM2.5)": the main input's name (``MAIN_INPUT``, else the first layer given) and its field."""
    names = algorithm.MAIN_INPUT
    names = [names] if isinstance(names, str) else list(names)
    if not names:
        names = [d.name() for d in algorithm.parameterDefinitions() if d.type() in LAYER_TYPES]
        names += [d.name() for d in algorithm.parameterDefinitions() if d.name() == "URL"]
    for name in names:
        try:
            title = _layer_name(algorithm, parameters, name, context)
        except Exception:  # noqa: BLE001 - a title is a courtesy; never fail a finished run over it
            title = ""
        if title:
            field = _field_of(algorithm, parameters, name, context)
            return "{} ({})".format(title, field) if field else title
    return ""


def title_outputs(algorithm, parameters, context, results):
    """Name each output layer the run will load "<output> — <main input>" (QGIS loads it under that name)."""
    if not isinstance(results, dict):
        return
    title = main_input_title(algorithm, parameters, context)
    if not title:
        return
    for key, value in results.items():
        output = algorithm.outputDefinition(key)
        if output is None or not isinstance(value, str) or not context.willLoadLayerOnCompletion(value):
            continue
        details = context.layerToLoadOnCompletionDetails(value)
        details.name = "{} — {}".format(output.description(), title)
