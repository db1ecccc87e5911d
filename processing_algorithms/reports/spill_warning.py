"""The spill early warning's rows and planning note: receptors in order of arrival, breakthrough charts, map.

Times are seconds after START_TIME in the core; here they become the user's local clock time with the zone
named ("2026-11-20 14:20 CST"), and hours after the start. :func:`receptor_rows` gives one plain dict per
receptor (the OUTPUT layer, the note's table and the JSON report read the same rows); :func:`report_meta`
the run's settings it quotes; :func:`spill_note` the planning note.
"""

import datetime as dt
import math

import numpy as np

from ...eco_supervision_plugin.core.messages import translate_message
from ...eco_supervision_plugin.core.river.spill import REACHED, STATUS_LABELS
from ...eco_supervision_plugin.i18n import tr
from ...eco_supervision_plugin.standards import gb3838
from . import charts
from .note import Figure, PlanningNote, Section, Table
from .numbers import format_number

CHART_LIMIT = 12  # breakthrough charts in the note (the first receptors to be reached)


class Clock:
    """START_TIME (epoch seconds) and the local zone: seconds after the start → local datetimes and texts."""

    def __init__(self, start_epoch):
        self.start = dt.datetime.fromtimestamp(float(start_epoch), dt.timezone.utc).astimezone()
        self.start_epoch = float(start_epoch)

    def at(self, seconds):
        if seconds is None or not math.isfinite(seconds):
            return None
        return (self.start + dt.timedelta(seconds=float(seconds))).astimezone()

    def zone(self, when=None):
        when = when or self.start
        return when.tzname() or when.strftime("%z")

    def text(self, seconds, with_date=True):
        when = self.at(seconds)
        if when is None:
            return "—"
        return "{} {}".format(when.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M"), self.zone(when))

    def cell(self, seconds):
        """Month, day and time without the zone, for tables whose heading names the zone."""
        when = self.at(seconds)
        return "—" if when is None else when.strftime("%m-%d %H:%M")

    def iso(self, seconds):
        when = self.at(seconds)
        return None if when is None else when.isoformat(timespec="seconds")


def hours(seconds, digits=2):
    return None if seconds is None or not math.isfinite(seconds) else round(float(seconds) / 3600.0, digits)


def _num(value, digits=None):
    if value is None or not math.isfinite(value):
        return None
    return round(float(value), digits) if digits is not None else float(value)


def receptor_rows(run, labels, spill_labels):
    """One dict per receptor: status, times (s after the start), peak, class, limit, time to act."""
    rows = []
    for r in run.plan.receptors:
        i = r.index
        rows.append({
            "receptor": str(labels[i]), "status": r.status, "status_label": tr(STATUS_LABELS[r.status]),
            "snap_m": _num(run.receptor_dist[i], 1), "spill": spill_labels[r.spill] if r.spill >= 0 else None,
            "distance_km": _num(r.distance_m / 1000.0, 3), "travel_s": _num(r.travel_time_s),
            "arrival_s": _num(r.arrival_s), "peak_s": _num(r.peak_time_s), "peak_mgl": _num(r.peak_conc),
            "peak_class": gb3838.class_label(r.peak_class), "limit_mgl": r.limit,
            "exceed_start_s": _num(r.exceed_start_s), "exceed_end_s": _num(r.exceed_end_s),
            "above_s": float(r.exceed_duration_s), "above_at_horizon": bool(r.above_at_horizon),
            "rising_at_horizon": bool(r.rising_at_horizon), "act_s": _num(r.act_within_s)})
    return rows


def arrival_order(rows):
    """Reached receptors by arrival, then the others in input order."""
    reached = sorted((k for k, row in enumerate(rows) if row["status"] == REACHED), key=lambda k: rows[k]["arrival_s"])
    return reached + [k for k, row in enumerate(rows) if row["status"] != REACHED]


def json_rows(rows, clock):
    """The receptors for the JSON report: hours after the start and local ISO datetimes (stable keys)."""
    out = []
    for row in rows:
        item = {k: v for k, v in row.items() if not k.endswith("_s")}
        for key in ("travel_s", "arrival_s", "peak_s", "exceed_start_s", "exceed_end_s", "above_s", "act_s"):
            item[key[:-2] + "_h"] = hours(row[key], 3)
        for key in ("arrival_s", "peak_s", "exceed_start_s", "exceed_end_s", "act_s"):
            item[key[:-2] + "_time"] = clock.iso(row[key])
        out.append(item)
    return out


def _headline(rows, clock, horizon_h):
    exceeding = [row for row in rows if row["status"] == REACHED and row["exceed_start_s"] is not None]
    if exceeding:
        first = min(exceeding, key=lambda row: row["exceed_start_s"])
        above = format_number(hours(first["above_s"], 1), 1)
        text = (tr("{} is reached in {} h, above the limit for at least {} h (still above at the horizon) — close it "
                   "by {}.") if first["above_at_horizon"] else
                tr("{} is reached in {} h, above the limit for {} h — close it by {}.")).format(
            first["receptor"], format_number(hours(first["arrival_s"], 1), 1), above, clock.text(first["act_s"]))
        if len(exceeding) > 1:
            text += " " + tr("{} receptors in all exceed the limit.").format(len(exceeding))
        return text
    reached = [row for row in rows if row["status"] == REACHED]
    if reached:
        first = min(reached, key=lambda row: row["arrival_s"])
        return tr("{} is reached first, in {} h; no receptor exceeds its limit (highest peak {} mg/L).").format(
            first["receptor"], format_number(hours(first["arrival_s"], 1)),
            format_number(max(row["peak_mgl"] for row in reached)))
    return tr("No receptor is reached within the {} h horizon.").format(format_number(horizon_h))


def _chart(run, row, k, clock):
    times = run.plan.times_s / 3600.0
    curve = run.plan.curves[k]
    peak = max(float(curve.max()), row["limit_mgl"])
    series = [(row["receptor"], times.tolist(), curve.tolist()),
              (tr("limit"), [float(times[0]), float(times[-1])], [row["limit_mgl"]] * 2)]
    return charts.line_chart(series, tr("Hours after the spill (start {})").format(clock.text(0.0)),
                             tr("Concentration (mg/L)"),
                             title=tr("Breakthrough at {}").format(row["receptor"]), markers=False,
                             y_range=(0.0, peak * 1.05))


def spill_rows(run, clock):
    """The spills as used: name, on the network or not, snapping distance, mass, duration, start."""
    sp = run.spills
    return [{"spill": str(sp.labels[j]), "used": bool(run.plan.spill_used[j]), "snap_m": _num(run.spill_dist[j], 1),
             "mass_kg": float(sp.mass_kg[j]), "duration_min": float(sp.duration_s[j]) / 60.0,
             "start_time": clock.iso(float(sp.start_s[j]))} for j in range(len(sp.labels))]


def report_data(run, rows, clock, meta):
    """``info`` for the note's assumptions and the JSON report's ``data`` (stable keys, documented in the help)."""
    options = meta["options"]
    seg = run.plan.segments
    reached_km = round(float(run.segments.length[seg.index[np.isfinite(seg.arrival_s)]].sum()) / 1000.0, 2)
    disp = {k: int(v) for k, v in vars(run.plan.dispersion).items()}
    info = dict(meta, dispersion=disp, default_dispersion=options.default_dispersion,
                decay_per_day=options.decay_per_day, horizon_h=options.horizon_s / 3600.0,
                time_step_min=options.time_step_s / 60.0, reached_km=reached_km)
    data = {"algorithm": "ecosupervision:spillwarning", "crs": meta["crs"], "start_time": clock.iso(0.0),
            "time_zone": clock.zone(), "pollutant": options.pollutant, "item": run.item, "limit_mgl": run.limit,
            "limit_source": meta["limit_source"], "decay_per_day": options.decay_per_day,
            "horizon_h": info["horizon_h"], "time_step_min": info["time_step_min"],
            "discharge_field": meta["discharge_field"], "velocity_field": meta["velocity_field"],
            "dispersion_sources": disp, "dispersion_fields": {k: v or None for k, v in meta["fields"].items()},
            "default_dispersion_m2s": options.default_dispersion, "edge_fraction": run.plan.edge_fraction,
            "spills_used": int(run.plan.spill_used.sum()), "spills": spill_rows(run, clock),
            "receptors": json_rows(rows, clock),
            "downstream_segments": int(len(seg.index)), "reached_km": reached_km,
            "warnings": [translate_message(w, tr) for w in run.warnings], "runtime_s": meta["runtime_s"]}
    return info, data


def _peak_text(row):
    """"1.52 (V)": the peak concentration with its GB 3838 class (one column: the table fits 1,000 px)."""
    peak = row["peak_mgl"]
    if peak is None or peak != peak:
        return None
    return "{} ({})".format(format_number(peak), row["peak_class"]) if row["peak_class"] else format_number(peak)


def report_meta(crs_authid, options, fields, per_receptor, discharge_field, velocity_field, runtime_s):
    """The run's settings the note and the JSON report quote: CRS, pollutant, options, the river fields, where
    the limit comes from (given, the GB 3838 target class, per receptor) and the runtime."""
    limit_source = tr("given") if options.limit else tr("GB 3838 class {}").format(
        gb3838.class_label(options.target_class))
    if per_receptor:
        limit_source += tr("; per receptor from its field where given")
    return {"crs": crs_authid, "pollutant": options.pollutant, "options": options, "fields": fields,
            "limit_source": limit_source, "discharge_field": discharge_field,
            "velocity_field": velocity_field or tr("the default velocity"), "runtime_s": runtime_s}


def spill_note(run, rows, clock, meta):
    """The planning note; ``meta``: CRS, pollutant, options, river fields, limit source, flow fields, run time."""
    info, data = report_data(run, rows, clock, meta)
    order = arrival_order(rows)
    table = Table([tr("Receptor"), tr("Status"), tr("Arrival"), tr("Peak"), tr("Peak (mg/L) and class"),
                   tr("Limit (mg/L)"), tr("Above the limit"), tr("Act by")],
                  [[row["receptor"], row["status_label"], clock.cell(row["arrival_s"]), clock.cell(row["peak_s"]),
                    _peak_text(row), row["limit_mgl"],
                    hours(row["above_s"], 1) if row["status"] == REACHED else None,
                    clock.cell(row["act_s"])] for row in (rows[k] for k in order)],
                  ["", "", "", "", "", "", "h", ""])
    reached = [k for k in order if rows[k]["status"] == REACHED]
    sections = [Section(tr("Receptors in order of arrival"), [tr("Times in {}; hours after the spill in the layers "
                                                                 "and the JSON report.").format(clock.zone())],
                        table=table)]
    for k in reached[:CHART_LIMIT]:
        sections.append(Section(tr("Breakthrough at {}").format(rows[k]["receptor"]), chart=_chart(run, rows[k], k,
                                                                                                    clock)))
    disp = info["dispersion"]
    assumptions = [
        tr("Pollutant {}; limit {} mg/L ({}).").format(info["pollutant"], format_number(run.limit),
                                                        info["limit_source"]),
        tr("Flow field: discharge from {}, velocity from {}.").format(info["discharge_field"], info["velocity_field"]),
        tr("Dispersion coefficient per reach: {} from a field, {} by Fischer's formula E = 0.011·u²·B²/(h·u*), {} "
           "the default of {} m²/s, {} without.").format(disp["given"], disp["fischer"], disp["default"],
                                                         format_number(info["default_dispersion"]), disp["missing"]),
        tr("First-order decay {} 1/d; leading edge at {} % of the limit; horizon {} h at {} min steps.").format(
            format_number(info["decay_per_day"]), format_number(100 * run.plan.edge_fraction),
            format_number(info["horizon_h"]), format_number(info["time_step_min"])),
        tr("Model: 1-D advection–dispersion with decay along the directed network, complete mixing over the "
           "cross-section and at confluences; a finite release is the continuous load of that duration."),
    ]
    sections.append(Section(tr("Assumptions"), assumptions))
    n_exceed = sum(1 for row in rows if row["above_s"] > 0)
    figures = [Figure(tr("Spills"), int(run.plan.spill_used.sum())), Figure(tr("Receptors"), len(rows)),
               Figure(tr("Receptors reached within the horizon"), len(reached)),
               Figure(tr("Receptors above the limit"), n_exceed),
               Figure(tr("River length reached downstream"), info["reached_km"], "km"),
               Figure(tr("Start of the spill"), clock.text(0.0)), Figure(tr("Run time"), info["runtime_s"], "s")]
    return PlanningNote(tr("Spill early warning"), tr("{} — {} spill(s), {} receptor(s)").format(
        info["pollutant"], int(run.plan.spill_used.sum()), len(rows)), _headline(rows, clock, info["horizon_h"]),
        figures=figures, sections=sections, notes=[translate_message(w, tr) for w in run.warnings], data=data)
