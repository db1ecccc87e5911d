"""HJ 664-2013 Table 1: minimum number of urban assessment stations; expectations from the table."""

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.standards import hj664

# (population 10^4, stations) and (area km², stations) at and around the band edges of Table 1.
POP_CASES = [(0, 1), (24.9, 1), (25, 2), (49.9, 2), (50, 2), (50.1, 4), (100, 4), (100.1, 6), (200, 6),
             (200.1, 8), (300, 8)]
AREA_CASES = [(0, 1), (19.9, 1), (20, 2), (50, 2), (50.1, 4), (100, 4), (100.1, 6), (200, 6), (200.1, 8),
              (400, 8)]


@pytest.mark.parametrize("pop,expected", POP_CASES)
def test_population_bands(pop, expected):
    assert hj664.hj664_min_stations(None, pop) == expected
    assert hj664.hj664_min_stations(None, population=pop * 1e4) == expected


@pytest.mark.parametrize("area,expected", AREA_CASES)
def test_area_bands(area, expected):
    assert hj664.hj664_min_stations(area) == expected


def test_top_band():
    # > 400 km²: one station per 50–60 km², not fewer than 10.
    assert hj664.hj664_min_stations(400.1) == 10  # 400.1/60 = 6.7 -> 10
    assert hj664.hj664_min_stations(900) == 15  # 900/60
    assert hj664.hj664_min_stations(901) == 16
    assert hj664.hj664_min_stations(900, km2_per_station=50) == 18
    # > 300 × 10^4 persons: top band even with a small area -> at least 10.
    assert hj664.hj664_min_stations(150, 300.1) == 10


def test_larger_of_the_two():
    # 30 × 10^4 persons -> 2; 120 km² -> 6: the larger, 6, and the area governs.
    d = hj664.min_stations_detail(120, 30)
    assert d["stations"] == 6 and d["by_area"] == 6 and d["by_population"] == 2 and d["governing"] == "area"
    assert hj664.hj664_min_stations(30, 250) == 8


def test_bad_input():
    with pytest.raises(ValueError):
        hj664.hj664_min_stations(None, None)
    with pytest.raises(ValueError):
        hj664.hj664_min_stations(-1, 10)
    with pytest.raises(ValueError):
        hj664.hj664_min_stations(10, 10, population=1e5)
    with pytest.raises(ValueError):
        hj664.hj664_min_stations(500, km2_per_station=40)


def test_vectorised_matches_scalar():
    areas = np.array([a for a, _ in AREA_CASES] + [400.1, 900, 901, 150, 120])
    pops = np.array([p for p, _ in POP_CASES[: len(AREA_CASES)]] + [0, 0, 0, 300.1, 30])
    got = hj664.hj664_min_stations_array(areas, pops)
    expect = [hj664.hj664_min_stations(a, p) for a, p in zip(areas, pops)]
    assert got.tolist() == expect
