# ruff: noqa: N803, N806  (matrix notation: H, W, X, Σ as in the model papers)
"""Stream-network kriging with covariance mixtures (Ver Hoef & Peterson 2010; the SSN/SSN2 models).

Σ = Σ_k σ²_k·ρ_k(α_k) + τ²·I over the components that are on (tail-up, tail-down, Euclidean, see
:mod:`.covariance`), a linear trend Xβ. Fitted by maximum likelihood or REML on log-parameters: with
Σ = σ²·R(θ), R = Σ_k π_k ρ_k + π_0·I (shares π by softmax), β (generalised least squares) and σ²
are profiled out,

    −2 log L_ML   = n·log(q/n) + log|R| + n(1 + log 2π),                 q = rᵀR⁻¹r, r = y − Xβ̂
    −2 log L_REML = (n−p)·log(q/(n−p)) + log|R| + log|XᵀR⁻¹X| + (n−p)(1 + log 2π),

and θ (log ranges, share logits) goes to a bounded quasi-Newton search from the best points of a
small grid. AIC = −2 log L + 2k (k covariance parameters, + p trend coefficients under ML).
Universal kriging gives the prediction, its standard error, leave-one-out errors and block means.
"""

import math

import numpy as np
from scipy import linalg, optimize, sparse

from . import covariance as cv

LOG_2PI_1 = 1.0 + math.log(2.0 * math.pi)
JITTER = 1e-8  # relative diagonal added when there is no nugget, for a stable Cholesky factor


