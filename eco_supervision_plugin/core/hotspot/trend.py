"""Time periods, the Mann-Kendall trend test and emerging hot spot categories.

Mann-Kendall (Mann 1945; Kendall 1975), per series of n values (NaN values are left out):

    S = sum_{i<j} sign(x_j - x_i)
    Var(S) = [n(n-1)(2n+5) - sum_t t(t-1)(2t+5)] / 18      (t: sizes of the groups of tied values)
    Z = (S - 1) / sqrt(Var) if S > 0, (S + 1) / sqrt(Var) if S < 0, else 0;  p = 2 * (1 - Phi(|Z|))

Emerging hot spot categories follow the space-time cube definitions of ArcGIS Emerging Hot Spot
Analysis, applied to each cell's per-period Gi* series: a period is a hot (cold) spot when its Gi* is
significant at 90 % confidence with z > 0 (z < 0); the trend is Mann-Kendall on the Gi* z-scores.
"""

import datetime as _dt

import numpy as np
from scipy.stats import norm

from ..messages import PlannerError

PERIODS = ("hour", "day", "week", "month")
TREND_ALPHA = 0.05  # significance of a Mann-Kendall trend: the one level for directions and categories
INCREASING, DECREASING, NO_TREND = "increasing", "decreasing", "no trend"

# category codes: positive hot, negative cold, 0 no pattern
NO_PATTERN = 0
NEW, CONSECUTIVE, INTENSIFYING, PERSISTENT, DIMINISHING, SPORADIC, OSCILLATING, HISTORICAL = range(1, 9)
CATEGORY_NAMES = {
    NEW: "new",
    CONSECUTIVE: "consecutive",
    INTENSIFYING: "intensifying",
    PERSISTENT: "persistent",
    DIMINISHING: "diminishing",
    SPORADIC: "sporadic",
    OSCILLATING: "oscillating",
    HISTORICAL: "historical",
}


def category_label(code):
    """``3`` → ``intensifying hot spot``, ``-1`` → ``new cold spot``, ``0`` → ``no pattern``."""
    code = int(code)
    if code == 0:
        return "no pattern"
    return "{} {} spot".format(CATEGORY_NAMES[abs(code)], "hot" if code > 0 else "cold")


# -- time ----------------------------------------------------------------------------------------------


def parse_times(values):
    """datetime64[s] array from datetimes, dates or ISO 8601 strings; ``None`` stays NaT.

    A value that is not empty but does not parse raises a ValueError naming it.
    """
    out = np.empty(len(values), dtype="datetime64[s]")
    for n, v in enumerate(values):
        if v is None or (isinstance(v, str) and not v.strip()):
            out[n] = np.datetime64("NaT")
            continue
        try:
            if isinstance(v, _dt.datetime):
                if v.tzinfo is not None:
                    v = v.astimezone(_dt.timezone.utc).replace(tzinfo=None)
                out[n] = np.datetime64(v.replace(microsecond=0), "s")
            elif isinstance(v, _dt.date):
                out[n] = np.datetime64(v, "D").astype("datetime64[s]")
            elif isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool):
                raise ValueError(v)
            else:
                text = str(v).strip().replace("/", "-")
                if text.endswith("Z"):
                    text = text[:-1]
                if len(text) > 19 and text[19] in "+-":  # drop a UTC offset: periods use local time
                    text = text[:19]
                out[n] = np.datetime64(_dt.datetime.fromisoformat(text.replace(" ", "T", 1)), "s")
        except (ValueError, TypeError, OverflowError):
            raise PlannerError(
                "The time value {!r} (record {}) is not a date/time; use ISO 8601 such as 2024-05-01 08:00:00.",
                v, n + 1,
            ) from None
    return out


