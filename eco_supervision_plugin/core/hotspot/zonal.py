"""Zonal mean of a raster per grid cell, weighted by the area each pixel shares with the cell.

Square cells: the exact overlap of a pixel with a cell is the product of its x and y overlaps. Hexagons:
each pixel is split into ``sub × sub`` sub-pixels of at most a tenth of the cell size, each counted in the
cell holding its centre. The raster is read in row blocks through a :class:`RasterReader` (the QGIS side
only reads pixels; every weight is computed here), so memory stays bounded whatever the raster size.
"""

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..messages import Note, PlannerError
from ..monitor import ensure
from . import grid as gridmod

MAX_WINDOW_PIXELS = 400_000_000
BLOCK_PIXELS = 2_000_000


@dataclass
class RasterReader:
    """A north-up raster already in the grid CRS: extent, pixel size, no-data value and a block reader.

    ``read(col0, row0, width, height)`` returns ``(values, block_nodata)``: a flat or (height × width) array
    (any numeric dtype) of the pixels whose top-left corner is (``left + col * xres``, ``top - row * yres``)
    and the block's no-data value or None. ``nodata`` values, ``block_nodata`` values and NaN are left out.
    """

    left: float
    bottom: float
    right: float
    top: float
    xres: float
    yres: float
    read: object
    nodata: Optional[float] = None


@dataclass
class ZonalResult:
    """``mean`` per cell (NaN where no pixel with a value overlaps) and the notes for the run."""

    mean: np.ndarray
    notes: list


def _overlaps(low, high, origin, size):
    """For intervals [low, high): (cell index, overlap length) pairs, one pair of arrays per possible cell."""
    first = np.floor((low - origin) / size).astype(np.int64)
    span = int(np.max(np.ceil((high - low) / size))) + 1 if len(low) else 0
    for m in range(span + 1):
        index = first + m
        left = origin + index * size
        length = np.minimum(high, left + size) - np.maximum(low, left)
        yield index, np.maximum(length, 0.0)


def _window(grid, raster):
    """Pixel columns [c0, c1) and rows [r0, r1) of the raster under the grid, or None without overlap."""
    v = grid.vertices()
    x0 = max(float(v[:, :, 0].min()), raster.left)
    x1 = min(float(v[:, :, 0].max()), raster.right)
    y0 = max(float(v[:, :, 1].min()), raster.bottom)
    y1 = min(float(v[:, :, 1].max()), raster.top)
    if not (x1 > x0 and y1 > y0):
        return None
    c0 = int(math.floor((x0 - raster.left) / raster.xres))
    c1 = int(math.ceil((x1 - raster.left) / raster.xres))
    r0 = int(math.floor((raster.top - y1) / raster.yres))
    r1 = int(math.ceil((raster.top - y0) / raster.yres))
    return c0, c1, r0, r1


def zonal_means(grid, raster, monitor=None):
    """Area-weighted mean of ``raster`` (a :class:`RasterReader`) over each cell of ``grid``."""
    monitor = ensure(monitor)
    n = len(grid)
    window = _window(grid, raster)
    if window is None:
        return ZonalResult(np.full(n, np.nan), [Note("The raster does not overlap the area of interest.")])
    c0, c1, r0, r1 = window
    width, height = c1 - c0, r1 - r0
    if width * height > MAX_WINDOW_PIXELS:
        raise PlannerError(
            "The raster window over the area ({:,} × {:,} pixels) is too large to read; use a coarser raster "
            "or a smaller area.", width, height)
    total = np.zeros(n)
    weight_sum = np.zeros(n)
    sub = int(min(max(math.ceil(10.0 * max(raster.xres, raster.yres) / grid.size), 1), 16))
    offsets = (np.arange(sub) + 0.5) / sub
    chunk = max(1, BLOCK_PIXELS // max(width, 1))
    for start in range(r0, r1, chunk):
        stop = min(start + chunk, r1)
        values, block_nodata = raster.read(c0, start, width, stop - start)
        data = np.asarray(values).astype(float).reshape(stop - start, width)
        ok = np.isfinite(data)
        for nodata in (raster.nodata, block_nodata):
            if nodata is not None:
                ok &= data != nodata
        rows, cols = np.nonzero(ok)
        vals = data[rows, cols]
        x = raster.left + (c0 + cols) * raster.xres  # pixel left edges
        y = raster.top - (start + rows) * raster.yres  # pixel top edges
        if grid.kind == gridmod.SQUARE:
            for ci, lx in _overlaps(x, x + raster.xres, grid.origin[0], grid.size):
                for rj, ly in _overlaps(y - raster.yres, y, grid.origin[1], grid.size):
                    weight = lx * ly
                    cell = grid.lookup(ci, rj)
                    use = (cell >= 0) & (weight > 0)
                    total += np.bincount(cell[use], weights=vals[use] * weight[use], minlength=n)
                    weight_sum += np.bincount(cell[use], weights=weight[use], minlength=n)
        else:
            for a in offsets:
                for b in offsets:
                    cell = grid.locate(np.column_stack([x + a * raster.xres, y - b * raster.yres]))
                    inside = cell >= 0
                    total += np.bincount(cell[inside], weights=vals[inside], minlength=n)
                    weight_sum += np.bincount(cell[inside], minlength=n)
        monitor.step((stop - r0) / max(r1 - r0, 1))
    with np.errstate(invalid="ignore", divide="ignore"):
        return ZonalResult(np.where(weight_sum > 0, total / weight_sum, np.nan), [])
