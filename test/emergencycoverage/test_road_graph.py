"""Road graph: hand-built networks with known times, one-way streets, partial edges, islands.

Known answers are worked out by hand in the comments; a random-network test compares against an
independent textbook Dijkstra (heapq) on a graph where the points are spliced into their edges.
"""

import heapq
import math

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.core import roads as rg
from eco_supervision.eco_supervision_plugin.core.roads import area_buffer


def line(*pts):
    return np.array(pts, dtype=float)


def pairs_dict(rows, cols, costs):
    return {(int(r), int(c)): float(k) for r, c, k in zip(rows, cols, costs)}


def test_straight_road_times_and_lengths():
    # 0 --1000 m-- 1 --1000 m-- 2 at 36 km/h = 10 m/s: 100 s per kilometre.
    g = rg.build_road_graph([line((0, 0), (1000, 0), (2000, 0))], [36.0], [0])
    assert g.n_nodes == 3 and g.n_edges == 2
    np.testing.assert_allclose(g.edge_time, [100.0, 100.0])
    r, c, k = rg.network_costs(g, [(0, 0)], [(2000, 0), (500, 0)], cutoff=1e9, weight="time")
    assert pairs_dict(r, c, k) == pytest.approx({(0, 0): 200.0, (0, 1): 50.0})
    r, c, k = rg.network_costs(g, [(0, 0)], [(2000, 0)], cutoff=1e9, weight="length")
    assert pairs_dict(r, c, k) == pytest.approx({(0, 0): 2000.0})


def test_access_leg_and_cutoff():
    g = rg.build_road_graph([line((0, 0), (1000, 0), (2000, 0))], [36.0], [0])
    # (500, 100) projects to (500, 0): 100 m access at 3.6 km/h = 100 s, then 1500 m at 10 m/s = 150 s.
    r, c, k = rg.network_costs(g, [(500, 100)], [(2000, 0)], cutoff=1e9, weight="time", access_speed_kmh=3.6)
    assert pairs_dict(r, c, k) == pytest.approx({(0, 0): 250.0})
    # Length: 100 + 1500.
    r, c, k = rg.network_costs(g, [(500, 100)], [(2000, 0)], cutoff=1e9, weight="length")
    assert pairs_dict(r, c, k) == pytest.approx({(0, 0): 1600.0})
    # Cutoff below the cost: pair absent; at the cost: present.
    assert len(rg.network_costs(g, [(500, 100)], [(2000, 0)], cutoff=249.0, weight="time",
                                access_speed_kmh=3.6)[0]) == 0
    assert len(rg.network_costs(g, [(500, 100)], [(2000, 0)], cutoff=250.0, weight="time",
                                access_speed_kmh=3.6)[0]) == 1
    # Too far from the road: off-network, no pair.
    assert len(rg.network_costs(g, [(500, 100)], [(2000, 0)], cutoff=1e9, max_snap_distance=50)[0]) == 0


def square(oneway_bottom):
    # Square 1 km: bottom (0,0)->(1000,0) may be one-way, other sides two-way, 36 km/h.
    parts = [
        line((0, 0), (1000, 0)),
        line((1000, 0), (1000, 1000)),
        line((1000, 1000), (0, 1000)),
        line((0, 1000), (0, 0)),
    ]
    return rg.build_road_graph(parts, [36.0] * 4, [oneway_bottom, 0, 0, 0])


def test_one_way_street_forces_detour():
    g = square(1)  # bottom one-way eastbound
    costs = pairs_dict(*rg.network_costs(g, [(0, 0), (1000, 0)], [(1000, 0), (0, 0)], cutoff=1e9,
                                         weight="time"))
    assert costs[(0, 0)] == pytest.approx(100.0)  # east along the one-way
    assert costs[(1, 1)] == pytest.approx(300.0)  # west: round the three other sides
    g = square(-1)  # digitised eastbound but travel only westbound
    costs = pairs_dict(*rg.network_costs(g, [(0, 0), (1000, 0)], [(1000, 0), (0, 0)], cutoff=1e9,
                                         weight="time"))
    assert costs[(0, 0)] == pytest.approx(300.0)
    assert costs[(1, 1)] == pytest.approx(100.0)


