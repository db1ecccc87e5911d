"""Parameters and reading of ecosupervision:sourceattribution.

``add_attribution_parameters(alg)`` declares READINGS/STATIONS and their fields, the optional WIND layer
of met-station reports (MET_STATION_FIELD, MET_TIME_FIELD, MET_DIRECTION_FIELD, MET_SPEED_FIELD), the
statistic and its numbers, the time window and the candidates. ``read_attribution_inputs`` reads a run
into :class:`AttributionInputs` for ``plan_source_attribution``: columns of the long readings table in
bulk (OGR Arrow when the layer is stored as is), the stations, the wind reports and the candidates.
"""

from dataclasses import dataclass
from typing import Optional

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...eco_supervision_plugin.core.air.plan import STATISTICS, AttributionOptions
from ...eco_supervision_plugin.core.air.wind import WindInput
from ...eco_supervision_plugin.core.hotspot import trend
from ...eco_supervision_plugin.i18n import tr
from .columns import read_columns
from .crs import metric_crs
from .ogr_bulk import plain_source_layer
from .parsers import to_python_time
from .read import read_points, require_features, require_field

INTEGER, DOUBLE = QgsProcessingParameterNumber.Integer, QgsProcessingParameterNumber.Double
NUMBERS = [  # name, type, default, minimum, maximum, advanced
    ("PERCENTILE_LOW", DOUBLE, 75.0, 0.0, 99.999, False), ("PERCENTILE_HIGH", DOUBLE, 100.0, 0.001, 100.0, False),
    ("SECTORS", INTEGER, 16, 4, 72, False), ("MAX_DISTANCE", DOUBLE, 10.0, 0.001, None, False),
    ("CALM_SPEED", DOUBLE, 0.5, 0.0, None, True), ("MIN_SAMPLES", INTEGER, 10, 1, None, True),
    ("WEDGE_RADIUS", DOUBLE, 1500.0, 1.0, None, True), ("CELL_SIZE", DOUBLE, 500.0, 1.0, None, True),
    ("MAX_CELLS", INTEGER, 1000000, 1, None, True),
]
READING_FIELDS = ("STATION_FIELD", "VALUE_FIELD", "WIND_DIRECTION_FIELD", "WIND_SPEED_FIELD", "TIME_FIELD")
MET_FIELDS = ("MET_STATION_FIELD", "MET_TIME_FIELD", "MET_DIRECTION_FIELD", "MET_SPEED_FIELD")


def _labels():
    return {"STATION_FIELD": tr("Station code field"), "VALUE_FIELD": tr("Pollutant field"),
            "WIND_DIRECTION_FIELD": tr("Wind direction field (degrees from)"),
            "WIND_SPEED_FIELD": tr("Wind speed field (m/s)"), "TIME_FIELD": tr("Time field"),
            "PERCENTILE_LOW": tr("Percentile band: low (%)"), "PERCENTILE_HIGH": tr("Percentile band: high (%)"),
            "SECTORS": tr("Direction sectors"), "MAX_DISTANCE": tr("Maximum source distance (km)"),
            "CALM_SPEED": tr("Calm below (m/s)"), "MIN_SAMPLES": tr("Minimum readings per bin"),
            "WEDGE_RADIUS": tr("Wedge radius on the map (m)"), "CELL_SIZE": tr("Source-area cell size (m)"),
            "MAX_CELLS": tr("Refuse source-area grids with more cells than"), "START": tr("Time window: from"),
            "END": tr("Time window: to"), "MET_STATION_FIELD": tr("Met station code field"),
            "MET_TIME_FIELD": tr("Met report time field"),
            "MET_DIRECTION_FIELD": tr("Met wind direction field (degrees from)"),
            "MET_SPEED_FIELD": tr("Met wind speed field (m/s)")}


