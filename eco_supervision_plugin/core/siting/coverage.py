"""Sparse demand × candidate coverage structures shared by siting and emergency coverage.

A :class:`Coverage` holds, for every demand point, the candidates that can serve it and the cost
(distance in metres, or travel time) of each such pair, as a CSR structure (rows = demand,
columns = candidates). It is built from a Euclidean radius (one radius, or one per candidate)
with ``cKDTree`` — never as a dense demand × candidate matrix — or from given
``(rows, cols, costs)`` triples, e.g. the output of a road-network Dijkstra.

The exact model reductions built on it are in :mod:`.reduction`.

Only numpy and scipy are imported here (no QGIS).
"""

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from ..messages import PlannerError
from ..monitor import ensure


class Coverage:
    """Demand × candidate coverage with a cost for each covering pair (CSR by demand row).

    Attributes
    ----------
    indptr, indices : ndarray
        CSR structure: the candidates covering demand ``i`` are
        ``indices[indptr[i]:indptr[i + 1]]`` (sorted, no duplicates).
    costs : ndarray of float
        Cost of each pair, aligned with ``indices`` (a zero cost is kept: the pair still exists).
    n_demand, n_candidates : int
    """

    def __init__(self, indptr, indices, costs, n_demand, n_candidates):
        self.indptr = np.asarray(indptr, dtype=np.int64)
        self.indices = np.asarray(indices, dtype=np.int64)
        self.costs = np.asarray(costs, dtype=float)
        self.n_demand = int(n_demand)
        self.n_candidates = int(n_candidates)
        self._csr = None
        self._csc = None

    # -- construction ---------------------------------------------------------------------

    @classmethod
    def from_triples(cls, rows, cols, costs, n_demand, n_candidates):
        """Build from arrays of (demand row, candidate column, cost); duplicate pairs keep the least cost."""
        rows = np.asarray(rows, dtype=np.int64).ravel()
        cols = np.asarray(cols, dtype=np.int64).ravel()
        costs = np.asarray(costs, dtype=float).ravel()
        if not (len(rows) == len(cols) == len(costs)):
            raise PlannerError("rows, cols and costs must have the same length")
        if len(rows):
            if rows.min() < 0 or rows.max() >= n_demand or cols.min() < 0 or cols.max() >= n_candidates:
                raise PlannerError("a coverage pair refers to a demand or candidate that does not exist")
            if not np.all(np.isfinite(costs)):
                raise PlannerError("coverage costs must be finite numbers")
        order = np.lexsort((costs, cols, rows))
        rows, cols, costs = rows[order], cols[order], costs[order]
        if len(rows) > 1:
            keep = np.ones(len(rows), dtype=bool)
            keep[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
            rows, cols, costs = rows[keep], cols[keep], costs[keep]
        indptr = np.zeros(n_demand + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=n_demand), out=indptr[1:])
        return cls(indptr, cols, costs, n_demand, n_candidates)

    @classmethod
    def from_radius(cls, demand_xy, candidate_xy, radius, monitor=None, chunk=2000):
        """Euclidean coverage: candidate ``j`` covers demand ``i`` when their distance is ≤ radius.

        ``radius`` is one number or an array with one radius per candidate (metres). The
        pairs are found with a ``cKDTree`` on the demand points; memory grows with the number
        of covering pairs only.
        """
        monitor = ensure(monitor)
        demand_xy = np.asarray(demand_xy, dtype=float).reshape(-1, 2)
        candidate_xy = np.asarray(candidate_xy, dtype=float).reshape(-1, 2)
        n_d, n_c = len(demand_xy), len(candidate_xy)
        radius = np.broadcast_to(np.asarray(radius, dtype=float), (n_c,)).copy()
        if n_c and (not np.all(np.isfinite(radius)) or radius.min() < 0):
            raise PlannerError("coverage radii must be finite and not negative")
        if n_d == 0 or n_c == 0:
            return cls(np.zeros(n_d + 1, dtype=np.int64), np.zeros(0, np.int64), np.zeros(0), n_d, n_c)
        tree = cKDTree(demand_xy)
        all_rows, all_cols = [], []
        for start in range(0, n_c, chunk):
            monitor.step(start / n_c)
            stop = min(n_c, start + chunk)
            hits = tree.query_ball_point(candidate_xy[start:stop], radius[start:stop], return_sorted=False)
            lengths = np.fromiter((len(h) for h in hits), dtype=np.int64, count=len(hits))
            if lengths.sum() == 0:
                continue
            all_cols.append(np.repeat(np.arange(start, stop, dtype=np.int64), lengths))
            all_rows.append(np.fromiter((i for h in hits for i in h), dtype=np.int64, count=int(lengths.sum())))
        monitor.step(1.0)
        if not all_rows:
            return cls(np.zeros(n_d + 1, dtype=np.int64), np.zeros(0, np.int64), np.zeros(0), n_d, n_c)
        rows = np.concatenate(all_rows)
        cols = np.concatenate(all_cols)
        costs = np.hypot(*(demand_xy[rows] - candidate_xy[cols]).T)
        return cls.from_triples(rows, cols, costs, n_d, n_c)

    @classmethod
    def from_nearest(cls, demand_xy, candidate_xy, k):
        """The ``k`` nearest candidates of every demand point (Euclidean), e.g. for p-median."""
        demand_xy = np.asarray(demand_xy, dtype=float).reshape(-1, 2)
        candidate_xy = np.asarray(candidate_xy, dtype=float).reshape(-1, 2)
        n_d, n_c = len(demand_xy), len(candidate_xy)
        k = int(min(max(k, 1), n_c))
        dist, idx = cKDTree(candidate_xy).query(demand_xy, k=k)
        dist = np.asarray(dist).reshape(n_d, k)
        idx = np.asarray(idx).reshape(n_d, k)
        rows = np.repeat(np.arange(n_d), k)
        return cls.from_triples(rows, idx.ravel(), dist.ravel(), n_d, n_c)

    # -- views ----------------------------------------------------------------------------

    @property
    def nnz(self):
        return len(self.indices)

    @property
    def rows(self):
        """Demand row of every stored pair (aligned with ``indices`` and ``costs``)."""
        return np.repeat(np.arange(self.n_demand, dtype=np.int64), np.diff(self.indptr))

    def csr(self):
        """0/1 coverage as a float CSR matrix (demand × candidates)."""
        if self._csr is None:
            self._csr = sparse.csr_matrix(
                (np.ones(self.nnz), self.indices, self.indptr), shape=(self.n_demand, self.n_candidates)
            )
        return self._csr

    def csc(self):
        if self._csc is None:
            self._csc = self.csr().tocsc()
        return self._csc

    def counts(self, selected):
        """Number of selected candidates covering each demand (``selected``: bool mask or indices)."""
        x = np.zeros(self.n_candidates)
        x[np.asarray(selected)] = 1.0
        return self.csr() @ x

    def nearest_cost(self, selected):
        """Least cost from each demand to a selected candidate (inf when none covers it) and that candidate."""
        mask = np.zeros(self.n_candidates, dtype=bool)
        mask[np.asarray(selected)] = True
        hit = mask[self.indices]
        best = np.full(self.n_demand, np.inf)
        which = np.full(self.n_demand, -1, dtype=np.int64)
        if hit.any():
            rows = self.rows[hit]
            costs = self.costs[hit]
            cols = self.indices[hit]
            order = np.lexsort((costs, rows))
            rows, costs, cols = rows[order], costs[order], cols[order]
            first = np.ones(len(rows), dtype=bool)
            first[1:] = rows[1:] != rows[:-1]
            best[rows[first]] = costs[first]
            which[rows[first]] = cols[first]
        return best, which

    def subset(self, demand_rows=None, candidate_cols=None):
        """The coverage restricted to some demand rows and candidate columns (renumbered in order)."""
        rows = self.rows
        keep = np.ones(self.nnz, dtype=bool)
        row_map = np.arange(self.n_demand)
        col_map = np.arange(self.n_candidates)
        n_d, n_c = self.n_demand, self.n_candidates
        if demand_rows is not None:
            demand_rows = np.asarray(demand_rows, dtype=np.int64)
            row_map = np.full(self.n_demand, -1, dtype=np.int64)
            row_map[demand_rows] = np.arange(len(demand_rows))
            keep &= row_map[rows] >= 0
            n_d = len(demand_rows)
        if candidate_cols is not None:
            candidate_cols = np.asarray(candidate_cols, dtype=np.int64)
            col_map = np.full(self.n_candidates, -1, dtype=np.int64)
            col_map[candidate_cols] = np.arange(len(candidate_cols))
            keep &= col_map[self.indices] >= 0
            n_c = len(candidate_cols)
        return Coverage.from_triples(row_map[rows[keep]], col_map[self.indices[keep]], self.costs[keep], n_d, n_c)


# -- candidate geometry helpers ---------------------------------------------------------------


def spacing_conflicts(xy, min_spacing):
    """Pairs ``(j, k)`` (j < k, an (n×2) int array) of points closer than ``min_spacing`` metres."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if min_spacing is None or min_spacing <= 0 or len(xy) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = cKDTree(xy).query_pairs(float(min_spacing), output_type="ndarray").astype(np.int64)
    if len(pairs):
        d = np.hypot(*(xy[pairs[:, 0]] - xy[pairs[:, 1]]).T)
        pairs = np.sort(pairs[d < min_spacing], axis=1)
    return pairs.reshape(-1, 2)


def duplicate_groups(xy, tolerance=0.01):
    """Group points lying within ``tolerance`` metres of each other.

    Returns ``representative`` (for each point, the index of the first point of its group);
    points that are not duplicates are their own representative.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    n = len(xy)
    rep = np.arange(n)
    if n < 2:
        return rep
    pairs = cKDTree(xy).query_pairs(float(tolerance), output_type="ndarray")
    if len(pairs) == 0:
        return rep
    graph = sparse.coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    first = np.full(labels.max() + 1, n, dtype=np.int64)
    np.minimum.at(first, labels, np.arange(n))
    return first[labels]

