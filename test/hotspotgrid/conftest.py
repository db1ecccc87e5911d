"""Fixtures for the hotspot grid tests of every tier: the QGIS fixtures of test/qgis (plugin loaded through
classFactory, ``run_alg``) and the qgis_process fixtures of test/cli, loaded from their conftest files so
that one copy of each exists."""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if os.path.dirname(HERE) not in sys.path:  # test/helpers/ as the ``helpers`` package
    sys.path.insert(0, os.path.dirname(HERE))


def _load(tier):
    path = os.path.join(os.path.dirname(HERE), tier, "conftest.py")
    spec = importlib.util.spec_from_file_location("eco_{}_conftest_for_hotspotgrid".format(tier), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_qgis = _load("qgis")
_cli = _load("cli")
session_plugin = _qgis.session_plugin
eco_provider = _qgis.eco_provider
run_alg = _qgis.run_alg
qgis_process_bin = _cli.qgis_process_bin
qgis_process_env = _cli.qgis_process_env
qgis_process = _cli.qgis_process
