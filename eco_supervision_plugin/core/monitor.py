"""Progress and cancellation for long computations, without depending on QGIS.

Core functions take ``monitor=None``; the Processing side passes a Monitor built
from its QgsProcessingFeedback (see processing_algorithms.base.feedback_monitor).
"""


class Cancelled(Exception):
    """Raised inside a computation when the user asked to stop it."""


class Monitor:
    """Report a fraction done in [0, 1] and raise :class:`Cancelled` when asked to stop."""

    def __init__(self, progress=None, is_cancelled=None, log=None):
        self._progress = progress
        self._is_cancelled = is_cancelled
        self._log = log

    def step(self, fraction):
        """Report progress; raise Cancelled if the user cancelled. Call it inside loops."""
        if self._is_cancelled is not None and self._is_cancelled():
            raise Cancelled()
        if self._progress is not None:
            self._progress(min(max(float(fraction), 0.0), 1.0))

    def check(self):
        if self._is_cancelled is not None and self._is_cancelled():
            raise Cancelled()

    def info(self, message):
        if self._log is not None:
            self._log(message)

    def sub(self, start, end):
        """A monitor whose [0, 1] maps onto [start, end] of this one."""
        span = end - start
        return Monitor(
            (lambda f: self._progress(start + span * f)) if self._progress else None,
            self._is_cancelled,
            self._log,
        )


def ensure(monitor):
    return monitor if monitor is not None else Monitor()
