"""River network parameters and reading, shared by every algorithm on the rivers.

riverinterpolation, spill warning and outfall allocation declare and read the river layer the same
way, so a planner's RIVERS, direction, discharge and velocity fields and node tolerance mean the same
in each:

``add_river_parameters(alg, weight=False)``
    Declares RIVERS, REVERSE_FIELD, ELEVATION_FIELD, ELEVATION_END_FIELD, DISCHARGE_FIELD,
    [WEIGHT_FIELD], VELOCITY_FIELD, VELOCITY, NODE_TOLERANCE on ``alg`` (an EcoAlgorithm), with short
    labels, help texts and FlagAdvanced on the expert ones. Call it in ``initAlgorithm``.
``target_class_parameter(name)``
    The GB 3838 target class enum (I–V, default III) the river algorithms share.
``river_number_checks(alg)``
    (name, message, ok) rows for ``alg.check_number_ranges`` (NODE_TOLERANCE ≥ 0, VELOCITY > 0; NaN/inf refused).
``read_river_lines(alg, parameters, context, feedback, crs=None, extra_fields=()) -> (RiverLines, crs)``
    Reads RIVERS in ``crs`` (default: :func:`metric_crs` of the layer) with the chosen fields into a
    pure :class:`~...core.river.system.RiverLines`; ``extra_fields`` present on the layer (e.g. kriging
    covariates, width/depth fields) land in ``RiverLines.columns`` (float, NaN = null).
``network_options(alg, parameters, context) -> NetworkOptions``
    NODE_TOLERANCE and VELOCITY.
``add_outfall_parameters(alg, optional=True)`` / ``read_outfalls(alg, parameters, context, feedback, crs, names)``
    OUTFALLS (points) with OUTFALL_FLOW_FIELD (m³/s, default ``flow_m3s``) and a concentration field per
    name in ``names`` → :class:`~...core.river.system.OutfallInput` (None without outfalls; a column is
    None where the layer has no field of that name).

Then ``build_river_system(lines, options, monitor)`` (core/river/system.py) gives the directed
network with per-reach velocity and discharge: wrap it in ``run_core`` for planner messages.
"""

import math

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...eco_supervision_plugin.core.river.system import NetworkOptions, OutfallInput, RiverLines
from ...eco_supervision_plugin.i18n import tr
from ...eco_supervision_plugin.standards import gb3838
from .crs import metric_crs
from .ogr_bulk import plain_source_layer
from .parameters import metres_parameter, with_help
from .parsers import truthy_array
from .read import read_lines, read_points, require_features, require_field

RIVERS = "RIVERS"
REVERSE_FIELD = "REVERSE_FIELD"
ELEVATION_FIELD = "ELEVATION_FIELD"
ELEVATION_END_FIELD = "ELEVATION_END_FIELD"
DISCHARGE_FIELD = "DISCHARGE_FIELD"
WEIGHT_FIELD = "WEIGHT_FIELD"
VELOCITY_FIELD = "VELOCITY_FIELD"
VELOCITY = "VELOCITY"
NODE_TOLERANCE = "NODE_TOLERANCE"
OUTFALLS = "OUTFALLS"
OUTFALL_FLOW_FIELD = "OUTFALL_FLOW_FIELD"

# field parameter → (RiverLines attribute, numeric)
_FIELDS = ((REVERSE_FIELD, "reverse", False), (ELEVATION_FIELD, "elevation", True),
           (ELEVATION_END_FIELD, "elevation_end", True), (DISCHARGE_FIELD, "discharge", True),
           (WEIGHT_FIELD, "weight", True), (VELOCITY_FIELD, "velocity", True))


def add_river_parameters(alg, weight=False):
    """Declare the river parameters on ``alg`` (see the module docstring)."""
    numeric = QgsProcessingParameterField.Numeric

    def field(name, label, help_text, kind=QgsProcessingParameterField.Any, advanced=False):
        alg.addParameter(with_help(QgsProcessingParameterField(
            name, label, parentLayerParameterName=RIVERS, type=kind, optional=True), help_text, advanced))

    alg.addParameter(with_help(QgsProcessingParameterFeatureSource(
        RIVERS, tr("Rivers"), [QgsProcessing.TypeVectorLine]),
        tr("River lines digitised in flow direction (the reverse and elevation fields correct lines drawn "
           "against it).")))
    field(REVERSE_FIELD, tr("Reverse field"), tr("true/1 where a line is drawn against the flow."))
    field(ELEVATION_FIELD, tr("Elevation field"),
          tr("Mean elevation of each line, or at its first vertex with the next field; corrects direction."),
          numeric, advanced=True)
    field(ELEVATION_END_FIELD, tr("Elevation at the last vertex"),
          tr("Elevation at the last vertex: lines whose end is higher than their start are reversed."),
          numeric, advanced=True)
    field(DISCHARGE_FIELD, tr("Discharge field (m³/s)"),
          tr("Discharge per reach (m³/s): mixing at confluences and outfalls. A field is a flow scenario "
             "(dry, normal, wet season)."), numeric)
    if weight:
        field(WEIGHT_FIELD, tr("Kriging branch weight field"),
              tr("Branch weight for kriging (discharge or watershed area; default: discharge)."), numeric,
              advanced=True)
    field(VELOCITY_FIELD, tr("Velocity field (m/s)"), tr("Flow velocity per reach (m/s)."), numeric)
    alg.addParameter(with_help(QgsProcessingParameterNumber(
        VELOCITY, tr("Default velocity (m/s)"), QgsProcessingParameterNumber.Double, 0.3, minValue=1e-6),
        tr("Default flow velocity (m/s) where the velocity field is empty.")))
    alg.addParameter(metres_parameter(
        NODE_TOLERANCE, tr("Node tolerance"), 1.0, minimum=0.0, advanced=True,
        help_text=tr("Node tolerance (m): line ends closer than this are joined.")))


