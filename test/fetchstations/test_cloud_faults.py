"""The clients against a fault-injecting local server (pytest-httpserver): canned answers, no internet."""

import json
import time

import pytest
from werkzeug.wrappers import Response

from eco_supervision.eco_supervision_plugin.cloud import transport as tp
from eco_supervision.eco_supervision_plugin.cloud.openaq import OpenAQClient
from eco_supervision.eco_supervision_plugin.cloud.sensorthings import NotSensorThings, SensorThingsClient

ROOT = {"value": [{"name": "Things", "url": "x"}, {"name": "Datastreams", "url": "y"}]}


def _transport(**kw):
    kw.setdefault("backoff", 0.05)
    kw.setdefault("timeout", 5)
    return tp.RequestsTransport(**kw)


def _thing(i, result=1.0, unit="ug/m3", time="2026-11-20T02:00:00Z"):
    return {"@iot.id": i, "name": "S{}".format(i), "properties": {"code": "S{}".format(i)},
            "Locations": [{"location": {"type": "Point", "coordinates": [117.0 + i / 100, 36.0]}}],
            "Datastreams": [{"@iot.id": i * 10, "name": "PM2.5", "unitOfMeasurement": {"symbol": unit},
                             "ObservedProperty": {"name": "PM2.5"},
                             "Observations": [{"phenomenonTime": time, "result": result}]}]}


def test_401_is_an_auth_error_without_retry(httpserver):
    httpserver.expect_request("/sta/").respond_with_json({"error": "no"}, status=401)
    t = _transport()
    with pytest.raises(tp.AuthError):
        SensorThingsClient(httpserver.url_for("/sta"), t).check_service()
    assert t.requests == 1


def test_429_retry_after_is_honoured(httpserver):
    httpserver.expect_ordered_request("/sta/").respond_with_response(
        Response("slow down", status=429, headers={"Retry-After": "1"}))
    httpserver.expect_ordered_request("/sta/").respond_with_json(ROOT)
    t = _transport()
    start = time.monotonic()
    SensorThingsClient(httpserver.url_for("/sta"), t).check_service()
    assert time.monotonic() - start >= 0.95 and t.requests == 2


def test_503_retries_are_bounded(httpserver):
    httpserver.expect_request("/sta/").respond_with_data("busy", status=503)
    t = _transport(max_retries=2)
    with pytest.raises(tp.TransportError) as info:
        SensorThingsClient(httpserver.url_for("/sta"), t).check_service()
    assert info.value.status == 503 and t.requests == 3


def test_slow_reply_times_out(httpserver):
    def slow(request):
        time.sleep(1.5)
        return Response(json.dumps(ROOT), content_type="application/json")

    httpserver.expect_request("/sta/").respond_with_handler(slow)
    t = _transport(timeout=0.3, max_retries=0)
    with pytest.raises(tp.TransportError, match="no answer"):
        SensorThingsClient(httpserver.url_for("/sta"), t).check_service()


def test_cancel_stops_waiting(httpserver):
    httpserver.expect_request("/sta/").respond_with_response(
        Response("slow down", status=429, headers={"Retry-After": "30"}))
    flag = {"stop": False}
    t = _transport(is_cancelled=lambda: flag["stop"], max_wait=30)
    import threading

    from eco_supervision.eco_supervision_plugin.core.monitor import Cancelled

    threading.Timer(0.3, lambda: flag.update(stop=True)).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        SensorThingsClient(httpserver.url_for("/sta"), t).check_service()
    assert time.monotonic() - start < 2


def test_malformed_json_and_non_sta(httpserver):
    httpserver.expect_request("/bad/").respond_with_data("{not json", content_type="application/json")
    httpserver.expect_request("/html/").respond_with_data("<html>portal</html>", content_type="text/html")
    httpserver.expect_request("/other/").respond_with_json({"value": [{"name": "Layers"}]})
    with pytest.raises(tp.TransportError, match="JSON"):
        SensorThingsClient(httpserver.url_for("/bad"), _transport()).check_service()
    with pytest.raises(tp.TransportError, match="JSON"):
        SensorThingsClient(httpserver.url_for("/html"), _transport()).check_service()
    with pytest.raises(NotSensorThings):
        SensorThingsClient(httpserver.url_for("/other"), _transport()).check_service()


def test_next_link_loop_is_detected(httpserver):
    loop = httpserver.url_for("/sta/Things") + "?$skip=1"
    httpserver.expect_request("/sta/Things").respond_with_json({"value": [_thing(1)], "@iot.nextLink": loop})
    t = _transport()
    c = SensorThingsClient(httpserver.url_for("/sta"), t)
    stations = c.latest()
    assert t.requests == 2 and any("repeated" in w for w in c.warnings)
    assert len(stations) == 1  # the repeated page holds the same Thing: kept once; the loop is cut there


