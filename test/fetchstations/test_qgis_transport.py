"""QgisTransport with a QgsAuthManager configuration: the Basic credentials reach the server as an
Authorization header, a refusal is an AuthError, and the secret appears in no message or log.

Runs in a subprocess with its own throw-away authentication database (QGIS_AUTH_DB_DIR_PATH) so that
the session's QGIS profile is not touched.
"""

import base64
import json
import os
import subprocess
import sys

import pytest
from werkzeug.wrappers import Response

PROBE = r'''
import json, os, sys
os.environ["QGIS_AUTH_DB_DIR_PATH"] = sys.argv[2]
from qgis.core import QgsApplication, QgsAuthMethodConfig
app = QgsApplication([], False)
app.initQgis()
am = QgsApplication.authManager()
assert am.setMasterPassword("eco-test-master", True)
cfg = QgsAuthMethodConfig("Basic")
cfg.setName("sta")
cfg.setConfig("username", "planner")
cfg.setConfig("password", sys.argv[4])
assert am.storeAuthenticationConfig(cfg)
sys.path.insert(0, sys.argv[3])
from eco_supervision.eco_supervision_plugin.cloud.transport import QgisTransport, TransportError
logs = []
out = {"authcfg": cfg.id()}
options = json.loads(sys.argv[5]) if len(sys.argv) > 5 else {}
suffix = options.pop("suffix", "?token=abc")
t = QgisTransport(authcfg=cfg.id(), timeout=10, max_retries=0, log=logs.append, **options)
import resource
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    out["data"] = t.get_json(sys.argv[1] + suffix)
except TransportError as error:
    out["error"] = str(error)
    out["status"] = error.status
    out["kind"] = type(error).__name__
out["logs"] = logs
out["grown_mib"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024.0
print("RESULT " + json.dumps(out))
'''

SECRET = "s3cret-pw"


def _probe(url, tmp_path, pkgroot, **options):
    script = tmp_path / "probe.py"
    script.write_text(PROBE)
    authdir = tmp_path / "auth"
    authdir.mkdir(exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(script), url, str(authdir), pkgroot, SECRET, json.dumps(options)],
                          capture_output=True,
                          text=True, env=env, timeout=120)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")), None)
    assert line, done.stdout[-2000:] + done.stderr[-2000:]
    return json.loads(line[len("RESULT "):]), done.stdout + done.stderr


def test_auth_config_credentials_reach_the_server(httpserver, tmp_path, plugin_pkgroot):
    expected = "Basic " + base64.b64encode("planner:{}".format(SECRET).encode()).decode()
    httpserver.expect_request("/sta/", headers={"Authorization": expected}).respond_with_json({"value": []})
    result, output = _probe(httpserver.url_for("/sta/"), tmp_path, plugin_pkgroot)
    assert result["data"] == {"value": []}
    assert SECRET not in output


def test_refused_credentials_are_an_auth_error_without_the_secret(httpserver, tmp_path, plugin_pkgroot):
    httpserver.expect_request("/sta/").respond_with_data("no", status=401)
    result, output = _probe(httpserver.url_for("/sta/"), tmp_path, plugin_pkgroot)
    assert result["status"] == 401 and "refused the credentials" in result["error"]
    assert SECRET not in output and "abc" not in result["error"]  # token query values are redacted


BASIC = "Basic " + base64.b64encode("planner:{}".format(SECRET).encode()).decode()



def test_redirect_to_another_origin_gets_no_credentials(httpserver, other, tmp_path, plugin_pkgroot):
    """QgsBlockingNetworkRequest would follow the redirect itself (and apply an auth config to the new target)."""
    other.expect_request("/steal").respond_with_json({"stolen": True})
    httpserver.expect_request("/sta/").respond_with_response(
        Response("", status=302, headers={"Location": other.url_for("/steal")}))
    result, _ = _probe(httpserver.url_for("/sta/"), tmp_path, plugin_pkgroot)
    assert result["kind"] == "RefusedLink" and "another server" in result["error"]
    assert httpserver.log[0][0].headers.get("Authorization") == BASIC
    assert other.log == []  # the 3xx comes back to the transport on every QGIS version: the other server is never asked
    result, _ = _probe(httpserver.url_for("/sta/"), tmp_path, plugin_pkgroot, allow_other_origins=True)
    assert result["data"] == {"stolen": True}
    assert [r.headers.get("Authorization") for r, _ in other.log] == [None]  # one request, ours, without credentials


