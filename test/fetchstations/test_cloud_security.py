"""Issue 13 items 3–7: the station clients' link policy, size cap, reply decoding and deadline, each
against local servers on 127.0.0.1 (a framework server and a scripted raw one)."""

import json
import os
import subprocess
import sys
import time

import pytest
from werkzeug.wrappers import Response

from eco_supervision.eco_supervision_plugin.cloud import transport as tp
from eco_supervision.eco_supervision_plugin.cloud.sensorthings import SensorThingsClient

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from raw_server import RawServer, gzip_bomb, head, trickle  # noqa: E402

BASIC = "Basic cGxhbm5lcjpzM2NyZXQ="  # planner:s3cret


def _thing(i):
    return {"@iot.id": i, "name": "S{}".format(i), "properties": {"code": "S{}".format(i)},
            "Locations": [{"location": {"type": "Point", "coordinates": [117.0, 36.0]}}],
            "Datastreams": [{"@iot.id": i * 10, "name": "PM2.5", "unitOfMeasurement": {"symbol": "ug/m3"},
                             "ObservedProperty": {"name": "PM2.5"},
                             "Observations": [{"phenomenonTime": "2026-11-20T02:00:00Z", "result": 30.0 + i}]}]}


def _transport(**kw):
    kw.setdefault("backoff", 0.05)
    kw.setdefault("timeout", 10)
    kw.setdefault("credentials", {"Authorization": BASIC})
    return tp.RequestsTransport(**kw)



def _auth_of(server):
    return [request.headers.get("Authorization") for request, _ in server.log]


# -- #3 credentials only to the configured origin --------------------------------------------------------

def test_next_link_to_another_origin_is_not_followed(httpserver, other):
    other.expect_request("/sta/Things").respond_with_json({"value": [_thing(2)]})
    httpserver.expect_request("/sta/Things").respond_with_json(
        {"value": [_thing(1)], "@iot.nextLink": other.url_for("/sta/Things") + "?$skip=1"})
    client = SensorThingsClient(httpserver.url_for("/sta"), _transport())
    stations = client.latest()
    assert [s.code for s in stations] == ["S1"] and other.log == []
    assert any("another server" in w and "stopped paging after 1 pages" in w for w in client.warnings)
    assert _auth_of(httpserver) == [BASIC]


def test_other_origins_when_allowed_never_get_the_credentials(httpserver, other):
    other.expect_request("/sta/Things").respond_with_json({"value": [_thing(2)]})
    httpserver.expect_request("/sta/Things").respond_with_json(
        {"value": [_thing(1)], "@iot.nextLink": other.url_for("/sta/Things") + "?$skip=1"})
    stations = SensorThingsClient(httpserver.url_for("/sta"), _transport(allow_other_origins=True)).latest()
    assert [s.code for s in stations] == ["S1", "S2"]
    assert _auth_of(httpserver) == [BASIC] and _auth_of(other) == [None]


def test_redirect_to_another_origin_is_refused_and_never_carries_credentials(httpserver, other):
    other.expect_request("/steal").respond_with_json({"value": []})
    httpserver.expect_request("/sta/").respond_with_response(
        Response("", status=302, headers={"Location": other.url_for("/steal")}))
    with pytest.raises(tp.RefusedLink) as info:
        _transport().get_json(httpserver.url_for("/sta/"))
    assert str(info.value) == ("a link to another server (http://127.0.0.1:{}) was not followed: only "
                               "http://localhost:{} is read (links to other servers are off in the settings)"
                               ).format(other.port, httpserver.port)
    assert other.log == []
    # allowed: followed, without the credentials
    assert _transport(allow_other_origins=True).get_json(httpserver.url_for("/sta/")) == {"value": []}
    assert _auth_of(other) == [None]


def test_redirect_on_the_same_origin_keeps_the_credentials(httpserver):
    httpserver.expect_request("/old/").respond_with_response(
        Response("", status=301, headers={"Location": "/new/"}))
    httpserver.expect_request("/new/").respond_with_json({"ok": 1})
    assert _transport().get_json(httpserver.url_for("/old/")) == {"ok": 1}
    assert _auth_of(httpserver) == [BASIC, BASIC]


def test_redirect_loop_is_bounded(httpserver):
    httpserver.expect_request("/a").respond_with_response(Response("", status=302, headers={"Location": "/a"}))
    t = _transport()
    with pytest.raises(tp.TransportError, match="^more than 5 redirects from http://localhost:"):
        t.get_json(httpserver.url_for("/a"))
    assert t.requests == 6


