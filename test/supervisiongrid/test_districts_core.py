"""Supervision grid districts: contiguous (checked by our own graph search), never below the proven bound,
today's grids kept when they already meet the target, towns never crossed, islands reported."""

import itertools
from collections import deque

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.core.messages import PlannerError
from eco_supervision.eco_supervision_plugin.core.supervision.districts import DistrictOptions, Units, plan_districts


def lattice(nx, ny, weights=None, seed=0):
    rng = np.random.default_rng(seed)
    idx = np.arange(nx * ny).reshape(ny, nx)
    pairs = np.r_[np.c_[idx[:, :-1].ravel(), idx[:, 1:].ravel()], np.c_[idx[:-1, :].ravel(), idx[1:, :].ravel()]]
    xy = np.c_[(np.arange(nx * ny) % nx) * 1000.0, (np.arange(nx * ny) // nx) * 1000.0]
    w = rng.gamma(2.0, 5.0, nx * ny) if weights is None else np.asarray(weights, dtype=float)
    return Units(xy, w, np.full(nx * ny, 1e6), pairs)


def pieces(pairs, district, units):
    """Number of connected pieces of each district, by a plain breadth-first search."""
    nbrs = {u: [] for u in units}
    for a, b in pairs:
        if a in nbrs and b in nbrs and district[a] == district[b]:
            nbrs[a].append(b)
            nbrs[b].append(a)
    seen, count = set(), {}
    for u in units:
        if u in seen:
            continue
        count[district[u]] = count.get(district[u], 0) + 1
        queue = deque([u])
        seen.add(u)
        while queue:
            x = queue.popleft()
            for y in nbrs[x]:
                if y not in seen:
                    seen.add(y)
                    queue.append(y)
    return count


@pytest.mark.parametrize("nx, k, seed", [(12, 6, 0), (20, 9, 1), (30, 25, 2), (17, 4, 3)])
def test_districts_contiguous_balanced_and_above_the_bound(nx, k, seed):
    units = lattice(nx, nx, seed=seed)
    plan = plan_districts(units, DistrictOptions(districts=k), seed=seed)
    assert sorted(set(plan.district.tolist())) == list(range(k))
    assert all(c == 1 for c in pieces(units.pairs.tolist(), plan.district, range(nx * nx)).values())
    loads = np.bincount(plan.district, weights=units.workload, minlength=k)
    assert np.allclose(loads, plan.workloads) and plan.mean == pytest.approx(units.workload.sum() / k)
    assert plan.max_deviation == pytest.approx(np.abs(loads - plan.mean).max())
    assert plan.max_deviation >= plan.lower_bound - 1e-9
    assert plan.within_tolerance == k  # every grid within ±10 % of the mean on these lattices


def contiguous_partitions(n, pairs, k):
    """Every partition of a small graph into k connected non-empty parts (brute force)."""
    for labels in itertools.product(range(k), repeat=n):
        if labels[0] != 0 or len(set(labels)) != k:
            continue
        first = [labels.index(d) for d in range(k)]
        if first != sorted(first):
            continue
        if all(c == 1 for c in pieces(pairs, labels, range(n)).values()):
            yield np.array(labels)


def test_small_case_against_the_enumerated_optimum():
    units = lattice(3, 3, weights=[5, 1, 2, 7, 3, 3, 1, 4, 6])
    best = min(np.abs(np.bincount(p, weights=units.workload, minlength=3) - 32 / 3).max()
               for p in contiguous_partitions(9, units.pairs.tolist(), 3))
    plan = plan_districts(units, DistrictOptions(districts=3))
    assert plan.lower_bound <= best + 1e-9 <= plan.max_deviation + 1e-9
    assert plan.max_deviation == pytest.approx(best)


def test_todays_grids_that_meet_the_target_are_kept_unchanged():
    units = lattice(12, 12, weights=np.ones(144))
    today = ["A" if x < 4 else ("B" if x < 8 else "C") for x in (np.arange(144) % 12)]
    units.keep = today
    plan = plan_districts(units, DistrictOptions(districts=None, tolerance=0.05))
    assert plan.k == 3 and not plan.changed.any()
    assert [plan.labels[d] for d in plan.district] == today


def test_todays_grids_rebalanced_with_few_changes():
    units = lattice(12, 12, weights=np.ones(144))
    today = ["A" if x < 6 else ("B" if x < 9 else "C") for x in (np.arange(144) % 12)]  # 72 / 36 / 36
    units.keep = today
    plan = plan_districts(units, DistrictOptions(tolerance=0.05))
    assert plan.max_deviation <= 0.05 * 48 + 1e-9
    assert plan.changed.sum() <= 24 + 4  # 24 units must leave A; a few more at most
    assert all(c == 1 for c in pieces(units.pairs.tolist(), plan.district, range(144)).values())


def test_towns_are_never_crossed_and_get_grids_in_proportion():
    units = lattice(16, 8, seed=4)
    units.boundary = ["east" if x >= 6 else "west" for x in (np.arange(128) % 16)]
    plan = plan_districts(units, DistrictOptions(districts=8))
    for d in range(8):
        assert len({units.boundary[u] for u in np.flatnonzero(plan.district == d)}) == 1
    west = len({d for u, d in enumerate(plan.district) if units.boundary[u] == "west"})
    share = units.workload[np.array(units.boundary) == "west"].sum() / units.workload.sum()
    assert abs(west - 8 * share) <= 1


def test_islands_join_the_nearest_grid_and_are_reported():
    units = lattice(10, 10, weights=np.ones(100))
    units.xy = np.r_[units.xy, [[20000.0, 0.0]]]
    units.workload = np.r_[units.workload, 1.0]
    units.area = np.r_[units.area, 1e6]
    plan = plan_districts(units, DistrictOptions(districts=4))
    assert plan.island.tolist() == [False] * 100 + [True]
    nearest = int(np.argmin(((units.xy[:100] - units.xy[100]) ** 2).sum(axis=1)))
    assert plan.district[100] == plan.district[nearest] and plan.notes


def test_max_workload_gives_enough_grids_under_the_cap():
    units = lattice(15, 15, seed=5)
    cap = units.workload.sum() / 7.5
    plan = plan_districts(units, DistrictOptions(max_workload=cap))
    assert plan.k >= 8 and plan.workloads.max() <= cap


@pytest.mark.parametrize("options, change, message", [
    (DistrictOptions(districts=200), None, "between 1 and the number of units"),
    (DistrictOptions(max_workload=0.5), None, "above MAX_WORKLOAD"),
    (DistrictOptions(), None, "DISTRICTS"),
    (DistrictOptions(districts=3), "nan", "no workload value"),
    (DistrictOptions(districts=1), "towns", "cannot cover 2 separate parts"),
])
def test_bad_input(options, change, message):
    units = lattice(10, 10, weights=np.ones(100))
    if change == "nan":
        units.workload[3] = np.nan
    if change == "towns":
        units.boundary = ["a" if x < 5 else "b" for x in (np.arange(100) % 10)]
    with pytest.raises(PlannerError, match=message):
        plan_districts(units, options)


# ---- the exact method (MILP) -------------------------------------------------------------------------------

def test_exact_method_equals_the_enumerated_optimum():
    for seed, (nx, ny, k) in enumerate([(3, 3, 3), (4, 3, 3), (3, 3, 2), (4, 2, 4)]):
        rng = np.random.default_rng(seed)
        units = lattice(nx, ny, weights=rng.integers(1, 9, nx * ny))
        n = nx * ny
        mean = units.workload.sum() / k
        best = min(np.abs(np.bincount(p, weights=units.workload, minlength=k) - mean).max()
                   for p in contiguous_partitions(n, units.pairs.tolist(), k))
        plan = plan_districts(units, DistrictOptions(districts=k, method="exact"))
        assert plan.max_deviation == pytest.approx(best, abs=1e-7)
        assert plan.lower_bound == pytest.approx(best, abs=1e-7)  # proven optimal
        assert all(c == 1 for c in pieces(units.pairs.tolist(), plan.district, range(n)).values())
        assert any("proven optimal" in note for note in plan.notes)


@pytest.mark.parametrize("seed", range(4))
def test_heuristic_imbalance_is_never_below_the_exact_optimum(seed):
    rng = np.random.default_rng(100 + seed)
    nx, ny, k = int(rng.integers(3, 5)), 3, int(rng.integers(2, 4))
    units = lattice(nx, ny, weights=rng.gamma(2.0, 5.0, nx * ny))
    heuristic = plan_districts(units, DistrictOptions(districts=k))
    exact = plan_districts(units, DistrictOptions(districts=k, method="exact", time_limit_s=120))
    assert any("proven optimal" in note for note in exact.notes)
    assert all(c == 1 for c in pieces(units.pairs.tolist(), exact.district, range(nx * ny)).values())
    loads = np.bincount(exact.district, weights=units.workload, minlength=k)
    assert exact.max_deviation == pytest.approx(np.abs(loads - exact.mean).max())
    assert heuristic.max_deviation >= exact.lower_bound - 1e-7
    assert exact.max_deviation <= heuristic.max_deviation + 1e-7
    assert exact.lower_bound >= heuristic.lower_bound - 1e-9


def test_exact_method_keeps_towns_and_today_grids():
    units = lattice(4, 3, weights=[3, 1, 2, 2, 1, 2, 3, 1, 2, 2, 1, 3])
    units.boundary = ["A" if i % 4 < 2 else "B" for i in range(12)]
    plan = plan_districts(units, DistrictOptions(districts=3, method="exact"))
    assert all(c == 1 for c in pieces(units.pairs.tolist(), plan.district, range(12)).values())
    for d in range(3):
        assert len({units.boundary[i] for i in np.flatnonzero(plan.district == d)}) == 1
    # today's grids already optimal (the four 2 × 2 blocks of equal workload): nothing changes
    units = lattice(4, 4, weights=np.ones(16))
    units.keep = ["Q{}".format(2 * ((i // 4) // 2) + (i % 4) // 2) for i in range(16)]
    plan = plan_districts(units, DistrictOptions(method="exact"))
    assert plan.max_deviation == pytest.approx(0.0) and not plan.changed.any()


def test_exact_method_on_too_many_units_reports_the_heuristic():
    units = lattice(9, 8)
    plan = plan_districts(units, DistrictOptions(districts=5, method="exact"))
    assert any("at most 60 units" in note for note in plan.notes)
