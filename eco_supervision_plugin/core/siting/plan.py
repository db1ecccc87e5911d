"""The ``networksiting`` algorithm on arrays: from demand and candidate sites to a siting plan.

:func:`plan_network_siting` takes what the Processing wrapper read from the layers (coordinates in
metres, weights, category labels, existing flags, radii, road lines, the study area's polygons) and
makes every domain decision: duplicate candidates merged, categories and quotas mapped to codes,
the coverage structure (radius, road network, the p-median nearest-candidate rule), spacing
conflicts, the solve, per-site and per-demand figures, coverage per category and the HJ 664-2013
minimum number of urban assessment stations. It returns a :class:`SitingPlan`; the wrapper only
writes it. Only numpy and scipy are imported here (no QGIS).
"""

import dataclasses
import math
from typing import Optional

import numpy as np
from scipy.spatial import cKDTree

from ..messages import Note, PlannerError
from ..monitor import ensure
from ..roads import build_road_graph, network_costs
from .coverage import Coverage, duplicate_groups, spacing_conflicts
from .curve import tradeoff_curve
from .milp import HAVE_MILP
from .model_curves import backup_curve, pmedian_curve
from .plan_result import OBJECTIVE_MEANING, CategoryCoverage, SitingPlan, _pct  # noqa: F401
from .problem import MODELS
from .ranking import demand_summary
from .solve import solve_siting
from .study_area import Hj664Check, StudyArea, hj664_check  # noqa: F401  (StudyArea: part of the plan's API)

DUPLICATE_TOLERANCE_M = 0.5  # candidates closer than this are one place: merged (existing wins, larger radius)

# p-median without a road network serves each demand point from candidates by straight-line distance.
# With at most PMEDIAN_FULL_PAIRS demand × candidate pairs every candidate is a possible server (the full
# distance matrix, 4 million pairs ≈ 100 MB with the MILP's pair variables); above it each demand point
# keeps only its PMEDIAN_NEAREST_K nearest candidates — a p-median optimum rarely assigns a point
# farther than its 64th nearest candidate, and the model stays linear in the demand.
PMEDIAN_FULL_PAIRS = 4_000_000
PMEDIAN_NEAREST_K = 64

# Road coverage measures lengths only: every road gets the same nominal speed, both ways, and road ends
# closer than ROAD_SNAP_M are one node.
ROAD_NOMINAL_SPEED_KMH = 30.0
ROAD_SNAP_M = 1.0



@dataclasses.dataclass
class SitingDemand:
    """Demand points: ``xy`` (n × 2, metres), ``weights`` (None: 1 each), ``categories`` (labels or None)
    and the name of the category field (for messages)."""

    xy: np.ndarray
    weights: Optional[np.ndarray] = None
    categories: Optional[list] = None
    category_field: str = ""


@dataclasses.dataclass
class SitingCandidates:
    """Candidate sites: ``xy`` (metres), ``ids`` (feature ids), ``existing`` (bool), ``radius`` (m, NaN = default)."""

    xy: np.ndarray
    ids: list
    existing: Optional[np.ndarray] = None
    radius: Optional[np.ndarray] = None


@dataclasses.dataclass
class SitingOptions:
    model: str = "mclp"
    p: int = 10
    radius: float = 2000.0
    min_spacing: float = 0.0
    quotas: dict = dataclasses.field(default_factory=dict)  # category label -> share 0..1
    time_limit: float = 60.0
    mip_gap: float = 1e-3
    use_milp: bool = True
    population: Optional[float] = None  # HJ 664: overrides the study area's population field
    built_up_km2: Optional[float] = None  # HJ 664: overrides the field and the polygon area
    curve_max: Optional[int] = None  # trade-off curve up to this many new sites (None: 2·P, LSCP: its count; 0: none)


# ---------------------------------------------------------------------------------------------------


