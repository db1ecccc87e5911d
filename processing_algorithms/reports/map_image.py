"""A styled map of a result as a PNG: title, subtitle, legend, scale bar and north arrow (no GUI needed).

Used for the map in every planning note, and by ``scripts/render_map.py`` / ``make demo``.
"""

import math
import os

from ...eco_supervision_plugin.i18n import tr
from ..qgis_io.styles import apply_style


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


def _legend_text(painter, metrics, room, text):
    """A legend entry in ``room``, wrapped by Qt (between words; between CJK characters) and elided after its
    last line; returns the height drawn (at least one icon's)."""
    from qgis.PyQt.QtCore import QRectF, Qt

    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    lines = max(1, int(room.height() // metrics.lineSpacing()))
    if metrics.boundingRect(room.toRect(), flags, text).height() > room.height():
        while text and metrics.boundingRect(room.toRect(), flags, text + "…").height() > room.height():
            text = text[:-1]
        text = text.rstrip() + "…"
    used = metrics.boundingRect(room.toRect(), flags, text).height()
    painter.drawText(QRectF(room.x(), room.y() + 1, room.width(), min(used, lines * metrics.lineSpacing())), flags,
                     text)
    return max(15, used)


def render(layers, output, title="", subtitle="", extent=None, size=(1400, 1200), legend=True, crs=None,
           antialias=True):
    """Render ``layers`` (top first, as in QGIS's layer panel) into a PNG with title, legend and scale bar.

    ``antialias=False`` draws the map itself about three times faster (for tens of thousands of lines, which
    overlap at this size anyway); the frame, title and legend stay smooth. Returns the output path.
    """
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen

    map_w, map_h = size
    legend_w = 330 if legend else 0
    header = 70 if (title or subtitle) else 0
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setOutputSize(QSize(map_w, map_h))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setFlag(QgsMapSettings.Antialiasing, bool(antialias))
    if crs is None:
        crs = layers[-1].crs() if layers else None
    if crs is not None:
        settings.setDestinationCrs(crs)
    if extent is None:
        extent = QgsRectangle()
        (extent.setNull if hasattr(extent, "setNull") else extent.setMinimal)()  # setMinimal deprecated in 3.34
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

    image = QImage(map_w + legend_w, map_h + header, QImage.Format_RGB32)  # opaque: a smaller PNG, written faster
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.drawImage(0, header, map_image)
    painter.setPen(QPen(QColor(90, 90, 90), 1))
    painter.drawRect(0, header, map_w - 1, map_h - 1)
    if title:
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
        painter.drawText(QPointF(x, y + 14), tr("Legend"))
        y += 28
        for layer in layers:
            entries = _legend_entries(layer)
            if y > header + map_h - 40:
                break
            painter.setFont(QFont("DejaVu Sans", 10, QFont.Bold))
            painter.drawText(QPointF(x, y + 12), layer.name())
            y += 20
            painter.setFont(QFont("DejaVu Sans", 9))
            metrics = QFontMetrics(painter.font())
            for pix, text in entries:
                if y > header + map_h - 24:
                    break
                if pix is not None:
                    painter.drawPixmap(x + 6, y, pix)
                y += _legend_text(painter, metrics, QRectF(x + 32, y, legend_w - 44, 3 * metrics.lineSpacing()),
                                  text) + 6
            y += 6
    painter.end()
    os.makedirs(os.path.dirname(os.path.abspath(output)) or ".", exist_ok=True)
    if not image.save(output, "PNG"):
        raise OSError("Cannot write {}".format(output))
    return output


def features_map(features, fields, kind, crs, style, output, title="", subtitle="", size=(1000, 760)):
    """A map of result ``features`` (a memory copy, styled with ``resources/styles/<style>``) as a PNG: the
    picture in a planning note, drawn before Processing has loaded any output layer."""
    from qgis.core import QgsVectorLayer, QgsWkbTypes

    layer = QgsVectorLayer("{}?crs={}".format(QgsWkbTypes.displayString(kind), crs.authid()), title or "result",
                           "memory")
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    apply_style(layer, style)
    return render([layer], output, title, subtitle, size=size)


def styled_layers_map(layers, output, title="", subtitle="", size=(1000, 760)):
    """A PNG of several result layers, ``layers`` = [(layer, style .qml name or "", legend name), ...] top first:
    each is drawn from a copy styled with ``resources/styles/<style>``, so the inputs and outputs keep their own
    style."""
    drawn = []
    for layer, style, name in layers:
        if layer is None or not layer.isValid():
            continue
        copy = layer.clone()
        copy.setName(name)
        if style:
            apply_style(copy, style)  # the legend in the run's language, as on the output layers
        drawn.append(copy)
    if not drawn:
        return ""
    return render(drawn, output, title, subtitle, size=size)