def test_page_cap_on_endless_paging(httpserver):
    def page(request):
        skip = int(request.args.get("$skip", 0))
        nxt = httpserver.url_for("/sta/Things") + "?$skip={}".format(skip + 1)
        return Response(json.dumps({"value": [_thing(skip)], "@iot.nextLink": nxt}), content_type="application/json")

    httpserver.expect_request("/sta/Things").respond_with_handler(page)
    c = SensorThingsClient(httpserver.url_for("/sta"), _transport(), max_pages=5)
    assert len(c.latest()) == 5 and any("page cap" in w for w in c.warnings)


def test_unencoded_next_link_is_encoded(httpserver):
    seen = []
    raw_next = httpserver.url_for("/sta/Things") + "?$filter=name eq 'a b'&t=2026-11-20T10:00:00+08:00"

    def handler(request):
        seen.append(request.query_string.decode())
        if len(seen) == 1:
            return Response(json.dumps({"value": [_thing(1)], "@iot.nextLink": raw_next}),
                            content_type="application/json")
        return Response(json.dumps({"value": [_thing(2)]}), content_type="application/json")

    httpserver.expect_request("/sta/Things").respond_with_handler(handler)
    assert len(SensorThingsClient(httpserver.url_for("/sta"), _transport()).latest()) == 2
    assert "+" not in seen[1] and " " not in seen[1] and "%2B08:00" in seen[1]


def test_top_above_server_maximum_is_reduced(httpserver):
    def handler(request):
        if int(request.args.get("$top", 100)) > 50:
            return Response('{"detail": "$top must be <= 50"}', status=422, content_type="application/json")
        return Response(json.dumps({"value": [_thing(1)]}), content_type="application/json")

    httpserver.expect_request("/sta/Things").respond_with_handler(handler)
    c = SensorThingsClient(httpserver.url_for("/sta"), _transport(), page_size=1000)
    assert len(c.latest()) == 1 and any("$top" in w for w in c.warnings)


def test_expand_failure_falls_back_per_datastream(httpserver):
    def things(request):
        if "Observations" in request.args.get("$expand", ""):
            return Response("nested expand broken", status=404)
        t = _thing(1)
        t["Datastreams"][0].pop("ObservedProperty")
        t["Datastreams"][0].pop("Observations")
        return Response(json.dumps({"value": [t]}), content_type="application/json")

    httpserver.expect_request("/sta/Things").respond_with_handler(things)
    httpserver.expect_request("/sta/Datastreams(10)/ObservedProperty").respond_with_json({"name": "PM2.5"})

    def obs(request):
        if "phenomenonTime" in request.args.get("$orderby", ""):
            return Response("orderby broken", status=500)
        return Response(json.dumps({"value": [{"phenomenonTime": "2026-11-20T01:00:00Z/2026-11-20T02:00:00Z",
                                               "result": "42.5"}]}), content_type="application/json")

    httpserver.expect_request("/sta/Datastreams(10)/Observations").respond_with_handler(obs)
    c = SensorThingsClient(httpserver.url_for("/sta"), _transport(max_retries=0))
    st = c.latest()[0]
    assert c.fallback_used and st.series["PM2_5"].latest.value == 42.5
    assert st.series["PM2_5"].latest.time_end.hour == 2


def test_string_ids_null_results_missing_location_and_unit(httpserver):
    t = _thing(1, result=None, unit="")
    t["@iot.id"] = "st-1"
    t["Locations"] = []
    httpserver.expect_request("/sta/Things").respond_with_json({"value": [t, _thing(2, result="n/a")]})
    stations = SensorThingsClient(httpserver.url_for("/sta"), _transport()).latest()
    assert stations[0].id == "st-1" and not stations[0].has_location
    assert stations[0].series["PM2_5"].latest.value is None and "unit missing" in stations[0].series["PM2_5"].note
    assert stations[1].series["PM2_5"].latest.value is None


def test_tls_error_is_reported(httpserver):
    httpserver.expect_request("/sta/").respond_with_json(ROOT)
    url = httpserver.url_for("/sta").replace("http://", "https://")
    with pytest.raises(tp.TransportError, match="TLS|cannot reach"):
        SensorThingsClient(url, _transport(max_retries=0)).check_service()


