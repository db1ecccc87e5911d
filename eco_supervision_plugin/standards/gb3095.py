"""GB 3095 Ambient air quality standards, editions 2012 and 2026: Table 1 basic items.

Grade I limits apply in class-1 zones (nature reserves, scenic areas), Grade II in class-2 zones
(residential, commercial, industrial and rural areas) — clause 4.2 of both editions.

Sources
-------
* GB 3095-2012 Table 1 "环境空气污染物基本项目浓度限值" (in force 2016-01-01 .. 2026-02-28).
  Cross-checked against a public transcription of Table 1 and the HJ 633-2012 IAQI-100 nodes.
* GB 3095-2026 Table 1 (in force 2026-03-01), with two columns: "过渡阶段浓度限值" applied from
  2026-03-01 to 2030-12-31 and "浓度限值" from 2031-01-01 (clause 4.4). Values transcribed from two
  independent public transcriptions of Table 1 that agree on every cell (a limit library "逐项对照原文
  录入" and the test table of an environment-charts module), and consistent with the MEE/Xinhua release
  of 2026-02-24 (PM2.5 annual 10/25, 24-h 25/50; transition Grade II 30 and 60) and the MEE press
  conference of 2026-02-27 (PM10 annual Grade II 60 in the transition, 50 from 2031).

Units: µg/m³, CO mg/m³. SO2, NO2, CO, O3 are at reference conditions (298.15 K, 1013.25 hPa in 2026;
the 2018 amendment of GB 3095-2012 uses the same), particulate matter at actual conditions.
Averaging keys: "annual", "24h", "1h", "8h" (O3 daily maximum 8-h mean).
"""

import numpy as np

from ..core.messages import PlannerError
from .editions import (
    EDITION_2012,
    EDITION_2026,
    PHASE_FINAL,
    PHASE_TRANSITION,
    gb3095_phase_for,
    normalise_edition,
    resolve_edition,
)
from .hj633 import normalise_pollutant

UNITS = {"SO2": "µg/m³", "NO2": "µg/m³", "PM10": "µg/m³", "PM2_5": "µg/m³", "CO": "mg/m³", "O3": "µg/m³"}

# (pollutant, averaging) -> (Grade I, Grade II)
_T1_2012 = {
    ("SO2", "annual"): (20, 60), ("SO2", "24h"): (50, 150), ("SO2", "1h"): (150, 500),
    ("NO2", "annual"): (40, 40), ("NO2", "24h"): (80, 80), ("NO2", "1h"): (200, 200),
    ("CO", "24h"): (4, 4), ("CO", "1h"): (10, 10),
    ("O3", "8h"): (100, 160), ("O3", "1h"): (160, 200),
    ("PM10", "annual"): (40, 70), ("PM10", "24h"): (50, 150),
    ("PM2_5", "annual"): (15, 35), ("PM2_5", "24h"): (35, 75),
}
# GB 3095-2026 Table 1, column "过渡阶段浓度限值" (2026-03-01 .. 2030-12-31).
_T1_2026_TRANSITION = {
    ("SO2", "annual"): (20, 60), ("SO2", "24h"): (50, 150), ("SO2", "1h"): (150, 500),
    ("NO2", "annual"): (40, 40), ("NO2", "24h"): (80, 80), ("NO2", "1h"): (200, 200),
    ("CO", "24h"): (4, 4), ("CO", "1h"): (10, 10),
    ("O3", "8h"): (100, 160), ("O3", "1h"): (160, 200),
    ("PM10", "annual"): (40, 60), ("PM10", "24h"): (50, 120),
    ("PM2_5", "annual"): (15, 30), ("PM2_5", "24h"): (35, 60),
}
# GB 3095-2026 Table 1, column "浓度限值" (from 2031-01-01).
_T1_2026_FINAL = {
    ("SO2", "annual"): (20, 20), ("SO2", "24h"): (50, 50), ("SO2", "1h"): (150, 150),
    ("NO2", "annual"): (30, 30), ("NO2", "24h"): (50, 50), ("NO2", "1h"): (200, 200),
    ("CO", "24h"): (4, 4), ("CO", "1h"): (10, 10),
    ("O3", "8h"): (100, 160), ("O3", "1h"): (160, 200),
    ("PM10", "annual"): (20, 50), ("PM10", "24h"): (50, 100),
    ("PM2_5", "annual"): (10, 25), ("PM2_5", "24h"): (25, 50),
}

