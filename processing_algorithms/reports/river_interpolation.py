"""The planning note of ecosupervision:riverinterpolation, built from the plan's report figures.

Headline (length meeting the target class; with kriging the length that fails it with P ≥ 0.9),
the length per GB 3838 class with a chart, the P_EXCEED bands, the kriging candidates compared,
the leave-one-out figures with a chart, a map of the segments. ``data`` is :meth:`RiverPlan.report`
unchanged, so the JSON keeps its keys.
"""

import os

from qgis.core import QgsFeature, QgsGeometry, QgsProcessingUtils, QgsWkbTypes

from ...eco_supervision_plugin.i18n import tr
from ..qgis_io.sinks import fields_of
from .charts import bar_chart
from .map_image import features_map
from .note import Figure, PlanningNote, Section, Table
from .numbers import format_number

CLASS_COLOURS = ["#00a0e9", "#4db848", "#f6e21a", "#f39800", "#e60012", "#7d0022", "#bbbbbb"]


def _method_label(key):
    return {"decay": tr("Decay model"), "idw": tr("Flow-connected IDW"), "kriging": tr("Stream-network kriging"),
            "straight_idw": tr("Straight-line IDW (QGIS)")}.get(key, key)


def _model_label(name):
    """``tail-up exponential + nugget`` (the core's stable name) in the run's language."""
    families = {"exponential": tr("exponential"), "spherical": tr("spherical"), "linear": tr("linear with sill"),
                "mariah": tr("Mariah"), "gaussian": tr("Gaussian")}
    kinds = {"tail-up": tr("tail-up {}"), "tail-down": tr("tail-down {}"), "euclidean": tr("Euclidean {}")}
    parts = []
    for part in name.split(" + "):
        kind, _, family = part.partition(" ")
        parts.append(tr("Nugget") if part == "nugget" else kinds.get(kind, "{}").format(families.get(family, family)))
    return " + ".join(parts)


def _band_label(key):
    return {"p_ge_0.9": tr("P ≥ 0.9 (fails almost surely)"), "p_0.5_0.9": tr("0.5 ≤ P < 0.9 (likely fails)"),
            "p_lt_0.5": tr("P < 0.5 (likely meets)"), "none": tr("no probability")}.get(key, key)


def _class_section(data):
    rows = data["length_per_class"]
    chart = bar_chart([r["class"] for r in rows], [r["length_km"] for r in rows], tr("Length (km)"),
                      tr("River length per GB 3838 class"), colours=CLASS_COLOURS[:len(rows)])
    return Section(tr("River length per GB 3838 class"), [], [],
                   Table([tr("Class"), tr("Length (km)"), tr("Share")],
                         [[r["class"], r["length_km"], r["percent"] / 100.0] for r in rows], ["", "km", "%"]),
                   chart=chart)


def _band_section(data):
    bands = data.get("p_exceed_bands")
    if not bands:
        return None
    rows = [[tr("All parameters (largest P)")] + [b["length_km"] for b in bands[:3]]]
    for name, per in (data.get("p_exceed_bands_by_parameter") or {}).items():
        rows.append([name] + [b["length_km"] for b in per[:3]])
    cols = [tr("Parameter")] + [_band_label(b["band"]) for b in bands[:3]]
    text = tr("P_EXCEED is the probability that a segment is worse than the target class {} (for DO: below its "
              "limit), from the kriging prediction and its standard error.").format(data["target_class"])
    return Section(tr("Probability of failing the target class"), [text], [],
                   Table(cols, rows, ["", "km", "km", "km"]))