def test_same_edge_points_respect_one_way():
    g = square(1)
    # Both on the bottom one-way edge: 200 -> 700 is 500 m forward; 700 -> 200 must go round:
    # 300 m east, 3000 m round the square, 200 m east = 3500 m.
    costs = pairs_dict(*rg.network_costs(g, [(200, 0), (700, 0)], [(700, 0), (200, 0)], cutoff=1e9))
    assert costs[(0, 0)] == pytest.approx(500.0)
    assert costs[(1, 1)] == pytest.approx(3500.0)


def test_snap_tolerance_and_islands():
    a = line((0, 0), (1000, 0))
    b = line((1000.5, 0), (2000, 0))  # 0.5 m gap: joined with tolerance 1 m
    c = line((5000, 0), (6000, 0))  # island
    g = rg.build_road_graph([a, b, c], [36.0] * 3, [0] * 3, snap_tolerance=1.0)
    assert g.n_components == 2
    costs = pairs_dict(*rg.network_costs(g, [(0, 0)], [(2000, 0), (5500, 0)], cutoff=1e9))
    assert (0, 0) in costs and (0, 1) not in costs
    g0 = rg.build_road_graph([a, b, c], [36.0] * 3, [0] * 3, snap_tolerance=0.1)
    assert g0.n_components == 3
    assert len(rg.network_costs(g0, [(0, 0)], [(2000, 0)], cutoff=1e9)[0]) == 0


def test_bad_speeds_and_thresholds_rejected():
    with pytest.raises(ValueError):
        rg.build_road_graph([line((0, 0), (1, 0))], [0.0], [0])
    with pytest.raises(ValueError):
        rg.build_road_graph([line((0, 0), (1, 0))], [float("nan")], [0])
    g = rg.build_road_graph([line((0, 0), (1000, 0))], [36.0], [0])
    with pytest.raises(ValueError):
        rg.service_areas(g, [(0, 0)], [0.0])


def test_parallel_edges_keep_the_cheapest():
    # Two routes between the same nodes: 36 km/h and 72 km/h; the fast one wins (50 s, not a sum).
    g = rg.build_road_graph([line((0, 0), (1000, 0)), line((0, 0), (1000, 0))], [36.0, 72.0], [0, 0])
    costs = pairs_dict(*rg.network_costs(g, [(0, 0)], [(1000, 0)], cutoff=1e9, weight="time"))
    assert costs[(0, 0)] == pytest.approx(50.0)


def test_service_area_partial_edges():
    # Star from the centre (0,0): east arm 2000 m at 36 km/h, north arm 1000 m one-way INTO the centre.
    parts = [line((0, 0), (1000, 0), (2000, 0)), line((0, 1000), (0, 0))]
    g = rg.build_road_graph(parts, [36.0, 36.0], [0, 1])
    areas = rg.service_areas(g, [(0, 0)], [150.0], weight="time")
    o, k, e, f0, f1 = rg.merge_pieces(areas)
    segs = rg.piece_segments(g, e, f0, f1)
    reached = sorted(tuple(np.round(s.ravel(), 6)) for s in segs)
    # 150 s = 1500 m east: first edge fully, second edge half; the one-way north arm is not reachable.
    assert reached == [(0.0, 0.0, 1000.0, 0.0), (1000.0, 0.0, 1500.0, 0.0)]
    # From mid-edge (500, 0), 30 s = 300 m each way (two-way edge).
    areas = rg.service_areas(g, [(500, 0)], [30.0], weight="time")
    o, k, e, f0, f1 = rg.merge_pieces(areas)
    segs = rg.piece_segments(g, e, f0, f1)
    assert len(segs) == 1
    np.testing.assert_allclose(sorted(segs[0][:, 0]), [200.0, 800.0])


def test_cut_piece_ending_at_a_node_keeps_the_node_coordinates():
    # 0.2 + (0.9 - 0.2) is not 0.9 in binary floating point: the end must be the node itself, so that
    # lines meeting there share the vertex exactly.
    g = rg.build_road_graph([line((0.2, 0.1), (0.9, 0.3))], [36.0], [0], snap_tolerance=0.0)
    assert 0.2 + (0.9 - 0.2) != 0.9
    seg = rg.piece_segments(g, [0, 0], [0.25, 0.0], [1.0, 0.5])
    assert tuple(seg[0, 1]) == tuple(g.node_xy[g.edge_v[0]]) == (0.9, 0.3)
    assert tuple(seg[1, 0]) == tuple(g.node_xy[g.edge_u[0]]) == (0.2, 0.1)


