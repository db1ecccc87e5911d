"""Issue 13 items 20–23: the dock after its layer is removed, its size, a silent server, another server's
stations, parameter names, map highlight, the per-station layout and the chart's messages and labels."""

import datetime as dt
import json
import os
import sys
import threading
import time

from qgis.core import QgsApplication, QgsProject
from werkzeug.wrappers import Response

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sta_server"))
import helper  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qt_wait import wait as _wait  # noqa: E402

ROOT = {"value": [{"name": "Things", "url": "t"}, {"name": "Datastreams", "url": "d"}]}



def _thing(i, values):
    return {"@iot.id": i, "name": "S{}".format(i), "properties": {"code": "S{}".format(i)},
            "Locations": [{"location": {"type": "Point", "coordinates": [117.0 + i / 10.0, 36.0]}}],
            "Datastreams": [{"@iot.id": i * 10 + k, "name": name, "unitOfMeasurement": {"symbol": unit},
                             "ObservedProperty": {"name": name},
                             "Observations": [{"phenomenonTime": "2026-11-20T02:00:00Z", "result": value}]}
                            for k, (name, unit, value) in enumerate(values)]}


AIR = [("CO", "mg/m3", 0.8), ("NO2", "ug/m3", 30.0), ("PM2.5", "ug/m3", 80.0)]


def _serve(httpserver, things, path="/sta"):
    httpserver.expect_request(path + "/").respond_with_json(ROOT)
    httpserver.expect_request(path + "/Things").respond_with_json({"value": things})
    return httpserver.url_for(path)


def _refresh(dock):
    assert dock.refresh()
    assert _wait(lambda: not dock.busy())


# -- #20 ---------------------------------------------------------------------------------------------------

def test_dock_survives_its_layer_being_removed_and_a_new_project(dock, httpserver):
    dock.url_edit.setText(_serve(httpserver, [_thing(1, AIR), _thing(2, AIR)]))
    _refresh(dock)
    first = dock.layer
    assert first is not None and first.featureCount() == 2
    QgsProject.instance().removeMapLayer(first.id())
    QgsApplication.processEvents()
    assert dock.layer is None and dock.layer_is_empty()  # no "wrapped C/C++ object … has been deleted"
    _refresh(dock)
    assert dock.layer is not None and dock.layer.featureCount() == 2
    assert "2 stations" in dock.status.text()
    QgsProject.instance().clear()  # File → New project
    QgsApplication.processEvents()
    assert dock.layer is None
    dock.station_list.setCurrentRow(0)  # the panel does not touch the deleted layer either
    _refresh(dock)
    assert QgsProject.instance().mapLayer(dock.layer.id()) is dock.layer and dock.layer.featureCount() == 2


# -- #21 ---------------------------------------------------------------------------------------------------

def test_dock_scrolls_and_can_be_small(dock):
    from qgis.PyQt.QtWidgets import QScrollArea

    assert isinstance(dock.widget(), QScrollArea) and dock.widget().widgetResizable()
    assert dock.minimumSizeHint().height() <= 200  # it was 559 px


# -- #22 ---------------------------------------------------------------------------------------------------

def test_silent_server_shows_the_attempt_and_can_be_cancelled(dock, httpserver):
    release = threading.Event()

    def silent(request):
        release.wait(10)  # bounded: the test releases it at the end
        return Response(json.dumps(ROOT), content_type="application/json")

    httpserver.expect_request("/sta/").respond_with_handler(silent)
    dock.url_edit.setText(httpserver.url_for("/sta"))
    try:
        assert dock.refresh()
        assert not dock.cancel_button.isHidden()
        assert _wait(lambda: dock.status.text().startswith("Waiting for localhost:{}: ".format(httpserver.port)),
                     timeout=5)
        assert "request 1 (at most 20 s each; Cancel stops)" in dock.status.text()
        start = time.monotonic()
        dock.cancel_button.click()
        assert _wait(lambda: not dock.busy(), timeout=5) and time.monotonic() - start < 3
    finally:
        release.set()
    assert dock.cancel_button.isHidden() and dock.refresh_button.isEnabled()
    assert "the refresh was cancelled" in dock.status.text()


def test_after_a_refused_refresh_the_old_servers_stations_are_not_current(dock, httpserver):
    dock.url_edit.setText(_serve(httpserver, [_thing(1, AIR)]))
    _refresh(dock)
    assert dock.station_list.count() == 1
    dock.url_edit.setText("http://127.0.0.1:{}/sta/v1.1".format(helper.free_port()))
    _refresh(dock)
    assert dock.station_list.count() == 0 and dock.stations == []
    assert dock.layer.name() == "Live stations from localhost:{} (not current)".format(httpserver.port)
    assert "The stations shown are from localhost:{}, not from 127.0.0.1:".format(httpserver.port) in \
        dock.status.text()


# -- #23 ---------------------------------------------------------------------------------------------------

