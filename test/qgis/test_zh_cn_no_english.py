"""Under zh_CN no English word is left: style legends, attribute labels written, rendered planning notes.

A fresh ``/usr/bin/python3`` subprocess (offscreen QGIS, throw-away HOME, the zh_CN .qm compiled from the
current .ts) loads every style of resources/styles through the plugin's one style loader and records the
legend labels (and those of the styles the runs store in their GeoPackage outputs), runs the algorithms
whose planning notes exist on the sample city (the parameters of the ``make demo`` jobs) and a live-station
pull from the local SensorThings server, and records each rendered HTML note and the label attributes the
outputs carry. Here every ASCII word found is checked against a short
allow-list: units, standard numbers and codes (all capitals, or holding a digit or ``_``), proper names of
methods, parameter names and the names of the inputs (layer names, the server's host). The same notes are
laid out by ``QTextDocument`` at 1,000 px, in Chinese and in English: none may need a horizontal scroll.
"""

import html.parser
import json
import os
import re
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_core_messages_zh_cn import SYSTEM_PYTHON, qm_dir  # noqa: E402, F401 (qm_dir is a fixture)

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# make demo jobs whose algorithm writes a planning note (reports/*.py); the others join as their notes land
NOTE_JOBS = ("10_hotspotgrid.json", "20_networksiting.json", "21_networksiting_pmedian.json",
             "30_riverinterpolation.json", "32_riverkriging.json",
             "35_outfallallocation.json", "40_emergencycoverage.json", "45_spillwarning.json",
             "50_sourceattribution.json",
             "60_inspectiondraw.json", "70_supervisiongrid.json")
# attributes that hold labels for people (codes such as ehs_code, level, gi_bin stay as they are)
LABEL_FIELDS = ("ehs_category", "trend", "class_label", "class_detail", "status_label")

UNITS = {"m", "km", "s", "min", "h", "t", "a", "kg", "mg", "g", "L", "ha", "ppm", "ppb", "kPa", "d"}
PROPER_NAMES = {"Getis", "Ord", "Gi", "Mann", "Kendall", "Benjamini", "Hochberg", "Dijkstra", "HiGHS",
                "SensorThings", "OpenAQ", "GeoPackage", "Gauss", "Kruger", "Krüger", "z", "x", "y", "Lüshui",
                "CBPF", "CPF", "Sen", "Theil", "k", "pH", "CODMn"}
ROMAN = {"I", "II", "III", "IV", "V", "VI"}

PROBE = r'''
import json
import os
import sys
import xml.etree.ElementTree as ET

pkgroot, qm_dir, config_path = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, pkgroot)
sys.path.insert(1, "/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication, QgsVectorLayer

app = QgsApplication([], False)
QgsApplication.initQgis()
from eco_supervision.eco_supervision_plugin import i18n

if qm_dir != "-":
    i18n.I18N_DIR = qm_dir
    assert i18n.install_translator("zh_CN")
import eco_supervision

plugin = eco_supervision.classFactory(None)
plugin.initProcessing()
from processing.core.Processing import Processing

Processing.initialize()
import processing
from qgis.PyQt.QtGui import QTextDocument

from eco_supervision.processing_algorithms.qgis_io.styles import STYLES_DIR, apply_style, legend_labels

config = json.load(open(config_path, encoding="utf-8"))
out = {"legends": {}, "reports": {}, "widths": {}, "attributes": {}, "stored_legends": {}}
GEOMETRY = {"0": "Point", "1": "LineString", "2": "Polygon"}
for name in sorted(os.listdir(STYLES_DIR)):
    if name.endswith(".qml"):
        kind = ET.parse(os.path.join(STYLES_DIR, name)).getroot().findtext("layerGeometryType") or "0"
        layer = QgsVectorLayer("{}?crs=EPSG:4326".format(GEOMETRY.get(kind, "Point")), "x", "memory")
        assert apply_style(layer, name), name
        out["legends"][name] = legend_labels(layer)
for job in config["jobs"]:
    result = processing.run(job["algorithm"], job["parameters"])
    alg = job["key"]
    text = open(result["REPORT"], encoding="utf-8").read()
    out["reports"][alg] = text
    doc = QTextDocument()
    doc.setHtml(text)
    doc.setTextWidth(1000)
    out["widths"][alg] = doc.idealWidth()
    values = {}
    for key, value in result.items():
        if isinstance(value, str) and value.lower().endswith(".gpkg"):
            layer = QgsVectorLayer(value, key, "ogr")  # opens with the style the run stored in the file
            if layer.isValid() and layer.renderer() is not None:
                out["stored_legends"]["{} {}".format(alg, key)] = legend_labels(layer)
            for field in config["label_fields"]:
                if layer.isValid() and layer.fields().indexOf(field) >= 0:
                    values.setdefault(field, sorted({str(f[field]) for f in layer.getFeatures()
                                                     if f[field] not in (None, "")}))
    out["attributes"][alg] = values
print("JSON:" + json.dumps(out, ensure_ascii=False))
'''


