# ruff: noqa: N803, N806  (matrix notation: H, W, X, Σ, K as in the model papers)
"""Water-quality models along a :class:`~.river_network.RiverNetwork`.

Three ways to carry section measurements along the rivers, each with leave-one-out (LOO)
cross-validation at the sections:

* ``decay`` — HJ 2.3-2018 one-dimensional steady-state decay, C = C0·exp(−K·x / (86400·u)),
  K in 1/d, x in m, u in m/s. Measured sections set the concentration at their position; it decays
  downstream; at confluences the branches mix completely by discharge (equal weights where the
  discharge is missing) and outfalls mix in completely at their position,
  C = (Q·C + q·Co) / (Q + q). K per parameter from given rates, or calibrated per reach from
  consecutive sections, K = ln(C1/C2)·86400 / τ (τ the travel time in s). Upstream of the first
  section of a branch, values are back-calculated from the nearest section downstream.
* ``idw`` — inverse flow-connected distance weighting: only sections hydrologically connected to
  a point (upstream or downstream of it) inform it, weight 1/d^p on the flow distance.
* ``kriging`` — stream-network (tail-up) kriging: covariance σ²·exp(−h/α)·sqrt(Ω_up/Ω_down) for
  flow-connected pairs, 0 otherwise, plus a nugget; σ², α, nugget by maximum likelihood (or REML),
  a linear trend on optional covariates by generalised least squares; universal kriging
  prediction with its standard error. Fitted separately on every separate network.

``straight_idw`` is the reference the planner knows: QGIS's IDW formula on straight-line distance.
"""

import math

import numpy as np
from scipy import linalg, optimize, sparse
from scipy.sparse import csgraph

from .messages import Note, PlannerError
from .monitor import ensure

METHODS = ("decay", "idw", "kriging")


def parse_rates(text):
    """``"CODMn=0.2; NH3N=0.15"`` → ``{"CODMn": 0.2, "NH3N": 0.15}`` (1/d)."""
    rates = {}
    if not text:
        return rates
    for chunk in str(text).replace(",", ";").split(";"):
        chunk = chunk.strip()
        if not chunk:
            continue
        if "=" not in chunk and ":" not in chunk:
            raise PlannerError("DECAY_RATES must look like 'CODMn=0.2; NH3N=0.15' (1/day); got '{}'.", chunk)
        name, value = chunk.replace(":", "=").split("=", 1)
        try:
            k = float(value)
        except ValueError:
            raise PlannerError("Decay rate for {} is not a number: '{}'.", name.strip(), value.strip()) from None
        if k < 0 or not math.isfinite(k):
            raise PlannerError("Decay rate for {} must be zero or positive (1/day).", name.strip())
        rates[name.strip()] = k
    return rates


def _keys(net, reach, pos):
    reach = np.asarray(reach, dtype=np.int64)
    return reach + np.asarray(pos, dtype=float) / (net.length[reach] * (1.0 + 1e-9) + 1e-9)


def first_downstream(net, sec_reach, sec_pos, q_reach, q_pos, strict=False):
    """Index of the first section at or below each query point along the flow (-1 if none).

    ``strict``: only sections strictly below the query position (for section-to-section pairs).
    """
    sec_reach = np.asarray(sec_reach, dtype=np.int64)
    sec_pos = np.asarray(sec_pos, dtype=float)
    q_reach = np.asarray(q_reach, dtype=np.int64)
    n = net.n_reaches
    out = np.full(len(q_reach), -1, dtype=np.int64)
    if len(sec_reach) == 0:
        return out
    order = np.lexsort((sec_pos, sec_reach))
    first_on = np.full(n, -1, dtype=np.int64)
    rev = order[::-1]
    first_on[sec_reach[rev]] = rev  # last write wins: the smallest position per reach
    fds_end = np.full(n, -1, dtype=np.int64)
    for lvl in reversed(net.levels):
        d = net.down[lvl]
        has = d >= 0
        dd = d[has]
        fds_end[lvl[has]] = np.where(first_on[dd] >= 0, first_on[dd], fds_end[dd])
    ks = _keys(net, sec_reach[order], sec_pos[order])
    kq = _keys(net, q_reach, q_pos)
    j = np.searchsorted(ks, kq, side="right" if strict else "left")
    jj = np.clip(j, 0, len(order) - 1)
    same = (j < len(order)) & (sec_reach[order][jj] == q_reach)
    out = np.where(same, order[jj], fds_end[q_reach])
    return out