def test_parameters_by_name_pm25_first_and_the_station_is_highlighted(dock, httpserver):
    dock.url_edit.setText(_serve(httpserver, [_thing(1, AIR), _thing(2, AIR)]))
    dock.layout_combo.setCurrentIndex(0)  # per parameter: three points per station to select
    _refresh(dock)
    dock.station_list.setCurrentRow(1)
    assert [dock.param_combo.itemText(i) for i in range(dock.param_combo.count())] == [
        "PM2.5 (µg/m³)", "CO (mg/m³)", "NO2 (µg/m³)"]
    assert dock.param_combo.currentData() == "PM2_5"
    selected = dock.layer.selectedFeatures()
    assert len(selected) == 3 and {f["code"] for f in selected} == {"S2"}


def test_one_point_per_station_with_the_latest_values_as_fields(dock, httpserver):
    dock.url_edit.setText(_serve(httpserver, [_thing(1, AIR), _thing(2, [("NH3-N", "mg/L", 2.5)])]))
    assert dock.layout_combo.currentIndex() == 1  # the dock's default
    _refresh(dock)
    feats = {f["code"]: f for f in dock.layer.getFeatures()}
    assert sorted(feats) == ["S1", "S2"]
    assert (feats["S1"]["PM2_5"], feats["S1"]["CO"], feats["S1"]["NO2"]) == (80.0, 0.8, 30.0)
    assert feats["S2"]["NH3N"] == 2.5 and feats["S2"]["level"] == 6  # NH3-N 2.5 > 2.0 mg/L: worse than V
    # PM2.5 80 µg/m³ → IAQI 50 + 50 × (80 − 35)/(60 − 35) … HJ 633-2026 (2012: (80 − 75)/(115 − 75)); either way
    # above 100 ("lightly polluted", level 3) only under 2026
    expected = 3 if dt.date.today() >= dt.date(2026, 3, 1) else 2
    assert feats["S1"]["level"] == expected


def test_snapshot_mode_chart_says_why_there_is_no_history(dock, tmp_path):
    from eco_supervision.eco_supervision_plugin.cloud import snapshot
    from eco_supervision.eco_supervision_plugin.cloud.model import Parameter, Reading, Series, Station

    st = Station(id="x", code="A9", name="A9", network="air", lon=117.0, lat=36.0)
    now = dt.datetime.now(dt.timezone.utc)
    st.series["PM2_5"] = Series(1, Parameter("PM2_5", unit="µg/m³"), latest=Reading(now, 50))
    snapshot.save(str(tmp_path / "last.json"), [st], url="http://old")
    dock.url_edit.setText("http://127.0.0.1:{}/sta/v1.1".format(helper.free_port()))
    _refresh(dock)
    assert dock.showing_snapshot
    dock.station_list.setCurrentRow(0)
    assert dock.chart.readings == []
    assert dock.chart.message.startswith("No history: the server did not answer, the stations shown are the last "
                                         "snapshot (")


def test_limit_label_is_kept_off_the_line(qgis_iface):
    from eco_supervision.eco_supervision_plugin.cloud.model import Reading
    from eco_supervision.eco_supervision_plugin.gui.station_chart import StationChart, _crossings

    t0 = dt.datetime(2026, 11, 20, tzinfo=dt.timezone.utc)
    # the line runs just above the limit at the right end, where the label used to be drawn
    values = [40.0] * 12 + [62.0, 63.0, 64.0, 63.0, 62.0, 63.0, 64.0, 63.0, 62.0, 63.0, 64.0, 63.0]
    chart = StationChart()
    chart.resize(320, 180)
    chart.set_data([Reading(t0 + dt.timedelta(hours=h), v) for h, v in enumerate(values)], limit=60.0, kind="max",
                   title="PM2.5")
    chart.grab()
    assert len(chart.label_rects) == 1 and len(chart.line_points) == 24
    assert _crossings(chart.label_rects[0], chart.line_points) == 0


def test_times_are_shown_in_local_time_with_the_zone(monkeypatch):
    from eco_supervision.eco_supervision_plugin.gui.station_dock import local_time

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert local_time(dt.datetime(2026, 11, 20, 2, tzinfo=dt.timezone.utc)) == "2026-11-20 10:00 CST"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_dock_content_fits_a_narrow_dock(dock):
    """No sideways scrolling: at 360 px the content fits the dock's viewport."""
    dock.resize(360, 500)
    dock.show()
    QgsApplication.processEvents()
    scroll = dock.widget()
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    dock.hide()


def test_a_refused_refresh_of_the_same_server_says_how_old_the_layer_is(dock, httpserver):
    from eco_supervision.eco_supervision_plugin.gui.station_dock import local_time

    dock.url_edit.setText(_serve(httpserver, [_thing(1, AIR)]))
    _refresh(dock)
    filled = dock.last_ok
    httpserver.clear()
    httpserver.expect_request("/sta/").respond_with_data("no", status=401)
    _refresh(dock)
    assert dock.layer.featureCount() == 1 and dock.station_list.count() == 1
    assert dock.layer.name() == "Live stations (as of {})".format(local_time(filled))
    assert "refused the credentials (HTTP 401)" in dock.status.text()
