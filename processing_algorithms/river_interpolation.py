"""ecosupervision:riverinterpolation — section water quality carried along the river network, GB 3838 classes."""

import math

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..eco_supervision_plugin.core import river_models as rmod
from ..eco_supervision_plugin.core import river_network as rnet
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, style_output, translate_note, write_report
from .layers import metric_crs, read_lines, read_points, require_features, require_field
from .qgis_io.parsers import is_truthy

METHOD_KEYS = ["decay", "idw", "kriging"]
WATER_BODIES = ["river", "lake"]
CLASS_NAMES = ["I", "II", "III", "IV", "V"]


def _gb3838():
    from ..eco_supervision_plugin.standards import gb3838

    return gb3838


def _num(value):
    try:
        v = float(value)
    except (TypeError, ValueError):
        return math.nan
    return v


def classify_values(item, values, water_body, target_class):
    """Classes (0 = no value) and exceedance multiples over the target class for an array."""
    gb = _gb3838()
    cls = gb.classify_array(item, values, water_body).astype(int)
    v = np.asarray(values, dtype=float)
    over = cls > target_class
    mult = np.zeros(len(v))
    if item == "pH":
        mult[over] = np.nan
    else:
        lim = gb.limit(item, target_class, water_body)
        if gb.ITEMS[item]["higher_is_better"]:
            mult[over] = (lim - v[over]) / lim  # deficit below the DO limit
        else:
            mult[over] = (v[over] - lim) / lim
    return cls, mult, over


