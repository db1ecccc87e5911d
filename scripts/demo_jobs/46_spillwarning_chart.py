"""Demo job: the breakthrough curves of the spill warning demo (45_spillwarning.json) as one PNG chart.

Reads ``<output>/spill_curves.gpkg`` (the CURVES table: receptor, time, concentration) and the receptors'
limits from ``<output>/spill_receptors.gpkg``, draws them with the planning notes' SVG chart
(processing_algorithms/reports/charts.py) and rasterises it to ``<output>/spill_breakthrough.png``.

    python scripts/demo_jobs/46_spillwarning_chart.py --sample resources/sample_data/eco_city.gpkg --output demo_output
"""

import argparse
import importlib.util
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def load_charts():
    """reports/charts.py on its own (it imports nothing from the plugin)."""
    spec = importlib.util.spec_from_file_location(
        "eco_charts", os.path.join(REPO, "processing_algorithms", "reports", "charts.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read(path, fields):
    from osgeo import ogr

    ds = ogr.Open(path)
    if ds is None:
        raise SystemExit("{} not found: run 45_spillwarning.json first".format(path))
    layer = ds.GetLayer(0)
    return [[f.GetField(n) for n in fields] for f in layer]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", help="unused (the curves come from the spill warning job)")
    ap.add_argument("--output", required=True)
    args = ap.parse_args()
    curves = read(os.path.join(args.output, "spill_curves.gpkg"), ["receptor", "t_h", "conc_mgl"])
    limits = {r: lim for r, lim, status in read(os.path.join(args.output, "spill_receptors.gpkg"),
                                                ["receptor", "limit_mgl", "status"]) if status == "reached"}
    series = {}
    for receptor, t, c in curves:
        if receptor in limits:
            series.setdefault(receptor, ([], []))
            series[receptor][0].append(t)
            series[receptor][1].append(c)
    if not series:
        raise SystemExit("no receptor is reached in the demo scenario")
    lines = [(name, xs, ys) for name, (xs, ys) in series.items()]
    for lim in sorted(set(limits[n] for n in series)):
        t_max = max(max(xs) for _, xs, _ in lines)
        lines.append(("limit {:g} mg/L".format(lim), [0.0, t_max], [lim, lim]))
    svg = load_charts().line_chart(lines, "Hours after the spill", "NH3-N (mg/L)",
                                   title="Breakthrough at the intakes downstream of Xijin Matou", markers=False,
                                   width=900, height=420)
    from qgis.PyQt.QtCore import QByteArray
    from qgis.PyQt.QtGui import QColor, QGuiApplication, QImage, QPainter
    from qgis.PyQt.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(1800, 840, QImage.Format_ARGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out = os.path.join(args.output, "spill_breakthrough.png")
    if not image.save(out, "PNG"):
        raise SystemExit("cannot write {}".format(out))
    print(out)
    del app


if __name__ == "__main__":
    main()
