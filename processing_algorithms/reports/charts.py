"""Small inline SVG charts for the planning note (no plotting library: the SVG is written directly).

A chart is a string of SVG that the note embeds; sizes are in CSS pixels and fit a 1,000 px page.
"""

import html
import math
import re
import unicodedata

PALETTE = ("#1b7837", "#2166ac", "#b2182b", "#e08214", "#762a83", "#35978f", "#8c510a", "#4d4d4d")
ELLIPSIS = "\u2026"
LINE_HEIGHT = 1.2  # em between the lines of a wrapped label

# Estimated advance widths in em of a sans-serif font (the SVG has no font metrics): CJK ≈ a full em.
_NARROW = set("iIjl.,:;'!|`\u00b7")
_SEMI = set("frt()[]{}/-")
_WIDE = set("mwMW@%")
# Chinese units kept with the number before them ("5 吨", "24小时"); longest first
_CJK_UNITS = ("平方公里", "立方米", "公里", "千米", "小时", "分钟", "毫克", "微克", "万吨", "吨", "米", "秒", "天",
              "年", "月", "日", "个", "处", "座", "条", "人", "倍", "类", "级", "次", "家", "名")
_NO_LINE_START = set("，。、；：！？）》」』】”’・…%")  # CJK punctuation that never starts a line
_NO_LINE_END = set("（《「『【“‘")  # ... nor ends one
_NUMBER = re.compile(r"[(（]?[-+±]?\d[\d.,]*")
_UNIT = re.compile(r"^[^\s\d]{1,6}$|^[A-Za-zµ°/·]*[²³]$")


def _wide(char):
    return unicodedata.east_asian_width(char) in ("W", "F")


def text_width(text, size=12, bold=False):
    """Estimated width in px of ``text`` at ``size`` px: CJK 1 em, Latin letters and digits 0.6 em (capitals
    0.7, m/w 0.9, f/r/t/brackets 0.42, i/l/punctuation 0.32), combining marks nothing; bold 8 % wider."""
    em = 0.0
    for char in str(text):
        if _wide(char):
            em += 1.0
        elif unicodedata.combining(char):
            continue
        elif char == " " or char in _NARROW:
            em += 0.32
        elif char in _SEMI:
            em += 0.42
        elif char in _WIDE:
            em += 0.9
        elif char.isupper():
            em += 0.7
        else:
            em += 0.6
    return em * size * (1.08 if bold else 1.0)


def _atoms(text):
    """``text`` as [(separator, atom)]: the pieces a line may break between. A Latin word (any run without
    spaces or CJK) is one atom, a CJK character another (with the punctuation that may not be parted from
    it); a number and the unit after it ("5 t", "120 µg/m³", "24小时") stay one atom."""
    atoms, sep, k = [], "", 0
    while k < len(text):
        char = text[k]
        if char.isspace():
            sep, k = " ", k + 1
            continue
        if _wide(char):
            j = k + 1
        else:
            j = k
            while j < len(text) and not text[j].isspace() and not _wide(text[j]):
                j += 1
        atom = text[k:j]
        if atoms and (atom[0] in _NO_LINE_START or (not sep and atoms[-1][1][-1] in _NO_LINE_END)):
            atoms[-1] = (atoms[-1][0], atoms[-1][1] + sep + atom)
        elif atoms and _NUMBER.fullmatch(atoms[-1][1]) and (
                (sep and not _wide(atom[0]) and _UNIT.match(atom)) or _wide(atom[0])):
            unit = next((u for u in _CJK_UNITS if text.startswith(u, k)), None) if _wide(atom[0]) else atom
            if unit is None:
                atoms.append((sep, atom))
            else:
                j = k + len(unit)
                atoms[-1] = (atoms[-1][0], atoms[-1][1] + sep + unit)
        else:
            atoms.append((sep, atom))
        sep, k = "", j
    return atoms


def _join(parts):
    return "".join((sep if n else "") + atom for n, (sep, atom) in enumerate(parts))


def _ellipsize(parts, width, size, bold, cut=True):
    """The longest run of whole atoms of ``parts`` that fits ``width`` with an ellipsis after it; a single
    atom too wide on its own is cut (the only way it can fit) unless ``cut`` is false (then None)."""
    for end in range(len(parts), 0, -1):
        line = _join(parts[:end]) + ELLIPSIS
        if text_width(line, size, bold) <= width:
            return line
    if not cut:
        return None
    atom = parts[0][1] if parts else ""
    while atom and text_width(atom + ELLIPSIS, size, bold) > width:
        atom = atom[:-1]
    return atom + ELLIPSIS if atom else ""


