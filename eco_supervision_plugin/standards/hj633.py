"""HJ 633 Technical regulation on ambient air quality index (AQI), editions 2012 and 2026.

Sources and what each value rests on
------------------------------------
HJ 633-2012 (in force nationally 2016-01-01 .. 2026-02-28), Table 1 "空气质量分指数及对应的污染物项目
浓度限值", formula (1) and Appendix A (category colours). Transcribed here and cross-checked against
three public implementations (caiyunapp/aqi-hub ``src/cn.rs`` before v0.3.0 and its tests, a research
schema module with ``_IAQI_BREAKPOINTS_2012`` and an independent ``hj633.py`` tool).

HJ 633-2026 (in force from 2026-03-01), Table 3 (breakpoints), clause 4.2 (rounding) and notes b/c of
Table 3. The full text was not available to us; the values below are those on which four independent
public implementations that cite the published text (MEE PDF W020260225366493492011.pdf) agree:

* PM2.5 24-h breakpoints 0, 35, 60, 115, 150, 250, 350, 500 µg/m³ (2012: the IAQI-100 node was 75);
  PM10 24-h breakpoints 0, 50, 120, 250, 350, 420, 500, 600 µg/m³ (2012: 150). All other pollutants'
  breakpoints are unchanged from 2012.
* Note b: SO2 1-h above 800 µg/m³ → IAQI 200. Note c: O3 8-h above 800 µg/m³ → IAQI 300.
  (HJ 633-2012 instead reports the SO2 24-h IAQI and the O3 1-h IAQI in those cases.)
* Concentrations are rounded before the IAQI is computed, by GB/T 8170 (round half to even):
  PM2.5 and PM10 to whole µg/m³ (e.g. 60.5 → 60, IAQI 100; 60.6 → 61, IAQI 101).
  UNVERIFIED: the rounding of SO2, NO2, O3 (whole µg/m³) and CO (0.1 mg/m³) follows the data precision
  of HJ 663; no source we could read states it for HJ 633-2026. See ``ROUNDING_DIGITS``.
* IAQI and AQI are rounded up to an integer (进位取整) in both editions.

Beyond the top breakpoint (IAQI 500) neither edition's table defines a segment; this module reports
500 and sets ``beyond_scale`` on AqiResult (the behaviour of all the implementations above).
Particulate 1-h concentrations (real-time report) are indexed with the 24-h breakpoints, since the
standard has no 1-h breakpoints for PM2.5/PM10.

Units: µg/m³ for SO2, NO2, O3, PM10, PM2.5; mg/m³ for CO.
"""

import decimal
import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..core.messages import Note, PlannerError
from .editions import EDITION_2012, EDITION_2026, air_edition_for, resolve_edition

IAQI_NODES = (0, 50, 100, 150, 200, 300, 400, 500)

POLLUTANTS = ("SO2", "NO2", "PM10", "PM2_5", "CO", "O3")

UNITS = {"SO2": "µg/m³", "NO2": "µg/m³", "PM10": "µg/m³", "PM2_5": "µg/m³", "CO": "mg/m³", "O3": "µg/m³"}

# HJ 633-2012 Table 1 (concentration at IAQI 0, 50, 100, 150, 200, 300, 400, 500).
_BP_2012 = {
    ("SO2", "24h"): (0, 50, 150, 475, 800, 1600, 2100, 2620),
    ("SO2", "1h"): (0, 150, 500, 650, 800),  # note (2): above 800 use the 24-h IAQI
    ("NO2", "24h"): (0, 40, 80, 180, 280, 565, 750, 940),
    ("NO2", "1h"): (0, 100, 200, 700, 1200, 2340, 3090, 3840),
    ("PM10", "24h"): (0, 50, 150, 250, 350, 420, 500, 600),
    ("CO", "24h"): (0, 2, 4, 14, 24, 36, 48, 60),
    ("CO", "1h"): (0, 5, 10, 35, 60, 90, 120, 150),
    ("O3", "1h"): (0, 160, 200, 300, 400, 800, 1000, 1200),
    ("O3", "8h"): (0, 100, 160, 215, 265, 800),  # note (3): above 800 use the 1-h IAQI
    ("PM2_5", "24h"): (0, 35, 75, 115, 150, 250, 350, 500),
}
# HJ 633-2026 Table 3: only the PM2.5 and PM10 rows differ from 2012.
_BP_2026 = dict(_BP_2012)
_BP_2026[("PM2_5", "24h")] = (0, 35, 60, 115, 150, 250, 350, 500)
_BP_2026[("PM10", "24h")] = (0, 50, 120, 250, 350, 420, 500, 600)

