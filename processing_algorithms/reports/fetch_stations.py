"""The live-station pull's planning note: stations per network, stale and unusable counts, class distribution.

The time of the data is shown in the computer's time zone with the zone named (China Standard Time for a
bureau in China); the JSON keeps the pull's stable keys (docs/algorithms/fetchstations.md) and UTC times.
"""

from ...eco_supervision_plugin.core.messages import translate_message
from ...eco_supervision_plugin.i18n import tr
from ...eco_supervision_plugin.standards import gb3838, hj633
from ..qgis_io.stations import class_label
from . import charts
from .note import Figure, PlanningNote, Section, Table
from .numbers import format_local_time, format_number


def _network_label(network):
    return {"air": tr("Air"), "water": tr("Water")}.get(network, network or "—")


def station_summary(rows):
    """Per network: {stations, stale stations, unclassified stations, newest and oldest reading (UTC)}."""
    stations = {}
    for r in rows:
        key = (r.get("network"), r.get("station_id"), r.get("code"))
        st = stations.setdefault(key, {"stale": True, "level": r.get("level"), "time": None})
        st["stale"] = st["stale"] and bool(r.get("stale"))
        if r.get("time") is not None and (st["time"] is None or r["time"] > st["time"]):
            st["time"] = r["time"]
    out = {}
    for (network, _sid, _code), st in stations.items():
        s = out.setdefault(network, {"stations": 0, "stale": 0, "unclassified": 0, "newest": None, "oldest": None,
                                     "levels": {}})
        s["stations"] += 1
        s["stale"] += 1 if st["stale"] else 0
        if st["level"]:
            s["levels"][st["level"]] = s["levels"].get(st["level"], 0) + 1
        else:
            s["unclassified"] += 1
        if st["time"] is not None:
            s["newest"] = st["time"] if s["newest"] is None else max(s["newest"], st["time"])
            s["oldest"] = st["time"] if s["oldest"] is None else min(s["oldest"], st["time"])
    return out


def _class_section(network, summary):
    if network == "air":
        levels = range(1, 7)
        names = ["{} {}".format(level, class_label(hj633.CATEGORIES[level][1])) for level in levels]
        colours = [hj633.CATEGORY_COLOURS[level] for level in levels]
        title, axis = tr("Air stations per AQI category (HJ 633)"), tr("AQI category")
    else:
        levels = range(1, 7)
        names = [gb3838.CLASS_LABELS[level][0] for level in levels]
        colours = [gb3838.CLASS_COLOURS[level] for level in levels]
        title, axis = tr("Water stations per GB 3838-2002 class"), tr("Water quality class")
    counts = [summary["levels"].get(level, 0) for level in levels]
    chart = charts.bar_chart([str(level) if network == "air" else names[k] for k, level in enumerate(levels)],
                             counts, tr("Stations"), title=title, colours=colours, x_label=axis)
    table = Table([axis, tr("Stations")], [[names[k], counts[k]] for k in range(len(names))]
                  + [[tr("Not classified / no value"), summary["unclassified"]]])
    return Section(title, [], chart=chart, table=table)


def fetch_note(rows, data, host, pulled_at):
    """The planning note of one pull; ``data`` is the stable JSON report (``cloud.pull`` keys and the run's),
    ``pulled_at`` the (aware) time of the pull."""
    summary = station_summary(rows)
    newest = max((s["newest"] for s in summary.values() if s["newest"] is not None), default=None)
    oldest = min((s["oldest"] for s in summary.values() if s["oldest"] is not None), default=None)
    stale = sum(s["stale"] for s in summary.values())
    per_network = "; ".join(tr("{}: {} stations").format(_network_label(n), format_number(s["stations"]))
                            for n, s in sorted(summary.items(), key=lambda p: str(p[0])))
    headline = tr("{} stations read from {} ({}); data as of {}; {} stale, {} without a location.").format(
        format_number(data.get("stations_kept", 0)), host, per_network or "—", format_local_time(newest),
        format_number(stale), format_number(data.get("stations_without_location", 0)))
    networks = Table([tr("Network"), tr("Stations"), tr("Stale"), tr("Not classified"), tr("Newest reading"),
                      tr("Oldest reading")],
                     [[_network_label(n), s["stations"], s["stale"], s["unclassified"], format_local_time(s["newest"]),
                       format_local_time(s["oldest"])] for n, s in sorted(summary.items(), key=lambda p: str(p[0]))])
    sections = [Section(tr("Stations per network"), [tr("Times are local ({}); the layer stores them in UTC.").format(
        format_local_time(newest).rsplit(" ", 1)[-1] if newest else "—")], table=networks)]
    sections += [_class_section(n, s) for n, s in sorted(summary.items(), key=lambda p: str(p[0]))
                 if n in ("air", "water")]
    figures = [Figure(tr("Stations received"), data.get("stations_received", 0)),
               Figure(tr("Stations kept"), data.get("stations_kept", 0)),
               Figure(tr("Stations without a location"), data.get("stations_without_location", 0)),
               Figure(tr("Stale stations"), stale), Figure(tr("Rows written"), data.get("rows_written", 0)),
               Figure(tr("HTTP requests"), data.get("http_requests", 0)),
               Figure(tr("Newest reading"), format_local_time(newest)),
               Figure(tr("Oldest reading"), format_local_time(oldest)),
               Figure(tr("Run time"), data.get("runtime_s"), "s")]
    return PlanningNote(title=tr("Live stations — {}").format(host),
                        subtitle=tr("Pulled at {}").format(format_local_time(pulled_at)),
                        headline=headline, figures=figures, sections=sections,
                        notes=[translate_message(w, tr) for w in data.get("warnings", [])],
                        data=_json_data(data, summary, newest, oldest, pulled_at))


def _utc(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ") if t is not None else None


def _json_data(data, summary, newest, oldest, pulled_at):
    """The pull's keys, plus per network counts and the reading times in UTC (ISO 8601)."""
    out = {"algorithm": "ecosupervision:fetchstations", **data}
    out["stations_per_network"] = {str(n): {"stations": s["stations"], "stale": s["stale"],
                                            "unclassified": s["unclassified"],
                                            "per_level": {str(k): v for k, v in sorted(s["levels"].items())}}
                                   for n, s in summary.items()}
    out.update(newest_reading_utc=_utc(newest), oldest_reading_utc=_utc(oldest), pulled_at_utc=_utc(pulled_at))
    out["warnings"] = [str(w) for w in data.get("warnings", [])]
    return out
