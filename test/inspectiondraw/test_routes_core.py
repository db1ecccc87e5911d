"""Inspection day routes: tours against brute force, route times against an independent Dijkstra, days, gaps."""

import heapq
import itertools

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.core.messages import PlannerError
from eco_supervision.eco_supervision_plugin.core.roads import build_road_graph
from eco_supervision.eco_supervision_plugin.core.supervision import routes as R  # noqa: N812


def _on_segment(p, a, b):
    """p lies on the segment a–b (2-D cross product zero, projection inside)."""
    d, q = b - a, p - a
    return abs(d[0] * q[1] - d[1] * q[0]) < 1e-6 and 0 <= np.dot(q, d) <= np.dot(d, d)


def random_matrix(rng, k, asymmetry=0.5):
    """Road-like times: planar distances stretched by up to ``asymmetry`` in each direction separately."""
    pts = rng.uniform(0, 1000, (k + 1, 2))
    d = np.hypot(*(pts[:, None] - pts[None]).transpose(2, 0, 1))
    return d * rng.uniform(1.0, 1.0 + asymmetry, d.shape)


def brute_force(c):
    k = len(c) - 1
    return min(R.tour_cost(c, p) for p in itertools.permutations(range(1, k + 1)))


def dp_optimum(c):
    """Held–Karp written out plainly with dictionaries, independent of the vectorised one."""
    k = len(c) - 1
    best = {(1 << j, j): c[0][j + 1] for j in range(k)}
    for size in range(2, k + 1):
        for subset in itertools.combinations(range(k), size):
            mask = sum(1 << j for j in subset)
            for j in subset:
                prev = mask ^ (1 << j)
                best[(mask, j)] = min(best[(prev, i)] + c[i + 1][j + 1] for i in subset if i != j)
    full = (1 << k) - 1
    return min(best[(full, j)] + c[j + 1][0] for j in range(k))


@pytest.mark.parametrize("k", range(1, 9))
def test_tours_up_to_eight_stops_equal_the_brute_force_optimum(k):
    rng = np.random.default_rng(k)
    for _ in range(6):
        c = random_matrix(rng, k)
        order, cost = R.solve_tsp(c)
        assert sorted(order) == list(range(1, k + 1))
        assert cost == pytest.approx(R.tour_cost(c, order))
        assert cost == pytest.approx(brute_force(c), rel=1e-12)


def test_heuristic_is_never_worse_than_nearest_neighbour_and_close_to_the_optimum():
    rng = np.random.default_rng(7)
    gaps = []
    for trial in range(40):
        k = 10 + trial % 3
        c = random_matrix(rng, k, asymmetry=0.3)
        order, cost = R.solve_tsp(c, exact_stops=0)  # the heuristic alone
        assert sorted(order) == list(range(1, k + 1))
        assert cost <= R.tour_cost(c, R.nearest_neighbour(c)) + 1e-9
        optimum = dp_optimum(c)
        assert cost >= optimum - 1e-9
        gaps.append(cost / optimum - 1.0)
    assert np.mean(gaps) < 0.01      # on average within 1 % of the optimum
    assert max(gaps) < 0.06


def test_larger_tours_beat_nearest_neighbour_clearly():
    rng = np.random.default_rng(3)
    pts = rng.uniform(0, 10000, (61, 2))
    c = np.hypot(*(pts[:, None] - pts[None]).transpose(2, 0, 1))
    order, cost = R.solve_tsp(c)
    assert sorted(order) == list(range(1, 61))
    assert cost < 0.9 * R.tour_cost(c, R.nearest_neighbour(c))


def test_day_split_is_the_best_cut_of_the_tour():
    rng = np.random.default_rng(11)
    for _ in range(20):
        k = int(rng.integers(2, 9))
        c = random_matrix(rng, k)
        order = list(range(1, k + 1))
        service, limit, cap = 50.0, float(rng.uniform(1500, 4000)), int(rng.integers(1, 5))
        days = R.split_days(c, order, service, limit, cap)
        assert [s for d in days for s in d] == order

        def cost(day, c=c, service=service):
            return R.tour_cost(c, day) + service * len(day)

        def feasible(day, cap=cap, limit=limit, cost=cost):
            return len(day) <= cap and (cost(day) <= limit or len(day) == 1)

        best = None
        for cuts in itertools.product([False, True], repeat=k - 1):
            parts, start = [], 0
            for i, is_cut in enumerate(cuts, start=1):
                if is_cut:
                    parts.append(order[start:i])
                    start = i
            parts.append(order[start:])
            if all(feasible(p) for p in parts):
                value = (len(parts), sum(cost(p) for p in parts))
                best = value if best is None or value < best else best
        assert all(feasible(d) for d in days)
        assert len(days) == best[0]
        assert sum(cost(d) for d in days) == pytest.approx(best[1])


