"""Smoke-test fixtures that need only QGIS, its Python bindings and pytest.

The smoke suite runs where the full suite cannot: in the Debian trixie/sid chroots of
``scripts/test_matrix.sh`` (QGIS 3.40/3.44, Python 3.13/3.14, no pytest-qgis, no venv) as well as on
the host. It creates its own ``QgsApplication`` unless a plugin such as pytest-qgis already did.
"""

import glob
import json
import os
import shutil
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(REPO, "resources", "sample_data", "eco_city.gpkg")
JOBS_DIR = os.path.join(REPO, "scripts", "demo_jobs")
# One algorithm per family; jobs of other algorithms (e.g. live stations, which need a server) are not run.
FAMILIES = ("hotspotgrid", "networksiting", "riverinterpolation", "emergencycoverage")


def find_qgis_process():
    """ECO_QGIS_PROCESS, else qgis_process.bin (the binary, no wrapper), else the qgis_process wrapper."""
    override = os.environ.get("ECO_QGIS_PROCESS")
    if override:
        return override
    for name in ("qgis_process.bin", "qgis_process"):
        found = shutil.which(name)
        if found:
            return found
    for path in ("/usr/bin/qgis_process.bin", "/usr/lib/qgis/qgis_process.bin"):
        if os.path.exists(path):
            return path
    return None


def demo_jobs():
    """``scripts/demo_jobs/*.json`` of the four algorithm families, in file-name order."""
    jobs = []
    for path in sorted(glob.glob(os.path.join(JOBS_DIR, "*.json"))):
        with open(path, encoding="utf-8") as f:
            job = json.load(f)
        alg_id = job.get("algorithm", "").split(":")[-1]
        if alg_id in FAMILIES:
            jobs.append((os.path.basename(path), job))
    return jobs


def pytest_generate_tests(metafunc):
    """``demo_job`` tests run once per job of scripts/demo_jobs (file name as the test id)."""
    if "demo_job" in metafunc.fixturenames:
        jobs = demo_jobs()
        metafunc.parametrize("demo_job", [job for _, job in jobs] or [None], ids=[n for n, _ in jobs] or ["no-jobs"])


@pytest.fixture(scope="session")
def qgs_app():
    """The running QgsApplication (offscreen) with Processing initialised."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    created = app is None
    if created:
        QgsApplication.setPrefixPath("/usr", True)
        app = QgsApplication([], True)
        app.initQgis()
    plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    yield app
    if created:
        app.exitQgis()


@pytest.fixture(scope="session")
def qgis_process_bin():
    path = find_qgis_process()
    if not path:
        pytest.fail("neither qgis_process.bin nor qgis_process is installed")
    return path


@pytest.fixture(scope="session")
def smoke_env(plugin_pkgroot, tmp_path_factory, qgis_process_bin):
    """Environment for qgis_process: the plugin path, a fresh profile with the plugin enabled."""
    profile = tmp_path_factory.mktemp("smoke_profile")
    env = dict(os.environ)
    env.update(
        QGIS_PLUGINPATH=plugin_pkgroot,
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.setdefault("XDG_RUNTIME_DIR", str(tmp_path_factory.mktemp("xdg_runtime")))
    os.chmod(env["XDG_RUNTIME_DIR"], 0o700)
    done = subprocess.run(
        [qgis_process_bin, "plugins", "enable", "eco_supervision"], env=env, capture_output=True, text=True,
        timeout=300,
    )
    assert done.returncode == 0, "plugins enable failed:\n{}\n{}".format(done.stdout, done.stderr)
    return env


@pytest.fixture(scope="session")
def run_qgis_process(smoke_env, qgis_process_bin):
    """``run_qgis_process(*args, json_output=False)`` → CompletedProcess (``.json`` set when asked)."""

    def run(*args, json_output=False, timeout=600):
        cmd = [qgis_process_bin] + (["--json"] if json_output else []) + [str(a) for a in args]
        done = subprocess.run(cmd, env=smoke_env, capture_output=True, text=True, timeout=timeout)
        done.json = None
        if json_output and done.returncode == 0:
            done.json = json.loads(done.stdout[done.stdout.index("{"):])
        return done

    return run


@pytest.fixture(scope="session")
def sample_gpkg():
    """The sample GeoPackage; missing is a failure in CI, a skip elsewhere."""
    if not os.path.exists(SAMPLE):
        if os.environ.get("CI"):
            pytest.fail("{} is missing".format(SAMPLE))
        pytest.skip("the sample data has not been generated yet")
    return SAMPLE


@pytest.fixture(scope="session")
def job_out_dir(tmp_path_factory):
    """One output folder for every job of the session: a later job may read an earlier job's output."""
    return str(tmp_path_factory.mktemp("demo_out"))


@pytest.fixture(scope="session")
def versions():
    from qgis.core import Qgis

    return "QGIS {}, Python {}.{}.{}".format(Qgis.QGIS_VERSION, *sys.version_info[:3])
