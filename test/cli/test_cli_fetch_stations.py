"""qgis_process.bin run ecosupervision:fetchstations against the real local SensorThings server."""

import datetime as dt
import json
import os
import sqlite3
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sta_server"))
import helper  # noqa: E402
import seed_data  # noqa: E402


def test_fetchstations_writes_a_styled_geopackage(qgis_process, tmp_path):
    end = dt.datetime.now(dt.timezone.utc).replace(minute=0, second=0, microsecond=0)
    seed = seed_data.synthetic(4, hours=3, seed=2, end=end)
    out = str(tmp_path / "stations.gpkg")
    report = str(tmp_path / "report.json")
    with helper.StaServer(seed=seed) as server:
        res = qgis_process("run", "ecosupervision:fetchstations", "--", "URL={}".format(server.url), "API_TYPE=0",
                           "NETWORK=2", "OUTPUT={}".format(out), "REPORT={}".format(report), json_output=True)
    assert res["results"]["OUTPUT"].startswith(out)
    with sqlite3.connect(out) as db:
        rows = db.execute("select code, parameter, value from live_stations").fetchall() if _has(db, "live_stations") \
            else db.execute("select code, parameter, value from stations").fetchall()
        styles = db.execute("select count(*) from layer_styles").fetchone()[0]
    expected = {(s["code"], d["parameter"]): d["values"][-1] for s in seed["stations"] for d in s["datastreams"]}
    assert {(c, p): v for c, p, v in rows} == expected
    assert styles >= 1
    with open(report, encoding="utf-8") as f:
        assert json.load(f)["rows_written"] == len(expected)


def _has(db, table):
    return db.execute("select 1 from sqlite_master where name=?", (table,)).fetchone() is not None
