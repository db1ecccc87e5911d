"""Render vector/raster layers to a PNG map with a title, legend and scale bar (QGIS, no GUI).

Used by ``scripts/demo.py``; also runnable on its own::

    .venv/bin/python scripts/render_map.py --sample resources/sample_data/eco_city.gpkg --output overview.png
"""

import argparse
import math
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLES_DIR = os.path.join(REPO, "resources", "styles")
DEFAULT_SAMPLE = os.path.join(REPO, "resources", "sample_data", "eco_city.gpkg")

# Drawing order of the sample layers (bottom first) when several are shown together.
SAMPLE_ORDER = [
    "study_area", "districts", "industrial_parks", "rivers", "roads", "siting_candidates", "depot_candidates",
    "voc_enterprises", "risk_sources", "outfalls", "water_sections", "ports", "national_control_sites",
    "air_stations", "emergency_depots", "air_readings",
]

_APP = None


def init_qgis():
    """Start a headless QgsApplication once (offscreen Qt) and return it."""
    global _APP
    if _APP is not None:
        return _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    existing = QgsApplication.instance()
    if existing is not None:
        _APP = existing
        return _APP
    QgsApplication.setPrefixPath("/usr", True)
    _APP = QgsApplication([], True)
    _APP.initQgis()
    return _APP


def style_path(name):
    """resources/styles/<name> (adds .qml) if it exists, else None."""
    if not name:
        return None
    path = name if os.path.isabs(name) else os.path.join(STYLES_DIR, name)
    if not path.endswith(".qml"):
        path += ".qml"
    return path if os.path.exists(path) else None


def load_layer(source, name=None, style=None):
    """A vector layer (or raster, by extension) from ``source``, styled with ``style`` when given."""
    init_qgis()
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    base = source.split("|")[0].lower()
    if base.endswith((".tif", ".tiff", ".asc", ".vrt", ".nc")):
        layer = QgsRasterLayer(source, name or os.path.basename(base))
    else:
        layer = QgsVectorLayer(source, name or os.path.basename(base), "ogr")
    if not layer.isValid():
        raise ValueError("Cannot open layer: {}".format(source))
    path = style_path(style)
    if path:
        # True: take the file, not the default style stored in a GeoPackage output
        message, ok = layer.loadNamedStyle(path, True)
        if not ok:
            raise ValueError("Cannot apply style {}: {}".format(path, message))
    return layer


def sample_layer(sample, name):
    """One layer of the sample GeoPackage with its ``sample_<name>.qml`` style."""
    return load_layer("{}|layername={}".format(sample, name), name.replace("_", " "), "sample_{}".format(name))


def _nice_length(target):
    exp = 10 ** math.floor(math.log10(target))
    for m in (5, 2, 1):
        if m * exp <= target:
            return m * exp
    return exp


def _legend_entries(layer):
    """[(QPixmap-or-None, text)] for one layer."""
    from qgis.core import QgsSymbolLayerUtils, QgsVectorLayer
    from qgis.PyQt.QtCore import QSize

    entries = []
    if not isinstance(layer, QgsVectorLayer) or layer.renderer() is None:
        return [(None, layer.name())]
    items = layer.renderer().legendSymbolItems()
    for item in items:
        if item.symbol() is None:
            continue
        pix = QgsSymbolLayerUtils.symbolPreviewPixmap(item.symbol(), QSize(18, 18))
        text = item.label() or layer.name()
        entries.append((pix, text))
    return entries


