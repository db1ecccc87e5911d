"""ecosupervision:emergencycoverage — emergency teams' response over the road network (wiring only).

The maths is in ``core/emergency`` (:func:`plan_emergency_coverage`) and ``core/roads``; this file
declares the parameters, reads the layers, calls the plan, writes the layers and the report.
"""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..eco_supervision_plugin.core.emergency import EmergencyOptions, plan_emergency_coverage
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, style_output
from .qgis_io.crs import metric_crs
from .qgis_io.emergency_layers import EmergencyLayers
from .qgis_io.parameters import metres_parameter
from .qgis_io.read import require_features
from .qgis_io.road_options import SPEED_FIELD, add_road_parameters, read_road_input, road_number_checks, road_options
from .reports.emergency_coverage import emergency_note
from .reports.note import write_note

NUMBER, DOUBLE, INTEGER = QgsProcessingParameterNumber, QgsProcessingParameterNumber.Double, \
    QgsProcessingParameterNumber.Integer
FIELD = QgsProcessingParameterField


class EmergencyCoverageAlgorithm(EmergencyLayers, EcoAlgorithm):
    ALG_ID = "emergencycoverage"
    GROUP = "emergency"

    ROADS, ACCESS_SPEED, MAX_SNAP_DISTANCE = "ROADS", "ACCESS_SPEED", "MAX_SNAP_DISTANCE"
    RECEPTORS, RECEPTOR_WEIGHT_FIELD, RECEPTOR_CELL = "RECEPTORS", "RECEPTOR_WEIGHT_FIELD", "RECEPTOR_CELL"
    DEPOTS, DEPOT_NAME_FIELD, READINESS_FIELD, TEAMS_FIELD = "DEPOTS", "DEPOT_NAME_FIELD", "READINESS_FIELD", \
        "TEAMS_FIELD"
    RISK_SOURCES, RISK_WEIGHT_FIELD = "RISK_SOURCES", "RISK_WEIGHT_FIELD"
    THRESHOLDS, REQUIRED_RESPONDERS = "THRESHOLDS", "REQUIRED_RESPONDERS"
    CANDIDATES, NEW_DEPOT_COUNT, NEW_DEPOT_TEAMS = "CANDIDATES", "NEW_DEPOT_COUNT", "NEW_DEPOT_TEAMS"
    NEW_DEPOT_READINESS, POLYGON_BUFFER, MAKE_POLYGONS = "NEW_DEPOT_READINESS", "POLYGON_BUFFER", "MAKE_POLYGONS"
    OUTPUT, SERVICE_AREAS, SERVICE_AREA_POLYGONS, NEW_DEPOTS = "OUTPUT", "SERVICE_AREAS", "SERVICE_AREA_POLYGONS", \
        "NEW_DEPOTS"
    CURVE = "CURVE"

    def displayName(self):
        return self.tr("Emergency coverage over the road network")

    def shortHelpString(self):
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
            "The incident: BARRIERS (points, lines, polygons, widened by BARRIER_BUFFER) close the roads crossing or "
            "inside them; RESTRICTED_CLASSES or RESTRICTION_FIELD close roads this vehicle may not use; SPEED_FACTORS "
            "per road class or CONGESTION_FIELD per road scale speeds at peak hour (time = free-flow time / "
            "factor), giving the peak-hour coverage beside the free-flow one. RECEPTORS (points or polygons with "
            "RECEPTOR_WEIGHT_FIELD: population, drinking-water intakes, schools) give the weight reached per depot "
            "and threshold and the shares reached once and twice.\n\n"
            "Outputs: OUTPUT risk sources with first/second responder and times and coverage per threshold; "
            "SERVICE_AREAS reachable road lines per depot and threshold (partial roads cut at the threshold); "
            "SERVICE_AREA_POLYGONS readable areas around them; NEW_DEPOTS chosen sites; REPORT weight covered "
            "once/twice, uncovered sources, load per depot and runtime."
        )

    def initAlgorithm(self, config=None):
        tr, add = self.tr, self.add_parameter
        add(QgsProcessingParameterFeatureSource(self.ROADS, tr("Road network"), [QgsProcessing.TypeVectorLine]),
            tr("Road lines the teams drive on (any CRS: times are computed in metres). Vertices closer than the "
               "snapping tolerance become one junction."))
        add_road_parameters(self, self.ROADS)
        add(NUMBER(self.ACCESS_SPEED, tr("Access speed off the network (km/h)"), DOUBLE, defaultValue=15.0,
                   minValue=0.1), tr("Speed (km/h) on the straight leg from a depot or risk source to its nearest "
                                     "road, e.g. 15 for a site road or a walk with equipment."), advanced=True)
        add(metres_parameter(self.MAX_SNAP_DISTANCE, tr("Maximum snap distance (m)"), 2000.0, minimum=0.0),
            tr("Maximum distance from a point to the nearest road (m)"), advanced=True)
        add(QgsProcessingParameterFeatureSource(self.DEPOTS, tr("Emergency depots (points)"),
                                                [QgsProcessing.TypeVectorPoint]),
            tr("Existing emergency depots or monitoring team bases, one point each; teams leave from here."))
        add(FIELD(self.DEPOT_NAME_FIELD, tr("Depot name field"), parentLayerParameterName=self.DEPOTS, optional=True),
            tr("Name of each depot in the outputs and the report (empty: the feature id)."))
        add(FIELD(self.READINESS_FIELD, tr("Readiness field (min)"), parentLayerParameterName=self.DEPOTS,
                  type=FIELD.Numeric, optional=True), tr("Readiness field (minutes before a team leaves)"))
        add(FIELD(self.TEAMS_FIELD, tr("Teams field"), parentLayerParameterName=self.DEPOTS, type=FIELD.Numeric,
                  optional=True), tr("Teams field (incidents a depot can answer at once)"))
        add(QgsProcessingParameterFeatureSource(self.RISK_SOURCES, tr("Risk sources (points)"),
                                                [QgsProcessing.TypeVectorPoint]),
            tr("Environmental risk sources to reach in time (chemical plants, tailings ponds, storage sites), "
               "one point each; the input layer is not modified."))
        add(FIELD(self.RISK_WEIGHT_FIELD, tr("Risk weight field"), parentLayerParameterName=self.RISK_SOURCES,
                  type=FIELD.Numeric, optional=True),
            tr("Weight of each risk source in the covered shares, e.g. its risk grade 1-3 (empty: weight 1 each; "
               "a null weight counts as 0)."))
        add(QgsProcessingParameterString(self.THRESHOLDS, tr("Thresholds (min)"), defaultValue="30,60"),
            tr("Response-time thresholds (minutes, comma separated)"))
        add(NUMBER(self.REQUIRED_RESPONDERS, tr("Required responders"), INTEGER, defaultValue=2, minValue=1,
                   maxValue=10), tr("Required responders (2 = two simultaneous incidents)"))
        add(QgsProcessingParameterFeatureSource(self.RECEPTORS, tr("Receptors (people, intakes, schools…)"),
                                                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
                                                optional=True),
            tr("Receptors: points or polygons (district population grid, drinking-water intakes, schools, hospitals) "
               "whose weight reached in time is counted; a polygon's weight is shared by area"))
        add(FIELD(self.RECEPTOR_WEIGHT_FIELD, tr("Receptor weight field"), parentLayerParameterName=self.RECEPTORS,
                  type=FIELD.Numeric, optional=True), tr("Receptor weight field (empty: weight 1 each)"))
        add(metres_parameter(self.RECEPTOR_CELL, tr("Receptor polygon sampling cell"), 250.0, minimum=1.0),
            tr("Receptor polygons are sampled on a grid of this cell size (metres); each sample carries an equal "
               "share of the polygon's weight"), advanced=True)
        add(QgsProcessingParameterFeatureSource(self.CANDIDATES, tr("Candidate sites for new depots"),
                                                [QgsProcessing.TypeVectorPoint], optional=True),
            tr("Points where a new depot could be built (empty: no new depots are proposed)."))
        add(NUMBER(self.NEW_DEPOT_COUNT, tr("Number of new depots to choose"), INTEGER, defaultValue=0, minValue=0),
            tr("How many candidate sites to choose, adding the most risk weight covered within the first threshold "
               "(0: none)."))
        add(NUMBER(self.NEW_DEPOT_TEAMS, tr("Teams per new depot"), INTEGER, defaultValue=1, minValue=1),
            tr("Teams stationed at each new depot (2: it can answer two incidents at once)."), advanced=True)
        add(NUMBER(self.NEW_DEPOT_READINESS, tr("Readiness of a new depot (minutes)"), DOUBLE, defaultValue=0.0,
                   minValue=0.0), tr("Minutes before a team of a new depot leaves, added to its travel time."),
            advanced=True)
        add(QgsProcessingParameterBoolean(self.MAKE_POLYGONS, tr("Build service-area polygons"), defaultValue=True),
            tr("Off: no service-area polygons (faster on large networks); the reachable road lines are still "
               "written."), advanced=True)
        add(metres_parameter(self.POLYGON_BUFFER, tr("Polygon buffer"), 200.0, minimum=1.0),
            tr("Service-area polygon buffer around reachable roads"), advanced=True)
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Risk sources with responders"),
                                              QgsProcessing.TypeVectorPoint))
        for name, label, kind in ((self.SERVICE_AREAS, tr("Service areas (reachable roads)"),
                                   QgsProcessing.TypeVectorLine),
                                  (self.SERVICE_AREA_POLYGONS, tr("Service areas (polygons)"),
                                   QgsProcessing.TypeVectorPolygon),
                                  (self.NEW_DEPOTS, tr("New depots"), QgsProcessing.TypeVectorPoint)):
            add(QgsProcessingParameterFeatureSink(name, label, kind, optional=True, createByDefault=True))
        add(QgsProcessingParameterFeatureSink(self.CURVE, tr("New-depot curve (table)"), QgsProcessing.TypeVector,
                                              optional=True, createByDefault=False),
            tr("Weight covered once / twice against the number of new depots, per threshold (a table)"))
        self.add_report_parameter()

    def checkParameterValues(self, parameters, context):
        checks = [(name, self.tr("The parameter {} must be a finite number (got {{}}).").format(name), lambda v: True)
                  for name in (self.ACCESS_SPEED, self.MAX_SNAP_DISTANCE, self.POLYGON_BUFFER,
                               self.NEW_DEPOT_READINESS, self.RECEPTOR_CELL)]
        return self.check_number_ranges(parameters, context, checks + road_number_checks(self))

    def _options(self, parameters, context, feedback, crs, want_lines, want_polys):
        p = parameters
        road = road_options(self, p, context, feedback, crs)
        return EmergencyOptions(
            thresholds=self.parameterAsString(p, self.THRESHOLDS, context),
            required=self.parameterAsInt(p, self.REQUIRED_RESPONDERS, context),
            default_speed_kmh=road.default_speed_kmh, class_speeds=road.class_speeds,
            access_speed_kmh=self.parameterAsDouble(p, self.ACCESS_SPEED, context),
            snap_tolerance_m=road.snap_tolerance_m,
            max_snap_distance_m=self.parameterAsDouble(p, self.MAX_SNAP_DISTANCE, context),
            service_areas=want_lines or want_polys,
            polygon_buffer_m=self.parameterAsDouble(p, self.POLYGON_BUFFER, context) if want_polys else None,
            new_depot_count=self.parameterAsInt(p, self.NEW_DEPOT_COUNT, context),
            new_depot_teams=self.parameterAsInt(p, self.NEW_DEPOT_TEAMS, context),
            new_depot_readiness_min=self.parameterAsDouble(p, self.NEW_DEPOT_READINESS, context),
            restricted_classes=list(road.restricted_classes), speed_factors=road.speed_factors,
            barriers=road.barriers)

    # -- run ----------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        watch = Stopwatch()
        for name, label in ((self.ROADS, self.tr("roads")), (self.DEPOTS, self.tr("depots")),
                            (self.RISK_SOURCES, self.tr("risk sources"))):
            require_features(self.parameterAsSource(parameters, name, context), label)
        want_lines = parameters.get(self.SERVICE_AREAS) is not None
        want_polys = (parameters.get(self.SERVICE_AREA_POLYGONS) is not None
                      and self.parameterAsBool(parameters, self.MAKE_POLYGONS, context))
        crs = metric_crs(self.parameterAsSource(parameters, self.ROADS, context), context, feedback)
        options = self._options(parameters, context, feedback, crs, want_lines, want_polys)
        roads = read_road_input(self, parameters, context, feedback, crs, self.ROADS, self.tr("roads"))
        dep, readiness, teams, dep_names = self._read_depots(parameters, context, feedback, crs)
        sources, src, weights = self._read_sources(parameters, context, feedback, crs)
        cands, cand = self._read_candidates(parameters, context, feedback, crs, options.new_depot_count)
        feedback.pushInfo(self.tr("Building the road graph from {} line parts…").format(len(roads.parts)))
        plan = run_core(feedback, plan_emergency_coverage, roads, dep.xy, src.xy, options, readiness_min=readiness,
                        teams=teams, weights=weights, candidate_xy=cand.xy if cand is not None else None,
                        monitor=feedback_monitor(feedback, 2, 60),
                        receptors=self._read_receptors(parameters, context, feedback, crs))
        self._log_plan(feedback, plan, dep_names, options, bool(self.parameterAsString(
            parameters, SPEED_FIELD, context)))
        self.dest_output = self._write_sources(parameters, context, feedback, sources, src, plan, dep_names, crs)
        feedback.setProgress(65)
        self.dest_areas = self.dest_polygons = self.dest_new = None
        area_rows = self._write_areas(parameters, context, feedback, plan, dep_names, crs, want_lines, want_polys)
        new_rows = self._write_new_depots(parameters, context, feedback, cands, cand, plan, crs)
        self.dest_curve = self._write_curve(parameters, context, plan)
        report = dict(algorithm="ecosupervision:emergencycoverage", **plan.report(
            dep_names, src.fids, src.attributes["name"] if "name" in src.attributes else None))
        report["road_network"]["crs"] = crs.authid()
        report.update(service_areas=area_rows, new_depots=new_rows, runtime_s=watch.seconds(),
                      siting=plan.new_depots.report() if plan.new_depots else {"used": False})
        note = emergency_note(report, sources.sourceName())
        path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if path and not path.lower().endswith(".json"):
            note.image = self._map_image(note.title)
        outputs = {self.OUTPUT: self.dest_output, "REPORT": write_note(path, note)}
        for name, dest in ((self.SERVICE_AREAS, self.dest_areas), (self.SERVICE_AREA_POLYGONS, self.dest_polygons),
                           (self.NEW_DEPOTS, self.dest_new), (self.CURVE, self.dest_curve)):
            if dest:
                outputs[name] = dest
        for s in plan.response.summary:
            feedback.pushInfo(self.tr("{} min: {:.1f}% of risk weight covered once, {:.1f}% twice.").format(
                s["threshold_min"], s["share_covered_once_pct"], s["share_covered_twice_pct"]))
        feedback.setProgress(100)
        return outputs

    def postProcessAlgorithm(self, context, feedback):
        for dest, qml in (("dest_output", "emergency_sources.qml"), ("dest_areas", "emergency_service_areas.qml"),
                          ("dest_polygons", "emergency_area_polygons.qml"), ("dest_new", "emergency_new_depots.qml")):
            style_output(context, getattr(self, dest, None), qml)
        return {}

