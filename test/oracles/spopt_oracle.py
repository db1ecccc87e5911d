"""Reference solutions from pysal/spopt 0.6.1 (CBC through PuLP), run in .venv-oracle.

    .venv-oracle/bin/python test/oracles/spopt_oracle.py MODEL INPUT.npz [--p P] [--radius R]
        [--time-limit S] [--dense-from-pairs]
    .venv-oracle/bin/python test/oracles/spopt_oracle.py batch JOBS.json

(batch: a JSON list of {"model", "input", "p", "radius"} solved in one process, since importing
spopt takes seconds; prints a JSON list.)

MODEL is mclp, lscp or pmedian. INPUT.npz holds either ``cost`` (a dense demand × candidate
matrix) or, with --dense-from-pairs, the sparse pairs ``rows``, ``cols``, ``costs`` with
``n_demand`` and ``n_candidates`` (absent pairs get a cost beyond the radius), and ``weights``.
Prints one JSON object: objective, status, selected candidates and seconds (model build and
solve, both included in ``seconds``).
"""

import argparse
import json
import time

import numpy as np
import pulp
from spopt.locate import LSCP, MCLP, PMedian


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model", choices=["mclp", "lscp", "pmedian", "batch"])
    ap.add_argument("input")
    ap.add_argument("--p", type=int, default=0)
    ap.add_argument("--radius", type=float, default=0.0)
    ap.add_argument("--time-limit", type=float, default=600.0)
    ap.add_argument("--dense-from-pairs", action="store_true")
    args = ap.parse_args()
    if args.model == "batch":
        with open(args.input, encoding="utf-8") as f:
            jobs = json.load(f)
        out = []
        for job in jobs:
            one = argparse.Namespace(model=job["model"], input=job["input"], p=int(job.get("p", 0)),
                                     radius=float(job.get("radius", 0.0)), time_limit=args.time_limit,
                                     dense_from_pairs=bool(job.get("dense_from_pairs", False)))
            out.append(solve(one))
        print(json.dumps(out))
    else:
        print(json.dumps(solve(args)))


def solve(args):
    data = np.load(args.input)
    t0 = time.perf_counter()
    if args.dense_from_pairs:
        n_d, n_c = int(data["n_demand"]), int(data["n_candidates"])
        cost = np.full((n_d, n_c), max(args.radius, 1.0) * 10.0 + 1.0)
        cost[data["rows"], data["cols"]] = data["costs"]
    else:
        cost = np.asarray(data["cost"], dtype=float)
    weights = np.asarray(data["weights"], dtype=float) if "weights" in data else np.ones(cost.shape[0])
    if args.model == "mclp":
        model = MCLP.from_cost_matrix(cost, weights, args.radius, args.p)
    elif args.model == "lscp":
        model = LSCP.from_cost_matrix(cost, args.radius)
    else:
        model = PMedian.from_cost_matrix(cost, weights, args.p)
    t1 = time.perf_counter()
    model.solve(pulp.PULP_CBC_CMD(msg=False, timeLimit=args.time_limit, gapRel=0.0))
    t2 = time.perf_counter()
    problem = model.problem
    chosen = [j for j, v in enumerate(model.fac_vars) if v.value() is not None and v.value() > 0.5]
    if args.model == "mclp":
        covered = (cost[:, chosen] <= args.radius).any(axis=1) if chosen else np.zeros(cost.shape[0], bool)
        objective = float(weights[covered].sum())
    elif args.model == "lscp":
        objective = float(len(chosen))
    else:
        objective = float(weights @ cost[:, chosen].min(axis=1))
    return {
        "model": args.model,
        "objective": objective,
        "solver_objective": pulp.value(problem.objective),
        "status": pulp.LpStatus[problem.status],
        "selected": chosen,
        "seconds": t2 - t0,
        "build_seconds": t1 - t0,
        "solve_seconds": t2 - t1,
    }


if __name__ == "__main__":
    main()
