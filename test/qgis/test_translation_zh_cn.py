"""The plugin under a Chinese locale: the Processing registry shows the zh_CN translations.

Each check runs in a fresh ``/usr/bin/python3`` subprocess (offscreen QGIS, temporary HOME so no
user settings are read or written) that loads the plugin through ``classFactory`` as QGIS does,
registers the provider and prints what the registry shows as JSON (with every parameter's help and the
table of toolbox groups). The same probe runs once with
``LANG=en_US.UTF-8`` and once with ``LANG=zh_CN.UTF-8``; every English string shown (provider
name, algorithm names and groups, parameter descriptions and help, output descriptions, enum options, help) must
come back as the translation the .ts file holds for it. The translator of the test process itself
is never touched, so the other tests keep running in English.
"""

import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
TS_NAME = "eco_supervision_zh_CN.ts"
QM_NAME = "eco_supervision_zh_CN.qm"

PROBE = r'''
import json
import sys

pkgroot, qm_dir = sys.argv[1], sys.argv[2]
sys.path.insert(0, pkgroot)
sys.path.insert(1, "/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication

app = QgsApplication([], False)
QgsApplication.initQgis()
from eco_supervision.eco_supervision_plugin import i18n

if qm_dir != "-":
    i18n.I18N_DIR = qm_dir
import eco_supervision

plugin = eco_supervision.classFactory(None)
plugin.initProcessing()
provider = QgsApplication.processingRegistry().providerById("ecosupervision")
out = {
    "locale": i18n.user_locale(),
    "translator_loaded": i18n._translator is not None,
    "menu": plugin.menu,
    "provider": {"name": provider.name(), "longName": provider.longName()},
    "algorithms": {},
}
for alg in provider.algorithms():
    params = {}
    for p in alg.parameterDefinitions():
        entry = {"description": p.description(), "help": p.help(), "destination": p.isDestination()}
        if hasattr(p, "options"):
            entry["options"] = list(p.options())
        params[p.name()] = entry
    out["algorithms"][alg.name()] = {
        "displayName": alg.displayName(),
        "group": alg.group(),
        "groupId": alg.groupId(),
        "shortHelpString": alg.shortHelpString(),
        "parameters": params,
        "outputs": {o.name(): o.description() for o in alg.outputDefinitions()},
    }
from eco_supervision.processing_algorithms.base import group_names

out["groups"] = group_names()
plugin.unload()
print("JSON:" + json.dumps(out, ensure_ascii=False))
'''


