"""Bad input for ecosupervision:hotspotgrid, through processing.run.

Each case asserts either a QgsProcessingException whose message names the problem in a planner's terms
(and carries no Python traceback text), or — where issues 4 and 5 ask for it — a warning in the feedback
log and a sensible result checked by hand. Every case also checks that the input layers are unchanged
(CRS, geometry type, feature count, attributes and geometries). A cancel test per algorithm stops the run
from the feedback's progressChanged signal; a success run must reach 100 %.
"""

import json
import re
import time

import pytest
from helpers.bad_input import (
    CRS,
    LogFeedback,
    assert_planner_message,
    features,
    layer_from,
    refused,
    reproject,
    unchanged,
)
from osgeo import gdal, osr
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsRasterLayer, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QDate

X0, Y0 = 500000.0, 3500000.0


def pt(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


def rect(x0, y0, x1, y1):
    return QgsGeometry.fromPolygonXY([[QgsPointXY(X0 + x, Y0 + y) for x, y in
                                       [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]]])


# -- hotspotgrid -------------------------------------------------------------------------------------------------

POINT_FIELDS = ["value:double", "label:string", "time:string"]


def aoi_layer(geometry=None, crs=CRS):
    return layer_from("Polygon", ["name:string"], [(geometry or rect(0, 0, 5000, 4000), ["aoi"])], crs=crs)


def reading_rows(n_days=1):
    """Two readings per 1 km cell of a 5 × 4 km area; value = 10 + column + 5·row (+ day)."""
    rows = []
    for day in range(n_days):
        for i in range(5):
            for j in range(4):
                for dx in (250, 750):
                    rows.append((pt(i * 1000 + dx, j * 1000 + 500),
                                 [10.0 + i + 5 * j + day, "c{}{}".format(i, j), "2024-03-{:02d}".format(day + 1)]))
    return rows


def points_layer(rows=None, crs=CRS, kind="Point"):
    return layer_from(kind, POINT_FIELDS, reading_rows() if rows is None else rows, crs=crs)


def grid_params(tmp_path, aoi, points, **extra):
    p = {"AOI": aoi, "CELL_SIZE": 1000.0, "GRID_TYPE": 0, "POINTS": points, "VALUE_FIELD": "value",
         "AGGREGATION": 0, "NEIGHBOURHOOD": 0, "DISTANCE": 1500.0, "FDR": True, "TOP_PERCENT": 10.0,
         "OUTPUT": str(tmp_path / "grid.gpkg"), "REPORT": str(tmp_path / "grid.json")}
    p.update(extra)
    return p


def cell_values(path):
    return {(r["col"], r["row"]): r["value"] for r in features(path)}


def expected_cells():
    return {(500 + i, 3500 + j): 10.0 + i + 5 * j for i in range(5) for j in range(4)}


def test_hotspot_empty_layers(run_alg, tmp_path):
    aoi, pts = aoi_layer(), points_layer()
    empty_aoi = layer_from("Polygon", ["name:string"], [])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, empty_aoi, pts), "area of interest.*no features",
            [empty_aoi, pts])
    empty_pts = points_layer(rows=[])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, empty_pts), "points.*no features", [aoi, empty_pts])


def test_hotspot_null_geometries_only(run_alg, tmp_path):
    aoi, pts = aoi_layer(), points_layer()
    null_aoi = layer_from("Polygon", ["name:string"], [(None, ["a"]), (None, ["b"])])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, null_aoi, pts), "area of interest.*(no polygon|geometr)",
            [null_aoi, pts])
    # the same in degrees: there is no extent to pick a UTM zone from, which is not a CRS problem
    null_aoi_geo = layer_from("Polygon", ["name:string"], [(None, ["a"])], crs="EPSG:4326")
    msg = refused(run_alg, "hotspotgrid", grid_params(tmp_path, null_aoi_geo, pts),
                  "area of interest.*(no polygon|geometr)", [null_aoi_geo, pts])
    assert "coordinate reference system" not in msg
    null_pts = points_layer(rows=[(None, [1.0, "a", None]), (None, [2.0, "b", None])])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, null_pts), "no point has a usable geometry",
            [aoi, null_pts])


