"""The planning note of ecosupervision:emergencycoverage: who is reached in time, where new depots help most.

Built from the run's JSON report (:meth:`EmergencyPlan.report` plus the wrapper's sections, stable keys kept in
``data``): the headline, figures with units, coverage per threshold (free flow and peak hour), the curve of
weight covered once / twice against the number of new depots, receptors reached, depot load and the sources
left uncovered. Tables stay narrow (at most seven columns, long lists cut to the first rows) to fit 1,000 px.
"""

from ...eco_supervision_plugin.i18n import tr
from . import charts
from .note import Figure, PlanningNote, Section, Table

MAX_ROWS = 20


def status_label(status):
    return {"covered": tr("covered"), "under_covered": tr("under-covered"), "out_of_time": tr("out of time"),
            "isolated": tr("isolated (no route)"), "off_network": tr("off the road network")}.get(status, status)


def _teams(required):
    return tr("one team") if required == 1 else tr("{} teams").format(required)


def headline(data):
    """One sentence: the coverage the plan reaches (with the new depots when chosen)."""
    rows, required = data["coverage_by_threshold"], data["required_responders"]
    first = rows[0]
    siting = data.get("siting", {})
    if siting.get("used") and data.get("new_depots"):
        total = siting["weight_total"] or 1.0
        after = siting["weight_covered_twice_after"] if required >= 2 else siting["weight_covered_once_after"]
        before = siting["weight_covered_twice_before"] if required >= 2 else siting["weight_covered_once_before"]
        return tr("{} new depots bring {:.1f} % of risk weight within {:g} min of {} (today {:.1f} %).").format(
            len(data["new_depots"]), 100.0 * after / total, siting["threshold_min"], _teams(required),
            100.0 * before / total)
    text = tr("{:.1f} % of risk weight is within {:g} min of {}").format(
        first["share_covered_required_pct"], first["threshold_min"], _teams(required))
    for row in rows[1:]:
        text += tr(", {:.1f} % within {:g} min").format(row["share_covered_required_pct"], row["threshold_min"])
    peak = data.get("peak_hour", {})
    if peak.get("used"):
        text += tr("; at peak hour {:.1f} % within {:g} min").format(
            peak["coverage_by_threshold"][0]["share_covered_required_pct"], first["threshold_min"])
    return text + "."


def _coverage_section(data):
    rows = []
    scenarios = [(tr("free flow"), data["coverage_by_threshold"])]
    if data.get("peak_hour", {}).get("used"):
        scenarios.append((tr("peak hour"), data["peak_hour"]["coverage_by_threshold"]))
    for name, summary in scenarios:
        for r in summary:
            rows.append([name, r["threshold_min"], r["share_covered_once_pct"] / 100.0,
                         r["share_covered_twice_pct"] / 100.0, r["share_covered_required_pct"] / 100.0,
                         r["sources_covered_once"], r["sources_covered_twice"]])
    table = Table([tr("Conditions"), tr("Threshold (min)"), tr("Weight covered once"), tr("Weight covered twice"),
                   tr("Weight covered as required"), tr("Sources covered once"), tr("Sources covered twice")],
                  rows, ["", "", "%", "%", "%", "", ""])
    paragraphs = [tr("A source counts as covered twice only when two different teams reach it in time, as needed to "
                     "answer two simultaneous incidents.")]
    return Section(tr("Coverage per threshold"), paragraphs, table=table)


def _curve_section(data):
    siting = data["siting"]
    curve = siting.get("curve") or []
    series = []
    for t in sorted({c["threshold_min"] for c in curve}):
        pts = [c for c in curve if c["threshold_min"] == t]
        xs = [c["new_depots"] for c in pts]
        series.append((tr("once, {:g} min").format(t), xs, [c["share_covered_once_pct"] for c in pts]))
        series.append((tr("twice, {:g} min").format(t), xs, [c["share_covered_twice_pct"] for c in pts]))
    chart = charts.line_chart(series, tr("New depots"), tr("Risk weight covered (%)"),
                              title=tr("Weight covered once / twice against the number of new depots"))
    table = Table([tr("Rank"), tr("Candidate"), tr("Weight gained")],
                  [[d["rank"], str(d["candidate_feature_id"]), d["weight_gain"]] for d in data["new_depots"]])
    figures = [Figure(tr("Candidate sites"), siting["candidates"])]
    if siting.get("gap") is not None:
        figures.append(Figure(tr("Optimality gap of the choice"), siting["gap"], "%", 2))
    paragraphs = [tr("Each point adds the next depot of the chosen plan (largest gain first) to today's depots; the "
                     "curve shows how many depots a target share needs.")]
    if siting.get("method"):
        paragraphs.append(tr("New depots chosen with: {}").format(tr(siting["method"])))
    return Section(tr("New depots"), paragraphs, figures, table, chart)