def travel_to_outlet(net, per_metre):
    """Cumulative ∫ per_metre dx from each reach end to the outlet (tree), per reach."""
    acc = np.zeros(net.n_reaches)
    for lvl in reversed(net.levels):
        d = net.down[lvl]
        has = d >= 0
        acc[lvl[has]] = acc[d[has]] + per_metre[d[has]] * net.length[d[has]]
    return acc


def mixing_weights(net, discharge, outfall_reach=None, outfall_q=None):
    """Weight of each reach's outflow at its downstream node: its discharge (plus outfall flows).

    Where any reach entering a confluence has no positive discharge, every reach there gets
    weight 1 (equal mixing). Returns ``(weights, equal_nodes)``.
    """
    q = np.asarray(discharge, dtype=float).copy() if discharge is not None else np.full(net.n_reaches, np.nan)
    qout = q.copy()
    if outfall_reach is not None and len(outfall_reach):
        add = np.bincount(outfall_reach, weights=np.nan_to_num(outfall_q), minlength=net.n_reaches)
        qout = qout + add
    bad = ~(np.isfinite(qout) & (qout > 0))
    n_in = np.bincount(net.to_node, minlength=net.n_nodes)
    bad_node = np.zeros(net.n_nodes, dtype=bool)
    bad_node[net.to_node[bad]] = True
    equal = bad_node[net.to_node]
    w = np.where(equal, 1.0, qout)
    equal_nodes = np.nonzero(bad_node & (n_in >= 2))[0]
    return w, equal_nodes