class RiverInterpolationAlgorithm(EcoAlgorithm):
    ALG_ID = "riverinterpolation"

    RIVERS = "RIVERS"
    REVERSE_FIELD = "REVERSE_FIELD"
    ELEVATION_FIELD = "ELEVATION_FIELD"
    ELEVATION_END_FIELD = "ELEVATION_END_FIELD"
    DISCHARGE_FIELD = "DISCHARGE_FIELD"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    VELOCITY_FIELD = "VELOCITY_FIELD"
    VELOCITY = "VELOCITY"
    NODE_TOLERANCE = "NODE_TOLERANCE"
    SECTIONS = "SECTIONS"
    SECTION_ID_FIELD = "SECTION_ID_FIELD"
    PARAMETERS = "PARAMETERS"
    ALLOW_OTHER_PARAMETERS = "ALLOW_OTHER_PARAMETERS"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    OUTFALLS = "OUTFALLS"
    OUTFALL_FLOW_FIELD = "OUTFALL_FLOW_FIELD"
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

    def displayName(self):  # noqa: N802
        return self.tr("River water quality along the network (GB 3838)")

    def group(self):
        return self.tr("Water environment")

    def groupId(self):  # noqa: N802
        return "water"

    def shortHelpString(self):  # noqa: N802
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
            "• Stream-network kriging: tail-up exponential covariance on flow-connected distance with branch "
            "weights from discharge or watershed area and a nugget, fitted by maximum likelihood (or REML), "
            "with covariates as a linear trend; the prediction comes with its standard error.\n\n"
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

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RIVERS, self.tr("Rivers (lines digitised in flow direction)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterField(
            self.REVERSE_FIELD, self.tr("Reverse field (true/1 where a line is drawn against the flow)"),
            parentLayerParameterName=self.RIVERS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ELEVATION_FIELD,
            self.tr("Elevation field (mean elevation of each line, or at its first vertex with the next field; "
                    "corrects direction)"),
            parentLayerParameterName=self.RIVERS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ELEVATION_END_FIELD,
            self.tr("Elevation field at the last vertex (lines whose end is higher than their start are reversed)"),
            parentLayerParameterName=self.RIVERS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DISCHARGE_FIELD, self.tr("Discharge field (m³/s; mixing at confluences and outfalls)"),
            parentLayerParameterName=self.RIVERS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.WEIGHT_FIELD,
            self.tr("Branch weight field for kriging (discharge or watershed area; default: discharge)"),
            parentLayerParameterName=self.RIVERS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.VELOCITY_FIELD, self.tr("Velocity field (m/s)"),
            parentLayerParameterName=self.RIVERS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.VELOCITY, self.tr("Default flow velocity (m/s) where the velocity field is empty"),
            QgsProcessingParameterNumber.Double, 0.3, minValue=1e-6))
        self.addParameter(QgsProcessingParameterDistance(
            self.NODE_TOLERANCE, self.tr("Node tolerance: line ends closer than this are joined"),
            1.0, self.RIVERS, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SECTIONS, self.tr("Monitoring sections (points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.SECTION_ID_FIELD, self.tr("Section name/id field (for lists in the report)"),
            parentLayerParameterName=self.SECTIONS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.PARAMETERS, self.tr("Parameters to interpolate (numeric fields named after GB 3838 items)"),
            parentLayerParameterName=self.SECTIONS, type=QgsProcessingParameterField.Numeric,
            allowMultiple=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ALLOW_OTHER_PARAMETERS,
            self.tr("Also interpolate fields that are not GB 3838 items (e.g. water temperature; no class)"),
            False))
        self.addParameter(QgsProcessingParameterDistance(
            self.SNAP_TOLERANCE, self.tr("Snapping tolerance: sections farther from any river are left out"),
            200.0, self.RIVERS, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OUTFALLS, self.tr("Outfalls (points with flow and concentrations; decay model)"),
            [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.OUTFALL_FLOW_FIELD, self.tr("Outfall flow field (m³/s)"), "flow_m3s",
            parentLayerParameterName=self.OUTFALLS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Interpolation method"),
            [self.tr("Decay model (HJ 2.3-2018)"), self.tr("Flow-connected inverse distance weighting"),
             self.tr("Stream-network kriging (tail-up)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.DECAY_RATES, self.tr("Decay rates K (1/day), e.g. CODMn=0.2; NH3N=0.15; TP=0.05"),
            "", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CALIBRATE_DECAY,
            self.tr("Calibrate K per reach from consecutive sections (decay rates apply elsewhere)"), True))
        self.addParameter(QgsProcessingParameterNumber(
            self.IDW_POWER, self.tr("IDW distance power (flow-connected IDW)"), QgsProcessingParameterNumber.Double,
            2.0,
            minValue=0.1, maxValue=10.0))
        self.addParameter(QgsProcessingParameterField(
            self.COVARIATES,
            self.tr("Kriging covariates (numeric section fields; the same field on the rivers gives segment "
                    "values)"),
            parentLayerParameterName=self.SECTIONS, type=QgsProcessingParameterField.Numeric,
            allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.REML, self.tr("Fit kriging by restricted maximum likelihood (REML)"), False))
        self.addParameter(QgsProcessingParameterDistance(
            self.SEGMENT_LENGTH, self.tr("Segment length (each reach is cut into output segments of this length)"),
            500.0, self.RIVERS, minValue=1.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.WATER_BODY, self.tr("Water body (TP limits differ)"),
            [self.tr("River"), self.tr("Lake or reservoir")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.TARGET_CLASS, self.tr("Target class (GB 3838)"), CLASS_NAMES, defaultValue=2))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("River segments with water quality"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SECTIONS_OUTPUT, self.tr("Sections with cross-validation"), QgsProcessing.TypeVectorPoint))
        self.add_report_parameter()

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Missing parameter fields and out-of-range numbers get a message a planner can act on."""
        if not parameters.get(self.PARAMETERS):
            return False, self.tr("Choose at least one parameter field to interpolate (e.g. CODMn, NH3N, TP).")
        checks = (
            (self.SEGMENT_LENGTH, self.tr("Segment length must be greater than 0 metres (got {})."),
             lambda v: v > 0),
            (self.SNAP_TOLERANCE, self.tr("The snapping tolerance cannot be negative (got {} metres)."),
             lambda v: v >= 0),
            (self.NODE_TOLERANCE, self.tr("The node tolerance cannot be negative (got {} metres)."),
             lambda v: v >= 0),
            (self.VELOCITY, self.tr("The default flow velocity must be greater than 0 m/s (got {})."),
             lambda v: v > 0),
        )
        return self.check_number_ranges(parameters, context, checks)

    # -------------------------------------------------------------------------------------------------

    def _items(self, names, allow_other):
        gb = _gb3838()
        items = []
        unknown = []
        for name in names:
            code = gb.normalise_item(name)
            if code is None and not allow_other:
                unknown.append(name)
            items.append(code)
        if unknown:
            raise QgsProcessingException(
                self.tr("These fields are not GB 3838 items: {}. Understood names: {}. Tick 'Also interpolate "
                        "fields that are not GB 3838 items' to interpolate them without a class.").format(
                    ", ".join(unknown), gb.UNDERSTOOD_NAMES))
        return items

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        watch = Stopwatch()
        rivers = self.parameterAsSource(parameters, self.RIVERS, context)
        sections = self.parameterAsSource(parameters, self.SECTIONS, context)
        require_features(rivers, self.tr("Rivers"))
        require_features(sections, self.tr("Sections"))
        names = self.parameterAsFields(parameters, self.PARAMETERS, context)
        if not names:
            raise QgsProcessingException(self.tr("Choose at least one parameter field to interpolate."))
        allow_other = self.parameterAsBool(parameters, self.ALLOW_OTHER_PARAMETERS, context)
        items = self._items(names, allow_other)
        for name in names:
            require_field(sections, name, self.tr("Sections"), numeric=True)
        method = METHOD_KEYS[self.parameterAsEnum(parameters, self.METHOD, context)]
        water_body = WATER_BODIES[self.parameterAsEnum(parameters, self.WATER_BODY, context)]
        target = self.parameterAsEnum(parameters, self.TARGET_CLASS, context) + 1
        try:
            rates = rmod.parse_rates(self.parameterAsString(parameters, self.DECAY_RATES, context))
        except ValueError as error:
            raise QgsProcessingException(translate_note(error)) from None
        gb = _gb3838()
        rates_by_name = {}
        for name, code in zip(names, items):
            for key, k in rates.items():
                if key == name or (code is not None and gb.normalise_item(key) == code):
                    rates_by_name[name] = k
        unused = [k for k in rates if not any(k == n or (gb.normalise_item(k) or "#") in items for n in names)]
        if unused:
            feedback.reportError(self.tr("Decay rates given for fields that are not interpolated: {}").format(
                ", ".join(unused)), False)
        crs = metric_crs(rivers, context, feedback)

        # -- rivers ------------------------------------------------------------------------------
        field_args = {}
        for key in (self.REVERSE_FIELD, self.ELEVATION_FIELD, self.ELEVATION_END_FIELD, self.DISCHARGE_FIELD,
                    self.WEIGHT_FIELD, self.VELOCITY_FIELD):
            value = self.parameterAsString(parameters, key, context)
            if value:
                require_field(rivers, value, self.tr("Rivers"), numeric=key != self.REVERSE_FIELD)
                field_args[key] = value
        covariates = self.parameterAsFields(parameters, self.COVARIATES, context) or []
        river_cov = [c for c in covariates if rivers.fields().lookupField(c) >= 0]
        fields = sorted(set(field_args.values()) | set(river_cov))
        parts, owner, table = read_lines(rivers, crs, context, feedback, fields=fields, label=self.tr("Rivers"))
        if not parts:
            raise QgsProcessingException(self.tr("The river layer has no usable lines."))

        def per_part(key, default=math.nan):
            name = field_args.get(key)
            if not name:
                return None
            arr = np.array([_num(v) for v in table.attributes[name]], dtype=float)
            arr[~np.isfinite(arr)] = default
            return arr[owner]

        reverse = None
        if self.REVERSE_FIELD in field_args:
            reverse = np.array([is_truthy(v) for v in table.attributes[field_args[self.REVERSE_FIELD]]])[owner]
        elevation = per_part(self.ELEVATION_FIELD)
        elevation_end = per_part(self.ELEVATION_END_FIELD)
        if elevation_end is not None and elevation is None:
            raise QgsProcessingException(self.tr("The elevation field at the last vertex needs the elevation field "
                                                 "(at the first vertex) as well."))
        discharge = per_part(self.DISCHARGE_FIELD)
        weight = per_part(self.WEIGHT_FIELD)
        if weight is None:
            weight = discharge
        default_u = self.parameterAsDouble(parameters, self.VELOCITY, context)
        velocity = per_part(self.VELOCITY_FIELD, default_u)
        if velocity is None:
            velocity = np.full(len(parts), default_u)
        velocity = np.where(velocity > 0, velocity, default_u)
        node_tol = self.parameterAsDouble(parameters, self.NODE_TOLERANCE, context)
        net = run_core(feedback, rnet.build_network, parts, reverse, elevation, weight, node_tol,
                       feedback_monitor(feedback, 0, 10), elevation_end)
        kept = net.kept_parts
        part_owner = owner[kept]
        if discharge is not None:
            discharge = discharge[kept]
        velocity = velocity[kept]
        for w in net.warnings:
            feedback.reportError(translate_note(w), False)
        if net.n_components > 1:
            feedback.pushInfo(self.tr("The rivers form {} separate networks; each is interpolated on its own.").format(
                net.n_components))

        # -- sections ------------------------------------------------------------------------------
        id_field = self.parameterAsString(parameters, self.SECTION_ID_FIELD, context)
        sec_fields = list(names) + [c for c in covariates if c not in names]
        if id_field:
            sec_fields.append(id_field)
        sec = read_points(sections, crs, context, feedback, fields=sec_fields, label=self.tr("Sections"),
                          keep_geometry=False)
        if len(sec) == 0:
            raise QgsProcessingException(self.tr("No section has a usable point geometry."))
        snap_tol = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        s_reach, s_pos, s_dist = rnet.snap_points(net, sec.xy, snap_tol)
        sec_label = [str(sec.attributes[id_field][i]) if id_field else "fid {}".format(sec.fids[i])
                     for i in range(len(sec))]
        too_far = [{"section": sec_label[i], "distance_m": round(float(s_dist[i]), 1)}
                   for i in np.nonzero(s_reach < 0)[0]]
        if too_far:
            feedback.reportError(self.tr("{} section(s) are farther than {} m from any river and were left out: {}")
                                 .format(len(too_far), snap_tol, ", ".join(r["section"] for r in too_far[:20])),
                                 False)
        on = np.nonzero(s_reach >= 0)[0]
        if len(on) == 0:
            raise QgsProcessingException(self.tr("No section lies within {} m of a river; increase the snapping "
                                                 "tolerance or check the layers' CRS.").format(snap_tol))
        values = np.column_stack([sec.numeric(n, default=math.nan) for n in names])
        sec_cov = None
        if covariates:
            sec_cov = np.column_stack([sec.numeric(c, default=math.nan) for c in covariates])[on]

        # -- outfalls ------------------------------------------------------------------------------
        outfalls = None
        out_source = self.parameterAsSource(parameters, self.OUTFALLS, context)
        if out_source is not None and out_source.featureCount() > 0:
            flow_field = self.parameterAsString(parameters, self.OUTFALL_FLOW_FIELD, context) or "flow_m3s"
            require_field(out_source, flow_field, self.tr("Outfalls"), numeric=True)
            present = [n for n in names if out_source.fields().lookupField(n) >= 0]
            of = read_points(out_source, crs, context, feedback, fields=[flow_field] + present,
                             label=self.tr("Outfalls"))
            o_reach, o_pos, _ = rnet.snap_points(net, of.xy, snap_tol)
            ok = o_reach >= 0
            if (~ok).any():
                feedback.reportError(self.tr("{} outfall(s) are farther than the snapping tolerance from any river "
                                             "and were ignored.").format(int((~ok).sum())), False)
            ovals = np.column_stack([of.numeric(n, default=math.nan) if n in present else np.full(len(of), np.nan)
                                     for n in names])
            outfalls = {"reach": o_reach[ok], "pos": o_pos[ok], "q": of.numeric(flow_field, default=math.nan)[ok],
                        "values": ovals[ok]}

        # -- segments and interpolation -----------------------------------------------------------
        seg_len = self.parameterAsDouble(parameters, self.SEGMENT_LENGTH, context)
        seg = run_core(feedback, rnet.segment_network, net, seg_len)
        seg_cov = None
        if covariates:
            seg_cov = np.full((len(seg["reach"]), len(covariates)), np.nan)
            for j, c in enumerate(covariates):
                if c in river_cov:
                    col = np.array([_num(v) for v in table.attributes[c]], dtype=float)[part_owner]
                    seg_cov[:, j] = col[seg["reach"]]
                else:
                    feedback.pushInfo(self.tr("Covariate {} is not a river field; its segment values are "
                                              "interpolated from the sections along the network.").format(c))
        loo_methods = ("decay", "idw", "kriging", "straight_idw")
        result = run_core(
            feedback, rmod.run_interpolation, net, seg["reach"], seg["mid"],
            {"reach": s_reach[on], "pos": s_pos[on], "xy": sec.xy[on], "values": values[on]}, list(names),
            method=method, rates=rates_by_name,
            calibrate=self.parameterAsBool(parameters, self.CALIBRATE_DECAY, context),
            velocity=velocity, discharge=discharge, outfalls=outfalls,
            power=self.parameterAsDouble(parameters, self.IDW_POWER, context),
            reml=self.parameterAsBool(parameters, self.REML, context), sec_cov=sec_cov, seg_cov=seg_cov,
            loo_methods=loo_methods, monitor=feedback_monitor(feedback, 10, 85))
        for w in result["warnings"]:
            feedback.reportError(translate_note(w), False)
        if method == "decay" and not rates_by_name and not self.parameterAsBool(parameters, self.CALIBRATE_DECAY,
                                                                                   context):
            feedback.reportError(self.tr("No decay rates given and calibration is off: K = 0 (mixing only)."),
                                 False)

        # -- classification -----------------------------------------------------------------------
        m = len(seg["reach"])
        seg_values = result["values"]
        seg_cls = np.zeros((m, len(names)), dtype=int)
        seg_mult = np.zeros((m, len(names)))
        seg_over = np.zeros((m, len(names)), dtype=bool)
        for p, code in enumerate(items):
            if code is None or not gb.applies(code, water_body):
                continue
            seg_cls[:, p], seg_mult[:, p], seg_over[:, p] = classify_values(code, seg_values[:, p], water_body,
                                                                             target)
        overall = seg_cls.max(axis=1) if len(names) else np.zeros(m, dtype=int)
        up, down = rnet.nearest_section_distances(net, seg["reach"], seg["mid"], s_reach[on], s_pos[on])
        seg_length = seg["end"] - seg["start"]

        # -- OUTPUT ---------------------------------------------------------------------------------
        out_fields = QgsFields()
        for fname, ftype in (("seg_id", QVariant.Int), ("reach_fid", QVariant.LongLong), ("network", QVariant.Int),
                             ("length_m", QVariant.Double)):
            out_fields.append(QgsField(fname, ftype))
        for name in names:
            out_fields.append(QgsField(name, QVariant.Double))
            out_fields.append(QgsField("{}_class".format(name), QVariant.Int))
            if method == "kriging":
                out_fields.append(QgsField("{}_se".format(name), QVariant.Double))
        for fname, ftype in (("class", QVariant.Int), ("class_label", QVariant.String),
                             ("over_target", QVariant.String), ("max_exceed", QVariant.Double),
                             ("dist_up_m", QVariant.Double), ("dist_down_m", QVariant.Double)):
            out_fields.append(QgsField(fname, ftype))
        sink, self.dest_output = self.parameterAsSink(parameters, self.OUTPUT, context, out_fields,
                                                      QgsWkbTypes.LineString, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        labels = {k: v[0] for k, v in gb.CLASS_LABELS.items()}
        total = max(m, 1)
        for i in range(m):
            if i % 2000 == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Canceled by the user."))
                feedback.setProgress(85 + 10 * i / total)
            r = int(seg["reach"][i])
            xy = rnet.cut_line(net.reach_xy[r], seg["start"][i], seg["end"][i])
            f = QgsFeature(out_fields)
            f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in xy]))
            attrs = [i + 1, int(table.fids[part_owner[r]]), int(net.component[r]) + 1, float(seg_length[i])]
            over_text = []
            for p, name in enumerate(names):
                v = seg_values[i, p]
                attrs.append(float(v) if np.isfinite(v) else None)
                attrs.append(int(seg_cls[i, p]) if seg_cls[i, p] > 0 else None)
                if method == "kriging":
                    s = result["se"][i, p]
                    attrs.append(float(s) if np.isfinite(s) else None)
                if seg_over[i, p]:
                    mult = seg_mult[i, p]
                    over_text.append("{}({})".format(name, "{:.2f}".format(mult) if np.isfinite(mult) else "-"))
            worst = int(overall[i])
            mx = seg_mult[i][seg_over[i]]
            mx = mx[np.isfinite(mx)]
            attrs += [worst if worst > 0 else None, labels.get(worst) if worst > 0 else None,
                      "; ".join(over_text) or None, float(mx.max()) if len(mx) else None,
                      float(up[i]) if np.isfinite(up[i]) else None,
                      float(down[i]) if np.isfinite(down[i]) else None]
            f.setAttributes(attrs)
            sink.addFeature(f, QgsFeatureSink.FastInsert)

        # -- SECTIONS_OUTPUT -------------------------------------------------------------------------
        loo = result["loo"][method]["pred"]
        loo_var = result["loo"][method]["var"]
        sf = QgsFields()
        for fname, ftype in (("section", QVariant.String), ("fid_in", QVariant.LongLong), ("snapped", QVariant.Int),
                             ("snap_dist_m", QVariant.Double), ("network", QVariant.Int)):
            sf.append(QgsField(fname, ftype))
        for name in names:
            sf.append(QgsField(name, QVariant.Double))
            sf.append(QgsField("{}_class".format(name), QVariant.Int))
            sf.append(QgsField("{}_loo".format(name), QVariant.Double))
            sf.append(QgsField("{}_err".format(name), QVariant.Double))
            if loo_var is not None:
                sf.append(QgsField("{}_loo_se".format(name), QVariant.Double))
        sf.append(QgsField("class", QVariant.Int))
        sf.append(QgsField("class_label", QVariant.String))
        ssink, self.dest_sections = self.parameterAsSink(parameters, self.SECTIONS_OUTPUT, context, sf,
                                                         QgsWkbTypes.Point, crs)
        if ssink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.SECTIONS_OUTPUT))
        clean = np.full(values.shape, np.nan)
        clean[on] = result["clean_values"]
        row_of = {int(k): j for j, k in enumerate(on)}
        sec_classes = []
        for i in range(len(sec)):
            f = QgsFeature(sf)
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(sec.xy[i, 0]), float(sec.xy[i, 1]))))
            j = row_of.get(i)
            attrs = [sec_label[i], int(sec.fids[i]), 1 if j is not None else 0, float(s_dist[i]),
                     int(net.component[s_reach[i]]) + 1 if j is not None else None]
            worst = 0
            for p in range(len(names)):
                v = clean[i, p]
                cls = 0
                if np.isfinite(v) and items[p] is not None and gb.applies(items[p], water_body):
                    cls = gb.classify(items[p], float(v), water_body)
                worst = max(worst, cls)
                pred = loo[j, p] if j is not None else np.nan
                attrs += [float(v) if np.isfinite(v) else None, cls or None,
                          float(pred) if np.isfinite(pred) else None,
                          float(pred - v) if np.isfinite(pred) and np.isfinite(v) else None]
                if loo_var is not None:
                    sv = loo_var[j, p] if j is not None else np.nan
                    attrs.append(float(math.sqrt(sv)) if np.isfinite(sv) else None)
            sec_classes.append(worst)
            attrs += [worst or None, labels.get(worst) if worst else None]
            f.setAttributes(attrs)
            ssink.addFeature(f, QgsFeatureSink.FastInsert)

        # -- REPORT -------------------------------------------------------------------------------------
        km = seg_length / 1000.0
        total_km = float(km.sum())

        def length_rows(cls_arr):
            rows = []
            for c in range(1, 7):
                sel = cls_arr == c
                rows.append({"class": labels[c], "length_km": round(float(km[sel].sum()), 3),
                             "percent": round(100.0 * float(km[sel].sum()) / total_km, 2) if total_km else 0.0})
            nodata = cls_arr == 0
            if nodata.any():
                rows.append({"class": self.tr("no value / not classified"),
                             "length_km": round(float(km[nodata].sum()), 3),
                             "percent": round(100.0 * float(km[nodata].sum()) / total_km, 2)})
            return rows

        meets = (overall > 0) & (overall <= target)
        report = {
            "algorithm": "ecosupervision:riverinterpolation",
            "standard": "GB 3838-2002 Table 1; HJ 2.3-2018 (decay model)",
            "method": method,
            "water_body": water_body,
            "target_class": labels[target],
            "parameters": [{"field": n, "gb3838_item": c} for n, c in zip(names, items)],
            "crs": crs.authid(),
            "river_length_km": round(total_km, 3),
            "segments": int(m),
            "segment_length_m": seg_len,
            "reaches": int(net.n_reaches),
            "networks": rnet.networks_summary(net, s_reach),
            "confluences": int(len(net.confluences)),
            "braids_or_splits": int(len(net.braid_nodes)),
            "loops_cut_at_reach_fid": [int(table.fids[part_owner[r]]) for r in net.loop_reaches],
            "lines_reversed_by_field": int(0 if reverse is None else reverse[kept].sum()),
            "lines_reversed_by_elevation": int(net.reversed_by_elevation.sum()),
            "sections_used": int(len(on)),
            "sections_too_far": too_far,
            "length_meeting_target_km": round(float(km[meets].sum()), 3),
            "length_meeting_target_percent": round(100.0 * float(km[meets].sum()) / total_km, 2) if total_km else 0,
            "length_per_class": length_rows(overall),
            "length_per_class_by_parameter": {
                n: length_rows(seg_cls[:, p]) for p, n in enumerate(names) if items[p] is not None},
            "section_classes": {labels[c]: int(sum(1 for s in sec_classes if s == c)) for c in range(1, 7)},
            "leave_one_out": result["stats"],
            "kriging_fit": result["kriging"],
            "warnings": net.warnings + result["warnings"] + [
                "{} section(s) too far from any river".format(len(too_far))] * bool(too_far),
            "runtime_s": watch.seconds(),
        }
        self.report = report
        report_path = write_report(self.parameterAsFileOutput(parameters, "REPORT", context), report,
                                   self.tr("River water quality along the network"))
        feedback.setProgress(100)
        return {self.OUTPUT: self.dest_output, self.SECTIONS_OUTPUT: self.dest_sections, "REPORT": report_path}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        style_output(context, getattr(self, "dest_output", None), "river_segments.qml")
        style_output(context, getattr(self, "dest_sections", None), "river_sections.qml")
        return {}
