"""The generic JSON adapter (field mapping for provincial platforms) against canned replies on a local
server: wide and long layouts, nested paths, page/size paging, local times, unit conversion, bad mappings.

Oracles: hand-computed values (ppb → µg/m³ at 25 °C, 101.325 kPa: 1 ppb NO2 = 46.0055 / 24.45 µg/m³;
Beijing time 10:00 = 02:00 UTC) and the HJ 633 / GB 3838 classification of the same values.
"""

import datetime as dt
import json

import pytest
from werkzeug.wrappers import Response

from eco_supervision.eco_supervision_plugin.cloud import transport as tp
from eco_supervision.eco_supervision_plugin.cloud.generic_json import GenericJsonClient, MappingError, load_mapping
from eco_supervision.eco_supervision_plugin.cloud.pull import pull

UTC = dt.timezone.utc

WIDE = {"records": "data.list", "layout": "wide", "station_code": "stationCode", "station_name": "stationName",
        "lon": "location.lon", "lat": "location.lat", "network_value": "air", "time": "monitorTime",
        "parameters": {"PM2.5": "pm25", "PM10": "pm10", "NO2": "no2", "CO": "co"},
        "units": {"PM2.5": "μg/m³", "PM10": "μg/m³", "NO2": "ppb", "CO": "mg/m³"}}


def _wide_reply():
    return {"code": 0, "data": {"list": [
        {"stationCode": "1001A", "stationName": "市监测站", "location": {"lon": "117.02", "lat": 36.61},
         "monitorTime": "2026-11-20 10:00:00", "pm25": 80, "pm10": "120", "no2": 20, "co": 1.1},
        # an older record of the same station: not the latest
        {"stationCode": "1001A", "stationName": "市监测站", "location": {"lon": "117.02", "lat": 36.61},
         "monitorTime": "2026-11-20 09:00:00", "pm25": 500, "pm10": 600, "no2": 1, "co": 9},
        {"stationCode": "1002A", "stationName": "开发区", "location": {},
         "monitorTime": "2026/11/20 10:00", "pm25": "—", "pm10": None, "no2": 10, "co": 0.5},
    ]}}


def _transport():
    return tp.RequestsTransport(backoff=0.05, timeout=5)


def test_wide_layout_latest_values_units_and_local_time(httpserver):
    httpserver.expect_request("/api/air").respond_with_json(_wide_reply())
    c = GenericJsonClient(httpserver.url_for("/api/air"), _transport(), json.dumps(WIDE))
    stations = {s.code: s for s in c.latest()}
    a = stations["1001A"]
    assert (a.name, a.network, a.lon, a.lat) == ("市监测站", "air", 117.02, 36.61)
    assert a.series["PM2_5"].latest.value == 80 and a.series["PM10"].latest.value == 120
    assert a.series["NO2"].latest.value == pytest.approx(20 * 46.0055 / 24.45)  # ppb → µg/m³
    assert a.series["CO"].latest.value == pytest.approx(1.1)
    assert a.series["PM2_5"].latest.time == dt.datetime(2026, 11, 20, 2, tzinfo=UTC)  # 10:00 +08:00
    b = stations["1002A"]
    assert not b.has_location and b.series["PM2_5"].latest.value is None and b.series["PM10"].latest.value is None
    assert b.series["NO2"].latest.time == dt.datetime(2026, 11, 20, 2, tzinfo=UTC)


