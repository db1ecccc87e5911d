# ruff: noqa: N803, N806  (matrix notation)
"""River models: analytic decay, mass balance, flow-connected isolation, kriging LOO, IDW formula."""

import math

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.core.river import decay, geometry, idw, interpolation, kriging, network


def straight(length=10000.0, x0=0.0, y0=0.0):
    return np.array([[x0, y0], [x0 + length / 2, y0], [x0 + length, y0]])


def y_parts():
    a = np.array([[0.0, 3000.0], [3000.0, 0.0]])
    b = np.array([[0.0, -4000.0], [3000.0, 0.0]])
    c = np.array([[3000.0, 0.0], [9000.0, 0.0]])
    return [a, b, c]


def run(net, sections, names, method, seg_length=500.0, **kw):
    seg = geometry.segment_network(net, seg_length)
    kw.setdefault("loo_methods", (method,))
    res = interpolation.run_interpolation(net, seg["reach"], seg["mid"], sections, names, method=method, **kw)
    return seg, res


def sections_at(net, reach, pos, values, xy=None):
    reach = np.asarray(reach)
    pos = np.asarray(pos, dtype=float)
    if xy is None:
        xy = net.points_xy(reach, pos)
    return {"reach": reach, "pos": pos, "xy": xy, "values": np.asarray(values, dtype=float).reshape(len(reach), -1)}


def test_decay_one_reach_matches_closed_form():
    net = network.build_network([straight()])
    K, u, c0 = 0.3, 0.2, 12.0  # 1/d, m/s, mg/L
    secs = sections_at(net, [0], [0.0], [[c0]])
    seg, res = run(net, secs, ["CODMn"], "decay", rates={"CODMn": K}, velocity=np.array([u]))
    expected = c0 * np.exp(-K * seg["mid"] / (86400.0 * u))
    np.testing.assert_allclose(res.values[:, 0], expected, rtol=1e-12)
    assert len(seg["mid"]) == 20


def test_decay_backfills_upstream_of_first_section():
    net = network.build_network([straight()])
    K, u = 0.5, 0.1
    secs = sections_at(net, [0], [6000.0], [[3.0]])
    seg, res = run(net, secs, ["NH3N"], "decay", rates={"NH3N": K}, velocity=np.array([u]))
    x = seg["mid"] - 6000.0
    np.testing.assert_allclose(res.values[:, 0], 3.0 * np.exp(-K * x / (86400.0 * u)), rtol=1e-12)


def test_mass_balance_at_confluence():
    net = network.build_network(y_parts())
    q = np.array([2.0, 6.0, 8.0])
    u = np.array([0.3, 0.3, 0.3])
    K = 0.4
    secs = sections_at(net, [0, 1], [0.0, 0.0], [[10.0], [4.0]])
    seg, res = run(net, secs, ["COD"], "decay", rates={"COD": K}, velocity=u, discharge=q)
    k = K / (86400.0 * 0.3)
    ca = 10.0 * math.exp(-k * net.length[0])
    cb = 4.0 * math.exp(-k * net.length[1])
    mixed = (q[0] * ca + q[1] * cb) / (q[0] + q[1])
    on_c = seg["reach"] == 2
    np.testing.assert_allclose(res.values[on_c, 0], mixed * np.exp(-k * seg["mid"][on_c]), rtol=1e-12)
    # flux conservation at the junction, on the model's own values at the reach ends:
    # Q_a·C_a(L_a) + Q_b·C_b(L_b) = Q_c·C_c(0), with Q_c = 8 m³/s given for C (not the sum of the other two)
    ends = interpolation.run_interpolation(net, [0, 1, 2], [net.length[0], net.length[1], 0.0], secs, ["COD"],
                                           method="decay", rates={"COD": K}, velocity=u, discharge=q,
                                           loo_methods=()).values[:, 0]
    assert q[0] * ends[0] + q[1] * ends[1] == pytest.approx(q[2] * ends[2], rel=1e-12)
    assert ends[0] == pytest.approx(ca) and ends[1] == pytest.approx(cb)


