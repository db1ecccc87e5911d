# ruff: noqa: N803, N806  (matrix notation: A response matrix, L loads, Q flows as in the model papers)
"""Outfall contributions and allowable loads on the river network (issue 15).

``plan_outfall_allocation(lines, checkpoints, outfalls, options) -> AllocationPlan``

With fixed flows the HJ 2.3 decay model (:func:`.decay.decay_model`) is affine in the outfall loads:
the concentration at checkpoint i is ``b_i + Σ_j a_ij·L_j`` (L in g/s, C in mg/L = g/m³), with

    a_ij = exp(−(H_j − H_i)) / (Q_j + q_j)

where ``H(point)`` is the log of the transfer factor from the point to the outlet along the tree:
``K/(86400·u)·dx`` on each reach, ``−log(Q/(Q+q))`` at every later outfall on a reach (Q the
running reach flow) and ``−log(w_r/Σw)`` at each confluence (``w`` from :func:`.transport.mixing_weights`,
outfall flows included). ``Q_j`` is the reach discharge plus the earlier outfall flows on that reach.
The background ``b`` is one ``decay_model`` pass from the sources' heads with the outfall flows at zero
concentration. Loads are reported in t/a (1 g/s = 31.536 t/a).

Allocation per parameter (scipy ``linprog``, HiGHS) under ``A·L + b ≤ (1 − margin)·limit``:
objective 0 the capacity (maximise Σ L), 1 the smallest total reduction (L ≤ today's loads),
2 the equal-percentage reduction (closed form).
"""

import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from scipy.optimize import linprog

from ...standards import gb3838
from ..messages import N_, Note, PlannerError
from .decay import decay_model
from .geometry import segment_network, snap_points
from .plan import _columns
from .system import NetworkOptions, build_river_system
from .transport import mixing_weights

GS_TO_TA = 31.536  # 1 g/s = 31.536 t/a
OBJECTIVES = ("capacity", "least_reduction", "equal_percentage")


@dataclass
class CheckpointInput:
    """Checkpoints (control sections, intakes): ``xy`` (n×2, metric CRS), ``target_class`` (n, 1..5),
    ``labels`` (n names)."""

    xy: np.ndarray
    target_class: np.ndarray
    labels: list


@dataclass
class AllocationOptions:
    """``parameters`` GB 3838 item names; ``rates`` K (1/d) per parameter; ``objective`` 0/1/2;
    ``safety_margin`` fraction of the limit kept in reserve; ``background`` mg/L at the sources per
    parameter (missing → 0); ``background_columns`` per parameter the name of a ``RiverLines.columns``
    column read at each source reach (mg/L; NaN there → ``background``); ``min_load``/``max_load`` t/a per
    outfall for every parameter (NaN = none), ``min_loads``/``max_loads`` per parameter name an array
    that overrides them where it is not NaN; ``segment_length`` of the river segments with the
    concentration before and after the allocation."""

    parameters: list
    rates: dict
    objective: int = 0
    safety_margin: float = 0.1
    background: dict = field(default_factory=dict)
    snap_tolerance: float = 200.0
    network: NetworkOptions = field(default_factory=NetworkOptions)
    min_load: Optional[np.ndarray] = None
    max_load: Optional[np.ndarray] = None
    background_columns: dict = field(default_factory=dict)
    min_loads: dict = field(default_factory=dict)
    max_loads: dict = field(default_factory=dict)
    segment_length: Optional[float] = 500.0  # m; None: no segments (before/after concentrations)
    curve_margins: tuple = (0.0, 0.05, 0.1, 0.2, 0.3)  # capacity against the safety margin