def _helps():
    return {"PERCENTILE_LOW": tr("Readings whose value lies above the station's low percentile and at or below its "
                                 "high percentile count as high (75–100 is usual; 90–100 isolates a single strong "
                                 "source). Percentiles are per station."),
            "CALM_SPEED": tr("Readings with a wind speed below this are calms: counted in the report, left out of the "
                             "direction bins (their direction means nothing)."),
            "MIN_SAMPLES": tr("A bin with fewer readings is flagged (hatched on the map) and used neither for the "
                              "source area nor for the ranking."),
            "SPEED_BINS": tr("CBPF only: upper edges of the wind-speed bins, e.g. 2, 4, 6 gives the bins calm–2, 2–4, "
                             "4–6 and above 6 m/s."),
            "MAX_DISTANCE": tr("A station gives evidence on candidate sources and grid cells up to this distance; "
                               "candidates beyond it for every station are flagged."),
            "WIND": tr("Met-station wind reports (points, one per station and time). When given, each air station "
                       "takes the wind of its nearest met station in the same clock hour, and the wind fields of the "
                       "readings are not needed (the time field is)."),
            "MET_TIME_FIELD": tr("Time of each wind report; the report of an hour is joined to the readings of that "
                                 "hour (the latest report of the hour when there are several)."),
            "READINGS": tr("The pollutant series: points (one per reading at the station's place) or a table without "
                           "geometry joined to the stations, e.g. the hourly history of fetchstations."),
            "STATIONS": tr("Station points with the station code; needed when the readings are a table (empty: the "
                           "readings' own points, the first per code)."),
            "STATION_FIELD": tr("Station code, a field of that name in the readings and in the stations layer (the "
                                "code field of fetchstations); readings of an unknown code are left out and counted."),
            "VALUE_FIELD": tr("The pollutant to attribute, e.g. PM2_5 or TVOC (any unit: only its percentiles count); "
                              "a null value is left out and counted."),
            "WIND_DIRECTION_FIELD": tr("Degrees the wind blows from, clockwise from north (0-360, e.g. WD); not "
                                       "needed with the wind layer. Radians are refused."),
            "WIND_SPEED_FIELD": tr("Wind speed in m/s (e.g. WS); below the calm speed a reading is a calm. Not needed "
                                   "with the wind layer."),
            "TIME_FIELD": tr("Date/time of each reading (date-time or ISO 8601 text); needed for the time window and "
                             "the wind layer, otherwise optional."),
            "MET_STATION_FIELD": tr("Code of the met station of each wind report; its first report gives the met "
                                    "station's position."),
            "MET_DIRECTION_FIELD": tr("Degrees the wind blows from in each report, clockwise from north (0-360)."),
            "MET_SPEED_FIELD": tr("Wind speed of each report in m/s."),
            "STATISTIC": tr("CPF: share of high readings per wind direction sector. CBPF: per direction and speed "
                            "bin, which separates a nearby low source (high at low speed) from a distant stack."),
            "PERCENTILE_HIGH": tr("Upper end of the band of high readings, per station (100: every reading above the "
                                  "low percentile; 95 leaves out the top 5 %, e.g. instrument spikes)."),
            "SECTORS": tr("Number of wind direction sectors, 4-72 (16: 22.5° each; 36: 10° each). More sectors need "
                          "more readings per sector."),
            "WEDGE_RADIUS": tr("Radius of each station's polar plot drawn on the map, in metres (a drawing size, not "
                               "a distance of the model)."),
            "CELL_SIZE": tr("Side of a source-area grid cell in metres (default 500); smaller cells give a finer "
                            "map and more cells."),
            "MAX_CELLS": tr("A source-area grid with more cells than this is refused before it is built; use "
                            "larger cells, a shorter maximum distance or a higher limit."),
            "START": tr("Only readings at or after this time count (empty: from the first reading); needs the time "
                        "field."),
            "END": tr("Only readings at or before this time count (empty: up to the last reading); needs the time "
                      "field."),
            "CANDIDATES": tr("Candidate sources to rank, e.g. VOC enterprises or industrial parks (polygons by "
                             "centroid); empty: no ranking, only the wedges and the source area."),
            "EMISSION_FIELD": tr("Emission of each candidate, e.g. VOCs in t/a: the score is multiplied by emission / "
                                 "largest emission (empty: the wind evidence only).")}