def plan_network_siting(demand, candidates, options, roads=None, study_area=None, monitor=None):
    """Choose monitoring sites and describe the result (see the module docstring).

    ``roads``: optional list of road line parts (m × 2 arrays, metres): coverage is then measured
    along the roads, up to each candidate's radius. Raises PlannerError with a planner-readable message.
    """
    monitor = ensure(monitor)
    model = str(options.model).lower()
    if model not in MODELS:
        raise PlannerError("Unknown siting model {}; use one of {}.", model, ", ".join(MODELS))
    infos, warnings = [], []
    d_xy = np.asarray(demand.xy, dtype=float).reshape(-1, 2)
    if len(d_xy) == 0:
        raise PlannerError("No demand feature has a usable geometry.")
    if len(candidates.xy) == 0:
        raise PlannerError("No candidate site has a usable geometry.")
    weights = np.ones(len(d_xy)) if demand.weights is None else np.asarray(demand.weights, dtype=float)
    if np.any(weights < 0):
        raise PlannerError("Demand weights must not be negative ({} negative values).", int(np.sum(weights < 0)))
    cxy, cids, existing, radii = _merged_candidates(candidates, options, model, infos, warnings)
    categories, cat_names, quotas = _categories(demand, options, model, warnings)

    network_cov = None
    if roads is not None and (hasattr(roads, "pairs") or len(roads)):
        network_cov = _road_coverage(roads, d_xy, cxy, radii, infos, monitor.sub(2 / 85, 14 / 85))
    monitor.step(15 / 85)
    radius_monitor = monitor.sub(0.0, 30 / 85)
    if network_cov is not None:
        cov = radius_cov = network_cov
    else:
        radius_cov = Coverage.from_radius(d_xy, cxy, radii, radius_monitor)
        cov = radius_cov
        if model == "pmedian":
            k = len(cxy) if len(d_xy) * len(cxy) <= PMEDIAN_FULL_PAIRS else min(len(cxy), PMEDIAN_NEAREST_K)
            if k < len(cxy):
                infos.append(Note("p-median: each demand point may be served by its {} nearest candidates (a full "
                                  "distance matrix would be too large).", k))
            cov = Coverage.from_nearest(d_xy, cxy, k)
    if model != "pmedian" and radius_cov.nnz == 0:
        raise PlannerError("No demand point lies within the coverage radius of any candidate or existing site; "
                           "check the radius (m) and that both layers cover the same area.")
    conflicts = spacing_conflicts(cxy, options.min_spacing)
    infos.append(Note("{} demand points, {} candidates ({} existing), {} covering pairs, {} spacing conflicts.",
                      len(d_xy), len(cxy), int(existing.sum()), cov.nnz, len(conflicts)))
    if not HAVE_MILP:
        warnings.append(Note("scipy.optimize.milp is not available (scipy < 1.9): the heuristic solver is used and "
                             "the result is not proved optimal."))
    with_curve = options.curve_max != 0
    result = solve_siting(model, cov, weights, p=options.p, existing=existing, conflicts=conflicts,
                          categories=categories, quotas=quotas, category_names=dict(enumerate(cat_names)),
                          time_limit=options.time_limit, mip_gap=options.mip_gap, use_milp=options.use_milp,
                          monitor=monitor.sub(30 / 85, 0.8 if with_curve else 1.0))
    plan = _describe(model, result, d_xy, weights, cxy, cids, existing, radii, radius_cov, network_cov,
                     categories, cat_names, options, conflicts, study_area, infos, warnings, roads)
    if with_curve:
        p_max = options.curve_max
        if p_max is None:
            p_max = len(result.selected) if model == "lscp" else 2 * int(options.p)
        plan.curve = _curve(model, result, cov, radius_cov, weights, p_max, existing, conflicts, categories, quotas,
                            cat_names, options, monitor.sub(0.8, 1.0))
        if model in ("pmedian", "backup"):
            infos.extend(plan.curve.notes)
        unproved = sum(1 for pt in plan.curve.points if pt.status not in ("optimal", "infeasible"))
        infos.append(Note("Trade-off curve: 1 to {} new sites in {} s ({} point(s) not proved within the MIP gap).",
                          len(plan.curve.points), plan.curve.runtime, unproved))
    return plan