def test_api_key_goes_to_the_configured_origin_only(httpserver, other):
    from eco_supervision.eco_supervision_plugin.cloud.openaq import OpenAQClient

    t = _transport(credentials={}, allow_other_origins=True)
    OpenAQClient(t, api_key="k-123", url=httpserver.url_for("/v3"))
    httpserver.expect_request("/v3/x").respond_with_response(
        Response("", status=307, headers={"Location": other.url_for("/x")}))
    other.expect_request("/x").respond_with_json({})
    t.get_json(httpserver.url_for("/v3/x"))
    assert httpserver.log[0][0].headers.get("X-API-Key") == "k-123"
    assert other.log[0][0].headers.get("X-API-Key") is None


# -- #4 only http(s) --------------------------------------------------------------------------------------

def test_file_next_link_is_never_read(httpserver, tmp_path):
    secret = tmp_path / "secret.json"
    secret.write_text(json.dumps({"value": [dict(_thing(9), name="LOCAL-FILE-CONTENT")]}))
    httpserver.expect_request("/sta/Things").respond_with_json(
        {"value": [_thing(1)], "@iot.nextLink": secret.as_uri()})
    client = SensorThingsClient(httpserver.url_for("/sta"), _transport(allow_other_origins=True))
    stations = client.latest()
    assert [s.name for s in stations] == ["S1"]
    assert any("a link to a file: address was not followed" in w for w in client.warnings)


def test_file_redirect_is_refused(httpserver, tmp_path):
    secret = tmp_path / "secret.json"
    secret.write_text("{}")
    httpserver.expect_request("/sta/").respond_with_response(
        Response("", status=302, headers={"Location": secret.as_uri()}))
    with pytest.raises(tp.RefusedLink, match="^a link to a file: address was not followed: only http and https"):
        _transport(allow_other_origins=True).get_json(httpserver.url_for("/sta/"))


# -- #5 size cap, measured in a subprocess ------------------------------------------------------------------

PROBE = r'''
import json, resource, sys
sys.path.insert(0, sys.argv[1])
from eco_supervision.eco_supervision_plugin.cloud import transport as tp
t = tp.RequestsTransport(timeout=60, max_retries=0, max_bytes=int(sys.argv[3]))
t.get("http://127.0.0.1:1/warm") if False else None
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
out = {}
try:
    t.get(sys.argv[2])
    out["error"] = None
except tp.TransportError as error:
    out["error"] = str(error)
    out["kind"] = type(error).__name__
out["grown_mib"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024.0
print("RESULT " + json.dumps(out))
'''


def _probe(url, plugin_pkgroot, max_bytes=tp.MAX_BYTES):
    done = subprocess.run([sys.executable, "-c", PROBE, plugin_pkgroot, url, str(max_bytes)], capture_output=True,
                          text=True, timeout=120)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")), None)
    assert line, done.stdout[-2000:] + done.stderr[-2000:]
    return json.loads(line[len("RESULT "):])


BOMB = gzip_bomb(512)


def _huge(path, wfile):
    if path == "/announced":  # 1 GiB announced, then a stream of zeros (bounded)
        head(wfile, length=1 << 30)
        for _ in range(1 << 14):
            wfile.write(b"0" * 65536)
    elif path == "/chunked":  # no length at all: 1 GiB in chunks
        head(wfile, extra=["Transfer-Encoding: chunked"])
        block = b"10000\r\n" + b"0" * 65536 + b"\r\n"
        for _ in range(1 << 14):
            wfile.write(block)
    else:  # 512 MiB of zeros as 0.5 MiB of gzip
        head(wfile, length=len(BOMB), extra=["Content-Encoding: gzip"])
        wfile.write(BOMB)


@pytest.mark.parametrize("path", ["/announced", "/chunked", "/bomb"])
def test_huge_replies_are_refused_without_the_memory(plugin_pkgroot, path):
    with RawServer(_huge) as server:
        out = _probe(server.url(path), plugin_pkgroot)
    assert out["kind"] == "TooLarge"
    assert out["error"].startswith("the reply from http://127.0.0.1:{}{} is larger than 64 MiB".format(
        server.port, path))
    assert out["grown_mib"] < 200  # the whole reply would be 512–1024 MiB


def test_size_cap_is_configurable(httpserver, plugin_pkgroot):
    httpserver.expect_request("/x").respond_with_json({"value": "x" * 3000})
    assert _probe(httpserver.url_for("/x"), plugin_pkgroot, max_bytes=2048)["kind"] == "TooLarge"
    assert _probe(httpserver.url_for("/x"), plugin_pkgroot, max_bytes=4096)["error"] is None


