"""Spill early warning: when, how high and how long a sudden release reaches each point downstream.

Pure numpy/scipy. One entry, :func:`plan_spill`, takes the directed river network, per-reach
hydraulics (:class:`Hydraulics`), one or several spills, receptors (intakes, monitoring sections)
and segment points, and returns a :class:`SpillPlan`: one :class:`ReceptorResult` per receptor, the
breakthrough curves at the receptors on a regular time grid, and one :class:`SegmentResult` (arrays)
for the segments downstream of the spills.

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
from typing import Optional

import numpy as np

from ...standards import gb3838
from ..messages import N_, Note, PlannerError
from ..monitor import ensure

# River network API, in one place (river_network → river/network.py, river_models → river/transport.py).
from ..river_models import travel_to_outlet
from ..river_network import _expand_ranges
from .spill_transport import release_flux, window

GRAVITY = 9.81
FISCHER_COEFFICIENT = 0.011
EDGE_FRACTION = 0.01
TAU_MIN = 1.0  # s: a point at the spill itself is taken one second downstream
MAX_STEPS = 20000
CHUNK_CELLS = 2_000_000  # points × time steps evaluated at once

GIVEN, FISCHER, DEFAULT, MISSING = "given", "fischer", "default", "missing"

REACHED = "reached"
BEYOND_HORIZON = "beyond_horizon"
NEGLIGIBLE = "negligible"
UPSTREAM = "upstream"
OTHER_BRANCH = "other_branch"
OTHER_NETWORK = "other_network"
OFF_NETWORK = "off_network"
NO_VELOCITY = "no_velocity"
NO_DISCHARGE = "no_discharge"
NO_DISPERSION = "no_dispersion"

STATUS_LABELS = {
    REACHED: N_("reached"),
    BEYOND_HORIZON: N_("downstream, reached after the horizon"),
    NEGLIGIBLE: N_("downstream, below 1 % of the limit"),
    UPSTREAM: N_("upstream of the spill"),
    OTHER_BRANCH: N_("on another branch"),
    OTHER_NETWORK: N_("on a separate river network"),
    OFF_NETWORK: N_("farther than the snapping tolerance from any river"),
    NO_VELOCITY: N_("no velocity on the path"),
    NO_DISCHARGE: N_("no discharge on the path"),
    NO_DISPERSION: N_("no dispersion coefficient on the path"),
}


# -- inputs ---------------------------------------------------------------------------------------


@dataclass
class Hydraulics:
    """Per-reach velocity (m/s), discharge (m³/s), dispersion (m²/s) and where the dispersion came from."""

    velocity: np.ndarray
    discharge: np.ndarray
    dispersion: np.ndarray
    dispersion_source: np.ndarray  # GIVEN / FISCHER / DEFAULT / MISSING per reach


@dataclass
class Spills:
    """Spills snapped to the network (reach −1: off the network): mass (kg), duration and start (s)."""

    reach: np.ndarray
    pos: np.ndarray
    mass_kg: np.ndarray
    duration_s: Optional[np.ndarray] = None  # 0 = instantaneous
    start_s: Optional[np.ndarray] = None  # after START_TIME; default 0


@dataclass
class Receptors:
    """Receptors snapped to the network (reach −1: off the network); ``limit`` mg/L, NaN = the default."""

    reach: np.ndarray
    pos: np.ndarray
    limit: Optional[np.ndarray] = None


@dataclass
class SpillOptions:
    horizon_s: float
    time_step_s: float
    decay_per_day: float = 0.0
    limit: float = math.nan  # mg/L, default limit of every receptor and of the segments
    item: Optional[str] = None  # GB 3838 item code, for the class at the peak
    edge_fraction: float = EDGE_FRACTION


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


# -- dispersion and limits --------------------------------------------------------------------------


def fischer_dispersion(velocity, width, depth, slope):
    """Fischer (1975) E = 0.011·u²·B²/(h·u*), u* = √(g·h·S), m²/s; NaN where an input is not positive."""
    u, b, h, s = (np.asarray(a, dtype=float) for a in (velocity, width, depth, slope))
    ok = (u > 0) & (b > 0) & (h > 0) & (s > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        ustar = np.sqrt(GRAVITY * h * s)
        e = FISCHER_COEFFICIENT * u * u * b * b / (h * ustar)
    return np.where(ok, e, np.nan)


def reach_dispersion(velocity, given=None, width=None, depth=None, slope=None, default=None):
    """Per-reach dispersion (m²/s) and its source: ``given`` (field) where positive, else Fischer's
    estimate where width, depth and slope are positive, else ``default``; NaN (``missing``) otherwise."""
    u = np.asarray(velocity, dtype=float)
    n = len(u)
    e = np.full(n, np.nan)
    src = np.full(n, MISSING, dtype=object)
    if default is not None:
        d = float(default)
        if not (math.isfinite(d) and d > 0):
            raise PlannerError("The dispersion coefficient must be a positive number of m²/s (got {}).", default)
        e[:] = d
        src[:] = DEFAULT
    if width is not None and depth is not None and slope is not None:
        ef = fischer_dispersion(u, width, depth, slope)
        ok = np.isfinite(ef) & (ef > 0)
        e[ok] = ef[ok]
        src[ok] = FISCHER
    if given is not None:
        g = np.asarray(given, dtype=float)
        ok = np.isfinite(g) & (g > 0)
        e[ok] = g[ok]
        src[ok] = GIVEN
    return e, src


def pollutant_limit(pollutant, target_class=3, limit=None, water_body=gb3838.RIVER):
    """``(item code or None, limit mg/L)``: ``limit`` when given, else the GB 3838 limit of the class."""
    code = gb3838.normalise_item(pollutant) if pollutant else None
    if code in ("pH", "DO"):
        raise PlannerError("{} is not a pollutant that a spill raises; choose another item or give LIMIT.", pollutant)
    if limit is not None and not (isinstance(limit, float) and math.isnan(limit)):
        value = float(limit)
        if not (math.isfinite(value) and value > 0):
            raise PlannerError("LIMIT must be a positive concentration in mg/L (got {}).", limit)
        return code, value
    if code is None:
        raise PlannerError("'{}' is not a GB 3838 item; give its LIMIT in mg/L. GB 3838 items: {}",
                           pollutant, gb3838.UNDERSTOOD_NAMES)
    return code, float(gb3838.limit(code, target_class, water_body))


def receptor_limits(item, classes, default_limit, water_body=gb3838.RIVER):
    """Per-receptor limits from a class column (None/empty: ``default_limit``)."""
    out = np.full(len(classes), float(default_limit))
    if item is None:
        return out
    for i, cls in enumerate(classes):
        if cls is None or (isinstance(cls, str) and not cls.strip()):
            continue
        out[i] = gb3838.limit(item, cls, water_body)
    return out


# -- the plan ---------------------------------------------------------------------------------------


def _check_options(options):
    h, dt, k = float(options.horizon_s), float(options.time_step_s), float(options.decay_per_day)
    if not (math.isfinite(h) and h > 0):
        raise PlannerError("HORIZON must be a positive number of hours.")
    if not (math.isfinite(dt) and dt > 0):
        raise PlannerError("TIME_STEP must be a positive number of minutes.")
    if dt > h:
        raise PlannerError("TIME_STEP ({} min) is longer than the HORIZON ({} h).", round(dt / 60, 2),
                           round(h / 3600, 2))
    if h / dt > MAX_STEPS:
        raise PlannerError("{} time steps are too many (at most {}): lengthen TIME_STEP or shorten HORIZON.",
                           int(h / dt), MAX_STEPS)
    if not (math.isfinite(k) and k >= 0):
        raise PlannerError("DECAY_RATE must be zero or a positive number (1/day).")
    lim = float(options.limit)
    if not (math.isnan(lim) or (math.isfinite(lim) and lim > 0)):
        raise PlannerError("LIMIT must be a positive concentration in mg/L (got {}).", options.limit)
    f = float(options.edge_fraction)
    if not (0 < f < 1):
        raise PlannerError("The leading-edge fraction must lie between 0 and 1.")


def _spill_arrays(spills):
    n = len(spills.reach)
    reach = np.asarray(spills.reach, dtype=np.int64)
    pos = np.asarray(spills.pos, dtype=float)
    mass = np.asarray(spills.mass_kg, dtype=float)
    dur = np.zeros(n) if spills.duration_s is None else np.asarray(spills.duration_s, dtype=float)
    start = np.zeros(n) if spills.start_s is None else np.asarray(spills.start_s, dtype=float)
    if n == 0:
        raise PlannerError("There is no spill.")
    bad = np.nonzero(~(np.isfinite(mass) & (mass > 0)))[0]
    if len(bad):
        raise PlannerError("The spilled mass must be a positive number of kg (spill {}: {}).", int(bad[0]) + 1,
                           mass[bad[0]])
    bad = np.nonzero(~(np.isfinite(dur) & (dur >= 0)))[0]
    if len(bad):
        raise PlannerError("The release duration must be zero (instantaneous) or positive (spill {}).",
                           int(bad[0]) + 1)
    bad = np.nonzero(~np.isfinite(start))[0]
    if len(bad):
        raise PlannerError("Spill {} has no valid start time.", int(bad[0]) + 1)
    return reach, pos, mass, dur, start


class _Path:
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


def _pairs(net, path, sp, r_pts, p_pts, on_net):
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


class _Evaluator:
    """C(t) at points from their (point, spill) pairs: the sum over the spills of M·g/Q."""

    def __init__(self, rows, tau, var, k, dur, start, mass_g, q):
        self.rows, self.tau, self.var, self.k = rows, tau, var, k
        self.dur, self.start, self.scale = dur, start, mass_g / q

    def pairs_at(self, sel, t):
        return self.scale[sel] * release_flux(t - self.start[sel], self.tau[sel], self.var[sel], self.k,
                                              self.dur[sel])

    def at(self, t_rows, n_rows):
        """C at one time per row (``t_rows`` of length n_rows)."""
        vals = self.pairs_at(slice(None), t_rows[self.rows])
        return np.bincount(self.rows, weights=vals, minlength=n_rows)


def _bisect(ev, n_rows, lo, hi, level, want, iterations=40):
    """Crossing of C = level in [lo, hi] on rows ``want`` (C(lo) < level ≤ C(hi), or the reverse)."""
    lo, hi = lo.copy(), hi.copy()
    t_all = np.zeros(n_rows)
    f_lo = np.zeros(n_rows)
    t_all[want] = lo[want]
    f_lo[want] = ev.at(t_all, n_rows)[want] - level[want]
    for _ in range(iterations):
        mid = 0.5 * (lo + hi)
        t_all[want] = mid[want]
        f = ev.at(t_all, n_rows) - level
        same = np.sign(f) == np.sign(f_lo)
        lo = np.where(want & same, mid, lo)
        f_lo = np.where(want & same, f, f_lo)
        hi = np.where(want & ~same, mid, hi)
    return 0.5 * (lo + hi)


def _golden_max(ev, n_rows, lo, hi, want, iterations=48):
    """Maximum of C in [lo, hi] on rows ``want`` (golden-section search); returns (time, value)."""
    r = 0.5 * (math.sqrt(5.0) - 1.0)
    a, b = lo.copy(), hi.copy()
    x1 = b - r * (b - a)
    x2 = a + r * (b - a)
    f1 = ev.at(np.where(want, x1, 0.0), n_rows)
    f2 = ev.at(np.where(want, x2, 0.0), n_rows)
    for _ in range(iterations):
        left = f1 >= f2  # the maximum lies in [a, x2]
        b = np.where(left, x2, b)
        a = np.where(left, a, x1)
        x1n = np.where(left, b - r * (b - a), x2)
        x2n = np.where(left, x1, a + r * (b - a))
        fe = ev.at(np.where(want, np.where(left, x1n, x2n), 0.0), n_rows)
        f1, f2 = np.where(left, fe, f2), np.where(left, f1, fe)
        x1, x2 = x1n, x2n
    t = 0.5 * (a + b)
    return t, ev.at(np.where(want, t, 0.0), n_rows)


@dataclass
class _Stats:
    peak_t: np.ndarray
    peak_c: np.ndarray
    arrival: np.ndarray
    ex_start: np.ndarray
    ex_end: np.ndarray
    ex_dur: np.ndarray
    above_end: np.ndarray
    rising: np.ndarray


def _first_last(mask):
    """First and last True column per row (−1 where none)."""
    has = mask.any(axis=1)
    first = np.where(has, np.argmax(mask, axis=1), -1)
    last = np.where(has, mask.shape[1] - 1 - np.argmax(mask[:, ::-1], axis=1), -1)
    return first, last


def _crossings(ev, conc, times, peak_t, peak_c, level, iterations):
    """Refined first up-crossing and last down-crossing of ``level``, the time above it, and whether the
    curve is still above it at the horizon. Plumes narrower than a time step (between two grid points)
    are found through the refined peak."""
    n, nt = conc.shape
    dt = times[1] - times[0] if nt > 1 else 1.0
    horizon = times[-1]
    above = conc >= level[:, None]
    first, last = _first_last(above)
    ok = np.isfinite(level) & (peak_c >= level)
    t_first = np.where(first >= 0, times[np.maximum(first, 0)], np.inf)
    use_grid = (first >= 0) & (t_first <= peak_t)
    lo = np.where(use_grid, times[np.maximum(first - 1, 0)], np.floor(peak_t / dt) * dt)
    hi = np.minimum(t_first, peak_t)
    at_zero = ok & use_grid & (first == 0)
    want = ok & ~at_zero & (hi > lo)
    start = np.where(ok, hi, np.nan)
    if want.any():
        start = np.where(want, _bisect(ev, n, lo, hi, level, want, iterations), start)
    start = np.where(at_zero, 0.0, start)
    t_last = np.where(last >= 0, times[np.maximum(last, 0)], -np.inf)
    use_grid = (last >= 0) & (t_last >= peak_t)
    lo = np.where(use_grid, t_last, peak_t)
    hi = np.where(use_grid, times[np.minimum(last + 1, nt - 1)], np.minimum(np.ceil(peak_t / dt) * dt, horizon))
    at_end = ok & ((use_grid & (last == nt - 1)) | (~use_grid & (ev.at(np.where(ok, hi, 0.0), n) >= level)
                                                     & (hi >= horizon)))
    want = ok & ~at_end & (hi > lo)
    end = np.where(ok, lo, np.nan)
    if want.any():
        end = np.where(want, _bisect(ev, n, lo, hi, level, want, iterations), end)
    end = np.where(at_end, horizon, end)
    # time above the level: linear interpolation inside each grid interval; one run: end − start
    a = conc[:, :-1] - level[:, None]
    b = conc[:, 1:] - level[:, None]
    with np.errstate(invalid="ignore", divide="ignore"):
        frac = np.where((a >= 0) & (b >= 0), 1.0,
                        np.where((a >= 0) & (b < 0), a / (a - b), np.where((a < 0) & (b >= 0), b / (b - a), 0.0)))
    total = frac.sum(axis=1) * dt
    runs = above[:, 0].astype(np.int64) + (above[:, 1:] & ~above[:, :-1]).sum(axis=1)
    dur = np.where(ok, np.where(runs <= 1, end - start, total), 0.0)
    return start, end, dur, at_end


def _chunk_stats(ev, conc, times, level_edge, level_limit, est_t, est_half, iterations):
    n, nt = conc.shape
    dt = times[1] - times[0] if nt > 1 else 1.0
    horizon = times[-1]
    imax = np.argmax(conc, axis=1)
    want = np.ones(n, dtype=bool)
    lo = times[np.maximum(imax - 1, 0)]
    hi = times[np.minimum(imax + 1, nt - 1)]
    t_a, c_a = _golden_max(ev, n, lo, hi, want, iterations)
    lo = np.clip(est_t - est_half, 0.0, horizon)
    hi = np.clip(est_t + est_half, 0.0, horizon)
    t_b, c_b = _golden_max(ev, n, lo, np.maximum(hi, lo), want, iterations)
    grid_c = conc[np.arange(n), imax]
    pick_b = c_b > np.maximum(c_a, grid_c)
    peak_t = np.where(pick_b, t_b, np.where(c_a >= grid_c, t_a, times[imax]))
    peak_c = np.maximum(np.maximum(c_a, c_b), grid_c)
    rising = (imax == nt - 1) & (nt > 1) & (conc[:, -1] > conc[:, max(nt - 2, 0)]) & (peak_t >= horizon - 1e-3 * dt)
    arrival, _, _, _ = _crossings(ev, conc, times, peak_t, peak_c, level_edge, iterations)
    ex_start, ex_end, ex_dur, above_end = _crossings(ev, conc, times, peak_t, peak_c, level_limit, iterations)
    return _Stats(peak_t, peak_c, arrival, ex_start, ex_end, ex_dur, above_end, rising)


def _classify_unreached(net, r_rec, p_rec, s_reach, s_pos):
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


def _path_notes(net, s_reach):
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
    _check_options(options)
    if not (math.isfinite(float(options.limit)) and options.limit > 0):
        raise PlannerError("A limit is needed: choose a GB 3838 item and class, or give LIMIT (mg/L).")
    s_reach, s_pos, mass, dur, start = _spill_arrays(spills)
    warnings = []
    off = s_reach < 0
    if off.all():
        raise PlannerError("No spill lies within the snapping tolerance of a river ({} spill(s)).", len(s_reach))
    if off.any():
        warnings.append(Note("{} spill(s) lie farther than the snapping tolerance from any river and were left "
                             "out: {}.", int(off.sum()), ", ".join(str(int(i) + 1) for i in np.nonzero(off)[0][:20])))
    warnings.extend(_path_notes(net, s_reach))
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
    path = _Path(net, hydraulics)
    pairs = _pairs(net, path, (s_reach, s_pos), r_pts, p_pts, r_pts >= 0)
    monitor.step(0.1)

    status = np.full(n_pts, "", dtype=object)
    status[:n_rec] = _classify_unreached(net, r_rec, p_rec, s_reach, s_pos)
    first_sp = np.full(n_pts, -1, dtype=np.int64)
    first_tau = np.full(n_pts, np.nan)
    first_dist = np.full(n_pts, np.nan)
    eta = np.full(n_pts, np.inf)
    curves = np.zeros((n_rec, nt))
    stats = {name: np.full(n_pts, np.nan) for name in _Stats.__dataclass_fields__}
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
            ev = _Evaluator(rows, pairs["tau"][sel], pairs["var"][sel], k, p_dur[sel], p_start[sel], mass_g[sel],
                            q_pt[sel])
            owner, ti = _expand_ranges(i0[sel], i1[sel] + 1)
            vals = ev.pairs_at(owner, times[ti])
            conc = np.bincount(rows[owner] * nt + ti, weights=vals, minlength=len(cpts) * nt).reshape(len(cpts), nt)
            fp = first_sp[cpts]
            ftau = first_tau[cpts]
            fvar = np.zeros(len(cpts))
            fvar[rows] = pairs["var"][sel]  # any pair of the point: the width of its search bracket
            est_t = start[fp] + ftau + 0.5 * dur[fp]
            est_half = np.maximum(np.maximum(dt, 4.0 * np.sqrt(fvar)), 0.5 * dur[fp])
            lim = lim_pts[cpts]
            st = _chunk_stats(ev, conc, times, options.edge_fraction * lim, lim, est_t, est_half, 40)
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
