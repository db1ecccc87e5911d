"""Fixtures of the live-station tests."""

import pytest
from pytest_httpserver import HTTPServer


@pytest.fixture
def other():
    """A second local server beside ``httpserver``: another origin (another port on 127.0.0.1)."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()
