"""GB 3095 Table 1 limits (2012 and 2026 with its transition column), cited from the tables."""

import pytest

from eco_supervision.eco_supervision_plugin.standards import gb3095

# (pollutant, averaging): (grade I, grade II)
T2012 = {("SO2", "annual"): (20, 60), ("SO2", "24h"): (50, 150), ("SO2", "1h"): (150, 500),
         ("NO2", "annual"): (40, 40), ("NO2", "24h"): (80, 80), ("NO2", "1h"): (200, 200),
         ("CO", "24h"): (4, 4), ("CO", "1h"): (10, 10), ("O3", "8h"): (100, 160), ("O3", "1h"): (160, 200),
         ("PM10", "annual"): (40, 70), ("PM10", "24h"): (50, 150),
         ("PM2_5", "annual"): (15, 35), ("PM2_5", "24h"): (35, 75)}
# GB 3095-2026 Table 1: PM2.5 annual 10/25, 24h 25/50 (release of 2026-02-24); transition Grade II 30/60;
# PM10 annual Grade II 60 (transition) and 50 (2031).
T2026_TRANSITION_CHANGED = {("PM10", "annual"): (40, 60), ("PM10", "24h"): (50, 120),
                            ("PM2_5", "annual"): (15, 30), ("PM2_5", "24h"): (35, 60)}
T2026_FINAL = {("SO2", "annual"): (20, 20), ("SO2", "24h"): (50, 50), ("SO2", "1h"): (150, 150),
               ("NO2", "annual"): (30, 30), ("NO2", "24h"): (50, 50), ("NO2", "1h"): (200, 200),
               ("CO", "24h"): (4, 4), ("CO", "1h"): (10, 10), ("O3", "8h"): (100, 160), ("O3", "1h"): (160, 200),
               ("PM10", "annual"): (20, 50), ("PM10", "24h"): (50, 100),
               ("PM2_5", "annual"): (10, 25), ("PM2_5", "24h"): (25, 50)}


@pytest.mark.parametrize("key", sorted(T2012))
def test_2012(key):
    for grade in (1, 2):
        assert gb3095.limit(key[0], key[1], grade, edition="2012") == T2012[key][grade - 1]
        assert gb3095.limit(key[0], key[1], grade, date="2026-02-28") == T2012[key][grade - 1]


@pytest.mark.parametrize("key", sorted(T2012))
def test_2026_transition_column(key):
    expected = T2026_TRANSITION_CHANGED.get(key, T2012[key])
    for grade in (1, 2):
        assert gb3095.limit(key[0], key[1], grade, date="2026-03-01") == expected[grade - 1]
        assert gb3095.limit(key[0], key[1], grade, date="2030-12-31") == expected[grade - 1]


@pytest.mark.parametrize("key", sorted(T2026_FINAL))
def test_2026_final_column(key):
    for grade in (1, 2):
        assert gb3095.limit(key[0], key[1], grade, date="2031-01-01") == T2026_FINAL[key][grade - 1]
        assert gb3095.limit(key[0], key[1], grade, edition="2026", phase="final") == T2026_FINAL[key][grade - 1]


def test_info_and_exceedance():
    info = gb3095.limit_info("PM2.5", "24h", date="2026-11-22")
    assert info["limit"] == 60 and info["edition"] == "2026" and info["phase"] == "transition"
    assert gb3095.exceeds("PM2.5", "24h", 60, date="2026-11-22") is False  # equal complies
    assert gb3095.exceeds("PM2.5", "24h", 61, date="2026-11-22") is True
    assert gb3095.exceeds("PM2.5", "24h", 61, date="2026-02-28") is False  # 2012: 75
    assert gb3095.exceedance_multiple("PM2.5", "24h", 90, date="2026-11-22") == pytest.approx(0.5)
    assert gb3095.exceedance_multiple("PM2.5", "24h", 50, date="2026-11-22") == 0.0
    assert gb3095.exceedance_multiple("CO", "1h", 12.5, edition="2012") == pytest.approx(0.25)
    assert gb3095.exceeds_array("NO2", "24h", [79, 80, 81], edition="2012").tolist() == [False, False, True]
    with pytest.raises(ValueError):
        gb3095.limit("PM2.5", "1h")
    with pytest.raises(ValueError):
        gb3095.limit("O3", "annual")
    with pytest.raises(ValueError):
        gb3095.limit("PM10", "24h", grade=3)