@dataclass
class ParameterAllocation:
    """One parameter. Arrays over checkpoints (n) and outfalls (k); loads in t/a, concentrations mg/L.

    ``response`` (n×k) mg/L per t/a; ``allowable`` NaN where an outfall has no checkpoint below and no
    maximum; ``status`` "optimal", "infeasible" or "no_constraint"."""

    name: str
    item: str
    rate: float
    response: np.ndarray
    background: np.ndarray
    limit: np.ndarray
    current: np.ndarray
    current_load: np.ndarray
    constrained: np.ndarray
    allowable: np.ndarray
    reduction_pct: np.ndarray
    worst_checkpoint: np.ndarray
    worst_contribution: np.ndarray
    binding: np.ndarray
    status: str
    status_note: Optional[Note]
    capacity: float
    capacity_curve: list = field(default_factory=list)  # (safety margin, capacity t/a or NaN) pairs
    segment_before: Optional[np.ndarray] = None  # mg/L at the segments' midpoints, today's loads
    segment_after: Optional[np.ndarray] = None  # ... with the allowable loads (today's where none)

    @property
    def failing(self):
        return self.current > self.limit * (1 + 1e-9)

    def contributions(self):
        """(n×k) mg/L at each checkpoint from each outfall's current load."""
        return self.response * self.current_load[None, :]


def _num(v, digits=6):
    v = float(v)
    return round(v, digits) if math.isfinite(v) else None


def _column(values, digits=6):
    """:func:`_num` over a whole array (one rounding, NULL for NaN/inf)."""
    values = np.asarray(values, dtype=float)
    finite = np.isfinite(values)
    out = np.round(np.where(finite, values, 0.0), digits).tolist()
    return out if finite.all() else [v if f else None for v, f in zip(out, finite.tolist())]


