"""Waiting for a dock's background tasks in tests: Qt events are processed while waiting."""

import time


def wait(predicate, timeout=30):
    """Process Qt events until ``predicate()`` holds (True) or ``timeout`` seconds pass (False)."""
    from qgis.core import QgsApplication

    end = time.time() + timeout
    while time.time() < end:
        QgsApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.02)
    return False
