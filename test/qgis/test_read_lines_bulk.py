"""``read_lines``' bulk path (GDAL's Arrow stream on GeoPackage / Shapefile) against the feature iterator.

The bulk path must give exactly what iterating the Processing source gives (parts, owners, feature
ids, attributes with their nulls and types, skipped counts), be taken for a plain GeoPackage layer, and
never be taken for a source restricted to selected features or filtered by a subset string. Both paths
parse WKB with array operations, so both are also checked against a plain per-feature reading through
QGIS' own polyline access (``reference_read``).
"""

import json
import math
import os
import struct

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from eco_supervision.processing_algorithms.qgis_io import ogr_bulk, read, wkb

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
    ("MULTILINESTRING Z ((500700 3500200 1, 500800 3500200 2, 500800 3500300 3), (500800 3500300 0, 500800 3500300 0),"
     " (500800 3500300 4, 500900 3500300 5))", 50.0, "motorway", 1, 8),
    ("MULTILINESTRING ZM ((500900 3500300 1 2, 501000 3500300 3 4))", 55.0, "primary", 0, 9),
    ("COMPOUNDCURVE ((501000 3500300, 501100 3500300), CIRCULARSTRING (501100 3500300, 501150 3500350,"
     " 501200 3500300))", 60.0, "trunk", 0, 10),
    ("POINT (501200 3500300)", 60.0, "trunk", 0, 11),  # not a line: skipped
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
        if driver_name != "GPKG" and wkt and any(k in wkt for k in ("CIRCULAR", " M ", " ZM ", "POINT")):
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
    slow = read.read_lines(source, layer.crs(), context, None, fields=fields)
    fast = read.read_lines(source, layer.crs(), context, None, fields=fields, layer=layer)
    return source, context, slow, fast


def reference_read(source, fields):
    """``read_lines`` spelled out feature by feature with QGIS' polyline access (no WKB parsing)."""
    from qgis.core import QgsFeatureRequest, QgsWkbTypes

    parts, owner, fids, attributes, skipped = [], [], [], {name: [] for name in fields}, 0
    for feature in source.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks):
        geometry = feature.geometry()
        good = []
        if not geometry.isEmpty() and geometry.type() == QgsWkbTypes.LineGeometry:
            lines = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
            for line in lines:
                xy = [(p.x(), p.y()) for p in line]
                if len(xy) >= 2 and all(math.isfinite(v) for p in xy for v in p) and len(set(xy)) > 1:
                    good.append(np.array(xy, dtype=float))
        if not good:
            skipped += 1
            continue
        parts.extend(good)
        owner.extend([len(fids)] * len(good))
        fids.append(feature.id())
        for name in fields:
            value = feature[name]
            attributes[name].append(None if value is None or (hasattr(value, "isNull") and value.isNull()) else value)
    return parts, np.array(owner, dtype=np.int64), fids, attributes, skipped