# -- #6 what a reply is -----------------------------------------------------------------------------------

def test_deeply_nested_json_is_a_clear_error(httpserver):
    httpserver.expect_request("/deep").respond_with_data("[" * 200000 + "]" * 200000, content_type="application/json")
    with pytest.raises(tp.TransportError) as info:
        _transport().get_json(httpserver.url_for("/deep"))
    assert str(info.value) == "the reply from {} is JSON nested too deeply to be station data".format(
        httpserver.url_for("/deep"))
    assert info.value.__cause__ is None and info.value.__suppress_context__


@pytest.mark.parametrize("charset", ["GBK", "gb2312", "GB18030"])
def test_gbk_reply_is_decoded(httpserver, charset):
    body = json.dumps({"name": "济南市监测站"}, ensure_ascii=False).encode("gbk")
    httpserver.expect_request("/gbk").respond_with_data(body, content_type="application/json; charset=" + charset)
    assert _transport().get_json(httpserver.url_for("/gbk")) == {"name": "济南市监测站"}


def test_gbk_without_charset_is_still_read(httpserver):
    body = json.dumps({"name": "氨氮"}, ensure_ascii=False).encode("gbk")
    httpserver.expect_request("/gbk").respond_with_data(body, content_type="application/json")
    assert _transport().get_json(httpserver.url_for("/gbk")) == {"name": "氨氮"}


def test_login_page_is_named(httpserver):
    page = '<!DOCTYPE html><html><body><form action="/login"><input type="password" name="pw"></form></body></html>'
    httpserver.expect_request("/sta/").respond_with_data(page, content_type="text/html; charset=utf-8")
    with pytest.raises(tp.TransportError) as info:
        _transport().get_json(httpserver.url_for("/sta/"))
    assert str(info.value) == ("the server at {} sent a login page instead of JSON: check the URL and the "
                               "authentication configuration").format(httpserver.url_for("/sta/"))


def test_json_cut_in_the_middle_says_connection_cut(httpserver):
    text = json.dumps({"value": [_thing(1), _thing(2)]})
    httpserver.expect_request("/cut").respond_with_data(text[:len(text) // 2], content_type="application/json")
    with pytest.raises(tp.TransportError) as info:
        _transport().get_json(httpserver.url_for("/cut"))
    assert str(info.value) == "connection cut: the JSON from {} ends after {} bytes, in the middle of the reply".format(
        httpserver.url_for("/cut"), len(text) // 2)


def test_connection_closed_before_the_announced_length_says_connection_cut():
    text = json.dumps({"value": [_thing(1), _thing(2)]}).encode()

    def cut(path, wfile):
        head(wfile, length=len(text))
        wfile.write(text[:100])

    with RawServer(cut) as server:
        with pytest.raises(tp.TransportError, match="^connection cut: the JSON from http://127.0.0.1:{}/ ends after "
                                                    "100 bytes".format(server.port)):
            _transport(max_retries=0).get_json(server.url("/"))


# -- #7 TIMEOUT is the deadline of the whole request -------------------------------------------------------

def test_trickling_server_gets_one_deadline_for_all_attempts():
    body = json.dumps({"value": [_thing(1)]}).encode()

    def slow(path, wfile):
        head(wfile, length=len(body))
        trickle(wfile, body, every=0.2)

    with RawServer(slow) as server:
        t = _transport(timeout=1.5, max_retries=3)
        start = time.monotonic()
        with pytest.raises(tp.TransportError) as info:
            t.get_json(server.url("/"))
        waited = time.monotonic() - start
    assert waited < 3.0  # per attempt it would be 4 × 1.5 s + back-off, or the whole trickle (~60 s)
    message = str(info.value)
    assert message.startswith("no answer from http://127.0.0.1:{}/ after waiting ".format(server.port))
    assert message.endswith(" s in all (attempts: 1; the timeout covers the whole request, retries included)")
    assert 1.4 <= float(message.split("after waiting ")[1].split(" s")[0]) <= 3.0


def test_retries_stop_at_the_deadline(httpserver):
    httpserver.expect_request("/busy").respond_with_data("busy", status=503)
    t = _transport(timeout=1.0, max_retries=50, backoff=0.3, max_wait=0.3)
    start = time.monotonic()
    with pytest.raises(tp.TransportError, match="^no answer from .* after waiting 1.0 s in all"):
        t.get(httpserver.url_for("/busy"))
    assert time.monotonic() - start < 2.0 and 3 <= t.requests <= 5