def test_openaq_paging_units_and_key(httpserver):
    def locations(request):
        assert request.headers.get("X-API-Key") == "k-123"
        page = int(request.args["page"])
        results = [{"id": page, "name": "L{}".format(page), "coordinates": {"latitude": 36.0, "longitude": 117.0},
                    "sensors": [{"id": 100 + page, "parameter": {"name": "no2", "units": "ppb"}},
                                {"id": 200 + page, "parameter": {"name": "pm25", "units": "µg/m³"}},
                                {"id": 300 + page, "parameter": {"name": "co", "units": "ppm"}}]}]
        return Response(json.dumps({"meta": {"found": 2, "page": page, "limit": 1}, "results": results}),
                        content_type="application/json")

    httpserver.expect_request("/v3/locations").respond_with_handler(locations)
    for i in (1, 2):
        httpserver.expect_request("/v3/locations/{}/latest".format(i)).respond_with_json({"meta": {}, "results": [
            {"sensorsId": 100 + i, "value": 50.0, "datetime": {"utc": "2026-11-20T02:00:00Z"}},
            {"sensorsId": 200 + i, "value": 35.0, "datetime": {"utc": "2026-11-20T02:00:00Z"}},
            {"sensorsId": 300 + i, "value": 2.0, "datetime": {"utc": "2026-11-20T02:00:00Z"}}]})
    t = _transport()
    client = OpenAQClient(t, api_key="k-123", url=httpserver.url_for("/v3"), limit=1)
    assert t.min_interval == pytest.approx(1.0)  # 60 requests a minute
    t.min_interval = 0.0  # the canned server has no quota; keep the test fast
    stations = client.latest()
    assert [s.code for s in stations] == ["1", "2"]
    s = stations[0].series
    # 50 ppb NO2 → 0.05 × 46.0055 / 24.45 mg/m³ = 94.08 µg/m³; 2 ppm CO → 2 × 28.010 / 24.45 = 2.2912 mg/m³
    assert s["NO2"].latest.value == pytest.approx(94.081, abs=1e-3)
    assert s["CO"].latest.value == pytest.approx(2.29121, abs=1e-4) and s["CO"].parameter.unit == "mg/m³"
    assert s["PM2_5"].latest.value == 35.0 and stations[0].network == "air"


def test_openaq_rate_limit_spacing(httpserver):
    httpserver.expect_request("/v3/locations").respond_with_json({"meta": {"found": 0}, "results": []})
    t = _transport()
    client = OpenAQClient(t, url=httpserver.url_for("/v3"))
    t.min_interval = 0.2  # same mechanism as the 1 s spacing, shortened
    start = time.monotonic()
    for _ in range(3):
        client.locations()
    assert time.monotonic() - start >= 0.39


def _paged_things(httpserver, total, page, seen, link=None):
    """Things 0..total-1 in pages of ``page`` with @iot.count; nextLink = the request with $skip (or ``link``)."""

    def handler(request):
        skip = int(request.args.get("$skip", 0))
        seen.append((skip, request.args.get("$select"), request.args.get("$count")))
        body = {"value": [_thing(i) for i in range(skip, min(total, skip + page))], "@iot.count": total}
        if skip + page < total:
            args = [(k, v) for k, v in request.args.items(multi=True) if k != "$skip"]
            nxt = link(skip + page) if link else httpserver.url_for("/sta/Things") + "?" + "&".join(
                "{}={}".format(k, v) for k, v in args + [("$skip", str(skip + page))])
            body["@iot.nextLink"] = nxt
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/sta/Things").respond_with_handler(handler)


@pytest.mark.parametrize("total,skips", [(10, [0, 3, 6, 9]), (9, [0, 3, 6])])
def test_predictable_links_are_fetched_by_skip_and_counted(httpserver, total, skips):
    seen = []
    _paged_things(httpserver, total, 3, seen)
    t = _transport()
    stations = SensorThingsClient(httpserver.url_for("/sta"), t, page_size=3, concurrency=3).latest()
    assert sorted(int(s.code[1:]) for s in stations) == list(range(total))
    # 9 = 3 full pages: the last page's nextLink (to an empty page) is not followed, @iot.count is read
    assert sorted(skip for skip, _, _ in seen) == skips and t.requests == len(skips)
    assert seen[0][1] == "id,name,properties" and seen[0][2] == "true"  # $select and $count on the first page


def test_unpredictable_links_are_followed_one_by_one(httpserver):
    seen = []
    # the server links with an opaque token instead of $skip: no page can be predicted
    _paged_things(httpserver, 7, 3, seen, link=lambda skip: httpserver.url_for("/sta/Things") + "?$skip={}&x=1".format(
        skip))
    stations = SensorThingsClient(httpserver.url_for("/sta"), _transport(), page_size=3, concurrency=4).latest()
    assert sorted(int(s.code[1:]) for s in stations) == list(range(7))
    assert [skip for skip, _, _ in seen] == [0, 3, 6]  # in order, each from the previous page's link


def test_select_refused_falls_back_to_plain_expand(httpserver):
    def handler(request):
        if "$select" in request.args:
            return Response('{"message": "$select not supported"}', status=400, content_type="application/json")
        return Response(json.dumps({"value": [_thing(1)]}), content_type="application/json")

    httpserver.expect_request("/sta/Things").respond_with_handler(handler)
    c = SensorThingsClient(httpserver.url_for("/sta"), _transport())
    assert len(c.latest()) == 1 and not c.fallback_used and any("$select" in w for w in c.warnings)
