"""Spill early warning core: analytic solutions on a uniform reach, quadrature of the finite release,
mass balance through a confluence, branches, upstream receptors, Fischer's formula and bad input.

Expected values come from the textbook formulas written out here (not from the module under test), from
scipy quadrature and optimisation, or from hand arithmetic.
"""

import math

import numpy as np
import pytest
from scipy import integrate, optimize

from eco_supervision.eco_supervision_plugin.core.messages import PlannerError
from eco_supervision.eco_supervision_plugin.core.river import geometry as rgeo
from eco_supervision.eco_supervision_plugin.core.river import network as rn
from eco_supervision.eco_supervision_plugin.core.river import spill as sp

U, Q, E = 0.5, 20.0, 30.0  # m/s, m³/s, m²/s
MASS_KG = 1000.0


def c_instant(x, t, m_g, u=U, q=Q, e=E, k=0.0):
    """C(x, t) = M/(A·√(4πEt))·exp(−(x−ut)²/(4Et))·exp(−kt), A = Q/u (mg/L with M in g)."""
    a = q / u
    return m_g / (a * math.sqrt(4 * math.pi * e * t)) * math.exp(-((x - u * t) ** 2) / (4 * e * t) - k * t)


def peak_time_instant(x, u=U, e=E, k=0.0):
    """dC/dt = 0 ⇔ (u² + 4Ek)t² + 2Et − x² = 0."""
    c = u * u + 4 * e * k
    return (-e + math.sqrt(e * e + c * x * x)) / c


def one_reach(length=100000.0):
    return rn.build_network([np.array([[0.0, 0.0], [length / 2, 0.0], [length, 0.0]])])


def chain(lengths):
    """Reaches end to end along the x axis, digitised downstream."""
    x = np.concatenate([[0.0], np.cumsum(lengths)])
    return rn.build_network([np.array([[x[i], 0.0], [x[i + 1], 0.0]]) for i in range(len(lengths))])


def hydraulics(n, u=U, q=Q, e=E):
    u, q, e = (np.broadcast_to(np.asarray(v, dtype=float), (n,)).copy() for v in (u, q, e))
    return sp.Hydraulics(u, q, e, np.full(n, sp.GIVEN, dtype=object))


def options(**kw):
    base = dict(horizon_s=72 * 3600.0, time_step_s=300.0, decay_per_day=0.0, limit=1.0)
    base.update(kw)
    return sp.SpillOptions(**base)


def run(net, hyd, spill_reach, spill_pos, rec_reach, rec_pos, opts, mass=MASS_KG, duration=None, start=None,
        seg=None, limits=None):
    spills = sp.Spills(np.atleast_1d(spill_reach), np.atleast_1d(np.asarray(spill_pos, dtype=float)),
                       np.atleast_1d(np.asarray(mass, dtype=float)),
                       None if duration is None else np.atleast_1d(np.asarray(duration, dtype=float)),
                       None if start is None else np.atleast_1d(np.asarray(start, dtype=float)))
    rec = sp.Receptors(np.asarray(rec_reach), np.asarray(rec_pos, dtype=float), limits)
    seg_r, seg_p = seg if seg is not None else (np.zeros(0, dtype=np.int64), np.zeros(0))
    return sp.plan_spill(net, hyd, spills, rec, seg_r, seg_p, opts)


# -- one uniform reach ------------------------------------------------------------------------------


@pytest.mark.parametrize("k_per_day", [0.0, 0.3])
def test_instantaneous_peak_equals_analytic_solution(k_per_day):
    k = k_per_day / 86400.0
    x0 = 1000.0
    dists = np.array([500.0, 3000.0, 15000.0, 60000.0])
    plan = run(one_reach(), hydraulics(1), 0, x0, np.zeros(4, dtype=np.int64), x0 + dists,
               options(decay_per_day=k_per_day))
    for x, r in zip(dists, plan.receptors):
        tp = peak_time_instant(x, k=k)
        cp = c_instant(x, tp, MASS_KG * 1000, k=k)
        assert r.status == sp.REACHED
        assert r.peak_time_s == pytest.approx(tp, abs=1e-3)
        assert r.peak_conc == pytest.approx(cp, rel=1e-9)
        assert r.distance_m == pytest.approx(x)
        # the curve on the grid is the formula at every step
        t = plan.times_s[1:]
        expected = np.array([c_instant(x, ti, MASS_KG * 1000, k=k) for ti in t])
        np.testing.assert_allclose(plan.curves[r.index][1:], expected, rtol=1e-9, atol=1e-12 * cp)


