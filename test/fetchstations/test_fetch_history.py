"""fetchstations HISTORY: the hourly readings table (station, hour, one field per parameter) against the seed of
the local SensorThings server — the oracle is the seed's own observations, put on their hour here."""

import datetime as dt
import json

import pytest
from qgis.core import NULL, QgsProcessingFeedback
from qgis.PyQt.QtCore import Qt

from eco_supervision.eco_supervision_plugin.cloud.model import PARAMETERS, Parameter, Reading, Series, Station
from eco_supervision.eco_supervision_plugin.cloud.transport import TransportError

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


class _Warnings(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 (Qt name)
        self.warnings.append(text)
        super().pushWarning(text)


def test_platform_without_history_gives_one_warning_and_an_empty_table(run_alg, httpserver, tmp_path):
    httpserver.expect_request("/api/air").respond_with_json({"data": {"list": [
        {"code": "P1", "lon": 117.0, "lat": 36.6, "time": "2026-11-20 10:00:00", "pm25": 80}]}})
    mapping = json.dumps({"records": "data.list", "station_code": "code", "lon": "lon", "lat": "lat", "time": "time",
                          "parameters": {"PM2.5": "pm25"}, "units": {"PM2.5": "ug/m3"}})
    feedback = _Warnings()
    res = run_alg("fetchstations", {"URL": httpserver.url_for("/api/air"), "API_TYPE": 2, "MAPPING": mapping,
                                    "OUTPUT": "memory:", "HISTORY_HOURS": 24, "HISTORY": "memory:"},
                  feedback=feedback)
    assert res["OUTPUT"].featureCount() == 1 and res["HISTORY"].featureCount() == 0
    assert [w for w in feedback.warnings if "history" in w.lower()] == [
        "This platform's API has no history query: the History table is empty."]


class _Client:
    """Two stations; the history of B fails, A has two readings in one hour (the later wins) and one the next."""

    def history(self, series_id, start, end, code=None, unit=""):
        if series_id.startswith("B"):
            raise TransportError("HTTP 500")
        t0 = dt.datetime(2026, 11, 20, 10, tzinfo=dt.timezone.utc)
        return {"A-PM": [Reading(t0 + dt.timedelta(minutes=5), 10.0), Reading(t0 + dt.timedelta(minutes=50), 12.0),
                         Reading(t0 + dt.timedelta(hours=1), 14.0)],
                "A-WD": [Reading(t0, 270.0)]}[series_id]


def test_a_failing_station_is_warned_and_the_others_go_on(eco_provider):
    from eco_supervision.processing_algorithms.qgis_io.stations import history_features

    stations = [Station(id=7, code="A", name="A", series={"PM2_5": Series("A-PM", Parameter("PM2_5")),
                                                          "WD": Series("A-WD", Parameter("WD"))}),
                Station(id=8, code="B", name="B", series={"PM2_5": Series("B-PM", Parameter("PM2_5"))})]
    warned, steps = [], []
    start = dt.datetime(2026, 11, 20, tzinfo=dt.timezone.utc)
    feats, failed = history_features(_Client(), stations, start, start + dt.timedelta(days=1),
                                     warn=lambda st, error: warned.append(st.code), progress=steps.append)
    assert failed == 1 and warned == ["B"] and steps == [0.5, 1.0]
    rows = [(f["station_id"], f["code"], f["time"].toUTC().toString(Qt.ISODate), f["PM2_5"],
             None if f["WD"] == NULL else f["WD"]) for f in feats]
    assert rows == [("7", "A", "2026-11-20T10:00:00Z", 12.0, 270.0), ("7", "A", "2026-11-20T11:00:00Z", 14.0, None)]
