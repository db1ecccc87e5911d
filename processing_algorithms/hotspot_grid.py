"""ecosupervision:hotspotgrid — supervision grid cells with Getis-Ord Gi* hot spots and space-time trends."""

import math

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsProcessingParameterRasterLayer,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..eco_supervision_plugin.core import grid as gridmod
from ..eco_supervision_plugin.core import hotspot as hs
from ..eco_supervision_plugin.core import trend
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, style_output, translate_note, write_report
from .layers import metric_crs, read_points, require_features, require_field
from .qgis_io.parsers import to_python_time
from .qgis_io.wkb import polygon_wkbs

GRID_TYPES = [gridmod.SQUARE, gridmod.HEXAGON]
NEIGHBOURHOODS = [hs.DISTANCE, hs.KNN, hs.QUEEN]
STATISTICS = ["gi_star"]
RASTER_DTYPES = {1: np.uint8, 2: np.uint16, 3: np.int16, 4: np.uint32, 5: np.int32, 6: np.float32, 7: np.float64}


class HotspotGridAlgorithm(EcoAlgorithm):
    ALG_ID = "hotspotgrid"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Hotspot supervision grid (Gi*, FDR, space-time trends)")

    def group(self):
        return self.tr("Air quality supervision")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "airsupervision"

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Builds a square or hexagonal supervision grid (500-2000 m cells) over an area of interest, anchored "
            "to a fixed origin so that each cell keeps its code (for example S1000E512N3012) in every run and "
            "every month. Point readings (or emission sources) are aggregated per cell (mean, max, sum or count), "
            "optionally with the zonal mean of a raster such as a satellite PM2.5 surface. Empty cells stay null "
            "or are filled by inverse-distance weighting from the nearest cells with a value.\n\n"
            "Hot spots: Getis-Ord Gi* (Getis & Ord 1992; Ord & Getis 1995) with binary weights that include the "
            "cell itself, over a distance band, the k nearest cells or queen contiguity. gi_z is the Gi* z-score, "
            "gi_p its two-sided p-value, gi_bin -3..3 the cold/hot spot confidence (99/95/90 %), decided after "
            "Benjamini-Hochberg false discovery rate correction when FDR is set; fdr_sig marks cells significant "
            "at ALPHA. rank, percentile and the hotspot flag (top N % by value) follow bureau ranking practice.\n\n"
            "With a time field: values per PERIOD, Gi* per period, the Mann-Kendall trend of each cell's Gi* "
            "z-scores and an emerging hot spot category (new, consecutive, intensifying, persistent, diminishing, "
            "sporadic, oscillating, historical, or no pattern, and the cold-spot counterparts) as defined for "
            "space-time cubes in ArcGIS Emerging Hot Spot Analysis.\n\n"
            "Parameters: AOI area of interest polygons; CELL_SIZE in metres (hexagons: distance between centres); "
            "GRID_TYPE; ORIGIN fixed grid origin (default 0,0 of the metric CRS); CLIP cut boundary cells to the "
            "area; MAX_CELLS refuse larger grids; POINTS, VALUE_FIELD, AGGREGATION; TIME_FIELD and PERIOD; "
            "RASTER and RASTER_BAND; FILL_EMPTY; STATISTIC; NEIGHBOURHOOD, DISTANCE, K; FDR and ALPHA; "
            "TOP_PERCENT. Outputs: OUTPUT grid cells, PERIOD_OUTPUT one row per cell and period, REPORT with "
            "counts per bin and category, the top cells and the runtime."
        ) + "\n\n" + self.tr(
            "Input checks: an area of interest in degrees is reprojected to the UTM zone of its centre; invalid "
            "area polygons (for example self-intersecting) are repaired, with a warning; readings in another CRS "
            "are reprojected; each point of a multi-point feature counts as one reading; readings with a null "
            "value or outside the area are left out and counted in the report; a time value that is not a date "
            "stops the run and names the record. No input layer is modified."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "AOI", self.tr("Area of interest (polygons)"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "CELL_SIZE", self.tr("Cell size (metres; hexagons: distance between neighbouring centres)"),
                QgsProcessingParameterNumber.Double, 1000.0, minValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "GRID_TYPE", self.tr("Grid type"), [self.tr("Square"), self.tr("Hexagon")], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterPoint(
                "ORIGIN", self.tr("Grid origin (fixed, so cell codes never change; default 0,0 of the metric CRS)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean("CLIP", self.tr("Clip boundary cells to the area of interest"), False)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_CELLS", self.tr("Refuse grids with more cells than"), QgsProcessingParameterNumber.Integer,
                2000000, minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "POINTS", self.tr("Readings or emission sources (points)"), [QgsProcessing.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "VALUE_FIELD", self.tr("Value field (not needed for count)"), parentLayerParameterName="POINTS",
                type=QgsProcessingParameterField.Numeric, optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "AGGREGATION", self.tr("Aggregation per cell"),
                [self.tr("Mean"), self.tr("Maximum"), self.tr("Sum"), self.tr("Count")], defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "TIME_FIELD", self.tr("Time field (date/time or ISO 8601 text) for space-time trends"),
                parentLayerParameterName="POINTS", optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "PERIOD", self.tr("Period of the space-time trend (with a time field)"),
                [self.tr("Hour"), self.tr("Day"), self.tr("Week"), self.tr("Month")],
                defaultValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                "RASTER", self.tr("Raster surface (zonal mean per cell, e.g. satellite PM2.5)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBand(
                "RASTER_BAND", self.tr("Raster band"), 1, parentLayerParameterName="RASTER", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "FILL_EMPTY", self.tr("Fill empty cells by inverse-distance weighting from neighbours"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "STATISTIC", self.tr("Hot spot statistic"), [self.tr("Getis-Ord Gi*")], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "NEIGHBOURHOOD", self.tr("Neighbours of a cell for Gi*"),
                [self.tr("Distance band"), self.tr("K nearest cells"), self.tr("Queen contiguity")], defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "DISTANCE", self.tr("Distance band (metres, between cell centres)"),
                QgsProcessingParameterNumber.Double, 2000.0, minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "K", self.tr("Number of nearest cells (k nearest neighbours)"), QgsProcessingParameterNumber.Integer, 8,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean("FDR", self.tr("Benjamini-Hochberg false discovery rate correction"), True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "ALPHA", self.tr("Significance level (alpha) for significant cells (fdr_sig)"),
                QgsProcessingParameterNumber.Double, 0.05,
                minValue=0.0001, maxValue=0.5,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "TOP_PERCENT", self.tr("Flag the top N % of cells by value"), QgsProcessingParameterNumber.Double,
                10.0, minValue=0.0, maxValue=100.0,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Hotspot grid")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "PERIOD_OUTPUT", self.tr("Hotspot grid per period"), optional=True, createByDefault=False
            )
        )
        self.add_report_parameter()

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
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

    def _aoi_rings(self, source, crs, context, feedback):
        """Rings of the AOI polygons in ``crs``; invalid polygons (e.g. self-intersecting) are repaired.

        The AOI is only a boundary, so Processing's stop-on-invalid-geometry check is skipped for it and
        each invalid polygon is made valid here (with a warning) instead of failing the run.
        """
        request = QgsFeatureRequest()
        request.setDestinationCrs(crs, context.transformContext())
        rings, geoms = [], []
        repaired = 0
        for feature in source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled by the user."))
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            if not geometry.isGeosValid():
                repaired += 1
                geometry = geometry.makeValid()
            parts = [geometry]
            if QgsWkbTypes.flatType(geometry.wkbType()) == QgsWkbTypes.GeometryCollection:
                parts = geometry.asGeometryCollection()  # makeValid may also give stray lines or points
            for part in parts:
                if part.type() != QgsWkbTypes.PolygonGeometry or part.isEmpty():
                    continue
                geoms.append(part)
                polygons = part.asMultiPolygon() if part.isMultipart() else [part.asPolygon()]
                for polygon in polygons:
                    for ring in polygon:
                        if len(ring) >= 3:
                            rings.append(np.array([(p.x(), p.y()) for p in ring], dtype=float))
        if repaired:
            feedback.reportError(
                self.tr("Warning: {} area of interest polygon(s) were invalid (for example self-intersecting) and "
                        "were repaired before building the grid; check the grid against the intended area.").format(
                    repaired), False)
        if not rings:
            raise QgsProcessingException(self.tr("The area of interest has no polygon with an area."))
        return rings, QgsGeometry.unaryUnion(geoms)

    def _raster_means(self, layer, band, grid, crs, context, feedback):
        """Zonal mean per cell, weighted by the area each pixel shares with the cell.

        Square cells: exact pixel/cell overlap areas. Hexagons: pixels split into sub-pixels of at most a tenth
        of the cell size. A raster in another CRS is first warped to the grid CRS (nearest neighbour).
        """
        if layer.crs() != crs:
            import processing

            feedback.pushInfo(self.tr("Reprojecting the raster to {}.").format(crs.authid()))
            warped = processing.run(
                "gdal:warpreproject",
                {"INPUT": layer, "TARGET_CRS": crs, "RESAMPLING": 0, "OUTPUT": "TEMPORARY_OUTPUT"},
                context=context, feedback=None, is_child_algorithm=True,
            )["OUTPUT"]
            from qgis.core import QgsRasterLayer

            layer = QgsRasterLayer(warped, "raster", "gdal")
        provider = layer.dataProvider()
        extent = layer.extent()
        xres, yres = layer.rasterUnitsPerPixelX(), layer.rasterUnitsPerPixelY()
        v = grid.vertices()
        want = QgsRectangle(v[:, :, 0].min(), v[:, :, 1].min(), v[:, :, 0].max(), v[:, :, 1].max())
        want = want.intersect(extent)
        total = np.zeros(len(grid))
        count = np.zeros(len(grid))
        if want.isEmpty():
            feedback.reportError(self.tr("The raster does not overlap the area of interest."), False)
            return np.full(len(grid), np.nan)
        c0 = int(math.floor((want.xMinimum() - extent.xMinimum()) / xres))
        c1 = int(math.ceil((want.xMaximum() - extent.xMinimum()) / xres))
        r0 = int(math.floor((extent.yMaximum() - want.yMaximum()) / yres))
        r1 = int(math.ceil((extent.yMaximum() - want.yMinimum()) / yres))
        width, height = c1 - c0, r1 - r0
        if width * height > 400_000_000:
            raise QgsProcessingException(self.tr("The raster window over the area is too large to read."))
        # hexagons: sub-pixels of at most a tenth of a cell, so cells cut through pixels get their share
        sub = int(min(max(math.ceil(10.0 * max(xres, yres) / grid.size), 1), 16))
        nodata = provider.sourceNoDataValue(band) if provider.sourceHasNoDataValue(band) else None
        chunk = max(1, 2_000_000 // max(width, 1))
        offsets = (np.arange(sub) + 0.5) / sub
        for start in range(r0, r1, chunk):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled by the user."))
            stop = min(start + chunk, r1)
            rect = QgsRectangle(
                extent.xMinimum() + c0 * xres, extent.yMaximum() - stop * yres,
                extent.xMinimum() + c1 * xres, extent.yMaximum() - start * yres,
            )
            block = provider.block(band, rect, width, stop - start)
            dtype = RASTER_DTYPES.get(int(block.dataType()))
            if dtype is None:
                raise QgsProcessingException(self.tr("Unsupported raster data type."))
            data = np.frombuffer(bytes(block.data()), dtype=dtype).astype(float).reshape(stop - start, width)
            ok = np.isfinite(data)
            if nodata is not None:
                ok &= data != nodata
            if block.hasNoDataValue():
                ok &= data != block.noDataValue()
            rows, cols = np.nonzero(ok)
            vals = data[rows, cols]
            x = extent.xMinimum() + (c0 + cols) * xres  # pixel left edges
            y = extent.yMaximum() - (start + rows) * yres  # pixel top edges
            if grid.kind == gridmod.SQUARE:
                # exact: the overlap of a pixel with a square cell is the product of its x and y overlaps
                for ci, lx in self._overlaps(x, x + xres, grid.origin[0], grid.size):
                    for rj, ly in self._overlaps(y - yres, y, grid.origin[1], grid.size):
                        weight = lx * ly
                        cell = grid.lookup(ci, rj)
                        use = (cell >= 0) & (weight > 0)
                        total += np.bincount(cell[use], weights=vals[use] * weight[use], minlength=len(grid))
                        count += np.bincount(cell[use], weights=weight[use], minlength=len(grid))
            else:
                for a in offsets:
                    for b in offsets:
                        cell = grid.locate(np.column_stack([x + a * xres, y - b * yres]))
                        inside = cell >= 0
                        total += np.bincount(cell[inside], weights=vals[inside], minlength=len(grid))
                        count += np.bincount(cell[inside], minlength=len(grid))
            feedback.setProgress(20 + 10 * (stop - r0) / max(r1 - r0, 1))
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(count > 0, total / count, np.nan)

    @staticmethod
    def _overlaps(low, high, origin, size):
        """For intervals [low, high): (cell index, overlap length) pairs, one pair of arrays per possible cell."""
        first = np.floor((low - origin) / size).astype(np.int64)
        span = int(np.max(np.ceil((high - low) / size))) + 1 if len(low) else 0
        for m in range(span + 1):
            index = first + m
            left = origin + index * size
            length = np.minimum(high, left + size) - np.maximum(low, left)
            yield index, np.maximum(length, 0.0)

    # -- run -------------------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        clock = Stopwatch()
        aoi = self.parameterAsSource(parameters, "AOI", context)
        require_features(aoi, self.tr("area of interest"))
        crs = metric_crs(aoi, context, feedback, self.tr("area of interest"))
        size = self.parameterAsDouble(parameters, "CELL_SIZE", context)
        kind = GRID_TYPES[self.parameterAsEnum(parameters, "GRID_TYPE", context)]
        origin = (0.0, 0.0)
        if parameters.get("ORIGIN") not in (None, ""):
            point = self.parameterAsPoint(parameters, "ORIGIN", context, crs)
            origin = (point.x(), point.y())
        max_cells = self.parameterAsInt(parameters, "MAX_CELLS", context)
        points = self.parameterAsSource(parameters, "POINTS", context)
        value_field = self.parameterAsString(parameters, "VALUE_FIELD", context)
        aggregation = hs.AGGREGATIONS[self.parameterAsEnum(parameters, "AGGREGATION", context)]
        time_field = self.parameterAsString(parameters, "TIME_FIELD", context)
        period = trend.PERIODS[self.parameterAsEnum(parameters, "PERIOD", context)]
        raster = self.parameterAsRasterLayer(parameters, "RASTER", context)
        band = self.parameterAsInt(parameters, "RASTER_BAND", context) or 1
        neighbourhood = NEIGHBOURHOODS[self.parameterAsEnum(parameters, "NEIGHBOURHOOD", context)]
        distance = self.parameterAsDouble(parameters, "DISTANCE", context)
        if neighbourhood == hs.DISTANCE and not distance > 0:
            raise QgsProcessingException(self.tr("Set a distance band greater than 0 metres."))
        if points is None and raster is None:
            raise QgsProcessingException(self.tr("Give a point layer with a value field, or a raster, to analyse."))
        if points is not None:
            require_features(points, self.tr("points"))
            if aggregation != "count":
                if not value_field:
                    raise QgsProcessingException(self.tr("Choose a value field for the {} aggregation.").format(
                        aggregation))
                require_field(points, value_field, self.tr("points"), numeric=True)
            if time_field:
                require_field(points, time_field, self.tr("points"))

        rings, aoi_geometry = self._aoi_rings(aoi, crs, context, feedback)
        grid = run_core(feedback, gridmod.build_grid, rings, size, kind, origin, max_cells,
                        feedback_monitor(feedback, 0, 10))
        feedback.pushInfo(self.tr("{} {} cells of {:g} m in {}.").format(len(grid), kind, size, crs.authid()))

        point_xy = point_values = point_times = None
        if points is not None:
            fields = [f for f in (value_field, time_field) if f]
            table = read_points(points, crs, context, feedback, fields=fields, label=self.tr("points"), explode=True)
            if len(table) == 0:
                raise QgsProcessingException(self.tr("No point has a usable geometry."))
            point_xy = table.xy
            if value_field:
                point_values = table.numeric(value_field, default=math.nan)
            if time_field:
                point_times = run_core(feedback, trend.parse_times,
                                       [to_python_time(v) for v in table.attributes[time_field]])
        feedback.setProgress(20)
        raster_values = None
        if raster is not None:
            raster_values = self._raster_means(raster, band, grid, crs, context, feedback)
        result = run_core(
            feedback, hs.analyse_grid, grid, point_xy, point_values, aggregation, point_times, period,
            raster_values, self.parameterAsBool(parameters, "FILL_EMPTY", context), neighbourhood, distance,
            self.parameterAsInt(parameters, "K", context), self.parameterAsBool(parameters, "FDR", context),
            self.parameterAsDouble(parameters, "ALPHA", context),
            self.parameterAsDouble(parameters, "TOP_PERCENT", context), 8, feedback_monitor(feedback, 30, 70),
        )
        for message in result["warnings"]:
            feedback.reportError(self.tr("Warning: {}").format(translate_note(message)), False)

        outputs = self._write(parameters, context, feedback, grid, crs, result, aoi_geometry)
        report = hs.summary(result, grid.codes)
        report = dict(
            {
                "algorithm": "ecosupervision:hotspotgrid",
                "crs": crs.authid(),
                "grid_type": kind,
                "cell_size_m": size,
                "origin": list(origin),
                "aggregation": aggregation,
                "neighbourhood": neighbourhood,
                "distance_m": distance if neighbourhood == hs.DISTANCE else None,
                "fdr": self.parameterAsBool(parameters, "FDR", context),
                "points_inside": result.get("points_inside"),
                "points_outside": result.get("points_outside"),
                "warnings": result["warnings"],
            },
            **report,
        )
        report["runtime_s"] = clock.seconds()
        outputs["REPORT"] = write_report(self.parameterAsFileOutput(parameters, "REPORT", context), report,
                                         self.tr("Hotspot supervision grid"))
        feedback.setProgress(100)
        return outputs

    def _fields(self, result):
        fields = QgsFields()
        for name, kind in (
            ("cell_code", QVariant.String), ("col", QVariant.Int), ("row", QVariant.Int),
            ("value", QVariant.Double), ("n_obs", QVariant.Int), ("filled", QVariant.Int),
        ):
            fields.append(QgsField(name, kind))
        if "raster_mean" in result:
            fields.append(QgsField("raster_mean", QVariant.Double))
        for name, kind in (
            ("gi_z", QVariant.Double), ("gi_p", QVariant.Double), ("gi_bin", QVariant.Int),
            ("fdr_sig", QVariant.Int), ("rank", QVariant.Int), ("percentile", QVariant.Double),
            ("hotspot", QVariant.Int),
        ):
            fields.append(QgsField(name, kind))
        if "ehs_code" in result:
            for name, kind in (
                ("n_periods", QVariant.Int), ("mk_s", QVariant.Double), ("mk_z", QVariant.Double),
                ("mk_p", QVariant.Double), ("trend", QVariant.String), ("ehs_code", QVariant.Int),
                ("ehs_category", QVariant.String),
            ):
                fields.append(QgsField(name, kind))
        return fields

    def _write(self, parameters, context, feedback, grid, crs, result, aoi_geometry):
        fields = self._fields(result)
        sink, self.dest_output = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Polygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        clip = self.parameterAsBool(parameters, "CLIP", context)
        engine = None
        if clip:
            engine = QgsGeometry.createGeometryEngine(aoi_geometry.constGet())
            engine.prepareGeometry()
        n = len(grid)
        codes = grid.codes
        wkb = polygon_wkbs(grid.vertices())

        def num(array, c):
            value = float(array[c])
            return value if math.isfinite(value) else None

        has_raster = "raster_mean" in result
        has_trend = "ehs_code" in result
        batch = []
        for c in range(n):
            if c % 5000 == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Canceled by the user."))
                feedback.setProgress(70 + 25 * c / max(n, 1))
            geometry = QgsGeometry()
            geometry.fromWkb(wkb[c].tobytes())
            if engine is not None and not engine.contains(geometry.constGet()):
                geometry = geometry.intersection(aoi_geometry)
            attrs = [str(codes[c]), int(grid.i[c]), int(grid.j[c]), num(result["value"], c), int(result["n_obs"][c]),
                     int(result["filled"][c])]
            if has_raster:
                attrs.append(num(result["raster_mean"], c))
            z = num(result["gi_z"], c)
            attrs += [z, num(result["gi_p"], c), int(result["gi_bin"][c]), int(result["fdr_sig"][c]),
                      int(result["rank"][c]) or None, num(result["percentile"], c), int(result["hotspot"][c])]
            if has_trend:
                mk_p, mk_z = float(result["mk_p"][c]), float(result["mk_z"][c])
                direction = "increasing" if mk_p < 0.05 and mk_z > 0 else (
                    "decreasing" if mk_p < 0.05 and mk_z < 0 else "no trend")
                attrs += [int(result["mk_n"][c]), float(result["mk_s"][c]), mk_z, mk_p, direction,
                          int(result["ehs_code"][c]), str(result["ehs_category"][c])]
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes(attrs)
            batch.append(feature)
            if len(batch) >= 5000:
                sink.addFeatures(batch, QgsFeatureSink.FastInsert)
                batch = []
        if batch:
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
        outputs = {"OUTPUT": self.dest_output}
        self.dest_periods = None
        if has_trend and parameters.get("PERIOD_OUTPUT") not in (None, ""):
            outputs["PERIOD_OUTPUT"] = self._write_periods(parameters, context, feedback, grid, crs, result, wkb)
        return outputs

    def _write_periods(self, parameters, context, feedback, grid, crs, result, wkb):
        fields = QgsFields()
        for name, kind in (
            ("cell_code", QVariant.String), ("period", QVariant.String), ("period_no", QVariant.Int),
            ("value", QVariant.Double), ("n_obs", QVariant.Int), ("gi_z", QVariant.Double),
            ("gi_p", QVariant.Double), ("gi_bin", QVariant.Int),
        ):
            fields.append(QgsField(name, kind))
        sink, self.dest_periods = self.parameterAsSink(
            parameters, "PERIOD_OUTPUT", context, fields, QgsWkbTypes.Polygon, crs
        )
        if sink is None:
            return None
        labels = result["period_labels"]
        values, zs = result["period_value"], result["period_z"]
        rows, cols = np.nonzero(np.isfinite(values) | np.isfinite(zs))
        batch = []
        for n, (c, t) in enumerate(zip(rows.tolist(), cols.tolist())):
            if n % 5000 == 0 and feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled by the user."))
            geometry = QgsGeometry()
            geometry.fromWkb(wkb[c].tobytes())
            z = float(zs[c, t])
            p = float(result["period_p"][c, t])
            v = float(values[c, t])
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes([
                str(grid.codes[c]), labels[t], t, v if math.isfinite(v) else None,
                int(result["period_n_obs"][c, t]), z if math.isfinite(z) else None,
                p if math.isfinite(p) else None, int(result["period_bin"][c, t]),
            ])
            batch.append(feature)
            if len(batch) >= 5000:
                sink.addFeatures(batch, QgsFeatureSink.FastInsert)
                batch = []
        if batch:
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
        return self.dest_periods

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 (QGIS API)
        style_output(context, getattr(self, "dest_output", None), "hotspot_gi_bin.qml")
        style_output(context, getattr(self, "dest_periods", None), "hotspot_gi_bin.qml")
        return {}
