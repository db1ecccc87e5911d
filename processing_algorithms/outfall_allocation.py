"""ecosupervision:outfallallocation — outfall contributions at checkpoints and allowable loads (issue 15).

Parameters, reading, the core plan (core/river/allocation.py), writing. The river and outfall
parameters are shared with the other river algorithms (qgis_io/rivers.py); the allocation's own
groups and their reading live in qgis_io/allocation_inputs.py, the planning note and its map in
reports/outfall_note.py.
"""

import os

from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..eco_supervision_plugin.core.river.allocation import AllocationPlan, plan_outfall_allocation
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, style_output, translate_note
from .qgis_io import allocation_inputs as inputs
from .qgis_io import rivers as river_io
from .qgis_io.feature_writer import lines_from_wkb, write_features
from .qgis_io.styles import STYLES_DIR
from .qgis_io.wkb import linestring_wkbs
from .reports.note import write_note
from .reports.outfall_note import outfall_maps, outfall_note


class OutfallAllocationAlgorithm(EcoAlgorithm):
    ALG_ID = "outfallallocation"
    GROUP = "water"

    OUTPUT = "OUTPUT"
    CONTRIBUTIONS = "CONTRIBUTIONS"
    SEGMENTS = "SEGMENTS"

    def displayName(self):
        return self.tr("Outfall contributions and allowable loads")

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

    def initAlgorithm(self, config=None):
        tr = self.tr
        river_io.add_river_parameters(self)
        inputs.add_allocation_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Outfalls with allowable loads"), QgsProcessing.TypeVectorPoint))
        for name, label, kind in (
                (self.CONTRIBUTIONS, tr("Contributions at the checkpoints"), QgsProcessing.TypeVector),
                (self.SEGMENTS, tr("River segments before and after the allocation"), QgsProcessing.TypeVectorLine)):
            self.addParameter(QgsProcessingParameterFeatureSink(name, label, kind, optional=True, createByDefault=True))
        self.add_report_parameter()

    def checkParameterValues(self, parameters, context):
        checks = inputs.allocation_number_checks() + tuple(river_io.river_number_checks(self))
        return self.check_number_ranges(parameters, context, checks)

    def processAlgorithm(self, parameters, context, feedback):
        watch = Stopwatch()
        lines, crs, checkpoints, outfalls, labels, options = inputs.read_allocation_inputs(
            self, parameters, context, feedback)
        plan = run_core(feedback, plan_outfall_allocation, lines, checkpoints, outfalls, options,
                        feedback_monitor(feedback, 0, 85), labels)
        for note in plan.warnings:
            feedback.pushWarning(translate_note(note))
        for par in plan.parameters:
            if par.status_note:
                feedback.pushWarning("{}: {}".format(par.name, translate_note(par.status_note)))
        points = (QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in outfalls.xy.tolist())
        self.dest_output = write_features(self, parameters, self.OUTPUT, context, feedback, plan.outfall_schema(),
                                          QgsWkbTypes.Point, crs, points,
                                          [attrs for _, attrs in plan.outfall_rows(translate_note)])
        dest_contrib = write_features(self, parameters, self.CONTRIBUTIONS, context, feedback,
                                      AllocationPlan.CONTRIBUTION_SCHEMA, QgsWkbTypes.NoGeometry, crs,
                                      iter(QgsGeometry, None), plan.contribution_rows(translate_note), optional=True)
        dest_seg = None
        if parameters.get(self.SEGMENTS) not in (None, "") and plan.segments is not None:
            lines = lines_from_wkb(linestring_wkbs(*plan.segment_vertices()))
            dest_seg = write_features(self, parameters, self.SEGMENTS, context, feedback, plan.segment_schema(),
                                      QgsWkbTypes.LineString, crs, lines, plan.segment_attributes(), optional=True)
        feedback.setProgress(90)
        report = plan.report(crs.authid(), translate=translate_note)
        report["runtime_s"] = watch.seconds()
        path = self.parameterAsFileOutput(parameters, "REPORT", context)
        note = outfall_note(report, inputs.objective_names())
        if path and not path.lower().endswith(".json") and not feedback.isCanceled():
            maps = outfall_maps(plan, checkpoints.xy, outfalls.xy, crs, QgsProcessingUtils.tempFolder())
            for section, image in zip(note.sections, maps):  # one section per parameter, in the plan's order
                section.image = image
        report_path = write_note(path, note)
        feedback.setProgress(100)
        self.dest_segments, self.segment_class_field = dest_seg, "{}_cls_a".format(plan.parameters[0].name)
        return {self.OUTPUT: self.dest_output, self.CONTRIBUTIONS: dest_contrib, self.SEGMENTS: dest_seg,
                "REPORT": report_path}

    def postProcessAlgorithm(self, context, feedback):
        """SEGMENTS in the GB 3838 class colours of riverinterpolation, by the first parameter's class after the
        allocation (the style of river_segments.qml on that field)."""
        dest = getattr(self, "dest_segments", None)
        if dest:
            with open(os.path.join(STYLES_DIR, "river_segments.qml"), encoding="utf-8") as f:
                text = f.read().replace(' attr="class"', ' attr="{}"'.format(self.segment_class_field), 1)
            path = os.path.join(QgsProcessingUtils.tempFolder(), "outfall_segments_{}.qml".format(
                self.segment_class_field))
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            style_output(context, dest, path)
        return {}
