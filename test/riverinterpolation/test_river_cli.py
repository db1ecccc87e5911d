"""ecosupervision:riverinterpolation headless through qgis_process.bin on the Middle Fork data."""

import json
import math
import os
import sqlite3

import pytest


def _gdal_lengths(path):
    from osgeo import ogr

    source = ogr.Open(path)
    layer = source.GetLayer(0)
    return [feature.GetGeometryRef().Length() for feature in layer]


def test_cli_middle_fork(qgis_process, test_data, tmp_path):
    mf = os.path.join(test_data, "middle_fork")
    out = str(tmp_path / "segments.gpkg")
    sec = str(tmp_path / "sections.gpkg")
    report = str(tmp_path / "report.json")
    result = qgis_process(
        "run", "ecosupervision:riverinterpolation", "--",
        "RIVERS={}".format(os.path.join(mf, "MF_streams.gpkg")),
        "SECTIONS={}".format(os.path.join(mf, "MF_obs.gpkg")),
        "PARAMETERS=Summer_mn", "ALLOW_OTHER_PARAMETERS=true", "WEIGHT_FIELD=h2oAreaKm2", "METHOD=2",
        "COVARIATES=ELEV_DEM;SLOPE;AREAWTMAP", "SEGMENT_LENGTH=1000",
        "OUTPUT={}".format(out), "SECTIONS_OUTPUT={}".format(sec), "REPORT={}".format(report),
        json_output=True,
    )
    assert result["results"]["OUTPUT"] == out
    with open(report, encoding="utf-8") as f:
        data = json.load(f)
    stats = {r["method"]: r for r in data["leave_one_out"]}
    assert stats["kriging"]["rmspe"] < stats["straight_idw"]["rmspe"]
    # the river length by an independent measure: GDAL's length of every line of the input
    lengths = _gdal_lengths(os.path.join(mf, "MF_streams.gpkg"))
    assert data["river_length_km"] == pytest.approx(sum(lengths) / 1000.0, abs=5e-4)
    con = sqlite3.connect(out)
    try:
        n, length = con.execute("SELECT count(*), sum(length_m) FROM segments").fetchone()
        styles = con.execute("SELECT count(*) FROM layer_styles").fetchone()[0]
    finally:
        con.close()
    # SEGMENT_LENGTH=1000: every line is cut into ceil(L / 1000 m) equal pieces
    assert n == sum(max(1, math.ceil(length_m / 1000.0)) for length_m in lengths)
    assert abs(length / 1000 - 260.94) < 0.05
    assert styles >= 1  # the GB 3838 class style is stored in the GeoPackage
    con = sqlite3.connect(sec)
    try:
        names = [r[0] for r in con.execute("SELECT styleName FROM layer_styles WHERE useAsDefault = 1")]
    finally:
        con.close()
    assert names == ["river_sections"]  # and the sections' measured-class style in theirs


def test_cli_unknown_parameter_is_explained(qgis_process, test_data, tmp_path):
    mf = os.path.join(test_data, "middle_fork")
    done = qgis_process(
        "run", "ecosupervision:riverinterpolation", "--",
        "RIVERS={}".format(os.path.join(mf, "MF_streams.gpkg")),
        "SECTIONS={}".format(os.path.join(mf, "MF_obs.gpkg")), "PARAMETERS=Summer_mn",
        "OUTPUT={}".format(tmp_path / "o.gpkg"), "SECTIONS_OUTPUT={}".format(tmp_path / "s.gpkg"),
        check=False,
    )
    assert done.returncode != 0
    text = done.stdout + done.stderr
    assert "Summer_mn" in text and "CODMn" in text


def test_cli_output_alone_runs(qgis_process, test_data, tmp_path):
    # only OUTPUT is a mandatory destination: no SECTIONS_OUTPUT, no REPORT
    mf = os.path.join(test_data, "middle_fork")
    out = str(tmp_path / "segments.gpkg")
    done = qgis_process(
        "run", "ecosupervision:riverinterpolation", "--",
        "RIVERS={}".format(os.path.join(mf, "MF_streams.gpkg")), "SECTIONS={}".format(os.path.join(mf, "MF_obs.gpkg")),
        "PARAMETERS=Summer_mn", "ALLOW_OTHER_PARAMETERS=true", "METHOD=1", "SEGMENT_LENGTH=2000",
        "OUTPUT={}".format(out), check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "mandatory" not in done.stdout + done.stderr
    con = sqlite3.connect(out)
    try:
        assert con.execute("SELECT count(*) FROM segments").fetchone()[0] > 0
    finally:
        con.close()
