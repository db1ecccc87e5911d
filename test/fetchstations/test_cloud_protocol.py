"""One client protocol, one list of platforms and networks, and a Processing layer that does not depend on
the GUI package (issue 12, cloud part)."""

import ast
import os

import pytest

from eco_supervision.eco_supervision_plugin.cloud import (
    API_TYPE_LABELS,
    API_TYPES,
    NETWORK_LABELS,
    NETWORKS,
    make_client,
)
from eco_supervision.eco_supervision_plugin.cloud.client import StationClient
from eco_supervision.eco_supervision_plugin.cloud.transport import BaseTransport

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MAPPING = {"records": "", "station_code": "c", "time": "t", "parameters": {"PM2.5": "p"}}


@pytest.mark.parametrize("api_type", API_TYPES)
def test_every_platform_client_implements_the_protocol(api_type):
    transport = BaseTransport()
    options = {"mapping": MAPPING} if api_type == "generic_json" else {}
    client = make_client(api_type, "https://platform.example/api", transport, **options)
    assert isinstance(client, StationClient)
    assert transport.origin == ("https", "platform.example", 443)  # bound: credentials go there only
    assert client.warnings == [] and client.fallback_used is False


def test_the_protocol_cannot_be_half_implemented():
    class Half(StationClient):
        def latest(self, bbox=None):
            return []

    with pytest.raises(TypeError):
        Half("https://x.example", BaseTransport())


def test_one_list_of_platforms_and_networks():
    assert len(API_TYPE_LABELS) == len(API_TYPES) and len(NETWORK_LABELS) == len(NETWORKS)
    defined = []
    for folder, _dirs, files in os.walk(REPO):
        if "/test" in folder[len(REPO):] or "/." in folder[len(REPO):]:
            continue
        for name in files:
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                tree = ast.parse(f.read())
            for node in ast.walk(tree):
                if isinstance(node, ast.Assign):
                    for target in node.targets:
                        if isinstance(target, ast.Name) and target.id in ("API_TYPES", "NETWORKS"):
                            defined.append((os.path.relpath(path, REPO), target.id))
    assert sorted(defined) == [("eco_supervision_plugin/cloud/__init__.py", "API_TYPES"),
                               ("eco_supervision_plugin/cloud/__init__.py", "NETWORKS")]


def test_processing_does_not_import_the_gui():
    folder = os.path.join(REPO, "processing_algorithms")
    offenders = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if name.endswith(".py"):
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    tree = ast.parse(f.read())
                for node in ast.walk(tree):
                    if isinstance(node, ast.ImportFrom) and "gui" in (node.module or "").split("."):
                        offenders.append(name)
    assert offenders == []