def add_attribution_parameters(alg):
    """Declare every input parameter of sourceattribution on ``alg`` (outputs are the wrapper's)."""
    labels, helps = _labels(), _helps()

    def add(parameter, advanced=False):
        alg.add_parameter(parameter, helps.get(parameter.name()), advanced)

    vector, points = [QgsProcessing.TypeVector], [QgsProcessing.TypeVectorPoint]
    add(QgsProcessingParameterFeatureSource("READINGS", tr("Readings (points or table)"), vector))
    add(QgsProcessingParameterFeatureSource("STATIONS", tr("Stations (points)"), points, optional=True))
    numeric, any_kind = QgsProcessingParameterField.Numeric, QgsProcessingParameterField.Any
    for name in READING_FIELDS:
        kind = numeric if name in ("VALUE_FIELD", "WIND_DIRECTION_FIELD", "WIND_SPEED_FIELD") else any_kind
        add(QgsProcessingParameterField(name, labels[name], parentLayerParameterName="READINGS", type=kind,
                                        optional=name in ("TIME_FIELD", "WIND_DIRECTION_FIELD", "WIND_SPEED_FIELD")))
    add(QgsProcessingParameterFeatureSource("WIND", tr("Wind from met stations (optional)"), points, optional=True))
    for name in MET_FIELDS:
        kind = numeric if name in ("MET_DIRECTION_FIELD", "MET_SPEED_FIELD") else any_kind
        add(QgsProcessingParameterField(name, labels[name], parentLayerParameterName="WIND", type=kind,
                                        optional=True))
    add(QgsProcessingParameterEnum("STATISTIC", tr("Statistic"), list(STATISTICS), False, 0))
    for name, kind, default, low, high, advanced in NUMBERS:
        add(QgsProcessingParameterNumber(name, labels[name], kind, default, False, low,
                                         high if high is not None else 1e12), advanced)
    add(QgsProcessingParameterString("SPEED_BINS", tr("CBPF speed-bin edges (m/s)"), "2, 4, 6"), True)
    for name in ("START", "END"):
        add(QgsProcessingParameterDateTime(name, labels[name], optional=True), True)
    add(QgsProcessingParameterFeatureSource("CANDIDATES", tr("Candidate sources (points or polygons)"),
                                            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
                                            optional=True))
    add(QgsProcessingParameterField("EMISSION_FIELD", tr("Emission field"), parentLayerParameterName="CANDIDATES",
                                    optional=True, type=QgsProcessingParameterField.Numeric))


def number_checks():
    return [(name, tr("{}: {{}} is not a usable number.").format(name), lambda v: True) for name, *_ in NUMBERS]


@dataclass
class AttributionInputs:
    """One run's inputs, read: stations (``sites``: a points table), reading columns, options, candidates."""

    crs: object
    sites: object
    station_field: str
    columns: dict
    names: dict
    times: Optional[np.ndarray]
    options: AttributionOptions
    candidates: object
    table: object
    emission: Optional[np.ndarray]
    wind: Optional[WindInput]


def _options(alg, parameters, context, source_area):
    def number(name):
        return alg.parameterAsDouble(parameters, name, context)

    def moment(name):
        value = alg.parameterAsDateTime(parameters, name, context)
        return trend.parse_times([to_python_time(value)])[0] if parameters.get(name) and value.isValid() else None

    try:
        edges = tuple(float(v) for v in alg.parameterAsString(parameters, "SPEED_BINS", context)
                      .replace("；", ",").replace(";", ",").split(",") if v.strip())
    except ValueError:
        raise QgsProcessingException(tr("SPEED_BINS must be numbers separated by commas, e.g. 2, 4, 6.")) from None
    return AttributionOptions(
        statistic=STATISTICS[alg.parameterAsEnum(parameters, "STATISTIC", context)],
        percentile_low=number("PERCENTILE_LOW"), percentile_high=number("PERCENTILE_HIGH"),
        sectors=int(number("SECTORS")), speed_edges=edges, calm_speed=number("CALM_SPEED"),
        min_samples=int(number("MIN_SAMPLES")), max_distance=number("MAX_DISTANCE") * 1000.0,
        wedge_radius=number("WEDGE_RADIUS"), cell_size=number("CELL_SIZE"), max_cells=int(number("MAX_CELLS")),
        source_area=source_area, start=moment("START"), end=moment("END"))


def _times(feedback, values, run_core):
    if values is not None and values.dtype == object:
        return run_core(feedback, trend.parse_times, [to_python_time(v) for v in values])
    return values


