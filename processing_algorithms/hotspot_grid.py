"""ecosupervision:hotspotgrid — supervision grid cells with Getis-Ord Gi* hot spots and space-time trends.

Wiring only: parameters, reading the layers and the raster pixels, one call of
``core.hotspot.plan.plan_hotspot_grid``, writing the cells and the periods, styling.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ..eco_supervision_plugin.core.hotspot import gistar, tables, trend
from ..eco_supervision_plugin.core.hotspot import grid as gridmod
from ..eco_supervision_plugin.core.hotspot.plan import GridSpec, HotspotOptions, Readings, plan_hotspot_grid
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, style_output, translate_note
from .qgis_io.crs import WGS84
from .qgis_io.feature_writer import polygons_from_wkb, write_features
from .qgis_io.feedback import warn
from .qgis_io.parsers import to_python_time
from .qgis_io.polygon_rings import polygon_rings
from .qgis_io.raster_blocks import raster_reader
from .qgis_io.read import read_points, require_features, require_field
from .qgis_io.titles import main_input_title
from .qgis_io.wkb import polygon_wkbs
from .reports.hotspot_grid import attach_map, grid_type_label, hotspot_note, labelled_cells
from .reports.note import write_note

GRID_TYPES = [gridmod.SQUARE, gridmod.HEXAGON]
NEIGHBOURHOODS = [gistar.DISTANCE, gistar.KNN, gistar.QUEEN]


class HotspotGridAlgorithm(EcoAlgorithm):
    ALG_ID = "hotspotgrid"
    GROUP = "airquality"
    MAIN_INPUT = ("POINTS", "RASTER", "AOI")

    def displayName(self):
        return self.tr("Hotspot supervision grid (Gi*, FDR, space-time trends)")

    def shortHelpString(self):
        return self.tr(
            "Builds a square or hexagonal supervision grid (500-2000 m cells) over an area of interest, anchored "
            "to a fixed origin in a fixed grid CRS so that each cell keeps its code (for example S1000E512N3012) "
            "in every run and every month. Point readings are aggregated per cell, optionally with the "
            "area-weighted zonal mean of a raster such as a satellite PM2.5 surface.\n\n"
            "Hot spots: Getis-Ord Gi* with binary weights that include the cell itself, on the cells that hold an "
            "observation (filled cells are estimates and never count), Benjamini-Hochberg false discovery rate "
            "correction, confidence bins -3..3, rank, percentile and a top N % flag. With a time field: Gi* per "
            "period, the Mann-Kendall trend of each cell's z-scores and an emerging hot spot category.\n\n"
            "Outputs: the grid cells, optionally one row per cell and period, and a REPORT naming the grid CRS "
            "with counts per bin and category, the top cells and the runtime. No input layer is modified."
        )

    def initAlgorithm(self, config=None):
        num, add, tr = QgsProcessingParameterNumber, self.add_parameter, self.tr
        add(QgsProcessingParameterFeatureSource("AOI", tr("Area of interest"), [QgsProcessing.TypeVectorPolygon]),
            tr("Polygons the grid covers, e.g. the city or a district (any CRS): cells whose centre is inside, and "
               "those the boundary crosses."))
        add(num("CELL_SIZE", tr("Cell size (m)"), num.Double, 1000.0, minValue=1.0),
            tr("Side of a square cell, or distance between neighbouring hexagon centres, in metres."))
        add(QgsProcessingParameterEnum("GRID_TYPE", tr("Grid type"), [tr("Square"), tr("Hexagon")], defaultValue=0),
            tr("Square cells match a district's supervision grid; hexagons have six equal neighbours (smoother hot "
               "spots)."))
        add(QgsProcessingParameterCrs("GRID_CRS", tr("Grid CRS"), optional=True), tr(
            "Projected CRS in metres that fixes what a cell code means. Default: the CGCS2000 3-degree "
            "Gauss-Krüger zone of the area's centre (EPSG:4534-4554), elsewhere the WGS 84 UTM zone; the input "
            "layers' own CRS never changes the codes."), advanced=True)
        add(QgsProcessingParameterPoint("ORIGIN", tr("Grid origin"), optional=True), tr(
            "Fixed corner of the cell lattice in the grid CRS (default 0,0); keep it the same between runs so "
            "that codes stay comparable."), advanced=True)
        add(QgsProcessingParameterBoolean("CLIP", tr("Clip cells to the area"), False),
            tr("Cut boundary cells to the area of interest (the output is then a MultiPolygon layer)."))
        add(num("MAX_CELLS", tr("Maximum number of cells"), num.Integer, 2000000, minValue=1),
            tr("Refuse grids with more cells than this, before anything is allocated."), advanced=True)
        add(QgsProcessingParameterFeatureSource("POINTS", tr("Readings (points)"), [QgsProcessing.TypeVectorPoint],
                                                optional=True),
            tr("Monitoring readings or emission sources; each point of a multi-point counts."))
        add(QgsProcessingParameterField("VALUE_FIELD", tr("Value field"), parentLayerParameterName="POINTS",
                                        type=QgsProcessingParameterField.Numeric, optional=True),
            tr("Numeric field to aggregate (not needed for Count)."))
        add(QgsProcessingParameterEnum("AGGREGATION", tr("Aggregation"), [
            tr("Mean"), tr("Maximum"), tr("Sum"), tr("Count")], defaultValue=0),
            tr("How the readings of a cell make its value: mean or maximum concentration, sum (e.g. emissions in "
               "t/a) or count of points (a cell without points counts 0)."))
        add(QgsProcessingParameterField("TIME_FIELD", tr("Time field"), parentLayerParameterName="POINTS",
                                        optional=True),
            tr("Date/time or ISO 8601 text; enables Gi* per period, trends and emerging hot spots."))
        add(QgsProcessingParameterEnum("PERIOD", tr("Period"), [tr("Hour"), tr("Day"), tr("Week"), tr("Month")],
                                       defaultValue=1),
            tr("With a time field: the length of one period of the hot spot trend (weeks start on Monday)."))
        add(QgsProcessingParameterRasterLayer("RASTER", tr("Raster surface"), optional=True),
            tr("Zonal mean per cell, weighted by the area each pixel shares with the cell (e.g. satellite PM2.5); "
               "the cell value when no readings are given."))
        add(QgsProcessingParameterBand("RASTER_BAND", tr("Raster band"), 1, parentLayerParameterName="RASTER",
                                       optional=True), tr("Band of the raster surface to average (default 1)."))
        add(QgsProcessingParameterBoolean("FILL_EMPTY", tr("Fill empty cells (IDW)"), False), tr(
            "Give empty cells an inverse-distance estimate for the map (flag filled = 1). Filled cells are not "
            "observations: they get no Gi* and do not count in the false discovery rate."))
        add(QgsProcessingParameterEnum("NEIGHBOURHOOD", tr("Neighbourhood"), [
            tr("Distance band"), tr("K nearest cells"), tr("Queen contiguity")], defaultValue=0),
            tr("Which cells Gi* compares a cell with: those within the distance band, its k nearest cells with a "
               "value, or the cells sharing an edge or corner (hexagons: an edge)."))
        add(num("DISTANCE", tr("Distance band (m)"), num.Double, 2000.0, minValue=0.0),
            tr("Cells whose centres are within this distance are neighbours (the cell included)."))
        add(num("K", tr("Nearest cells (k)"), num.Integer, 8, minValue=1),
            tr("Number of nearest cells with a value, for K nearest cells."), advanced=True)
        add(QgsProcessingParameterBoolean("FDR", tr("False discovery rate correction"), True),
            tr("Benjamini-Hochberg correction of the Gi* p-values of the observed cells."), advanced=True)
        add(num("ALPHA", tr("Significance level"), num.Double, 0.05, minValue=0.0001, maxValue=0.5),
            tr("Level (alpha) at which a cell is marked significant (fdr_sig)."), advanced=True)
        add(num("TOP_PERCENT", tr("Top % flagged"), num.Double, 10.0, minValue=0.0, maxValue=100.0),
            tr("Flag the top N % of cells by value (bureau ranking)."))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Hotspot grid")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "PERIOD_OUTPUT", tr("Hotspot grid per period"), optional=True, createByDefault=True))
        self.add_report_parameter()

    def checkParameterValues(self, parameters, context):
        """Out-of-range numbers get a message naming the parameter and the allowed range."""
        checks = (
            ("CELL_SIZE", self.tr("Cell size must be greater than 0 metres (got {})."), lambda v: v > 0),
            ("TOP_PERCENT", self.tr("Top N % must be between 0 and 100 (got {})."), lambda v: 0 <= v <= 100),
            ("DISTANCE", self.tr("The distance band cannot be negative (got {} metres)."), lambda v: v >= 0),
            ("ALPHA", self.tr("The significance level must be between 0.0001 and 0.5 (got {})."),
             lambda v: 0.0001 <= v <= 0.5),
        )
        return self.check_number_ranges(parameters, context, checks)

    # -- reading ---------------------------------------------------------------------------------------

    def _grid_crs(self, parameters, context, aoi):
        """GRID_CRS, or the documented default from the area's centre (never from the layer's own CRS)."""
        crs = self.parameterAsCrs(parameters, "GRID_CRS", context)
        if not crs.isValid():
            if not aoi.sourceCrs().isValid():
                raise QgsProcessingException(self.tr(
                    "Layer {} has no valid coordinate reference system; set one before running.").format(
                    self.tr("area of interest")))
            to_wgs = QgsCoordinateTransform(aoi.sourceCrs(), WGS84, context.transformContext())
            centre = to_wgs.transform(aoi.sourceExtent().center())
            epsg = run_core(None, gridmod.default_grid_epsg, centre.x(), centre.y())
            crs = QgsCoordinateReferenceSystem("EPSG:{}".format(epsg))
        if crs.isGeographic() or crs.mapUnits() != 0:  # QgsUnitTypes.DistanceMeters
            raise QgsProcessingException(self.tr("The grid CRS {} is not in metres; choose a projected CRS.").format(
                crs.authid()))
        return crs

    def _readings(self, parameters, context, feedback, crs, aggregation):
        points = self.parameterAsSource(parameters, "POINTS", context)
        if points is None:
            return None
        value_field = self.parameterAsString(parameters, "VALUE_FIELD", context)
        time_field = self.parameterAsString(parameters, "TIME_FIELD", context)
        require_features(points, self.tr("points"))
        if aggregation != "count":
            if not value_field:
                raise QgsProcessingException(self.tr("Choose a value field for the {} aggregation.").format(
                    aggregation))
            require_field(points, value_field, self.tr("points"), numeric=True)
        if time_field:
            require_field(points, time_field, self.tr("points"))
        table = read_points(points, crs, context, feedback, fields=[f for f in (value_field, time_field) if f],
                            label=self.tr("points"), explode=True)
        if len(table) == 0:
            raise QgsProcessingException(self.tr("No point has a usable geometry."))
        times = None
        if time_field:
            times = run_core(feedback, trend.parse_times, [to_python_time(v) for v in table.attributes[time_field]])
        return Readings(table.xy, table.numeric(value_field, default=float("nan")) if value_field else None, times)

    # -- run -------------------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        clock = Stopwatch()
        aoi = self.parameterAsSource(parameters, "AOI", context)
        require_features(aoi, self.tr("area of interest"))
        crs = self._grid_crs(parameters, context, aoi)
        spec = GridSpec(self.parameterAsDouble(parameters, "CELL_SIZE", context),
                        GRID_TYPES[self.parameterAsEnum(parameters, "GRID_TYPE", context)], (0.0, 0.0),
                        self.parameterAsInt(parameters, "MAX_CELLS", context))
        if parameters.get("ORIGIN") not in (None, ""):
            point = self.parameterAsPoint(parameters, "ORIGIN", context, crs)
            spec.origin = (point.x(), point.y())
        options = HotspotOptions(
            gistar.AGGREGATIONS[self.parameterAsEnum(parameters, "AGGREGATION", context)],
            trend.PERIODS[self.parameterAsEnum(parameters, "PERIOD", context)],
            self.parameterAsBool(parameters, "FILL_EMPTY", context),
            NEIGHBOURHOODS[self.parameterAsEnum(parameters, "NEIGHBOURHOOD", context)],
            self.parameterAsDouble(parameters, "DISTANCE", context), self.parameterAsInt(parameters, "K", context),
            self.parameterAsBool(parameters, "FDR", context), self.parameterAsDouble(parameters, "ALPHA", context),
            self.parameterAsDouble(parameters, "TOP_PERCENT", context))
        if options.neighbourhood == gistar.DISTANCE and not options.distance > 0:
            raise QgsProcessingException(self.tr("Set a distance band greater than 0 metres."))
        if parameters.get("POINTS") in (None, "") and parameters.get("RASTER") in (None, ""):
            raise QgsProcessingException(self.tr("Give a point layer with a value field, or a raster, to analyse."))
        readings = self._readings(parameters, context, feedback, crs, options.aggregation)
        rings, aoi_geometry, repaired = polygon_rings(aoi, crs, context, feedback)
        if repaired:
            warn(feedback, self.tr(
                "Warning: {} area of interest polygon(s) were invalid (for example self-intersecting) and were "
                "repaired before building the grid; check the grid against the intended area.").format(repaired))
        layer = self.parameterAsRasterLayer(parameters, "RASTER", context)
        raster = layer and raster_reader(layer, self.parameterAsInt(parameters, "RASTER_BAND", context) or 1, crs,
                                         context, feedback)
        plan = run_core(feedback, plan_hotspot_grid, rings, spec, readings, raster, options,
                        feedback_monitor(feedback, 0, 70))
        feedback.pushInfo(self.tr("{} {} cells of {:g} m in {}.").format(len(plan.grid), grid_type_label(spec.kind),
                                                                        spec.size, crs.authid()))
        for message in plan.warnings:
            warn(feedback, self.tr("Warning: {}").format(translate_note(message)))
        wkb = polygon_wkbs(plan.grid.vertices())
        clip_to = self.parameterAsBool(parameters, "CLIP", context) and aoi_geometry
        schema, rows = tables.cell_table(plan)
        rows = labelled_cells(schema, rows)
        self.dest_output = write_features(
            self, parameters, "OUTPUT", context, feedback, schema, QgsWkbTypes.MultiPolygon if clip_to else
            QgsWkbTypes.Polygon, crs, polygons_from_wkb(wkb, range(len(rows)), clip_to), rows)
        outputs = {"OUTPUT": self.dest_output}
        if plan.trend is not None and parameters.get("PERIOD_OUTPUT") not in (None, ""):
            schema, cells, rows = tables.period_table(plan)
            self.dest_periods = outputs["PERIOD_OUTPUT"] = write_features(
                self, parameters, "PERIOD_OUTPUT", context, feedback, schema, QgsWkbTypes.Polygon, crs,
                polygons_from_wkb(wkb, cells), rows)
        report = tables.report(plan, spec, options, crs.authid(), crs.description())
        report["runtime_s"] = clock.seconds()
        path = self.parameterAsFileOutput(parameters, "REPORT", context)
        note = hotspot_note(plan, spec, report, main_input_title(self, parameters, context), crs.authid())
        if path and not path.lower().endswith(".json"):
            attach_map(note, wkb, plan.gi_bin, crs, rings)
        outputs["REPORT"] = write_note(path, note)
        feedback.setProgress(100)
        return outputs

    def postProcessAlgorithm(self, context, feedback):
        style_output(context, getattr(self, "dest_output", None), "hotspot_gi_bin.qml")
        style_output(context, getattr(self, "dest_periods", None), "hotspot_gi_bin.qml")
        return {}
