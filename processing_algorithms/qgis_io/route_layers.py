"""Inspection day routes in Processing: the optional parameters (ROADS, OFFICE, service time, working day),
reading the roads, the office and the drawn enterprises' locations, and writing ROUTES (one line per officer
and day, along the roads) and STOPS (one point per visit, in order, with arrival times)."""

import re

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...eco_supervision_plugin.core.supervision.routes import RoadLines, RouteOptions, clock
from ...eco_supervision_plugin.i18n import tr
from .crs import metric_crs
from .feedback import warn
from .ogr_bulk import plain_source_layer
from .parameters import metres_parameter
from .parsers import directions_of
from .read import read_lines, read_points, require_field
from .sinks import clean_number, fields_of

ROUTE_FIELDS = [("officer_id", "string"), ("unit", "string"), ("day", "int"), ("stops", "int"), ("km", "double"),
                ("travel_h", "double"), ("service_h", "double"), ("total_h", "double"), ("leave", "string"),
                ("back", "string"), ("stop_order", "string"), ("over_day", "int")]
STOP_FIELDS = [("officer_id", "string"), ("day", "int"), ("visit", "int"), ("enterprise", "string"),
               ("arrive", "string"), ("leave", "string"), ("arrive_min", "double")]


def add_route_parameters(alg):
    """ROADS, OFFICE and the day-plan options (all optional: without roads and office no routes are made)."""
    add, number = alg.add_parameter, QgsProcessingParameterNumber
    add(QgsProcessingParameterFeatureSource("ROADS", tr("Road network (day routes)"), [QgsProcessing.TypeVectorLine],
                                            optional=True),
        tr("Road lines: with an office, each officer's inspections are ordered into day routes over these roads."))
    add(QgsProcessingParameterField("SPEED_FIELD", tr("Road speed field (km/h)"), parentLayerParameterName="ROADS",
                                    optional=True, type=QgsProcessingParameterField.Numeric),
        tr("Speed of each road in km/h; null or zero speeds use the default speed."))
    add(QgsProcessingParameterField("DIRECTION_FIELD", tr("One-way field"), parentLayerParameterName="ROADS",
                                    optional=True),
        tr("1/yes/forward: digitised direction only; -1/reverse: against it; anything else: both ways."),
        advanced=True)
    add(number("DEFAULT_SPEED", tr("Default road speed (km/h)"), number.Double, 30.0, minValue=0.1),
        tr("Speed of roads without a usable speed value."), advanced=True)
    add(QgsProcessingParameterFeatureSource("OFFICE", tr("Office (start and end of every day)"),
                                            [QgsProcessing.TypeVectorPoint], optional=True),
        tr("The bureau's office: every day route leaves from it and comes back to it (the first point is used)."))
    add(number("SERVICE_MINUTES", tr("Minutes per inspection"), number.Double, 60.0, minValue=0.0),
        tr("Time spent at each enterprise, added to the travel time."))
    add(number("MAX_DAY_HOURS", tr("Working day (hours, 0 = no limit)"), number.Double, 8.0, minValue=0.0,
               maxValue=24.0),
        tr("Longest day, travel and inspections together; an officer's inspections are split into as few days "
           "as fit."))
    add(number("MAX_STOPS_PER_DAY", tr("Inspections per day (0 = no limit)"), number.Integer, 0, minValue=0),
        tr("At most this many inspections on one day."), advanced=True)
    add(metres_parameter("MAX_SNAP_DISTANCE", tr("Largest distance from an enterprise to a road (m)"), 2000.0),
        tr("Enterprises farther than this from every road cannot be routed and are reported."), advanced=True)
    add(QgsProcessingParameterString("DAY_START", tr("Leaving the office at (HH:MM)"), defaultValue="08:30"),
        tr("Clock time each day starts at the office; arrival times are counted from it."), advanced=True)
    add(QgsProcessingParameterFeatureSink("ROUTES", tr("Day routes"), QgsProcessing.TypeVectorLine, optional=True,
                                          createByDefault=True),
        tr("One line per officer and day along the roads: stops, km, hours, visiting order with arrival times."))
    add(QgsProcessingParameterFeatureSink("STOPS", tr("Route stops"), QgsProcessing.TypeVectorPoint, optional=True,
                                          createByDefault=False),
        tr("One point per visit: officer, day, visit number and arrival time."), advanced=True)


def _day_start(text):
    match = re.fullmatch(r"\s*(\d{1,2})[:：.](\d{2})\s*", text or "")
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise QgsProcessingException(tr("DAY_START must be a clock time such as 08:30 (got {}).").format(text))
    return 60.0 * int(match.group(1)) + int(match.group(2))


