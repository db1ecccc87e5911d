"""Core errors and warnings reach a Chinese user in Chinese.

The pure core raises ``PlannerError(template, *args)`` / returns ``Note(template, *args)``
(eco_supervision_plugin/core/messages.py); ``run_core`` and ``translate_note`` (processing_algorithms/base.py)
translate the template with the plugin's translator and format it. A fresh ``/usr/bin/python3`` subprocess
installs the zh_CN translator compiled from the current .ts, calls real core functions with bad input through
``run_core`` and prints what the user would see; the expected text is the .ts translation formatted with the
same arguments (read from the .ts, never copied here). The same probe without a translator shows the English.
"""

import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"

PROBE = r'''
import json
import sys

pkgroot, qm_dir = sys.argv[1], sys.argv[2]
sys.path.insert(0, pkgroot)
from qgis.core import QgsApplication, QgsProcessingException

app = QgsApplication([], False)
QgsApplication.initQgis()
from eco_supervision.eco_supervision_plugin import i18n

if qm_dir != "-":
    i18n.I18N_DIR = qm_dir
    assert i18n.install_translator("zh_CN")
import numpy as np

from eco_supervision.eco_supervision_plugin.core.emergency import response
from eco_supervision.eco_supervision_plugin.core.hotspot import grid
from eco_supervision.eco_supervision_plugin.core.river import network as river_network
from eco_supervision.processing_algorithms.base import run_core, translate_note

out = {}
for key, fn, args in (
    ("thresholds", response.parse_thresholds, ("",)),
    ("threshold_value", response.parse_thresholds, ("30,-5",)),
    ("cell_size", grid.build_grid, ([np.array([[0, 0], [10, 0], [10, 10], [0, 0]], float)], -2.0)),
):
    try:
        run_core(None, fn, *args)
        out[key] = None
    except QgsProcessingException as error:
        out[key] = str(error.args[0])
net = river_network.build_network([np.array([[0, 0], [0.5, 0]], float), np.array([[0, 0], [1000, 0]], float)],
                                  node_tolerance=1.0)
out["warning"] = translate_note(net.warnings[0])
out["warning_str"] = str(net.warnings[0])
print("JSON:" + json.dumps(out, ensure_ascii=False))
'''


def ts_table(repo_root):
    table = {}
    path = os.path.join(repo_root, "resources", "i18n", "eco_supervision_zh_CN.ts")
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and translation.text:
            table[message.findtext("source")] = translation.text
    return table


@pytest.fixture(scope="module")
def qm_dir(repo_root, tmp_path_factory):
    ts = os.path.join(repo_root, "resources", "i18n", "eco_supervision_zh_CN.ts")
    lrelease = shutil.which("lrelease")
    if lrelease is None:
        own = os.path.join(repo_root, "resources", "i18n", "eco_supervision_zh_CN.qm")
        if os.path.exists(own) and os.path.getmtime(own) >= os.path.getmtime(ts):
            return os.path.dirname(own)
        pytest.fail("lrelease is not installed and the plugin's .qm is missing or stale: run `make qm` first")
    out = tmp_path_factory.mktemp("qm_core")
    proc = subprocess.run([lrelease, "-silent", ts, "-qm", str(out / "eco_supervision_zh_CN.qm")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return str(out)


def run_probe(tmp_path, plugin_pkgroot, qm, lang):
    script = tmp_path / "probe_core_messages.py"
    script.write_text(PROBE, encoding="utf-8")
    home = tmp_path / "home-{}".format(lang[:2])
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_RUNTIME_DIR": str(home), "LANG": lang,
           "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([SYSTEM_PYTHON, str(script), plugin_pkgroot, qm], env=env, capture_output=True,
                          text=True, timeout=120)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("JSON:")]
    assert proc.returncode == 0 and lines, "probe failed:\n{}\n{}".format(proc.stdout, proc.stderr)
    return json.loads(lines[-1][5:])


@pytest.fixture(scope="module")
def shown(repo_root, plugin_pkgroot, qm_dir, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("core_messages")
    return {"zh": run_probe(tmp, plugin_pkgroot, qm_dir, "zh_CN.UTF-8"),
            "en": run_probe(tmp, plugin_pkgroot, "-", "en_US.UTF-8"), "table": ts_table(repo_root)}


CASES = {
    "thresholds": ("Give at least one response-time threshold in minutes, e.g. 30,60.", ()),
    "threshold_value": ("Response-time thresholds must be positive minutes (got {}).", ("-5",)),
    "cell_size": ("The cell size must be a positive number of metres (got {}).", (-2.0,)),
    "warning": ("{} line(s) are shorter than the node tolerance ({} m) or closed rings and were dropped.", (1, 1.0)),
}


@pytest.mark.parametrize("key", sorted(CASES))
def test_core_message_shown_in_chinese(shown, key):
    template, args = CASES[key]
    table = shown["table"]
    assert template in table, "{!r} is not a finished message of the .ts".format(template)
    expected_zh = table[template].format(*args)
    assert shown["zh"][key] == expected_zh
    assert shown["en"][key] == template.format(*args)
    assert expected_zh != template.format(*args)


def test_note_is_still_the_english_string(shown):
    """Reports and existing consumers keep the English text of a Note."""
    template, args = CASES["warning"]
    assert shown["zh"]["warning_str"] == template.format(*args)
