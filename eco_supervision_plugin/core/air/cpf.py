"""Conditional probability functions of wind direction (CPF) and of direction and speed (CBPF).

CPF (Ashbaugh et al. 1985): for each wind-direction sector θ, ``CPF_θ = m_θ / n_θ`` where ``n_θ`` is the
number of non-calm records whose wind blows from θ and ``m_θ`` those of them whose concentration lies in
the station's percentile band. CBPF (Uria-Tellaetxe & Carslaw 2014) does the same per direction × speed
bin with a band ``P_low < C ≤ P_high`` (``P_low ≤ C`` when the band starts at the 0th percentile), as R
openair's ``polarPlot(statistic = "cpf", percentile = c(low, high))``.

The percentiles are per station, over every valid record of that station (calms included, as openair
takes them over the whole series); calms (speed below ``calm_speed``) are then left out of the bins and
counted. A bin with fewer than ``min_samples`` records is flagged: shown, not drawn as certain.
"""

from dataclasses import dataclass

import numpy as np


def sector_index(direction_deg, sectors):
    """Sector of each direction (degrees clockwise from north); sector ``k`` is centred on ``k·360/sectors``."""
    width = 360.0 / sectors
    return (np.floor(np.mod(np.asarray(direction_deg, dtype=float) + width / 2.0, 360.0) / width)
            .astype(np.int64) % sectors)


def sector_bounds(sectors):
    """(start, end) bearing in degrees of each sector (start may be negative: sector 0 straddles north)."""
    width = 360.0 / sectors
    centre = np.arange(sectors) * width
    return centre - width / 2.0, centre + width / 2.0


def speed_bin_index(speed, edges):
    """Bin of each (non-calm) speed for upper ``edges`` (increasing): bin ``b`` holds speeds below
    ``edges[b]`` and at or above the previous edge; the last bin is open above."""
    return np.searchsorted(np.asarray(edges, dtype=float), np.asarray(speed, dtype=float), side="right")


def grouped_percentiles(values, group, n_groups, percents):
    """Percentiles (numpy's default linear interpolation) of ``values`` within each group.

    Returns ``(n_groups × len(percents))``; NaN for a group without values. One sort of all records.
    """
    values = np.asarray(values, dtype=float)
    group = np.asarray(group, dtype=np.int64)
    order = np.lexsort((values, group))
    ordered = values[order]
    counts = np.bincount(group, minlength=n_groups)
    starts = np.cumsum(counts) - counts
    out = np.full((n_groups, len(percents)), np.nan)
    has = counts > 0
    for j, p in enumerate(percents):
        h = (counts[has] - 1) * (float(p) / 100.0)
        lo = np.floor(h).astype(np.int64)
        hi = np.minimum(lo + 1, counts[has] - 1)
        frac = h - lo
        a = ordered[starts[has] + lo]
        b = ordered[starts[has] + hi]
        out[has, j] = a + frac * (b - a)
    return out


def in_band(values, group, thresholds, low_percent):
    """Whether each record's value lies in its group's band ``(P_low, P_high]`` (``[P_low, …]`` at 0 %)."""
    low = thresholds[group, 0]
    high = thresholds[group, 1]
    above = values >= low if low_percent <= 0 else values > low
    return above & (values <= high)


@dataclass
class CpfTable:
    """Counts and probabilities per station × sector × speed bin (one speed bin for CPF).

    ``n``: non-calm records in the bin; ``m``: those in the percentile band; ``cpf``: m / n (NaN when
    n = 0); ``flagged``: n < min_samples. ``thresholds``: per station (P_low, P_high) of the value;
    ``records``: valid records per station (calms included); ``calms``: calm records per station;
    ``in_band``: records per station in the band (calms included); ``base_rate``: the share of
    non-calm records in the band per station (what a sector with no directional signal would show).
    """

    n: np.ndarray
    m: np.ndarray
    cpf: np.ndarray
    flagged: np.ndarray
    thresholds: np.ndarray
    records: np.ndarray
    calms: np.ndarray
    in_band: np.ndarray
    base_rate: np.ndarray
    speed_edges: tuple

    @property
    def sectors(self):
        return self.n.shape[1]

    def direction_cpf(self):
        """CPF per station × sector over all speed bins (m and n summed), and its flag."""
        n = self.n.sum(axis=2)
        m = self.m.sum(axis=2)
        with np.errstate(invalid="ignore", divide="ignore"):
            cpf = np.where(n > 0, m / np.maximum(n, 1), np.nan)
        return cpf, n


def cpf_table(station, n_stations, direction, speed, values, sectors, speed_edges, calm_speed,
              low_percent, high_percent, min_samples):
    """Bin valid records (no NaN) into a :class:`CpfTable`; ``speed_edges`` empty for CPF."""
    thresholds = grouped_percentiles(values, station, n_stations, (low_percent, high_percent))
    band = in_band(values, station, thresholds, low_percent)
    calm = speed < calm_speed
    records = np.bincount(station, minlength=n_stations)
    calms = np.bincount(station[calm], minlength=n_stations)
    band_all = np.bincount(station[band], minlength=n_stations)
    keep = ~calm
    st = station[keep]
    sector = sector_index(direction[keep], sectors)
    n_bins = len(speed_edges) + 1 if len(speed_edges) else 1
    speed_bin = speed_bin_index(speed[keep], speed_edges) if len(speed_edges) else np.zeros(len(st), np.int64)
    flat = (st * sectors + sector) * n_bins + speed_bin
    size = n_stations * sectors * n_bins
    n = np.bincount(flat, minlength=size).reshape(n_stations, sectors, n_bins)
    m = np.bincount(flat[band[keep]], minlength=size).reshape(n_stations, sectors, n_bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        cpf = np.where(n > 0, m / np.maximum(n, 1), np.nan)
        non_calm = records - calms
        base = np.where(non_calm > 0, (band_all - np.bincount(station[band & calm], minlength=n_stations))
                        / np.maximum(non_calm, 1), np.nan)
    return CpfTable(n=n, m=m, cpf=cpf, flagged=n < min_samples, thresholds=thresholds, records=records,
                    calms=calms, in_band=band_all, base_rate=base, speed_edges=tuple(float(e) for e in speed_edges))
