# ruff: noqa: N803, N806  (A is the coverage matrix, as in the literature)
"""Lagrangian relaxation of the maximal covering model: an upper bound in seconds and its multipliers.

The multipliers also price the candidates (reduced gains ``Aᵀλ``) for the Lagrangian heuristic,
the guided neighbourhood search and reduced-cost fixing in :mod:`.mclp`.
"""

import math
import time
from typing import NamedTuple

import numpy as np

from ..monitor import ensure
from .problem import relative_gap


class LagrangianBound(NamedTuple):
    bound: float
    multipliers: np.ndarray


def dual_value(A, w, lam, p):
    """The Lagrangian dual function at ``lam``: ``(L(λ), reduced gains c, the p columns taken, rows with y = 1)``."""
    c = A.T @ lam
    if p >= len(c):
        top = np.arange(len(c))
    else:
        top = np.argpartition(-c, p - 1)[:p] if p > 0 else np.zeros(0, dtype=np.int64)
    top = top[c[top] > 0]
    y = w > lam
    value = float(np.sum((w - lam)[y]) + c[top].sum())
    return value, c, top, y


def lagrangian_bound(A, w, p, lb, budget, mip_gap=0.0, monitor=None, max_iter=20000, start=None, bank=None,
                     at=None, stop_gap=None, integral=False, warm_step=0.5):
    """Minimise the Lagrangian dual of MCLP; returns (best upper bound, its multipliers).

    The coverage constraints ``y_i ≤ Σ_j a_ij x_j`` are relaxed with multipliers ``0 ≤ λ_i ≤ w_i``
    and the cardinality ``Σ x ≤ p`` is kept, so ``L(λ) = Σ (w_i − λ_i) + (sum of the p largest
    positive reduced gains Σ_i a_ij λ_i)`` is an upper bound for every λ, and its minimum equals the
    LP relaxation. Minimised by a projected, deflected subgradient method (direction
    ``d = g + 0.7 d_prev`` with the components that would leave the box [0, w] zeroed; Polyak step
    towards the incumbent value ``lb``; the step factor shrinks after 30 iterations without a
    better bound), which gets much closer to the LP value than the plain subgradient. It stops early
    when the bound is within a quarter of ``mip_gap`` of ``lb``, after ``budget`` seconds or ``max_iter``
    iterations. Returns ``LagrangianBound(bound, multipliers)``.

    ``start`` warm-starts the multipliers (e.g. those of a neighbouring ``p``); every iterate is also
    offered to ``bank`` (a :class:`BoundBank`), whose bounds hold for every number of sites at once.
    ``at`` is ``A.T`` in CSR when the caller already has it; ``stop_gap`` replaces the quarter of
    ``mip_gap`` at which it stops; ``integral`` (integer weights) stops as soon as the bound rounded
    down proves ``lb``.
    """
    monitor = ensure(monitor)
    m, n = A.shape
    if m == 0:
        return LagrangianBound(0.0, np.zeros(0))
    At = A.T.tocsr() if at is None else at
    w_total = float(w.sum())
    deadline = time.perf_counter() + max(budget, 0.05)
    lam = w * 0.5 if start is None else np.clip(np.asarray(start, dtype=float), 0.0, w)
    best_ub, best_lam = math.inf, lam.copy()
    mu = 0.5 if start is None else warm_step
    since = 0
    target_lb = max(lb, 0.0)
    stop_gap = mip_gap * 0.25 if stop_gap is None else stop_gap
    direction = np.zeros(m)
    t_ptr, t_idx = At.indptr, At.indices
    for it in range(max_iter):
        c = At @ lam
        if p >= n:
            top = np.arange(n)
        elif p > 0:
            top = np.argpartition(-c, p - 1)[:p]
        else:
            top = np.zeros(0, dtype=np.int64)
        top = top[c[top] > 0]
        ub = w_total - float(lam.sum()) + float(c[top].sum())
        if ub < best_ub - 1e-12 * max(1.0, abs(ub)):
            best_ub, best_lam = ub, lam.copy()
            since = 0
            if bank is not None:  # the iterates that improve this bound are the ones worth keeping for others
                bank.absorb(w_total - float(lam.sum()), c)
        else:
            since += 1
            if since >= 30:
                mu *= 0.8
                since = 0
        proved_ub = math.floor(best_ub + 1e-6) if integral and math.isfinite(best_ub) else best_ub
        if relative_gap(target_lb, proved_ub, True) <= stop_gap or mu < 1e-5 or time.perf_counter() > deadline:
            break
        # subgradient of L with respect to λ: (A x)_i − 1, A x summed over the chosen columns only
        lens = t_ptr[top + 1] - t_ptr[top]
        total = int(lens.sum())
        pos = np.repeat(t_ptr[top] - np.cumsum(lens) + lens, lens) + np.arange(total)
        g = np.bincount(t_idx[pos], minlength=m) - 1.0
        np.multiply(g, ~(((lam <= 0.0) & (g > 0)) | ((lam >= w) & (g < 0))), out=g)  # stay in the box
        direction *= 0.7
        direction += g
        norm = float(direction @ direction)
        if norm == 0:
            break
        step = mu * max(ub - target_lb, 1e-9 * max(1.0, ub)) / norm
        if not math.isfinite(step):  # a direction of subnormal length: the multipliers would turn to NaN
            break
        lam = lam - step * direction
        np.maximum(lam, 0.0, out=lam)
        np.minimum(lam, w, out=lam)
        if it % 20 == 0:
            monitor.check()
    return LagrangianBound(best_ub, best_lam)


class BoundBank:
    """Upper bounds on the maximal covering value for every number of sites ``0..p_max`` at once.

    For fixed multipliers λ the Lagrangian ``L(λ, p) = Σ (w_i − λ_i) + (sum of the p largest positive
    reduced gains c = Aᵀλ)`` bounds the optimum with ``p`` sites for *every* ``p``: one sort of ``c``
    gives all of them. The bank keeps, per ``p``, the least value over every λ it was shown, and with
    integer weights rounds it down (the covered weight is then an integer).
    """

    def __init__(self, p_max, integral=False):
        self.p_max = int(p_max)
        self.bound = np.full(self.p_max + 1, np.inf)
        self.integral = bool(integral)

    def absorb(self, base, c):
        """Offer multipliers through their constant part ``base`` = Σ (w − λ) and reduced gains ``c``."""
        k = min(self.p_max, len(c))
        top = np.zeros(self.p_max + 1)
        if k > 0:
            best = -np.partition(-c, k - 1)[:k] if k < len(c) else c.copy()
            best = np.sort(best)[::-1]
            np.cumsum(np.maximum(best, 0.0), out=top[1:k + 1])
            top[k + 1:] = top[k]
        np.minimum(self.bound, base + top, out=self.bound)

    def at(self, p):
        """The bound for ``p`` sites (the bound for more sites also holds: the optimum never decreases in p)."""
        value = float(np.min(self.bound[p:]))
        return math.floor(value + 1e-6) if self.integral and math.isfinite(value) else value
