"""ecosupervision:inspectiondraw — the "double random, one public" draw of enterprises and inspection teams."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..eco_supervision_plugin.core.supervision.draw import EnterpriseRegister, OfficerRegister, draw_inspections
from ..eco_supervision_plugin.core.supervision.routes import officer_routes
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, style_output
from .qgis_io.parsers import is_truthy, parse_key_values, share, split_list
from .qgis_io.route_layers import add_route_parameters, read_route_inputs, stop_locations, write_routes
from .qgis_io.sinks import fields_of
from .qgis_io.tables import copy_features, read_attributes
from .reports.inspection_draw import draw_note
from .reports.note import write_note

ENTERPRISE_FIELDS = ("ID_FIELD", "STRATUM_FIELD", "DISTRICT_FIELD", "EXCLUDE_FIELD", "LAST_INSPECTORS_FIELD")
OFFICER_FIELDS = ("OFFICER_ID_FIELD", "OFFICER_UNIT_FIELD", "OFFICER_DISTRICT_FIELD")


def text(value):
    return "" if value is None else str(value)


def text_or_none(value):
    return None if value is None else str(value)


class InspectionDrawAlgorithm(EcoAlgorithm):
    ALG_ID = "inspectiondraw"
    GROUP = "supervision"

    def displayName(self):
        return self.tr("Inspection draw (double random)")

    def shortHelpString(self):
        return self.tr(
            "The \"double random, one public\" draw: which enterprises of the source register are inspected this "
            "period (a simple random sample per stratum at that stratum's rate) and which officers inspect each "
            "one (PER_TASK officers, never an officer of the enterprise's own district or one who inspected it "
            "last period, loads as even as these rules allow).\n\n"
            "RATES: share per stratum, e.g. key=0.25; general=5%; special=1 (a '*' entry applies to every other "
            "stratum). Exclusions (a truthy field: inspected recently, under investigation) are never drawn.\n"
            "SEED: publish it before the draw. The registers are put in a canonical order and hashed (SHA-256); "
            "the draw depends only on the registers, the seed and the algorithm version, all in the report, so "
            "anyone can reproduce and verify the published result.\n"
            "If some enterprise cannot be staffed under the rules, the run stops and names it.\n\n"
            "Day plans (optional): with ROADS and OFFICE, each officer's inspections are ordered into road routes "
            "that leave the office and come back (shortest road times; exact order up to 9 stops, otherwise "
            "insertion and 2-opt/Or-opt improvement), split into working days of at most MAX_DAY_HOURS with "
            "SERVICE_MINUTES at each enterprise. ROUTES holds one line per officer and day with its stops, km, "
            "hours and arrival times; inspections that cannot be reached over the roads are reported.")

    def initAlgorithm(self, config=None):
        add, tr, field = self.add_parameter, self.tr, QgsProcessingParameterField
        add(QgsProcessingParameterFeatureSource("ENTERPRISES", tr("Enterprise register"), [QgsProcessing.TypeVector]),
            tr("The source register: one feature or row per enterprise (points, polygons or a table)."))
        add(field("ID_FIELD", tr("Enterprise id"), parentLayerParameterName="ENTERPRISES"),
            tr("A unique id per enterprise; the register is sorted by it before the draw."))
        add(field("STRATUM_FIELD", tr("Stratum"), parentLayerParameterName="ENTERPRISES"),
            tr("The supervision stratum of each enterprise (key discharge unit, general, special supervision …)."))
        add(QgsProcessingParameterString("RATES", tr("Rates per stratum"),
                                         defaultValue="key=0.25; general=0.05; special=1"),
            tr("Share of each stratum drawn this period, e.g. key=0.25; general=5%; special=1; '*' applies to every "
               "other stratum."))
        add(field("DISTRICT_FIELD", tr("Enterprise district"), parentLayerParameterName="ENTERPRISES", optional=True),
            tr("District of each enterprise: no officer of the same district inspects it."))
        add(field("EXCLUDE_FIELD", tr("Excluded this period"), parentLayerParameterName="ENTERPRISES", optional=True),
            tr("True/1/yes for enterprises not drawn this period (inspected recently, under investigation)."))
        add(field("LAST_INSPECTORS_FIELD", tr("Officers of the last inspection"),
                  parentLayerParameterName="ENTERPRISES", optional=True),
            tr("Officer ids of the last inspection (separated by commas, semicolons or spaces): they are not sent "
               "again."))
        add(QgsProcessingParameterFeatureSource("INSPECTORS", tr("Inspector register"), [QgsProcessing.TypeVector]),
            tr("The law-enforcement officers who may be drawn: one feature or row each."))
        add(field("OFFICER_ID_FIELD", tr("Officer id"), parentLayerParameterName="INSPECTORS"),
            tr("A unique id per officer, as written in the last-inspection field."))
        add(field("OFFICER_UNIT_FIELD", tr("Officer unit"), parentLayerParameterName="INSPECTORS", optional=True),
            tr("The officer's unit, written to the officer loads."))
        add(field("OFFICER_DISTRICT_FIELD", tr("Officer home district"), parentLayerParameterName="INSPECTORS",
                  optional=True),
            tr("The officer's home district, compared with the enterprise district."))
        add(QgsProcessingParameterNumber("PER_TASK", tr("Officers per inspection"),
                                         QgsProcessingParameterNumber.Integer, 2, minValue=2),
            tr("Officers sent to each drawn enterprise (at least two)."))
        add(QgsProcessingParameterNumber("MAX_LOAD", tr("Maximum inspections per officer (0 = no cap)"),
                                         QgsProcessingParameterNumber.Integer, 0, minValue=0),
            tr("An upper limit on any officer's inspections; without it the loads are as even as the rules allow."),
            advanced=True)
        add(QgsProcessingParameterString("SEED", tr("Published seed")),
            tr("The seed published before the draw; with the two registers it reproduces the draw exactly."))
        add(QgsProcessingParameterFeatureSink("OUTPUT", tr("Drawn enterprises"), QgsProcessing.TypeVectorAnyGeometry),
            tr("The drawn enterprises with their draw number, stratum and officers."))
        add(QgsProcessingParameterFeatureSink("TEAMS", tr("Officer loads"), QgsProcessing.TypeVector, optional=True,
                                              createByDefault=True),
            tr("One row per officer: the number and ids of their inspections."))
        add_route_parameters(self)
        self.add_report_parameter()

    def _registers(self, parameters, context, feedback):
        ents = self.parameterAsSource(parameters, "ENTERPRISES", context)
        offs = self.parameterAsSource(parameters, "INSPECTORS", context)
        if ents is None or offs is None:
            raise QgsProcessingException(self.tr("The enterprise and inspector registers are both needed."))

        def column(table, name, convert=None):
            field = self.parameterAsString(parameters, name, context)
            if not field:
                return None
            values = table[field]
            return [convert(v) for v in values] if convert else values

        fields = [self.parameterAsString(parameters, n, context) for n in ENTERPRISE_FIELDS]
        fids, table = read_attributes(ents, fields, feedback)
        register = EnterpriseRegister(column(table, "ID_FIELD", text_or_none), column(table, "STRATUM_FIELD", text),
                                      column(table, "DISTRICT_FIELD"), column(table, "EXCLUDE_FIELD", is_truthy),
                                      column(table, "LAST_INSPECTORS_FIELD", split_list))
        _ofids, otable = read_attributes(offs, [self.parameterAsString(parameters, n, context)
                                                for n in OFFICER_FIELDS], feedback)
        officers = OfficerRegister(column(otable, "OFFICER_ID_FIELD", text_or_none),
                                   column(otable, "OFFICER_UNIT_FIELD"), column(otable, "OFFICER_DISTRICT_FIELD"))
        return ents, fids, register, officers

    def processAlgorithm(self, parameters, context, feedback):
        watch = Stopwatch()
        source, fids, register, officers = self._registers(parameters, context, feedback)
        route_inputs = read_route_inputs(self, parameters, context, feedback)  # bad road input stops before the draw
        rates = parse_key_values(self.parameterAsString(parameters, "RATES", context), "RATES", convert=share)
        result = run_core(feedback, draw_inspections, register, officers, rates,
                          self.parameterAsString(parameters, "SEED", context),
                          per_task=self.parameterAsInt(parameters, "PER_TASK", context),
                          max_load=self.parameterAsInt(parameters, "MAX_LOAD", context) or None,
                          monitor=feedback_monitor(feedback, 10, 60))
        self.dest_output = self._write_drawn(parameters, context, feedback, source, fids, register, officers, result)
        outputs = {"OUTPUT": self.dest_output}
        outputs["TEAMS"] = self._write_teams(parameters, context, officers, register, result)
        plan = None
        if route_inputs is not None:
            roads, office_xy, options, crs = route_inputs
            stop_xy = stop_locations(source, fids, result.drawn, crs, context, feedback)
            plan = run_core(feedback, officer_routes, roads, office_xy, stop_xy, result.teams, len(officers.ids),
                            options, monitor=feedback_monitor(feedback, 60, 95))
            self.dest_routes, outputs["STOPS"] = write_routes(
                self, parameters, context, feedback, plan, officers, [register.ids[e] for e in result.drawn], stop_xy,
                options, crs)
            outputs["ROUTES"] = self.dest_routes
        note = draw_note(result, register, officers, source.sourceName(), watch.seconds(), plan)
        outputs["REPORT"] = write_note(self.parameterAsFileOutput(parameters, "REPORT", context), note)
        return outputs

    def _write_drawn(self, parameters, context, feedback, source, fids, register, officers, result):
        fields = fields_of([("draw_no", "int"), ("stratum", "string"), ("officers", "string")], source.fields())
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        originals = copy_features(source, [fids[i] for i in result.drawn], feedback)
        for number, (feature, e, team) in enumerate(zip(originals, result.drawn, result.teams), start=1):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + [
                number, register.strata[e], ", ".join(officers.ids[k] for k in team)])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest

    def _write_teams(self, parameters, context, officers, register, result):
        fields = fields_of([("officer_id", "string"), ("unit", "string"), ("district", "string"),
                            ("tasks", "int"), ("enterprises", "string")])
        sink, dest = self.parameterAsSink(parameters, "TEAMS", context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            return None
        tasks = [[] for _ in officers.ids]
        for e, team in zip(result.drawn, result.teams):
            for k in team:
                tasks[k].append(register.ids[e])
        for k, oid in enumerate(officers.ids):
            out = QgsFeature(fields)
            out.setAttributes([oid, officers.units[k], officers.districts[k], len(tasks[k]), ", ".join(tasks[k])])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest

    def postProcessAlgorithm(self, context, feedback):
        style_output(context, getattr(self, "dest_output", None), "inspection_drawn.qml")
        style_output(context, getattr(self, "dest_routes", None), "inspection_routes.qml")
        return {}