def test_mass_balance_at_outfall():
    net = network.build_network([straight()])
    secs = sections_at(net, [0], [0.0], [[2.0]])
    outfalls = {"reach": np.array([0]), "pos": np.array([3250.0]), "q": np.array([1.0]), "values": np.array([[50.0]])}
    seg, res = run(net, secs, ["COD"], "decay", rates={"COD": 0.0}, velocity=np.array([0.5]),
                   discharge=np.array([5.0]), outfalls=outfalls)
    v = res.values[:, 0]
    above = seg["mid"] < 3250.0
    np.testing.assert_allclose(v[above], 2.0)
    np.testing.assert_allclose(v[~above], (5.0 * 2.0 + 1.0 * 50.0) / 6.0)


def test_zero_discharge_at_confluence_falls_back_to_equal_weights():
    net = network.build_network(y_parts())
    secs = sections_at(net, [0, 1], [0.0, 0.0], [[10.0], [4.0]])
    seg, res = run(net, secs, ["COD"], "decay", rates={"COD": 0.0}, velocity=np.full(3, 0.3),
                   discharge=np.array([0.0, 6.0, 8.0]))
    np.testing.assert_allclose(res.values[seg["reach"] == 2, 0], 7.0)
    assert any("equal weights" in w for w in res.warnings)


def test_calibrated_decay_recovers_k_and_predicts_left_out_section():
    net = network.build_network([straight(20000.0)])
    K, u = 0.8, 0.25
    pos = np.array([0.0, 4000.0, 9000.0, 15000.0, 19000.0])
    vals = 20.0 * np.exp(-K * pos / (86400.0 * u))
    K_cal, pairs = decay.calibrate_decay(net, np.array([u]), np.zeros(5, dtype=int), pos, vals)
    assert len(pairs) == 4
    assert all(p[2] == pytest.approx(K) for p in pairs)
    secs = sections_at(net, np.zeros(5, dtype=int), pos, vals[:, None])
    _, res = run(net, secs, ["CODMn"], "decay", calibrate=True, velocity=np.array([u]))
    loo = res.loo["decay"].pred[:, 0]
    np.testing.assert_allclose(loo[1:], vals[1:], rtol=1e-9)  # every section but the first is predicted exactly


def _two_networks(values_second):
    parts = y_parts() + [straight(8000.0, 0.0, 20000.0)]
    net = network.build_network(parts, weights=np.array([2.0, 6.0, 8.0, 3.0]))
    reach = np.array([0, 0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3])
    pos = np.array([500.0, 3000.0, 1000.0, 4000.0, 500.0, 3000.0, 5500.0, 300, 1500, 3000, 4500, 6000, 7500])
    first = [5.0, 4.6, 2.0, 2.4, 3.1, 3.0, 2.7]
    return net, sections_at(net, reach, pos, np.concatenate([first, values_second])[:, None])


@pytest.mark.parametrize("method", ["decay", "idw", "kriging"])
def test_nothing_crosses_between_disconnected_networks(method):
    kw = {"rates": {"NH3N": 0.2}, "velocity": np.full(4, 0.3), "discharge": np.array([2.0, 6.0, 8.0, 3.0]),
          "loo_methods": ("decay", "idw", "kriging")}
    net, s1 = _two_networks([1.0, 1.2, 1.1, 1.5, 1.3, 1.4])
    _, s2 = _two_networks([9.0, 3.2, 7.1, 0.5, 4.3, 8.4])
    seg, r1 = run(net, s1, ["NH3N"], method, **kw)
    _, r2 = run(net, s2, ["NH3N"], method, **kw)
    first = net.component[seg["reach"]] == net.component[0]
    np.testing.assert_array_equal(r1.values[first], r2.values[first])
    assert not np.allclose(r1.values[~first], r2.values[~first])
    np.testing.assert_array_equal(r1.loo[method].pred[:7], r2.loo[method].pred[:7])


