"""Chart labels wrap at word boundaries (Latin) or between characters (CJK), fit their width, keep a number with
its unit, end in an ellipsis only when they still do not fit, and carry the whole text in an SVG <title>.

Widths are the charts' own estimate (``charts.text_width``: CJK one em, Latin letters about 0.6 em); what is
checked here is independent of how the lines were found: each line is a piece of the label in order, no line
ends inside a Latin word, and no line is wider than the room it is given.
"""

import re
import unicodedata
import xml.etree.ElementTree as ET

import pytest

from eco_supervision.processing_algorithms.reports import charts

NS = "{http://www.w3.org/2000/svg}"
ELLIPSIS = "…"

LABELS = [
    "I", "Class III", "Xijin Matou intake", "Xijin Matou intake (upstream of the city, main river)",
    "Lvshui He below the second municipal wastewater treatment plant outfall",
    "5 t of ammonia into the Lvshui He at 120 µg/m³ for 30 min",
    "chemical raw materials", "petroleum refining and coking", "W-0012 industrial outfall",
    "西津码头取水口", "西津码头取水口（城区上游，第二水厂）", "绿水河城区下游第二污水处理厂排污口下游断面",
    "24小时内到达下游取水口，超标5 吨", "PM2.5 日均浓度 75 µg/m³ 以上", "Lvshui He 绿水河 second reach 第二段",
    "supercalifragilisticexpialidocious", "a supercalifragilisticexpialidocious word",
]
WIDTHS = [40, 64, 100, 150, 260]
UNITS = ("t", "min", "km", "µg/m³", "mg/L", "%", "吨", "小时")


def _latin(char):
    """Part of a Latin word or number (anything neither space nor a CJK character)."""
    return not char.isspace() and unicodedata.east_asian_width(char) not in ("W", "F")


def _pieces(text, lines):
    """[(start, end, cut)] of each line in the normalised text; fails if a line is not the next piece of it."""
    norm = " ".join(text.split())
    pos, out = 0, []
    for k, line in enumerate(lines):
        cut = line.endswith(ELLIPSIS)
        core = line[:-1] if cut else line
        assert core or cut, lines
        start = pos + 1 if norm[pos:pos + 1] == " " else pos
        assert norm.startswith(core, start), (text, lines, k)
        pos = start + len(core)
        out.append((start, pos, cut))
    return norm, out


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("max_lines", [1, 2, 3])
def test_wrapped_label_fits_and_keeps_words_whole(label, width, max_lines):
    lines = charts.wrap_text(label, width, max_lines)
    assert 1 <= len(lines) <= max_lines
    for line in lines:
        assert charts.text_width(line) <= width, (line, width)
    norm, pieces = _pieces(label, lines)
    for k, (start, end, cut) in enumerate(pieces):
        assert not cut or k == len(pieces) - 1, "an ellipsis only ends the last line"
        if end < len(norm) and _latin(norm[end - 1]) and _latin(norm[end]):
            # a word is parted only by the ellipsis, and only if it is the first word or too wide for any line
            word = re.match(r"\S*", norm[start:]).group(0) if start == 0 else norm[start:].split(" ")[0]
            assert cut and (start == 0 or charts.text_width(word) > width), (label, lines)
        # never "5" at a line's end and its unit on the next line
        if not cut and end < len(norm) and re.search(r"\d$", norm[:end]):
            assert not norm[end:].lstrip().startswith(UNITS), (label, lines)
    if " ".join(lines) == norm:
        assert not any(cut for _s, _e, cut in pieces)
    elif pieces[-1][1] < len(norm):
        assert pieces[-1][2], "text left out without an ellipsis: {}".format(lines)


@pytest.mark.parametrize("label", LABELS)
def test_a_label_that_fits_is_left_alone(label):
    width = charts.text_width(label) + 1
    assert charts.wrap_text(label, width, 1) == [" ".join(label.split())]


def test_latin_breaks_between_words_and_cjk_between_characters():
    assert charts.wrap_text("Xijin Matou intake", 100, 2) == ["Xijin Matou", "intake"]
    lines = charts.wrap_text("西津码头取水口", 50, 2)
    assert lines == ["西津码头", "取水口"]  # four characters of 12 px in 50 px
    assert charts.wrap_text("5 t of ammonia", 40, 2)[0] in ("5 t", "5 t of")
    assert charts.wrap_text("超标24小时", 40, 2) == ["超标", "24小时"]


def _line_width(line):
    size = float(line.get("font-size") or 12)
    return charts.text_width(line.text or "", size, line.get("font-weight") == "bold")


def _labelled_texts(svg):
    """Every group with a <title>: [(group, title, [its <text> lines])]."""
    root = ET.fromstring(svg)
    out = []
    for group in root.iter(NS + "g"):
        title = group.find(NS + "title")
        if title is not None:
            out.append((group, title.text, group.findall(NS + "text")))
    return root, out


def _inside(root, group, lines):
    width = float(root.get("width"))
    if group.get("transform"):
        return  # the rotated axis title: checked against the plot height
    for line in lines:
        w, x = _line_width(line), float(line.get("x"))
        anchor = line.get("text-anchor", "start")
        lo = x - (w / 2 if anchor == "middle" else w if anchor == "end" else 0)
        assert -0.5 <= lo and lo + w <= width + 0.5, (line.text, lo, w, width)