def polyline_segments(points, counts, line_group):
    """Sorted (group, end, end) of every segment between consecutive vertices of the polylines."""
    first = np.cumsum(counts) - counts
    inner = np.ones(len(points), dtype=bool)
    inner[first + counts - 1] = False  # a line's last vertex starts no segment
    i = np.flatnonzero(inner)
    group = np.repeat(line_group, np.asarray(counts) - 1)
    return sorted((int(gr),) + tuple(sorted([tuple(a), tuple(b)]))
                  for gr, a, b in zip(group, points[i].tolist(), points[i + 1].tolist()))


def piece_set(graph, group, edge, f0, f1):
    seg = rg.piece_segments(graph, edge, f0, f1)
    return sorted((int(gr),) + tuple(sorted([tuple(a), tuple(b)]))
                  for gr, a, b in zip(group, seg[:, 0].tolist(), seg[:, 1].tolist()))


def test_piece_lines_join_whole_edges_along_trails():
    # A plus sign: four 100 m arms meet at (0, 0); paired there two by two → two straight-through lines.
    arms = [line((0, 0), (100, 0)), line((0, 0), (-100, 0)), line((0, 0), (0, 100)), line((0, 0), (0, -100))]
    g = rg.build_road_graph(arms, [36.0] * 4, [0] * 4)
    points, counts, groups = rg.piece_lines(g, [0, 0, 0, 0], [0, 1, 2, 3], [0.0] * 4, [1.0] * 4)
    assert sorted(counts.tolist()) == [3, 3] and groups.tolist() == [0, 0]
    assert polyline_segments(points, counts, groups) == piece_set(g, [0] * 4, [0, 1, 2, 3], [0.0] * 4, [1.0] * 4)
    # A closed ring of four edges is one closed line; one edge cut at 40 % breaks it into a line and a piece.
    ring = [line((0, 0), (100, 0), (100, 100), (0, 100), (0, 0))]
    g = rg.build_road_graph(ring, [36.0], [0])
    points, counts, groups = rg.piece_lines(g, [0] * 4, [0, 1, 2, 3], [0.0] * 4, [1.0] * 4)
    assert counts.tolist() == [5] and tuple(points[0]) == tuple(points[-1])
    points, counts, groups = rg.piece_lines(g, [0] * 4, [0, 1, 2, 3], [0.0] * 4, [1.0, 1.0, 1.0, 0.4])
    assert sorted(counts.tolist()) == [2, 4]
    assert polyline_segments(points, counts, groups) == piece_set(g, [0] * 4, [0, 1, 2, 3], [0.0] * 4,
                                                                  [1.0, 1.0, 1.0, 0.4])
    # Only cut pieces (a short threshold): two-point lines, nothing joined.
    points, counts, groups = rg.piece_lines(g, [0, 0], [0, 2], [0.0, 0.5], [0.3, 1.0])
    assert counts.tolist() == [2, 2]
    np.testing.assert_allclose(points, [(0, 0), (30, 0), (50, 100), (0, 100)])
    # Two groups never share a line, even on the same edges.
    points, counts, groups = rg.piece_lines(g, [0, 0, 1, 1], [0, 1, 0, 1], [0.0] * 4, [1.0] * 4)
    assert counts.tolist() == [3, 3] and groups.tolist() == [0, 1]


