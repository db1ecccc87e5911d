"""Eco Supervision: QGIS plugin entry point.

QGIS imports this package and calls :func:`classFactory`; everything else is
imported lazily so that loading the package costs nothing until it is used.
"""


def classFactory(iface):
    from .eco_supervision_plugin.plugin import EcoSupervisionPlugin

    return EcoSupervisionPlugin(iface)
