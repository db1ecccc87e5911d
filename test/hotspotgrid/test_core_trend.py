"""Mann-Kendall against hand-computed S, Var(S), Z; emerging hot spot categories on hand-built series."""

import datetime as dt
import math

import numpy as np
import pytest
from scipy.stats import norm

from eco_supervision.eco_supervision_plugin.core.hotspot import trend


def test_mann_kendall_by_hand():
    s, var, z, p, n = trend.mann_kendall(
        [
            [1, 2, 3, 4, 5],  # S = 10 (all 10 pairs increase), Var = 5*4*15/18
            [5, 4, 3, 2, 1],
            [1, 1, 2, 2, 3],  # S = 8; ties: two groups of 2 → 2*1*9 each; Var = (300 - 36)/18
            [1, np.nan, 3, 2, np.nan],  # values 1, 3, 2: S = 1 + 1 - 1 = 1; Var = 3*2*11/18; Z = 0
            [4, 4, 4, 4, 4],  # S = 0; one tie group of 5: Var = (300 - 300)/18 = 0 → Z = 0
        ]
    )
    assert s.tolist() == [10, -10, 8, 1, 0]
    assert var[:4] == pytest.approx([300 / 18, 300 / 18, 264 / 18, 66 / 18])
    assert z[0] == pytest.approx(9 / math.sqrt(300 / 18))
    assert z[1] == pytest.approx(-9 / math.sqrt(300 / 18))
    assert z[2] == pytest.approx(7 / math.sqrt(264 / 18))
    assert z[3] == 0 and z[4] == 0
    assert p[0] == pytest.approx(2 * norm.sf(9 / math.sqrt(300 / 18)))
    assert n.tolist() == [5, 5, 5, 3, 5]


def test_mann_kendall_larger_ties_by_hand():
    # x = 2, 2, 2, 5, 1, 5: pairs (i<j) sign(x_j - x_i):
    # from 2 (x3): 0,0,+,-,+ → +1 each for the three 2s → 3; 5: -,0 → -1; 1: + → +1 ; S = 3 - 1 + 1 = 3
    # ties: group of three 2s → 3*2*11 = 66, group of two 5s → 2*1*9 = 18; Var = (6*5*17 - 84)/18
    s, var, z, _, _ = trend.mann_kendall([[2, 2, 2, 5, 1, 5]])
    assert s[0] == 3
    assert var[0] == pytest.approx((510 - 84) / 18)
    assert z[0] == pytest.approx(2 / math.sqrt((510 - 84) / 18))


def gi_series(rows):
    """z series → (z, two-sided p)."""
    z = np.array(rows, dtype=float)
    return z, 2 * norm.sf(np.abs(z))


CASES = {
    # 10 periods; 2.0 = hot at 95 %, 0.5 = not significant, -2.0 = cold
    "new hot spot": [0.5, 0.2, 0.1, 0.3, 0.5, 0.2, 0.1, 0.0, 0.4, 2.0],
    "consecutive hot spot": [0.5, 0.2, -0.1, 0.3, 0.5, 0.2, 0.1, 2.0, 2.2, 2.0],
    "intensifying hot spot": [2.0, 2.2, 2.4, 2.6, 2.8, 3.0, 3.2, 3.4, 3.6, 3.8],
    "diminishing hot spot": [3.8, 3.6, 3.4, 3.2, 3.0, 2.8, 2.6, 2.4, 2.2, 2.0],
    "persistent hot spot": [2.5, 3.0, 2.5, 3.0, 2.5, 3.0, 2.5, 3.0, 2.5, 3.0],
    "sporadic hot spot": [0.5, 2.0, 0.5, 0.2, 2.2, 0.1, 0.3, 2.1, 0.2, 2.0],
    "oscillating hot spot": [0.5, -2.0, 0.5, 0.2, 2.2, 0.1, 0.3, 0.1, 0.2, 2.0],
    "historical hot spot": [2.0, 2.5, 2.0, 2.5, 2.0, 2.5, 2.0, 2.5, 2.0, 0.5],
    "no pattern": [0.5, 1.0, 0.2, -0.5, 0.3, 0.1, 0.0, 1.2, -1.0, 0.4],
}


