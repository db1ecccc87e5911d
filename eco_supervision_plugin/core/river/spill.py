"""Spill early warning: when, how high and how long a sudden release reaches each point downstream.

Pure numpy/scipy. One entry, :func:`plan_spill`, takes the directed river network, per-reach
hydraulics (:class:`Hydraulics`), one or several spills, receptors (intakes, monitoring sections)
and segment points, and returns a :class:`SpillPlan`: one :class:`ReceptorResult` per receptor, the
breakthrough curves at the receptors on a regular time grid, and one :class:`SegmentResult` (arrays)
for the segments downstream of the spills.

Modules: :mod:`.spill_inputs` (codes, input dataclasses, dispersion, limits), :mod:`.spill_paths` (flow
paths on the network: the only module that imports the river network API), :mod:`.spill_transport`
(closed-form curves), :mod:`.spill_peaks` (peaks and crossings between time steps); this module holds the
plan and its results and re-exports the public names.

Model
-----
1-D advection–dispersion with first-order decay along the directed network, complete mixing over
the cross-section. At a point downstream of a spill, with τ = Σ Lᵢ/uᵢ the travel time and
σ² = Σ 2EᵢLᵢ/uᵢ³ the temporal variance summed over the (partial) reaches of the tree path, the flux
curve C·Q/M is the exact uniform-reach solution of an *equivalent uniform reach* with the same τ and
σ² (see :mod:`.spill_transport`): exact on one uniform reach; across reaches an approximation (the
moment-additive, Gaussian-in-time plume: the curve is a Gaussian in time of variance σ²·t/τ, ≈ σ²
near the peak), valid when every reach is long compared with its mixing length. A release of
duration T is the exact continuous load of finite duration (Runkel 1996), not a point pulse.

Concentrations use the discharge at the point: the mass flux is conserved through confluences and
the added flow dilutes by Q_up/Q_down, so ∫C·Q dt = M·e^(−kτ) at every point (exactly
M·e^{(1−Γ)τ/(2E')}/Γ, the advective part of the flux: within about k·σ²/τ = 2kE/u² of M·e^(−kτ), a
few 1e-4 for usual rivers). Several spills superpose linearly. k is one rate for the pollutant
(1/d). Where the flow splits (braids, distributaries) the whole plume follows the main branch
(``RiverNetwork.down``), which is noted.

Dispersion per reach (:func:`reach_dispersion`): a given value (field, m²/s), else Fischer's
estimate E = 0.011·u²·B²/(h·u*), u* = √(g·h·S), from width, depth and slope, else a default value.
The sources used are counted in the plan.

Definitions (times in seconds after START_TIME, the time grid t = 0, Δt, …, HORIZON):

- *leading-edge arrival*: the first time C ≥ ``edge_fraction`` (1 %) of the receptor's limit (of the
  peak where no limit is known); a receptor is *reached* when that happens within the horizon;
- *peak*: the maximum of C over the horizon, refined between grid steps on the closed form;
- *exceedance*: start and end of C ≥ limit (refined between grid steps), duration the total time
  above the limit; ``above_at_horizon`` when it is still above at the horizon;
- *time to act*: until the exceedance starts (the intake must be closed by then), or until the
  leading edge arrives when the limit is never exceeded.

Receptor status codes (stable; labels in :data:`STATUS_LABELS`): ``reached``, ``beyond_horizon``
(downstream, but the plume comes later), ``negligible`` (downstream, but below the edge fraction of
the limit throughout), ``upstream`` (upstream of every spill), ``other_branch`` (same network, not
on any spill's flow path), ``other_network`` (a separate network), ``off_network`` (farther than the
snapping tolerance), ``no_velocity`` / ``no_discharge`` / ``no_dispersion`` (a reach on the path from
a spill lacks a positive velocity, discharge or dispersion).
"""

import math
from dataclasses import dataclass

import numpy as np

from ...standards import gb3838
from ..messages import Note, PlannerError
from ..monitor import ensure
from .spill_inputs import (  # noqa: F401 (the public names of the spill warning, in one module)
    BEYOND_HORIZON,
    CHUNK_CELLS,
    DEFAULT,
    EDGE_FRACTION,
    FISCHER,
    FISCHER_COEFFICIENT,
    GIVEN,
    GRAVITY,
    MAX_STEPS,
    MISSING,
    NEGLIGIBLE,
    NO_DISCHARGE,
    NO_DISPERSION,
    NO_VELOCITY,
    OFF_NETWORK,
    OTHER_BRANCH,
    OTHER_NETWORK,
    REACHED,
    STATUS_LABELS,
    TAU_MIN,
    UPSTREAM,
    Hydraulics,
    Receptors,
    SpillOptions,
    Spills,
    check_options,
    fischer_dispersion,
    pollutant_limit,
    reach_dispersion,
    receptor_limits,
    spill_arrays,
)
from .spill_paths import SpillPaths, classify_unreached, expand_ranges, path_notes, spill_pairs
from .spill_peaks import Evaluator, PointStats, chunk_stats
from .spill_transport import window

