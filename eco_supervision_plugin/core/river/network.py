"""Directed river network built from lines digitised in flow direction.

Pure numpy/scipy. A :class:`RiverNetwork` holds reaches (one per line part) oriented downstream,
nodes (line ends snapped together within a tolerance), the directed reach graph, its separate
networks (connected components), confluences, braids (a node with more than one outgoing reach)
and loops (directed cycles, broken where found so the graph is acyclic).

For flow-connected distances every reach has one *tree* parent, its main downstream reach
(``down``; ``-1`` at an outlet). Where a channel splits, the branch with the largest weight
(discharge or watershed area) is the main one; the others keep their own downstream reach but
receive nothing from upstream in the tree. Two points are *flow-connected* when one lies on the
tree path from the other to the outlet; their flow-connected distance is the difference of their
distances to the outlet. Branch weights give each reach its additive function value (the
product of its share of the flow at every confluence down to the outlet), used by tail-up
covariances (Ver Hoef & Peterson 2010).

Points on the network are pairs ``(reach, position)``, position in metres from the reach's
upstream end.
"""


import numpy as np
from scipy import sparse
from scipy.sparse import csgraph
from scipy.spatial import cKDTree

from ..messages import Note, PlannerError
from ..monitor import ensure


class RiverNetwork:
    """Reaches, nodes and the derived graph quantities (see module docstring)."""

    def __init__(self):
        self.reach_xy = []  # list of (m×2) vertex arrays, oriented downstream
        self.length = np.zeros(0)
        self.from_node = np.zeros(0, dtype=np.int64)
        self.to_node = np.zeros(0, dtype=np.int64)
        self.n_nodes = 0
        self.reversed = np.zeros(0, dtype=bool)  # reversed by REVERSE_FIELD or elevation
        self.reversed_by_elevation = np.zeros(0, dtype=bool)
        self.cut = np.zeros(0, dtype=bool)  # downstream connection removed to break a loop
        self.down = np.zeros(0, dtype=np.int64)  # main downstream reach (tree parent) or -1
        self.levels = []  # reach index arrays in topological order (upstream first)
        self.component = np.zeros(0, dtype=np.int64)
        self.n_components = 0
        self.dist_end = np.zeros(0)  # tree distance from the reach end to its outlet (m)
        self.tin = np.zeros(0, dtype=np.int64)
        self.tout = np.zeros(0, dtype=np.int64)
        self.weight = np.zeros(0)
        self.afv = np.zeros(0)  # additive function value (1 at an outlet)
        self.confluences = np.zeros(0, dtype=np.int64)  # nodes with ≥ 2 incoming reaches
        self.braid_nodes = np.zeros(0, dtype=np.int64)  # nodes with ≥ 2 outgoing reaches
        self.loop_reaches = []  # reaches whose downstream link was cut to break a loop
        self.equal_weight_nodes = []  # confluences that fell back to equal weights
        self.warnings = []

    @property
    def n_reaches(self):
        return len(self.length)

    # -- positions --------------------------------------------------------------------------

    def dist_to_outlet(self, reach, pos):
        """Tree distance (m) from points ``(reach, pos)`` to their outlet."""
        reach = np.asarray(reach, dtype=np.int64)
        return self.dist_end[reach] + self.length[reach] - np.asarray(pos, dtype=float)

    def downstream_of(self, ra, sa, rb, sb):
        """Boolean (broadcast): point b lies on the tree path from point a to the outlet."""
        ra = np.asarray(ra)
        rb = np.asarray(rb)
        anc = (self.tin[rb] <= self.tin[ra]) & (self.tin[ra] < self.tout[rb])
        return anc & ((ra != rb) | (np.asarray(sb) >= np.asarray(sa)))

    def flow_connection(self, ra, sa, rb, sb):
        """Flow-connected relation between point sets a (rows) and b (columns), broadcast.

        Returns ``(connected, distance, weight)``: ``distance`` the flow-connected distance
        (``inf`` where not connected) and ``weight`` sqrt(afv_upstream / afv_downstream) (0 where
        not connected).
        """
        ra = np.asarray(ra)[:, None]
        sa = np.asarray(sa, dtype=float)[:, None]
        rb = np.asarray(rb)[None, :]
        sb = np.asarray(sb, dtype=float)[None, :]
        b_down = self.downstream_of(ra, sa, rb, sb)
        a_down = self.downstream_of(rb, sb, ra, sa)
        connected = b_down | a_down
        da = self.dist_to_outlet(ra, sa)
        db = self.dist_to_outlet(rb, sb)
        distance = np.where(connected, np.abs(da - db), np.inf)
        fa = self.afv[ra]
        fb = self.afv[rb]
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where(b_down, fa / fb, fb / fa)
        weight = np.where(connected, np.sqrt(np.clip(ratio, 0.0, 1.0)), 0.0)
        return connected, distance, weight

    def _key(self, reach, pos):
        """Pre-order key: tin of the reach + fraction of the way down it (sorts a subtree contiguously)."""
        return self.tin[reach] + np.asarray(pos, dtype=float) / (self.length[reach] * (1.0 + 1e-9) + 1e-9)

    def flow_pairs(self, q_reach, q_pos, s_reach, s_pos):
        """All flow-connected (query, section) pairs, without an m×n matrix.

        The reaches of a subtree (everything upstream of a reach) are contiguous in the pre-order
        numbering, so for every query the sections upstream of it, and for every section the queries
        upstream of it, are ranges of a sorted array. Returns ``(qi, si, distance, weight)`` with
        weight sqrt(afv_up / afv_down).
        """
        q_reach = np.asarray(q_reach, dtype=np.int64)
        s_reach = np.asarray(s_reach, dtype=np.int64)
        q_pos = np.asarray(q_pos, dtype=float)
        s_pos = np.asarray(s_pos, dtype=float)
        kq = self._key(q_reach, q_pos)
        ks = self._key(s_reach, s_pos)
        dq = self.dist_to_outlet(q_reach, q_pos)
        ds = self.dist_to_outlet(s_reach, s_pos)
        tq = self.tin[q_reach].astype(float)
        ts = self.tin[s_reach].astype(float)
        uq = self.tout[q_reach].astype(float)
        us = self.tout[s_reach].astype(float)
        # sections upstream of (or level with) each query
        os_ = np.argsort(ks, kind="stable")
        kss = ks[os_]
        a1 = np.searchsorted(kss, tq, "left")
        b1 = np.searchsorted(kss, kq, "right")
        a2 = np.searchsorted(kss, tq + 1.0, "left")
        b2 = np.searchsorted(kss, uq, "left")
        qa, ea = _expand_ranges(np.concatenate([a1, a2]), np.concatenate([b1, b2]))
        qa = qa % len(q_reach) if len(q_reach) else qa
        sa = os_[ea]
        # sections strictly downstream of each query: queries upstream of each section
        oq = np.argsort(kq, kind="stable")
        kqs = kq[oq]
        a1 = np.searchsorted(kqs, ts, "left")
        b1 = np.searchsorted(kqs, ks, "left")
        a2 = np.searchsorted(kqs, ts + 1.0, "left")
        b2 = np.searchsorted(kqs, us, "left")
        sb, eb = _expand_ranges(np.concatenate([a1, a2]), np.concatenate([b1, b2]))
        sb = sb % len(s_reach) if len(s_reach) else sb
        qb = oq[eb]
        qi = np.concatenate([qa, qb])
        si = np.concatenate([sa, sb])
        dist = np.concatenate([ds[sa] - dq[qa], dq[qb] - ds[sb]])
        fq = self.afv[q_reach[qi]]
        fs = self.afv[s_reach[si]]
        n_a = len(qa)
        ratio = np.empty(len(qi))
        ratio[:n_a] = fs[:n_a] / fq[:n_a]
        ratio[n_a:] = fq[n_a:] / fs[n_a:]
        return qi, si, np.maximum(dist, 0.0), np.sqrt(np.clip(ratio, 0.0, 1.0))

    def points_xy(self, reach, pos):
        """Map coordinates of points ``(reach, pos)``."""
        reach = np.asarray(reach, dtype=np.int64)
        pos = np.asarray(pos, dtype=float)
        out = np.zeros((len(reach), 2))
        for i, (r, s) in enumerate(zip(reach, pos)):
            out[i] = _point_along(self.reach_xy[r], s)
        return out

    def reach_path(self, r_from, r_to):
        """Reaches on the tree path from ``r_from`` down to ``r_to`` (inclusive), or [] if none."""
        path = []
        r = int(r_from)
        while r >= 0:
            path.append(r)
            if r == r_to:
                return path
            r = int(self.down[r])
        return []


