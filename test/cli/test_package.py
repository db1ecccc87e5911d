"""make package builds a zip that QGIS installs from a profile folder and loads."""

import os
import subprocess
import zipfile


def test_zip_installs_into_a_fresh_profile_and_loads(repo_root, tmp_path, qgis_process_bin):
    built = subprocess.run(["scripts/package.sh"], cwd=repo_root, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    zip_path = os.path.join(repo_root, built.stdout.strip().splitlines()[-1])
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        assert all(n.startswith("eco_supervision/") for n in names)
        assert "eco_supervision/metadata.txt" in names
        assert "eco_supervision/__init__.py" in names
        # only what the plugin needs
        assert not any(n.startswith(("eco_supervision/test/", "eco_supervision/.ci/")) for n in names)
        assert "eco_supervision/Makefile" not in names
        assert any(n.endswith("eco_supervision_zh_CN.qm") for n in names)
        plugins = tmp_path / "profiles" / "default" / "python" / "plugins"
        plugins.mkdir(parents=True)
        archive.extractall(plugins)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env.pop("QGIS_PLUGINPATH", None)
    enabled = subprocess.run([qgis_process_bin, "plugins", "enable", "eco_supervision"], env=env,
                             capture_output=True, text=True, timeout=300)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    listed = subprocess.run([qgis_process_bin, "--json", "list"], env=env, capture_output=True, text=True, timeout=300)
    assert '"ecosupervision"' in listed.stdout
