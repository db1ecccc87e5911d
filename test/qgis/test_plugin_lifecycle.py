"""The plugin loads through classFactory as QGIS loads it, registers its provider, and unloads cleanly."""

from qgis.core import QgsApplication

import eco_supervision


def test_provider_registered_and_removed(qgis_iface, qgis_processing, without_session_provider):
    registry = QgsApplication.processingRegistry()
    plugin = eco_supervision.classFactory(qgis_iface)
    plugin.initGui()
    try:
        provider = registry.providerById("ecosupervision")
        assert provider is not None
        assert provider.id() == "ecosupervision"
        assert plugin.dock is not None
        assert plugin.dock_action is not None
    finally:
        plugin.unload()
    assert registry.providerById("ecosupervision") is None
    assert plugin.dock is None and plugin.provider is None


def test_init_processing_is_idempotent(qgis_processing, without_session_provider):
    registry = QgsApplication.processingRegistry()
    plugin = eco_supervision.classFactory(None)
    plugin.initProcessing()
    plugin.initProcessing()
    try:
        ids = [p.id() for p in registry.providers()]
        assert ids.count("ecosupervision") == 1
    finally:
        plugin.unload()
