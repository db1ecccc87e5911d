"""The inspection draw's planning note: what was drawn per stratum, officer loads, the verification record."""

from ...eco_supervision_plugin.core.messages import translate_message
from ...eco_supervision_plugin.i18n import tr
from . import charts
from .note import Figure, PlanningNote, Section, Table


def route_section(plan, officers, task_ids):
    """Per officer: days, inspections, road km and hours of the day plans; the JSON summary beside it."""
    rows, data = [], {}
    for g, k in enumerate(plan.officers):
        days, stops, km, hours = plan.totals(g)
        longest = max((r.hours for r in plan.of_group(g)), default=0.0)
        rows.append([officers.ids[k], days, stops, km, hours, longest])
        data[officers.ids[k]] = {"days": days, "stops": stops, "km": round(km, 3), "hours": round(hours, 3),
                                 "longest_day_h": round(longest, 3)}
    days, stops, km, hours = plan.totals()
    unreachable = sorted({task_ids[s] for _g, s in plan.unreachable})
    table = Table([tr("Officer"), tr("Days"), tr("Inspections"), tr("Road km"), tr("Hours"), tr("Longest day (h)")],
                  rows, ["", "", "", "km", "h", "h"])
    section = Section(tr("Day routes"), [tr("Each officer leaves the office, visits their inspections in the order "
                                            "of the shortest road time found and comes back; hours include the "
                                            "time at each enterprise.")],
                      figures=[Figure(tr("Officer days planned"), days), Figure(tr("Road distance, all routes"), km,
                                                                               "km"),
                               Figure(tr("Hours, all routes"), hours, "h"),
                               Figure(tr("Inspections out of reach of the roads"), len(unreachable))],
                      table=table)
    summary = {"days": days, "visits": stops, "km": round(km, 3), "hours": round(hours, 3),
               "unreachable_tasks": unreachable, "missing_locations": plan.missing_points, "officers": data}
    return section, summary


def draw_note(result, register, officers, register_name, seconds, routes=None):
    drawn, total = len(result.drawn), len(register.ids)
    loads = [int(v) for v in result.loads]
    busy = [v for v in loads if v > 0]
    per_stratum = "; ".join("{} {}/{}".format(s.stratum, s.drawn, s.eligible) for s in result.strata)
    headline = tr("{} of {} enterprises drawn for inspection ({}); {} officers in teams of {}, at most {} "
                  "inspections each; seed \u201c{}\u201d.").format(
        drawn, total, per_stratum, len(busy), len(result.teams[0]) if result.teams else 0, result.load_cap,
        result.record.seed)
    strata = Table([tr("Stratum"), tr("Registered"), tr("Eligible"), tr("Rate"), tr("Expected"), tr("Drawn")],
                   [[s.stratum, s.registered, s.eligible, s.rate, s.expected, s.drawn] for s in result.strata],
                   ["", "", "", "%", "", ""])
    histogram = {}
    for v in loads:
        histogram[v] = histogram.get(v, 0) + 1
    load_chart = charts.bar_chart([str(k) for k in sorted(histogram)], [histogram[k] for k in sorted(histogram)],
                                  tr("Officers"), title=tr("Officers by number of inspections"),
                                  x_label=tr("Inspections per officer"))
    record = result.record
    verification = Table([tr("Item"), tr("Value")], [
        [tr("Seed"), record.seed], [tr("Algorithm version"), record.version],
        [tr("Enterprise register (SHA-256)"), record.enterprise_register_sha256],
        [tr("Inspector register (SHA-256)"), record.officer_register_sha256],
        [tr("Enterprises in the register"), str(record.enterprises)],
        [tr("Officers in the register"), str(record.officers)]])
    data = {
        "algorithm": "ecosupervision:inspectiondraw",
        "drawn": drawn, "enterprises": total, "officers": len(officers.ids), "officers_with_tasks": len(busy),
        "load_cap": result.load_cap, "loads": dict(zip(officers.ids, loads)),
        "strata": [{"stratum": s.stratum, "registered": s.registered, "eligible": s.eligible, "rate": s.rate,
                    "expected": s.expected, "drawn": s.drawn} for s in result.strata],
        "verification": {"seed": record.seed, "version": record.version,
                         "enterprise_register_sha256": record.enterprise_register_sha256,
                         "officer_register_sha256": record.officer_register_sha256},
        "runtime_s": seconds,
    }
    sections = [Section(tr("Drawn per stratum"), [tr("Each stratum is a simple random sample of its eligible "
                                                    "enterprises; the number drawn is the rate × eligible, "
                                                    "rounded half up.")], table=strata),
                Section(tr("Officer loads"), [tr("The loads are as even as the conflict rules allow: no smaller "
                                                 "largest load staffs every inspection.")], chart=load_chart)]
    notes = [translate_message(n, tr) for n in result.notes]
    if routes is not None:
        section, data["routes"] = route_section(routes, officers, [register.ids[e] for e in result.drawn])
        days, _stops, km, hours = routes.totals()
        headline += " " + tr("Day plans: {} officer days, {:.0f} km of road, {:.0f} hours.").format(days, km, hours)
        sections.append(section)
        notes += [translate_message(n, tr) for n in routes.notes]
    sections.append(Section(tr("Verification record (publish with the result)"),
                            [tr("Anyone holding the two registers and the seed reproduces this draw exactly.")],
                            table=verification))
    return PlanningNote(
        title=tr("Inspection draw — {}").format(register_name),
        subtitle=tr("Double random, one public: seed {}, {}").format(record.seed, record.version),
        headline=headline,
        figures=[Figure(tr("Enterprises drawn"), drawn),
                 Figure(tr("Share of the register"), drawn / total if total else None, "%"),
                 Figure(tr("Largest load per officer"), result.load_cap, tr("inspections")),
                 Figure(tr("Officers without a task"), len(loads) - len(busy)), Figure(tr("Run time"), seconds, "s")],
        sections=sections,
        notes=notes,
        data=data)
