"""A headless QGIS with Processing and this checkout's provider, for benchmarks that time ``processing.run``."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def start_processing():
    """Start QGIS and Processing, register the plugin's provider; returns the ``processing`` module (keep
    the returned app and plugin referenced while it runs)."""
    sys.path.insert(0, os.path.join(REPO, "test"))
    import conftest  # noqa: F401  (links the checkout as the eco_supervision package)
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    import eco_supervision

    Processing.initialize()
    plugin = eco_supervision.classFactory(None)
    plugin.initProcessing()
    return processing, app, plugin
