"""Transport along a :class:`~.network.RiverNetwork`: what flows where, how long it takes, how it mixes.

Shared by every model that carries something downstream (the decay model of riverinterpolation,
spill transport, outfall response matrices):

* :func:`travel_to_outlet` — ∫ f dx from each reach end to the outlet along the tree (travel time
  with f = 1/u, decay exponent with f = K/(86400·u));
* :func:`reach_travel_time` — seconds to travel each reach, L/u;
* :func:`mixing_weights` — complete mixing at confluences by discharge (equal weights where it is missing);
* :func:`first_downstream` — the first section at or below each point along the flow;
* :func:`upstream_reaches` — every reach that flows into a reach (through braids as well).
"""

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph


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