BREAKPOINTS = {EDITION_2012: _BP_2012, EDITION_2026: _BP_2026}

#: HJ 633-2026: decimals kept when rounding a concentration (GB/T 8170) before indexing.
#: PM2.5/PM10: verified (see module docstring); the others: unverified assumption, see docstring.
ROUNDING_DIGITS = {EDITION_2026: {"PM2_5": 0, "PM10": 0, "SO2": 0, "NO2": 0, "O3": 0, "CO": 1}}
ROUNDING_VERIFIED = {"PM2_5": True, "PM10": True, "SO2": False, "NO2": False, "O3": False, "CO": False}

#: AQI level → (category zh, category en, colour hex, RGB). HJ 633-2012 Table 2 and Appendix A;
#: unchanged in 2026.
CATEGORIES = {
    1: ("优", "Excellent", "#00E400", (0, 228, 0)),
    2: ("良", "Good", "#FFFF00", (255, 255, 0)),
    3: ("轻度污染", "Lightly polluted", "#FF7E00", (255, 126, 0)),
    4: ("中度污染", "Moderately polluted", "#FF0000", (255, 0, 0)),
    5: ("重度污染", "Heavily polluted", "#99004C", (153, 0, 76)),
    6: ("严重污染", "Severely polluted", "#7E0023", (126, 0, 35)),
}
CATEGORY_COLOURS = {level: row[2] for level, row in CATEGORIES.items()}
LEVEL_UPPER = (50, 100, 150, 200, 300)  # AQI upper bound of levels 1..5; level 6 above 300

_POLLUTANT_ALIASES = {
    "so2": "SO2", "二氧化硫": "SO2",
    "no2": "NO2", "二氧化氮": "NO2",
    "pm10": "PM10", "可吸入颗粒物": "PM10",
    "pm25": "PM2_5", "pm2.5": "PM2_5", "pm2_5": "PM2_5", "细颗粒物": "PM2_5",
    "co": "CO", "一氧化碳": "CO",
    "o3": "O3", "臭氧": "O3",
}
_AVERAGING_ALIASES = {
    "24h": "24h", "24": "24h", "daily": "24h", "day": "24h", "d": "24h",
    "1h": "1h", "1": "1h", "hourly": "1h", "hour": "1h", "h": "1h", "realtime": "1h",
    "8h": "8h", "8": "8h", "o38h": "8h",
}


def normalise_pollutant(name):
    """"SO2", "NO2", "PM10", "PM2_5", "CO" or "O3" from e.g. "PM2.5", "pm25", "细颗粒物"; None if unknown."""
    key = str(name).strip().lower().replace(" ", "").replace("-", "").replace("₂", "2").replace("₃", "3")
    if key in _POLLUTANT_ALIASES:
        return _POLLUTANT_ALIASES[key]
    return _POLLUTANT_ALIASES.get(key.replace("_", "").replace(".", ""))


def normalise_averaging(averaging):
    key = str(averaging).strip().lower().replace(" ", "").replace("_", "").replace("-", "")
    try:
        return _AVERAGING_ALIASES[key]
    except KeyError:
        raise PlannerError("Unknown averaging period '{}': use 24h, 1h or 8h.", averaging) from None


def _pollutant(name):
    code = normalise_pollutant(name)
    if code is None:
        raise PlannerError("Unknown pollutant '{}': use SO2, NO2, PM10, PM2_5, CO or O3.", name)
    return code


