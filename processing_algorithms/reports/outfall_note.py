"""The planning note of ecosupervision:outfallallocation, built from the plan's report figures.

Headline, then per parameter: the figures, the checkpoints failing today and the outfalls responsible,
a bar chart of the sources at the worst checkpoint and the capacity against the safety margin (the
planner's trade-off) and the parameter's map: the reaches by today's class (the worst of their segments),
the checkpoints (failing or not) and the outfalls sized by their contribution at their worst checkpoint.
"""

import os

import numpy as np

from ...eco_supervision_plugin.core.river.allocation import OBJECTIVES
from ...eco_supervision_plugin.i18n import tr
from ..qgis_io.wkb import multilinestring_wkbs
from . import charts
from .note import Figure, PlanningNote, Section, Table

BACKGROUND_COLOUR = "#9e9e9e"
# networks with more reaches draw their maps without antialiasing: a 1,000 px map of them is a dense mesh either way,
# and smooth lines cost about three times the drawing time, once per parameter's map
SMOOTH_REACHES = 5000


def status_label(status):
    """The allocation's status (a stable code in the JSON) in the run's language."""
    return {"optimal": tr("optimal"), "infeasible": tr("infeasible"), "no_constraint": tr("no constraint")}.get(
        status, status)


def _sources_chart(p):
    worst = p.get("worst_checkpoint")
    if not worst:
        return ""
    sources = worst["sources"]
    colours = [BACKGROUND_COLOUR] + [charts.PALETTE[2]] * (len(sources) - 1)
    return charts.bar_chart([s["source"] for s in sources], [s["conc_mgl"] for s in sources],
                            tr("Concentration (mg/L)"), colours=colours,
                            title=tr("{}: sources at {} ({} mg/L, limit {} mg/L)").format(
                                p["parameter"], worst["checkpoint"], "{:.4g}".format(worst["conc_mgl"]),
                                "{:.4g}".format(worst["limit_mgl"])))


def _curve_chart(p):
    curve = p.get("capacity_by_margin") or []
    xs = [c["safety_margin_pct"] for c in curve]
    ys = [c["capacity_t_a"] for c in curve]
    return charts.line_chart([(p["parameter"], xs, ys)], tr("Safety margin (%)"), tr("Allowable load (t/a)"),
                             title=tr("{}: capacity against the safety margin").format(p["parameter"]))


def outfall_note(data, objective_names):
    """``data`` is :meth:`AllocationPlan.report` (plain figures); ``objective_names`` the OBJECTIVE choices in
    the run's language; the note shows it in the run's language."""
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
        chart = "".join(c for c in (_sources_chart(p), _curve_chart(p)) if c)
        sections.append(Section(
            "{} ({})".format(p["parameter"], status_label(p["status"])), paragraphs,
            [Figure(tr("Allowable load (capacity)"), p["capacity_t_a"], "t/a"),
             Figure(tr("Today's load"), p["current_load_t_a"], "t/a"),
             Figure(tr("Checkpoints failing today"), len(p["failing_checkpoints"])),
             Figure(tr("Outfalls with no checkpoint below"), p["outfalls_without_checkpoint_below"])], table,
            chart=chart))
    headline = tr("{} checkpoint failure(s) today over {} parameter(s); allowable loads for {} outfall(s).").format(
        n_fail, len(data["parameters"]), data["outfalls_on_network"])
    objective = objective_names[OBJECTIVES.index(data["objective"])]
    return PlanningNote(tr("Outfall contributions and allowable loads"),
                        tr("Objective: {}; safety margin {} %").format(objective, data["safety_margin_pct"]),
                        headline, sections=sections, notes=list(data["warnings"]), data=data)


def _memory_layer(kind, crs, name, fields):
    from qgis.core import QgsVectorLayer

    from ..qgis_io.sinks import qgs_field

    layer = QgsVectorLayer("{}?crs={}".format(kind, crs.authid()), name, "memory")
    layer.dataProvider().addAttributes([qgs_field(f, "double") for f in fields])
    layer.updateFields()
    return layer


def _add_points(layer, xy, rows):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    features = []
    for (x, y), row in zip(np.asarray(xy, dtype=float).tolist(), rows):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes(row)
        features.append(f)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()


def _categories(layer, field, entries, make_symbol):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

    layer.setRenderer(QgsCategorizedSymbolRenderer(field, [
        QgsRendererCategory(value, make_symbol(colour), label) for value, colour, label in entries]))


def _class_lines(points, counts, classes):
    """One MultiLineString WKB per GB 3838 class present (reaches of class 0, not assessed, left out): [(class,
    WKB)]. A handful of features draws far faster than one per reach, and the vertices are shared by every map."""
    starts = np.cumsum(counts) - counts
    keep = np.flatnonzero(classes > 0)
    if not keep.size:
        return []
    order = keep[np.argsort(classes[keep], kind="stable")]
    n = counts[order]
    vertices = np.repeat(starts[order] - (np.cumsum(n) - n), n) + np.arange(int(n.sum()))
    present, line_group = np.unique(classes[order], return_inverse=True)
    return list(zip(present.tolist(), multilinestring_wkbs(points[vertices], n, line_group, len(present))))