def _expand_ranges(starts, ends):
    """(owner, element) for every element of the ranges [starts[i], ends[i])."""
    counts = np.maximum(ends - starts, 0)
    total = int(counts.sum())
    owner = np.repeat(np.arange(len(starts)), counts)
    offset = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    return owner, np.repeat(starts, counts) + offset


def _cumlen(xy):
    d = np.hypot(np.diff(xy[:, 0]), np.diff(xy[:, 1]))
    return np.concatenate(([0.0], np.cumsum(d)))


def _lengths(parts):
    """Length of every polyline in ``parts`` at once (the last value of :func:`_cumlen` of each)."""
    counts = np.fromiter((len(p) for p in parts), dtype=np.int64, count=len(parts))
    pts = np.vstack(parts)
    owner = np.repeat(np.arange(len(parts)), counts)
    step = np.hypot(np.diff(pts[:, 0]), np.diff(pts[:, 1]))
    same = owner[1:] == owner[:-1]  # edges inside one polyline
    return np.bincount(owner[:-1][same], weights=step[same], minlength=len(parts))


def _point_along(xy, s):
    c = _cumlen(xy)
    return np.array([np.interp(s, c, xy[:, 0]), np.interp(s, c, xy[:, 1])])



def _snap_nodes(points, tolerance):
    """Cluster points closer than ``tolerance``; returns (labels, n_clusters)."""
    n = len(points)
    if n == 0:
        return np.zeros(0, dtype=np.int64), 0
    tree = cKDTree(points)
    pairs = tree.query_pairs(max(float(tolerance), 1e-9), output_type="ndarray")
    graph = sparse.coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n)) if len(pairs) else (
        sparse.coo_matrix((n, n))
    )
    count, labels = csgraph.connected_components(graph, directed=False)
    return labels.astype(np.int64), int(count)


