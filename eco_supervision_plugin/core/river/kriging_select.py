"""Model choice among covariance mixtures: every on/off subset of the requested components, by AIC or LOO.

``select="fixed"`` fits the requested mixture only; ``"aic"`` keeps the candidate with the smallest
AIC (under REML: comparable because every candidate has the same trend); ``"loo"`` the one with the
smallest leave-one-out RMSPE. Every candidate's figures are kept for the report's comparison table.
"""

from dataclasses import dataclass, field

import numpy as np

from ..messages import PlannerError
from .covariance import CovarianceModel
from .kriging import StreamKriging

SELECT = ("aic", "loo", "fixed")
Z90 = 1.6448536269514722


@dataclass
class KrigingSpec:
    """What the planner asks for: the full mixture, REML or ML, and how to choose among its subsets."""

    model: CovarianceModel = field(default_factory=CovarianceModel)
    reml: bool = False
    select: str = "aic"

    def __post_init__(self):
        if self.select not in SELECT:
            raise PlannerError("Model choice must be one of {}.", ", ".join(SELECT))
        if not self.model.components and not self.model.nugget:
            raise PlannerError("Switch on at least one covariance component (tail-up, tail-down, Euclidean or "
                               "nugget).")

    @property
    def candidates(self):
        if self.select == "fixed":
            return [self.model]
        return self.model.subsets()


@dataclass
class Candidate:
    """One fitted candidate: the model, its −2 log L, AIC, LOO RMSPE and 90 % interval coverage."""

    fit: StreamKriging
    neg2loglik: float
    aic: float
    loo_rmspe: float
    loo_coverage90: float
    loo_pred: np.ndarray
    loo_var: np.ndarray

    def row(self, chosen):
        return {"model": self.fit.model.name, "neg2loglik": self.neg2loglik, "aic": self.aic,
                "loo_rmspe": self.loo_rmspe, "loo_coverage90": self.loo_coverage90, "chosen": chosen}


def fit_candidates(spec, geom, X, y, monitor=None):  # noqa: N803 (design matrix)
    """Fit every candidate of ``spec``; returns (chosen :class:`Candidate`, list of candidates)."""
    out = []
    warm = None
    # the full mixture first; the smaller candidates start (also) from its fitted ranges and shares
    for model in sorted(spec.candidates, key=lambda m: -(len(m.components) + m.nugget)):
        fit = StreamKriging(model, spec.reml).fit(geom, X, y, warm=warm if model != spec.model else None)
        if model == spec.model:
            warm = fit
        pred, var = fit.loo()
        e = pred - y
        out.append(Candidate(fit, fit.neg2ll, fit.aic, float(np.sqrt(np.mean(e ** 2))),
                             float(np.mean(np.abs(e) <= Z90 * np.sqrt(var))), pred, var))
        if monitor is not None:
            monitor.check()
    key = (lambda c: c.loo_rmspe) if spec.select == "loo" else (lambda c: c.aic)
    return min(out, key=key), out