TABLES = {
    (EDITION_2012, None): _T1_2012,
    (EDITION_2026, PHASE_TRANSITION): _T1_2026_TRANSITION,
    (EDITION_2026, PHASE_FINAL): _T1_2026_FINAL,
}

_AVG = {
    "annual": "annual", "year": "annual", "yearly": "annual", "年平均": "annual", "年均": "annual",
    "24h": "24h", "24": "24h", "daily": "24h", "day": "24h", "日平均": "24h", "日均": "24h",
    "1h": "1h", "1": "1h", "hourly": "1h", "hour": "1h", "1小时平均": "1h",
    "8h": "8h", "8": "8h", "dailymax8h": "8h", "max8h": "8h", "日最大8小时平均": "8h",
}


def normalise_averaging(averaging):
    key = str(averaging).strip().lower().replace(" ", "").replace("_", "").replace("-", "")
    try:
        return _AVG[key]
    except KeyError:
        raise PlannerError("Unknown averaging period '{}': use annual, 24h, 1h or 8h.", averaging) from None


def resolve(edition=None, date=None, phase=None):
    """(edition, phase) for a date: phase is None for 2012, "transition"/"final" for 2026.

    An explicit ``phase`` selects a 2026 column regardless of the date (e.g. phase="final" to compare
    today's data with the 2031 limits).
    """
    ed = resolve_edition(edition, date)
    if phase is not None:
        ed = EDITION_2026 if edition is None else normalise_edition(edition)
        if ed != EDITION_2026:
            raise PlannerError("GB 3095-2012 has no implementation phases.")
        if phase not in (PHASE_TRANSITION, PHASE_FINAL):
            raise PlannerError("Unknown phase '{}': use transition or final.", phase)
        return ed, phase
    if ed == EDITION_2012:
        return ed, None
    return ed, gb3095_phase_for(date)


def limit(pollutant, averaging, grade=2, edition=None, date=None, phase=None):
    """Concentration limit (µg/m³; CO mg/m³) of GB 3095 Table 1 for a grade (1 or 2)."""
    return limit_info(pollutant, averaging, grade, edition, date, phase)["limit"]


def limit_info(pollutant, averaging, grade=2, edition=None, date=None, phase=None):
    """The limit with its provenance: {"limit", "unit", "edition", "phase", "standard", "grade", ...}."""
    code = normalise_pollutant(pollutant)
    if code is None:
        raise PlannerError("Unknown pollutant '{}': use SO2, NO2, PM10, PM2_5, CO or O3.", pollutant)
    avg = normalise_averaging(averaging)
    if grade not in (1, 2) or isinstance(grade, bool):
        raise PlannerError("Grade must be 1 (class-1 zones) or 2 (class-2 zones).")
    ed, ph = resolve(edition, date, phase)
    table = TABLES[(ed, ph)]
    try:
        value = table[(code, avg)][grade - 1]
    except KeyError:
        raise PlannerError("GB 3095-{} has no {} limit for {}.", ed, avg, code) from None
    return {
        "limit": float(value), "unit": UNITS[code], "pollutant": code, "averaging": avg, "grade": grade,
        "edition": ed, "phase": ph, "standard": "GB 3095-{}".format(ed),
    }


def exceeds(pollutant, averaging, value, grade=2, edition=None, date=None, phase=None):
    """True when ``value`` is above the limit (a value equal to the limit complies); None if missing."""
    if value is None or value != value:
        return None
    return float(value) > limit(pollutant, averaging, grade, edition, date, phase)


def exceedance_multiple(pollutant, averaging, value, grade=2, edition=None, date=None, phase=None):
    """(C − limit) / limit when above the limit, else 0.0 (HJ 663 超标倍数); NaN if missing."""
    if value is None or value != value:
        return float("nan")
    lim = limit(pollutant, averaging, grade, edition, date, phase)
    v = float(value)
    return (v - lim) / lim if v > lim else 0.0


def exceeds_array(pollutant, averaging, values, grade=2, edition=None, date=None, phase=None):
    """Vectorised :func:`exceeds` (NaN values give False)."""
    lim = limit(pollutant, averaging, grade, edition, date, phase)
    v = np.asarray(values, dtype=float)
    with np.errstate(invalid="ignore"):
        return v > lim
