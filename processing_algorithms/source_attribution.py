"""ecosupervision:sourceattribution — CPF/CBPF polar wedges per station, source area, ranked candidate sources.

Parameters and reading: qgis_io/attribution_inputs.py; the core: core/air/plan.py; the planning note with a
polar plot per station: reports/source_attribution.py. Here: wiring and writing the three layers.
"""

from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from ..eco_supervision_plugin.core.air.plan import plan_source_attribution, pointing_labels
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, style_output, translate_note
from .qgis_io import attribution_inputs as inputs
from .qgis_io.feature_writer import polygons_from_wkb, write_features
from .qgis_io.sinks import clean_number, fields_of
from .qgis_io.wkb import polygon_wkbs
from .reports.note import write_note
from .reports.source_attribution import attribution_note

WEDGE_SCHEMA = [("station", "string"), ("sector", "int"), ("dir_from", "double"), ("dir_to", "double"),
                ("speed_bin", "int"), ("speed_from", "double"), ("speed_to", "double"), ("cpf", "double"),
                ("n", "int"), ("m", "int"), ("flagged", "int")]
AREA_SCHEMA = [("score", "double"), ("stations", "int")]
RANK_SCHEMA = [("rank", "int"), ("score", "double"), ("evidence", "double"), ("n_pointing", "int"),
               ("n_in_range", "int"), ("out_of_range", "int"), ("top_station", "string"), ("top_cpf", "double"),
               ("distance_km", "double"), ("bearing_deg", "double"), ("pointing", "string")]


