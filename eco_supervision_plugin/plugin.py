"""QGIS lifecycle: register the Processing provider, add the menu and the dock, undo all on unload."""

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ..processing_algorithms.provider import EcoSupervisionProvider
from .i18n import install_translator, remove_translator, tr

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
ICON_PATH = os.path.join(PLUGIN_DIR, "resources", "icons", "eco_supervision.svg")


class EcoSupervisionPlugin:
    """The object QGIS holds for the plugin (see ``classFactory``)."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.dock_action = None
        install_translator()  # before the first tr(): the menu title is translated here
        self.menu = tr("&Eco Supervision")

    def initProcessing(self):
        """Register the provider; called by QGIS and qgis_process, also without a GUI."""
        if self.provider is not None:
            return
        install_translator()
        self.provider = EcoSupervisionProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()
        from .gui.station_dock import StationDock

        self.dock = StationDock(self.iface)
        self.dock.setObjectName("EcoSupervisionStationDock")
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock_action = QAction(QIcon(ICON_PATH), tr("Live stations"), self.iface.mainWindow())
        self.dock_action.setCheckable(True)
        self.dock_action.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self.dock_action.setChecked)
        self.iface.addPluginToMenu(self.menu, self.dock_action)

    def unload(self):
        if self.dock_action is not None:
            self.iface.removePluginMenu(self.menu, self.dock_action)
            self.dock_action.deleteLater()
            self.dock_action = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            if hasattr(self.dock, "shutdown"):
                self.dock.shutdown()
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
