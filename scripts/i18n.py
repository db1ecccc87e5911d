#!/usr/bin/env python3
"""Keep resources/i18n/eco_supervision_zh_CN.ts in step with the source.

``update``: collect every ``tr("...")`` / ``self.tr("...")`` literal in the plugin, and the first
literal of ``PlannerError(...)``, ``Note(...)``, ``N_(...)`` and the station clients' exceptions
(``TransportError``, ``AuthError``, ``NotSensorThings``, ``MappingError``) in core/standards/cloud (with ``ast``,
so multi-line and implicitly concatenated literals are found exactly as Python sees them), add new
messages to the .ts as unfinished, mark messages no longer in the source obsolete, keep every
existing translation. The legend labels of every style in resources/styles (``label`` of renderer
categories, ranges and rules) and the text literals of label expressions are messages too: the plugin
translates them when it applies a style (processing_algorithms/qgis_io/styles.py), so a new .qml is
covered without any code. ``check``: exit 1 when a source message has no finished translation.

All messages share one context, ``EcoSupervision`` (see eco_supervision_plugin/i18n.py).
"""

import ast
import html
import os
import re
import sys
import xml.etree.ElementTree as ET

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_PATH = os.path.join(REPO, "resources", "i18n", "eco_supervision_zh_CN.ts")
CONTEXT = "EcoSupervision"
SOURCE_DIRS = ("eco_supervision_plugin", "processing_algorithms")
# The pure core cannot call tr(): it raises PlannerError(template, ...), returns Note(template, ...)
# or marks a template with N_(...) (eco_supervision_plugin/core/messages.py); the first literal
# argument of those calls is a message too, translated where it is shown.
CORE_DIRS = tuple(os.path.join("eco_supervision_plugin", d) for d in ("core", "standards", "cloud"))
# The station clients' exceptions (cloud/transport.py, sensorthings.py, generic_json.py) take the same
# (template, *args) form through core.messages.TranslatableError.
CORE_MARKERS = ("PlannerError", "Note", "N_", "TransportError", "AuthError", "NotSensorThings", "MappingError")
STYLES_DIR = os.path.join("resources", "styles")
# A legend label of a renderer category, range or rule; the field or expression of a label setting.
# (attribute values may hold ">", as in filter="rank > 10": quoted values are skipped whole)
QML_LABEL = re.compile(r'<(?:category|range|rule)\b(?:[^>"]|"[^"]*")*?\slabel="([^"]*)"')
QML_EXPRESSION = re.compile(r'<text-style\b(?:[^>"]|"[^"]*")*?\sfieldName="([^"]*)"')
QML_LITERAL = re.compile(r"'((?:[^']|'')*)'")


def _has_words(text):
    """A label worth translating holds a word that is not a code: "≤ 15 min" does, "VOC < 5 t/a" does not."""
    return any(not word.isupper() for word in re.findall(r"[A-Za-z]{2,}", text))


def style_messages(found):
    """Add the legend labels and label-expression literals of every .qml (those with a letter in them)."""
    folder = os.path.join(REPO, STYLES_DIR)
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if not name.endswith(".qml"):
            continue
        rel = os.path.join(STYLES_DIR, name)
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                texts = [html.unescape(m) for m in QML_LABEL.findall(line)]
                if 'isExpression="1"' in line:
                    for expression in QML_EXPRESSION.findall(line):
                        texts.extend(t.replace("''", "'") for t in QML_LITERAL.findall(html.unescape(expression)))
                for text in texts:
                    if _has_words(text):
                        found.setdefault(text, []).append((rel, lineno))
    return found


def source_messages():
    """{message: [(relative path, line), ...]} for every translatable literal, in source order."""
    found = {}
    files = [os.path.join(REPO, "__init__.py")]
    for folder in SOURCE_DIRS:
        for root, _dirs, names in os.walk(os.path.join(REPO, folder)):
            files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".py"))
    for path in files:
        rel = os.path.relpath(path, REPO)
        names = ("tr",) + (CORE_MARKERS if rel.startswith(CORE_DIRS) else ())
        with open(path, encoding="utf-8") as f:
            tree = ast.parse(f.read(), path)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name not in names:
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                found.setdefault(arg.value, []).append((rel, node.lineno))
    return style_messages(found)


def load_ts(path=TS_PATH):
    """{source: (translation, type)} from an existing .ts (type is '', 'unfinished', 'obsolete')."""
    if not os.path.exists(path):
        return {}
    entries = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        tr_el = message.find("translation")
        if tr_el is None:
            entries[source] = ("", "")
        else:
            entries[source] = (tr_el.text or "", tr_el.get("type", ""))
    return entries


def write_ts(messages, existing, path=TS_PATH):
    root = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    ordered = list(messages) + sorted(s for s in existing if s not in messages)
    for source in ordered:
        message = ET.SubElement(context, "message")
        for rel, line in messages.get(source, []):
            ET.SubElement(message, "location", filename="../../" + rel, line=str(line))
        ET.SubElement(message, "source").text = source
        text, kind = existing.get(source, ("", "unfinished"))
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if source not in messages:
            translation.set("type", "vanished")
        elif kind in ("unfinished",) or not text:
            translation.set("type", "unfinished")
    ET.indent(root)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="utf-8"))
        f.write(b"\n")


def main(argv):
    command = argv[1] if len(argv) > 1 else "update"
    messages = source_messages()
    existing = load_ts()
    if command == "update":
        write_ts(messages, existing)
        done = sum(1 for s in messages if existing.get(s, ("", ""))[0] and existing[s][1] != "unfinished")
        print("{} messages, {} translated, {} to do".format(len(messages), done, len(messages) - done))
        return 0
    if command == "check":
        missing = [s for s in messages if not existing.get(s, ("", ""))[0] or existing[s][1] == "unfinished"]
        for s in missing:
            print("untranslated: {!r}".format(s))
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
