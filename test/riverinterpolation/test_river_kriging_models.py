# ruff: noqa: N803, N806  (matrix notation)
"""Stream kriging mixtures: every covariance family by hand on a hand-built network, junction distances,
likelihoods against dense independent implementations, REML as error contrasts, block kriging from the
kriging system, P_EXCEED calibration on simulated fields."""

import math

import numpy as np
import pytest
from scipy import linalg, stats

from eco_supervision.eco_supervision_plugin.core.river import covariance as cv
from eco_supervision.eco_supervision_plugin.core.river import interpolation, kriging, kriging_exceed, network
from eco_supervision.eco_supervision_plugin.core.river import kriging_pairs as kp
from eco_supervision.eco_supervision_plugin.core.river import kriging_select as ks

R2 = math.sqrt(2.0)


def tree():
    """c outlet (6000 m); a (3000√2 m) and b (2000√2 m) join at the top of c; d (1000√2) and e (2000) at the
    top of b."""
    c = np.array([[3000.0, 0.0], [9000.0, 0.0]])
    a = np.array([[0.0, 3000.0], [3000.0, 0.0]])
    b = np.array([[1000.0, -2000.0], [3000.0, 0.0]])
    d = np.array([[0.0, -1000.0], [1000.0, -2000.0]])
    e = np.array([[1000.0, -4000.0], [1000.0, -2000.0]])
    # weights: watershed areas; shares at a confluence are proportional to them
    return network.build_network([c, a, b, d, e], weights=np.array([10.0, 4.0, 6.0, 1.0, 3.0]))


# points: (reach, position from the upstream end)
PTS = [(1, 1000.0), (2, 500.0), (3, 400.0), (4, 1500.0), (0, 2500.0)]  # on a, b, d, e, c


def by_hand():
    """Distances to the outlet, flow-connected distances and the junction (a, b) of every pair, by hand."""
    La, Lb, Ld, Le, Lc = 3000 * R2, 2000 * R2, 1000 * R2, 2000.0, 6000.0
    to_out = [La - 1000 + Lc, Lb - 500 + Lc, Ld - 400 + Lb + Lc, Le - 1500 + Lb + Lc, Lc - 2500]
    # the junction of each unconnected pair, as its distance to the outlet: top of c (6000) or top of b
    top_c, top_b = Lc, Lb + Lc
    junction = {(0, 1): top_c, (0, 2): top_c, (0, 3): top_c, (2, 3): top_b}
    connected = {(1, 2), (1, 3), (0, 4), (1, 4), (2, 4), (3, 4)}
    # additive function values: a 0.4, b 0.6, d 0.6·0.25, e 0.6·0.75, c 1
    afv = [0.4, 0.6, 0.15, 0.45, 1.0]
    return to_out, junction, connected, afv


def test_pair_geometry_by_hand():
    net = tree()
    r = np.array([p[0] for p in PTS])
    s = np.array([p[1] for p in PTS])
    xy = net.points_xy(r, s)
    np.testing.assert_allclose(kp.points_xy(net, r, s), xy, atol=1e-9)
    g = kp.pair_geometry(net, r, s, xy, r, s, xy)
    to_out, junction, connected, afv = by_hand()
    for i in range(5):
        for j in range(5):
            key = (min(i, j), max(i, j))
            if i == j or key in connected:
                assert g.h[i, j] == pytest.approx(abs(to_out[i] - to_out[j]))
                lo, hi = sorted((afv[i], afv[j]))
                assert g.w[i, j] == pytest.approx(math.sqrt(lo / hi))
                assert g.a[i, j] == pytest.approx(g.h[i, j]) and g.b[i, j] == 0  # the tail-down convention
            else:
                assert np.isinf(g.h[i, j]) and g.w[i, j] == 0
                da, db = to_out[i] - junction[key], to_out[j] - junction[key]
                assert g.a[i, j] == pytest.approx(max(da, db)) and g.b[i, j] == pytest.approx(min(da, db))
            assert g.d[i, j] == pytest.approx(math.dist(xy[i], xy[j]))