# ---- on a road network -------------------------------------------------------------------------------------

def grid_roads(size=6, spacing=500.0, oneway_row=None):
    """Street lines of a size × size grid, 30 km/h, arterials (every 3rd street) 60 km/h; row ``oneway_row`` one-way."""
    lines, speeds, oneway = [], [], []
    for axis in (0, 1):
        for i in range(size):
            for j in range(size - 1):
                a, b = (j * spacing, i * spacing), ((j + 1) * spacing, i * spacing)
                if axis == 1:
                    a, b = a[::-1], b[::-1]
                lines.append(np.array([a, b]))
                speeds.append(60.0 if i % 3 == 0 else 30.0)
                oneway.append(1 if (axis == 0 and i == oneway_row) else 0)
    return lines, speeds, oneway


def independent_times(lines, speeds, oneway, points):
    """Dijkstra (heapq) on the lines split at the points, which lie on them: point × point seconds."""
    nodes, arcs = {}, {}

    def node(p):
        return nodes.setdefault((round(p[0], 6), round(p[1], 6)), len(nodes))

    for line, v, ow in zip(lines, speeds, oneway):
        a, b = line[0], line[1]
        on = sorted([p for p in points if _on_segment(p, a, b)], key=lambda p: np.dot(p - a, b - a))
        chain = [a] + on + [b]
        for p, q in zip(chain[:-1], chain[1:]):
            t = float(np.hypot(*(q - p))) / (v / 3.6)
            arcs.setdefault(node(p), []).append((node(q), t))
            if not ow:
                arcs.setdefault(node(q), []).append((node(p), t))
    out = np.full((len(points), len(points)), np.inf)
    for i, p in enumerate(points):
        dist, heap = {node(p): 0.0}, [(0.0, node(p))]
        while heap:
            d, u = heapq.heappop(heap)
            if d > dist.get(u, np.inf):
                continue
            for v, t in arcs.get(u, []):
                if d + t < dist.get(v, np.inf):
                    dist[v] = d + t
                    heapq.heappush(heap, (d + t, v))
        for j, q in enumerate(points):
            out[i, j] = dist.get(node(q), np.inf)
    return out


def test_route_times_are_sums_of_shortest_path_times():
    lines, speeds, oneway = grid_roads(oneway_row=2)
    graph = build_road_graph(lines, speeds, oneway)
    rng = np.random.default_rng(5)
    office = np.array([0.0, 0.0])
    # stops in the middle of blocks (on the roads, so no access leg), some on the one-way street
    stops = [np.array([(int(rng.integers(0, 5)) + rng.uniform(0.2, 0.8)) * 500.0, int(rng.integers(0, 6)) * 500.0])
             for _ in range(14)]
    groups = [list(range(0, 8)), list(range(5, 14)), [3]]
    options = R.RouteOptions(service_minutes=20, max_day_hours=2.5, access_speed_kmh=None)
    plan = R.plan_routes(graph, office, stops, groups, options)
    assert not plan.unreachable
    times = independent_times(lines, speeds, oneway, [office] + stops)
    for g, members in enumerate(groups):
        days = plan.of_group(g)
        assert sorted(int(s) for r in days for s in r.stops) == sorted(members)
        for route in days:
            seq = [0] + [int(s) + 1 for s in route.stops] + [0]
            legs = [times[a, b] for a, b in zip(seq[:-1], seq[1:])]
            assert route.travel_s == pytest.approx(sum(legs), rel=1e-9)
            expected_arrival = np.cumsum(legs[:-1]) + 1200.0 * np.arange(len(route.stops))
            assert np.allclose(route.arrive_s, expected_arrival)
            assert route.hours <= 2.5 + 1e-9 or (route.over_day and len(route.stops) == 1)
            assert np.allclose(route.line[0], office) and np.allclose(route.line[-1], office)
            # the drawn line is at least as long as the straight lines between the stops, and on the grid
            # (every vertex on a street) as long as the manhattan distance
            pts = [office] + [stops[s] for s in route.stops] + [office]
            manhattan = sum(abs(a - b).sum() for a, b in zip(pts[:-1], pts[1:]))
            assert route.length_m >= manhattan - 1e-6
            on_street = np.isclose(route.line % 500.0, 0.0, atol=1e-6) | np.isclose(route.line % 500.0, 500.0)
            assert on_street.any(axis=1).all()
            # driven along the drawn line at each street's speed, the day takes exactly its travel time
            assert line_time(route.line) == pytest.approx(route.travel_s, rel=1e-9)


