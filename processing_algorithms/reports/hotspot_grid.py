"""The hotspot grid's planning note, and the human labels its layers carry in the run's language.

Cells per Gi* confidence bin and per emerging category (table and bar chart), the cells a planner should
put sensors in (hot spots at 99 % and 95 % confidence, observed, strongest z first), a map of the bins.
The JSON keeps the stable keys of ``core.hotspot.tables.report`` (docs/algorithms/hotspotgrid.md).
"""

import numpy as np

from ...eco_supervision_plugin.core.hotspot import trend
from ...eco_supervision_plugin.core.messages import translate_message
from ...eco_supervision_plugin.i18n import run_language, tr
from . import charts
from .note import Figure, PlanningNote, Section, Table
from .numbers import format_number

BIN_COLOURS = {3: "#b2182b", 2: "#ef8a62", 1: "#fddbc7", 0: "#dddddd", -1: "#d1e5f0", -2: "#67a9cf", -3: "#2166ac"}
SENSOR_ROWS = 20  # the candidate cells listed in the note


def bin_labels():
    """Gi* confidence bin → legend label (the labels of hotspot_gi_bin.qml)."""
    return {3: tr("Hot spot, 99 % confidence"), 2: tr("Hot spot, 95 % confidence"),
            1: tr("Hot spot, 90 % confidence"), 0: tr("Not significant"), -1: tr("Cold spot, 90 % confidence"),
            -2: tr("Cold spot, 95 % confidence"), -3: tr("Cold spot, 99 % confidence")}


def emerging_labels():
    """Emerging category code (``ehs_code``) → label (the labels of hotspot_emerging.qml)."""
    hot = {trend.NEW: tr("New hot spot"), trend.CONSECUTIVE: tr("Consecutive hot spot"),
           trend.INTENSIFYING: tr("Intensifying hot spot"), trend.PERSISTENT: tr("Persistent hot spot"),
           trend.DIMINISHING: tr("Diminishing hot spot"), trend.SPORADIC: tr("Sporadic hot spot"),
           trend.OSCILLATING: tr("Oscillating hot spot"), trend.HISTORICAL: tr("Historical hot spot")}
    cold = {-trend.NEW: tr("New cold spot"), -trend.CONSECUTIVE: tr("Consecutive cold spot"),
            -trend.INTENSIFYING: tr("Intensifying cold spot"), -trend.PERSISTENT: tr("Persistent cold spot"),
            -trend.DIMINISHING: tr("Diminishing cold spot"), -trend.SPORADIC: tr("Sporadic cold spot"),
            -trend.OSCILLATING: tr("Oscillating cold spot"), -trend.HISTORICAL: tr("Historical cold spot")}
    return {trend.NO_PATTERN: tr("No pattern detected"), **hot, **cold}


def trend_labels():
    """Mann-Kendall direction (core code) → label."""
    return {trend.INCREASING: tr("increasing"), trend.DECREASING: tr("decreasing"), trend.NO_TREND: tr("no trend")}


def grid_type_label(kind):
    return {"square": tr("Square"), "hexagon": tr("Hexagon")}.get(kind, kind)


def labelled_cells(schema, rows):
    """The cell rows with ``ehs_category`` and ``trend`` in the run's language (``ehs_code`` stays the code).

    An English run writes the core's own words ("persistent hot spot"), as earlier releases did.
    """
    names = [name for name, _kind in schema]
    if "ehs_code" not in names or run_language() == "en":
        return rows
    code, category, direction = names.index("ehs_code"), names.index("ehs_category"), names.index("trend")
    categories, directions = emerging_labels(), trend_labels()
    out = []
    for row in rows:
        row = list(row)
        row[category] = categories.get(row[code], row[category])
        row[direction] = directions.get(row[direction], row[direction])
        out.append(row)
    return out