def _add_lines(layer, class_wkbs):
    from qgis.core import QgsFeature

    from ..qgis_io.feature_writer import lines_from_wkb

    features = []
    for (value, _wkb), geometry in zip(class_wkbs, lines_from_wkb(wkb for _, wkb in class_wkbs)):
        f = QgsFeature(layer.fields())
        f.setGeometry(geometry)
        f.setAttributes([float(value)])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()


def _field(name, k):
    return "{}_{}".format(name, k)


def outfall_maps(plan, checkpoint_xy, outfall_xy, crs, folder):
    """The contributions map of every parameter as a PNG in ``folder`` (see the module docstring), in the order of
    ``plan.parameters``; returns their paths.

    The reach vertices are shared by the maps: each draws them as one MultiLineString per class (a handful of
    features instead of one per reach, the costly part); the checkpoint and outfall layers are built once with a
    field per parameter, and each map points their renderers at its parameter's field."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsRectangle,
        QgsRendererCategory,
    )

    from ...eco_supervision_plugin.standards import gb3838
    from .map_image import render

    params = plan.parameters
    n = len(params)
    # the reaches (a 1,000 px map cannot show segments), each classed by its worst segment today
    reach_xy = plan.system.net.reach_xy
    points, counts = np.concatenate(reach_xy), np.array([len(xy) for xy in reach_xy], dtype=np.int64)
    checkpoints = _memory_layer("Point", crs, tr("Checkpoints"), [_field("fails", k) for k in range(n)])
    on = plan.checkpoint_reach >= 0
    drawn = np.concatenate([points, np.asarray(checkpoint_xy, dtype=float).reshape(-1, 2)[on],
                            np.asarray(outfall_xy, dtype=float).reshape(-1, 2)])
    extent = QgsRectangle(*drawn.min(axis=0), *drawn.max(axis=0))  # once, from the arrays
    fails = np.column_stack([p.failing[on] for p in params]).astype(float) if n else np.zeros((int(on.sum()), 0))
    _add_points(checkpoints, np.asarray(checkpoint_xy)[on], fails.tolist())
    outfalls = _memory_layer("Point", crs, tr("Outfalls"), [_field("share", k) for k in range(n)])
    shares = []
    for p in params:
        contrib = np.nan_to_num(p.worst_contribution)
        top = float(contrib.max()) if len(contrib) and contrib.max() > 0 else 1.0
        shares.append(np.minimum(3, (contrib / top * 3).astype(int)).astype(float))
    _add_points(outfalls, outfall_xy, np.column_stack(shares).tolist() if n else [[] for _ in outfall_xy])
    roman = ["I", "II", "III", "IV", "V", tr("worse than V")]
    river_classes = [(float(c), gb3838.CLASS_COLOURS[c], tr("Class {}").format(roman[c - 1])) for c in range(1, 7)]
    sizes = ((0.0, 1.6, tr("Small contribution")), (1.0, 2.6, tr("Medium contribution")),
             (2.0, 3.8, tr("Large contribution")), (3.0, 5.0, tr("Largest contribution")))
    paths = []
    for k, p in enumerate(params):
        classes = np.zeros(len(reach_xy), dtype=np.int64)
        if plan.segments is not None:
            np.maximum.at(classes, plan.segments.reach, gb3838.classify_array(p.item, p.segment_before))
        rivers = _memory_layer("MultiLineString", crs, tr("River class today ({})").format(p.name), ["class"])
        _add_lines(rivers, _class_lines(points, counts, classes))
        _categories(rivers, "class", river_classes,
                    lambda colour: QgsLineSymbol.createSimple({"color": colour, "width": "0.9"}))
        _categories(checkpoints, _field("fails", k), [(1.0, "#d7191c", tr("Checkpoint failing today")),
                                                      (0.0, "#1a9641", tr("Checkpoint meeting its target"))],
                    lambda colour: QgsMarkerSymbol.createSimple({"name": "triangle", "color": colour, "size": "4",
                                                                 "outline_color": "#222222"}))
        outfalls.setRenderer(QgsCategorizedSymbolRenderer(_field("share", k), [QgsRendererCategory(
            v, QgsMarkerSymbol.createSimple({"name": "circle", "color": "#762a83", "size": str(size),
                                             "outline_color": "#ffffff"}), label) for v, size, label in sizes]))
        paths.append(render([checkpoints, outfalls, rivers], os.path.join(folder, "outfall_contributions_{}.png".format(
            k + 1)), tr("Outfall contributions ({})").format(p.name),
            tr("Outfalls sized by their contribution at their worst checkpoint"), extent=extent, size=(1000, 760),
            antialias=len(reach_xy) <= SMOOTH_REACHES))
    return paths
