"""ecosupervision:networksiting through processing.run: optima by enumeration, outputs, CRS, models, roads, HJ 664."""

import itertools
import json

import numpy as np
import pytest
from helpers.siting_data import CRS, X0, Y0, brute_mclp, instance, layers, points, run_params
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer


def test_mclp_optimum_outputs_and_report(run_alg, tmp_path):
    d, c, w, cat, radius, existing = instance()
    dem, cand = layers(d, c, w, cat, radius, existing)
    report_path = str(tmp_path / "r.json")
    res = run_alg("networksiting", run_params(dem, cand, REPORT=report_path))
    best, covers = brute_mclp(d, c, w, radius, existing, 3)
    report = json.load(open(report_path, encoding="utf-8"))
    assert report["status"] == "optimal"
    assert report["objective"] == pytest.approx(best)
    assert report["coverage_pct"] == pytest.approx(100 * best / w.sum(), abs=1e-3)
    sites = {f["cid"]: f for f in res["OUTPUT"].getFeatures()}
    assert len(sites) == 4 and sites["c0"]["is_existing"] == 1 and sites["c0"]["rank"] == 0
    new = sorted((f for f in sites.values() if f["is_existing"] == 0), key=lambda f: f["rank"])
    assert [f["rank"] for f in new] == [1, 2, 3]
    gains = [f["marginal_gain"] for f in new]
    assert gains == sorted(gains, reverse=True)
    idx = [int(k[1:]) for k in sites]
    assert w[covers[:, idx].any(axis=1)].sum() == pytest.approx(best)
    for f in sites.values():  # covered weight: all demand within the site's own radius
        j = int(f["cid"][1:])
        assert f["covered_weight"] == pytest.approx(w[covers[:, j]].sum())
        assert f["radius_m"] == radius[j]
    # demand output: covered flag and number of covering sites from the distances
    counts = covers[:, idx].sum(axis=1)
    out = sorted(res["DEMAND_OUTPUT"].getFeatures(), key=lambda f: f.id())
    assert [f["n_covering"] for f in out] == counts.tolist()
    assert [f["covered"] for f in out] == (counts > 0).astype(int).tolist()
    near = np.hypot(d[:, None, 0] - c[None, idx, 0], d[:, None, 1] - c[None, idx, 1]).min(axis=1)
    assert np.allclose([f["nearest_site_m"] for f in out], near, atol=1e-3)
    by_cat = {r["category"]: r for r in report["coverage_by_category"]}
    sel = cat == "VOC"
    assert by_cat["VOC"]["covered_weight"] == pytest.approx(w[sel & (counts > 0)].sum())


def test_geographic_input_is_reprojected(run_alg):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    d, c, w, cat, radius, existing = instance(seed=4)
    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS), QgsCoordinateReferenceSystem("EPSG:4326"),
                                QgsProject.instance())
    to_ll = lambda a: np.array([[tr.transform(QgsPointXY(*p)).x(), tr.transform(QgsPointXY(*p)).y()] for p in a])  # noqa: E731
    dem, cand = layers(to_ll(d), to_ll(c), w, cat, radius, existing, crs="EPSG:4326")
    res = run_alg("networksiting", run_params(dem, cand))
    best, _ = brute_mclp(d, c, w, radius, existing, 3)
    covered = sum(f["w"] for f in res["DEMAND_OUTPUT"].getFeatures() if f["covered"])
    # UTM 50N instead of the Gauss-Krüger CRS: distances differ by < 0.1 %, so the same optimum
    assert covered == pytest.approx(best)
    assert res["OUTPUT"].crs().authid().startswith("EPSG:326")


def test_quota_enforced_and_infeasible_quota_named(run_alg):
    d, c, w, cat, radius, existing = instance(seed=2)
    dem, cand = layers(d, c, w, cat, radius, existing)
    res = run_alg("networksiting", run_params(dem, cand, CATEGORY_MIN_COVERAGE="VOC=0.5", P=2))
    voc = [f for f in res["DEMAND_OUTPUT"].getFeatures() if f["cat"] == "VOC"]
    assert sum(f["w"] for f in voc if f["covered"]) >= 0.5 * sum(f["w"] for f in voc)
    far = points([(X0 + 1e5, Y0)], ["w:double", "cat:string"], [(1.0, "port")])
    dem2 = points(list(d) + [(X0 + 1e5, Y0)], ["w:double", "cat:string"],
                  [(float(a), str(b)) for a, b in zip(w, cat)] + [(1.0, "port")])
    assert far.featureCount() == 1
    with pytest.raises(QgsProcessingException, match="Category port cannot reach its coverage quota"):
        run_alg("networksiting", run_params(dem2, cand, CATEGORY_MIN_COVERAGE="port=1.0"))
    with pytest.raises(QgsProcessingException, match="does not occur"):
        run_alg("networksiting", run_params(dem, cand, CATEGORY_MIN_COVERAGE="park=1"))