@pytest.mark.parametrize("method", ["decay", "idw"])
def test_tributaries_inform_each_other_only_downstream(method):
    net = network.build_network(y_parts(), weights=np.array([2.0, 6.0, 8.0]))
    kw = {"rates": {"TP": 0.1}, "velocity": np.full(3, 0.3), "discharge": np.array([2.0, 6.0, 8.0])}
    base = sections_at(net, [0, 1, 2], [1000.0, 1000.0, 3000.0], [[0.1], [0.3], [0.2]])
    other = sections_at(net, [0, 1, 2], [1000.0, 1000.0, 3000.0], [[0.1], [0.9], [0.2]])
    seg, r1 = run(net, base, ["TP"], method, **kw)
    _, r2 = run(net, other, ["TP"], method, **kw)
    on_a = seg["reach"] == 0
    np.testing.assert_array_equal(r1.values[on_a], r2.values[on_a])
    assert not np.allclose(r1.values[seg["reach"] == 1], r2.values[seg["reach"] == 1])


def _uk_loo_plain(C, X, y):
    """Universal kriging with one point left out at a time, solved directly."""
    n = len(y)
    pred, var = np.zeros(n), np.zeros(n)
    for i in range(n):
        k = np.arange(n) != i
        Ci = np.linalg.inv(C[np.ix_(k, k)])
        Xk, c0 = X[k], C[k, i]
        A = Xk.T @ Ci @ Xk
        beta = np.linalg.solve(A, Xk.T @ Ci @ y[k])
        pred[i] = X[i] @ beta + c0 @ Ci @ (y[k] - Xk @ beta)
        u = X[i] - Xk.T @ Ci @ c0
        var[i] = C[i, i] - c0 @ Ci @ c0 + u @ np.linalg.solve(A, u)
    return pred, var


def test_kriging_loo_shortcut_equals_refitting_each_point_out():
    net = network.build_network(y_parts(), weights=np.array([2.0, 6.0, 8.0]))
    rng = np.random.default_rng(4)
    reach = np.array([0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2])
    pos = np.array([200, 1500, 3500, 300, 2500, 4500, 200, 1500, 2900, 4100, 5800], dtype=float)
    _, H, W = net.flow_connection(reach, pos, reach, pos)
    X = np.column_stack([np.ones(len(reach)), rng.normal(size=len(reach))])
    y = 3 + 0.5 * X[:, 1] + rng.normal(scale=0.4, size=len(reach))
    model = kriging.TailUpKriging().fit(H, W, X, y)
    pred, var = model.loo()
    C = kriging.TailUpKriging._tailup(H, W, model.params[0], model.params[1]) + model.params[2] * np.eye(len(y))
    p2, v2 = _uk_loo_plain(C, X, y)
    np.testing.assert_allclose(pred, p2, rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(var, v2, rtol=1e-8)
    # the tail-up covariance is a valid (positive definite) covariance
    assert np.linalg.eigvalsh(C).min() > 0
    # the ML fit is a (local) optimum: nudging any parameter raises −2 log L
    best = model.neg2loglik(model.params)
    for j in range(3):
        for f in (0.8, 1.25):
            t = np.array(model.params)
            t[j] *= f
            assert model.neg2loglik(t) >= best - 1e-6


def test_kriging_prediction_has_standard_error_and_honours_data():
    net = network.build_network([straight(10000.0)])
    pos = np.array([500.0, 2500.0, 4500.0, 6500.0, 8500.0, 9500.0])
    vals = np.array([1.0, 1.4, 2.2, 2.0, 2.9, 3.1])
    secs = sections_at(net, np.zeros(6, dtype=int), pos, vals[:, None])
    seg = geometry.segment_network(net, 500.0)
    q_pos = np.concatenate([seg["mid"], pos])
    q_r = np.zeros(len(q_pos), dtype=int)
    res = interpolation.run_interpolation(net, q_r, q_pos, secs, ["T"], method="kriging", loo_methods=("kriging",))
    se = res.se[:, 0]
    assert np.isfinite(res.values).all() and (se > 0).all()
    nug = res.kriging[0]["nugget"]
    # at a data point the SE shrinks to (about) the nugget's: below the SE between sections
    assert se[-6:].max() < se[:-6].max()
    assert se[-6:].min() >= math.sqrt(nug) * 0.99


def test_straight_idw_is_qgis_formula():
    pts = np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 20.0]])
    vals = np.array([1.0, 2.0, 4.0])
    q = np.array([[5.0, 5.0], [10.0, 0.0]])
    got = idw.straight_idw(pts, vals, q, power=2.0)[:, 0]
    w = 1.0 / np.array([50.0, 50.0, 25.0 + 225.0])  # 1/d² by hand
    assert got[0] == pytest.approx((w @ vals) / w.sum())
    assert got[1] == 2.0  # a point at distance 0 returns its value


