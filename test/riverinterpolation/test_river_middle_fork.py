"""Real data: Middle Fork (Idaho) stream temperature, 45 sites on 163 reaches (test/data/middle_fork).

Leave-one-out errors of flow-connected IDW and tail-up kriging against straight-line IDW (the QGIS
formula). Published stream-network models of this data set reach a LOO RMSPE of about 0.5 °C.
"""

import os
import sqlite3
import struct

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.core.river import geometry, interpolation, network

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "middle_fork")


def _geometry(blob):
    """GeoPackage geometry blob → point (2,) or line (m×2); only what these files hold."""
    envelope = (blob[3] >> 1) & 7
    w = blob[8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[envelope]:]
    bo = "<" if w[0] == 1 else ">"
    kind = struct.unpack(bo + "I", w[1:5])[0] % 1000
    if kind == 1:
        return np.array(struct.unpack(bo + "dd", w[5:21]))
    if kind == 2:
        n = struct.unpack(bo + "I", w[5:9])[0]
        return np.frombuffer(w[9:9 + 16 * n], dtype=bo + "f8").reshape(n, 2).copy()
    raise ValueError("geometry type {}".format(kind))


def read_gpkg(name):
    con = sqlite3.connect(os.path.join(DATA, name + ".gpkg"))
    try:
        cur = con.execute('SELECT * FROM "{}" ORDER BY fid'.format(name))
        cols = [d[0] for d in cur.description]
        rows = cur.fetchall()
    finally:
        con.close()
    g = cols.index("geom")
    return [_geometry(r[g]) for r in rows], {c: np.array([r[i] for r in rows]) for i, c in enumerate(cols) if i != g}


@pytest.fixture(scope="module")
def middle_fork():
    lines, la = read_gpkg("MF_streams")
    pts, pa = read_gpkg("MF_obs")
    net = network.build_network(lines, weights=la["h2oAreaKm2"].astype(float), node_tolerance=1.0)
    xy = np.array(pts)
    reach, pos, dist = geometry.snap_points(net, xy, 50.0)
    return net, xy, reach, pos, dist, pa


def test_network_as_published(middle_fork):
    net, xy, reach, pos, dist, pa = middle_fork
    assert net.n_reaches == 163
    assert net.length.sum() / 1000 == pytest.approx(261, abs=1)
    assert (reach >= 0).all() and dist.max() < 1.0
    assert net.loop_reaches == []
    assert net.n_components == 2  # the data set holds two separate stream networks


def _straight_loo_plain(xy, y, power=2.0):
    """QgsIDWInterpolator::interpolatePoint, one point left out at a time, as plain loops."""
    out = []
    for i in range(len(y)):
        num = den = 0.0
        for j in range(len(y)):
            if j == i:
                continue
            d = ((xy[i, 0] - xy[j, 0]) ** 2 + (xy[i, 1] - xy[j, 1]) ** 2) ** 0.5
            w = 1.0 / d ** power
            num += w * y[j]
            den += w
        out.append(num / den)
    return np.array(out)


def test_loo_flow_connected_methods_beat_straight_line_idw(middle_fork):
    net, xy, reach, pos, dist, pa = middle_fork
    y = pa["Summer_mn"].astype(float)
    cov = np.column_stack([pa[c].astype(float) for c in ("ELEV_DEM", "SLOPE", "AREAWTMAP")])
    seg = geometry.segment_network(net, 500.0)
    res = interpolation.run_interpolation(
        net, seg["reach"], seg["mid"], {"reach": reach, "pos": pos, "xy": xy, "values": y[:, None]}, ["Summer_mn"],
        method="kriging", sec_cov=cov, loo_methods=("idw", "kriging", "straight_idw"))
    stats = {r["method"]: r for r in res.stats}
    plain = _straight_loo_plain(xy, y)
    np.testing.assert_allclose(res.loo["straight_idw"].pred[:, 0], plain, rtol=1e-12)
    straight = stats["straight_idw"]["rmspe"]
    assert straight == pytest.approx(np.sqrt(np.mean((plain - y) ** 2)))
    assert stats["idw"]["rmspe"] < straight
    assert stats["kriging"]["rmspe"] < stats["idw"]["rmspe"]
    # published SSN models: ≈ 0.5 °C
    assert stats["kriging"]["rmspe"] < 0.5
    assert abs(stats["kriging"]["bias"]) < 0.1
    assert 0.7 <= stats["kriging"]["coverage90"] <= 1.0
    assert np.isfinite(res.values).all() and np.isfinite(res.se).all()


def test_ssn2_mixture_beats_the_published_loo(middle_fork):
    """SSN2's published model (tail-up exponential + tail-down spherical + Euclidean Gaussian + nugget, REML)
    on ELEV_DEM + AREAWTMAP: LOO RMSPE 0.480 °C there; fitted per separate network here: ≤ 0.47 °C with
    90 % intervals covering 85–95 % of the sites."""
    from eco_supervision.eco_supervision_plugin.core.river import covariance, kriging_select

    net, xy, reach, pos, dist, pa = middle_fork
    y = pa["Summer_mn"].astype(float)
    cov = np.column_stack([pa[c].astype(float) for c in ("ELEV_DEM", "AREAWTMAP")])
    seg = geometry.segment_network(net, 500.0)
    model = covariance.CovarianceModel("exponential", "spherical", "gaussian", True)
    out = {}
    for select in ("fixed", "aic"):
        res = interpolation.run_interpolation(
            net, seg["reach"], seg["mid"], {"reach": reach, "pos": pos, "xy": xy, "values": y[:, None]},
            ["Summer_mn"], method="kriging", sec_cov=cov, loo_methods=("kriging",),
            kriging=kriging_select.KrigingSpec(model, reml=True, select=select))
        out[select] = res.stats[0]
        assert np.isfinite(res.values).all() and (res.se > 0).all()
    assert out["fixed"]["rmspe"] <= 0.47
    assert 0.85 <= out["fixed"]["coverage90"] <= 0.95
    assert out["aic"]["rmspe"] <= 0.47
    assert 0.85 <= out["aic"]["coverage90"] <= 0.95
