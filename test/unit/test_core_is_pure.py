"""The computation packages must run without QGIS (scripts, notebooks, the oracle comparisons)."""

import os
import pkgutil
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PURE_PACKAGES = ["core", "standards"]


def _modules():
    """Every module of the pure packages, their sub-packages' modules included (core/siting/mclp.py …)."""
    for package in PURE_PACKAGES:
        path = os.path.join(REPO, "eco_supervision_plugin", package)
        prefix = "eco_supervision.eco_supervision_plugin.{}.".format(package)
        for info in pkgutil.walk_packages([path], prefix, onerror=lambda name: None):
            yield info.name


@pytest.mark.parametrize("module", list(_modules()) or ["eco_supervision.eco_supervision_plugin.core"])
def test_module_imports_without_qgis(module, plugin_pkgroot):
    code = (
        "import sys; sys.path.insert(0, {!r}); import importlib; importlib.import_module({!r}); "
        "bad = [m for m in sys.modules if m == 'qgis' or m.startswith('qgis.')]; "
        "assert not bad, bad"
    ).format(plugin_pkgroot, module)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