def _family_by_hand(kind, family, h, w, a, b, d, rng):
    """The formulas of Ver Hoef & Peterson (2010, Table 1) and SSN2, one pair at a time."""
    if kind == "euclidean":
        x = d / rng
        return {"exponential": math.exp(-x), "spherical": (1 - 1.5 * x + 0.5 * x ** 3) if x <= 1 else 0.0,
                "gaussian": math.exp(-x * x)}[family]
    if math.isfinite(h):
        x = h / rng
        f = {"exponential": math.exp(-x), "spherical": (1 - 1.5 * x + 0.5 * x ** 3) if x <= 1 else 0.0,
             "linear": (1 - x) if x <= 1 else 0.0,
             "mariah": 1.0 if x == 0 else math.log(90 * x + 1) / (90 * x)}[family]
        return f * (w if kind == "tail_up" else 1.0)
    if kind == "tail_up":
        return 0.0
    xa, xb = a / rng, b / rng
    if family == "exponential":
        return math.exp(-(xa + xb))
    if family == "spherical":
        return (1 - 1.5 * xb + 0.5 * xa) * (1 - xa) ** 2 if xa <= 1 else 0.0
    if family == "linear":
        return (1 - xa) if xa <= 1 else 0.0
    if xa == xb:
        return 1.0 / (90 * xa + 1)
    return (math.log(90 * xa + 1) - math.log(90 * xb + 1)) / (90 * (xa - xb))


@pytest.mark.parametrize("kind,family", [("tail_up", f) for f in cv.TAIL_UP] + [("tail_down", f) for f in cv.TAIL_DOWN]
                         + [("euclidean", f) for f in cv.EUCLIDEAN])
@pytest.mark.parametrize("rng", [1500.0, 6000.0, 40000.0])
def test_each_family_equals_its_formula(kind, family, rng):
    net = tree()
    r = np.array([p[0] for p in PTS])
    s = np.array([p[1] for p in PTS])
    xy = net.points_xy(r, s)
    g = kp.pair_geometry(net, r, s, xy, r, s, xy)
    got = cv.component(kind, family, g, rng)
    for i in range(5):
        for j in range(5):
            want = _family_by_hand(kind, family, g.h[i, j], g.w[i, j], g.a[i, j], g.b[i, j], g.d[i, j], rng)
            assert got[i, j] == pytest.approx(want, rel=1e-12, abs=1e-15)
    # a one-component mixture equals that component alone; the full matrix is a valid covariance
    model = cv.CovarianceModel(**{k: (family if k == kind else None) for k in cv.KINDS}, nugget=False)
    np.testing.assert_allclose(cv.covariance(model, g, [2.5], [rng]), 2.5 * got, rtol=1e-14)
    assert np.linalg.eigvalsh(got + 1e-9 * np.eye(5)).min() > -1e-9


def test_mariah_tail_down_equal_distances():
    a = np.array([1200.0])
    got = cv.tail_down("mariah", a, a, 3000.0)
    assert got[0] == pytest.approx(1.0 / (90 * 0.4 + 1))


def _sites(n=40, seed=3):
    net = tree()
    rng = np.random.default_rng(seed)
    r = rng.integers(0, 5, n)
    s = rng.uniform(0.02, 0.98, n) * net.length[r]
    xy = net.points_xy(r, s)
    return net, r, s, xy, rng


def _simulate(S, mean, rng, size=1):
    return mean + linalg.cholesky(S, lower=True) @ rng.normal(size=(len(S), size))


FULL = cv.CovarianceModel("exponential", "spherical", "gaussian", True)