def decay_model(net, kk, mix_w, discharge, sec_reach, sec_pos, sec_value, q_reach, q_pos,
                outfalls=None, backfill=True, active=None):
    """Concentrations at query points for one parameter.

    Parameters
    ----------
    kk : (R,) decay per metre, K / (86400·u).
    mix_w : (R,) mixing weights at downstream nodes (see :func:`mixing_weights`).
    discharge : (R,) reach discharge (m³/s) for outfall mixing; NaN where unknown.
    sec_* : sections with a finite value for this parameter.
    outfalls : (reach, pos, q, conc) or None.
    active : optional bool mask of the reaches to compute (the others stay empty), e.g. only those
        upstream of the query points (see :func:`upstream_reaches`).

    Returns ``(values, backfilled)`` at the query points.
    """
    R = net.n_reaches
    L = net.length
    ev_r = [np.asarray(sec_reach, dtype=np.int64)]
    ev_s = [np.asarray(sec_pos, dtype=float)]
    ev_t = [np.ones(len(sec_reach), dtype=np.int64)]
    ev_v = [np.asarray(sec_value, dtype=float)]
    ev_q = [np.zeros(len(sec_reach))]
    if outfalls is not None and len(outfalls[0]):
        o_r, o_s, o_q, o_c = outfalls
        ok = np.isfinite(o_c) & np.isfinite(o_q) & (o_q > 0)
        ev_r.append(np.asarray(o_r, dtype=np.int64)[ok])
        ev_s.append(np.asarray(o_s, dtype=float)[ok])
        ev_t.append(np.zeros(int(ok.sum()), dtype=np.int64))
        ev_v.append(np.asarray(o_c, dtype=float)[ok])
        ev_q.append(np.asarray(o_q, dtype=float)[ok])
    er = np.concatenate(ev_r)
    es = np.concatenate(ev_s)
    et = np.concatenate(ev_t)
    ev = np.concatenate(ev_v)
    eq = np.concatenate(ev_q)
    order = np.lexsort((et, es, er))
    er, es, et, ev, eq = er[order], es[order], et[order], ev[order], eq[order]
    e_start = np.searchsorted(er, np.arange(R), side="left")
    e_end = np.searchsorted(er, np.arange(R), side="right")
    has_ev = e_end > e_start
    ec = np.full(len(er), np.nan)
    c_in = np.full(R, np.nan)
    c_out = np.full(R, np.nan)
    node_num = np.zeros(net.n_nodes)
    node_den = np.zeros(net.n_nodes)
    q_base = np.asarray(discharge, dtype=float) if discharge is not None else np.full(R, np.nan)
    exp = math.exp
    for lvl in net.levels:
        if active is not None:
            lvl = lvl[active[lvl]]
            if not len(lvl):
                continue
        f = net.from_node[lvl]
        den = node_den[f]
        with np.errstate(invalid="ignore", divide="ignore"):
            cin = np.where(den > 0, node_num[f] / np.where(den > 0, den, 1.0), np.nan)
        c_in[lvl] = cin
        c_out[lvl] = cin * np.exp(-kk[lvl] * L[lvl])
        for r in lvl[has_ev[lvl]]:
            c = c_in[r]
            s0 = 0.0
            k = kk[r]
            qcur = q_base[r]
            for e in range(e_start[r], e_end[r]):
                c = c * exp(-k * (es[e] - s0))
                s0 = es[e]
                if et[e] == 1:
                    c = ev[e]
                else:
                    if math.isfinite(qcur) and qcur > 0 and math.isfinite(c):
                        c = (qcur * c + eq[e] * ev[e]) / (qcur + eq[e])
                    if math.isfinite(qcur):
                        qcur += eq[e]
                ec[e] = c
            c_out[r] = c * exp(-k * (L[r] - s0))
        co = c_out[lvl]
        ok = np.isfinite(co)
        t = net.to_node[lvl][ok]
        np.add.at(node_num, t, mix_w[lvl][ok] * co[ok])
        np.add.at(node_den, t, mix_w[lvl][ok])
    # evaluate: last event at or before each query point (reach start counts as an event)
    all_r = np.concatenate([np.arange(R), er])
    all_s = np.concatenate([np.zeros(R), es])
    all_p = np.concatenate([np.zeros(R, dtype=np.int64), np.ones(len(er), dtype=np.int64)])
    all_c = np.concatenate([c_in, ec])
    o2 = np.lexsort((np.arange(len(all_r)), all_p, all_s, all_r))
    all_r, all_s, all_c = all_r[o2], all_s[o2], all_c[o2]
    keys = _keys(net, all_r, all_s)
    q_reach = np.asarray(q_reach, dtype=np.int64)
    q_pos = np.asarray(q_pos, dtype=float)
    j = np.searchsorted(keys, _keys(net, q_reach, q_pos), side="right") - 1
    j = np.maximum(j, 0)
    values = all_c[j] * np.exp(-kk[q_reach] * (q_pos - all_s[j]))
    filled = np.zeros(len(values), dtype=bool)
    if backfill:
        miss = ~np.isfinite(values)
        if miss.any() and len(sec_reach):
            e_end_acc = travel_to_outlet(net, kk)
            s_idx = first_downstream(net, sec_reach, sec_pos, q_reach[miss], q_pos[miss])
            has = s_idx >= 0
            sr = np.asarray(sec_reach)[s_idx[has]]
            sp = np.asarray(sec_pos)[s_idx[has]]
            qr = q_reach[miss][has]
            qp = q_pos[miss][has]
            e_q = e_end_acc[qr] + kk[qr] * (L[qr] - qp)
            e_s = e_end_acc[sr] + kk[sr] * (L[sr] - sp)
            back = np.asarray(sec_value, dtype=float)[s_idx[has]] * np.exp(e_q - e_s)
            idx = np.nonzero(miss)[0][has]
            values[idx] = back
            filled[idx] = True
    return values, filled


def upstream_reaches(net, reach):
    """Bool mask: ``reach`` and every reach that flows into it (through braids as well)."""
    graph = getattr(net, "_upstream_graph", None)
    if graph is None:
        n = net.n_reaches
        order = np.argsort(net.to_node, kind="stable")
        starts = np.searchsorted(net.to_node[order], net.from_node, side="left")
        ends = np.searchsorted(net.to_node[order], net.from_node, side="right")
        counts = ends - starts
        rows = np.repeat(np.arange(n), counts)
        cols = order[np.concatenate([np.arange(a, b) for a, b in zip(starts, ends)])] if counts.sum() else rows
        graph = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
        net._upstream_graph = graph
    mask = np.zeros(net.n_reaches, dtype=bool)
    mask[csgraph.breadth_first_order(graph, int(reach), directed=True, return_predecessors=False)] = True
    return mask


