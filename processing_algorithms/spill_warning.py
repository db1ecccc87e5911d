"""ecosupervision:spillwarning — when, how high and how long a sudden spill reaches each intake and section (issue 14).

Parameters, reading, the core run (core/river/spill_run.py → spill.py), writing, styles. The river layer's
parameters and reading are shared with the other river algorithms (qgis_io/rivers.py).
"""

import math

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDateTime

from ..eco_supervision_plugin.core.river.spill_run import (
    DispersionColumns,
    ReceptorPoints,
    SpillPoints,
    SpillRunOptions,
    run_spill,
)
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, style_output, translate_note
from .qgis_io import rivers as river_io
from .qgis_io import spill_layers
from .qgis_io.parameters import metres_parameter
from .reports.note import write_note
from .reports.spill_warning import Clock, receptor_rows, report_meta, spill_note

NUMERIC = QgsProcessingParameterField.Numeric
DOUBLE = QgsProcessingParameterNumber.Double


class SpillWarningAlgorithm(EcoAlgorithm):
    ALG_ID = "spillwarning"
    GROUP = "water"

    DISPERSION_FIELD, DISPERSION = "DISPERSION_FIELD", "DISPERSION"
    WIDTH_FIELD, DEPTH_FIELD, SLOPE_FIELD = "WIDTH_FIELD", "DEPTH_FIELD", "SLOPE_FIELD"
    SPILL, SPILL_NAME_FIELD, MASS, MASS_FIELD = "SPILL", "SPILL_NAME_FIELD", "MASS", "MASS_FIELD"
    DURATION, DURATION_FIELD = "DURATION", "DURATION_FIELD"
    START_TIME, SPILL_TIME_FIELD = "START_TIME", "SPILL_TIME_FIELD"
    POLLUTANT, LIMIT, DECAY_RATE, TARGET_CLASS = "POLLUTANT", "LIMIT", "DECAY_RATE", "TARGET_CLASS"
    RECEPTORS, RECEPTOR_NAME_FIELD = "RECEPTORS", "RECEPTOR_NAME_FIELD"
    RECEPTOR_LIMIT_FIELD, RECEPTOR_CLASS_FIELD = "RECEPTOR_LIMIT_FIELD", "RECEPTOR_CLASS_FIELD"
    SNAP_TOLERANCE, TIME_STEP, HORIZON, SEGMENT_LENGTH = "SNAP_TOLERANCE", "TIME_STEP", "HORIZON", "SEGMENT_LENGTH"
    OUTPUT, SEGMENTS, CURVES = "OUTPUT", "SEGMENTS", "CURVES"

    def displayName(self):
        return self.tr("Spill early warning along the rivers")

    def shortHelpString(self):
        return self.tr(
            "When a tanker overturns into a river or an outfall fails: which drinking-water intakes and "
            "monitoring sections lie in the path, when the leading edge and the peak arrive, how high the peak is "
            "and how long the water stays above the limit — so that intakes are closed in time.\n\n"
            "Model: 1-D advection–dispersion with first-order decay along the directed river network. On a "
            "uniform reach C(x,t) = M/(A·√(4πEt))·exp(−(x−ut)²/(4Et))·exp(−kt), A = Q/u; a release of finite "
            "duration is the exact continuous load of that duration. Across reaches travel time and temporal "
            "variance add (τ = Σ L/u, σ² = Σ 2EL/u³); the added flow at confluences dilutes the plume.\n\n"
            "Dispersion E per reach: the dispersion field, else Fischer's E = 0.011·u²·B²/(h·u*), u* = √(g·h·S), "
            "from the width, depth and slope fields, else the default. The discharge field is the flow scenario "
            "(dry, normal, wet season, or a live gauge value): rerun with another field.\n\n"
            "Receptors downstream get the arrival, peak, exceedance and the time left to act; the others say why "
            "they are not reached (upstream, another branch, a separate network, beyond the horizon, too far "
            "from a river). Times are local, with hours after the start in the layers.")

    def initAlgorithm(self, config=None):
        tr, add = self.tr, self.add_parameter
        river_io.add_river_parameters(self)
        for name, label, text in (
                (self.DISPERSION_FIELD, tr("Dispersion field (m²/s)"), tr("Longitudinal dispersion per reach (m²/s).")),
                (self.WIDTH_FIELD, tr("Width field (m)"), tr("Channel width B (m), for Fischer's estimate.")),
                (self.DEPTH_FIELD, tr("Depth field (m)"), tr("Mean depth h (m), for Fischer's estimate.")),
                (self.SLOPE_FIELD, tr("Slope field (m/m)"), tr("Bed slope S (m/m), for Fischer's estimate."))):
            add(QgsProcessingParameterField(name, label, parentLayerParameterName=river_io.RIVERS, type=NUMERIC,
                                            optional=True), text)
        add(QgsProcessingParameterNumber(self.DISPERSION, tr("Default dispersion (m²/s)"), DOUBLE, 30.0,
                                         minValue=1e-6), tr("Dispersion (m²/s) of reaches without a field value or "
                                                            "Fischer's estimate."))
        add(QgsProcessingParameterFeatureSource(self.SPILL, tr("Spills"), [QgsProcessing.TypeVectorPoint]),
            tr("Spill points (one or several incidents)."))
        add(QgsProcessingParameterField(self.SPILL_NAME_FIELD, tr("Spill name field"),
                                        parentLayerParameterName=self.SPILL, optional=True),
            tr("Spill name for the tables."))
        add(QgsProcessingParameterNumber(self.MASS, tr("Spilled mass (kg)"), DOUBLE, 1000.0),
            tr("Mass of pollutant that reaches the water (kg)."))
        add(QgsProcessingParameterField(self.MASS_FIELD, tr("Mass field (kg)"), parentLayerParameterName=self.SPILL,
                                        type=NUMERIC, optional=True), tr("Mass per spill (kg); replaces the mass."))
        add(QgsProcessingParameterNumber(self.DURATION, tr("Release duration (min)"), DOUBLE, 0.0, minValue=0.0),
            tr("0 = instantaneous; otherwise a constant release over this many minutes."))
        add(QgsProcessingParameterField(self.DURATION_FIELD, tr("Duration field (min)"),
                                        parentLayerParameterName=self.SPILL, type=NUMERIC, optional=True),
            tr("Release duration per spill (min)."), advanced=True)
        add(QgsProcessingParameterDateTime(self.START_TIME, tr("Start of the spill"),
                                           defaultValue=QDateTime.currentDateTime(), optional=True),
            tr("When the release starts (local time; empty: now)."))
        add(QgsProcessingParameterField(self.SPILL_TIME_FIELD, tr("Start time field"),
                                        parentLayerParameterName=self.SPILL, optional=True),
            tr("Start of each spill (date and time; empty: the start above)."), advanced=True)
        add(QgsProcessingParameterString(self.POLLUTANT, tr("Pollutant"), "NH3N"),
            tr("A GB 3838 item (NH3N, CODMn, petroleum, volatile phenol, Cr6 …) or a free name with a limit."))
        add(QgsProcessingParameterNumber(self.LIMIT, tr("Limit (mg/L)"), DOUBLE, optional=True, minValue=0.0),
            tr("Limit (mg/L); empty: the GB 3838 limit of the target class."))
        add(QgsProcessingParameterNumber(self.DECAY_RATE, tr("Decay rate (1/d)"), DOUBLE, 0.0, minValue=0.0),
            tr("First-order decay rate k (1/day); 0 for a conservative pollutant."))
        add(river_io.target_class_parameter(self.TARGET_CLASS),
            tr("Class whose limit applies where no limit is given."))
        add(QgsProcessingParameterFeatureSource(self.RECEPTORS, tr("Receptors"), [QgsProcessing.TypeVectorPoint]),
            tr("Drinking-water intakes and monitoring sections (points)."))
        for name, label, text, kind in (
                (self.RECEPTOR_NAME_FIELD, tr("Receptor name field"), tr("Receptor name for the tables."),
                 QgsProcessingParameterField.Any),
                (self.RECEPTOR_LIMIT_FIELD, tr("Receptor limit field (mg/L)"), tr("Limit per receptor (mg/L)."),
                 NUMERIC),
                (self.RECEPTOR_CLASS_FIELD, tr("Receptor class field"), tr("GB 3838 class per receptor (I–V)."),
                 QgsProcessingParameterField.Any)):
            add(QgsProcessingParameterField(name, label, parentLayerParameterName=self.RECEPTORS, type=kind,
                                            optional=True), text)
        add(metres_parameter(self.SNAP_TOLERANCE, tr("Snapping tolerance"), 200.0, minimum=0.0),
            tr("Spills and receptors farther than this from any river (m) are reported, not computed."))
        add(QgsProcessingParameterNumber(self.TIME_STEP, tr("Time step (min)"), DOUBLE, 5.0, minValue=0.01),
            tr("Step of the breakthrough curves (min); peaks and crossings are refined between steps."))
        add(QgsProcessingParameterNumber(self.HORIZON, tr("Horizon (h)"), DOUBLE, 72.0, minValue=0.01),
            tr("Hours simulated after the start."))
        add(metres_parameter(self.SEGMENT_LENGTH, tr("Segment length"), 500.0, minimum=1.0),
            tr("Length of the output river segments (m)."), advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Receptors with arrival and peak"),
                                                            QgsProcessing.TypeVectorPoint))
        for name, label, kind in ((self.SEGMENTS, tr("Plume along the river"), QgsProcessing.TypeVectorLine),
                                  (self.CURVES, tr("Breakthrough curves"), QgsProcessing.TypeVector)):
            self.addParameter(QgsProcessingParameterFeatureSink(name, label, kind, optional=True, createByDefault=True))
        self.add_report_parameter()

    def checkParameterValues(self, parameters, context):
        checks = ((self.SNAP_TOLERANCE, self.tr("The snapping tolerance cannot be negative (got {} metres)."),
                   lambda v: v >= 0),
                  (self.MASS, self.tr("The spilled mass must be a positive number of kg (got {})."), lambda v: v > 0),
                  (self.HORIZON, self.tr("HORIZON must be a positive number of hours (got {})."), lambda v: v > 0),
                  ) + tuple(river_io.river_number_checks(self))
        ok, message = self.check_number_ranges(parameters, context, checks)
        if ok and not parameters.get(river_io.DISCHARGE_FIELD):
            return False, self.tr("Choose a discharge field: the concentration is the spilled mass flux divided by "
                                  "the discharge (m³/s).")
        return ok, message

    # -- reading --------------------------------------------------------------------------------------

    def _spills(self, parameters, context, feedback, crs, start):
        table, chosen, labels = spill_layers.read_named_points(
            self, parameters, self.SPILL, context, feedback, crs, self.tr("Spills"), {
            "name": (self.SPILL_NAME_FIELD, False), "mass": (self.MASS_FIELD, True),
            "duration": (self.DURATION_FIELD, True), "time": (self.SPILL_TIME_FIELD, False)})
        column = {k: table.numeric(chosen[k], default=math.nan) if chosen[k] else None for k in ("mass", "duration")}
        offsets = spill_layers.seconds_after(table.attributes[chosen["time"]], start) if chosen["time"] else None
        return SpillPoints.from_columns(table.xy, labels, self.parameterAsDouble(parameters, self.MASS, context),
                                        column["mass"], self.parameterAsDouble(parameters, self.DURATION, context),
                                        column["duration"], offsets)

    def _receptors(self, parameters, context, feedback, crs):
        table, chosen, labels = spill_layers.read_named_points(
            self, parameters, self.RECEPTORS, context, feedback, crs, self.tr("Receptors"), {
            "name": (self.RECEPTOR_NAME_FIELD, False), "limit": (self.RECEPTOR_LIMIT_FIELD, True),
            "class": (self.RECEPTOR_CLASS_FIELD, False)})
        limit = table.numeric(chosen["limit"], default=math.nan) if chosen["limit"] else None
        classes = list(table.attributes[chosen["class"]]) if chosen["class"] else None
        return ReceptorPoints(table.xy, labels, limit, classes), table.fids

    # -- the run --------------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        watch = Stopwatch()
        p = self.parameterAsString
        rivers = self.parameterAsSource(parameters, river_io.RIVERS, context)
        role = {"given": self.DISPERSION_FIELD, "width": self.WIDTH_FIELD, "depth": self.DEPTH_FIELD,
                "slope": self.SLOPE_FIELD}
        names = {k: spill_layers.chosen_field(self, parameters, v, context, rivers, self.tr("Rivers"), numeric=True)
                 for k, v in role.items()}
        lines, crs = river_io.read_river_lines(self, parameters, context, feedback,
                                               extra_fields=[n for n in names.values() if n])
        start = spill_layers.start_epoch(self, parameters, self.START_TIME, context)
        spills = self._spills(parameters, context, feedback, crs, start)
        receptors, fids = self._receptors(parameters, context, feedback, crs)
        limit = self.parameterAsDouble(parameters, self.LIMIT, context) if parameters.get(self.LIMIT) not in (
            None, "") else None
        options = SpillRunOptions(
            horizon_s=self.parameterAsDouble(parameters, self.HORIZON, context) * 3600.0,
            time_step_s=self.parameterAsDouble(parameters, self.TIME_STEP, context) * 60.0,
            pollutant=p(parameters, self.POLLUTANT, context).strip(), limit=limit,
            target_class=self.parameterAsEnum(parameters, self.TARGET_CLASS, context) + 1,
            decay_per_day=self.parameterAsDouble(parameters, self.DECAY_RATE, context),
            snap_tolerance=self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context),
            segment_length=self.parameterAsDouble(parameters, self.SEGMENT_LENGTH, context),
            default_dispersion=self.parameterAsDouble(parameters, self.DISPERSION, context),
            network=river_io.network_options(self, parameters, context))
        columns = DispersionColumns(**{k: lines.columns[n] if n else None for k, n in names.items()})
        run = run_core(feedback, run_spill, lines, spills, receptors, options, columns,
                       feedback_monitor(feedback, 0, 80))
        for note in run.warnings:
            feedback.pushWarning(translate_note(note))
        rows = receptor_rows(run, receptors.labels, spills.labels)
        out = {self.OUTPUT: spill_layers.write_receptors(self, parameters, self.OUTPUT, context, feedback, crs,
                                                         receptors.xy, fids, rows, start)}
        feedback.setProgress(85)
        out[self.SEGMENTS] = spill_layers.write_segments(self, parameters, self.SEGMENTS, context, feedback, crs, run,
                                                         spills.labels, start)
        out[self.CURVES] = spill_layers.write_curves(self, parameters, self.CURVES, context, feedback, crs, run, rows,
                                                     start)
        self.dest_output, self.dest_segments = out[self.OUTPUT], out[self.SEGMENTS]
        out["REPORT"] = self._report(parameters, context, run, rows, Clock(start), names, options, watch, crs, out)
        feedback.setProgress(100)
        return out

    def _report(self, parameters, context, run, rows, clock, names, options, watch, crs, out):
        path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if not path:
            return None
        text = lambda name: self.parameterAsString(parameters, name, context)  # noqa: E731
        per_receptor = any(parameters.get(k) for k in (self.RECEPTOR_LIMIT_FIELD, self.RECEPTOR_CLASS_FIELD))
        note = spill_note(run, rows, clock, report_meta(crs.authid(), options, names, per_receptor, text(
            river_io.DISCHARGE_FIELD), text(river_io.VELOCITY_FIELD), watch.seconds()))
        if not path.lower().endswith(".json"):
            rivers = self.parameterAsVectorLayer(parameters, river_io.RIVERS, context)
            note.image = spill_layers.note_map(context, rivers, out[self.OUTPUT], out[self.SEGMENTS], note.title)
        return write_note(path, note)

    def postProcessAlgorithm(self, context, feedback):
        style_output(context, getattr(self, "dest_output", None), "spill_receptors.qml")
        style_output(context, getattr(self, "dest_segments", None), "spill_segments.qml")
        return {}