def wrap_text(text, width, max_lines=1, size=12, bold=False):
    """``text`` in at most ``max_lines`` lines no wider than ``width`` px (estimated by :func:`text_width`):
    lines break between Latin words, between CJK characters, never inside a word or between a number and its
    unit; an ellipsis ends the last line only when the text still does not fit."""
    text = " ".join(str(text).split())
    if text_width(text, size, bold) <= width:
        return [text] if text else []
    atoms = _atoms(text)
    lines, current = [], []
    for n, part in enumerate(atoms):
        if current and text_width(_join(current + [part]), size, bold) > width:
            lines.append(current)
            current = []
        if not current and len(lines) == max_lines - 1:
            current = atoms[n:]  # the last line: all that is left
            break
        current.append(part)
    lines.append(current)
    # the first line that does not fit ends the text with an ellipsis
    k = next((k for k, parts in enumerate(lines) if text_width(_join(parts), size, bold) > width), None)
    if k is None:
        return [_join(parts) for parts in lines]
    while True:  # a word is cut only when it comes first or could never fit a line whole
        end = _ellipsize(lines[k], width, size, bold, cut=not k or text_width(lines[k][0][1], size, bold) > width)
        if end is not None:
            return [_join(parts) for parts in lines[:k]] + [end]
        k -= 1  # no room for the ellipsis after a whole word here: the line before ends with it


def _text(x, y, text, width, max_lines=1, size=12, anchor="start", bold=False, attrs="", valign="top"):
    """``text`` wrapped into ``width`` px (see :func:`wrap_text`): a <g> holding the full text in its <title> (shown
    on hover) and one <text> per line (SVG Tiny renderers such as Qt's place no <tspan>); ``y`` is the first
    line's baseline (``valign="middle"``: the block's centre line, "bottom": the last line's baseline); ``attrs``
    go on the group (a transform). Returns (svg, number of lines)."""
    lines = wrap_text(text, width, max_lines, size, bold) or [""]
    step = size * LINE_HEIGHT
    if valign == "middle":
        y -= step * (len(lines) - 1) / 2.0
    elif valign == "bottom":
        y -= step * (len(lines) - 1)
    style = ' font-weight="bold"' if bold else ""
    if size != 12:
        style += ' font-size="{}"'.format(size)
    rows = "".join('<text x="{:.1f}" y="{:.1f}" text-anchor="{}"{}>{}</text>'.format(
        x, y + k * step, anchor, style, html.escape(line)) for k, line in enumerate(lines))
    return '<g{}><title>{}</title>{}</g>'.format(attrs, html.escape(str(text)), rows), len(lines)


def _nice_ticks(low, high, count=5):
    """Round tick values covering [low, high]."""
    if not math.isfinite(low) or not math.isfinite(high):
        return [0.0, 1.0]
    if high <= low:
        high = low + (abs(low) or 1.0)
    raw = (high - low) / max(count, 1)
    step = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * step >= raw:
            step *= m
            break
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value <= high + step * 1e-9:
        ticks.append(round(value, 12))
        value += step
    while len(ticks) < 2 or ticks[-1] < high - step * 1e-9:  # the last tick covers the highest value
        ticks.append(round(ticks[-1] + step, 12))
    return ticks


def _tick_label(value):
    return "{:,.0f}".format(value) if abs(value) >= 100 or value == int(value) else "{:g}".format(value)


TITLE_LINES = 2  # a chart title wraps into at most two lines


def _title_lines(title, width, left):
    """How many lines the (bold) title takes in a chart ``width`` px wide, starting at ``left``."""
    return len(wrap_text(title, width - left - 8, TITLE_LINES, bold=True)) if title else 0


def _top(title, width, left):
    """The top margin of the plot: room for the title's lines."""
    n = _title_lines(title, width, left)
    return 28 + 15 * (n - 1) if n else 12


def _open(width, height, title, left, kind):
    """The svg element (class ``chart-<kind>``: line, bar, polar) and its title: the start of every chart."""
    out = ['<svg xmlns="http://www.w3.org/2000/svg" class="chart-{}" width="{}" height="{}" viewBox="0 0 {} {}" '
           'font-family="sans-serif" font-size="12">'.format(kind, width, height, width, height)]
    if title:
        out.append(_text(left, 16, title, width - left - 8, TITLE_LINES, bold=True)[0])
    return out


