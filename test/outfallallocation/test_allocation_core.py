"""Outfall allocation core on a hand-built Y network: superposition by hand, agreement with the decay
model of riverinterpolation, hand-solved linear programmes, the infeasible case, bad input."""

import math

import numpy as np
import pytest

from eco_supervision_plugin.core.messages import PlannerError
from eco_supervision_plugin.core.river.allocation import (
    GS_TO_TA,
    AllocationOptions,
    CheckpointInput,
    plan_outfall_allocation,
)
from eco_supervision_plugin.core.river.decay import decay_model
from eco_supervision_plugin.core.river.system import OutfallInput, RiverLines
from eco_supervision_plugin.core.river.transport import mixing_weights

S2 = math.sqrt(2.0)
U = 0.5  # m/s


def y_lines(q=(2.0, 3.0, 5.0)):
    parts = [np.array([[-1000.0, 1000.0], [0.0, 0.0]]), np.array([[1000.0, 1000.0], [0.0, 0.0]]),
             np.array([[0.0, 0.0], [0.0, -2000.0]])]
    return RiverLines(parts=parts, part_row=np.arange(3), fids=np.array([1, 2, 3]), discharge=np.array(q),
                      velocity=np.full(3, U))


CHECKS = CheckpointInput(xy=np.array([[-100.0, 100.0], [0.0, -1000.0], [0.0, -1900.0]]),
                         target_class=np.array([2, 3, 3]), labels=["T1", "M1", "M2"])
OUT_XY = np.array([[-500.0, 500.0], [500.0, 500.0], [0.0, -500.0]])
OUT_Q = np.array([0.1, 0.2, 0.1])
OUT_C = np.array([[50.0], [30.0], [40.0]])


def options(rate=0.2, **kw):
    return AllocationOptions(parameters=["CODMn"], rates={"CODMn": rate}, **kw)


def hand_contributions(rate):
    """mg/L at T1, M1, M2 from each outfall, followed by hand along the Y."""
    k = rate / (86400.0 * U)
    loads = OUT_Q * OUT_C[:, 0]  # g/s
    q1, q2, q3 = 2.0 + 0.1, 3.0 + 0.2, 5.0
    main_in = q1 + q2
    # outfall 1 on T1 (500·√2 m from the confluence)
    c1_t1 = loads[0] / q1 * math.exp(-k * 400 * S2)
    c1_conf = loads[0] / q1 * math.exp(-k * 500 * S2) * q1 / main_in
    c2_conf = loads[1] / q2 * math.exp(-k * 500 * S2) * q2 / main_in
    # outfall 3 on the main stem at 500 m mixes with the main stem's own design discharge, 5 m³/s
    dil = q3 / (q3 + 0.1)
    c = np.zeros((3, 3))
    c[0, 0] = c1_t1
    for j, c_conf in ((0, c1_conf), (1, c2_conf)):
        c[1, j] = c_conf * math.exp(-k * 1000) * dil
        c[2, j] = c_conf * math.exp(-k * 1900) * dil
    c3 = loads[2] / (q3 + 0.1)
    c[1, 2] = c3 * math.exp(-k * 500)
    c[2, 2] = c3 * math.exp(-k * 1400)
    return c