@pytest.mark.parametrize("labels", [
    ["Xijin Matou intake", "Lvshui He below the second municipal outfall", "background", "W-0012"],
    ["西津码头取水口", "绿水河城区下游第二污水处理厂排污口下游断面", "背景", "W-0012 工业排污口"],
    ["I", "II", "III", "IV", "V", "劣 V"],
    ["chemical raw materials {}".format(k) for k in range(14)],
    ["化学原料和化学制品制造业 {}".format(k) for k in range(14)],
])
@pytest.mark.parametrize("x_label", ["", "Outfall (largest contribution first)", "排污口（贡献从大到小）"])
def test_bar_chart_labels_fit_their_slot_with_full_text_on_hover(labels, x_label):
    title = "NH3N: sources at the Lvshui He second municipal section (1.23 mg/L, limit 1 mg/L) in the design flow"
    svg = charts.bar_chart(labels, list(range(1, len(labels) + 1)), "Concentration (mg/L)", title=title,
                           x_label=x_label)
    root, texts = _labelled_texts(svg)
    rects = root.findall(NS + "rect")
    slot = float(rects[0].get("width")) / 0.7
    shown = {t: (el, spans) for el, t, spans in texts}
    for label in labels:
        el, spans = shown[label]
        if el.get("transform"):  # upright under narrow bars: one line, at most ROTATED_LABEL px, bars apart
            assert "rotate(-90)" in el.get("transform") and len(spans) == 1
            assert _line_width(spans[0]) <= charts.ROTATED_LABEL[1] and slot < charts.ROTATED_LABEL[0]
            assert float(spans[0].get("font-size")) * 1.2 <= slot
            continue
        assert 1 <= len(spans) <= (2 if x_label else 3)
        for span in spans:
            assert _line_width(span) <= slot - 4 + 1e-6, (span.text, slot)
    assert title in shown and len(shown[title][1]) <= 2
    for span in shown[title][1]:
        assert _line_width(span) <= 640 - 64 - 8
    for el, _t, spans in texts:
        _inside(root, el, spans)
    # the labels' last lines stay above the x axis title
    if x_label and not any(shown[lab][0].get("transform") for lab in labels):
        label_bottom = max(float(s.get("y")) for lab in labels for s in shown[lab][1])
        assert label_bottom + 12 <= float(shown[x_label][1][0].get("y"))


@pytest.mark.parametrize("names", [
    ["Xijin Matou intake (upstream of the city)", "limit"],
    ["西津码头取水口（城区上游，第二水厂）", "限值"],
    ["a", "b", "c"],
])
def test_line_chart_legend_and_axis_titles_fit(names):
    y_label = "Concentration of ammonia nitrogen at the receptor, milligrams per litre (mg/L)"
    x_label = "Hours after the spill (start 2026-06-01 08:00, Beijing time, horizon 72 h)"
    series = [(n, [0, 1, 2], [k, k + 1, k + 2]) for k, n in enumerate(names)]
    svg = charts.line_chart(series, x_label, y_label, title="Breakthrough at " + names[0])
    root, texts = _labelled_texts(svg)
    shown = {t: (el, spans) for el, t, spans in texts}
    for name in names + [x_label, y_label, "Breakthrough at " + names[0]]:
        assert name in shown, name
    for el, _t, spans in texts:
        _inside(root, el, spans)
    frame = [r for r in root.findall(NS + "rect") if r.get("fill") == "none"][0]
    el, spans = shown[y_label]
    assert len(spans) == 1 and _line_width(spans[0]) <= float(frame.get("height"))
    legend_left = float(frame.get("x")) + float(frame.get("width"))
    for name in names:
        for span in shown[name][1]:
            assert float(span.get("x")) > legend_left  # the legend sits right of the plot


def test_polar_chart_title_wraps():
    title = "S1000E502N3502 — 168 readings, 4 calm, the urban evaluation station in the city centre"
    svg = charts.polar_chart([[0.2], [0.4], [0.6], [0.8]], title=title, legend="CBPF")
    root, texts = _labelled_texts(svg)
    shown = {t: (el, spans) for el, t, spans in texts}
    assert len(shown[title][1]) == 2
    for el, _t, spans in texts:
        _inside(root, el, spans)


def test_narrow_bars_take_upright_labels_not_stubs():
    labels = ["chemical raw materials", "petroleum refining and coking", "printing", "coatings"] * 4
    svg = charts.bar_chart(labels, list(range(16)), "Sites")
    root, texts = _labelled_texts(svg)
    shown = {t: (el, spans) for el, t, spans in texts}
    for label in set(labels):
        el, spans = shown[label]
        assert el.get("transform")  # read sideways: whole when it fits, else cut after a whole word
        line = spans[0].text
        assert line == label if charts.text_width(label, 10) <= charts.ROTATED_LABEL[1] else (
            line.endswith("…") and (label + " ").startswith(line[:-1] + " "))
    assert shown["chemical raw materials"][1][0].text == "chemical raw materials"
    frame_bottom = max(float(r.get("y")) + float(r.get("height")) for r in root.findall(NS + "rect"))
    longest = max(charts.text_width(spans[0].text, 10) for _e, _t, spans in texts if _t in labels)
    assert frame_bottom + longest <= float(root.get("height"))
