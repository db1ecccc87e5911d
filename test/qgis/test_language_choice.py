"""The plugin speaks the language QGIS speaks, however Chinese was chosen.

Three ways a planner gets a Chinese QGIS: Settings → Options → 简体中文 (QGIS stores
``locale/userLocale=zh-Hans`` with the override flag), the same setting written as ``zh_CN``, and
``qgis --lang zh_CN``. Each runs the real QGIS desktop (under Xvfb, a throw-away profile and HOME)
with a start-up script that loads the plugin through ``classFactory`` and writes what it shows; a
``qgis_process`` run reads the same profile setting. An English QGIS keeps the plugin English.
"""

import json
import os
import shutil
import subprocess

import pytest

PROBE = r'''
import json, os, sys
from qgis.core import QgsApplication
from qgis.utils import iface
sys.path.insert(0, os.environ["ECO_PKGROOT"])
import eco_supervision
from eco_supervision.eco_supervision_plugin import i18n
plugin = eco_supervision.classFactory(iface)
plugin.initProcessing()
provider = QgsApplication.processingRegistry().providerById("ecosupervision")
out = {"locale": i18n.user_locale(), "provider": provider.name(), "menu": plugin.menu,
       "hotspot": QgsApplication.processingRegistry().algorithmById("ecosupervision:hotspotgrid").displayName(),
       "help": QgsApplication.processingRegistry().algorithmById("ecosupervision:hotspotgrid").helpUrl()}
with open(os.environ["ECO_OUT"], "w", encoding="utf-8") as f:
    f.write(json.dumps(out, ensure_ascii=False))
plugin.unload()
os._exit(0)
'''

CHINESE = {"provider": "生态环境监管", "menu": "生态环境监管(&E)"}
ENGLISH = {"provider": "Eco Supervision", "menu": "&Eco Supervision"}


def write_profile_locale(profiles, code):
    """The two settings QGIS's Options dialog writes when a language is chosen."""
    ini = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[locale]\noverrideFlag=true\nuserLocale={}\n".format(code), encoding="utf-8")


def run_desktop(tmp_path, plugin_pkgroot, profile_locale=None, lang=None):
    if not shutil.which("xvfb-run") or not shutil.which("qgis"):
        pytest.fail("the QGIS desktop and xvfb-run are needed (make test installs them)")
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    profiles = home / "profiles"
    if profile_locale:
        write_profile_locale(profiles, profile_locale)
    script = tmp_path / "probe.py"
    script.write_text(PROBE, encoding="utf-8")
    out = tmp_path / "out.json"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "XDG_RUNTIME_DIR": str(home),
           "LANG": "en_US.UTF-8", "ECO_PKGROOT": plugin_pkgroot, "ECO_OUT": str(out)}
    cmd = ["xvfb-run", "-a", "qgis", "--nologo", "--noversioncheck", "--noplugins",
           "--profiles-path", str(profiles), "--code", str(script)]
    if lang:
        cmd[3:3] = ["--lang", lang]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180)
    assert out.exists(), "QGIS did not run the probe:\n{}\n{}".format(done.stdout[-2000:], done.stderr[-2000:])
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("profile_locale, lang", [("zh-Hans", None), ("zh_CN", None), (None, "zh_CN")],
                         ids=["options-zh-Hans", "settings-zh_CN", "lang-flag"])
def test_chinese_qgis_gives_chinese_plugin(tmp_path, plugin_pkgroot, profile_locale, lang):
    shown = run_desktop(tmp_path, plugin_pkgroot, profile_locale, lang)
    assert shown["locale"] == "zh_CN"
    assert {k: shown[k] for k in CHINESE} == CHINESE
    assert shown["hotspot"] != "Hotspot grid" and any("\u4e00" <= ch <= "\u9fff" for ch in shown["hotspot"])
    assert shown["help"].startswith("file://") and shown["help"].endswith("/docs/algorithms/hotspotgrid.zh_CN.html")


def test_english_qgis_keeps_plugin_english(tmp_path, plugin_pkgroot):
    shown = run_desktop(tmp_path, plugin_pkgroot, lang="en_US")
    assert shown["locale"] == "en_US"
    assert {k: shown[k] for k in ENGLISH} == ENGLISH
    assert shown["help"].endswith("/docs/algorithms/hotspotgrid.html")  # the rendered page, not the raw Markdown


def test_qgis_process_follows_the_options_choice(tmp_path, plugin_pkgroot):
    """qgis_process has no --lang: it reads the profile's choice (zh-Hans as the Options dialog stores it)."""
    qgis_process = shutil.which("qgis_process.bin") or "/usr/lib/qgis/qgis_process.bin"
    config = tmp_path / "config"
    write_profile_locale(config, "zh-Hans")
    env = dict(os.environ, QGIS_PLUGINPATH=plugin_pkgroot, QGIS_CUSTOM_CONFIG_PATH=str(config),
               QT_QPA_PLATFORM="offscreen", LANG="en_US.UTF-8")
    enabled = subprocess.run([qgis_process, "plugins", "enable", "eco_supervision"], env=env,
                             capture_output=True, text=True, timeout=300)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    shown = subprocess.run([qgis_process, "help", "ecosupervision:hotspotgrid"], env=env,
                           capture_output=True, text=True, timeout=300)
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert "生态环境监管" in shown.stdout or "热点" in shown.stdout, shown.stdout[:1500]