# -- outputs --------------------------------------------------------------------------------------


@dataclass
class ReceptorResult:
    index: int
    status: str
    reached: bool
    limit: float
    spill: int = -1  # the spill whose plume arrives first (index into the spills), −1 if none
    distance_m: float = math.nan  # along the flow from that spill
    travel_time_s: float = math.nan  # τ from that spill
    arrival_s: float = math.nan
    peak_time_s: float = math.nan
    peak_conc: float = math.nan  # mg/L
    peak_class: int = 0  # GB 3838 class at the peak (1..6), 0 when not classified
    exceed_start_s: float = math.nan
    exceed_end_s: float = math.nan
    exceed_duration_s: float = 0.0
    above_at_horizon: bool = False
    rising_at_horizon: bool = False
    act_within_s: float = math.nan


@dataclass
class SegmentResult:
    """Segments downstream of a spill with a usable path (``index`` into the given segment points)."""

    index: np.ndarray
    spill: np.ndarray
    arrival_s: np.ndarray  # NaN where the leading edge does not arrive within the horizon
    peak_time_s: np.ndarray
    peak_conc: np.ndarray
    above_s: np.ndarray  # seconds above the limit


@dataclass
class DispersionSummary:
    """Reach counts by dispersion source (on the whole network)."""

    given: int
    fischer: int
    default: int
    missing: int


@dataclass
class SpillPlan:
    receptors: list
    segments: SegmentResult
    times_s: np.ndarray
    curves: np.ndarray  # receptors × times (mg/L); zero rows where nothing is computed
    limit: float
    decay_per_day: float
    edge_fraction: float
    dispersion: DispersionSummary
    spill_used: np.ndarray  # bool per spill
    warnings: list


# -- the plan ---------------------------------------------------------------------------------------


