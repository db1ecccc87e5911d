"""Source-attribution core: CPF/CBPF by hand and by brute force, calms and flags, a planted plume source,
bearings, the source area, and bad input."""

import math

import numpy as np
import pytest
from synthetic import plume_series

from eco_supervision.eco_supervision_plugin.core.air import cpf as cpf_mod
from eco_supervision.eco_supervision_plugin.core.air.bearings import bearings_and_distances
from eco_supervision.eco_supervision_plugin.core.air.plan import AttributionOptions, plan_source_attribution
from eco_supervision.eco_supervision_plugin.core.messages import PlannerError

# One station, ten readings with values 1..10; the one of value 10 is calm (0.2 m/s, no direction).
# 16 sectors of 22.5°, sector 0 = [-11.25°, 11.25°). Speeds in bins <2, [2,4), [4,6), ≥6 for CBPF.
HAND = [  # (value, direction, speed)
    (1, 0.0, 3.0), (2, 10.0, 1.0), (3, 350.0, 5.0), (8, 355.0, 3.0),  # sector 0
    (9, 90.0, 3.0), (4, 100.0, 7.0),  # sector 4
    (5, 180.0, 3.0),  # sector 8
    (6, 11.25, 3.0),  # sector 1 (on the boundary: the sector it opens)
    (7, 270.0, 3.0),  # sector 12
    (10, float("nan"), 0.2),  # calm
]


def hand_plan(**kw):
    value, direction, speed = (np.array(c, dtype=float) for c in zip(*HAND))
    options = AttributionOptions(**dict(dict(sectors=16, calm_speed=0.5, min_samples=2, source_area=False), **kw))
    return plan_source_attribution([(0.0, 0.0)], ["A"], ["A"] * len(HAND), direction, speed, value, options)


def test_cpf_by_hand():
    # P75 of 1..10 (linear) = 1 + 0.75 * 9 = 7.75: readings 8, 9, 10 are in the band; 10 is calm.
    plan = hand_plan()
    t = plan.table
    assert t.thresholds[0, 0] == pytest.approx(7.75) and t.thresholds[0, 1] == pytest.approx(10.0)
    n, m = t.n[0, :, 0], t.m[0, :, 0]
    assert n.tolist() == [4, 1, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]
    assert m.tolist() == [1, 0, 0, 0, 1] + [0] * 11
    assert t.cpf[0, 0, 0] == pytest.approx(0.25) and t.cpf[0, 4, 0] == pytest.approx(0.5)
    assert math.isnan(t.cpf[0, 2, 0])
    assert t.calms[0] == 1 and t.records[0] == 10 and t.in_band[0] == 3
    assert t.base_rate[0] == pytest.approx(2 / 9)
    # min_samples = 2: sectors 1, 8, 12 (one reading each) are flagged, 0 and 4 are not
    assert np.flatnonzero(t.flagged[0, :, 0] & (n > 0)).tolist() == [1, 8, 12]


def test_cbpf_by_hand_with_band():
    plan = hand_plan(statistic="CBPF", speed_edges=(2.0, 4.0, 6.0))
    t = plan.table
    assert t.n[0, 0].tolist() == [1, 2, 1, 0] and t.m[0, 0].tolist() == [0, 1, 0, 0]
    assert t.n[0, 4].tolist() == [0, 1, 0, 1] and t.m[0, 4].tolist() == [0, 1, 0, 0]
    assert t.cpf[0, 0, 1] == pytest.approx(0.5) and t.cpf[0, 4, 1] == pytest.approx(1.0)
    # band 50-90: P50 = 5.5, P90 = 9.1 → readings 6, 7, 8, 9
    t = hand_plan(percentile_low=50, percentile_high=90).table
    assert t.thresholds[0].tolist() == pytest.approx([5.5, 9.1])
    cpf = t.cpf[0, :, 0]
    assert cpf[0] == pytest.approx(0.25) and cpf[1] == 1.0 and cpf[4] == 0.5 and cpf[12] == 1.0 and cpf[8] == 0.0


