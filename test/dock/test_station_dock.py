"""The live station dock against the real local server: refresh fills the layer with the standards' colours,
the chart gets the history and the limit, an unreachable server keeps the last layer; a PNG of the dock."""

import datetime as dt
import json
import math
import os
import sys
import time

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sta_server"))
import helper  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qt_wait import wait as _wait  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture
def dock(dock):
    """The dock with one point per station and parameter (its default is one point per station)."""
    dock.layout_combo.setCurrentIndex(0)
    return dock


def test_refresh_chart_and_unreachable_server(dock, sta_server, tmp_path):
    from eco_supervision.eco_supervision_plugin.standards import gb3838, hj633

    server = sta_server  # the session's shared seeded server (test/conftest.py); its seed is the oracle
    seed = server.seed
    dock.url_edit.setText(server.url)
    assert dock.refresh()
    assert not dock.refresh()  # a second round is refused while one runs
    assert _wait(lambda: not dock.busy())
    layer = dock.layer
    expected = {(s["code"], d["parameter"]): d["values"][-1] for s in seed["stations"] for d in s["datastreams"]}
    got = {(f["code"], f["parameter"]): f["value"] for f in layer.getFeatures()}
    assert got == pytest.approx(expected)
    for f in layer.getFeatures():
        colours = hj633.CATEGORY_COLOURS if f["network"] == "air" else gb3838.CLASS_COLOURS
        assert f["colour"] == colours[f["level"]] and f["snapshot"] == 0
    # station panel: history of PM2.5 over 24 h with the GB 3095 Grade II limit line
    dock.station_list.setCurrentRow(0)
    dock.param_combo.setCurrentIndex(dock.param_combo.findData("PM2_5"))
    assert _wait(lambda: dock.history_task is None)
    dock.load_history()
    assert _wait(lambda: dock.history_task is None and dock.chart.readings)
    st = seed["stations"][0]
    ds = next(d for d in st["datastreams"] if d["parameter"] == "PM2_5")
    # window (now − 24 h, now]: the seeded hourly values inside it (24, or 23 once the clock has passed the
    # hour after seeding)
    start, end = dock.history_window
    assert end - start == dt.timedelta(hours=24)
    expected = [v for t, v in zip(ds["times"], ds["values"])
                if start < dt.datetime.fromisoformat(t.replace("Z", "+00:00")) <= end]
    assert len(expected) >= 23
    assert [r.value for r in dock.chart.readings] == pytest.approx(expected)
    assert dock.chart.limit is not None
    assert all(r.value > dock.chart.limit for r in dock.chart.exceedances())
    os.makedirs(os.path.join(REPO, "demo_output"), exist_ok=True)
    # the demo job writes station_dock.png from the sample data; this one is the synthetic test set
    assert dock.grab().save(os.path.join(REPO, "demo_output", "station_dock_test.png"))
    gpkg = str(tmp_path / "snap.gpkg")
    assert dock.save_snapshot(gpkg) and os.path.getsize(gpkg) > 0
    # the server is unreachable (nothing listens on that port): the layer keeps its features, the status says so
    count = dock.layer.featureCount()
    dock.url_edit.setText("http://127.0.0.1:{}/sensorthings/v1.1/".format(helper.free_port()))
    dock.refresh()
    assert _wait(lambda: not dock.busy(), timeout=90)
    assert dock.layer.featureCount() == count and "previous layer is kept" in dock.status.text()


def test_last_good_snapshot_shown_when_unreachable(dock, tmp_path):
    from eco_supervision.eco_supervision_plugin.cloud import snapshot
    from eco_supervision.eco_supervision_plugin.cloud.model import Parameter, Reading, Series, Station

    st = Station(id="x", code="W9", name="W9", network="water", lon=117.0, lat=36.0)
    st.series["NH3N"] = Series(1, Parameter("NH3N", unit="mg/L"), latest=Reading(dt.datetime.now(dt.timezone.utc), 2.5))
    snapshot.save(str(tmp_path / "last.json"), [st], url="http://old")
    dock.url_edit.setText("http://127.0.0.1:{}/sta/v1.1".format(helper.free_port()))
    dock.refresh()
    assert _wait(lambda: not dock.busy(), timeout=90)
    f = next(dock.layer.getFeatures())
    assert f["snapshot"] == 1 and f["code"] == "W9" and f["level"] == 6  # NH3-N 2.5 > 2.0: worse than V
    assert "snapshot" in dock.status.text() and "snapshot" in dock.layer.name()


@pytest.mark.parametrize("lo,hi", [(0.235, 0.46), (30.0, 165.0), (7.1, 7.5), (-1.0, 1.0), (1200.0, 1203.0)])
def test_chart_ticks_cover_the_range_with_round_steps(lo, hi):
    from eco_supervision.eco_supervision_plugin.gui.station_chart import format_tick, nice_ticks

    ticks = nice_ticks(lo, hi)
    assert ticks[0] <= lo and ticks[-1] >= hi and 3 <= len(ticks) <= 8
    steps = {round(b - a, 9) for a, b in zip(ticks, ticks[1:])}
    assert len(steps) == 1
    step = steps.pop()
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert any(abs(mantissa - m) < 1e-6 for m in (1, 2, 2.5, 5))
    labels = [format_tick(v, ticks) for v in ticks]
    assert len(set(labels)) == len(labels)  # enough decimals to tell the ticks apart