class _Text(html.parser.HTMLParser):
    """The text a reader sees: element text (SVG labels and tooltips too) and alt attributes; no script/style."""

    def __init__(self):
        super().__init__()
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        self.parts.extend(v for k, v in attrs if k == "alt" and v)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(page):
    parser = _Text()
    parser.feed(page)
    return " ".join(parser.parts)


def _allowed(word, allowed):
    return (word.isupper() or word.rstrip("*") in PROPER_NAMES or word in UNITS or word in ROMAN
            or word in allowed)


def english_words(text, allowed=()):
    """ASCII words of ``text`` that are neither codes, units, standard names nor ``allowed`` names."""
    for name in sorted(allowed, key=len, reverse=True):
        text = text.replace(name, " ")
    words = []
    for token in re.findall(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ0-9_*]*(?:-[A-Za-z0-9_]+)*", text):
        if any(c.isdigit() or c == "_" for c in token):  # codes: S1000E502N3502, PM2_5, version-1
            continue
        if not all(_allowed(part, allowed) for part in token.split("-")):
            words.append(token)
    return words


def test_allow_list_is_short_and_catches_english():
    assert english_words("热点，99 % 置信度；PM2_5 120 µg/m³，AQI 3 级，GB 3838-2002 III 类，S1000E502N3502") == []
    assert english_words("Hot spot, 99 % 置信度") == ["Hot", "spot"]
    assert english_words("网格 — air_readings (PM2_5)", ["air_readings"]) == []
    assert english_words("lightly polluted") == ["lightly", "polluted"]


def job_key(name, algorithm):
    """The algorithm id, or ``id/variant`` for a second demo job of the same algorithm (32_riverkriging.json)."""
    stem = re.sub(r"^\d+_|\.json$", "", name)
    return algorithm if algorithm.endswith(":" + stem) else "{}/{}".format(algorithm, stem)


def _jobs(out_dir, server_url):
    sample = os.path.join(REPO, "resources", "sample_data", "eco_city.gpkg")
    jobs = []
    for name in NOTE_JOBS:
        with open(os.path.join(REPO, "scripts", "demo_jobs", name), encoding="utf-8") as f:
            job = json.load(f)
        job["key"] = job_key(name, job["algorithm"])
        job["parameters"] = {k: v.replace("{sample}", sample).replace("{out}", out_dir) if isinstance(v, str) else v
                             for k, v in job["parameters"].items()}
        jobs.append(job)
    jobs.insert(1, {"algorithm": "ecosupervision:fetchstations", "parameters": {
        "URL": server_url, "API_TYPE": 0, "NETWORK": 2, "OUTPUT": os.path.join(out_dir, "stations.gpkg"),
        "REPORT": os.path.join(out_dir, "stations.html")}, "key": "ecosupervision:fetchstations"})
    return jobs


