"""The zh_CN catalogue (resources/i18n/eco_supervision_zh_CN.ts) is complete and keeps what must not change.

Checked against the source itself (``scripts/i18n.py`` extracts every ``tr("...")`` literal with
``ast``): every message has a finished translation, ``{}`` placeholders, HTML tags, ``&``
accelerators, parameter names and standard numbers survive, and nothing is left in English.
"""

import collections
import importlib.util
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TS_PATH = os.path.join(REPO, "resources", "i18n", "eco_supervision_zh_CN.ts")

# Sources that legitimately stay the same in Chinese: product names, protocol names, statistic names.
SAME_AS_SOURCE = {"OGC SensorThings API v1.1", "OpenAQ v3", "Getis-Ord Gi*"}

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*[^<>]*>")
PARAM_NAME = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")  # ROADS is a word, SPEED_FIELD a name
STANDARD = re.compile(r"\b(?:GB|HJ)(?: [0-9.]+)(?:-[0-9]{4})?")
HAN = re.compile(r"[\u4e00-\u9fff]")


def load_i18n_script():
    spec = importlib.util.spec_from_file_location("eco_i18n_script", os.path.join(REPO, "scripts", "i18n.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def source_messages():
    return load_i18n_script().source_messages()


@pytest.fixture(scope="module")
def catalogue():
    """[(source, translation text, type)] of the .ts, obsolete ones included."""
    rows = []
    for message in ET.parse(TS_PATH).getroot().iter("message"):
        translation = message.find("translation")
        rows.append((message.findtext("source") or "", (translation.text or "") if translation is not None else "",
                     translation.get("type", "") if translation is not None else "missing"))
    return rows


@pytest.fixture(scope="module")
def finished(catalogue, source_messages):
    """{source: translation} for the messages the source uses now."""
    return {s: t for s, t, kind in catalogue if s in source_messages and kind == ""}


def test_check_command_passes():
    proc = subprocess.run([sys.executable, os.path.join(REPO, "scripts", "i18n.py"), "check"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, "untranslated messages (run scripts/i18n.py update, then translate):\n" + proc.stdout


def test_every_source_message_has_a_finished_translation(source_messages, catalogue):
    assert len(source_messages) > 100, "extraction found too few messages; is scripts/i18n.py broken?"
    in_ts = {s: (t, kind) for s, t, kind in catalogue}
    missing = [s for s in source_messages if s not in in_ts]
    unfinished = [s for s in source_messages if s in in_ts and (in_ts[s][1] != "" or not in_ts[s][0].strip())]
    assert not missing, "not in the .ts (run scripts/i18n.py update): {}".format(missing[:10])
    assert not unfinished, "unfinished or empty: {}".format(unfinished[:10])


def test_one_context_and_language(catalogue):
    root = ET.parse(TS_PATH).getroot()
    assert root.get("language") == "zh_CN" and root.get("sourcelanguage") == "en"
    assert [c.findtext("name") for c in root.iter("context")] == ["EcoSupervision"]
    sources = [s for s, _t, _k in catalogue]
    assert len(sources) == len(set(sources)), "duplicate source messages"


def test_placeholders_are_the_same_in_the_same_order(finished):
    # positional {} fields are filled in order, so the sequence (not only the multiset) must match
    bad = ["{!r}: {} vs {}".format(s[:60], PLACEHOLDER.findall(s), PLACEHOLDER.findall(t))
           for s, t in finished.items()
           if collections.Counter(PLACEHOLDER.findall(s)) != collections.Counter(PLACEHOLDER.findall(t))
           or ("{}" in s and PLACEHOLDER.findall(s) != PLACEHOLDER.findall(t))]
    assert not bad, "placeholders differ:\n" + "\n".join(bad)


def test_translations_format_like_their_source(finished):
    """str.format accepts the translation with the arguments the source takes."""
    for source, translation in finished.items():
        fields = PLACEHOLDER.findall(source)
        if not fields:
            continue
        args = [1.5 if ":" in f and f[-2] in "fgde%" else "x" for f in fields]
        args = [1 if f.endswith("d}") else a for f, a in zip(fields, args)]
        try:
            source.format(*args)
        except (KeyError, IndexError, ValueError):
            continue  # literal braces (e.g. a JSON example in help text): never formatted, kept verbatim above
        translation.format(*args)


def test_html_tags_preserved(finished):
    bad = [s[:60] for s, t in finished.items() if HTML_TAG.findall(s) != HTML_TAG.findall(t)]
    assert not bad, "HTML tags differ: {}".format(bad)


def test_accelerators_and_line_breaks_preserved(finished):
    for source, translation in finished.items():
        assert source.count("&") == translation.count("&"), source[:60]
        assert source.count("\n\n") == translation.count("\n\n"), "paragraphs differ: {!r}".format(source[:60])
        assert source.startswith(" ") == translation.startswith(" "), "leading space: {!r}".format(source)


def test_parameter_names_and_standards_kept(finished):
    """qgis_process parameter names (SPEED_FIELD…) and standard numbers (GB 3838-2002…) are not translated."""
    for source, translation in finished.items():
        for name in set(PARAM_NAME.findall(source)):
            assert name in translation, "{} lost in the translation of {!r}".format(name, source[:60])
        for standard in set(STANDARD.findall(source)):
            assert standard in translation, "{} lost in the translation of {!r}".format(standard, source[:60])


def test_nothing_left_in_english(finished):
    same = [s for s, t in finished.items() if t == s and s not in SAME_AS_SOURCE]
    assert not same, "translation identical to the English source: {}".format(same)
    no_chinese = [s for s, t in finished.items() if s not in SAME_AS_SOURCE and not HAN.search(t)]
    assert not no_chinese, "translation without any Chinese character: {}".format(no_chinese)


def test_glossary_terms_used_consistently(finished):
    """Key terms always get the same rendering (see resources/i18n/zh_CN_glossary.md)."""
    glossary = {
        "risk source": "风险源",
        "outfall": "排污口",
        "section": "断面",
        "depot": "物资库",
        "service area": "服务区",
        "backup coverage": "备份覆盖",
        "p-median": "P-中位",
    }
    for source, translation in finished.items():
        lower = source.lower()
        for english, chinese in glossary.items():
            if re.search(r"\b{}".format(re.escape(english)), lower):
                assert chinese in translation, "{!r} should use {}: {!r}".format(source[:60], chinese, translation[:60])
