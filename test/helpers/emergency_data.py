"""Emergency-coverage test data and the bad-input checks its tests use.

Layers are built in memory in EPSG:4548 around (500,000, 3,500,000); ``refused`` / ``unchanged`` check
that a run fails with a planner's message (no traceback text) and leaves the inputs untouched; they live in
``helpers.bad_input``, shared with the other bad-input suites.
"""

from qgis.core import QgsGeometry, QgsPointXY

from .bad_input import (  # noqa: F401  (the shared bad-input checks, re-exported for the emergency tests)
    CRS,
    LogFeedback,
    assert_planner_message,
    features,
    layer_from,
    refused,
    reproject,
    snapshot,
    unchanged,
)

X0, Y0 = 500000.0, 3500000.0


def pt(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


def line(*xy):
    return QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x, Y0 + y) for x, y in xy])


Feedback = LogFeedback  # warnings are collected with the errors


# -- the emergency bad-input network ---------------------------------------------------------------------------
# A 10 km straight road at 60 km/h (one minute per kilometre) from x = 0 to x = 10,000 m, and a separate 1 km
# road island at x = 50 km. Depot A at x = 0, depot B at x = 10,000; source S1 at x = 3,000 (A: 3 min, B: 7 min).

ROAD_FIELDS = ["speed:double", "oneway:integer"]
DEPOT_FIELDS = ["name:string", "teams:integer", "ready:double"]
SOURCE_FIELDS = ["name:string", "w:double"]


def roads(speeds=(60.0, 60.0, 60.0)):
    return layer_from("LineString", ROAD_FIELDS, [
        (line((0, 0), (5000, 0)), [speeds[0], 0]),
        (line((5000, 0), (10000, 0)), [speeds[1], 0]),
        (line((50000, 0), (51000, 0)), [speeds[2], 0]),  # island
    ])


def depots(rows=None):
    return layer_from("Point", DEPOT_FIELDS, rows or [(pt(0, 0), ["A", 1, 0.0]), (pt(10000, 0), ["B", 1, 0.0])])


def sources(rows=None):
    return layer_from("Point", SOURCE_FIELDS, rows or [(pt(3000, 0), ["S1", 2.0]), (pt(6000, 0), ["S2", 1.0])])