def _curve(model, result, cov, radius_cov, weights, p_max, existing, conflicts, categories, quotas, cat_names,
           options, monitor):
    """The model's trade-off curve: p-median mean cost (on the solve's pairs), backup weight covered twice, else the
    maximal covering curve (LSCP: its optimum is marked by the plan); seeded with the solve's sites at P."""
    common = dict(existing=existing, conflicts=conflicts, time_limit=options.time_limit, mip_gap=options.mip_gap,
                  use_milp=options.use_milp, monitor=monitor, seed=result.selected, seed_bound=result.bound)
    if model == "pmedian":
        return pmedian_curve(cov, weights, p_max, **common)
    if model == "backup":
        return backup_curve(radius_cov, weights, p_max, **common)
    if model != "mclp":
        common.update(seed=None, seed_bound=None)
    return tradeoff_curve(radius_cov, weights, p_max, categories=categories, quotas=quotas if model == "mclp" else None,
                          category_names=dict(enumerate(cat_names)), n_categories=len(cat_names), **common)


def _merged_candidates(candidates, options, model, infos, warnings):
    """Candidates after merging duplicates (existing wins, the larger radius is kept) and default radii."""
    cxy = np.asarray(candidates.xy, dtype=float).reshape(-1, 2)
    n = len(cxy)
    existing = np.zeros(n, dtype=bool) if candidates.existing is None else np.asarray(candidates.existing, bool)
    if not math.isfinite(options.radius) or options.radius < 0:
        raise PlannerError("The coverage radius must be a number of metres, 0 or more.")
    if candidates.radius is None:
        radii = np.full(n, float(options.radius))
    else:
        radii = np.asarray(candidates.radius, dtype=float).copy()
        unset = ~np.isfinite(radii)
        if unset.any():
            infos.append(Note("{} candidate(s) have a null radius and use the coverage radius {} m.",
                              int(unset.sum()), options.radius))
            radii[unset] = options.radius
        if np.any(radii < 0):
            raise PlannerError("Candidate radii must not be negative.")
    if radii.max() <= 0 and model != "pmedian":
        raise PlannerError("The coverage radius must be larger than 0 m.")
    rep = duplicate_groups(cxy, DUPLICATE_TOLERANCE_M)
    keep = np.flatnonzero(rep == np.arange(n))
    if len(keep) < n:
        merged_existing = np.zeros(n, dtype=bool)
        np.logical_or.at(merged_existing, rep, existing)
        merged_radius = radii.copy()
        np.maximum.at(merged_radius, rep, radii)
        existing, radii = merged_existing, merged_radius
        gone = np.flatnonzero(rep != np.arange(n))
        warnings.append(Note("{} candidate(s) lie at the same place as another one (within {} m) and were merged "
                             "into it (feature ids {}).", n - len(keep), DUPLICATE_TOLERANCE_M,
                             ", ".join(str(candidates.ids[i]) for i in gone[:10])))
    return cxy[keep], [candidates.ids[i] for i in keep], existing[keep], radii[keep]


def _categories(demand, options, model, warnings):
    """Category code per demand point (labels sorted), the labels, and quotas by code."""
    if demand.categories is None:
        if options.quotas:
            raise PlannerError("Category quotas need a demand category field.")
        return None, [], None
    labels = ["" if v is None else str(v) for v in demand.categories]
    names = sorted(set(labels))
    index = {n: i for i, n in enumerate(names)}
    categories = np.array([index[v] for v in labels], dtype=np.int64)
    if not options.quotas:
        return categories, names, None
    unknown = [n for n in options.quotas if n not in index]
    if unknown:
        raise PlannerError("Quota category {} does not occur in field {}; its values are: {}.",
                           ", ".join(unknown), demand.category_field, ", ".join(names[:20]))
    if model != "mclp":
        warnings.append(Note("Category quotas are enforced by the MCLP model only."))
    return categories, names, {index[n]: float(s) for n, s in options.quotas.items()}


