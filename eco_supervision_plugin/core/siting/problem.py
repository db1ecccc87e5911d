"""The siting problem: its result, the validated inputs every model solves, gap and status.

:func:`prepare` checks the arrays given to :func:`.solve.solve_siting` (weights, existing-site mask,
spacing conflicts, ``p``), removes candidates too close to an existing site and returns the
:class:`SolveContext` the model modules work on. Only numpy and scipy are imported here (no QGIS).
"""

import dataclasses
import time
from typing import Any, Optional

import numpy as np
from scipy import sparse

from ..messages import Note, PlannerError
from .coverage import Coverage

MODELS = ("mclp", "lscp", "backup", "pmedian")


def _ints():
    return np.zeros(0, dtype=np.int64)


@dataclasses.dataclass
class SitingResult:
    """Outcome of :func:`.solve.solve_siting`.

    Attributes
    ----------
    model : str
    selected : ndarray of int
        New sites (candidate indices), ranked: each adds the most to the objective given the
        existing sites and the sites ranked before it.
    marginal_gain : ndarray of float
        Objective gain of each selected site at its rank (for p-median: cost reduction).
    existing : ndarray of int
        Existing sites (always part of the solution).
    objective : float
        MCLP: covered weight (existing + new); LSCP: number of new sites; backup: weight
        covered at least twice; p-median: total weighted cost.
    bound : float or None
        Best proven bound on the objective (upper for maximisation, lower for minimisation).
    gap : float or None
        Relative gap between objective and bound (0 = proved optimal).
    status : str
        ``optimal``, ``feasible`` or ``heuristic``.
    notes : list of str
        What was done (reductions, fixing, fallbacks), for the report.
    stats : dict
        Model sizes before/after reduction and timings of the phases (the report's ``model_size``).
    runtime : float
        Seconds of the whole solve.
    solver : str
        The methods used, for the report.
    """

    selected: np.ndarray = dataclasses.field(default_factory=_ints)
    objective: Optional[float] = None
    bound: Optional[float] = None
    gap: Optional[float] = None
    status: str = "heuristic"
    notes: list[Any] = dataclasses.field(default_factory=list)
    stats: dict[str, Any] = dataclasses.field(default_factory=dict)
    solver: str = ""
    model: str = ""
    marginal_gain: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros(0))
    existing: np.ndarray = dataclasses.field(default_factory=_ints)
    runtime: float = 0.0

    def __post_init__(self):
        self.selected = np.asarray(self.selected, dtype=np.int64)
        self.marginal_gain = np.asarray(self.marginal_gain, dtype=float)
        self.existing = np.asarray(self.existing, dtype=np.int64)

    @property
    def sites(self):
        """Existing and new sites together."""
        return np.concatenate([self.existing, self.selected])


@dataclasses.dataclass
class SolveContext:
    """Validated inputs shared by the model modules (one solve)."""

    coverage: Coverage
    w: np.ndarray
    p: int
    existing: np.ndarray
    free: np.ndarray
    conflicts: np.ndarray
    categories: Optional[np.ndarray]
    quotas: Optional[dict[int, float]]
    category_names: Optional[dict[int, str]]
    start: float
    time_limit: float
    mip_gap: float
    use_milp: bool
    monitor: Any
    notes: list[Any]
    unassigned_cost: Optional[float] = None

    @property
    def deadline(self):
        return self.start + self.time_limit

    def remaining(self):
        return self.deadline - time.perf_counter()