def test_idw_uses_only_flow_connected_sections():
    net = network.build_network(y_parts(), weights=np.array([2.0, 6.0, 8.0]))
    sr = np.array([0, 1, 2])
    sp = np.array([1000.0, 1000.0, 3000.0])
    vals = np.array([[1.0], [5.0], [3.0]])
    out = idw.fc_idw(net, sr, sp, vals, np.array([0]), np.array([2000.0]), power=2.0)
    da = 1000.0
    dc = net.length[0] - 2000.0 + 3000.0
    w = np.array([1 / da ** 2, 1 / dc ** 2])
    assert out[0, 0] == pytest.approx((w @ [1.0, 3.0]) / w.sum())


def test_bad_values_excluded_or_refused():
    vals, warnings = interpolation.clean_values(np.array([[1.0, -1.0], [np.nan, 2.0], [3.0, 4.0]]), ["COD", "TP"])
    assert np.isnan(vals[1, 0]) and np.isnan(vals[0, 1])
    assert len(warnings) == 2
    with pytest.raises(ValueError, match="TP"):
        interpolation.clean_values(np.array([[1.0, -1.0], [2.0, np.nan]]), ["COD", "TP"])
    with pytest.raises(ValueError):
        decay.parse_rates("COD 0.2")
    assert decay.parse_rates("CODMn=0.2; NH3N:0.15") == {"CODMn": 0.2, "NH3N": 0.15}


def test_loo_stats_by_hand():
    s = interpolation.loo_stats([1.0, 2.0, 3.0], [1.5, 2.0, 2.0], [0.01, 1.0, 1.0])
    assert s["rmspe"] == pytest.approx(math.sqrt((0.25 + 0 + 1) / 3))
    assert s["bias"] == pytest.approx(-0.5 / 3)
    assert s["coverage90"] == pytest.approx(2 / 3)  # 0.5 > 1.645·0.1; 0 and 1 within 1.645


def test_sparse_pair_prediction_equals_dense_prediction():
    net = network.build_network(y_parts(), weights=np.array([2.0, 6.0, 8.0]))
    reach = np.array([0, 0, 1, 1, 2, 2, 2])
    pos = np.array([500.0, 3000.0, 1000.0, 4000.0, 500.0, 3000.0, 5500.0])
    y = np.array([5.0, 4.6, 2.0, 2.4, 3.1, 3.0, 2.7])
    _, H, W = net.flow_connection(reach, pos, reach, pos)
    model = kriging.TailUpKriging().fit(H, W, np.ones((7, 1)), y)
    seg = geometry.segment_network(net, 250.0)
    _, H0, W0 = net.flow_connection(seg["reach"], seg["mid"], reach, pos)
    X0 = np.ones((len(seg["reach"]), 1))
    dense = model.predict(H0, W0, X0)
    qi, si, d, w = net.flow_pairs(seg["reach"], seg["mid"], reach, pos)
    pairs = model.predict_pairs(len(seg["reach"]), qi, si, d, w, X0)
    np.testing.assert_allclose(pairs[0], dense[0], rtol=1e-12)
    np.testing.assert_allclose(pairs[1], dense[1], rtol=1e-12)
    # and by hand for one point: X0β + c0ᵀΣ⁻¹(y − Xβ)
    psill, rng_, nug = model.params
    S = kriging.TailUpKriging._tailup(H, W, psill, rng_) + nug * np.eye(7)
    c0 = kriging.TailUpKriging._tailup(H0[:1], W0[:1], psill, rng_)[0]
    Si = np.linalg.inv(S)
    beta = (np.ones(7) @ Si @ y) / (np.ones(7) @ Si @ np.ones(7))
    assert dense[0][0] == pytest.approx(beta + c0 @ Si @ (y - beta))
