"""The one feature reader survives QGIS's "stop on invalid geometry" (issue 13 item 8).

With QGIS 3.22/SIP a Python ``for f in source.getFeatures()`` loop whose invalid-geometry callback raises
terminates the interpreter (rc 134/139). The shared reader (``qgis_io.features.iter_features``, used by
``read_points`` / ``read_lines`` / ``metric_crs``) must turn the same case into a QgsProcessingException that
names the feature. Each case runs in its own interpreter so that a crash fails the test, not pytest.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from helpers.io_qgis import run_qgis_script  # noqa: E402

LAYERS = """
def polygons():
    vl = QgsVectorLayer("Polygon?crs=EPSG:4548&field=w:double&field=cat:string", "demand", "memory")
    rows = [("POLYGON((500000 3500000, 500400 3500000, 500400 3500400, 500000 3500400, 500000 3500000))", 1.0),
            ("POLYGON((501000 3501000, 501400 3501400, 501400 3501000, 501000 3501400, 501000 3501000))", 2.0),
            ("POLYGON((502000 3502000, 502400 3502000, 502400 3502400, 502000 3502400, 502000 3502000))", 3.0)]
    features = []
    for wkt, w in rows:  # the second one is a bow-tie: GEOS-invalid
        f = QgsFeature(vl.fields())
        f.setAttributes([w, "A"])
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(f)
    vl.dataProvider().addFeatures(features)
    return vl


def aborting_context():
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
    return context
"""


def _check(done):
    assert done.returncode == 0, "rc {}\n{}\n{}".format(done.returncode, done.stdout, done.stderr[-3000:])
    return done.stdout


def test_read_points_raises_instead_of_crashing(plugin_pkgroot):
    out = _check(run_qgis_script(LAYERS + """
from eco_supervision.processing_algorithms.qgis_io import read as layers
vl = polygons()
context = aborting_context()
for attempt in range(3):
    source = QgsProcessingFeatureSource(vl, context)
    try:
        layers.read_points(source, vl.crs(), context, None, fields=["w"])
        print("READ")
    except QgsProcessingException as error:
        print("REFUSED", "invalid geometry" in str(error), "(2)" in str(error))
import gc; gc.collect()
print("ALIVE")
""", plugin_pkgroot))
    assert out.count("REFUSED True True") == 3 and "READ" not in out and "ALIVE" in out


def test_every_shared_reader_survives_abort_on_invalid(plugin_pkgroot):
    """read_lines skips validity checks (it uses only vertices); metric_crs reads geometries of a source with
    no extent; the shared reader itself propagates QGIS's message."""
    out = _check(run_qgis_script(LAYERS + """
from eco_supervision.processing_algorithms.qgis_io.features import iter_features
from eco_supervision.processing_algorithms.qgis_io import read as layers
vl = polygons()
context = aborting_context()
source = QgsProcessingFeatureSource(vl, context)
try:
    print("COUNT", sum(1 for _ in iter_features(source)))
except QgsProcessingException as error:
    print("REFUSED", "invalid geometry" in str(error))
skip = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
print("SKIPPED", sum(1 for _ in iter_features(source, flags=skip)))
lines = QgsVectorLayer("LineString?crs=EPSG:4548", "roads", "memory")
f = QgsFeature()
f.setGeometry(QgsGeometry.fromWkt("LINESTRING(500000 3500000, 500000 3500000)"))  # degenerate
g = QgsFeature()
g.setGeometry(QgsGeometry.fromWkt("LINESTRING(500000 3500000, 500100 3500000)"))
lines.dataProvider().addFeatures([f, g])
parts, owner, table = layers.read_lines(QgsProcessingFeatureSource(lines, context), lines.crs(), context)
print("LINES", len(parts), table.skipped)
print("ALIVE")
""", plugin_pkgroot))
    assert "REFUSED True" in out and "SKIPPED 3" in out and "LINES 1 1" in out and "ALIVE" in out


def test_algorithm_run_with_invalid_demand_polygon_fails_cleanly(plugin_pkgroot):
    """processing.run of network siting on an invalid demand polygon under "stop on invalid geometry"."""
    out = _check(run_qgis_script(LAYERS + """
vl = polygons()
cand = QgsVectorLayer("Point?crs=EPSG:4548&field=cid:string", "cand", "memory")
c = QgsFeature(cand.fields())
c.setAttributes(["c1"])
c.setGeometry(QgsGeometry.fromWkt("POINT(500200 3500200)"))
cand.dataProvider().addFeatures([c])
params = {"DEMAND": vl, "DEMAND_WEIGHT": "w", "CANDIDATES": cand, "RADIUS": 2000.0, "MODEL": 0, "P": 1,
          "OUTPUT": "memory:", "DEMAND_OUTPUT": "memory:"}
for attempt in range(2):
    context = aborting_context()
    try:
        processing.run("ecosupervision:networksiting", params, context=context, feedback=QgsProcessingFeedback())
        print("RAN")
    except QgsProcessingException as error:
        print("REFUSED")
print("ALIVE")
""", plugin_pkgroot, processing=True))
    assert out.count("REFUSED") == 2 and "ALIVE" in out
