"""Emergency coverage for real incidents: closed roads, vehicle restrictions, peak hour, receptors; siting over
one-way roads.

Oracles: QGIS's own ``native:shortestpathpointtopoint`` on the road layer with the closed road deleted; exact
scaling by the congestion factor and an independent run with the scaled speeds; brute-force Floyd–Warshall
counts of receptor weight; an enumerated optimum of network siting over a hand-built one-way network.
"""

import itertools
import json

import numpy as np
import pytest
from helpers.bad_input import refused
from helpers.incident_data import BANK, CRS, FIELDS, SPACING, X0, Y0, barrier_layer, layer_of, points, two_banks
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import floyd_warshall

from eco_supervision.eco_supervision_plugin.core.emergency import EmergencyOptions, RoadInput, plan_emergency_coverage
from eco_supervision.eco_supervision_plugin.core.emergency.receptors import (
    point_receptors,
    polygon_receptors,
    receptor_reach,
)
from eco_supervision.eco_supervision_plugin.core.roads import build_road_graph
from eco_supervision.eco_supervision_plugin.core.roads.rules import Barriers, barrier_edges


@pytest.fixture
def run_native(eco_provider):
    import processing

    return processing.run


def qgis_minutes(run_native, layer, start, ends):
    """Fastest-path minutes from ``start`` to each end with QGIS's network analysis (inf when no path)."""
    out = []
    for x, y in ends:
        try:
            res = run_native("native:shortestpathpointtopoint", {
                "INPUT": layer, "STRATEGY": 1, "SPEED_FIELD": "speed", "DEFAULT_SPEED": 50,
                "DIRECTION_FIELD": "oneway", "VALUE_FORWARD": "1", "VALUE_BACKWARD": "-1", "VALUE_BOTH": "0",
                "DEFAULT_DIRECTION": 2, "TOLERANCE": 0,
                "START_POINT": "{!r},{!r} [{}]".format(float(start[0]), float(start[1]), CRS),
                "END_POINT": "{!r},{!r} [{}]".format(float(x), float(y), CRS), "OUTPUT": "TEMPORARY_OUTPUT"})
            out.append(next(res["OUTPUT"].getFeatures())["cost"] * 60.0)
        except Exception:  # QGIS raises when the end point cannot be reached
            out.append(np.inf)
    return np.array(out)


def run_emergency(run_alg, roads_layer, depot, sources, tmp_path, **extra):
    report = str(tmp_path / "report_{}.json".format(len(list(tmp_path.iterdir()))))
    params = {"ROADS": roads_layer, "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway", "ROAD_CLASS_FIELD": "cls",
              "SNAP_TOLERANCE": 0.0, "DEPOTS": points([depot]), "RISK_SOURCES": points(sources),
              "THRESHOLDS": "600", "REQUIRED_RESPONDERS": 1, "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": report}
    params.update(extra)
    result = run_alg("emergencycoverage", params)
    rows = {f["name"]: f for f in result["OUTPUT"].getFeatures()}
    ordered = [rows["p{}".format(i)] for i in range(len(sources))]
    return ordered, json.load(open(report, encoding="utf-8"))


def minutes_of(rows, field="first_min"):
    return np.array([np.inf if r[field] in (None, "") or r[field] != r[field] else float(r[field]) for r in rows],
                    dtype=float)


def sample_sources(left, right, rng):
    """Sources on both banks: street nodes and points inside streets (exactly on the line)."""
    pick = np.concatenate([left[rng.choice(len(left), 4, replace=False)], right[rng.choice(len(right), 6,
                                                                                           replace=False)]])
    mid = (right[:-1] + right[1:]) / 2.0  # inside right-bank streets along a column (consecutive ids)
    mid = mid[(np.arange(len(mid)) % BANK) != BANK - 1][:3]
    return np.concatenate([pick, mid])


