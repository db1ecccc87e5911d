# ruff: noqa: N803, N806  (A is the coverage matrix, as in the literature)
"""The one MILP builder of the siting models: conflict rows, cardinality row, bounds, status, the max-cover model.

Every model (MCLP, its neighbourhood re-optimisation, backup coverage, LSCP, p-median) builds its
HiGHS model from these pieces, through ``scipy.optimize.milp`` (scipy >= 1.9). ``HAVE_MILP`` is
False on an older scipy; the models then stay with their heuristics and say so.
"""

import numpy as np
from scipy import sparse

from ..messages import N_, Note

try:  # scipy >= 1.9
    from scipy.optimize import Bounds, LinearConstraint, milp

    HAVE_MILP = True
except ImportError:  # pragma: no cover - old scipy
    HAVE_MILP = False

# scipy.optimize.milp status codes, in the words the notes and the report use
MILP_STATUS = {0: "optimal", 1: "time limit", 2: "infeasible", 3: "unbounded"}
MILP_STATUS_WORDS = {"optimal": N_("optimal"), "time limit": N_("time limit"), "infeasible": N_("infeasible"),
                     "unbounded": N_("unbounded"), "stopped": N_("stopped"), "trivial": N_("trivial")}


def status_word(status):
    """The HiGHS status word as a Note, so that a note quoting it is translated with it."""
    return Note(MILP_STATUS_WORDS.get(status, status)) if status in MILP_STATUS_WORDS else status


def conflict_rows(conflicts, n_vars):
    """``x_j + x_k ≤ 1`` for every spacing pair (the candidates are the first variables)."""
    k = len(conflicts)
    rows = sparse.coo_matrix(
        (np.ones(2 * k), (np.repeat(np.arange(k), 2), conflicts.ravel())), shape=(k, n_vars)
    ).tocsr()
    return LinearConstraint(rows, -np.inf, 1)


def cardinality_row(coefficients, p):
    """``Σ c_j x_j ≤ p`` (``coefficients`` over every variable: 1 for the candidates that count)."""
    return LinearConstraint(sparse.csr_matrix(np.asarray(coefficients, dtype=float)[None, :]), 0, p)


def run_milp(cost, integrality, lower, upper, constraints, time_limit, mip_gap):
    """Solve with HiGHS; returns ``(result, status word)``."""
    res = milp(cost, integrality=integrality, bounds=Bounds(lower, upper), constraints=constraints,
               options={"time_limit": max(time_limit, 0.1), "mip_rel_gap": mip_gap, "disp": False})
    return res, MILP_STATUS.get(res.status, "stopped")


def dual_bound(res):
    """HiGHS's proved bound on the minimised objective (None when it gave none)."""
    dual = getattr(res, "mip_dual_bound", None)
    return float(dual) if dual is not None and np.isfinite(dual) else None


def max_cover_milp(A, w, p, conflicts, quota, forced, time_limit, mip_gap, need=None, base=None):
    """max Σ w_i y_i s.t. need_i·y_i ≤ base_i + Σ_j a_ij x_j, Σ x ≤ p, conflicts, quotas; y binary when need > 1.

    Returns ``(x, objective, bound, status)``; ``x`` is None when HiGHS found no solution.
    """
    m, n = A.shape
    need = np.ones(m) if need is None else need
    base = np.zeros(m) if base is None else base
    if n == 0 or p == 0:
        ok = base >= need
        if forced is not None and np.any(forced & ~ok):
            return None, None, None, "infeasible"
        if quota is not None:
            cat, req = quota
            sel = (cat >= 0) & ok
            if np.any(np.bincount(cat[sel], weights=w[sel], minlength=len(req)) < req - 1e-9 * np.maximum(1.0, req)):
                return None, None, None, "infeasible"
        return np.zeros(n), float(w[ok].sum()), float(w[ok].sum()), "trivial"
    cost = np.concatenate([np.zeros(n), -w])
    cons = []
    # need_i y_i - Σ a_ij x_j ≤ base_i
    cov = sparse.hstack([-A, sparse.diags(need)]).tocsr()
    cons.append(LinearConstraint(cov, -np.inf, base))
    cons.append(cardinality_row(np.concatenate([np.ones(n), np.zeros(m)]), p))
    if len(conflicts):
        cons.append(conflict_rows(conflicts, n + m))
    if quota is not None:
        cat, req = quota
        sel = cat >= 0
        if sel.any():
            qm = sparse.coo_matrix((w[sel], (cat[sel], n + np.flatnonzero(sel))), shape=(len(req), n + m)).tocsr()
            cons.append(LinearConstraint(qm, req - 1e-9 * np.maximum(1.0, req), np.inf))
    lo = np.zeros(n + m)
    if forced is not None:
        lo[n:][forced] = 1.0
    hi = np.ones(n + m)
    integrality = np.concatenate([np.ones(n), (need > 1).astype(float)])
    res, status = run_milp(cost, integrality, lo, hi, cons, time_limit, mip_gap)
    if res.x is None:
        return None, None, None, status
    x = np.round(res.x[:n])
    counts = base + A @ x
    obj = float(w[counts >= need - 1e-9].sum())
    dual = dual_bound(res)
    bound = -dual if dual is not None else None
    if res.status == 0 and bound is None:
        bound = obj
    return x, obj, bound, status


def at_least(matrix, lower):
    """``matrix @ x ≥ lower`` (e.g. every demand row covered at least once)."""
    return LinearConstraint(matrix, lower, np.inf)


def at_most(matrix, upper):
    """``matrix @ x ≤ upper``."""
    return LinearConstraint(matrix, -np.inf, upper)


def exactly(matrix, value):
    """``matrix @ x = value``."""
    return LinearConstraint(matrix, value, value)
