"""The inspection draw: reproducible from the seed, rates met, conflict rules never broken, uniform, even loads."""

import math

import numpy as np
import pytest
from scipy import stats
from scipy.optimize import Bounds, LinearConstraint, milp

from eco_supervision.eco_supervision_plugin.core.messages import PlannerError
from eco_supervision.eco_supervision_plugin.core.supervision.draw import (
    EnterpriseRegister,
    OfficerRegister,
    draw_inspections,
    enterprise_lines,
    register_hash,
)


def registers(n=60, officers=12, seed=0):
    rng = np.random.default_rng(seed)
    strata = rng.choice(["key", "general", "special"], n, p=[0.3, 0.6, 0.1])
    districts = rng.choice(["A", "B", "C"], n)
    oids = ["O{:02d}".format(k) for k in range(officers)]
    last = [frozenset(rng.choice(oids, 2, replace=False)) if rng.random() < 0.5 else frozenset() for _ in range(n)]
    ents = EnterpriseRegister(["E{:03d}".format(i) for i in range(n)], list(strata), list(districts),
                              rng.random(n) < 0.1, last)
    offs = OfficerRegister(oids, ["U{}".format(k % 3) for k in range(officers)],
                           [["A", "B", "C"][k % 3] for k in range(officers)])
    return ents, offs


RATES = {"key": 0.25, "general": 0.1, "special": 1.0}


def ids_of(result, ents):
    return [ents.ids[i] for i in result.drawn]


def test_same_registers_and_seed_give_the_same_draw_in_any_order():
    ents, offs = registers()
    first = draw_inspections(ents, offs, RATES, "2026-12 published seed 8141")
    perm = np.random.default_rng(5).permutation(len(ents.ids))
    shuffled = EnterpriseRegister([ents.ids[i] for i in perm], [ents.strata[i] for i in perm],
                                  [ents.districts[i] for i in perm], ents.excluded[perm],
                                  [ents.last_inspectors[i] for i in perm])
    again = draw_inspections(shuffled, offs, RATES, "2026-12 published seed 8141")
    assert sorted(ids_of(first, ents)) == sorted(ids_of(again, shuffled))
    teams_first = {ents.ids[e]: [offs.ids[k] for k in t] for e, t in zip(first.drawn, first.teams)}
    teams_again = {shuffled.ids[e]: [offs.ids[k] for k in t] for e, t in zip(again.drawn, again.teams)}
    assert teams_first == teams_again
    assert first.record.enterprise_register_sha256 == again.record.enterprise_register_sha256
    other = draw_inspections(ents, offs, RATES, "another seed")
    assert sorted(ids_of(other, ents)) != sorted(ids_of(first, ents))


def test_rates_met_within_rounding_and_exclusions_respected():
    ents, offs = registers(n=200, officers=20)
    result = draw_inspections(ents, offs, RATES, "s")
    drawn = set(result.drawn.tolist())
    for name, rate in RATES.items():
        eligible = [i for i in range(200) if ents.strata[i] == name and not ents.excluded[i]]
        expected = math.floor(rate * len(eligible) + 0.5)
        assert sum(1 for i in eligible if i in drawn) == expected
        count = next(c for c in result.strata if c.stratum == name)
        assert (count.eligible, count.drawn, count.rate) == (len(eligible), expected, rate)
    assert not any(ents.excluded[i] for i in drawn)


def test_conflict_rules_never_broken():
    ents, offs = registers(n=200, officers=20, seed=3)
    result = draw_inspections(ents, offs, RATES, "rules", per_task=3)
    for e, team in zip(result.drawn, result.teams):
        assert len(team) == 3 and len(set(team)) == 3
        for k in team:
            assert offs.districts[k] != ents.districts[e]
            assert offs.ids[k] not in ents.last_inspectors[e]
    assert result.loads.sum() == 3 * len(result.drawn)