def test_piece_lines_on_small_random_networks_with_parallel_and_repeated_roads():
    # Parallel edges (two edges paired at both ends), lines doubling back, one-way either way, cut pieces.
    rng = np.random.default_rng(5)
    two_parallel = rg.build_road_graph([line((0, 0), (100, 0)), line((0, 0), (100, 0))], [30.0, 30.0], [0, 0])
    points, counts, groups = rg.piece_lines(two_parallel, [0, 0], [0, 1], [0.0, 0.0], [1.0, 1.0])
    assert counts.tolist() == [3] and tuple(points[0]) == tuple(points[2])
    checked = 0
    for _ in range(200):
        corners = rng.integers(0, 4, (int(rng.integers(2, 8)), 2)).astype(float) * 100
        parts = [corners[rng.integers(0, len(corners), int(rng.integers(2, 5)))] for _ in range(rng.integers(1, 8))]
        parts = [p for p in parts if len(np.unique(p, axis=0)) > 1]
        if not parts:
            continue
        g = rg.build_road_graph(parts, [30.0] * len(parts), rng.integers(-1, 2, len(parts)).tolist())
        walk, position, forward, opens = g.edge_trails()
        assert sorted(walk.tolist()) == list(range(g.n_edges))
        entry = np.where(forward, g.edge_u[walk], g.edge_v[walk])
        leave = np.where(forward, g.edge_v[walk], g.edge_u[walk])
        assert np.array_equal(entry[1:][~opens[1:]], leave[:-1][~opens[1:]])
        m = g.n_edges
        group = np.sort(rng.integers(0, 2, m))
        f0 = np.where(rng.random(m) < 0.3, rng.uniform(0, 0.5, m), 0.0)
        f1 = np.where(rng.random(m) < 0.3, rng.uniform(0.6, 1, m), 1.0)
        points, counts, groups = rg.piece_lines(g, group, np.arange(m), f0, f1)
        assert polyline_segments(points, counts, groups) == piece_set(g, group, np.arange(m), f0, f1)
        checked += 1
    assert checked > 150


def test_piece_lines_keep_every_piece_once_on_a_city_grid():
    rng = np.random.default_rng(4)
    n, spacing = 25, 200.0
    nodes = np.stack(np.meshgrid(np.arange(n) * spacing, np.arange(n) * spacing, indexing="ij"), -1)
    nodes = nodes + rng.uniform(-40, 40, nodes.shape)
    parts, oneway = [], []
    for axis in (0, 1):
        for i in range(n):
            row = nodes[i, :] if axis == 0 else nodes[:, i]
            cut = np.sort(rng.choice(np.arange(1, n - 1), 6, replace=False))
            for a, b in zip(np.r_[0, cut], np.r_[cut, n - 1]):
                parts.append(row[a:b + 1])
                oneway.append(int(rng.choice([0, 0, 0, 1, -1])))
    g = rg.build_road_graph(parts, [30.0] * len(parts), oneway)
    walk, position, forward, opens = g.edge_trails()
    assert sorted(walk.tolist()) == list(range(g.n_edges)) and np.array_equal(position[walk], np.arange(g.n_edges))
    # Inside a trail every edge starts where the one before it ends.
    entry = np.where(forward, g.edge_u[walk], g.edge_v[walk])
    leave = np.where(forward, g.edge_v[walk], g.edge_u[walk])
    assert np.array_equal(entry[1:][~opens[1:]], leave[:-1][~opens[1:]])
    # Service areas of several depots and thresholds (cut pieces, origins inside edges, one-way streets).
    areas = rg.service_areas(g, nodes.reshape(-1, 2)[rng.choice(n * n, 6, replace=False)] + 7.0, [120.0, 300.0])
    o, k, e, f0, f1 = rg.merge_pieces(areas)
    group = o.astype(np.int64) * 2 + k
    order = np.argsort(group, kind="stable")
    group, e, f0, f1 = group[order], e[order], f0[order], f1[order]
    assert ((f0 > 0) | (f1 < 1)).sum() > 50
    points, counts, groups = rg.piece_lines(g, group, e, f0, f1)
    assert np.all(np.diff(groups) >= 0) and np.all(counts >= 2)
    assert len(counts) < len(e) / 3  # joined, not one line per piece
    assert polyline_segments(points, counts, groups) == piece_set(g, group, e, f0, f1)


