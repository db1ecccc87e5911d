"""Small inline SVG charts for the planning note (no plotting library: the SVG is written directly).

A chart is a string of SVG that the note embeds; sizes are in CSS pixels and fit a 1,000 px page.
"""

import html
import math

PALETTE = ("#1b7837", "#2166ac", "#b2182b", "#e08214", "#762a83", "#35978f", "#8c510a", "#4d4d4d")


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


def _open(width, height, title, left, kind):
    """The svg element (class ``chart-<kind>``: line, bar, polar) and its title: the start of every chart."""
    out = ['<svg xmlns="http://www.w3.org/2000/svg" class="chart-{}" width="{}" height="{}" viewBox="0 0 {} {}" '
           'font-family="sans-serif" font-size="12">'.format(kind, width, height, width, height)]
    if title:
        out.append('<text x="{}" y="16" font-weight="bold">{}</text>'.format(left, html.escape(title)))
    return out


def _frame(width, height, title, left, plot_width, y_ticks, sy, kind):
    """The opening of a chart: the svg element, its title, and the horizontal grid lines with their labels."""
    out = _open(width, height, title, left, kind)
    for y in y_ticks:
        out.append('<line x1="{0}" x2="{1}" y1="{2:.1f}" y2="{2:.1f}" stroke="#ddd"/>'.format(
            left, left + plot_width, sy(y)))
        out.append('<text x="{}" y="{:.1f}" text-anchor="end">{}</text>'.format(left - 6, sy(y) + 4, _tick_label(y)))
    return out


def line_chart(series, x_label, y_label, title="", width=640, height=320, markers=True, y_range=None):
    """Lines of (x, y) points: ``series`` = [(name, xs, ys), ...]; None/NaN points are left out."""
    left, right, top, bottom = 64, 16 + (140 if len(series) > 1 else 0), 28 if title else 12, 44
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
    out.append('<text x="{}" y="{}" text-anchor="middle">{}</text>'.format(left + pw / 2, height - 6,
                                                                        html.escape(x_label)))
    out.append('<text transform="translate(14,{}) rotate(-90)" text-anchor="middle">{}</text>'.format(
        top + ph / 2, html.escape(y_label)))
    for k, (name, xs, ys) in enumerate(series):
        colour = PALETTE[k % len(PALETTE)]
        good = [(sx(x), sy(y)) for x, y in zip(xs, ys)
                if x is not None and y is not None and math.isfinite(x) and math.isfinite(y)]
        if len(good) > 1:
            out.append('<polyline fill="none" stroke="{}" stroke-width="2" points="{}"/>'.format(
                colour, " ".join("{:.1f},{:.1f}".format(a, b) for a, b in good)))
        if markers and len(good) <= 60:
            out.extend('<circle cx="{:.1f}" cy="{:.1f}" r="3" fill="{}"/>'.format(a, b, colour) for a, b in good)
        if len(series) > 1:
            y0 = top + 14 + 18 * k
            out.append('<line x1="{0}" x2="{1}" y1="{2}" y2="{2}" stroke="{3}" stroke-width="3"/>'.format(
                left + pw + 10, left + pw + 28, y0, colour))
            out.append('<text x="{}" y="{}">{}</text>'.format(left + pw + 32, y0 + 4, html.escape(str(name))[:18]))
    out.append("</svg>")
    return "".join(out)


def bar_chart(labels, values, y_label, title="", colours=None, width=640, height=300, x_label=""):
    """Vertical bars, one per label (counts per class, length per class …); colours per bar optional."""
    if not labels:
        return ""
    left, right, top, bottom = 64, 12, 28 if title else 12, 56
    values = [0.0 if v is None or not math.isfinite(float(v)) else float(v) for v in values]
    yt = _nice_ticks(0.0, max(values) or 1.0)
    pw, ph = width - left - right, height - top - bottom
    slot = min(pw / len(labels), 110.0)

    def sy(y):
        return top + ph - (y - yt[0]) / (yt[-1] - yt[0]) * ph

    out = _frame(width, height, title, left, pw, yt, sy, "bar")
    for k, (label, value) in enumerate(zip(labels, values)):
        colour = (colours[k] if colours and k < len(colours) and colours[k] else PALETTE[0])
        x = left + k * slot + slot * 0.15
        tip = html.escape("{}: {:g}".format(label, value))
        out.append('<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}"><title>{}</title></rect>'
                   .format(x, sy(value), slot * 0.7, top + ph - sy(value), colour, tip))
        out.append('<text x="{:.1f}" y="{}" text-anchor="middle">{}</text>'.format(
            x + slot * 0.35, top + ph + 16, html.escape(str(label))[:14]))
    out.append('<text transform="translate(14,{}) rotate(-90)" text-anchor="middle">{}</text>'.format(
        top + ph / 2, html.escape(y_label)))
    if x_label:
        out.append('<text x="{}" y="{}" text-anchor="middle">{}</text>'.format(left + pw / 2, height - 8,
                                                                            html.escape(x_label)))
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
    width, height = size + 70, size + (40 if title else 20)
    cx, cy, radius = size / 2 + 10, (28 if title else 10) + size / 2, size / 2 - 14
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
        out.append('<text x="{}" y="{:.1f}" font-size="10">{}</text>'.format(x0 - 4, y0 - 4, html.escape(legend)))
    out.append("</svg>")
    return "".join(out)
