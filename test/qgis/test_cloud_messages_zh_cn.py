"""Station-client errors and warnings reach a Chinese user in Chinese.

The station clients (eco_supervision_plugin/cloud) raise ``TransportError``/``AuthError``/``NotSensorThings``/
``MappingError(template, *args)`` and warn with ``Note(template, *args)``; ``fetchstations`` and the live-station
dock show them with ``translate_note`` / ``station_dock.shown``. A fresh ``/usr/bin/python3`` subprocess installs
the zh_CN translator compiled from the current .ts, starts a small local HTTP server (one path answers JSON that
is not a SensorThings root, one answers 401), runs the real ``fetchstations`` algorithm against it through
QgisTransport and prints the QgsProcessingException text; it also shows a transport error whose URL carried a
token the way the dock does. The expected text is the .ts translation formatted with the same arguments (read
from the .ts, never copied here). The same probe without a translator shows the English.
"""

import json
import os
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_core_messages_zh_cn import SYSTEM_PYTHON, qm_dir, ts_table  # noqa: E402, F401 (qm_dir is a fixture)

PROBE = r'''
import http.server
import json
import sys
import threading

pkgroot, qm_dir = sys.argv[1], sys.argv[2]
sys.path.insert(0, pkgroot)
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

app = QgsApplication([], False)
QgsApplication.initQgis()
from eco_supervision.eco_supervision_plugin import i18n

if qm_dir != "-":
    i18n.I18N_DIR = qm_dir
    assert i18n.install_translator("zh_CN")

from eco_supervision.eco_supervision_plugin.cloud.transport import BaseTransport, Response, TransportError
from eco_supervision.eco_supervision_plugin.gui.station_dock import shown
from eco_supervision.processing_algorithms.fetch_stations import FetchStationsAlgorithm


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/locked"):
            body, status = b'{"error": "no"}', 401
        else:
            body, status = json.dumps({"value": [{"name": "Stations", "url": "x"}]}).encode(), 200
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
root = "http://127.0.0.1:{}".format(server.server_address[1])
out = {"port": server.server_address[1]}
for key, url in (("not_sta", root + "/plain/v1.1"), ("auth", root + "/locked/v1.1")):
    alg = FetchStationsAlgorithm()
    alg.initAlgorithm({})
    try:
        alg.processAlgorithm({"URL": url, "API_TYPE": 0, "NETWORK": 0, "TIMEOUT": 10, "OUTPUT": "memory:"},
                             QgsProcessingContext(), QgsProcessingFeedback())
        out[key] = None
    except QgsProcessingException as error:
        out[key] = str(error.args[0])


class Gone(BaseTransport):
    def _send(self, url, headers, timeout):
        return Response(404, {}, b"", url)


try:
    Gone(max_retries=0).get("https://platform.example/api/stations?token=s3cret&city=hz")
except TransportError as error:
    out["dock"] = shown(error)
    out["dock_str"] = str(error)
server.shutdown()
print("JSON:" + json.dumps(out, ensure_ascii=False))
'''


def run_probe(tmp_path, plugin_pkgroot, qm, lang):
    script = tmp_path / "probe_cloud_messages.py"
    script.write_text(PROBE, encoding="utf-8")
    home = tmp_path / "home-{}".format(lang[:2])
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_RUNTIME_DIR": str(home), "LANG": lang,
           "QT_QPA_PLATFORM": "offscreen", "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}
    proc = subprocess.run([SYSTEM_PYTHON, str(script), plugin_pkgroot, qm], env=env, capture_output=True,
                          text=True, timeout=120)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("JSON:")]
    assert proc.returncode == 0 and lines, "probe failed:\n{}\n{}".format(proc.stdout, proc.stderr)
    return json.loads(lines[-1][5:])


@pytest.fixture(scope="module")
def shown(repo_root, plugin_pkgroot, qm_dir, tmp_path_factory):  # noqa: F811 (qm_dir is the imported fixture)
    tmp = tmp_path_factory.mktemp("cloud_messages")
    return {"zh": run_probe(tmp, plugin_pkgroot, qm_dir, "zh_CN.UTF-8"),
            "en": run_probe(tmp, plugin_pkgroot, "-", "en_US.UTF-8"), "table": ts_table(repo_root)}


def expected(table, outer, inner, inner_args, lang):
    """``outer`` formatted with ``inner`` formatted with ``inner_args``, each in the .ts language or English."""
    def text(source):
        if lang == "en":
            return source
        assert source in table, "{!r} is not a finished message of the .ts".format(source)
        return table[source]

    message = text(inner).format(*inner_args)
    return text(outer).format(message) if outer else message


def cases(port):
    host = "127.0.0.1:{}".format(port)
    return {
        "not_sta": ("Could not read stations: {}",
                    "{} answers, but not as a SensorThings API service (no Things/Datastreams in its root)", (host,)),
        "auth": ("The station server refused the credentials: check the authentication configuration. ({})",
                 "the server refused the credentials (HTTP {}) for {}", (401, "http://{}/locked/v1.1/".format(host))),
        "dock": (None, "HTTP {} from {}", (404, "https://platform.example/api/stations?token=***&city=hz")),
    }


@pytest.mark.parametrize("key", ["not_sta", "auth", "dock"])
def test_station_error_shown_in_chinese(shown, key):
    for lang in ("zh", "en"):
        outer, inner, args = cases(shown[lang]["port"])[key]
        assert shown[lang][key] == expected(shown["table"], outer, inner, args, lang), lang
    outer, inner, args = cases(shown["zh"]["port"])[key]
    assert shown["zh"][key] != expected(shown["table"], outer, inner, args, "en")


def test_no_secret_and_english_str(shown):
    """The token never reaches the user; ``str(error)`` stays the English message for logs and tests."""
    for lang in ("zh", "en"):
        assert "s3cret" not in json.dumps(shown[lang], ensure_ascii=False)
    assert shown["zh"]["dock_str"] == "HTTP {} from {}".format(404, "https://platform.example/api/stations?token=***&city=hz")