def plan_spill(net, hydraulics, spills, receptors, seg_reach, seg_pos, options, monitor=None):
    """Breakthrough at the receptors and the downstream segments of one or several spills (module docstring).

    Parameters
    ----------
    net : RiverNetwork
    hydraulics : Hydraulics, per reach.
    spills : Spills (snapped; reach −1 = off the network).
    receptors : Receptors (snapped; reach −1 = off the network).
    seg_reach, seg_pos : segment points (e.g. midpoints) for the plume map.
    options : SpillOptions; ``limit`` must be a positive concentration (mg/L).

    Returns a :class:`SpillPlan`.
    """
    monitor = ensure(monitor)
    check_options(options)
    if not (math.isfinite(float(options.limit)) and options.limit > 0):
        raise PlannerError("A limit is needed: choose a GB 3838 item and class, or give LIMIT (mg/L).")
    s_reach, s_pos, mass, dur, start = spill_arrays(spills)
    warnings = []
    off = s_reach < 0
    if off.all():
        raise PlannerError("No spill lies within the snapping tolerance of a river ({} spill(s)).", len(s_reach))
    if off.any():
        warnings.append(Note("{} spill(s) lie farther than the snapping tolerance from any river and were left "
                             "out: {}.", int(off.sum()), ", ".join(str(int(i) + 1) for i in np.nonzero(off)[0][:20])))
    warnings.extend(path_notes(net, s_reach))
    horizon, dt = float(options.horizon_s), float(options.time_step_s)
    nt = int(math.floor(horizon / dt + 1e-9)) + 1
    times = np.arange(nt) * dt
    horizon = float(times[-1])
    k = float(options.decay_per_day) / 86400.0
    r_rec = np.asarray(receptors.reach, dtype=np.int64)
    p_rec = np.asarray(receptors.pos, dtype=float)
    n_rec = len(r_rec)
    rec_lim = np.full(n_rec, np.nan) if receptors.limit is None else np.asarray(receptors.limit, dtype=float)
    rec_lim = np.where(np.isfinite(rec_lim) & (rec_lim > 0), rec_lim, float(options.limit))
    seg_reach = np.asarray(seg_reach, dtype=np.int64)
    seg_pos = np.asarray(seg_pos, dtype=float)
    r_pts = np.concatenate([r_rec, seg_reach])
    p_pts = np.concatenate([np.where(r_rec >= 0, p_rec, 0.0), seg_pos])
    lim_pts = np.concatenate([rec_lim, np.full(len(seg_reach), float(options.limit))])
    n_pts = len(r_pts)
    path = SpillPaths(net, hydraulics)
    pairs = spill_pairs(net, path, (s_reach, s_pos), r_pts, p_pts, r_pts >= 0)
    monitor.step(0.1)

    status = np.full(n_pts, "", dtype=object)
    status[:n_rec] = classify_unreached(net, r_rec, p_rec, s_reach, s_pos)
    first_sp = np.full(n_pts, -1, dtype=np.int64)
    first_tau = np.full(n_pts, np.nan)
    first_dist = np.full(n_pts, np.nan)
    eta = np.full(n_pts, np.inf)
    curves = np.zeros((n_rec, nt))
    stats = {name: np.full(n_pts, np.nan) for name in PointStats.__dataclass_fields__}
    downstream = np.zeros(n_pts, dtype=bool)
    if pairs is not None:
        pt, sp = pairs["pt"], pairs["sp"]
        downstream[pt] = True
        bad_pairs = pairs["bad"] != ""
        status[pt[bad_pairs]] = pairs["bad"][bad_pairs]
        bad_pt = np.zeros(n_pts, dtype=bool)
        bad_pt[pt[bad_pairs]] = True
        good = ~bad_pt[pt]
        pairs = {key: v[good] for key, v in pairs.items()}
        pt, sp = pairs["pt"], pairs["sp"]
        p_start = start[sp]
        p_dur = dur[sp]
        arrive = p_start + pairs["tau"]
        o = np.lexsort((arrive, pt))
        first = o[np.r_[True, pt[o][1:] != pt[o][:-1]]] if len(o) else o
        first_sp[pt[first]] = sp[first]
        first_tau[pt[first]] = pairs["tau"][first]
        first_dist[pt[first]] = pairs["dist"][first]
        np.minimum.at(eta, pt, arrive + 0.5 * p_dur)
        w_lo, w_hi = window(pairs["tau"], pairs["var"], p_dur)
        w_lo, w_hi = w_lo + p_start, w_hi + p_start
        in_h = w_lo <= horizon
        i0 = np.minimum(np.ceil(np.maximum(w_lo, 0.0) / dt).astype(np.int64), nt - 1)
        i1 = np.maximum(np.floor(np.minimum(w_hi, horizon) / dt).astype(np.int64), i0)
        q_pt = path.q[r_pts[pt]]
        mass_g = mass[sp] * 1000.0
        # points with something inside the horizon, in chunks of about CHUNK_CELLS values
        eval_pt = np.unique(pt[in_h])
        per_chunk = max(1, CHUNK_CELLS // nt)
        fsel = np.nonzero(in_h)[0]
        f_pt = pt[fsel]
        for c0 in range(0, len(eval_pt), per_chunk):
            cpts = eval_pt[c0:c0 + per_chunk]
            a = np.searchsorted(f_pt, cpts[0], "left")
            b = np.searchsorted(f_pt, cpts[-1], "right")
            sel = fsel[a:b]
            rows = np.searchsorted(cpts, pt[sel])
            ev = Evaluator(rows, pairs["tau"][sel], pairs["var"][sel], k, p_dur[sel], p_start[sel], mass_g[sel],
                            q_pt[sel])
            owner, ti = expand_ranges(i0[sel], i1[sel] + 1)
            vals = ev.pairs_at(owner, times[ti])
            conc = np.bincount(rows[owner] * nt + ti, weights=vals, minlength=len(cpts) * nt).reshape(len(cpts), nt)
            fp = first_sp[cpts]
            ftau = first_tau[cpts]
            fvar = np.zeros(len(cpts))
            fvar[rows] = pairs["var"][sel]  # any pair of the point: the width of its search bracket
            est_t = start[fp] + ftau + 0.5 * dur[fp]
            est_half = np.maximum(np.maximum(dt, 4.0 * np.sqrt(fvar)), 0.5 * dur[fp])
            lim = lim_pts[cpts]
            st = chunk_stats(ev, conc, times, options.edge_fraction * lim, lim, est_t, est_half, 40)
            for name in stats:
                stats[name][cpts] = getattr(st, name)
            is_rec = cpts < n_rec
            curves[cpts[is_rec]] = conc[is_rec]
            monitor.step(0.1 + 0.85 * min(1.0, (c0 + len(cpts)) / max(len(eval_pt), 1)))
        good_pt = np.zeros(n_pts, dtype=bool)
        good_pt[pt] = True
        reached = good_pt & np.isfinite(stats["arrival"])
        rising = stats["rising"] == 1.0
        later = good_pt & ~reached & ((eta > horizon) | rising | ~np.isfinite(stats["peak_c"]))
        status[reached] = REACHED
        status[later] = BEYOND_HORIZON
        status[good_pt & ~reached & ~later] = NEGLIGIBLE
    seg_sel = np.nonzero((status[n_rec:] != "") & ~np.isin(status[n_rec:], (NO_VELOCITY, NO_DISCHARGE,
                                                                              NO_DISPERSION)))[0]
    _check_reached(status, n_rec, seg_sel, eta, horizon)
    receptors_out = _receptor_results(status[:n_rec], rec_lim, first_sp, first_dist, first_tau, stats, options,
                                      n_rec, horizon)
    g = seg_sel + n_rec
    segments = SegmentResult(
        index=seg_sel, spill=first_sp[g], arrival_s=stats["arrival"][g], peak_time_s=stats["peak_t"][g],
        peak_conc=stats["peak_c"][g], above_s=np.nan_to_num(stats["ex_dur"][g]),
    )
    src = np.asarray(hydraulics.dispersion_source)
    summary = DispersionSummary(given=int((src == GIVEN).sum()), fischer=int((src == FISCHER).sum()),
                                default=int((src == DEFAULT).sum()), missing=int((src == MISSING).sum()))
    for code in (NO_VELOCITY, NO_DISCHARGE, NO_DISPERSION):
        cnt = int((status[:n_rec] == code).sum())
        if cnt:
            warnings.append(Note("{} receptor(s) downstream of a spill were not computed: {}.", cnt,
                                 Note(STATUS_LABELS[code])))
    n_other_net = int((status[:n_rec] == OTHER_NETWORK).sum())
    if n_other_net:
        warnings.append(Note("{} receptor(s) lie on a separate river network from every spill.", n_other_net))
    monitor.step(1.0)
    return SpillPlan(receptors=receptors_out, segments=segments, times_s=times, curves=curves,
                     limit=float(options.limit), decay_per_day=float(options.decay_per_day),
                     edge_fraction=float(options.edge_fraction), dispersion=summary, spill_used=~off,
                     warnings=warnings)


def _check_reached(status, n_rec, seg_sel, eta, horizon):
    """A horizon too short to reach anything downstream is an error, with the time it would need."""
    down = np.isin(status, (REACHED, BEYOND_HORIZON, NEGLIGIBLE))
    if not down.any() or (status == REACHED).any():
        return
    later = status == BEYOND_HORIZON
    if not later.any():
        return
    rec_later = later[:n_rec]
    hours = round(horizon / 3600.0, 2)
    if rec_later.any():
        raise PlannerError("The HORIZON of {} h is too short: the plume reaches nothing downstream within it (the "
                           "first receptor downstream is reached after about {} h). Lengthen HORIZON.", hours,
                           round(float(eta[:n_rec][rec_later].min()) / 3600.0, 1))
    raise PlannerError("The HORIZON of {} h is too short: the plume reaches nothing downstream within it (after "
                       "about {} h). Lengthen HORIZON.", hours, round(float(eta[later].min()) / 3600.0, 1))


def _receptor_results(status, rec_lim, first_sp, first_dist, first_tau, stats, options, n_rec, horizon):
    peak = stats["peak_c"][:n_rec]
    classes = np.zeros(n_rec, dtype=np.int64)
    if options.item is not None and gb3838.applies(options.item):
        ok = np.isfinite(peak)
        classes[ok] = gb3838.classify_array(options.item, peak[ok])
    out = []
    for i in range(n_rec):
        st = str(status[i])
        reached = st == REACHED
        row = ReceptorResult(index=i, status=st, reached=reached, limit=float(rec_lim[i]), spill=int(first_sp[i]),
                             distance_m=float(first_dist[i]), travel_time_s=float(first_tau[i]))
        if st in (REACHED, NEGLIGIBLE, BEYOND_HORIZON) and np.isfinite(peak[i]):
            row.peak_time_s = float(stats["peak_t"][i])
            row.peak_conc = float(peak[i])
            row.peak_class = int(classes[i])
            row.rising_at_horizon = bool(stats["rising"][i] == 1.0)
        if reached:
            row.arrival_s = float(stats["arrival"][i])
            row.exceed_start_s = float(stats["ex_start"][i])
            row.exceed_end_s = float(stats["ex_end"][i])
            row.exceed_duration_s = float(np.nan_to_num(stats["ex_dur"][i]))
            row.above_at_horizon = bool(stats["above_end"][i] == 1.0)
            row.act_within_s = row.exceed_start_s if math.isfinite(row.exceed_start_s) else row.arrival_s
        out.append(row)
    return out
