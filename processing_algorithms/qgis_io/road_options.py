"""Road options shared by every algorithm that travels over roads (emergency coverage, network siting).

Declared once here: speeds (field, class table, default), one-way field, snapping, closures (barriers with a
buffer, restricted road classes or a restriction field) and time-of-day speed factors (per class or a
congestion field). :func:`read_road_input` and :func:`road_options` turn them into the core's
:class:`RoadInput` and :class:`RoadOptions` (``core/roads/network.py``), so both algorithms build the same graph.
"""

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...eco_supervision_plugin.core.roads.costs import DEFAULT_CLASS_SPEEDS
from ...eco_supervision_plugin.core.roads.network import RoadCoverage, RoadInput, RoadOptions
from ...eco_supervision_plugin.core.roads.rules import Barriers
from ...eco_supervision_plugin.i18n import tr
from .features import iter_features
from .ogr_bulk import plain_source_layer
from .parameters import metres_parameter
from .parsers import directions_of, parse_key_values, split_list, truthy_array
from .read import read_lines, require_field

SPEED_FIELD, ROAD_CLASS_FIELD, CLASS_SPEEDS = "SPEED_FIELD", "ROAD_CLASS_FIELD", "CLASS_SPEEDS"
DIRECTION_FIELD, DEFAULT_SPEED, SNAP_TOLERANCE = "DIRECTION_FIELD", "DEFAULT_SPEED", "SNAP_TOLERANCE"
BARRIERS, BARRIER_BUFFER = "BARRIERS", "BARRIER_BUFFER"
RESTRICTED_CLASSES, RESTRICTION_FIELD = "RESTRICTED_CLASSES", "RESTRICTION_FIELD"
SPEED_FACTORS, CONGESTION_FIELD = "SPEED_FACTORS", "CONGESTION_FIELD"
TRAVEL_TIME = "TRAVEL_TIME"
DEFAULT_CLASS_SPEEDS_TEXT = ",".join("{}={:g}".format(k, v) for k, v in DEFAULT_CLASS_SPEEDS.items())
FIELD, NUMBER = QgsProcessingParameterField, QgsProcessingParameterNumber


def add_road_parameters(algorithm, roads, optional_speeds=False, travel_time=False):
    """Declare the road options on ``algorithm`` (an EcoAlgorithm) for the road layer parameter ``roads``.

    ``optional_speeds``: the options are advanced (network siting, where roads are optional); ``travel_time``:
    also ``TRAVEL_TIME``, a coverage limit in minutes (network siting)."""
    add, adv = algorithm.add_parameter, optional_speeds
    if travel_time:
        add(NUMBER(TRAVEL_TIME, tr("Coverage travel time over roads (min)"), NUMBER.Double, optional=True,
                   minValue=0.0),
            tr("Coverage travel time over roads (minutes, at the road speeds, one-way streets honoured); empty or 0: "
               "the coverage radius along the roads"))
    add(FIELD(SPEED_FIELD, tr("Speed field (km/h)"), parentLayerParameterName=roads, type=FIELD.Numeric,
              optional=True),
        tr("Travel speed of each road in km/h, e.g. 60; empty, null or 0: the speed of its road class, else the "
           "default speed"), advanced=adv)
    add(FIELD(ROAD_CLASS_FIELD, tr("Road class field"), parentLayerParameterName=roads, optional=True),
        tr("Road class field (speed by class when no speed is given)"), advanced=adv)
    add(QgsProcessingParameterString(CLASS_SPEEDS, tr("Speeds by road class"), defaultValue=DEFAULT_CLASS_SPEEDS_TEXT,
                                     optional=True),
        tr("Speeds by road class (class=km/h, comma separated)"), advanced=True)
    add(FIELD(DIRECTION_FIELD, tr("One-way field"), parentLayerParameterName=roads, optional=True),
        tr("One-way field (1 = digitised direction, -1 = reverse, 0 = both)"), advanced=adv)
    add(NUMBER(DEFAULT_SPEED, tr("Default speed (km/h)"), NUMBER.Double, defaultValue=30.0, minValue=0.1),
        tr("Default speed (km/h) for roads without a usable speed"), advanced=adv)
    add(metres_parameter(SNAP_TOLERANCE, tr("Road vertex snapping tolerance"), 1.0, minimum=0.0),
        tr("Road vertices closer than this (metres) become one node; keep it well below the road lengths."),
        advanced=True)
    add(QgsProcessingParameterFeatureSource(BARRIERS, tr("Barriers (closed roads)"),
                                            [QgsProcessing.TypeVectorAnyGeometry], optional=True),
        tr("Barriers: points, lines or polygons (a bridge out, a cordon, a flooded underpass); roads crossing or "
           "inside them are closed"))
    add(metres_parameter(BARRIER_BUFFER, tr("Barrier buffer"), 0.0, minimum=0.0),
        tr("Roads within this distance (metres) of a barrier are closed as well"), advanced=True)
    add(QgsProcessingParameterString(RESTRICTED_CLASSES, tr("Restricted road classes"), optional=True),
        tr("Road classes this vehicle may not use, comma separated (e.g. residential,tunnel); needs the road class "
           "field"), advanced=True)
    add(FIELD(RESTRICTION_FIELD, tr("Restriction field"), parentLayerParameterName=roads, optional=True),
        tr("Restriction field (true/1/yes = closed to this vehicle)"), advanced=True)
    add(QgsProcessingParameterString(SPEED_FACTORS, tr("Peak-hour speed factors by road class"), optional=True),
        tr("Peak-hour speed factors by road class (class=factor, e.g. residential=0.6,primary=0.7): a second, "
           "peak-hour result beside the free-flow one"), advanced=True)
    add(FIELD(CONGESTION_FIELD, tr("Congestion factor field"), parentLayerParameterName=roads, type=FIELD.Numeric,
              optional=True),
        tr("Congestion factor field (peak-hour speed factor per road, 0.6 = 60 % of the free-flow speed)"),
        advanced=True)


