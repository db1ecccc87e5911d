"""Inverse distance weighting: along the flow (flow-connected IDW) and on straight lines (QGIS's formula).

* :func:`fc_idw` — only sections hydrologically connected to a point (upstream or downstream of it)
  inform it, weight 1/d^p on the flow distance;
* :func:`straight_idw` — the reference a planner knows: ``QgsIDWInterpolator`` on straight-line distance.
"""

import numpy as np

from ..monitor import ensure


def _idw_from_distances(dist, values, power):
    """IDW rows of ``dist`` (m×n, inf = not usable) on ``values`` (n×P); exact hits take the value."""
    values = np.asarray(values, dtype=float).reshape(dist.shape[1], -1)
    finite = np.isfinite(values)
    v0 = np.where(finite, values, 0.0)
    with np.errstate(divide="ignore"):
        w = np.where(np.isfinite(dist) & (dist > 0), 1.0 / np.power(np.where(dist > 0, dist, 1.0), power), 0.0)
    num = w @ v0
    den = w @ finite.astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = num / den
    exact = np.isfinite(dist) & (dist <= 0)
    if exact.any():
        en = exact.astype(float) @ v0
        ed = exact.astype(float) @ finite.astype(float)
        hit = ed > 0
        out[hit] = en[hit] / ed[hit]
    return out


def fc_idw(net, sec_reach, sec_pos, values, q_reach, q_pos, power=2.0, chunk=50000, monitor=None):
    """Inverse flow-connected distance weighting at query points (m×P); NaN where nothing is connected.

    Works on the list of flow-connected pairs (see ``RiverNetwork.flow_pairs``), so the cost follows
    the number of connected pairs, not m×n.
    """
    monitor = ensure(monitor)
    sec_reach = np.asarray(sec_reach, dtype=np.int64)
    values = np.asarray(values, dtype=float).reshape(len(sec_reach), -1)
    q_reach = np.asarray(q_reach, dtype=np.int64)
    q_pos = np.asarray(q_pos, dtype=float)
    m = len(q_reach)
    out = np.full((m, values.shape[1]), np.nan)
    finite = np.isfinite(values)
    for a in range(0, m, chunk):
        b = min(m, a + chunk)
        qi, si, dist, _ = net.flow_pairs(q_reach[a:b], q_pos[a:b], sec_reach, sec_pos)
        exact = dist <= 0
        with np.errstate(divide="ignore"):
            w = np.where(exact, 0.0, 1.0 / np.power(np.where(exact, 1.0, dist), power))
        n = b - a
        for p in range(values.shape[1]):
            f = finite[si, p]
            v = np.where(f, values[si, p], 0.0)
            num = np.bincount(qi, weights=w * v * f, minlength=n)
            den = np.bincount(qi, weights=w * f, minlength=n)
            with np.errstate(invalid="ignore", divide="ignore"):
                res = num / den
            res[den <= 0] = np.nan
            ex = exact & f
            if ex.any():
                en = np.bincount(qi[ex], weights=v[ex], minlength=n)
                ed = np.bincount(qi[ex], minlength=n)
                hit = ed > 0
                res[hit] = en[hit] / ed[hit]
            out[a:b, p] = res
        monitor.step(b / max(m, 1))
    return out


def straight_idw(sec_xy, values, q_xy, power=2.0):
    """QGIS ``QgsIDWInterpolator``: Σ z/d^p / Σ 1/d^p over every point; a point at distance 0 returns its value."""
    sec_xy = np.asarray(sec_xy, dtype=float)
    q_xy = np.asarray(q_xy, dtype=float)
    dist = np.hypot(q_xy[:, None, 0] - sec_xy[None, :, 0], q_xy[:, None, 1] - sec_xy[None, :, 1])
    return _idw_from_distances(dist, values, power)


def loo_idw_from_distances(dist, values, power):
    """Leave-one-out IDW at the data points from their n×n distance matrix."""
    d = np.array(dist, dtype=float, copy=True)
    np.fill_diagonal(d, np.inf)
    return _idw_from_distances(d, values, power)
