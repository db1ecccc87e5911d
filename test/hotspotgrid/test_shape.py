"""The hotspot grid keeps its shape: maths in core/hotspot (pure), a short wrapper that only wires."""

import ast
import os

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WRAPPER = os.path.join(REPO, "processing_algorithms", "hotspot_grid.py")
CORE = os.path.join(REPO, "eco_supervision_plugin", "core", "hotspot")


def test_wrapper_is_short_and_does_no_array_maths():
    source = open(WRAPPER, encoding="utf-8").read()
    tree = ast.parse(source)
    assert len(source.splitlines()) <= 250
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                for alias in node.names} | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {"numpy", "np", "scipy", "math"} & imported, imported
    methods = {node.name: node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
    process = methods["processAlgorithm"]
    assert process.end_lineno - process.lineno + 1 <= 60


def test_core_package_one_concept_per_file():
    for name in os.listdir(CORE):
        if name.endswith(".py"):
            lines = open(os.path.join(CORE, name), encoding="utf-8").read().splitlines()
            assert len(lines) <= 400, name
            assert not any(line.startswith(("import qgis", "from qgis")) for line in lines), name
