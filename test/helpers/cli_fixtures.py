"""qgis_process end-to-end fixtures (registered by test/conftest.py): a throw-away profile with the plugin on."""

import json
import os
import shutil
import subprocess

import pytest

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
