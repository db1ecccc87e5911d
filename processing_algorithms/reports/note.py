"""A run's planning note: headline first, labelled figures with units, sections, notes, map and charts.

The HTML reads like a note a planner hands on, in the run's language; the JSON holds ``data`` (the
stable, documented keys batch users read) plus the language and the headline. The HTML embeds the
same JSON (``<script id="report-data">``) so one file carries both.
"""

import base64
import html
import json
import math
import os
from dataclasses import dataclass, field
from typing import Optional

from ...eco_supervision_plugin.i18n import run_language, tr
from .numbers import format_value

STYLE = """body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;color:#222;
max-width:960px;margin:1.2em auto;padding:0 16px;line-height:1.5}
h1{font-size:1.5em;margin-bottom:.1em}.subtitle{color:#555;margin-top:0}
.headline{font-size:1.15em;background:#eef6ee;border-left:5px solid #1b7837;padding:.6em .9em}
table{border-collapse:collapse;margin:.4em 0 1em;max-width:100%}
td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere;
word-break:break-word;word-wrap:break-word}
th{background:#f0f4f0}td.num{text-align:right;white-space:nowrap}
.figures td:first-child{color:#333}.figures td.num{font-weight:bold}
img,svg{max-width:100%;height:auto}ul.notes li{margin:.2em 0}.muted{color:#666;font-size:.9em}"""


IMAGE_WIDTH = 900  # px: a picture fits the 960 px page with its margins


@dataclass
class Figure:
    """One figure a planner cites: a human label, its value and unit (``%`` takes a fraction)."""

    label: str
    value: object
    unit: str = ""
    digits: Optional[int] = None

    def text(self):
        return format_value(self.value, self.unit, self.digits)


@dataclass
class Table:
    """A small table: column headings and rows of cells (numbers are formatted, text kept)."""

    columns: list[str]
    rows: list[list]
    units: list[str] = field(default_factory=list)


@dataclass
class Section:
    """A titled part of the note: text, figures, a table, a chart (SVG) and/or a picture (PNG path)."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    table: Optional[Table] = None
    chart: str = ""
    image: str = ""


@dataclass
class PlanningNote:
    """What one run tells the bureau. ``data`` is the machine-readable report (stable JSON keys)."""

    title: str
    subtitle: str
    headline: str
    figures: list[Figure] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    data: dict = field(default_factory=dict)
    image: str = ""


def _json_ready(value):
    """``data`` made strictly valid JSON: numpy scalars/arrays to Python, NaN/inf to null."""
    try:
        import numpy as np
    except ImportError:  # pragma: no cover
        np = None
    if np is not None and isinstance(value, np.ndarray):
        value = value.tolist()
    if np is not None and isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_ready(v) for v in value]
    if value is None or isinstance(value, (str, int, bool)):
        return value
    return str(value)


def machine_report(note):
    """The JSON document: ``data`` as it is, plus ``language``, ``title`` and ``headline``."""
    doc = dict(_json_ready(note.data))
    doc.setdefault("language", run_language())
    doc.setdefault("title", note.title)
    doc.setdefault("headline", note.headline)
    return doc


def _cell(value, unit=""):
    if isinstance(value, str):
        return "<td>{}</td>".format(html.escape(value))
    return '<td class="num">{}</td>'.format(html.escape(format_value(value, unit)))


def _table_html(table):
    head = "".join("<th>{}</th>".format(html.escape(c)) for c in table.columns)
    units = list(table.units) + [""] * (len(table.columns) - len(table.units))
    body = "".join("<tr>{}</tr>".format("".join(_cell(v, units[k]) for k, v in enumerate(row))) for row in table.rows)
    return "<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>".format(head, body)


def _figures_html(figures):
    rows = "".join('<tr><td>{}</td><td class="num">{}</td></tr>'.format(html.escape(f.label), html.escape(f.text()))
                   for f in figures)
    return '<table class="figures"><tbody>{}</tbody></table>'.format(rows) if figures else ""


def _image_html(path, alt):
    if not path or not os.path.exists(path):
        return ""
    with open(path, "rb") as f:
        raw = f.read()
    data = base64.b64encode(raw).decode("ascii")
    # an explicit width no wider than the page: QTextDocument (QGIS's Results Viewer, the help browser)
    # ignores CSS max-width and would otherwise lay a 1,330 px map out at full size
    width = int.from_bytes(raw[16:20], "big") if raw[:8] == b"\x89PNG\r\n\x1a\n" else IMAGE_WIDTH
    return '<p><img alt="{}" width="{}" src="data:image/png;base64,{}"></p>'.format(
        html.escape(alt), min(width, IMAGE_WIDTH), data)


def note_html(note):
    """The planning note as one self-contained HTML page (pictures embedded)."""
    parts = ['<!DOCTYPE html><html lang="{}"><head><meta charset="utf-8">'.format(run_language().replace("_", "-")),
             '<meta name="viewport" content="width=device-width"><title>{}</title>'.format(html.escape(note.title)),
             "<style>{}</style></head><body>".format(STYLE),
             "<h1>{}</h1>".format(html.escape(note.title))]
    if note.subtitle:
        parts.append('<p class="subtitle">{}</p>'.format(html.escape(note.subtitle)))
    parts.append('<p class="headline">{}</p>'.format(html.escape(note.headline)))
    parts.append(_figures_html(note.figures))
    parts.append(_image_html(note.image, tr("Map of the result")))
    for section in note.sections:
        parts.append("<h2>{}</h2>".format(html.escape(section.title)))
        parts.extend("<p>{}</p>".format(html.escape(p)) for p in section.paragraphs)
        parts.append(_figures_html(section.figures))
        if section.chart:
            parts.append("<div>{}</div>".format(section.chart))
        if section.table is not None:
            parts.append(_table_html(section.table))
        parts.append(_image_html(section.image, section.title))
    if note.notes:
        parts.append("<h2>{}</h2>".format(html.escape(tr("Notes"))))
        parts.append('<ul class="notes">{}</ul>'.format("".join("<li>{}</li>".format(html.escape(n))
                                                                for n in note.notes)))
    parts.append('<script type="application/json" id="report-data">{}</script>'.format(
        html.escape(json.dumps(machine_report(note), ensure_ascii=False), quote=False)))
    parts.append("</body></html>")
    return "\n".join(p for p in parts if p)


def write_note(path, note):
    """Write ``note`` to ``path``: JSON when the name ends in .json, else the HTML planning note."""
    if not path:
        return None
    os.makedirs(os.path.dirname(os.path.abspath(path)) or ".", exist_ok=True)
    if path.lower().endswith(".json"):
        text = json.dumps(machine_report(note), ensure_ascii=False, indent=2, allow_nan=False)
    else:
        text = note_html(note)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path