def _run(tmp, plugin_pkgroot, qm, lang, server_url):
    out_dir = tmp / "out-{}".format(lang[:2])
    out_dir.mkdir()
    config = tmp / "config-{}.json".format(lang[:2])
    config.write_text(json.dumps({"jobs": _jobs(str(out_dir), server_url), "label_fields": LABEL_FIELDS}),
                      encoding="utf-8")
    script = tmp / "probe_scan.py"
    script.write_text(PROBE, encoding="utf-8")
    home = tmp / "home-{}".format(lang[:2])
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".c"),
           "XDG_RUNTIME_DIR": str(home), "LANG": lang, "QT_QPA_PLATFORM": "offscreen", "TZ": "Asia/Shanghai"}
    proc = subprocess.run([SYSTEM_PYTHON, str(script), plugin_pkgroot, qm, str(config)], env=env,
                          capture_output=True, text=True, timeout=900)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("JSON:")]
    assert proc.returncode == 0 and lines, "probe failed:\n{}\n{}".format(proc.stdout[-3000:], proc.stderr[-3000:])
    return json.loads(lines[-1][5:])


@pytest.fixture(scope="module")
def shown(plugin_pkgroot, qm_dir, sta_server, tmp_path_factory):  # noqa: F811 (the imported fixture)
    tmp = tmp_path_factory.mktemp("zh_scan")
    return {"zh": _run(tmp, plugin_pkgroot, qm_dir, "zh_CN.UTF-8", sta_server.url),
            "en": _run(tmp, plugin_pkgroot, "-", "en_US.UTF-8", sta_server.url), "host": "127.0.0.1"}


# the names of the inputs a note is titled with (data, not text of the plugin)
INPUT_NAMES = ["air_readings", "study_area", "enterprise_register", "hotspot_grid", "rivers", "outfalls",
               "water_sections", "voc_enterprises", "air_stations", "localhost", "eco_city",
               "key", "special", "general"]  # the last three: stratum codes of the sample register (RATES)

# names of methods the glossary keeps in Latin script (resources/i18n/zh_CN_glossary.md: tail-up, tail-down)
METHOD_NAMES = ["tail-up", "tail-down"]
# fields of the sample city whose values (names of places and of the register's categories: data, not text of the
# plugin) the notes quote: the demand categories, the names of depots, risk sources and districts
DATA_FIELDS = (("voc_enterprises", "industry"), ("emergency_depots", "name"), ("depot_candidates", "name"),
               ("risk_sources", "name"), ("districts", "name"))


def _shown_parts(value):
    """What a chart may show of a long data name: the name cut after any of its words (wrapped lines, or an
    ellipsis after a whole word), or its first word cut after 4 characters or more (a word too wide alone)."""
    words = value.split()
    first = words[0] if words else ""
    return {" ".join(words[:k]) for k in range(1, len(words) + 1)} | {first[:k] for k in range(4, len(first))}


def data_names():
    """The values of DATA_FIELDS in the sample GeoPackage, and the parts of them the charts show when a label
    is wrapped or shortened (``charts.wrap_text``)."""
    import sqlite3

    con = sqlite3.connect(os.path.join(REPO, "resources", "sample_data", "eco_city.gpkg"))
    try:
        values = {str(v) for table, field in DATA_FIELDS
                  for (v,) in con.execute('SELECT DISTINCT "{}" FROM "{}"'.format(field, table)) if v}
    finally:
        con.close()
    return sorted(values.union(*(_shown_parts(v) for v in values)))


def test_data_names_are_read_from_the_sample():
    names = data_names()
    assert "petroleum refining" in names and "chemical raw" in names  # a category and its wrapped chart label
    assert "chemical raw m" not in names  # never a word cut after another
    assert len(names) > 20 and not english_words("petroleum refining", names)


