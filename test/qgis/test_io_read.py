"""Reading layers (issue 13 items 16 and 18): one point / one horizontal road in degrees, layers without a CRS
or with a GeoPackage placeholder SRS, and warnings that are warnings."""

import sqlite3

import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from eco_supervision.processing_algorithms.qgis_io.crs import metric_crs, utm_crs_for
from eco_supervision.processing_algorithms.qgis_io.read import read_lines, read_points

CRS = "EPSG:4548"  # CGCS2000 / 3-degree Gauss-Kruger CM 117E


def memory(kind, wkts, crs="EPSG:4326", fields="&field=w:double"):
    layer = QgsVectorLayer("{}?crs={}{}".format(kind, crs or "EPSG:4326", fields), "layer", "memory")
    if not crs:  # a memory layer always starts with a CRS: take it away (as a layer with no .prj has none)
        layer.setCrs(QgsCoordinateReferenceSystem())
    features = []
    for wkt in wkts:
        f = QgsFeature(layer.fields())
        f.setAttributes([1.0])
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def source(layer, context):
    return QgsProcessingFeatureSource(layer, context)


@pytest.mark.parametrize("kind,wkt,expected", [
    ("Point", "POINT(117.2 31.8)", "EPSG:32650"),  # UTM 50N holds 117.2E
    ("LineString", "LINESTRING(113.1 22.5, 113.9 22.5)", "EPSG:32649"),  # horizontal: zero height
    ("LineString", "LINESTRING(-70.5 -33.2, -70.5 -33.6)", "EPSG:32719"),  # vertical, southern hemisphere
])
def test_one_feature_with_a_zero_size_extent_in_degrees(qgis_app, kind, wkt, expected):
    context = QgsProcessingContext()
    layer = memory(kind, [wkt])
    assert layer.extent().width() == 0 or layer.extent().height() == 0
    crs = metric_crs(source(layer, context), context)
    assert crs.authid() == expected
    lon = QgsGeometry.fromWkt(wkt).centroid().asPoint().x()
    assert crs == utm_crs_for(lon, 0.0 if not expected.startswith("EPSG:327") else -1.0)


def test_one_point_is_read_in_metres(qgis_app):
    context = QgsProcessingContext()
    layer = memory("Point", ["POINT(117.0 31.0)"])
    crs = metric_crs(source(layer, context), context)
    table = read_points(source(layer, context), crs, context)
    # UTM zone 50 spans 114-120E: its central meridian 117E has easting 500 000 m
    assert abs(table.xy[0, 0] - 500000.0) < 1e-3 and 3.4e6 < table.xy[0, 1] < 3.5e6


def test_layer_without_any_geometry_still_refused(qgis_app):
    context = QgsProcessingContext()
    layer = memory("Point", [None, None])
    with pytest.raises(QgsProcessingException, match="has no feature with a geometry"):
        metric_crs(source(layer, context), context)


def test_secondary_layer_without_crs_is_refused(qgis_app):
    context = QgsProcessingContext()
    no_crs = memory("Point", ["POINT(500100 3500100)"], crs=None)
    assert not no_crs.crs().isValid()
    with pytest.raises(QgsProcessingException, match="Candidates.*no valid coordinate reference system"):
        read_points(source(no_crs, context), QgsCoordinateReferenceSystem(CRS), context, label="Candidates")
    lines = memory("LineString", ["LINESTRING(500000 3500000, 500100 3500000)"], crs=None)
    with pytest.raises(QgsProcessingException, match="Roads.*no valid coordinate reference system"):
        read_lines(source(lines, context), QgsCoordinateReferenceSystem(CRS), context, label="Roads")


def test_secondary_layer_without_crs_refused_by_an_algorithm(run_alg):
    demand = memory("Point", ["POINT(500000 3500000)", "POINT(500500 3500000)"], crs=CRS)
    candidates = memory("Point", ["POINT(500100 3500000)"], crs=None, fields="&field=cid:string")
    params = {"DEMAND": demand, "CANDIDATES": candidates, "RADIUS": 1000.0, "MODEL": 0, "P": 1,
              "OUTPUT": "memory:", "DEMAND_OUTPUT": "memory:"}
    with pytest.raises(QgsProcessingException, match="no valid coordinate reference system"):
        run_alg("networksiting", params)


def undefined_srs_gpkg(path, srs_id):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("roads", srs, ogr.wkbLineString)
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING(500000 3500000, 501000 3500000, 501000 3501000)"))
    layer.CreateFeature(f)
    ds = None
    con = sqlite3.connect(str(path))  # what a layer written without its SRS looks like (0 or -1)
    con.execute("UPDATE gpkg_geometry_columns SET srs_id = ?", (srs_id,))
    con.execute("UPDATE gpkg_contents SET srs_id = ?", (srs_id,))
    con.commit()
    con.close()
    return "{}|layername=roads".format(path)


@pytest.mark.parametrize("srs_id", [0, -1])
def test_gpkg_layer_with_undefined_srs_gets_a_clear_message(qgis_app, tmp_path, srs_id):
    context = QgsProcessingContext()
    layer = QgsVectorLayer(undefined_srs_gpkg(tmp_path / "roads.gpkg", srs_id), "roads", "ogr")
    assert layer.isValid() and layer.crs().isValid()  # QGIS takes the placeholder as a CRS
    with pytest.raises(QgsProcessingException, match="Roads.*undefined coordinate reference system"):
        read_lines(source(layer, context), QgsCoordinateReferenceSystem(CRS), context, label="Roads", layer=layer)
    with pytest.raises(QgsProcessingException, match="undefined coordinate reference system"):
        metric_crs(source(layer, context), context, label="Roads")


class Collect(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings, self.errors = [], []

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)


def test_skipped_features_are_warnings_not_errors(qgis_app):
    context = QgsProcessingContext()
    feedback = Collect()
    points = memory("Point", ["POINT(500000 3500000)", None], crs=CRS)
    read_points(source(points, context), points.crs(), context, feedback, label="Sections")
    lines = memory("LineString", ["LINESTRING(500000 3500000, 500100 3500000)", "LINESTRING(1 1, 1 1)"], crs=CRS)
    read_lines(source(lines, context), lines.crs(), context, feedback, label="Rivers")
    multi = memory("MultiPoint", ["MULTIPOINT((500000 3500000), (500010 3500000))"], crs=CRS)
    read_points(source(multi, context), multi.crs(), context, feedback, label="Stations")
    assert feedback.errors == []
    assert any("Sections" in w and "skipped" in w for w in feedback.warnings)
    assert any("Rivers" in w and "not usable lines" in w for w in feedback.warnings)
    assert any("Stations" in w and "only the first point" in w for w in feedback.warnings)
