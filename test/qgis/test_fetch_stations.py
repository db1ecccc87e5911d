"""ecosupervision:fetchstations through processing.run against the real local SensorThings server."""

import json
import os
import sys

import pytest
from qgis.core import QgsProcessingException, QgsRectangle

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sta_server"))
import helper  # noqa: E402

# HJ 633 real-time AQI: concentration at IAQI 0, 50, 100, 150, 200, 300, 400, 500 (1-h rows; PM2.5 and
# PM10 are indexed with their 24-h rows). HJ 633-2012 Table 1; HJ 633-2026 Table 3 changes the PM rows.
IAQI = (0, 50, 100, 150, 200, 300, 400, 500)
HJ633_1H = {"SO2": (0, 150, 500, 650, 800), "NO2": (0, 100, 200, 700, 1200, 2340, 3090, 3840),
            "CO": (0, 5, 10, 35, 60, 90, 120, 150), "O3": (0, 160, 200, 300, 400, 800, 1000, 1200)}
PM_2012 = {"PM2_5": (0, 35, 75, 115, 150, 250, 350, 500), "PM10": (0, 50, 150, 250, 350, 420, 500, 600)}
PM_2026 = {"PM2_5": (0, 35, 60, 115, 150, 250, 350, 500), "PM10": (0, 50, 120, 250, 350, 420, 500, 600)}


def _aqi_level(values):
    import datetime as dt
    import math

    table = dict(HJ633_1H, **(PM_2026 if dt.date.today() >= dt.date(2026, 3, 1) else PM_2012))
    aqi = 0
    for code, bps in table.items():
        c = values.get(code)
        if c is None:
            continue
        for i in range(1, len(bps)):
            if c <= bps[i]:
                share = (c - bps[i - 1]) / (bps[i] - bps[i - 1])
                aqi = max(aqi, math.ceil(IAQI[i - 1] + (IAQI[i] - IAQI[i - 1]) * share))
                break
    return 1 + sum(aqi > upper for upper in (50, 100, 150, 200, 300))


# GB 3838-2002 Table 1, classes I–V (rivers: TN is not assessed); beyond class V is level 6
GB3838_MAX = {"CODMn": (2, 4, 6, 10, 15), "NH3N": (0.15, 0.5, 1.0, 1.5, 2.0), "TP": (0.02, 0.1, 0.2, 0.3, 0.4)}
GB3838_DO_MIN = (7.5, 6, 5, 3, 2)


def _gb3838_river_class(values):
    worst = 1
    for code, limits in GB3838_MAX.items():
        if code in values:
            worst = max(worst, next((k + 1 for k, lim in enumerate(limits) if values[code] <= lim), 6))
    if "DO" in values:
        worst = max(worst, next((k + 1 for k, lim in enumerate(GB3838_DO_MIN) if values["DO"] >= lim), 6))
    if "pH" in values and not 6 <= values["pH"] <= 9:
        worst = 6
    return worst


@pytest.fixture
def server(sta_server):
    """The session's shared seeded server (test/conftest.py); its seed is the oracle."""
    return sta_server


def test_one_row_per_station_and_parameter(run_alg, server, tmp_path):
    report = str(tmp_path / "r.json")
    res = run_alg("fetchstations", {"URL": server.url, "API_TYPE": 0, "NETWORK": 2, "STALE_HOURS": 3,
                                    "OUTPUT": "memory:", "REPORT": report})
    layer = res["OUTPUT"]
    feats = list(layer.getFeatures())
    expected = {(s["code"], d["parameter"]): d["values"][-1] for s in server.seed["stations"] for d in s["datastreams"]}
    got = {(f["code"], f["parameter"]): f["value"] for f in feats}
    assert got == pytest.approx(expected)
    assert all(f["stale"] == 0 for f in feats)
    # water sections get a GB 3838 class; air stations an HJ 633 category, with that standard's colour
    from eco_supervision.eco_supervision_plugin.standards import gb3838, hj633

    for f in feats:
        if f["network"] == "air":
            assert f["colour"] == hj633.CATEGORIES[f["level"]][2]
        else:
            assert f["colour"] == gb3838.CLASS_COLOURS[f["level"]]
    # the level itself against the standards' tables applied here to the seeded latest values
    levels = {f["code"]: f["level"] for f in feats}
    for st in server.seed["stations"]:
        latest = {d["parameter"]: d["values"][-1] for d in st["datastreams"]}
        want = _aqi_level(latest) if st["network"] == "air" else _gb3838_river_class(latest)
        assert levels[st["code"]] == want, (st["code"], latest)
    with open(report, encoding="utf-8") as fh:
        rep = json.load(fh)
    assert rep["stations_kept"] == len(server.seed["stations"]) and rep["rows_written"] == len(expected)


