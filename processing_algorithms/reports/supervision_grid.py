"""The supervision grid's planning note: balance against the proven bound, changes from today, per-grid table."""

from ...eco_supervision_plugin.core.messages import translate_message
from ...eco_supervision_plugin.i18n import tr
from . import charts
from .note import Figure, PlanningNote, Section, Table


def grid_note(plan, units, enterprises, layer_name, seconds):
    summaries = plan.summaries(units, enterprises)
    changed = int(plan.changed.sum())
    headline = tr("{} units grouped into {} contiguous grids; workloads within {:.1f} % of the mean (no grouping can "
                  "do better than {:.1f} %); {} of {} grids within the target{}.").format(
        len(plan.district), plan.k, 100.0 * plan.max_deviation / plan.mean if plan.mean else 0.0,
        100.0 * plan.lower_bound / plan.mean if plan.mean else 0.0, plan.within_tolerance, plan.k,
        tr("; {} units change grid").format(changed) if units.keep is not None else "")
    optimal = bool(plan.max_deviation <= plan.lower_bound + 1e-9 * max(plan.mean, 1.0))
    if optimal:
        headline += " " + tr("No grouping into contiguous grids is better balanced (proven).")
    order = sorted(range(plan.k), key=lambda d: -summaries[d].workload)
    rows = [[plan.labels[d], summaries[d].workload, summaries[d].share, len(summaries[d].members),
             summaries[d].enterprises, summaries[d].area_km2, summaries[d].changed] for d in order]
    table = Table([tr("Grid"), tr("Workload"), tr("Share of the mean"), tr("Units"), tr("Enterprises"),
                   tr("Area (km²)"), tr("Units changed")], rows, ["", "", "%", "", "", "", ""])
    chart = charts.bar_chart([plan.labels[d] for d in order], [summaries[d].workload for d in order],
                             tr("Workload"), title=tr("Workload per grid (heaviest first)"),
                             x_label=tr("Grid"))
    data = {
        "algorithm": "ecosupervision:supervisiongrid", "units": int(len(plan.district)), "grids": plan.k,
        "mean_workload": plan.mean, "max_deviation": plan.max_deviation, "lower_bound": plan.lower_bound,
        "within_tolerance": plan.within_tolerance, "proven_optimal": optimal, "changed_units": changed,
        "island_units": int(plan.island.sum()),
        "grid_workloads": {plan.labels[d]: float(plan.workloads[d]) for d in range(plan.k)}, "runtime_s": seconds,
    }
    return PlanningNote(
        title=tr("Supervision grids — {}").format(layer_name),
        subtitle=tr("{} grids over {} units").format(plan.k, len(plan.district)),
        headline=headline,
        figures=[Figure(tr("Mean workload per grid"), plan.mean), Figure(tr("Largest deviation from the mean"),
                                                                         plan.max_deviation),
                 Figure(tr("Proven lower bound on that deviation"), plan.lower_bound),
                 Figure(tr("Heaviest grid"), float(plan.workloads.max())),
                 Figure(tr("Lightest grid"), float(plan.workloads.min())),
                 Figure(tr("Units changing grid"), changed), Figure(tr("Run time"), seconds, "s")],
        sections=[Section(tr("Workload per grid"), [tr("The planner's trade-off: more grids lower each inspector's "
                                                       "load; a tighter balance target moves more units between "
                                                       "grids.")], chart=chart, table=table)],
        notes=[translate_message(n, tr) for n in plan.notes],
        data=data)
