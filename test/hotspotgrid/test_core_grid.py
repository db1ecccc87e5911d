"""Supervision grid: cell indices and codes anchored to the origin, AOI coverage, size limit."""

import math

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.core.hotspot import grid


def square(x0, y0, x1, y1):
    return [np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], dtype=float)]


def test_square_indices_and_codes_by_hand():
    i, j = grid.point_cells([[2500.0, 999.0], [-1.0, -1000.5], [0.0, 0.0]], grid.SQUARE, 1000.0)
    assert i.tolist() == [2, -1, 0]
    assert j.tolist() == [0, -2, 0]
    assert list(grid.cell_codes(i, j, grid.SQUARE, 1000.0)) == ["S1000E2N0", "S1000E-1N-2", "S1000E0N0"]
    # origin shifts the indices
    i, j = grid.point_cells([[2500.0, 999.0]], grid.SQUARE, 1000.0, origin=(600.0, -100.0))
    assert (i[0], j[0]) == (1, 1)
    assert list(grid.cell_codes([1], [2], grid.HEXAGON, 500.0)) == ["H500Q1R2"]


@pytest.mark.parametrize("size", [700.0, 1000.0])
def test_hexagon_point_goes_to_nearest_centre(size):
    rng = np.random.default_rng(1)
    pts = rng.uniform(-5000, 5000, size=(3000, 2))
    q, r = grid.point_cells(pts, grid.HEXAGON, size, origin=(123.0, -45.0))
    # brute force: the centre nearest to the point among a block of candidate cells
    qq, rr = np.meshgrid(np.arange(-12, 13), np.arange(-12, 13))
    centres = grid.cell_centres(qq.ravel(), rr.ravel(), grid.HEXAGON, size, origin=(123.0, -45.0))
    d = np.hypot(pts[:, None, 0] - centres[None, :, 0], pts[:, None, 1] - centres[None, :, 1])
    best = d.argmin(axis=1)
    assert np.array_equal(q, qq.ravel()[best])
    assert np.array_equal(r, rr.ravel()[best])
    # centre-to-neighbour spacing is the cell size
    c = grid.cell_centres([0, 1, 0], [0, 0, 1], grid.HEXAGON, size)
    assert np.hypot(*(c[1] - c[0])) == pytest.approx(size)
    assert np.hypot(*(c[2] - c[0])) == pytest.approx(size)
    # hexagon vertices are at size / sqrt(3) from the centre, area sqrt(3)/2 size²
    v = grid.cell_vertices([0], [0], grid.HEXAGON, size)[0]
    assert np.allclose(np.hypot(v[:, 0], v[:, 1]), size / math.sqrt(3))
    x, y = v[:, 0], v[:, 1]
    assert 0.5 * abs(np.dot(x[:-1], y[1:]) - np.dot(y[:-1], x[1:])) == pytest.approx(grid.cell_area("hexagon", size))


def test_aligned_rectangle_exact_count():
    g = grid.build_grid(square(0, 0, 10000, 8000), 1000.0)
    assert len(g) == 80  # cells only touching the boundary are not part of the grid
    assert set(g.i.tolist()) == set(range(10)) and set(g.j.tolist()) == set(range(8))
    assert len(set(g.codes)) == 80


def inside(pts, rings):
    """Even-odd point in polygon (reference, loops over edges)."""
    result = np.zeros(len(pts), dtype=bool)
    for ring in rings:
        ring = np.vstack([ring, ring[:1]])
        for (x0, y0), (x1, y1) in zip(ring[:-1], ring[1:]):
            crosses = (y0 > pts[:, 1]) != (y1 > pts[:, 1])
            with np.errstate(divide="ignore", invalid="ignore"):
                x = x0 + (pts[:, 1] - y0) * (x1 - x0) / (y1 - y0)
            result ^= crosses & (pts[:, 0] < x)
    return result


@pytest.mark.parametrize("kind", [grid.SQUARE, grid.HEXAGON])
def test_every_point_of_the_aoi_is_in_a_cell_and_holes_are_left_out(kind):
    outer = np.array([[0, 0], [9300, 0], [12000, 7000], [4100, 9800], [-500, 5000]], dtype=float)
    hole = np.array([[3000, 3000], [6000, 3000], [6000, 6000], [3000, 6000]], dtype=float)
    rings = [outer, hole]
    g = grid.build_grid(rings, 500.0, kind=kind, origin=(17.0, 33.0))
    rng = np.random.default_rng(4)
    pts = rng.uniform([-500, 0], [12000, 9800], size=(20000, 2))
    in_aoi = inside(pts, rings)
    assert (g.locate(pts[in_aoi]) >= 0).all()
    # cell centres inside the hole's inner part (farther than a cell from its edge) are not in the grid
    inner_hole = np.array([[3600, 3600], [5400, 3600], [5400, 5400], [3600, 5400]], dtype=float)
    assert not inside(g.centres, [inner_hole]).any()
    # every cell overlaps the area: its centre or one of 11 x 11 probe points is inside, or the boundary crosses it
    centres_in = inside(g.centres, rings)
    others = np.flatnonzero(~centres_in)
    u = np.linspace(-0.49, 0.49, 11) * 500.0
    du, dv = np.meshgrid(u, u)
    probe = (g.centres[others, None, :] + np.column_stack([du.ravel(), dv.ravel()])[None, :, :]).reshape(-1, 2)
    probe_cell = g.locate(probe).reshape(len(others), -1)
    probe_in = inside(probe, rings).reshape(len(others), -1) & (probe_cell == others[:, None])
    # cells the boundary crosses, from points every metre along it
    dense = []
    for ring in rings:
        closed = np.vstack([ring, ring[:1]])
        for a, b in zip(closed[:-1], closed[1:]):
            t = np.linspace(0.0, 1.0, int(np.hypot(*(b - a))) + 2)[:, None]
            dense.append(a + t * (b - a))
    corner_cells = set(g.locate(np.vstack(dense)).tolist())
    near = probe_in.any(axis=1) | np.isin(others, list(corner_cells))
    assert near.all(), g.codes[others[~near]]
    # the count is close to area / cell area
    area = 0.5 * abs(np.dot(outer[:, 0], np.roll(outer[:, 1], -1)) - np.dot(outer[:, 1], np.roll(outer[:, 0], -1)))
    area -= 3000.0 * 3000.0
    expected = area / grid.cell_area(kind, 500.0)
    assert expected < len(g) < expected * 1.3


