#!/usr/bin/env python3
"""Write resources/styles/sample_<layer>.qml, the styles of the sample-data layers (map backgrounds).

Run with the QGIS python: ``.venv/bin/python scripts/make_sample_styles.py``. The .qml files are committed;
rerun after changing a style here.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import render_map  # noqa: E402

SAMPLE = render_map.DEFAULT_SAMPLE


def main():
    render_map.init_qgis()
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsFillSymbol,
        QgsGraduatedSymbolRenderer,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsPalLayerSettings,
        QgsRendererCategory,
        QgsRendererRange,
        QgsRuleBasedRenderer,
        QgsSingleSymbolRenderer,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    def marker(color, size, shape="circle", outline="#222222", width=0.2):
        return QgsMarkerSymbol.createSimple(
            {"name": shape, "color": color, "size": str(size), "outline_color": outline, "outline_width": str(width)}
        )

    def line(color, width, style="solid"):
        return QgsLineSymbol.createSimple(
            {"line_color": color, "line_width": str(width), "line_style": style, "capstyle": "round",
             "joinstyle": "round"}
        )

    def fill(color, outline, width=0.3, style="solid", outline_style="solid"):
        return QgsFillSymbol.createSimple(
            {"color": color, "outline_color": outline, "outline_width": str(width), "style": style,
             "outline_style": outline_style}
        )

    def categorized(field, cats):
        return QgsCategorizedSymbolRenderer(field, [QgsRendererCategory(v, s, label) for v, s, label in cats])

    def graduated(field, ranges):
        return QgsGraduatedSymbolRenderer(field, [QgsRendererRange(lo, hi, s, lab) for lo, hi, s, lab in ranges])

    def one_rule(symbol, label):
        """Every feature in one symbol with a legend label of its own (a single-symbol legend has none)."""
        root = QgsRuleBasedRenderer.Rule(None)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "", label))
        return QgsRuleBasedRenderer(root)

    def labels(field, size=9, color="#333333", buffer=True, bold=False):
        settings = QgsPalLayerSettings()
        settings.fieldName = field
        fmt = QgsTextFormat()
        font = QFont("DejaVu Sans")
        font.setBold(bold)
        fmt.setFont(font)
        fmt.setSize(size)
        fmt.setColor(QColor(color))
        if buffer:
            buf = QgsTextBufferSettings()
            buf.setEnabled(True)
            buf.setSize(0.8)
            buf.setColor(QColor(255, 255, 255, 220))
            fmt.setBuffer(buf)
        settings.setFormat(fmt)
        return QgsVectorLayerSimpleLabeling(settings)

    road_classes = [
        ("motorway", "#d9531e", 1.1, "Motorway"),
        ("trunk", "#e8a33d", 0.8, "Trunk road"),
        ("primary", "#f2c94c", 0.6, "Primary road"),
        ("secondary", "#8d8d8d", 0.4, "Secondary road"),
        ("tertiary", "#a8a8a8", 0.3, "Tertiary road"),
        ("residential", "#c8c8c8", 0.2, "Residential / local"),
    ]
    road_symbols = []
    for rank, (c, col, w, label) in enumerate(road_classes):
        symbol = line(col, w)
        symbol.symbolLayer(0).setRenderingPass(len(road_classes) - rank)  # motorways drawn last (on top)
        road_symbols.append((c, symbol, label))
    roads = categorized("road_class", road_symbols)
    roads.setUsingSymbolLevels(True)

    gb3838 = [("I", "#00a0e9", "Target class I"), ("II", "#0068b7", "Target class II"),
              ("III", "#22ac38", "Target class III"), ("IV", "#f8b62d", "Target class IV"),
              ("V", "#e60012", "Target class V")]
    aqi_ranges = [(0, 35, "#00e400", "PM2.5 0–35 µg/m³"), (35, 75, "#ffff00", "35–75"),
                  (75, 115, "#ff7e00", "75–115"), (115, 150, "#ff0000", "115–150"),
                  (150, 250, "#99004c", "150–250"), (250, 10000, "#7e0023", "> 250")]
    styles = {
        "study_area": (QgsSingleSymbolRenderer(fill("#fbfbf6", "#222222", 0.8)), None),
        "districts": (categorized("kind", [
            ("urban district", fill("#fbe3c4", "#7a7a7a", 0.35, outline_style="dash"), "Urban district"),
            ("county", fill("#e9f2dc", "#7a7a7a", 0.35, outline_style="dash"), "County"),
        ]), labels("name", 10, "#555555", bold=True)),
        "roads": (roads, None),
        "rivers": (graduated("stream_order", [
            (0, 1, line("#5dade2", 0.3), "Stream order 1"), (1, 2, line("#3d94d6", 0.5), "Order 2"),
            (2, 3, line("#2a7fc9", 0.8), "Order 3"), (3, 4, line("#1f66b0", 1.2), "Order 4"),
            (4, 99, line("#174f8c", 1.6), "Order 5+"),
        ]), None),
        "water_sections": (categorized("target_class", [
            (v, marker(c, 3.6, "triangle", "#000000", 0.3), label) for v, c, label in gb3838
        ]), None),
        "outfalls": (categorized("kind", [
            ("municipal WWTP", marker("#8c564b", 2.6, "diamond"), "Municipal WWTP outfall"),
            ("county WWTP", marker("#c49c94", 2.4, "diamond"), "County WWTP outfall"),
            ("industrial", marker("#d62728", 2.6, "diamond"), "Industrial outfall"),
            ("untreated", marker("#000000", 2.8, "diamond", "#d62728", 0.4), "Untreated discharge"),
        ]), None),
        "air_stations": (categorized("station_type", [
            ("national", marker("#c0392b", 5.0, "star", "#000000", 0.3), "National station"),
            ("provincial", marker("#e67e22", 3.6, "circle", "#000000", 0.3), "Provincial station"),
            ("urban_evaluation", marker("#8e44ad", 3.6, "square", "#000000", 0.3), "Urban evaluation station"),
        ]), None),
        "air_readings": (graduated("PM2_5", [
            (lo, hi, marker(c, 3.0), label) for lo, hi, c, label in aqi_ranges
        ]), None),
        "voc_enterprises": (graduated("voc_t_per_year", [
            (0, 5, marker("#9b59b6", 1.2, "circle", "#4a235a", 0.1), "VOC < 5 t/a"),
            (5, 20, marker("#9b59b6", 1.8, "circle", "#4a235a", 0.1), "5–20 t/a"),
            (20, 100, marker("#8e44ad", 2.6, "circle", "#4a235a", 0.15), "20–100 t/a"),
            (100, 100000, marker("#6c3483", 3.6, "circle", "#4a235a", 0.2), "> 100 t/a"),
        ]), None),
        "industrial_parks": (QgsSingleSymbolRenderer(fill("#e3d0ef", "#7b4f9d", 0.4)), None),
        "ports": (QgsSingleSymbolRenderer(marker("#1a3a6b", 3.4, "square", "#ffffff", 0.3)), None),
        "national_control_sites": (categorized("medium", [
            ("air", marker("0,0,0,0", 5.5, "circle", "#c0392b", 0.5), "National control site (air)"),
            ("water", marker("0,0,0,0", 5.5, "circle", "#1f66b0", 0.5), "National control section (water)"),
        ]), None),
        "siting_candidates": (categorized("kind", [
            ("micro", marker("#7f8c8d", 1.0, "circle", "#7f8c8d", 0.0), "Micro-sensor candidate"),
            ("station", marker("#2e86c1", 2.2, "circle", "#1b4f72", 0.2), "Station candidate"),
        ]), None),
        "risk_sources": (categorized("risk_level", [
            ("major", marker("#c0392b", 3.6, "triangle", "#000000", 0.2), "Major risk source"),
            ("large", marker("#e67e22", 3.0, "triangle", "#000000", 0.2), "Large risk source"),
            ("general", marker("#f4d03f", 2.3, "triangle", "#000000", 0.15), "General risk source"),
        ]), None),
        "emergency_depots": (QgsSingleSymbolRenderer(marker("#1e8449", 4.6, "square", "#ffffff", 0.4)), None),
        "depot_candidates": (QgsSingleSymbolRenderer(marker("0,0,0,0", 3.0, "circle", "#1e8449", 0.5)), None),
        # drinking-water intakes: the receptors of a spill, what river quality and outfall loads protect
        "water_intakes": (one_rule(marker("#00a0e9", 4.6, "pentagon", "#08306b", 0.5), "Drinking-water intake"),
                          labels("name", 8, "#08306b")),
        # the bureau: where the inspection day routes start and end
        "bureau_office": (one_rule(marker("#b2182b", 6.0, "star", "#ffffff", 0.5),
                                   "Bureau office (route start and end)"),
                          labels("name", 9, "#7f0000", bold=True)),
    }
    for name, (renderer, labeling) in styles.items():
        layer = QgsVectorLayer("{}|layername={}".format(SAMPLE, name), name, "ogr")
        if not layer.isValid():
            raise SystemExit("Missing layer {} in {}".format(name, SAMPLE))
        layer.setRenderer(renderer.clone())
        if labeling is not None:
            layer.setLabeling(labeling)
            layer.setLabelsEnabled(True)
        path = os.path.join(render_map.STYLES_DIR, "sample_{}.qml".format(name))
        message, ok = layer.saveNamedStyle(path)
        if not ok:
            raise SystemExit(message)
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
