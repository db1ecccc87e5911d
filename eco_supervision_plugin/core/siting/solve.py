"""The solver entry of every siting model: validate, reduce and solve one model, rank the sites.

Every model works on arrays only (like spopt's ``from_cost_matrix``): a :class:`.coverage.Coverage`
(demand × candidate pairs with costs), demand weights, a mask of existing sites, the number ``p``
of new sites, spacing conflicts between candidates and optional category quotas. Each model
(:mod:`.mclp`, :mod:`.lscp`, :mod:`.backup`, :mod:`.pmedian`) reduces the model exactly, builds a
warm start (greedy and swaps, :mod:`.count_search`), a bound (Lagrangian for MCLP, :mod:`.lagrangian`)
and solves the rest exactly with HiGHS (:mod:`.milp`). The result's status is honest: ``optimal``
(proved within ``mip_gap``), ``feasible`` (with the remaining gap) or ``heuristic`` (no MILP
available: scipy < 1.9, or it was switched off).

Only numpy and scipy are imported here (no QGIS).
"""

import time

import numpy as np

from ..messages import Note
from ..monitor import ensure
from .backup import solve_backup
from .lscp import solve_lscp
from .mclp import solve_mclp
from .milp import HAVE_MILP
from .pmedian import solve_pmedian
from .problem import prepare
from .ranking import rank_sites


def solve_siting(
    model,
    coverage,
    weights=None,
    p=0,
    existing=None,
    conflicts=None,
    categories=None,
    quotas=None,
    time_limit=60.0,
    mip_gap=1e-3,
    use_milp=True,
    unassigned_cost=None,
    category_names=None,
    monitor=None,
):
    """Choose sites on a sparse coverage structure.

    Parameters
    ----------
    model : {"mclp", "lscp", "backup", "pmedian"}
        ``mclp`` maximise the weight covered with at most ``p`` new sites; ``lscp`` fewest new
        sites covering every coverable demand; ``backup`` maximise the weight covered at least
        twice with at most ``p`` new sites; ``pmedian`` minimise the total weighted cost from each
        demand to its nearest open site with at most ``p`` new sites.
    coverage : Coverage
        Demand × candidate pairs (CSR) with costs: a pair means "candidate covers demand" for
        the coverage models and "demand may be assigned to candidate at this cost" for p-median.
        Build it with ``Coverage.from_radius`` (Euclidean), ``Coverage.from_triples`` (e.g. road
        network travel times) or ``Coverage.from_nearest``.
    weights : array (n_demand,), optional
        Non-negative demand weights (default 1 each).
    p : int
        Number of new sites (ignored by LSCP).
    existing : bool array (n_candidates,), optional
        Existing sites: always open, counted in the coverage, not part of ``p``.
    conflicts : int array (k, 2), optional
        Candidate pairs that may not both be open (minimum spacing), see
        ``coverage.spacing_conflicts``. A free candidate in conflict with an existing site is never
        chosen.
    categories : int array (n_demand,), optional
        Category code of each demand (-1 = none), for ``quotas``.
    quotas : dict {code: share}, optional
        MCLP only: the share (0..1) of each category's total weight that must be covered.
    time_limit : float
        Seconds for the whole solve (heuristics, bound and MILP).
    mip_gap : float
        Relative gap at which the MILP stops and the result counts as optimal.
    use_milp : bool
        False: heuristic + bound only.
    category_names : dict {code: name}, optional
        Names used in messages about quotas.
    unassigned_cost : float, optional
        p-median: cost charged for a demand with no open site among its pairs
        (default 10 × the largest pair cost).
    monitor : Monitor, optional
        Progress and cancellation.

    Returns
    -------
    SitingResult

    Raises
    ------
    ValueError
        With a planner-readable message: ``p`` larger than the candidates that can be chosen,
        nothing coverable, quotas that cannot be met (naming the category), bad weights.
    """
    monitor = ensure(monitor)
    start = time.perf_counter()
    model = str(model).lower()
    ctx = prepare(model, coverage, weights, p, existing, conflicts, categories, quotas, category_names,
                  time_limit, mip_gap, bool(use_milp) and HAVE_MILP, monitor, start)
    notes = ctx.notes
    if use_milp and not HAVE_MILP:
        notes.append(
            Note("This scipy has no scipy.optimize.milp (needs scipy >= 1.9): the greedy + swap heuristic "
            "was used and the result is not proved optimal.")
        )
    if model == "mclp":
        result = solve_mclp(ctx)
    elif model == "backup":
        result = solve_backup(ctx)
    elif model == "lscp":
        result = solve_lscp(ctx)
    else:
        result = solve_pmedian(ctx, unassigned_cost)
    result.model = model
    result.existing = np.flatnonzero(ctx.existing)
    order, gains = rank_sites(model, coverage, ctx.w, ctx.existing, result.selected, ctx.unassigned_cost)
    result.selected, result.marginal_gain = order, gains
    if model in ("mclp", "backup", "pmedian") and len(order) < ctx.p:
        notes.append(
            Note("Only {} of the P = {} new sites add anything to the objective; the others would cover nothing "
            "more and were not placed.", len(order), ctx.p)
        )
    result.notes = notes + result.notes
    result.runtime = round(time.perf_counter() - start, 3)
    monitor.step(1.0)
    return result
