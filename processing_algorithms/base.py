"""Shared base class for the provider's algorithms: naming, help, icons, shared guards, reports, styles.

The guards run before any computation for every algorithm, whatever a subclass overrides
(``EcoAlgorithm.__init_subclass__`` wraps a subclass's own ``checkParameterValues`` and
``prepareAlgorithm``): every numeric parameter finite and in its declared range
(``qgis_io.parameters.finite_problem``, ``range_problem``), no destination overwriting an input or in a missing folder
(``qgis_io.destinations.destination_problem``).
"""

import html
import json
import math
import os
import time

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFileDestination,
    QgsProperty,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from ..eco_supervision_plugin.core.messages import PlannerError, translate_message
from ..eco_supervision_plugin.core.monitor import Cancelled, Monitor
from ..eco_supervision_plugin.i18n import run_language, tr
from .qgis_io.destinations import as_layer_destination, destination_problem
from .qgis_io.feedback import warn
from .qgis_io.parameters import finite_problem, range_problem, with_help
from .qgis_io.styles import apply_style, style_path
from .qgis_io.titles import title_outputs
from .reports.note import PlanningNote, write_note

__all__ = ["EcoAlgorithm", "Stopwatch", "feedback_monitor", "group_names", "run_core", "shared_problem",
           "style_output", "translate_note", "warn", "write_report"]

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
RESOURCES = os.path.join(PLUGIN_DIR, "resources")
ICONS_DIR = os.path.join(RESOURCES, "icons")
DOCS_DIR = os.path.join(PLUGIN_DIR, "docs")


def group_names():
    """The toolbox groups, id → name in the run's language: the one table every algorithm's ``GROUP`` names.

    Ids are stable (models and scripts may filter on them); a new algorithm joins one of these groups.
    """
    return {"networkplanning": tr("Monitoring network planning"), "airquality": tr("Air quality"),
            "water": tr("Water environment"), "emergency": tr("Emergency response"),
            "supervision": tr("Supervision"), "livedata": tr("Live data")}


class EcoAlgorithm(QgsProcessingAlgorithm):
    """Base for every ``ecosupervision:*`` algorithm.

    Subclasses set ``ALG_ID`` and ``GROUP`` (a key of :func:`group_names`) and implement ``displayName``,
    ``shortHelpString`` (each returning ``self.tr("...")`` literals so translation
    extraction finds them), ``initAlgorithm`` and ``processAlgorithm``.
    """

    ALG_ID = ""
    GROUP = ""
    #: The parameter(s) whose layer names the run's outputs ("Hotspot grid — air_readings (PM2.5)"); by
    #: default the first layer parameter that is set (see qgis_io.titles.main_input_title).
    MAIN_INPUT = ()

    def __init_subclass__(cls, **kwargs):
        """Keep the shared guards in front of a subclass's own parameter checks and preparation."""
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("checkParameterValues")
        if own is not None and not getattr(own, "_shared_guard", False):
            cls.checkParameterValues = _guarded_check(own)
        own = cls.__dict__.get("prepareAlgorithm")
        if own is not None and not getattr(own, "_shared_guard", False):
            cls.prepareAlgorithm = _guarded_prepare(own)
        own = cls.__dict__.get("processAlgorithm")
        if own is not None and not getattr(own, "_shared_guard", False):
            cls.processAlgorithm = _titled_process(own)

    def checkParameterValues(self, parameters, context):
        """The shared guards (numbers, destinations), then QGIS' own checks."""
        problem = shared_problem(self, parameters, context)
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def prepareAlgorithm(self, parameters, context, feedback):
        """The shared guards again, for runs that skip ``checkParameterValues`` (models, ``alg.run``)."""
        problem = shared_problem(self, parameters, context)
        if problem:
            raise QgsProcessingException(problem)
        return True

    def parameterAsSink(self, parameters, name, context, *args, **kwargs):
        """QGIS' sink, with ``/x.gpkg|layername=new`` written as a new layer beside the file's others."""
        value = parameters.get(name)
        text = value.sink.staticValue() if isinstance(value, QgsProcessingOutputLayerDefinition) and \
            value.sink.propertyType() == QgsProperty.StaticProperty else value
        layer_destination = as_layer_destination(text)
        if layer_destination is not text:
            parameters = dict(parameters)
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                value = QgsProcessingOutputLayerDefinition(value)
                value.sink = QgsProperty.fromValue(layer_destination)
                parameters[name] = value
            else:
                parameters[name] = layer_destination
        return super().parameterAsSink(parameters, name, context, *args, **kwargs)

    def tr(self, message):
        return tr(message)

    def name(self):
        return self.ALG_ID

    def group(self):
        return group_names()[self.GROUP]

    def groupId(self):
        return self.GROUP

    def createInstance(self):
        return type(self)()

    def icon(self):
        path = os.path.join(ICONS_DIR, "{}.svg".format(self.ALG_ID))
        if not os.path.exists(path):
            path = os.path.join(ICONS_DIR, "eco_supervision.svg")
        return QIcon(path)

    def helpUrl(self):
        """The algorithm's help page as HTML (rendered from docs/algorithms/*.md), in the run's language."""
        language = run_language()
        names = (["{}.{}.html".format(self.ALG_ID, language)] if language != "en" else []) + [
            "{}.html".format(self.ALG_ID), "{}.md".format(self.ALG_ID)]
        for name in names:
            path = os.path.join(DOCS_DIR, "algorithms", name)
            if os.path.exists(path):
                return QUrl.fromLocalFile(path).toString()
        return ""

    # -- helpers for subclasses ------------------------------------------------------------

    def check_number_ranges(self, parameters, context, checks):
        """``checkParameterValues`` for numeric parameters: ``checks`` holds (name, message with {}, ok(value)).

        A value that is set but not finite or not ok fails with its message; then the QGIS checks run.
        """
        for name, message, ok in checks:
            if parameters.get(name) in (None, ""):
                continue
            value = self.parameterAsDouble(parameters, name, context)
            if not (math.isfinite(value) and ok(value)):
                return False, message.format(parameters.get(name))
        return QgsProcessingAlgorithm.checkParameterValues(self, parameters, context)

    def add_parameter(self, parameter, help_text=None, advanced=False):
        """``addParameter`` with its help text and, for an expert parameter, FlagAdvanced."""
        self.addParameter(with_help(parameter, help_text, advanced))

    def add_report_parameter(self):
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "REPORT",
                self.tr("Planning note — {}").format(self.displayName()),
                self.tr("HTML files (*.html);;JSON files (*.json)"),
                optional=True,
                createByDefault=True,
            )
        )


