"""Test set-up shared by every tier.

The repository root is the plugin package. Tests import it as QGIS does, under the name
``eco_supervision``, through a link in a temporary folder (the same folder serves as
QGIS_PLUGINPATH for the qgis_process tests).
"""

import hashlib
import os
import sys
import tempfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN_NAME = "eco_supervision"
# one folder per working copy, the same in every process (str hashes differ between processes)
PKGROOT = os.path.join(tempfile.gettempdir(), "eco_supervision_pkgroot_{}".format(
    hashlib.sha1(REPO.encode()).hexdigest()[:8]))


def _link_plugin():
    os.makedirs(PKGROOT, exist_ok=True)
    link = os.path.join(PKGROOT, PLUGIN_NAME)
    if os.path.islink(link) and os.readlink(link) != REPO:
        os.unlink(link)
    if not os.path.lexists(link):
        os.symlink(REPO, link)
    if PKGROOT not in sys.path:
        sys.path.insert(0, PKGROOT)


_link_plugin()

# Shared fixtures live in test/helpers/ so that every test folder (test/qgis, test/cli, test/<algorithm>)
# gets the same session-wide ones: the plugin loaded through classFactory, and qgis_process.
TEST_DIR = os.path.join(REPO, "test")
if TEST_DIR not in sys.path:
    sys.path.insert(0, TEST_DIR)
pytest_plugins = ["helpers.qgis_fixtures", "helpers.cli_fixtures"]


@pytest.fixture(scope="session")
def plugin_pkgroot():
    """Folder holding the ``eco_supervision`` link to the checkout (a QGIS_PLUGINPATH)."""
    return PKGROOT


@pytest.fixture(scope="session")
def repo_root():
    return REPO


@pytest.fixture(scope="session")
def test_data():
    return os.path.join(REPO, "test", "data")


@pytest.fixture(scope="session")
def shared_data():
    """../shared/data beside the checkout (real data sets); skip only outside CI."""
    path = os.path.join(os.path.dirname(REPO), "shared", "data")
    if not os.path.isdir(path):
        if os.environ.get("CI"):
            pytest.fail("../shared/data is missing")
        pytest.skip("../shared/data is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def sta_server():
    """One seeded local SensorThings server (test/sta_server, patched django-ogc-sensorthings) shared by the
    live-station tests of every tier in a session: ``.url`` (service root) and ``.seed`` (the oracle: 7
    synthetic stations, 30 hourly values each, newest at the current hour)."""
    sys.path.insert(0, os.path.join(REPO, "test", "sta_server"))
    import helper
    import seed_data

    with helper.StaServer(seed=seed_data.synthetic(7, hours=30, seed=3)) as server:
        yield server


def pytest_collection_modifyitems(config, items):
    """Tests that need the local SensorThings server (a host venv) carry the ``sta_server`` marker, so the
    QGIS 3.40/3.44 chroot runs can leave exactly those out with ``-m "not sta_server"``."""
    for item in items:
        if "sta_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.sta_server)


_exit_status = {"code": 0}


def pytest_sessionfinish(session, exitstatus):
    _exit_status["code"] = int(exitstatus)


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config):
    """Leave without tearing QGIS down.

    The results are reported by now. QgsApplication.exitQgis() at interpreter exit can crash
    (Qt objects freed in the wrong order after a session of GUI and provider tests), turning a green
    run into a segmentation fault; the process ends here with pytest's own exit status instead.
    """
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status["code"])
