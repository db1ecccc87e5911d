"""Test set-up shared by every tier.

The repository root is the plugin package. Tests import it as QGIS does, under the name
``eco_supervision``, through a link in a temporary folder (the same folder serves as
QGIS_PLUGINPATH for the qgis_process tests).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN_NAME = "eco_supervision"
PKGROOT = os.path.join(tempfile.gettempdir(), "eco_supervision_pkgroot_{}".format(abs(hash(REPO)) % 10**8))


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


# ---- QGIS-level fixtures: the plugin loaded through classFactory as QGIS loads it ------------------

@pytest.fixture(scope="session")
def session_plugin(qgis_app, qgis_processing):
    """The plugin with its provider registered for the whole session, as qgis_process loads it."""
    import eco_supervision

    plugin = eco_supervision.classFactory(None)
    plugin.initProcessing()
    yield plugin
    plugin.unload()


@pytest.fixture
def eco_provider(session_plugin):
    """The registered ``ecosupervision`` provider."""
    from qgis.core import QgsApplication

    if session_plugin.provider is None:
        session_plugin.initProcessing()
    return QgsApplication.processingRegistry().providerById("ecosupervision")


@pytest.fixture
def without_session_provider(session_plugin):
    """Take the session's provider out while a lifecycle test loads its own plugin instance."""
    session_plugin.unload()
    yield
    session_plugin.initProcessing()


@pytest.fixture
def run_alg(eco_provider):
    """``run_alg("networksiting", {...})`` → processing.run result for ``ecosupervision:<id>``."""
    import processing

    def run(alg_id, parameters, **kwargs):
        return processing.run("ecosupervision:{}".format(alg_id), parameters, **kwargs)

    return run


# ---- qgis_process end-to-end fixtures: a throw-away QGIS profile with the plugin enabled -----------

QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/lib/qgis/qgis_process.bin"


@pytest.fixture(scope="session")
def qgis_process_bin():
    """Path of qgis_process.bin (Debian 12's qgis_process wrapper passes a flag it rejects)."""
    return QGIS_PROCESS


@pytest.fixture(scope="session")
def qgis_process_env(plugin_pkgroot, tmp_path_factory):
    """Environment for qgis_process.bin: plugin path, an empty profile, offscreen Qt."""
    if not os.path.exists(QGIS_PROCESS) and not shutil.which("qgis_process.bin"):
        pytest.fail("qgis_process.bin is not installed")
    config = tmp_path_factory.mktemp("qgis_profile")
    env = dict(os.environ)
    env.update(
        QGIS_PLUGINPATH=plugin_pkgroot,
        QGIS_CUSTOM_CONFIG_PATH=str(config),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    enabled = subprocess.run(
        [QGIS_PROCESS, "plugins", "enable", "eco_supervision"], env=env, capture_output=True, text=True, timeout=300
    )
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return env


@pytest.fixture
def qgis_process(qgis_process_env):
    """Run ``qgis_process.bin <args>``; ``json=True`` adds --json and parses the answer."""

    def run(*args, json_output=False, check=True, timeout=600):
        cmd = [QGIS_PROCESS] + list(args)
        if json_output:
            cmd.insert(1, "--json")
        done = subprocess.run(cmd, env=qgis_process_env, capture_output=True, text=True, timeout=timeout)
        if check:
            assert done.returncode == 0, "{}\n{}\n{}".format(" ".join(cmd), done.stdout, done.stderr)
        if json_output and done.returncode == 0:
            return json.loads(done.stdout[done.stdout.index("{"):])
        return done

    return run


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
