"""Getis-Ord Gi* hot spots on grid cells, Benjamini-Hochberg FDR, ranking, IDW filling and aggregation.

Gi* (Getis & Ord 1992; Ord & Getis 1995) with binary weights that include the cell itself:

    z_i = (sum_j w_ij x_j - xbar * W_i) / (S * sqrt((n * W_i - W_i**2) / (n - 1)))

with ``W_i = sum_j w_ij`` (binary weights, so ``sum_j w_ij**2 = W_i``), ``xbar`` the mean and
``S = sqrt(sum x**2 / n - xbar**2)`` over the ``n`` cells that have a value. This is algebraically the
analytical z-score of ``esda.G_Local(y, w, transform="B", star=True)`` for positive data. The p-value
reported is two-sided, ``2 * norm.sf(|z|)`` (esda's ``p_norm`` is the one-sided ``norm.sf(|z|)``).

Cells without a value take no part (no weight, no contribution to n). Neighbourhoods: a distance
band between cell centres, the k nearest cells, or queen contiguity. On a regular grid the
neighbourhood sums are computed by convolution of the lattice (no per-cell loop, no weights matrix);
the sparse-matrix path (cKDTree) serves the k-nearest neighbourhood and arbitrary point sets. The
memory a neighbourhood needs is estimated before anything is allocated (:func:`neighbourhood_bytes`)
and a neighbourhood beyond ``MAX_NEIGHBOURHOOD_BYTES`` is refused with the figure.
"""

import math

import numpy as np
from scipy import sparse
from scipy.spatial import cKDTree
from scipy.stats import norm

from ..messages import PlannerError
from ..monitor import ensure
from . import grid as gridmod

DISTANCE = "distance"
KNN = "knn"
QUEEN = "queen"
NEIGHBOURHOODS = (DISTANCE, KNN, QUEEN)
BAND_TOLERANCE = 1e-9  # relative: centres exactly at the band distance are neighbours
MAX_NEIGHBOURHOOD_BYTES = 2 << 30  # 2 GiB for the neighbour tables of one Gi* run


def format_bytes(n):
    """``1536`` → ``1.5 KiB``; binary units up to PiB."""
    n = float(n)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if n < 1024.0:
            return "{:,.1f} {}".format(n, unit)
        n /= 1024.0
    return "{:,.1f} PiB".format(n)


def neighbourhood_bytes(grid, neighbourhood, distance=None, k=8, method="auto"):
    """Estimated bytes of the neighbour tables Gi* builds, computed from the sizes alone (nothing allocated).

    Lattice (distance band, queen): the offset tables, ``(2m + 1)**2`` entries of 5 int64 arrays with m the
    band in cells, plus the shifted-sum arrays (the padded lattice). Sparse (distance band with
    ``method="sparse"``, k nearest): the pair list and CSR matrix, 40 bytes per neighbour pair.
    """
    n = len(grid)
    if neighbourhood == QUEEN:
        return 0
    if neighbourhood == KNN:
        return 40 * n * (int(k) + 1)
    reach = float(distance) / grid.size
    m = math.ceil(reach * 2.0 / gridmod.SQRT3 if grid.kind == gridmod.HEXAGON else reach) + 1
    if method == "sparse":
        per_cell = min(math.pi * (reach + 1) ** 2 / (gridmod.SQRT3 / 2 if grid.kind == gridmod.HEXAGON else 1), n)
        return 40 * n * per_cell
    height = int(grid.j.max() - grid.j.min()) + 1 if n else 0  # the lattice's shape, without index arrays
    width = int(grid.i.max() - grid.i.min()) + 1 if n else 0
    return 40 * (2 * m + 1) ** 2 + 20 * (height + 2 * m) * (width + 2 * m)


def check_neighbourhood_memory(grid, neighbourhood, distance=None, k=8, method="auto",
                               limit=MAX_NEIGHBOURHOOD_BYTES):
    """Refuse, before any allocation, a distance band whose tables would need more than ``limit`` bytes."""
    if neighbourhood != DISTANCE:
        return 0
    need = neighbourhood_bytes(grid, neighbourhood, distance, k, method)
    if need > limit:
        raise PlannerError(
            "A distance band of {:g} m with {:g} m cells would need about {} of memory for the neighbour tables "
            "(limit {}). Use a distance band of a few cells (for example {:g} m).",
            float(distance if distance is not None else 0.0), grid.size, format_bytes(need), format_bytes(limit),
            2.0 * grid.size,
        )
    return need


