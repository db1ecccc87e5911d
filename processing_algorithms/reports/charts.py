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


def _frame(width, height, title, left, plot_width, y_ticks, sy):
    """The opening of a chart: the svg element, its title, and the horizontal grid lines with their labels."""
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}" '
           'font-family="sans-serif" font-size="12">'.format(width, height, width, height)]
    if title:
        out.append('<text x="{}" y="16" font-weight="bold">{}</text>'.format(left, html.escape(title)))
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

    out = _frame(width, height, title, left, pw, yt, sy)
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

    out = _frame(width, height, title, left, pw, yt, sy)
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
