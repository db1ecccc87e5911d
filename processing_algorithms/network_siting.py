"""ecosupervision:networksiting — monitoring-network siting (MCLP, LSCP, backup coverage, p-median)."""

import os

from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..eco_supervision_plugin.core.siting.plan import SitingCandidates, SitingDemand, SitingOptions, plan_network_siting
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, style_output, translate_note
from .qgis_io.crs import metric_crs
from .qgis_io.feature_writer import write_features, write_with_source_fields
from .qgis_io.parsers import parse_key_values, share, truthy_array
from .qgis_io.read import read_points, require_features, require_field
from .qgis_io.road_options import add_road_parameters, road_coverage, road_number_checks
from .qgis_io.study_area import read_study_area
from .reports.network_siting import curve_table, input_title, siting_map, siting_note
from .reports.note import write_note

MODEL_KEYS = ["mclp", "lscp", "backup", "pmedian"]
_Number = QgsProcessingParameterNumber
SITE_SCHEMA = [("rank", "int"), ("is_existing", "int"), ("marginal_gain", "double"), ("covered_weight", "double"),
               ("covered_n", "int"), ("radius_m", "double")]
DEMAND_SCHEMA = [("covered", "int"), ("n_covering", "int"), ("nearest_site_m", "double"), ("nearest_fid", "long"),
                 ("network_m", "double"), ("network_min", "double")]


