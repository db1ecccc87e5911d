"""Source-attribution tests: the shared QGIS and qgis_process fixtures, and this folder's helpers on the path."""

import importlib.util
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)


def _fixtures_of(tier):
    path = os.path.join(os.path.dirname(HERE), tier, "conftest.py")
    spec = importlib.util.spec_from_file_location("sourceattribution_{}_fixtures".format(tier), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_cli = _fixtures_of("cli")
@pytest.fixture(scope="module")
def attribution_provider(qgis_app, qgis_processing):
    """The ``ecosupervision`` provider for a test module: test/qgis's session plugin when it is loaded (a
    second provider with the same id would be refused by the registry and deleted), otherwise the plugin
    loaded here as classFactory does, and unloaded after the module so other folders can load theirs."""
    from qgis.core import QgsApplication

    if QgsApplication.processingRegistry().providerById("ecosupervision") is not None:
        yield None
        return
    import eco_supervision

    plugin = eco_supervision.classFactory(None)
    plugin.initProcessing()
    yield plugin
    plugin.unload()


@pytest.fixture
def run_alg(attribution_provider):
    """``run_alg("sourceattribution", {...})`` → processing.run result for ``ecosupervision:<id>``."""
    import processing

    def run(alg_id, parameters, **kwargs):
        return processing.run("ecosupervision:{}".format(alg_id), parameters, **kwargs)

    return run


qgis_process_bin = _cli.qgis_process_bin
qgis_process_env = _cli.qgis_process_env
qgis_process = _cli.qgis_process
