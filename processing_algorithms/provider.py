"""The ``ecosupervision`` Processing provider."""

import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..eco_supervision_plugin.i18n import tr

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons", "eco_supervision.svg")


def algorithm_classes():
    """Every algorithm the provider offers; one import per algorithm module."""
    classes = []
    from .emergency_coverage import EmergencyCoverageAlgorithm

    classes.append(EmergencyCoverageAlgorithm)
    from .river_interpolation import RiverInterpolationAlgorithm

    classes.append(RiverInterpolationAlgorithm)
    from .fetch_stations import FetchStationsAlgorithm

    classes.append(FetchStationsAlgorithm)
    from .hotspot_grid import HotspotGridAlgorithm

    classes.append(HotspotGridAlgorithm)
    from .network_siting import NetworkSitingAlgorithm

    classes.append(NetworkSitingAlgorithm)
    from .outfall_allocation import OutfallAllocationAlgorithm

    classes.append(OutfallAllocationAlgorithm)
    return classes


class EcoSupervisionProvider(QgsProcessingProvider):
    def id(self):
        return "ecosupervision"

    def name(self):
        return tr("Eco Supervision")

    def longName(self):  # noqa: N802 (QGIS API)
        return tr("Eco Supervision — eco-environment monitoring planning")

    def icon(self):
        return QIcon(ICON)

    def svgIconPath(self):  # noqa: N802 (QGIS API)
        return ICON

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