def road_number_checks(algorithm):
    """Range checks of the road numbers (for ``check_number_ranges``)."""
    return [(name, tr("The parameter {} must be a finite number (got {{}}).").format(name), lambda v: True)
            for name in (DEFAULT_SPEED, SNAP_TOLERANCE, BARRIER_BUFFER, TRAVEL_TIME)]


def read_road_input(algorithm, parameters, context, feedback, crs, roads_name, label):
    """The road layer ``roads_name`` read into a :class:`RoadInput` with the option fields' columns."""
    source = algorithm.parameterAsSource(parameters, roads_name, context)
    text = lambda n: algorithm.parameterAsString(parameters, n, context)  # noqa: E731
    names = [text(n) for n in (SPEED_FIELD, ROAD_CLASS_FIELD, DIRECTION_FIELD, RESTRICTION_FIELD, CONGESTION_FIELD)]
    for name, numeric in zip(names, (True, False, False, False, True)):
        if name:
            require_field(source, name, label, numeric=numeric)
    if text(RESTRICTED_CLASSES).strip() and not names[1]:
        raise QgsProcessingException(tr("Restricted road classes need a road class field (ROAD_CLASS_FIELD)."))
    if text(SPEED_FACTORS).strip() and not names[1]:
        raise QgsProcessingException(tr("Speed factors by road class need a road class field (ROAD_CLASS_FIELD)."))
    parts, owner, table = read_lines(source, crs, context, feedback, fields=sorted({n for n in names if n}),
                                     label=label, layer=plain_source_layer(algorithm, parameters, roads_name, context))
    if not parts:
        raise QgsProcessingException(tr("The road layer has no usable lines."))
    speed, road_class, direction, restriction, congestion = names
    return RoadInput(parts, owner, table.numeric(speed, default=float("nan")) if speed else None,
                     table.attributes[road_class] if road_class else None,
                     directions_of(table.attributes[direction]) if direction else None,
                     truthy_array(table.attributes[restriction]) if restriction else None,
                     table.numeric(congestion, default=float("nan")) if congestion else None)


def road_options(algorithm, parameters, context, feedback, crs):
    """The run's :class:`RoadOptions` (barriers read and reprojected to ``crs``)."""
    text = lambda n: algorithm.parameterAsString(parameters, n, context)  # noqa: E731
    speeds = parse_key_values(text(CLASS_SPEEDS), tr("Speeds by road class"), check=lambda v: v > 0,
                              check_message=tr("Speeds by road class must look like motorway=100,primary=60 "
                                               "(bad entry: {})."))
    factors = parse_key_values(text(SPEED_FACTORS), tr("Peak-hour speed factors by road class"),
                               check=lambda v: v > 0,
                               check_message=tr("Speed factors must look like residential=0.6,primary=0.7, every "
                                                "factor above 0 (bad entry: {})."))
    return RoadOptions(
        default_speed_kmh=algorithm.parameterAsDouble(parameters, DEFAULT_SPEED, context), class_speeds=speeds,
        snap_tolerance_m=algorithm.parameterAsDouble(parameters, SNAP_TOLERANCE, context),
        restricted_classes=split_list(text(RESTRICTED_CLASSES)), speed_factors=factors,
        barriers=read_barriers(algorithm.parameterAsSource(parameters, BARRIERS, context), crs, context, feedback,
                               algorithm.parameterAsDouble(parameters, BARRIER_BUFFER, context)))


def road_coverage(algorithm, parameters, context, feedback, crs, roads_name, label):
    """Network siting's :class:`RoadCoverage`: the roads, the road options and the travel-time limit (if any)."""
    minutes = None
    if parameters.get(TRAVEL_TIME) not in (None, ""):
        minutes = algorithm.parameterAsDouble(parameters, TRAVEL_TIME, context) or None
    return RoadCoverage(read_road_input(algorithm, parameters, context, feedback, crs, roads_name, label),
                        road_options(algorithm, parameters, context, feedback, crs), minutes)


def read_barriers(source, crs, context, feedback, buffer_m):
    """Barrier points, lines and polygons of ``source`` in ``crs`` (None without a layer)."""
    if source is None:
        return None
    request = QgsFeatureRequest().setNoAttributes()
    request.setDestinationCrs(crs, context.transformContext())
    points, lines, polygons = [], [], []
    for feature in iter_features(source, request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks,
                                 feedback):
        g = feature.geometry()
        if g is None or g.isEmpty():
            continue
        kind, multi = g.type(), g.isMultipart()
        if kind == QgsWkbTypes.PointGeometry:
            points += [(p.x(), p.y()) for p in (g.asMultiPoint() if multi else [g.asPoint()])]
        elif kind == QgsWkbTypes.LineGeometry:
            lines += [np.array([(p.x(), p.y()) for p in line]) for line in (g.asMultiPolyline() if multi
                                                                             else [g.asPolyline()])]
        elif kind == QgsWkbTypes.PolygonGeometry:
            polygons += [[np.array([(p.x(), p.y()) for p in ring]) for ring in poly]
                         for poly in (g.asMultiPolygon() if multi else [g.asPolygon()])]
    if not (points or lines or polygons):
        feedback.pushWarning(tr("The barrier layer has no usable geometry: no road is closed."))
    return Barriers(np.array(points, dtype=float).reshape(-1, 2), lines, polygons, float(buffer_m))