@pytest.mark.parametrize("reml", [False, True])
def test_likelihood_equals_dense_independent_implementation(reml):
    net, r, s, xy, rng = _sites()
    g = kp.pair_geometry(net, r, s, xy, r, s, xy)
    X = np.column_stack([np.ones(len(r)), rng.normal(size=len(r))])
    S = cv.covariance(FULL, g, [1.0, 0.5, 0.3], [3000.0, 5000.0, 4000.0], 0.2, np.eye(len(r), dtype=bool))
    y = _simulate(S, X @ [2.0, 0.5], rng)[:, 0]
    fit = kriging.StreamKriging(FULL, reml=reml).fit(g, X, y)
    Sf = fit.sigma(g, diagonal=True)
    Si = np.linalg.inv(Sf)
    beta = np.linalg.solve(X.T @ Si @ X, X.T @ Si @ y)
    np.testing.assert_allclose(fit.beta, beta, rtol=1e-8)
    if not reml:
        want = -2 * stats.multivariate_normal(X @ beta, Sf).logpdf(y)
    else:
        # REML = the likelihood of error contrasts Kᵀy (K an orthonormal basis of the null space of Xᵀ),
        # up to log|XᵀX|
        K = linalg.null_space(X.T)
        want = -2 * stats.multivariate_normal(np.zeros(K.shape[1]), K.T @ Sf @ K).logpdf(K.T @ y)
        want += np.linalg.slogdet(X.T @ X)[1]
    assert fit.neg2ll == pytest.approx(want, rel=1e-9)
    assert fit.neg2loglik(fit.psills, fit.ranges, fit.nugget) == pytest.approx(want, rel=1e-9)
    # the optimum (to 1e-3 in −2 log L): nudging any parameter inside the search bounds does not lower it
    top = 100 * np.nanmax(np.where(np.isfinite(g.h), g.h, g.d))
    for j, f in ((0, 0.8), (0, 1.25), (1, 0.8), (1, 1.25)):
        ps, rs = list(fit.psills), list(fit.ranges)
        for k in range(3):
            (ps if j == 0 else rs)[k] *= f
            if max(rs) < top:
                assert fit.neg2loglik(ps, rs, fit.nugget) >= fit.neg2ll - 1e-3
            (ps if j == 0 else rs)[k] /= f


def test_reml_equals_ml_profile_with_known_mean():
    """A known case: with the trend known (X has no columns) REML and ML coincide on the whole profile."""
    net, r, s, xy, rng = _sites(30)
    g = kp.pair_geometry(net, r, s, xy, r, s, xy)
    model = cv.CovarianceModel("exponential", None, None, True)
    S = cv.covariance(model, g, [1.0], [4000.0], 0.1, np.eye(30, dtype=bool))
    y = _simulate(S, 0.0, rng)[:, 0]
    X = np.zeros((30, 0))
    ml = kriging.StreamKriging(model, reml=False)
    ml.geom, ml.X, ml.y, ml.n = g, X, y, 30
    reml = kriging.StreamKriging(model, reml=True)
    reml.geom, reml.X, reml.y, reml.n = g, X, y, 30
    ml._prepare()
    reml._prepare()
    for rg in (500.0, 2000.0, 8000.0):
        for share in (0.1, 0.5):
            t = np.array([math.log(rg), math.log(share / (1 - share))])
            assert reml._profile(t) == pytest.approx(ml._profile(t), rel=1e-12)
            # the ML profile by hand: σ̂² = yᵀR⁻¹y/n
            R = (1 - share) * cv.tail_up("exponential", g.h, g.w, rg) + share * np.eye(30)
            s2 = y @ np.linalg.solve(R, y) / 30
            want = -2 * stats.multivariate_normal(np.zeros(30), s2 * R).logpdf(y)
            assert ml._profile(t) == pytest.approx(want, rel=1e-10)


def test_one_component_mixture_fits_as_the_component():
    net, r, s, xy, rng = _sites(35, seed=8)
    g = kp.pair_geometry(net, r, s, xy, r, s, xy)
    S = cv.covariance(FULL, g, [1.0, 0.0, 0.0], [3000.0, 1.0, 1.0], 0.2, np.eye(35, dtype=bool))
    y = _simulate(S, 1.0, rng)[:, 0]
    X = np.ones((35, 1))
    alone = kriging.TailUpKriging().fit(g.h, g.w, X, y)
    mix = kriging.StreamKriging(cv.CovarianceModel("exponential", None, None, True)).fit(g, X, y)
    assert mix.neg2ll == pytest.approx(alone.neg2ll, rel=1e-9)
    np.testing.assert_allclose([mix.psills[0], mix.ranges[0], mix.nugget], alone.params, rtol=1e-5)
    # model choice: every subset is a candidate; AIC picks the smallest
    spec = ks.KrigingSpec(FULL, select="aic")
    assert len(spec.candidates) == 15
    chosen, cands = ks.fit_candidates(spec, g, X, y)
    assert chosen.aic == min(c.aic for c in cands)
    loo = ks.fit_candidates(ks.KrigingSpec(FULL, select="loo"), g, X, y)[0]
    assert loo.loo_rmspe == min(c.loo_rmspe for c in cands)