def shared_problem(algorithm, parameters, context):
    """Why the run must not start (a numeric parameter, a destination), or None; checked before any computation."""
    return (finite_problem(algorithm, parameters, context) or range_problem(algorithm, parameters, context)
            or destination_problem(algorithm, parameters, context))


def _guarded_check(own):
    def checkParameterValues(self, parameters, context):
        # NaN/inf first; then the subclass's own (more specific) range messages; then the shared ones.
        problem = finite_problem(self, parameters, context)
        if problem:
            return False, problem
        ok, message = own(self, parameters, context)
        if not ok:
            return ok, message
        problem = shared_problem(self, parameters, context)
        return (False, problem) if problem else (ok, message)

    checkParameterValues._shared_guard = True
    checkParameterValues.__doc__ = own.__doc__
    return checkParameterValues


def _guarded_prepare(own):
    def prepareAlgorithm(self, parameters, context, feedback):
        problem = shared_problem(self, parameters, context)
        if problem:
            raise QgsProcessingException(problem)
        return own(self, parameters, context, feedback)

    prepareAlgorithm._shared_guard = True
    prepareAlgorithm.__doc__ = own.__doc__
    return prepareAlgorithm


def _titled_process(own):
    def processAlgorithm(self, parameters, context, feedback):
        results = own(self, parameters, context, feedback)
        title_outputs(self, parameters, context, results)
        return results

    processAlgorithm._shared_guard = True
    processAlgorithm.__doc__ = own.__doc__
    return processAlgorithm


def feedback_monitor(feedback, start=0.0, end=100.0):
    """A core Monitor that drives ``feedback`` between ``start`` and ``end`` percent."""
    if feedback is None:
        return Monitor()
    span = end - start
    return Monitor(
        progress=lambda f: feedback.setProgress(start + span * f),
        is_cancelled=feedback.isCanceled,
        log=lambda message: feedback.pushInfo(translate_note(message)),
    )


def translate_note(note):
    """A core warning/note (``Note``, ``N_`` template, ``PlannerError`` or plain text) in the user's language."""
    return translate_message(note, tr)


def run_core(feedback, function, *args, **kwargs):
    """Call a core function, turning Cancelled and ValueError into QgsProcessingException.

    Core functions raise ValueError with a planner-readable message for bad input; a PlannerError
    carries its English template, shown translated.
    """
    try:
        return function(*args, **kwargs)
    except Cancelled:
        raise QgsProcessingException(tr("Canceled by the user.")) from None
    except PlannerError as error:
        raise QgsProcessingException(translate_note(error)) from error
    except ValueError as error:
        raise QgsProcessingException(str(error)) from error


