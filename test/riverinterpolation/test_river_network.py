"""River network: direction, snapping, components, confluences, loops, braids, segments, distances."""

import math

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.core.river import geometry, network


def y_network(weights=(1.0, 3.0, 4.0), reverse_c=False):
    """Tributaries A (from the north-west) and B (south-west) join at (1000, 0) into C (2000 m long)."""
    a = np.array([[0.0, 1000.0], [1000.0, 0.0]])
    b = np.array([[0.0, -1000.0], [500.0, -500.0], [1000.0, 0.0]])
    c = np.array([[1000.0, 0.0], [3000.0, 0.0]])
    if reverse_c:
        c = c[::-1].copy()
    return [a, b, c], np.array(weights, dtype=float)


def test_y_network_topology_and_additive_weights():
    parts, w = y_network()
    net = network.build_network(parts, weights=w, node_tolerance=1.0)
    assert net.n_components == 1
    assert len(net.confluences) == 1
    assert list(net.down) == [2, 2, -1]
    # shares at the confluence: 1/(1+3), 3/(1+3); the outlet reach has 1
    np.testing.assert_allclose(net.afv, [0.25, 0.75, 1.0])
    np.testing.assert_allclose(net.dist_end, [2000.0, 2000.0, 0.0])
    np.testing.assert_allclose(net.length, [math.sqrt(2) * 1000, math.sqrt(2) * 1000, 2000.0])


def test_flow_connection_distances_and_weights():
    parts, w = y_network()
    net = network.build_network(parts, weights=w)
    la = net.length[0]
    # points: middle of A, middle of B, 500 m into C
    r = np.array([0, 1, 2])
    s = np.array([la / 2, net.length[1] / 2, 500.0])
    conn, dist, weight = net.flow_connection(r, s, r, s)
    assert not conn[0, 1] and not conn[1, 0]  # two tributaries are not flow-connected
    assert conn[0, 2] and conn[2, 0] and conn[1, 2]
    assert dist[0, 2] == pytest.approx(la / 2 + 500.0)
    assert dist[0, 1] == np.inf
    assert weight[0, 2] == pytest.approx(math.sqrt(0.25))
    assert weight[1, 2] == pytest.approx(math.sqrt(0.75))
    assert weight[0, 1] == 0.0


def test_reverse_field_and_elevation_correct_direction():
    parts, w = y_network(reverse_c=True)
    wrong = network.build_network(parts, weights=w)
    assert list(wrong.down) == [-1, -1, -1]  # all three flow into / out of the junction wrongly
    fixed = network.build_network(parts, reverse=[False, False, True], weights=w)
    assert list(fixed.down) == [2, 2, -1]
    by_elev = network.build_network(parts, elevation=[120.0, 110.0, 60.0], weights=w)
    assert list(by_elev.down) == [2, 2, -1]
    assert list(by_elev.reversed_by_elevation) == [False, False, True]


def test_node_snapping_tolerance():
    a = np.array([[0.0, 0.0], [100.0, 0.0]])
    b = np.array([[100.4, 0.3], [200.0, 0.0]])
    assert network.build_network([a, b], node_tolerance=1.0).n_components == 1
    assert network.build_network([a, b], node_tolerance=0.1).n_components == 2


def test_disconnected_networks_reported():
    parts, w = y_network()
    far = np.array([[10000.0, 0.0], [12000.0, 0.0]])
    net = network.build_network(parts + [far], weights=np.append(w, 1.0))
    assert net.n_components == 2
    rows = geometry.networks_summary(net, point_reach=[0, 3, 3])
    assert [r["reaches"] for r in rows] == [3, 1]
    assert [r["sections"] for r in rows] == [1, 2]
    assert rows[1]["length_km"] == pytest.approx(2.0)
    conn, _, _ = net.flow_connection([0], [10.0], [3], [10.0])
    assert not conn[0, 0]


def test_loop_is_cut_and_reported():
    # a directed triangle plus an outflow: 0→1→2→0 cycle
    p0 = np.array([[0.0, 0.0], [100.0, 0.0]])
    p1 = np.array([[100.0, 0.0], [50.0, 80.0]])
    p2 = np.array([[50.0, 80.0], [0.0, 0.0]])
    net = network.build_network([p0, p1, p2])
    assert len(net.loop_reaches) == 1
    assert sum(len(lv) for lv in net.levels) == 3
    assert (net.down >= -1).all()
    assert any("loop" in w for w in net.warnings)


