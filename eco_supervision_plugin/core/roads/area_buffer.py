"""Service-area polygons: the area within a buffer distance of the reached roads.

Two methods, chosen by :func:`plan_area`:

* ``raster``: cells of ``distance / 4.5`` metres. Every road piece is sampled at most half a cell
  apart; cells whose centre is surely within (or surely beyond) ``distance`` of a sample's cell are
  decided by two disk dilations, the cells in between by the exact distance from their centre to the
  samples. The cells' union, polygonised and simplified by half a cell, lies within
  ``boundary_error_m`` (≈ 1.22 cells) of the exact buffer's boundary, with no systematic bias.
* ``exact``: when that grid would exceed ``max_cells`` (a small buffer over a large area) and the
  pieces are few enough (``EXACT_MAX_SEGMENTS``), the caller buffers the lines themselves (GEOS,
  ``QUADRANT_SEGMENTS`` per quarter circle: the boundary lies within ``distance · (1 − cos(π / (4 q)))``
  inside the exact one).
* ``coarse raster``: otherwise (millions of cells *and* tens of thousands of pieces, where an exact
  buffer takes minutes) the raster with a larger cell; ``boundary_error_m`` says how much larger.

A coarse cell made a 1 m buffer 35 times too large: it is now the last resort, and reported.
"""

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

CELLS_PER_BUFFER = 4.5
MAX_CELLS = 16_000_000
# GEOS buffers ~2,000 pieces in 0.4 s at 1 m (2.7 s at 200 m); beyond this many pieces the raster is kept.
EXACT_MAX_SEGMENTS = 20_000
QUADRANT_SEGMENTS = 8
# A cell centre is at most √2/2 cells from its cell's corners (the polygon follows cell edges), the
# simplification moves the boundary by up to half a cell, the sampled distance errs by < 1 % of a cell.
RASTER_ERROR_CELLS = math.sqrt(0.5) + 0.5 + 0.01


@dataclass
class AreaPlan:
    """How one service area's polygon is built, and how far its boundary may lie from the exact buffer."""

    method: str  # "raster", "coarse raster" (``mask`` cells) or "exact" (buffer the lines)
    distance: float
    boundary_error_m: float
    mask: Optional[np.ndarray] = None
    x0: float = 0.0
    y0: float = 0.0
    cell: float = 0.0

    def area_error_bound_km2(self, perimeter_m):
        """Largest area difference to the exact buffer for a polygon of this perimeter (km²)."""
        return float(perimeter_m) * self.boundary_error_m / 1e6


def plan_area(segments, distance, max_cells=MAX_CELLS):
    """:class:`AreaPlan` for the area within ``distance`` of ``segments`` (k×2×2, metres)."""
    seg = np.asarray(segments, dtype=float).reshape(-1, 2, 2)
    distance = float(distance)
    cell = distance / CELLS_PER_BUFFER
    method = "raster"
    if len(seg) and _grid_cells(seg, distance, cell) > max_cells:
        if len(seg) <= EXACT_MAX_SEGMENTS:
            return AreaPlan("exact", distance, distance * (1.0 - math.cos(math.pi / (4 * QUADRANT_SEGMENTS))))
        method = "coarse raster"
    mask, x0, y0, cell = area_mask(seg, distance, cell=cell, max_cells=max_cells)
    return AreaPlan(method, distance, RASTER_ERROR_CELLS * cell, mask, x0, y0, cell)


def _bounds(seg, distance, cell):
    flat = seg.reshape(-1, 2)
    margin = distance + 2.0 * cell  # room for the outer dilation (distance + one cell) on every side
    return flat.min(axis=0) - margin, flat.max(axis=0) + margin


def _grid_cells(seg, distance, cell):
    lo, hi = _bounds(seg, distance, cell)
    return float(np.prod(np.ceil((hi - lo) / cell)))


