"""Flow paths of the spill early warning on the directed river network: per (point, spill) pair the travel
time τ = Σ L/u, the temporal variance σ² = Σ 2EL/u³ and the flow distance along the tree path, whether a
reach on the path lacks velocity, discharge or dispersion, and the status of points downstream of no
spill. Pure numpy."""

import numpy as np

from ..messages import Note

# The river network API, in one place.
from .network import _expand_ranges as expand_ranges  # noqa: F401 (used by .spill)
from .spill_inputs import (
    NO_DISCHARGE,
    NO_DISPERSION,
    NO_VELOCITY,
    OFF_NETWORK,
    OTHER_BRANCH,
    OTHER_NETWORK,
    TAU_MIN,
    UPSTREAM,
)
from .transport import travel_to_outlet


class SpillPaths:
    """Per-reach cumulative quantities to the outlet: travel time, variance, bad-reach counts."""

    def __init__(self, net, hyd):
        length = net.length
        u = np.asarray(hyd.velocity, dtype=float)
        q = np.asarray(hyd.discharge, dtype=float)
        e = np.asarray(hyd.dispersion, dtype=float)
        self.bad = {
            NO_VELOCITY: ~(np.isfinite(u) & (u > 0)),
            NO_DISCHARGE: ~(np.isfinite(q) & (q > 0)),
            NO_DISPERSION: ~(np.isfinite(e) & (e > 0)),
        }
        self.u = np.where(self.bad[NO_VELOCITY], 1.0, u)
        self.q = np.where(self.bad[NO_DISCHARGE], 1.0, q)
        e = np.where(self.bad[NO_DISPERSION], 1.0, e)
        self.var_rate = 2.0 * e / self.u ** 3  # s²/m
        self.t_end = travel_to_outlet(net, 1.0 / self.u)
        self.v_end = travel_to_outlet(net, self.var_rate)
        self.bad_end = {code: travel_to_outlet(net, b / length) for code, b in self.bad.items()}
        self.net = net

    def to_outlet(self, reach, pos):
        rest = self.net.length[reach] - pos
        return self.t_end[reach] + rest / self.u[reach], self.v_end[reach] + rest * self.var_rate[reach]

    def bad_code(self, rs, rp):
        """First bad code on the tree path from reach ``rs`` down to reaches ``rp`` ('' where fine)."""
        out = np.full(len(rp), "", dtype=object)
        for code in (NO_DISPERSION, NO_DISCHARGE, NO_VELOCITY):  # last write wins: velocity first
            cnt = self.bad_end[code][rs] + self.bad[code][rs] - self.bad_end[code][rp]
            out[cnt > 0.5] = code
        return out


def spill_pairs(net, path, sp, r_pts, p_pts, on_net):
    """Flow-connected (point, spill) pairs with τ, σ², flow distance and the bad-path code."""
    s_reach, s_pos = sp[0], sp[1]
    cols = {k: [] for k in ("pt", "sp", "tau", "var", "dist", "bad")}
    idx_on = np.nonzero(on_net)[0]
    for j in range(len(s_reach)):
        rs, ps = int(s_reach[j]), float(s_pos[j])
        if rs < 0:
            continue
        down = net.downstream_of(rs, ps, r_pts[idx_on], p_pts[idx_on])
        pt = idx_on[down]
        rp, pp = r_pts[pt], p_pts[pt]
        t_s, v_s = path.to_outlet(np.array([rs]), np.array([ps]))
        t_p, v_p = path.to_outlet(rp, pp)
        tau = t_s[0] - t_p
        var = v_s[0] - v_p
        short = tau < TAU_MIN
        tau = np.where(short, TAU_MIN, tau)
        var = np.where(short, path.var_rate[rp] * path.u[rp] * TAU_MIN, np.maximum(var, 1e-12))
        cols["pt"].append(pt)
        cols["sp"].append(np.full(len(pt), j, dtype=np.int64))
        cols["tau"].append(tau)
        cols["var"].append(var)
        cols["dist"].append(net.dist_to_outlet(rs, ps) - net.dist_to_outlet(rp, pp))
        cols["bad"].append(path.bad_code(rs, rp))
    if not cols["pt"]:
        return None
    out = {k: np.concatenate(v) for k, v in cols.items()}
    order = np.lexsort((out["sp"], out["pt"]))
    return {k: v[order] for k, v in out.items()}


def classify_unreached(net, r_rec, p_rec, s_reach, s_pos):
    """Status of receptors that lie downstream of no spill."""
    ok = s_reach >= 0
    rs, ps = s_reach[ok], s_pos[ok]
    status = np.full(len(r_rec), OFF_NETWORK, dtype=object)
    on = r_rec >= 0
    if not on.any():
        return status
    r, p = r_rec[on], p_rec[on]
    same_net = (net.component[r][:, None] == net.component[rs][None, :]).any(axis=1)
    up = net.downstream_of(r[:, None], p[:, None], rs[None, :], ps[None, :]).any(axis=1)
    status[np.nonzero(on)[0]] = np.where(~same_net, OTHER_NETWORK, np.where(up, UPSTREAM, OTHER_BRANCH))
    return status


def path_notes(net, s_reach):
    """Notes on spills whose flow path meets a split of the flow or ends at a cut loop."""
    notes = []
    n_out = np.bincount(net.from_node, minlength=net.n_nodes)
    splits = (n_out[net.to_node] >= 2).astype(float)
    split_end = travel_to_outlet(net, splits / net.length)
    roots = np.nonzero(net.down < 0)[0]
    for j, r in enumerate(s_reach):
        if r < 0:
            continue
        if split_end[r] + splits[r] > 0.5:
            notes.append(Note("Spill {}: the flow splits downstream (braid or distributary); the whole plume is "
                              "followed down the main branch, the other branches are reported as not reached.", j + 1))
        root = roots[(net.tin[roots] <= net.tin[r]) & (net.tin[r] < net.tout[roots])]
        if len(root) and net.cut[root[0]]:
            notes.append(Note("Spill {}: the flow path runs into a loop of the river lines, cut at reach {}; the plume "
                              "is not followed beyond it.", j + 1, int(root[0])))
    return notes
