"""Supervision grids anchored to a fixed origin: square and hexagonal cells with stable codes.

A cell is identified by two integers relative to a fixed ``origin`` (in a metric CRS):

* square cells of side ``size``: column ``i = floor((x - ox) / size)`` and row
  ``j = floor((y - oy) / size)``; the code is ``S{size}E{i}N{j}``.
* pointy-top hexagons whose centres are ``size`` apart (``size`` is the flat-to-flat width): axial
  coordinates ``(q, r)`` with centre ``x = ox + size * (q + r / 2)``, ``y = oy + size * r * sqrt(3) / 2``;
  the code is ``H{size}Q{q}R{r}``.

Because the indices depend only on the origin and the cell size, a cell keeps its code whatever the
area of interest, the month or the run. The grid covers an area of interest given as polygon rings
(even-odd rule: holes and multi-part polygons both work): cells whose centre is inside, plus the cells
the boundary passes through. The number of cells is computed before anything per cell is allocated,
so an unreasonable cell size is refused with the count.

Codes mean one place only in one CRS: :func:`default_grid_epsg` picks the grid CRS from the location of
the area (the CGCS2000 3-degree Gauss-Krüger zone of its centre in China, EPSG:4534-4554 for central
meridians 75°E-135°E; elsewhere the WGS 84 UTM zone), never from the CRS the area happens to be stored in.
Cell indices are int64 and bounded by ``MAX_INDEX`` (2**30), so keys and codes never wrap.
"""

import math

import numpy as np

from ..messages import PlannerError
from ..monitor import ensure

SQUARE = "square"
HEXAGON = "hexagon"
SQRT3 = math.sqrt(3.0)
_OFFSET = 1 << 30
_SPAN = 1 << 31
MAX_INDEX = _OFFSET - 1  # |cell index| limit: keys (i + 2**30) * 2**31 + (j + 2**30) stay inside int64
# CGCS2000 / 3-degree Gauss-Kruger CM 75E ... CM 135E (false easting 500 km, no zone prefix): EPSG 4534-4554
GK3_FIRST_EPSG, GK3_FIRST_CM, GK3_LAST_CM = 4534, 75, 135


def default_grid_epsg(lon, lat):
    """EPSG code of the grid CRS for an area centred at (``lon``, ``lat``) in degrees.

    Central meridians 75°E-135°E (longitudes 73.5°E-136.5°E, all of China): the CGCS2000 3-degree
    Gauss-Krüger zone whose central meridian is nearest, ``4534 + (cm - 75) / 3``. Elsewhere: the WGS 84
    UTM zone (326xx north, 327xx south).
    """
    lon, lat = float(lon), float(lat)
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise PlannerError("The area of interest has no polygon with a usable geometry (its centre is {}, {}).",
                           lon, lat)
    cm = 3 * int(math.floor(lon / 3.0 + 0.5))
    if GK3_FIRST_CM <= cm <= GK3_LAST_CM:
        return GK3_FIRST_EPSG + (cm - GK3_FIRST_CM) // 3
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    return (32600 if lat >= 0 else 32700) + zone


def _kind(kind):
    kind = str(kind).lower()
    if kind not in (SQUARE, HEXAGON):
        raise PlannerError("Unknown grid type {}: use square or hexagon.", kind)
    return kind


def row_height(kind, size):
    """Distance between the centre lines of two successive rows."""
    return size if _kind(kind) == SQUARE else size * SQRT3 / 2.0


def cell_area(kind, size):
    return size * size if _kind(kind) == SQUARE else size * size * SQRT3 / 2.0