@dataclass
class AllocationPlan:
    """The result: snapped checkpoints and outfalls (reach -1 = off the network) and one
    :class:`ParameterAllocation` per parameter; rows and report figures for the writers."""

    system: object
    checkpoint_reach: np.ndarray
    checkpoint_pos: np.ndarray
    outfall_reach: np.ndarray
    outfall_pos: np.ndarray
    outfall_q: np.ndarray
    parameters: list  # ParameterAllocation per parameter
    warnings: list
    objective: int
    safety_margin: float
    checkpoint_labels: list
    outfall_labels: list
    segments: object = None  # geometry.Segments or None

    def segment_schema(self):
        schema = [("seg_id", "int"), ("reach_fid", "long")]
        for p in self.parameters:
            schema += [("{}_before".format(p.name), "double"), ("{}_cls_b".format(p.name), "int"),
                       ("{}_after".format(p.name), "double"), ("{}_cls_a".format(p.name), "int")]
        return schema

    def segment_vertices(self):
        """All segments' vertices as ``(points T×2, counts)`` (segment i is the next ``counts[i]`` points), cut once
        and kept: the writer and the map both draw them."""
        if getattr(self, "_segment_vertices", None) is None:
            self._segment_vertices = cut_segments(self.system.net.reach_xy, self.segments)
        return self._segment_vertices

    def segment_attributes(self):
        """Attribute lists per segment in the order of :meth:`segment_schema` (NULL for NaN)."""
        seg = self.segments
        columns = [range(1, len(seg) + 1), self.system.reach_fid[seg.reach].astype(np.int64).tolist()]
        for p in self.parameters:
            for values in (p.segment_before, p.segment_after):
                cls = gb3838.classify_array(p.item, values)
                columns += [_column(values), [int(c) or None for c in cls.tolist()]]
        return [list(row) for row in zip(*columns)]

    def segment_rows(self):
        """(vertices m×2, attribute list) per segment, in the order of :meth:`segment_schema`."""
        points, counts = self.segment_vertices()
        return zip(np.split(points, np.cumsum(counts)[:-1]), self.segment_attributes())

    def outfall_schema(self):
        schema = [("outfall", "string"), ("reach_fid", "long"), ("flow_m3s", "double")]
        for p in self.parameters:
            n = p.name
            schema += [("{}_load_ta".format(n), "double"), ("{}_worst".format(n), "string"),
                       ("{}_contrib".format(n), "double"), ("{}_allow_ta".format(n), "double"),
                       ("{}_reduce".format(n), "double"), ("{}_note".format(n), "string")]
        return schema

    def outfall_rows(self, translate=str):
        """(None, attribute list) per outfall in the order of :meth:`outfall_schema` (the writer adds the point)."""
        rows = []
        for j, label in enumerate(self.outfall_labels):
            r = int(self.outfall_reach[j])
            attrs = [label, int(self.system.reach_fid[r]) if r >= 0 else None, _num(self.outfall_q[j])]
            for p in self.parameters:
                w = int(p.worst_checkpoint[j])
                if r < 0:
                    note = translate(N_("off the network"))
                elif not p.constrained[j]:
                    note = translate(N_("no checkpoint below"))
                else:
                    note = ""
                attrs += [_num(p.current_load[j]), self.checkpoint_labels[w] if w >= 0 else None,
                          _num(p.worst_contribution[j]), _num(p.allowable[j]), _num(p.reduction_pct[j], 2), note]
            rows.append((None, attrs))
        return rows

    CONTRIBUTION_SCHEMA = (("checkpoint", "string"), ("parameter", "string"), ("rank", "int"),
                           ("source", "string"), ("conc_mgl", "double"), ("share_pct", "double"),
                           ("total_mgl", "double"), ("limit_mgl", "double"), ("fails", "int"))

    def contribution_rows(self, translate=str, top=None):
        """Checkpoint × source (outfalls and the background) shares of today's concentration, ranked."""
        rows = []
        names = [translate(N_("background"))] + list(self.outfall_labels)
        for p in self.parameters:
            contrib = p.contributions()
            for i in np.nonzero(self.checkpoint_reach >= 0)[0].tolist():
                vals = np.concatenate([[p.background[i]], contrib[i]])
                order = np.argsort(-vals, kind="stable")
                order = order[vals[order] > 0][:top]
                total = float(p.current[i])
                conc = np.round(vals[order], 6).tolist()
                share = np.round(100.0 * vals[order] / total, 3).tolist() if total > 0 else [None] * len(order)
                head = [self.checkpoint_labels[i], p.name]
                tail = [_num(total), _num(p.limit[i]), int(bool(p.failing[i]))]
                rows.extend(head + [rank, names[o], c, sh] + tail
                            for rank, (o, c, sh) in enumerate(zip(order.tolist(), conc, share), start=1))
        return rows

    def _worst_checkpoint(self, p, contrib, translate, top=8):
        """The checkpoint with the highest concentration/limit ratio today and its largest sources (mg/L)."""
        on = np.nonzero((self.checkpoint_reach >= 0) & (p.limit > 0))[0]
        if not len(on):
            return None
        i = int(on[np.argmax(p.current[on] / p.limit[on])])
        order = [int(j) for j in np.argsort(-contrib[i], kind="stable") if contrib[i, j] > 0][:top]
        sources = [{"source": translate(N_("background")), "conc_mgl": _num(p.background[i])}]
        sources += [{"source": self.outfall_labels[j], "conc_mgl": _num(contrib[i, j])} for j in order]
        return {"checkpoint": self.checkpoint_labels[i], "conc_mgl": _num(p.current[i]), "limit_mgl": _num(p.limit[i]),
                "ratio": _num(p.current[i] / p.limit[i], 4), "sources": sources}

    def report(self, crs="", translate=str):
        """The figures of the JSON/HTML report."""
        out = []
        for p in self.parameters:
            contrib = p.contributions()
            failing = []
            for i in np.nonzero(p.failing)[0]:
                order = [int(j) for j in np.argsort(-contrib[i]) if contrib[i, j] > 0][:5]
                failing.append({"checkpoint": self.checkpoint_labels[i], "conc_mgl": _num(p.current[i]),
                                "limit_mgl": _num(p.limit[i]), "background_mgl": _num(p.background[i]),
                                "outfalls_in_order": ", ".join(self.outfall_labels[j] for j in order)})
            worst = self._worst_checkpoint(p, contrib, translate)
            out.append({
                "worst_checkpoint": worst,
                "parameter": p.name, "gb3838_item": p.item, "decay_rate_per_day": p.rate, "status": p.status,
                "status_note": translate(p.status_note) if p.status_note else "",
                "capacity_t_a": _num(p.capacity, 3), "current_load_t_a": _num(np.nansum(p.current_load), 3),
                "failing_checkpoints": failing,
                "binding_checkpoints": ", ".join(self.checkpoint_labels[i] for i in np.nonzero(p.binding)[0]),
                "outfalls_without_checkpoint_below": int((~p.constrained).sum()),
                "capacity_by_margin": [{"safety_margin_pct": _num(100.0 * m_, 3), "capacity_t_a": _num(c_, 3)}
                                       for m_, c_ in p.capacity_curve],
            })
        return {
            "algorithm": "ecosupervision:outfallallocation",
            "standard": "GB 3838-2002 Table 1; HJ 2.3-2018 (decay model)",
            "objective": OBJECTIVES[self.objective], "objective_index": self.objective,
            "safety_margin_pct": 100.0 * self.safety_margin, "crs": crs,
            "checkpoints": int((self.checkpoint_reach >= 0).sum()), "outfalls": len(self.outfall_labels),
            "outfalls_on_network": int((self.outfall_reach >= 0).sum()), "parameters": out,
            "warnings": [translate(w) for w in self.warnings],
        }


