"""HJ 633 IAQI/AQI. Expected numbers come from the standards' tables and formula (1), worked by hand."""

import math

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.standards import editions, hj633

NODES = (0, 50, 100, 150, 200, 300, 400, 500)
# HJ 633-2012 Table 1.
T2012 = {
    ("SO2", "24h"): (0, 50, 150, 475, 800, 1600, 2100, 2620),
    ("SO2", "1h"): (0, 150, 500, 650, 800),
    ("NO2", "24h"): (0, 40, 80, 180, 280, 565, 750, 940),
    ("NO2", "1h"): (0, 100, 200, 700, 1200, 2340, 3090, 3840),
    ("PM10", "24h"): (0, 50, 150, 250, 350, 420, 500, 600),
    ("CO", "24h"): (0, 2, 4, 14, 24, 36, 48, 60),
    ("CO", "1h"): (0, 5, 10, 35, 60, 90, 120, 150),
    ("O3", "1h"): (0, 160, 200, 300, 400, 800, 1000, 1200),
    ("O3", "8h"): (0, 100, 160, 215, 265, 800),
    ("PM2_5", "24h"): (0, 35, 75, 115, 150, 250, 350, 500),
}
# HJ 633-2026 Table 3: PM rows changed.
T2026 = dict(T2012)
T2026[("PM2_5", "24h")] = (0, 35, 60, 115, 150, 250, 350, 500)
T2026[("PM10", "24h")] = (0, 50, 120, 250, 350, 420, 500, 600)


def _cases(table):
    for (p, avg), bps in sorted(table.items()):
        for i, c in enumerate(bps):
            yield p, avg, c, NODES[i]


@pytest.mark.parametrize("edition,table", [("2012", T2012), ("2026", T2026)])
def test_every_breakpoint_gives_its_node(edition, table):
    for p, avg, c, node in _cases(table):
        assert hj633.iaqi(p, c, avg, edition=edition) == node, (edition, p, avg, c)


def test_just_above_and_below_breakpoints_2012():
    # Formula (1) with ceiling: just above a node is node + 1 (small steps), just below is the node.
    for p, avg, c, node in _cases(T2012):
        if 0 < node < 500 and not (p in ("SO2", "O3") and c == 800):
            step = 0.01
            assert hj633.iaqi(p, c + step, avg, edition="2012") == node + 1, (p, avg, c)
            assert hj633.iaqi(p, c - step, avg, edition="2012") == node, (p, avg, c)


def test_hand_computed_2012():
    # PM2.5 24h 80 µg/m³: 100 + (150-100)/(115-75)*(80-75) = 106.25 -> 107.
    assert hj633.iaqi("PM2.5", 80, "24h", edition="2012") == 107
    # NO2 1h 350: 100 + 50/500*150 = 115 exactly.
    assert hj633.iaqi("NO2", 350, "1h", edition="2012") == 115
    # CO 24h 3.1 mg/m³: 50 + 50/2*1.1 = 77.5 -> 78.
    assert hj633.iaqi("CO", 3.1, "24h", edition="2012") == 78
    # 2012 does not round the concentration: PM2.5 35.1 -> 50 + 50/40*0.1 = 50.125 -> 51.
    assert hj633.iaqi("PM2_5", 35.1, "24h", edition="2012") == 51


def test_2026_pm_breakpoints_and_rounding():
    # PM2.5 75 µg/m³: 2012 -> 100; 2026 -> 100 + 50/55*15 = 113.6 -> 114.
    assert hj633.iaqi("PM2_5", 75, "24h", edition="2012") == 100
    assert hj633.iaqi("PM2_5", 75, "24h", edition="2026") == 114
    # PM10 150: 2012 -> 100; 2026 -> 100 + 50/130*30 = 111.5 -> 112.
    assert hj633.iaqi("PM10", 150, "24h", edition="2012") == 100
    assert hj633.iaqi("PM10", 150, "24h", edition="2026") == 112
    # Concentration rounded first (GB/T 8170, half to even): 60.5 -> 60 (IAQI 100), 60.6 -> 61 (101).
    assert hj633.iaqi("PM2_5", 60.5, "24h", edition="2026") == 100
    assert hj633.iaqi("PM2_5", 60.6, "24h", edition="2026") == 101
    assert hj633.iaqi("PM2_5", 61.5, "24h", edition="2026") == 102  # 62 -> 100 + 50/55*2 = 101.8 -> 102
    assert hj633.iaqi("PM2_5", 35.4, "24h", edition="2026") == 50  # 35 -> 50 (2012 would give 51)
    assert hj633.iaqi("PM2_5", 35.4, "24h", edition="2012") == 51


def test_rules_beyond_top_breakpoint():
    # 2012 Table 1 note (2): SO2 1h > 800 -> use the 24h IAQI; note (3): O3 8h > 800 -> use the 1h IAQI.
    assert hj633.iaqi("SO2", 801, "1h", edition="2012") is None
    assert hj633.iaqi("SO2", 900, "1h", edition="2012", fallback=475) == 150
    assert hj633.iaqi("O3", 850, "8h", edition="2012", fallback=1000) == 400
    assert hj633.iaqi("O3", 850, "8h", edition="2012") is None
    # 2026 Table 3 notes b and c: fixed 200 and 300.
    assert hj633.iaqi("SO2", 900, "1h", edition="2026") == 200
    assert hj633.iaqi("O3", 900, "8h", edition="2026") == 300
    assert hj633.iaqi("SO2", 800, "1h", edition="2026") == 200
    # Above IAQI 500: capped at 500.
    assert hj633.iaqi("PM2_5", 650, "24h", edition="2012") == 500
    assert hj633.iaqi("PM10", 700, "24h", edition="2026") == 500