def test_closed_bridge_gives_qgis_times_without_it_and_closing_both_isolates_the_far_bank(run_alg, run_native,
                                                                                         tmp_path):
    roads, left, right = two_banks()
    rng = np.random.default_rng(7)
    depot = left[8]
    sources = sample_sources(left, right, rng)
    first_bridge = len(roads) - 2
    y1 = roads[first_bridge]["xy"][0][1]
    xm = roads[first_bridge]["xy"].mean(axis=0)[0]
    rows, data = run_emergency(run_alg, layer_of(roads), depot, sources, tmp_path,
                               BARRIERS=barrier_layer(["LINESTRING({0} {1}, {0} {2})".format(xm, y1 - 40, y1 + 40)]))
    expected = qgis_minutes(run_native, layer_of(roads, skip={first_bridge}), depot, sources)
    assert np.isfinite(expected).all()
    assert minutes_of(rows) == pytest.approx(expected, abs=2e-3)
    assert data["road_network"]["closed_km_barriers"] == pytest.approx(0.5)
    # Without the barrier the far bank is nearer for some sources: the closure changed the answer.
    open_rows, _ = run_emergency(run_alg, layer_of(roads), depot, sources, tmp_path)
    assert (minutes_of(open_rows) < expected - 0.01).any()
    # A polygon over the river closes both bridges: the far bank is isolated, the near bank keeps its times.
    river = "POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(
        xm - 200, Y0 - 100, xm + 200, Y0 + BANK * SPACING)
    rows, data = run_emergency(run_alg, layer_of(roads), depot, sources, tmp_path, BARRIERS=barrier_layer([river]))
    far = sources[:, 0] > xm
    assert [r["status"] for r in np.array(rows, dtype=object)[far]] == ["isolated"] * int(far.sum())
    both = qgis_minutes(run_native, layer_of(roads, skip={first_bridge, first_bridge + 1}), depot, sources[~far])
    assert minutes_of(rows)[~far] == pytest.approx(both, abs=2e-3)
    assert data["road_network"]["closed_km_barriers"] == pytest.approx(1.0)
    assert data["status_counts"]["isolated"] == int(far.sum())


def test_restrictions_close_roads_for_this_vehicle(run_alg, run_native, tmp_path):
    roads, left, right = two_banks(seed=5)
    rng = np.random.default_rng(11)
    depot = left[14]
    sources = sample_sources(left, right, rng)
    n = len(roads)
    cases = [({"RESTRICTED_CLASSES": "tunnel"}, {n - 1}), ({"RESTRICTION_FIELD": "ban"}, {n - 2})]
    for params, removed in cases:
        rows, data = run_emergency(run_alg, layer_of(roads), depot, sources, tmp_path, **params)
        expected = qgis_minutes(run_native, layer_of(roads, skip=removed), depot, sources)
        assert minutes_of(rows) == pytest.approx(expected, abs=2e-3)
        assert data["road_network"]["closed_km_restrictions"] == pytest.approx(0.5)


def test_peak_hour_scales_times_exactly_and_equals_a_run_with_slower_speeds(run_alg, tmp_path):
    roads, left, right = two_banks(seed=9)
    rng = np.random.default_rng(2)
    depot = left[3]
    sources = sample_sources(left, right, rng)
    rows, data = run_emergency(run_alg, layer_of(roads), depot, sources, tmp_path,
                               SPEED_FACTORS="residential=0.6,bridge=0.6,tunnel=0.6")
    free, peak = minutes_of(rows), minutes_of(rows, "peak_first_min")
    assert peak == pytest.approx(free / 0.6, abs=1e-3)  # the layer keeps minutes to 3 decimals
    assert data["peak_hour"]["used"] is True
    # Per-road congestion field (0.5 on the bridges, none elsewhere) = a free-flow run at half speed there.
    rows, _ = run_emergency(run_alg, layer_of(roads), depot, sources, tmp_path, CONGESTION_FIELD="jam")
    slow = [dict(r, speed=r["speed"] * (r["jam"] or 1.0)) for r in roads]
    slow_rows, _ = run_emergency(run_alg, layer_of(slow), depot, sources, tmp_path)
    assert minutes_of(rows, "peak_first_min") == pytest.approx(minutes_of(slow_rows), abs=1e-3)
    assert minutes_of(rows) == pytest.approx(free, abs=1e-12)  # free flow unchanged


def test_congestion_factor_scales_every_time_exactly_in_the_core():
    roads, left, right = two_banks(seed=9)
    rng = np.random.default_rng(2)
    sources = sample_sources(left, right, rng)
    road_input = RoadInput([r["xy"] for r in roads], np.arange(len(roads)), [r["speed"] for r in roads],
                           [r["cls"] for r in roads], np.array([r["oneway"] for r in roads]))
    options = EmergencyOptions(thresholds="600", required=2, snap_tolerance_m=0.0, access_speed_kmh=None,
                               speed_factors={"residential": 0.6, "bridge": 0.6, "tunnel": 0.6})
    plan = plan_emergency_coverage(road_input, left[[3, 20]], sources, options)
    assert np.isfinite(plan.response.first_min).all() and np.isfinite(plan.response.second_min).all()
    assert plan.peak.first_min == pytest.approx(plan.response.first_min / 0.6, rel=1e-12)
    assert plan.peak.second_min == pytest.approx(plan.response.second_min / 0.6, rel=1e-12)


