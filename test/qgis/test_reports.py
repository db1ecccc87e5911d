"""The planning-note writer: numbers for people, valid JSON, charts that show the data, no sideways scroll."""

import importlib
import importlib.util
import json
import math
import xml.etree.ElementTree as ET

import pytest

from eco_supervision.processing_algorithms.reports import charts
from eco_supervision.processing_algorithms.reports.note import Figure, PlanningNote, Section, Table, write_note
from eco_supervision.processing_algorithms.reports.numbers import format_number, format_share, format_value


@pytest.mark.parametrize("value, digits, text", [
    (12345.678, None, "12,346"), (1234567, None, "1,234,567"), (0.0345, None, "0.0345"), (3.14159, None, "3.14"),
    (42.25, None, "42.2"), (2.0, None, "2"), (float("nan"), None, "—"), (None, None, "—"),
    (float("inf"), 2, "—"), (0.5, 3, "0.5"), (1234.5, 1, "1,234.5"),
])
def test_format_number(value, digits, text):
    assert format_number(value, digits) == text


def test_units_and_shares():
    assert format_value(0.9987, "%") == "99.9 %"
    assert format_value(0.9987, "%", 2) == "99.87 %"
    assert format_value(1250.0, "km²") == "1,250 km²"
    assert format_value(None, "km") == "—"
    assert format_share(1, 3) == "33.3 %" and format_share(5, 0) == "—"


def _note(tmp_path, rows=3, long_text=False):
    cell = ("非常长的站点名称" * 40 + " " + "x" * 400) if long_text else "站点"
    table = Table(["名称", "覆盖率", "距离"], [[cell, 0.5 + i / 10, 1234.5 * i] for i in range(rows)], ["", "%", "m"])
    chart = charts.line_chart([("覆盖", [1, 2, 3, 4], [0.2, 0.5, 0.8, 0.9])], "站点数", "覆盖率")
    figures = [Figure("覆盖率", 0.999, "%"), Figure("新增站点", 24), Figure("缺口", float("nan"), "%")]
    return PlanningNote(title="监测网络选址 — 示例", subtitle="eco_city.gpkg",
                        headline="新增 24 个微站，覆盖率从 71 % 升至 99.9 %", figures=figures,
                        sections=[Section("权衡曲线", ["说明"], chart=chart, table=table)], notes=["第一条", "第二条"],
                        data={"covered_share": 0.999, "gap": float("nan"), "sites": [1, 2], "nested": {"x": math.inf}})


def test_json_report_is_strict_and_keeps_keys(tmp_path):
    path = write_note(str(tmp_path / "r.json"), _note(tmp_path))
    with open(path, encoding="utf-8") as f:
        doc = json.loads(f.read(), parse_constant=lambda c: pytest.fail("non-JSON constant " + c))
    assert doc["covered_share"] == 0.999 and doc["gap"] is None and doc["nested"] == {"x": None}
    assert doc["sites"] == [1, 2] and doc["headline"].startswith("新增") and doc["language"] in ("en", "zh_CN")


def test_html_note_carries_figures_notes_and_the_same_json(tmp_path):
    path = write_note(str(tmp_path / "r.html"), _note(tmp_path))
    text = open(path, encoding="utf-8").read()
    assert "99.9 %" in text and "<li>第一条</li><li>第二条</li>" in text and "2,469 m" in text
    assert "None" not in text and "nan" not in text.lower().replace("nano", "")
    data = text[text.index('id="report-data">') + len('id="report-data">'):text.index("</script>")]
    assert json.loads(data.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))["covered_share"] == 0.999


def test_line_chart_points_follow_the_data():
    svg = charts.line_chart([("a", [1, 2, 3], [10.0, 30.0, 20.0])], "x", "y")
    root = ET.fromstring(svg)
    circles = [(float(c.get("cx")), float(c.get("cy"))) for c in root.iter("{http://www.w3.org/2000/svg}circle")]
    assert len(circles) == 3
    assert circles[0][0] < circles[1][0] < circles[2][0]
    assert circles[1][1] < circles[2][1] < circles[0][1]  # SVG y grows downwards: 30 highest, 10 lowest


