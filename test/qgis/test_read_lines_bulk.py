"""``read_lines``' bulk path (GDAL's Arrow stream on GeoPackage / Shapefile) against the feature iterator.

The bulk path must give exactly what iterating the Processing source gives (parts, owners, feature
ids, attributes with their nulls and types, skipped counts), be taken for a plain GeoPackage layer, and
never be taken for a source restricted to selected features or filtered by a subset string.
"""

import json
import os

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from eco_supervision.processing_algorithms import layers as lay

EPSG = 4548

# (wkt or None, speed, cls, oneway, big)
ROWS = [
    ("LINESTRING (500000 3500000, 500100 3500000, 500200 3500050)", 40.0, "primary", 0, 7),
    ("MULTILINESTRING ((500200 3500050, 500300 3500050), (500300 3500050, 500300 3500150))", None, "residential",
     1, None),
    ("LINESTRING Z (500300 3500150 5, 500400 3500150 6)", 30.0, None, None, 2 ** 40),
    (None, 20.0, "tertiary", 0, 1),  # no geometry
    ("LINESTRING EMPTY", 20.0, "tertiary", 0, 1),
    ("LINESTRING (500400 3500150, 500400 3500150)", 25.0, "secondary", 0, 3),  # all vertices equal
    ("MULTILINESTRING ((500400 3500150, 500400 3500150), (500400 3500150, 500500 3500200))", 35.0, "路", -1, 4),
    ("CIRCULARSTRING (500500 3500200, 500550 3500250, 500600 3500200)", 45.0, "trunk", 0, 5),
    ("LINESTRING M (500600 3500200 1, 500700 3500200 2)", 0.0, "", 0, 6),
]


