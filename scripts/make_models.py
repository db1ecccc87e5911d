#!/usr/bin/env python3
"""Build the example Graphical Modeler models in resources/models/*.model3.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_models.py            # rewrite resources/models
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_models.py --output /tmp/models

Each model chains ``ecosupervision:*`` algorithms (and a few ``native:`` helpers) with model parameters and
child outputs as inputs. Every parameter name used below is checked against the registered algorithm before
the file is written, so a renamed parameter fails here instead of in a planner's Modeler.

Models:

- ``hotspot_microsensor_siting.model3``: readings → hotspot grid → the flagged (top N %) cells → micro-sensor
  sites chosen among the hotspot cell centres (MCLP, P sites, weight = cell value).
- ``live_stations_hotspot_siting.model3``: fetch stations (SensorThings/OpenAQ) → one air parameter → hotspot
  grid (empty cells filled by IDW) → flagged cells → new sites among the planner's candidate layer.
- ``river_exceedance_emergency.model3``: river water quality (GB 3838) → segments over the target class →
  a point on each → emergency coverage over the road network (weight = worst exceedance multiple).
- ``live_stations_source_attribution.model3``: fetch air stations (one point per station: positions and codes)
  with their hourly history (code, time, pollutant, WD, WS) → source attribution (CBPF) of that history, with
  optional met-station wind, ranking the candidate sources.
"""

import argparse
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PLUGIN_NAME = "eco_supervision"


def start_qgis():
    """A headless QGIS with Processing (native algorithms) and this checkout's provider registered."""
    for path in ("/usr/share/qgis/python/plugins", "/usr/share/qgis/python"):
        if os.path.isdir(path) and path not in sys.path:
            sys.path.append(path)
    link_root = tempfile.mkdtemp(prefix="eco_models_")
    os.symlink(REPO, os.path.join(link_root, PLUGIN_NAME))
    sys.path.insert(0, link_root)

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("native") is None:
        from qgis.analysis import QgsNativeAlgorithms

        registry.addProvider(QgsNativeAlgorithms())
    import eco_supervision

    plugin = eco_supervision.classFactory(None)
    plugin.initProcessing()
    return app, plugin


