"""The ``ecosupervision`` Processing provider."""

import os

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
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
    from .inspection_draw import InspectionDrawAlgorithm

    classes.append(InspectionDrawAlgorithm)
    from .supervision_grid import SupervisionGridAlgorithm

    classes.append(SupervisionGridAlgorithm)
    from .source_attribution import SourceAttributionAlgorithm

    classes.append(SourceAttributionAlgorithm)
    from .outfall_allocation import OutfallAllocationAlgorithm

    classes.append(OutfallAllocationAlgorithm)
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
        try:
            classes = algorithm_classes()
        except Exception as error:  # noqa: BLE001 (anything a broken install can raise)
            QgsMessageLog.logMessage(tr("Eco Supervision algorithms could not be loaded: {}").format(error),
                                     tr("Eco Supervision"), Qgis.Critical)
            return
        for cls in classes:
            try:
                self.addAlgorithm(cls())
            except Exception as error:  # noqa: BLE001
                QgsMessageLog.logMessage(tr("Algorithm {} could not be loaded: {}").format(cls.__name__, error),
                                         tr("Eco Supervision"), Qgis.Critical)