def test_emerging_categories_on_hand_built_series():
    names = list(CASES)
    rows = [CASES[name] for name in names]
    rows += [[-v for v in CASES[name]] for name in names if name != "no pattern"]
    z, p = gi_series(rows)
    _, _, tz, tp, _ = trend.mann_kendall(z)
    codes = trend.emerging_categories(z, p, tz, tp)
    labels = [trend.category_label(c) for c in codes]
    expected = names + [name.replace("hot", "cold") for name in names if name != "no pattern"]
    assert labels == expected


def test_emerging_edge_cases():
    # a period without data is not significant: hot 8 of 10 with a gap → not >= 90 %, sporadic
    z, p = gi_series([[2.0, 2.0, np.nan, 2.0, 2.0, 2.0, 0.1, 2.0, 2.0, 2.0]])
    _, _, tz, tp, _ = trend.mann_kendall(z)
    assert trend.category_label(trend.emerging_categories(z, p, tz, tp)[0]) == "sporadic hot spot"
    # 90 % exactly: 9 of 10 hot including the final → persistent (no trend)
    z, p = gi_series([[0.1, 2.5, 3.0, 2.5, 3.0, 2.5, 3.0, 2.5, 3.0, 2.5]])
    _, _, tz, tp, _ = trend.mann_kendall(z)
    assert trend.category_label(trend.emerging_categories(z, p, tz, tp)[0]) == "persistent hot spot"


def test_parse_times_and_periods():
    t = trend.parse_times(["2024-05-01 08:30:00", "2024-05-01T23:59:59", dt.datetime(2024, 5, 3, 1), None,
                           dt.date(2024, 5, 6), "2024/05/02 00:00", "2024-05-02T10:00:00+08:00"])
    assert str(t[0]) == "2024-05-01T08:30:00" and np.isnat(t[3])
    idx, labels = trend.period_index(t, "day")
    assert labels == ["2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05", "2024-05-06"]
    assert idx.tolist() == [0, 0, 2, -1, 5, 1, 1]
    idx, labels = trend.period_index(t, "week")  # 2024-05-01 is a Wednesday of ISO week 18; 05-06 a Monday
    assert labels == ["2024-W18", "2024-W19"] and idx.tolist() == [0, 0, 0, -1, 1, 0, 0]
    idx, labels = trend.period_index(t, "month")
    assert labels == ["2024-05"] and idx.tolist() == [0, 0, 0, -1, 0, 0, 0]
    idx, labels = trend.period_index(t[:2], "hour")
    assert labels[0] == "2024-05-01 08h" and len(labels) == 16 and idx.tolist() == [0, 15]
    with pytest.raises(ValueError, match="yesterday"):
        trend.parse_times(["2024-05-01", "yesterday"])


def test_direction_uses_one_alpha():
    z = np.array([2.5, -2.5, 1.8, -1.8, 0.0])
    p = 2.0 * norm.sf(np.abs(z))  # 0.0124, 0.0124, 0.0719, 0.0719, 1
    assert trend.direction(z, p).tolist() == ["increasing", "decreasing", "no trend", "no trend", "no trend"]
    assert trend.direction(z, p, alpha=0.10).tolist() == ["increasing", "decreasing", "increasing", "decreasing",
                                                           "no trend"]


def test_date_only_times():
    dates = np.array(["2024-05-01", "2024-05-02", "NaT"], dtype="datetime64[s]")
    assert trend.date_only(dates)
    assert not trend.date_only(np.array(["2024-05-01T08:00", "2024-05-02"], dtype="datetime64[s]"))
    assert not trend.date_only(np.array(["NaT"], dtype="datetime64[s]"))
