"""The source attribution planning note: the most likely sources first, then the per-station evidence.

``data`` keeps the stable JSON keys batch users read (``core.air.plan.report_figures`` plus ``headline``,
``notes`` and ``runtime_s``); the HTML shows the same figures with human labels in the run's language.
"""

from ...eco_supervision_plugin.core.air.plan import report_figures
from ...eco_supervision_plugin.core.messages import translate_message
from ...eco_supervision_plugin.i18n import tr
from . import charts
from .note import Figure, PlanningNote, Section, Table


def statistic_label(statistic):
    return {"cpf": tr("conditional probability function (CPF)"),
            "cbpf": tr("conditional bivariate probability function (CBPF)")}.get(str(statistic).lower(), statistic)


def attribution_report(plan, table, seconds):
    """The planning note of one attribution run (``base.write_report`` writes it as HTML or JSON)."""
    data = {"headline": ""}
    data.update(report_figures(plan, table.fids if table is not None else None))
    top = data.get("top_candidates") or []
    if top:
        data["headline"] = tr("Most likely source: feature {} ({} station(s) point at it).").format(
            top[0]["fid"], top[0]["stations_pointing"])
    else:
        data["headline"] = tr("{} readings from {} stations used; no candidate source to rank (give candidates to "
                              "name the most likely sources).").format(data["readings_used"], len(data["stations"]))
    data["notes"] = [translate_message(n, tr) for n in plan.notes]
    data["runtime_s"] = seconds
    stations = Table([tr("Station"), tr("Readings"), tr("Calm readings"), tr("Lower threshold"),
                      tr("Upper threshold"), tr("Readings in the band"), tr("Flagged direction bins")],
                     [[str(s["station"]), s["readings"], s["calms"], s["threshold_low"], s["threshold_high"],
                       s["in_band"], s["flagged_bins"]] for s in data["stations"]])
    sections = []
    if top:
        sources = Table([tr("Rank"), tr("Feature"), tr("Score"), tr("Stations pointing at it"),
                         tr("Strongest station"), tr("Distance (km)")],
                        [[c["rank"], str(c["fid"]), c["score"], c["stations_pointing"], str(c["top_station"] or "—"),
                          c["distance_km"]] for c in top])
        chart = charts.bar_chart([str(c["fid"]) for c in top], [c["score"] or 0.0 for c in top], tr("Score"),
                                 title=tr("Candidate sources by score (feature id)"), x_label=tr("Feature"))
        sections.append(Section(tr("Most likely sources"), [tr(
            "A candidate scores higher the more stations' high-concentration wind sectors point at it, and the "
            "nearer it lies.")], chart=chart, table=sources))
    sections.append(Section(tr("Evidence per station"), [tr("Readings between the percentile thresholds {} "
                                                            "count as high concentrations.").format(
        data["percentile_band"])], table=stations))
    return PlanningNote(
        title=tr("Pollution source attribution"), subtitle=statistic_label(data["statistic"]),
        headline=data["headline"],
        figures=[Figure(tr("Readings given"), data["readings_in"]), Figure(tr("Readings used"), data["readings_used"]),
                 Figure(tr("Calm readings"), data["calm_readings"]), Figure(tr("Stations"), len(data["stations"])),
                 Figure(tr("Candidates ranked"), len(top)), Figure(tr("Run time"), seconds, "s")],
        sections=sections, notes=data["notes"], data=data)