def _reference_costs(parts, speeds, oneway, from_xy, to_xy, weight, access_speed):
    """Independent oracle: splice every point into its nearest segment and run a heapq Dijkstra."""
    segs = []
    for p, sp, ow in zip(parts, speeds, oneway):
        for i in range(len(p) - 1):
            a, b = tuple(p[i]), tuple(p[i + 1])
            if ow < 0:
                a, b = b, a
            segs.append([a, b, sp, ow != 0, []])

    def nearest(pt):
        best = None
        for s_i, (a, b, _, _, _) in enumerate(segs):
            ax, ay = a
            bx, by = b
            dx, dy = bx - ax, by - ay
            den = dx * dx + dy * dy
            t = 0.0 if den == 0 else max(0.0, min(1.0, ((pt[0] - ax) * dx + (pt[1] - ay) * dy) / den))
            px, py = ax + t * dx, ay + t * dy
            d = math.hypot(pt[0] - px, pt[1] - py)
            if best is None or d < best[0] - 1e-12:
                best = (d, s_i, t, (px, py))
        return best

    adj = {}

    def arc(u, v, c):
        adj.setdefault(u, []).append((v, c))

    def access_cost(d):
        if weight == "length":
            return d
        return d / (access_speed / 3.6)

    snapped = []
    for kind, pts in (("o", from_xy), ("t", to_xy)):
        for i, pt in enumerate(pts):
            d, s_i, t, proj = nearest(pt)
            segs[s_i][4].append((t, (kind, i)))
            node = ("p", kind, i)
            if kind == "o":
                arc((kind, i), node, access_cost(d))
            else:
                arc(node, (kind, i), access_cost(d))
            snapped.append(node)
    for a, b, sp, oneway_, cuts in segs:
        length = math.hypot(b[0] - a[0], b[1] - a[1])
        chain = [(0.0, ("n", a))] + sorted(cuts) + [(1.0, ("n", b))]
        for (t0, k0), (t1, k1) in zip(chain[:-1], chain[1:]):
            n0 = k0 if k0[0] == "n" else ("p",) + k0
            n1 = k1 if k1[0] == "n" else ("p",) + k1
            c = (t1 - t0) * length
            if weight == "time":
                c /= sp / 3.6
            arc(n0, n1, c)
            if not oneway_:
                arc(n1, n0, c)
    out = {}
    for i in range(len(from_xy)):
        dist = {("o", i): 0.0}
        heap = [(0.0, ("o", i))]
        while heap:
            d, u = heapq.heappop(heap)
            if d > dist.get(u, math.inf):
                continue
            for v, c in adj.get(u, ()):
                nd = d + c
                if nd < dist.get(v, math.inf):
                    dist[v] = nd
                    heapq.heappush(heap, (nd, v))
        for j in range(len(to_xy)):
            if ("t", j) in dist:
                out[(i, j)] = dist[("t", j)]
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_networks_match_textbook_dijkstra(seed):
    rng = np.random.default_rng(seed)
    # A jittered 6×6 grid of streets, random speeds and one-way flags, some multi-vertex lines.
    n = 6
    base = np.stack(np.meshgrid(np.arange(n) * 300.0, np.arange(n) * 300.0), -1)
    base = base + rng.uniform(-40, 40, base.shape)
    parts, speeds, oneway = [], [], []
    for i in range(n):
        for j in range(n):
            if j + 1 < n:
                parts.append(np.array([base[i, j], (base[i, j] + base[i, j + 1]) / 2 + rng.uniform(-20, 20, 2),
                                       base[i, j + 1]]))
            if i + 1 < n:
                parts.append(np.array([base[i, j], base[i + 1, j]]))
    for _ in parts:
        speeds.append(float(rng.choice([20, 30, 40, 60])))
        oneway.append(int(rng.choice([0, 0, 0, 1, -1])))
    g = rg.build_road_graph(parts, speeds, oneway, snap_tolerance=0.01)
    from_xy = rng.uniform(0, 1500, (7, 2))
    to_xy = rng.uniform(0, 1500, (9, 2))
    for weight in ("length", "time"):
        got = pairs_dict(*rg.network_costs(g, from_xy, to_xy, cutoff=1e12, weight=weight, access_speed_kmh=5.0))
        want = _reference_costs(parts, speeds, oneway, from_xy, to_xy, weight, 5.0)
        assert set(got) == set(want)
        for key, value in want.items():
            assert got[key] == pytest.approx(value, rel=1e-9, abs=1e-6)
        # With a cutoff, exactly the pairs within it remain.
        cut = float(np.median(list(want.values())))
        got_cut = pairs_dict(*rg.network_costs(g, from_xy, to_xy, cutoff=cut, weight=weight, access_speed_kmh=5.0))
        assert set(got_cut) == {k for k, v in want.items() if v <= cut}


