"""QGIS-level fixtures (registered by test/conftest.py): the plugin loaded through classFactory as QGIS loads it."""

import pytest


@pytest.fixture(scope="session")
def session_plugin(qgis_app, qgis_processing):
    """The plugin with its provider registered for the whole session, as qgis_process loads it."""
    import eco_supervision

    plugin = eco_supervision.classFactory(None)
    plugin.initProcessing()
    yield plugin
    plugin.unload()


@pytest.fixture
def eco_provider(session_plugin):
    """The registered ``ecosupervision`` provider."""
    from qgis.core import QgsApplication

    if session_plugin.provider is None:
        session_plugin.initProcessing()
    return QgsApplication.processingRegistry().providerById("ecosupervision")


@pytest.fixture
def without_session_provider(session_plugin):
    """Take the session's provider out while a lifecycle test loads its own plugin instance."""
    session_plugin.unload()
    yield
    session_plugin.initProcessing()


@pytest.fixture
def run_alg(eco_provider):
    """``run_alg("networksiting", {...})`` → processing.run result for ``ecosupervision:<id>``."""
    import processing

    def run(alg_id, parameters, **kwargs):
        return processing.run("ecosupervision:{}".format(alg_id), parameters, **kwargs)

    return run
