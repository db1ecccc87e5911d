"""Peaks, leading edges and exceedances of breakthrough curves: a grid evaluation refined between time
steps on the closed form (golden-section search for the peak, bisection for the crossings), vectorised
over points. Pure numpy; see :mod:`.spill`."""

import math
from dataclasses import dataclass

import numpy as np

from .spill_transport import release_flux


class Evaluator:
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
class PointStats:
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


def chunk_stats(ev, conc, times, level_edge, level_limit, est_t, est_half, iterations):
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
    return PointStats(peak_t, peak_c, arrival, ex_start, ex_end, ex_dur, above_end, rising)
