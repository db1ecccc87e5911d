"""fetchstations HISTORY: the hourly readings table (station, hour, one field per parameter) against the seed of
the local SensorThings server — the oracle is the seed's own observations, put on their hour here."""

import datetime as dt

import pytest
from qgis.core import NULL
from qgis.PyQt.QtCore import Qt

from eco_supervision.eco_supervision_plugin.cloud.model import PARAMETERS

HOURS = 12


def _seed_hours(seed):
    """{(code, "YYYY-MM-DDTHH:00:00Z"): {parameter: value}} straight from the seed."""
    out = {}
    for st in seed["stations"]:
        for d in st["datastreams"]:
            for t, v in zip(d["times"], d["values"]):
                out.setdefault((st["code"], t), {})[d["parameter"]] = v
    return out


def _utc(text):
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def test_history_rows_equal_the_server_observations_per_hour(run_alg, sta_server):
    before = dt.datetime.now(dt.timezone.utc)
    res = run_alg("fetchstations", {"URL": sta_server.url, "API_TYPE": 0, "LAYOUT": 1, "OUTPUT": "memory:",
                                    "HISTORY_HOURS": HOURS, "HISTORY": "memory:"})
    after = dt.datetime.now(dt.timezone.utc)
    ids = {f["code"]: f["station_id"] for f in res["OUTPUT"].getFeatures()}
    table = res["HISTORY"]
    assert not table.isSpatial()
    got = {}
    for f in table.getFeatures():
        key = (f["code"], f["time"].toUTC().toString(Qt.ISODate))
        assert key not in got
        assert f["station_id"] == ids[f["code"]]
        got[key] = {c: f[c] for c in PARAMETERS if f[c] != NULL}
    seed = _seed_hours(sta_server.seed)
    window = dt.timedelta(hours=HOURS)
    sure = {k for k in seed if before - window < _utc(k[1]) <= before}
    maybe = {k for k in seed if after - window <= _utc(k[1]) <= after}
    assert sure and sure <= set(got) <= sure | maybe
    assert {code for code, _t in got} == {st["code"] for st in sta_server.seed["stations"]}
    for key, values in got.items():
        assert values == pytest.approx(seed[key]), key


def test_no_history_asked_gives_no_table(run_alg, sta_server):
    res = run_alg("fetchstations", {"URL": sta_server.url, "API_TYPE": 0, "OUTPUT": "memory:"})
    assert "HISTORY" not in res or not res["HISTORY"]
