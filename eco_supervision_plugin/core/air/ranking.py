"""Ranking candidate sources by the stations whose high-probability sectors point at them.

For station s and candidate c at bearing β and distance d ≤ ``max_distance``, the evidence is the
*excess* of the station's CPF in the sector holding β over its base rate (the share of all its non-calm
records in the percentile band): ``e_sc = max(CPF*_s(β) − base_s, 0)``. A sector with no directional
signal shows the base rate (0.25 for a 75–100 band), so raw CPF sums would reward a candidate merely
for being near many stations; the excess counts only stations that really point at it. The CPF used is
shrunk towards the base rate, ``CPF* = (m + k·base) / (n + k)`` with ``k = min_samples`` (the posterior
mean under a Beta prior worth k readings at the base rate): 3 of 4 readings in the band is weaker
evidence than 30 of 40, although both are 0.75. Sectors flagged for too few samples give no evidence.
``score_c = Σ_s e_sc``; with an emission field, the ranking score is ``score_c · E_c / max(E)`` (a
larger emitter upwind is the likelier source). A station *points at* a candidate when its excess is
positive; candidates beyond ``max_distance`` of every station are flagged and not ranked.
"""

from dataclasses import dataclass

import numpy as np

from .bearings import bearings_and_distances
from .cpf import sector_index


@dataclass
class CandidateRanking:
    """Per candidate: ``score`` (NaN when out of range), ``rank`` (1 = first, 0 when not ranked),
    ``evidence`` (Σ excess CPF before the emission weight), ``pointing`` (stations that point at it),
    ``in_range`` (stations within the maximum distance), ``out_of_range`` flag, and the strongest
    pointing station: ``top_station`` (index, -1 for none), ``top_cpf``, ``top_distance`` (m),
    ``top_bearing`` (degrees from that station). ``pairs``: (candidate, station, cpf, distance, bearing)
    arrays of every pointing pair, strongest first within a candidate."""

    score: np.ndarray
    rank: np.ndarray
    evidence: np.ndarray
    pointing: np.ndarray
    in_range: np.ndarray
    out_of_range: np.ndarray
    top_station: np.ndarray
    top_cpf: np.ndarray
    top_distance: np.ndarray
    top_bearing: np.ndarray
    pairs: tuple


def shrunk_cpf(m, n, base_rate, prior):
    """``(m + prior·base) / (n + prior)`` per station × sector: the CPF pulled towards the station's base rate."""
    base = np.nan_to_num(base_rate, nan=0.0)[:, None]
    return (m + prior * base) / np.maximum(n + prior, 1e-12)


def rank_candidates(stations_xy, candidates_xy, direction_cpf, usable, base_rate, max_distance, emission=None,
                    monitor=None):
    """:class:`CandidateRanking` of the candidates (see the module docstring for the score).

    ``direction_cpf``: the CPF per station × sector the evidence is measured on (the plan passes the shrunk one).
    """
    bearing, distance = bearings_and_distances(stations_xy, candidates_xy)  # stations × candidates
    if monitor is not None:
        monitor.step(0.3)
    sectors = direction_cpf.shape[1]
    sector = sector_index(bearing, sectors)
    cpf = np.take_along_axis(np.nan_to_num(direction_cpf, nan=0.0), sector, axis=1)
    ok = np.take_along_axis(usable, sector, axis=1)
    near = distance <= max_distance
    excess = np.where(near & ok, np.maximum(cpf - np.nan_to_num(base_rate, nan=1.0)[:, None], 0.0), 0.0)
    evidence = excess.sum(axis=0)
    in_range = near.sum(axis=0)
    out = in_range == 0
    score = evidence.copy()
    if emission is not None:
        top = np.nanmax(emission) if np.isfinite(emission).any() else 0.0
        score = score * (np.nan_to_num(emission, nan=0.0) / top if top > 0 else 0.0)
    score[out] = np.nan
    order = np.lexsort((-in_range, -np.nan_to_num(score, nan=-1.0)))  # ties: more stations in range first
    rank = np.zeros(len(score), dtype=np.int64)
    ranked = order[~out[order]]
    rank[ranked] = np.arange(1, len(ranked) + 1)
    pointing = (excess > 0).sum(axis=0)
    best = np.argmax(np.where(excess > 0, cpf, -1.0), axis=0)
    cols = np.arange(len(score))
    has = pointing > 0
    cand, station = np.nonzero((excess > 0).T)  # candidate-major
    pair_cpf = cpf[station, cand]
    pair_order = np.lexsort((-pair_cpf, cand))
    pairs = (cand[pair_order], station[pair_order], pair_cpf[pair_order], distance[station, cand][pair_order],
             bearing[station, cand][pair_order])
    if monitor is not None:
        monitor.step(1.0)
    return CandidateRanking(
        score=score, rank=rank, evidence=evidence, pointing=pointing, in_range=in_range, out_of_range=out,
        top_station=np.where(has, best, -1), top_cpf=np.where(has, cpf[best, cols], np.nan),
        top_distance=np.where(has, distance[best, cols], np.nan),
        top_bearing=np.where(has, bearing[best, cols], np.nan), pairs=pairs)