def test_duplicates_merged_and_null_radius_defaults(run_alg):
    d, c, w, cat, radius, existing = instance(seed=5)
    c2 = np.vstack([c, c[4:5]])  # a duplicate of candidate 4
    dem = points(d, ["w:double", "cat:string"], [(float(a), str(b)) for a, b in zip(w, cat)])
    attrs = [("c{}".format(i), float(r), int(e)) for i, (r, e) in enumerate(zip(radius, existing))]
    attrs.append(("dup", None, 0))
    cand = points(c2, ["cid:string", "r:double", "existing:integer"], attrs)
    res = run_alg("networksiting", run_params(dem, cand))
    best, _ = brute_mclp(d, c, w, radius, existing, 3)
    covered = sum(f["w"] for f in res["DEMAND_OUTPUT"].getFeatures() if f["covered"])
    assert covered == pytest.approx(best)
    assert all(f["cid"] != "dup" for f in res["OUTPUT"].getFeatures())


def test_lscp_and_pmedian_models(run_alg, tmp_path):
    d, c, w, cat, radius, existing = instance(seed=6)
    dem, cand = layers(d, c, w, cat, radius, np.zeros(len(c), int))
    rep = str(tmp_path / "l.json")
    res = run_alg("networksiting", run_params(dem, cand, MODEL=1, RADIUS_FIELD=None, RADIUS=3000.0, REPORT=rep))
    dist = np.hypot(d[:, None, 0] - c[None, :, 0], d[:, None, 1] - c[None, :, 1])
    covers = dist <= 3000.0
    coverable = covers.any(axis=1)
    fewest = next(k for k in range(len(c) + 1) for s in itertools.combinations(range(len(c)), k)
                  if np.array_equal(covers[:, list(s)].any(axis=1), coverable))
    assert res["OUTPUT"].featureCount() == fewest
    assert json.load(open(rep))["objective"] == fewest
    rep = str(tmp_path / "m.json")
    run_alg("networksiting", run_params(dem, cand, MODEL=3, P=2, REPORT=rep))
    brute = min(float(w @ dist[:, list(s)].min(axis=1)) for s in itertools.combinations(range(len(c)), 2))
    assert json.load(open(rep))["objective"] == pytest.approx(brute, rel=1e-6)


def test_network_coverage_follows_roads(run_alg):
    # two parallel east-west roads 600 m apart, joined only at x = 10 km
    roads = QgsVectorLayer("LineString?crs={}&field=id:integer".format(CRS), "roads", "memory")
    feats = []
    for k, line in enumerate([[(0, 0), (10000, 0)], [(0, 600), (10000, 600)], [(10000, 0), (10000, 600)]]):
        f = QgsFeature(roads.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x, Y0 + y) for x, y in line]))
        f.setAttributes([k])
        feats.append(f)
    roads.dataProvider().addFeatures(feats)
    d = np.array([[1000, 600], [2000, 0], [9500, 600]]) + (X0, Y0)
    c = np.array([[1000, 0]]) + (X0, Y0)
    dem = points(d, ["w:double", "cat:string"], [(1.0, "a")] * 3)
    cand = points(c, ["cid:string", "r:double", "existing:integer"], [("c0", 1500.0, 0)])
    straight = run_alg("networksiting", run_params(dem, cand, P=1, RADIUS_FIELD=None, RADIUS=1500.0))
    assert [f["covered"] for f in straight["DEMAND_OUTPUT"].getFeatures()] == [1, 1, 0]
    net = run_alg("networksiting", run_params(dem, cand, P=1, RADIUS_FIELD=None, RADIUS=1500.0, NETWORK=roads))
    out = list(net["DEMAND_OUTPUT"].getFeatures())
    # (1000, 600) is 600 m away in a straight line but 9000 + 600 + 8500 m by road
    assert [f["covered"] for f in out] == [0, 1, 0]
    assert out[1]["network_m"] == pytest.approx(1000.0, abs=1e-6)
    assert all(f["network_min"] in (None, NULL) for f in out)  # a distance run: no minutes
    # at 30 km/h (500 m/min) and a 4-minute limit: 1000 m of road is 2 minutes, the other two are out of reach
    timed = run_alg("networksiting", run_params(dem, cand, P=1, RADIUS_FIELD=None, RADIUS=1500.0, NETWORK=roads,
                                                DEFAULT_SPEED=30.0, TRAVEL_TIME=4.0))
    out = list(timed["DEMAND_OUTPUT"].getFeatures())
    assert [f["covered"] for f in out] == [0, 1, 0]
    assert out[1]["network_min"] == pytest.approx(2.0, abs=1e-6)  # minutes under a minute name
    assert all(f["network_m"] in (None, NULL) for f in out)  # never minutes under a metre name