def test_braid_split_is_reported_and_main_branch_follows_weight():
    up = np.array([[0.0, 0.0], [100.0, 0.0]])
    left = np.array([[100.0, 0.0], [150.0, 40.0], [200.0, 0.0]])
    right = np.array([[100.0, 0.0], [150.0, -40.0], [200.0, 0.0]])
    down = np.array([[200.0, 0.0], [300.0, 0.0]])
    net = network.build_network([up, left, right, down], weights=[10.0, 3.0, 7.0, 10.0])
    assert len(net.braid_nodes) == 1
    assert len(net.confluences) == 1
    assert net.down[0] == 2  # the heavier branch continues the tree
    assert net.down[1] == 3 and net.down[2] == 3


def test_snap_points_positions_and_too_far():
    parts, w = y_network()
    net = network.build_network(parts, weights=w)
    pts = np.array([[1500.0, 30.0], [2999.0, -5.0], [1500.0, 600.0]])
    reach, pos, dist = geometry.snap_points(net, pts, 50.0)
    assert list(reach) == [2, 2, -1]
    np.testing.assert_allclose(pos[:2], [500.0, 1999.0])
    np.testing.assert_allclose(dist[:2], [30.0, 5.0])


def test_segments_cover_reaches():
    parts, w = y_network()
    net = network.build_network(parts, weights=w)
    seg = geometry.segment_network(net, 500.0)
    lengths = seg["end"] - seg["start"]
    assert (lengths <= 500.0 + 1e-9).all()
    for r in range(3):
        m = seg["reach"] == r
        assert m.sum() == math.ceil(net.length[r] / 500.0)
        assert lengths[m].sum() == pytest.approx(net.length[r])
    xy = geometry.cut_line(net.reach_xy[1], 0.0, net.length[1] / 2)
    np.testing.assert_allclose(xy[-1], [500.0, -500.0])
    with pytest.raises(ValueError):
        geometry.segment_network(net, 0)


def test_nearest_section_distances():
    parts, w = y_network()
    net = network.build_network(parts, weights=w)
    la = net.length[0]
    # one section 100 m down A, one 1000 m into C
    up, down = geometry.nearest_section_distances(net, [0, 1, 2, 2], [0.0, 10.0, 500.0, 1500.0], [0, 2],
                                                  [100.0, 1000.0])
    assert down[0] == pytest.approx(100.0)
    assert up[0] == np.inf
    assert up[1] == np.inf and down[1] == pytest.approx(net.length[1] - 10.0 + 1000.0)
    assert up[2] == pytest.approx(la - 100.0 + 500.0) and down[2] == pytest.approx(500.0)
    assert up[3] == pytest.approx(500.0) and down[3] == np.inf


def test_elevation_at_both_ends_reverses_uphill_lines():
    parts, w = y_network(reverse_c=True)
    # C is drawn from (3000, 0) at 40 m to the junction at 60 m: uphill, so it is reversed
    net = network.build_network(parts, elevation=[100.0, 90.0, 40.0], elevation_end=[60.0, 60.0, 60.0], weights=w)
    assert list(net.reversed_by_elevation) == [False, False, True]
    assert list(net.down) == [2, 2, -1]
    # with the REVERSE flag already set for C the fields describe the drawn line: nothing more to do
    net = network.build_network(parts, reverse=[False, False, True], elevation=[100.0, 90.0, 40.0],
                           elevation_end=[60.0, 60.0, 60.0], weights=w)
    assert not net.reversed_by_elevation.any() and list(net.down) == [2, 2, -1]


def test_flow_pairs_equal_the_dense_relation():
    rng = np.random.default_rng(3)
    # a random dendritic tree of 200 straight reaches
    n = 200
    pos = np.zeros((n + 1, 2))
    down_node = np.zeros(n, dtype=int)
    for i in range(1, n):
        down_node[i] = 1 + int(rng.integers(0, i))
    for i in range(n):
        ang = rng.uniform(0, 2 * math.pi)
        pos[i + 1] = pos[down_node[i]] + 1000.0 * np.array([math.cos(ang), math.sin(ang)])
    net = network.build_network([np.array([pos[i + 1], pos[down_node[i]]]) for i in range(n)],
                           weights=rng.uniform(1, 5, n), node_tolerance=0.01)
    seg = geometry.segment_network(net, 300.0)
    pick = rng.choice(len(seg["reach"]), 30, replace=False)
    sr, sp = seg["reach"][pick], seg["start"][pick]
    q_r = np.concatenate([seg["reach"], sr])
    q_p = np.concatenate([seg["mid"], sp])  # includes queries exactly at the sections
    conn, dist, weight = net.flow_connection(q_r, q_p, sr, sp)
    qi, si, d, w = net.flow_pairs(q_r, q_p, sr, sp)
    got = np.zeros(conn.shape, dtype=bool)
    got[qi, si] = True
    np.testing.assert_array_equal(got, conn)
    assert len(qi) == conn.sum()  # no pair twice
    np.testing.assert_allclose(d, dist[qi, si], atol=1e-6)
    np.testing.assert_allclose(w, weight[qi, si])
