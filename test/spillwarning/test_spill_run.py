"""The spill warning from river lines and points (core/river/spill_run.py), without QGIS: hydraulics from the river
fields, snapping, per-receptor limits, per-spill columns. Expected values by hand arithmetic."""

import math

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.core.messages import PlannerError
from eco_supervision.eco_supervision_plugin.core.river import spill_run as sr
from eco_supervision.eco_supervision_plugin.core.river.system import NetworkOptions, RiverLines, build_river_system


def chain_lines(velocity, discharge=(10.0, 10.0, 10.0), **columns):
    parts = [np.array([[5000.0 * i, 0.0], [5000.0 * (i + 1), 0.0]]) for i in range(3)]
    return RiverLines(parts=parts, part_row=np.arange(3), fids=np.array([11, 12, 13]),
                      discharge=np.asarray(discharge, dtype=float),
                      velocity=None if velocity is None else np.asarray(velocity, dtype=float), columns=columns)


def test_null_velocity_takes_the_default_but_zero_is_a_stagnant_reach():
    system = build_river_system(chain_lines([0.5, np.nan, 0.0]), NetworkOptions(default_velocity=0.25))
    hyd = sr.reach_hydraulics(system, sr.DispersionColumns(), 30.0)
    assert list(hyd.velocity) == [0.5, 0.25, 0.0]
    assert list(hyd.dispersion_source) == ["default"] * 3


def test_fischer_from_width_depth_slope_columns_and_a_given_value_first():
    # u = 0.5, B = 40, h = 2, S = 2e-4: E = 0.011·0.25·1600/(2·√(9.81·2·2e-4)) = 35.1204 m²/s
    cols = sr.DispersionColumns(given=np.array([12.0, np.nan, np.nan]), width=np.array([40.0, 40.0, np.nan]),
                                depth=np.array([2.0, 2.0, 2.0]), slope=np.array([2e-4, 2e-4, 2e-4]))
    system = build_river_system(chain_lines([0.5, 0.5, 0.5]))
    hyd = sr.reach_hydraulics(system, cols, 7.0)
    assert list(hyd.dispersion_source) == ["given", "fischer", "default"]
    assert hyd.dispersion[0] == 12.0 and hyd.dispersion[1] == pytest.approx(35.1204, rel=1e-5)
    assert hyd.dispersion[2] == 7.0


def test_no_discharge_field_is_refused():
    lines = chain_lines([0.5, 0.5, 0.5])
    lines.discharge = None
    with pytest.raises(PlannerError, match="DISCHARGE_FIELD"):
        sr.reach_hydraulics(build_river_system(lines), sr.DispersionColumns(), 30.0)


def test_run_snaps_and_gives_per_receptor_limits():
    lines = chain_lines([0.5, 0.5, 0.5])
    spills = sr.SpillPoints.from_columns([[1000.0, 50.0]], ["S"], 100.0)
    receptors = sr.ReceptorPoints(np.array([[6000.0, -80.0], [9000.0, 0.0], [12000.0, 0.0], [3000.0, 900.0]]),
                                  ["II", "given", "default", "far"], limit=np.array([np.nan, 0.3, np.nan, np.nan]),
                                  classes=["II", "IV", None, None])
    opts = sr.SpillRunOptions(horizon_s=24 * 3600.0, time_step_s=300.0, pollutant="NH3N", snap_tolerance=200.0)
    run = sr.run_spill(lines, spills, receptors, opts)
    assert run.limit == 1.0 and run.item == "NH3N"
    assert [r.limit for r in run.plan.receptors[:3]] == [0.5, 0.3, 1.0]  # class II; the limit field wins over IV
    assert run.plan.receptors[3].status == "off_network"
    assert run.spill_dist[0] == pytest.approx(50.0) and run.receptor_dist[0] == pytest.approx(80.0)
    assert run.plan.receptors[0].distance_m == pytest.approx(5000.0)
    assert any("farther than 200" in w for w in run.warnings)


def test_spill_columns():
    sp = sr.SpillPoints.from_columns(np.zeros((3, 2)), ["a", "b", "c"], 10.0, np.array([1.0, 2.0, np.nan]), 5.0,
                                     np.array([np.nan, 30.0, 0.0]), np.array([0.0, 60.0, 7200.0]))
    assert list(sp.mass_kg[:2]) == [1.0, 2.0] and math.isnan(sp.mass_kg[2])  # a null mass is refused later
    assert list(sp.duration_s) == [300.0, 1800.0, 0.0]
    assert list(sp.start_s) == [0.0, 60.0, 7200.0]
    with pytest.raises(PlannerError, match="mass"):
        sr.run_spill(chain_lines([0.5, 0.5, 0.5]), sp, sr.ReceptorPoints(np.array([[9000.0, 0.0]]), ["r"]),
                     sr.SpillRunOptions(horizon_s=3600.0, time_step_s=300.0))