def test_bar_chart_heights_are_proportional():
    svg = charts.bar_chart(["I", "II", "III"], [10, 20, 40], "km", colours=["#00f", "#0f0", None])
    rects = [r for r in ET.fromstring(svg).iter("{http://www.w3.org/2000/svg}rect")]
    heights = [float(r.get("height")) for r in rects]
    assert heights[1] == pytest.approx(2 * heights[0]) and heights[2] == pytest.approx(4 * heights[0])
    assert rects[0].get("fill") == "#00f"


def _page_width(html_path, width=1000):
    """Laid-out page width at a ``width`` px viewport (QtWebKit where present, else QTextDocument)."""
    from qgis.PyQt.QtCore import QSize, QUrl

    name = "PyQt5.QtWebKitWidgets"
    webkit = importlib.import_module(name) if importlib.util.find_spec(name) else None
    if webkit is not None:
        from qgis.PyQt.QtCore import QEventLoop

        page = webkit.QWebPage()
        page.setViewportSize(QSize(width, 800))
        loop = QEventLoop()
        page.mainFrame().loadFinished.connect(loop.quit)
        page.mainFrame().load(QUrl.fromLocalFile(html_path))
        loop.exec()
        return float(page.mainFrame().evaluateJavaScript("document.documentElement.scrollWidth"))
    from qgis.PyQt.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(open(html_path, encoding="utf-8").read())
    doc.setTextWidth(width)
    return doc.idealWidth()


def test_no_horizontal_scroll_at_1000_px(qgis_app, tmp_path):
    path = write_note(str(tmp_path / "wide.html"), _note(tmp_path, rows=40, long_text=True))
    assert _page_width(path) <= 1000


def test_map_image_draws_the_layer(qgis_app, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.PyQt.QtGui import QImage

    from eco_supervision.processing_algorithms.reports.map_image import render

    layer = QgsVectorLayer("Polygon?crs=EPSG:4548", "area", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(500000, 3000000), QgsPointXY(510000, 3000000),
                                               QgsPointXY(510000, 3010000), QgsPointXY(500000, 3000000)]]))
    layer.dataProvider().addFeatures([f])
    png = render([layer], str(tmp_path / "m.png"), title="Title", size=(400, 300))
    image = QImage(png)
    assert image.width() == 400 + 330 and image.height() == 300 + 70
    coloured = sum(1 for x in range(0, 400, 4) for y in range(70, 370, 4) if image.pixelColor(x, y).name() != "#ffffff")
    assert coloured > 100


@pytest.mark.parametrize("text, lines", [
    ("Drinking-water intake", 1),
    ("Peak concentration 1–10 × the GB 3838 limit at the drinking-water intakes downstream", 2),
    ("饮用水水源地取水口下游各断面峰值浓度为 GB 3838 标准限值的 1–10 倍，应立即关闭取水口并启动应急监测", 2),
])
def test_legend_entries_wrap_instead_of_being_cut(qgis_app, text, lines):
    """A legend entry keeps its whole text on up to three lines (it was cut at 38 characters)."""
    from qgis.PyQt.QtCore import QRectF
    from qgis.PyQt.QtGui import QFont, QFontMetrics, QImage, QPainter

    from eco_supervision.processing_algorithms.reports.map_image import _legend_text

    image = QImage(400, 200, QImage.Format_RGB32)
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 9))
    metrics = QFontMetrics(painter.font())
    room = QRectF(32, 0, 286, 3 * metrics.lineSpacing())
    height = _legend_text(painter, metrics, room, text)
    painter.end()
    assert metrics.horizontalAdvance(text) > 286 or lines == 1
    assert round(height / metrics.lineSpacing()) >= lines  # wrapped, not cut to one line
    assert height <= room.height()


def test_legend_entry_too_long_for_three_lines_is_elided(qgis_app):
    from qgis.PyQt.QtCore import QRectF
    from qgis.PyQt.QtGui import QFont, QFontMetrics, QImage, QPainter

    from eco_supervision.processing_algorithms.reports.map_image import _legend_text

    image = QImage(400, 200, QImage.Format_RGB32)
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 9))
    metrics = QFontMetrics(painter.font())
    room = QRectF(32, 0, 286, 3 * metrics.lineSpacing())
    height = _legend_text(painter, metrics, room, "very long legend words " * 30)
    painter.end()
    assert metrics.lineSpacing() * 2 < height <= room.height()