def test_redirect_on_the_same_origin_keeps_the_auth_config(httpserver, tmp_path, plugin_pkgroot):
    httpserver.expect_request("/old/").respond_with_response(Response("", status=301, headers={"Location": "/new/"}))
    httpserver.expect_request("/new/").respond_with_json({"ok": 1})
    result, _ = _probe(httpserver.url_for("/old/"), tmp_path, plugin_pkgroot)
    assert result["data"] == {"ok": 1}
    assert [r.headers.get("Authorization") for r, _ in httpserver.log] == [BASIC, BASIC]


def test_redirect_to_a_local_file_is_not_read(httpserver, tmp_path, plugin_pkgroot):
    """Without the transport's own redirect handling QGIS reads file:// targets and returns their content."""
    secret = tmp_path / "secret.json"
    secret.write_text('{"local": "LOCAL-FILE-CONTENT"}')
    httpserver.expect_request("/sta/").respond_with_response(
        Response("", status=302, headers={"Location": secret.as_uri()}))
    result, output = _probe(httpserver.url_for("/sta/"), tmp_path, plugin_pkgroot, allow_other_origins=True)
    assert result["kind"] == "RefusedLink" and result["error"].startswith("a link to a file: address was not followed")
    assert "LOCAL-FILE-CONTENT" not in output


def test_size_cap_in_qgis(httpserver, tmp_path, plugin_pkgroot):
    httpserver.expect_request("/big").respond_with_json({"value": "x" * 300000})
    result, _ = _probe(httpserver.url_for("/big"), tmp_path, plugin_pkgroot, max_bytes=100000, suffix="")
    assert result["kind"] == "TooLarge" and "is larger than 0.1 MiB (0.3 MiB received or announced)" in result["error"]
    result, _ = _probe(httpserver.url_for("/big"), tmp_path, plugin_pkgroot, max_bytes=400000, suffix="")
    assert len(result["data"]["value"]) == 300000


def test_gzip_bomb_is_refused_without_the_memory_in_qgis(httpserver, tmp_path, plugin_pkgroot):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from raw_server import gzip_bomb

    bomb = gzip_bomb(512)  # 512 MiB of zeros, 0.5 MiB on the wire
    httpserver.expect_request("/bomb").respond_with_response(
        Response(bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}))
    result, _ = _probe(httpserver.url_for("/bomb"), tmp_path, plugin_pkgroot, suffix="")
    assert result["kind"] == "TooLarge" and "is larger than 64 MiB" in result["error"]
    assert result["grown_mib"] < 250, result["grown_mib"]


def test_cancel_stops_a_request_to_a_silent_server_within_a_second(httpserver, qgis_app):
    """The reply is aborted from the request's own thread: QGIS 3.40/3.44 ignored the old abort until the timeout."""
    import threading
    import time

    from eco_supervision.eco_supervision_plugin.cloud.transport import QgisTransport
    from eco_supervision.eco_supervision_plugin.core.monitor import Cancelled

    release = threading.Event()

    def silent(request):
        release.wait(10)
        return Response("{}", content_type="application/json")

    httpserver.expect_request("/sta/").respond_with_handler(silent)
    cancelled = threading.Event()
    transport = QgisTransport(timeout=15, max_retries=0, is_cancelled=cancelled.is_set)
    start = time.monotonic()
    threading.Timer(0.5, cancelled.set).start()  # Cancel half a second into the wait
    try:
        with pytest.raises(Cancelled):
            transport.get(httpserver.url_for("/sta/"))
        elapsed = time.monotonic() - start
    finally:
        release.set()
    assert elapsed < 1.5, elapsed  # the timeout is 15 s


def test_an_error_in_the_cancel_check_is_raised_not_a_process_abort(httpserver, qgis_app):
    """PyQt aborts the process on an exception escaping a slot: the transport's slots keep it and raise it after."""
    import threading

    from eco_supervision.eco_supervision_plugin.cloud.transport import QgisTransport

    release = threading.Event()
    httpserver.expect_request("/sta/").respond_with_handler(
        lambda request: release.wait(10) and Response("{}", content_type="application/json"))
    calls = []

    def is_cancelled():
        calls.append(1)
        if len(calls) > 2:  # inside the request's event loop (the task behind it was deleted, say)
            raise RuntimeError("wrapped C/C++ object has been deleted")
        return False

    transport = QgisTransport(timeout=15, max_retries=0, is_cancelled=is_cancelled)
    try:
        with pytest.raises(RuntimeError, match="has been deleted"):
            transport.get(httpserver.url_for("/sta/"))
    finally:
        release.set()