def test_hotspot_self_intersecting_aoi_is_repaired_with_a_warning(run_alg, tmp_path):
    # a bow tie: two 2 km × 2 km triangles meeting at (2000, 2000) — invalid (self-intersecting)
    bowtie = QgsGeometry.fromPolygonXY([[QgsPointXY(X0 + x, Y0 + y) for x, y in
                                         [(0, 0), (4000, 4000), (4000, 0), (0, 4000), (0, 0)]]])
    assert not bowtie.isGeosValid()
    aoi, pts = aoi_layer(bowtie), points_layer()
    feedback = LogFeedback()
    with unchanged(aoi, pts):
        res = run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts, CLIP=True), feedback=feedback)
    assert re.search(r"invalid.*repaired", feedback.text(), re.IGNORECASE), feedback.text()
    rows = features(res["OUTPUT"])
    # the two triangles cover 8 km²; clipped cells add up to exactly that
    assert sum(r["_geom"].area() for r in rows) == pytest.approx(8.0e6, rel=1e-9)
    # cells touching the triangles: left triangle x<2000 holds cells with |y-2000| <= |x-2000|
    assert {(r["col"] - 500, r["row"] - 3500) for r in rows} >= {(0, 1), (0, 2), (3, 1), (3, 2)}
    assert (1, 0) not in {(r["col"] - 500, r["row"] - 3500) for r in rows}


def test_hotspot_multipart_points_count_every_part(run_alg, tmp_path):
    aoi = aoi_layer()
    single = points_layer()
    multi_rows = []
    rows = reading_rows()
    for a, b in zip(rows[::2], rows[1::2]):  # the two readings of a cell as one two-part feature
        assert a[1][0] == b[1][0]
        geometry = QgsGeometry.fromMultiPointXY([a[0].asPoint(), b[0].asPoint()])
        multi_rows.append((geometry, a[1]))
    # and one multipoint whose parts fall in two different cells
    split = QgsGeometry.fromMultiPointXY([QgsPointXY(X0 + 4500, Y0 + 3500), QgsPointXY(X0 + 500, Y0 + 500)])
    multi_rows.append((split, [100.0, "split", "2024-03-01"]))
    multi = points_layer(rows=multi_rows, kind="MultiPoint")
    feedback = LogFeedback()
    with unchanged(aoi, multi):
        res = run_alg("hotspotgrid", grid_params(tmp_path, aoi, multi, AGGREGATION=3), feedback=feedback)
    counts = {(r["col"], r["row"]): r["n_obs"] for r in features(res["OUTPUT"])}
    expected = {k: 2 for k in expected_cells()}
    expected[(504, 3503)] += 1
    expected[(500, 3500)] += 1
    assert counts == expected
    assert re.search(r"multi-?point", feedback.text(), re.IGNORECASE), feedback.text()
    # the plain single-part layer gives the mean of the two readings per cell
    res = run_alg("hotspotgrid", grid_params(tmp_path, aoi, single, OUTPUT=str(tmp_path / "single.gpkg")))
    assert cell_values(res["OUTPUT"]) == pytest.approx(expected_cells())


def test_hotspot_value_field_all_null_or_text(run_alg, tmp_path):
    aoi = aoi_layer()
    nulls = points_layer(rows=[(g, [None, a[1], a[2]]) for g, a in reading_rows()])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, nulls), "null value", [aoi, nulls])
    pts = points_layer()
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, pts, VALUE_FIELD="label"),
            "label.*not numeric", [aoi, pts])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, pts, VALUE_FIELD="pm25"),
            "pm25.*(does not exist|not found)", [aoi, pts])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, pts, VALUE_FIELD=None),
            "value field", [aoi, pts])


