"""Source-attribution tests: the shared QGIS and qgis_process fixtures, and this folder's helpers on the path."""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)


def _fixtures_of(tier):
    path = os.path.join(os.path.dirname(HERE), tier, "conftest.py")
    spec = importlib.util.spec_from_file_location("sourceattribution_{}_fixtures".format(tier), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_qgis = _fixtures_of("qgis")
_cli = _fixtures_of("cli")
session_plugin = _qgis.session_plugin
eco_provider = _qgis.eco_provider
run_alg = _qgis.run_alg
qgis_process_bin = _cli.qgis_process_bin
qgis_process_env = _cli.qgis_process_env
qgis_process = _cli.qgis_process
