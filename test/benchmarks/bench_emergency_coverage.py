"""Emergency-coverage benchmark: our service areas vs QGIS ``native:serviceareafromlayer``.

    .venv/bin/python test/benchmarks/bench_emergency_coverage.py            # ≥100,000 edges, 100 depots
    .venv/bin/python test/benchmarks/bench_emergency_coverage.py --quick    # small grid, 20 depots
    .venv/bin/python test/benchmarks/bench_emergency_coverage.py --helsinki # real OSM network too

Instance: a seeded synthetic grid city (``--size`` × ``--size`` jittered street nodes, ``--spacing`` blocks
(400 m: a ~92 km prefecture-scale network like the sample city; 150 m: a dense 34 km city),
lines of 1–4 blocks, arterials every 10th street at 50 km/h, other streets 15–40 km/h, 10 % one-way
streets in either direction) in EPSG:4548 centred on its central meridian (scale 1, so planar
lengths equal the WGS 84 ellipsoidal lengths QGIS 3.22's network analysis always uses), depots on
random street nodes, threshold ``--minutes`` (30).

Timed on the same layers (in memory; ``--roads gpkg``: the roads in a GeoPackage file, read by both sides
through the OGR provider):
* ours (core): road graph from the line arrays + multi-source Dijkstra with a time limit + reached
  pieces (partial edges cut at the threshold) + their vertices as lines joined along trails;
* ours (algorithm): ``ecosupervision:emergencycoverage`` through processing.run, reading the layers,
  1,000 risk sources, SERVICE_AREAS written to a memory layer (no polygons);
* QGIS: ``native:serviceareafromlayer`` (fastest path, speed field, direction field), lines output.

Reachable sets are compared edge by edge: the union of reached intervals of every edge per depot
must be the same (ends within 1 cm).
"""

import argparse
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.append("/usr/share/qgis/python/plugins")
import conftest  # noqa: E402,F401  (links the plugin as eco_supervision)

from eco_supervision.eco_supervision_plugin.core import roads as rg  # noqa: E402

CRS = "EPSG:4548"
HELSINKI = os.path.join(REPO, "test", "data", "Helsinki.osm.pbf")


def grid_city(size, spacing=150.0, seed=1):
    rng = np.random.default_rng(seed)
    half = (size - 1) * spacing / 2.0
    xs = 500000.0 - half + np.arange(size) * spacing
    ys = 3500000.0 - half + np.arange(size) * spacing
    nodes = np.stack(np.meshgrid(xs, ys, indexing="ij"), -1)
    nodes = np.round(nodes + rng.uniform(-0.25, 0.25, nodes.shape) * spacing, 3)
    lines, speeds, oneway = [], [], []
    for axis in (0, 1):
        for i in range(size):
            row = nodes[i, :] if axis == 0 else nodes[:, i]
            arterial = i % 10 == 0
            j = 0
            while j < size - 1:
                k = min(size - 1, j + int(rng.integers(1, 5)))
                lines.append(row[j:k + 1])
                speeds.append(50.0 if arterial else float(rng.choice([15, 20, 25, 30, 40])))
                r = rng.uniform()
                oneway.append(0 if arterial or r < 0.9 else (1 if r < 0.95 else -1))
                j = k
    return nodes, lines, speeds, oneway


def ellipsoidal_length(crs):
    """WGS 84 geodesic length of segments given in ``crs`` (what QGIS 3.22's graph builder measures)."""
    from pyproj import Geod, Transformer

    to_geo = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    geod = Geod(ellps="WGS84")

    def length(a, b):
        lon1, lat1 = to_geo.transform(a[:, 0], a[:, 1])
        lon2, lat2 = to_geo.transform(b[:, 0], b[:, 1])
        return geod.inv(lon1, lat1, lon2, lat2)[2]

    return length