class ModelBuilder:
    """Thin helper over QgsProcessingModelAlgorithm that checks every parameter name it wires."""

    def __init__(self, name, group, description):
        from qgis.core import QgsProcessingModelAlgorithm

        self.model = QgsProcessingModelAlgorithm(name, group)
        self.description = description
        self.help = {"ALG_DESC": description, "ALG_CREATOR": "Eco Supervision", "ALG_VERSION": "1.0"}
        self._param_row = 0

    # -- model parameters ---------------------------------------------------------------------------------

    def parameter(self, definition, help_text=""):
        from qgis.core import QgsProcessingModelParameter
        from qgis.PyQt.QtCore import QPointF

        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120 + 230 * (self._param_row % 4), 60 + 70 * (self._param_row // 4)))
        self._param_row += 1
        self.model.addModelParameter(definition, component)
        if help_text:
            self.help[definition.name()] = help_text
        return definition.name()

    # -- children -----------------------------------------------------------------------------------------

    def child(self, child_id, algorithm_id, description, params, outputs=None, row=0):
        """Add ``algorithm_id`` as ``child_id``. ``params``: name → ("model", NAME) | ("child", ID, OUTPUT) |
        ("static", value). ``outputs``: child output name → (model output name, description)."""
        from qgis.core import (
            QgsApplication,
            QgsProcessingModelChildAlgorithm,
            QgsProcessingModelChildParameterSource,
            QgsProcessingModelOutput,
        )
        from qgis.PyQt.QtCore import QPointF

        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        if algorithm is None:
            raise SystemExit("algorithm {} is not registered".format(algorithm_id))
        known = {d.name() for d in algorithm.parameterDefinitions()}
        known_outputs = {d.name() for d in algorithm.outputDefinitions()}
        child = QgsProcessingModelChildAlgorithm(algorithm_id)
        child.setChildId(child_id)
        child.setDescription(description)
        child.setPosition(QPointF(360, 300 + 150 * row))
        for name, spec in params.items():
            if name not in known:
                raise SystemExit("{} has no parameter {} (it has: {})".format(algorithm_id, name, sorted(known)))
            kind = spec[0]
            if kind == "model":
                if self.model.parameterDefinition(spec[1]) is None:
                    raise SystemExit("model parameter {} is not defined".format(spec[1]))
                source = QgsProcessingModelChildParameterSource.fromModelParameter(spec[1])
            elif kind == "child":
                if spec[1] not in self.model.childAlgorithms():
                    raise SystemExit("child {} must be added before {}".format(spec[1], child_id))
                source = QgsProcessingModelChildParameterSource.fromChildOutput(spec[1], spec[2])
            elif kind == "static":
                source = QgsProcessingModelChildParameterSource.fromStaticValue(spec[1])
            else:
                raise ValueError(kind)
            child.addParameterSources(name, [source])
        model_outputs = {}
        for i, (output_name, (model_name, text)) in enumerate((outputs or {}).items()):
            if output_name not in known_outputs:
                raise SystemExit("{} has no output {} (it has: {})".format(algorithm_id, output_name,
                                                                           sorted(known_outputs)))
            out = QgsProcessingModelOutput(model_name, text)
            out.setChildId(child_id)
            out.setChildOutputName(output_name)
            out.setPosition(QPointF(640, 300 + 150 * row + 40 * i))
            model_outputs[model_name] = out
        child.setModelOutputs(model_outputs)
        self.model.addChildAlgorithm(child)
        return child_id

    def write(self, path):
        self.model.setHelpContent(self.help)
        # Model outputs become destination parameters only after this call.
        self.model.updateDestinationParameters()
        if not self.model.toFile(path):
            raise SystemExit("could not write {}".format(path))
        return path


def hotspot_microsensor_siting():
    from qgis.core import (
        QgsProcessing,
        QgsProcessingParameterBoolean,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterNumber,
    )

    b = ModelBuilder(
        "Hotspot cells to micro-sensor sites", "Eco Supervision examples",
        "Builds the hotspot supervision grid from readings or emission points, keeps the cells flagged as the "
        "top N % by value, and chooses P micro-sensor sites among the centres of those hotspot cells so that "
        "the most polluted weight of hotspot cells lies within the sensor radius (maximal covering model). "
        "Outputs: the grid, the chosen sites and the coverage of every hotspot cell, with both reports.")
    b.parameter(QgsProcessingParameterFeatureSource("AOI", "Area of interest (polygons)",
                                                    [QgsProcessing.TypeVectorPolygon]),
                "Study area; the grid covers its extent.")
    b.parameter(QgsProcessingParameterFeatureSource("READINGS", "Readings or emission points",
                                                    [QgsProcessing.TypeVectorPoint]),
                "Sensor readings, station values or emission sources.")
    b.parameter(QgsProcessingParameterField("VALUE_FIELD", "Value field (e.g. PM2_5)",
                                            parentLayerParameterName="READINGS",
                                            type=QgsProcessingParameterField.Numeric),
                "Numeric field averaged per cell.")
    b.parameter(QgsProcessingParameterNumber("CELL_SIZE", "Grid cell size (m, 500-2000)",
                                             QgsProcessingParameterNumber.Double, 1000.0, minValue=10.0),
                "Side of a grid cell in metres.")
    b.parameter(QgsProcessingParameterNumber("TOP_PERCENT", "Hotspot cells: top N % by value",
                                             QgsProcessingParameterNumber.Double, 10.0, minValue=0.0, maxValue=100.0),
                "Cells in the top N % by value are hotspot cells.")
    b.parameter(QgsProcessingParameterBoolean("FILL_EMPTY", "Fill cells without readings (inverse distance)", False),
                "Needed when the readings come from a few stations rather than dense sensors.")
    b.parameter(QgsProcessingParameterNumber("P", "Number of micro-sensors P", QgsProcessingParameterNumber.Integer,
                                             10, minValue=1),
                "How many new micro-sensors to place (at most the number of hotspot cells).")
    b.parameter(QgsProcessingParameterNumber("RADIUS", "Micro-sensor coverage radius (m)",
                                             QgsProcessingParameterNumber.Double, 1000.0, minValue=1.0),
                "A sensor watches the hotspot cells whose centre lies within this distance.")
    b.child("grid", "ecosupervision:hotspotgrid", "Hotspot supervision grid", {
        "AOI": ("model", "AOI"),
        "CELL_SIZE": ("model", "CELL_SIZE"),
        "POINTS": ("model", "READINGS"),
        "VALUE_FIELD": ("model", "VALUE_FIELD"),
        "AGGREGATION": ("static", 0),
        "TOP_PERCENT": ("model", "TOP_PERCENT"),
        "FILL_EMPTY": ("model", "FILL_EMPTY"),
        "FDR": ("static", True),
    }, {"OUTPUT": ("GRID", "Hotspot grid"), "REPORT": ("GRID_REPORT", "Hotspot grid report")}, row=0)
    b.child("hot_cells", "native:extractbyattribute", "Keep the hotspot cells (hotspot = 1)", {
        "INPUT": ("child", "grid", "OUTPUT"),
        "FIELD": ("static", "hotspot"),
        "OPERATOR": ("static", 0),
        "VALUE": ("static", "1"),
        "OUTPUT": ("static", "TEMPORARY_OUTPUT"),
    }, row=1)
    b.child("cell_centres", "native:centroids", "Hotspot cell centres (candidate sites)", {
        "INPUT": ("child", "hot_cells", "OUTPUT"),
        "ALL_PARTS": ("static", False),
        "OUTPUT": ("static", "TEMPORARY_OUTPUT"),
    }, row=2)
    b.child("siting", "ecosupervision:networksiting", "Micro-sensor siting (MCLP)", {
        "DEMAND": ("child", "hot_cells", "OUTPUT"),
        "DEMAND_WEIGHT": ("static", "value"),
        "CANDIDATES": ("child", "cell_centres", "OUTPUT"),
        "RADIUS": ("model", "RADIUS"),
        "MODEL": ("static", 0),
        "P": ("model", "P"),
    }, {"OUTPUT": ("SITES", "Micro-sensor sites"), "DEMAND_OUTPUT": ("HOTSPOT_COVERAGE", "Hotspot cell coverage"),
        "REPORT": ("SITING_REPORT", "Siting report")}, row=3)
    return b


def live_stations_hotspot_siting():
    from qgis.core import (
        QgsProcessing,
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterNumber,
        QgsProcessingParameterString,
    )

    b = ModelBuilder(
        "Live stations to hotspot grid to network siting", "Eco Supervision examples",
        "Pulls the latest air-station values from the eco-cloud (OGC SensorThings API or OpenAQ), keeps one "
        "parameter (PM2_5 by default), builds the hotspot supervision grid over the area of interest (cells "
        "without a station filled by inverse distance), keeps the top N % cells and chooses P new sites among "
        "the planner's candidate layer to cover them, keeping the existing stations.")
    b.parameter(QgsProcessingParameterString("URL", "Station service URL (SensorThings root or OpenAQ)"),
                "For example http://127.0.0.1:8000/v1.1")
    b.parameter(QgsProcessingParameterEnum("API_TYPE", "API type", ["OGC SensorThings API v1.1", "OpenAQ v3"],
                                           defaultValue=0), "Kind of service behind the URL.")
    b.parameter(QgsProcessingParameterString("PARAMETER", "Air parameter to map (PM2_5, PM10, O3, NO2, SO2, CO)",
                                             "PM2_5"), "Value of the 'parameter' field of the live stations.")
    b.parameter(QgsProcessingParameterFeatureSource("AOI", "Area of interest (polygons)",
                                                    [QgsProcessing.TypeVectorPolygon]), "Study area.")
    b.parameter(QgsProcessingParameterNumber("CELL_SIZE", "Grid cell size (m, 500-2000)",
                                             QgsProcessingParameterNumber.Double, 2000.0, minValue=10.0),
                "Side of a grid cell in metres.")
    b.parameter(QgsProcessingParameterNumber("TOP_PERCENT", "Hotspot cells: top N % by value",
                                             QgsProcessingParameterNumber.Double, 10.0, minValue=0.0, maxValue=100.0),
                "Cells in the top N % by value are the demand to cover.")
    b.parameter(QgsProcessingParameterFeatureSource("CANDIDATES", "Candidate sites (points)",
                                                    [QgsProcessing.TypeVectorPoint]),
                "Where a new site may go (sample data: siting_candidates).")
    b.parameter(QgsProcessingParameterField("EXISTING_FIELD", "Existing-station field",
                                            parentLayerParameterName="CANDIDATES",
                                            optional=True), "Truthy = an existing station, kept and counted.")
    b.parameter(QgsProcessingParameterField("RADIUS_FIELD", "Per-candidate radius field (m)",
                                            parentLayerParameterName="CANDIDATES",
                                            type=QgsProcessingParameterField.Numeric, optional=True),
                "Optional radius of each candidate.")
    b.parameter(QgsProcessingParameterNumber("RADIUS", "Coverage radius (m)", QgsProcessingParameterNumber.Double,
                                             2000.0, minValue=1.0), "Radius where the field is empty.")
    b.parameter(QgsProcessingParameterNumber("P", "Number of new sites P", QgsProcessingParameterNumber.Integer, 10,
                                             minValue=1), "How many new sites to add.")
    b.child("fetch", "ecosupervision:fetchstations", "Fetch live air stations", {
        "URL": ("model", "URL"),
        "API_TYPE": ("model", "API_TYPE"),
        "NETWORK": ("static", 0),
    }, {"OUTPUT": ("LIVE_STATIONS", "Live stations")}, row=0)
    b.child("one_parameter", "native:extractbyattribute", "Keep one parameter", {
        "INPUT": ("child", "fetch", "OUTPUT"),
        "FIELD": ("static", "parameter"),
        "OPERATOR": ("static", 0),
        "VALUE": ("model", "PARAMETER"),
        "OUTPUT": ("static", "TEMPORARY_OUTPUT"),
    }, row=1)
    b.child("grid", "ecosupervision:hotspotgrid", "Hotspot supervision grid", {
        "AOI": ("model", "AOI"),
        "CELL_SIZE": ("model", "CELL_SIZE"),
        "POINTS": ("child", "one_parameter", "OUTPUT"),
        "VALUE_FIELD": ("static", "value"),
        "AGGREGATION": ("static", 0),
        "FILL_EMPTY": ("static", True),
        "TOP_PERCENT": ("model", "TOP_PERCENT"),
    }, {"OUTPUT": ("GRID", "Hotspot grid")}, row=2)
    b.child("hot_cells", "native:extractbyattribute", "Keep the hotspot cells (hotspot = 1)", {
        "INPUT": ("child", "grid", "OUTPUT"),
        "FIELD": ("static", "hotspot"),
        "OPERATOR": ("static", 0),
        "VALUE": ("static", "1"),
        "OUTPUT": ("static", "TEMPORARY_OUTPUT"),
    }, row=3)
    b.child("siting", "ecosupervision:networksiting", "Network siting (MCLP)", {
        "DEMAND": ("child", "hot_cells", "OUTPUT"),
        "DEMAND_WEIGHT": ("static", "value"),
        "CANDIDATES": ("model", "CANDIDATES"),
        "EXISTING_FIELD": ("model", "EXISTING_FIELD"),
        "RADIUS_FIELD": ("model", "RADIUS_FIELD"),
        "RADIUS": ("model", "RADIUS"),
        "MODEL": ("static", 0),
        "P": ("model", "P"),
    }, {"OUTPUT": ("SITES", "Chosen sites"), "DEMAND_OUTPUT": ("HOTSPOT_COVERAGE", "Hotspot cell coverage"),
        "REPORT": ("SITING_REPORT", "Siting report")}, row=4)
    return b


def river_exceedance_emergency():
    from qgis.core import (
        QgsProcessing,
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterNumber,
        QgsProcessingParameterString,
    )

    b = ModelBuilder(
        "River exceedances to emergency coverage", "Eco Supervision examples",
        "Interpolates water quality along the rivers (HJ 2.3 decay model, GB 3838-2002 classes), keeps the "
        "river segments over the target class, and checks whether emergency monitoring teams reach each of them "
        "over the road network in time (once, or twice for two simultaneous incidents), weighting each segment by "
        "its worst exceedance multiple.")
    b.parameter(QgsProcessingParameterFeatureSource("RIVERS", "Rivers (lines digitised downstream)",
                                                    [QgsProcessing.TypeVectorLine]), "River reaches.")
    b.parameter(QgsProcessingParameterFeatureSource("SECTIONS", "Monitoring sections (points)",
                                                    [QgsProcessing.TypeVectorPoint]), "Sections with measured values.")
    b.parameter(QgsProcessingParameterField("PARAMETERS", "Water-quality fields (e.g. CODMn, NH3N, TP, DO)",
                                            parentLayerParameterName="SECTIONS",
                                            type=QgsProcessingParameterField.Numeric, allowMultiple=True),
                "GB 3838 items to interpolate.")
    b.parameter(QgsProcessingParameterEnum("TARGET_CLASS", "Target class (GB 3838-2002)",
                                           ["I", "II", "III", "IV", "V"], defaultValue=2),
                "Segments worse than this class are checked.")
    b.parameter(QgsProcessingParameterFeatureSource("ROADS", "Roads (lines)", [QgsProcessing.TypeVectorLine]),
                "Road network.")
    b.parameter(QgsProcessingParameterField("SPEED_FIELD", "Road speed field (km/h)", parentLayerParameterName="ROADS",
                                            type=QgsProcessingParameterField.Numeric, optional=True),
                "Empty: the default speed of 30 km/h.")
    b.parameter(QgsProcessingParameterFeatureSource("DEPOTS", "Emergency depots (points)",
                                                    [QgsProcessing.TypeVectorPoint]), "Where the teams wait.")
    b.parameter(QgsProcessingParameterString("THRESHOLDS", "Response-time thresholds (minutes)", "30,60"),
                "One or several, comma separated.")
    b.parameter(QgsProcessingParameterNumber("REQUIRED_RESPONDERS", "Teams required per incident (1 or 2)",
                                             QgsProcessingParameterNumber.Integer, 2, minValue=1, maxValue=2),
                "2 = two different teams must reach a segment in time.")
    b.child("river", "ecosupervision:riverinterpolation", "River water quality (decay model)", {
        "RIVERS": ("model", "RIVERS"),
        "SECTIONS": ("model", "SECTIONS"),
        "PARAMETERS": ("model", "PARAMETERS"),
        "METHOD": ("static", 0),
        "TARGET_CLASS": ("model", "TARGET_CLASS"),
    }, {"OUTPUT": ("RIVER_QUALITY", "River water quality"), "REPORT": ("RIVER_REPORT", "River report")}, row=0)
    b.child("failing", "native:extractbyexpression", "Segments over the target class", {
        "INPUT": ("child", "river", "OUTPUT"),
        "EXPRESSION": ("static", '"over_target" IS NOT NULL'),
        "OUTPUT": ("static", "TEMPORARY_OUTPUT"),
    }, row=1)
    b.child("failing_points", "native:pointonsurface", "A point on each failing segment", {
        "INPUT": ("child", "failing", "OUTPUT"),
        "ALL_PARTS": ("static", False),
        "OUTPUT": ("static", "TEMPORARY_OUTPUT"),
    }, row=2)
    b.child("emergency", "ecosupervision:emergencycoverage", "Emergency coverage of the failing segments", {
        "ROADS": ("model", "ROADS"),
        "SPEED_FIELD": ("model", "SPEED_FIELD"),
        "DEPOTS": ("model", "DEPOTS"),
        "RISK_SOURCES": ("child", "failing_points", "OUTPUT"),
        "RISK_WEIGHT_FIELD": ("static", "max_exceed"),
        "THRESHOLDS": ("model", "THRESHOLDS"),
        "REQUIRED_RESPONDERS": ("model", "REQUIRED_RESPONDERS"),
    }, {"OUTPUT": ("SEGMENT_RESPONSE", "Response to failing segments"),
        "SERVICE_AREA_POLYGONS": ("SERVICE_AREAS", "Service areas"),
        "REPORT": ("EMERGENCY_REPORT", "Emergency coverage report")}, row=3)
    return b


def live_stations_source_attribution():
    from qgis.core import (
        QgsProcessing,
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterNumber,
        QgsProcessingParameterString,
    )

    b = ModelBuilder(
        "Live stations to pollution source attribution", "Eco Supervision examples",
        "Pulls the air stations from the eco-cloud (one point per station: positions and codes) with their hourly "
        "history over the last HISTORY_HOURS hours (one row per station and hour: the pollutant and the WD/WS wind "
        "fields) and attributes the high readings to the candidate sources by CBPF: polar wedges at every station, "
        "the source area and the ranked candidates. Wind from met stations (a layer of reports with code, time, "
        "WD, WS) replaces the stations' own wind when given.")
    b.parameter(QgsProcessingParameterString("URL", "Station service URL (SensorThings root or OpenAQ)"),
                "For example http://127.0.0.1:8000/v1.1")
    b.parameter(QgsProcessingParameterEnum("API_TYPE", "API type", ["OGC SensorThings API v1.1", "OpenAQ v3"],
                                           defaultValue=0), "Kind of service behind the URL.")
    b.parameter(QgsProcessingParameterNumber("HISTORY_HOURS", "History (hours)", QgsProcessingParameterNumber.Integer,
                                             720, minValue=1, maxValue=8784),
                "Hours of hourly readings read from every station, ending now (720: the last 30 days).")
    b.parameter(QgsProcessingParameterString("VALUE_FIELD", "Pollutant field (e.g. PM2_5, TVOC)", "PM2_5"),
                "Field of the readings table holding the pollutant.")
    b.parameter(QgsProcessingParameterFeatureSource("WIND", "Met-station wind reports (optional)",
                                                    [QgsProcessing.TypeVectorPoint], optional=True),
                "Points with code, time, WD and WS; each air station takes its nearest met station's wind.")
    b.parameter(QgsProcessingParameterFeatureSource(
        "CANDIDATES", "Candidate sources (enterprises, parks)",
        [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]), "VOC enterprises, permitted emitters.")
    b.parameter(QgsProcessingParameterNumber("MAX_DISTANCE", "Maximum source distance (km)",
                                             QgsProcessingParameterNumber.Double, 10.0, minValue=0.001),
                "A station gives evidence on candidates up to this distance.")
    b.child("fetch", "ecosupervision:fetchstations", "Fetch live air stations", {
        "URL": ("model", "URL"),
        "API_TYPE": ("model", "API_TYPE"),
        "NETWORK": ("static", 0),
        "LAYOUT": ("static", 1),
        "HISTORY_HOURS": ("model", "HISTORY_HOURS"),
    }, {"OUTPUT": ("LIVE_STATIONS", "Live stations")}, row=0)
    b.child("attribution", "ecosupervision:sourceattribution", "Source attribution (CBPF)", {
        "READINGS": ("child", "fetch", "HISTORY"),
        "STATIONS": ("child", "fetch", "OUTPUT"),
        "STATION_FIELD": ("static", "code"),
        "TIME_FIELD": ("static", "time"),
        "VALUE_FIELD": ("model", "VALUE_FIELD"),
        "WIND_DIRECTION_FIELD": ("static", "WD"),
        "WIND_SPEED_FIELD": ("static", "WS"),
        "WIND": ("model", "WIND"),
        "MET_STATION_FIELD": ("static", "code"),
        "MET_TIME_FIELD": ("static", "time"),
        "MET_DIRECTION_FIELD": ("static", "WD"),
        "MET_SPEED_FIELD": ("static", "WS"),
        "STATISTIC": ("static", 1),
        "CANDIDATES": ("model", "CANDIDATES"),
        "MAX_DISTANCE": ("model", "MAX_DISTANCE"),
    }, {"OUTPUT": ("POLAR_WEDGES", "Polar wedges"), "SOURCE_AREA": ("SOURCE_AREA", "Source area"),
        "CANDIDATES_OUTPUT": ("RANKED_CANDIDATES", "Ranked candidates"),
        "REPORT": ("ATTRIBUTION_REPORT", "Attribution report")}, row=1)
    return b


MODELS = {
    "hotspot_microsensor_siting.model3": hotspot_microsensor_siting,
    "live_stations_hotspot_siting.model3": live_stations_hotspot_siting,
    "river_exceedance_emergency.model3": river_exceedance_emergency,
    "live_stations_source_attribution.model3": live_stations_source_attribution,
}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=os.path.join(REPO, "resources", "models"), help="folder for .model3 files")
    args = parser.parse_args(argv)
    app, plugin = start_qgis()
    os.makedirs(args.output, exist_ok=True)
    try:
        from qgis.core import QgsProcessingModelAlgorithm

        for file_name, build in MODELS.items():
            path = build().write(os.path.join(args.output, file_name))
            check = QgsProcessingModelAlgorithm()
            if not check.fromFile(path):
                raise SystemExit("{} does not load back".format(path))
            print("wrote {} ({} children, {} parameters)".format(
                path, len(check.childAlgorithms()), len(check.parameterDefinitions())))
    finally:
        plugin.unload()
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