def sensor_cells(plan, limit=SENSOR_ROWS):
    """Observed hot-spot cells at 95 % or 99 % confidence, strongest Gi* z first: where sensors pay off most."""
    observed = (plan.n_obs > 0) & np.isfinite(plan.gi_z)
    cells = np.nonzero(observed & (plan.gi_bin >= 2))[0]
    return cells[np.argsort(-plan.gi_z[cells], kind="stable")][:limit], len(cells)


def hotspot_note(plan, spec, data, input_title, crs_id):
    """The planning note of one hotspot grid run; ``data`` is the stable JSON report."""
    labels, counts = bin_labels(), {b: int((plan.gi_bin == b).sum()) for b in range(3, -4, -1)}
    hot99, hot95 = counts[3], counts[2]
    candidates, n_candidates = sensor_cells(plan)
    codes, cx = plan.grid.codes, plan.grid.centres
    if n_candidates:
        headline = tr("{} of {} cells are hot spots at 99 % confidence and {} at 95 %; {} observed hot-spot cells "
                      "are where new sensors add the most, led by {}.").format(
            format_number(hot99), format_number(len(plan.grid)), format_number(hot95), format_number(n_candidates),
            codes[candidates[0]])
    else:
        headline = tr("No cell is a hot spot at 95 % or 99 % confidence among the {} observed cells of {}; the "
                      "grid gives no evidence yet for where to add sensors.").format(
            format_number(plan.cells_observed), format_number(len(plan.grid)))
    if plan.trend is not None:
        new = int(np.isin(plan.trend.ehs_code, (trend.NEW, trend.INTENSIFYING)).sum())
        headline += " " + tr("{} cells are new or intensifying hot spots over {} periods.").format(
            format_number(new), len(plan.trend.labels))
    bins = Table([tr("Gi* category"), tr("Cells"), tr("Share of the cells")],
                 [[labels[b], counts[b], counts[b] / max(len(plan.grid), 1)] for b in counts], ["", "", "%"])
    bin_chart = charts.bar_chart([str(b) for b in counts], list(counts.values()), tr("Cells"),
                                 title=tr("Cells per Gi* confidence bin (3 = hot spot, 99 %)"),
                                 colours=[BIN_COLOURS[b] for b in counts], x_label=tr("Gi* bin"))
    sensors = Table([tr("Cell"), tr("Value"), tr("Gi* z"), tr("Confidence"), tr("Readings"), tr("Centre x (m)"),
                     tr("Centre y (m)")],
                    [[str(codes[c]), float(plan.value[c]), float(plan.gi_z[c]), labels[int(plan.gi_bin[c])],
                      int(plan.n_obs[c]), float(cx[c, 0]), float(cx[c, 1])] for c in candidates])
    sections = [
        Section(tr("Cells per Gi* category"), [tr("Getis-Ord Gi* on the observed cells; a cell is a hot spot when "
                                                  "its neighbourhood's values are significantly high.")],
                chart=bin_chart, table=bins),
        Section(tr("Where to put sensors"), [tr("Observed hot spots at 95 % or 99 % confidence, strongest first "
                                                "(cell centres in {}).").format(crs_id)], table=sensors)]
    if plan.trend is not None:
        sections.insert(1, _emerging_section(plan))
    figures = [Figure(tr("Cells"), len(plan.grid)), Figure(tr("Cell size"), spec.size, "m"),
               Figure(tr("Cells with an observation"), plan.cells_observed),
               Figure(tr("Significant after the false discovery rate correction"), data["significant_after_fdr"]),
               Figure(tr("Hot spots, 99 % confidence"), hot99), Figure(tr("Cold spots, 99 % confidence"), counts[-3]),
               Figure(tr("Run time"), data.get("runtime_s"), "s")]
    return PlanningNote(
        title=tr("Hotspot grid — {}").format(input_title),
        subtitle=tr("{} cells of {} m ({}), grid CRS {}").format(format_number(len(plan.grid)), _size(spec.size),
                                                                grid_type_label(spec.kind), crs_id),
        headline=headline, figures=figures, sections=sections,
        notes=[translate_message(n, tr) for n in plan.warnings], data=data)