def test_network_and_extent_filters(run_alg, server):
    first = server.seed["stations"][0]
    extent = QgsRectangle(first["lon"] - 0.001, first["lat"] - 0.001, first["lon"] + 0.001, first["lat"] + 0.001)
    res = run_alg("fetchstations", {"URL": server.url, "API_TYPE": 0, "NETWORK": 0,
                                    "EXTENT": "{},{},{},{} [EPSG:4326]".format(extent.xMinimum(), extent.xMaximum(),
                                                                              extent.yMinimum(), extent.yMaximum()),
                                    "OUTPUT": "memory:"})
    codes = {f["code"] for f in res["OUTPUT"].getFeatures()}
    assert codes == {first["code"]}
    res = run_alg("fetchstations", {"URL": server.url, "API_TYPE": 0, "NETWORK": 1, "OUTPUT": "memory:"})
    assert {f["network"] for f in res["OUTPUT"].getFeatures()} == {"water"}


def test_unreachable_server_is_a_clear_error(run_alg):
    port = helper.free_port()
    with pytest.raises(QgsProcessingException, match=r"^Could not read stations: (cannot reach|no answer from) "
                                                     r"http://127\.0\.0\.1:{}/sta/v1\.1/".format(port)):
        run_alg("fetchstations", {"URL": "http://127.0.0.1:{}/sta/v1.1".format(port), "API_TYPE": 0,
                                  "TIMEOUT": 2, "OUTPUT": "memory:"})


def test_bad_url_is_rejected(run_alg):
    with pytest.raises(QgsProcessingException, match=r"^The service URL must start with http:// or https://\.$"):
        run_alg("fetchstations", {"URL": "ftp://example", "API_TYPE": 0, "OUTPUT": "memory:"})


def test_generic_json_platform_through_a_field_mapping(run_alg, httpserver, tmp_path):
    """A provincial platform's JSON (wide layout, Beijing time) read through a mapping file."""
    import json

    httpserver.expect_request("/api/air").respond_with_json({"data": {"list": [
        {"code": "P1", "name": "站点一", "lon": 117.0, "lat": 36.6, "time": "2026-11-20 10:00:00", "pm25": 80,
         "so2": "7"}]}})
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"records": "data.list", "station_code": "code", "station_name": "name",
                                   "lon": "lon", "lat": "lat", "time": "time", "network_value": "air",
                                   "parameters": {"PM2.5": "pm25", "SO2": "so2"},
                                   "units": {"PM2.5": "ug/m3", "SO2": "ug/m3"}}), encoding="utf-8")
    res = run_alg("fetchstations", {"URL": httpserver.url_for("/api/air"), "API_TYPE": 2, "MAPPING": str(mapping),
                                    "STALE_HOURS": 1e6, "OUTPUT": "memory:"})
    got = {f["parameter"]: (f["code"], f["name"], f["value"]) for f in res["OUTPUT"].getFeatures()}
    assert got == {"PM2_5": ("P1", "站点一", 80.0), "SO2": ("P1", "站点一", 7.0)}
    with pytest.raises(QgsProcessingException, match="field mapping"):
        run_alg("fetchstations", {"URL": httpserver.url_for("/api/air"), "API_TYPE": 2, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="lacks station_code"):
        run_alg("fetchstations", {"URL": httpserver.url_for("/api/air"), "API_TYPE": 2,
                                  "MAPPING": '{"records": "data.list", "time": "t"}', "OUTPUT": "memory:"})


@pytest.mark.parametrize("name,value,low,message", [
    ("STALE_HOURS", "nan", -1, "Stale after must be a finite number of hours ≥ 0, not -1."),
    ("TIMEOUT", "inf", 0.5, "The timeout must be a finite number of seconds ≥ 1, not 0.5."),
    ("MAX_MB", "nan", 0.01, "The largest reply must be a finite number of MiB ≥ 0.1, not 0.01."),
])
def test_non_finite_numbers_are_refused(run_alg, name, value, low, message):
    base = {"URL": "http://127.0.0.1:9/sta", "API_TYPE": 0, "OUTPUT": "memory:"}
    with pytest.raises(QgsProcessingException, match=r"\({}\) must be a finite number".format(name)):  # shared guard
        run_alg("fetchstations", dict(base, **{name: value}))
    pattern = "^Unable to execute algorithm\n" + message.replace(".", r"\.") + "$"
    with pytest.raises(QgsProcessingException, match=pattern):  # the algorithm's own range message
        run_alg("fetchstations", dict(base, **{name: low}))


def test_one_point_per_station_layout(run_alg, server):
    res = run_alg("fetchstations", {"URL": server.url, "API_TYPE": 0, "LAYOUT": 1, "OUTPUT": "memory:"})
    feats = {f["code"]: f for f in res["OUTPUT"].getFeatures()}
    assert sorted(feats) == sorted(s["code"] for s in server.seed["stations"])
    for st in server.seed["stations"]:
        for d in st["datastreams"]:
            assert feats[st["code"]][d["parameter"]] == pytest.approx(d["values"][-1])