def _road_coverage(roads, d_xy, cxy, radii, infos, monitor):
    """Demand × candidate pairs within each candidate's radius along the roads (lengths only), or those of a
    :class:`..roads.network.RoadCoverage` (road options: speeds, one-way streets, closures, a travel-time limit)."""
    if hasattr(roads, "pairs"):
        rows, cols, costs, network = roads.pairs(cxy, d_xy, radii, monitor)
        limit = ("{:g} min".format(roads.minutes) if roads.minutes is not None
                 else "{:g} m".format(float(radii.max())))
        infos.append(Note("Road network: {} nodes, {} edges (one-way streets honoured); coverage along roads up to {}.",
                          network.graph.n_nodes, network.graph.n_edges, limit))
        return Coverage.from_triples(cols, rows, costs, len(d_xy), len(cxy))
    parts = [np.asarray(p, dtype=float) for p in roads]
    graph = build_road_graph(parts, np.full(len(parts), ROAD_NOMINAL_SPEED_KMH), np.zeros(len(parts)), ROAD_SNAP_M)
    cutoff = float(radii.max())
    infos.append(Note("Road network: {} nodes, {} edges; coverage measured along roads up to {} m.",
                      graph.n_nodes, graph.n_edges, cutoff))
    rows, cols, costs = network_costs(graph, cxy, d_xy, cutoff, weight="length", max_snap_distance=cutoff,
                                      monitor=monitor)
    keep = costs <= radii[rows]
    return Coverage.from_triples(cols[keep], rows[keep], costs[keep], len(d_xy), len(cxy))


def _describe(model, result, d_xy, weights, cxy, cids, existing, radii, radius_cov, network_cov, categories,
              cat_names, options, conflicts, study_area, infos, warnings, roads=None):
    sites = result.sites
    counts, _, _ = demand_summary(radius_cov, sites)
    network_m = None
    if network_cov is not None:
        _, network_m, _ = demand_summary(network_cov, sites)
        network_m = np.where(np.isfinite(network_m), network_m, np.nan)
    if len(sites):
        near_d, near_i = cKDTree(cxy[sites]).query(d_xy)
        near_id = np.asarray(cids, dtype=object)[sites][near_i]
    else:
        near_d = np.full(len(d_xy), np.nan)
        near_id = np.full(len(d_xy), -1, dtype=object)
    csc = radius_cov.csc()
    covered_weight = csc.T @ weights
    covered_n = np.diff(csc.indptr)
    site_index = np.concatenate([result.existing, result.selected]).astype(np.int64)
    site_rank = np.concatenate([np.zeros(len(result.existing)), np.arange(1, len(result.selected) + 1)]).astype(int)
    site_gain = np.concatenate([np.full(len(result.existing), np.nan), result.marginal_gain])
    total = float(weights.sum())
    covered = counts >= 1
    return SitingPlan(
        model=model, result=result, candidate_xy=cxy, candidate_ids=cids, existing=existing, radii=radii,
        site_index=site_index, site_rank=site_rank, site_gain=site_gain,
        site_covered_weight=covered_weight[site_index], site_covered_n=covered_n[site_index],
        site_radius=radii[site_index], demand_counts=counts, demand_nearest_m=np.asarray(near_d, dtype=float),
        demand_nearest_id=near_id, demand_network_m=network_m, uses_network=network_cov is not None,
        network_in_minutes=network_cov is not None and getattr(roads, "minutes", None) is not None,
        p_requested=int(options.p) if model != "lscp" else None,
        n_pairs=radius_cov.nnz, n_conflicts=len(conflicts), demand_weight_total=total,
        coverage_pct=_pct(weights[covered].sum(), total), coverage_pct_points=round(100.0 * float(covered.mean()), 3),
        backup_coverage_pct=_pct(weights[counts >= 2].sum(), total),
        coverage_existing_pct=_pct(weights[radius_cov.counts(np.flatnonzero(existing)) > 0].sum(), total),
        category_names=list(cat_names),
        coverage_by_category=_category_table(categories, cat_names, weights, counts, options.quotas),
        hj664=None if study_area is None else hj664_check(study_area, cxy[sites], options, warnings),
        infos=infos, warnings=warnings,
    )


def _category_table(categories, names, weights, counts, quotas):
    if categories is None:
        return []
    rows = []
    for k, name in enumerate(names):
        sel = categories == k
        w = float(weights[sel].sum())
        cov = float(weights[sel & (counts >= 1)].sum())
        rows.append(CategoryCoverage(
            category=name, points=int(sel.sum()), weight=w, covered_weight=cov, coverage_pct=_pct(cov, w),
            quota_pct=round(100.0 * quotas[name], 3) if name in quotas else None))
    return rows
