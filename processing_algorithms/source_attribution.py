"""ecosupervision:sourceattribution — CPF/CBPF polar wedges per station, source area, ranked candidate sources."""

from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..eco_supervision_plugin.core.air.plan import (
    STATISTICS,
    AttributionOptions,
    plan_source_attribution,
    pointing_labels,
)
from ..eco_supervision_plugin.core.hotspot import trend
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, style_output, translate_note, write_report
from .qgis_io.columns import read_columns
from .qgis_io.crs import metric_crs
from .qgis_io.feature_writer import polygons_from_wkb, write_features
from .qgis_io.ogr_bulk import plain_source_layer
from .qgis_io.parsers import to_python_time
from .qgis_io.read import read_points, require_features, require_field
from .qgis_io.sinks import clean_number, fields_of
from .qgis_io.wkb import polygon_wkbs
from .reports.source_attribution import attribution_report

WEDGE_SCHEMA = [("station", "string"), ("sector", "int"), ("dir_from", "double"), ("dir_to", "double"),
                ("speed_bin", "int"), ("speed_from", "double"), ("speed_to", "double"), ("cpf", "double"),
                ("n", "int"), ("m", "int"), ("flagged", "int")]
AREA_SCHEMA = [("score", "double"), ("stations", "int")]
RANK_SCHEMA = [("rank", "int"), ("score", "double"), ("evidence", "double"), ("n_pointing", "int"),
               ("n_in_range", "int"), ("out_of_range", "int"), ("top_station", "string"), ("top_cpf", "double"),
               ("distance_km", "double"), ("bearing_deg", "double"), ("pointing", "string")]
INTEGER, DOUBLE = QgsProcessingParameterNumber.Integer, QgsProcessingParameterNumber.Double
NUMBERS = [  # name, type, default, minimum, maximum, advanced
    ("PERCENTILE_LOW", DOUBLE, 75.0, 0.0, 99.999, False), ("PERCENTILE_HIGH", DOUBLE, 100.0, 0.001, 100.0, False),
    ("SECTORS", INTEGER, 16, 4, 72, False), ("MAX_DISTANCE", DOUBLE, 10.0, 0.001, None, False),
    ("CALM_SPEED", DOUBLE, 0.5, 0.0, None, True), ("MIN_SAMPLES", INTEGER, 10, 1, None, True),
    ("WEDGE_RADIUS", DOUBLE, 1500.0, 1.0, None, True), ("CELL_SIZE", DOUBLE, 500.0, 1.0, None, True),
    ("MAX_CELLS", INTEGER, 1000000, 1, None, True),
]


