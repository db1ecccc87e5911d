# ruff: noqa: N803, N806  (matrix notation: X as in the model papers)
"""Stream-network kriging as an interpolation method: one fitted mixture per separate network and parameter.

Each network with enough sections gets its own fit (the model chosen among the candidates of a
:class:`~.kriging_select.KrigingSpec`); flow-connected IDW stands in where a network has too few
sections (with a note). Tail-up-only models predict from the sparse list of flow-connected pairs;
mixtures with tail-down or Euclidean terms from dense covariances, chunk by chunk.
"""

import numpy as np

from ..messages import Note
from ..monitor import ensure
from .idw import fc_idw, loo_idw_from_distances
from .kriging_pairs import TargetGeometry, pair_geometry, points_xy
from .kriging_select import KrigingSpec, fit_candidates
from .methods import Loo, Prediction

BLOCK_POINTS = 400  # points kept per block (evenly along it) for the block covariance


class KrigingMethod:
    """Kriging per separate network and parameter; ``sec_cov`` (n×c) trend covariates at the sections.

    At targets a covariate column that is entirely unknown is interpolated along the network from the
    sections (flow-connected IDW).
    """

    key = "kriging"
    PAIR_CHUNK = 20000
    DENSE_CHUNK = 1000

    def __init__(self, reml=False, sec_cov=None, power=2.0, spec=None):
        self.spec = spec or KrigingSpec(reml=reml, select="fixed")
        self.sec_cov = sec_cov if sec_cov is not None and np.asarray(sec_cov).size > 0 else None
        self.power = power
        self.notes = []
        self.fits = []  # one row per fitted (network, parameter), for the report
        self._models = None

    @property
    def _need_junction(self):
        return self.spec.model.tail_down is not None

    def _design(self, data):
        n = data.n
        self._n_cov = 0
        if self.sec_cov is None:
            return np.ones((n, 1))
        sc = np.array(self.sec_cov, dtype=float).reshape(n, -1)
        self._fill = np.nanmean(sc, axis=0)
        for c in range(sc.shape[1]):
            sc[np.isnan(sc[:, c]), c] = self._fill[c]
        self._mu = np.nanmean(sc, axis=0)
        sd = np.nanstd(sc, axis=0)
        self._sd = np.where(sd > 0, sd, 1.0)
        self._n_cov = sc.shape[1]
        return np.column_stack([np.ones(n), (sc - self._mu) / self._sd])

    def _fit(self, data, monitor):
        """Fit once: {network: (section indices, {parameter: (fit or None, section indices, loo)})}."""
        if self._models is not None:
            return self._models
        X_all = self._design(data)
        n, P = data.values.shape
        comp = data.net.component[data.reach]
        models = {}
        for c in np.unique(comp):
            in_c = np.nonzero(comp == c)[0]
            geom = pair_geometry(data.net, data.reach[in_c], data.pos[in_c], data.xy[in_c], data.reach[in_c],
                                 data.pos[in_c], data.xy[in_c], need_junction=self._need_junction)
            per = {}
            for p in range(P):
                keep = np.isfinite(data.values[in_c, p])
                idx = in_c[keep]
                if len(idx) < max(5, self._n_cov + 4):
                    self.notes.append(Note("{}: network {} has only {} section(s), too few to fit kriging; "
                                           "flow-connected IDW is used there.", data.names[p], int(c) + 1, len(idx)))
                    per[p] = (None, idx, None)
                    continue
                k = np.nonzero(keep)[0]
                chosen, cands = fit_candidates(self.spec, geom.take(np.ix_(k, k)), X_all[idx], data.values[idx, p],
                                               monitor)
                fit = chosen.fit
                row = {"parameter": data.names[p], "network": int(c) + 1, "sections": len(idx),
                       "partial_sill": float(sum(fit.psills)), "range_m": fit.ranges[0] if fit.ranges else None,
                       "nugget": fit.nugget, "select": self.spec.select,
                       "candidates": [cd.row(cd is chosen) for cd in cands]}
                row.update(fit.describe())
                self.fits.append(row)
                per[p] = (fit, idx, (chosen.loo_pred, chosen.loo_var))
                monitor.check()
            models[int(c)] = (in_c, per)
        self._models = models
        return models

    def loo(self, data, monitor=None):
        models = self._fit(data, ensure(monitor))
        H, _ = data.flow_matrices()
        n, P = data.values.shape
        pred = np.full((n, P), np.nan)
        var = np.full((n, P), np.nan)
        for _, per in models.values():
            for p, (fit, idx, loo) in per.items():
                if fit is None:
                    if len(idx) > 1:
                        pred[idx, p] = loo_idw_from_distances(H[np.ix_(idx, idx)], data.values[idx, p],
                                                              self.power)[:, 0]
                    continue
                pred[idx, p], var[idx, p] = loo
        return Loo(pred, var)

    def _target_design(self, data, targets):
        m = len(targets.reach)
        if self.sec_cov is None:
            return np.ones((m, 1))
        sc = np.asarray(self.sec_cov, dtype=float).reshape(data.n, -1)
        gc = np.full((m, sc.shape[1]), np.nan) if targets.cov is None else np.array(targets.cov, dtype=float)
        gc = gc.reshape(m, -1)
        for c in range(sc.shape[1]):
            if np.isnan(gc[:, c]).all():
                okc = np.isfinite(sc[:, c])
                gc[:, c] = fc_idw(data.net, data.reach[okc], data.pos[okc], sc[okc, c], targets.reach, targets.pos,
                                  self.power)[:, 0]
            gc[np.isnan(gc[:, c]), c] = self._fill[c]
        return np.column_stack([np.ones(m), (gc - self._mu) / self._sd])

    def _fitted(self, in_c, per):
        fitted = {}
        for p, (fit, idx, _) in per.items():
            if fit is not None:
                colmap = np.full(len(in_c), -1, dtype=np.int64)
                colmap[np.searchsorted(in_c, idx)] = np.arange(len(idx))
                fitted[p] = (fit, colmap)
        return fitted

    def predict(self, data, targets, monitor=None):
        monitor = ensure(monitor)
        models = self._fit(data, monitor)
        m, P = len(targets.reach), data.values.shape[1]
        out = np.full((m, P), np.nan)
        se = np.full((m, P), np.nan)
        X0_all = self._target_design(data, targets)
        comp_g = data.net.component[targets.reach]
        t_xy = None
        for c, (in_c, per) in models.items():
            tgt = np.nonzero(comp_g == c)[0]
            if not len(tgt):
                continue
            for p, (fit, idx, _) in per.items():
                if fit is None and len(idx):
                    out[tgt, p] = fc_idw(data.net, data.reach[idx], data.pos[idx], data.values[idx, p],
                                         targets.reach[tgt], targets.pos[tgt], self.power)[:, 0]
            fitted = self._fitted(in_c, per)
            if not fitted:
                continue
            if all(f.sparse_ok for f, _ in fitted.values()):
                self._predict_sparse(data, targets, tgt, in_c, fitted, X0_all, out, se, monitor)
                continue
            if t_xy is None:
                t_xy = points_xy(data.net, targets.reach, targets.pos)
            tg = TargetGeometry(data.net, data.reach[in_c], data.pos[in_c], data.xy[in_c],
                                need_junction=self._need_junction)
            tg.prepare(targets.reach[tgt])
            for a in range(0, len(tgt), self.DENSE_CHUNK):
                t = tgt[a:a + self.DENSE_CHUNK]
                geom = tg.chunk(targets.reach[t], targets.pos[t], t_xy[t])
                for p, (fit, colmap) in fitted.items():
                    cols = np.nonzero(colmap >= 0)[0]
                    g = geom if len(cols) == len(colmap) else geom.take((slice(None), cols))
                    out[t, p], se[t, p] = fit.predict(g, X0_all[t])
                monitor.step(0.5 + 0.5 * (a + len(t)) / len(tgt))
        return Prediction(out, se)

    def _predict_sparse(self, data, targets, tgt, in_c, fitted, X0_all, out, se, monitor):
        # one list of flow-connected pairs per chunk of targets serves every parameter
        for a in range(0, len(tgt), self.PAIR_CHUNK):
            t = tgt[a:a + self.PAIR_CHUNK]
            qi, si, dist, wt = data.net.flow_pairs(targets.reach[t], targets.pos[t], data.reach[in_c], data.pos[in_c])
            for p, (fit, colmap) in fitted.items():
                keep = colmap[si] >= 0
                out[t, p], se[t, p] = fit.predict_pairs(len(t), qi[keep], colmap[si[keep]], dist[keep], wt[keep],
                                                        X0_all[t])
            monitor.step(0.5 + 0.5 * (a + len(t)) / len(tgt))

    def predict_blocks(self, data, targets, blocks, values=None, monitor=None):
        """Block means and standard errors: ``blocks`` a list of (target indices, weights); returns (B×P, B×P).

        Blocks on networks without a fitted model get the weighted mean of ``values`` (the point
        predictions) and no standard error.
        """
        monitor = ensure(monitor)
        models = self._fit(data, monitor)
        P = data.values.shape[1]
        mean = np.full((len(blocks), P), np.nan)
        se = np.full((len(blocks), P), np.nan)
        X0_all = self._target_design(data, targets)
        comp_g = data.net.component[targets.reach]
        for b, (ti, w) in enumerate(blocks):
            ti = np.asarray(ti, dtype=np.int64)
            w = np.asarray(w, dtype=float)
            if not len(ti) or not w.sum() > 0:
                continue
            if len(ti) > BLOCK_POINTS:
                pick = np.linspace(0, len(ti) - 1, BLOCK_POINTS).round().astype(np.int64)
                ti, w = ti[pick], w[pick]
            w = w / w.sum()
            if values is not None:
                ok = np.isfinite(values[ti])
                mean[b] = np.where(ok.any(axis=0), np.nansum(values[ti] * w[:, None], axis=0) /
                                   np.maximum((ok * w[:, None]).sum(axis=0), 1e-300), np.nan)
            comps = np.unique(comp_g[ti])
            if len(comps) != 1 or int(comps[0]) not in models:
                continue  # a zone across separate networks: the mean of the point predictions only
            in_c, per = models[int(comps[0])]
            fitted = self._fitted(in_c, per)
            if not fitted:
                continue
            r, s = targets.reach[ti], targets.pos[ti]
            xy = points_xy(data.net, r, s)
            bs = pair_geometry(data.net, r, s, xy, data.reach[in_c], data.pos[in_c], data.xy[in_c],
                               self._need_junction)
            bb = pair_geometry(data.net, r, s, xy, r, s, xy, self._need_junction)
            for p, (fit, colmap) in fitted.items():
                cols = np.nonzero(colmap >= 0)[0]
                mean[b, p], se[b, p] = fit.predict_block(bs.take((slice(None), cols)), bb, w, X0_all[ti])
            monitor.check()
        return mean, se

