"""GB 3838-2002 Table 1: expected values are the table's limits, not outputs of the module."""

import math

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.standards import gb3838

# GB 3838-2002 Table 1 (mg/L; faecal coliform count/L), classes I..V, transcribed independently here.
TABLE1 = {
    "CODMn": (2, 4, 6, 10, 15),
    "COD": (15, 15, 20, 30, 40),
    "BOD5": (3, 3, 4, 6, 10),
    "NH3N": (0.15, 0.5, 1.0, 1.5, 2.0),
    "Cu": (0.01, 1.0, 1.0, 1.0, 1.0),
    "Zn": (0.05, 1.0, 1.0, 2.0, 2.0),
    "F": (1.0, 1.0, 1.0, 1.5, 1.5),
    "Se": (0.01, 0.01, 0.01, 0.02, 0.02),
    "As": (0.05, 0.05, 0.05, 0.1, 0.1),
    "Hg": (0.00005, 0.00005, 0.0001, 0.001, 0.001),
    "Cd": (0.001, 0.005, 0.005, 0.005, 0.01),
    "Cr6": (0.01, 0.05, 0.05, 0.05, 0.1),
    "Pb": (0.01, 0.01, 0.05, 0.05, 0.1),
    "CN": (0.005, 0.05, 0.2, 0.2, 0.2),
    "VPhenol": (0.002, 0.002, 0.005, 0.01, 0.1),
    "Petroleum": (0.05, 0.05, 0.05, 0.5, 1.0),
    "LAS": (0.2, 0.2, 0.2, 0.3, 0.3),
    "Sulfide": (0.05, 0.1, 0.2, 0.5, 1.0),
    "FC": (200, 2000, 10000, 20000, 40000),
}
TP_RIVER = (0.02, 0.1, 0.2, 0.3, 0.4)
TP_LAKE = (0.01, 0.025, 0.05, 0.1, 0.2)  # Table 1 item 8 "湖、库"
TN_LAKE = (0.2, 0.5, 1.0, 1.5, 2.0)  # Table 1 item 9 "湖、库，以N计"
DO = (7.5, 6, 5, 3, 2)  # Table 1 item 3, "≥"


def _expected_class(lims, value):
    # "≤ limit of class k" → best such k (从优不从劣); else 劣V.
    for k, lim in enumerate(lims, start=1):
        if value <= lim:
            return k
    return 6


@pytest.mark.parametrize("item", sorted(TABLE1))
def test_limits_match_table1(item):
    assert gb3838.limits(item) == pytest.approx(TABLE1[item])
    assert gb3838.limits(item, "lake") == pytest.approx(TABLE1[item])


@pytest.mark.parametrize("item", sorted(TABLE1))
def test_on_just_above_just_below_each_limit(item):
    lims = TABLE1[item]
    for lim in lims:
        for value in (lim, lim * 0.999, lim * 1.001):
            assert gb3838.classify(item, value) == _expected_class(lims, value), (item, value)


def test_equal_limits_take_the_better_class():
    # COD 15 mg/L is the limit of both I and II: class I ("从优不从劣").
    assert gb3838.classify("COD", 15) == 1
    assert gb3838.classify("COD", 15.01) == 3
    assert gb3838.classify("Cu", 1.0) == 2
    assert gb3838.classify("Cu", 1.01) == 6


def test_do_higher_is_better():
    assert gb3838.classify("DO", 7.5) == 1
    assert gb3838.classify("DO", 7.49) == 2
    assert gb3838.classify("DO", 6.0) == 2
    assert gb3838.classify("DO", 5.99) == 3
    assert gb3838.classify("DO", 5.0) == 3
    assert gb3838.classify("DO", 3.0) == 4
    assert gb3838.classify("DO", 2.99) == 5
    assert gb3838.classify("DO", 2.0) == 5
    assert gb3838.classify("DO", 1.99) == 6
    assert gb3838.classify("DO", 12.0) == 1


def test_ph_range():
    for v, c in ((6.0, 1), (9.0, 1), (7.3, 1), (5.99, 6), (9.01, 6)):
        assert gb3838.classify("pH", v) == c


def test_tp_river_vs_lake():
    # 0.05 mg/L: river class II (≤0.1), lake class III (≤0.05); 0.15: river III, lake V.
    assert gb3838.classify("TP", 0.05, "river") == 2
    assert gb3838.classify("TP", 0.05, "lake") == 3
    assert gb3838.classify("TP", 0.15, "river") == 3
    assert gb3838.classify("TP", 0.15, "reservoir") == 5
    assert gb3838.classify("TP", 0.25, "湖库") == 6
    assert gb3838.classify("TP", 0.41, "河流") == 6
    for lims, body in ((TP_RIVER, "river"), (TP_LAKE, "lake")):
        for lim in lims:
            for value in (lim, lim * 0.999, lim * 1.001):
                assert gb3838.classify("TP", value, body) == _expected_class(lims, value)


def test_tn_lakes_only():
    for lim in TN_LAKE:
        for value in (lim, lim * 0.999, lim * 1.001):
            assert gb3838.classify("TN", value, "lake") == _expected_class(TN_LAKE, value)
    with pytest.raises(ValueError):
        gb3838.classify("TN", 1.0, "river")
    assert not gb3838.applies("TN", "river")
    assert gb3838.applies("TN", "lake")


