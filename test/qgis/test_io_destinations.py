"""Destination guard (issue 13 items 1 and 2), through processing.run with the real algorithms.

An output that would overwrite or replace an input layer or its file is refused before any computation
and leaves the input byte-identical; a new layer written into an existing GeoPackage keeps every other
layer; a missing output folder fails before the computation and leaves no partial output.
"""

import os
import sys

import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
)

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from helpers.io_qgis import copy_sample, digest, gpkg_layers, layer_rows  # noqa: E402

from eco_supervision.processing_algorithms.qgis_io import destinations  # noqa: E402

SAMPLE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "resources",
                      "sample_data", "eco_city.gpkg")
SAMPLE_LAYERS = len(gpkg_layers(SAMPLE))  # every layer of the sample city (16 before the supervision registers)


def hotspot_params(gpkg, output, tmp_path, **extra):
    params = {"AOI": gpkg + "|layername=study_area", "POINTS": gpkg + "|layername=air_readings",
              "VALUE_FIELD": "PM2_5", "CELL_SIZE": 1000, "DISTANCE": 3000, "OUTPUT": output,
              "REPORT": str(tmp_path / "hotspot.json")}
    params.update(extra)
    return params


def emergency_params(gpkg, tmp_path, **extra):
    params = {"ROADS": gpkg + "|layername=roads", "SPEED_FIELD": "speed_kmh", "ROAD_CLASS_FIELD": "road_class",
              "DIRECTION_FIELD": "oneway", "DEPOTS": gpkg + "|layername=emergency_depots",
              "DEPOT_NAME_FIELD": "name", "RISK_SOURCES": gpkg + "|layername=risk_sources",
              "THRESHOLDS": "30,60", "OUTPUT": str(tmp_path / "sources.gpkg"),
              "SERVICE_AREAS": str(tmp_path / "areas.gpkg"), "SERVICE_AREA_POLYGONS": "TEMPORARY_OUTPUT",
              "REPORT": str(tmp_path / "emergency.json")}
    params.update(extra)
    return params


def refused(run_alg, alg, params, pattern):
    with pytest.raises(QgsProcessingException, match=pattern):
        run_alg(alg, params, context=QgsProcessingContext(), feedback=QgsProcessingFeedback())


@pytest.mark.parametrize("form", ["{p}", "{p}|layername=air_readings", "{p}|layername=STUDY_AREA",
                                  "ogr:dbname='{p}' table=\"air_readings\" (geom)",
                                  "ogr:dbname='{p}' table=\"study_area\""])
def test_hotspot_output_onto_its_input_gpkg_is_refused(run_alg, tmp_path, form):
    gpkg = copy_sample(tmp_path)
    before = digest(gpkg)
    refused(run_alg, "hotspotgrid", hotspot_params(gpkg, form.format(p=gpkg), tmp_path), "would overwrite the input")
    assert digest(gpkg) == before
    assert not (tmp_path / "hotspot.json").exists()  # refused before any computation


@pytest.mark.parametrize("output,form", [("OUTPUT", "{p}"), ("SERVICE_AREAS", "ogr:dbname='{p}' table=\"roads\""),
                                         ("NEW_DEPOTS", "{p}|layername=emergency_depots")])
def test_emergency_output_onto_its_input_gpkg_is_refused(run_alg, tmp_path, output, form):
    gpkg = copy_sample(tmp_path)
    before = digest(gpkg)
    params = emergency_params(gpkg, tmp_path, **{output: form.format(p=gpkg)})
    if output == "NEW_DEPOTS":
        params.update(CANDIDATES=gpkg + "|layername=depot_candidates", NEW_DEPOT_COUNT=1)
    refused(run_alg, "emergencycoverage", params, "would overwrite the input")
    assert digest(gpkg) == before
    assert not (tmp_path / "sources.gpkg").exists() and not (tmp_path / "emergency.json").exists()


@pytest.mark.parametrize("form", ["ogr:dbname='{p}' table=\"pm25_grid\" (geom)", "{p}|layername=pm25_grid"])
def test_new_layer_in_the_input_gpkg_keeps_the_other_layers(run_alg, tmp_path, form):
    gpkg = copy_sample(tmp_path)
    before = {name: layer_rows(gpkg, name) for name in gpkg_layers(gpkg)}
    assert len(before) == SAMPLE_LAYERS
    result = run_alg("hotspotgrid", hotspot_params(gpkg, form.format(p=gpkg), tmp_path))
    after = gpkg_layers(gpkg)
    assert "pm25_grid" in after and not os.path.exists(gpkg + "|layername=pm25_grid.gpkg")
    assert set(before) <= set(after)
    for name, rows in before.items():  # the layers that were there are unchanged
        assert layer_rows(gpkg, name) == rows, name
    grid = layer_rows(gpkg, "pm25_grid")
    assert len(grid) > 100 and "pm25_grid" in result["OUTPUT"]