def _axis_titles(out, left, top, pw, ph, height, x_label, y_label, x_bottom=6):
    """The x axis title centred under the plot, the y axis title rotated along its left side (one line each,
    ellipsis if need be, the whole title on hover)."""
    if x_label:
        out.append(_text(left + pw / 2, height - x_bottom, x_label, pw, anchor="middle")[0])
    if y_label:
        out.append(_text(0, 0, y_label, ph, anchor="middle",
                         attrs=' transform="translate(14,{:.1f}) rotate(-90)"'.format(top + ph / 2))[0])


def _frame(width, height, title, left, plot_width, y_ticks, sy, kind):
    """The opening of a chart: the svg element, its title, and the horizontal grid lines with their labels."""
    out = _open(width, height, title, left, kind)
    for y in y_ticks:
        out.append('<line x1="{0}" x2="{1}" y1="{2:.1f}" y2="{2:.1f}" stroke="#ddd"/>'.format(
            left, left + plot_width, sy(y)))
        out.append('<text x="{}" y="{:.1f}" text-anchor="end">{}</text>'.format(left - 6, sy(y) + 4, _tick_label(y)))
    return out


LEGEND_LINES = 2
LEGEND_TEXT = (80, 150)  # px: the legend's text column, as wide as its longest name within these bounds


def line_chart(series, x_label, y_label, title="", width=640, height=320, markers=True, y_range=None):
    """Lines of (x, y) points: ``series`` = [(name, xs, ys), ...]; None/NaN points are left out. With several
    series a legend on the right names them (wrapped into two lines at most)."""
    legend_text = 0
    if len(series) > 1:
        legend_text = min(LEGEND_TEXT[1], max([LEGEND_TEXT[0]] + [text_width(str(n)) for n, _x, _y in series]))
    left, right, bottom = 64, 16 + (legend_text + 36 if legend_text else 0), 44
    top = _top(title, width, left)
    pts = [(x, y) for _n, xs, ys in series for x, y in zip(xs, ys)
           if x is not None and y is not None and math.isfinite(x) and math.isfinite(y)]
    if not pts:
        return ""
    xt = _nice_ticks(min(p[0] for p in pts), max(p[0] for p in pts))
    yt = _nice_ticks(*(y_range or (min(p[1] for p in pts), max(p[1] for p in pts))))
    pw, ph = width - left - right, height - top - bottom

    def sx(x):
        return left + (x - xt[0]) / (xt[-1] - xt[0]) * pw

    def sy(y):
        return top + ph - (y - yt[0]) / (yt[-1] - yt[0]) * ph

    out = _frame(width, height, title, left, pw, yt, sy, "line")
    for x in xt:
        out.append('<text x="{:.1f}" y="{}" text-anchor="middle">{}</text>'.format(sx(x), top + ph + 16,
                                                                                _tick_label(x)))
    out.append('<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="#888"/>'.format(left, top, pw, ph))
    _axis_titles(out, left, top, pw, ph, height, x_label, y_label)
    y0 = top + 14
    for k, (name, xs, ys) in enumerate(series):
        colour = PALETTE[k % len(PALETTE)]
        good = [(sx(x), sy(y)) for x, y in zip(xs, ys)
                if x is not None and y is not None and math.isfinite(x) and math.isfinite(y)]
        if len(good) > 1:
            out.append('<polyline fill="none" stroke="{}" stroke-width="2" points="{}"/>'.format(
                colour, " ".join("{:.1f},{:.1f}".format(a, b) for a, b in good)))
        if markers and len(good) <= 60:
            out.extend('<circle cx="{:.1f}" cy="{:.1f}" r="3" fill="{}"/>'.format(a, b, colour) for a, b in good)
        if legend_text:
            out.append('<line x1="{0}" x2="{1}" y1="{2:.1f}" y2="{2:.1f}" stroke="{3}" stroke-width="3"/>'.format(
                left + pw + 10, left + pw + 28, y0, colour))
            text, lines = _text(left + pw + 32, y0 + 4, str(name), legend_text, LEGEND_LINES)
            out.append(text)
            y0 += 18 + 12 * LINE_HEIGHT * (lines - 1)
    out.append("</svg>")
    return "".join(out)


