"""The shared guards through qgis_process.bin (issue 13 items 1, 2, 10): refused before any computation, inputs
byte-identical, a new GeoPackage layer beside the others, NaN parameters refused, warnings not printed as errors."""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from helpers.io_qgis import copy_sample, digest, gpkg_layers, layer_rows  # noqa: E402


def hotspot_args(gpkg, output, tmp_path, *extra):
    return ("run", "ecosupervision:hotspotgrid", "--", "AOI={}|layername=study_area".format(gpkg),
            "POINTS={}|layername=air_readings".format(gpkg), "VALUE_FIELD=PM2_5", "CELL_SIZE=1000",
            "DISTANCE=3000", "OUTPUT={}".format(output), "REPORT={}".format(tmp_path / "hotspot.json")) + extra


def test_hotspot_output_onto_input_gpkg_refused(qgis_process, tmp_path):
    gpkg = copy_sample(tmp_path)
    before = digest(gpkg)
    done = qgis_process(*hotspot_args(gpkg, gpkg, tmp_path), check=False)
    assert done.returncode != 0
    assert "would overwrite the input" in done.stdout + done.stderr
    assert digest(gpkg) == before and not (tmp_path / "hotspot.json").exists()


def test_emergency_output_onto_input_table_refused(qgis_process, tmp_path):
    gpkg = copy_sample(tmp_path)
    before = digest(gpkg)
    done = qgis_process(
        "run", "ecosupervision:emergencycoverage", "--", "ROADS={}|layername=roads".format(gpkg),
        "SPEED_FIELD=speed_kmh", "DEPOTS={}|layername=emergency_depots".format(gpkg),
        "RISK_SOURCES={}|layername=risk_sources".format(gpkg), "THRESHOLDS=30,60",
        "OUTPUT={}".format(gpkg), "SERVICE_AREAS=ogr:dbname='{}' table=\"roads\"".format(gpkg),
        "REPORT={}".format(tmp_path / "emergency.json"), check=False)
    assert done.returncode != 0
    assert "would overwrite the input" in done.stdout + done.stderr
    assert digest(gpkg) == before and not (tmp_path / "emergency.json").exists()


def test_new_layer_keeps_the_other_layers(qgis_process, tmp_path):
    gpkg = copy_sample(tmp_path)
    before = {name: layer_rows(gpkg, name) for name in gpkg_layers(gpkg)}
    qgis_process(*hotspot_args(gpkg, "ogr:dbname='{}' table=\"pm25_grid\" (geom)".format(gpkg), tmp_path),
                 json_output=True)
    assert "pm25_grid" in gpkg_layers(gpkg)
    for name, rows in before.items():
        assert layer_rows(gpkg, name) == rows, name
    report = json.loads((tmp_path / "hotspot.json").read_text(encoding="utf-8"))  # strict JSON
    assert report


def test_missing_folder_refused_before_computing(qgis_process, tmp_path):
    gpkg = copy_sample(tmp_path)
    done = qgis_process(*hotspot_args(gpkg, tmp_path / "nowhere" / "grid.gpkg", tmp_path), check=False)
    assert done.returncode != 0 and "does not exist" in done.stdout + done.stderr
    assert not (tmp_path / "hotspot.json").exists() and not (tmp_path / "nowhere").exists()


def test_nan_parameter_refused(qgis_process, tmp_path):
    gpkg = copy_sample(tmp_path)
    done = qgis_process(*hotspot_args(gpkg, tmp_path / "grid.gpkg", tmp_path, "ALPHA=nan"), check=False)
    assert done.returncode != 0 and "must be a finite number" in done.stdout + done.stderr
    assert not (tmp_path / "grid.gpkg").exists()


def test_skipped_feature_notice_is_not_an_error(qgis_process, tmp_path):
    """A shared reader's notice on a successful run is a warning, not ``ERROR:`` (issue 13 item 18)."""
    from osgeo import ogr

    gpkg = copy_sample(tmp_path)
    dataset = ogr.Open(gpkg, 1)
    readings = dataset.GetLayerByName("air_readings")
    feature = ogr.Feature(readings.GetLayerDefn())
    feature.SetField("PM2_5", 35.0)  # no geometry
    readings.CreateFeature(feature)
    dataset = None
    done = qgis_process(*hotspot_args(gpkg, tmp_path / "grid.gpkg", tmp_path))
    lines = [line for line in (done.stdout + done.stderr).splitlines() if "no usable geometry" in line]
    assert lines, done.stdout
    assert not any(line.lstrip().upper().startswith("ERROR") for line in lines), lines