def area_mask(segments, distance, cell=None, max_cells=MAX_CELLS):
    """Cells within ``distance`` of any segment: a raster buffer that QGIS turns into area polygons.

    ``segments`` (k×2×2). A cell is in when its centre lies within ``distance`` of the segments (up to
    the sampling error, < 1 % of a cell). Returns ``(mask, x0, y0, cell)`` with ``mask[row, col]`` covering
    ``[x0 + col·cell, x0 + (col+1)·cell] × [y0 + row·cell, y0 + (row+1)·cell]``. Without ``cell`` the cell
    is ``distance / 4.5``, enlarged only if the grid would exceed ``max_cells`` (:func:`plan_area` never
    lets that happen).
    """
    from scipy.spatial import cKDTree

    seg = np.asarray(segments, dtype=float).reshape(-1, 2, 2)
    if len(seg) == 0 or not distance > 0:
        return np.zeros((0, 0), dtype=bool), 0.0, 0.0, float(cell or 1.0)
    cell = float(cell or distance / CELLS_PER_BUFFER)
    while _grid_cells(seg, distance, cell) > max_cells:
        cell *= 1.5
    lo, hi = _bounds(seg, distance, cell)
    shape = np.ceil((hi - lo) / cell).astype(int)[::-1]  # rows (y), cols (x)
    length = np.hypot(*(seg[:, 1] - seg[:, 0]).T)
    count = np.ceil(length / (cell / 2.0)).astype(np.int64) + 1
    owner = np.repeat(np.arange(len(seg)), count)
    step = np.arange(len(owner)) - np.repeat(np.cumsum(count) - count, count)
    frac = step / np.maximum(count[owner] - 1, 1)
    pts = seg[owner, 0] + (seg[owner, 1] - seg[owner, 0]) * frac[:, None]
    col = ((pts[:, 0] - lo[0]) / cell).astype(np.int64)
    row = ((pts[:, 1] - lo[1]) / cell).astype(np.int64)
    marked = np.zeros(shape, dtype=bool)
    marked[row, col] = True
    radius = distance / cell
    # A marked cell holds a sample within √2/2 cells of its centre, and every road point is within a
    # quarter cell of a sample: centres this close to a marked centre are in, those beyond the outer
    # radius are out; only the band between needs the exact distance.
    inner = _dilate(marked, radius - math.sqrt(0.5) - 1e-9)
    outer = _dilate(marked, radius + math.sqrt(0.5) + 0.25 + 1e-9)
    band_r, band_c = np.nonzero(outer & ~inner)
    if len(band_r):
        centres = np.stack([lo[0] + (band_c + 0.5) * cell, lo[1] + (band_r + 0.5) * cell], axis=1)
        near, _ = cKDTree(pts).query(centres, distance_upper_bound=distance * (1 + 1e-12))
        keep = near <= distance
        inner[band_r[keep], band_c[keep]] = True
    return inner, float(lo[0]), float(lo[1]), cell


def _dilate(mask, radius):
    """Cells whose centre is within ``radius`` cells of a True cell's centre."""
    from scipy import ndimage

    if radius < 0:
        return np.zeros_like(mask)
    r = int(np.floor(radius))
    yy, xx = np.mgrid[-r:r + 1, -r:r + 1]
    disk = (xx * xx + yy * yy) <= radius * radius
    rr, cc = np.nonzero(mask)
    dy, dx = yy[disk], xx[disk]
    shape = mask.shape
    if len(rr) * len(dy) < 30 * mask.size and rr.min() >= r and cc.min() >= r and rr.max() < shape[0] - r \
            and cc.max() < shape[1] - r:
        # Sparse marks: set the disk around every marked cell (the same cells as the dilation, far faster).
        out = np.zeros(mask.size, dtype=bool)
        flat = rr * shape[1] + cc
        for a, b in zip(dy.tolist(), dx.tolist()):
            out[flat + (a * shape[1] + b)] = True
        return out.reshape(shape)
    return ndimage.binary_dilation(mask, structure=disk)


def mask_runs(mask):
    """Horizontal runs of True cells: arrays ``row, col_start, col_end`` (end exclusive)."""
    if mask.size == 0:
        z = np.zeros(0, dtype=np.int64)
        return z, z, z
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    change = np.diff(padded, axis=1)
    rows_s, starts = np.nonzero(change == 1)
    rows_e, ends = np.nonzero(change == -1)
    return rows_s, starts, ends