def calibrate_decay(net, velocity, sec_reach, sec_pos, sec_value, default_k=None):
    """Per-reach K (1/d) from consecutive sections on one flow path.

    For a section whose nearest upstream section is unique, K = ln(C_up/C_down)·86400/τ on the
    reaches between them (negative values clipped to 0). Other reaches take ``default_k``, or the
    median of the calibrated values, or 0. Returns ``(K, pairs)``.
    """
    R = net.n_reaches
    sec_reach = np.asarray(sec_reach, dtype=np.int64)
    sec_pos = np.asarray(sec_pos, dtype=float)
    v = np.asarray(sec_value, dtype=float)
    per_m = 1.0 / np.asarray(velocity, dtype=float)
    t_end = travel_to_outlet(net, per_m)
    t_sec = t_end[sec_reach] + per_m[sec_reach] * (net.length[sec_reach] - sec_pos)
    nxt = first_downstream(net, sec_reach, sec_pos, sec_reach, sec_pos, strict=True)
    counts = np.bincount(nxt[nxt >= 0], minlength=len(sec_reach))
    k_sum = np.zeros(R)
    k_cnt = np.zeros(R)
    pairs = []
    for i in np.nonzero(nxt >= 0)[0]:
        j = nxt[i]
        if counts[j] != 1:
            continue
        tau = t_sec[i] - t_sec[j]
        if not (tau > 0 and v[i] > 0 and v[j] > 0):
            continue
        k = max(0.0, math.log(v[i] / v[j]) * 86400.0 / tau)
        path = net.reach_path(sec_reach[i], sec_reach[j])
        if not path:
            continue
        k_sum[path] += k
        k_cnt[path] += 1
        pairs.append((int(i), int(j), k))
    K = np.full(R, np.nan)
    m = k_cnt > 0
    K[m] = k_sum[m] / k_cnt[m]
    if default_k is None or not math.isfinite(default_k):
        default_k = float(np.median([p[2] for p in pairs])) if pairs else 0.0
    K[~m] = default_k
    return K, pairs


# -- inverse distance weighting -------------------------------------------------------------------


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


# -- tail-up stream-network kriging --------------------------------------------------------------


