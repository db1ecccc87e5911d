"""The source attribution report: stable JSON keys (batch users read them), headline and notes translated."""

from ...eco_supervision_plugin.core.air.plan import report_figures
from ...eco_supervision_plugin.core.messages import translate_message
from ...eco_supervision_plugin.i18n import tr


def attribution_report(plan, table, seconds):
    report = {"headline": ""}
    report.update(report_figures(plan, table.fids if table is not None else None))
    top = report.get("top_candidates")
    if top:
        report["headline"] = tr("Most likely source: feature {} ({} station(s) point at it).").format(
            top[0]["fid"], top[0]["stations_pointing"])
    report["notes"] = [translate_message(n, tr) for n in plan.notes]
    report["runtime_s"] = seconds
    return report
