"""Live station dock (filled in by the live-station work; an empty panel for now)."""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..i18n import tr


class StationDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Eco Supervision — live stations"), parent)
        self.iface = iface
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel(tr("No station server configured yet."), body))
        self.setWidget(body)