def _feasible(ents, offs, drawn, per_task, cap):
    """Independent check with a MILP: can every task get ``per_task`` allowed officers with loads ≤ cap?"""
    pairs = [(t, k) for t, e in enumerate(drawn) for k in range(len(offs.ids))
             if offs.districts[k] != ents.districts[e] and offs.ids[k] not in ents.last_inspectors[e]]
    n = len(pairs)
    rows_task = np.zeros((len(drawn), n))
    rows_off = np.zeros((len(offs.ids), n))
    for j, (t, k) in enumerate(pairs):
        rows_task[t, j] = 1
        rows_off[k, j] = 1
    res = milp(np.zeros(n), integrality=np.ones(n), bounds=Bounds(0, 1),
               constraints=[LinearConstraint(rows_task, per_task, per_task), LinearConstraint(rows_off, 0, cap)])
    return res.status == 0


def test_load_cap_is_the_smallest_that_staffs_every_task():
    ents, offs = registers(n=80, officers=9, seed=11)
    result = draw_inspections(ents, offs, {"key": 0.5, "general": 0.3, "special": 1.0}, "cap")
    assert result.loads.max() == result.load_cap
    assert _feasible(ents, offs, result.drawn, 2, result.load_cap)
    assert not _feasible(ents, offs, result.drawn, 2, result.load_cap - 1)


def test_draw_is_uniform_over_seeds():
    n = 20
    ents = EnterpriseRegister(["E{:02d}".format(i) for i in range(n)], ["general"] * n, [None] * n,
                              np.zeros(n, dtype=bool), [frozenset()] * n)
    offs = OfficerRegister(["O1", "O2", "O3"], [None] * 3, [None] * 3)
    counts = np.zeros(n)
    draws = 600
    for s in range(draws):
        result = draw_inspections(ents, offs, {"general": 0.25}, "seed-{}".format(s))
        counts[result.drawn] += 1
    assert counts.sum() == draws * 5
    chi2 = ((counts - counts.mean()) ** 2 / counts.mean()).sum()
    assert stats.chi2.sf(chi2, n - 1) > 0.001


def test_an_enterprise_that_cannot_be_staffed_is_named():
    ents = EnterpriseRegister(["E1", "E2"], ["key", "key"], ["A", "B"], np.zeros(2, dtype=bool),
                              [frozenset(), frozenset({"O3"})])
    offs = OfficerRegister(["O1", "O2", "O3"], [None] * 3, ["A", "A", "C"])
    with pytest.raises(PlannerError, match=r"brackets: E1 \(1\)\.$"):  # E1: only O3 (O1, O2 live in A)
        draw_inspections(ents, offs, {"key": 1.0}, "x")  # E2 keeps O1 and O2 (O3 inspected it last period)


def test_max_load_too_low_is_refused_with_the_figures():
    ents, offs = registers(n=100, officers=12)
    with pytest.raises(PlannerError, match="MAX_LOAD is 1"):
        draw_inspections(ents, offs, {"*": 0.5}, "x", max_load=1)


@pytest.mark.parametrize("rates, message", [
    ({"key": 1.5, "general": 0.1, "special": 1}, "between 0 and 1"),
    ({"key": 0.1}, "No rate for the strata"),
    ({"key": float("nan"), "general": 0.1, "special": 1}, "between 0 and 1"),
])
def test_bad_rates(rates, message):
    ents, offs = registers()
    with pytest.raises(PlannerError, match=message):
        draw_inspections(ents, offs, rates, "x")


def test_duplicates_and_missing_seed_refused():
    ents, offs = registers()
    ents.ids[5] = ents.ids[4]
    with pytest.raises(PlannerError, match="Duplicate enterprise ids.*E004"):
        draw_inspections(ents, offs, RATES, "x")
    ents, offs = registers()
    with pytest.raises(PlannerError, match="seed"):
        draw_inspections(ents, offs, RATES, "  ")
    with pytest.raises(PlannerError, match="at least two officers"):
        draw_inspections(ents, offs, RATES, "x", per_task=1)


def test_register_hash_is_order_free_and_content_bound():
    ents, _offs = registers()
    lines = enterprise_lines(ents)
    assert register_hash(lines) == register_hash(list(reversed(lines)))
    ents.strata[0] = "special" if ents.strata[0] != "special" else "key"
    assert register_hash(enterprise_lines(ents)) != register_hash(lines)
