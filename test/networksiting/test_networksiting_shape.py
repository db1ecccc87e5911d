"""The networksiting wrapper only wires: no numpy or scipy in it, a short processAlgorithm, the maths in core."""

import ast
import os

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WRAPPER = os.path.join(REPO, "processing_algorithms", "network_siting.py")
CORE = os.path.join(REPO, "eco_supervision_plugin", "core", "siting")


def _tree(path):
    with open(path, encoding="utf-8") as f:
        return ast.parse(f.read())


def test_wrapper_imports_no_array_library():
    imported = set()
    for node in ast.walk(_tree(WRAPPER)):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            imported.add(node.module.split(".")[0])
    assert not imported & {"numpy", "scipy"}, imported


def test_process_algorithm_is_short():
    methods = {n.name: n for n in ast.walk(_tree(WRAPPER)) if isinstance(n, ast.FunctionDef)}
    body = methods["processAlgorithm"]
    assert body.end_lineno - body.lineno + 1 <= 60


def test_core_modules_stay_small():
    for name in sorted(os.listdir(CORE)):
        if name.endswith(".py"):
            with open(os.path.join(CORE, name), encoding="utf-8") as f:
                assert sum(1 for _ in f) <= 420, name
