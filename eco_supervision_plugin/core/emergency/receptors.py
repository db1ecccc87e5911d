"""Who is reached: receptor weight (population, drinking-water intakes, schools…) reached by depot teams in time.

Model
-----
A receptor is a point, or a polygon represented by sample points that share its weight by area (equal
cells: each of the ``k`` samples inside carries ``weight / k``). A sample is reached by depot ``d`` within
``T`` when ``readiness[d] + travel(d → sample) ≤ T`` (the same network and access rules as the risk sources).
Per depot and threshold: the weight of the samples it reaches. Per threshold: the weight reached by at least
one team (once) and by at least two teams (twice), with their shares of the total receptor weight.

Only numpy/scipy; no QGIS.
"""

from dataclasses import dataclass

import numpy as np

from ..messages import PlannerError
from ..roads.costs import network_costs
from ..siting.study_area import points_in_polygons


@dataclass
class Receptors:
    """Sample points ``xy`` (k×2 metres) carrying ``weight`` each, of receptor ``owner`` (feature index)."""

    xy: np.ndarray
    weight: np.ndarray
    owner: np.ndarray
    n_features: int


@dataclass
class ReceptorReach:
    """Weight reached per threshold and depot; shares reached once / twice per threshold; per receptor feature
    the weight reached (once) per threshold."""

    thresholds: list
    weight_total: float
    per_depot: np.ndarray  # thresholds × depots
    once: np.ndarray  # per threshold
    twice: np.ndarray
    per_feature: np.ndarray  # thresholds × features (weight reached by at least one team)

    def share(self, k, twice=False):
        part = (self.twice if twice else self.once)[k]
        return 100.0 * float(part) / self.weight_total if self.weight_total > 0 else 0.0

    def report(self, depot_names):
        rows = []
        for k, t in enumerate(self.thresholds):
            rows.append({"threshold_min": t, "weight_total": self.weight_total, "weight_once": float(self.once[k]),
                         "weight_twice": float(self.twice[k]), "share_once_pct": round(self.share(k), 3),
                         "share_twice_pct": round(self.share(k, True), 3)})
        depots = [{"depot": depot_names[d], **{"weight_{:g}min".format(t): float(self.per_depot[k, d])
                                               for k, t in enumerate(self.thresholds)}}
                  for d in range(self.per_depot.shape[1])]
        return {"used": True, "features": int(self.per_feature.shape[1]), "thresholds": rows, "depots": depots}


def point_receptors(xy, weights):
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    w = np.ones(len(xy)) if weights is None else np.asarray(weights, dtype=float).reshape(-1)
    return Receptors(xy, w, np.arange(len(xy)), len(xy))


def polygon_receptors(polygons, weights, cell_m):
    """Receptors from polygons (each a list of rings in metres, the rings of every part; even-odd rule): samples
    on a ``cell_m`` grid inside each polygon share its weight equally (by area); a polygon too small for any
    grid point keeps one sample at the mean of its first ring's vertices."""
    if not (np.isfinite(cell_m) and cell_m > 0):
        raise PlannerError("The receptor sampling cell must be more than zero metres.")
    w = np.ones(len(polygons)) if weights is None else np.asarray(weights, dtype=float).reshape(-1)
    xy, weight, owner = [], [], []
    for i, rings in enumerate(polygons):
        rings = [np.asarray(r, dtype=float).reshape(-1, 2) for r in rings]
        rings = [r for r in rings if len(r) >= 3]
        if not rings:
            continue
        outer = rings[0]
        every = np.concatenate(rings)
        lo, hi = every.min(axis=0), every.max(axis=0)
        nx, ny = (np.floor((hi - lo) / cell_m).astype(int) + 1)
        if nx * ny > 1_000_000:  # keep a huge polygon to a million samples
            cell = float(np.sqrt(np.prod(hi - lo) / 1_000_000)) + 1e-9
            nx, ny = (np.floor((hi - lo) / cell).astype(int) + 1)
        else:
            cell = cell_m
        gx = lo[0] + (np.arange(nx) + 0.5) * cell
        gy = lo[1] + (np.arange(ny) + 0.5) * cell
        pts = np.stack(np.meshgrid(gx, gy, indexing="ij"), -1).reshape(-1, 2)
        pts = pts[points_in_polygons(pts, [rings])]
        if len(pts) == 0:
            pts = outer[:-1].mean(axis=0, keepdims=True) if len(outer) > 3 else outer.mean(axis=0, keepdims=True)
        xy.append(pts)
        weight.append(np.full(len(pts), w[i] / len(pts)))
        owner.append(np.full(len(pts), i))
    if not xy:
        raise PlannerError("No receptor polygon has a usable geometry.")
    return Receptors(np.concatenate(xy), np.concatenate(weight), np.concatenate(owner), len(polygons))


def receptor_reach(graph, receptors, depot_xy, thresholds, readiness_min, teams, access_speed_kmh=None,
                   max_snap_distance=None, monitor=None, depot_snap=None):
    """:class:`ReceptorReach` of ``receptors`` by the depots' teams within each threshold (minutes)."""
    w = np.asarray(receptors.weight, dtype=float)
    if not np.all(np.isfinite(w)) or (w < 0).any():
        raise PlannerError("Receptor weights must be zero or positive numbers.")
    th = list(thresholds)
    readiness = np.asarray(readiness_min, dtype=float)
    teams = np.asarray(teams, dtype=np.int64)
    n_d = len(depot_xy)
    cutoff_s = max(0.0, (max(th) - float(readiness.min() if n_d else 0.0)) * 60.0)
    snaps = None
    if depot_snap is not None:
        from ..roads.snapping import snap_points

        snaps = (depot_snap, snap_points(graph, receptors.xy, max_snap_distance))
    dep, smp, travel = network_costs(graph, depot_xy, receptors.xy, cutoff_s, weight="time",
                                     access_speed_kmh=access_speed_kmh, max_snap_distance=max_snap_distance,
                                     monitor=monitor, snaps=snaps)
    total = readiness[dep] + travel / 60.0
    staffed = teams[dep] > 0
    per_depot = np.zeros((len(th), n_d))
    once, twice = np.zeros(len(th)), np.zeros(len(th))
    per_feature = np.zeros((len(th), receptors.n_features))
    for k, t in enumerate(th):
        ok = staffed & (total <= t + 1e-9)
        per_depot[k] = np.bincount(dep[ok], weights=w[smp[ok]], minlength=n_d)
        count = np.bincount(smp[ok], weights=teams[dep[ok]], minlength=len(w))
        once[k] = float(w[count >= 1].sum())
        twice[k] = float(w[count >= 2].sum())
        per_feature[k] = np.bincount(receptors.owner[count >= 1], weights=w[count >= 1],
                                     minlength=receptors.n_features)
    return ReceptorReach(th, float(w.sum()), per_depot, once, twice, per_feature)