def test_codes_are_stable_when_the_aoi_changes():
    for kind in (grid.SQUARE, grid.HEXAGON):
        a = grid.build_grid(square(0, 0, 20000, 15000), 1000.0, kind=kind)
        b = grid.build_grid(square(7300, 4100, 31000, 26000), 1000.0, kind=kind)
        common_codes = set(a.codes) & set(b.codes)
        assert len(common_codes) > 50
        # a code names the same place in both runs: the centre in each grid, and the centre written by hand
        # from the code's numbers (square: (i + 0.5, j + 0.5) * size; hexagon: size * (q + r / 2, r * sqrt(3) / 2))
        centre_a = dict(zip(a.codes, map(tuple, a.centres)))
        centre_b = dict(zip(b.codes, map(tuple, b.centres)))
        for code in common_codes:
            first, second = code[5:].replace("E", " ").replace("N", " ").replace("Q", " ").replace("R", " ").split()
            p, q = int(first), int(second)
            by_hand = ((p + 0.5) * 1000.0, (q + 0.5) * 1000.0) if kind == grid.SQUARE else (
                1000.0 * (p + q / 2.0), 1000.0 * q * math.sqrt(3) / 2.0)
            assert centre_a[code] == pytest.approx(by_hand) and centre_b[code] == pytest.approx(by_hand)
        # a fixed monitoring station gets the same code in both runs, the code of the cell whose polygon holds it
        station = np.array([[12345.0, 9876.0]])
        code_a, code_b = a.codes[a.locate(station)[0]], b.codes[b.locate(station)[0]]
        assert code_a == code_b
        ring = a.vertices()[a.locate(station)[0]]
        assert inside(station, [ring[:-1]])[0]


def test_refuses_too_many_cells_before_allocating():
    with pytest.raises(ValueError, match=r"would create about 100,000,000 cells"):
        grid.build_grid(square(0, 0, 100000, 100000), 10.0, max_cells=1000)
    with pytest.raises(ValueError, match=r"would create 80 cells, more than the limit of 79"):
        grid.build_grid(square(0, 0, 10000, 8000), 1000.0, max_cells=79)
    assert len(grid.build_grid(square(0, 0, 10000, 8000), 1000.0, max_cells=80)) == 80
    with pytest.raises(ValueError, match="positive"):
        grid.build_grid(square(0, 0, 10, 10), 0.0)


@pytest.mark.parametrize("kind", [grid.SQUARE, grid.HEXAGON])
def test_lattice_offsets_match_centre_distances(kind):
    size, band = 500.0, 2000.0
    di, dj = grid.lattice_offsets(kind, size, "distance", band)
    ii, jj = np.meshgrid(np.arange(-8, 9), np.arange(-8, 9))
    c = grid.cell_centres(ii.ravel(), jj.ravel(), kind, size)
    c0 = grid.cell_centres([0], [0], kind, size)[0]
    d = np.hypot(c[:, 0] - c0[0], c[:, 1] - c0[1])
    expect = set(zip(ii.ravel()[d <= band + 1e-6].tolist(), jj.ravel()[d <= band + 1e-6].tolist()))
    assert set(zip(di.tolist(), dj.tolist())) == expect
    qi, qj = grid.lattice_offsets(kind, size, "queen")
    assert len(qi) == (9 if kind == grid.SQUARE else 7)


@pytest.mark.parametrize("lon, lat, epsg", [
    # EPSG's CGCS2000 / 3-degree Gauss-Kruger CM zones: 4534 = CM 75E ... 4548 = CM 117E ... 4554 = CM 135E
    (75.0, 39.0, 4534), (73.6, 39.0, 4534), (76.4, 39.0, 4534), (117.2, 31.8, 4548), (116.6, 40.0, 4548),
    (118.6, 32.0, 4549), (120.0, 30.0, 4549), (135.0, 48.0, 4554), (136.4, 48.0, 4554),
    # outside the CM 75E-135E zones: WGS 84 UTM
    (24.9, 60.2, 32635), (-70.0, -33.0, 32719), (140.0, 36.0, 32654),
])
def test_default_grid_crs_is_the_3_degree_zone_of_the_centre(lon, lat, epsg):
    assert grid.default_grid_epsg(lon, lat) == epsg


def test_far_or_non_finite_origin_is_refused():
    rings = square(500000, 3500000, 505000, 3504000)
    assert len(grid.build_grid(rings, 1000.0, origin=(-4e8, -4e8))) == 20  # 4e5 cells away: fine
    with pytest.raises(ValueError, match="km from the area"):
        grid.build_grid(rings, 1.0, origin=(2e9, 0.0))  # 2e9 cells > 2**30
    with pytest.raises(ValueError, match="finite"):
        grid.build_grid(rings, 1000.0, origin=(float("nan"), 0.0))
