"""The ``ecosupervision`` Processing provider."""

import importlib
import os

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..eco_supervision_plugin.i18n import tr

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons", "eco_supervision.svg")


# (module, class) of every algorithm the provider offers, in the toolbox's order of families.
ALGORITHMS = [
    ("network_siting", "NetworkSitingAlgorithm"), ("hotspot_grid", "HotspotGridAlgorithm"),
    ("source_attribution", "SourceAttributionAlgorithm"), ("river_interpolation", "RiverInterpolationAlgorithm"),
    ("outfall_allocation", "OutfallAllocationAlgorithm"), ("spill_warning", "SpillWarningAlgorithm"),
    ("emergency_coverage", "EmergencyCoverageAlgorithm"),
    ("supervision_grid", "SupervisionGridAlgorithm"), ("inspection_draw", "InspectionDrawAlgorithm"),
    ("fetch_stations", "FetchStationsAlgorithm"),
]


def algorithm_classes(on_error=None):
    """The algorithm classes, one import per module; with ``on_error(name, error)`` a module that cannot be
    imported is reported and left out, so one broken algorithm does not take the others with it."""
    classes = []
    for module, name in ALGORITHMS:
        try:
            classes.append(getattr(importlib.import_module("." + module, __package__), name))
        except Exception as error:  # noqa: BLE001 (anything a broken install can raise)
            if on_error is None:
                raise
            on_error(name, error)
    return classes


class EcoSupervisionProvider(QgsProcessingProvider):
    def id(self):
        return "ecosupervision"

    def name(self):
        return tr("Eco Supervision")

    def longName(self):
        return tr("Eco Supervision — eco-environment monitoring planning")

    def icon(self):
        return QIcon(ICON)

    def svgIconPath(self):
        return ICON

    def loadAlgorithms(self):
        # An exception escaping here would end QGIS itself (this runs inside a C++ call): log it instead.
        def log(name, error):
            QgsMessageLog.logMessage(tr("Algorithm {} could not be loaded: {}").format(name, error),
                                     tr("Eco Supervision"), Qgis.Critical)

        for cls in algorithm_classes(on_error=log):
            try:
                self.addAlgorithm(cls())
            except Exception as error:  # noqa: BLE001
                log(cls.__name__, error)