def write_layer(path, driver_name, with_text=True):
    driver = ogr.GetDriverByName(driver_name)
    ds = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    layer = ds.CreateLayer("roads", srs, ogr.wkbUnknown if driver_name == "GPKG" else ogr.wkbLineString)
    layer.CreateField(ogr.FieldDefn("speed", ogr.OFTReal))
    if with_text:
        layer.CreateField(ogr.FieldDefn("cls", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("oneway", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("big", ogr.OFTInteger64))
    for wkt, speed, cls, oneway, big in ROWS:
        if driver_name != "GPKG" and wkt and ("CIRCULAR" in wkt or " M " in wkt):
            continue  # not storable in a Shapefile line layer
        f = ogr.Feature(layer.GetLayerDefn())
        if wkt:
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for name, value in (("speed", speed), ("cls", cls), ("oneway", oneway), ("big", big)):
            if name == "cls" and not with_text:
                continue
            if value is None:
                f.SetFieldNull(name)
            else:
                f.SetField(name, value)
        layer.CreateFeature(f)
    ds = None
    return str(path)


def read_both(layer, fields):
    context = QgsProcessingContext()
    source = QgsProcessingFeatureSource(layer, context)
    slow = lay.read_lines(source, layer.crs(), context, None, fields=fields)
    fast = lay.read_lines(source, layer.crs(), context, None, fields=fields, layer=layer)
    return source, context, slow, fast


def assert_same(slow, fast, fields):
    assert len(slow[0]) == len(fast[0])
    for a, b in zip(slow[0], fast[0]):
        assert a.shape == b.shape and np.array_equal(a, b)
    assert np.array_equal(slow[1], fast[1])
    assert slow[2].fids == fast[2].fids
    assert slow[2].skipped == fast[2].skipped
    for name in fields:
        assert slow[2].attributes[name] == fast[2].attributes[name], name
        assert [type(v) for v in slow[2].attributes[name]] == [type(v) for v in fast[2].attributes[name]], name


@pytest.fixture
def spy(monkeypatch):
    calls = []
    original = lay._lines_from_rows

    def wrapped(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(lay, "_lines_from_rows", wrapped)
    return calls


@pytest.mark.parametrize("fields", [["speed", "cls", "oneway", "big"], [], ["cls"]])
def test_geopackage_bulk_equals_iterator(qgis_app, tmp_path, spy, fields):
    path = write_layer(tmp_path / "roads.gpkg", "GPKG")
    layer = QgsVectorLayer(path + "|layername=roads", "roads", "ogr")
    assert layer.isValid()
    source, context, slow, fast = read_both(layer, fields)
    assert len(spy) == 1  # the bulk path ran (once: the first read went feature by feature)
    assert_same(slow, fast, fields)
    # Hand check: 6 usable features (no-geometry, empty and all-equal ones skipped), 7 parts.
    assert slow[2].skipped == 3 and len(slow[2].fids) == 6 and len(slow[0]) == 7
    if "speed" in fields:
        assert fast[2].attributes["speed"][1] is None and fast[2].attributes["big"][2] == 2 ** 40
        assert fast[2].attributes["cls"][2] is None and fast[2].attributes["cls"][3] == "路"


def test_shapefile_bulk_equals_iterator(qgis_app, tmp_path, spy):
    path = write_layer(tmp_path / "roads.shp", "ESRI Shapefile", with_text=False)
    layer = QgsVectorLayer(path, "roads", "ogr")
    assert layer.isValid()
    fields = ["speed", "oneway", "big"]
    _, _, slow, fast = read_both(layer, fields)
    assert len(spy) == 1
    assert_same(slow, fast, fields)


def test_sample_city_roads_bulk_equals_iterator(qgis_app, repo_root, spy):
    path = os.path.join(repo_root, "resources", "sample_data", "eco_city.gpkg")
    if not os.path.exists(path):
        pytest.skip("sample data not built")
    layer = QgsVectorLayer(str(path) + "|layername=roads", "roads", "ogr")
    fields = ["speed_kmh", "road_class", "oneway", "name"]
    _, _, slow, fast = read_both(layer, fields)
    assert len(spy) == 1
    assert_same(slow, fast, fields)


def test_not_taken_for_subset_or_other_crs(qgis_app, tmp_path, spy):
    path = write_layer(tmp_path / "roads.gpkg", "GPKG")
    layer = QgsVectorLayer(path + "|layername=roads", "roads", "ogr")
    layer.setSubsetString('"speed" > 30')
    _, _, slow, fast = read_both(layer, ["speed"])
    assert not spy
    assert_same(slow, fast, ["speed"])
    assert slow[2].attributes["speed"] == [40.0, 35.0, 45.0]
    plain = QgsVectorLayer(path + "|layername=roads", "roads", "ogr")
    context = QgsProcessingContext()
    source = QgsProcessingFeatureSource(plain, context)
    from qgis.core import QgsCoordinateReferenceSystem

    assert lay._ogr_bulk_rows(source, plain, QgsCoordinateReferenceSystem("EPSG:32650"), []) is None


def point_layer(points, attrs):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    layer = QgsVectorLayer("Point?crs=EPSG:{}&field=name:string&field=teams:integer&field=ready:double"
                           "&field=w:double".format(EPSG), "pts", "memory")
    feats = []
    for (x, y), row in zip(points, attrs):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        f.setAttributes(list(row))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _algorithm_params(roads):
    depots = point_layer([(500000, 3500000)], [["A", 1, 0.0, 0]])
    sources = point_layer([(500300, 3500100)], [["s", 0, 0, 1.0]])
    return {"ROADS": roads, "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway", "DEPOTS": depots,
            "DEPOT_NAME_FIELD": "name", "RISK_SOURCES": sources, "THRESHOLDS": "30", "OUTPUT": "TEMPORARY_OUTPUT"}


def test_algorithm_takes_bulk_path_only_for_plain_source(run_alg, tmp_path, spy):
    path = write_layer(tmp_path / "roads.gpkg", "GPKG")
    report = str(tmp_path / "all.json")
    run_alg("emergencycoverage", dict(_algorithm_params(path + "|layername=roads"), REPORT=report))
    assert len(spy) == 1
    assert json.load(open(report, encoding="utf-8"))["road_network"]["line_parts"] == 7

    layer = QgsVectorLayer(path + "|layername=roads", "roads_sel", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([1, 2])  # the first two features: 3 parts
        report = str(tmp_path / "sel.json")
        run_alg("emergencycoverage", dict(_algorithm_params(QgsProcessingFeatureSourceDefinition(layer.id(), True)),
                                          REPORT=report))
        assert len(spy) == 1  # not taken for selected features only
        assert json.load(open(report, encoding="utf-8"))["road_network"]["line_parts"] == 3
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