def test_wedges_match_bins():
    plan = hand_plan(statistic="CBPF", speed_edges=(2.0, 4.0, 6.0), wedge_radius=400.0)
    w = plan.wedges
    assert len(w.cpf) == int((plan.table.n > 0).sum()) == 8
    k = np.flatnonzero((w.sector == 4) & (w.speed_bin == 3))[0]
    assert w.speed_from[k] == 6.0 and math.isnan(w.speed_to[k])
    assert w.direction_from[k] == pytest.approx(78.75) and w.direction_to[k] == pytest.approx(101.25)
    ring = w.rings[k]
    radius = np.hypot(ring[:, 0], ring[:, 1])
    assert radius.max() == pytest.approx(400.0) and radius.min() == pytest.approx(300.0)
    bearing = np.degrees(np.arctan2(ring[:, 0], ring[:, 1]))
    assert bearing.min() == pytest.approx(78.75) and bearing.max() == pytest.approx(101.25)
    assert np.allclose(ring[0], ring[-1])


def brute_force_cpf(station, direction, speed, value, n_st, sectors, edges, calm, low, high):
    """Record-by-record loop, percentiles by numpy per station."""
    n = np.zeros((n_st, sectors, len(edges) + 1), dtype=int)
    m = np.zeros_like(n)
    width = 360.0 / sectors
    for s in range(n_st):
        mine = station == s
        p_low, p_high = np.percentile(value[mine], [low, high])
        for d, u, v in zip(direction[mine], speed[mine], value[mine]):
            if u < calm:
                continue
            k = int(((d + width / 2) % 360) // width) % sectors
            b = sum(1 for e in edges if u >= e)
            n[s, k, b] += 1
            if (v > p_low or (low == 0 and v >= p_low)) and v <= p_high:
                m[s, k, b] += 1
    return n, m


def test_cbpf_equals_brute_force():
    rng = np.random.default_rng(7)
    n_st, size = 4, 3000
    station = rng.integers(0, n_st, size)
    direction = np.round(rng.uniform(0, 360, size), 1)
    speed = np.round(rng.gamma(2.0, 1.5, size), 1)
    value = np.round(rng.lognormal(3, 0.6, size), 1)
    ids = ["S{}".format(i) for i in range(n_st)]
    for low, high, edges in ((75, 100, (2.0, 4.0)), (0, 40, (1.5, 3.0, 6.0)), (90, 99, (3.0,))):
        options = AttributionOptions(statistic="CBPF", sectors=36, speed_edges=edges, calm_speed=0.8,
                                     percentile_low=low, percentile_high=high, source_area=False)
        plan = plan_source_attribution(np.zeros((n_st, 2)) + np.arange(n_st)[:, None], ids,
                                       np.array(ids)[station], direction, speed, value, options)
        n, m = brute_force_cpf(station, direction, speed, value, n_st, 36, edges, 0.8, low, high)
        assert (plan.table.n == n).all() and (plan.table.m == m).all()


def test_calms_nulls_and_flags_counted_exactly():
    rng = np.random.default_rng(3)
    # station A: 40 readings from 45° (sector 2 of 16) + 7 from 200° (sector 9) + 5 calms + 3 null values
    direction = np.r_[np.full(40, 45.0), np.full(7, 200.0), np.zeros(5), np.full(3, 90.0)]
    speed = np.r_[np.full(47, 3.0), np.full(5, 0.3), np.full(3, 3.0)]
    value = np.r_[rng.uniform(0, 100, 52), np.full(3, np.nan)]
    stations = np.array(["A"] * 55 + ["nowhere"] * 4)
    direction = np.r_[direction, np.full(4, 10.0)]
    speed, value = np.r_[speed, np.full(4, 2.0)], np.r_[value, np.full(4, 5.0)]
    plan = plan_source_attribution([(0, 0)], ["A"], stations, direction, speed, value,
                                   AttributionOptions(min_samples=8, source_area=False))
    assert plan.counts.null_values == 3 and plan.counts.unknown_station == 4 and plan.counts.used == 52
    assert plan.table.calms[0] == 5 and plan.table.records[0] == 52
    n = plan.table.n[0, :, 0]
    assert n[2] == 40 and n[9] == 7 and n.sum() == 47
    assert plan.table.flagged[0, :, 0].tolist() == [i != 2 for i in range(16)]
    assert any("5 calm" in note for note in plan.notes)
    assert any("1 bin(s) hold fewer than 8" in note for note in plan.notes)


def test_time_window():
    value, direction, speed = (np.array(c, dtype=float) for c in zip(*HAND))
    times = np.datetime64("2026-01-01T00:00") + np.arange(10) * np.timedelta64(1, "h")
    options = AttributionOptions(source_area=False, start=times[2], end=times[7])
    plan = plan_source_attribution([(0, 0)], ["A"], ["A"] * 10, direction, speed, value, options, times=times)
    assert plan.counts.used == 6 and plan.counts.outside_window == 4


def test_bearings_clockwise_from_north():
    bearing, distance = bearings_and_distances([(0.0, 0.0)], [(0, 10), (10, 0), (0, -10), (-10, 0), (3, 4)])
    assert bearing[0].tolist() == pytest.approx([0, 90, 180, 270, math.degrees(math.atan2(3, 4))])
    assert distance[0].tolist() == pytest.approx([10, 10, 10, 10, 5])


def planted_network(seed=11):
    rng = np.random.default_rng(seed)
    source = np.array([3000.0, -2000.0])
    angles = np.radians([10, 75, 140, 200, 260, 320])
    dists = np.array([2500.0, 4000.0, 3000.0, 5000.0, 3500.0, 4500.0])
    stations = source + np.stack([dists * np.sin(angles), dists * np.cos(angles)], axis=1)
    candidates = rng.uniform(-9000, 12000, (200, 2))
    at = 137
    candidates[at] = source
    direction, speed, value = plume_series(source, stations, 24 * 90, rng)
    ids = ["ST{}".format(i) for i in range(len(stations))]
    codes = np.repeat(ids, direction.shape[1])
    return stations, ids, codes, direction.ravel(), speed.ravel(), value.ravel(), candidates, at


@pytest.mark.parametrize("statistic", ["CPF", "CBPF"])
def test_planted_plume_source_ranks_first(statistic):
    stations, ids, codes, direction, speed, value, candidates, at = planted_network()
    options = AttributionOptions(statistic=statistic, sectors=36, percentile_low=90, percentile_high=100,
                                 max_distance=15000.0, cell_size=250.0)
    plan = plan_source_attribution(stations, ids, codes, direction, speed, value, options, candidates)
    r = plan.ranking
    assert r.rank[at] == 1
    assert r.pointing[at] == len(stations)  # every station points at it
    # each station's strongest sector holds the bearing to the source, or is next to it (the plume is
    # several degrees wide, so a bearing near a sector edge lights both sectors up)
    bearing, _ = bearings_and_distances(stations, candidates[at:at + 1])
    cpf, _ = plan.table.direction_cpf()
    off = (np.argmax(cpf, axis=1) - cpf_mod.sector_index(bearing[:, 0], 36)) % 36
    assert np.isin(off, [0, 1, 35]).all()
    # the source-area grid peaks within two cells of the source
    area = plan.source_area
    best = int(np.argmax(area.score))
    rows, cols = area.shape
    centre = (area.origin[0] + (best % cols + 0.5) * 250.0, area.origin[1] + (best // cols + 0.5) * 250.0)
    assert math.hypot(centre[0] - candidates[at, 0], centre[1] - candidates[at, 1]) < 2 * 250.0 * math.sqrt(2)


def test_emission_weight_and_out_of_range():
    stations, ids, codes, direction, speed, value, candidates, at = planted_network()
    candidates = np.vstack([candidates, [[1e6, 1e6]]])
    emission = np.ones(len(candidates))
    emission[at] = 0.01
    options = AttributionOptions(sectors=36, percentile_low=90, max_distance=15000.0, source_area=False)
    plain = plan_source_attribution(stations, ids, codes, direction, speed, value, options, candidates)
    weighted = plan_source_attribution(stations, ids, codes, direction, speed, value, options, candidates,
                                       emission=emission)
    assert weighted.ranking.score[at] == pytest.approx(plain.ranking.score[at] * 0.01)
    assert plain.ranking.out_of_range[-1] and plain.ranking.rank[-1] == 0 and math.isnan(plain.ranking.score[-1])
    assert sorted(plain.ranking.rank[:-1].tolist()) == list(range(1, len(candidates)))


@pytest.mark.parametrize("case, message", [
    ("radians", "radians"),
    ("outside", "outside 0–360"),
    ("calm", "calm"),
    ("flat", "percentile band"),
    ("null", "No reading can be used"),
    ("no_station", "No station has coordinates"),
    ("far", "No candidate source lies within"),
    ("band", "percentile band 80–60"),
])
def test_bad_input(case, message):
    rng = np.random.default_rng(5)
    size = 200
    direction = rng.uniform(0, 360, size)
    speed = rng.uniform(1, 5, size)
    value = rng.uniform(1, 50, size)
    stations, ids, cands = [(0.0, 0.0)], ["A"], [(100.0, 100.0)]
    options = AttributionOptions(source_area=False)
    if case == "radians":
        direction = np.radians(direction)
    elif case == "outside":
        direction[17] = 400.0
    elif case == "calm":
        speed[:] = 0.1
    elif case == "flat":
        value[:] = 12.0
    elif case == "null":
        value[:] = np.nan
    elif case == "no_station":
        stations, ids = np.zeros((0, 2)), []
    elif case == "far":
        cands = [(1e6, 0.0)]
    elif case == "band":
        options = AttributionOptions(percentile_low=80, percentile_high=60)
    with pytest.raises(PlannerError, match=message):
        plan_source_attribution(stations, ids, ["A"] * size, direction, speed, value, options, cands)


def test_wind_from_met_layer_equals_wind_in_the_readings():
    # the HAND readings at hourly times; the same wind reported by a met station 3 km away (and a farther
    # one reporting nonsense), at a few minutes past each hour, some hours twice (the later report wins):
    # the table must be the one of the readings with their own wind.
    from eco_supervision.eco_supervision_plugin.core.air.wind import WindInput, join_wind

    value, direction, speed = (np.array(c, dtype=float) for c in zip(*HAND))
    hours = np.datetime64("2026-07-01T00:00:00") + np.arange(len(HAND)) * np.timedelta64(3600, "s")
    rep_t = np.concatenate([hours + np.timedelta64(5, "m"), hours[:3] + np.timedelta64(1, "m"),
                            hours + np.timedelta64(10, "m")])
    rep_dir = np.concatenate([direction, [123.0] * 3, np.full(len(HAND), 45.0)])
    rep_speed = np.concatenate([speed, [9.9] * 3, np.full(len(HAND), 8.0)])
    rep_station = ["M1"] * len(HAND) + ["M1"] * 3 + ["M2"] * len(HAND)
    # reports out of time order; M1's three early reports come first in the hour, so the planned ones win
    wind = WindInput(xy=np.array([[3000.0, 0.0]] * (len(HAND) + 3) + [[9000.0, 0.0]] * len(HAND)),
                     ids=np.array(rep_station, dtype=object), station=np.array(rep_station, dtype=object),
                     times=rep_t, direction=rep_dir, speed=rep_speed)
    options = AttributionOptions(sectors=16, calm_speed=0.5, min_samples=2, source_area=False)
    joined = plan_source_attribution([(0.0, 0.0)], ["A"], ["A"] * len(HAND), None, None, value, options,
                                     times=hours, wind=wind)
    own = hand_plan()
    assert joined.table.n.tolist() == own.table.n.tolist() and joined.table.m.tolist() == own.table.m.tolist()
    assert joined.wind.met_ids[joined.wind.nearest[0]] == "M1" and joined.wind.distance[0] == pytest.approx(3000.0)
    assert joined.wind.matched == len(HAND)
    # a reading in an hour without a report gets no wind
    j = join_wind([(0.0, 0.0)], np.array([0, 0, -1]), np.array(["2026-07-01T00:30", "2026-08-01T00:00",
                                                                  "2026-07-01T00:00"], dtype="datetime64[s]"), wind)
    assert j.direction[0] == direction[0] and np.isnan(j.direction[1:]).all() and j.matched == 1
    with pytest.raises(PlannerError, match="time field"):
        plan_source_attribution([(0.0, 0.0)], ["A"], ["A"] * len(HAND), None, None, value, options, wind=wind)