def test_block_mean_equals_the_kriging_system():
    net, r, s, xy, rng = _sites(30, seed=5)
    g = kp.pair_geometry(net, r, s, xy, r, s, xy)
    X = np.column_stack([np.ones(30), rng.normal(size=30)])
    S = cv.covariance(FULL, g, [1.0, 0.5, 0.3], [3000.0, 5000.0, 4000.0], 0.2, np.eye(30, dtype=bool))
    y = _simulate(S, X @ [2.0, 0.5], rng)[:, 0]
    fit = kriging.StreamKriging(FULL).fit(g, X, y)
    br = np.array([2, 2, 2, 2])  # a block on reach b
    bs = np.array([100.0, 700.0, 1500.0, 2600.0])
    bxy = net.points_xy(br, bs)
    X0 = np.column_stack([np.ones(4), [0.1, 0.3, -0.2, 0.0]])
    w = np.array([0.1, 0.3, 0.4, 0.2])
    gbs = kp.pair_geometry(net, br, bs, bxy, r, s, xy)
    gbb = kp.pair_geometry(net, br, bs, bxy, br, bs, bxy)
    mean, se = fit.predict_block(gbs, gbb, w, X0)
    # universal kriging system for the block mean: [Σ X; Xᵀ 0][λ; μ] = [c_B; x_B]
    Sf = fit.sigma(g, diagonal=True)
    cB = w @ fit.sigma(gbs)
    xB = w @ X0
    A = np.block([[Sf, X], [X.T, np.zeros((2, 2))]])
    lam = np.linalg.solve(A, np.concatenate([cB, xB]))[:30]
    assert mean == pytest.approx(lam @ y, rel=1e-9)
    var = w @ fit.sigma(gbb) @ w - 2 * lam @ cB + lam @ Sf @ lam
    assert se == pytest.approx(math.sqrt(var), rel=1e-7)
    # the block mean is the weighted mean of the point predictions; its SE is below theirs
    pred, pse = fit.predict(gbs, X0)
    assert mean == pytest.approx(w @ pred, rel=1e-10)
    assert se < pse.min()


def test_p_exceed_by_hand():
    # NH3N class III limit 1.0 mg/L; DO class III limit 5 mg/L (lower is worse)
    p = kriging_exceed.p_exceed("NH3N", np.array([0.8]), np.array([0.2]), 3)
    assert p[0] == pytest.approx(1 - stats.norm.cdf((1.0 - 0.8) / 0.2))
    p = kriging_exceed.p_exceed("DO", np.array([5.5]), np.array([0.5]), 3)
    assert p[0] == pytest.approx(stats.norm.cdf((5.0 - 5.5) / 0.5))
    probs = kriging_exceed.class_probabilities("NH3N", np.array([0.8]), np.array([0.2]))[0]
    lims = [0.15, 0.5, 1.0, 1.5, 2.0]
    cdf = [0.0] + [stats.norm.cdf((v - 0.8) / 0.2) for v in lims] + [1.0]
    np.testing.assert_allclose(probs, np.diff(cdf), rtol=1e-12)
    ex = kriging_exceed.exceedance(np.array([[0.8, 5.5]]), np.array([[0.2, 0.5]]), ["NH3N", "DO"], "river", 3)
    assert ex.best[0, 0] == 3 and ex.overall[0] == pytest.approx(max(ex.p[0]))