def cut_segments(reach_xy, seg):
    """:func:`.geometry.cut_line` for every segment at once → ``(points T×2, counts)``.

    One interpolation over all reaches' vertices laid end to end (positions offset per reach, kept strictly
    apart); each segment is its start point, the reach vertices strictly inside it, and its end point.
    """
    counts = np.array([len(xy) for xy in reach_xy], dtype=np.int64)
    xy = np.concatenate(reach_xy) if len(reach_xy) else np.zeros((0, 2))
    first = np.cumsum(counts) - counts
    step = np.hypot(*np.diff(xy, axis=0).T) if len(xy) else np.zeros(0)
    step[first[1:] - 1] = 0.0  # no length between one reach's last vertex and the next one's first
    along = np.concatenate([[0.0], np.cumsum(step)])
    gap = 1.0 + np.arange(len(counts), dtype=float)
    g = along + np.repeat(gap, counts)
    offset = along[first] + gap
    g_start, g_end = offset[seg.reach] + seg.start, offset[seg.reach] + seg.end
    lo = np.searchsorted(g, g_start, side="right")
    inner = np.maximum(np.searchsorted(g, g_end, side="left") - lo, 0)
    n = inner + 2
    at = np.cumsum(n) - n  # each segment's first point in the output
    points = np.empty((int(n.sum()), 2))
    for t, where in ((g_start, at), (g_end, at + n - 1)):
        points[where, 0] = np.interp(t, g, xy[:, 0])
        points[where, 1] = np.interp(t, g, xy[:, 1])
    k = np.arange(int(inner.sum())) - np.repeat(np.cumsum(inner) - inner, inner)  # rank inside the segment
    points[np.repeat(at + 1, inner) + k] = xy[np.repeat(lo, inner) + k]
    return points, n