class GiResult:
    """Arrays aligned with the input values: ``z``, ``p`` (two-sided), ``p_one_sided``, ``n_neighbours``
    (the number of cells with a value in the neighbourhood, the cell included) and ``n`` (cells used)."""

    def __init__(self, z, p, n_neighbours, n):
        self.z = z
        self.p = p
        self.p_one_sided = p / 2.0
        self.n_neighbours = n_neighbours
        self.n = n


def _z_from_sums(values, valid, lag, card):
    """Gi* z and two-sided p from the neighbourhood sums ``lag`` (sum w x) and ``card`` (W_i)."""
    z = np.full(len(values), np.nan)
    p = np.full(len(values), np.nan)
    x = values[valid]
    n = int(valid.sum())
    if n < 3:
        return z, p, n
    xbar = x.sum() / n
    s2 = (x * x).sum() / n - xbar * xbar
    lag_v = lag[valid]
    card_v = card[valid]
    denom_sq = s2 * (n * card_v - card_v * card_v) / (n - 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        zv = (lag_v - xbar * card_v) / np.sqrt(denom_sq)
    # no variance (constant values, or a neighbourhood holding every cell): no evidence either way
    degenerate = ~(denom_sq > 0) | ~np.isfinite(zv) | (s2 <= 1e-12 * max(xbar * xbar, 1e-300))
    zv = np.where(degenerate, 0.0, zv)
    z[valid] = zv
    p[valid] = 2.0 * norm.sf(np.abs(zv))
    return z, p, n


def binary_weights(xy, neighbourhood=DISTANCE, distance=None, k=8, monitor=None):
    """Binary spatial weights including self as a CSR matrix (row i = neighbours of point i).

    ``distance``: centres within ``distance`` (plus a 1e-9 relative tolerance); ``knn``: the ``k``
    nearest other points (ties broken by the k-d tree) plus the point itself.
    """
    monitor = ensure(monitor)
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    n = len(xy)
    tree = cKDTree(xy)
    monitor.check()
    if neighbourhood == DISTANCE:
        if distance is None or not distance > 0:
            raise PlannerError("The distance band must be a positive number of metres.")
        pairs = tree.query_pairs(float(distance) * (1.0 + BAND_TOLERANCE), output_type="ndarray")
        rows = np.concatenate([pairs[:, 0], pairs[:, 1], np.arange(n)])
        cols = np.concatenate([pairs[:, 1], pairs[:, 0], np.arange(n)])
    elif neighbourhood == KNN:
        k = int(k)
        if k < 1:
            raise PlannerError("The number of nearest neighbours must be at least 1.")
        if k >= n:
            raise PlannerError("{} nearest neighbours need more than {} cells with a value.", k, n)
        _, idx = tree.query(xy, k=k + 1)
        # the point itself is normally idx[:, 0]; make sure it is there even with duplicate points
        others = idx[:, 1:]
        own = np.arange(n)[:, None]
        is_self = others == own
        # replace a self hit among the others by the (k+1)-th candidate's slot, keeping k others
        if is_self.any():
            _, idx2 = tree.query(xy, k=k + 2)
            out = np.empty((n, k), dtype=np.int64)
            for_rows = idx2 != own
            # first k entries that are not the point itself (vectorised via stable sort on the mask)
            order = np.argsort(~for_rows, axis=1, kind="stable")
            out[:] = np.take_along_axis(idx2, order, axis=1)[:, :k]
            others = out
        rows = np.concatenate([np.repeat(np.arange(n), k), np.arange(n)])
        cols = np.concatenate([others.ravel(), np.arange(n)])
    else:
        raise PlannerError("Unknown neighbourhood {}: use distance, knn or queen.", neighbourhood)
    data = np.ones(len(rows), dtype=float)
    w = sparse.csr_matrix((data, (rows, cols)), shape=(n, n))
    w.data[:] = 1.0  # duplicates (should not happen) stay binary
    return w


def gi_star_weights(values, weights):
    """Gi* from a binary weights matrix that includes self; NaN values are left out of the statistic."""
    values = np.asarray(values, dtype=float)
    valid = np.isfinite(values)
    w = sparse.csr_matrix(weights)
    if not valid.all():
        keep = np.flatnonzero(valid)
        sub = w[keep][:, keep]
        lag = np.zeros(len(values))
        card = np.zeros(len(values))
        lag[keep] = sub @ values[keep]
        card[keep] = np.asarray(sub.sum(axis=1)).ravel()
    else:
        lag = w @ values
        card = np.asarray(w.sum(axis=1)).ravel()
    z, p, n = _z_from_sums(values, valid, lag, card)
    return GiResult(z, p, np.where(valid, card, 0).astype(np.int64), n)


def lattice_sums(grid, values, neighbourhood, distance=None):
    """Neighbourhood sums of values (NaN = no value) and neighbour counts by convolution of the lattice."""
    values = np.asarray(values, dtype=float)
    valid = np.isfinite(values)
    a, b, shape = gridmod.lattice_index(grid)
    di, dj = gridmod.lattice_offsets(grid.kind, grid.size, neighbourhood, distance)
    m_i = int(np.abs(di).max())
    m_j = int(np.abs(dj).max())
    height, width = shape
    field = np.zeros((height + 2 * m_j, width + 2 * m_i))
    field[a[valid] + m_j, b[valid] + m_i] = values[valid]
    mask = np.zeros(field.shape, dtype=np.int32)
    mask[a[valid] + m_j, b[valid] + m_i] = 1
    lag = np.zeros(shape)
    card = np.zeros(shape, dtype=np.int32)
    # one shifted slice per neighbour offset (a few dozen), each over the whole lattice
    for oi, oj in zip(di.tolist(), dj.tolist()):
        lag += field[m_j + oj:m_j + oj + height, m_i + oi:m_i + oi + width]
        card += mask[m_j + oj:m_j + oj + height, m_i + oi:m_i + oi + width]
    return lag[a, b], card[a, b].astype(float)


def gi_star(grid, values, neighbourhood=DISTANCE, distance=None, k=8, monitor=None, method="auto"):
    """Gi* for the cells of ``grid`` (a :class:`grid.Grid`). ``method``: auto, lattice or sparse."""
    monitor = ensure(monitor)
    values = np.asarray(values, dtype=float)
    if len(values) != len(grid):
        raise PlannerError("One value per grid cell is needed.")
    if neighbourhood not in NEIGHBOURHOODS:
        raise PlannerError("Unknown neighbourhood {}: use distance, knn or queen.", neighbourhood)
    if neighbourhood == DISTANCE and (distance is None or not distance > 0):
        raise PlannerError("The distance band must be a positive number of metres.")
    check_neighbourhood_memory(grid, neighbourhood, distance, k, method)
    valid = np.isfinite(values)
    use_lattice = neighbourhood in (DISTANCE, QUEEN) and method != "sparse"
    if use_lattice:
        lag, card = lattice_sums(grid, values, neighbourhood, distance)
        monitor.step(0.8)
        z, p, n = _z_from_sums(values, valid, lag, card)
        return GiResult(z, p, np.where(valid, card, 0).astype(np.int64), n)
    if neighbourhood == QUEEN:
        raise PlannerError("Queen contiguity needs the lattice method.")
    keep = np.flatnonzero(valid)
    w = binary_weights(grid.centres[keep], neighbourhood, distance, k, monitor)
    monitor.step(0.8)
    sub = gi_star_weights(values[keep], w)
    z = np.full(len(values), np.nan)
    p = np.full(len(values), np.nan)
    card = np.zeros(len(values), dtype=np.int64)
    z[keep], p[keep], card[keep] = sub.z, sub.p, sub.n_neighbours
    return GiResult(z, p, card, sub.n)


# -- significance -------------------------------------------------------------------------------------


def benjamini_hochberg(p, alpha=0.05):
    """Benjamini-Hochberg (1995) step-up: True where the hypothesis is rejected at FDR ``alpha``.

    NaN p-values are not tests (never significant, not counted in m).
    """
    p = np.asarray(p, dtype=float)
    out = np.zeros(len(p), dtype=bool)
    ok = np.flatnonzero(np.isfinite(p))
    m = len(ok)
    if m == 0:
        return out
    order = ok[np.argsort(p[ok], kind="stable")]
    thresholds = alpha * np.arange(1, m + 1) / m
    below = np.flatnonzero(p[order] <= thresholds)
    if len(below):
        out[order[: below[-1] + 1]] = True
    return out


CONFIDENCE_LEVELS = ((3, 0.01), (2, 0.05), (1, 0.10))


def gi_bins(z, p, fdr=False):
    """-3..3: hot (+) or cold (-) spot at 99 % (3), 95 % (2) or 90 % (1) confidence, 0 otherwise.

    With ``fdr`` each confidence level is decided by Benjamini-Hochberg at that level's alpha.
    """
    z = np.asarray(z, dtype=float)
    p = np.asarray(p, dtype=float)
    level = np.zeros(len(z), dtype=np.int64)
    for bin_value, alpha in reversed(CONFIDENCE_LEVELS):
        significant = benjamini_hochberg(p, alpha) if fdr else (np.isfinite(p) & (p < alpha))
        level = np.where(significant, bin_value, level)
    sign = np.where(z > 0, 1, np.where(z < 0, -1, 0))
    return (level * sign).astype(np.int64)


def rank_values(values, top_percent=10.0):
    """Rank (1 = highest value; ties share the best rank), percentile (share of cells with a value lower or
    equal, 0-100) and the top-``top_percent`` flag (rank <= ceil(n * top_percent / 100)). NaN → rank 0."""
    values = np.asarray(values, dtype=float)
    valid = np.isfinite(values)
    n = int(valid.sum())
    rank = np.zeros(len(values), dtype=np.int64)
    percentile = np.full(len(values), np.nan)
    flag = np.zeros(len(values), dtype=bool)
    if n == 0:
        return rank, percentile, flag
    v = values[valid]
    ascending = np.sort(v)
    higher = n - np.searchsorted(ascending, v, side="right")
    rank_v = higher + 1
    percentile[valid] = 100.0 * np.searchsorted(ascending, v, side="right") / n
    rank[valid] = rank_v
    cut = int(math.ceil(n * float(top_percent) / 100.0 - 1e-9))
    flag[valid] = rank_v <= cut
    return rank, percentile, flag


def idw_fill(xy, values, k=8, power=2.0, max_distance=None):
    """Fill NaN values by inverse-distance weighting of the ``k`` nearest cells that have a value.

    Returns ``(filled, was_filled)``; cells with no valued cell within ``max_distance`` stay NaN.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    values = np.asarray(values, dtype=float)
    filled = values.copy()
    known = np.isfinite(values)
    empty = np.flatnonzero(~known)
    if known.sum() == 0 or len(empty) == 0:
        return filled, np.zeros(len(values), dtype=bool)
    k = int(min(k, known.sum()))
    tree = cKDTree(xy[known])
    bound = np.inf if not max_distance else float(max_distance)
    dist, idx = tree.query(xy[empty], k=k, distance_upper_bound=bound)
    dist = dist.reshape(len(empty), k)
    idx = idx.reshape(len(empty), k)
    found = np.isfinite(dist)
    known_values = np.append(values[known], 0.0)
    with np.errstate(divide="ignore"):
        weights = np.where(found, 1.0 / np.power(np.maximum(dist, 1e-12), power), 0.0)
    total = weights.sum(axis=1)
    estimate = (weights * known_values[np.minimum(idx, len(known_values) - 1)]).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        estimate = np.where(total > 0, estimate / total, np.nan)
    filled[empty] = estimate
    was_filled = np.zeros(len(values), dtype=bool)
    was_filled[empty] = np.isfinite(estimate)
    return filled, was_filled


# -- aggregation of point observations to cells --------------------------------------------------------

AGGREGATIONS = ("mean", "max", "sum", "count")


def aggregate(cell, values, n_cells, how="mean", group=None, n_groups=1):
    """Aggregate point ``values`` into cells (and optionally into ``group``s such as periods).

    ``cell``: row of the cell holding each point (-1 = outside, ignored); ``values``: NaN = no value
    (ignored; for ``count`` every point inside counts). Returns ``(value, n_obs)``, each of shape
    (n_cells,) or (n_cells, n_groups) when ``group`` is given; cells without observation are NaN (0 for
    ``count``) with ``n_obs`` 0.
    """
    if how not in AGGREGATIONS:
        raise PlannerError("Unknown aggregation {}: use mean, max, sum or count.", how)
    cell = np.asarray(cell, dtype=np.int64)
    values = np.asarray(values, dtype=float) if values is not None else np.ones(len(cell))
    if group is None:
        group = np.zeros(len(cell), dtype=np.int64)
        shape = (n_cells,)
    else:
        group = np.asarray(group, dtype=np.int64)
        shape = (n_cells, n_groups)
    use = cell >= 0
    if how != "count":
        use &= np.isfinite(values)
    slot = cell[use] * n_groups + group[use]
    v = values[use]
    size = n_cells * n_groups
    n_obs = np.bincount(slot, minlength=size)
    if how == "count":
        out = n_obs.astype(float)
    elif how == "max":
        out = np.full(size, -np.inf)
        np.maximum.at(out, slot, v)
    else:
        out = np.bincount(slot, weights=v, minlength=size)
        if how == "mean":
            with np.errstate(invalid="ignore", divide="ignore"):
                out = out / n_obs
    if how != "count":  # a count of zero is an observation; other aggregates need a value
        out = np.where(n_obs > 0, out, np.nan)
    return out.reshape(shape), n_obs.reshape(shape)
