"""The nearest segment through the piece index equals a brute-force search over every segment."""

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.core.segment_index import SegmentIndex, project


def _brute(points, a, b):
    """Distance from every point to every segment (points × segments), by the textbook clamp."""
    ab = b - a
    t = np.einsum("pij,ij->pi", points[:, None, :] - a[None], ab) / np.einsum("ij,ij->i", ab, ab)
    t = np.clip(t, 0.0, 1.0)
    proj = a[None] + t[..., None] * ab[None]
    return np.hypot(*(points[:, None, :] - proj).transpose(2, 0, 1)), t


@pytest.fixture
def segments():
    rng = np.random.default_rng(7)
    a = rng.uniform(0, 10_000, (400, 2))
    b = a + rng.normal(0, 150, (400, 2))
    b[:5] = a[:5] + rng.uniform(3000, 6000, (5, 2))  # a few long segments: many pieces each
    return a, b, rng


def test_nearest_equals_brute_force(segments):
    a, b, rng = segments
    points = rng.uniform(-2000, 12_000, (3000, 2))
    found = SegmentIndex(a, b).nearest(points)
    d, t = _brute(points, a, b)
    best = np.argmin(d, axis=1)
    assert np.allclose(found.distance, d.min(axis=1), rtol=0, atol=1e-9)
    assert np.mean(found.segment == best) > 0.999  # others only where two segments are equally near
    rows = np.arange(len(points))
    assert np.allclose(d[rows, found.segment], d.min(axis=1), rtol=0, atol=1e-9)
    assert np.allclose(found.t, t[rows, found.segment], atol=1e-12)
    expected_xy = a[found.segment] + found.t[:, None] * (b - a)[found.segment]
    assert np.allclose(found.xy, expected_xy)


def test_points_beyond_the_distance_get_no_segment(segments):
    a, b, rng = segments
    points = rng.uniform(-3000, 13_000, (2000, 2))
    far = 60.0
    found = SegmentIndex(a, b).nearest(points, max_distance=far)
    near = _brute(points, a, b)[0].min(axis=1) <= far
    assert near.any() and (~near).any()
    assert np.array_equal(found.segment >= 0, near)
    assert np.all(found.distance[near] <= far)


def test_candidates_hold_every_segment_within_the_radius(segments):
    a, b, rng = segments
    index = SegmentIndex(a, b)
    points = rng.uniform(0, 10_000, (300, 2))
    radius = rng.uniform(10, 400, len(points))
    p, e = index.candidates(points, radius + index.half)
    got = set(zip(p.tolist(), e.tolist()))
    d = _brute(points, a, b)[0]
    want = set(zip(*np.nonzero(d <= radius[:, None])))
    assert want <= got
    assert len(got) == len(p)  # each pair once


def test_project_clamps_to_the_ends():
    a = np.array([[0.0, 0.0], [0.0, 0.0], [0.0, 0.0]])
    b = np.array([[10.0, 0.0], [10.0, 0.0], [0.0, 0.0]])
    t, d, xy = project(np.array([[-3.0, 4.0], [5.0, 2.0], [3.0, 4.0]]), a, b)
    assert t.tolist() == [0.0, 0.5, 0.0]
    assert d.tolist() == [5.0, 2.0, 5.0]
    assert xy.tolist() == [[0.0, 0.0], [5.0, 0.0], [0.0, 0.0]]


def test_no_segments_or_no_points():
    empty = SegmentIndex(np.zeros((0, 2)), np.zeros((0, 2)))
    found = empty.nearest(np.array([[1.0, 2.0]]))
    assert found.segment.tolist() == [-1] and np.isinf(found.distance).all()
    assert len(SegmentIndex(np.zeros((1, 2)), np.ones((1, 2))).nearest(np.zeros((0, 2))).segment) == 0
