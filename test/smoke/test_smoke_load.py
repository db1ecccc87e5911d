"""Smoke: the sources compile on this Python, every module imports on this QGIS, and the plugin loads
through classFactory as QGIS loads it (Processing only, and with a GUI), listing its algorithms."""

import importlib
import os
import warnings

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PACKAGE_DIRS = ("eco_supervision_plugin", "processing_algorithms")
NOT_SOURCES = {".git", ".venv", ".venv-oracle", ".venv-sta", "build", "dist", "demo_output", "__pycache__"}


def _python_files():
    for root, dirs, files in os.walk(REPO):
        dirs[:] = sorted(d for d in dirs if d not in NOT_SOURCES and not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".py"):
                yield os.path.join(root, name)


def _plugin_modules():
    yield "eco_supervision"
    for top in PACKAGE_DIRS:
        for root, dirs, files in os.walk(os.path.join(REPO, top)):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith(".py"):
                    rel = os.path.relpath(os.path.join(root, name), REPO)[:-3].split(os.sep)
                    if rel[-1] == "__init__":
                        rel = rel[:-1]
                    yield ".".join(["eco_supervision"] + rel)


def test_every_source_compiles_without_warnings():
    """Syntax of this interpreter (3.13/3.14 in the chroots): no SyntaxError, no SyntaxWarning
    (invalid escape sequences become errors in a later Python)."""
    problems = []
    for path in _python_files():
        with open(path, encoding="utf-8") as f:
            source = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                compile(source, path, "exec", dont_inherit=True)
            except (SyntaxError, SyntaxWarning, DeprecationWarning) as e:
                problems.append("{}: {}".format(os.path.relpath(path, REPO), e))
    assert not problems, "\n".join(problems)


def test_every_plugin_module_imports(qgs_app):
    failures = []
    modules = list(_plugin_modules())
    assert "eco_supervision.processing_algorithms.provider" in modules
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as e:  # report every broken module at once
            failures.append("{}: {}: {}".format(name, type(e).__name__, e))
    assert not failures, "\n".join(failures)


def test_class_factory_registers_provider_with_all_algorithms(qgs_app):
    from qgis.core import QgsApplication, QgsProcessingOutputFile, QgsProcessingParameterFileDestination

    import eco_supervision
    from eco_supervision.processing_algorithms.provider import algorithm_classes

    registry = QgsApplication.processingRegistry()
    assert registry.providerById("ecosupervision") is None
    plugin = eco_supervision.classFactory(None)
    plugin.initProcessing()
    try:
        provider = registry.providerById("ecosupervision")
        assert provider is not None and provider.id() == "ecosupervision"
        assert provider.name()
        expected = sorted("ecosupervision:" + cls().name() for cls in algorithm_classes())
        listed = sorted(alg.id() for alg in provider.algorithms())
        assert listed == expected
        for alg in provider.algorithms():
            assert alg.displayName() and alg.shortHelpString(), alg.id()
            instance = alg.create()
            assert instance.id() == alg.id()
            assert instance.parameterDefinitions(), alg.id()
            report_param = instance.parameterDefinition("REPORT")
            report_out = instance.outputDefinition("REPORT")
            assert isinstance(report_param, QgsProcessingParameterFileDestination) or isinstance(
                report_out, QgsProcessingOutputFile
            ), "{} has no REPORT output".format(alg.id())
    finally:
        plugin.unload()
    assert registry.providerById("ecosupervision") is None


class _StubIface:
    """The few QgisInterface calls the plugin makes, on a real QMainWindow."""

    def __init__(self):
        from qgis.PyQt.QtWidgets import QMainWindow

        self.window = QMainWindow()
        self.docks = []
        self.menus = []

    def mainWindow(self):
        return self.window

    def addDockWidget(self, area, dock):
        self.window.addDockWidget(area, dock)
        self.docks.append(dock)

    def removeDockWidget(self, dock):
        self.window.removeDockWidget(dock)
        self.docks.remove(dock)

    def addPluginToMenu(self, menu, action):
        self.menus.append((menu, action))

    def removePluginMenu(self, menu, action):
        self.menus.remove((menu, action))

    def __getattr__(self, name):
        pytest.fail("the plugin called iface.{}(), which the smoke stub lacks".format(name))


def test_init_gui_and_unload(qgs_app):
    from qgis.core import QgsApplication

    import eco_supervision

    iface = _StubIface()
    plugin = eco_supervision.classFactory(iface)
    plugin.initGui()
    try:
        assert QgsApplication.processingRegistry().providerById("ecosupervision") is not None
        assert len(iface.docks) == 1 and len(iface.menus) == 1
        _, action = iface.menus[0]
        action.setChecked(True)
        assert not iface.docks[0].isHidden()
        action.setChecked(False)
        assert iface.docks[0].isHidden()
    finally:
        plugin.unload()
    assert iface.docks == [] and iface.menus == []
    assert QgsApplication.processingRegistry().providerById("ecosupervision") is None
