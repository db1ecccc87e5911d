"""ecosupervision:emergencycoverage — emergency teams' response over the road network."""

import math

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..eco_supervision_plugin.core import response as rs
from ..eco_supervision_plugin.core import road_graph as rg
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, style_output, translate_note, write_report
from .layers import metric_crs, plain_source_layer, read_lines, read_points, require_features, require_field
from .qgis_io.parsers import directions_of
from .qgis_io.wkb import multilinestring_wkbs

# Default speeds (km/h) by road class, for features without a usable speed value.
DEFAULT_CLASS_SPEEDS = (
    "motorway=100,trunk=80,primary=60,secondary=50,tertiary=40,unclassified=30,residential=30,"
    "living_street=10,service=20,track=15"
)
def parse_class_speeds(text):
    """'motorway=100,trunk=80' → {'motorway': 100.0, 'trunk': 80.0}; bad entries raise ValueError."""
    table = {}
    for item in str(text or "").replace(";", ",").split(","):
        if not item.strip():
            continue
        if "=" not in item and ":" not in item:
            raise ValueError(item)
        key, value = item.replace(":", "=").split("=", 1)
        speed = float(value)
        if not speed > 0:
            raise ValueError(item)
        table[key.strip().lower()] = speed
    return table


class EmergencyCoverageAlgorithm(EcoAlgorithm):
    ALG_ID = "emergencycoverage"

    ROADS = "ROADS"
    SPEED_FIELD = "SPEED_FIELD"
    ROAD_CLASS_FIELD = "ROAD_CLASS_FIELD"
    CLASS_SPEEDS = "CLASS_SPEEDS"
    DIRECTION_FIELD = "DIRECTION_FIELD"
    DEFAULT_SPEED = "DEFAULT_SPEED"
    ACCESS_SPEED = "ACCESS_SPEED"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    MAX_SNAP_DISTANCE = "MAX_SNAP_DISTANCE"
    DEPOTS = "DEPOTS"
    DEPOT_NAME_FIELD = "DEPOT_NAME_FIELD"
    READINESS_FIELD = "READINESS_FIELD"
    TEAMS_FIELD = "TEAMS_FIELD"
    RISK_SOURCES = "RISK_SOURCES"
    RISK_WEIGHT_FIELD = "RISK_WEIGHT_FIELD"
    THRESHOLDS = "THRESHOLDS"
    REQUIRED_RESPONDERS = "REQUIRED_RESPONDERS"
    CANDIDATES = "CANDIDATES"
    NEW_DEPOT_COUNT = "NEW_DEPOT_COUNT"
    NEW_DEPOT_TEAMS = "NEW_DEPOT_TEAMS"
    NEW_DEPOT_READINESS = "NEW_DEPOT_READINESS"
    POLYGON_BUFFER = "POLYGON_BUFFER"
    MAKE_POLYGONS = "MAKE_POLYGONS"
    OUTPUT = "OUTPUT"
    SERVICE_AREAS = "SERVICE_AREAS"
    SERVICE_AREA_POLYGONS = "SERVICE_AREA_POLYGONS"
    NEW_DEPOTS = "NEW_DEPOTS"

    def displayName(self):  # noqa: N802
        return self.tr("Emergency coverage over the road network")

    def group(self):
        return self.tr("Emergency response")

    def groupId(self):  # noqa: N802
        return "emergency"

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Checks whether emergency monitoring teams and supplies reach every environmental risk source in "
            "time over the road network, including two simultaneous incidents, and where to add depots.\n\n"
            "Model: one road graph (vertices snapped within the snapping tolerance, edge time = length / speed, "
            "one-way roads honoured). Depots and risk sources join the network at their projection on the "
            "nearest road (a straight access leg at the access speed); points farther than the maximum snap "
            "distance are reported as off-network. Response time = readiness delay of the depot + network travel "
            "time (multi-source Dijkstra with a time limit). Teams are ranked per source: the first responder "
            "is the fastest team, the second responder the next one (the same depot when it has two teams). A "
            "source counts as covered twice only when two different teams reach it within the threshold, as "
            "needed to answer two simultaneous incidents (the dual-incident requirement for county-level "
            "environmental emergencies, cf. HJ 589 emergency monitoring and the emergency-response plan "
            "guidelines). Sources on a road piece without any depot are reported as isolated, never covered.\n\n"
            "ROADS: road lines. SPEED_FIELD: speed in km/h; null or zero speeds fall back to the road-class "
            "speed (ROAD_CLASS_FIELD with CLASS_SPEEDS, e.g. motorway=100,primary=60) and then to DEFAULT_SPEED. "
            "DIRECTION_FIELD: one-way flag (1/yes/forward = digitised direction only, -1/reverse = against it, "
            "anything else both ways). ACCESS_SPEED: km/h of the off-network leg. DEPOTS: depot points; "
            "READINESS_FIELD: minutes before a team leaves; TEAMS_FIELD: how many incidents a depot can answer "
            "at once. RISK_SOURCES: risk source points; RISK_WEIGHT_FIELD: their weight. THRESHOLDS: minutes, "
            "e.g. 30,60. REQUIRED_RESPONDERS: 1, or 2 for two simultaneous incidents. CANDIDATES and "
            "NEW_DEPOT_COUNT: optional sites to add depots maximising weight covered (twice) within the first "
            "threshold.\n\n"
            "Outputs: OUTPUT risk sources with first/second responder and times and coverage per threshold; "
            "SERVICE_AREAS reachable road lines per depot and threshold (partial roads cut at the threshold); "
            "SERVICE_AREA_POLYGONS readable areas around them; NEW_DEPOTS chosen sites; REPORT weight covered "
            "once/twice, uncovered sources, load per depot and runtime."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, self.tr("Road network (lines)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterField(
            self.SPEED_FIELD, self.tr("Speed field (km/h)"), parentLayerParameterName=self.ROADS,
            type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ROAD_CLASS_FIELD, self.tr("Road class field (speed by class when no speed is given)"),
            parentLayerParameterName=self.ROADS, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CLASS_SPEEDS, self.tr("Speeds by road class (class=km/h, comma separated)"),
            defaultValue=DEFAULT_CLASS_SPEEDS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DIRECTION_FIELD, self.tr("One-way field (1 = digitised direction, -1 = reverse, 0 = both)"),
            parentLayerParameterName=self.ROADS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DEFAULT_SPEED, self.tr("Default speed (km/h) for roads without a usable speed"),
            QgsProcessingParameterNumber.Double, defaultValue=30.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterNumber(
            self.ACCESS_SPEED, self.tr("Access speed off the network (km/h)"),
            QgsProcessingParameterNumber.Double, defaultValue=15.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterDistance(
            self.SNAP_TOLERANCE, self.tr("Road vertex snapping tolerance"), defaultValue=1.0, minValue=0.0,
            parentParameterName=self.ROADS))
        self.addParameter(QgsProcessingParameterDistance(
            self.MAX_SNAP_DISTANCE, self.tr("Maximum distance from a point to the nearest road (m)"),
            defaultValue=2000.0, minValue=0.0, parentParameterName=self.ROADS))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEPOTS, self.tr("Emergency depots (points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.DEPOT_NAME_FIELD, self.tr("Depot name field"), parentLayerParameterName=self.DEPOTS,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.READINESS_FIELD, self.tr("Readiness field (minutes before a team leaves)"),
            parentLayerParameterName=self.DEPOTS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TEAMS_FIELD, self.tr("Teams field (incidents a depot can answer at once)"),
            parentLayerParameterName=self.DEPOTS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RISK_SOURCES, self.tr("Risk sources (points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.RISK_WEIGHT_FIELD, self.tr("Risk weight field"), parentLayerParameterName=self.RISK_SOURCES,
            type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.THRESHOLDS, self.tr("Response-time thresholds (minutes, comma separated)"), defaultValue="30,60"))
        self.addParameter(QgsProcessingParameterNumber(
            self.REQUIRED_RESPONDERS, self.tr("Required responders (2 = two simultaneous incidents)"),
            QgsProcessingParameterNumber.Integer, defaultValue=2, minValue=1, maxValue=10))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CANDIDATES, self.tr("Candidate sites for new depots"), [QgsProcessing.TypeVectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.NEW_DEPOT_COUNT, self.tr("Number of new depots to choose"), QgsProcessingParameterNumber.Integer,
            defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.NEW_DEPOT_TEAMS, self.tr("Teams per new depot"), QgsProcessingParameterNumber.Integer,
            defaultValue=1, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.NEW_DEPOT_READINESS, self.tr("Readiness of a new depot (minutes)"),
            QgsProcessingParameterNumber.Double, defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.MAKE_POLYGONS, self.tr("Build service-area polygons"), defaultValue=True))
        self.addParameter(QgsProcessingParameterDistance(
            self.POLYGON_BUFFER, self.tr("Service-area polygon buffer around reachable roads"),
            defaultValue=200.0, minValue=1.0, parentParameterName=self.ROADS))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Risk sources with responders"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SERVICE_AREAS, self.tr("Service areas (reachable roads)"), QgsProcessing.TypeVectorLine,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SERVICE_AREA_POLYGONS, self.tr("Service areas (polygons)"), QgsProcessing.TypeVectorPolygon,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.NEW_DEPOTS, self.tr("New depots"), QgsProcessing.TypeVectorPoint, optional=True,
            createByDefault=True))
        self.add_report_parameter()

    # -- reading ------------------------------------------------------------------------------

    def _road_speeds(self, parameters, context, table, feedback):
        n = len(table)
        default = self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context)
        if not default > 0:
            raise QgsProcessingException(self.tr("The default speed must be positive."))
        speed_field = self.parameterAsString(parameters, self.SPEED_FIELD, context)
        class_field = self.parameterAsString(parameters, self.ROAD_CLASS_FIELD, context)
        try:
            class_speeds = parse_class_speeds(self.parameterAsString(parameters, self.CLASS_SPEEDS, context))
        except ValueError as error:
            raise QgsProcessingException(
                self.tr("Speeds by road class must look like motorway=100,primary=60 (bad entry: {}).").format(
                    error)) from None
        speeds = np.full(n, np.nan)
        if speed_field:
            raw = table.numeric(speed_field, default=float("nan"))
            speeds = np.where(raw > 0, raw, np.nan)
        missing = ~np.isfinite(speeds)
        by_class = 0
        if class_field and missing.any():
            for i in np.flatnonzero(missing):
                value = table.attributes[class_field][i]
                key = str(value).strip().lower() if value is not None else ""
                if key not in class_speeds and key.endswith("_link"):
                    key = key[:-5]
                if key in class_speeds:
                    speeds[i] = class_speeds[key]
                    by_class += 1
        missing = ~np.isfinite(speeds)
        n_default = int(missing.sum())
        speeds[missing] = default
        if speed_field and (by_class or n_default):
            feedback.pushWarning(self.tr(
                "{} road(s) have a null or zero speed: {} took the road-class speed, {} the default {} km/h."
            ).format(by_class + n_default, by_class, n_default, default))
        elif not speed_field:
            feedback.pushInfo(self.tr("Road speeds: {} by road class, {} at the default {} km/h.").format(
                by_class, n_default, default))
        return speeds, {"by_class": by_class, "default": n_default}

    # -- run ----------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        watch = Stopwatch()
        roads = self.parameterAsSource(parameters, self.ROADS, context)
        depots = self.parameterAsSource(parameters, self.DEPOTS, context)
        sources = self.parameterAsSource(parameters, self.RISK_SOURCES, context)
        require_features(roads, self.tr("roads"))
        require_features(depots, self.tr("depots"))
        require_features(sources, self.tr("risk sources"))
        try:
            thresholds = rs.parse_thresholds(self.parameterAsString(parameters, self.THRESHOLDS, context))
        except ValueError as error:
            raise QgsProcessingException(translate_note(error)) from None
        required = self.parameterAsInt(parameters, self.REQUIRED_RESPONDERS, context)
        access_speed = self.parameterAsDouble(parameters, self.ACCESS_SPEED, context)
        snap_tol = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        max_snap = self.parameterAsDouble(parameters, self.MAX_SNAP_DISTANCE, context)
        crs = metric_crs(roads, context, feedback)

        road_fields = []
        for name in (self.SPEED_FIELD, self.ROAD_CLASS_FIELD, self.DIRECTION_FIELD):
            value = self.parameterAsString(parameters, name, context)
            if value:
                require_field(roads, value, self.tr("roads"), numeric=(name == self.SPEED_FIELD))
                road_fields.append(value)
        parts, owner, road_table = read_lines(roads, crs, context, feedback, fields=road_fields,
                                              label=self.tr("roads"),
                                              layer=plain_source_layer(self, parameters, self.ROADS, context))
        if not parts:
            raise QgsProcessingException(self.tr("The road layer has no usable lines."))
        speeds, speed_info = self._road_speeds(parameters, context, road_table, feedback)
        direction_field = self.parameterAsString(parameters, self.DIRECTION_FIELD, context)
        if direction_field:
            direction = directions_of(road_table.attributes[direction_field])
        else:
            direction = np.zeros(len(road_table), dtype=int)
        feedback.pushInfo(self.tr("Building the road graph from {} line parts…").format(len(parts)))
        graph = run_core(feedback, rg.build_road_graph, parts, speeds[owner], direction[owner], snap_tol)
        feedback.setProgress(10)
        feedback.pushInfo(self.tr("Road graph: {} nodes, {} edges, {} connected pieces.").format(
            graph.n_nodes, graph.n_edges, graph.n_components))

        name_field = self.parameterAsString(parameters, self.DEPOT_NAME_FIELD, context)
        ready_field = self.parameterAsString(parameters, self.READINESS_FIELD, context)
        teams_field = self.parameterAsString(parameters, self.TEAMS_FIELD, context)
        dep_fields = [f for f in (name_field, ready_field, teams_field) if f]
        for f in dep_fields:
            require_field(depots, f, self.tr("depots"), numeric=(f != name_field))
        dep = read_points(depots, crs, context, feedback, fields=dep_fields, label=self.tr("depots"))
        if len(dep) == 0:
            raise QgsProcessingException(self.tr("No depot has a usable point geometry."))
        readiness = (dep.numeric(ready_field, default=0.0, label=self.tr("depots")) if ready_field
                     else np.zeros(len(dep)))
        teams = dep.numeric(teams_field, default=1.0, label=self.tr("depots")) if teams_field else np.ones(len(dep))
        for field, message in ((teams_field, self.tr("{} depot(s) have a null team count and count as one team.")),
                               (ready_field, self.tr("{} depot(s) have a null readiness and count as ready at once "
                                                     "(0 min)."))):
            n_null = sum(v is None for v in dep.attributes[field]) if field else 0
            if n_null:
                feedback.pushWarning(message.format(n_null))
        if (readiness < 0).any():
            raise QgsProcessingException(self.tr("Readiness times must be zero or positive minutes."))
        if (teams < 0).any() or np.any(teams != np.round(teams)):
            raise QgsProcessingException(self.tr("Team counts must be whole numbers, zero or more."))
        dep_names = ([str(v) if v is not None else str(fid) for v, fid in zip(dep.attributes[name_field], dep.fids)]
                     if name_field else [str(fid) for fid in dep.fids])

        weight_field = self.parameterAsString(parameters, self.RISK_WEIGHT_FIELD, context)
        if weight_field:
            require_field(sources, weight_field, self.tr("risk sources"), numeric=True)
        src_field_names = sources.fields().names()
        src = read_points(sources, crs, context, feedback, fields=src_field_names, label=self.tr("risk sources"))
        if len(src) == 0:
            raise QgsProcessingException(self.tr("No risk source has a usable point geometry."))
        weights = src.numeric(weight_field, default=0.0, label=self.tr("risk sources")) if weight_field \
            else np.ones(len(src))
        if weight_field and any(v is None for v in src.attributes[weight_field]):
            feedback.pushWarning(self.tr("Risk sources with a null weight count with weight 0."))

        want_lines = self.SERVICE_AREAS in parameters and parameters[self.SERVICE_AREAS] is not None
        want_polys = (self.SERVICE_AREA_POLYGONS in parameters and parameters[self.SERVICE_AREA_POLYGONS] is not None
                      and self.parameterAsBool(parameters, self.MAKE_POLYGONS, context))
        feedback.pushInfo(self.tr("Computing response times…"))
        result = run_core(
            feedback, rs.analyse_response, graph, dep.xy, src.xy, thresholds, readiness_min=readiness,
            teams=teams, weights=weights, required=required, access_speed_kmh=access_speed,
            max_snap_distance=max_snap, monitor=feedback_monitor(feedback, 10, 50),
            service_areas=want_lines or want_polys,
        )
        off_dep = np.flatnonzero(result.depot_snap.edge < 0)
        if len(off_dep):
            feedback.pushWarning(self.tr("{} depot(s) are farther than {} m from any road and cannot respond: {}")
                                 .format(len(off_dep), max_snap, ", ".join(dep_names[i] for i in off_dep[:20])))
        for status, message in (
            ("off_network", self.tr("{} risk source(s) are farther than the maximum snap distance from any road.")),
            ("isolated", self.tr("{} risk source(s) lie on road pieces not connected to any depot (unreachable).")),
        ):
            count = int((result.status == status).sum())
            if count:
                feedback.pushWarning(message.format(count))

        # -- OUTPUT: risk sources -----------------------------------------------------------
        extra = QgsFields()
        extra.append(QgsField("first_depot", QVariant.String))
        extra.append(QgsField("first_min", QVariant.Double))
        extra.append(QgsField("second_depot", QVariant.String))
        extra.append(QgsField("second_min", QVariant.Double))
        for t in thresholds:
            extra.append(QgsField("teams_{:g}".format(t), QVariant.Int))
            extra.append(QgsField("once_{:g}".format(t), QVariant.Int))
            extra.append(QgsField("twice_{:g}".format(t), QVariant.Int))
        extra.append(QgsField("covered", QVariant.Int))
        extra.append(QgsField("status", QVariant.String))
        extra.append(QgsField("access_m", QVariant.Double))
        out_fields = QgsProcessingUtils.combineFields(sources.fields(), extra)
        sink, self.dest_output = self.parameterAsSink(parameters, self.OUTPUT, context, out_fields,
                                                      QgsWkbTypes.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        last = len(thresholds) - 1
        for i in range(len(src)):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled by the user."))
            f = QgsFeature(out_fields)
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*src.xy[i])))
            attrs = [src.attributes[name][i] for name in src_field_names]
            d1, d2 = result.first_depot[i], result.second_depot[i]
            attrs += [
                dep_names[d1] if d1 >= 0 else None,
                _num(result.first_min[i]),
                dep_names[d2] if d2 >= 0 else None,
                _num(result.second_min[i]),
            ]
            for k in range(len(thresholds)):
                attrs += [int(result.teams_within[k, i]), int(result.covered_once[k, i]),
                          int(result.covered_twice[k, i])]
            attrs += [int(result.covered_required[last, i]), str(result.status[i]),
                      _num(result.source_snap.distance[i])]
            f.setAttributes(attrs)
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        feedback.setProgress(55)

        # -- SERVICE_AREAS -------------------------------------------------------------------
        self.dest_areas = self.dest_polygons = self.dest_new = None
        area_rows = []
        if want_lines or want_polys:
            area_rows = self._service_areas(parameters, context, feedback, graph, result.service_areas, dep_names,
                                            thresholds, crs, want_lines, want_polys)
        feedback.setProgress(85)

        # -- NEW_DEPOTS ----------------------------------------------------------------------
        new_rows, siting_info = self._new_depots(parameters, context, feedback, graph, src, weights, result,
                                                 thresholds, required, access_speed, max_snap, crs)
        feedback.setProgress(95)

        # -- REPORT --------------------------------------------------------------------------
        uncovered = []
        for i in np.flatnonzero(~result.covered_required[last]):
            row = {"feature_id": src.fids[i], "status": str(result.status[i]),
                   "weight": float(weights[i]), "teams_in_time": int(result.teams_within[last, i])}
            if "name" in src.attributes:
                row["name"] = src.attributes["name"][i]
            row["first_min"] = _num(result.first_min[i])
            uncovered.append(row)
        load = []
        for row in result.depot_load:
            r = dict(row)
            r["depot"] = dep_names[row["depot"]]
            load.append(r)
        report = {
            "algorithm": "ecosupervision:emergencycoverage",
            "thresholds_min": thresholds,
            "required_responders": required,
            "coverage_by_threshold": result.summary,
            "status_counts": {s: int((result.status == s).sum()) for s in rs.STATUSES},
            "uncovered_sources": uncovered,
            "depot_load": load,
            "road_network": {
                "line_parts": len(parts), "nodes": graph.n_nodes, "edges": graph.n_edges,
                "connected_pieces": int(graph.n_components), "speeds_by_class": speed_info["by_class"],
                "speeds_default": speed_info["default"], "crs": crs.authid(),
            },
            "service_areas": area_rows,
            "new_depots": new_rows,
            "siting": siting_info,
            "runtime_s": watch.seconds(),
        }
        report_path = write_report(self.parameterAsFileOutput(parameters, "REPORT", context), report,
                                   self.tr("Emergency coverage report"))
        outputs = {self.OUTPUT: self.dest_output, "REPORT": report_path}
        if self.dest_areas:
            outputs[self.SERVICE_AREAS] = self.dest_areas
        if self.dest_polygons:
            outputs[self.SERVICE_AREA_POLYGONS] = self.dest_polygons
        if self.dest_new:
            outputs[self.NEW_DEPOTS] = self.dest_new
        for s in result.summary:
            feedback.pushInfo(self.tr("{} min: {:.1f}% of risk weight covered once, {:.1f}% twice.").format(
                s["threshold_min"], s["share_covered_once_pct"], s["share_covered_twice_pct"]))
        feedback.setProgress(100)
        return outputs

    def _service_areas(self, parameters, context, feedback, graph, areas, dep_names, thresholds, crs, want_lines,
                       want_polys):
        origin, k, edge, f0, f1 = rg.merge_pieces(areas)  # grouped by depot, then threshold
        opens = np.r_[True, (origin[1:] != origin[:-1]) | (k[1:] != k[:-1])] if len(origin) else np.zeros(0, bool)
        group = np.cumsum(opens) - 1
        n_groups = int(opens.sum())
        group_start = np.flatnonzero(opens)
        group_end = np.r_[group_start[1:], len(origin)]
        road_km = np.bincount(group, weights=graph.edge_length[edge] * (f1 - f0), minlength=n_groups) / 1000.0
        fields = QgsFields()
        fields.append(QgsField("depot", QVariant.String))
        fields.append(QgsField("threshold_min", QVariant.Double))
        fields.append(QgsField("road_km", QVariant.Double))
        line_sink = poly_sink = None
        wkbs = segs = None
        if want_lines:
            line_sink, self.dest_areas = self.parameterAsSink(parameters, self.SERVICE_AREAS, context, fields,
                                                              QgsWkbTypes.MultiLineString, crs)
            wkbs = multilinestring_wkbs(*rg.piece_lines(graph, group, edge, f0, f1), n_groups)
        poly_fields = QgsFields(fields)
        poly_fields.append(QgsField("area_km2", QVariant.Double))
        if want_polys:
            poly_sink, self.dest_polygons = self.parameterAsSink(parameters, self.SERVICE_AREA_POLYGONS, context,
                                                                 poly_fields, QgsWkbTypes.MultiPolygon, crs)
            segs = rg.piece_segments(graph, edge, f0, f1)
        buffer = self.parameterAsDouble(parameters, self.POLYGON_BUFFER, context)
        rows = []
        # Largest threshold first so smaller areas draw on top.
        order = sorted(range(n_groups), key=lambda g: (-k[group_start[g]], origin[group_start[g]]))
        for step, g in enumerate(order):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled by the user."))
            d = origin[group_start[g]]
            t = thresholds[k[group_start[g]]]
            km = float(road_km[g])
            row = {"depot": dep_names[d], "threshold_min": t, "road_km": round(km, 3)}
            if line_sink is not None:
                geom = QgsGeometry()
                geom.fromWkb(wkbs[g])
                f = QgsFeature(fields)
                f.setGeometry(geom)
                f.setAttributes([dep_names[d], t, km])
                line_sink.addFeature(f, QgsFeatureSink.FastInsert)
            if poly_sink is not None:
                poly = _area_polygon(segs[group_start[g]:group_end[g]], buffer)
                f = QgsFeature(poly_fields)
                f.setGeometry(poly)
                area = poly.area() / 1e6
                f.setAttributes([dep_names[d], t, km, area])
                poly_sink.addFeature(f, QgsFeatureSink.FastInsert)
                row["area_km2"] = round(area, 3)
            rows.append(row)
            feedback.setProgress(70 + 15 * (step + 1) / max(n_groups, 1))
        return rows

    def _new_depots(self, parameters, context, feedback, graph, src, weights, result, thresholds, required,
                    access_speed, max_snap, crs):
        count = self.parameterAsInt(parameters, self.NEW_DEPOT_COUNT, context)
        cands = self.parameterAsSource(parameters, self.CANDIDATES, context)
        if count <= 0 or cands is None:
            if count > 0:
                feedback.pushWarning(self.tr("No candidate sites given: no new depots are chosen."))
            return [], {"used": False}
        cand = read_points(cands, crs, context, feedback, fields=cands.fields().names(), label=self.tr("candidates"))
        if len(cand) == 0:
            raise QgsProcessingException(self.tr("No candidate site has a usable point geometry."))
        if count > len(cand):
            feedback.pushWarning(self.tr("Only {} candidate site(s) are given: at most {} new depot(s) can be chosen.")
                                 .format(len(cand), len(cand)))
        new_teams = self.parameterAsInt(parameters, self.NEW_DEPOT_TEAMS, context)
        new_ready = self.parameterAsDouble(parameters, self.NEW_DEPOT_READINESS, context)
        t = thresholds[0]
        budget_s = (t - new_ready) * 60.0
        if budget_s < 0:
            raise QgsProcessingException(self.tr("The readiness of a new depot exceeds the first threshold."))
        rows, cols, _ = run_core(feedback, rg.network_costs, graph, cand.xy, src.xy, budget_s, weight="time",
                                 access_speed_kmh=access_speed, max_snap_distance=max_snap)
        p_dep, p_src, p_total = result.pairs
        in_time = p_total <= t + 1e-9
        teams = np.zeros(len(result.depot_load), dtype=np.int64)
        for row in result.depot_load:
            teams[row["depot"]] = row["teams"]
        chosen, gains, solver_info = run_core(
            feedback, rs.choose_new_depots, (p_dep[in_time], p_src[in_time]), teams, rows, cols, len(src),
            len(cand), weights, required, count, new_teams=new_teams, monitor=feedback_monitor(feedback, 85, 95))
        before_counts = result.teams_within[0]
        after_counts = result.teams_within[0].astype(float).copy()
        for j in chosen:
            after_counts[cols[rows == j]] += new_teams
        fields = QgsProcessingUtils.combineFields(cands.fields(), _fields([
            ("rank", QVariant.Int), ("weight_gain", QVariant.Double), ("teams", QVariant.Int),
            ("threshold_min", QVariant.Double)]))
        sink, self.dest_new = self.parameterAsSink(parameters, self.NEW_DEPOTS, context, fields, QgsWkbTypes.Point,
                                                   crs)
        out = []
        for rank, (j, gain) in enumerate(zip(chosen, gains), start=1):
            f = QgsFeature(fields)
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*cand.xy[j])))
            f.setAttributes([cand.attributes[n][j] for n in cands.fields().names()] + [rank, gain, new_teams, t])
            if sink is not None:
                sink.addFeature(f, QgsFeatureSink.FastInsert)
            out.append({"rank": rank, "candidate_feature_id": cand.fids[j], "weight_gain": gain})
        total = float(np.sum(weights))
        info = {
            "used": True, "threshold_min": t, "candidates": len(cand),
            "weight_covered_once_before": float(weights[before_counts >= 1].sum()),
            "weight_covered_twice_before": float(weights[before_counts >= 2].sum()),
            "weight_covered_once_after": float(weights[after_counts >= 1].sum()),
            "weight_covered_twice_after": float(weights[after_counts >= 2].sum()),
            "weight_total": total,
        }
        info.update(solver_info)
        feedback.pushInfo(self.tr("New depots chosen with: {}").format(info.get("method", "")))
        return out, info

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        style_output(context, getattr(self, "dest_output", None), "emergency_sources.qml")
        style_output(context, getattr(self, "dest_areas", None), "emergency_service_areas.qml")
        style_output(context, getattr(self, "dest_polygons", None), "emergency_area_polygons.qml")
        style_output(context, getattr(self, "dest_new", None), "emergency_new_depots.qml")
        return {}


def _area_polygon(segments, distance):
    """Dissolved area within ``distance`` of the reached roads (raster buffer, cell = distance / 4.5).

    The cells come from :func:`road_graph.area_mask`; GDAL's polygonizer turns them into polygons
    (the union of the cells, holes included), simplified by half a cell.
    """
    mask, x0, y0, cell = rg.area_mask(segments, distance)
    if not mask.any():
        return QgsGeometry()
    from osgeo import gdal, ogr

    rows, cols = mask.shape
    raster = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
    raster.SetGeoTransform((x0, cell, 0.0, y0, 0.0, cell))  # row r covers [y0 + r·cell, y0 + (r+1)·cell]
    band = raster.GetRasterBand(1)
    band.WriteArray(mask.astype(np.uint8))
    store = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = store.CreateLayer("area", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0, [])
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for feature in layer:
        multi.AddGeometry(feature.GetGeometryRef())
    poly = QgsGeometry()
    poly.fromWkb(bytes(multi.ExportToIsoWkb()))
    poly = poly.simplify(cell * 0.5)
    poly.convertToMultiType()
    return poly


def _fields(spec):
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def _num(value, digits=3):
    value = float(value)
    return round(value, digits) if math.isfinite(value) else None
