"""ecosupervision:hotspotgrid headless through qgis_process.bin (GeoPackage in, GeoPackage + JSON report out)."""

import json
import sqlite3

from osgeo import ogr, osr

X0, Y0 = 500000.0, 3500000.0


def make_inputs(path):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    aoi = ds.CreateLayer("study_area", srs, ogr.wkbPolygon)
    aoi.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    f = ogr.Feature(aoi.GetLayerDefn())
    f.SetField("name", "test")
    f.SetGeometry(ogr.CreateGeometryFromWkt(
        "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(X0, Y0, X0 + 6000, Y0 + 5000)))
    aoi.CreateFeature(f)
    pts = ds.CreateLayer("air_readings", srs, ogr.wkbPoint)
    pts.CreateField(ogr.FieldDefn("PM2_5", ogr.OFTReal))
    pts.CreateField(ogr.FieldDefn("time", ogr.OFTDateTime))
    for day in range(4):
        for i in range(6):
            for j in range(5):
                f = ogr.Feature(pts.GetLayerDefn())
                hot = i <= 1 and j <= 1
                f.SetField("PM2_5", 30.0 + (50.0 if hot else 0.0) + ((i * 7 + j * 3 + day) % 5))
                f.SetField("time", "2024/05/0{} 10:00:00".format(day + 1))
                wkt = "POINT({} {})".format(X0 + i * 1000 + 400, Y0 + j * 1000 + 600)
                f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
                pts.CreateFeature(f)
    ds = None


def test_hotspotgrid_runs_headless(qgis_process, tmp_path):
    source = tmp_path / "in.gpkg"
    make_inputs(source)
    out = tmp_path / "grid.gpkg"
    periods = tmp_path / "periods.gpkg"
    report = tmp_path / "report.json"
    result = qgis_process(
        "run", "ecosupervision:hotspotgrid", "--",
        "AOI={}|layername=study_area".format(source), "POINTS={}|layername=air_readings".format(source),
        "VALUE_FIELD=PM2_5", "TIME_FIELD=time", "PERIOD=1", "CELL_SIZE=1000", "DISTANCE=1500",
        "OUTPUT={}".format(out), "PERIOD_OUTPUT={}".format(periods), "REPORT={}".format(report),
        json_output=True,
    )
    assert result["results"]["OUTPUT"]
    for path in (out, periods):  # the Gi* bin style is stored in each GeoPackage as its default
        con = sqlite3.connect(str(path))
        try:
            rows = con.execute("SELECT styleName, useAsDefault, styleQML FROM layer_styles").fetchall()
        finally:
            con.close()
        assert [(name, default) for name, default, _ in rows] == [("hotspot_gi_bin", 1)], path
        assert "gi_bin" in rows[0][2]
    ds = ogr.Open(str(out))
    layer = ds.GetLayer(0)
    assert layer.GetFeatureCount() == 30
    cells = {f.GetField("cell_code"): f for f in layer}
    hot = cells["S1000E500N3500"]
    assert hot.GetField("gi_z") > 1.645 and hot.GetField("gi_bin") >= 1
    assert hot.GetField("n_periods") == 4
    assert hot.GetField("ehs_category").endswith("hot spot")
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["cells"] == 30 and data["periods"] == ["2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04"]
    assert sum(data["emerging_category_counts"].values()) == 30


def test_hotspotgrid_refuses_huge_grid(qgis_process, tmp_path):
    source = tmp_path / "in.gpkg"
    make_inputs(source)
    done = qgis_process(
        "run", "ecosupervision:hotspotgrid", "--", "AOI={}|layername=study_area".format(source),
        "POINTS={}|layername=air_readings".format(source), "VALUE_FIELD=PM2_5", "CELL_SIZE=5",
        "MAX_CELLS=100000", "OUTPUT={}".format(tmp_path / "x.gpkg"), check=False,
    )
    assert done.returncode != 0
    assert "1,200,000 cells" in done.stdout + done.stderr
