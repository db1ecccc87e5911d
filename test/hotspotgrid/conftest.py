"""Fixtures for the hotspot grid tests of every tier: the QGIS fixtures of test/qgis (``eco_provider``,
``run_alg``) and the qgis_process fixtures of test/cli, loaded from their conftest files so that one copy of
each exists; ``session_plugin`` shares the provider test/qgis registered when both run in one session."""

import importlib.util
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
if os.path.dirname(HERE) not in sys.path:  # test/helpers/ as the ``helpers`` package
    sys.path.insert(0, os.path.dirname(HERE))


def _load(tier):
    path = os.path.join(os.path.dirname(HERE), tier, "conftest.py")
    spec = importlib.util.spec_from_file_location("eco_{}_conftest_for_hotspotgrid".format(tier), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Loaded:
    """The plugin another tier's session fixture has loaded: its provider, left for that fixture to unload."""

    def __init__(self, provider):
        self.provider = provider

    def initProcessing(self):  # noqa: N802 (plugin API)
        pass


@pytest.fixture(scope="module")
def session_plugin(qgis_app, qgis_processing):
    """The plugin loaded through classFactory once: reuse test/qgis's when it is already registered (one
    provider per session), else load it for this test module and unload it at the module's end."""
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("ecosupervision")
    if provider is not None:
        yield _Loaded(provider)
        return
    import eco_supervision

    plugin = eco_supervision.classFactory(None)
    plugin.initProcessing()
    yield plugin
    plugin.unload()


_qgis = _load("qgis")
_cli = _load("cli")
eco_provider = _qgis.eco_provider
run_alg = _qgis.run_alg
qgis_process_bin = _cli.qgis_process_bin
qgis_process_env = _cli.qgis_process_env
qgis_process = _cli.qgis_process
