"""What one ``networksiting`` run found: the :class:`SitingPlan` the wrapper writes, its rows and its JSON report.

Only numpy is imported here (no QGIS).
"""

import dataclasses
import math
from typing import Optional

import numpy as np

from ..messages import Note
from .curve import TradeoffCurve
from .milp import HAVE_MILP
from .problem import SitingResult
from .study_area import Hj664Check

OBJECTIVE_MEANING = {
    "mclp": "demand weight covered (existing + new sites)",
    "lscp": "number of new sites",
    "backup": "demand weight covered by at least two sites",
    "pmedian": "total weighted distance to the nearest site (m × weight)",
}


@dataclasses.dataclass
class CategoryCoverage:
    category: str
    points: int
    weight: float
    covered_weight: float
    coverage_pct: Optional[float]
    quota_pct: Optional[float]


@dataclasses.dataclass
class SitingPlan:
    """Everything the wrapper writes.

    Sites (existing first, rank 0, then the new ones by rank): ``site_index`` into the merged
    candidates ``candidate_xy`` / ``candidate_ids``, ``site_rank``, ``site_gain`` (NaN for existing),
    ``site_covered_weight``, ``site_covered_n``, ``site_radius``. Per demand point: ``demand_counts``
    (open sites within reach), ``demand_nearest_m`` / ``demand_nearest_id`` (straight line, NaN / -1
    without sites), ``demand_network_m`` (road cost to the nearest open site, NaN when out of reach; None
    without roads): metres, or minutes when ``network_in_minutes`` (a travel-time limit over the road speeds).
    """

    model: str
    result: SitingResult
    candidate_xy: np.ndarray
    candidate_ids: list
    existing: np.ndarray
    radii: np.ndarray
    site_index: np.ndarray
    site_rank: np.ndarray
    site_gain: np.ndarray
    site_covered_weight: np.ndarray
    site_covered_n: np.ndarray
    site_radius: np.ndarray
    demand_counts: np.ndarray
    demand_nearest_m: np.ndarray
    demand_nearest_id: np.ndarray
    demand_network_m: Optional[np.ndarray]
    uses_network: bool
    p_requested: Optional[int]
    n_pairs: int
    n_conflicts: int
    demand_weight_total: float
    coverage_pct: Optional[float]
    coverage_pct_points: float
    backup_coverage_pct: Optional[float]
    coverage_by_category: list
    hj664: Optional[Hj664Check]
    coverage_existing_pct: Optional[float] = None
    network_in_minutes: bool = False
    category_names: list = dataclasses.field(default_factory=list)
    curve: Optional[TradeoffCurve] = None
    infos: list = dataclasses.field(default_factory=list)
    warnings: list = dataclasses.field(default_factory=list)

    def site_rows(self):
        """Per site: ``(candidate id, x, y, values)``, values as in the output schema (rank … radius_m)."""
        for k, j in enumerate(self.site_index.tolist()):
            rank = int(self.site_rank[k])
            yield self.candidate_ids[j], float(self.candidate_xy[j, 0]), float(self.candidate_xy[j, 1]), [
                rank, 1 if rank == 0 else 0, _finite(self.site_gain[k]), float(self.site_covered_weight[k]),
                int(self.site_covered_n[k]), float(self.site_radius[k])]

    def demand_rows(self):
        """Per demand point: ``[covered, n_covering, nearest_site_m, nearest_fid, network_m, network_min]`` (None: no
        value). The road cost lands in ``network_m`` (metres) or, for a travel-time run, in ``network_min`` (minutes);
        the other one stays None so that no column ever holds minutes under a metre name."""
        network = self.demand_network_m
        for i, count in enumerate(self.demand_counts.tolist()):
            near = self.demand_nearest_id[i]
            cost = None if network is None else _finite(network[i])
            yield [int(count >= 1), int(count), _finite(self.demand_nearest_m[i]),
                   int(near) if near is not None and near >= 0 else None,
                   None if self.network_in_minutes else cost, cost if self.network_in_minutes else None]

    def curve_category_fields(self):
        """One CURVE field name per demand category: ``pct_`` + the label in letters, digits and ``_`` (unique)."""
        names, seen = [], set()
        for k, label in enumerate(self.category_names):
            base = "pct_" + ("".join(ch if ch.isalnum() else "_" for ch in label).strip("_") or str(k))[:40]
            name, n = base, 2
            while name.lower() in seen:
                name, n = "{}_{}".format(base, n), n + 1
            seen.add(name.lower())
            names.append(name)
        return names

    def curve_rows(self):
        """Per curve point: ``[p, covered_weight, coverage_pct, <pct per category>…, bound, gap_pct, status]``."""
        curve = self.curve
        if curve is None:
            return
        for pt in curve.points:
            shares = [None] * len(self.category_names)
            if pt.category_covered is not None and curve.category_weight is not None:
                shares = [_pct(a, b) for a, b in zip(pt.category_covered, curve.category_weight)]
            yield [pt.p, _finite(pt.covered_weight), None if pt.covered_weight is None else
                   _pct(pt.covered_weight, curve.total_weight)] + shares + [
                _finite(pt.bound), None if pt.gap is None else round(100.0 * pt.gap, 6), pt.status]

    def sites_for_share(self, share):
        """``(fewest new sites found reaching share, fewest the bounds allow)`` from the curve (None: not on it)."""
        if self.curve is None:
            return None, None
        return self.curve.first_reaching(share), self.curve.proven_minimum(share)

    def curve_report(self):
        """The curve for the JSON report (None without a curve)."""
        if self.curve is None:
            return None
        keys = ["p", "covered_weight", "coverage_pct"]
        rows = []
        for values in self.curve_rows():
            row = dict(zip(keys, values[:3]))
            row["coverage_pct_by_category"] = dict(zip(self.category_names, values[3:-3])) if self.category_names \
                else None
            row.update(zip(["bound", "gap_pct", "status"], values[-3:]))
            rows.append(row)
        return rows

    def status_note(self):
        """The closing line of the log: status, objective, bound and gap."""
        r = self.result
        bound = "-" if r.bound is None else "{:.6g}".format(r.bound)
        gap = "-" if r.gap is None else "{:.4%}".format(r.gap)
        words = {"optimal": Note("optimal"), "feasible": Note("feasible, not proved optimal"),
                 "heuristic": Note("heuristic, no bound")}
        return Note("Status {}: objective {:.6g}, bound {}, gap {}.", words.get(r.status, r.status), r.objective,
                    bound, gap)

    def report(self, runtime_s):
        """The JSON report's figures (stable keys, see docs/algorithms/networksiting.md); no NaN in it."""
        r = self.result
        return {
            "algorithm": "ecosupervision:networksiting",
            "model": self.model,
            "objective": _finite(r.objective),
            "objective_meaning": OBJECTIVE_MEANING[self.model],
            "best_bound": _finite(r.bound),
            "gap": _finite(r.gap),
            "status": r.status,
            "solver": r.solver,
            "milp_available": HAVE_MILP,
            "coverage_basis": ("road network travel time" if self.network_in_minutes else "road network distance")
            if self.uses_network else "straight-line distance",
            "demand_points": int(len(self.demand_counts)),
            "demand_weight_total": self.demand_weight_total,
            "candidates": int(len(self.candidate_xy)),
            "existing_sites": int(self.existing.sum()),
            "p_requested": self.p_requested,
            "new_sites_chosen": int(len(r.selected)),
            "coverage_pct": self.coverage_pct,
            "coverage_pct_points": self.coverage_pct_points,
            "backup_coverage_pct": self.backup_coverage_pct,
            "coverage_by_category": [dataclasses.asdict(c) for c in self.coverage_by_category],
            "runtime_s": runtime_s,
            "notes": list(r.notes),
            "model_size": {k: _finite(v) if isinstance(v, float) else v for k, v in r.stats.items()},
            "hj664": None if self.hj664 is None else {
                k: v for k, v in dataclasses.asdict(self.hj664).items() if v is not None},
            "coverage_existing_pct": self.coverage_existing_pct,
            "curve_max": None if self.curve is None else len(self.curve.points),
            "curve": self.curve_report(),
            "curve_runtime_s": None if self.curve is None else self.curve.runtime,
            "sites_for_90pct": self.sites_for_share(0.9)[0],
            "sites_for_90pct_proven_minimum": self.sites_for_share(0.9)[1],
        }


def _finite(value):
    """A number for the JSON report: None instead of NaN or infinity."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _pct(part, total):
    return round(100.0 * float(part) / float(total), 3) if total > 0 else None
