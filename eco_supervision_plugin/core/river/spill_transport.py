"""Closed-form breakthrough curves of the 1-D advection–dispersion–decay equation (pure numpy/scipy).

Every function here works on the *flux* curve g(t) = C(t)·Q / M (1/s) at one point, described by
three numbers: the travel time τ (s) from the spill, the temporal variance σ² (s²) accumulated on
the way, and the first-order decay rate k (1/s). With M in grams and Q in m³/s, C = M·g/Q is in g/m³
= mg/L.

On a uniform reach (velocity u, dispersion E, cross-section A = Q/u) the instantaneous solution is

    C(x, t) = M / (A·√(4πEt)) · exp(−(x − ut)² / (4Et)) · exp(−kt)

and, with τ = x/u and σ² = 2Ex/u³ (so that E' = E/u² = σ²/(2τ), in seconds),

    g(t) = 1/√(4πE't) · exp(−(t − τ)² / (4E't) − kt),

which is the same formula written with time as the distance coordinate: :func:`instant_flux` is
exact on a uniform reach. A release of duration T at the constant rate M/T is the superposition of
instantaneous releases over [0, T] (the continuous load of finite duration, Runkel 1996):
g_T(t) = (F(t) − F(t − T)) / T with F(t) = ∫₀ᵗ g(s) ds in closed form (:func:`cumulative_flux`):

    F(t) = 1/(2Γ) · [e^{(1−Γ)τ/(2E')}·erfc((τ − Γt)/(2√(E't))) − e^{(1+Γ)τ/(2E')}·erfc((τ + Γt)/(2√(E't)))],
    Γ = √(1 + 4kE').

Both exponentials are evaluated through ``erfcx`` (they share the factor exp(−(t−τ)²/(4E't) − kt)),
so nothing overflows at large Péclet numbers.
"""

import numpy as np
from scipy.special import erfc, erfcx

Z_WINDOW = 9.0  # the curve is below exp(−Z²/2) ≈ 3e-18 of its local scale outside the window


def _e_prime(tau, var):
    return var / (2.0 * tau)


def instant_flux(t, tau, var, k):
    """g(t) of an instantaneous release (1/s); 0 for t ≤ 0. Arguments broadcast."""
    t = np.asarray(t, dtype=float)
    ep = _e_prime(tau, var)
    pos = t > 0
    ts = np.where(pos, t, 1.0)
    out = np.exp(-((ts - tau) ** 2) / (4.0 * ep * ts) - k * ts) / np.sqrt(4.0 * np.pi * ep * ts)
    return np.where(pos, out, 0.0)


def cumulative_flux(t, tau, var, k):
    """F(t) = ∫₀ᵗ g(s) ds of the instantaneous curve (dimensionless); 0 for t ≤ 0. Arguments broadcast."""
    t = np.asarray(t, dtype=float)
    ep = _e_prime(tau, var)
    gam = np.sqrt(1.0 + 4.0 * k * ep)
    pos = t > 0
    ts = np.where(pos, t, 1.0)
    root = 2.0 * np.sqrt(ep * ts)
    b1 = (tau - gam * ts) / root
    b2 = (tau + gam * ts) / root
    common = np.exp(-((ts - tau) ** 2) / (4.0 * ep * ts) - k * ts)
    # e^{a1}·erfc(b1): through erfcx where b1 ≥ 0, directly where b1 < 0 (then a1 ≤ 0 and erfc(b1) ≤ 2)
    a1 = (1.0 - gam) * tau / (2.0 * ep)
    with np.errstate(over="ignore", invalid="ignore"):
        t1 = np.where(b1 >= 0, common * erfcx(np.maximum(b1, 0.0)), np.exp(a1) * erfc(np.minimum(b1, 0.0)))
    t2 = common * erfcx(b2)
    return np.where(pos, (t1 - t2) / (2.0 * gam), 0.0)


def release_flux(t, tau, var, k, duration):
    """g(t) of a release spread evenly over ``duration`` seconds (instantaneous where duration is 0)."""
    t = np.asarray(t, dtype=float)
    duration = np.asarray(duration, dtype=float)
    inst = duration <= 0
    dur = np.where(inst, 1.0, duration)
    cont = (cumulative_flux(t, tau, var, k) - cumulative_flux(t - dur, tau, var, k)) / dur
    if not np.any(inst):
        return cont
    return np.where(inst, instant_flux(t, tau, var, k), cont)


def total_flux(tau, var, k):
    """∫₀^∞ g dt = F(∞) = e^{(1−Γ)τ/(2E')}/Γ: the advective mass through the point, per unit released.

    ≈ e^{−kτ}·(1 − kσ²/τ): the difference is the dispersive part of the flux, which ∫C·Q dt leaves out.
    """
    ep = _e_prime(tau, var)
    gam = np.sqrt(1.0 + 4.0 * k * ep)
    return np.exp((1.0 - gam) * tau / (2.0 * ep)) / gam


def window(tau, var, duration, z=Z_WINDOW):
    """Times ``(lo, hi)`` (s after the release starts) outside which the curve is negligible.

    The exponent (t − τ)²/(4E't) stays below z²/2 between the two roots of τ(t − τ)² = z²σ²t … i.e.
    t² − (2τ + a)t + τ² = 0 with a = 2z²E'; a release of duration T extends the upper end by T.
    """
    a = 2.0 * z * z * _e_prime(tau, var)
    b = 2.0 * tau + a
    hi = 0.5 * (b + np.sqrt(a * (4.0 * tau + a)))
    lo = tau * tau / hi
    return lo, hi + np.maximum(duration, 0.0)