class SourceAttributionAlgorithm(EcoAlgorithm):
    ALG_ID = "sourceattribution"

    def displayName(self):
        return self.tr("Pollution source attribution (CPF/CBPF)")

    def group(self):
        return self.tr("Air quality")

    def groupId(self):
        return "airquality"

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
            "within MAX_DISTANCE that point at them, times EMISSION_FIELD / its maximum when given.")

    def _labels(self):
        return {"STATION_FIELD": self.tr("Station code field"), "VALUE_FIELD": self.tr("Pollutant field"),
                "WIND_DIRECTION_FIELD": self.tr("Wind direction field (degrees from)"),
                "WIND_SPEED_FIELD": self.tr("Wind speed field (m/s)"), "TIME_FIELD": self.tr("Time field"),
                "PERCENTILE_LOW": self.tr("Percentile band: low (%)"),
                "PERCENTILE_HIGH": self.tr("Percentile band: high (%)"), "SECTORS": self.tr("Direction sectors"),
                "MAX_DISTANCE": self.tr("Maximum source distance (km)"), "CALM_SPEED": self.tr("Calm below (m/s)"),
                "MIN_SAMPLES": self.tr("Minimum readings per bin"),
                "WEDGE_RADIUS": self.tr("Wedge radius on the map (m)"),
                "CELL_SIZE": self.tr("Source-area cell size (m)"),
                "MAX_CELLS": self.tr("Refuse source-area grids with more cells than"),
                "START": self.tr("Time window: from"), "END": self.tr("Time window: to"),
                "SOURCE_AREA": self.tr("Source area"), "CANDIDATES_OUTPUT": self.tr("Ranked candidates")}

    def _helps(self):
        return {"PERCENTILE_LOW": self.tr("Readings whose value lies above the station's low percentile and at or "
                                          "below its high percentile count as high (75–100 is usual; 90–100 "
                                          "isolates a single strong source). Percentiles are per station."),
                "CALM_SPEED": self.tr("Readings with a wind speed below this are calms: counted in the report, "
                                      "left out of the direction bins (their direction means nothing)."),
                "MIN_SAMPLES": self.tr("A bin with fewer readings is flagged (hatched on the map) and used neither "
                                       "for the source area nor for the ranking."),
                "SPEED_BINS": self.tr("CBPF only: upper edges of the wind-speed bins, e.g. 2, 4, 6 gives the bins "
                                      "calm–2, 2–4, 4–6 and above 6 m/s."),
                "MAX_DISTANCE": self.tr("A station gives evidence on candidate sources and grid cells up to this "
                                        "distance; candidates beyond it for every station are flagged.")}

    def initAlgorithm(self, config=None):
        labels = self._labels()
        vector, points = [QgsProcessing.TypeVector], [QgsProcessing.TypeVectorPoint]
        self.addParameter(QgsProcessingParameterFeatureSource("READINGS", self.tr("Readings (points or table)"),
                                                              vector))
        self.addParameter(QgsProcessingParameterFeatureSource("STATIONS", self.tr("Stations (points)"), points,
                                                              optional=True))
        numeric, any_kind = QgsProcessingParameterField.Numeric, QgsProcessingParameterField.Any
        for name, kind in (("STATION_FIELD", any_kind), ("VALUE_FIELD", numeric), ("WIND_DIRECTION_FIELD", numeric),
                           ("WIND_SPEED_FIELD", numeric), ("TIME_FIELD", any_kind)):
            self.addParameter(QgsProcessingParameterField(name, labels[name], parentLayerParameterName="READINGS",
                                                          type=kind, optional=name == "TIME_FIELD"))
        self.addParameter(QgsProcessingParameterEnum("STATISTIC", self.tr("Statistic"), list(STATISTICS), False, 0))
        for name, kind, default, low, high, advanced in NUMBERS:
            p = QgsProcessingParameterNumber(name, labels[name], kind, default, False, low,
                                             high if high is not None else 1e12)
            self._add(p, advanced)
        self._add(QgsProcessingParameterString("SPEED_BINS", self.tr("CBPF speed-bin edges (m/s)"), "2, 4, 6"), True)
        for name in ("START", "END"):
            self._add(QgsProcessingParameterDateTime(name, labels[name], optional=True), True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "CANDIDATES", self.tr("Candidate sources (points or polygons)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField("EMISSION_FIELD", self.tr("Emission field"),
                                                      parentLayerParameterName="CANDIDATES", optional=True,
                                                      type=QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Polar wedges"),
                                                            QgsProcessing.TypeVectorPolygon))
        for name, kind in (("SOURCE_AREA", QgsProcessing.TypeVectorPolygon),
                           ("CANDIDATES_OUTPUT", QgsProcessing.TypeVectorPoint)):
            self.addParameter(QgsProcessingParameterFeatureSink(name, labels[name], kind, optional=True,
                                                                createByDefault=True))
        self.add_report_parameter()

    def _add(self, parameter, advanced):
        self.add_parameter(parameter, self._helps().get(parameter.name()), advanced)

    def checkParameterValues(self, parameters, context):
        return self.check_number_ranges(parameters, context, [
            (name, self.tr("{}: {{}} is not a usable number.").format(name), lambda v: True) for name, *_ in NUMBERS])

    def processAlgorithm(self, parameters, context, feedback):
        clock = Stopwatch()
        readings = self.parameterAsSource(parameters, "READINGS", context)
        require_features(readings, "READINGS")
        stations = self.parameterAsSource(parameters, "STATIONS", context)
        station_layer = stations if stations is not None else readings
        if stations is None and readings.wkbType() == QgsWkbTypes.NoGeometry:
            raise QgsProcessingException(self.tr("READINGS is a table without points: give STATIONS too."))
        field = {name: self.parameterAsString(parameters, name, context) for name in
                 ("STATION_FIELD", "VALUE_FIELD", "WIND_DIRECTION_FIELD", "WIND_SPEED_FIELD", "TIME_FIELD")}
        for name in ("STATION_FIELD", "VALUE_FIELD", "WIND_DIRECTION_FIELD", "WIND_SPEED_FIELD"):
            if not field[name]:
                raise QgsProcessingException(self.tr("Set {}: without it there is nothing to attribute.").format(name))
            require_field(readings, field[name], "READINGS", numeric=name != "STATION_FIELD")
        require_field(station_layer, field["STATION_FIELD"], "STATIONS")
        crs = metric_crs(station_layer, context, feedback, "STATIONS")
        sites = read_points(station_layer, crs, context, feedback, [field["STATION_FIELD"]], "STATIONS")
        names = [field[n] for n in ("STATION_FIELD", "WIND_DIRECTION_FIELD", "WIND_SPEED_FIELD", "VALUE_FIELD")]
        options = self._options(parameters, context)
        if options.start is not None or options.end is not None:
            if not field["TIME_FIELD"]:
                raise QgsProcessingException(self.tr("A time window (START, END) needs TIME_FIELD."))
            names.append(field["TIME_FIELD"])
        columns = read_columns(readings, names, plain_source_layer(self, parameters, "READINGS", context), feedback)
        times = columns.get(field["TIME_FIELD"]) if len(names) == 5 else None
        if times is not None and times.dtype == object:
            times = run_core(feedback, trend.parse_times, [to_python_time(v) for v in times])
        candidates = self.parameterAsSource(parameters, "CANDIDATES", context)
        table = emission = None
        emission_field = self.parameterAsString(parameters, "EMISSION_FIELD", context)
        if candidates is not None:
            base = [f.name() for f in candidates.fields()]
            table = read_points(candidates, crs, context, feedback, base, "CANDIDATES")
            if emission_field:
                emission = table.numeric(emission_field, default=float("nan"), label="CANDIDATES")
        feedback.setProgress(30)
        plan = run_core(feedback, plan_source_attribution, sites.xy, sites.attributes[field["STATION_FIELD"]],
                        columns[names[0]], columns[names[1]], columns[names[2]], columns[names[3]], options,
                        table.xy if table is not None else None, emission, times, feedback_monitor(feedback, 30, 80))
        for note in plan.notes:
            feedback.pushInfo(translate_note(note))
        results = {"OUTPUT": self._write_wedges(parameters, context, feedback, crs, plan)}
        if plan.source_area is not None and parameters.get("SOURCE_AREA") not in (None, ""):
            results["SOURCE_AREA"] = self._write_area(parameters, context, feedback, crs, plan.source_area)
        if table is not None and parameters.get("CANDIDATES_OUTPUT") not in (None, ""):
            results["CANDIDATES_OUTPUT"] = self._write_candidates(parameters, context, feedback, crs, candidates,
                                                                   table, plan)
        report = attribution_report(plan, table, clock.seconds())
        results["REPORT"] = write_report(self.parameterAsFileOutput(parameters, "REPORT", context), report,
                                         self.tr("Pollution source attribution"))
        return results

    def _options(self, parameters, context):
        def number(name):
            return self.parameterAsDouble(parameters, name, context)

        def moment(name):
            value = self.parameterAsDateTime(parameters, name, context)
            return trend.parse_times([to_python_time(value)])[0] if parameters.get(name) and value.isValid() else None

        try:
            edges = tuple(float(v) for v in self.parameterAsString(parameters, "SPEED_BINS", context)
                          .replace("；", ",").replace(";", ",").split(",") if v.strip())
        except ValueError:
            raise QgsProcessingException(
                self.tr("SPEED_BINS must be numbers separated by commas, e.g. 2, 4, 6.")) from None
        return AttributionOptions(
            statistic=STATISTICS[self.parameterAsEnum(parameters, "STATISTIC", context)],
            percentile_low=number("PERCENTILE_LOW"), percentile_high=number("PERCENTILE_HIGH"),
            sectors=int(number("SECTORS")), speed_edges=edges, calm_speed=number("CALM_SPEED"),
            min_samples=int(number("MIN_SAMPLES")), max_distance=number("MAX_DISTANCE") * 1000.0,
            wedge_radius=number("WEDGE_RADIUS"), cell_size=number("CELL_SIZE"), max_cells=int(number("MAX_CELLS")),
            source_area=parameters.get("SOURCE_AREA") not in (None, ""), start=moment("START"), end=moment("END"))

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