def layers(lines, speeds, oneway, depot_xy, source_xy, crs=CRS):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    roads = QgsVectorLayer("LineString?crs={}&field=speed:double&field=oneway:integer".format(crs), "roads",
                           "memory")
    feats = []
    for pts, sp, ow in zip(lines, speeds, oneway):
        f = QgsFeature(roads.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in pts]))
        f.setAttributes([sp, ow])
        feats.append(f)
    roads.dataProvider().addFeatures(feats)

    def points(xy, name):
        layer = QgsVectorLayer("Point?crs={}&field=name:string".format(crs), name, "memory")
        fs = []
        for i, (x, y) in enumerate(xy):
            f = QgsFeature(layer.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
            f.setAttributes(["d{}".format(i)])
            fs.append(f)
        layer.dataProvider().addFeatures(fs)
        return layer

    return roads, points(depot_xy, "depots"), points(source_xy, "sources")


def roads_geopackage(lines, speeds, oneway, crs=CRS):
    """The grid's roads in a temporary GeoPackage (what a planner's road layer usually is), as an OGR layer."""
    import tempfile

    from osgeo import ogr, osr
    from qgis.core import QgsVectorLayer

    path = os.path.join(tempfile.mkdtemp(prefix="eco_bench_"), "roads.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(int(crs.split(":")[1]))
    layer = ds.CreateLayer("roads", srs, ogr.wkbLineString)
    layer.CreateField(ogr.FieldDefn("speed", ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("oneway", ogr.OFTInteger))
    layer.StartTransaction()
    for pts, sp, ow in zip(lines, speeds, oneway):
        f = ogr.Feature(layer.GetLayerDefn())
        line = ogr.Geometry(ogr.wkbLineString)
        for x, y in pts:
            line.AddPoint_2D(float(x), float(y))
        f.SetGeometry(line)
        f.SetField("speed", float(sp))
        f.SetField("oneway", int(ow))
        layer.CreateFeature(f)
    layer.CommitTransaction()
    ds = None
    roads = QgsVectorLayer(path + "|layername=roads", "roads", "ogr")
    assert roads.isValid() and roads.featureCount() == len(lines)
    return roads


def multiline_segments(geometry):
    """(k×2×2) segments between consecutive vertices of a 2D MultiLineString, parsed from WKB."""
    wkb = bytes(geometry.asWkb())
    if len(wkb) <= 9:
        return np.zeros((0, 2, 2))
    n_parts = int(np.frombuffer(wkb, "<u4", 1, 5)[0])
    out, at = [], 9
    for _ in range(n_parts):
        order, kind, n = np.frombuffer(wkb, dtype=[("o", "u1"), ("t", "<u4"), ("n", "<u4")], count=1, offset=at)[0]
        assert order == 1 and kind == 2, "unexpected part layout"
        xy = np.frombuffer(wkb, "<f8", 2 * int(n), at + 9).reshape(-1, 2)
        out.append(np.stack([xy[:-1], xy[1:]], axis=1))
        at += 9 + 16 * int(n)
    return np.concatenate(out)


def _node_lookup(graph, xy):
    """Node index of each exact coordinate pair (-1 when it is not a node)."""
    keys = np.ascontiguousarray(graph.node_xy + 0.0).view(np.complex128).reshape(-1)
    order = np.argsort(keys)
    q = np.ascontiguousarray(xy + 0.0).view(np.complex128).reshape(-1)
    pos = np.clip(np.searchsorted(keys[order], q), 0, len(keys) - 1)
    found = keys[order][pos] == q
    return np.where(found, order[pos], -1)


def intervals(graph, origin, segs):
    """Merged (origin, edge, f0, f1) of pieces lying on graph edges.

    A piece between two nodes is the whole edge joining them (found by node-pair lookup); other
    pieces (cut at the threshold) are located by projecting their midpoint on the nearest edge.
    """
    length = np.hypot(*(segs[:, 1] - segs[:, 0]).T)
    keep = length > 1e-9
    segs, origin = segs[keep], origin[keep]
    n = graph.n_nodes
    s_node = _node_lookup(graph, segs[:, 0])
    q_node = _node_lookup(graph, segs[:, 1])
    pair = np.minimum(graph.edge_u, graph.edge_v) * n + np.maximum(graph.edge_u, graph.edge_v)
    porder = np.argsort(pair, kind="stable")
    unique_pair = np.ones(len(pair), dtype=bool)
    sp = pair[porder]
    unique_pair[porder[1:]] &= sp[1:] != sp[:-1]
    unique_pair[porder[:-1]] &= sp[1:] != sp[:-1]
    whole = (s_node >= 0) & (q_node >= 0)
    key = np.minimum(s_node, q_node) * n + np.maximum(s_node, q_node)
    pos = np.clip(np.searchsorted(sp, key), 0, len(sp) - 1)
    edge_whole = porder[pos]
    whole &= (sp[pos] == key) & unique_pair[edge_whole]
    e = np.where(whole, edge_whole, -1)
    t0 = np.zeros(len(e))
    t1 = np.ones(len(e))
    rest = np.flatnonzero(~whole)
    bad = 0
    if len(rest):
        snap = rg.snap_points(graph, segs[rest].mean(axis=1))
        bad = int((snap.distance > 1e-3).sum())
        er = snap.edge
        a = graph.node_xy[graph.edge_u[er]]
        ab = graph.node_xy[graph.edge_v[er]] - a
        den = np.einsum("ij,ij->i", ab, ab)
        x0 = np.einsum("ij,ij->i", segs[rest, 0] - a, ab) / den
        x1 = np.einsum("ij,ij->i", segs[rest, 1] - a, ab) / den
        e[rest] = er
        t0[rest] = np.minimum(x0, x1)
        t1[rest] = np.maximum(x0, x1)
    return canonical_pieces(graph, origin, e, t0, t1) + (bad,)


def canonical_pieces(graph, origin, edge, f0, f1):
    """Merge pieces with parallel duplicate edges (same two nodes, same length) counted as one edge."""
    u = np.minimum(graph.edge_u, graph.edge_v)
    v = np.maximum(graph.edge_u, graph.edge_v)
    key = np.stack([u, v, np.round(graph.edge_length, 6)], axis=1)
    _, first, inverse = np.unique(key, axis=0, return_index=True, return_inverse=True)
    canon = first[inverse.reshape(-1)]
    edge = np.asarray(edge)
    flip = graph.edge_u[edge] != graph.edge_u[canon[edge]]  # duplicate stored in the other direction
    g0 = np.where(flip, 1.0 - np.asarray(f1), f0)
    g1 = np.where(flip, 1.0 - np.asarray(f0), f1)
    areas = rg.ServiceAreas([0], np.asarray(origin), np.zeros(len(edge), dtype=np.int64), canon[edge], g0, g1)
    o, _, e, a, b = rg.merge_pieces(areas)
    return o, e, a, b


def compare(graph, ours, theirs, tol_m=0.01):
    o1, e1, a1, b1, _ = ours
    o2, e2, a2, b2, bad = theirs
    same_keys = len(o1) == len(o2) and np.array_equal(o1, o2) and np.array_equal(e1, e2)
    if not same_keys:
        k1 = set(zip(o1.tolist(), e1.tolist()))
        k2 = set(zip(o2.tolist(), e2.tolist()))
        return {"identical": False, "pieces_ours": len(o1), "pieces_qgis": len(o2),
                "only_ours": len(k1 - k2), "only_qgis": len(k2 - k1), "off_network_qgis_pieces": bad}
    length = graph.edge_length[e1]
    dev = np.maximum(np.abs(a1 - a2), np.abs(b1 - b2)) * length
    return {"identical": bool(dev.max(initial=0) < tol_m), "pieces": len(o1),
            "max_end_difference_m": float(dev.max(initial=0)), "off_network_qgis_pieces": bad}


def run(args):
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    import eco_supervision

    plugin = eco_supervision.classFactory(None)
    plugin.initProcessing()

    nodes, lines, speeds, oneway = grid_city(args.size, spacing=args.spacing, seed=args.seed)
    rng = np.random.default_rng(args.seed + 1)
    flat = nodes.reshape(-1, 2)
    depot_xy = flat[rng.choice(len(flat), args.depots, replace=False)]
    source_xy = flat[rng.choice(len(flat), 1000, replace=False)] + rng.uniform(-20, 20, (1000, 2))
    roads, depots, sources = layers(lines, speeds, oneway, depot_xy, source_xy)
    if args.roads == "gpkg":
        roads = roads_geopackage(lines, speeds, oneway)
    print("roads read from: {}".format(args.roads))
    tsec = args.minutes * 60.0

    core_times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        graph = rg.build_road_graph(lines, speeds, oneway, snap_tolerance=0.0)
        t_graph = time.perf_counter() - t0
        areas = rg.service_areas(graph, depot_xy, [tsec], weight="time")
        o, _, e, f0, f1 = rg.merge_pieces(areas)
        rg.piece_lines(graph, o, e, f0, f1)
        core_times.append(time.perf_counter() - t0)
    t_core = float(np.median(core_times))
    print("grid {0}×{0}, {6:g} m blocks ({7:.0f} km across): {1} line features, {2} nodes, {3} edges; "
          "{4} depots, {5:g} min".format(args.size, len(lines), graph.n_nodes, graph.n_edges, args.depots,
                                         args.minutes, args.spacing, (args.size - 1) * args.spacing / 1000))
    print("ours (core)      : {:.2f} s median of {} (runs {}; graph {:.2f} s, {} reached pieces)".format(
        t_core, args.repeat, ", ".join("{:.2f}".format(t) for t in core_times), t_graph, len(o)))

    alg_times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        res = processing.run("ecosupervision:emergencycoverage", {
            "ROADS": roads, "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway", "SNAP_TOLERANCE": 0.0,
            "DEPOTS": depots, "DEPOT_NAME_FIELD": "name", "RISK_SOURCES": sources, "THRESHOLDS": str(args.minutes),
            "REQUIRED_RESPONDERS": 2, "OUTPUT": "TEMPORARY_OUTPUT", "SERVICE_AREAS": "TEMPORARY_OUTPUT",
            "MAKE_POLYGONS": False,
        })
        alg_times.append(time.perf_counter() - t0)
    t_alg = float(np.median(alg_times))
    print("ours (algorithm) : {:.2f} s  (read layers, 1,000 sources, service-area lines output)".format(t_alg))

    qgis_times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        native = processing.run("native:serviceareafromlayer", {
            "INPUT": roads, "STRATEGY": 1, "SPEED_FIELD": "speed", "DEFAULT_SPEED": 30,
            "DIRECTION_FIELD": "oneway", "VALUE_FORWARD": "1", "VALUE_BACKWARD": "-1", "VALUE_BOTH": "0",
            "DEFAULT_DIRECTION": 2, "TOLERANCE": 0, "START_POINTS": depots, "TRAVEL_COST2": args.minutes / 60.0,
            "INCLUDE_BOUNDS": False, "OUTPUT_LINES": "TEMPORARY_OUTPUT",
        })["OUTPUT_LINES"]
        qgis_times.append(time.perf_counter() - t0)
    t_qgis = float(np.median(qgis_times))
    print("QGIS serviceareafromlayer: {:.2f} s median (runs {})".format(
        t_qgis, ", ".join("{:.2f}".format(t) for t in qgis_times)))

    theirs_o, theirs_s = [], []
    for f in native.getFeatures():
        x, y = (float(v) for v in f["start"].split(","))
        d = int(np.argmin(np.hypot(depot_xy[:, 0] - x, depot_xy[:, 1] - y)))
        s = multiline_segments(f.geometry())
        theirs_s.append(s)
        theirs_o.append(np.full(len(s), d))
    theirs = intervals(graph, np.concatenate(theirs_o), np.concatenate(theirs_s))
    print("reachable sets, core (planar lengths, timed) vs QGIS:",
          compare(graph, canonical_pieces(graph, o, e, f0, f1) + (0,), theirs))
    # QGIS 3.22 measures WGS 84 ellipsoidal lengths; with the same edge lengths the sets must be identical.
    graph_e = rg.build_road_graph(lines, speeds, oneway, snap_tolerance=0.0, segment_length=ellipsoidal_length(CRS))
    assert np.array_equal(graph_e.edge_u, graph.edge_u) and np.array_equal(graph_e.edge_v, graph.edge_v)
    areas_e = rg.service_areas(graph_e, depot_xy, [tsec], weight="time")
    oe, _, ee, g0, g1 = rg.merge_pieces(areas_e)
    print("reachable sets, core (ellipsoidal lengths as QGIS) vs QGIS:",
          compare(graph, canonical_pieces(graph, oe, ee, g0, g1) + (0,), theirs))
    if args.check_algorithm:
        ours_alg_o, ours_alg_s = [], []
        for f in res["SERVICE_AREAS"].getFeatures():
            s = multiline_segments(f.geometry())
            ours_alg_s.append(s)
            ours_alg_o.append(np.full(len(s), int(f["depot"][1:])))
        ours_alg = intervals(graph, np.concatenate(ours_alg_o), np.concatenate(ours_alg_s))
        print("reachable sets, algorithm vs QGIS:", compare(graph, ours_alg, theirs))
    print("speed-up: core {:.1f}×, whole algorithm {:.1f}×".format(t_qgis / t_core, t_qgis / t_alg))
    import resource

    print("peak memory of this process (ours and QGIS): {:.0f} MB".format(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    floor(graph, depot_xy, tsec, o, e, f0, f1, t_qgis)

    if args.helsinki:
        helsinki(processing, rg)


def floor(graph, depot_xy, tsec, origin, edge, f0, f1, t_qgis):
    """Two steps no Python arrangement of the algorithm avoids, timed alone, against QGIS' time / 20.

    scipy's Dijkstra (compiled, holds the GIL) for the depots' limited searches, and QGIS building the
    service-area geometries from WKB (one MultiLineString per depot, reached pieces joined along trails,
    as the algorithm writes them).
    """
    from qgis.core import QgsGeometry
    from scipy.sparse.csgraph import dijkstra

    from eco_supervision.processing_algorithms.qgis_io.wkb import multilinestring_wkbs

    m = graph.matrix("time")
    nodes = _node_lookup(graph, depot_xy)
    t0 = time.perf_counter()
    dijkstra(m, directed=True, indices=nodes, limit=tsec)
    t_dijkstra = time.perf_counter() - t0
    points, counts, line_group = rg.piece_lines(graph, origin, edge, f0, f1)
    wkbs = multilinestring_wkbs(points, counts, line_group, int(origin.max()) + 1)
    t0 = time.perf_counter()
    for wkb in wkbs:
        QgsGeometry().fromWkb(wkb)
    t_geometry = time.perf_counter() - t0
    print("floor: scipy Dijkstra alone {:.2f} s + QGIS geometries of {} lines ({} pieces) alone {:.2f} s = {:.2f} s "
          "(QGIS / 20 = {:.2f} s)".format(t_dijkstra, len(counts), len(edge), t_geometry, t_dijkstra + t_geometry,
                                          t_qgis / 20))


def helsinki(processing, rg):
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    roads = QgsVectorLayer(HELSINKI + "|layername=lines", "helsinki", "ogr")
    roads.setSubsetString("highway IS NOT NULL")
    local = QgsCoordinateReferenceSystem.fromProj(
        "+proj=tmerc +lat_0=60.17 +lon_0=24.944 +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs")
    projected = processing.run("native:reprojectlayer", {"INPUT": roads, "TARGET_CRS": local,
                                                         "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    parts = []
    for f in projected.getFeatures():
        g = f.geometry()
        for line in (g.asMultiPolyline() if g.isMultipart() else [g.asPolyline()]):
            parts.append(np.array([(p.x(), p.y()) for p in line]))
    t0 = time.perf_counter()
    graph = rg.build_road_graph(parts, [30.0] * len(parts), [0] * len(parts), snap_tolerance=0.0)
    rng = np.random.default_rng(3)
    depot_xy = graph.node_xy[rng.choice(graph.n_nodes, 20, replace=False)]
    areas = rg.service_areas(graph, depot_xy, [180.0], weight="time")
    o, _, e, f0, f1 = rg.merge_pieces(areas)
    rg.piece_lines(graph, o, e, f0, f1)
    t_core = time.perf_counter() - t0
    _, depots, _ = layers([], [], [], depot_xy, depot_xy[:1], crs=local.toWkt())
    t0 = time.perf_counter()
    native = processing.run("native:serviceareafromlayer", {
        "INPUT": projected, "STRATEGY": 1, "DEFAULT_SPEED": 30.0, "DEFAULT_DIRECTION": 2, "TOLERANCE": 0,
        "START_POINTS": depots, "TRAVEL_COST2": 3.0 / 60.0, "INCLUDE_BOUNDS": False,
        "OUTPUT_LINES": "TEMPORARY_OUTPUT"})["OUTPUT_LINES"]
    t_qgis = time.perf_counter() - t0
    th_o, th_s = [], []
    for f in native.getFeatures():
        x, y = (float(v) for v in f["start"].split(","))
        d = int(np.argmin(np.hypot(depot_xy[:, 0] - x, depot_xy[:, 1] - y)))
        s = multiline_segments(f.geometry())
        th_s.append(s)
        th_o.append(np.full(len(s), d))
    theirs = intervals(graph, np.concatenate(th_o), np.concatenate(th_s))
    print("Helsinki OSM: {} line parts, {} edges, 20 depots, 3 min at 30 km/h".format(len(parts), graph.n_edges))
    print("  ours (core) {:.3f} s, QGIS {:.3f} s, ratio {:.1f}×".format(t_core, t_qgis, t_qgis / t_core))
    print("  reachable sets:", compare(graph, canonical_pieces(graph, o, e, f0, f1) + (0,), theirs))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small grid (60×60) and 20 depots")
    parser.add_argument("--size", type=int, default=230, help="grid nodes per side (230 → ~105,000 edges)")
    parser.add_argument("--depots", type=int, default=100)
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--spacing", type=float, default=400.0,
                        help="block size in metres (400 → a ~92 km prefecture-scale network; 150 → dense city)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--roads", choices=("memory", "gpkg"), default="memory",
                        help="road layer both sides read: in memory, or a GeoPackage file (OGR provider)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per side; medians are compared")
    parser.add_argument("--check-algorithm", action="store_true",
                        help="also compare the algorithm's SERVICE_AREAS layer with QGIS (slow for big areas)")
    parser.add_argument("--helsinki", action="store_true", help="also the Helsinki OSM network")
    args = parser.parse_args()
    if args.quick:
        args.size, args.depots, args.repeat = 60, 20, 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    run(args)


if __name__ == "__main__":
    main()