class Stopwatch:
    """Wall-clock seconds since creation, for the REPORT's runtime figure."""

    def __init__(self):
        self.start = time.perf_counter()

    def seconds(self):
        return round(time.perf_counter() - self.start, 3)


def _json_default(value):
    try:
        import numpy as np

        if isinstance(value, np.generic):
            return value.item()
        if isinstance(value, np.ndarray):
            return value.tolist()
    except ImportError:  # pragma: no cover
        pass
    return str(value)


def json_safe(value):
    """``value`` with NaN/inf (Python or numpy) as None and numpy values as Python ones: strict JSON (null)."""
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (str, int)) or value is None:
        return value
    converted = _json_default(value)
    if isinstance(converted, str) and not isinstance(value, str):
        return converted
    return json_safe(converted)


def write_report(path, report, title):
    """Write ``report`` (a dict of figures, lists and small tables, or a ``PlanningNote``) as JSON or HTML by
    extension.

    Tables are lists of dicts; they become HTML tables. NaN and infinite figures are written as
    JSON ``null`` (valid JSON for batch users), shown empty in HTML. Returns ``path`` (or None when empty).
    """
    if not path:
        return None
    if isinstance(report, PlanningNote):  # a planning note (reports/note.py): its own HTML, its data as JSON
        return write_note(path, report)
    report = json_safe(dict(report, language=report.get("language", run_language())))
    os.makedirs(os.path.dirname(os.path.abspath(path)) or ".", exist_ok=True)
    if path.lower().endswith(".json"):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False, indent=2, allow_nan=False)
        return path
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{}</title>".format(html.escape(title)),
        "<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;margin:.5em 0}"
        "td,th{border:1px solid #bbb;padding:2px 8px;text-align:left}th{background:#eef}</style>",
        "</head><body><h1>{}</h1>".format(html.escape(title)),
    ]
    parts.append(_html_value(report))
    parts.append(
        "<script type='application/json' id='report-data'>{}</script>".format(
            html.escape(json.dumps(report, ensure_ascii=False, allow_nan=False), quote=False)
        )
    )
    parts.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
    return path


def _html_value(value):
    if value is None:
        return ""
    if isinstance(value, dict):
        rows = "".join(
            "<tr><th>{}</th><td>{}</td></tr>".format(html.escape(str(k)), _html_value(v)) for k, v in value.items()
        )
        return "<table>{}</table>".format(rows)
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, dict) for v in value):
        keys = []
        for row in value:
            keys.extend(k for k in row if k not in keys)
        head = "".join("<th>{}</th>".format(html.escape(str(k))) for k in keys)
        body = "".join(
            "<tr>{}</tr>".format("".join("<td>{}</td>".format(_html_value(row.get(k, ""))) for k in keys))
            for row in value
        )
        return "<table><tr>{}</tr>{}</table>".format(head, body)
    if isinstance(value, (list, tuple)):
        return ", ".join(html.escape(str(v if isinstance(v, (str, int, float)) else _json_default(v))) for v in value)
    if isinstance(value, float):
        return html.escape("{:.6g}".format(value))
    return html.escape(str(_json_default(value) if not isinstance(value, (str, int)) else value))


class StyleSetter(QgsProcessingLayerPostProcessorInterface):
    """Apply a .qml from resources/styles (legend in the run's language) to an output once Processing loads it."""

    _keep = []  # Processing holds only a reference; keep the objects alive

    def __init__(self, qml_name):
        super().__init__()
        self.qml_name = qml_name

    def postProcessLayer(self, layer, context, feedback):
        if apply_style(layer, self.qml_name):
            layer.triggerRepaint()


def style_output(context, layer_id, qml_name):
    """Style the output ``layer_id`` with ``qml_name`` (a file of resources/styles, or the full path of a style
    written for the run), its legend labels in the run's language.

    Loaded into the project: styled when Processing loads it. Written to a GeoPackage (as with
    qgis_process): the style is stored in the file as its default, so QGIS shows it on opening.
    """
    if not layer_id:
        return
    if context.willLoadLayerOnCompletion(layer_id):
        setter = StyleSetter(qml_name)
        StyleSetter._keep.append(setter)
        context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(setter)
        return
    if isinstance(layer_id, str) and ".gpkg" in layer_id.lower() and style_path(qml_name):
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(layer_id, "styled", "ogr")
        if layer.isValid() and apply_style(layer, qml_name):
            name = os.path.basename(qml_name).rsplit(".", 1)[0][:30]  # GeoPackage: 30 chars
            save = getattr(layer, "saveStyleToDatabaseV2", None) or layer.saveStyleToDatabase  # V1 deprecated 3.34
            save(name, "", True, "")
