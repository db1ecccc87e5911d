# ruff: noqa: N803, N806  (matrix notation: R reaches, L lengths, K rates as in the model papers)
"""HJ 2.3-2018 one-dimensional steady-state decay along the network, C = C0·exp(−K·x / (86400·u)).

K in 1/d, x in m, u in m/s. Measured sections set the concentration at their position; it decays
downstream; at confluences the branches mix completely by discharge (equal weights where the
discharge is missing) and outfalls mix in completely at their position, C = (Q·C + q·Co) / (Q + q).
K per parameter from given rates, or calibrated per reach from consecutive sections,
K = ln(C1/C2)·86400 / τ (τ the travel time in s). Upstream of the first section of a branch, values
are back-calculated from the nearest section downstream.
"""

import math

import numpy as np

from ..messages import PlannerError
from .transport import _keys, first_downstream, travel_to_outlet


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

