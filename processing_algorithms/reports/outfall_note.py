"""The planning note of ecosupervision:outfallallocation, built from the plan's report figures."""

from ...eco_supervision_plugin.i18n import tr
from .note import Figure, PlanningNote, Section, Table


def status_label(status):
    """The allocation's status (a stable code in the JSON) in the run's language."""
    return {"optimal": tr("optimal"), "infeasible": tr("infeasible"), "no_constraint": tr("no constraint")}.get(
        status, status)


def outfall_note(data):
    """``data`` is :meth:`AllocationPlan.report` (plain figures); the note shows it in the run's language."""
    sections = []
    n_fail = 0
    for p in data["parameters"]:
        n_fail += len(p["failing_checkpoints"])
        paragraphs = [p["status_note"]] if p["status_note"] else []
        if p["binding_checkpoints"]:
            paragraphs.append(tr("Binding checkpoints: {}").format(p["binding_checkpoints"]))
        table = None
        if p["failing_checkpoints"]:
            table = Table([tr("Checkpoint"), tr("Today (mg/L)"), tr("Limit (mg/L)"), tr("Background (mg/L)"),
                           tr("Outfalls responsible, largest first")],
                          [[f["checkpoint"], f["conc_mgl"], f["limit_mgl"], f["background_mgl"],
                            f["outfalls_in_order"]] for f in p["failing_checkpoints"]])
        sections.append(Section(
            "{} ({})".format(p["parameter"], status_label(p["status"])), paragraphs,
            [Figure(tr("Allowable load (capacity)"), p["capacity_t_a"], "t/a"),
             Figure(tr("Today's load"), p["current_load_t_a"], "t/a"),
             Figure(tr("Checkpoints failing today"), len(p["failing_checkpoints"])),
             Figure(tr("Outfalls with no checkpoint below"), p["outfalls_without_checkpoint_below"])], table))
    headline = tr("{} checkpoint failure(s) today over {} parameter(s); allowable loads for {} outfall(s).").format(
        n_fail, len(data["parameters"]), data["outfalls_on_network"])
    return PlanningNote(tr("Outfall contributions and allowable loads"),
                        tr("Objective: {}; safety margin {} %").format(data["objective"], data["safety_margin_pct"]),
                        headline, sections=sections, notes=list(data["warnings"]), data=data)
