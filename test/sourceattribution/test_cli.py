"""ecosupervision:sourceattribution headless through qgis_process.bin on the sample city."""

import json
import os
import shutil
import sqlite3
import tempfile

from osgeo import ogr

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(tempfile.mkdtemp(prefix="eco_attribution_"), "eco_city.gpkg")  # a copy: QGIS opens a
shutil.copyfile(os.path.join(REPO, "resources", "sample_data", "eco_city.gpkg"), SAMPLE)  # GeoPackage for update


def test_sourceattribution_runs_headless(qgis_process, tmp_path):
    out, cands, report = tmp_path / "wedges.gpkg", tmp_path / "cands.gpkg", tmp_path / "report.json"
    result = qgis_process(
        "run", "ecosupervision:sourceattribution", "--",
        "READINGS={}|layername=air_readings".format(SAMPLE), "STATIONS={}|layername=air_stations".format(SAMPLE),
        "STATION_FIELD=station_code", "VALUE_FIELD=TVOC", "WIND_DIRECTION_FIELD=wind_dir",
        "WIND_SPEED_FIELD=wind_speed", "STATISTIC=1", "SPEED_BINS=3", "MIN_SAMPLES=3",
        "CANDIDATES={}|layername=voc_enterprises".format(SAMPLE), "EMISSION_FIELD=voc_t_per_year",
        "MAX_DISTANCE=10", "OUTPUT={}".format(out), "CANDIDATES_OUTPUT={}".format(cands),
        "SOURCE_AREA=TEMPORARY_OUTPUT", "REPORT={}".format(report), json_output=True)
    assert set(result["results"]) >= {"OUTPUT", "CANDIDATES_OUTPUT", "SOURCE_AREA", "REPORT"}
    con = sqlite3.connect(str(out))
    try:
        styles = con.execute("SELECT styleName, useAsDefault FROM layer_styles").fetchall()
    finally:
        con.close()
    assert styles == [("attribution_wedges", 1)]
    ds = ogr.Open(str(out))
    wedges = list(ds.GetLayer(0))
    assert {w.GetField("speed_bin") for w in wedges} <= {0, 1} and len(wedges) > 11
    ds = ogr.Open(str(cands))
    rows = list(ds.GetLayer(0))
    assert len(rows) == 150
    ranked = [r for r in rows if r.GetField("rank")]
    assert sorted(r.GetField("rank") for r in ranked) == list(range(1, len(ranked) + 1))
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["statistic"] == "CBPF" and data["readings_used"] == 11 * 24 * 7
