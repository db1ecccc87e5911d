"""What one ``networksiting`` run found: the :class:`SitingPlan` the wrapper writes, its rows and its JSON report.

Only numpy is imported here (no QGIS).
"""

import dataclasses
import math
from typing import Optional, Union

import numpy as np

from ..messages import Note
from .curve import TradeoffCurve
from .milp import HAVE_MILP
from .model_curves import BackupCurve, MedianCurve
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
    curve: Optional[Union[TradeoffCurve, MedianCurve, BackupCurve]] = None
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

    def lscp_optimum(self):
        """LSCP: the number of new sites of the set covering optimum (marked on the curve); None for other models."""
        return int(len(self.result.selected)) if self.model == "lscp" else None

    def curve_figure(self):
        """The CURVE column holding the model's own figure: ``coverage_pct`` (MCLP, LSCP), ``backup_pct`` (backup),
        ``mean_distance_m`` or ``mean_time_min`` (p-median, in the run's unit)."""
        if self.model == "pmedian":
            return "mean_time_min" if self.network_in_minutes else "mean_distance_m"
        return "backup_pct" if self.model == "backup" else "coverage_pct"

    def curve_schema(self):
        """The CURVE output's fields ``(name, type)`` for the run's model, ``status`` last."""
        if self.model == "pmedian":
            figure = self.curve_figure()
            bound = figure.replace("_m", "_bound_m") if figure.endswith("_m") else figure.replace("_min", "_bound_min")
            return [("p", "int"), (figure, "double"), ("total_cost", "double"), ("unserved_pct", "double"),
                    (bound, "double"), ("gap_pct", "double"), ("status", "string")]
        if self.model == "backup":
            return [("p", "int"), ("backup_weight", "double"), ("backup_pct", "double"), ("covered_weight", "double"),
                    ("coverage_pct", "double"), ("bound", "double"), ("gap_pct", "double"), ("status", "string")]
        lscp = [("lscp_optimum", "int")] if self.model == "lscp" else []
        return [("p", "int"), ("covered_weight", "double"), ("coverage_pct", "double")] + [
            (n, "double") for n in self.curve_category_fields()] + lscp + [
            ("bound", "double"), ("gap_pct", "double"), ("status", "string")]

    def curve_rows(self):
        """Per curve point, the values of :meth:`curve_schema` (MCLP: ``[p, covered_weight, coverage_pct, <pct per
        category>…, bound, gap_pct, status]``; LSCP adds ``lscp_optimum`` (1 on the optimum's row) before ``bound``)."""
        curve = self.curve
        if curve is None:
            return
        if self.model in ("pmedian", "backup"):
            yield from self._model_curve_rows()
            return
        optimum = self.lscp_optimum()
        for pt in curve.points:
            shares = [None] * len(self.category_names)
            if pt.category_covered is not None and curve.category_weight is not None:
                shares = [_pct(a, b) for a, b in zip(pt.category_covered, curve.category_weight)]
            mark = [] if optimum is None else [int(pt.p == optimum)]
            yield [pt.p, _finite(pt.covered_weight), None if pt.covered_weight is None else
                   _pct(pt.covered_weight, curve.total_weight)] + shares + mark + [
                _finite(pt.bound), _gap_pct(pt.gap), pt.status]

    def _model_curve_rows(self):
        curve = self.curve
        total = curve.total_weight
        for pt in curve.points:
            if self.model == "pmedian":
                yield [pt.p, _finite(pt.mean_cost), _finite(pt.total_cost), _pct(pt.unserved_weight, total),
                       _finite(pt.mean_bound), _gap_pct(pt.gap), pt.status]
            else:
                twice, once = pt.backup_weight, pt.covered_weight
                yield [pt.p, _finite(twice), None if twice is None else _pct(twice, total), _finite(once),
                       None if once is None else _pct(once, total), _finite(pt.bound), _gap_pct(pt.gap), pt.status]

    def sites_for_share(self, share):
        """``(fewest new sites found reaching share, fewest the bounds allow)`` from the curve (None: not on it);
        backup: of the weight covered at least twice; p-median: no share, ``(None, None)``."""
        if self.curve is None or not hasattr(self.curve, "first_reaching"):
            return None, None
        return self.curve.first_reaching(share), self.curve.proven_minimum(share)

    def curve_report(self):
        """The curve for the JSON report (None without a curve): one dict per point with the CURVE column names
        (MCLP, LSCP: the per-category shares in ``coverage_pct_by_category``)."""
        if self.curve is None:
            return None
        names = [n for n, _t in self.curve_schema()]
        by_category = self.model in ("mclp", "lscp")
        fields = dict(zip(self.curve_category_fields(), self.category_names)) if by_category else {}
        rows = []
        for values in self.curve_rows():
            row = {name: value for name, value in zip(names, values) if name not in fields}
            if by_category:
                row["coverage_pct_by_category"] = {fields[n]: v for n, v in zip(names, values) if n in fields} \
                    if fields else None
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
            "curve_model": None if self.curve is None else self.model,
            "curve_figure": None if self.curve is None else self.curve_figure(),
            "lscp_optimum_p": self.lscp_optimum(),
        }


def _finite(value):
    """A number for the JSON report: None instead of NaN or infinity."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _gap_pct(gap):
    return None if gap is None else round(100.0 * float(gap), 6)  # a Python float: QGIS cannot take numpy's


def _pct(part, total):
    return round(100.0 * float(part) / float(total), 3) if total > 0 else None