def test_chart_leaves_room_for_its_labels(qgis_iface):
    """The y labels are drawn inside the widget: the left margin is the widest label's width."""
    from qgis.PyQt.QtGui import QColor, QImage

    from eco_supervision.eco_supervision_plugin.cloud.model import Reading
    from eco_supervision.eco_supervision_plugin.gui.station_chart import StationChart

    t0 = dt.datetime(2026, 11, 20, tzinfo=dt.timezone.utc)
    chart = StationChart()
    chart.resize(300, 180)
    chart.set_data([Reading(t0 + dt.timedelta(hours=h), 1200.0 + h * 0.1) for h in range(24)], limit=1201.0,
                   kind="max", title="CO")
    image = chart.grab().toImage().convertToFormat(QImage.Format_RGB32)
    white = QColor("white").rgb()
    # column 0 stays blank (labels start right of it) and ink exists left of the plot frame
    assert all(image.pixel(0, y) == white for y in range(image.height()))
    assert any(image.pixel(x, y) != white for x in range(1, 30) for y in range(image.height()))


def test_auto_refresh_skips_ticks_while_a_round_runs(dock, httpserver):
    """A real QTimer ticking every 50 ms against a server that takes 1.5 s per page: the ticks that fall
    inside a running round are skipped (and logged), so at most one round is ever in flight."""
    from werkzeug.wrappers import Response

    root = {"value": [{"name": "Things", "url": "t"}, {"name": "Datastreams", "url": "d"}]}
    starts, in_flight, peak = [], [0], [0]

    def things(request):
        starts.append(time.monotonic())
        in_flight[0] += 1
        peak[0] = max(peak[0], in_flight[0])
        time.sleep(1.5)
        in_flight[0] -= 1
        thing = {"@iot.id": 1, "name": "S1", "properties": {"code": "S1"},
                 "Locations": [{"location": {"type": "Point", "coordinates": [117.0, 36.0]}}],
                 "Datastreams": [{"@iot.id": 10, "name": "PM2.5", "unitOfMeasurement": {"symbol": "ug/m3"},
                                  "ObservedProperty": {"name": "PM2.5"},
                                  "Observations": [{"phenomenonTime": "2026-11-20T02:00:00Z", "result": 40}]}]}
        return Response(json.dumps({"value": [thing]}), content_type="application/json")

    httpserver.expect_request("/sta/").respond_with_json(root)
    httpserver.expect_request("/sta/Things").respond_with_handler(things)
    logged, events = [], []
    dock.log = logged.append
    refresh, refreshed = dock.refresh, dock._refreshed

    def counted_refresh():
        started = refresh()
        if started:
            events.append("start")
        return started

    def counted_refreshed(*args):
        events.append("end")
        return refreshed(*args)

    dock.refresh, dock._refreshed = counted_refresh, counted_refreshed
    dock.url_edit.setText(httpserver.url_for("/sta"))
    dock.auto_check.setChecked(True)  # starts the timer with the minutes setting …
    assert dock.timer.isActive()
    dock.timer.setInterval(50)  # … shortened so that it ticks while a round runs
    assert _wait(lambda: events.count("start") >= 2, timeout=40)  # the timer goes on after the first round
    dock.auto_check.setChecked(False)
    assert not dock.timer.isActive()
    assert _wait(lambda: not dock.busy(), timeout=30)
    # rounds never overlap: every start follows the end of the previous round
    assert events[:4] == ["start", "end", "start", "end"] and peak[0] == 1
    assert len([m for m in logged if "skipped" in m]) >= 5  # 1.5 s of 50 ms ticks while a round ran
    assert dock.layer is not None and dock.layer.featureCount() == 1


def test_generic_json_platform_in_the_dock(dock, httpserver):
    """API type Generic JSON: the mapping field appears, the refresh reads the platform through it, a
    mapping that does not fit is explained in the status and the previous layer is kept."""
    httpserver.expect_request("/api/water").respond_with_json({"rows": [
        {"id": "S1", "x": 117.1, "y": 36.5, "t": "2026-11-20 10:00:00", "item": "氨氮", "v": 2.5, "u": "mg/L"},
        {"id": "S1", "x": 117.1, "y": 36.5, "t": "2026-11-20 10:00:00", "item": "总磷", "v": 0.1, "u": "mg/L"}]})
    assert dock.mapping_edit.isHidden()
    dock.api_combo.setCurrentIndex(2)
    assert not dock.mapping_edit.isHidden()
    dock.url_edit.setText(httpserver.url_for("/api/water"))
    dock.mapping_edit.setPlainText(json.dumps({
        "records": "rows", "layout": "long", "station_code": "id", "lon": "x", "lat": "y", "time": "t",
        "parameter": "item", "value": "v", "unit": "u", "parameters": {"氨氮": "NH3N", "总磷": "TP"}}))
    assert dock.refresh() and _wait(lambda: not dock.busy())
    got = {f["parameter"]: f["value"] for f in dock.layer.getFeatures()}
    assert got == {"NH3N": 2.5, "TP": 0.1}
    # NH3-N 2.5 mg/L is worse than class V (2.0): the section's class level is 6 (GB 3838 Table 1)
    assert {f["level"] for f in dock.layer.getFeatures()} == {6}
    dock.mapping_edit.setPlainText('{"records": "data.list", "station_code": "id", "time": "t", '
                                   '"parameters": {"NH3N": "v"}}')
    assert dock.refresh() and _wait(lambda: not dock.busy())
    assert "no record list at 'data.list'" in dock.status.text() and dock.layer.featureCount() == 2