def test_every_style_legend_in_chinese(shown):
    zh, en = shown["zh"]["legends"], shown["en"]["legends"]
    assert set(zh) == {n for n in os.listdir(os.path.join(REPO, "resources", "styles")) if n.endswith(".qml")}
    left = {name: [(label, english_words(label)) for label in labels if english_words(label)]
            for name, labels in zh.items()}
    assert not {k: v for k, v in left.items() if v}, "English left in legends under zh_CN"
    changed = [name for name in zh if zh[name] != en[name]]
    assert "hotspot_gi_bin.qml" in changed and "stations_live.qml" in changed  # translated, not just unlabelled
    assert "热点，99 % 置信度" in zh["hotspot_gi_bin.qml"] and "Hot spot, 99 % confidence" in en["hotspot_gi_bin.qml"]


def test_styles_stored_in_geopackage_outputs_in_chinese(shown):
    """qgis_process runs store each output's style in its GeoPackage: the legend a user opens is Chinese."""
    zh, en = shown["zh"]["stored_legends"], shown["en"]["stored_legends"]
    assert "ecosupervision:hotspotgrid OUTPUT" in zh and "ecosupervision:fetchstations OUTPUT" in zh
    left = {k: [label for label in v if english_words(label)] for k, v in zh.items()}
    assert not {k: v for k, v in left.items() if v}, "English legends stored in outputs under zh_CN"
    assert zh["ecosupervision:hotspotgrid OUTPUT"] != en["ecosupervision:hotspotgrid OUTPUT"]


@pytest.mark.parametrize("alg", ["ecosupervision:hotspotgrid", "ecosupervision:fetchstations",
                                 "ecosupervision:networksiting", "ecosupervision:networksiting/networksiting_pmedian",
                                 "ecosupervision:riverinterpolation",
                                 "ecosupervision:riverinterpolation/riverkriging", "ecosupervision:emergencycoverage",
                                 "ecosupervision:outfallallocation", "ecosupervision:sourceattribution",
                                 "ecosupervision:inspectiondraw", "ecosupervision:supervisiongrid"])
def test_report_has_no_english_word(shown, alg):
    text = visible_text(shown["zh"]["reports"][alg])
    assert len(text) > 200, "the note is almost empty"
    allowed = INPUT_NAMES + METHOD_NAMES + data_names() + [shown["host"]]
    left = english_words(text, allowed)
    assert not left, "{}: English under zh_CN: {}".format(alg, sorted(set(left))[:40])
    assert english_words(visible_text(shown["en"]["reports"][alg]), allowed)  # the English run is English


@pytest.mark.parametrize("alg", ["ecosupervision:hotspotgrid", "ecosupervision:fetchstations",
                                 "ecosupervision:networksiting", "ecosupervision:riverinterpolation",
                                 "ecosupervision:riverinterpolation/riverkriging", "ecosupervision:emergencycoverage"])
def test_label_attributes_in_chinese(shown, alg):
    zh, en = shown["zh"]["attributes"][alg], shown["en"]["attributes"][alg]
    assert zh and set(zh) == set(en)
    for field, values in zh.items():
        left = [v for v in values if english_words(v)]
        assert not left, "{} {}: English values under zh_CN: {}".format(alg, field, left[:10])
    if alg == "ecosupervision:hotspotgrid":
        assert any(v.endswith("spot") for v in en["ehs_category"]) and any("热点" in v for v in zh["ehs_category"])
    if alg == "ecosupervision:emergencycoverage":  # risk sources: the status code's label follows the language
        assert "off the road network" in en["status_label"] and "off the road network" not in zh["status_label"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_horizontal_scroll_at_1000_px(shown, lang):
    widths = shown[lang]["widths"]
    assert len(widths) == len(NOTE_JOBS) + 1
    wide = {alg: w for alg, w in widths.items() if w > 1000}
    assert not wide, "notes wider than 1,000 px: {}".format(wide)