def test_hotspot_aoi_in_degrees_and_points_in_another_crs(run_alg, tmp_path):
    aoi, pts = aoi_layer(), points_layer()
    reference = cell_values(run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts))["OUTPUT"])
    assert reference == pytest.approx(expected_cells())
    # points in WGS 84, AOI in CGCS2000 3° GK: the points are brought into the AOI's CRS
    pts_geo = reproject(pts, "EPSG:4326")
    feedback = LogFeedback()
    with unchanged(aoi, pts_geo):
        res = run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts_geo, OUTPUT=str(tmp_path / "g2.gpkg")),
                      feedback=feedback)
    assert cell_values(res["OUTPUT"]) == pytest.approx(reference)
    # AOI in degrees: not refused; issue 13 #13: the grid CRS is the CGCS2000 3-degree zone of the area
    # (EPSG:4548 for 117E), whatever the AOI's CRS, so the same code names the same cell (it used to be UTM
    # 50N, where E500N3500 is another place) and every reading is still inside
    aoi_geo = reproject(aoi, "EPSG:4326")
    feedback = LogFeedback()
    with unchanged(aoi_geo, pts):
        res = run_alg("hotspotgrid", grid_params(tmp_path, aoi_geo, pts, OUTPUT=str(tmp_path / "g3.gpkg")),
                      feedback=feedback)
    assert "EPSG:4548" in feedback.text()
    report = json.load(open(res["REPORT"], encoding="utf-8"))
    assert report["crs"] == "EPSG:4548" and report["points_inside"] == 40 and report["points_outside"] == 0
    assert "Gauss-Kruger" in report["crs_name"]
    assert cell_values(res["OUTPUT"]) == pytest.approx(reference)


def test_hotspot_time_field_mixed_formats(run_alg, tmp_path):
    aoi = aoi_layer()
    formats = ["2024-03-01", "2024-03-01 08:30", "2024/03/01 09:00:00", "2024-03-01T10:00:00Z"]
    rows = []
    for n, (g, a) in enumerate(reading_rows(n_days=3)):
        day = int(a[2][-2:])
        text = formats[n % 4].replace("03-01", "03-{:02d}".format(day)).replace("03/01", "03/{:02d}".format(day))
        rows.append((g, [a[0], a[1], text]))
    pts = points_layer(rows=rows)
    with unchanged(aoi, pts):
        res = run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts, TIME_FIELD="time", PERIOD=1))
    out = features(res["OUTPUT"])
    assert all(r["n_periods"] == 3 for r in out)
    # a day-first date cannot be told from a month-first one: refused, naming the value and the record
    bad_rows = list(rows)
    bad_rows[7] = (bad_rows[7][0], [bad_rows[7][1][0], "x", "03/02/2024"])
    bad = points_layer(rows=bad_rows)
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, bad, TIME_FIELD="time", PERIOD=1),
            r"03/02/2024.*record 8.*not a date", [aoi, bad])


@pytest.mark.parametrize("size", [0.0, -500.0])
def test_hotspot_cell_size_not_positive(run_alg, tmp_path, size):
    aoi, pts = aoi_layer(), points_layer()
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, pts, CELL_SIZE=size),
            r"cell size must be greater than 0 metres \(got {}\)".format(re.escape(str(size))),
            [aoi, pts])


@pytest.mark.parametrize("top", [-5.0, 150.0])
def test_hotspot_top_percent_out_of_range(run_alg, tmp_path, top):
    aoi, pts = aoi_layer(), points_layer()
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, pts, TOP_PERCENT=top),
            r"top N % must be between 0 and 100 \(got {}\)".format(re.escape(str(top))),
            [aoi, pts])


def test_hotspot_no_point_inside(run_alg, tmp_path):
    aoi = aoi_layer()
    far = points_layer(rows=[(pt(-90000, 0), [1.0, "a", None]), (pt(-80000, 0), [2.0, "b", None])])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, far), "none of the 2 points", [aoi, far])


def test_hotspot_progress_reaches_100(run_alg, tmp_path):
    aoi, pts = aoi_layer(), points_layer()
    feedback = LogFeedback()
    run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts), feedback=feedback)
    assert feedback.progress and max(feedback.progress) == pytest.approx(100.0)
    assert max(feedback.progress) <= 100.0


def test_hotspot_cancel_stops_promptly(run_alg, tmp_path):
    # 300 × 300 cells of 100 m; the run is cancelled as soon as progress moves
    aoi = aoi_layer(rect(0, 0, 30000, 30000))
    pts = points_layer(rows=[(pt(100 * i + 50, 100 * j + 50), [float((i * j) % 17), "x", None])
                             for i in range(0, 300, 7) for j in range(0, 300, 7)])
    feedback = LogFeedback(cancel_at=1.0)
    with unchanged(aoi, pts):
        with pytest.raises(QgsProcessingException) as info:
            run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts, CELL_SIZE=100.0, DISTANCE=300.0),
                    feedback=feedback)
    assert feedback.cancelled_at is not None
    assert re.search(r"cancel", str(info.value), re.IGNORECASE)
    assert_planner_message(str(info.value))
    assert time.perf_counter() - feedback.cancelled_at[1] < 5.0
    assert max(feedback.progress) < 35.0, feedback.progress  # stopped before the statistics and the output




