"""Benchmark: supervision grid districts, 20,000 units into 300 grids, ours vs spopt's SKATER.

    .venv/bin/python test/benchmarks/bench_supervision_grid.py
    .venv/bin/python test/benchmarks/bench_supervision_grid.py --exact   # only: heuristic vs the exact MILP

Ours: the core plan (growth + batched boundary moves), peak memory by tracemalloc. Reference:
spopt SKATER in .venv-oracle (a subprocess) with the same number of regions on a sub-lattice, since
it needs minutes at the full size; both print the largest deviation from the mean workload, which
is what a bureau balancing inspector loads cares about (SKATER does not balance workloads).

``--exact``: the heuristic against the exact method (the MILP of ``districts_exact``, HiGHS, 60 s limit) on
small lattices: largest deviation of each (% of the mean), whether the MILP proved its optimum, seconds.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
ORACLE_PY = os.path.join(REPO, ".venv-oracle", "bin", "python")
ORACLE = os.path.join(REPO, "test", "oracles", "spopt_region_oracle.py")


def _import_core():
    sys.path.insert(0, os.path.join(REPO, "test"))
    import conftest  # noqa: F401  (links the checkout as the eco_supervision package)

    from eco_supervision.eco_supervision_plugin.core.supervision import districts

    return districts


def lattice(districts, nx, ny, seed=0):
    rng = np.random.default_rng(seed)
    idx = np.arange(nx * ny).reshape(ny, nx)
    pairs = np.r_[np.c_[idx[:, :-1].ravel(), idx[:, 1:].ravel()], np.c_[idx[:-1, :].ravel(), idx[1:, :].ravel()]]
    xy = np.c_[(np.arange(nx * ny) % nx) * 1000.0, (np.arange(nx * ny) // nx) * 1000.0]
    return districts.Units(xy, rng.gamma(2.0, 5.0, nx * ny), np.full(nx * ny, 1e6), pairs)


def ours(districts, units, k):
    tracemalloc.start()
    t0 = time.perf_counter()
    plan = districts.plan_districts(units, districts.DistrictOptions(districts=k))
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return plan, seconds, peak


def exact_table(districts):
    print("{:>7} {:>6} {:>10} {:>10} {:>8} {:>9} {:>9}".format("units", "grids", "heur dev%", "exact dev%",
                                                               "proven", "heur s", "exact s"))
    for nx, ny, k in ((3, 3, 3), (4, 3, 3), (4, 4, 4), (5, 4, 4), (5, 5, 5), (6, 5, 5), (8, 6, 6)):
        units = lattice(districts, nx, ny, seed=nx * ny)
        t0 = time.perf_counter()
        heur = districts.plan_districts(units, districts.DistrictOptions(districts=k))
        t_heur = time.perf_counter() - t0
        t0 = time.perf_counter()
        exact = districts.plan_districts(units, districts.DistrictOptions(districts=k, method="exact",
                                                                          time_limit_s=60))
        t_exact = time.perf_counter() - t0
        proven = exact.max_deviation <= exact.lower_bound + 1e-9 * exact.mean
        print("{:>7} {:>6} {:>10.2f} {:>10.2f} {:>8} {:>9.2f} {:>9.2f}".format(
            nx * ny, k, 100 * heur.max_deviation / heur.mean, 100 * exact.max_deviation / exact.mean,
            "yes" if proven else "no", t_heur, t_exact))


def main():
    districts = _import_core()
    if "--exact" in sys.argv:
        exact_table(districts)
        return
    units = lattice(districts, 200, 100)
    plan, seconds, peak = ours(districts, units, 300)
    print("full: 20,000 units -> 300 grids: ours {:.2f} s, peak {:.0f} MiB; largest deviation {:.1f} "
          "({:.1f} % of the mean {:.1f}), bound {:.1f}".format(seconds, peak, plan.max_deviation,
                                                               100 * plan.max_deviation / plan.mean, plan.mean,
                                                               plan.lower_bound))
    print("{:>7} {:>6} {:>9} {:>9} {:>7} {:>13} {:>13}".format("units", "grids", "ours s", "spopt s", "ratio",
                                                             "ours max dev", "spopt max dev"))
    for side, k in ((30, 20), (50, 50)):
        sub = lattice(districts, side, side, seed=1)
        plan, t_ours, _ = ours(districts, sub, k)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "units.npz")
            np.savez(path, xy=sub.xy, workload=sub.workload, pairs=sub.pairs)
            done = subprocess.run([ORACLE_PY, ORACLE, path, str(k)], capture_output=True, text=True, timeout=3600)
        if done.returncode != 0:
            print("spopt failed:", done.stderr[-500:])
            continue
        ref = json.loads(done.stdout.strip().splitlines()[-1])
        print("{:>7} {:>6} {:>9.2f} {:>9.2f} {:>6.1f}x {:>13.1f} {:>13.1f}".format(
            side * side, k, t_ours, ref["seconds"], ref["seconds"] / t_ours, plan.max_deviation, ref["max_deviation"]))


if __name__ == "__main__":
    main()