def test_long_layout_with_paging_and_aliases(httpserver):
    rows = [{"site": {"code": "W{}".format(i // 3)}, "name": "Section {}".format(i // 3), "x": 117.0 + i, "y": 36.0,
             "item": ["氨氮", "总磷", "溶解氧"][i % 3], "val": [2.5, 0.1, 6.0][i % 3],
             "unit": "mg/L", "ts": "2026112010"} for i in range(6)]

    def handler(request):
        page, size = int(request.args["pageNum"]), int(request.args["pageSize"])
        chunk = rows[(page - 1) * size: page * size]
        return Response(json.dumps({"rows": chunk, "total": len(rows)}), content_type="application/json")

    httpserver.expect_request("/api/water").respond_with_handler(handler)
    mapping = {"records": "rows", "layout": "long", "station_code": "site.code", "station_name": "name",
               "lon": "x", "lat": "y", "time": "ts", "time_format": "%Y%m%d%H", "parameter": "item", "value": "val",
               "unit": "unit", "parameters": {"氨氮": "NH3N", "总磷": "TP", "溶解氧": "DO"},
               "page_param": "pageNum", "size_param": "pageSize", "page_size": 4, "total": "total"}
    t = _transport()
    stations = {s.code: s for s in GenericJsonClient(httpserver.url_for("/api/water"), t, mapping).latest()}
    assert t.requests == 2 and set(stations) == {"W0", "W1"}
    w0 = stations["W0"]
    assert w0.network == "water" and {c: s.latest.value for c, s in w0.series.items()} == {
        "NH3N": 2.5, "TP": 0.1, "DO": 6.0}
    assert w0.series["TP"].latest.time == dt.datetime(2026, 11, 20, 2, tzinfo=UTC)


def test_pull_classifies_generic_stations_like_the_others(httpserver):
    from eco_supervision.eco_supervision_plugin.standards import hj633

    httpserver.expect_request("/api/air").respond_with_json(_wide_reply())
    now = dt.datetime(2026, 11, 20, 3, tzinfo=UTC)
    stations, rows, report = pull("generic_json", httpserver.url_for("/api/air"), _transport(), now=now,
                                  client_options={"mapping": WIDE})
    assert report["stations_received"] == 2 and report["stations_without_location"] == 1
    row = next(r for r in rows if r["code"] == "1001A" and r["parameter"] == "PM2_5")
    st = next(s for s in stations if s.code == "1001A")
    expected = hj633.aqi({c: s.latest.value for c, s in st.series.items() if s.latest.value is not None},
                         averaging="1h", date=now)
    assert row["level"] == expected.level and not row["stale"]


@pytest.mark.parametrize("mapping,message", [
    ("{not json", "not valid JSON"),
    ({"records": "x", "time": "t"}, "lacks station_code"),
    (dict(WIDE, layout="tall"), "wide' or 'long"),
    ({"records": "x", "station_code": "c", "time": "t", "layout": "long"}, "'parameter' and 'value'"),
    (dict(WIDE, timezone="Asia/Shanghai"), "offset"),
])
def test_bad_mappings_are_explained(mapping, message):
    with pytest.raises(MappingError, match=message):
        load_mapping(mapping)


def test_mapping_that_does_not_fit_the_reply(httpserver):
    httpserver.expect_request("/api/air").respond_with_json({"result": []})
    with pytest.raises(MappingError, match="no record list at 'data.list'"):
        GenericJsonClient(httpserver.url_for("/api/air"), _transport(), WIDE).latest()


def test_wind_fields_map_to_ws_and_wd(httpserver):
    # a provincial platform's wide record with 风速 (km/h) and 风向 (degrees) beside PM2.5: the one model's WS in
    # m/s (36 km/h = 10 m/s) and WD in degrees, ready for the source attribution's readings table
    reply = {"data": [{"code": "1001A", "name": "市监测站", "lon": 117.0, "lat": 36.6, "t": "2026-11-20 10:00:00",
                       "pm25": 80, "fs": 36.0, "fx": 225.0}]}
    httpserver.expect_request("/api/met").respond_with_json(reply)
    mapping = {"records": "data", "layout": "wide", "station_code": "code", "station_name": "name", "lon": "lon",
               "lat": "lat", "network_value": "air", "time": "t",
               "parameters": {"PM2.5": "pm25", "风速": "fs", "风向": "fx"}, "units": {"风速": "km/h", "风向": "°"}}
    st = GenericJsonClient(httpserver.url_for("/api/met"), _transport(), mapping).latest()[0]
    assert st.series["WS"].latest.value == pytest.approx(10.0) and st.series["WS"].parameter.unit == "m/s"
    assert st.series["WD"].latest.value == 225.0 and st.series["PM2_5"].latest.value == 80