def _receptor_section(data, key, title):
    rec = data[key]
    rows = [[r["threshold_min"], r["weight_total"], r["weight_once"], r["share_once_pct"] / 100.0, r["weight_twice"],
             r["share_twice_pct"] / 100.0] for r in rec["thresholds"]]
    table = Table([tr("Threshold (min)"), tr("Receptor weight"), tr("Reached once"), tr("Share once"),
                   tr("Reached twice"), tr("Share twice")], rows, ["", "", "", "%", "", "%"])
    thresholds = [r["threshold_min"] for r in rec["thresholds"]]
    depots = sorted(rec["depots"], key=lambda d: -d["weight_{:g}min".format(thresholds[0])])[:MAX_ROWS]
    section = Section(title, [tr("Receptor weight reached by at least one team (once) and by two teams (twice); "
                                 "a polygon's weight is shared by area.")], table=table)
    if len(thresholds) <= 5:
        section.paragraphs.append(tr("Weight reached per depot (largest first): {}").format("; ".join(
            "{} {}".format(d["depot"], " / ".join("{:,.0f}".format(d["weight_{:g}min".format(t)]) for t in thresholds))
            for d in depots)))
    return section


def _load_section(data):
    t = data["thresholds_min"][0]
    load = sorted(data["depot_load"], key=lambda r: -r["first_weight_{:g}min".format(t)])[:MAX_ROWS]
    rows = [[str(r["depot"]), r["teams"], r["readiness_min"], r["first_sources_{:g}min".format(t)],
             r["first_weight_{:g}min".format(t)], r["reachable_sources_{:g}min".format(t)]] for r in load]
    table = Table([tr("Depot"), tr("Teams"), tr("Readiness (min)"), tr("First responder to"), tr("Their weight"),
                   tr("Sources reachable")], rows)
    return Section(tr("Depot load within {:g} min (busiest first)").format(t), table=table)


def _uncovered_section(data):
    rows = [[str(u.get("name") or u["feature_id"]), status_label(u["status"]), u["weight"], u["teams_in_time"],
             u["first_min"]] for u in sorted(data["uncovered_sources"], key=lambda u: -u["weight"])[:MAX_ROWS]]
    table = Table([tr("Risk source"), tr("Status"), tr("Weight"), tr("Teams in time"), tr("First team (min)")], rows)
    more = len(data["uncovered_sources"]) - len(rows)
    paragraphs = [tr("{} more are listed in the output layer.").format(more)] if more > 0 else []
    return Section(tr("Sources not covered as required (heaviest first)"), paragraphs, table=table)


def emergency_note(data, layer_name):
    """The :class:`PlanningNote` of one run; ``data`` is the JSON report (kept as it is)."""
    rows, required = data["coverage_by_threshold"], data["required_responders"]
    road = data["road_network"]
    figures = [Figure(tr("Risk weight within {:g} min of {}").format(r["threshold_min"], _teams(required)),
                      r["share_covered_required_pct"] / 100.0, "%") for r in rows]
    figures += [Figure(tr("Risk sources"), rows[0]["sources"]),
                Figure(tr("Sources not covered as required"), len(data["uncovered_sources"])),
                Figure(tr("Isolated sources (no route)"), data["status_counts"]["isolated"]),
                Figure(tr("Sources off the road network"), data["status_counts"]["off_network"])]
    if road.get("closed_km"):
        figures += [Figure(tr("Roads closed by barriers"), road["closed_km_barriers"], "km"),
                    Figure(tr("Roads closed to this vehicle"), road["closed_km_restrictions"], "km")]
    figures.append(Figure(tr("Run time"), data["runtime_s"], "s"))
    sections = [_coverage_section(data)]
    if data.get("siting", {}).get("used"):
        sections.append(_curve_section(data))
    if data.get("receptors", {}).get("used"):
        sections.append(_receptor_section(data, "receptors", tr("Receptors reached")))
    if data.get("receptors_peak", {}).get("used"):
        sections.append(_receptor_section(data, "receptors_peak", tr("Receptors reached at peak hour")))
    sections.append(_load_section(data))
    if data["uncovered_sources"]:
        sections.append(_uncovered_section(data))
    sections.append(Section(tr("Road network"), figures=[
        Figure(tr("Road length"), road.get("road_km"), "km"), Figure(tr("Nodes"), road["nodes"]),
        Figure(tr("Edges"), road["edges"]), Figure(tr("Connected pieces"), road["connected_pieces"]),
        Figure(tr("Closed road length"), road.get("closed_km", 0.0), "km")]))
    return PlanningNote(
        title=tr("Emergency coverage — {}").format(layer_name),
        subtitle=tr("{} required responder(s); thresholds {} min").format(
            required, ", ".join("{:g}".format(t) for t in data["thresholds_min"])),
        headline=headline(data), figures=figures, sections=sections, data=data)