def point_cells(xy, kind, size, origin=(0.0, 0.0)):
    """Integer cell indices ``(i, j)`` (square: column, row; hexagon: axial q, r) holding each point."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    x = (xy[:, 0] - origin[0]) / size
    y = (xy[:, 1] - origin[1]) / size
    if _kind(kind) == SQUARE:
        return np.floor(x).astype(np.int64), np.floor(y).astype(np.int64)
    # fractional axial coordinates, then cube rounding (x + y + z = 0)
    r = y * 2.0 / SQRT3
    q = x - r / 2.0
    cx, cz = q, r
    cy = -cx - cz
    rx, ry, rz = np.round(cx), np.round(cy), np.round(cz)
    dx, dy, dz = np.abs(rx - cx), np.abs(ry - cy), np.abs(rz - cz)
    fix_x = (dx > dy) & (dx > dz)
    fix_z = ~fix_x & (dz >= dy)
    rx = np.where(fix_x, -ry - rz, rx)
    rz = np.where(fix_z, -rx - ry, rz)
    return rx.astype(np.int64), rz.astype(np.int64)


def cell_centres(i, j, kind, size, origin=(0.0, 0.0)):
    i = np.asarray(i, dtype=float)
    j = np.asarray(j, dtype=float)
    if _kind(kind) == SQUARE:
        return np.column_stack([origin[0] + (i + 0.5) * size, origin[1] + (j + 0.5) * size])
    return np.column_stack([origin[0] + size * (i + j / 2.0), origin[1] + size * j * SQRT3 / 2.0])


def cell_vertices(i, j, kind, size, origin=(0.0, 0.0)):
    """Closed vertex rings, shape (n, 5, 2) for squares and (n, 7, 2) for hexagons (counter-clockwise)."""
    centres = cell_centres(i, j, kind, size, origin)
    if _kind(kind) == SQUARE:
        h = size / 2.0
        offsets = np.array([[-h, -h], [h, -h], [h, h], [-h, h], [-h, -h]])
    else:
        radius = size / SQRT3  # centre to vertex of a pointy-top hexagon with flat-to-flat width size
        angles = np.radians(np.array([-90.0, -30.0, 30.0, 90.0, 150.0, 210.0, -90.0]))
        offsets = np.column_stack([radius * np.cos(angles), radius * np.sin(angles)])
    return centres[:, None, :] + offsets[None, :, :]


def _size_label(size):
    return "{:g}".format(float(size)).replace(".", "p")


def cell_codes(i, j, kind, size):
    """Stable text codes, e.g. ``S1000E512N3012`` or ``H1000Q12R-5``."""
    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    if _kind(kind) == SQUARE:
        head, a, b = "S" + _size_label(size), "E", "N"
    else:
        head, a, b = "H" + _size_label(size), "Q", "R"
    first = np.char.add(head + a, i.astype(str))
    return np.char.add(np.char.add(first, b), j.astype(str)).astype(object)


def cell_keys(i, j):
    """One int64 per cell for fast lookup (indices within ±``MAX_INDEX``, checked by :func:`build_grid`)."""
    return (np.asarray(i, dtype=np.int64) + _OFFSET) * _SPAN + (np.asarray(j, dtype=np.int64) + _OFFSET)


# -- covering an area of interest --------------------------------------------------------------------


def _edges(rings):
    starts, ends = [], []
    for ring in rings:
        ring = np.asarray(ring, dtype=float).reshape(-1, 2)
        ring = ring[np.all(np.isfinite(ring), axis=1)]
        if len(ring) < 3:
            continue
        if not np.array_equal(ring[0], ring[-1]):
            ring = np.vstack([ring, ring[:1]])
        starts.append(ring[:-1])
        ends.append(ring[1:])
    if not starts:
        raise PlannerError("The area of interest has no polygon with an area.")
    return np.vstack(starts), np.vstack(ends)


def _row_intervals(rings, kind, size, origin):
    """Per grid row, the index ranges of cells whose centre lies inside the rings (even-odd rule).

    Returns arrays ``row, first, last`` (inclusive; ``last < first`` for empty intervals).
    """
    a, b = _edges(rings)
    h = row_height(kind, size)
    # a row j's centre line is y = oy + (j + c) * h, with c = 0.5 for squares and 0 for hexagons
    c = 0.5 if kind == SQUARE else 0.0
    y0 = (a[:, 1] - origin[1]) / h - c
    y1 = (b[:, 1] - origin[1]) / h - c
    lo = np.minimum(y0, y1)
    hi = np.maximum(y0, y1)
    # half-open rule: an edge crosses row j when lo <= j < hi (horizontal edges never cross)
    first = np.ceil(lo).astype(np.int64)
    last = np.ceil(hi).astype(np.int64) - 1
    count = np.maximum(last - first + 1, 0)
    total = int(count.sum())
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    if total > 200_000_000:
        raise PlannerError(
            "The cell size {:g} m is far too small for this area of interest ({:,} boundary crossings).", size, total
        )
    edge = np.repeat(np.arange(len(a)), count)
    start = np.repeat(np.cumsum(count) - count, count)
    rows = first[edge] + (np.arange(total) - start)
    t = (rows + c - y0[edge]) / (y1[edge] - y0[edge])
    xs = a[edge, 0] + t * (b[edge, 0] - a[edge, 0])
    order = np.lexsort((xs, rows))
    rows, xs = rows[order], xs[order]
    # pair crossings in each row: even-odd rule gives an even count per row
    rows_in, rows_out = rows[0::2], rows[1::2]
    if len(rows_in) != len(rows_out) or np.any(rows_in != rows_out):
        raise PlannerError("The area of interest polygon is not closed; repair its geometry first.")
    x_in, x_out = (xs[0::2] - origin[0]) / size, (xs[1::2] - origin[0]) / size
    if kind == SQUARE:
        first_cell = np.ceil(x_in - 0.5).astype(np.int64)
        last_cell = np.ceil(x_out - 0.5).astype(np.int64) - 1
    else:
        shift = rows_in / 2.0
        first_cell = np.ceil(x_in - shift).astype(np.int64)
        last_cell = np.ceil(x_out - shift).astype(np.int64) - 1
    return rows_in, first_cell, last_cell


def _boundary_cells(rings, kind, size, origin):
    """Cells the rings pass through, from points every size / 8 along every edge (and every vertex).

    A cell the boundary crosses only along a chord shorter than size / 8 may be missed; its centre is
    outside the area then, so it holds a sliver at most.
    """
    a, b = _edges(rings)
    length = np.hypot(b[:, 0] - a[:, 0], b[:, 1] - a[:, 1])
    steps = np.maximum(np.ceil(length / (size / 8.0)).astype(np.int64), 1)
    total = int(steps.sum())
    if total > 50_000_000:
        raise PlannerError("The cell size {:g} m is far too small for this area of interest boundary.", size)
    edge = np.repeat(np.arange(len(a)), steps)
    start = np.repeat(np.cumsum(steps) - steps, steps)
    t = (np.arange(total) - start) / steps[edge]
    pts = a[edge] + t[:, None] * (b[edge] - a[edge])
    pts = np.vstack([pts, b])
    if kind == SQUARE:
        # a boundary running along a grid line only touches the cells on either side: skip such points
        # (cells really crossed are found from the points off the grid lines)
        fx = (pts[:, 0] - origin[0]) / size
        fy = (pts[:, 1] - origin[1]) / size
        on_line = (np.abs(fx - np.round(fx)) < 1e-9) | (np.abs(fy - np.round(fy)) < 1e-9)
        pts = pts[~on_line]
    i, j = point_cells(pts, kind, size, origin)
    keys = np.unique(cell_keys(i, j))
    return keys


def estimate_cell_count(area_m2, kind, size):
    return int(math.ceil(area_m2 / cell_area(kind, size)))


def ring_area(rings):
    """Sum of the ring areas (an upper bound of the even-odd area: holes are added, not removed)."""
    total = 0.0
    for ring in rings:
        ring = np.asarray(ring, dtype=float).reshape(-1, 2)
        if len(ring) < 3:
            continue
        x, y = ring[:, 0], ring[:, 1]
        total += abs(0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))
    return total


class Grid:
    """Cells covering an area: ``i``, ``j`` (int64), ``centres`` (n×2), ``codes`` (object array)."""

    def __init__(self, i, j, kind, size, origin):
        self.i = np.asarray(i, dtype=np.int64)
        self.j = np.asarray(j, dtype=np.int64)
        self.kind = kind
        self.size = float(size)
        self.origin = (float(origin[0]), float(origin[1]))
        self.centres = cell_centres(self.i, self.j, kind, size, origin)
        self.keys = cell_keys(self.i, self.j)
        self._sorter = np.argsort(self.keys, kind="stable")
        self._codes = None

    def __len__(self):
        return len(self.i)

    @property
    def codes(self):
        if self._codes is None:
            self._codes = cell_codes(self.i, self.j, self.kind, self.size)
        return self._codes

    def vertices(self, rows=None):
        if rows is None:
            return cell_vertices(self.i, self.j, self.kind, self.size, self.origin)
        return cell_vertices(self.i[rows], self.j[rows], self.kind, self.size, self.origin)

    def locate(self, xy):
        """Row in this grid of the cell holding each point, -1 for points outside the grid."""
        i, j = point_cells(xy, self.kind, self.size, self.origin)
        return self.lookup(i, j)

    def lookup(self, i, j):
        keys = cell_keys(i, j)
        if len(self.keys) == 0:
            return np.full(len(keys), -1, dtype=np.int64)
        sorted_keys = self.keys[self._sorter]
        pos = np.searchsorted(sorted_keys, keys)
        pos = np.minimum(pos, len(sorted_keys) - 1)
        found = sorted_keys[pos] == keys
        return np.where(found, self._sorter[pos], -1).astype(np.int64)


def check_origin(rings, size, origin):
    """Refuse an origin that is not finite or so far from the area that cell indices would leave ±2**30."""
    ox, oy = float(origin[0]), float(origin[1])
    if not (math.isfinite(ox) and math.isfinite(oy)):
        raise PlannerError("The grid origin must be a finite point (got {}, {}).", ox, oy)
    a, _ = _edges(rings)
    far = max(float(np.max(np.abs(a[:, 0] - ox))), float(np.max(np.abs(a[:, 1] - oy))))
    if far / size + 1 > MAX_INDEX:
        raise PlannerError(
            "The grid origin ({:g}, {:g}) is {:,.0f} km from the area of interest: cell numbers would exceed "
            "{:,}. Leave the grid origin empty (0,0) or give a point near the area.",
            ox, oy, far / 1000.0, MAX_INDEX,
        )


def build_grid(rings, size, kind=SQUARE, origin=(0.0, 0.0), max_cells=2_000_000, monitor=None):
    """Cells covering the polygon ``rings`` (list of (m×2) arrays in metres).

    Refuses with a ValueError stating the number of cells when it would exceed ``max_cells``;
    the check runs before any per-cell array is allocated.
    """
    monitor = ensure(monitor)
    kind = _kind(kind)
    size = float(size)
    if not (size > 0 and math.isfinite(size)):
        raise PlannerError("The cell size must be a positive number of metres (got {}).", size)
    if not rings:
        raise PlannerError("The area of interest is empty.")
    check_origin(rings, size, origin)
    area = ring_area(rings)
    rough = estimate_cell_count(area, kind, size)
    if rough > 20 * max_cells:
        raise PlannerError(
            "A {:g} m grid over this area of interest ({:,.1f} km²) would create about {:,} cells, more than "
            "the limit of {:,}. Use a larger cell size or raise the limit.", size, area / 1e6, rough, max_cells
        )
    rows, first, last = _row_intervals(rings, kind, size, origin)
    widths = np.maximum(last - first + 1, 0)
    keep = widths > 0
    rows, first, last, widths = rows[keep], first[keep], last[keep], widths[keep]
    boundary = _boundary_cells(rings, kind, size, origin)
    # boundary cells not already inside an interval (intervals of one row are disjoint)
    b_i = boundary // _SPAN - _OFFSET
    b_j = boundary % _SPAN - _OFFSET
    interval_keys = (rows + _OFFSET) * _SPAN + (first + _OFFSET)
    order = np.argsort(interval_keys, kind="stable")
    pos = np.searchsorted(interval_keys[order], (b_j + _OFFSET) * _SPAN + (b_i + _OFFSET), side="right") - 1
    hit = order[np.maximum(pos, 0)] if len(order) else np.zeros(len(boundary), dtype=np.int64)
    inside = (pos >= 0) & (rows[hit] == b_j) & (b_i <= last[hit]) if len(order) else np.zeros(len(boundary), bool)
    extra = boundary[~inside]
    count = int(widths.sum()) + len(extra)
    if count > max_cells:
        raise PlannerError(
            "A {:g} m grid over this area of interest would create {:,} cells, more than the limit of {:,}. "
            "Use a larger cell size or raise the limit.", size, count, max_cells
        )
    monitor.step(0.3)
    total = int(widths.sum())
    start = np.repeat(np.cumsum(widths) - widths, widths)
    i_in = np.repeat(first, widths) + (np.arange(total) - start)
    j_in = np.repeat(rows, widths)
    keys = np.concatenate([cell_keys(i_in, j_in), extra])
    i = keys // _SPAN - _OFFSET
    j = keys % _SPAN - _OFFSET
    order = np.lexsort((i, j))  # row by row, west to east
    monitor.step(1.0)
    return Grid(i[order], j[order], kind, size, origin)


# -- lattice view, for neighbourhood sums by convolution ---------------------------------------------


def lattice_index(grid):
    """(row, col) positions of the cells in the smallest 2-D array holding them, and its shape."""
    if len(grid) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), (0, 0)
    a = grid.j - grid.j.min()
    b = grid.i - grid.i.min()
    return a, b, (int(a.max()) + 1, int(b.max()) + 1)


def lattice_offsets(kind, size, neighbourhood, distance=None):
    """Integer offsets ``(di, dj)`` of the neighbours of a cell, itself included.

    ``neighbourhood`` is ``distance`` (centres within ``distance`` metres, with a relative tolerance of
    1e-9 so lattice distances equal to the band are inside) or ``queen`` (cells sharing an edge or a
    corner; for hexagons the six cells sharing an edge).
    """
    kind = _kind(kind)
    if neighbourhood == "queen":
        if kind == SQUARE:
            di, dj = np.meshgrid(np.arange(-1, 2), np.arange(-1, 2))
            return di.ravel(), dj.ravel()
        di = np.array([0, 1, -1, 0, 0, 1, -1])
        dj = np.array([0, 0, 0, 1, -1, -1, 1])
        return di, dj
    if neighbourhood != "distance":
        raise PlannerError("Unknown neighbourhood {}.", neighbourhood)
    reach = float(distance) / size
    m = int(math.ceil(reach * 2.0 / SQRT3 if kind == HEXAGON else reach)) + 1
    di, dj = np.meshgrid(np.arange(-m, m + 1), np.arange(-m, m + 1))
    di, dj = di.ravel(), dj.ravel()
    if kind == SQUARE:
        d2 = di * di + dj * dj
    else:
        d2 = di * di + di * dj + dj * dj
    keep = d2 <= reach * reach * (1.0 + 1e-9)
    return di[keep], dj[keep]