def test_peak_found_between_time_steps_near_the_spill():
    """A plume narrower than one time step (50 m below the spill) still shows its true peak."""
    x = 50.0
    plan = run(one_reach(), hydraulics(1), 0, 1000.0, [0], [1000.0 + x], options(time_step_s=600.0))
    r = plan.receptors[0]
    tp = peak_time_instant(x)
    assert r.peak_time_s == pytest.approx(tp, abs=1e-3)
    assert r.peak_conc == pytest.approx(c_instant(x, tp, MASS_KG * 1000), rel=1e-9)
    assert r.reached and r.exceed_start_s < tp < r.exceed_end_s


def test_arrival_and_exceedance_are_where_the_formula_crosses_the_levels():
    x = 20000.0
    limit = 2.0
    plan = run(one_reach(), hydraulics(1), 0, 0.0, [0], [x], options(limit=limit))
    r = plan.receptors[0]

    def c(t):
        return c_instant(x, t, MASS_KG * 1000)

    assert c(r.arrival_s) == pytest.approx(0.01 * limit, rel=1e-6)
    assert c(r.arrival_s - 60) < 0.01 * limit
    assert c(r.exceed_start_s) == pytest.approx(limit, rel=1e-6)
    assert c(r.exceed_end_s) == pytest.approx(limit, rel=1e-6)
    assert r.exceed_start_s < r.peak_time_s < r.exceed_end_s
    assert r.exceed_duration_s == pytest.approx(r.exceed_end_s - r.exceed_start_s)
    assert r.act_within_s == r.exceed_start_s
    # the same crossings found by a root finder on the formula
    tp = peak_time_instant(x)
    t_start = optimize.brentq(lambda t: c(t) - limit, 1.0, tp, xtol=1e-9)
    t_end = optimize.brentq(lambda t: c(t) - limit, tp, 10 * tp, xtol=1e-9)
    assert r.exceed_start_s == pytest.approx(t_start, abs=1e-3)
    assert r.exceed_end_s == pytest.approx(t_end, abs=1e-3)


def c_finite_by_quadrature(x, t, m_g, duration, k=0.0):
    """Release at the rate M/T over [0, T]: ∫₀^min(t,T) (M/T)·C₁(x, t − s) ds by adaptive quadrature."""
    if t <= 0:
        return 0.0
    upper = min(t, duration)
    val, _ = integrate.quad(lambda s: c_instant(x, t - s, 1.0, k=k), 0.0, upper, epsabs=0, epsrel=1e-12,
                            limit=200)
    return m_g / duration * val