def target_class_parameter(name):
    """The GB 3838 target class choice (I–V, default III; enum index = class − 1) of the river algorithms."""
    return QgsProcessingParameterEnum(name, tr("Target class (GB 3838)"), [gb3838.class_label(c) for c in range(1, 6)],
                                      defaultValue=2)


def river_number_checks(alg):
    """Rows for ``check_number_ranges``: non-finite or out-of-range river numbers are refused."""
    return (
        (NODE_TOLERANCE, tr("The node tolerance cannot be negative (got {} metres)."), lambda v: v >= 0),
        (VELOCITY, tr("The default flow velocity must be greater than 0 m/s (got {})."), lambda v: v > 0),
    )


def network_options(alg, parameters, context):
    return NetworkOptions(node_tolerance=alg.parameterAsDouble(parameters, NODE_TOLERANCE, context),
                          default_velocity=alg.parameterAsDouble(parameters, VELOCITY, context))


def read_river_lines(alg, parameters, context, feedback, crs=None, extra_fields=()):
    """RIVERS and its chosen fields as :class:`RiverLines` in ``crs`` (default: the layer's metric CRS)."""
    source = alg.parameterAsSource(parameters, RIVERS, context)
    label = tr("Rivers")
    require_features(source, label)
    if crs is None:
        crs = metric_crs(source, context, feedback)
    chosen = {}
    for key, attribute, numeric in _FIELDS:
        name = alg.parameterAsString(parameters, key, context) if key in parameters else ""
        if name:
            require_field(source, name, label, numeric=numeric)
            chosen[attribute] = name
    extra = [f for f in dict.fromkeys(extra_fields) if source.fields().lookupField(f) >= 0]
    names = sorted(set(chosen.values()) | set(extra))
    # a plain GeoPackage/Shapefile layer in ``crs`` is read in bulk (same result, see read_lines)
    parts, owner, table = read_lines(source, crs, context, feedback, fields=names, label=label,
                                     layer=plain_source_layer(alg, parameters, RIVERS, context))
    if not parts:
        raise QgsProcessingException(tr("The river layer has no usable lines."))
    values = {}
    for attribute, name in chosen.items():
        values[attribute] = (truthy_array(table.attributes[name]) if attribute == "reverse"
                             else table.numeric(name, default=math.nan))
    columns = {f: table.numeric(f, default=math.nan) for f in extra}
    lines = RiverLines(parts=parts, part_row=np.asarray(owner, dtype=np.int64), fids=np.asarray(table.fids),
                       columns=columns, **values)
    return lines, crs


def add_outfall_parameters(alg, optional=True):
    """Declare OUTFALLS and OUTFALL_FLOW_FIELD on ``alg``."""
    alg.addParameter(with_help(QgsProcessingParameterFeatureSource(
        OUTFALLS, tr("Outfalls"), [QgsProcessing.TypeVectorPoint], optional=optional),
        tr("Outfalls (points with flow and concentrations; decay model)")))
    alg.addParameter(with_help(QgsProcessingParameterField(
        OUTFALL_FLOW_FIELD, tr("Outfall flow field (m³/s)"), "flow_m3s", parentLayerParameterName=OUTFALLS,
        type=QgsProcessingParameterField.Numeric, optional=True), tr("Outfall flow field (m³/s)")))


def read_outfalls(alg, parameters, context, feedback, crs, names):
    """OUTFALLS as :class:`OutfallInput` in ``crs``: flow and one concentration column per name (None if absent)."""
    source = alg.parameterAsSource(parameters, OUTFALLS, context)
    if source is None or source.featureCount() == 0:
        return None
    label = tr("Outfalls")
    flow = alg.parameterAsString(parameters, OUTFALL_FLOW_FIELD, context) or "flow_m3s"
    require_field(source, flow, label, numeric=True)
    present = [n for n in names if source.fields().lookupField(n) >= 0]
    table = read_points(source, crs, context, feedback, fields=[flow] + present, label=label)
    return OutfallInput(table.xy, table.numeric(flow, default=math.nan),
                        [table.numeric(n, default=math.nan) if n in present else None for n in names])