def render(layers, output, title="", subtitle="", extent=None, size=(1400, 1200), legend=True, crs=None):
    """Render ``layers`` (top first, as in QGIS's layer panel) into a PNG with title, legend and scale bar.

    Returns the output path.
    """
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

    init_qgis()
    map_w, map_h = size
    legend_w = 330 if legend else 0
    header = 70 if (title or subtitle) else 0
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setOutputSize(QSize(map_w, map_h))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    if crs is None:
        crs = layers[-1].crs() if layers else None
    if crs is not None:
        settings.setDestinationCrs(crs)
    if extent is None:
        extent = QgsRectangle()
        extent.setMinimal()
        for layer in layers:
            extent.combineExtentWith(settings.layerExtentToOutputExtent(layer, layer.extent()))
    extent = QgsRectangle(extent)
    extent.scale(1.04)
    settings.setExtent(extent)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    map_image = job.renderedImage()
    visible = settings.visibleExtent()

    image = QImage(map_w + legend_w, map_h + header, QImage.Format_ARGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.drawImage(0, header, map_image)
    painter.setPen(QPen(QColor(90, 90, 90), 1))
    painter.drawRect(0, header, map_w - 1, map_h - 1)
    if title:
        from qgis.PyQt.QtGui import QFontMetrics

        size_pt = 20
        font = QFont("DejaVu Sans", size_pt)
        font.setBold(True)
        while size_pt > 11 and QFontMetrics(font).horizontalAdvance(title) > map_w + legend_w - 28:
            size_pt -= 1  # long titles shrink to fit the image width
            font.setPointSize(size_pt)
        title = QFontMetrics(font).elidedText(title, Qt.ElideRight, map_w + legend_w - 28)
        painter.setFont(font)
        painter.setPen(QColor(20, 40, 60))
        painter.drawText(QRectF(14, 6, map_w + legend_w - 28, 36), Qt.AlignLeft | Qt.AlignVCenter, title)
    if subtitle:
        painter.setFont(QFont("DejaVu Sans", 11))
        painter.setPen(QColor(80, 80, 80))
        painter.drawText(QRectF(14, 40, map_w + legend_w - 28, 24), Qt.AlignLeft | Qt.AlignVCenter, subtitle)
    # scale bar (map units are metres for the projected CRSs used here)
    units_per_px = visible.width() / float(map_w)
    if crs is not None and not crs.isGeographic() and units_per_px > 0:
        bar_m = _nice_length(units_per_px * map_w / 5.0)
        bar_px = bar_m / units_per_px
        x0, y0 = 24, header + map_h - 30
        painter.setPen(QPen(QColor(0, 0, 0), 2))
        painter.fillRect(QRectF(x0 - 8, y0 - 26, bar_px + 80, 42), QColor(255, 255, 255, 210))
        painter.drawLine(QPointF(x0, y0), QPointF(x0 + bar_px, y0))
        for x in (x0, x0 + bar_px / 2, x0 + bar_px):
            painter.drawLine(QPointF(x, y0 - 6), QPointF(x, y0 + 6))
        painter.setFont(QFont("DejaVu Sans", 10))
        label = "{:g} km".format(bar_m / 1000.0) if bar_m >= 1000 else "{:g} m".format(bar_m)
        painter.drawText(QPointF(x0 + bar_px + 8, y0 + 5), label)
        # north arrow
        nx, ny = map_w - 40, header + 30
        painter.setBrush(QColor(0, 0, 0))
        from qgis.PyQt.QtGui import QPolygonF

        painter.drawPolygon(QPolygonF([QPointF(nx, ny - 18), QPointF(nx - 9, ny + 12), QPointF(nx, ny + 6),
                                       QPointF(nx + 9, ny + 12)]))
        painter.setFont(QFont("DejaVu Sans", 11, QFont.Bold))
        painter.drawText(QPointF(nx - 6, ny + 30), "N")
    if legend:
        x, y = map_w + 16, header + 10
        painter.setFont(QFont("DejaVu Sans", 12, QFont.Bold))
        painter.setPen(QColor(20, 20, 20))
        painter.drawText(QPointF(x, y + 14), "Legend")
        y += 28
        for layer in layers:
            entries = _legend_entries(layer)
            if y > header + map_h - 40:
                break
            painter.setFont(QFont("DejaVu Sans", 10, QFont.Bold))
            painter.drawText(QPointF(x, y + 12), layer.name())
            y += 20
            painter.setFont(QFont("DejaVu Sans", 9))
            for pix, text in entries:
                if y > header + map_h - 24:
                    break
                if pix is not None:
                    painter.drawPixmap(x + 6, y, pix)
                painter.drawText(QPointF(x + 32, y + 13), text[:38])
                y += 21
            y += 6
    painter.end()
    os.makedirs(os.path.dirname(os.path.abspath(output)) or ".", exist_ok=True)
    if not image.save(output, "PNG"):
        raise OSError("Cannot write {}".format(output))
    return output


def water_class_layer(sample):
    """The sample's water sections as a memory layer coloured by their measured GB 3838-2002 class.

    The class comes from the plugin's standards module (single-factor rule: the worst item decides).
    """
    init_qgis()
    if REPO not in sys.path:
        sys.path.insert(0, REPO)
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsFeature,
        QgsField,
        QgsMarkerSymbol,
        QgsPalLayerSettings,
        QgsRendererCategory,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtCore import QVariant
    from qgis.PyQt.QtGui import QColor, QFont

    from eco_supervision_plugin.standards import gb3838

    source = load_layer("{}|layername=water_sections".format(sample), "water_sections")
    layer = QgsVectorLayer("Point?crs={}".format(source.crs().authid()), "measured class (GB 3838-2002)", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("section_id", QVariant.String), QgsField("measured", QVariant.String),
                            QgsField("label", QVariant.String)])
    layer.updateFields()
    items = ("pH", "DO", "CODMn", "COD", "BOD5", "NH3N", "TP")
    features = []
    for f in source.getFeatures():
        body = gb3838.normalise_water_body(f["water_body"])
        cls, _worst = gb3838.section_class({k: f[k] for k in items}, body)
        target = gb3838.parse_class(f["target_class"])
        measured = gb3838.class_label(cls)
        out = QgsFeature(layer.fields())
        out.setGeometry(f.geometry())
        mark = "" if cls is None or cls <= target else " > target {}".format(f["target_class"])
        out.setAttributes([f["section_id"], measured, "{} {}{}".format(f["section_id"], measured, mark)])
        features.append(out)
    provider.addFeatures(features)
    categories = []
    for number in range(1, 7):
        label = gb3838.class_label(number)
        symbol = QgsMarkerSymbol.createSimple({"name": "triangle", "size": "4.2", "outline_color": "#000000",
                                               "outline_width": "0.3", "color": gb3838.CLASS_COLOURS[number]})
        english = gb3838.class_label(number, english=True)
        categories.append(QgsRendererCategory(label, symbol, "{} ({})".format(label, english)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("measured", categories))
    settings = QgsPalLayerSettings()
    settings.fieldName = "label"
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(8)
    fmt.setColor(QColor("#222222"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def sample_maps(sample, out_dir):
    """The sample-data maps: [(png path, title)]. Every map covers the study area."""
    maps = [
        ("sample_overview.png", "Lüshui (synthetic) — districts, roads, rivers, air stations",
         ["air_stations", "water_sections", "rivers", "roads", "industrial_parks", "districts", "study_area"]),
        ("sample_water.png", "Lüshui (synthetic) — water sections by target class, outfalls, rivers by order",
         ["water_sections", "outfalls", "ports", "rivers", "districts", "study_area"]),
        ("sample_air_sources.png", "Lüshui (synthetic) — air stations, VOC enterprises, industrial parks",
         ["air_stations", "national_control_sites", "voc_enterprises", "industrial_parks", "roads", "districts",
          "study_area"]),
        ("sample_emergency.png", "Lüshui (synthetic) — risk sources, emergency depots and candidates",
         ["emergency_depots", "depot_candidates", "risk_sources", "rivers", "roads", "districts", "study_area"]),
        ("sample_siting.png", "Lüshui (synthetic) — siting candidates (micro sensors and stations)",
         ["air_stations", "siting_candidates", "roads", "districts", "study_area"]),
    ]
    maps.insert(2, ("sample_water_quality.png",
                    "Lüshui (synthetic) — measured water quality class of the sections (GB 3838-2002)",
                    ["@water_class", "outfalls", "rivers", "districts", "study_area"]))
    written = []
    for png, title, names in maps:
        layers = [water_class_layer(sample) if name == "@water_class" else sample_layer(sample, name)
                  for name in names]
        extent = layers[-1].extent()
        path = render(layers, os.path.join(out_dir, png), title,
                      "Synthetic sample data · CGCS2000 / 3-degree Gauss-Kruger CM 117E (EPSG:4548)", extent=extent)
        written.append((path, title))
    return written


def main(argv=None):
    parser = argparse.ArgumentParser(description="Render the sample-data maps.")
    parser.add_argument("--sample", default=DEFAULT_SAMPLE)
    parser.add_argument("--output", default="demo_output")
    args = parser.parse_args(argv)
    for path, _title in sample_maps(args.sample, args.output):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