def breakpoints(pollutant, averaging, edition=None, date=None):
    """Concentrations at IAQI 0, 50, 100, ... for one pollutant and averaging period.

    PM10/PM2.5 "1h" returns the 24-h breakpoints (used for 1-h concentrations in real-time reports).
    """
    ed = resolve_edition(edition, date)
    code = _pollutant(pollutant)
    avg = normalise_averaging(averaging)
    if code in ("PM10", "PM2_5") and avg == "1h":
        avg = "24h"
    try:
        return BREAKPOINTS[ed][(code, avg)]
    except KeyError:
        raise PlannerError("HJ 633-{} has no {} breakpoints for {}.", ed, avg, code) from None


def round_concentration(pollutant, value, edition):
    """GB/T 8170 rounding (half to even) of a concentration as HJ 633-2026 requires; 2012: unchanged."""
    digits = ROUNDING_DIGITS.get(edition, {}).get(_pollutant(pollutant))
    if digits is None:
        return float(value)
    quantum = decimal.Decimal(1).scaleb(-digits)
    return float(decimal.Decimal(repr(float(value))).quantize(quantum, rounding=decimal.ROUND_HALF_EVEN))


def _ceil(raw):
    # A raw value that is mathematically an integer must not be pushed up by float noise.
    nearest = round(raw)
    if abs(raw - nearest) < 1e-9:
        return int(nearest)
    return int(math.ceil(raw))


def _interp(value, bps):
    for i in range(1, len(bps)):
        if value <= bps[i]:
            lo, hi = bps[i - 1], bps[i]
            ilo, ihi = IAQI_NODES[i - 1], IAQI_NODES[i]
            return ilo + (ihi - ilo) * (value - lo) / (hi - lo)
    return None  # above the top breakpoint


def _valid(value):
    if value is None:
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise PlannerError("Not a number: {!r}", value) from None
    if math.isnan(v) or math.isinf(v) or v < 0:
        return None
    return v


def iaqi(pollutant, concentration, averaging="24h", edition=None, date=None, fallback=None):
    """Individual air quality index (IAQI, integer) of one concentration; None when not computable.

    ``edition``: "2012" / "2026"; default the edition in force on ``date`` (default today).
    ``fallback``: for HJ 633-2012 only, the concentration to use when SO2 1-h exceeds 800 (the SO2
    24-h mean) or O3 8-h exceeds 800 (the O3 1-h value); without it those cases give None.
    Negative, NaN or missing concentrations give None. Above the top breakpoint: 500.
    """
    ed = resolve_edition(edition, date)
    code = _pollutant(pollutant)
    avg = normalise_averaging(averaging)
    v = _valid(concentration)
    if v is None:
        return None
    bps = breakpoints(code, avg, ed)
    if ed == EDITION_2026:
        v = round_concentration(code, v, ed)
    if code == "SO2" and avg == "1h" and v > 800:
        if ed == EDITION_2026:
            return 200  # HJ 633-2026 Table 3 note b
        return iaqi("SO2", fallback, "24h", ed) if fallback is not None else None  # 2012 Table 1 note (2)
    if code == "O3" and avg == "8h" and v > 800:
        if ed == EDITION_2026:
            return 300  # HJ 633-2026 Table 3 note c
        return iaqi("O3", fallback, "1h", ed) if fallback is not None else None  # 2012 Table 1 note (3)
    raw = _interp(v, bps)
    if raw is None:
        return IAQI_NODES[len(bps) - 1]
    return _ceil(raw)


def level_of(aqi_value):
    """AQI level 1..6 (HJ 633 Table 2: 0–50, 51–100, 101–150, 151–200, 201–300, >300); None for None."""
    if aqi_value is None:
        return None
    for level, upper in enumerate(LEVEL_UPPER, start=1):
        if aqi_value <= upper:
            return level
    return 6