def test_new_layer_beside_the_only_layer_of_an_input_gpkg(run_alg, tmp_path):
    """An input given as a bare single-layer GeoPackage path is that layer, not the whole file: another layer
    name in that file is not refused (QGIS 3.22 itself cannot add a layer to a file it opened by its bare path,
    "Loading of layer failed", so the run that writes uses the |layername= form of the same input)."""
    from osgeo import gdal

    gpkg = copy_sample(tmp_path)
    single = str(tmp_path / "readings.gpkg")
    gdal.VectorTranslate(single, gpkg, layers=["air_readings"])
    rows = layer_rows(single, "air_readings")
    from qgis.core import QgsProcessingContext as Context

    from eco_supervision.processing_algorithms.base import shared_problem

    params = hotspot_params(gpkg, "ogr:dbname='{}' table=\"grid\"".format(single), tmp_path, POINTS=single)
    from qgis.core import QgsApplication

    hotspot = QgsApplication.processingRegistry().createAlgorithmById("ecosupervision:hotspotgrid")
    assert shared_problem(hotspot, params, Context()) is None
    params["POINTS"] = single + "|layername=air_readings"
    run_alg("hotspotgrid", params)
    assert {"air_readings", "grid"} <= set(gpkg_layers(single)) and layer_rows(single, "air_readings") == rows
    before = {name: layer_rows(single, name) for name in gpkg_layers(single)}  # (SQLite may checkpoint bytes)
    refused(run_alg, "hotspotgrid", hotspot_params(gpkg, single, tmp_path, POINTS=single), "would overwrite")
    refused(run_alg, "hotspotgrid", hotspot_params(gpkg, "ogr:dbname='{}' table=\"air_readings\"".format(single),
                                                   tmp_path, POINTS=single), "would overwrite")
    assert {name: layer_rows(single, name) for name in gpkg_layers(single)} == before


def test_missing_output_folder_fails_before_computing(run_alg, tmp_path):
    gpkg = copy_sample(tmp_path)
    out = tmp_path / "grid.gpkg"
    params = hotspot_params(gpkg, str(out), tmp_path, PERIOD_OUTPUT=str(tmp_path / "no_such_folder" / "p.gpkg"),
                            TIME_FIELD="time", PERIOD=1)
    refused(run_alg, "hotspotgrid", params, "no_such_folder.*does not exist")
    assert not out.exists() and not (tmp_path / "hotspot.json").exists()
    assert not (tmp_path / "no_such_folder").exists()
    report_elsewhere = hotspot_params(gpkg, str(out), tmp_path, REPORT=str(tmp_path / "missing" / "r.html"))
    refused(run_alg, "hotspotgrid", report_elsewhere, "missing.*does not exist")
    assert not out.exists()


def test_two_outputs_into_one_file_are_refused(run_alg, tmp_path):
    gpkg = copy_sample(tmp_path)
    same = str(tmp_path / "both.gpkg")
    params = hotspot_params(gpkg, same, tmp_path, PERIOD_OUTPUT=same, TIME_FIELD="time", PERIOD=1)
    refused(run_alg, "hotspotgrid", params, "same place")
    assert not os.path.exists(same)


def test_shapefile_and_geojson_inputs_are_not_overwritten(run_alg, tmp_path):
    from osgeo import gdal

    gpkg = copy_sample(tmp_path)
    shp = str(tmp_path / "readings.shp")
    geojson = str(tmp_path / "area.geojson")
    gdal.VectorTranslate(shp, gpkg, layers=["air_readings"])
    gdal.VectorTranslate(geojson, gpkg, layers=["study_area"], format="GeoJSON")
    stamps = {p: digest(p) for p in (shp, geojson)}
    for target in (shp, geojson):
        params = hotspot_params(gpkg, target, tmp_path, AOI=geojson, POINTS=shp)
        refused(run_alg, "hotspotgrid", params, "would overwrite the input")
    assert stamps == {p: digest(p) for p in (shp, geojson)}


class _PostgresLayer:
    """What layer_location reads of a PostGIS layer (no server needed)."""

    def __init__(self, uri):
        self.uri = uri

    def providerType(self):
        return "postgres"

    def source(self):
        return self.uri

    def name(self):
        return "air"


@pytest.mark.parametrize("destination,clash", [
    ("postgres:dbname='eco' host=localhost port=5432 table=\"public\".\"air\" (geom)", True),
    ("postgis:dbname='eco' host=db.example port=5433 table=\"public\".\"AIR\" (geom)", True),
    ("postgres:dbname='eco' host=localhost table=\"public\".\"air_grid\" (geom)", False),
    ("postgres:dbname='other' host=localhost table=\"public\".\"air\" (geom)", False),
    ("postgres:dbname='eco' host=localhost table=\"work\".\"air\" (geom)", False),
])
def test_postgis_table_named_like_an_input_is_refused(qgis_app, destination, clash):
    source = destinations.layer_location(
        _PostgresLayer("dbname='eco' host=localhost port=5432 user='u' key='id' srid=4548 type=Point "
                       "table=\"public\".\"air\" (geom)"))
    sink = QgsProcessingParameterFeatureSink("OUTPUT", "Grid")
    target = destinations.destination_location(sink, destination, QgsProcessingContext())
    assert target.kind == "table" and source.kind == "table"
    assert destinations.same_place(target, source) is clash