class TailUpKriging:
    """Tail-up exponential covariance on flow-connected distance with a nugget and a linear trend.

    C(i, j) = σ²·exp(−h_ij/α)·w_ij for flow-connected pairs (w = sqrt(Ω_up/Ω_down)), 0 otherwise;
    plus τ² on the diagonal. Fitted by maximum likelihood (``reml=True``: restricted ML): the trend
    coefficients (generalised least squares) and the overall variance are profiled out, leaving the
    range α and the nugget share τ²/(σ² + τ²) to a coarse grid and a bounded quasi-Newton search.
    """

    def __init__(self, reml=False):
        self.reml = reml
        self.params = None  # (psill, range, nugget)
        self.beta = None

    @staticmethod
    def _tailup(H, W, psill, rng):
        with np.errstate(over="ignore", invalid="ignore"):
            return np.where(np.isfinite(H), psill * W * np.exp(-np.where(np.isfinite(H), H, 0.0) / rng), 0.0)

    def _corr(self, rng, share):
        """(1 − share)·tail-up correlation + share·I; the exponential only on flow-connected pairs."""
        R = np.zeros(self._shape)
        R.flat[self._conn] = (1.0 - share) * self._Wc * np.exp(-self._Hc / rng)
        R.flat[self._diag] += share
        return R

    def _profile(self, t):
        """−2 log-likelihood with β and the total variance profiled out; t = (log α, logit share)."""
        rng = math.exp(t[0])
        share = 1.0 / (1.0 + math.exp(-t[1]))
        R = self._corr(rng, share)
        try:
            c = linalg.cho_factor(R, lower=True, check_finite=False)
        except linalg.LinAlgError:
            return 1e300
        Ri_X = linalg.cho_solve(c, self.X, check_finite=False)
        A = self.X.T @ Ri_X
        try:
            beta = np.linalg.solve(A, Ri_X.T @ self.y)
        except np.linalg.LinAlgError:
            return 1e300
        r = self.y - self.X @ beta
        q = float(r @ linalg.cho_solve(c, r, check_finite=False))
        n = len(self.y)
        n_eff = n - self.X.shape[1] if self.reml else n
        if q <= 0 or n_eff <= 0:
            return 1e300
        value = n_eff * math.log(q / n_eff) + 2.0 * np.sum(np.log(np.diag(c[0])))
        if self.reml:
            value += np.linalg.slogdet(A)[1]
        self._last = (share, q / n_eff)
        return value

    def neg2loglik(self, params):
        """−2 log-likelihood (ML, or REML) at (psill, range, nugget), up to a constant."""
        psill, rng, nug = params
        S = self._tailup(self.H, self.W, psill, rng)
        S[np.diag_indices_from(S)] += nug
        c = linalg.cho_factor(S, lower=True)
        Si_X = linalg.cho_solve(c, self.X)
        A = self.X.T @ Si_X
        beta = np.linalg.solve(A, Si_X.T @ self.y)
        r = self.y - self.X @ beta
        value = 2.0 * np.sum(np.log(np.diag(c[0]))) + float(r @ linalg.cho_solve(c, r))
        if self.reml:
            value += np.linalg.slogdet(A)[1]
        return value

    def fit(self, H, W, X, y):
        """Fit to n data points: H (n×n flow distance, inf = unconnected), W weights, X trend (n×p), y."""
        self.H = np.asarray(H, dtype=float)
        self.W = np.where(np.isfinite(self.H), np.asarray(W, dtype=float), 0.0)
        self._shape = self.H.shape
        self._conn = np.flatnonzero(np.isfinite(self.H) & (self.W > 0))
        self._Hc = self.H.flat[self._conn]
        self._Wc = self.W.flat[self._conn]
        self._diag = np.arange(self._shape[0]) * (self._shape[0] + 1)
        self.X = np.asarray(X, dtype=float)
        self.y = np.asarray(y, dtype=float)
        fin = self.H[np.isfinite(self.H) & (self.H > 0)]
        dmax = float(fin.max()) if len(fin) else 1000.0
        dmed = float(np.median(fin)) if len(fin) else 1000.0
        lo = math.log(max(dmed * 1e-3, 1.0))
        bounds = [(lo, max(lo + 1.0, math.log(dmax * 100))), (-9.0, 9.0)]
        # coarse grid over range and nugget share, then a bounded quasi-Newton search from the best
        # grid point
        grid = []
        for rg in (0.1, 0.3, 1.0, 3.0, 10.0):
            for share in (0.05, 0.3, 0.7):
                x0 = np.clip([math.log(dmed * rg), math.log(share / (1 - share))], [b[0] for b in bounds],
                             [b[1] for b in bounds])
                grid.append((self._profile(x0), tuple(x0)))
        grid.sort()
        best = optimize.minimize(self._profile, np.array(grid[0][1]), method="L-BFGS-B", bounds=bounds)
        if grid[0][0] < best.fun:  # pragma: no cover (the search never ends above its start)
            best.x = np.array(grid[0][1])
        self._profile(best.x)
        share, total = self._last
        rng = math.exp(best.x[0])
        self.params = (total * (1.0 - share), rng, total * share)
        S = self._tailup(self.H, self.W, self.params[0], rng)
        S[np.diag_indices_from(S)] += self.params[2]
        self._chol = linalg.cho_factor(S, lower=True)
        self._Si = linalg.cho_solve(self._chol, np.eye(len(self.y)))
        Si_X = self._Si @ self.X
        self._A_inv = np.linalg.inv(self.X.T @ Si_X)
        self.beta = self._A_inv @ (Si_X.T @ self.y)
        self._Si_r = self._Si @ (self.y - self.X @ self.beta)
        self._Si_X = Si_X
        self.neg2ll = float(self.neg2loglik(self.params))
        return self

    def predict(self, H0, W0, X0):
        """Universal kriging at m points from dense flow distances/weights to the data points."""
        psill, rng, _ = self.params
        c0 = self._tailup(np.asarray(H0, dtype=float), np.asarray(W0, dtype=float), psill, rng)
        return self.predict_sparse(sparse.csr_matrix(c0), X0)

    def predict_pairs(self, m, qi, col, dist, weight, X0):
        """Universal kriging at m points from flow-connected pairs (query qi, data column col)."""
        psill, rng, _ = self.params
        c0 = sparse.csr_matrix((psill * weight * np.exp(-dist / rng), (qi, col)), shape=(m, len(self.y)))
        return self.predict_sparse(c0, X0)

    def predict_sparse(self, c0, X0):
        """Prediction and standard error of a new measurement at m points; ``c0`` the sparse m×n covariances.

        Covariances with flow-unconnected data are 0, which keeps ``c0`` sparse.
        """
        psill, rng, nug = self.params
        pred = X0 @ self.beta + c0 @ self._Si_r
        quad = np.asarray(c0.multiply(c0 @ self._Si).sum(axis=1)).ravel()
        U = X0 - c0 @ self._Si_X
        var = psill + nug - quad + np.einsum("ij,jk,ik->i", U, self._A_inv, U)
        return pred, np.sqrt(np.maximum(var, 0.0))

    def loo(self):
        """Leave-one-out predictions and prediction variances at the data (covariance fixed).

        Uses Q = Σ⁻¹ − Σ⁻¹X(XᵀΣ⁻¹X)⁻¹XᵀΣ⁻¹: the LOO error is (Qy)_i / Q_ii and its variance 1/Q_ii.
        """
        Q = self._Si - self._Si_X @ self._A_inv @ self._Si_X.T
        d = np.diag(Q)
        err = (Q @ self.y) / d
        return self.y - err, 1.0 / d


