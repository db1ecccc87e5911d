"""The exact districting model for small territories: a mixed-integer programme solved by HiGHS (scipy.optimize.milp).

Model (units i with workload w_i, districts d = 1…k, mean W̄ = Σw / k, workloads scaled by W̄)
-----------------------------------------------------------------------------------------------
    minimise z
    Σ_d x_id = 1                        every unit in one district
    |Σ_i w_i x_id − W̄| ≤ z              the largest deviation from the mean
    Σ_i r_id = 1,  r_id ≤ x_id          one root per district (so none is empty)
    Σ_j f_jid − Σ_j f_ijd ≥ x_id − n r_id   contiguity by flow (Shirabe 2005): every member but the root
    f_ijd ≤ (n−1) x_id,  f_ijd ≤ (n−1) x_jd  takes one unit of flow, carried only inside its district
    Σ_i w_i x_id ≤ MAX_WORKLOAD         (when a cap is given)

x, r binary, f ≥ 0 on both directions of every adjacency (cut at town boundaries, so a district never crosses
one). Island units follow the district of their nearest mainland unit (x_id = x_md) and carry no flow, as in
the heuristic. Without today's grids, districts are numbered by their lowest unit (x_id = 0 for i < d), which
removes the k! relabellings. The heuristic's deviation bounds z from above.

A second solve keeps z at its optimum and then changes as few units as possible from today's grids (with
``keep``) or cuts as few adjacencies as possible between districts (compactness).
"""

from dataclasses import dataclass
from typing import Optional

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix, hstack

try:  # scipy ≥ 1.9
    from scipy.optimize import Bounds, LinearConstraint, milp
except ImportError:  # pragma: no cover - old scipy: the caller falls back to the heuristic
    milp = None

MAX_EXACT_UNITS = 60


@dataclass
class ExactResult:
    assign: Optional[np.ndarray]   # district per unit (None: no solution within the time limit)
    optimal: bool                  # z proven optimal
    dual_bound: float              # no partition has a smaller largest deviation (workload units)
    status: str


class _Rows:
    """Sparse constraint rows collected as (row, column, value) triplets with their bounds."""

    def __init__(self):
        self.r, self.c, self.v, self.lo, self.hi = [], [], [], [], []
        self.n = 0

    def add(self, cols, vals, lo, hi):
        cols = np.asarray(cols, dtype=np.int64).reshape(len(lo), -1)
        vals = np.broadcast_to(np.asarray(vals, dtype=float), cols.shape)
        rows = self.n + np.repeat(np.arange(len(lo)), cols.shape[1])
        self.r.append(rows)
        self.c.append(cols.ravel())
        self.v.append(vals.ravel())
        self.lo.append(np.asarray(lo, dtype=float))
        self.hi.append(np.asarray(hi, dtype=float))
        self.n += len(lo)

    def constraint(self, n_vars):
        a = coo_matrix((np.concatenate(self.v), (np.concatenate(self.r), np.concatenate(self.c))),
                       shape=(self.n, n_vars)).tocsr()
        return LinearConstraint(a, np.concatenate(self.lo), np.concatenate(self.hi))


