"""ecosupervision:fetchstations through processing.run against the real local SensorThings server."""

import json
import os
import sys

import pytest
from qgis.core import QgsProcessingException, QgsRectangle

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sta_server"))
import helper  # noqa: E402


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
    with pytest.raises(QgsProcessingException, match="Could not read stations"):
        run_alg("fetchstations", {"URL": "http://127.0.0.1:{}/sta/v1.1".format(port), "API_TYPE": 0,
                                  "TIMEOUT": 2, "OUTPUT": "memory:"})


def test_bad_url_is_rejected(run_alg):
    with pytest.raises(QgsProcessingException, match="http"):
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