def test_contributions_equal_hand_superposition():
    plan = plan_outfall_allocation(y_lines(), CHECKS, OutfallInput(OUT_XY, OUT_Q, OUT_C), options())
    par = plan.parameters[0]
    np.testing.assert_allclose(par.contributions(), hand_contributions(0.2), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(par.current_load, OUT_Q * OUT_C[:, 0] * 31.536)


@pytest.mark.parametrize("background", [0.0, 1.5])
def test_superposition_plus_background_equals_decay_model(background):
    plan = plan_outfall_allocation(y_lines(), CHECKS, OutfallInput(OUT_XY, OUT_Q, OUT_C),
                                   options(background={"CODMn": background}))
    par = plan.parameters[0]
    net = plan.system.net
    kk = 0.2 / (86400.0 * plan.system.velocity)
    w, _ = mixing_weights(net, plan.system.discharge, plan.outfall_reach, OUT_Q)
    heads = np.array([r for r in range(net.n_reaches) if not (net.to_node == net.from_node[r]).any()])
    model, _ = decay_model(net, kk, w, plan.system.discharge, heads, np.zeros(len(heads)),
                           np.full(len(heads), background), plan.checkpoint_reach, plan.checkpoint_pos,
                           outfalls=(plan.outfall_reach, plan.outfall_pos, OUT_Q, OUT_C[:, 0]), backfill=False)
    np.testing.assert_allclose(par.background + par.contributions().sum(axis=1), model, rtol=1e-9)
    np.testing.assert_allclose(par.current, model, rtol=1e-9)


def _two_outfalls(max_load=None, objective=0, background=0.0):
    xy = OUT_XY[:2]
    conc = np.array([[50.0], [200.0]])
    return plan_outfall_allocation(
        y_lines(), CheckpointInput(CHECKS.xy[:2], np.array([2, 3]), ["T1", "M1"]),
        OutfallInput(xy, OUT_Q[:2], conc),
        options(rate=0.0, objective=objective, max_load=max_load, background={"CODMn": background}))


def test_lp_capacity_equals_hand_solution():
    # K = 0: T1 L1/2.1 ≤ 0.9·4; main (L1 + L2)/5.3 ≤ 0.9·6; L2 ≤ 10 g/s → L1 = 7.56, L2 = 10 g/s.
    par = _two_outfalls(max_load=np.array([np.nan, 10.0 * GS_TO_TA])).parameters[0]
    assert par.status == "optimal"
    np.testing.assert_allclose(par.allowable / GS_TO_TA, [3.6 * 2.1, 10.0], rtol=1e-7)
    np.testing.assert_allclose(par.capacity / GS_TO_TA, 17.56, rtol=1e-7)
    assert list(par.binding) == [True, False]
    # without the cap the main stem binds: total 5.4 · 5.3 g/s
    par = _two_outfalls().parameters[0]
    np.testing.assert_allclose(par.capacity / GS_TO_TA, 5.4 * 5.3, rtol=1e-7)
    assert par.binding[1]


def test_least_reduction_and_equal_percentage_hand_solutions():
    # today's loads 5 and 40 g/s; main stem 45/5.3 mg/L against 5.4 mg/L
    par = _two_outfalls(objective=1).parameters[0]
    np.testing.assert_allclose(par.allowable.sum() / GS_TO_TA, 5.4 * 5.3, rtol=1e-7)
    assert (par.allowable <= par.current_load + 1e-9).all()
    assert par.failing[1] and not par.failing[0]
    par = _two_outfalls(objective=2).parameters[0]
    frac = 5.4 / (45.0 / 5.3)
    np.testing.assert_allclose(par.allowable / GS_TO_TA, [5.0 * frac, 40.0 * frac], rtol=1e-9)
    np.testing.assert_allclose(par.reduction_pct, 100 * (1 - frac), rtol=1e-9)


def test_infeasible_background_names_the_checkpoint():
    # background 6 mg/L diluted by the outfall flow on T1: 6·2/2.1 against 0.9·4 mg/L
    par = _two_outfalls(background=6.0).parameters[0]
    assert par.status == "infeasible"
    assert "T1" in par.status_note
    assert "{:.4g}".format(6 * 2 / 2.1 - 3.6) in par.status_note
    assert np.isnan(par.allowable).all()


def test_outfall_with_no_checkpoint_below_is_not_infinite():
    xy = np.vstack([OUT_XY, [[0.0, -1950.0]], [[5000.0, 5000.0]]])
    q = np.concatenate([OUT_Q, [0.1, 0.1]])
    conc = np.vstack([OUT_C, [[10.0], [10.0]]])
    plan = plan_outfall_allocation(y_lines(), CHECKS, OutfallInput(xy, q, conc),
                                   options(max_load=np.array([np.nan] * 4 + [7.0])))
    par = plan.parameters[0]
    assert not par.constrained[3] and not par.constrained[4]
    assert np.isnan(par.allowable[3]) and par.allowable[4] == 7.0
    assert par.worst_checkpoint[3] == -1
    assert any("farther than" in w for w in plan.warnings)
    assert np.isfinite(par.allowable[:3]).all()


def test_bad_input():
    outs = OutfallInput(OUT_XY, OUT_Q, OUT_C)
    with pytest.raises(PlannerError, match="no decay rate"):
        plan_outfall_allocation(y_lines(), CHECKS, outs, AllocationOptions(parameters=["CODMn"], rates={}))
    with pytest.raises(PlannerError, match="DISCHARGE_FIELD"):
        lines = y_lines()
        lines.discharge = None
        plan_outfall_allocation(lines, CHECKS, outs, options())
    with pytest.raises(PlannerError, match="not a GB 3838 item"):
        plan_outfall_allocation(y_lines(), CHECKS, outs, AllocationOptions(parameters=["DO"], rates={"DO": 0.1}))
    plan = plan_outfall_allocation(y_lines(), CHECKS, OutfallInput(OUT_XY, np.array([0.1, np.nan, 0.1]), OUT_C),
                                   options())
    assert any("no valid flow" in w for w in plan.warnings)
    assert not plan.parameters[0].constrained[1]


def test_segments_after_allocation_equal_hand_mixing():
    # K = 0 and the loads of the hand-solved case: 7.56 g/s on T1 (below P1: 7.56/2.1 = 3.6 mg/L) and
    # 7.56 + 10 g/s on the main stem (17.56/5.3 mg/L); above P1 nothing (background 0)
    plan = _two_outfalls(max_load=np.array([np.nan, 10.0 * GS_TO_TA]))
    par, seg = plan.parameters[0], plan.segments
    t1 = plan.system.net.reach_xy  # reach of T1 is the one starting at (-1000, 1000)
    r_t1 = next(r for r, xy in enumerate(t1) if np.allclose(xy[0], [-1000.0, 1000.0]))
    r_main = next(r for r, xy in enumerate(t1) if np.allclose(xy[0], [0.0, 0.0]))
    below_p1 = (seg.reach == r_t1) & (seg.mid > 500 * S2)
    above_p1 = (seg.reach == r_t1) & (seg.mid < 500 * S2)
    np.testing.assert_allclose(par.segment_after[below_p1], 3.6, rtol=1e-9)
    np.testing.assert_allclose(par.segment_after[above_p1], 0.0, atol=1e-12)
    np.testing.assert_allclose(par.segment_after[seg.reach == r_main], 17.56 / 5.3, rtol=1e-9)
    np.testing.assert_allclose(par.segment_before[seg.reach == r_main], 45.0 / 5.3, rtol=1e-9)
    rows = list(plan.segment_rows())
    assert len(rows) == len(seg) and len(rows[0][1]) == len(plan.segment_schema())


def test_background_field_at_each_source_by_hand():
    # K = 0, outfalls 1 and 2 only: source of T1 at 2 mg/L (field), source of T2 null → the value 1 mg/L.
    # T1 below outfall 1: 2·2/2.1; main stem: (2·2 + 1·3)/5.3 (complete mixing, outfall flows included)
    lines = y_lines()
    lines.columns = {"bg_codmn": np.array([2.0, np.nan, 9.0])}  # the main stem's 9 is not a source: unused
    plan = plan_outfall_allocation(
        lines, CheckpointInput(CHECKS.xy[:2], np.array([2, 3]), ["T1", "M1"]),
        OutfallInput(OUT_XY[:2], OUT_Q[:2], np.array([[0.0], [0.0]])),
        options(rate=0.0, background={"CODMn": 1.0}, background_columns={"CODMn": "bg_codmn"}))
    np.testing.assert_allclose(plan.parameters[0].background, [4.0 / 2.1, 7.0 / 5.3], rtol=1e-12)
    lines.columns = {"bg_codmn": np.array([-1.0, 0.0, 0.0])}
    with pytest.raises(PlannerError, match="cannot be negative"):
        plan_outfall_allocation(lines, CHECKS, OutfallInput(OUT_XY, OUT_Q, OUT_C),
                                options(background_columns={"CODMn": "bg_codmn"}))


def test_per_parameter_load_bounds_override_the_common_ones():
    # two parameters with K = 0 and the same limits shape; the NH3N cap on outfall 2 comes from its own field,
    # CODMn keeps the common cap. Hand solution as test_lp_capacity_equals_hand_solution: L1 = room_T1·2.1.
    conc = np.array([[50.0, 1.0], [200.0, 1.0]])
    plan = plan_outfall_allocation(
        y_lines(), CheckpointInput(CHECKS.xy[:2], np.array([2, 3]), ["T1", "M1"]), OutfallInput(OUT_XY[:2],
                                                                                                 OUT_Q[:2], conc),
        AllocationOptions(parameters=["CODMn", "NH3N"], rates={"CODMn": 0.0, "NH3N": 0.0},
                          max_load=np.array([np.nan, 10.0 * GS_TO_TA]),
                          max_loads={"NH3N": np.array([np.nan, 0.5 * GS_TO_TA])},
                          min_loads={"NH3N": np.array([0.1 * GS_TO_TA, np.nan])}))
    cod, nh3 = plan.parameters
    np.testing.assert_allclose(cod.allowable / GS_TO_TA, [3.6 * 2.1, 10.0], rtol=1e-7)
    # NH3N limits: class II 0.5, class III 1.0 mg/L, margin 10 %: T1 L1/2.1 ≤ 0.45, main (L1 + L2)/5.3 ≤ 0.9
    np.testing.assert_allclose(nh3.allowable / GS_TO_TA, [0.45 * 2.1, 0.5], rtol=1e-7)
    with pytest.raises(PlannerError, match="NH3N"):
        plan_outfall_allocation(
            y_lines(), CHECKS, OutfallInput(OUT_XY, OUT_Q, np.hstack([OUT_C, OUT_C])),
            AllocationOptions(parameters=["CODMn", "NH3N"], rates={"CODMn": 0.0, "NH3N": 0.0},
                              min_loads={"NH3N": np.array([5.0, 0.0, 0.0])},
                              max_loads={"NH3N": np.array([1.0, np.nan, np.nan])}))


def test_batch_segment_cutting_equals_cut_line():
    from eco_supervision_plugin.core.river.allocation import cut_segments
    from eco_supervision_plugin.core.river.geometry import Segments, cut_line

    rng = np.random.default_rng(3)
    reach_xy = [np.cumsum(rng.uniform(-300, 300, (rng.integers(2, 9), 2)), axis=0) + 5000 * k for k in range(40)]
    length = np.array([np.hypot(*np.diff(xy, axis=0).T).sum() for xy in reach_xy])
    reach = rng.integers(0, 40, 300)
    a, b = np.sort(rng.uniform(0, 1, (2, 300)), axis=0)
    seg = Segments(reach=reach, start=a * length[reach], end=b * length[reach], mid=0.5 * (a + b) * length[reach])
    points, counts = cut_segments(reach_xy, seg)
    ours = np.split(points, np.cumsum(counts)[:-1])
    assert len(ours) == 300
    for i in range(300):
        np.testing.assert_allclose(ours[i], cut_line(reach_xy[reach[i]], seg.start[i], seg.end[i]), atol=1e-6)