def solve_exact(w, pairs, k, island_of=None, original=None, max_workload=None, z_upper=None, z_lower=0.0,
                time_limit=60.0):
    """Exact balanced contiguous districts (see the module docstring).

    ``pairs``: adjacent units (already cut at boundaries); ``island_of[i]``: the mainland unit an island unit
    follows (-1 for mainland units); ``original``: today's district index per unit (-1: none) to change as
    little as possible; ``z_upper``: a known achievable largest deviation (the heuristic's), ``z_lower`` a proven
    bound (both in workload units).
    """
    if milp is None:
        return None
    w = np.asarray(w, dtype=float)
    n = len(w)
    mean = float(w.sum()) / k
    scale = mean if mean > 0 else 1.0
    ws = w / scale
    island_of = np.full(n, -1, dtype=np.int64) if island_of is None else np.asarray(island_of, dtype=np.int64)
    main = island_of < 0
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    pairs = pairs[(pairs[:, 0] != pairs[:, 1]) & main[pairs[:, 0]] & main[pairs[:, 1]]]
    pairs = np.unique(np.sort(pairs, axis=1), axis=0)
    tails = np.r_[pairs[:, 0], pairs[:, 1]]
    heads = np.r_[pairs[:, 1], pairs[:, 0]]
    n_arcs = len(tails)
    nx = n * k

    def x(i, d):
        return np.asarray(i) * k + np.asarray(d)

    def r(i, d):
        return nx + x(i, d)

    def f(a, d):
        return 2 * nx + np.asarray(a) * k + np.asarray(d)

    z = 2 * nx + n_arcs * k
    n_vars = z + 1
    rows = _Rows()
    units, dists = np.arange(n), np.arange(k)
    ii, dd = np.repeat(units, k), np.tile(dists, n)
    rows.add(x(units[:, None], dists[None, :]), 1.0, np.ones(n), np.ones(n))
    rows.add(r(units[None, :], dists[:, None]), 1.0, np.ones(k), np.ones(k))
    rows.add(np.c_[r(ii, dd), x(ii, dd)], [1.0, -1.0], np.full(nx, -np.inf), np.zeros(nx))
    load_cols = x(units[None, :], dists[:, None])  # (k, n): district d's units
    rows.add(np.c_[load_cols, np.full(k, z)], np.r_[ws, -1.0][None, :], np.full(k, -np.inf), np.ones(k))
    rows.add(np.c_[load_cols, np.full(k, z)], np.r_[ws, 1.0][None, :], np.ones(k), np.full(k, np.inf))
    if max_workload:
        rows.add(load_cols, ws[None, :], np.full(k, -np.inf), np.full(k, max_workload / scale))
    # flow: net inflow − x + n·r ≥ 0 per mainland unit and district
    # units per district: with every workload within z_upper of the mean, a district holds at most the count of
    # the lightest units that fit under W̄ + z_upper and at least the count of the heaviest reaching W̄ − z_upper
    most, least = n - k + 1, 1
    if z_upper is not None:
        light, heavy = np.cumsum(np.sort(ws)), np.cumsum(np.sort(ws)[::-1])
        top = 1.0 + z_upper / scale * (1 + 1e-9) + 1e-9
        most = max(1, min(most, int(np.searchsorted(light, top, side="right"))))
        least = max(1, min(int(np.searchsorted(heavy, 1.0 - z_upper / scale * (1 + 1e-9) - 1e-9)) + 1, most))
    rows.add(x(units[None, :], dists[:, None]), 1.0, np.full(k, float(least)), np.full(k, float(most)))
    big = float(max(most - 1, 1))
    fi, fd = np.repeat(np.arange(n_arcs), k), np.tile(dists, n_arcs)
    rows.add(np.c_[f(fi, fd), x(tails[fi], fd)], [1.0, -big], np.full(len(fi), -np.inf), np.zeros(len(fi)))
    rows.add(np.c_[f(fi, fd), x(heads[fi], fd)], [1.0, -big], np.full(len(fi), -np.inf), np.zeros(len(fi)))
    flow_r, flow_c, flow_v = [], [], []
    row_of = {(int(i), int(d)): j for j, (i, d) in enumerate((i, d) for i in np.flatnonzero(main) for d in dists)}
    for a in range(n_arcs):
        for d in range(k):
            flow_r += [row_of[(int(heads[a]), d)], row_of[(int(tails[a]), d)]]
            flow_c += [int(f(a, d)), int(f(a, d))]
            flow_v += [1.0, -1.0]
    for (i, d), j in row_of.items():
        flow_r += [j, j]
        flow_c += [int(x(i, d)), int(r(i, d))]
        flow_v += [-1.0, float(most)]
    n_rows = len(row_of)
    rows.r.append(rows.n + np.asarray(flow_r, dtype=np.int64))
    rows.c.append(np.asarray(flow_c, dtype=np.int64))
    rows.v.append(np.asarray(flow_v))
    rows.lo.append(np.zeros(n_rows))
    rows.hi.append(np.full(n_rows, np.inf))
    rows.n += n_rows
    upper = np.ones(n_vars)
    upper[2 * nx:z] = big
    upper[z] = np.inf if z_upper is None else z_upper / scale * (1 + 1e-9) + 1e-9
    lower = np.zeros(n_vars)
    lower[z] = max(0.0, float(z_lower) / scale * (1 - 1e-9) - 1e-12)
    isl = np.flatnonzero(~main)
    if len(isl):
        rows.add(np.c_[x(np.repeat(isl, k), np.tile(dists, len(isl))),
                       x(np.repeat(island_of[isl], k), np.tile(dists, len(isl)))], [1.0, -1.0],
                 np.zeros(len(isl) * k), np.zeros(len(isl) * k))
        upper[r(np.repeat(isl, k), np.tile(dists, len(isl)))] = 0.0
    if original is None:  # districts numbered by their lowest unit
        low = (ii < dd)
        upper[x(ii[low], dd[low])] = 0.0
        upper[r(ii[low], dd[low])] = 0.0
    integrality = np.r_[np.ones(2 * nx), np.zeros(n_arcs * k + 1)]
    c = np.zeros(n_vars)
    c[z] = 1.0
    constraint = rows.constraint(n_vars)
    res = milp(c, integrality=integrality, bounds=Bounds(lower, upper), constraints=[constraint],
               options={"time_limit": float(time_limit) * 0.7, "disp": False})
    dual = getattr(res, "mip_dual_bound", None)
    dual = 0.0 if dual is None or not np.isfinite(dual) else max(0.0, float(dual))
    if res.x is None:
        return ExactResult(None, False, dual * scale, "time limit" if res.status == 1 else "infeasible")
    optimal = res.status == 0
    z_best = float(res.x[z])
    assign = _assignment(res.x, n, k)
    # second solve: same z, fewest changes from today (keep) or fewest cut adjacencies (compactness)
    upper2 = upper.copy()
    upper2[z] = z_best * (1 + 1e-7) + 1e-9
    if original is not None:
        c2 = np.zeros(n_vars)
        has = np.flatnonzero(np.asarray(original) >= 0)
        c2[x(has, np.asarray(original)[has])] = -1.0
        res2 = milp(c2, integrality=integrality, bounds=Bounds(lower, upper2), constraints=[constraint],
                    options={"time_limit": float(time_limit) * 0.3, "disp": False})
    else:
        m = len(pairs)
        c2 = np.r_[np.zeros(n_vars), np.ones(m)]
        cuts = _Rows()
        e, d = np.repeat(np.arange(m), k), np.tile(dists, m)
        cuts.add(np.c_[n_vars + e, x(pairs[e, 0], d), x(pairs[e, 1], d)], [1.0, -1.0, 1.0],
                 np.zeros(len(e)), np.full(len(e), np.inf))
        wide = hstack([constraint.A, csr_matrix((constraint.A.shape[0], m))]).tocsr()
        res2 = milp(c2, integrality=np.r_[integrality, np.zeros(m)],
                    bounds=Bounds(np.r_[lower, np.zeros(m)], np.r_[upper2, np.ones(m)]),
                    constraints=[LinearConstraint(wide, constraint.lb, constraint.ub), cuts.constraint(n_vars + m)],
                    options={"time_limit": float(time_limit) * 0.3, "disp": False})
    if res2.x is not None:
        assign = _assignment(res2.x, n, k)
    bound = z_best if optimal else dual
    return ExactResult(assign, optimal, bound * scale, "optimal" if optimal else "time limit")


def _assignment(values, n, k):
    return np.argmax(values[:n * k].reshape(n, k), axis=1).astype(np.int64)
