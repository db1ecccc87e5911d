"""ecosupervision:riverinterpolation — section water quality carried along the river network, GB 3838 classes.

Parameters, reading, the core plan (core/river/plan.py), writing, styles. The river layer's
parameters and reading are shared with the other river algorithms (qgis_io/rivers.py).
"""

import math

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..eco_supervision_plugin.core.river.classes import gb3838_items
from ..eco_supervision_plugin.core.river.decay import parse_rates
from ..eco_supervision_plugin.core.river.interpolation import METHODS
from ..eco_supervision_plugin.core.river.plan import RiverOptions, SectionInput, plan_river_interpolation
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, style_output, translate_note
from .qgis_io import river_kriging as kio
from .qgis_io import rivers as river_io
from .qgis_io.feature_writer import write_features
from .qgis_io.parameters import field_names, metres_parameter
from .qgis_io.read import read_points, require_features, require_field
from .reports.note import write_note
from .reports.river_interpolation import river_note, segments_map

WATER_BODIES = ["river", "lake"]
NUMERIC = QgsProcessingParameterField.Numeric


class RiverInterpolationAlgorithm(EcoAlgorithm):
    ALG_ID = "riverinterpolation"
    GROUP = "water"

    SECTIONS = "SECTIONS"
    SECTION_ID_FIELD = "SECTION_ID_FIELD"
    PARAMETERS = "PARAMETERS"
    ALLOW_OTHER_PARAMETERS = "ALLOW_OTHER_PARAMETERS"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    METHOD = "METHOD"
    DECAY_RATES = "DECAY_RATES"
    CALIBRATE_DECAY = "CALIBRATE_DECAY"
    IDW_POWER = "IDW_POWER"
    COVARIATES = "COVARIATES"
    REML = "REML"
    SEGMENT_LENGTH = "SEGMENT_LENGTH"
    WATER_BODY = "WATER_BODY"
    TARGET_CLASS = "TARGET_CLASS"
    OUTPUT = "OUTPUT"
    SECTIONS_OUTPUT = "SECTIONS_OUTPUT"

    def displayName(self):
        return self.tr("River water quality along the network (GB 3838)")

    def shortHelpString(self):
        return self.tr(
            "Carries water-quality measurements at river sections along every reach of the river network, "
            "cut into segments, and classifies each segment by GB 3838-2002 Table 1 (single-factor rule: the "
            "worst item sets the class).\n\n"
            "Methods:\n"
            "• Decay model (HJ 2.3-2018, one-dimensional steady state): C = C0·exp(−K·x/(86400·u)), K in 1/d, "
            "x in m, u in m/s. Sections set the concentration at their position; it decays downstream; "
            "branches mix completely at confluences by discharge, outfalls mix in completely at their "
            "position: C = (Q·C + q·Co)/(Q + q). K per parameter from Decay rates, or calibrated per reach "
            "from consecutive sections. Upstream of the first section of a branch the values are "
            "back-calculated from the section below.\n"
            "• Flow-connected IDW: only sections hydrologically connected to a point (upstream or downstream "
            "of it) inform it, weighted by 1/distance^power along the river; two tributaries inform each "
            "other only through what flows downstream.\n"
            "• Stream-network kriging: a mixture of tail-up (flow-connected, branch weights from discharge or "
            "watershed area), tail-down (also unconnected branches) and Euclidean covariances and a nugget, "
            "fitted by ML or REML with covariates as a linear trend; the model is chosen among the components "
            "switched on or off by AIC or leave-one-out error. Each segment gets its standard error, P_EXCEED "
            "(the probability of being worse than the target class; for DO: lower than its limit) and its most "
            "probable class; reaches and functional zones get their mean with its standard error.\n\n"
            "Every method is cross-validated (leave-one-out) at the sections, side by side with straight-line "
            "IDW (the formula of QGIS's IDW interpolation), in the report.\n\n"
            "Parameters: Rivers are lines digitised in flow direction (Reverse field marks lines drawn against "
            "it; an elevation field corrects lines whose upstream neighbours are lower than their downstream "
            "ones; with elevations at both ends, lines whose end is higher than their start are reversed). "
            "Line ends closer than the node tolerance are joined. Separate networks are reported and "
            "interpolated separately; nothing crosses between them. Loops are cut and braids reported. "
            "Sections farther than the snapping tolerance from any river are listed and left out. Parameter "
            "fields are mapped to GB 3838 items by name (CODMn, NH3N, TP, DO, 氨氮, ...); null or negative "
            "values are excluded with a warning. Water body: lakes and reservoirs have stricter TP limits. "
            "Target class: items worse than it are listed with their exceedance multiple (C − Cs)/Cs (for DO "
            "the deficit (Cs − C)/Cs).\n\n"
            "Outputs: segments with the value, class and (kriging) standard error per parameter, the overall "
            "class, the items over target and the distance to the nearest section upstream and downstream; "
            "sections with their measured class and leave-one-out prediction and error; a report with the "
            "river length per class and the cross-validation errors."
        )

    def initAlgorithm(self, config=None):
        tr, add = self.tr, self.add_parameter
        river_io.add_river_parameters(self, weight=True)
        add(QgsProcessingParameterFeatureSource(self.SECTIONS, tr("Monitoring sections"),
                                                [QgsProcessing.TypeVectorPoint]), tr("Monitoring sections (points)."))
        add(QgsProcessingParameterField(self.SECTION_ID_FIELD, tr("Section name field"),
                                        parentLayerParameterName=self.SECTIONS, optional=True),
            tr("Section name/id field (for lists in the report)."))
        add(QgsProcessingParameterField(self.PARAMETERS, tr("Parameters to interpolate"),
                                        parentLayerParameterName=self.SECTIONS, type=NUMERIC, allowMultiple=True),
            tr("Parameters to interpolate (numeric fields named after GB 3838 items)"))
        add(QgsProcessingParameterBoolean(self.ALLOW_OTHER_PARAMETERS, tr("Allow fields that are not GB 3838 items"),
                                          False),
            tr("Also interpolate fields that are not GB 3838 items (e.g. water temperature; no class)"))
        add(metres_parameter(self.SNAP_TOLERANCE, tr("Snapping tolerance"), 200.0, minimum=0.0),
            tr("Snapping tolerance (m): sections farther from any river are left out"), advanced=True)
        river_io.add_outfall_parameters(self)
        add(QgsProcessingParameterEnum(self.METHOD, tr("Interpolation method"), [
            tr("Decay model (HJ 2.3-2018)"), tr("Flow-connected inverse distance weighting"),
            tr("Stream-network kriging")], defaultValue=0), tr("Interpolation method"))
        add(QgsProcessingParameterString(self.DECAY_RATES, tr("Decay rates K (1/day)"), "", optional=True),
            tr("Decay rates K (1/day), e.g. CODMn=0.2; NH3N=0.15; TP=0.05"))
        add(QgsProcessingParameterBoolean(self.CALIBRATE_DECAY, tr("Calibrate K per reach"), True),
            tr("Calibrate K per reach from consecutive sections (decay rates apply elsewhere)"))
        add(QgsProcessingParameterNumber(self.IDW_POWER, tr("IDW distance power"), QgsProcessingParameterNumber.Double,
                                         2.0, minValue=0.1, maxValue=10.0),
            tr("IDW distance power (flow-connected IDW)"), advanced=True)
        add(QgsProcessingParameterField(self.COVARIATES, tr("Kriging covariates"),
                                        parentLayerParameterName=self.SECTIONS, type=NUMERIC, allowMultiple=True,
                                        optional=True),
            tr("Kriging covariates (numeric section fields; the same field on the rivers gives segment values)"),
            advanced=True)
        add(QgsProcessingParameterBoolean(self.REML, tr("Fit kriging by REML"), False),
            tr("Fit kriging by restricted maximum likelihood (REML); the same as Estimation = REML"), advanced=True)
        kio.add_kriging_parameters(self)
        add(metres_parameter(self.SEGMENT_LENGTH, tr("Segment length"), 500.0, minimum=1.0),
            tr("Segment length (m): each reach is cut into output segments of this length"))
        add(QgsProcessingParameterEnum(self.WATER_BODY, tr("Water body"), [tr("River"), tr("Lake or reservoir")],
                                       defaultValue=0), tr("Water body (TP limits differ)"))
        add(river_io.target_class_parameter(self.TARGET_CLASS),
            tr("Target class (GB 3838)"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("River segments with water quality"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SECTIONS_OUTPUT, tr("Sections with cross-validation"), QgsProcessing.TypeVectorPoint,
            optional=True, createByDefault=True))
        self.add_report_parameter()

    def checkParameterValues(self, parameters, context):
        """Missing parameter fields and out-of-range or non-finite numbers get a message a planner can act on."""
        if not parameters.get(self.PARAMETERS):
            return False, self.tr("Choose at least one parameter field to interpolate (e.g. CODMn, NH3N, TP).")
        checks = (
            (self.SEGMENT_LENGTH, self.tr("Segment length must be greater than 0 metres (got {})."),
             lambda v: v > 0),
            (self.SNAP_TOLERANCE, self.tr("The snapping tolerance cannot be negative (got {} metres)."),
             lambda v: v >= 0),
            (self.IDW_POWER, self.tr("The IDW distance power must be between 0.1 and 10 (got {})."),
             lambda v: 0.1 <= v <= 10.0),
        ) + tuple(river_io.river_number_checks(self))
        return self.check_number_ranges(parameters, context, checks)

    # -- reading --------------------------------------------------------------------------------------

    def _options(self, parameters, context):
        value = self.parameterAsString(parameters, self.DECAY_RATES, context)
        return RiverOptions(
            method=METHODS[self.parameterAsEnum(parameters, self.METHOD, context)],
            rates=run_core(None, parse_rates, value), calibrate=self.parameterAsBool(parameters, self.CALIBRATE_DECAY,
                                                                                     context),
            power=self.parameterAsDouble(parameters, self.IDW_POWER, context),
            reml=self.parameterAsBool(parameters, self.REML, context),
            segment_length=self.parameterAsDouble(parameters, self.SEGMENT_LENGTH, context),
            snap_tolerance=self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context),
            water_body=WATER_BODIES[self.parameterAsEnum(parameters, self.WATER_BODY, context)],
            target_class=self.parameterAsEnum(parameters, self.TARGET_CLASS, context) + 1,
            allow_other=self.parameterAsBool(parameters, self.ALLOW_OTHER_PARAMETERS, context),
            network=river_io.network_options(self, parameters, context),
            kriging=run_core(None, kio.kriging_spec, self, parameters, context,
                             self.parameterAsBool(parameters, self.REML, context)),
            reach_blocks=kio.wants(parameters, kio.REACHES_OUTPUT))

    def _sections(self, parameters, context, feedback, crs, names, covariates, allow_other):
        source = self.parameterAsSource(parameters, self.SECTIONS, context)
        label = self.tr("Sections")
        run_core(feedback, gb3838_items, names, allow_other)  # unknown names first: they say what is understood
        for name in names:
            require_field(source, name, label, numeric=True)
        id_field = self.parameterAsString(parameters, self.SECTION_ID_FIELD, context)
        fields = list(dict.fromkeys(list(names) + covariates + ([id_field] if id_field else [])))
        sec = read_points(source, crs, context, feedback, fields=fields, label=label, keep_geometry=False)
        if len(sec) == 0:
            raise QgsProcessingException(self.tr("No section has a usable point geometry."))
        labels = [str(v) for v in sec.attributes[id_field]] if id_field else ["fid {}".format(f) for f in sec.fids]
        return SectionInput(sec.xy, sec.fids, labels, list(names), [sec.numeric(n, default=math.nan) for n in names],
                            covariates, [sec.numeric(c, default=math.nan) for c in covariates])

    # -- the run --------------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        watch = Stopwatch()
        sections = self.parameterAsSource(parameters, self.SECTIONS, context)
        require_features(sections, self.tr("Sections"))
        names = field_names(self, parameters, self.PARAMETERS, context)
        if not names:
            raise QgsProcessingException(self.tr("Choose at least one parameter field to interpolate."))
        options = self._options(parameters, context)
        covariates = field_names(self, parameters, self.COVARIATES, context) or []
        lines, crs = river_io.read_river_lines(self, parameters, context, feedback, extra_fields=covariates)
        section_input = self._sections(parameters, context, feedback, crs, names, covariates, options.allow_other)
        outfalls = river_io.read_outfalls(self, parameters, context, feedback, crs, names)
        options.zones, zone_geometries = kio.read_zones(self, parameters, context, feedback, crs)
        plan = run_core(feedback, plan_river_interpolation, lines, section_input, options, outfalls,
                        feedback_monitor(feedback, 0, 85))
        for note in plan.warnings:
            feedback.pushWarning(translate_note(note))
        for note in plan.infos:
            feedback.pushInfo(translate_note(note))
        net = plan.system.net
        segs = list(plan.segment_rows())
        seg_geoms, seg_rows = [kio.line(xy) for xy, _ in segs], [a for _, a in segs]
        self.dest_output = write_features(self, parameters, self.OUTPUT, context, feedback, plan.segment_schema(),
                                          QgsWkbTypes.LineString, crs, seg_geoms, seg_rows)
        feedback.setProgress(92)
        secs = list(plan.section_rows())
        self.dest_sections = write_features(self, parameters, self.SECTIONS_OUTPUT, context, feedback,
                                            plan.section_schema(), QgsWkbTypes.Point, crs,
                                            [kio.point(xy) for xy, _ in secs], [a for _, a in secs], optional=True)
        blocks = kio.write_blocks(self, parameters, context, feedback, plan, crs, zone_geometries,
                                  lambda r: kio.line(net.reach_xy[int(r)]))
        note = river_note(plan.report(crs.authid(), watch.seconds(), translate=translate_note))
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report_path and not report_path.lower().endswith(".json"):
            note.image = segments_map(plan.segment_schema(), seg_geoms, seg_rows, crs, note.title)
        report_path = write_note(report_path, note)
        feedback.setProgress(100)
        return dict({self.OUTPUT: self.dest_output, self.SECTIONS_OUTPUT: self.dest_sections, "REPORT": report_path},
                    **blocks)

    def postProcessAlgorithm(self, context, feedback):
        style_output(context, getattr(self, "dest_output", None), "river_segments.qml")
        style_output(context, getattr(self, "dest_sections", None), "river_sections.qml")
        return {}