def transfer_potential(net, kk, mix_w, discharge, o_reach, o_pos, o_q, p_reach, p_pos):
    """``H`` at points and just below each outfall, and each outfall's dilution flow ``Q_j + q_j``.

    Returns ``(H_points, H_outfalls, q_mix)``: ``exp(−(H_a − H_b))`` is the transfer factor of a
    concentration from point a to a point b downstream on the tree.
    """
    R = net.n_reaches
    L = net.length
    o_reach = np.asarray(o_reach, dtype=np.int64)
    o_pos = np.asarray(o_pos, dtype=float)
    o_q = np.asarray(o_q, dtype=float)
    order = np.lexsort((np.arange(len(o_reach)), o_pos, o_reach))
    sr, sp, sq = o_reach[order], o_pos[order], o_q[order]
    starts = np.searchsorted(sr, np.arange(R), side="left")
    before = np.cumsum(sq) - sq  # q of earlier outfalls (all reaches)
    q_run = np.asarray(discharge, dtype=float)[sr] + before - before[starts[sr]] if len(sr) else np.zeros(0)
    ell = np.log((q_run + sq) / q_run)  # −log(Q/(Q+q))
    cum = np.cumsum(ell)
    d_tot = np.bincount(sr, weights=ell, minlength=R)
    # suffix of dilution after each outfall on its reach
    end_cum = np.concatenate([[0.0], cum])[np.searchsorted(sr, np.arange(R), side="right")]
    w_sum = np.bincount(net.to_node, weights=mix_w, minlength=net.n_nodes)
    h_end = np.zeros(R)
    h_start = np.zeros(R)
    for lvl in reversed(net.levels):
        d = net.down[lvl]
        has = d >= 0
        h_end[lvl[has]] = -np.log(mix_w[lvl[has]] / w_sum[net.to_node[lvl[has]]]) + h_start[d[has]]
        h_start[lvl] = h_end[lvl] + kk[lvl] * L[lvl] + d_tot[lvl]
    h_out_sorted = h_end[sr] + kk[sr] * (L[sr] - sp) + (end_cum[sr] - cum)
    h_out = np.empty(len(o_reach))
    h_out[order] = h_out_sorted
    q_mix = np.empty(len(o_reach))
    q_mix[order] = q_run + sq
    p_reach = np.asarray(p_reach, dtype=np.int64)
    p_pos = np.asarray(p_pos, dtype=float)
    keys_o = sr + sp / (L[sr] * (1 + 1e-9) + 1e-9)
    keys_p = p_reach + p_pos / (L[p_reach] * (1 + 1e-9) + 1e-9)
    j = np.searchsorted(keys_o, keys_p, side="right")  # outfalls strictly below mix after the point
    cum0 = np.concatenate([[0.0], cum])
    h_pts = h_end[p_reach] + kk[p_reach] * (L[p_reach] - p_pos) + (end_cum[p_reach] - cum0[j])
    return h_pts, h_out, q_mix


def _as_class(value):
    """A numeric class from a field (3.0) as an int; text ("III", "Ⅲ类") unchanged."""
    if isinstance(value, (float, np.floating)) and math.isfinite(value) and float(value).is_integer():
        return int(value)
    return value


def _source_heads(net):
    n_in = np.bincount(net.to_node, minlength=net.n_nodes)
    return np.nonzero(n_in[net.from_node] == 0)[0]


def _background(net, kk, mix_w, discharge, o_reach, o_pos, o_q, c_reach, c_pos, heads, value, o_conc=None):
    """The decay model from the sources' ``heads`` (``value`` mg/L per head) with the outfalls at ``o_conc``
    (default 0)."""
    if not np.any(value) and o_conc is None:
        return np.zeros(len(c_reach))
    conc = np.zeros(len(o_reach)) if o_conc is None else o_conc
    vals, _ = decay_model(net, kk, mix_w, discharge, heads, np.zeros(len(heads)), value,
                          c_reach, c_pos, outfalls=(o_reach, o_pos, o_q, conc), backfill=False)
    return np.nan_to_num(vals)


def _head_background(system, heads, options, name, code):
    """Background (mg/L) at each source head: the parameter's column at the head's reach, else its value."""
    value = float(options.background.get(name, options.background.get(code, 0.0)) or 0.0)
    out = np.full(len(heads), value)
    column = options.background_columns.get(name, options.background_columns.get(code))
    if column is not None:
        per_head = system.reach_values(system.lines.columns[column])[heads]
        if (per_head[np.isfinite(per_head)] < 0).any():
            raise PlannerError("Background concentrations of {} at the sources cannot be negative (field {}).", name,
                               column)
        out = np.where(np.isfinite(per_head), per_head, value)
    return out


def _bound(default, by_name, name, code):
    """Per-parameter load bounds over the common ones (NaN in the per-parameter array keeps the common one)."""
    own = by_name.get(name, by_name.get(code))
    if own is None:
        return default
    own = np.asarray(own, dtype=float)
    return np.where(np.isfinite(own), own, default)


