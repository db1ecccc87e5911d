"""The SVG polar plot of the report: wedge geometry from the bearings by hand, colours, flags, rings."""

import math
import re
import xml.etree.ElementTree as ET

import pytest

from eco_supervision.processing_algorithms.reports import charts

NS = "{http://www.w3.org/2000/svg}"


def _parse(svg):
    root = ET.fromstring(svg)
    return root, root.findall(NS + "path")


def test_polar_wedges_by_hand():
    nan = float("nan")
    values = [[nan]] * 16
    values = [list(v) for v in values]
    values[0] = [0.5]
    values[4] = [1.0]
    flagged = [[False]] * 16
    flagged = [list(f) for f in flagged]
    flagged[4] = [True]
    size = 260
    root, paths = _parse(charts.polar_chart(values, flagged, size=size))
    assert len(paths) == 2  # NaN bins (no readings) are not drawn
    cx, cy, r = size / 2 + 10, 10 + size / 2, size / 2 - 14
    # sector 0 is centred on north: from −11.25° to 11.25°, clockwise; a single ring is a pie slice to the centre
    start = [float(v) for v in re.match(r"M([-\d.]+),([-\d.]+)", paths[0].get("d")).groups()]
    assert start == pytest.approx([cx + r * math.sin(math.radians(-11.25)), cy - r * math.cos(math.radians(-11.25))],
                                  abs=0.06)
    assert paths[0].get("d").rstrip().endswith("L{:.1f},{:.1f} Z".format(cx, cy))
    # sector 4 = east (78.75°–101.25°): its arc starts north of the x axis, above the centre
    x4, y4 = (float(v) for v in re.match(r"M([-\d.]+),([-\d.]+)", paths[1].get("d")).groups())
    assert x4 == pytest.approx(cx + r * math.sin(math.radians(78.75)), abs=0.06) and y4 < cy
    # colours on one scale to the largest value: 1.0 darkest, 0.5 between; the flagged bin pale and dashed
    assert paths[1].get("fill") == "#67000d" and paths[1].get("fill-opacity") == "0.35"
    assert paths[1].get("stroke-dasharray") and not paths[0].get("stroke-dasharray")
    assert paths[0].get("fill") == charts._heat(0.5)


def test_polar_rings_for_speed_bins():
    values = [[0.2, 0.4, 0.6]] + [[float("nan")] * 3] * 7
    root, paths = _parse(charts.polar_chart(values, ring_labels=["2 m/s", "4 m/s", ""], size=200))
    assert len(paths) == 3
    circles = root.findall(NS + "circle")
    radius = 200 / 2 - 14
    assert sorted(float(c.get("r")) for c in circles) == pytest.approx([radius / 3, 2 * radius / 3, radius], abs=0.06)
    texts = [t.text for t in root.iter(NS + "text")]
    assert {"N", "E", "S", "W", "2 m/s", "4 m/s"} <= set(texts)
    # an inner ring is an annulus: two arcs, no line to the centre
    assert paths[1].get("d").count("A") == 2
    assert charts.polar_chart([]) == ""