def test_barrier_point_with_buffer_and_line_close_the_same_edges():
    roads, _, _ = two_banks()
    graph = build_road_graph([r["xy"] for r in roads], [r["speed"] for r in roads], [r["oneway"] for r in roads], 0.0)
    bridge = roads[-2]["xy"]
    mid = bridge.mean(axis=0)
    by_point = barrier_edges(graph, Barriers(points=mid[None, :], buffer_m=1.0))
    line = np.array([mid - [0, 30], mid + [0, 30]])
    by_line = barrier_edges(graph, Barriers(lines=[line]))
    assert by_point.sum() == 1 and np.array_equal(by_point, by_line)
    # A point 10 m beside the road closes it only with a buffer of at least 10 m.
    beside = (mid + [0, 10.0])[None, :]
    assert barrier_edges(graph, Barriers(points=beside, buffer_m=9.9)).sum() == 0
    assert barrier_edges(graph, Barriers(points=beside, buffer_m=10.1)).sum() == 1


def _brute_force_times(graph):
    """All-pairs node times by Floyd–Warshall on the directed arcs (independent of the Dijkstra with virtual nodes)."""
    tail, head, cost, _ = graph.directed_arcs("time")
    m = csr_matrix((cost, (tail, head)), shape=(graph.n_nodes, graph.n_nodes))
    return floyd_warshall(m, directed=True)


def test_receptor_weights_reached_equal_a_brute_force_count():
    roads, left, right = two_banks(seed=4)
    graph = build_road_graph([r["xy"] for r in roads], [r["speed"] for r in roads], [r["oneway"] for r in roads], 0.0)
    rng = np.random.default_rng(5)
    depot_nodes = rng.choice(graph.n_nodes, 4, replace=False)
    recv_nodes = rng.choice(graph.n_nodes, 30, replace=False)
    weights = rng.integers(1, 100, 30).astype(float)
    teams = np.array([1, 2, 1, 1])
    ready = np.array([0.0, 2.0, 1.0, 0.5])
    thresholds = [3.0, 6.0]
    reach = receptor_reach(graph, point_receptors(graph.node_xy[recv_nodes], weights), graph.node_xy[depot_nodes],
                           thresholds, ready, teams)
    times = _brute_force_times(graph)[depot_nodes][:, recv_nodes] / 60.0 + ready[:, None]
    for k, t in enumerate(thresholds):
        within = times <= t + 1e-9
        assert reach.per_depot[k] == pytest.approx((within * weights).sum(axis=1))
        count = (within * teams[:, None]).sum(axis=0)
        assert reach.once[k] == pytest.approx(weights[count >= 1].sum())
        assert reach.twice[k] == pytest.approx(weights[count >= 2].sum())
    assert reach.once[1] > reach.once[0] > 0 and reach.twice[1] > 0  # the instance is not trivial


def test_polygon_receptor_weight_is_shared_by_area():
    # A 1 km square over two roads: the left half is nearest a road with a depot, the right half an island road.
    roads = [np.array([[0.0, -500.0], [0.0, 1500.0]]), np.array([[1000.0, -500.0], [1000.0, 1500.0]])]
    graph = build_road_graph(roads, [60.0, 60.0], [0, 0], 0.0)
    square = [np.array([[0, 0], [1000, 0], [1000, 1000], [0, 1000], [0, 0]], dtype=float)]
    rec = polygon_receptors([square], [800.0], 100.0)
    assert len(rec.xy) == 100 and rec.weight.sum() == pytest.approx(800.0)
    reach = receptor_reach(graph, rec, np.array([[0.0, 500.0]]), [60.0], np.zeros(1), np.ones(1, dtype=int))
    assert reach.once[0] == pytest.approx(400.0)
    assert reach.per_feature[0, 0] == pytest.approx(400.0)


def one_way_network():
    """A hand-built one-way ring (a hexagon of 1 km sides, 0 → 1 → … → 5 → 0) with two-way spurs of 1 km off
    nodes 0 and 3 (nodes 6 and 7): candidates and demand on the nodes."""
    angle = np.radians(60.0 * np.arange(6))
    ring = np.stack([np.cos(angle), np.sin(angle)], axis=1) * 1000.0
    xy = np.concatenate([ring, [ring[0] * 2.0, ring[3] * 2.0]]) + [X0, Y0]
    edges = [(i, (i + 1) % 6, 1) for i in range(6)] + [(0, 6, 0), (3, 7, 0)]
    return xy, edges


