"""The one protocol every station client implements (SensorThings, OpenAQ, generic JSON).

``pull`` and the dock talk to a client only through these methods, so a new platform is one more
subclass. A client binds its transport to its service URL: that origin alone gets credentials, and the
client asks the transport before it follows any link a server gives (``follows``).
"""

import abc


class StationClient(abc.ABC):
    """``check_service()``, ``latest(bbox=None)`` → list of Station, ``history(series_id, start, end, code,
    unit)`` → list of Reading (oldest first); ``warnings`` (Notes) and ``fallback_used`` after a pull."""

    def __init__(self, url, transport, log=None, monitor=None):
        self.transport = transport
        transport.bind(url)
        self.log = log or (lambda message: None)
        self.monitor = monitor
        self.warnings = []
        self.fallback_used = False

    def _warn(self, message):
        self.warnings.append(message)
        self.log(message)

    def _check(self):
        if self.monitor is not None:
            self.monitor.check()

    def follows(self, link):
        """True when the transport's link policy lets ``link`` be read (same origin, http(s))."""
        return self.transport.may_follow(link)

    def check_service(self):
        """Raise when the URL does not answer as this kind of service (default: nothing to check)."""
        return None

    @abc.abstractmethod
    def latest(self, bbox=None):
        """Every station (inside ``bbox`` lon/lat when the platform can filter) with its latest values."""

    #: False for platforms whose API has no history query (``history`` raises TransportError)
    has_history = True

    @abc.abstractmethod
    def history(self, series_id, start, end, code=None, unit=""):
        """Readings of one series with time in [start, end], oldest first."""