def _size(size):
    return "{:g}".format(size)


def _emerging_section(plan):
    labels = emerging_labels()
    codes, counts = np.unique(plan.trend.ehs_code, return_counts=True)
    order = sorted(zip(codes.tolist(), counts.tolist()), key=lambda p: (-p[0] if p[0] > 0 else 100 - p[0]))
    table = Table([tr("Emerging category"), tr("Code"), tr("Cells")],
                  [[labels.get(c, str(c)), str(c), n] for c, n in order])
    chart = charts.bar_chart([str(c) for c, _n in order], [n for _c, n in order], tr("Cells"),
                             title=tr("Cells per emerging category (code, see the table)"),
                             colours=[BIN_COLOURS[3] if c > 0 else BIN_COLOURS[-3] if c < 0 else BIN_COLOURS[0]
                                      for c, _n in order], x_label=tr("Emerging category code"))
    return Section(tr("Emerging hot and cold spots"), [tr("Periods: {} to {}; Mann-Kendall trend of each cell's "
                                                          "Gi* z-scores.").format(plan.trend.labels[0],
                                                                                   plan.trend.labels[-1])],
                   chart=chart, table=table)


MAP_CELLS = 100000  # a larger grid gets no picture (drawing costs about 45 µs a significant cell): open the layer


def attach_map(note, wkb, gi_bin, crs, rings):
    """The map of the significant cells into ``note``; for a grid above ``MAP_CELLS`` a note saying why not."""
    if len(wkb) <= MAP_CELLS:
        note.image = cells_map(wkb, gi_bin, crs, note.title, rings)
    else:
        note.notes.append(tr("No map in this note: the grid has {} cells (more than {}); the output layer is the "
                             "map.").format(format_number(len(wkb)), format_number(MAP_CELLS)))


def cells_map(wkb, gi_bin, crs, title, rings=()):
    """A PNG of the significant cells coloured by Gi* bin (hotspot_gi_bin.qml) inside the area's outline.

    Cells that are not significant are left white: they are most of a grid, would take most of the drawing
    time and hide the pattern a planner looks for.
    """
    import os

    from qgis.core import QgsFeature, QgsGeometry, QgsLineSymbol, QgsPointXY, QgsProcessingUtils, QgsVectorLayer

    from ..qgis_io.sinks import fields_of
    from ..qgis_io.styles import apply_style
    from .map_image import render

    cells = QgsVectorLayer("Polygon?crs={}".format(crs.authid()), tr("Hot and cold spots"), "memory")
    fields = fields_of([("gi_bin", "int")])
    cells.dataProvider().addAttributes(fields.toList())
    cells.updateFields()
    features = []
    for c in np.nonzero(np.asarray(gi_bin) != 0)[0].tolist():
        feature = QgsFeature(fields)
        geometry = QgsGeometry()
        geometry.fromWkb(wkb[c].tobytes())
        feature.setGeometry(geometry)
        feature.setAttributes([int(gi_bin[c])])
        features.append(feature)
    cells.dataProvider().addFeatures(features)
    apply_style(cells, "hotspot_gi_bin.qml")
    outline = QgsVectorLayer("LineString?crs={}".format(crs.authid()), tr("Area of interest"), "memory")
    outline.dataProvider().addFeatures([_line(QgsFeature, QgsGeometry, QgsPointXY, ring) for ring in rings])
    outline.renderer().setSymbol(QgsLineSymbol.createSimple({"color": "#555555", "width": "0.5"}))
    for layer in (cells, outline):
        layer.updateExtents()
    layers = [cells] + ([outline] if rings else [])
    path = os.path.join(QgsProcessingUtils.tempFolder(), "hotspot_grid_{}.png".format(id(features)))
    return render(layers, path, title, size=(1000, 760), crs=crs)


def _line(feature_type, geometry_type, point_type, ring):
    feature = feature_type()
    feature.setGeometry(geometry_type.fromPolylineXY([point_type(float(x), float(y)) for x, y in ring]))
    return feature