def assert_reference(result, source, fields):
    parts, owner, fids, attributes, skipped = reference_read(source, fields)
    assert len(result[0]) == len(parts)
    for a, b in zip(result[0], parts):
        assert a.dtype == np.float64 and a.shape == b.shape and np.array_equal(a, b)
    assert result[1].dtype == np.int64 and np.array_equal(result[1], owner)
    assert result[2].fids == fids and result[2].skipped == skipped
    for name in fields:
        assert result[2].attributes[name] == attributes[name], name
        assert [type(v) for v in result[2].attributes[name]] == [type(v) for v in attributes[name]], name


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
    original = read._lines_from_rows

    def wrapped(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(read, "_lines_from_rows", wrapped)
    return calls


@pytest.mark.parametrize("fields", [["speed", "cls", "oneway", "big"], [], ["cls"]])
def test_geopackage_bulk_equals_iterator(qgis_app, tmp_path, spy, fields):
    path = write_layer(tmp_path / "roads.gpkg", "GPKG")
    layer = QgsVectorLayer(path + "|layername=roads", "roads", "ogr")
    assert layer.isValid()
    source, context, slow, fast = read_both(layer, fields)
    assert len(spy) == 1  # the bulk path ran (once: the first read went feature by feature)
    assert_same(slow, fast, fields)
    assert_reference(fast, source, fields)
    # Hand check: 9 usable features (no-geometry, empty, all-equal and point ones skipped), 12 parts.
    assert slow[2].skipped == 4 and len(slow[2].fids) == 9 and len(slow[0]) == 11
    assert len(fast[0][-1]) > 3  # the compound curve was segmentised
    if "speed" in fields:
        assert fast[2].attributes["speed"][1] is None and fast[2].attributes["big"][2] == 2 ** 40
        assert fast[2].attributes["cls"][2] is None and fast[2].attributes["cls"][3] == "路"


def test_shapefile_bulk_equals_iterator(qgis_app, tmp_path, spy):
    path = write_layer(tmp_path / "roads.shp", "ESRI Shapefile", with_text=False)
    layer = QgsVectorLayer(path, "roads", "ogr")
    assert layer.isValid()
    fields = ["speed", "oneway", "big"]
    source, _, slow, fast = read_both(layer, fields)
    assert len(spy) == 1
    assert_same(slow, fast, fields)
    assert_reference(fast, source, fields)


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
    assert slow[2].attributes["speed"] == [40.0, 35.0, 45.0, 50.0, 55.0, 60.0]
    plain = QgsVectorLayer(path + "|layername=roads", "roads", "ogr")
    context = QgsProcessingContext()
    source = QgsProcessingFeatureSource(plain, context)
    from qgis.core import QgsCoordinateReferenceSystem

    assert ogr_bulk.ogr_bulk_rows(source, plain, QgsCoordinateReferenceSystem("EPSG:32650"), []) is None


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
    assert json.load(open(report, encoding="utf-8"))["road_network"]["line_parts"] == 11

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


def memory_layer(rows, delete=()):
    """The awkward rows in a memory layer, with feature ids made irregular by deleting some."""
    from qgis.core import QgsFeature, QgsGeometry

    layer = QgsVectorLayer("LineString?crs=EPSG:{}&field=speed:double&field=cls:string&field=oneway:integer"
                           "&field=big:long".format(EPSG), "roads", "memory")
    features = []
    for wkt, speed, cls, oneway, big in rows:
        f = QgsFeature(layer.fields())
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes([speed, cls, oneway, big])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    if delete:
        layer.dataProvider().deleteFeatures(list(delete))
    return layer


def test_memory_layer_iterator_equals_reference(qgis_app):
    rows = [r for r in ROWS if not (r[0] or "").startswith("POINT")]  # a line layer holds lines only
    layer = memory_layer(rows * 3, delete=[2, 5, 14])
    fields = ["speed", "cls", "oneway", "big"]
    context = QgsProcessingContext()
    source = QgsProcessingFeatureSource(layer, context)
    result = read.read_lines(source, layer.crs(), context, None, fields=fields, layer=layer)
    assert_reference(result, source, fields)
    assert result[2].fids[:4] == [1, 3, 7, 8] and result[2].fids[-1] == 3 * len(rows)
    assert result[2].attributes["big"][1] == 2 ** 40 and result[2].attributes["cls"][1] is None
    assert None in result[2].attributes["speed"]


def _wkb_line(coords, order=1, code=2):
    fmt = "<" if order == 1 else ">"
    return struct.pack(fmt + "BII", order, code, len(coords)) + b"".join(
        struct.pack(fmt + "d" * len(c), *c) for c in coords)


def _wkb_multi(parts, code=5, part_code=2, dims=2):
    out = struct.pack("<BII", 1, code, len(parts))
    for part in parts:
        out += _wkb_line([tuple(p) + (7.0,) * (dims - 2) for p in part], code=part_code)
    return out


def test_array_parser_on_odd_wkb(qgis_app):
    """Every odd WKB row gives what QGIS itself reads from it; the array parser's rows are the same too."""
    from qgis.core import QgsGeometry

    many = [[(i, 0.0), (i, 1.0)] for i in range(wkb.MAX_VECTOR_PARTS + 5)]
    wkbs = [
        _wkb_line([(0.0, 0.0), (1.0, 2.0)]),
        _wkb_line([(0.0, 0.0), (1.0, 2.0)], order=0),  # big-endian
        _wkb_line([(0.0, 0.0), (1.0, 2.0)])[:-3],  # truncated
        _wkb_line([(0.0, 0.0), (1.0, 2.0)]) + b"\0" * 5,  # trailing bytes
        b"",  # no geometry
        _wkb_multi(many),  # more parts than the array parser follows
        _wkb_multi([[(0.0, 0.0), (3.0, 3.0)], [(3.0, 3.0), (4.0, 5.0, 6.0)]], part_code=2),  # part sizes disagree
        _wkb_multi([[(0.0, 0.0, 1.0), (3.0, 3.0, 1.0)], [(3.0, 3.0, 1.0), (4.0, 5.0, 1.0)]], code=1005,
                   part_code=1002),
        _wkb_multi([[(0.0, 0.0), (3.0, 3.0)]], code=3005, part_code=3002, dims=4),
        _wkb_line([(0.0, 0.0), (float("nan"), 2.0), (5.0, 5.0)]),
        _wkb_multi([]),
        b"\x01",  # too short to be anything
        _wkb_line([(1.5, 2.5, 3.5), (4.5, 5.5, 6.5)], code=0x80000002),  # 2.5D code
    ]
    data = b"".join(wkbs)
    sizes = np.array([len(w) for w in wkbs], dtype=np.int64)
    parsed = wkb.parse_line_wkbs(data, sizes)[0]
    assert parsed.tolist() == [True, False, False, False, True, False, False, True, True, True, True, False, True]

    def geometry_of(row):
        g = QgsGeometry()
        if wkbs[row]:
            g.fromWkb(wkbs[row])
        return g

    xy, counts, part_row = wkb.lines_from_wkbs(wkbs, lambda row: read.line_parts(geometry_of(row)))
    expected, expected_rows = [], []
    for row in range(len(wkbs)):
        g = geometry_of(row)
        if g.isNull() or g.isEmpty():
            continue
        for line in (g.asMultiPolyline() if g.isMultipart() else [g.asPolyline()]):
            expected.append(np.array([(p.x(), p.y()) for p in line], dtype=float).reshape(-1, 2))
            expected_rows.append(row)
    assert part_row.tolist() == expected_rows
    assert counts.tolist() == [len(e) for e in expected]
    got = np.split(xy, np.cumsum(counts)[:-1])
    for a, b in zip(got, expected):
        assert np.array_equal(a, b, equal_nan=True)
    assert expected_rows.count(5) == wkb.MAX_VECTOR_PARTS + 5 and 0 in expected_rows and 1 in expected_rows


def test_feature_table_numeric_nulls_text_and_defaults():
    values = [1, None, "2.5", True, "abc", "", 7.25, float("nan")]
    table = read.FeatureTable(np.zeros((len(values), 2)), list(range(10, 10 + len(values))), {"v": values}, 0, None)
    assert table.numeric("v", default=-1.0).tolist() == [1.0, -1.0, 2.5, 1.0, -1.0, -1.0, 7.25, -1.0]
    with pytest.raises(QgsProcessingException, match="4 feature.*11, 14, 15, 17"):
        table.numeric("v", label="roads")
    clean = read.FeatureTable(np.zeros((3, 2)), [1, 2, 3], {"v": [3, 4.5, "6"]}, 0, None)
    assert clean.numeric("v").tolist() == [3.0, 4.5, 6.0]
    nested = read.FeatureTable(np.zeros((2, 2)), [1, 2], {"v": [[1, 2], [3, 4]]}, 0, None)
    assert np.isnan(nested.numeric("v", default=np.nan)).all()