class SourceAttributionAlgorithm(EcoAlgorithm):
    ALG_ID = "sourceattribution"
    GROUP = "airquality"

    def displayName(self):
        return self.tr("Pollution source attribution (CPF/CBPF)")

    def shortHelpString(self):
        return self.tr(
            "Which sources are upwind when the readings are high? For every station, the conditional probability "
            "function of wind direction (CPF, Ashbaugh 1985) or of direction and speed (CBPF, Uria-Tellaetxe & "
            "Carslaw 2014, as openair's polarPlot statistic \"cpf\"): the share of readings from each sector (and "
            "speed bin) whose value lies in the station's percentile band. Calms are counted, not binned; bins with "
            "fewer readings than the minimum are flagged and not used.\n\n"
            "READINGS: points, or a table joined to STATIONS by STATION_FIELD; VALUE_FIELD the pollutant, "
            "WIND_DIRECTION_FIELD the degrees the wind blows from (clockwise from north; radians are detected and "
            "refused), WIND_SPEED_FIELD in m/s. TIME_FIELD with START/END restricts the series.\n"
            "OUTPUT: the polar wedges around each station. SOURCE_AREA: each station's CPF back-projected along "
            "its bearings within MAX_DISTANCE and summed. CANDIDATES_OUTPUT: candidate sources (polygons: "
            "centroids) ranked by the excess of the CPF over each station's base rate, summed over the stations "
            "within MAX_DISTANCE that point at them, times EMISSION_FIELD / its maximum when given.") + "\n\n" + \
            self.tr(
            "WIND (optional): wind reports of met stations (points with MET_STATION_FIELD, MET_TIME_FIELD, "
            "MET_DIRECTION_FIELD, MET_SPEED_FIELD). Each air station then takes the wind of its nearest met station "
            "in the same clock hour, and the readings need only the station, value and time fields. The report "
            "shows a polar plot per station.")

    def initAlgorithm(self, config=None):
        inputs.add_attribution_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Polar wedges"),
                                                            QgsProcessing.TypeVectorPolygon))
        for name, label, kind in (("SOURCE_AREA", self.tr("Source area"), QgsProcessing.TypeVectorPolygon),
                                  ("CANDIDATES_OUTPUT", self.tr("Ranked candidates"), QgsProcessing.TypeVectorPoint)):
            self.addParameter(QgsProcessingParameterFeatureSink(name, label, kind, optional=True, createByDefault=True))
        self.add_report_parameter()

    def checkParameterValues(self, parameters, context):
        return self.check_number_ranges(parameters, context, inputs.number_checks())

    def processAlgorithm(self, parameters, context, feedback):
        clock = Stopwatch()
        run = inputs.read_attribution_inputs(self, parameters, context, feedback, run_core)
        feedback.setProgress(30)
        names, columns, table = run.names, run.columns, run.table

        def column(key):
            return columns[names[key]] if run.wind is None else None

        plan = run_core(feedback, plan_source_attribution, run.sites.xy, run.sites.attributes[run.station_field],
                        columns[names["STATION_FIELD"]], column("WIND_DIRECTION_FIELD"), column("WIND_SPEED_FIELD"),
                        columns[names["VALUE_FIELD"]], run.options, table.xy if table is not None else None,
                        run.emission, run.times, feedback_monitor(feedback, 30, 80), wind=run.wind)
        for note in plan.notes:
            feedback.pushInfo(translate_note(note))
        crs = run.crs
        results = {"OUTPUT": self._write_wedges(parameters, context, feedback, crs, plan)}
        if plan.source_area is not None and parameters.get("SOURCE_AREA") not in (None, ""):
            results["SOURCE_AREA"] = self._write_area(parameters, context, feedback, crs, plan.source_area)
        if table is not None and parameters.get("CANDIDATES_OUTPUT") not in (None, ""):
            results["CANDIDATES_OUTPUT"] = self._write_candidates(parameters, context, feedback, crs, run.candidates,
                                                                   table, plan)
        results["REPORT"] = write_note(self.parameterAsFileOutput(parameters, "REPORT", context),
                                       attribution_note(plan, table, clock.seconds()))
        return results

    def _polygons(self, parameters, name, context, feedback, schema, crs, rings, rows):
        dest = write_features(self, parameters, name, context, feedback, schema, QgsWkbTypes.Polygon, crs,
                              polygons_from_wkb(polygon_wkbs(rings), range(len(rings))), rows)
        setattr(self, "dest_" + name.lower(), dest)
        return dest

    def _write_wedges(self, parameters, context, feedback, crs, plan):
        w = plan.wedges
        rows = zip([str(plan.station_ids[s]) for s in w.station.tolist()], w.sector.tolist(),
                   w.direction_from.tolist(), w.direction_to.tolist(), w.speed_bin.tolist(),
                   [clean_number(v) for v in w.speed_from.tolist()], [clean_number(v) for v in w.speed_to.tolist()],
                   [clean_number(v, 4) for v in w.cpf.tolist()], w.n.tolist(), w.m.tolist(),
                   [int(f) for f in w.flagged.tolist()])
        return self._polygons(parameters, "OUTPUT", context, feedback, WEDGE_SCHEMA, crs, w.rings, list(rows))

    def _write_area(self, parameters, context, feedback, crs, area):
        keep = (area.score > 0).nonzero()[0]  # cells with evidence (a station reaches them with CPF > 0)
        rows = [[clean_number(s, 4), int(n)] for s, n in zip(area.score[keep].tolist(), area.stations[keep].tolist())]
        return self._polygons(parameters, "SOURCE_AREA", context, feedback, AREA_SCHEMA, crs,
                              area.cell_corners()[keep], rows)

    def _write_candidates(self, parameters, context, feedback, crs, source, table, plan):
        r, ids, pointing = plan.ranking, plan.station_ids, pointing_labels(plan)
        base = [f.name() for f in source.fields()]
        rows = []
        for c in range(len(table.xy)):
            top = int(r.top_station[c])
            rows.append([table.attributes[n][c] for n in base] + [
                int(r.rank[c]) or None, clean_number(r.score[c], 4), clean_number(r.evidence[c], 4),
                int(r.pointing[c]), int(r.in_range[c]), int(r.out_of_range[c]), str(ids[top]) if top >= 0 else None,
                clean_number(r.top_cpf[c], 4), clean_number(r.top_distance[c] / 1000.0, 3),
                clean_number(r.top_bearing[c], 1), pointing[c]])
        points = (QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in table.xy.tolist())
        self.dest_candidates_output = write_features(self, parameters, "CANDIDATES_OUTPUT", context, feedback,
                                                     RANK_SCHEMA, QgsWkbTypes.Point, crs, points, rows,
                                                     fields=fields_of(RANK_SCHEMA, source.fields()))
        return self.dest_candidates_output

    def postProcessAlgorithm(self, context, feedback):
        style_output(context, getattr(self, "dest_output", None), "attribution_wedges.qml")
        style_output(context, getattr(self, "dest_source_area", None), "attribution_source_area.qml")
        style_output(context, getattr(self, "dest_candidates_output", None), "attribution_candidates.qml")
        return {}