# -- validation figures ---------------------------------------------------------------------------

Z90 = 1.6448536269514722


def loo_stats(observed, predicted, variance=None):
    """RMSPE, bias (mean predicted − observed), MAE, n, and 90 % interval coverage when ``variance`` is given."""
    o = np.asarray(observed, dtype=float)
    p = np.asarray(predicted, dtype=float)
    ok = np.isfinite(o) & np.isfinite(p)
    out = {"n": int(ok.sum())}
    if not ok.any():
        out.update(rmspe=None, bias=None, mae=None)
        return out
    e = p[ok] - o[ok]
    out["rmspe"] = float(np.sqrt(np.mean(e ** 2)))
    out["bias"] = float(np.mean(e))
    out["mae"] = float(np.mean(np.abs(e)))
    if variance is not None:
        sd = np.sqrt(np.asarray(variance, dtype=float)[ok])
        out["coverage90"] = float(np.mean(np.abs(e) <= Z90 * sd))
    return out


# -- the whole run -------------------------------------------------------------------------------


def clean_values(values, names, label="section"):
    """Negative or null concentrations → NaN with a warning; an error when a parameter has none left."""
    values = np.array(values, dtype=float, copy=True).reshape(len(values), -1)
    warnings = []
    for p, name in enumerate(names):
        col = values[:, p]
        neg = np.isfinite(col) & (col < 0)
        null = ~np.isfinite(col)
        if neg.any() or null.any():
            warnings.append(
                Note("{}: {} {}(s) with a null and {} with a negative value were excluded.",
                     name, int(null.sum()), label, int(neg.sum()))
            )
        col[neg] = np.nan
        if not np.isfinite(col).any():
            raise PlannerError("Parameter {} has no usable (non-null, non-negative) value at any {}.", name, label)
    return values, warnings


def _standardise(sec_cov, seg_cov):
    mu = np.nanmean(sec_cov, axis=0)
    sd = np.nanstd(sec_cov, axis=0)
    sd = np.where(sd > 0, sd, 1.0)
    return (sec_cov - mu) / sd, (seg_cov - mu) / sd