def _wind(alg, parameters, context, feedback, crs, run_core):
    source = alg.parameterAsSource(parameters, "WIND", context)
    if source is None:
        return None
    require_features(source, "WIND")
    field = {n: alg.parameterAsString(parameters, n, context) for n in MET_FIELDS}
    for name in MET_FIELDS:
        if not field[name]:
            raise QgsProcessingException(tr("Set {}: the wind layer is read by met station, time, direction and "
                                            "speed.").format(name))
        require_field(source, field[name], "WIND", numeric=name in ("MET_DIRECTION_FIELD", "MET_SPEED_FIELD"))
    names = [field[n] for n in MET_FIELDS]
    columns = read_columns(source, names, plain_source_layer(alg, parameters, "WIND", context), feedback)
    # positions: the core takes the first report of each met station (reports repeat the station's point)
    codes = np.array([str(c) for c in columns[names[0]]], dtype=object)
    sites = read_points(source, crs, context, feedback, [field["MET_STATION_FIELD"]], "WIND")
    site_codes = np.array([str(c) for c in sites.attributes[field["MET_STATION_FIELD"]]], dtype=object)
    return WindInput(xy=sites.xy, ids=site_codes, station=codes,
                     times=_times(feedback, columns[names[1]], run_core), direction=columns[names[2]],
                     speed=columns[names[3]])


def read_attribution_inputs(alg, parameters, context, feedback, run_core):
    """:class:`AttributionInputs` of a run (``run_core`` turns core errors into Processing errors)."""
    readings = alg.parameterAsSource(parameters, "READINGS", context)
    require_features(readings, "READINGS")
    stations = alg.parameterAsSource(parameters, "STATIONS", context)
    station_layer = stations if stations is not None else readings
    if stations is None and readings.wkbType() == QgsWkbTypes.NoGeometry:
        raise QgsProcessingException(tr("READINGS is a table without points: give STATIONS too."))
    field = {name: alg.parameterAsString(parameters, name, context) for name in READING_FIELDS}
    with_wind = parameters.get("WIND") not in (None, "")
    needed = ("STATION_FIELD", "VALUE_FIELD") + (("TIME_FIELD",) if with_wind else
                                                 ("WIND_DIRECTION_FIELD", "WIND_SPEED_FIELD"))
    for name in needed:
        if not field[name]:
            raise QgsProcessingException(tr("Set {}: without it there is nothing to attribute.").format(name))
    for name in ("STATION_FIELD", "VALUE_FIELD", "WIND_DIRECTION_FIELD", "WIND_SPEED_FIELD"):
        if field[name] and (name in needed):
            require_field(readings, field[name], "READINGS", numeric=name != "STATION_FIELD")
    require_field(station_layer, field["STATION_FIELD"], "STATIONS")
    crs = metric_crs(station_layer, context, feedback, "STATIONS")
    sites = read_points(station_layer, crs, context, feedback, [field["STATION_FIELD"]], "STATIONS")
    options = _options(alg, parameters, context, parameters.get("SOURCE_AREA") not in (None, ""))
    wanted = [field[n] for n in needed if n != "TIME_FIELD"]
    if (options.start is not None or options.end is not None or with_wind) and not field["TIME_FIELD"]:
        raise QgsProcessingException(tr("A time window (START, END) or a wind layer needs TIME_FIELD."))
    if field["TIME_FIELD"] and (with_wind or options.start is not None or options.end is not None):
        wanted.append(field["TIME_FIELD"])
    columns = read_columns(readings, wanted, plain_source_layer(alg, parameters, "READINGS", context), feedback)
    times = _times(feedback, columns.get(field["TIME_FIELD"]) if field["TIME_FIELD"] in wanted else None, run_core)
    candidates = alg.parameterAsSource(parameters, "CANDIDATES", context)
    table = emission = None
    emission_field = alg.parameterAsString(parameters, "EMISSION_FIELD", context)
    if candidates is not None:
        table = read_points(candidates, crs, context, feedback, [f.name() for f in candidates.fields()],
                            "CANDIDATES")
        if emission_field:
            emission = table.numeric(emission_field, default=float("nan"), label="CANDIDATES")
    wind = _wind(alg, parameters, context, feedback, crs, run_core)
    return AttributionInputs(crs=crs, sites=sites, station_field=field["STATION_FIELD"], columns=columns,
                             names=field, times=times, options=options, candidates=candidates, table=table,
                             emission=emission, wind=wind)
