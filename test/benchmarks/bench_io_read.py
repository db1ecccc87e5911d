"""Shared feature reader benchmark: ``qgis_io.features.iter_features`` (a ``nextFeature`` loop, safe under
"stop on invalid geometry") against QGIS's own Python iteration ``for f in source.getFeatures()`` (which crashes
QGIS 3.22 in that case), and ``read_points`` / ``read_lines`` against that iteration alone.

    QT_QPA_PLATFORM=offscreen .venv/bin/python test/benchmarks/bench_io_read.py [--points 200000] [--lines 50000]

Memory layers in EPSG:4548, read through a QgsProcessingFeatureSource in their own CRS; medians of
``--repeat`` runs; peak = tracemalloc's peak of Python allocations during one run of each side.
"""

import argparse
import os
import statistics
import sys
import time
import tracemalloc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conftest  # noqa: E402,F401  (links the plugin as eco_supervision)
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsVectorLayer,
)


def layers(n_points, n_lines):
    points = QgsVectorLayer("Point?crs=EPSG:4548&field=w:double", "points", "memory")
    feats = []
    for i in range(n_points):
        f = QgsFeature(points.fields())
        f.setAttributes([float(i % 97)])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(500000 + (i % 1000) * 10.0, 3500000 + (i // 1000) * 10.0)))
        feats.append(f)
    points.dataProvider().addFeatures(feats)
    lines = QgsVectorLayer("LineString?crs=EPSG:4548&field=speed:double", "lines", "memory")
    feats = []
    for i in range(n_lines):
        f = QgsFeature(lines.fields())
        f.setAttributes([30.0])
        x, y = 500000 + (i % 500) * 50.0, 3500000 + (i // 500) * 50.0
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y), QgsPointXY(x + 25, y + 5), QgsPointXY(x + 50, y)]))
        feats.append(f)
    lines.dataProvider().addFeatures(feats)
    return points, lines


def timed(function, repeat):
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        runs.append(time.perf_counter() - start)
    tracemalloc.start()
    function()
    peak = tracemalloc.get_traced_memory()[1] / 2 ** 20
    tracemalloc.stop()
    return statistics.median(runs), peak


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--points", type=int, default=200000)
    parser.add_argument("--lines", type=int, default=50000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    from eco_supervision.processing_algorithms.qgis_io.features import iter_features
    from eco_supervision.processing_algorithms.qgis_io.read import read_lines, read_points

    points, lines = layers(args.points, args.lines)
    context = QgsProcessingContext()
    skip = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks

    def source(layer):
        return QgsProcessingFeatureSource(layer, context)

    def reference(layer, flags=None):
        def run():
            s = source(layer)
            iterator = s.getFeatures(QgsFeatureRequest(), flags) if flags is not None else s.getFeatures()
            for f in iterator:
                f.geometry()
        return run

    def ours(layer, flags=None):
        def run():
            for f in iter_features(source(layer), QgsFeatureRequest(), flags):
                f.geometry()
        return run

    rows = [
        ("iterate {:,} points".format(args.points), ours(points), reference(points)),
        ("iterate {:,} lines".format(args.lines), ours(lines, skip), reference(lines, skip)),
        ("read_points {:,} (xy + 1 field)".format(args.points),
         lambda: read_points(source(points), points.crs(), context, fields=["w"]), reference(points)),
        ("read_lines {:,} (parts + 1 field)".format(args.lines),
         lambda: read_lines(source(lines), lines.crs(), context, fields=["speed"]), reference(lines, skip)),
    ]
    print("{:<36} {:>10} {:>10} {:>7} {:>10} {:>10}".format("", "ours s", "QGIS s", "ratio", "ours MB", "QGIS MB"))
    for label, ours_run, ref_run in rows:
        t_ours, m_ours = timed(ours_run, args.repeat)
        t_ref, m_ref = timed(ref_run, args.repeat)
        print("{:<36} {:>10.3f} {:>10.3f} {:>6.2f}x {:>10.1f} {:>10.1f}".format(
            label, t_ours, t_ref, t_ours / t_ref, m_ours, m_ref))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
