"""qgis_process.bin run ecosupervision:fetchstations against the real local SensorThings server."""

import json
import sqlite3


def test_fetchstations_writes_a_styled_geopackage(qgis_process, sta_server, tmp_path):
    seed = sta_server.seed  # the session's shared seeded server (test/conftest.py)
    out = str(tmp_path / "stations.gpkg")
    report = str(tmp_path / "report.json")
    res = qgis_process("run", "ecosupervision:fetchstations", "--", "URL={}".format(sta_server.url), "API_TYPE=0",
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