def test_siting_over_one_way_roads_reaches_the_enumerated_optimum(run_alg, tmp_path):
    xy, edges = one_way_network()
    layer = QgsVectorLayer("LineString?crs={}&{}".format(CRS, FIELDS), "roads", "memory")
    feats = []
    for a, b, ow in edges:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*xy[a]), QgsPointXY(*xy[b])]))
        f.setAttributes([60.0, ow, "residential", 0, None])  # 60 km/h: one minute per kilometre
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    weights = np.array([8.0, 6.0, 5.0, 3.0, 3.0, 1.0, 1.0, 1.0])
    demand = QgsVectorLayer("Point?crs={}&field=w:double".format(CRS), "demand", "memory")
    cands = QgsVectorLayer("Point?crs={}&field=name:string".format(CRS), "cands", "memory")
    for i, p in enumerate(xy):
        f = QgsFeature(demand.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*p)))
        f.setAttributes([float(weights[i])])
        demand.dataProvider().addFeature(f)
        g = QgsFeature(cands.fields())
        g.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*p)))
        g.setAttributes(["c{}".format(i)])
        cands.dataProvider().addFeature(g)
    # Enumerated optimum: directed minutes by Floyd–Warshall on the hand-written arcs, coverage within 1.5 min.
    n = len(xy)
    tail = [a for a, b, ow in edges] + [b for a, b, ow in edges if ow == 0]
    head = [b for a, b, ow in edges] + [a for a, b, ow in edges if ow == 0]
    minutes = floyd_warshall(csr_matrix((np.ones(len(tail)), (tail, head)), shape=(n, n)), directed=True)
    covers = minutes <= 1.5  # candidate row covers demand column

    def best(cover):
        return max(weights[cover[list(c)].any(axis=0)].sum() for c in itertools.combinations(range(n), 2))

    optimum = best(covers)
    assert optimum != best(covers | covers.T)  # ignoring one-way streets would give another optimum
    report = str(tmp_path / "siting.json")
    result = run_alg("networksiting", {
        "DEMAND": demand, "DEMAND_WEIGHT": "w", "CANDIDATES": cands, "MODEL": 0, "P": 2, "RADIUS": 5000.0,
        "NETWORK": layer, "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway", "TRAVEL_TIME": 1.5,
        "SNAP_TOLERANCE": 0.0, "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": report})
    data = json.load(open(report, encoding="utf-8"))
    assert data["objective"] == pytest.approx(optimum)
    chosen = [f["name"] for f in result["OUTPUT"].getFeatures()]
    idx = [int(c[1:]) for c in chosen]
    assert weights[covers[idx].any(axis=0)].sum() == pytest.approx(optimum)


@pytest.mark.parametrize("extra, pattern", [
    ({"SPEED_FACTORS": "residential=0"}, r"residential=0\.6|factor"),
    ({"RESTRICTED_CLASSES": "tunnel", "ROAD_CLASS_FIELD": ""}, r"road class field"),
    ({"SPEED_FACTORS": "residential=0.5", "ROAD_CLASS_FIELD": ""}, r"road class field"),
    ({"RESTRICTION_FIELD": "nosuchfield"}, r"nosuchfield"),
])
def test_bad_road_options_are_refused_with_a_planners_message(run_alg, extra, pattern):
    roads, left, right = two_banks()
    layer, depots, sources = layer_of(roads), points(left[:1]), points(right[:2])
    params = {"ROADS": layer, "SPEED_FIELD": "speed", "ROAD_CLASS_FIELD": "cls", "DEPOTS": depots,
              "RISK_SOURCES": sources, "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(extra)
    refused(run_alg, "emergencycoverage", params, pattern, [layer, depots, sources])


def test_zero_congestion_factor_and_a_barrier_over_everything_are_refused(run_alg):
    roads, left, right = two_banks()
    roads[0]["jam"] = 0.0
    layer, depots, sources = layer_of(roads), points(left[:1]), points(right[:2])
    base = {"ROADS": layer, "SPEED_FIELD": "speed", "DEPOTS": depots, "RISK_SOURCES": sources,
            "OUTPUT": "TEMPORARY_OUTPUT"}
    refused(run_alg, "emergencycoverage", dict(base, CONGESTION_FIELD="jam"), r"congestion factor of zero", [layer])
    everything = barrier_layer(["POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(
        X0 - 1000, Y0 - 1000, X0 + 10000, Y0 + 10000)])
    refused(run_alg, "emergencycoverage", dict(base, BARRIERS=everything), r"Every road is closed", [layer, everything])