def test_p_exceed_calibrates_on_simulated_fields():
    """Fields simulated from the fitted model: in each P_EXCEED band the share of segments that truly exceed
    the class III limit matches the band's mean probability."""
    net, r, s, xy, rng = _sites(40, seed=11)
    seg_r = np.repeat(np.arange(5), 12)
    seg_s = np.concatenate([np.linspace(0.04, 0.96, 12) * net.length[k] for k in range(5)])
    seg_xy = net.points_xy(seg_r, seg_s)
    ar, as_, axy = np.concatenate([r, seg_r]), np.concatenate([s, seg_s]), np.vstack([xy, seg_xy])
    gall = kp.pair_geometry(net, ar, as_, axy, ar, as_, axy)
    model = cv.CovarianceModel("exponential", "exponential", None, True)
    S = cv.covariance(model, gall, [0.12, 0.05], [3000.0, 6000.0], 0.03, np.eye(len(ar), dtype=bool))
    base = _simulate(S, 1.0, rng)[:40, 0]
    g = gall.take(np.ix_(np.arange(40), np.arange(40)))
    fit = kriging.StreamKriging(model).fit(g, np.ones((40, 1)), base)
    # simulate from the fitted model, predict with it
    Sfit = fit.sigma(gall, diagonal=True)
    fields = _simulate(Sfit, fit.beta[0], rng, size=300)
    gts = gall.take(np.ix_(np.arange(40, len(ar)), np.arange(40)))
    c0 = fit.sigma(gts)
    ps, obs = [], []
    for k in range(fields.shape[1]):
        fit.y = fields[:40, k]
        fit._finish()
        pred, se = fit.predict_cov(c0, np.ones((60, 1)))
        ps.append(kriging_exceed.p_exceed("NH3N", pred, se, 3))
        obs.append(fields[40:, k] > 1.0)
    p = np.concatenate(ps)
    o = np.concatenate(obs)
    for lo, hi in kriging_exceed.BANDS:
        inside = (p >= lo) & (p < hi)
        assert inside.sum() > 500
        assert o[inside].mean() == pytest.approx(p[inside].mean(), abs=0.03)
    assert abs(o.mean() - p.mean()) < 0.02


def test_run_interpolation_with_a_mixture_and_blocks():
    net, r, s, xy, rng = _sites(30, seed=2)
    g = kp.pair_geometry(net, r, s, xy, r, s, xy)
    S = cv.covariance(FULL, g, [1.0, 0.5, 0.3], [3000.0, 5000.0, 4000.0], 0.2, np.eye(30, dtype=bool))
    y = _simulate(S, 3.0, rng)[:, 0]
    seg_r = np.repeat(np.arange(5), 6)
    seg_s = np.concatenate([np.linspace(0.1, 0.9, 6) * net.length[k] for k in range(5)])
    spec = ks.KrigingSpec(FULL, reml=True, select="fixed")
    res = interpolation.run_interpolation(net, seg_r, seg_s, {"reach": r, "pos": s, "xy": xy, "values": y[:, None]},
                                          ["T"], method="kriging", loo_methods=("kriging",), kriging=spec)
    fit = kriging.StreamKriging(FULL, reml=True).fit(g, np.ones((30, 1)), y)
    assert res.kriging[0]["neg2loglik"] == pytest.approx(fit.neg2ll, rel=1e-6)
    gts = kp.pair_geometry(net, seg_r, seg_s, net.points_xy(seg_r, seg_s), r, s, xy)
    pred, se = fit.predict(gts, np.ones((30, 1)))
    np.testing.assert_allclose(res.values[:, 0], pred, rtol=1e-5)
    np.testing.assert_allclose(res.se[:, 0], se, rtol=1e-5)
    blocks = [(np.nonzero(seg_r == k)[0], np.ones(6)) for k in range(5)]
    mean, bse = res.method.predict_blocks(res.data, res.targets, blocks, res.values)
    for k in range(5):
        assert mean[k, 0] == pytest.approx(res.values[seg_r == k, 0].mean(), rel=1e-8)
        assert 0 < bse[k, 0] < res.se[seg_r == k, 0].min()