# -- issue 13: hotspot items ---------------------------------------------------------------------------------------


def test_hotspot_huge_distance_band_is_refused_with_the_memory_figure(run_alg, tmp_path):
    # issue 13 #9: DISTANCE=1e9 used to try to allocate terabytes of neighbour offsets
    aoi, pts = aoi_layer(), points_layer()
    message = refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, pts, DISTANCE=1e9),
                      r"distance band.*memory", [aoi, pts])
    # (2 * 1e6 + 3) ** 2 offsets of 1 km cells, 40 bytes each: about 145 TiB
    assert re.search(r"\d[\d,.]* (TiB|PiB)", message), message


@pytest.mark.parametrize("origin", ["1e12,1e12 [EPSG:4548]", "-5e15,3 [EPSG:4548]"])
def test_hotspot_origin_out_of_range_is_refused(run_alg, tmp_path, origin):
    # issue 13 #11: a far origin made the cell numbers wrap; the report then counted cells the layer lacked
    aoi, pts = aoi_layer(), points_layer()
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, pts, ORIGIN=origin, CELL_SIZE=100.0),
            r"origin.*km from the area", [aoi, pts])


def test_hotspot_far_origin_within_range_writes_every_cell(run_alg, tmp_path):
    # 500,000 km west and south of the area: cell numbers near -5e5 (1 km cells), well inside 64-bit keys
    aoi, pts = aoi_layer(), points_layer()
    ox, oy = X0 - 5e8, Y0 - 5e8
    res = run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts, ORIGIN="{},{} [EPSG:4548]".format(ox, oy)))
    rows = features(res["OUTPUT"])
    report = json.load(open(res["REPORT"], encoding="utf-8"))
    assert report["cells"] == len(rows) == 20
    for r in rows:  # column i spans [ox + 1000 i, ox + 1000 (i + 1)): the cell the code names is where it lies
        box = r["_geom"].boundingBox()
        assert box.xMinimum() == pytest.approx(ox + 1000.0 * r["col"])
        assert box.yMinimum() == pytest.approx(oy + 1000.0 * r["row"])
        assert r["cell_code"] == "S1000E{}N{}".format(r["col"], r["row"])
    assert {r["col"] for r in rows} == set(range(500000, 500005))


def test_hotspot_cell_codes_do_not_change_with_the_input_crs(run_alg, tmp_path):
    # issue 13 #13: the same AOI given in EPSG:4548 and in EPSG:4326 (and points in UTM) gives the same codes
    # at the same places
    aoi, pts = aoi_layer(), points_layer()
    a = features(run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts))["OUTPUT"])
    res = run_alg("hotspotgrid", grid_params(tmp_path, reproject(aoi, "EPSG:4326"), reproject(pts, "EPSG:32650"),
                                             OUTPUT=str(tmp_path / "b.gpkg"), REPORT=str(tmp_path / "b.json")))
    b = features(res["OUTPUT"])
    centre = {r["cell_code"]: (r["_geom"].centroid().asPoint().x(), r["_geom"].centroid().asPoint().y()) for r in a}
    assert {r["cell_code"] for r in b} == set(centre)
    for r in b:
        point = r["_geom"].centroid().asPoint()
        assert (point.x(), point.y()) == pytest.approx(centre[r["cell_code"]], abs=1e-6)
    assert json.load(open(res["REPORT"], encoding="utf-8"))["crs"] == "EPSG:4548"


