"""Network siting benchmark: our MCLP vs spopt's, and the prefecture-scale instance.

    .venv/bin/python test/benchmarks/bench_network_siting.py            # both instances
    .venv/bin/python test/benchmarks/bench_network_siting.py --quick    # smaller sizes
    .venv/bin/python test/benchmarks/bench_network_siting.py --only large

Instance 1 (vs spopt 0.6.1 MCLP with CBC, run in .venv-oracle as a subprocess on the same
arrays): 5,000 demand points × 1,000 candidates, P = 100, radius 3 km, 110 km square, seed 42,
integer weights 1–10. Prints both objectives, both times (spopt's includes building its model,
as ours does) and the ratio.

Trade-off curve (same 5,000 × 1,000 arrays): the curve from 1 to 2·P = 200 new sites, computed
incrementally, against one solve at P = 100 with the same MIP gap (0.1 %); prints the ratio (target
≤ 3×), how many points are proved and the peak memory of each.

p-median trade-off curve: 1,000 demand points × 100 candidates (uniform, 110 km square, seed 42), every
candidate a possible server (the full distance matrix, as networksiting builds it below 4 million pairs),
P = 10: the mean-distance curve from 1 to 2·P = 20 new sites against
one p-median solve at P, same MIP gap (0.1 %) and time limit (60 s); prints the ratio (target ≤ 3×), the
points proved, the largest gap, both objectives at P and the peak memory of each.

Instance 2 (prefecture scale): 50,000 demand cells × 10,000 candidates, P = 542, radius 2 km,
110 km square, seed 7. Prints time, objective, bound, gap and peak memory (tracemalloc of the
solve, and the process's max RSS).
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
import conftest  # noqa: E402,F401  (links the plugin as eco_supervision)

from eco_supervision.eco_supervision_plugin.core.siting import Coverage, solve_siting  # noqa: E402
from eco_supervision.eco_supervision_plugin.core.siting.curve import tradeoff_curve  # noqa: E402
from eco_supervision.eco_supervision_plugin.core.siting.model_curves import pmedian_curve  # noqa: E402

ORACLE_PY = os.path.join(REPO, ".venv-oracle", "bin", "python")
ORACLE = os.path.join(REPO, "test", "oracles", "spopt_oracle.py")


def instance(n_d, n_c, size_m, seed):
    rng = np.random.default_rng(seed)
    demand = rng.uniform(0, size_m, (n_d, 2))
    cand = rng.uniform(0, size_m, (n_c, 2))
    weights = rng.integers(1, 11, n_d).astype(float)
    return demand, cand, weights


def ours(demand, cand, weights, p, radius, time_limit, gap):
    t0 = time.perf_counter()
    cov = Coverage.from_radius(demand, cand, radius)
    t_cov = time.perf_counter() - t0
    # the time limit covers the whole run: what building the coverage took is not given to the solver
    res = solve_siting("mclp", cov, weights, p=p, time_limit=max(1.0, time_limit - t_cov - 1.0), mip_gap=gap)
    return res, time.perf_counter() - t0, t_cov, cov


def spopt(demand, cand, weights, p, radius, time_limit):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.npz")
        cov = Coverage.from_radius(demand, cand, radius)
        np.savez(path, rows=cov.rows, cols=cov.indices, costs=cov.costs, weights=weights,
                 n_demand=len(demand), n_candidates=len(cand))
        done = subprocess.run(
            [ORACLE_PY, ORACLE, "mclp", path, "--p", str(p), "--radius", str(radius), "--time-limit", str(time_limit),
             "--dense-from-pairs"],
            capture_output=True, text=True, timeout=time_limit + 600,
        )
        if done.returncode != 0:
            raise RuntimeError(done.stderr)
        return json.loads(done.stdout)


def bench_vs_spopt(args):
    n_d, n_c, p = (5000, 1000, 100) if not args.quick else (1500, 300, 30)
    demand, cand, w = instance(n_d, n_c, 110000.0, 42)
    print("== MCLP vs spopt: {} demand × {} candidates, P={}, radius 3 km, 110 km square".format(n_d, n_c, p))
    res, t_ours, t_cov, cov = ours(demand, cand, w, p, 3000.0, 60, 0.0)
    print("ours : objective {:.0f}  bound {:.0f}  status {}  time {:.3f} s (coverage {:.3f} s, {} pairs)".format(
        res.objective, res.bound, res.status, t_ours, t_cov, cov.nnz))
    if not os.path.exists(ORACLE_PY):
        print("spopt: .venv-oracle is missing; run `make oracle`")
        return
    ref = spopt(demand, cand, w, p, 3000.0, 600)
    print("spopt: objective {:.0f}  status {}  time {:.3f} s (model build {:.3f} s, solve {:.3f} s)".format(
        ref["objective"], ref["status"], ref["seconds"], ref["build_seconds"], ref["solve_seconds"]))
    same = abs(ref["objective"] - res.objective) <= 1e-6 * max(1.0, ref["objective"])
    print("same objective: {}   speed-up ours vs spopt: {:.1f}×".format(same, ref["seconds"] / t_ours))


def _timed(function, *args, repeat=3, **kwargs):
    """``(result, best seconds of repeat calls, peak traced MB of one more call)``: timed without tracemalloc,
    which slows numpy-heavy loops several-fold."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = function(*args, **kwargs)
        best = min(best, time.perf_counter() - t0)
    tracemalloc.start()
    function(*args, **kwargs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, best, peak / 2**20


def bench_curve(args):
    n_d, n_c, p = (5000, 1000, 100) if not args.quick else (1500, 300, 30)
    demand, cand, w = instance(n_d, n_c, 110000.0, 42)
    print("== trade-off curve: {} demand × {} candidates, 1 to {} new sites vs one solve at P={}, radius 3 km".format(
        n_d, n_c, 2 * p, p))
    cov = Coverage.from_radius(demand, cand, 3000.0)
    solve_siting("mclp", cov, w, p=p, time_limit=60, mip_gap=0.001)  # warm-up (imports, caches)
    one, t_one, m_one = _timed(solve_siting, "mclp", cov, w, p=p, time_limit=60, mip_gap=0.001)
    curve, t_curve, m_curve = _timed(tradeoff_curve, cov, w, 2 * p, time_limit=60, mip_gap=0.001)
    at_p = curve.points[p - 1]
    proved = sum(pt.status == "optimal" for pt in curve.points)
    worst = max(pt.gap for pt in curve.points)
    print("one solve : objective {:.0f}  gap {:.4%}  time {:.3f} s (best of 3)  peak traced memory {:.1f} MB".format(
        one.objective, one.gap, t_one, m_one))
    print("curve     : {} points, {} proved within 0.1 % (largest gap {:.4%}), at P: {:.0f}  time {:.3f} s (best of 3)"
          "  peak traced memory {:.1f} MB".format(len(curve.points), proved, worst, at_p.covered_weight, t_curve,
                                                  m_curve))
    print("            steps: {}".format({k: curve.stats[k] for k in ("short_bound_runs", "local_searches",
                                                                       "long_bound_runs", "milp_runs")}))
    print("curve cost / one solve: {:.2f}×   target ≤ 3×: {}   max RSS {:.0f} MB".format(
        t_curve / t_one, t_curve <= 3 * t_one, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0))


def bench_pmedian_curve(args):
    n_d, n_c, p = (1000, 100, 10) if not args.quick else (400, 50, 6)
    k = n_c
    demand, cand, w = instance(n_d, n_c, 110000.0, 42)
    print("== p-median curve: {} demand × {} candidates (full distance matrix), 1 to {} new sites vs one solve at P={}"
          .format(n_d, n_c, 2 * p, p))
    cov = Coverage.from_nearest(demand, cand, k)
    one, t_one, m_one = _timed(solve_siting, "pmedian", cov, w, p=p, time_limit=60, mip_gap=0.001, repeat=1)
    curve, t_curve, m_curve = _timed(pmedian_curve, cov, w, 2 * p, time_limit=60, mip_gap=0.001, repeat=1)
    at_p = curve.points[p - 1]
    proved = sum(pt.status == "optimal" for pt in curve.points)
    worst = max(pt.gap for pt in curve.points if pt.gap is not None)
    print("one solve : total {:.6g}  mean {:.1f} m  gap {:.4%}  status {}  time {:.2f} s  peak traced memory {:.1f} MB"
          .format(one.objective, one.objective / w.sum(), one.gap if one.gap is not None else float("nan"),
                  one.status, t_one, m_one))
    print("curve     : {} points, {} proved within 0.1 % (largest gap {:.4%}), at P: mean {:.1f} m  time {:.2f} s"
          "  peak traced memory {:.1f} MB".format(len(curve.points), proved, worst, at_p.mean_cost, t_curve, m_curve))
    means = [pt.mean_cost for pt in curve.points]
    print("            mean at 1, P, 2P: {:.0f} / {:.0f} / {:.0f} m; non-increasing: {}; steps: {}".format(
        means[0], means[p - 1], means[-1], all(b <= a * (1 + 1e-12) for a, b in zip(means, means[1:])),
        {k: curve.stats[k] for k in ("local_searches", "long_bound_runs", "lagrangian_improved", "milp_runs",
                                     "bound_evaluations")}))
    print("curve cost / one solve: {:.2f}×   target ≤ 3×: {}   max RSS {:.0f} MB".format(
        t_curve / t_one, t_curve <= 3 * t_one, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0))


def bench_large(args):
    n_d, n_c, p = (50000, 10000, 542) if not args.quick else (10000, 2000, 110)
    demand, cand, w = instance(n_d, n_c, 110000.0, 7)
    print("== prefecture scale: {} demand × {} candidates, P={}, radius 2 km, 110 km square".format(n_d, n_c, p))
    tracemalloc.start()
    res, t, t_cov, cov = ours(demand, cand, w, p, 2000.0, args.time_limit, 0.001)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print("ours : objective {:.0f}  bound {:.1f}  gap {:.4%}  status {}  time {:.2f} s (coverage {:.2f} s, {} pairs)"
          .format(res.objective, res.bound, res.gap, res.status, t, t_cov, cov.nnz))
    print("       greedy {:.0f}, local search {:.0f} ({} swaps), neighbourhood search {:.0f} ({} moves, {:.1f} s), "
          "Lagrangian bound {:.1f} ({:.1f} s)".format(
              res.stats.get("greedy_value", float("nan")), res.stats.get("local_search_value", float("nan")),
              res.stats.get("swaps", 0), res.stats.get("neighbourhood_value", float("nan")),
              res.stats.get("neighbourhood_moves", 0), res.stats.get("neighbourhood_s", 0.0),
              res.stats.get("lagrangian_bound", float("nan")), res.stats.get("lagrangian_s", 0.0)))
    print("       Lagrangian heuristic + swaps {:.0f} ({:.1f} s)".format(
        res.stats.get("lagrangian_heuristic_value", float("nan")), res.stats.get("lagrangian_heuristic_s", 0.0)))
    print("       reduced model {} × {}; fixing: {}".format(
        res.stats.get("reduced_demand"), res.stats.get("reduced_candidates"),
        {k: res.stats.get(k) for k in ("fixed_out", "fixed_in", "rows_dropped", "rows_forced", "milp_rows",
                                       "milp_cols", "milp_pairs", "milp_status")}))
    print("       peak traced memory {:.0f} MB, max RSS {:.0f} MB".format(peak / 2**20, rss))
    print("targets: ≤ 60 s: {}   gap ≤ 0.1 %: {}".format(t <= 60, res.gap is not None and res.gap <= 0.001))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller instances")
    parser.add_argument("--only", choices=["spopt", "curve", "pmedian", "large"], help="run one instance")
    parser.add_argument("--time-limit", type=float, default=60.0, help="time limit for the large instance (s)")
    args = parser.parse_args()
    if args.only in (None, "spopt"):
        bench_vs_spopt(args)
    if args.only in (None, "curve"):
        bench_curve(args)
    if args.only in (None, "pmedian"):
        bench_pmedian_curve(args)
    if args.only in (None, "large"):
        bench_large(args)


if __name__ == "__main__":
    main()