def test_hj664_minimum_in_report(run_alg, tmp_path):
    d, c, w, cat, radius, existing = instance(seed=7)
    dem, cand = layers(d, c, w, cat, radius, existing)
    area = QgsVectorLayer("Polygon?crs={}&field=pop:double&field=bu:double".format(CRS), "a", "memory")
    f = QgsFeature(area.fields())
    f.setGeometry(QgsGeometry.fromRect(__import__("qgis.core", fromlist=["QgsRectangle"]).QgsRectangle(
        X0, Y0, X0 + 8000, Y0 + 8000)))
    f.setAttributes([300000.0, 80.0])
    area.dataProvider().addFeatures([f])
    rep = str(tmp_path / "h.json")
    res = run_alg("networksiting", run_params(dem, cand, STUDY_AREA=area, STUDY_POPULATION_FIELD="pop",
                                              STUDY_BUILT_UP_FIELD="bu", REPORT=rep))
    hj = json.load(open(rep))["hj664"]
    # HJ 664-2013 Table 1: 50–100 km² built-up → 4 stations; 25–50 ×10⁴ persons → 2; the larger governs
    assert hj["min_stations"] == 4 and hj["by_area"] == 4 and hj["by_population"] == 2
    assert hj["built_up_km2"] == 80.0 and hj["built_up_basis"] == "field" and hj["population"] == 300000.0
    # the open sites inside the 8 km square, counted from the output layer's coordinates
    inside = [f for f in res["OUTPUT"].getFeatures()
              if X0 < f.geometry().asPoint().x() < X0 + 8000 and Y0 < f.geometry().asPoint().y() < Y0 + 8000]
    assert hj["open_sites_inside_area"] == len(inside) == res["OUTPUT"].featureCount()  # candidates all inside


def test_hj664_polygon_area_and_sites_inside_an_l_shaped_area(run_alg, tmp_path):
    # an L-shaped area (8 km square minus its north-east 4 km quarter): 48 km², HJ 664 Table 1: 20–50 km² → 2
    d, c, w, cat, radius, existing = instance(seed=7)
    dem, cand = layers(d, c, w, cat, radius, existing)
    ring = [(0, 0), (8000, 0), (8000, 4000), (4000, 4000), (4000, 8000), (0, 8000), (0, 0)]
    area = QgsVectorLayer("Polygon?crs={}".format(CRS), "a", "memory")
    f = QgsFeature(area.fields())
    f.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(X0 + x, Y0 + y) for x, y in ring]]))
    area.dataProvider().addFeatures([f])
    rep = str(tmp_path / "l.json")
    res = run_alg("networksiting", run_params(dem, cand, STUDY_AREA=area, REPORT=rep))
    hj = json.load(open(rep))["hj664"]
    assert hj["built_up_basis"] == "polygon area" and hj["built_up_km2"] == pytest.approx(48.0)
    assert hj["by_area"] == 2 and hj["min_stations"] == 2
    xy = [(f.geometry().asPoint().x() - X0, f.geometry().asPoint().y() - Y0) for f in res["OUTPUT"].getFeatures()]
    inside = [(x, y) for x, y in xy if 0 < x < 8000 and 0 < y < 8000 and not (x > 4000 and y > 4000)]
    assert hj["open_sites_inside_area"] == len(inside)


def test_backup_model_counts_double_coverage(run_alg, tmp_path):
    d, c, w, cat, radius, existing = instance(seed=8)
    dem, cand = layers(d, c, w, cat, radius, existing)
    rep = str(tmp_path / "b.json")
    res = run_alg("networksiting", run_params(dem, cand, MODEL=2, P=3, REPORT=rep))
    covers = np.hypot(d[:, None, 0] - c[None, :, 0], d[:, None, 1] - c[None, :, 1]) <= radius[None, :]
    free = [j for j in range(len(c)) if not existing[j]]
    best = max(w[covers[:, [0, *s]].sum(axis=1) >= 2].sum() for s in itertools.combinations(free, 3))
    report = json.load(open(rep))
    assert report["status"] == "optimal" and report["objective"] == pytest.approx(best)
    twice = sum(f["w"] for f in res["DEMAND_OUTPUT"].getFeatures() if f["n_covering"] >= 2)
    assert twice == pytest.approx(best)