BAR_LABEL_SIZES = (12, 10)  # px: the category labels shrink once before they are shortened


ROTATED_LABEL = (60.0, 130.0)  # px: bars narrower than the first take their labels upright, at most this long


def _bar_labels(labels, slot, max_lines):
    """(font size, [lines], rotated) of the category labels under bars ``slot`` px apart: the larger size unless a
    label would need an ellipsis there and fits better at the smaller one; labels that still need one under bars
    narrower than ROTATED_LABEL[0] stand upright instead, one line each (a long name read sideways beats a stub)."""
    best = None
    for size in BAR_LABEL_SIZES:
        wrapped = [wrap_text(str(label), slot - 4, max_lines, size) for label in labels]
        cut = sum(1 for label, lines in zip(labels, wrapped) if " ".join(lines) != " ".join(str(label).split()))
        if best is None or cut < best[0]:
            best = (cut, size, wrapped)
        if not cut:
            break
    if best[0] and slot < ROTATED_LABEL[0]:
        size = BAR_LABEL_SIZES[-1]
        return size, [wrap_text(str(label), ROTATED_LABEL[1], 1, size) for label in labels], True
    return best[1], best[2], False


def bar_chart(labels, values, y_label, title="", colours=None, width=640, height=300, x_label=""):
    """Vertical bars, one per label (counts per class, length per class …); colours per bar optional. The labels
    wrap into up to two lines under their bar (three without an x axis title), or stand upright under narrow
    bars."""
    if not labels:
        return ""
    left, right = 64, 12
    top = _top(title, width, left)
    pw = width - left - right
    slot = min(pw / len(labels), 110.0)
    max_lines = 2 if x_label else 3
    size, wrapped, upright = _bar_labels(labels, slot, max_lines)
    lines = max(len(w) for w in wrapped) or 1
    if upright:
        longest = max(text_width(w[0], size) for w in wrapped if w) if any(wrapped) else 0.0
        bottom = 14 + longest + (18 if x_label else 0)
    else:
        bottom = 26 + size * LINE_HEIGHT * (lines - 1) + 12 + (18 if x_label else 0)
    values = [0.0 if v is None or not math.isfinite(float(v)) else float(v) for v in values]
    yt = _nice_ticks(0.0, max(values) or 1.0)
    ph = height - top - bottom

    def sy(y):
        return top + ph - (y - yt[0]) / (yt[-1] - yt[0]) * ph

    out = _frame(width, height, title, left, pw, yt, sy, "bar")
    for k, (label, value) in enumerate(zip(labels, values)):
        colour = (colours[k] if colours and k < len(colours) and colours[k] else PALETTE[0])
        x = left + k * slot + slot * 0.15
        tip = html.escape("{}: {:g}".format(label, value))
        out.append('<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}"><title>{}</title></rect>'
                   .format(x, sy(value), slot * 0.7, top + ph - sy(value), colour, tip))
        if upright:  # read bottom to top, ending just under the axis
            out.append(_text(0, 0, str(label), ROTATED_LABEL[1], 1, size, anchor="end", attrs=(
                ' transform="translate({:.1f},{:.1f}) rotate(-90)"'.format(x + slot * 0.35 + size * 0.35,
                                                                           top + ph + 6)))[0])
        else:
            out.append(_text(x + slot * 0.35, top + ph + 16, str(label), slot - 4, max_lines, size,
                             anchor="middle")[0])
    _axis_titles(out, left, top, pw, ph, height, x_label, y_label, x_bottom=8)
    out.append("</svg>")
    return "".join(out)


def _heat(value):
    """Colour of a probability in [0, 1]: white → orange → dark red (CPF, CBPF)."""
    v = min(1.0, max(0.0, float(value)))
    stops = ((0.0, (255, 255, 255)), (0.3, (253, 174, 97)), (0.6, (215, 48, 39)), (1.0, (103, 0, 13)))
    for (a, ca), (b, cb) in zip(stops, stops[1:]):
        if v <= b:
            t = (v - a) / (b - a)
            return "#{:02x}{:02x}{:02x}".format(*(int(round(x + (y - x) * t)) for x, y in zip(ca, cb)))
    return "#67000d"