def test_missing_and_float_noise():
    assert gb3838.classify("NH3N", None) is None
    assert gb3838.classify("NH3N", float("nan")) is None
    assert gb3838.classify("TP", 0.1 + 0.2) == 4  # 0.30000000000000004 meets the 0.3 class IV limit
    with pytest.raises(ValueError):
        gb3838.classify("nonsense", 1.0)


def test_normalise_item():
    cases = {
        "CODMn": "CODMn", "codmn": "CODMn", "COD_Mn": "CODMn", "高锰酸盐指数": "CODMn",
        "NH3N": "NH3N", "NH3-N": "NH3N", "nh3_n": "NH3N", "氨氮": "NH3N",
        "TP": "TP", "总磷": "TP", "DO": "DO", "溶解氧": "DO", "pH": "pH", "PH": "pH",
        "COD": "COD", "CODcr": "COD", "BOD5": "BOD5", "TN": "TN", "Cr(VI)": "Cr6", "粪大肠菌群": "FC",
    }
    for name, code in cases.items():
        assert gb3838.normalise_item(name) == code, name
    assert gb3838.normalise_item("turbidity") is None
    assert "NH3N" in gb3838.UNDERSTOOD_NAMES


def test_section_class_worst_item():
    values = {"pH": 7.5, "DO": 6.5, "CODMn": 4.5, "NH3N": 1.2, "TP": 0.18, "TN": 5.0, "name": None}
    # DO II, CODMn III, NH3-N IV, TP III; TN ignored for a river.
    assert gb3838.section_class(values, "river") == (4, ["NH3N"])
    # In a lake TP 0.18 is class V (≤0.2) and TN 5.0 is worse than V.
    assert gb3838.section_class(values, "lake") == (6, ["TN"])
    # The 2011 method leaves TN out (reference item): TP class V is the worst.
    assert gb3838.section_class(values, "lake", reference_items_separately=True) == (5, ["TP"])
    assert gb3838.section_class({"NH3N": 2.5, "TP": 0.5}) == (6, ["NH3N", "TP"])
    assert gb3838.section_class({"foo": 1}) == (None, [])


def test_exceedance_multiple():
    # (C - C_std) / C_std over class III: NH3-N 2.3 mg/L vs 1.0 → 1.3; TP 0.32 vs 0.2 → 0.6.
    assert gb3838.exceedance_multiple("NH3N", 2.3, 3) == pytest.approx(1.3)
    assert gb3838.exceedance_multiple("TP", 0.32, "III") == pytest.approx(0.6)
    assert gb3838.exceedance_multiple("TP", 0.32, "III", "lake") == pytest.approx((0.32 - 0.05) / 0.05)
    assert gb3838.exceedance_multiple("COD", 20.0, 3) == 0.0
    assert gb3838.exceedance_multiple("COD", 24.0, 3) == pytest.approx(0.2)
    # DO and pH: no multiple (2011 evaluation method); 0 when compliant.
    assert math.isnan(gb3838.exceedance_multiple("DO", 3.0, 3))
    assert gb3838.exceedance_multiple("DO", 5.0, 3) == 0.0
    assert gb3838.exceedance_multiple("DO", 4.0, 3, do_convention="deficit") == pytest.approx(0.2)
    assert math.isnan(gb3838.exceedance_multiple("pH", 9.5, 3))


def test_main_pollutants():
    values = {"NH3N": 2.3, "TP": 0.32, "COD": 24.0, "CODMn": 5.0}
    # NH3-N 劣V, TP V, COD IV → ordered by class, then multiple.
    got = gb3838.main_pollutants(values, 3)
    assert [r[0] for r in got] == ["NH3N", "TP", "COD"]
    assert got[0][2] == pytest.approx(1.3)


def test_classify_array_matches_table():
    lims = TABLE1["NH3N"]
    vals = np.array([0.15, 0.1501, 0.5, 0.51, 1.0, 1.5, 2.0, 2.01, np.nan])
    expect = [_expected_class(lims, v) for v in vals[:-1]] + [0]
    assert gb3838.classify_array("NH3N", vals).tolist() == expect
    do = np.array([7.5, 7.49, 6.0, 5.0, 4.99, 3.0, 2.0, 1.99])
    assert gb3838.classify_array("DO", do).tolist() == [1, 2, 2, 3, 4, 4, 5, 6]
    assert gb3838.classify_array("pH", [5.9, 6, 9, 9.1]).tolist() == [6, 1, 1, 6]
    assert gb3838.classify_array("TP", [0.05], "lake").tolist() == [3]


def test_labels_and_colours():
    assert gb3838.CLASS_LABELS[6][0] == "劣V"
    assert gb3838.CLASS_LABELS[6][1] == "worse than V"
    assert set(gb3838.CLASS_COLOURS) == {1, 2, 3, 4, 5, 6}
    assert gb3838.CLASS_COLOURS[6].upper() == "#FF0000"  # 劣V red
    assert gb3838.parse_class("Ⅲ类") == 3
    assert gb3838.parse_class("劣V") == 6
