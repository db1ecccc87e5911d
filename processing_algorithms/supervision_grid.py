"""ecosupervision:supervisiongrid — contiguous inspection grids of balanced workload (网格化监管)."""

import os

from qgis.core import (
    QgsExpression,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..eco_supervision_plugin.core.supervision.districts import DistrictOptions, Units, plan_districts
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, style_output
from .qgis_io.adjacency import polygon_adjacency
from .qgis_io.crs import metric_crs
from .qgis_io.feature_rows import attributes_by_id
from .qgis_io.overlay import sum_points_in_polygons
from .qgis_io.read import read_points, require_features
from .qgis_io.sinks import clean_number, fields_of
from .qgis_io.tables import evaluate_per_feature
from .reports.map_image import features_map
from .reports.note import write_note
from .reports.supervision_grid import grid_note


class SupervisionGridAlgorithm(EcoAlgorithm):
    ALG_ID = "supervisiongrid"
    GROUP = "supervision"

    def displayName(self):
        return self.tr("Supervision grid districts")

    def shortHelpString(self):
        return self.tr(
            "Groups units (villages, communities or hotspot grid cells) into contiguous inspection grids whose "
            "workloads are as even as possible, so that every enterprise and village has a grid inspector and no "
            "inspector carries much more than another.\n\n"
            "WORKLOAD: an expression per unit, e.g. \"enterprises\" * 3 + \"population\" / 1000; with ENTERPRISES "
            "the weight of the enterprises inside each unit is added. DISTRICTS: the number of grids, or "
            "MAX_WORKLOAD: the largest workload a grid may carry (the number of grids follows). KEEP_FIELD: today's "
            "grid of each unit: grids already within the tolerance stay as they are, others change as few units "
            "as possible. BOUNDARY_FIELD: a grid never crosses it (a town).\n"
            "Grids are contiguous (queen: units touching at a point; rook: along an edge). Parts of the territory "
            "too small for a grid of their own (islands) join the nearest grid and are marked. The report gives "
            "the largest deviation from the mean workload beside a proven lower bound: no grouping can do better "
            "than the bound.\n"
            "METHOD: the heuristic (any size), or the exact mixed-integer programme for small territories (up to "
            "60 units, within TIME_LIMIT): it proves the smallest possible largest deviation, then changes as few "
            "of today's units as possible (or keeps grids compact).")

    def initAlgorithm(self, config=None):
        add, tr, number = self.add_parameter, self.tr, QgsProcessingParameterNumber
        add(QgsProcessingParameterFeatureSource("UNITS", tr("Units"), [QgsProcessing.TypeVectorPolygon]),
            tr("The polygons grouped into grids: villages, communities or the cells of a hotspot grid."))
        add(QgsProcessingParameterExpression("WORKLOAD", tr("Workload per unit"), "1",
                                             parentLayerParameterName="UNITS"),
            tr("An expression giving each unit's inspection workload, e.g. \"enterprises\" * 3 + "
               "\"population\" / 1000."))
        add(QgsProcessingParameterFeatureSource("ENTERPRISES", tr("Enterprises"), [QgsProcessing.TypeVectorPoint],
                                                optional=True),
            tr("Optional enterprises (points): their weight is added to the workload of the unit they lie in."))
        add(QgsProcessingParameterField("ENTERPRISE_WEIGHT_FIELD", tr("Enterprise weight"),
                                        parentLayerParameterName="ENTERPRISES", optional=True,
                                        type=QgsProcessingParameterField.Numeric),
            tr("The workload of each enterprise (empty: 1 each)."))
        add(number("DISTRICTS", tr("Number of grids (0 = from the cap)"), number.Integer, 10, minValue=0),
            tr("How many grids to form; 0 to take the number from the largest workload or from today's grids."))
        add(number("MAX_WORKLOAD", tr("Largest workload per grid (0 = none)"), number.Double, 0.0, minValue=0.0),
            tr("With a cap, the number of grids is the smallest that keeps every grid under it."))
        add(QgsProcessingParameterField("KEEP_FIELD", tr("Today's grid"), parentLayerParameterName="UNITS",
                                        optional=True),
            tr("Today's grid of each unit: grids within the target stay as they are, others change as few units as "
               "possible."))
        add(QgsProcessingParameterField("BOUNDARY_FIELD", tr("Boundary (town)"), parentLayerParameterName="UNITS",
                                        optional=True),
            tr("A grid never crosses this field's boundaries (for example the town of each village)."))
        rules = [tr("Queen (a common point)"), tr("Rook (a common edge)")]
        add(QgsProcessingParameterEnum("CONTIGUITY", tr("Contiguity"), rules, defaultValue=0),
            tr("When two units count as neighbours: touching at a point (queen) or along an edge (rook)."))
        add(number("TOLERANCE", tr("Balance target (± % of the mean)"), number.Double, 10.0, minValue=0.0,
                   maxValue=100.0),
            tr("Grids within this share of the mean workload meet the target; today's grids change until all do."))
        add(number("GAP_TOLERANCE", tr("Touching tolerance (m)"), number.Double, 1.0, minValue=0),
            tr("Units closer than this (metres) touch: boundaries digitised separately seldom match exactly."),
            advanced=True)
        methods = [tr("Heuristic (any size)"), tr("Exact (mixed-integer programme, up to 60 units)")]
        add(QgsProcessingParameterEnum("METHOD", tr("Method"), methods, defaultValue=0),
            tr("Exact: the smallest possible largest deviation, proven by a mixed-integer programme (small "
               "territories, within the time limit); otherwise the heuristic with its lower bound."))
        add(number("TIME_LIMIT", tr("Time limit of the exact method (s)"), number.Double, 60.0, minValue=1.0),
            tr("The exact method stops after this time with the best grids found and the solver's bound."),
            advanced=True)
        add(number("SEED", tr("Random seed"), number.Integer, 0, minValue=0),
            tr("Seed of the grids' starting points (the same seed gives the same grids)."), advanced=True)
        add(QgsProcessingParameterFeatureSink("OUTPUT", tr("Units with their grid"), QgsProcessing.TypeVectorPolygon),
            tr("Every unit with its grid, workload, and whether it changed grid or is an island."))
        add(QgsProcessingParameterFeatureSink("GRIDS", tr("Grids"), QgsProcessing.TypeVectorPolygon, optional=True,
                                              createByDefault=True),
            tr("The dissolved grids: workload, share of the mean, units, enterprises, area, changed units."))
        self.add_report_parameter()

    def _workloads(self, parameters, context, source, fids):
        """The WORKLOAD expression per unit (in ``fids`` order)."""
        raw = parameters.get("WORKLOAD")  # parameterAsExpression swaps an unparsable text for the default
        expression = QgsExpression(raw if isinstance(raw, str) and raw.strip()
                                   else self.parameterAsExpression(parameters, "WORKLOAD", context))
        if expression.hasParserError():
            raise QgsProcessingException(self.tr("WORKLOAD is not a valid expression: {}").format(
                expression.parserErrorString()))
        return evaluate_per_feature(source, expression, fids, context)

    def _enterprise_weights(self, parameters, context, crs, geometries):
        source = self.parameterAsSource(parameters, "ENTERPRISES", context)
        if source is None:
            return None
        field = self.parameterAsString(parameters, "ENTERPRISE_WEIGHT_FIELD", context)
        points = read_points(source, crs, context, None, fields=[field] if field else [], label=self.tr("enterprises"))
        weights = points.numeric(field, default=1.0) if field else [1.0] * len(points)
        return sum_points_in_polygons(points.xy, weights, geometries)

    def processAlgorithm(self, parameters, context, feedback):
        watch = Stopwatch()
        source = self.parameterAsSource(parameters, "UNITS", context)
        require_features(source, self.tr("Units"))
        crs = metric_crs(source, context, feedback, self.tr("units"))
        keep_field = self.parameterAsString(parameters, "KEEP_FIELD", context)
        town_field = self.parameterAsString(parameters, "BOUNDARY_FIELD", context)
        table = read_points(source, crs, context, feedback, fields=[f for f in (keep_field, town_field) if f],
                            label=self.tr("units"), keep_geometry=True)
        pairs = polygon_adjacency(table.geometries, self.parameterAsEnum(parameters, "CONTIGUITY", context) == 1,
                                  self.parameterAsDouble(parameters, "GAP_TOLERANCE", context), feedback)
        enterprises = self._enterprise_weights(parameters, context, crs, table.geometries)
        units = Units(table.xy, self._workloads(parameters, context, source, table.fids),
                      [g.area() for g in table.geometries], pairs,
                      table.attributes[keep_field] if keep_field else None,
                      table.attributes[town_field] if town_field else None)
        if enterprises is not None:
            units.workload = [w + e for w, e in zip(units.workload, enterprises)]
        options = DistrictOptions(self.parameterAsInt(parameters, "DISTRICTS", context) or None,
                                  self.parameterAsDouble(parameters, "MAX_WORKLOAD", context) or None,
                                  self.parameterAsDouble(parameters, "TOLERANCE", context) / 100.0,
                                  method=("heuristic", "exact")[self.parameterAsEnum(parameters, "METHOD", context)],
                                  time_limit_s=self.parameterAsDouble(parameters, "TIME_LIMIT", context))
        plan = run_core(feedback, plan_districts, units, options, self.parameterAsInt(parameters, "SEED", context),
                        monitor=feedback_monitor(feedback, 20, 90))
        self.dest_output = self._write_units(parameters, context, source, table, units, plan, crs)
        self.dest_grids, fields, grids = self._write_grids(parameters, context, table, units, plan, enterprises, crs)
        outputs = {"OUTPUT": self.dest_output, "GRIDS": self.dest_grids}
        note = grid_note(plan, units, enterprises, source.sourceName(), watch.seconds())
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report and not report.lower().endswith(".json"):
            note.image = features_map(grids, fields, QgsWkbTypes.MultiPolygon, crs, "supervision_grids.qml",
                                      os.path.join(QgsProcessingUtils.tempFolder(), "supervision_grids.png"),
                                      note.title)
        outputs["REPORT"] = write_note(report, note)
        return outputs

    def _write_units(self, parameters, context, source, table, units, plan, crs):
        fields = fields_of([("grid", "string"), ("workload", "double"), ("changed", "int"), ("island", "int")],
                           source.fields())
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        attributes = attributes_by_id(source, range(source.fields().count()), set(table.fids))
        for i, fid in enumerate(table.fids):
            out = QgsFeature(fields)
            geometry = QgsGeometry(table.geometries[i])
            geometry.convertToMultiType()
            out.setGeometry(geometry)
            out.setAttributes(attributes.get(fid, []) + [plan.labels[plan.district[i]], clean_number(units.workload[i]),
                                                         int(plan.changed[i]), int(plan.island[i])])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest

    def _write_grids(self, parameters, context, table, units, plan, enterprises, crs):
        """The dissolved grids: written to GRIDS when asked, and returned for the report's map."""
        fields = fields_of([("grid", "string"), ("workload", "double"), ("share_of_mean", "double"),
                            ("units", "int"), ("enterprises", "double"), ("area_km2", "double"),
                            ("changed_units", "int")])
        features = []
        for d, summary in enumerate(plan.summaries(units, enterprises)):
            geometry = QgsGeometry.unaryUnion([table.geometries[i] for i in summary.members])
            geometry.convertToMultiType()
            out = QgsFeature(fields)
            out.setGeometry(geometry)
            out.setAttributes([plan.labels[d], clean_number(summary.workload, 3), clean_number(summary.share, 4),
                               len(summary.members), clean_number(summary.enterprises, 3),
                               clean_number(summary.area_km2, 4), summary.changed])
            features.append(out)
        sink, dest = self.parameterAsSink(parameters, "GRIDS", context, fields, QgsWkbTypes.MultiPolygon, crs)
        if sink is not None:
            sink.addFeatures(features, QgsFeatureSink.FastInsert)
        return dest, fields, features

    def postProcessAlgorithm(self, context, feedback):
        style_output(context, getattr(self, "dest_output", None), "supervision_units.qml")
        style_output(context, getattr(self, "dest_grids", None), "supervision_grids.qml")
        return {}
