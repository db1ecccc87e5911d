"""The source attribution planning note: the most likely source first, the candidates, a polar plot per station.

The JSON keeps the stable keys of ``report_figures`` (batch users read them); the HTML adds the
translated headline, the figures and an SVG polar plot of every station's CPF/CBPF (pale, dashed bins
hold fewer readings than the minimum).
"""

import numpy as np

from ...eco_supervision_plugin.core.air.plan import report_figures
from ...eco_supervision_plugin.core.messages import translate_message
from ...eco_supervision_plugin.i18n import tr
from . import charts
from .note import Figure, PlanningNote, Section, Table

MAX_POLAR_CHARTS = 120  # one SVG each; a larger network lists the stations whose plots are left out


def statistic_label(statistic):
    return {"cpf": tr("conditional probability function (CPF)"),
            "cbpf": tr("conditional bivariate probability function (CBPF)")}.get(str(statistic).lower(), statistic)


def attribution_report(plan, table, seconds):
    """The report's figures (stable keys) with the translated headline and notes."""
    report = {"headline": ""}
    report.update(report_figures(plan, table.fids if table is not None else None))
    top = report.get("top_candidates")
    if top:
        report["headline"] = tr("Most likely source: feature {} ({} station(s) point at it).").format(
            top[0]["fid"], top[0]["stations_pointing"])
    else:
        report["headline"] = tr("{} readings from {} stations used; no candidate source to rank (give candidates to "
                                "name the most likely sources).").format(report["readings_used"],
                                                                         len(report["stations"]))
    report["notes"] = [translate_message(n, tr) for n in plan.notes]
    report["runtime_s"] = seconds
    return report


def _ring_labels(edges):
    return ["{:g} m/s".format(e) for e in edges] + [""] if len(edges) else [""]


def polar_charts(plan, limit=MAX_POLAR_CHARTS):
    """One SVG polar plot per station (up to ``limit``), on one colour scale for the whole network."""
    t = plan.table
    finite = t.cpf[np.isfinite(t.cpf)]
    top = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
    name = plan.options.statistic
    out = []
    for s in range(min(limit, len(plan.station_ids))):
        if t.n[s].sum() == 0:
            continue
        values = np.where(t.n[s] > 0, t.cpf[s], np.nan).tolist()
        out.append(charts.polar_chart(values, (t.flagged[s] & (t.n[s] > 0)).tolist(),
                                      title=tr("{} — {} readings, {} calm").format(
                                          plan.station_ids[s], int(t.records[s]), int(t.calms[s])),
                                      ring_labels=_ring_labels(t.speed_edges), scale_max=top, legend=name))
    return out


def attribution_note(plan, table, seconds):
    """The planning note (title, headline, figures, candidates table, polar plots); ``data`` the report."""
    data = attribution_report(plan, table, seconds)
    o = plan.options
    figures = [Figure(tr("Readings used"), data["readings_used"]), Figure(tr("Readings in"), data["readings_in"]),
               Figure(tr("Calm readings (counted, not binned)"), data["calm_readings"]),
               Figure(tr("Stations"), len(data["stations"])), Figure(tr("Run time"), seconds, "s")]
    sections = []
    top = data.get("top_candidates") or []
    if top:
        chart = charts.bar_chart([str(c["fid"]) for c in top], [c["score"] or 0.0 for c in top], tr("Score"),
                                 title=tr("Candidate sources by score (feature id)"), x_label=tr("Feature"))
        sections.append(Section(tr("Top candidate sources"), [tr(
            "A candidate scores higher the more stations' high-concentration wind sectors point at it, and the "
            "nearer it lies.")], chart=chart, table=Table(
            [tr("Rank"), tr("Feature"), tr("Score"), tr("Stations pointing at it"), tr("Strongest station"),
             tr("Distance (km)")],
            [[c["rank"], str(c["fid"]), c["score"], c["stations_pointing"], c["top_station"] or "",
              c["distance_km"]] for c in top])))
    rows = [[s["station"], s["readings"], s["calms"], s["threshold_low"], s["threshold_high"], s["in_band"],
             s["flagged_bins"]] + ([s["met_station"], s["met_distance_km"]] if "met_station" in s else [])
            for s in data["stations"]]
    columns = [tr("Station"), tr("Readings"), tr("Calms"), tr("Low threshold"), tr("High threshold"),
               tr("In the band"), tr("Flagged bins")]
    if plan.wind is not None:
        columns += [tr("Met station"), tr("Met station distance (km)")]
    sections.append(Section(tr("Stations: percentile thresholds, calms and sample counts"), [], table=Table(columns,
                                                                                                          rows)))
    charts_ = polar_charts(plan)
    paragraphs = [tr("Share of the readings from each direction (and speed bin) that lie in the {} percentile band; "
                     "pale dashed bins hold fewer than {} readings.").format(data["percentile_band"],
                                                                            o.min_samples)]
    if len(plan.station_ids) > MAX_POLAR_CHARTS:
        paragraphs.append(tr("Polar plots of the first {} stations; the OUTPUT layer holds every station's.").format(
            MAX_POLAR_CHARTS))
    sections.append(Section(tr("Polar plots per station"), paragraphs, chart="".join(charts_)))
    subtitle = tr("{}, percentile band {}, {} sectors").format(statistic_label(o.statistic),
                                                               data["percentile_band"], o.sectors)
    return PlanningNote(tr("Pollution source attribution"), subtitle,
                        data["headline"],
                        figures=figures, sections=sections, notes=data["notes"], data=data)