def build_network(parts, reverse=None, elevation=None, weights=None, node_tolerance=1.0, monitor=None,
                  elevation_end=None):
    """Build a :class:`RiverNetwork`.

    Parameters
    ----------
    parts : list of (m×2) arrays
        Line vertices in a metric CRS, digitised in flow direction.
    reverse : bool array, optional
        True where a line is digitised against the flow (REVERSE_FIELD).
    elevation : float array, optional
        Mean elevation of each line; a line whose upstream neighbours are lower than its
        downstream neighbours is reversed (counted in ``reversed_by_elevation``). With
        ``elevation_end`` it is the elevation at the line's first vertex instead.
    elevation_end : float array, optional
        Elevation at the line's last vertex: a line whose last vertex is higher than its first is
        reversed (after ``reverse``; lines where either value is missing use the neighbour rule).
    weights : float array, optional
        Discharge or watershed area of each reach, for the main-channel choice at splits and
        the additive function values. Missing or non-positive at a confluence: equal weights there.
    node_tolerance : float
        Line ends closer than this (m) are one node (NODE_TOLERANCE).
    """
    monitor = ensure(monitor)
    net = RiverNetwork()
    n = len(parts)
    if n == 0:
        raise PlannerError("The river layer has no usable lines.")
    xy = [np.asarray(p, dtype=float) for p in parts]
    rev = np.zeros(n, dtype=bool) if reverse is None else np.asarray(reverse, dtype=bool).copy()
    for i in np.nonzero(rev)[0]:
        xy[i] = xy[i][::-1].copy()
    ends = np.empty((2 * n, 2))
    ends[0::2] = [p[0] for p in xy]
    ends[1::2] = [p[-1] for p in xy]
    labels, n_nodes = _snap_nodes(ends, node_tolerance)
    frm = labels[0::2].copy()
    to = labels[1::2].copy()
    length = _lengths(xy)
    zero = (frm == to) | (length <= 0)
    if zero.any():
        net.warnings.append(
            Note("{} line(s) are shorter than the node tolerance ({} m) or closed rings and were dropped.",
                 int(zero.sum()), node_tolerance)
        )
        keep = ~zero
        if not keep.any():
            raise PlannerError("No river line is longer than the node tolerance ({} m): the ends of every line were "
                               "joined into one node. Lower the node tolerance (NODE_TOLERANCE).", node_tolerance)
        idx = np.nonzero(keep)[0]
        net.kept_parts = idx
        xy = [xy[i] for i in idx]
        frm, to, length, rev = frm[idx], to[idx], length[idx], rev[idx]
        if elevation is not None:
            elevation = np.asarray(elevation, dtype=float)[idx]
        if elevation_end is not None:
            elevation_end = np.asarray(elevation_end, dtype=float)[idx]
        if weights is not None:
            weights = np.asarray(weights, dtype=float)[idx]
        n = len(idx)
    else:
        net.kept_parts = np.arange(n)
    monitor.step(0.1)

    by_elev = np.zeros(n, dtype=bool)
    if elevation is not None:
        elev = np.asarray(elevation, dtype=float)
        ok = np.isfinite(elev)
        s_node = np.zeros(n_nodes)
        c_node = np.zeros(n_nodes)
        np.add.at(s_node, frm[ok], elev[ok])
        np.add.at(c_node, frm[ok], 1)
        np.add.at(s_node, to[ok], elev[ok])
        np.add.at(c_node, to[ok], 1)
        # neighbours' mean elevation at each end, excluding the line itself
        with np.errstate(invalid="ignore", divide="ignore"):
            cs = c_node[frm] - ok
            ce = c_node[to] - ok
            es = np.where(cs > 0, (s_node[frm] - np.where(ok, elev, 0)) / np.maximum(cs, 1), np.nan)
            ee = np.where(ce > 0, (s_node[to] - np.where(ok, elev, 0)) / np.maximum(ce, 1), np.nan)
        both = np.isfinite(es) & np.isfinite(ee)
        by_elev |= both & (es < ee)
        only_s = np.isfinite(es) & ~np.isfinite(ee) & ok
        by_elev |= only_s & (es < elev)
        only_e = ~np.isfinite(es) & np.isfinite(ee) & ok
        by_elev |= only_e & (ee > elev)
        if elevation_end is not None:
            e_end = np.asarray(elevation_end, dtype=float)
            # the fields describe the line as digitised; after a REVERSE flag the first vertex is the last
            e_first = np.where(rev, e_end, elev)
            e_last = np.where(rev, elev, e_end)
            known = np.isfinite(e_first) & np.isfinite(e_last)
            by_elev = np.where(known, e_last > e_first, by_elev)
        for i in np.nonzero(by_elev)[0]:
            xy[i] = xy[i][::-1].copy()
        frm, to = np.where(by_elev, to, frm), np.where(by_elev, frm, to)
        rev = rev ^ by_elev
    net.reach_xy = xy
    net.length = length
    net.reversed = rev
    net.reversed_by_elevation = by_elev
    net.n_nodes = n_nodes
    net.weight = np.full(n, np.nan) if weights is None else np.asarray(weights, dtype=float).copy()

    # -- topological levels, breaking directed cycles ----------------------------------------
    cut = np.zeros(n, dtype=bool)
    eff_to = to.copy()
    indeg_node = np.bincount(to, minlength=n_nodes)
    indeg = indeg_node[frm].astype(np.int64)
    done = np.zeros(n, dtype=bool)
    levels = []
    loops = []
    while not done.all():
        frontier = np.nonzero(~done & (indeg == 0))[0]
        if len(frontier) == 0:
            # a directed cycle: cut the downstream link of one remaining reach
            remaining = np.nonzero(~done)[0]
            feeding = remaining[np.isin(eff_to[remaining], frm[remaining])]
            r = int(feeding[0] if len(feeding) else remaining[0])
            cut[r] = True
            loops.append(r)
            dec = (frm == eff_to[r]) & ~done
            indeg[dec] -= 1
            eff_to[r] = n_nodes + len(loops) - 1
            continue
        levels.append(frontier)
        done[frontier] = True
        dec_node = np.bincount(eff_to[frontier], minlength=n_nodes + len(loops) + 1)
        indeg -= dec_node[frm]
        monitor.step(0.1 + 0.3 * done.mean())
    n_nodes_total = n_nodes + len(loops)
    net.n_nodes = n_nodes_total
    net.from_node = frm
    net.to_node = eff_to
    net.cut = cut
    net.loop_reaches = loops
    net.levels = levels
    if loops:
        net.warnings.append(
            Note("{} loop(s) in the flow direction were found; the downstream link of reach(es) {} was cut.",
                 len(loops), ", ".join(str(r) for r in loops[:10]))
        )

    # -- confluences, braids, main downstream reach ------------------------------------------
    n_in = np.bincount(eff_to, minlength=n_nodes_total)
    n_out = np.bincount(frm, minlength=n_nodes_total)
    net.confluences = np.nonzero(n_in >= 2)[0]
    net.braid_nodes = np.nonzero(n_out >= 2)[0]
    w = net.weight
    w_rank = np.where(np.isfinite(w), w, -np.inf)
    order = np.lexsort((-length, -w_rank, frm))  # per from-node: largest weight, then longest first
    first = np.full(n_nodes_total, -1, dtype=np.int64)
    sorted_nodes = frm[order]
    is_first = np.ones(len(order), dtype=bool)
    is_first[1:] = sorted_nodes[1:] != sorted_nodes[:-1]
    first[sorted_nodes[is_first]] = order[is_first]
    down = first[eff_to]
    net.down = down
    if len(net.braid_nodes):
        net.warnings.append(
            Note("{} split(s) of the flow (braids or distributaries) were found; the branch with the largest "
            "discharge/area carries the flow-connected distances, the others start afresh.", len(net.braid_nodes))
        )

    # -- separate networks --------------------------------------------------------------------
    g = sparse.coo_matrix((np.ones(n), (frm, to)), shape=(n_nodes, n_nodes))
    _, node_comp = csgraph.connected_components(g, directed=False)
    _, comp = np.unique(node_comp[frm], return_inverse=True)
    net.component = comp.astype(np.int64)
    net.n_components = int(comp.max()) + 1 if n else 0

    # -- distances to the outlet (tree), additive function values ---------------------------
    prop = _branch_proportions(net)
    dist_end = np.zeros(n)
    afv = np.ones(n)
    for lvl in reversed(levels):
        d = down[lvl]
        has = d >= 0
        dist_end[lvl[has]] = dist_end[d[has]] + length[d[has]]
        afv[lvl[has]] = prop[lvl[has]] * afv[d[has]]
    net.dist_end = dist_end
    net.afv = afv
    monitor.step(0.6)
    _euler_tour(net)
    monitor.step(1.0)
    return net


