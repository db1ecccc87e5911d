"""Benchmark: day routes of 400 officers after a draw from 50,000 enterprises, on a city-size road graph.

    .venv/bin/python test/benchmarks/bench_inspection_routes.py            # 300 × 300 street grid (~90,000 nodes)
    .venv/bin/python test/benchmarks/bench_inspection_routes.py --quick    # 120 × 120 grid

Instance: the seeded grid city of ``bench_emergency_coverage`` (jittered streets 150 m apart, arterials at
50 km/h, 10 % one-way streets), the registers of ``bench_inspection_draw`` (50,000 enterprises, 400 officers,
12 districts) placed at random in the city, the draw at key 25 % / general 5 % / special 100 %, then
``officer_routes``: road times (Dijkstra from every inspection), tours, days of 8 h with 60 min per
inspection, route lines along the roads. Peak memory: tracemalloc of the routing call.

Tour quality: on the officers' own road-time matrices, the tours found (heuristic alone, and as planned:
exact up to 9 stops) against the exact optimum (Held–Karp, on tours of 12 of an officer's stops) and against
nearest neighbour.
"""

import argparse
import os
import sys
import time
import tracemalloc

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import conftest  # noqa: E402,F401  (links the plugin as eco_supervision)
from bench_emergency_coverage import grid_city  # noqa: E402
from bench_inspection_draw import registers  # noqa: E402

from eco_supervision.eco_supervision_plugin.core.supervision import draw, routes  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--size", type=int, default=300)
    args = parser.parse_args()
    size = 120 if args.quick else args.size
    nodes, lines, speeds, oneway = grid_city(size, 150.0)
    parts = [np.asarray(line) for line in lines]
    roads = routes.RoadLines(parts, np.arange(len(parts)), len(parts), speeds, np.asarray(oneway))
    ents, offs = registers(draw, 50000, 400)
    result = draw.draw_inspections(ents, offs, {"key": 0.25, "general": 0.05, "special": 1.0}, "bench-2026-12")
    rng = np.random.default_rng(2)
    lo, hi = nodes.reshape(-1, 2).min(axis=0), nodes.reshape(-1, 2).max(axis=0)
    stop_xy = rng.uniform(lo, hi, (len(result.drawn), 2))
    office = (lo + hi) / 2.0
    options = routes.RouteOptions(service_minutes=60, max_day_hours=8.0)
    tracemalloc.start()
    t0, c0 = time.perf_counter(), time.process_time()
    plan = routes.officer_routes(roads, office, stop_xy, result.teams, len(offs.ids), options)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    graph = roads.graph()
    days, visits, km, hours = plan.totals()
    print("road graph {:,} nodes, {:,} edges; {:,} inspections x 2 officers; {} officers routed".format(
        graph.n_nodes, graph.n_edges, len(result.drawn), len(plan.officers)))
    print("routes: {} officer days, {:,} visits, {:,.0f} km, {:,.0f} h; unreachable {}".format(
        days, visits, km, hours, len(plan.unreachable)))
    print("ours: {:.1f} s ({:.1f} s of CPU: the machine may be shared), peak {:.0f} MiB (traced)".format(
        seconds, cpu, peak))
    quality(graph, office, stop_xy, result.teams, len(offs.ids), options)


def quality(graph, office, stop_xy, teams, n_officers, options, sample=40):
    """Tours found vs the exact optimum (Held–Karp) and nearest neighbour on the officers' road-time matrices."""
    tasks = [[] for _ in range(n_officers)]
    for t, team in enumerate(teams):
        for k in team:
            tasks[k].append(t)
    chosen = [k for k in range(n_officers) if len(tasks[k]) >= 12][:sample]
    net = routes._Network(graph, np.vstack([office, stop_xy]), options)
    members = [np.r_[0, 1 + np.array(sorted(tasks[k])[:12])] for k in chosen]  # each officer's first 12 tasks
    mats = routes._time_matrices(net, members, routes.ensure(None))
    gaps_h, gaps_planned, nn_gain = [], [], []
    t_h = t_exact = 0.0
    for m in mats:
        t0 = time.perf_counter()
        _order, heuristic = routes.solve_tsp(m, exact_stops=0)
        t_h += time.perf_counter() - t0
        t0 = time.perf_counter()
        _order, optimum = routes.held_karp(m)
        t_exact += time.perf_counter() - t0
        gaps_h.append(heuristic / optimum - 1.0)
        gaps_planned.append(routes.solve_tsp(m)[1] / optimum - 1.0)
        nn_gain.append(1.0 - heuristic / routes.tour_cost(m, routes.nearest_neighbour(m)))
    print("tour quality on {} officers' tours of 12 stops (road times):".format(len(mats)))
    print("  heuristic vs optimum: mean gap {:.2f} %, max {:.2f} %, optimal in {} of {}; {:.1f} ms vs Held-Karp "
          "{:.0f} ms per tour".format(100 * np.mean(gaps_h), 100 * np.max(gaps_h),
                                       int(np.sum(np.array(gaps_h) < 1e-9)), len(mats),
                                       1000 * t_h / len(mats), 1000 * t_exact / len(mats)))
    print("  heuristic vs nearest neighbour: {:.1f} % shorter on average".format(100 * np.mean(nn_gain)))


if __name__ == "__main__":
    main()