@dataclass
class AqiResult:
    aqi: Optional[int]
    iaqi: dict[str, Optional[int]]
    primary: list[str]
    level: Optional[int]
    category_zh: str
    category_en: str
    colour: str
    colour_rgb: Optional[tuple]
    edition: str
    standard: str
    averaging: str
    beyond_scale: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self):
        return {
            "aqi": self.aqi, "iaqi": dict(self.iaqi), "primary": list(self.primary), "level": self.level,
            "category_zh": self.category_zh, "category_en": self.category_en, "colour": self.colour,
            "edition": self.edition, "standard": self.standard, "averaging": self.averaging,
            "beyond_scale": list(self.beyond_scale), "notes": list(self.notes),
        }


def _daily_avg(code):
    return "8h" if code == "O3" else "24h"


def aqi(concentrations, averaging="24h", edition=None, date=None):
    """AQI of a set of concentrations: max IAQI, primary pollutant(s), level, category, colour, edition.

    ``concentrations``: {pollutant: value}. With ``averaging="24h"`` (daily report) O3 is the daily
    maximum 8-h mean; with ``"1h"`` (real-time report) SO2/NO2/CO/O3 are 1-h means and PM10/PM2.5 are
    indexed with the 24-h breakpoints. Extra keys "SO2_24h" (for SO2 1-h above 800) and "O3_1h" (for
    O3 8-h above 800) provide the HJ 633-2012 fallbacks; "O3_8h" adds the 8-h O3 in a real-time report.
    Primary pollutants: those whose IAQI equals the AQI, only when AQI > 50.
    """
    ed = resolve_edition(edition, date)
    avg = normalise_averaging(averaging)
    if avg == "8h":
        raise PlannerError("AQI averaging is 24h (daily report) or 1h (real-time report).")
    values, extras = {}, {}
    for name, value in concentrations.items():
        text = str(name)
        low = text.lower().replace("-", "_")
        if low in ("so2_24h", "o3_1h", "o3_8h"):
            extras[low] = value
            continue
        code = normalise_pollutant(text)
        if code is not None:
            values[code] = value
    if "o3_1h" in extras and avg == "1h" and "O3" not in values:
        values["O3"] = extras["o3_1h"]
    indices, beyond, notes = {}, [], []
    for code in POLLUTANTS:
        if code not in values:
            continue
        p_avg = _daily_avg(code) if avg == "24h" else "1h"
        fallback = None
        if code == "SO2" and p_avg == "1h":
            fallback = extras.get("so2_24h")
        if code == "O3" and p_avg == "8h":
            fallback = extras.get("o3_1h")
        value = indices[code] = iaqi(code, values[code], p_avg, ed, fallback=fallback)
        v = _valid(values[code])
        if v is not None:
            top = breakpoints(code, p_avg, ed)[-1]
            if v > top:
                if value is None:
                    notes.append(Note("{} above {} {}: HJ 633-2012 needs the {} value.",
                                      code, top, UNITS[code], "24-h" if code == "SO2" else "1-h"))
                else:
                    beyond.append(code)
    if avg == "1h" and "o3_8h" in extras:
        o3_8 = iaqi("O3", extras["o3_8h"], "8h", ed, fallback=values.get("O3"))
        if o3_8 is not None and (indices.get("O3") is None or o3_8 > indices["O3"]):
            indices["O3"] = o3_8
    present = [v for v in indices.values() if v is not None]
    total = max(present) if present else None
    level = level_of(total)
    primary = [c for c, v in indices.items() if v is not None and total is not None and total > 50 and v == total]
    cat = CATEGORIES.get(level, ("", "", "", None))
    return AqiResult(
        aqi=total, iaqi=indices, primary=primary, level=level, category_zh=cat[0], category_en=cat[1],
        colour=cat[2], colour_rgb=cat[3], edition=ed, standard="HJ 633-{}".format(ed), averaging=avg,
        beyond_scale=beyond, notes=notes,
    )


# ------------------------------------------------------------------------------------------------
# Vectorised variants (numpy arrays in, arrays out) for large tables.
# ------------------------------------------------------------------------------------------------
def _round_half_even(v, digits):
    # numpy rounds exact halves to even, as GB/T 8170 does (60.5 -> 60, 61.5 -> 62).
    return np.round(v, digits)


