"""QGIS-level fixtures: the plugin loaded through classFactory as QGIS loads it."""

import pytest


@pytest.fixture(scope="session")
def eco_provider(qgis_app, qgis_processing):
    """Register the plugin's provider once for the session (as qgis_process does) and return it."""
    from qgis.core import QgsApplication

    import eco_supervision

    registry = QgsApplication.processingRegistry()
    plugin = eco_supervision.classFactory(None)
    plugin.initProcessing()
    yield registry.providerById("ecosupervision")
    plugin.unload()


@pytest.fixture
def run_alg(eco_provider):
    """``run_alg("networksiting", {...})`` → processing.run result for ``ecosupervision:<id>``."""
    import processing

    def run(alg_id, parameters, **kwargs):
        return processing.run("ecosupervision:{}".format(alg_id), parameters, **kwargs)

    return run