def test_invalid_values():
    for bad in (None, float("nan"), -1, float("inf")):
        assert hj633.iaqi("PM2_5", bad, "24h", edition="2026") is None
    with pytest.raises(ValueError):
        hj633.iaqi("VOC", 10, "24h")
    with pytest.raises(ValueError):
        hj633.iaqi("NO2", 10, "8h")


def test_pm_hourly_uses_daily_breakpoints():
    assert hj633.iaqi("PM2_5", 60, "1h", edition="2026") == 100
    assert hj633.iaqi("PM10", 150, "1h", edition="2012") == 100


def test_edition_by_date():
    assert hj633.edition_for("2026-02-28") == "2012"
    assert hj633.edition_for("2026-03-01") == "2026"
    assert editions.air_edition_for("2026-02-28T23:59:00") == "2012"
    assert hj633.iaqi("PM2_5", 75, "24h", date="2026-02-28") == 100
    assert hj633.iaqi("PM2_5", 75, "24h", date="2026-03-01") == 114
    got = editions.air_editions_for(np.array(["2026-02-28", "2026-03-01"], dtype="datetime64[D]"))
    assert got.tolist() == ["2012", "2026"]


def test_aqi_daily_primary_and_category():
    r = hj633.aqi({"PM2.5": 80, "PM10": 40, "SO2": 10, "NO2": 15, "CO": 0.5, "O3": 60}, "24h", edition="2012")
    assert r.aqi == 107 and r.primary == ["PM2_5"] and r.level == 3
    assert r.category_zh == "轻度污染" and r.colour == "#FF7E00" and r.edition == "2012"
    assert r.standard == "HJ 633-2012"
    # O3 in a daily report is the 8-h maximum: 160 -> 100.
    r = hj633.aqi({"O3": 160, "PM2_5": 20}, edition="2026")
    assert r.aqi == 100 and r.primary == ["O3"] and r.category_zh == "良"
    # Tie: both primary.
    r = hj633.aqi({"PM2_5": 60, "PM10": 120}, edition="2026")
    assert r.aqi == 100 and sorted(r.primary) == ["PM10", "PM2_5"]
    # AQI <= 50: no primary pollutant.
    r = hj633.aqi({"PM2_5": 20, "PM10": 30}, edition="2026")
    assert r.aqi <= 50 and r.primary == [] and r.category_zh == "优" and r.colour == "#00E400"


def test_aqi_levels_at_edges():
    for aqi_value, level in ((0, 1), (50, 1), (51, 2), (100, 2), (101, 3), (150, 3), (151, 4), (200, 4),
                             (201, 5), (300, 5), (301, 6), (500, 6)):
        assert hj633.level_of(aqi_value) == level
    assert hj633.CATEGORY_COLOURS == {1: "#00E400", 2: "#FFFF00", 3: "#FF7E00", 4: "#FF0000", 5: "#99004C",
                                      6: "#7E0023"}


def test_aqi_hourly_2012_so2_fallback():
    r = hj633.aqi({"SO2": 900, "SO2_24h": 475, "NO2": 100}, "1h", edition="2012")
    assert r.iaqi["SO2"] == 150 and r.aqi == 150
    r = hj633.aqi({"SO2": 900, "NO2": 100}, "1h", edition="2012")
    assert r.iaqi["SO2"] is None and r.aqi == 50 and r.notes


def test_aqi_beyond_scale_flag():
    r = hj633.aqi({"PM2_5": 700}, edition="2026")
    assert r.aqi == 500 and r.beyond_scale == ["PM2_5"] and r.category_zh == "严重污染"


def test_vectorised_matches_scalar():
    rng = np.random.default_rng(1)
    for ed in ("2012", "2026"):
        for p, avg in (("PM2_5", "24h"), ("PM10", "24h"), ("SO2", "1h"), ("O3", "8h"), ("CO", "24h")):
            top = hj633.breakpoints(p, avg, ed)[-1]
            vals = np.concatenate([rng.uniform(0, top * 1.2, 300), np.array(hj633.breakpoints(p, avg, ed)),
                                   [np.nan, -1.0]])
            arr = hj633.iaqi_array(p, vals, avg, ed)
            for v, a in zip(vals, arr):
                s = hj633.iaqi(p, v, avg, ed)
                assert (s is None and math.isnan(a)) or s == a, (ed, p, avg, v, s, a)
    res = hj633.aqi_array({"PM2_5": [80, 20, np.nan], "PM10": [40, 30, np.nan]}, edition="2012")
    assert res["aqi"][0] == 107 and res["level"].tolist() == [3, 1, 0]
    assert res["primary"][0] == "PM2_5" and res["primary"][1] == "" and math.isnan(res["aqi"][2])


def test_aqi_array_agrees_with_aqi_on_random_rows():
    rng = np.random.default_rng(7)
    n = 500
    conc = {"PM2_5": rng.uniform(0, 300, n), "PM10": rng.uniform(0, 400, n), "O3": rng.uniform(0, 300, n),
            "NO2": rng.uniform(0, 150, n), "SO2": rng.uniform(0, 80, n), "CO": rng.uniform(0, 5, n)}
    for ed in ("2012", "2026"):
        res = hj633.aqi_array(conc, edition=ed)
        for i in range(n):
            one = hj633.aqi({k: v[i] for k, v in conc.items()}, edition=ed)
            assert one.aqi == res["aqi"][i] and one.level == res["level"][i]
            assert ",".join(one.primary) == res["primary"][i]
