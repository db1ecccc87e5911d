# ruff: noqa: N803, N806  (matrix notation: H, W, X, Σ as in the model papers)
"""Stream-network (tail-up) kriging, Ver Hoef & Peterson (2010).

Covariance σ²·exp(−h/α)·sqrt(Ω_up/Ω_down) for flow-connected pairs, 0 otherwise, plus a nugget;
σ², α, nugget by maximum likelihood (or REML), a linear trend on optional covariates by generalised
least squares; universal kriging prediction with its standard error.
"""

import math

import numpy as np
from scipy import linalg, optimize, sparse


class TailUpKriging:
    """Tail-up exponential covariance on flow-connected distance with a nugget and a linear trend.

    C(i, j) = σ²·exp(−h_ij/α)·w_ij for flow-connected pairs (w = sqrt(Ω_up/Ω_down)), 0 otherwise;
    plus τ² on the diagonal. Fitted by maximum likelihood (``reml=True``: restricted ML): the trend
    coefficients (generalised least squares) and the overall variance are profiled out, leaving the
    range α and the nugget share τ²/(σ² + τ²) to a coarse grid and a bounded quasi-Newton search.
    """

    def __init__(self, reml=False):
        self.reml = reml
        self.params = None  # (psill, range, nugget)
        self.beta = None

    @staticmethod
    def _tailup(H, W, psill, rng):
        with np.errstate(over="ignore", invalid="ignore"):
            return np.where(np.isfinite(H), psill * W * np.exp(-np.where(np.isfinite(H), H, 0.0) / rng), 0.0)

    def _corr(self, rng, share):
        """(1 − share)·tail-up correlation + share·I; the exponential only on flow-connected pairs."""
        R = np.zeros(self._shape)
        R.flat[self._conn] = (1.0 - share) * self._Wc * np.exp(-self._Hc / rng)
        R.flat[self._diag] += share
        return R

    def _profile(self, t):
        """−2 log-likelihood with β and the total variance profiled out; t = (log α, logit share)."""
        rng = math.exp(t[0])
        share = 1.0 / (1.0 + math.exp(-t[1]))
        R = self._corr(rng, share)
        try:
            c = linalg.cho_factor(R, lower=True, check_finite=False)
        except linalg.LinAlgError:
            return 1e300
        Ri_X = linalg.cho_solve(c, self.X, check_finite=False)
        A = self.X.T @ Ri_X
        try:
            beta = np.linalg.solve(A, Ri_X.T @ self.y)
        except np.linalg.LinAlgError:
            return 1e300
        r = self.y - self.X @ beta
        q = float(r @ linalg.cho_solve(c, r, check_finite=False))
        n = len(self.y)
        n_eff = n - self.X.shape[1] if self.reml else n
        if q <= 0 or n_eff <= 0:
            return 1e300
        value = n_eff * math.log(q / n_eff) + 2.0 * np.sum(np.log(np.diag(c[0])))
        if self.reml:
            value += np.linalg.slogdet(A)[1]
        self._last = (share, q / n_eff)
        return value

    def neg2loglik(self, params):
        """−2 log-likelihood (ML, or REML) at (psill, range, nugget), up to a constant."""
        psill, rng, nug = params
        S = self._tailup(self.H, self.W, psill, rng)
        S[np.diag_indices_from(S)] += nug
        c = linalg.cho_factor(S, lower=True)
        Si_X = linalg.cho_solve(c, self.X)
        A = self.X.T @ Si_X
        beta = np.linalg.solve(A, Si_X.T @ self.y)
        r = self.y - self.X @ beta
        value = 2.0 * np.sum(np.log(np.diag(c[0]))) + float(r @ linalg.cho_solve(c, r))
        if self.reml:
            value += np.linalg.slogdet(A)[1]
        return value

    def fit(self, H, W, X, y):
        """Fit to n data points: H (n×n flow distance, inf = unconnected), W weights, X trend (n×p), y."""
        self.H = np.asarray(H, dtype=float)
        self.W = np.where(np.isfinite(self.H), np.asarray(W, dtype=float), 0.0)
        self._shape = self.H.shape
        self._conn = np.flatnonzero(np.isfinite(self.H) & (self.W > 0))
        self._Hc = self.H.flat[self._conn]
        self._Wc = self.W.flat[self._conn]
        self._diag = np.arange(self._shape[0]) * (self._shape[0] + 1)
        self.X = np.asarray(X, dtype=float)
        self.y = np.asarray(y, dtype=float)
        fin = self.H[np.isfinite(self.H) & (self.H > 0)]
        dmax = float(fin.max()) if len(fin) else 1000.0
        dmed = float(np.median(fin)) if len(fin) else 1000.0
        lo = math.log(max(dmed * 1e-3, 1.0))
        bounds = [(lo, max(lo + 1.0, math.log(dmax * 100))), (-9.0, 9.0)]
        # coarse grid over range and nugget share, then a bounded quasi-Newton search from the best
        # grid point
        grid = []
        for rg in (0.1, 0.3, 1.0, 3.0, 10.0):
            for share in (0.05, 0.3, 0.7):
                x0 = np.clip([math.log(dmed * rg), math.log(share / (1 - share))], [b[0] for b in bounds],
                             [b[1] for b in bounds])
                grid.append((self._profile(x0), tuple(x0)))
        grid.sort()
        best = optimize.minimize(self._profile, np.array(grid[0][1]), method="L-BFGS-B", bounds=bounds)
        if grid[0][0] < best.fun:  # pragma: no cover (the search never ends above its start)
            best.x = np.array(grid[0][1])
        self._profile(best.x)
        share, total = self._last
        rng = math.exp(best.x[0])
        self.params = (total * (1.0 - share), rng, total * share)
        S = self._tailup(self.H, self.W, self.params[0], rng)
        S[np.diag_indices_from(S)] += self.params[2]
        self._chol = linalg.cho_factor(S, lower=True)
        self._Si = linalg.cho_solve(self._chol, np.eye(len(self.y)))
        Si_X = self._Si @ self.X
        self._A_inv = np.linalg.inv(self.X.T @ Si_X)
        self.beta = self._A_inv @ (Si_X.T @ self.y)
        self._Si_r = self._Si @ (self.y - self.X @ self.beta)
        self._Si_X = Si_X
        self.neg2ll = float(self.neg2loglik(self.params))
        return self

    def predict(self, H0, W0, X0):
        """Universal kriging at m points from dense flow distances/weights to the data points."""
        psill, rng, _ = self.params
        c0 = self._tailup(np.asarray(H0, dtype=float), np.asarray(W0, dtype=float), psill, rng)
        return self.predict_sparse(sparse.csr_matrix(c0), X0)

    def predict_pairs(self, m, qi, col, dist, weight, X0):
        """Universal kriging at m points from flow-connected pairs (query qi, data column col)."""
        psill, rng, _ = self.params
        c0 = sparse.csr_matrix((psill * weight * np.exp(-dist / rng), (qi, col)), shape=(m, len(self.y)))
        return self.predict_sparse(c0, X0)

    def predict_sparse(self, c0, X0):
        """Prediction and standard error of a new measurement at m points; ``c0`` the sparse m×n covariances.

        Covariances with flow-unconnected data are 0, which keeps ``c0`` sparse.
        """
        psill, rng, nug = self.params
        pred = X0 @ self.beta + c0 @ self._Si_r
        quad = np.asarray(c0.multiply(c0 @ self._Si).sum(axis=1)).ravel()
        U = X0 - c0 @ self._Si_X
        var = psill + nug - quad + np.einsum("ij,jk,ik->i", U, self._A_inv, U)
        return pred, np.sqrt(np.maximum(var, 0.0))

    def loo(self):
        """Leave-one-out predictions and prediction variances at the data (covariance fixed).

        Uses Q = Σ⁻¹ − Σ⁻¹X(XᵀΣ⁻¹X)⁻¹XᵀΣ⁻¹: the LOO error is (Qy)_i / Q_ii and its variance 1/Q_ii.
        """
        Q = self._Si - self._Si_X @ self._A_inv @ self._Si_X.T
        d = np.diag(Q)
        err = (Q @ self.y) / d
        return self.y - err, 1.0 / d