def run_interpolation(net, seg_reach, seg_pos, sections, names, method="kriging", rates=None, calibrate=False,
                      velocity=None, discharge=None, outfalls=None, power=2.0, reml=False,
                      sec_cov=None, seg_cov=None, loo_methods=METHODS, seg_xy=None, monitor=None):
    """Interpolate every parameter along the network and cross-validate at the sections.

    Parameters
    ----------
    net : RiverNetwork
    seg_reach, seg_pos : target points (segment midpoints), m of them.
    sections : dict with ``reach``, ``pos`` (snapped positions), ``xy`` (n×2), ``values`` (n×P, NaN = missing).
    names : P parameter names.
    method : one of ``METHODS``; the others are still cross-validated when listed in ``loo_methods``.
    rates : dict name → K (1/d) for the decay model; missing → calibrated median or 0.
    velocity, discharge : per-reach arrays (m/s, m³/s).
    outfalls : dict ``reach``, ``pos``, ``q`` (m³/s), ``values`` (k×P) or None.
    sec_cov, seg_cov : covariates (n×c, m×c) for the kriging trend; NaN columns in ``seg_cov`` are
        interpolated along the network from the sections (flow-connected IDW).

    Returns a dict: ``values`` (m×P), ``se`` (m×P, kriging only, else NaN), ``loo`` {method: {"pred", "var"}},
    ``stats`` (rows per parameter and method), ``kriging`` (fitted parameters per network and parameter),
    ``warnings``.
    """
    monitor = ensure(monitor)
    if method not in METHODS:
        raise PlannerError("METHOD must be one of {}.", ", ".join(METHODS))
    rates = rates or {}
    seg_reach = np.asarray(seg_reach, dtype=np.int64)
    seg_pos = np.asarray(seg_pos, dtype=float)
    s_r = np.asarray(sections["reach"], dtype=np.int64)
    s_p = np.asarray(sections["pos"], dtype=float)
    vals, warnings = clean_values(sections["values"], names)
    n, P = vals.shape
    m = len(seg_reach)
    R = net.n_reaches
    out = np.full((m, P), np.nan)
    se = np.full((m, P), np.nan)
    loo = {}
    krig_info = []
    u = np.full(R, np.nan) if velocity is None else np.asarray(velocity, dtype=float)
    need_decay = method == "decay" or "decay" in loo_methods
    if need_decay and not (np.isfinite(u) & (u > 0)).all():
        raise PlannerError("The decay model needs a positive flow velocity on every reach (VELOCITY_FIELD / VELOCITY).")
    o_r = o_p = o_q = o_v = None
    if outfalls is not None and len(outfalls["reach"]):
        o_r = np.asarray(outfalls["reach"], dtype=np.int64)
        o_p = np.asarray(outfalls["pos"], dtype=float)
        o_q = np.asarray(outfalls["q"], dtype=float)
        o_v = np.asarray(outfalls["values"], dtype=float).reshape(len(o_r), -1)
    mix_w, equal_nodes = mixing_weights(net, discharge, o_r, o_q)
    if need_decay and len(equal_nodes):
        warnings.append(
            Note("Discharge is zero or missing at {} confluence(s); the branches were mixed with equal weights "
            "there.", len(equal_nodes))
        )
    q_base = np.full(R, np.nan) if discharge is None else np.asarray(discharge, dtype=float)
    if o_r is not None and not (np.isfinite(q_base[o_r]) & (q_base[o_r] > 0)).all():
        warnings.append(Note("Some outfalls lie on reaches without a discharge; they cannot be mixed in and were "
                             "ignored."))

    def decay_for(p, keep):
        name = names[p]
        ok = keep & np.isfinite(vals[:, p])
        default = rates.get(name)
        if calibrate:
            K, _ = calibrate_decay(net, u, s_r[ok], s_p[ok], vals[ok, p], default)
        else:
            K = np.full(R, default if default is not None else 0.0)
        kk = K / (86400.0 * u)
        outs = None if o_r is None else (o_r, o_p, o_q, o_v[:, p])
        return kk, ok, outs

    # -- main prediction ------------------------------------------------------------------------
    steps = P * (1 + len(loo_methods))
    done = 0
    if method == "decay":
        for p in range(P):
            kk, ok, outs = decay_for(p, np.ones(n, dtype=bool))
            out[:, p], filled = decay_model(net, kk, mix_w, q_base, s_r[ok], s_p[ok], vals[ok, p],
                                            seg_reach, seg_pos, outs)
            done += 1
            monitor.step(done / steps)
    elif method == "idw":
        out[:] = fc_idw(net, s_r, s_p, vals, seg_reach, seg_pos, power, monitor=monitor.sub(0, 0.3))
        done += P
    # flow-connected distances among the sections (IDW LOO, kriging)
    _, H, W = net.flow_connection(s_r, s_p, s_r, s_p)
    if "idw" in loo_methods:
        loo["idw"] = {"pred": loo_idw_from_distances(H, vals, power), "var": None}
    if "straight_idw" in loo_methods:
        D = np.hypot(*(sections["xy"][:, None, :] - sections["xy"][None, :, :]).transpose(2, 0, 1))
        loo["straight_idw"] = {"pred": loo_idw_from_distances(D, vals, power), "var": None}
    if "decay" in loo_methods:
        pred = np.full((n, P), np.nan)
        for p in range(P):
            for i in np.nonzero(np.isfinite(vals[:, p]))[0]:
                keep = np.ones(n, dtype=bool)
                keep[i] = False
                kk, ok, outs = decay_for(p, keep)
                if not ok.any():
                    continue
                v, _ = decay_model(net, kk, mix_w, q_base, s_r[ok], s_p[ok], vals[ok, p],
                                   s_r[i:i + 1], s_p[i:i + 1], outs, active=upstream_reaches(net, s_r[i]))
                pred[i, p] = v[0]
                monitor.check()
            done += 1
            monitor.step(done / steps)
        loo["decay"] = {"pred": pred, "var": None}
    if method == "kriging" or "kriging" in loo_methods:
        kr_pred = np.full((n, P), np.nan)
        kr_var = np.full((n, P), np.nan)
        use_cov = sec_cov is not None and np.asarray(sec_cov).size > 0
        if use_cov:
            sc = np.asarray(sec_cov, dtype=float).reshape(n, -1)
            gc = np.full((m, sc.shape[1]), np.nan) if seg_cov is None else np.array(seg_cov, dtype=float)
            gc = gc.reshape(m, -1)
            for c in range(sc.shape[1]):
                if np.isnan(gc[:, c]).all() and method == "kriging":
                    okc = np.isfinite(sc[:, c])
                    gc[:, c] = fc_idw(net, s_r[okc], s_p[okc], sc[okc, c], seg_reach, seg_pos, power)[:, 0]
                fill = np.nanmean(sc[:, c])
                gc[np.isnan(gc[:, c]), c] = fill
                sc[np.isnan(sc[:, c]), c] = fill
            sc, gc = _standardise(sc, gc)
        comp_s = net.component[s_r]
        comp_g = net.component[seg_reach]
        n_cov = sc.shape[1] if use_cov else 0
        for c in np.unique(comp_s):
            in_c = np.nonzero(comp_s == c)[0]
            tgt = np.nonzero(comp_g == c)[0] if method == "kriging" else np.zeros(0, dtype=np.int64)
            models = {}
            for p in range(P):
                idx = in_c[np.isfinite(vals[in_c, p])]
                if len(idx) < max(5, n_cov + 4):
                    warnings.append(
                        Note("{}: network {} has only {} section(s), too few to fit kriging; flow-connected IDW is "
                        "used there.", names[p], int(c) + 1, len(idx))
                    )
                    if len(idx) > 1:
                        kr_pred[idx, p] = loo_idw_from_distances(H[np.ix_(idx, idx)], vals[idx, p], power)[:, 0]
                    if len(tgt) and len(idx):
                        out[tgt, p] = fc_idw(net, s_r[idx], s_p[idx], vals[idx, p], seg_reach[tgt],
                                             seg_pos[tgt], power)[:, 0]
                    continue
                X = np.ones((len(idx), 1 + n_cov))
                if use_cov:
                    X[:, 1:] = sc[idx]
                model = TailUpKriging(reml=reml).fit(H[np.ix_(idx, idx)], W[np.ix_(idx, idx)], X, vals[idx, p])
                lp, lv = model.loo()
                kr_pred[idx, p] = lp
                kr_var[idx, p] = lv
                krig_info.append({
                    "parameter": names[p], "network": int(c) + 1, "sections": len(idx),
                    "partial_sill": model.params[0], "range_m": model.params[1], "nugget": model.params[2],
                    "trend": [float(b) for b in model.beta], "neg2loglik": model.neg2ll,
                })
                models[p] = (model, np.searchsorted(in_c, idx))
                monitor.check()
            if not models or not len(tgt):
                continue
            # one list of flow-connected pairs per chunk of targets serves every parameter
            for a in range(0, len(tgt), 20000):
                t = tgt[a:a + 20000]
                qi, si, dist, wt = net.flow_pairs(seg_reach[t], seg_pos[t], s_r[in_c], s_p[in_c])
                X0 = np.ones((len(t), 1 + n_cov))
                if use_cov:
                    X0[:, 1:] = gc[t]
                for p, (model, cols) in models.items():
                    colmap = np.full(len(in_c), -1, dtype=np.int64)
                    colmap[cols] = np.arange(len(cols))
                    keep = colmap[si] >= 0
                    out[t, p], se[t, p] = model.predict_pairs(len(t), qi[keep], colmap[si[keep]], dist[keep],
                                                              wt[keep], X0)
                monitor.step(0.5 + 0.5 * (a + len(t)) / len(tgt))
        loo["kriging"] = {"pred": kr_pred, "var": kr_var}
    stats = []
    for p in range(P):
        for meth in ("decay", "idw", "kriging", "straight_idw"):
            if meth not in loo:
                continue
            var = loo[meth]["var"]
            row = {"parameter": names[p], "method": meth}
            row.update(loo_stats(vals[:, p], loo[meth]["pred"][:, p], None if var is None else var[:, p]))
            stats.append(row)
    empty = ~np.isfinite(out).any(axis=1)
    if empty.any():
        warnings.append(Note("{} segment(s) have no flow-connected section and were left empty.", int(empty.sum())))
    monitor.step(1.0)
    return {"values": out, "se": se, "loo": loo, "stats": stats, "kriging": krig_info, "warnings": warnings,
            "clean_values": vals}