def test_hotspot_filled_cells_are_not_observations(run_alg, tmp_path):
    # issue 13 #14: 4 readings in a 20 × 16 km area; filling must not turn IDW values into significant cells
    aoi = aoi_layer(rect(0, 0, 20000, 16000))
    pts = points_layer(rows=[(pt(x, y), [v, "s", "2024-03-01"]) for x, y, v in
                             [(2500, 2500, 80.0), (3500, 2500, 75.0), (15500, 12500, 20.0), (9500, 7500, 40.0)]])
    feedback = LogFeedback()
    with unchanged(aoi, pts):
        res = run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts, FILL_EMPTY=True, DISTANCE=3000.0),
                      feedback=feedback)
    rows = features(res["OUTPUT"])
    filled = [r for r in rows if r["filled"] == 1]
    assert len(filled) == len(rows) - 4
    assert all(r["value"] is not None for r in filled)  # the map still gets the estimate
    assert all(r["gi_z"] is None and r["gi_p"] is None and r["gi_bin"] == 0 and r["fdr_sig"] == 0 for r in filled)
    report = json.load(open(res["REPORT"], encoding="utf-8"))
    assert report["cells_observed"] == 4 and report["significant_after_fdr"] <= 4
    text = feedback.text()
    assert "FILL_EMPTY" not in text
    assert re.search(r"only 4 cells hold an observation.*raster surface.*micro-sensor", text, re.I | re.S), text
    assert "Distance band" in text  # the warning names parameters by their dialog label


def test_hotspot_hourly_trend_on_a_date_only_field_warns(run_alg, tmp_path):
    # issue 13 #17: a Date field (as in a shapefile) has no time of day; hourly periods put everything at 00h
    aoi = aoi_layer()
    rows = [(geometry, [value, label, QDate.fromString(day, "yyyy-MM-dd")])
            for geometry, (value, label, day) in reading_rows(n_days=3)]
    pts = layer_from("Point", ["value:double", "label:string", "time:date"], rows)
    feedback = LogFeedback()
    with unchanged(aoi, pts):
        run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts, TIME_FIELD="time", PERIOD=0), feedback=feedback)
    assert re.search(r"dates without a time of day.*Day", feedback.text(), re.S), feedback.text()
    feedback = LogFeedback()
    run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts, TIME_FIELD="time", PERIOD=1,
                                       OUTPUT=str(tmp_path / "day.gpkg")), feedback=feedback)
    assert "time of day" not in feedback.text()


def test_hotspot_missing_raster_band_is_named(run_alg, tmp_path):
    # issue 13 #18: RASTER_BAND=5 on a one-band raster said "Unsupported raster data type"
    path = str(tmp_path / "one_band.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 10, 8, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0, 500.0, 0, Y0 + 4000.0, 0, -500.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).Fill(1.0)
    ds = None
    aoi = aoi_layer()
    params = grid_params(tmp_path, aoi, None, RASTER=QgsRasterLayer(path, "r"), RASTER_BAND=5)
    params.pop("POINTS")
    message = refused(run_alg, "hotspotgrid", params, r"band 5 does not exist.*1 band", [aoi])
    assert "data type" not in message


@pytest.mark.parametrize("shape", ["bowtie", "u_shape"])
def test_hotspot_clipped_cells_match_the_layer_geometry_type(run_alg, tmp_path, shape):
    # issue 13 #19: CLIP=1 on a repaired bow tie or a concave area gives cells in several pieces
    if shape == "bowtie":
        geometry = QgsGeometry.fromPolygonXY([[QgsPointXY(X0 + x, Y0 + y) for x, y in
                                               [(0, 0), (4000, 4000), (4000, 0), (0, 4000), (0, 0)]]])
    else:  # a U whose 200 m wide gap cuts cell (1, 1) in two pieces
        geometry = QgsGeometry.fromPolygonXY([[QgsPointXY(X0 + x, Y0 + y) for x, y in
                                               [(0, 0), (4000, 0), (4000, 4000), (1600, 4000), (1600, 1500),
                                                (1400, 1500), (1400, 4000), (0, 4000), (0, 0)]]])
    aoi, pts = aoi_layer(geometry), points_layer()
    res = run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts, CLIP=True))
    layer = QgsVectorLayer(res["OUTPUT"], "out", "ogr")
    declared = QgsWkbTypes.flatType(layer.wkbType())
    kinds = {QgsWkbTypes.flatType(f.geometry().wkbType()) for f in layer.getFeatures()}
    assert kinds == {declared} == {QgsWkbTypes.MultiPolygon}
    if shape == "u_shape":  # the cell the gap cuts really is in two parts
        assert max(f.geometry().constGet().numGeometries() for f in layer.getFeatures()) == 2
    expected = 8.0e6 if shape == "bowtie" else 16.0e6 - 200.0 * 2500.0
    assert sum(f.geometry().area() for f in layer.getFeatures()) == pytest.approx(expected, rel=1e-9)