@pytest.mark.parametrize("k_per_day", [0.0, 0.5])
def test_finite_duration_equals_quadrature_of_the_instantaneous_solution(k_per_day):
    k = k_per_day / 86400.0
    duration = 1800.0
    dists = np.array([2000.0, 10000.0, 40000.0])
    plan = run(one_reach(), hydraulics(1), 0, 0.0, np.zeros(3, dtype=np.int64), dists,
               options(decay_per_day=k_per_day), duration=duration)
    for x, r in zip(dists, plan.receptors):
        m_g = MASS_KG * 1000

        def neg(t, x=x, m_g=m_g):
            return -c_finite_by_quadrature(x, t, m_g, duration, k)

        t_grid = np.linspace(0.5 * x / U, 1.5 * x / U + duration, 400)
        i = int(np.argmin([neg(t) for t in t_grid]))
        best = optimize.minimize_scalar(neg, bounds=(t_grid[i - 1], t_grid[i + 1]), method="bounded",
                                        options={"xatol": 1e-6})
        assert r.peak_conc == pytest.approx(-best.fun, rel=1e-8)
        assert r.peak_time_s == pytest.approx(best.x, abs=0.05)
        for ti in (r.peak_time_s - 1500, r.peak_time_s + 2500, duration * 0.5):
            step = int(ti // 300)
            t_step = plan.times_s[step]
            assert plan.curves[r.index][step] == pytest.approx(c_finite_by_quadrature(x, t_step, m_g, duration, k),
                                                               rel=1e-8, abs=1e-12)


def test_reaches_in_a_chain_give_the_uniform_reach_solution():
    """Travel time and variance add up: a uniform river cut into reaches is the one-reach solution."""
    net = chain([3000.0, 7000.0, 5000.0, 25000.0])
    plan = run(net, hydraulics(4), 0, 1000.0, [1, 3, 3], [2000.0, 100.0, 20000.0], options(decay_per_day=0.2))
    k = 0.2 / 86400
    for x, r in zip([4000.0, 14100.0, 34000.0], plan.receptors):
        tp = peak_time_instant(x, k=k)
        assert r.peak_time_s == pytest.approx(tp, abs=1e-3)
        assert r.peak_conc == pytest.approx(c_instant(x, tp, MASS_KG * 1000, k=k), rel=1e-9)


# -- a confluence -----------------------------------------------------------------------------------


def y_network():
    """Tributary A (6 km) and B (4 km) join at (6000, 0); C (30 km) runs on to the outlet."""
    a = np.array([[0.0, 0.0], [6000.0, 0.0]])
    b = np.array([[6000.0, -4000.0], [6000.0, 0.0]])
    c = np.array([[6000.0, 0.0], [36000.0, 0.0]])
    net = rn.build_network([a, b, c], weights=np.array([5.0, 15.0, 21.0]))
    return net


Y_U = np.array([0.4, 0.6, 0.8])
Y_Q = np.array([5.0, 15.0, 21.0])
Y_E = np.array([10.0, 25.0, 60.0])


@pytest.mark.parametrize("k_per_day", [0.0, 0.3])
@pytest.mark.parametrize("duration", [0.0, 3600.0])
def test_mass_balance_at_every_receptor_including_after_the_confluence(k_per_day, duration):
    net = y_network()
    hyd = sp.Hydraulics(Y_U, Y_Q, Y_E, np.full(3, sp.GIVEN, dtype=object))
    # spill 1 km down A; receptors 3 km down A, 2 km and 25 km down C
    rec_reach = np.array([0, 2, 2])
    rec_pos = np.array([4000.0, 2000.0, 25000.0])
    plan = run(net, hyd, 0, 1000.0, rec_reach, rec_pos, options(decay_per_day=k_per_day, time_step_s=60.0,
                                                                 horizon_s=30 * 3600.0), duration=duration)
    tau = [3000.0 / 0.4, 5000.0 / 0.4 + 2000.0 / 0.8, 5000.0 / 0.4 + 25000.0 / 0.8]
    var = [2 * 10 * 3000 / 0.4 ** 3, 2 * 10 * 5000 / 0.4 ** 3 + 2 * 60 * 2000 / 0.8 ** 3,
           2 * 10 * 5000 / 0.4 ** 3 + 2 * 60 * 25000 / 0.8 ** 3]
    q_at = [5.0, 21.0, 21.0]
    k = k_per_day / 86400.0
    for r, t_r, v_r, q_r in zip(plan.receptors, tau, var, q_at):
        assert r.status == sp.REACHED
        assert r.travel_time_s == pytest.approx(t_r)
        flux = integrate.trapezoid(plan.curves[r.index] * q_r, plan.times_s) / (MASS_KG * 1000)
        assert plan.curves[r.index][-1] < 1e-12 * r.peak_conc  # the whole plume passed within the horizon
        if k == 0:
            assert flux == pytest.approx(1.0, rel=1e-7)
        else:
            # M·e^(−kτ) up to the dispersive share of the flux, about k·σ²/τ (module docstring)
            assert flux == pytest.approx(math.exp(-k * t_r), rel=1.5 * k * v_r / t_r + 1e-7)
            assert abs(flux - math.exp(-k * t_r)) > 0  # decay is applied


def test_dilution_at_the_confluence():
    """Just above and just below the confluence the peak drops by Q_A / Q_C."""
    net = y_network()
    hyd = sp.Hydraulics(Y_U, Y_Q, Y_E, np.full(3, sp.GIVEN, dtype=object))
    plan = run(net, hyd, 0, 1000.0, [0, 2], [6000.0, 0.0], options(time_step_s=60.0))
    above, below = plan.receptors
    assert below.peak_conc / above.peak_conc == pytest.approx(Y_Q[0] / Y_Q[2], rel=1e-9)


def test_other_branch_upstream_and_off_network_are_never_reached():
    net = y_network()
    hyd = sp.Hydraulics(Y_U, Y_Q, Y_E, np.full(3, sp.GIVEN, dtype=object))
    plan = run(net, hyd, 0, 3000.0, [1, 0, -1, 2], [2000.0, 1000.0, np.nan, 1000.0], options())
    branch, upstream, off, down = plan.receptors
    assert branch.status == sp.OTHER_BRANCH and not branch.reached
    assert upstream.status == sp.UPSTREAM and not upstream.reached
    assert off.status == sp.OFF_NETWORK
    assert down.status == sp.REACHED
    for r in (branch, upstream, off):
        assert not np.any(plan.curves[r.index])
        assert math.isnan(r.arrival_s) and math.isnan(r.peak_conc)


def test_separate_network_is_reported():
    parts = [np.array([[0.0, 0.0], [10000.0, 0.0]]), np.array([[0.0, 50000.0], [10000.0, 50000.0]])]
    net = rn.build_network(parts)
    plan = run(net, hydraulics(2), 0, 100.0, [1, 0], [5000.0, 5000.0], options())
    assert plan.receptors[0].status == sp.OTHER_NETWORK
    assert plan.receptors[1].status == sp.REACHED
    assert any("separate river network" in w for w in plan.warnings)


def test_segments_only_downstream_and_superposition_of_spills():
    net = chain([10000.0, 10000.0, 10000.0])
    seg = rgeo.segment_network(net, 1000.0)
    one = run(net, hydraulics(3), 1, 2500.0, [2], [5000.0], options(), seg=(seg["reach"], seg["mid"]))
    assert set(one.segments.index) == set(np.nonzero((seg["reach"] > 1) | ((seg["reach"] == 1) &
                                                                             (seg["mid"] >= 2500.0)))[0])
    two = run(net, hydraulics(3), [1, 0], [2500.0, 100.0], [2], [5000.0], options(), mass=[1000.0, 400.0],
              start=[0.0, 3600.0])
    other = run(net, hydraulics(3), 0, 100.0, [2], [5000.0], options(), mass=400.0, start=3600.0)
    np.testing.assert_allclose(two.curves[0], one.curves[0] + other.curves[0], rtol=1e-12, atol=1e-300)
    # the first plume to arrive is the one 12.5 km upstream (τ = 25 000 s), not the later, farther one
    assert two.receptors[0].spill == 0 and two.receptors[0].distance_m == pytest.approx(12500.0)


# -- dispersion and limits ----------------------------------------------------------------------------


def test_fischer_formula_against_a_hand_value():
    # u = 0.5 m/s, B = 40 m, h = 2 m, S = 2e-4: u* = √(9.81·2·2e-4) = 0.0626418 m/s,
    # E = 0.011·0.25·1600 / (2·0.0626418) = 4.4 / 0.1252836 = 35.1204 m²/s
    e = sp.fischer_dispersion([0.5], [40.0], [2.0], [2e-4])
    assert e[0] == pytest.approx(35.1204, rel=1e-5)


def test_dispersion_sources_in_order_given_fischer_default():
    e, src = sp.reach_dispersion([0.5, 0.5, 0.5, 0.5], given=[12.0, np.nan, np.nan, 0.0],
                                 width=[40.0, 40.0, np.nan, np.nan], depth=[2.0, 2.0, 2.0, 2.0],
                                 slope=[2e-4, 2e-4, 2e-4, 2e-4], default=7.0)
    assert list(src) == [sp.GIVEN, sp.FISCHER, sp.DEFAULT, sp.DEFAULT]
    assert e[0] == 12.0 and e[1] == pytest.approx(35.1204, rel=1e-5) and e[2] == 7.0
    e, src = sp.reach_dispersion([0.5], width=[np.nan], depth=[2.0], slope=[1e-4])
    assert src[0] == sp.MISSING and math.isnan(e[0])


def test_limits_from_gb3838_and_free_limit():
    assert sp.pollutant_limit("NH3N", "III") == ("NH3N", 1.0)
    assert sp.pollutant_limit("petroleum", 3) == ("Petroleum", 0.05)
    assert sp.pollutant_limit("挥发酚", "II") == ("VPhenol", 0.002)
    assert sp.pollutant_limit("Cr6", "III") == ("Cr6", 0.05)
    assert sp.pollutant_limit("CODMn", "IV") == ("CODMn", 10.0)
    assert sp.pollutant_limit("benzene", 3, limit=0.01) == (None, 0.01)
    with pytest.raises(PlannerError, match="LIMIT"):
        sp.pollutant_limit("benzene", 3)
    with pytest.raises(PlannerError):
        sp.pollutant_limit("DO", 3)
    lims = sp.receptor_limits("NH3N", ["II", None, "IV"], 1.0)
    np.testing.assert_allclose(lims, [0.5, 1.0, 1.5])


def test_per_receptor_limit_and_class_at_the_peak():
    plan = run(one_reach(), hydraulics(1), 0, 0.0, [0, 0], [20000.0, 20000.0],
               options(limit=1.0, item="NH3N"), mass=100.0, limits=np.array([np.nan, 0.01]))
    a, b = plan.receptors
    # the peak is 1e5 g/(40 m²·√(4π·30 m²/s·40 000 s)) ≈ 0.64 mg/L: NH3-N class III (0.5 < C ≤ 1.0)
    assert a.peak_conc == pytest.approx(c_instant(20000.0, peak_time_instant(20000.0), 1e5), rel=1e-9)
    assert a.limit == 1.0 and b.limit == 0.01
    assert math.isnan(a.exceed_start_s) and a.exceed_duration_s == 0 and a.act_within_s == a.arrival_s
    assert b.exceed_duration_s > 0
    assert a.peak_class == 3 and b.peak_class == 3


# -- bad input ----------------------------------------------------------------------------------------


def test_bad_input_is_refused_with_a_planner_message():
    net = one_reach()
    hyd = hydraulics(1)
    with pytest.raises(PlannerError, match="mass"):
        run(net, hyd, 0, 0.0, [0], [1000.0], options(), mass=0.0)
    with pytest.raises(PlannerError, match="mass"):
        run(net, hyd, 0, 0.0, [0], [1000.0], options(), mass=float("nan"))
    with pytest.raises(PlannerError, match="snapping tolerance"):
        run(net, hyd, -1, np.nan, [0], [1000.0], options())
    with pytest.raises(PlannerError, match="HORIZON"):
        run(net, hyd, 0, 0.0, [0], [90000.0], options(horizon_s=3600.0))
    with pytest.raises(PlannerError, match="TIME_STEP"):
        run(net, hyd, 0, 0.0, [0], [1000.0], options(horizon_s=600.0, time_step_s=900.0))
    with pytest.raises(PlannerError, match="HORIZON"):
        run(net, hyd, 0, 0.0, [0], [1000.0], options(horizon_s=float("inf")))
    with pytest.raises(PlannerError, match="DECAY"):
        run(net, hyd, 0, 0.0, [0], [1000.0], options(decay_per_day=-1.0))
    with pytest.raises(PlannerError, match="duration"):
        run(net, hyd, 0, 0.0, [0], [1000.0], options(), duration=-5.0)


def test_zero_velocity_or_discharge_on_the_path_is_a_receptor_status():
    net = chain([5000.0, 5000.0, 5000.0])
    hyd = hydraulics(3, u=[0.5, 0.0, 0.5], q=[10.0, 10.0, np.nan])
    plan = run(net, hyd, 0, 0.0, [0, 1, 2], [2000.0, 1000.0, 1000.0], options())
    assert [r.status for r in plan.receptors] == [sp.REACHED, sp.NO_VELOCITY, sp.NO_VELOCITY]
    hyd = hydraulics(3, q=[10.0, 10.0, np.nan])
    plan = run(net, hyd, 0, 0.0, [1, 2], [1000.0, 1000.0], options())
    assert [r.status for r in plan.receptors] == [sp.REACHED, sp.NO_DISCHARGE]
    assert any("not computed" in w for w in plan.warnings)


def test_receptor_beyond_the_horizon():
    net = one_reach()
    plan = run(net, hydraulics(1), 0, 0.0, [0, 0], [2000.0, 90000.0], options(horizon_s=6 * 3600.0))
    near, far = plan.receptors
    assert near.status == sp.REACHED
    assert far.status == sp.BEYOND_HORIZON and not far.reached


def test_a_loop_in_the_lines_is_noted():
    # a triangle digitised round in one direction, with an outflow
    parts = [np.array([[0.0, 0.0], [5000.0, 0.0]]), np.array([[5000.0, 0.0], [2500.0, 4000.0]]),
             np.array([[2500.0, 4000.0], [0.0, 0.0]]), np.array([[-3000.0, -3000.0], [0.0, 0.0]])]
    net = rn.build_network(parts)
    assert net.loop_reaches
    assert net.cut[0]
    plan = run(net, hydraulics(4), 3, 100.0, [0, 1], [1000.0, 1000.0], options())
    # the plume runs down the inflow into reach 0, where the loop was cut; the rest of the loop is not followed
    assert [r.status for r in plan.receptors] == [sp.REACHED, sp.OTHER_BRANCH]
    assert any("loop" in w and "reach 0" in w for w in plan.warnings)