def load_translations(ts_path):
    """{English source: translation} for every finished message of the .ts."""
    table = {}
    for message in ET.parse(ts_path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        if translation.text:
            table[message.findtext("source")] = translation.text
    return table


def start_probe(tmp_path, plugin_pkgroot, lang, qm_dir, tag):
    """Start the probe in the background (several run at once); ``finish_probe`` reads its JSON."""
    home = tmp_path / "home-{}".format(tag)
    home.mkdir()
    script = tmp_path / "probe.py"
    script.write_text(PROBE, encoding="utf-8")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(home),
        "LANG": lang,
        "QT_QPA_PLATFORM": "offscreen",
    }
    proc = subprocess.Popen([SYSTEM_PYTHON, str(script), plugin_pkgroot, qm_dir], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return proc, tag


def finish_probe(started):
    proc, tag = started
    try:
        stdout, stderr = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        stdout, stderr = proc.communicate()
    lines = [line for line in stdout.splitlines() if line.startswith("JSON:")]
    assert proc.returncode == 0 and lines, "probe {} failed:\n{}\n{}".format(tag, stdout, stderr)
    return json.loads(lines[-1][5:])


TEMPLATES = ("Planning note — {}",)  # base.py: the REPORT of every algorithm, named after it


def expected_translation(english, table):
    """The zh_CN text for ``english``: its .ts translation, or for text joined from several tr() messages
    (e.g. help = tr(model) + "\\n\\n" + tr(input checks)) the translations joined the same way; None if
    some part is not a .ts message."""
    if english in table:
        return table[english]
    for template in TEMPLATES:  # a description built from a template and another message ("Planning note — {}")
        head, _, tail = template.partition("{}")
        if english.startswith(head) and english.endswith(tail) and template in table:
            inner = expected_translation(english[len(head):len(english) - len(tail)], table)
            if inner is not None:
                return table[template].format(inner)
    parts, rest = [], english
    sources = sorted(table, key=len, reverse=True)
    while rest:
        gap = len(rest) - len(rest.lstrip())
        parts.append(rest[:gap])
        rest = rest[gap:]
        if not rest:
            break
        match = next((s for s in sources if rest.startswith(s) and rest[len(s):len(s) + 1] in ("", " ", "\n")),
                     None)
        if match is None:
            return None
        parts.append(table[match])
        rest = rest[len(match):]
    return "".join(parts)


def shown_strings(en, zh, path=""):
    """Pairs (where, English text, text under zh_CN) of everything the registry shows."""
    if isinstance(en, dict):
        assert set(en) == set(zh), "different keys at {}".format(path)
        for key in en:
            if key in ("groupId", "locale", "translator_loaded", "destination"):
                continue
            yield from shown_strings(en[key], zh[key], "{}/{}".format(path, key))
    elif isinstance(en, list):
        assert len(en) == len(zh), "different lengths at {}".format(path)
        for i, (a, b) in enumerate(zip(en, zh)):
            yield from shown_strings(a, b, "{}[{}]".format(path, i))
    else:
        yield path, en, zh


@pytest.fixture(scope="module")
def compiled_qm(repo_root, tmp_path_factory):
    """The current .ts compiled with lrelease into a temporary folder (so a stale .qm cannot hide a gap).

    Without lrelease (e.g. a minimal chroot), the plugin's own .qm serves if `make qm` built it from
    the current .ts; otherwise the test fails and says why.
    """
    ts = os.path.join(repo_root, "resources", "i18n", TS_NAME)
    lrelease = shutil.which("lrelease")
    if lrelease is None:
        own = os.path.join(repo_root, "resources", "i18n", QM_NAME)
        if os.path.exists(own) and os.path.getmtime(own) >= os.path.getmtime(ts):
            return os.path.dirname(own)
        pytest.fail("lrelease is not installed (Debian: qttools5-dev-tools) and {} is missing or older than the "
                    ".ts: the zh_CN .qm cannot be built; run `make qm` first".format(own))
    out = tmp_path_factory.mktemp("qm")
    qm = out / QM_NAME
    proc = subprocess.run([lrelease, "-silent", ts, "-qm", str(qm)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and qm.exists(), "lrelease failed:\n{}{}".format(proc.stdout, proc.stderr)
    return str(out)


@pytest.fixture(scope="module")
def probes(repo_root, plugin_pkgroot, compiled_qm, tmp_path_factory):
    """Registry seen under en_US and zh_CN (fresh .qm), and under zh_CN with the plugin's own .qm."""
    tmp = tmp_path_factory.mktemp("probe")
    own_qm = os.path.exists(os.path.join(repo_root, "resources", "i18n", QM_NAME))
    started = [start_probe(tmp, plugin_pkgroot, "en_US.UTF-8", compiled_qm, "en"),
               start_probe(tmp, plugin_pkgroot, "zh_CN.UTF-8", compiled_qm, "zh")]
    if own_qm:
        started.append(start_probe(tmp, plugin_pkgroot, "zh_CN.UTF-8", "-", "zh-own"))
    results = [finish_probe(s) for s in started]
    return {"en": results[0], "zh": results[1], "zh-own": results[2] if own_qm else None,
            "table": load_translations(os.path.join(repo_root, "resources", "i18n", TS_NAME))}


@pytest.fixture(scope="module")
def registries(probes):
    return probes["en"], probes["zh"], probes["table"]


def test_locale_picked_up(registries):
    en, zh, _ = registries
    assert en["locale"] == "en_US" and not en["translator_loaded"]
    assert zh["locale"] == "zh_CN" and zh["translator_loaded"]


def test_provider_and_menu_translated(registries):
    en, zh, table = registries
    assert en["provider"]["name"] == "Eco Supervision"
    assert zh["provider"]["name"] == table["Eco Supervision"] != "Eco Supervision"
    assert zh["provider"]["longName"] == table[en["provider"]["longName"]]
    assert zh["menu"] == table["&Eco Supervision"] and "&" in zh["menu"]


def test_algorithm_names_groups_and_help_translated(registries):
    en, zh, table = registries
    assert en["algorithms"], "the provider lists no algorithm"
    assert set(en["algorithms"]) == set(zh["algorithms"])
    for alg_id, alg in en["algorithms"].items():
        shown = zh["algorithms"][alg_id]
        for key in ("displayName", "group", "shortHelpString"):
            expected = expected_translation(alg[key], table)
            assert expected is not None, "{} {} is not in the .ts: {!r}".format(alg_id, key, alg[key][:80])
            assert shown[key] == expected, "{} {} not translated under zh_CN".format(alg_id, key)
            assert shown[key] != alg[key]
        assert shown["groupId"] == alg["groupId"], "group ids must not be translated"
        # a few parameter descriptions per algorithm, checked by name
        for name in list(alg["parameters"])[:3] + ["REPORT"]:
            assert shown["parameters"][name]["description"] == expected_translation(
                alg["parameters"][name]["description"], table)


def test_everything_shown_is_translated(registries):
    """Every English string the registry shows has a .ts entry and shows its translation under zh_CN."""
    en, zh, table = registries
    missing, wrong = [], []
    for where, english, chinese in shown_strings(en, zh):
        expected = expected_translation(english, table)
        if expected is None:
            if re.search(r"[a-z]{2}", english):
                missing.append("{}: {!r}".format(where, english[:80]))
            else:  # codes such as the GB 3838 classes I..V
                assert chinese == english, "{}: {!r} must stay as it is".format(where, english)
        elif chinese != expected:
            wrong.append("{}: {!r} shows {!r}".format(where, english[:60], chinese[:60]))
    assert not missing, "shown but not translatable (no tr() or not in the .ts):\n" + "\n".join(missing)
    assert not wrong, "not translated under zh_CN:\n" + "\n".join(wrong)


def test_plugin_loads_its_own_compiled_qm(repo_root, probes):
    """With the .qm where the plugin looks for it (built by `make qm`, run by `make test`/`make package`)."""
    qm = os.path.join(repo_root, "resources", "i18n", QM_NAME)
    if probes["zh-own"] is None:
        pytest.fail("{} is missing: run `make qm` (make test does) before the tests".format(qm))
    zh, table = probes["zh-own"], probes["table"]
    assert zh["translator_loaded"]
    assert zh["provider"]["name"] == table["Eco Supervision"]
    groups = {alg["group"] for alg in zh["algorithms"].values()}
    assert groups and groups <= set(table.values())