class StreamKriging:
    """One covariance mixture with a linear trend: fit, leave-one-out, prediction, block prediction."""

    def __init__(self, model=None, reml=False, starts=3):
        self.model = model or cv.CovarianceModel()
        self.reml = reml
        self.starts = starts
        self.psills = ()
        self.ranges = ()
        self.nugget = 0.0
        self.beta = None

    # -- likelihood ---------------------------------------------------------------------------------

    @property
    def n_terms(self):
        return len(self.model.components) + int(self.model.nugget)

    def _split(self, t):
        nc = len(self.model.components)
        ranges = np.exp(t[:nc])
        logits = np.concatenate(([0.0], t[nc:]))
        e = np.exp(logits - logits.max())
        return ranges, e / e.sum()

    def _prepare(self):
        """Per component, the lower-triangle pairs it can be non-zero on, as flat indices and 1-D geometry.

        The likelihood needs only the lower triangle (the Cholesky factor reads nothing else), and a
        tail-up term is zero on flow-unconnected pairs: both halve or better the work per evaluation.
        """
        n = self.n
        li, lj = np.tril_indices(n)
        flat = li * n + lj
        low = self.geom.take((li, lj))
        self._parts = []
        for kind, _family in self.model.components:
            if kind == "tail_up":
                keep = np.isfinite(low.h) & (low.w > 0)
            elif kind == "tail_down":
                keep = np.isfinite(low.a)
            else:
                keep = np.ones(len(flat), dtype=bool)
            self._parts.append((flat[keep], low.take(keep)))

    def _corr(self, ranges, shares):
        nc = len(self.model.components)
        R = np.zeros((self.n, self.n))
        flat_r = R.reshape(-1)
        for k, (kind, family) in enumerate(self.model.components):
            idx, g = self._parts[k]
            flat_r[idx] += shares[k] * cv.component(kind, family, g, ranges[k])
        R.flat[:: self.n + 1] += shares[nc] if self.model.nugget else JITTER
        return R

    def _profile(self, t):
        """−2 log L (ML or REML) with β and σ² profiled out, at θ = ``t``."""
        ranges, shares = self._split(np.asarray(t, dtype=float))
        try:
            c = linalg.cho_factor(self._corr(ranges, shares), lower=True, check_finite=False)
        except (linalg.LinAlgError, ValueError):
            return 1e300
        Ri_X = linalg.cho_solve(c, self.X, check_finite=False)
        A = self.X.T @ Ri_X
        try:
            beta = np.linalg.solve(A, Ri_X.T @ self.y)
        except np.linalg.LinAlgError:
            return 1e300
        r = self.y - self.X @ beta
        q = float(r @ linalg.cho_solve(c, r, check_finite=False))
        n_eff = self.n - self.X.shape[1] if self.reml else self.n
        if not q > 0 or n_eff <= 0:
            return 1e300
        value = n_eff * (math.log(q / n_eff) + LOG_2PI_1) + 2.0 * float(np.sum(np.log(np.diag(c[0]))))
        if self.reml:
            value += np.linalg.slogdet(A)[1]
        self._last = q / n_eff
        return value

    def neg2loglik(self, psills, ranges, nugget):
        """−2 log L (ML, or REML) at given covariance parameters (β profiled out), with constants."""
        S = cv.covariance(self.model, self.geom, psills, ranges)
        S.flat[:: self.n + 1] += nugget if self.model.nugget else JITTER * float(np.sum(psills))
        c = linalg.cho_factor(S, lower=True)
        Si_X = linalg.cho_solve(c, self.X)
        A = self.X.T @ Si_X
        beta = np.linalg.solve(A, Si_X.T @ self.y)
        r = self.y - self.X @ beta
        n_eff = self.n - self.X.shape[1] if self.reml else self.n
        value = 2.0 * np.sum(np.log(np.diag(c[0]))) + float(r @ linalg.cho_solve(c, r)) + n_eff * math.log(2 * math.pi)
        if self.reml:
            value += np.linalg.slogdet(A)[1]
        return float(value)

    @property
    def n_params(self):
        """Covariance parameters (σ², α per component, τ²) and, under ML, the trend coefficients."""
        k = 2 * len(self.model.components) + int(self.model.nugget)
        return k + (0 if self.reml else self.X.shape[1])

    # -- fitting ------------------------------------------------------------------------------------

    def _scales(self):
        """Typical and largest distance each component's range lives on (for starts and bounds)."""
        g = self.geom
        out = []
        for kind, _ in self.model.components:
            if kind == "euclidean":
                v = g.d[np.isfinite(g.d) & (g.d > 0)]
            elif kind == "tail_up":
                v = g.h[np.isfinite(g.h) & (g.h > 0)]
            else:
                v = (g.a + g.b)[np.isfinite(g.a)]
            v = v[v > 0]
            out.append((float(np.median(v)), float(v.max())) if len(v) else (1000.0, 1000.0))
        return out

    def fit(self, geom, X, y, warm=None):
        """Fit to n points: ``geom`` the n×n :class:`~.covariance.PairGeometry`, X (n×p) trend, y (n).

        ``warm`` a fitted mixture holding this model's components: its ranges and shares make one more
        start; on large networks (n > 150) the better of it and the best grid point is the only start.
        """
        self.geom = geom
        self.X = np.asarray(X, dtype=float)
        self.y = np.asarray(y, dtype=float)
        self.n = len(self.y)
        nc = len(self.model.components)
        self._prepare()
        scales = self._scales()
        bounds = [(math.log(max(med * 1e-3, 1.0)), math.log(max(mx * 100.0, med * 10.0, 10.0))) for med, mx in scales]
        bounds += [(-9.0, 9.0)] * (self.n_terms - 1)
        lo = np.array([b[0] for b in bounds])
        hi = np.array([b[1] for b in bounds])
        if not bounds:
            best_t, best_f = np.zeros(0), self._profile(np.zeros(0))
        else:
            grid = []
            shares = [np.zeros(self.n_terms - 1)]
            for j in range(1, self.n_terms):  # one term dominating
                s = np.zeros(self.n_terms - 1)
                s[j - 1] = 1.5
                shares.append(s)
            if self.n_terms > 1:
                shares.append(np.full(self.n_terms - 1, -1.5))  # the first term dominating
            for mult in (0.2, 1.0, 5.0):
                for s in shares:
                    t = np.clip(np.concatenate([[math.log(med * mult) for med, _ in scales], s]), lo, hi)
                    grid.append((self._profile(t), tuple(t)))
            grid.sort()
            best_t, best_f = np.array(grid[0][1]), grid[0][0]
            starts = self.starts if self.n <= 150 else max(1, self.starts - 2)
            firsts = [t0 for _, t0 in grid[:starts]]
            if warm is not None:
                tw = np.clip(self._warm_start(warm), lo, hi)
                firsts = firsts[:1] + [tw] if self.n <= 150 else [min((tuple(firsts[0]), tuple(tw)),
                                                                      key=self._profile)]
            for t0 in firsts:
                res = optimize.minimize(self._profile, np.array(t0), method="L-BFGS-B", bounds=bounds,
                                        options={"maxiter": 200, "ftol": 1e-8})
                if res.fun < best_f:
                    best_t, best_f = res.x, float(res.fun)
        self._profile(best_t)
        del self._parts
        total = self._last
        ranges, shares = self._split(best_t)
        self.ranges = tuple(float(r) for r in ranges)
        self.psills = tuple(float(total * s) for s in shares[:nc])
        self.nugget = float(total * shares[nc]) if self.model.nugget else 0.0
        self.neg2ll = float(best_f)
        self.aic = self.neg2ll + 2.0 * self.n_params
        self._finish()
        return self

    def _warm_start(self, warm):
        """θ of this model from a larger fitted mixture: its ranges, its shares of the terms kept."""
        comps = list(warm.model.components)
        ranges = [warm.ranges[comps.index(c)] for c in self.model.components]
        parts = [warm.psills[comps.index(c)] for c in self.model.components]
        if self.model.nugget:
            parts.append(max(warm.nugget, 1e-6 * warm.sill))
        parts = np.maximum(np.array(parts), 1e-9 * warm.sill)
        return np.concatenate([np.log(ranges), np.log(parts[1:] / parts[0])])

    def _finish(self):
        S = self.sigma(self.geom, diagonal=True)
        self._chol = linalg.cho_factor(S, lower=True)
        self._Si = linalg.cho_solve(self._chol, np.eye(self.n))
        Si_X = self._Si @ self.X
        self._A_inv = np.linalg.inv(self.X.T @ Si_X)
        self.beta = self._A_inv @ (Si_X.T @ self.y)
        self._Si_r = self._Si @ (self.y - self.X @ self.beta)
        self._Si_X = Si_X

    @property
    def sill(self):
        """Variance of a new measurement: partial sills plus nugget."""
        return float(sum(self.psills) + self.nugget)

    def sigma(self, geom, diagonal=False):
        """Covariance on ``geom``; with ``diagonal`` the nugget (or the jitter) on the diagonal."""
        S = cv.covariance(self.model, geom, self.psills, self.ranges)
        if diagonal:
            S.flat[:: S.shape[0] + 1] += self.nugget if self.model.nugget else JITTER * sum(self.psills)
        return S

    # -- cross-validation and prediction ------------------------------------------------------------

    def loo(self):
        """Leave-one-out predictions and prediction variances at the data (covariance fixed).

        Uses Q = Σ⁻¹ − Σ⁻¹X(XᵀΣ⁻¹X)⁻¹XᵀΣ⁻¹: the LOO error is (Qy)_i / Q_ii and its variance 1/Q_ii.
        """
        Q = self._Si - self._Si_X @ self._A_inv @ self._Si_X.T
        d = np.diag(Q)
        err = (Q @ self.y) / d
        return self.y - err, 1.0 / d

    def predict_cov(self, c0, X0, point_var=None):
        """Prediction and standard error at m points from their covariances ``c0`` (m×n, dense or sparse).

        ``point_var`` the variance of what is predicted (default: a new measurement, the sill).
        """
        pred = X0 @ self.beta + c0 @ self._Si_r
        if sparse.issparse(c0):
            quad = np.asarray(c0.multiply(c0 @ self._Si).sum(axis=1)).ravel()
        else:  # c0 Σ⁻¹ c0ᵀ = |L⁻¹c0ᵀ|² with Σ = LLᵀ: half the work of c0·Σ⁻¹
            V = linalg.solve_triangular(self._chol[0], c0.T, lower=True, check_finite=False)
            quad = np.einsum("ij,ij->j", V, V)
        U = X0 - c0 @ self._Si_X
        var = (self.sill if point_var is None else point_var) - quad + np.einsum("ij,jk,ik->i", U, self._A_inv, U)
        return np.asarray(pred).ravel(), np.sqrt(np.maximum(var, 0.0))

    def predict(self, geom, X0):
        """Universal kriging at m points from their dense :class:`~.covariance.PairGeometry` to the data."""
        return self.predict_cov(self.sigma(geom), np.asarray(X0, dtype=float))

    def predict_pairs(self, m, qi, col, dist, weight, X0):
        """Tail-up-only models: kriging at m points from flow-connected pairs (query qi, data column col)."""
        (kind, family), = self.model.components
        rho = cv.tail_up(family, dist, weight, self.ranges[0])
        c0 = sparse.csr_matrix((self.psills[0] * rho, (qi, col)), shape=(m, self.n))
        return self.predict_cov(c0, X0)

    @property
    def sparse_ok(self):
        """True when covariances with flow-unconnected data are 0 (tail-up only): sparse prediction."""
        return len(self.model.components) == 1 and self.model.components[0][0] == "tail_up"

    def predict_block(self, geom_bs, geom_bb, weights, X0):
        """Mean over a block of K points (weights summing to 1) and its standard error.

        mean = x_Bᵀβ + c_BᵀΣ⁻¹r with c_B = Σ_k w_k c_k; var = wᵀC_BBw − c_BᵀΣ⁻¹c_B + uᵀ(XᵀΣ⁻¹X)⁻¹u,
        u = x_B − XᵀΣ⁻¹c_B. C_BB holds the partial sills only: the nugget (measurement error and
        variation below the segment scale) averages out of a mean over a reach or zone.
        """
        w = np.asarray(weights, dtype=float)
        cb = (w @ self.sigma(geom_bs))[None, :]
        xb = (w @ np.asarray(X0, dtype=float))[None, :]
        block_var = float(w @ self.sigma(geom_bb) @ w)
        pred, se = self.predict_cov(cb, xb, point_var=block_var)
        return float(pred[0]), float(se[0])

    def describe(self):
        """Fitted parameters for the report."""
        comps = [{"kind": k, "family": f, "partial_sill": s, "range_m": r}
                 for (k, f), s, r in zip(self.model.components, self.psills, self.ranges)]
        return {"model": self.model.name, "components": comps, "nugget": self.nugget,
                "trend": [float(b) for b in self.beta], "neg2loglik": self.neg2ll, "aic": self.aic,
                "estimation": "REML" if self.reml else "ML"}


class TailUpKriging(StreamKriging):
    """Tail-up exponential + nugget on flow distances ``H`` and branch weights ``W`` (no network needed).

    ``params`` = (partial sill, range, nugget).
    """

    def __init__(self, reml=False):
        super().__init__(cv.CovarianceModel("exponential", None, None, True), reml)
        self.params = None

    @staticmethod
    def _tailup(H, W, psill, rng):
        return psill * cv.tail_up("exponential", H, W, rng)

    def fit(self, H, W, X, y):
        H = np.asarray(H, dtype=float)
        inf = np.full(H.shape, np.inf)
        super().fit(cv.PairGeometry(H, np.asarray(W, dtype=float), inf, inf, inf), X, y)
        self.params = (self.psills[0], self.ranges[0], self.nugget)
        return self

    def neg2loglik(self, params):
        psill, rng, nug = params
        return super().neg2loglik((psill,), (rng,), nug)

    def predict(self, H0, W0, X0):
        c0 = self._tailup(np.asarray(H0, dtype=float), np.asarray(W0, dtype=float), self.psills[0], self.ranges[0])
        return self.predict_cov(sparse.csr_matrix(c0), np.asarray(X0, dtype=float))