def prepare(model, coverage, weights, p, existing, conflicts, categories, quotas, category_names,
            time_limit, mip_gap, use_milp, monitor, start):
    """Check the inputs of one solve and build its :class:`SolveContext` (raises PlannerError)."""
    if model not in MODELS:
        raise PlannerError("Unknown siting model {}; use one of {}.", model, ", ".join(MODELS))
    if not isinstance(coverage, Coverage):
        raise PlannerError("coverage must be a Coverage structure")
    n_d, n_c = coverage.n_demand, coverage.n_candidates
    if n_d == 0:
        raise PlannerError("There is no demand to cover.")
    if n_c == 0:
        raise PlannerError("There are no candidate sites.")
    w = np.ones(n_d) if weights is None else np.asarray(weights, dtype=float).ravel()
    if len(w) != n_d:
        raise PlannerError("There must be one weight per demand point.")
    if not np.all(np.isfinite(w)):
        raise PlannerError("Demand weights must be numbers (found null or infinite weights).")
    if np.any(w < 0):
        raise PlannerError("Demand weights must not be negative.")
    existing = np.zeros(n_c, dtype=bool) if existing is None else np.asarray(existing, dtype=bool).ravel()
    if len(existing) != n_c:
        raise PlannerError("The existing-site mask must have one value per candidate.")
    conflicts = np.zeros((0, 2), dtype=np.int64) if conflicts is None else np.asarray(conflicts, np.int64)
    conflicts = conflicts.reshape(-1, 2)
    p = int(p or 0)
    if p < 0:
        raise PlannerError("The number of new sites P must not be negative.")

    # candidates that cannot be chosen: too close to an existing site
    blocked = np.zeros(n_c, dtype=bool)
    notes = []
    if len(conflicts):
        e0, e1 = existing[conflicts[:, 0]], existing[conflicts[:, 1]]
        blocked[conflicts[e0 & ~e1, 1]] = True
        blocked[conflicts[e1 & ~e0, 0]] = True
        both = int(np.sum(e0 & e1))
        if both:
            notes.append(
                Note("{} pair(s) of existing sites are closer than the minimum spacing; they are kept.", both)
            )
        if blocked.any():
            notes.append(
                Note("{} candidate(s) lie closer than the minimum spacing to an existing site and were not "
                "considered.", int(blocked.sum()))
            )
        gone = existing | blocked
        keep = ~(gone[conflicts[:, 0]] | gone[conflicts[:, 1]])
        conflicts = conflicts[keep]
    free = ~existing & ~blocked
    n_free = int(free.sum())
    if model != "lscp" and p > n_free:
        raise PlannerError(
            "P = {} new sites is more than the {} candidate site(s) that can be chosen "
            "({} candidates, {} existing, {} too close to an existing site).",
            p, n_free, n_c, int(existing.sum()), int(blocked.sum()),
        )
    if quotas and model != "mclp":
        notes.append(Note("Category quotas apply to the maximal covering model only; they were not enforced."))
        quotas = None
    return SolveContext(
        coverage=coverage,
        w=w,
        p=p,
        existing=existing,
        free=free,
        conflicts=conflicts,
        categories=None if categories is None else np.asarray(categories, dtype=np.int64).ravel(),
        quotas=quotas or None,
        category_names=category_names,
        start=start,
        time_limit=max(float(time_limit), 0.1),
        mip_gap=max(float(mip_gap), 0.0),
        use_milp=use_milp,
        monitor=monitor,
        notes=notes,
    )


def conflict_graph(conflicts, n):
    """Symmetric n × n CSR adjacency of the spacing conflicts (None when there are none)."""
    if not len(conflicts):
        return None
    c = sparse.coo_matrix((np.ones(len(conflicts)), (conflicts[:, 0], conflicts[:, 1])), shape=(n, n))
    conf = (c + c.T).tocsr()
    conf.data[:] = 1.0
    return conf


def relative_gap(objective, bound, maximise):
    """Relative gap between an objective and its bound (0 when equal up to rounding; None without a bound)."""
    if bound is None or objective is None:
        return None
    if maximise:
        diff = max(bound - objective, 0.0)
    else:
        diff = max(objective - bound, 0.0)
    scale = max(abs(bound), abs(objective), 1e-12)
    return 0.0 if diff <= 1e-9 * scale else diff / scale


def status_of(gap, mip_gap, have_bound):
    """``optimal`` (within ``mip_gap``), ``feasible`` or ``heuristic`` (no bound)."""
    if not have_bound or gap is None:
        return "heuristic"
    return "optimal" if gap <= mip_gap + 1e-12 else "feasible"