def period_index(times, period):
    """Index of each time's period (0 = earliest period present) and the period labels.

    ``hour`` → ``2024-05-01 08h``, ``day`` → ``2024-05-01``, ``week`` (ISO weeks, Monday) →
    ``2024-W18``, ``month`` → ``2024-05``. NaT → -1. Every period between the first and the last is
    listed, so gaps show as periods without data.
    """
    if period not in PERIODS:
        raise PlannerError("Unknown period {}: use hour, day, week or month.", period)
    times = np.asarray(times, dtype="datetime64[s]")
    ok = ~np.isnat(times)
    if not ok.any():
        return np.full(len(times), -1, dtype=np.int64), []
    if period == "hour":
        units = times.astype("datetime64[h]")
    elif period == "day":
        units = times.astype("datetime64[D]")
    elif period == "month":
        units = times.astype("datetime64[M]")
    else:
        days = times.astype("datetime64[D]")
        # 1970-01-01 was a Thursday: shift so weeks start on Monday
        units = ((days.astype(np.int64) + 3) // 7).astype(np.int64)
    as_int = units.astype(np.int64)
    first = as_int[ok].min()
    last = as_int[ok].max()
    index = np.where(ok, as_int - first, -1).astype(np.int64)
    labels = []
    for value in range(first, last + 1):
        if period == "hour":
            labels.append(str(np.datetime64(int(value), "h")).replace("T", " ") + "h")
        elif period == "day":
            labels.append(str(np.datetime64(int(value), "D")))
        elif period == "month":
            labels.append(str(np.datetime64(int(value), "M")))
        else:
            monday = np.datetime64(int(value) * 7 - 3, "D").astype(_dt.date)
            iso = monday.isocalendar()
            labels.append("{}-W{:02d}".format(iso[0], iso[1]))
    return index, labels


# -- Mann-Kendall ----------------------------------------------------------------------------------------


def mann_kendall(series):
    """Mann-Kendall test per row of ``series`` (cells × periods); NaN entries are skipped.

    Returns ``(S, var_S, Z, p, n)`` arrays (one value per row). Rows with fewer than 3 values get
    S = 0, Z = 0, p = 1.
    """
    x = np.asarray(series, dtype=float)
    if x.ndim == 1:
        x = x[None, :]
    rows, t = x.shape
    ok = np.isfinite(x)
    n = ok.sum(axis=1)
    s = np.zeros(rows)
    tie_sum = np.zeros(rows)
    for i in range(t - 1):  # loop over periods (few), vectorised over cells
        d = x[:, i + 1:] - x[:, i:i + 1]
        both = ok[:, i + 1:] & ok[:, i:i + 1]
        s += np.where(both, np.sign(d), 0.0).sum(axis=1)
    for i in range(t):
        # size of the tie group holding x_i: sum over a group of (t_g - 1)(2 t_g + 5) = t_g(t_g - 1)(2 t_g + 5)
        same = ((x == x[:, i:i + 1]) & ok & ok[:, i:i + 1]).sum(axis=1)
        tie_sum += np.where(ok[:, i], (same - 1) * (2 * same + 5), 0)
    var = (n * (n - 1) * (2 * n + 5) - tie_sum) / 18.0
    z = np.zeros(rows)
    with np.errstate(invalid="ignore", divide="ignore"):
        root = np.sqrt(var)
        z = np.where(s > 0, (s - 1) / root, np.where(s < 0, (s + 1) / root, 0.0))
    small = (n < 3) | ~(var > 0)
    s = np.where(n < 3, 0.0, s)
    z = np.where(small, 0.0, z)
    p = 2.0 * norm.sf(np.abs(z))
    return s, var, z, p, n


# -- emerging hot spots ---------------------------------------------------------------------------------


def _one_side(sig, trend_z, trend_p, trend_alpha):
    """Codes for the >= 90 % categories of one side, and what the recent categories need.

    ``sig``: cells × periods booleans, True = significant spot. Returns ``(codes, recent, run,
    before_run)``: ``recent`` marks cells significant in the final period but in < 90 % of periods.
    """
    rows, t = sig.shape
    codes = np.zeros(rows, dtype=np.int64)
    if t == 0:
        nothing = np.zeros(rows, dtype=np.int64)
        return codes, np.zeros(rows, dtype=bool), nothing, nothing
    count = sig.sum(axis=1)
    final = sig[:, -1]
    mostly = count >= 0.9 * t - 1e-9
    # length of the run of significant periods ending at the final period
    not_sig = ~sig
    any_break = not_sig.any(axis=1)
    last_break = np.where(any_break, t - 1 - np.argmax(not_sig[:, ::-1], axis=1), -1)
    run = t - 1 - last_break
    before_run = count - run  # significant periods before the final run
    up = (trend_p < trend_alpha) & (trend_z > 0)
    down = (trend_p < trend_alpha) & (trend_z < 0)
    codes = np.where(mostly & final & up, INTENSIFYING, codes)
    codes = np.where(mostly & final & down, DIMINISHING, codes)
    codes = np.where(mostly & final & ~up & ~down, PERSISTENT, codes)
    codes = np.where(mostly & ~final, HISTORICAL, codes)
    return codes, final & ~mostly, run, before_run


def direction(trend_z, trend_p, alpha=TREND_ALPHA):
    """``increasing`` / ``decreasing`` where the Mann-Kendall trend is significant at ``alpha``, else ``no trend``."""
    trend_z = np.asarray(trend_z, dtype=float)
    significant = np.asarray(trend_p, dtype=float) < alpha
    out = np.full(trend_z.shape, NO_TREND, dtype=object)
    out[significant & (trend_z > 0)] = INCREASING
    out[significant & (trend_z < 0)] = DECREASING
    return out


def date_only(times):
    """True when every time present is at midnight (a Date field, or dates without a clock time)."""
    times = np.asarray(times, dtype="datetime64[s]")
    ok = ~np.isnat(times)
    if not ok.any():
        return False
    seconds = times[ok].astype(np.int64) % 86400
    return bool(np.all(seconds == 0))


def emerging_categories(z, p, trend_z, trend_p, alpha=0.10, trend_alpha=TREND_ALPHA):
    """Emerging hot/cold spot category per cell (codes as :func:`category_label`).

    ``z``, ``p``: per-period Gi* z and two-sided p (cells × periods, NaN = no data that period, counted
    as not significant); ``trend_z``, ``trend_p``: Mann-Kendall on the z series.

    Hot spot side (cold is symmetric, codes negated), with T periods and the final period last:
      historical   - final not hot, hot in at least 90 % of the periods;
      intensifying - hot in >= 90 % including the final, z trend increasing (significant);
      diminishing  - same, z trend decreasing (significant);
      persistent   - same, no significant trend;
      new          - final hot, never hot before;
      consecutive  - final run of >= 2 hot periods, never hot before that run (< 90 % hot);
      oscillating  - final hot, < 90 % hot, cold in some earlier period;
      sporadic     - final hot, < 90 % hot, on and off, never cold.
    """
    z = np.asarray(z, dtype=float)
    p = np.asarray(p, dtype=float)
    finite = np.isfinite(z) & np.isfinite(p)
    significant = finite & (p < alpha)
    hot = significant & (z > 0)
    cold = significant & (z < 0)
    trend_z = np.asarray(trend_z, dtype=float)
    trend_p = np.asarray(trend_p, dtype=float)
    result = np.zeros(z.shape[0], dtype=np.int64)
    for sig, other, sign in ((hot, cold, 1), (cold, hot, -1)):
        codes, recent, run, before_run = _one_side(sig, sign * trend_z, trend_p, trend_alpha)
        ever_other = other[:, :-1].any(axis=1) if sig.shape[1] > 1 else np.zeros(len(codes), dtype=bool)
        count = sig.sum(axis=1)
        recent_codes = np.where(
            count == 1,
            NEW,
            np.where(
                (run >= 2) & (before_run == 0),
                CONSECUTIVE,
                np.where(ever_other, OSCILLATING, SPORADIC),
            ),
        )
        codes = np.where(recent, recent_codes, codes)
        result = np.where((result == 0) & (codes != 0), sign * codes, result)
    return result