def test_service_area_matches_node_costs_rule():
    # Every directed arc whose tail is reached within T is reached over min(1, (T - d_tail)/cost).
    rng = np.random.default_rng(7)
    pts = rng.uniform(0, 2000, (40, 2))
    parts = [np.array([pts[i], pts[(i * 7 + 3) % 40]]) for i in range(40)]
    parts += [np.array([pts[i], pts[i + 1]]) for i in range(39)]
    g = rg.build_road_graph(parts, rng.choice([20.0, 50.0], len(parts)), rng.choice([0, 1], len(parts)))
    origin = g.node_xy[[0]]
    limit = 120.0
    d = rg.node_costs(g, origin, cutoff=1e9, weight="time")[0]
    areas = rg.service_areas(g, origin, [limit], weight="time")
    got = {}
    for e, f0, f1 in zip(areas.edge, areas.f0, areas.f1):
        got.setdefault(int(e), []).append((f0, f1))
    want = {}
    for e in range(g.n_edges):
        spans = []
        if d[g.edge_u[e]] <= limit:
            spans.append([0.0, min(1.0, (limit - d[g.edge_u[e]]) / g.edge_time[e])])
        if g.edge_twoway[e] and d[g.edge_v[e]] <= limit:
            spans.append([1.0 - min(1.0, (limit - d[g.edge_v[e]]) / g.edge_time[e]), 1.0])
        if len(spans) == 2 and spans[0][1] >= spans[1][0]:
            spans = [[0.0, 1.0]]
        spans = [tuple(x) for x in spans if x[1] > x[0]]
        if spans:
            want[e] = spans
    assert set(got) == set(want)
    for key in want:
        assert np.allclose(sorted(got[key]), want[key])
    # The general (unmerged) merge gives the same intervals.
    raw = rg.ServiceAreas([limit], areas.origin, areas.threshold, areas.edge, areas.f0, areas.f1)
    o, k, e, f0, f1 = rg.merge_pieces(raw)
    mine = np.lexsort((areas.f0, areas.edge))
    assert np.array_equal(e, areas.edge[mine]) and np.allclose(f0, areas.f0[mine]) and np.allclose(f1, areas.f1[mine])


def test_merge_pieces_unions_overlaps():
    raw = rg.ServiceAreas([1.0], np.array([0, 0, 0, 0, 1]), np.zeros(5, dtype=int), np.array([3, 3, 3, 5, 3]),
                          np.array([0.0, 0.2, 0.7, 0.1, 0.0]), np.array([0.3, 0.5, 0.9, 0.2, 1.0]))
    o, k, e, f0, f1 = rg.merge_pieces(raw)
    assert list(zip(o.tolist(), e.tolist(), f0.tolist(), f1.tolist())) == [
        (0, 3, 0.0, 0.5), (0, 3, 0.7, 0.9), (0, 5, 0.1, 0.2), (1, 3, 0.0, 1.0)]


def test_service_area_own_one_way_edge_two_pieces():
    # Origin at (500, 0) on the one-way eastbound bottom edge; 3700 m budget: east 500 m to the corner,
    # round the square (3000 m) back to (0, 0) with 200 m left -> bottom edge reached on [0, 0.2] and [0.5, 1].
    g = square(1)
    areas = rg.service_areas(g, [(500, 0)], [3700.0], weight="length")
    bottom = [i for i in range(g.n_edges) if set(g.node_xy[[g.edge_u[i], g.edge_v[i]]][:, 1]) == {0.0}][0]
    spans = [(round(a, 9), round(b, 9)) for e, a, b in zip(areas.edge, areas.f0, areas.f1) if e == bottom]
    assert spans == [(0.0, 0.2), (0.5, 1.0)]
    # Every other edge is reached completely.
    others = {int(e) for e, a, b in zip(areas.edge, areas.f0, areas.f1) if e != bottom and a == 0 and b == 1}
    assert others == set(range(g.n_edges)) - {bottom}