def _model_section(data):
    fits = data.get("kriging_fit") or []
    rows = []
    for f in fits:
        for c in f.get("candidates", []):
            rows.append([f["parameter"], f["network"], _model_label(c["model"]), c["neg2loglik"], c["aic"],
                         c["loo_rmspe"], c["loo_coverage90"], tr("chosen") if c["chosen"] else ""])
    if not rows:
        return None
    model = data.get("kriging_model")
    if model:
        select = {"aic": tr("smallest AIC"), "loo": tr("smallest leave-one-out error"),
                  "fixed": tr("fixed: all chosen components")}.get(model.get("select"), model.get("select", ""))
        text = tr("Estimation {}; model choice: {}. AIC = −2 log L + 2 × parameters; the leave-one-out RMSPE and the "
                  "share of sections inside their 90 % prediction interval show how each candidate predicts a "
                  "section it has not seen.").format(model.get("estimation", ""), select)
    else:  # another method maps the segments; kriging is fitted only to be compared with it at the sections
        text = tr("Stream-network kriging is fitted here only to compare it with {} at the sections. AIC = −2 log L + "
                  "2 × parameters; the leave-one-out RMSPE and the share of sections inside their 90 % prediction "
                  "interval show how each candidate predicts a section it has not seen.").format(
            _method_label(data.get("method")))
    return Section(tr("Kriging models compared"), [text], [],
                   Table([tr("Parameter"), tr("Network"), tr("Covariance model"), tr("−2 log L"), "AIC",
                          tr("LOO RMSPE"), tr("90 % interval coverage"), ""], rows,
                         ["", "", "", "", "", "", "%", ""]))


def _loo_section(data):
    stats = data["leave_one_out"]
    rows = [[s["parameter"], _method_label(s["method"]), s["n"], s["rmspe"], s["bias"], s["mae"],
             s.get("coverage90")] for s in stats]
    first = stats[0]["parameter"] if stats else None
    mine = [s for s in stats if s["parameter"] == first and s["rmspe"] is not None]
    chart = bar_chart([_method_label(s["method"]) for s in mine], [s["rmspe"] for s in mine], tr("RMSPE"),
                      tr("Leave-one-out error of {} by method").format(first)) if mine else ""
    return Section(tr("Leave-one-out cross-validation at the sections"),
                   [tr("Each section is predicted from the others; lower RMSPE is better.")], [],
                   Table([tr("Parameter"), tr("Method"), tr("Sections"), "RMSPE", tr("Bias"), "MAE",
                          tr("90 % interval coverage")], rows, ["", "", "", "", "", "", "%"]), chart=chart)


def river_note(data):
    """``data`` is :meth:`RiverPlan.report`; the note shows it in the run's language."""
    total = data["river_length_km"]
    meets = data["length_meeting_target_km"]
    headline = tr("{} km of {} km of river ({} %) meet the target class {}.").format(
        format_number(meets), format_number(total), format_number(data["length_meeting_target_percent"]),
        data["target_class"])
    figures = [Figure(tr("River length"), total, "km"), Figure(tr("Segments"), data["segments"]),
               Figure(tr("Sections used"), data["sections_used"]),
               Figure(tr("Length meeting the target class"), meets, "km")]
    bands = data.get("p_exceed_bands")
    if bands:
        headline += " " + tr("{} km fail it with a probability of at least 0.9, {} km with 0.5 to 0.9.").format(
            format_number(bands[0]["length_km"]), format_number(bands[1]["length_km"]))
        figures += [Figure(_band_label(b["band"]), b["length_km"], "km") for b in bands[:3]]
    chosen = [s for s in data["leave_one_out"] if s["method"] == data["method"] and s["rmspe"] is not None]
    figures += [Figure(tr("Leave-one-out RMSPE of {}").format(s["parameter"]), s["rmspe"]) for s in chosen]
    sections = [s for s in (_class_section(data), _band_section(data), _model_section(data), _loo_section(data))
                if s is not None]
    return PlanningNote(tr("River water quality along the network"),
                        tr("Method: {}; GB 3838-2002, target class {}").format(_method_label(data["method"]),
                                                                               data["target_class"]),
                        headline, figures, sections,
                        notes=list(data["warnings"]) + list(data["cross_validation_notes"]), data=data)


def segments_map(schema, geometries, rows, crs, title):
    """PNG map of the written segments, styled as the output layer."""
    fields = fields_of(schema)
    features = []
    for geometry, attrs in zip(geometries, rows):
        f = QgsFeature(fields)
        f.setGeometry(QgsGeometry(geometry))
        f.setAttributes(list(attrs))
        features.append(f)
    return features_map(features, fields, QgsWkbTypes.LineString, crs, "river_segments.qml",
                        os.path.join(QgsProcessingUtils.tempFolder(), "river_segments.png"), title)