def line_time(line):
    """Seconds along a line of grid_roads: a horizontal piece on row y/500, a vertical one on column x/500."""
    total = 0.0
    for a, b in zip(line[:-1], line[1:]):
        length = float(np.hypot(*(b - a)))
        if length == 0:
            continue
        street = a[1] / 500.0 if np.isclose(a[1], b[1]) else a[0] / 500.0
        assert np.isclose(street, round(street)), "a piece off the streets"
        total += length / ((60.0 if round(street) % 3 == 0 else 30.0) / 3.6)
    return total


def test_one_way_streets_give_different_times_each_way():
    lines, speeds, oneway = grid_roads(oneway_row=0)
    graph = build_road_graph(lines, speeds, oneway)
    office, stop = np.array([0.0, 0.0]), np.array([2250.0, 0.0])
    plan = R.plan_routes(graph, office, [stop], [[0]], R.RouteOptions(service_minutes=0, access_speed_kmh=None))
    times = independent_times(lines, speeds, oneway, [office, stop])
    assert times[0, 1] < times[1, 0]
    assert plan.routes[0].travel_s == pytest.approx(times[0, 1] + times[1, 0])


def test_unreachable_stop_is_reported_and_left_out():
    lines, speeds, oneway = grid_roads(size=4)
    island = np.array([[9000.0, 9000.0], [9500.0, 9000.0]])
    graph = build_road_graph(lines + [island], speeds + [30.0], oneway + [0])
    stops = [np.array([250.0, 0.0]), np.array([9200.0, 9000.0]), np.array([500.0, 750.0]),
             np.array([50000.0, 50000.0])]  # the last: far from every road
    plan = R.plan_routes(graph, [0.0, 0.0], stops, [[0, 1, 2, 3]], R.RouteOptions(access_speed_kmh=None))
    assert sorted(s for _g, s in plan.unreachable) == [1, 3]
    assert sorted(int(s) for s in plan.routes[0].stops) == [0, 2]
    assert any("farther than 2000 m" in n for n in plan.notes)  # the last one
    assert any(n.startswith("1 inspections cannot be reached") for n in plan.notes)  # the one on the island


def test_stop_longer_than_a_day_gets_a_day_of_its_own():
    lines, speeds, oneway = grid_roads(size=4)
    graph = build_road_graph(lines, speeds, oneway)
    stops = [np.array([1500.0, 1500.0]), np.array([250.0, 0.0])]
    options = R.RouteOptions(service_minutes=60, max_day_hours=1.0, access_speed_kmh=None)
    plan = R.plan_routes(graph, [0.0, 0.0], stops, [[0, 1]], options)
    assert len(plan.routes) == 2
    assert all(r.over_day for r in plan.routes)
    assert any("longer than the working day" in n for n in plan.notes)


def test_bad_options_are_planner_errors():
    lines, speeds, oneway = grid_roads(size=3)
    graph = build_road_graph(lines, speeds, oneway)
    with pytest.raises(PlannerError):
        R.plan_routes(graph, [0, 0], [[100, 0]], [[0]], R.RouteOptions(service_minutes=-1))
    with pytest.raises(PlannerError):
        R.plan_routes(graph, [0, 0], [[100, 0]], [[0]], R.RouteOptions(max_day_hours=0))
    with pytest.raises(PlannerError, match="office"):
        R.plan_routes(graph, [90000, 0], [[100, 0]], [[0]], R.RouteOptions())
    with pytest.raises(PlannerError):
        R.plan_routes(graph, [0, 0], [[100, 0]], [[3]], R.RouteOptions())
