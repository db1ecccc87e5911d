"""The source-area grid: each station's CPF back-projected along its bearings and summed over stations.

A cell within ``max_distance`` of a station lies on that station's ray of bearing β (the bearing from the
station to the cell centre); it receives the station's CPF of the sector holding β. Summing over
stations, the cells where the high-probability rays of several stations cross score highest. Sectors
flagged for too few samples contribute nothing. The same accumulation as drawing each ray on the grid,
evaluated cell by cell, so every cell along every ray gets exactly one value per station.
"""

from dataclasses import dataclass

import numpy as np

from .bearings import bearings_and_distances
from .cpf import sector_index


@dataclass
class SourceArea:
    """Grid cells (row-major from the lower-left), their summed CPF and the stations that reach them.

    ``origin``: (x, y) of the lower-left corner; ``cell_size`` in metres; ``shape`` (rows, columns);
    ``score`` and ``stations`` per cell, flat (rows × columns).
    """

    origin: tuple
    cell_size: float
    shape: tuple
    score: np.ndarray
    stations: np.ndarray

    def cell_corners(self):
        """(cells × 5 × 2) closed rings of the cells, for polygon output."""
        rows, cols = self.shape
        j, i = np.meshgrid(np.arange(cols), np.arange(rows))
        x0 = self.origin[0] + j.reshape(-1) * self.cell_size
        y0 = self.origin[1] + i.reshape(-1) * self.cell_size
        s = self.cell_size
        xs = np.stack([x0, x0 + s, x0 + s, x0, x0], axis=1)
        ys = np.stack([y0, y0, y0 + s, y0 + s, y0], axis=1)
        return np.stack([xs, ys], axis=2)


def grid_spec(stations_xy, max_distance, cell_size, max_cells):
    """Origin and shape of the grid covering every station's ``max_distance`` disc; ``None`` if too large."""
    lo = stations_xy.min(axis=0) - max_distance
    hi = stations_xy.max(axis=0) + max_distance
    cols = int(np.ceil((hi[0] - lo[0]) / cell_size))
    rows = int(np.ceil((hi[1] - lo[1]) / cell_size))
    if rows * cols > max_cells:
        return None
    return (float(lo[0]), float(lo[1])), (rows, cols)


def back_project(stations_xy, direction_cpf, usable, origin, shape, cell_size, max_distance, monitor=None):
    """:class:`SourceArea` of the stations' CPF (stations × sectors, ``usable`` where not flagged)."""
    rows, cols = shape
    sectors = direction_cpf.shape[1]
    values = np.where(usable, np.nan_to_num(direction_cpf, nan=0.0), 0.0)
    score = np.zeros(rows * cols)
    reach = np.zeros(rows * cols, dtype=np.int64)
    chunk = max(1, 2000000 // max(1, len(stations_xy)))  # about 2 million station × cell pairs at a time
    for start in range(0, rows * cols, chunk):
        cells = np.arange(start, min(start + chunk, rows * cols))
        centres = np.stack([origin[0] + (cells % cols + 0.5) * cell_size,
                            origin[1] + (cells // cols + 0.5) * cell_size], axis=1)
        bearing, distance = bearings_and_distances(stations_xy, centres)
        sector = sector_index(bearing, sectors)
        near = distance <= max_distance
        gathered = np.take_along_axis(values, sector, axis=1)
        score[cells] = np.where(near, gathered, 0.0).sum(axis=0)
        reach[cells] = near.sum(axis=0)
        if monitor is not None:
            monitor.step(min(1.0, (start + chunk) / float(rows * cols)))
    return SourceArea(origin=origin, cell_size=float(cell_size), shape=(rows, cols), score=score, stations=reach)
