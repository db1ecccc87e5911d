"""Numbers for people: thousands grouped, sensible decimals, units, yes/no and missing values in words."""

import math

from ...eco_supervision_plugin.i18n import tr


def format_number(value, digits=None):
    """``12345.678`` → ``"12,346"``; ``0.0345`` → ``"0.035"``; None/NaN → ``"—"``.

    Without ``digits`` the decimals follow the size (≥ 100: none, ≥ 10: one, else up to three
    significant), so a figure reads as a planner would write it.
    """
    if value is None:
        return "—"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, int):
        return "{:,}".format(value)
    try:
        value = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(value):
        return "—"
    if digits is None:
        magnitude = abs(value)
        if magnitude >= 100 or value == int(value):
            digits = 0
        elif magnitude >= 10:
            digits = 1
        elif magnitude >= 1:
            digits = 2
        else:
            digits = max(2, 2 - int(math.floor(math.log10(magnitude)))) if magnitude > 0 else 0
    text = "{:,.{}f}".format(value, digits)
    if "." in text:
        text = text.rstrip("0").rstrip(".") if digits > 2 else text
    return text


def format_value(value, unit="", digits=None):
    """A figure with its unit: ``format_value(0.9987, "%")`` → ``"99.87 %"`` (shares given as fractions)."""
    if isinstance(value, str):
        return value
    if unit == "%" and value is not None and not isinstance(value, bool):
        text = format_number(None if value is None else float(value) * 100.0, digits if digits is not None else 1)
        return text if text == "—" else text + " %"
    text = format_number(value, digits)
    return text if not unit or text == "—" else "{} {}".format(text, unit)


def format_share(part, whole, digits=1):
    """``part`` of ``whole`` as a percentage text, ``"—"`` when the whole is zero."""
    if not whole:
        return "—"
    return format_value(float(part) / float(whole), "%", digits)


def format_local_time(t):
    """``t`` (aware, UTC) in the computer's time zone with the zone named: ``"2026-11-20 10:00 CST"``; None → "—"."""
    if t is None:
        return "—"
    local = t.astimezone()
    return "{} {}".format(local.strftime("%Y-%m-%d %H:%M"), local.tzname() or local.strftime("%z"))
