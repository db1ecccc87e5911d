"""Messages to the Processing log: warnings on successful runs are warnings, not errors."""


def warn(feedback, message):
    """Show ``message`` as a warning (``pushWarning``, QGIS ≥ 3.16; plain info before), never as ``ERROR:``."""
    if feedback is None:
        return
    if hasattr(feedback, "pushWarning"):
        feedback.pushWarning(message)
    else:  # pragma: no cover - QGIS < 3.16
        feedback.pushInfo(message)