def test_area_mask_approximates_the_exact_buffer():
    # A 5 km road and a 2 km spur, 300 m buffer: exact area = union of two capsules (computed here by
    # sampling a fine grid), the raster buffer is within 5 % and contains every road point.
    segs = np.array([[(0, 0), (5000, 0)], [(2000, 0), (2000, 2000)]], dtype=float)
    mask, x0, y0, cell = area_buffer.area_mask(segs, 300.0)
    area = mask.sum() * cell * cell
    xs, ys = np.meshgrid(np.arange(-400, 5400, 10.0), np.arange(-400, 2400, 10.0))
    p = np.stack([xs.ravel(), ys.ravel()], 1)
    d1 = np.hypot(np.clip(p[:, 0], 0, 5000) - p[:, 0], p[:, 1])
    d2 = np.hypot(p[:, 0] - 2000, np.clip(p[:, 1], 0, 2000) - p[:, 1])
    exact = np.sum(np.minimum(d1, d2) <= 300) * 100.0
    assert abs(area - exact) / exact < 0.05
    rows, starts, ends = area_buffer.mask_runs(mask)
    assert (ends - starts).sum() == mask.sum()
    for x, y in [(0, 0), (5000, 0), (2000, 2000), (3500, 0)]:
        assert mask[int((y - y0) // cell), int((x - x0) // cell)]


def test_points_on_nodes_of_one_way_edges():
    # (0, 0) is the tail of the one-way bottom edge and a node of the two-way left edge: a depot there
    # drives north directly (100 s), and a target at (1000, 0), the head node, is reached through the
    # right edge as well (from (1000, 1000): 100 s), not only along the one-way edge.
    g = square(1)
    costs = pairs_dict(*rg.network_costs(g, [(0, 0), (1000, 1000)], [(0, 1000), (1000, 0)], cutoff=1e9,
                                         weight="time"))
    assert costs[(0, 0)] == pytest.approx(100.0)
    assert costs[(1, 1)] == pytest.approx(100.0)
    areas = rg.service_areas(g, [(0, 0)], [50.0], weight="time")
    reached = sorted(tuple(np.round(s.ravel(), 6)) for s in rg.piece_segments(g, areas.edge, areas.f0, areas.f1))
    assert (0.0, 500.0, 0.0, 0.0) in reached or (0.0, 0.0, 0.0, 500.0) in reached  # half of the left edge


def test_area_mask_has_no_outward_bias():
    # One straight road, buffers from 20 to 500 m: the exact area is a capsule, 2 r L + pi r^2. Cells of r / 4.5
    # decided by their centre: within 1 % (the earlier marked-and-dilated cells were about +10 %). A generic direction:
    # a road along a lattice direction through cell centres counts whole rows of centres on the boundary.
    seg = np.array([[(0.37, 0.61), (3000.3, 1234.5)]])
    length = float(np.hypot(3000.3 - 0.37, 1234.5 - 0.61))
    for r in (20.0, 200.0, 500.0):
        mask, _, _, cell = area_buffer.area_mask(seg, r)
        exact = 2 * r * length + np.pi * r * r
        assert abs(mask.sum() * cell * cell / exact - 1) < 0.01
        plan = area_buffer.plan_area(seg, r)
        assert plan.method == "raster" and plan.cell == pytest.approx(r / 4.5)


def test_area_plan_never_coarsens_the_cell():
    seg = np.array([[(0.0, 0.0), (30000.0, 0.0)], [(0.0, 0.0), (0.0, 30000.0)]])
    plan = area_buffer.plan_area(seg, 1.0)
    assert plan.method == "exact" and plan.mask is None
    assert plan.boundary_error_m == pytest.approx(1.0 - np.cos(np.pi / 32))


def test_area_plan_keeps_a_raster_for_many_pieces_and_says_it_is_coarse():
    # 30,000 pieces over 30 km with a 1 m buffer: an exact buffer would take minutes; the raster's cell grows and
    # the reported boundary error grows with it (no silent coarse cell).
    x = np.linspace(0.0, 30000.0, 30001)
    seg = np.stack([np.stack([x[:-1], np.zeros(30000)], 1), np.stack([x[1:], np.zeros(30000)], 1)], 1)
    seg[::2, :, 1] = 30000.0 * (np.arange(15000) / 15000.0)[:, None]  # half the pieces spread north
    plan = area_buffer.plan_area(seg, 1.0)
    assert plan.method == "coarse raster" and plan.cell > 1.0 / 4.5
    assert plan.boundary_error_m == pytest.approx(area_buffer.RASTER_ERROR_CELLS * plan.cell)