def _annulus(cx, cy, r0, r1, a0, a1):
    """SVG path of the ring sector between radii r0 < r1 and bearings a0 < a1 (degrees clockwise from north)."""
    def point(r, a):
        t = math.radians(a)
        return cx + r * math.sin(t), cy - r * math.cos(t)

    large = 1 if a1 - a0 > 180 else 0
    (x0, y0), (x1, y1) = point(r1, a0), point(r1, a1)
    path = "M{:.1f},{:.1f} A{:.1f},{:.1f} 0 {} 1 {:.1f},{:.1f} ".format(x0, y0, r1, r1, large, x1, y1)
    if r0 > 0:
        (x2, y2), (x3, y3) = point(r0, a1), point(r0, a0)
        path += "L{:.1f},{:.1f} A{:.1f},{:.1f} 0 {} 0 {:.1f},{:.1f} Z".format(x2, y2, r0, r0, large, x3, y3)
    else:
        path += "L{:.1f},{:.1f} Z".format(cx, cy)
    return path


def polar_chart(values, flagged=None, title="", ring_labels=(), scale_max=None, legend="", size=260):
    """A polar plot (openair's polarPlot look): ``values`` sectors × rings (probabilities in [0, 1]; NaN = no
    records), sector 0 centred on north, clockwise; rings from the centre out (speed bins, or one ring).
    ``flagged`` bins (too few records) are drawn pale with a dashed outline; ``ring_labels`` name the
    rings' outer edges; the colour bar runs to ``scale_max`` (default the largest value)."""
    rows = [list(r) for r in values]
    if not rows:
        return ""
    sectors, rings = len(rows), len(rows[0])
    finite = [v for r in rows for v in r if v is not None and math.isfinite(v)]
    top = scale_max or (max(finite) if finite else 1.0) or 1.0
    width = size + 70
    extra = 15 * (_title_lines(title, width, 4) - 1) if title else 0
    height = size + (40 + extra if title else 20)
    cx, cy, radius = size / 2 + 10, (28 + extra if title else 10) + size / 2, size / 2 - 14
    out = _open(width, height, title, 4, "polar")
    width_deg = 360.0 / sectors
    for k, row in enumerate(rows):
        for b, v in enumerate(row):
            if v is None or not math.isfinite(v):
                continue
            pale = flagged is not None and bool(flagged[k][b])
            out.append('<path d="{}" fill="{}" fill-opacity="{}" stroke="{}"{}><title>{}</title></path>'.format(
                _annulus(cx, cy, radius * b / rings, radius * (b + 1) / rings, k * width_deg - width_deg / 2,
                         k * width_deg + width_deg / 2), _heat(v / top), "0.35" if pale else "1",
                "#999" if pale else "#fff", ' stroke-dasharray="2,2"' if pale else "",
                html.escape("{:.0f}°: {:.2f}{}".format(k * width_deg, v, " *" if pale else ""))))
    for b in range(1, rings + 1):
        out.append('<circle cx="{:.1f}" cy="{:.1f}" r="{:.1f}" fill="none" stroke="#bbb"/>'.format(
            cx, cy, radius * b / rings))
        if b - 1 < len(ring_labels) and ring_labels[b - 1]:
            out.append('<text x="{:.1f}" y="{:.1f}" font-size="10" fill="#555">{}</text>'.format(
                cx + 2, cy - radius * b / rings + 10, html.escape(str(ring_labels[b - 1]))))
    for label, a in (("N", 0), ("E", 90), ("S", 180), ("W", 270)):
        t = math.radians(a)
        out.append('<text x="{:.1f}" y="{:.1f}" text-anchor="middle" font-weight="bold">{}</text>'.format(
            cx + (radius + 9) * math.sin(t), cy - (radius + 9) * math.cos(t) + 4, label))
    x0, y0, bar = size + 24, cy - radius, 2 * radius
    for i in range(20):
        out.append('<rect x="{}" y="{:.1f}" width="12" height="{:.1f}" fill="{}"/>'.format(
            x0, y0 + bar * i / 20, bar / 20 + 0.5, _heat(1 - i / 19.0)))
    out.append('<text x="{}" y="{:.1f}" font-size="10">{:.2f}</text>'.format(x0 + 15, y0 + 8, top))
    out.append('<text x="{}" y="{:.1f}" font-size="10">0</text>'.format(x0 + 15, y0 + bar))
    if legend:
        out.append(_text(x0 - 4, y0 - 4, legend, width - x0 + 2, size=10)[0])
    out.append("</svg>")
    return "".join(out)