def iaqi_array(pollutant, values, averaging="24h", edition=None, date=None, fallback=None):
    """Vectorised :func:`iaqi`: float array, NaN where not computable."""
    ed = resolve_edition(edition, date)
    code = _pollutant(pollutant)
    avg = normalise_averaging(averaging)
    v = np.asarray(values, dtype=float).copy()
    bad = ~np.isfinite(v) | (v < 0)
    v[bad] = np.nan
    bps = np.asarray(breakpoints(code, avg, ed), dtype=float)
    nodes = np.asarray(IAQI_NODES[: len(bps)], dtype=float)
    if ed == EDITION_2026:
        v = _round_half_even(v, ROUNDING_DIGITS[ed][code])
    raw = np.interp(v, bps, nodes)
    near = np.round(raw)
    out = np.where(np.abs(raw - near) < 1e-9, near, np.ceil(raw))
    out[np.isnan(v)] = np.nan
    special = None
    if code == "SO2" and avg == "1h":
        special = (v > 800, 200.0, "SO2", "24h")
    elif code == "O3" and avg == "8h":
        special = (v > 800, 300.0, "O3", "1h")
    if special is not None:
        mask = special[0] & ~np.isnan(v)
        if ed == EDITION_2026:
            out[mask] = special[1]
        elif fallback is not None:
            fb = iaqi_array(special[2], np.broadcast_to(np.asarray(fallback, dtype=float), v.shape), special[3], ed)
            out[mask] = fb[mask]
        else:
            out[mask] = np.nan
    return out


def aqi_array(concentrations, averaging="24h", edition=None, date=None):
    """Vectorised :func:`aqi`: dict with "aqi" (float, NaN if nothing computable), "level" (int8, 0 if
    none), "iaqi" {pollutant: array} and "primary" (object array of comma-joined pollutant codes)."""
    ed = resolve_edition(edition, date)
    avg = normalise_averaging(averaging)
    indices = {}
    fallbacks = {str(k).lower(): v for k, v in concentrations.items()}
    for name, values in concentrations.items():
        code = normalise_pollutant(name)
        if code is None:
            continue
        p_avg = _daily_avg(code) if avg == "24h" else "1h"
        fb = fallbacks.get("so2_24h") if (code == "SO2" and p_avg == "1h") else None
        if code == "O3" and p_avg == "8h":
            fb = fallbacks.get("o3_1h")
        indices[code] = iaqi_array(code, values, p_avg, ed, fallback=fb)
    if not indices:
        raise PlannerError("No known pollutant among: {}", ", ".join(map(str, concentrations)))
    indices = {c: indices[c] for c in POLLUTANTS if c in indices}  # same order as aqi()
    stack = np.vstack([indices[c] for c in indices])
    with np.errstate(invalid="ignore"):
        all_nan = np.all(np.isnan(stack), axis=0)
        total = np.where(all_nan, np.nan, np.nanmax(np.where(np.isnan(stack), -1, stack), axis=0))
    level = np.zeros(total.shape, dtype=np.int8)
    ok = ~np.isnan(total)
    level[ok] = np.searchsorted(np.asarray(LEVEL_UPPER, dtype=float), total[ok], side="left") + 1
    codes = list(indices)
    is_primary = (stack == total) & (total > 50)
    mask = (is_primary * (1 << np.arange(len(codes)))[:, None]).sum(axis=0)
    names = {0: ""}
    for m in np.unique(mask):
        names[int(m)] = ",".join(c for i, c in enumerate(codes) if int(m) >> i & 1)
    primary = np.array([names[int(m)] for m in np.unique(mask)], dtype=object)[np.searchsorted(np.unique(mask), mask)]
    return {"aqi": total, "level": level, "iaqi": indices, "primary": primary, "edition": ed}


def edition_for(date=None):
    """"2012" or "2026": the HJ 633 edition in force on ``date`` (default today)."""
    return air_edition_for(date)
