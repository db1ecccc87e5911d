"""Fixtures for the outfall allocation tests (the same as test/riverinterpolation/conftest.py).

``run_alg`` / ``eco_provider``: the plugin loaded through classFactory as QGIS loads it. The session fixture of
test/qgis cannot simply be loaded a second time here: two session plugins register the provider twice, QGIS
deletes the second provider object and its unload at the end of the session fails. So the provider is taken
from the registry when another tier's session plugin holds it, and otherwise registered for one test module
and removed after it. The qgis_process fixtures of test/cli are loaded from its conftest (one copy).
"""

import importlib.util
import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
PROVIDER_ID = "ecosupervision"


def _load(tier):
    path = os.path.join(os.path.dirname(HERE), tier, "conftest.py")
    spec = importlib.util.spec_from_file_location("eco_{}_conftest_for_outfallallocation".format(tier), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_cli = _load("cli")
qgis_process_bin = _cli.qgis_process_bin
qgis_process_env = _cli.qgis_process_env
qgis_process = _cli.qgis_process


@pytest.fixture(scope="module")
def eco_provider(qgis_app, qgis_processing):
    """The registered ``ecosupervision`` provider (registered here only when no other fixture holds it)."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    plugin = None
    if registry.providerById(PROVIDER_ID) is None:
        import eco_supervision

        plugin = eco_supervision.classFactory(None)
        plugin.initProcessing()
    yield registry.providerById(PROVIDER_ID)
    if plugin is not None:
        plugin.unload()


@pytest.fixture
def run_alg(eco_provider):
    """``run_alg("riverinterpolation", {...})`` → processing.run result for ``ecosupervision:<id>``."""
    import processing

    def run(alg_id, parameters, **kwargs):
        return processing.run("ecosupervision:{}".format(alg_id), parameters, **kwargs)

    return run