class NetworkSitingAlgorithm(EcoAlgorithm):
    ALG_ID = "networksiting"
    GROUP = "networkplanning"

    DEMAND, DEMAND_WEIGHT, DEMAND_CATEGORY = "DEMAND", "DEMAND_WEIGHT", "DEMAND_CATEGORY"
    CATEGORY_MIN_COVERAGE, CANDIDATES, EXISTING_FIELD = "CATEGORY_MIN_COVERAGE", "CANDIDATES", "EXISTING_FIELD"
    RADIUS, RADIUS_FIELD, MODEL, P, MIN_SPACING = "RADIUS", "RADIUS_FIELD", "MODEL", "P", "MIN_SPACING"
    NETWORK, TIME_LIMIT, MIP_GAP, STUDY_AREA = "NETWORK", "TIME_LIMIT", "MIP_GAP", "STUDY_AREA"
    STUDY_POPULATION_FIELD, STUDY_BUILT_UP_FIELD = "STUDY_POPULATION_FIELD", "STUDY_BUILT_UP_FIELD"
    STUDY_POPULATION, STUDY_BUILT_UP_KM2 = "STUDY_POPULATION", "STUDY_BUILT_UP_KM2"
    OUTPUT, DEMAND_OUTPUT, CURVE_MAX, CURVE = "OUTPUT", "DEMAND_OUTPUT", "CURVE_MAX", "CURVE"

    def displayName(self):
        return self.tr("Monitoring network siting (coverage optimisation)")

    def shortHelpString(self):
        return self.tr(
            "<p>Chooses monitoring sites (automatic air stations, high-density micro-sensors) among candidate "
            "points so that the demand points (hotspot grid cells, VOC enterprises, industrial parks, national "
            "control sites…) are watched, keeping the stations that already exist.</p>"
            "<p><b>Models</b>: <i>MCLP</i> maximises the demand weight covered with P new sites; <i>LSCP</i> finds "
            "the fewest new sites covering every coverable demand point; <i>Backup coverage</i> maximises the "
            "weight covered by at least two sites with P new sites; <i>p-median</i> minimises the total weighted "
            "distance from each demand point to its nearest site with P new sites.</p>"
            "<p>A candidate covers a demand point within RADIUS metres (or its own RADIUS_FIELD value: a "
            "micro-sensor and a station do not represent the same area), straight-line or, with NETWORK, along "
            "the roads. Existing stations (EXISTING_FIELD true) are always kept and counted; P counts new sites "
            "only. MIN_SPACING keeps any two chosen or existing sites apart. CATEGORY_MIN_COVERAGE "
            "(e.g. <code>VOC=1.0;park=1.0</code>) requires a share of each DEMAND_CATEGORY's weight to be covered "
            "(MCLP).</p>"
            "<p><b>Solver</b>: sparse coverage matrix (k-d tree or road Dijkstra), exact model reduction, greedy "
            "and swap local search, a Lagrangian bound (MCLP) and an exact HiGHS MILP (scipy) within TIME_LIMIT "
            "and MIP_GAP. The report states the status honestly: optimal (proved within MIP_GAP) or feasible "
            "with its gap.</p>"
            "<p><b>Outputs</b>: OUTPUT, the chosen and existing sites with rank, marginal gain and covered weight; "
            "DEMAND_OUTPUT, each demand point with its coverage; CURVE, the trade-off curve: the most weight 1 to "
            "CURVE_MAX new sites can cover (in total and per category) with its proven bound, computed incrementally "
            "(empty: twice P; 0: no curve); REPORT, a planning note with the headline, coverage per category, the "
            "curve and the number of sites for 90 %, a map and, for a STUDY_AREA, the minimum number of urban "
            "assessment stations of HJ 664-2013 (Technical Regulation for Selection of Ambient Air Quality "
            "Monitoring Stations).</p>"
        )

    def initAlgorithm(self, config=None):
        add = self.add_parameter
        src, field, number = QgsProcessingParameterFeatureSource, QgsProcessingParameterField, _Number
        numeric, double, integer = QgsProcessingParameterField.Numeric, _Number.Double, _Number.Integer
        point, polygon = QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon
        add(src(self.DEMAND, self.tr("Demand"), [point, polygon]),
            self.tr("Demand (points, or polygons by centroid)"))
        add(field(self.DEMAND_WEIGHT, self.tr("Demand weight field"), None, self.DEMAND, numeric, optional=True),
            self.tr("Demand weight field (empty: weight 1 each)"))
        add(field(self.DEMAND_CATEGORY, self.tr("Demand category field"), None, self.DEMAND, optional=True),
            self.tr("Demand category field (for coverage per category and quotas)"))
        add(QgsProcessingParameterString(self.CATEGORY_MIN_COVERAGE, self.tr("Category quotas"), optional=True),
            self.tr("Minimum covered share per category, e.g. VOC=1.0;park=0.9 (maximal covering model)"))
        add(src(self.CANDIDATES, self.tr("Candidate sites"), [point]), self.tr("Candidate sites (points)"))
        add(field(self.EXISTING_FIELD, self.tr("Existing-station field"), None, self.CANDIDATES, optional=True),
            self.tr("Existing-station field (true/1/yes = existing, always kept)"))
        add(number(self.RADIUS, self.tr("Coverage radius (m)"), double, 2000.0, minValue=0.0),
            self.tr("A site covers the demand points within this many metres (straight line, or along the roads "
                    "with a road network), e.g. 2000 for an automatic station, 500 for a micro-sensor."))
        add(field(self.RADIUS_FIELD, self.tr("Radius field (m)"), None, self.CANDIDATES, numeric, optional=True),
            self.tr("Per-candidate radius field in metres (null: the coverage radius)"))
        add(QgsProcessingParameterEnum(self.MODEL, self.tr("Model"), [
            self.tr("MCLP: maximise covered weight with P new sites"),
            self.tr("LSCP: fewest sites covering all coverable demand"),
            self.tr("Backup coverage: maximise weight covered at least twice with P new sites"),
            self.tr("p-median: minimise total weighted distance with P new sites")], defaultValue=0),
            self.tr("MCLP when the number of new sites is fixed by the budget; LSCP to ask how many are needed to "
                    "cover everything; backup coverage so that a site out of service leaves no gap; p-median for "
                    "the shortest distances."))
        add(number(self.P, self.tr("New sites P"), integer, 10, minValue=0),
            self.tr("Number of new sites P (not used by LSCP)"))
        add(number(self.CURVE_MAX, self.tr("Trade-off curve up to (new sites)"), integer, optional=True, minValue=0),
            self.tr("Largest number of new sites on the trade-off curve (empty: 2 × P; 0: no curve)"))
        add(number(self.MIN_SPACING, self.tr("Minimum spacing (m)"), double, 0.0, minValue=0.0),
            self.tr("Minimum spacing between any two sites (m, 0 = none)"))
        add(src(self.NETWORK, self.tr("Road network"), [QgsProcessing.TypeVectorLine], optional=True),
            self.tr("Road network (optional: coverage by distance along roads)"))
        add_road_parameters(self, self.NETWORK, optional_speeds=True, travel_time=True)
        add(number(self.TIME_LIMIT, self.tr("Solver time limit (s)"), double, 60.0, minValue=1.0),
            self.tr("Seconds the exact solver may run (default 60); when they run out the best solution found is "
                    "kept and the report gives its gap."), advanced=True)
        add(number(self.MIP_GAP, self.tr("MIP gap"), double, 0.001, minValue=0.0, maxValue=1.0),
            self.tr("Relative optimality gap accepted (MIP gap, 0.001 = 0.1 %)"), advanced=True)
        add(src(self.STUDY_AREA, self.tr("Urban study area"), [polygon], optional=True),
            self.tr("Urban study area (optional, for the HJ 664-2013 minimum station count)"))
        add(field(self.STUDY_POPULATION_FIELD, self.tr("Population field"), None, self.STUDY_AREA, numeric,
                        optional=True), self.tr("Study area population field (persons, summed)"))
        add(field(self.STUDY_BUILT_UP_FIELD, self.tr("Built-up area field (km²)"), None, self.STUDY_AREA,
                        numeric, optional=True), self.tr("Study area built-up area field (km², summed)"))
        add(number(self.STUDY_POPULATION, self.tr("Built-up population"), double, optional=True, minValue=0.0),
            self.tr("Built-up population (persons; overrides the field)"), advanced=True)
        add(number(self.STUDY_BUILT_UP_KM2, self.tr("Built-up area (km²)"), double, optional=True, minValue=0.0),
            self.tr("Built-up area (km²; overrides the field and the polygon area)"), advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Chosen sites"), point))
        self.addParameter(QgsProcessingParameterFeatureSink(self.DEMAND_OUTPUT, self.tr("Demand coverage"),
                                                            QgsProcessing.TypeVectorAnyGeometry, None, True, True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.CURVE, self.tr("Trade-off curve"),
                                                            QgsProcessing.TypeVector, None, True, True))
        self.add_report_parameter()

    def checkParameterValues(self, parameters, context):
        """Numbers that are not finite or out of range get a message naming the parameter."""
        non_negative = lambda v: v >= 0  # noqa: E731
        checks = (
            (self.RADIUS, self.tr("The coverage radius must be 0 m or more (got {})."), non_negative),
            (self.P, self.tr("The number of new sites P must be 0 or more (got {})."), non_negative),
            (self.CURVE_MAX, self.tr("The trade-off curve size must be 0 new sites or more (got {})."), non_negative),
            (self.MIN_SPACING, self.tr("The minimum spacing must be 0 m or more (got {})."), non_negative),
            (self.TIME_LIMIT, self.tr("The solver time limit must be at least 1 s (got {})."), lambda v: v >= 1),
            (self.MIP_GAP, self.tr("The MIP gap must be between 0 and 1 (got {})."), lambda v: 0 <= v <= 1),
            (self.STUDY_POPULATION, self.tr("The built-up population must be 0 or more (got {})."), non_negative),
            (self.STUDY_BUILT_UP_KM2, self.tr("The built-up area must be 0 km² or more (got {})."), non_negative),
        )
        return self.check_number_ranges(parameters, context, list(checks) + road_number_checks(self))

    # -----------------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        clock = Stopwatch()
        demand_src, cand_src, crs, demand, siting_demand, candidates = self._read(parameters, context, feedback)
        plan = run_core(feedback, plan_network_siting, siting_demand, candidates, self._options(parameters, context),
                        roads=self._roads(parameters, context, feedback, crs),
                        study_area=read_study_area(self, parameters, context, crs, feedback, self.STUDY_AREA,
                                                   self.STUDY_POPULATION_FIELD, self.STUDY_BUILT_UP_FIELD),
                        monitor=feedback_monitor(feedback, 0, 85))
        for note in plan.warnings:
            feedback.pushWarning(translate_note(note))
        for note in plan.infos + list(plan.result.notes):
            feedback.pushInfo(translate_note(note))
        sites = ((fid, QgsGeometry.fromPointXY(QgsPointXY(x, y)), row) for fid, x, y, row in plan.site_rows())
        self.site_dest = write_with_source_fields(self, parameters, self.OUTPUT, context, feedback, cand_src,
                                                  SITE_SCHEMA, QgsWkbTypes.Point, crs, sites)
        self.demand_polygons = QgsWkbTypes.geometryType(demand_src.wkbType()) == QgsWkbTypes.PolygonGeometry
        self.demand_dest = write_with_source_fields(
            self, parameters, self.DEMAND_OUTPUT, context, feedback, demand_src, DEMAND_SCHEMA, demand_src.wkbType(),
            crs, zip(demand.fids, demand.geometries, plan.demand_rows()), optional=True)
        schema, rows = curve_table(plan)
        curve_dest = write_features(self, parameters, self.CURVE, context, feedback, schema, QgsWkbTypes.NoGeometry,
                                    crs, [QgsGeometry() for _ in rows], rows, optional=True)
        feedback.setProgress(95)
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        messages = [translate_note(n) for n in plan.warnings + plan.infos + list(plan.result.notes)]
        note = siting_note(plan, input_title(demand_src, parameters.get(self.DEMAND)),
                           self.parameterAsString(parameters, self.DEMAND_WEIGHT, context), clock.seconds(), messages)
        if report and not report.lower().endswith(".json"):
            note.image = siting_map(plan, siting_demand.xy, crs, os.path.join(QgsProcessingUtils.tempFolder(),
                                                                              "network_siting.png"), note.title)
        feedback.pushInfo(translate_note(plan.status_note()))
        return {self.OUTPUT: self.site_dest, self.DEMAND_OUTPUT: self.demand_dest, self.CURVE: curve_dest,
                "REPORT": write_note(report, note)}

    def postProcessAlgorithm(self, context, feedback):
        style_output(context, getattr(self, "site_dest", None), "siting_sites.qml")
        polygons = getattr(self, "demand_polygons", False)
        style_output(context, getattr(self, "demand_dest", None),
                     "siting_demand_polygons.qml" if polygons else "siting_demand.qml")
        return {}

    # -- reading ------------------------------------------------------------------------------

    def _read(self, parameters, context, feedback):
        """Sources, metric CRS, the demand table and the plan's demand and candidate inputs."""
        text = lambda name: self.parameterAsString(parameters, name, context)  # noqa: E731
        demand_src = self.parameterAsSource(parameters, self.DEMAND, context)
        require_features(demand_src, self.tr("demand"))
        cand_src = self.parameterAsSource(parameters, self.CANDIDATES, context)
        require_features(cand_src, self.tr("candidate sites"))
        weight_field, cat_field = text(self.DEMAND_WEIGHT), text(self.DEMAND_CATEGORY)
        existing_field, radius_field = text(self.EXISTING_FIELD), text(self.RADIUS_FIELD)
        for name, source, label, numeric in ((weight_field, demand_src, self.tr("demand"), True),
                                             (cat_field, demand_src, self.tr("demand"), False),
                                             (existing_field, cand_src, self.tr("candidate sites"), False),
                                             (radius_field, cand_src, self.tr("candidate sites"), True)):
            if name:
                require_field(source, name, label, numeric=numeric)
        crs = metric_crs(demand_src, context, feedback)
        demand = read_points(demand_src, crs, context, feedback, fields=[f for f in (weight_field, cat_field) if f],
                             label=self.tr("demand"), keep_geometry=True)
        cands = read_points(cand_src, crs, context, feedback, fields=[f for f in (existing_field, radius_field) if f],
                            label=self.tr("candidate sites"))
        weights = demand.numeric(weight_field, None, self.tr("the demand layer")) if weight_field else None
        siting_demand = SitingDemand(demand.xy, weights, demand.attributes[cat_field] if cat_field else None, cat_field)
        candidates = SitingCandidates(
            cands.xy, list(cands.fids), truthy_array(cands.attributes[existing_field]) if existing_field else None,
            cands.numeric(radius_field, float("nan"), self.tr("the candidate layer")) if radius_field else None)
        return demand_src, cand_src, crs, demand, siting_demand, candidates

    def _options(self, parameters, context):
        number = lambda name: self.parameterAsDouble(parameters, name, context)  # noqa: E731
        optional = lambda name: None if parameters.get(name) in (None, "") else number(name)  # noqa: E731
        quotas = parse_key_values(
            self.parameterAsString(parameters, self.CATEGORY_MIN_COVERAGE, context), self.CATEGORY_MIN_COVERAGE,
            convert=share, check=lambda v: 0 <= v <= 1,
            check_message=self.tr("Could not read the category quota '{}': write category=share pairs separated by "
                                  "';', shares between 0 and 1 (or 0–100 %), e.g. VOC=1.0;park=0.9."))
        return SitingOptions(
            model=MODEL_KEYS[self.parameterAsEnum(parameters, self.MODEL, context)],
            p=self.parameterAsInt(parameters, self.P, context), radius=number(self.RADIUS),
            min_spacing=number(self.MIN_SPACING), quotas=quotas, time_limit=number(self.TIME_LIMIT),
            mip_gap=number(self.MIP_GAP), population=optional(self.STUDY_POPULATION),
            built_up_km2=optional(self.STUDY_BUILT_UP_KM2),
            curve_max=None if optional(self.CURVE_MAX) is None else self.parameterAsInt(parameters, self.CURVE_MAX,
                                                                                          context))

    def _roads(self, parameters, context, feedback, crs):
        source = self.parameterAsSource(parameters, self.NETWORK, context)
        if source is None or source.featureCount() <= 0:
            return None
        return road_coverage(self, parameters, context, feedback, crs, self.NETWORK, self.tr("road network"))
