"""What the dock says: parameter labels, times, client messages in the user's language, and the status after a
failed refresh (which server the listed stations belong to, how old they are)."""

from dataclasses import dataclass

from ...processing_algorithms.reports.numbers import format_local_time
from ..cloud.model import PARAMETERS
from ..cloud.reply import host_label, origin_of
from ..core.messages import translate_message
from ..i18n import tr


def parameter_label(code, unit=""):
    """A parameter's human name in the user's language, with its unit: "PM2.5 (µg/m³)", "氨氮 (mg/L)"."""
    name = tr(PARAMETERS[code][0]) if code in PARAMETERS else code
    return "{} ({})".format(name, unit) if unit else name


def local_time(t):
    """``t`` (aware, UTC) in the computer's time zone, with the zone named: "2026-11-20 10:00 CST"."""
    return format_local_time(t) if t is not None else "?"


def shown(message):
    """A station client's error or warning (translatable template or plain text) in the user's language."""
    if isinstance(message, BaseException) and not hasattr(message, "translated"):
        return str(message)
    return translate_message(message, tr)


@dataclass
class RefreshFailure:
    """After a failed refresh: the status text, the kept layer's new name (None: unchanged) and whether the
    listed stations are another server's and must no longer be shown as current."""

    status: str
    layer_name: object = None
    other_server: bool = False


def refresh_failure(error, url, shown_url, layer_empty, showing_snapshot, last_ok):
    """``error`` (text) for ``url``; ``shown_url`` is the server the layer's stations came from, ``last_ok`` when
    the layer was last filled from a server; ``layer_empty``/``showing_snapshot`` as the dock is now."""
    status = tr("Server unreachable or refused the request: {}. The previous layer is kept.").format(error)
    if showing_snapshot:
        status += " " + tr("Showing the last good snapshot.")
    elsewhere = bool(shown_url) and origin_of(shown_url) != origin_of(url) and not layer_empty
    if elsewhere:
        # what is listed came from another server: never show it as this server's current stations
        status += " " + tr("The stations shown are from {}, not from {}.").format(host_label(shown_url),
                                                                                host_label(url))
    name = None
    if not showing_snapshot and not layer_empty and last_ok is not None:
        name = tr("Live stations (as of {})").format(local_time(last_ok))  # the kept layer says how old it is
    other_server = elsewhere and not showing_snapshot
    if other_server:
        name = tr("Live stations from {} (not current)").format(host_label(shown_url))
    return RefreshFailure(status, name, other_server)
