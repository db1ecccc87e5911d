"""Which edition of an air standard applies on a given date.

* HJ 633-2026 and GB 3095-2026 replaced HJ 633-2012 and GB 3095-2012 (with its 2018 amendment) on
  2026-03-01 (MEE announcement of 2026-02-24; GB 3095-2026 foreword and clause 4.4).
* GB 3095-2026 clause 4.4: from 2026-03-01 to 2030-12-31 the "transition stage" column of Table 1
  (过渡阶段浓度限值) applies; from 2031-01-01 the final column (浓度限值).

Dates are taken as China Standard Time calendar dates: a datetime is reduced to its date as given
(no time-zone conversion is done here; convert to CST first if your data are in UTC).
"""

import datetime as _dt

import numpy as np

from ..core.messages import PlannerError

AIR_2026_EFFECTIVE = _dt.date(2026, 3, 1)
GB3095_FINAL_FROM = _dt.date(2031, 1, 1)

EDITION_2012 = "2012"
EDITION_2026 = "2026"
EDITIONS = (EDITION_2012, EDITION_2026)

PHASE_TRANSITION = "transition"  # 过渡阶段 2026-03-01 .. 2030-12-31
PHASE_FINAL = "final"  # 2031-01-01 onwards


def to_date(value=None):
    """A ``datetime.date`` from a date, datetime, ISO string, numpy datetime64 or pandas Timestamp.

    ``None`` gives today's date (the edition in force now).
    """
    if value is None:
        return _dt.date.today()
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, np.datetime64):
        return value.astype("datetime64[D]").astype(object)
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return value.to_pydatetime().date()
    if isinstance(value, str):
        text = value.strip()
        try:
            return _dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
        try:
            return _dt.datetime.fromisoformat(text.replace("Z", "")).date()
        except ValueError:
            raise PlannerError("Cannot read a date from '{}': use YYYY-MM-DD.", value) from None
    raise PlannerError("Cannot read a date from {!r}: use YYYY-MM-DD.", value)


def normalise_edition(edition):
    """"2012" or "2026" from 2012, "2026", "HJ 633-2026", "GB 3095—2012", ..."""
    text = str(edition).strip()
    for ed in EDITIONS:
        if text == ed or text.endswith(ed):
            return ed
    raise PlannerError("Unknown edition '{}': use 2012 or 2026.", edition)


def air_edition_for(date=None):
    """Edition of HJ 633 / GB 3095 in force on ``date`` (default today): "2012" or "2026"."""
    return EDITION_2026 if to_date(date) >= AIR_2026_EFFECTIVE else EDITION_2012


def resolve_edition(edition=None, date=None):
    """An explicit ``edition`` wins; otherwise the edition in force on ``date`` (default today)."""
    if edition is not None:
        return normalise_edition(edition)
    return air_edition_for(date)


def gb3095_phase_for(date=None):
    """GB 3095-2026 implementation phase on ``date``: "transition" (to 2030-12-31) or "final"."""
    return PHASE_FINAL if to_date(date) >= GB3095_FINAL_FROM else PHASE_TRANSITION


def air_editions_for(dates):
    """Vectorised :func:`air_edition_for` for an array of datetime64 (or anything numpy can cast)."""
    d = np.asarray(dates).astype("datetime64[D]")
    return np.where(d >= np.datetime64(AIR_2026_EFFECTIVE.isoformat()), EDITION_2026, EDITION_2012)
