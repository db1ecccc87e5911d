"""Time-series chart of one parameter with its limit line and exceedances (QPainter, no matplotlib)."""

import math

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFontMetrics, QPainter, QPen
from qgis.PyQt.QtWidgets import QWidget

from ..cloud.classify import exceeds
from ..i18n import tr


class StationChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.readings = []
        self.limit = None
        self.kind = None
        self.title = ""
        self.unit = ""
        self.message = ""
        self.label_rects = []  # where the limit labels were drawn (the last paint)
        self.line_points = []  # the plotted points (the last paint)
        self.setMinimumHeight(120)

    def set_data(self, readings, limit=None, kind=None, title="", unit="", message=""):
        """``message``: shown instead of a bare "No data" when there is nothing to plot (why there is none)."""
        self.readings = [r for r in readings if r.value is not None and r.time is not None]
        self.limit, self.kind, self.title, self.unit, self.message = limit, kind, title, unit, message
        self.update()

    def exceedances(self):
        return [r for r in self.readings if exceeds(r.value, self.limit, self.kind)]

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        fm = QFontMetrics(self.font())
        line = fm.height()
        p.setPen(QColor("black"))
        p.drawText(QRectF(0, 2, self.width(), line), Qt.AlignCenter, self.title)
        if not self.readings:
            area = QRectF(8, line + 8, max(self.width() - 16, 10), max(self.height() - 2 * line - 16, 10))
            p.setPen(QPen(QColor("#888888")))
            p.drawRect(area)
            p.drawText(area.adjusted(6, 4, -6, -4), Qt.AlignCenter | Qt.TextWordWrap, self.message or tr("No data"))
            p.end()
            return
        values = [r.value for r in self.readings]
        lims = [] if self.limit is None else (list(self.limit) if self.kind == "range" else [self.limit])
        lo, hi = min(values + lims), max(values + lims)
        if hi - lo < 1e-9:
            hi = lo + 1.0
        ticks = nice_ticks(lo - 0.04 * (hi - lo), hi + 0.04 * (hi - lo))
        lo, hi = min(ticks[0], lo), max(ticks[-1], hi)
        labels = [format_tick(v, ticks) for v in ticks]
        # margins from the font: the widest y label on the left, the time labels below, half a time label
        # to the right (the last label is right-aligned at the plot edge), the title above
        left = max(fm.horizontalAdvance(t) for t in labels) + 10
        area = QRectF(left, line + 8, max(self.width() - left - 10, 10), max(self.height() - 2 * line - 18, 10))
        t0 = self.readings[0].time.timestamp()
        t1 = max(self.readings[-1].time.timestamp(), t0 + 1)

        def pt(t, v):
            x = area.left() + area.width() * (t - t0) / (t1 - t0)
            y = area.bottom() - area.height() * (v - lo) / (hi - lo)
            return QPointF(x, y)

        grid = QPen(QColor("#e3e3e3"))
        for v, text in zip(ticks, labels):
            y = pt(t0, v).y()
            p.setPen(grid)
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(QColor("#444444"))
            p.drawText(QRectF(0, y - line / 2.0, left - 5, line), Qt.AlignRight | Qt.AlignVCenter, text)
        p.setPen(QPen(QColor("#888888")))
        p.drawRect(area)
        p.setPen(QColor("#444444"))
        fmt = "%m-%d %H:%M"
        first = self.readings[0].time.astimezone().strftime(fmt)
        last_local = self.readings[-1].time.astimezone()
        last = last_local.strftime(fmt) + " " + (last_local.tzname() or last_local.strftime("%z"))
        below = area.bottom() + 4
        p.drawText(QRectF(area.left(), below, fm.horizontalAdvance(first) + 4, line), Qt.AlignLeft, first)
        width = fm.horizontalAdvance(last) + 4
        p.drawText(QRectF(area.right() - width, below, width, line), Qt.AlignRight, last)
        pts = [pt(r.time.timestamp(), r.value) for r in self.readings]
        self.line_points = pts
        self.label_rects = []
        pen = QPen(QColor("#d62728"))
        pen.setStyle(Qt.DashLine)
        for lim in lims:
            p.setPen(pen)
            a, b = pt(t0, lim), pt(t1, lim)
            p.drawLine(a, b)
            p.setPen(QColor("#d62728"))
            text = tr("limit {}").format(format_tick(lim, ticks))
            rect = label_place(area, a.y(), fm.horizontalAdvance(text) + 6, line, pts)
            self.label_rects.append(rect)
            p.fillRect(rect, QColor(255, 255, 255, 200))
            p.drawText(rect, Qt.AlignCenter, text)
        p.setPen(QPen(QColor("#1f77b4"), 1.6))
        for a, b in zip(pts, pts[1:]):
            p.drawLine(a, b)
        p.setPen(Qt.NoPen)
        for r, q in zip(self.readings, pts):
            p.setBrush(QColor("#d62728") if exceeds(r.value, self.limit, self.kind) else QColor("#1f77b4"))
            p.drawEllipse(q, 2.6, 2.6)
        p.end()


def label_place(area, y, width, height, points):
    """A rectangle for a limit line's label at height ``y`` inside ``area`` that no part of the polyline
    ``points`` crosses: above or below the line, at the right or the left end, else the least crossed."""
    candidates = []
    for top in (y - height - 2, y + 2):
        for left in (area.right() - width - 4, area.left() + 4, area.center().x() - width / 2.0):
            rect = QRectF(left, max(area.top(), min(top, area.bottom() - height)), width, height)
            candidates.append((_crossings(rect, points), len(candidates), rect))
    return min(candidates, key=lambda c: c[:2])[2]


def _crossings(rect, points):
    """How many sample points of the polyline fall inside ``rect`` (segments sampled every ~2 px)."""
    count = 0
    pad = rect.adjusted(-2, -2, 2, 2)
    for a, b in zip(points, points[1:] or points):
        steps = max(1, int(max(abs(b.x() - a.x()), abs(b.y() - a.y())) / 2))
        for k in range(steps + 1):
            q = QPointF(a.x() + (b.x() - a.x()) * k / steps, a.y() + (b.y() - a.y()) * k / steps)
            if pad.contains(q):
                count += 1
    return count


def nice_ticks(lo, hi, count=5):
    """Round tick values (1, 2, 2.5 or 5 × 10^k steps) covering [lo, hi] with about ``count`` ticks."""
    span = max(hi - lo, 1e-12)
    raw = span / max(count - 1, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.floor(lo / step) * step
    out = []
    v = first
    while v < hi + step * 0.5 and len(out) < 50:
        out.append(round(v, 12))
        v += step
    if out[-1] < hi:
        out.append(round(v, 12))
    return out


def format_tick(value, ticks):
    """``value`` with as many decimals as the tick step needs."""
    step = abs(ticks[1] - ticks[0]) if len(ticks) > 1 else abs(value) or 1.0
    decimals = max(0, min(6, -int(math.floor(math.log10(step))) + (1 if step / 10 ** math.floor(math.log10(step))
                                                                      == 2.5 else 0)))
    return "{:.{}f}".format(value, decimals)
