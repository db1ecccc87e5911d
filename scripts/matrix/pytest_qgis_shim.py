"""The few pytest-qgis fixtures the suite uses, for the matrix chroots (pytest-qgis is not in Debian).

Loaded with ``-p pytest_qgis_shim`` by scripts/test_matrix.sh --full; never on the host, where the
real pytest-qgis from requirements-test.txt is installed.
"""

import os
import sys
from unittest import mock

import pytest

_APP = None


def _start_app():
    global _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        QgsApplication.setPrefixPath("/usr", True)
        _APP = QgsApplication([], True)
        _APP.initQgis()
    plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    return QgsApplication.instance()


def pytest_configure(config):
    # pytest-qgis starts QGIS before collection, so test modules may import qgis.* at top level.
    _start_app()


class ShimIface:
    """A QgisInterface stand-in: a real main window, canvas and message bar; anything else is a Mock."""

    def __init__(self):
        from qgis.gui import QgsMapCanvas, QgsMessageBar
        from qgis.PyQt.QtWidgets import QMainWindow

        self._window = QMainWindow()
        self._canvas = QgsMapCanvas(self._window)
        self._bar = QgsMessageBar(self._window)
        self.docks = []
        self.menus = []
        self._mocks = {}

    def mainWindow(self):
        return self._window

    def mapCanvas(self):
        return self._canvas

    def messageBar(self):
        return self._bar

    def addDockWidget(self, area, dock):
        self._window.addDockWidget(area, dock)
        self.docks.append(dock)

    def removeDockWidget(self, dock):
        self._window.removeDockWidget(dock)
        if dock in self.docks:
            self.docks.remove(dock)

    def addPluginToMenu(self, menu, action):
        self.menus.append((menu, action))

    def removePluginMenu(self, menu, action):
        if (menu, action) in self.menus:
            self.menus.remove((menu, action))

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self._mocks.setdefault(name, mock.MagicMock(name="iface." + name))


@pytest.fixture(scope="session")
def qgis_app():
    yield _start_app()


@pytest.fixture(scope="session")
def qgis_processing(qgis_app):
    from processing.core.Processing import Processing

    Processing.initialize()


@pytest.fixture(scope="session")
def qgis_iface(qgis_app):
    return ShimIface()