def _allocate(A, b, cap, L0, lo, hi, objective, labels):
    """LP (or closed form) for one parameter over the outfalls with a checkpoint below (the columns of
    ``A`` with a positive entry) → (allowable, binding, status, note); other columns stay NaN."""
    k = A.shape[1]
    x = np.full(k, np.nan)
    binding = np.zeros(len(b), dtype=bool)
    rows = np.nonzero((A > 0).any(axis=1))[0]
    cols = np.nonzero((A > 0).any(axis=0))[0]
    base = b + A @ lo
    over = base - cap
    if (over > 1e-12).any():
        i = int(np.argmax(over))
        return (x, binding, "infeasible",
                Note("Infeasible: at checkpoint {} the background and the minimum loads alone give {:.4g} mg/L, "
                     "{:.4g} mg/L above the target (limit less the safety margin).", labels[i], base[i], over[i]))
    if not len(cols):
        return x, binding, "no_constraint", None
    Ac = A[np.ix_(rows, cols)]
    room = cap[rows] - b[rows]
    upper = hi[cols]
    if objective == 2:
        load = Ac @ L0[cols]
        with np.errstate(divide="ignore", invalid="ignore"):
            f = np.where(load > 0, room / load, np.inf)
        frac = float(min(1.0, f.min()))
        x[cols] = np.minimum(np.maximum(frac * L0[cols], lo[cols]), upper)
    else:
        if objective == 1:
            upper = np.minimum(upper, np.maximum(L0[cols], lo[cols]))
        bounds = [(float(a), None if not math.isfinite(u) else float(u)) for a, u in zip(lo[cols], upper)]
        res = linprog(-np.ones(len(cols)), A_ub=Ac, b_ub=room, bounds=bounds, method="highs")
        if res.status != 0:
            return x, binding, "infeasible", Note("The allocation found no solution: {}", res.message)
        x[cols] = res.x
    binding[rows] = np.abs(Ac @ x[cols] - room) <= 1e-9 * np.maximum(1.0, np.abs(cap[rows]))
    return x, binding, "optimal", None


