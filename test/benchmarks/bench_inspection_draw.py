"""Benchmark: the inspection draw, 50,000 enterprises and 400 officers, ours vs a MILP formulation.

    .venv/bin/python test/benchmarks/bench_inspection_draw.py

Ours: stratified sampling + officers by maximum flow at the smallest load cap (the whole core draw).
Reference: the textbook formulation of the staffing step — binary x[task, officer] over the allowed
pairs, each task exactly PER_TASK officers, minimise the largest load — solved by HiGHS through
``scipy.optimize.milp``. It cannot take the full instance in reasonable time, so both run on the same
sub-instances of growing size (tasks drawn from the full draw, 40 officers) and must find the same
smallest largest load; the full-size figures are ours alone. Peak memory: tracemalloc of the call.
"""

import os
import sys
import time
import tracemalloc

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def _import_core():
    sys.path.insert(0, os.path.join(REPO, "test"))
    import conftest  # noqa: F401  (links the checkout as the eco_supervision package)

    from eco_supervision.eco_supervision_plugin.core.supervision import draw

    return draw


def registers(draw, n, officers, districts=12, seed=1):
    rng = np.random.default_rng(seed)
    oids = ["O{:03d}".format(k) for k in range(officers)]
    last = [frozenset(rng.choice(oids, 2, replace=False)) if rng.random() < 0.3 else frozenset() for _ in range(n)]
    ents = draw.EnterpriseRegister(["E{:06d}".format(i) for i in range(n)],
                                   list(rng.choice(["key", "general", "special"], n, p=[0.2, 0.75, 0.05])),
                                   list(rng.choice(["D{}".format(k) for k in range(districts)], n)),
                                   rng.random(n) < 0.05, last)
    offs = draw.OfficerRegister(oids, [None] * officers, ["D{}".format(k % districts) for k in range(officers)])
    return ents, offs


def milp_min_max_load(draw, ents, offs, drawn, per_task):
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    rows, cols = draw.allowed_pairs(drawn, ents, offs.districts, offs.ids)
    n, t, o = len(rows), len(drawn), len(offs.ids)
    c = np.zeros(n + 1)
    c[-1] = 1.0  # minimise L
    task_rows = coo_matrix((np.ones(n), (rows, np.arange(n))), shape=(t, n + 1))
    load = coo_matrix((np.r_[np.ones(n), -np.ones(o)], (np.r_[cols, np.arange(o)], np.r_[np.arange(n), np.full(o, n)])),
                      shape=(o, n + 1))
    res = milp(c, integrality=np.ones(n + 1), bounds=Bounds(np.zeros(n + 1), np.r_[np.ones(n), t]),
               constraints=[LinearConstraint(task_rows, per_task, per_task), LinearConstraint(load, -np.inf, 0)])
    return round(res.x[-1]) if res.status == 0 else None


def main():
    draw = _import_core()
    rates = {"key": 0.25, "general": 0.05, "special": 1.0}
    ents, offs = registers(draw, 50000, 400)
    tracemalloc.start()
    t0 = time.perf_counter()
    result = draw.draw_inspections(ents, offs, rates, "bench-2026-12")
    ours = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    print("full: 50,000 enterprises, 400 officers -> {} inspections x 2 officers, largest load {}: ours {:.2f} s, "
          "peak {:.0f} MiB (traced)".format(len(result.drawn), result.load_cap, ours, peak))
    print("{:>8} {:>9} {:>10} {:>10} {:>7} {:>6}".format("tasks", "officers", "ours s", "milp s", "ratio", "same"))
    small_offs = draw.OfficerRegister(offs.ids[:40], offs.units[:40], offs.districts[:40])
    for tasks in (200, 500, 1000):
        drawn = result.drawn[:tasks]
        sub = draw.EnterpriseRegister([ents.ids[i] for i in drawn], ["x"] * tasks, [ents.districts[i] for i in drawn],
                                      np.zeros(tasks, dtype=bool), [ents.last_inspectors[i] for i in drawn])
        t0 = time.perf_counter()
        mine = draw.draw_inspections(sub, small_offs, {"x": 1.0}, "sub").load_cap
        t_ours = time.perf_counter() - t0
        t0 = time.perf_counter()
        ref = milp_min_max_load(draw, sub, small_offs, np.arange(tasks), 2)
        t_ref = time.perf_counter() - t0
        print("{:>8} {:>9} {:>10.3f} {:>10.3f} {:>6.1f}x {:>6}".format(tasks, 40, t_ours, t_ref, t_ref / t_ours,
                                                                      str(mine == ref)))


if __name__ == "__main__":
    main()
