"""Time-series chart of one parameter with its limit line and exceedances (QPainter, no matplotlib)."""

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPen
from qgis.PyQt.QtWidgets import QWidget

from ..cloud.classify import exceeds
from ..i18n import tr


class StationChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(170)
        self.readings = []
        self.limit = None
        self.kind = None
        self.title = ""
        self.unit = ""

    def set_data(self, readings, limit=None, kind=None, title="", unit=""):
        self.readings = [r for r in readings if r.value is not None and r.time is not None]
        self.limit, self.kind, self.title, self.unit = limit, kind, title, unit
        self.update()

    def exceedances(self):
        return [r for r in self.readings if exceeds(r.value, self.limit, self.kind)]

    def paintEvent(self, event):  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        m = 38
        area = QRectF(m, 18, max(self.width() - m - 10, 10), max(self.height() - 18 - 26, 10))
        p.setPen(QPen(QColor("#888888")))
        p.drawRect(area)
        p.setPen(QColor("black"))
        p.drawText(QRectF(0, 0, self.width(), 16), Qt.AlignCenter, self.title)
        if not self.readings:
            p.drawText(area, Qt.AlignCenter, tr("No data"))
            p.end()
            return
        values = [r.value for r in self.readings]
        lims = [] if self.limit is None else (list(self.limit) if self.kind == "range" else [self.limit])
        lo, hi = min(values + lims), max(values + lims)
        if hi - lo < 1e-9:
            hi = lo + 1.0
        lo, hi = lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo)
        t0 = self.readings[0].time.timestamp()
        t1 = max(self.readings[-1].time.timestamp(), t0 + 1)

        def pt(t, v):
            x = area.left() + area.width() * (t - t0) / (t1 - t0)
            y = area.bottom() - area.height() * (v - lo) / (hi - lo)
            return QPointF(x, y)

        p.setPen(QColor("#444444"))
        p.drawText(QRectF(0, area.top() - 6, m - 3, 14), Qt.AlignRight, "{:.4g}".format(hi))
        p.drawText(QRectF(0, area.bottom() - 8, m - 3, 14), Qt.AlignRight, "{:.4g}".format(lo))
        fmt = "%m-%d %H:%M"
        p.drawText(QRectF(area.left(), area.bottom() + 4, 120, 14), Qt.AlignLeft, self.readings[0].time.strftime(fmt))
        p.drawText(QRectF(area.right() - 120, area.bottom() + 4, 120, 14), Qt.AlignRight,
                   self.readings[-1].time.strftime(fmt) + " UTC")
        pen = QPen(QColor("#d62728"))
        pen.setStyle(Qt.DashLine)
        p.setPen(pen)
        for lim in lims:
            p.drawLine(pt(t0, lim), pt(t1, lim))
        p.setPen(QPen(QColor("#1f77b4"), 1.6))
        pts = [pt(r.time.timestamp(), r.value) for r in self.readings]
        for a, b in zip(pts, pts[1:]):
            p.drawLine(a, b)
        p.setPen(Qt.NoPen)
        for r, q in zip(self.readings, pts):
            p.setBrush(QColor("#d62728") if exceeds(r.value, self.limit, self.kind) else QColor("#1f77b4"))
            p.drawEllipse(q, 2.6, 2.6)
        p.end()
