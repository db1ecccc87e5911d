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
from eco_supervision.eco_supervision_plugin.cloud.transport import AuthError, QgisTransport
logs = []
out = {"authcfg": cfg.id()}
t = QgisTransport(authcfg=cfg.id(), timeout=10, max_retries=0, log=logs.append)
try:
    out["data"] = t.get_json(sys.argv[1] + "?token=abc")
except AuthError as error:
    out["error"] = str(error)
    out["status"] = error.status
out["logs"] = logs
print("RESULT " + json.dumps(out))
'''

SECRET = "s3cret-pw"


def _probe(url, tmp_path, pkgroot):
    script = tmp_path / "probe.py"
    script.write_text(PROBE)
    authdir = tmp_path / "auth"
    authdir.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(script), url, str(authdir), pkgroot, SECRET], capture_output=True,
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
