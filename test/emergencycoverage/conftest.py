"""Fixtures of the emergency-coverage tests: ``run_alg`` (processing.run) and ``qgis_process`` (qgis_process.bin).

``test/`` goes on ``sys.path`` for ``helpers``. The qgis_process fixtures are test/cli's own (loaded from
its conftest, not copied). The provider fixture registers the plugin's provider for a module unless one is
registered already (test/qgis's session plugin), so both folders can run in one session.
"""

import importlib.util
import os
import sys

import pytest

TEST_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if TEST_DIR not in sys.path:
    sys.path.insert(0, TEST_DIR)


def _conftest(tier):
    spec = importlib.util.spec_from_file_location("eco_{}_conftest".format(tier),
                                                  os.path.join(TEST_DIR, tier, "conftest.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_cli = _conftest("cli")
qgis_process_bin = _cli.qgis_process_bin
qgis_process_env = _cli.qgis_process_env
qgis_process = _cli.qgis_process


@pytest.fixture(scope="module")
def eco_provider(qgis_app, qgis_processing):
    """The registered ``ecosupervision`` provider (registered here for the module when no one else has)."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    plugin = None
    if registry.providerById("ecosupervision") is None:
        import eco_supervision

        plugin = eco_supervision.classFactory(None)
        plugin.initProcessing()
    yield registry.providerById("ecosupervision")
    if plugin is not None:
        plugin.unload()


@pytest.fixture
def run_alg(eco_provider):
    """``run_alg("emergencycoverage", {...})`` → processing.run result for ``ecosupervision:<id>``."""
    import processing

    def run(alg_id, parameters, **kwargs):
        return processing.run("ecosupervision:{}".format(alg_id), parameters, **kwargs)

    return run
