"""ecosupervision:hotspotgrid through processing.run.

* cell values are the hand-placed readings, Gi* equals a brute-force O(n²) Gi* written here;
* cell codes and geometries are identical when the area of interest changes;
* space-time run: periods, Mann-Kendall and emerging categories are present and consistent;
* raster zonal mean on a linear surface with pixels not aligned to the cells;
* bad input: too many cells, AOI in degrees, no points inside, null values, unparsable times.
"""

import json
import math

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from scipy.stats import norm

CRS = "EPSG:4548"
X0, Y0 = 500000.0, 3500000.0


def polygon_layer(coords, crs=CRS):
    layer = QgsVectorLayer("Polygon?crs={}&field=name:string".format(crs), "aoi", "memory")
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(float(x), float(y)) for x, y in coords]]))
    f.setAttributes(["aoi"])
    layer.dataProvider().addFeatures([f])
    return layer


def rect(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]


def point_layer(points, values, times=None, time_type="datetime", crs=CRS):
    fields = "value:double"
    if times is not None:
        fields += "&field=time:{}".format(time_type)
    layer = QgsVectorLayer("Point?crs={}&field={}".format(crs, fields), "pts", "memory")
    feats = []
    for n, ((x, y), v) in enumerate(zip(points, values)):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        attrs = [None if v is None else float(v)]
        if times is not None:
            attrs.append(times[n])
        f.setAttributes(attrs)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def features(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    return layer, list(layer.getFeatures())


def brute_gi_star(xy, values, band):
    """Gi* by the textbook formula (Ord & Getis 1995), binary weights with self, O(n²)."""
    n = len(values)
    xbar = values.mean()
    s = math.sqrt((values ** 2).mean() - xbar ** 2)
    z = np.zeros(n)
    for i in range(n):
        w = (np.hypot(xy[:, 0] - xy[i, 0], xy[:, 1] - xy[i, 1]) <= band + 1e-6).astype(float)
        wsum = w.sum()
        z[i] = (w @ values - xbar * wsum) / (s * math.sqrt((n * (w ** 2).sum() - wsum ** 2) / (n - 1)))
    return z


def base_params(tmp_path, aoi, points, **extra):
    params = {
        "AOI": aoi,
        "CELL_SIZE": 1000.0,
        "GRID_TYPE": 0,
        "POINTS": points,
        "VALUE_FIELD": "value",
        "AGGREGATION": 0,
        "NEIGHBOURHOOD": 0,
        "DISTANCE": 1500.0,
        "FDR": True,
        "TOP_PERCENT": 10.0,
        "OUTPUT": str(tmp_path / "grid.gpkg"),
        "REPORT": str(tmp_path / "report.json"),
    }
    params.update(extra)
    return params


def test_values_and_gi_star_by_brute_force(run_alg, tmp_path):
    aoi = polygon_layer(rect(X0, Y0, X0 + 8000, Y0 + 6000))
    rng = np.random.default_rng(2)
    pts, vals, expected = [], [], {}
    for i in range(8):
        for j in range(6):
            if (i, j) == (7, 5):
                continue  # one empty cell
            readings = 30 + 25 * math.exp(-((i - 2) ** 2 + (j - 3) ** 2) / 3.0) + rng.gamma(2, 2, 2)
            for r in readings:
                pts.append((X0 + i * 1000 + rng.uniform(50, 950), Y0 + j * 1000 + rng.uniform(50, 950)))
                vals.append(r)
            expected[(i + 500, j + 3500)] = readings.mean()
    pts.append((X0 + 500, Y0 + 500))
    vals.append(None)  # a null reading is skipped
    result = run_alg("hotspotgrid", base_params(tmp_path, aoi, point_layer(pts, vals)))
    layer, feats = features(result["OUTPUT"])
    assert len(feats) == 48
    names = layer.fields().names()
    for name in ("cell_code", "value", "n_obs", "gi_z", "gi_p", "gi_bin", "fdr_sig", "rank", "percentile",
                 "hotspot"):
        assert name in names
    cells = {(f["col"], f["row"]): f for f in feats}
    assert str(cells[(507, 3505)]["value"]) in ("NULL", "None")
    assert cells[(507, 3505)]["n_obs"] == 0
    keys = sorted(expected)
    got = np.array([cells[k]["value"] for k in keys])
    assert np.allclose(got, [expected[k] for k in keys])
    assert cells[(500, 3500)]["cell_code"] == "S1000E500N3500"
    assert cells[(500, 3500)]["n_obs"] == 2
    # Gi* over the 47 cells with a value, by brute force
    xy = np.array([[X0 + (k[0] - 500) * 1000 + 500, Y0 + (k[1] - 3500) * 1000 + 500] for k in keys])
    z = brute_gi_star(xy, np.array([expected[k] for k in keys]), 1500.0)
    got_z = np.array([cells[k]["gi_z"] for k in keys])
    assert np.max(np.abs(got_z - z)) < 1e-9
    got_p = np.array([cells[k]["gi_p"] for k in keys])
    assert np.max(np.abs(got_p - 2 * norm.sf(np.abs(z)))) < 1e-9
    assert cells[(502, 3503)]["gi_bin"] > 0  # the planted hot spot
    # ranks: 1 = highest value; top 10 % of 47 cells = 5 cells
    top = sorted(keys, key=lambda k: -expected[k])[:5]
    assert sorted(k for k in keys if cells[k]["hotspot"] == 1) == sorted(top)
    assert cells[top[0]]["rank"] == 1
    report = json.load(open(result["REPORT"], encoding="utf-8"))
    assert report["cells"] == 48 and sum(report["gi_bin_counts"].values()) == 48
    assert report["top_cells"][0]["cell_code"] == cells[top[0]]["cell_code"]
    assert report["runtime_s"] >= 0


def test_codes_stable_when_aoi_changes(run_alg, tmp_path):
    rng = np.random.default_rng(3)
    pts = rng.uniform([X0, Y0], [X0 + 15000, Y0 + 15000], size=(400, 2))
    vals = rng.gamma(3, 10, 400)
    layer = point_layer(pts, vals)
    runs = []
    for n, coords in enumerate([rect(X0, Y0, X0 + 9000, Y0 + 9000),
                                [(X0 + 3300, Y0 + 2100), (X0 + 15000, Y0 + 4000), (X0 + 12000, Y0 + 15000),
                                 (X0 + 3300, Y0 + 2100)]]):
        for grid_type in (0, 1):
            out = tmp_path / "g{}_{}.gpkg".format(n, grid_type)
            result = run_alg("hotspotgrid", base_params(tmp_path, polygon_layer(coords), layer, GRID_TYPE=grid_type,
                                                        OUTPUT=str(out), ORIGIN="{},{} [{}]".format(X0, Y0, CRS)))
            runs.append({f["cell_code"]: f.geometry().asWkt(3) for f in features(result["OUTPUT"])[1]})
    for a, b in ((runs[0], runs[2]), (runs[1], runs[3])):
        common = set(a) & set(b)
        assert len(common) > 10
        assert all(a[c] == b[c] for c in common)
    assert "S1000E0N0" in runs[0] and "H1000Q0R0" in runs[1]  # codes count from the origin


def test_space_time_categories(run_alg, tmp_path):
    aoi = polygon_layer(rect(X0, Y0, X0 + 10000, Y0 + 10000))
    rng = np.random.default_rng(4)
    pts, vals, times = [], [], []
    centres = [(X0 + i * 1000 + 500, Y0 + j * 1000 + 500) for i in range(10) for j in range(10)]
    for day in range(8):
        for x, y in centres:
            hot = math.hypot(x - X0 - 2500, y - Y0 - 2500) < 1600
            pts.append((x, y))
            vals.append(rng.gamma(2, 5) + (60 if hot else 0))
            times.append(QDateTime(QDate(2024, 5, 1 + day), QTime(8 + day % 3, 0)))
    result = run_alg("hotspotgrid", base_params(
        tmp_path, aoi, point_layer(pts, vals, times), TIME_FIELD="time", PERIOD=1,
        PERIOD_OUTPUT=str(tmp_path / "periods.gpkg")))
    layer, feats = features(result["OUTPUT"])
    for name in ("mk_s", "mk_z", "mk_p", "trend", "ehs_code", "ehs_category", "n_periods"):
        assert name in layer.fields().names()
    cells = {f["cell_code"]: f for f in feats}
    centre = cells["S1000E502N3502"]
    assert centre["n_periods"] == 8
    assert centre["ehs_code"] > 0 and centre["ehs_category"].endswith("hot spot")
    assert centre["ehs_category"] in ("persistent hot spot", "intensifying hot spot", "diminishing hot spot")
    _, rows = features(result["PERIOD_OUTPUT"])
    assert len(rows) == 100 * 8
    assert sorted({r["period"] for r in rows}) == ["2024-05-0{}".format(d) for d in range(1, 9)]
    report = json.load(open(result["REPORT"], encoding="utf-8"))
    assert sum(report["emerging_category_counts"].values()) == 100
    assert len(report["periods"]) == 8


def test_text_times_and_bad_time_values(run_alg, tmp_path):
    aoi = polygon_layer(rect(X0, Y0, X0 + 5000, Y0 + 5000))
    pts = [(X0 + 500 + 1000 * (n % 5), Y0 + 500 + 1000 * (n // 5 % 5)) for n in range(75)]
    vals = [float(n % 7) for n in range(75)]
    times = ["2024-05-{:02d} 10:00:00".format(1 + n // 25) for n in range(75)]
    result = run_alg("hotspotgrid", base_params(tmp_path, aoi, point_layer(pts, vals, times, "string"),
                                                TIME_FIELD="time", PERIOD=1))
    _, feats = features(result["OUTPUT"])
    assert {f["n_periods"] for f in feats} == {3}
    times[7] = "not a date"
    with pytest.raises(QgsProcessingException, match="not a date"):
        run_alg("hotspotgrid", base_params(tmp_path, aoi, point_layer(pts, vals, times, "string"),
                                           TIME_FIELD="time", PERIOD=1, OUTPUT=str(tmp_path / "bad.gpkg")))


def test_bad_inputs(run_alg, tmp_path):
    aoi = polygon_layer(rect(X0, Y0, X0 + 50000, Y0 + 50000))
    pts = point_layer([(X0 + 100, Y0 + 100)], [1.0])
    with pytest.raises(QgsProcessingException, match=r"would create 2,500 cells, more than the limit of 1,000"):
        run_alg("hotspotgrid", base_params(tmp_path, aoi, pts, MAX_CELLS=1000))
    far = point_layer([(X0 - 90000, Y0), (X0 - 80000, Y0)], [1.0, 2.0])
    with pytest.raises(QgsProcessingException, match="None of the 2 points"):
        run_alg("hotspotgrid", base_params(tmp_path, polygon_layer(rect(X0, Y0, X0 + 5000, Y0 + 5000)), far))
    nulls = point_layer([(X0 + 100, Y0 + 100), (X0 + 1100, Y0 + 100)], [None, None])
    with pytest.raises(QgsProcessingException, match="null value"):
        run_alg("hotspotgrid", base_params(tmp_path, polygon_layer(rect(X0, Y0, X0 + 5000, Y0 + 5000)), nulls))


def test_aoi_in_degrees_is_reprojected(run_alg, tmp_path):
    # about 9 x 9 km near 117.5E 31.6N, in WGS 84
    aoi = polygon_layer(rect(117.45, 31.58, 117.545, 31.66), crs="EPSG:4326")
    rng = np.random.default_rng(6)
    pts = point_layer(rng.uniform([117.45, 31.58], [117.545, 31.66], size=(200, 2)), rng.gamma(3, 10, 200),
                      crs="EPSG:4326")
    result = run_alg("hotspotgrid", base_params(tmp_path, aoi, pts, GRID_TYPE=1))
    layer, feats = features(result["OUTPUT"])
    # issue 13 #13: the default grid CRS is the CGCS2000 3-degree Gauss-Kruger zone of the area's centre
    # (117.5E → CM 117E, EPSG:4548), not the UTM zone a degree layer used to get
    assert layer.crs().authid() == "EPSG:4548"
    area = sum(f.geometry().area() for f in feats)
    assert 8.0e7 < area < 1.2e8
    assert all(abs(f.geometry().area() - math.sqrt(3) / 2 * 1e6) < 1 for f in feats)
    # an explicit grid CRS is honoured (UTM 50N here)
    result = run_alg("hotspotgrid", base_params(tmp_path, aoi, pts, GRID_TYPE=1, GRID_CRS="EPSG:32650",
                                                OUTPUT=str(tmp_path / "utm.gpkg")))
    layer, feats = features(result["OUTPUT"])
    assert layer.crs().authid() == "EPSG:32650"  # UTM 50N
    assert all(abs(f.geometry().area() - math.sqrt(3) / 2 * 1e6) < 1 for f in feats)


def test_raster_zonal_mean_not_aligned(run_alg, tmp_path):
    # linear surface v = (x - X0) / 1000 on 300 m pixels starting 130 m off the grid lines
    path = str(tmp_path / "surface.tif")
    nx, ny, res = 40, 30, 300.0
    left, top = X0 - 130.0, Y0 + ny * res - 130.0
    ds = gdal.GetDriverByName("GTiff").Create(path, nx, ny, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((left, res, 0, top, 0, -res))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    ds.SetProjection(srs.ExportToWkt())
    xs = left + (np.arange(nx) + 0.5) * res
    ds.GetRasterBand(1).WriteArray(np.tile((xs - X0) / 1000.0, (ny, 1)).astype(np.float32))
    ds.GetRasterBand(1).SetNoDataValue(-9999)
    ds = None
    aoi = polygon_layer(rect(X0, Y0, X0 + 10000, Y0 + 8000))
    params = base_params(tmp_path, aoi, None, RASTER=QgsRasterLayer(path, "s"), RASTER_BAND=1)
    params.pop("POINTS")
    result = run_alg("hotspotgrid", params)
    _, feats = features(result["OUTPUT"])
    assert len(feats) == 80
    first = [f for f in feats if f["cell_code"] == "S1000E500N3500"][0]
    assert first["raster_mean"] == pytest.approx(0.497, abs=0.004)
    for f in feats:
        centre_x = (f["col"] - 500) * 1000 + 500
        # area-weighted mean of a linear field over a square = its value at the centre; the 300 m pixels make
        # it piecewise constant (cell E500: (170*0.02 + 300*0.32 + 300*0.62 + 230*0.92) / 1000 = 0.497)
        assert abs(f["raster_mean"] - centre_x / 1000.0) < 0.01, (f["cell_code"], f["raster_mean"])
        assert f["value"] == pytest.approx(f["raster_mean"])


def test_clip_queen_and_knn(run_alg, tmp_path):
    triangle = [(X0, Y0), (X0 + 9000, Y0), (X0 + 2000, Y0 + 7000), (X0, Y0)]
    rng = np.random.default_rng(8)
    pts = rng.uniform([X0, Y0], [X0 + 9000, Y0 + 7000], size=(600, 2))
    keep = pts[:, 1] - Y0 < 7000 * (1 - (pts[:, 0] - X0 - 2000 * (pts[:, 1] - Y0) / 7000) / 9000)
    pts = pts[keep]
    layer = point_layer(pts, rng.gamma(3, 10, len(pts)))
    result = run_alg("hotspotgrid", base_params(tmp_path, polygon_layer(triangle), layer, CLIP=True,
                                                NEIGHBOURHOOD=2, OUTPUT=str(tmp_path / "clip.gpkg")))
    _, feats = features(result["OUTPUT"])
    assert sum(f.geometry().area() for f in feats) == pytest.approx(9000 * 7000 / 2, rel=1e-9)
    # queen contiguity by brute force over the cells with a value
    valued = [f for f in feats if str(f["value"]) not in ("NULL", "None")]
    cr = np.array([(f["col"], f["row"]) for f in valued])
    v = np.array([f["value"] for f in valued])
    n, xbar = len(v), v.mean()
    s = math.sqrt((v ** 2).mean() - xbar ** 2)
    for f, (c, r) in zip(valued, cr):
        w = ((np.abs(cr[:, 0] - c) <= 1) & (np.abs(cr[:, 1] - r) <= 1)).astype(float)
        z = (w @ v - xbar * w.sum()) / (s * math.sqrt((n * w.sum() - w.sum() ** 2) / (n - 1)))
        assert f["gi_z"] == pytest.approx(z, abs=1e-9)
    result = run_alg("hotspotgrid", base_params(tmp_path, polygon_layer(triangle), layer, NEIGHBOURHOOD=1, K=4,
                                                OUTPUT=str(tmp_path / "knn.gpkg")))
    _, feats = features(result["OUTPUT"])
    assert all(str(f["gi_z"]) not in ("NULL", "None") for f in feats if str(f["value"]) not in ("NULL", "None"))