def plan_outfall_allocation(lines, checkpoints, outfalls, options, monitor=None, outfall_labels=None):
    """Contributions and allowable loads → :class:`AllocationPlan` (see module docstring).

    ``lines`` :class:`~.system.RiverLines` (discharge needed: the design flow), ``checkpoints``
    :class:`CheckpointInput`, ``outfalls`` :class:`~.system.OutfallInput` (values k×P mg/L in the
    order of ``options.parameters``), ``options`` :class:`AllocationOptions`; ``outfall_labels`` names
    for the tables (default "outfall 1", ...).
    """
    if options.objective not in (0, 1, 2):
        raise PlannerError("OBJECTIVE must be 0 (capacity), 1 (smallest reduction) or 2 (equal percentage).")
    m = float(options.safety_margin)
    if not (math.isfinite(m) and 0 <= m < 1):
        raise PlannerError("The safety margin must be at least 0 % and below 100 % (got {} %).", m * 100)
    names = list(options.parameters)
    if not names:
        raise PlannerError("Choose at least one parameter.")
    items = []
    for name in names:
        code = gb3838.normalise_item(name)
        if code is None or code not in gb3838.ITEMS or gb3838.ITEMS[code]["higher_is_better"] or code == "pH":
            raise PlannerError("{} is not a GB 3838 item whose load can be allocated (e.g. CODMn, COD, NH3N, TP).",
                               name)
        if name not in options.rates and code not in options.rates:
            raise PlannerError("Parameter {} has no decay rate; give it in DECAY_RATES (1/day, 0 for none).", name)
        items.append(code)
    if lines.discharge is None:
        raise PlannerError("Outfall allocation needs the design discharge of the rivers (DISCHARGE_FIELD).")
    system = build_river_system(lines, options.network, monitor)
    net = system.net
    warnings = list(net.warnings)
    tol = options.snap_tolerance
    k = len(outfalls.xy)
    n_c = len(checkpoints.xy)
    # one snapping pass for checkpoints and outfalls (the edge index is built once)
    s_reach, s_pos, _ = snap_points(net, np.vstack([np.reshape(checkpoints.xy, (-1, 2)),
                                                    np.reshape(outfalls.xy, (-1, 2))]), tol)
    c_reach, c_pos, o_reach, o_pos = s_reach[:n_c], s_pos[:n_c], s_reach[n_c:], s_pos[n_c:]
    off = np.nonzero(c_reach < 0)[0]
    if len(off):
        warnings.append(Note("{} checkpoint(s) are farther than {} m from any river and were left out: {}",
                             len(off), tol, ", ".join(str(checkpoints.labels[i]) for i in off[:20])))
    c_on = c_reach >= 0
    if not c_on.any():
        raise PlannerError("No checkpoint lies within {} m of a river; increase the snapping tolerance or check the "
                           "layers' CRS.", tol)
    tcls = [gb3838.parse_class(_as_class(checkpoints.target_class[i])) for i in np.nonzero(c_on)[0]]
    if any(t > 5 for t in tcls):
        raise PlannerError("A checkpoint's target class must be I to V (劣V has no limit).")
    q = np.asarray(outfalls.q, dtype=float)
    disc = system.discharge
    ok = o_reach >= 0
    if (~ok).any():
        warnings.append(Note("{} outfall(s) are farther than {} m from any river: no checkpoint is below them.",
                             int((~ok).sum()), tol))
    bad_q = ok & ~(np.isfinite(q) & (q >= 0))
    if bad_q.any():
        warnings.append(Note("{} outfall(s) have no valid flow and were left out of the model.", int(bad_q.sum())))
    ok &= ~bad_q
    no_disc = ok & ~(np.isfinite(disc[np.maximum(o_reach, 0)]) & (disc[np.maximum(o_reach, 0)] > 0))
    if no_disc.any():
        warnings.append(Note("{} outfall(s) lie on reaches without a positive discharge and were left out of the "
                             "model.", int(no_disc.sum())))
    ok &= ~no_disc
    idx = np.nonzero(ok)[0]
    mix_w, _ = mixing_weights(net, disc, o_reach[idx], q[idx])
    lo_common = np.zeros(k) if options.min_load is None else np.nan_to_num(np.asarray(options.min_load, float))
    hi_common = np.full(k, np.inf) if options.max_load is None else np.asarray(options.max_load, float)
    hi_common = np.where(np.isfinite(hi_common), hi_common, np.inf)
    heads = _source_heads(net)
    ci = np.nonzero(c_on)[0]
    labels = [str(checkpoints.labels[i]) for i in ci]
    below = net.downstream_of(o_reach[idx][None, :], o_pos[idx][None, :], c_reach[ci][:, None], c_pos[ci][:, None])
    vel = system.velocity
    conc = _columns(outfalls.values, k, len(names))  # k×P from an array or a list of P columns
    no_conc = [n for p, n in enumerate(names) if np.isnan(conc[idx, p]).any()]
    if no_conc:
        warnings.append(Note("Outfalls without a concentration count as no load today for: {}", ", ".join(no_conc)))
    seg = segment_network(net, options.segment_length) if options.segment_length else None
    results = []
    for p, (name, code) in enumerate(zip(names, items)):
        lo_all = np.nan_to_num(_bound(lo_common, options.min_loads, name, code))
        hi_all = _bound(hi_common, options.max_loads, name, code)
        hi_all = np.where(np.isfinite(hi_all), hi_all, np.inf)
        if (lo_all < 0).any() or (lo_all > hi_all).any():
            raise PlannerError("Outfall minimum loads of {} must be ≥ 0 and not above the maximum loads.", name)
        rate = float(options.rates.get(name, options.rates.get(code)))
        kk = rate / (86400.0 * vel)
        h_c, h_o, q_mix = transfer_potential(net, kk, mix_w, disc, o_reach[idx], o_pos[idx], q[idx],
                                             c_reach[ci], c_pos[ci])
        A = np.where(below, np.exp(-(h_o[None, :] - h_c[:, None])) / q_mix[None, :], 0.0) / GS_TO_TA
        bg = _head_background(system, heads, options, name, code)
        b = _background(net, kk, mix_w, disc, o_reach[idx], o_pos[idx], q[idx], c_reach[ci], c_pos[ci], heads, bg)
        lim = np.array([gb3838.limit(code, t) for t in tcls], dtype=float)
        cap = (1.0 - m) * lim
        L0_all = np.nan_to_num(q * conc[:, p]) * GS_TO_TA
        L0 = L0_all[idx]
        cur = b + A @ L0
        x, binding, status, note = _allocate(A, b, cap, L0, lo_all[idx], hi_all[idx], options.objective, labels)
        curve = []
        for margin in options.curve_margins:  # the planner's trade-off: capacity (objective 0) per margin
            xm, _, st, _ = _allocate(A, b, (1.0 - margin) * lim, L0, lo_all[idx], hi_all[idx], 0, labels)
            curve.append((float(margin), float(np.nansum(xm)) if st == "optimal" else float("nan")))
        constrained = np.zeros(k, dtype=bool)
        constrained[idx] = (A > 0).any(axis=0)
        allowable = np.where(np.isfinite(hi_all), hi_all, np.nan)
        allowable[idx] = np.where(constrained[idx], x, allowable[idx])
        with np.errstate(divide="ignore", invalid="ignore"):
            red = np.where((L0_all > 0) & np.isfinite(allowable),
                           np.maximum(0.0, (L0_all - allowable) / L0_all * 100.0), np.where(np.isfinite(allowable), 0.0,
                                                                                            np.nan))
        ratio = np.where(below, (cur / lim)[:, None], -np.inf)
        worst = np.full(k, -1, dtype=np.int64)
        worst_c = np.full(k, np.nan)
        if len(ci) and len(idx):
            w = np.argmax(ratio, axis=0)
            has = below.any(axis=0)
            worst[idx[has]] = ci[w[has]]
            worst_c[idx[has]] = (A * L0[None, :])[w[has], np.nonzero(has)[0]]
        def expand(v, fill=np.nan):
            out = np.full(len(c_reach), fill)
            out[ci] = v
            return out

        seg_b = seg_a = None
        if seg is not None:
            after = np.where(np.isfinite(allowable), allowable, L0_all)[idx]
            with np.errstate(divide="ignore", invalid="ignore"):
                c_now, c_new = (np.where(q[idx] > 0, x_load / GS_TO_TA / q[idx], 0.0) for x_load in (L0, after))
            seg_b, seg_a = (_background(net, kk, mix_w, disc, o_reach[idx], o_pos[idx], q[idx], seg.reach, seg.mid,
                                        heads, bg, c) for c in (c_now, c_new))
        A_full = np.zeros((len(c_reach), k))
        A_full[np.ix_(ci, idx)] = A
        results.append(ParameterAllocation(
            name=name, item=code, rate=rate, response=A_full, background=expand(b), limit=expand(lim),
            current=expand(cur), current_load=L0_all, constrained=constrained, allowable=allowable,
            reduction_pct=red, worst_checkpoint=worst, worst_contribution=worst_c,
            binding=expand(binding, 0.0) > 0, status=status, status_note=note,
            capacity=float(np.nansum(allowable[constrained])) if status == "optimal" else float("nan"),
            capacity_curve=curve, segment_before=seg_b, segment_after=seg_a))
    o_labels = [str(v) for v in outfall_labels] if outfall_labels is not None else [
        "outfall {}".format(j + 1) for j in range(k)]
    return AllocationPlan(system, c_reach, c_pos, o_reach, o_pos, q, results, warnings, options.objective, m,
                          [str(v) for v in checkpoints.labels], o_labels, seg)