def read_route_inputs(alg, parameters, context, feedback):
    """``(RoadLines, office_xy, RouteOptions, crs)``, or None when neither ROADS nor OFFICE is given."""
    roads = alg.parameterAsSource(parameters, "ROADS", context)
    office = alg.parameterAsSource(parameters, "OFFICE", context)
    if roads is None and office is None:
        return None
    if roads is None or office is None:
        raise QgsProcessingException(tr("Day routes need both the road network (ROADS) and the office (OFFICE)."))
    register = alg.parameterAsSource(parameters, "ENTERPRISES", context)
    if register is not None and register.wkbType() == QgsWkbTypes.NoGeometry:
        raise QgsProcessingException(tr("Day routes need the enterprises' locations: the enterprise register is a "
                                        "table without geometry."))
    crs = metric_crs(roads, context, feedback, tr("roads"))
    speed, direction = (alg.parameterAsString(parameters, n, context) for n in ("SPEED_FIELD", "DIRECTION_FIELD"))
    for name, numeric in ((speed, True), (direction, False)):
        if name:
            require_field(roads, name, tr("roads"), numeric=numeric)
    parts, owner, table = read_lines(roads, crs, context, feedback, fields=[n for n in (speed, direction) if n],
                                     label=tr("roads"), layer=plain_source_layer(alg, parameters, "ROADS", context))
    if not parts:
        raise QgsProcessingException(tr("The road layer has no usable lines."))
    lines = RoadLines(parts, owner, len(table.fids), table.numeric(speed, default=float("nan")) if speed else None,
                      directions_of(table.attributes[direction]) if direction else None,
                      alg.parameterAsDouble(parameters, "DEFAULT_SPEED", context))
    points = read_points(office, crs, context, feedback, label=tr("office"))
    if len(points) == 0:
        raise QgsProcessingException(tr("The office layer has no usable point."))
    if len(points) > 1:
        warn(feedback, tr("The office layer has {} points; the first is the office.").format(len(points)))
    hours = alg.parameterAsDouble(parameters, "MAX_DAY_HOURS", context)
    stops = alg.parameterAsInt(parameters, "MAX_STOPS_PER_DAY", context)
    options = RouteOptions(alg.parameterAsDouble(parameters, "SERVICE_MINUTES", context), hours or None,
                           stops or None, _day_start(alg.parameterAsString(parameters, "DAY_START", context)),
                           max_snap_distance_m=alg.parameterAsDouble(parameters, "MAX_SNAP_DISTANCE", context))
    return lines, points.xy[0], options, crs


def stop_locations(source, fids, drawn, crs, context, feedback):
    """(tasks × 2) location of each drawn enterprise in ``crs`` (NaN where it has no usable geometry)."""
    table = read_points(source, crs, context, feedback, label=tr("enterprises"))
    where = dict(zip(table.fids, map(tuple, table.xy)))
    return np.array([where.get(fids[e], (np.nan, np.nan)) for e in drawn], dtype=float).reshape(-1, 2)


def write_routes(alg, parameters, context, feedback, plan, officers, enterprise_ids, stop_xy, options, crs):
    """ROUTES and STOPS from the plan; returns their destinations (None when not asked for)."""
    route_fields, stop_fields = fields_of(ROUTE_FIELDS), fields_of(STOP_FIELDS)
    sink, route_dest = alg.parameterAsSink(parameters, "ROUTES", context, route_fields, QgsWkbTypes.LineString, crs)
    stop_sink, stop_dest = alg.parameterAsSink(parameters, "STOPS", context, stop_fields, QgsWkbTypes.Point, crs)
    start = options.day_start_minutes
    service_min = float(options.service_minutes)
    for route in plan.routes:
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
        k = plan.officers[route.group]
        arrive = start + route.arrive_s / 60.0
        names = [enterprise_ids[s] for s in route.stops]
        if sink is not None:
            out = QgsFeature(route_fields)
            out.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in route.line]))
            out.setAttributes([officers.ids[k], officers.units[k], route.day, len(route.stops),
                               clean_number(route.length_m / 1000.0, 3), clean_number(route.travel_s / 3600.0, 3),
                               clean_number(route.service_s / 3600.0, 3), clean_number(route.hours, 3), clock(start),
                               clock(start + (route.travel_s + route.service_s) / 60.0),
                               " → ".join("{} {}".format(n, clock(a)) for n, a in zip(names, arrive)),
                               int(route.over_day)])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        if stop_sink is not None:
            for visit, (s, name, a) in enumerate(zip(route.stops, names, arrive), start=1):
                out = QgsFeature(stop_fields)
                out.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*stop_xy[s])))
                out.setAttributes([officers.ids[k], route.day, visit, name, clock(a), clock(a + service_min),
                                   clean_number(a - start, 2)])
                stop_sink.addFeature(out, QgsFeatureSink.FastInsert)
    return route_dest, stop_dest