def _branch_proportions(net):
    """Share of each reach at its tree confluence (1 where it has no sibling)."""
    n = net.n_reaches
    down = net.down
    prop = np.ones(n)
    has = down >= 0
    if not has.any():
        return prop
    w = net.weight
    child = np.nonzero(has)[0]
    parent = down[child]
    count = np.bincount(parent, minlength=n)
    multi = count[parent] >= 2
    bad = ~(np.isfinite(w[child]) & (w[child] > 0))
    bad_parent = np.zeros(n, dtype=bool)
    bad_parent[parent[bad & multi]] = True
    wc = np.where(bad_parent[parent], 1.0, np.where(np.isfinite(w[child]), w[child], 1.0))
    total = np.bincount(parent, weights=wc, minlength=n)
    prop[child] = wc / total[parent]
    equal = np.nonzero(bad_parent)[0]
    if len(equal) and np.isfinite(w).any():
        nodes = sorted(set(int(net.from_node[p]) for p in equal))
        net.equal_weight_nodes = nodes
        net.warnings.append(
            Note("Discharge/area is zero or missing at {} confluence(s); equal weights were used there.", len(nodes))
        )
    elif len(equal):
        net.equal_weight_nodes = sorted(set(int(net.from_node[p]) for p in equal))
    return prop


def _euler_tour(net):
    """Pre-order numbering of the reach tree (root = outlet reach, children = upstream reaches)."""
    n = net.n_reaches
    down = net.down
    kids_order = np.argsort(down, kind="stable")
    sorted_down = down[kids_order]
    starts = np.searchsorted(sorted_down, np.arange(n), side="left")
    ends = np.searchsorted(sorted_down, np.arange(n), side="right")
    tin = np.zeros(n, dtype=np.int64)
    tout = np.zeros(n, dtype=np.int64)
    t = 0
    roots = np.nonzero(down < 0)[0]
    for root in roots:
        stack = [(int(root), False)]
        while stack:
            r, closing = stack.pop()
            if closing:
                tout[r] = t
                continue
            tin[r] = t
            t += 1
            stack.append((r, True))
            for c in kids_order[starts[r]:ends[r]]:
                stack.append((int(c), False))
    net.tin = tin
    net.tout = tout
