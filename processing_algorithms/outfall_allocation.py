"""ecosupervision:outfallallocation — outfall contributions at checkpoints and allowable loads (issue 15).

Parameters, reading, the core plan (core/river/allocation.py), writing. The river and outfall
parameters are shared with the other river algorithms (qgis_io/rivers.py).
"""

import math

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..eco_supervision_plugin.core.river.allocation import (
    AllocationOptions,
    AllocationPlan,
    CheckpointInput,
    plan_outfall_allocation,
)
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, translate_note
from .qgis_io import rivers as river_io
from .qgis_io.parameters import metres_parameter, with_help
from .qgis_io.parsers import parse_key_values
from .qgis_io.read import read_points, require_features, require_field
from .qgis_io.sinks import fields_of
from .reports.note import write_note
from .reports.outfall_note import outfall_note

CLASS_NAMES = ["I", "II", "III", "IV", "V"]
NUMERIC = QgsProcessingParameterField.Numeric


class OutfallAllocationAlgorithm(EcoAlgorithm):
    ALG_ID = "outfallallocation"

    SECTIONS = "SECTIONS"
    SECTION_ID_FIELD = "SECTION_ID_FIELD"
    TARGET_CLASS_FIELD = "TARGET_CLASS_FIELD"
    TARGET_CLASS = "TARGET_CLASS"
    BACKGROUND = "BACKGROUND"
    OUTFALL_ID_FIELD = "OUTFALL_ID_FIELD"
    OUTFALL_MIN_FIELD = "OUTFALL_MIN_FIELD"
    OUTFALL_MAX_FIELD = "OUTFALL_MAX_FIELD"
    PARAMETERS = "PARAMETERS"
    DECAY_RATES = "DECAY_RATES"
    OBJECTIVE = "OBJECTIVE"
    SAFETY_MARGIN = "SAFETY_MARGIN"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    OUTPUT = "OUTPUT"
    CONTRIBUTIONS = "CONTRIBUTIONS"
    SEGMENTS = "SEGMENTS"

    def displayName(self):
        return self.tr("Outfall contributions and allowable loads")

    def group(self):
        return self.tr("Water environment")

    def groupId(self):
        return "water"

    def shortHelpString(self):
        return self.tr(
            "Which outfalls make a control section fail its GB 3838 class, and how much each outfall may "
            "discharge so that every checkpoint meets its target at the design flow (water environmental "
            "capacity, 纳污能力).\n\n"
            "The decay model of riverinterpolation (HJ 2.3-2018: first-order decay, complete mixing at "
            "confluences by discharge and at outfalls) is linear in the outfall loads: a response matrix "
            "gives each outfall's concentration at each checkpoint (decay along the travel time, dilution by "
            "the flows); today's concentrations are its sum plus the background from the network's sources.\n\n"
            "Allocation per parameter (linear programme, HiGHS) under concentration ≤ (1 − safety margin) × "
            "the limit of the target class at every checkpoint: maximise the total allowable load "
            "(capacity), or the smallest total reduction from today's loads, or one equal percentage "
            "reduction for every outfall. Outfalls with no checkpoint below are reported as unconstrained "
            "(their maximum if given). Infeasible means the background (and the minimum loads) alone already "
            "break a target: the report names the checkpoint and by how much.\n\n"
            "Loads are in t/a (flow m³/s × concentration mg/L = g/s; 1 g/s = 31.536 t/a). The discharge "
            "field is the design flow scenario (e.g. the 90 % guaranteed low flow).")

    def _add(self, parameter, help_text, advanced=False):
        self.addParameter(with_help(parameter, help_text, advanced))

    def initAlgorithm(self, config=None):
        tr, add = self.tr, self._add
        river_io.add_river_parameters(self)
        add(QgsProcessingParameterFeatureSource(self.SECTIONS, tr("Checkpoints"), [QgsProcessing.TypeVectorPoint]),
            tr("Control sections and intakes (points) whose target class must be met."))
        add(QgsProcessingParameterField(self.SECTION_ID_FIELD, tr("Checkpoint name field"),
                                        parentLayerParameterName=self.SECTIONS, optional=True),
            tr("Checkpoint name/id field (for the tables and the report)."))
        add(QgsProcessingParameterField(self.TARGET_CLASS_FIELD, tr("Target class field"),
                                        parentLayerParameterName=self.SECTIONS, optional=True),
            tr("Target class per checkpoint (I–V, 1–5 or Ⅲ类); empty values take the target class below."))
        add(QgsProcessingParameterEnum(self.TARGET_CLASS, tr("Target class (GB 3838)"), CLASS_NAMES, defaultValue=2),
            tr("Target class (GB 3838) of the checkpoints without a class field value."))
        river_io.add_outfall_parameters(self, optional=False)
        add(QgsProcessingParameterField(self.OUTFALL_ID_FIELD, tr("Outfall name field"),
                                        parentLayerParameterName=river_io.OUTFALLS, optional=True),
            tr("Outfall name/id field (for the tables and the report)."))
        for name, label, text in (
                (self.OUTFALL_MIN_FIELD, tr("Minimum load field (t/a)"),
                 tr("Load an outfall must keep (t/a), for every parameter, e.g. a plant that cannot stop.")),
                (self.OUTFALL_MAX_FIELD, tr("Maximum load field (t/a)"),
                 tr("Load cap by permit (t/a), for every parameter; also the allowable load of an outfall "
                    "with no checkpoint below."))):
            add(QgsProcessingParameterField(name, label, parentLayerParameterName=river_io.OUTFALLS, type=NUMERIC,
                                            optional=True), text)
        add(QgsProcessingParameterString(self.PARAMETERS, tr("Parameters"), "CODMn,NH3N,TP"),
            tr("GB 3838 items to allocate, comma separated; the outfall layer has a concentration field (mg/L) "
               "named like each."))
        add(QgsProcessingParameterString(self.DECAY_RATES, tr("Decay rates K (1/day)"),
                                         "CODMn=0.2; NH3N=0.15; TP=0.05"),
            tr("Decay rate K (1/day) for every parameter, e.g. CODMn=0.2; NH3N=0.15; TP=0.05 (0 for none)."))
        add(QgsProcessingParameterString(self.BACKGROUND, tr("Background at the sources (mg/L)"), "", optional=True),
            tr("Upstream background concentration at the network's sources per parameter, e.g. CODMn=2; "
               "NH3N=0.2 (default 0)."))
        add(QgsProcessingParameterEnum(self.OBJECTIVE, tr("Objective"), [
            tr("Maximise the total allowable load (capacity)"), tr("Smallest total reduction from today's loads"),
            tr("Equal percentage reduction")], defaultValue=0), tr("What the allocation optimises."))
        add(QgsProcessingParameterNumber(self.SAFETY_MARGIN, tr("Safety margin (%)"),
                                         QgsProcessingParameterNumber.Double, 10.0, minValue=0.0, maxValue=99.0),
            tr("Share of the class limit kept in reserve (%)."))
        add(metres_parameter(self.SNAP_TOLERANCE, tr("Snapping tolerance"), 200.0, minimum=0.0),
            tr("Snapping tolerance (m): checkpoints and outfalls farther from any river are left out"), advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Outfalls with allowable loads"), QgsProcessing.TypeVectorPoint))
        for name, label, kind in (
                (self.CONTRIBUTIONS, tr("Contributions at the checkpoints"), QgsProcessing.TypeVector),
                (self.SEGMENTS, tr("River segments before and after the allocation"), QgsProcessing.TypeVectorLine)):
            self.addParameter(QgsProcessingParameterFeatureSink(name, label, kind, optional=True, createByDefault=True))
        self.add_report_parameter()

    def checkParameterValues(self, parameters, context):
        checks = (
            (self.SAFETY_MARGIN, self.tr("The safety margin must be between 0 and 99 % (got {})."),
             lambda v: 0 <= v <= 99),
            (self.SNAP_TOLERANCE, self.tr("The snapping tolerance cannot be negative (got {} metres)."),
             lambda v: v >= 0),
        ) + tuple(river_io.river_number_checks(self))
        return self.check_number_ranges(parameters, context, checks)

    def _names(self, parameters, context):
        text = self.parameterAsString(parameters, self.PARAMETERS, context) or ""
        names = [n.strip() for n in text.replace("；", ",").replace(";", ",").split(",") if n.strip()]
        if not names:
            raise QgsProcessingException(self.tr("Choose at least one parameter (e.g. CODMn, NH3N, TP)."))
        return names

    def _label_column(self, parameters, name, context, source, crs, label, fields=()):
        id_field = self.parameterAsString(parameters, name, context)
        table = read_points(source, crs, context, None, fields=([id_field] if id_field else []) + list(fields),
                            label=label)
        labels = ([str(v) for v in table.attributes[id_field]] if id_field
                  else ["fid {}".format(f) for f in table.fids])
        return table, labels

    def _checkpoints(self, parameters, context, crs):
        source = self.parameterAsSource(parameters, self.SECTIONS, context)
        require_features(source, self.tr("Checkpoints"))
        cls_field = self.parameterAsString(parameters, self.TARGET_CLASS_FIELD, context)
        default = self.parameterAsEnum(parameters, self.TARGET_CLASS, context) + 1
        table, labels = self._label_column(parameters, self.SECTION_ID_FIELD, context, source, crs,
                                           self.tr("Checkpoints"), [cls_field] if cls_field else [])
        values = table.attributes[cls_field] if cls_field else [None] * len(labels)
        target = [default if v is None or str(v).strip() in ("", "NULL") else v for v in values]
        return CheckpointInput(table.xy, target, labels)

    def _outfalls(self, parameters, context, feedback, crs, names):
        source = self.parameterAsSource(parameters, river_io.OUTFALLS, context)
        label = self.tr("Outfalls")
        require_features(source, label)
        for n in names:
            require_field(source, n, label, numeric=True)
        outfalls = river_io.read_outfalls(self, parameters, context, feedback, crs, names)
        bounds = [self.parameterAsString(parameters, k, context) for k in (self.OUTFALL_MIN_FIELD,
                                                                             self.OUTFALL_MAX_FIELD)]
        table, labels = self._label_column(parameters, self.OUTFALL_ID_FIELD, context, source, crs, label,
                                           [b for b in bounds if b])
        lo, hi = [table.numeric(b, default=math.nan) if b else None for b in bounds]
        return outfalls, labels, lo, hi

    def processAlgorithm(self, parameters, context, feedback):
        watch = Stopwatch()
        names = self._names(parameters, context)
        lines, crs = river_io.read_river_lines(self, parameters, context, feedback)
        checkpoints = self._checkpoints(parameters, context, crs)
        outfalls, labels, lo, hi = self._outfalls(parameters, context, feedback, crs, names)
        text = self.parameterAsString

        def values(key, message):
            return parse_key_values(text(parameters, key, context), key, check=lambda v: math.isfinite(v) and v >= 0,
                                    check_message=message)

        options = AllocationOptions(
            parameters=names, rates=values(self.DECAY_RATES, self.tr(
                "Decay rates must be zero or positive numbers (1/day): '{}'.")),
            objective=self.parameterAsEnum(parameters, self.OBJECTIVE, context),
            safety_margin=self.parameterAsDouble(parameters, self.SAFETY_MARGIN, context) / 100.0,
            background=values(self.BACKGROUND, self.tr(
                "Background concentrations must be zero or positive numbers (mg/L): '{}'.")),
            snap_tolerance=self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context),
            network=river_io.network_options(self, parameters, context), min_load=lo, max_load=hi)
        plan = run_core(feedback, plan_outfall_allocation, lines, checkpoints, outfalls, options,
                        feedback_monitor(feedback, 0, 85), labels)
        for note in plan.warnings:
            feedback.pushWarning(translate_note(note))
        for par in plan.parameters:
            if par.status_note:
                feedback.pushWarning("{}: {}".format(par.name, translate_note(par.status_note)))
        rows = [(xy, attrs) for xy, (_, attrs) in zip(outfalls.xy, plan.outfall_rows(translate_note))]
        self.dest_output = self._write(parameters, self.OUTPUT, context, plan.outfall_schema(), rows,
                                       QgsWkbTypes.Point, crs)
        table = [(None, r) for r in plan.contribution_rows(translate_note)]
        dest_contrib = self._write(parameters, self.CONTRIBUTIONS, context, AllocationPlan.CONTRIBUTION_SCHEMA,
                                   table, QgsWkbTypes.NoGeometry, crs)
        dest_seg = self._write(parameters, self.SEGMENTS, context, plan.segment_schema(), plan.segment_rows(),
                               QgsWkbTypes.LineString, crs)
        report = plan.report(crs.authid(), translate=translate_note)
        report["runtime_s"] = watch.seconds()
        report_path = write_note(self.parameterAsFileOutput(parameters, "REPORT", context), outfall_note(report))
        feedback.setProgress(100)
        return {self.OUTPUT: self.dest_output, self.CONTRIBUTIONS: dest_contrib, self.SEGMENTS: dest_seg,
                "REPORT": report_path}

    def _write(self, parameters, name, context, schema, rows, wkb_type, crs):
        fields = fields_of(schema)
        sink, dest = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None:
            if name == self.OUTPUT:
                raise QgsProcessingException(self.invalidSinkError(parameters, name))
            return None
        for xy, attrs in rows:
            f = QgsFeature(fields)
            if wkb_type == QgsWkbTypes.Point:
                f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(xy[0]), float(xy[1]))))
            elif wkb_type == QgsWkbTypes.LineString:
                f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in xy]))
            f.setAttributes(attrs)
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        return dest
