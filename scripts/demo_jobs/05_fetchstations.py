"""Demo job: live stations. Starts the local SensorThings server seeded from the sample data, runs
ecosupervision:fetchstations through qgis_process.bin into a GeoPackage, renders the dock offscreen to
demo_output/station_dock.png, stops the server.

    python scripts/demo_jobs/05_fetchstations.py --sample resources/sample_data/eco_city.gpkg --output demo_output
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "test", "sta_server"))
import helper  # noqa: E402
import seed_data  # noqa: E402

QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/lib/qgis/qgis_process.bin"


def plugin_root():
    root = tempfile.mkdtemp(prefix="eco_demo_plugins_")
    os.symlink(REPO, os.path.join(root, "eco_supervision"))
    return root


def render_dock(url, out_png):
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    sys.path.insert(0, plugin_root())
    from eco_supervision.eco_supervision_plugin.gui.station_dock import StationDock

    dock = StationDock(None)
    dock.resize(460, 900)
    dock.url_edit.setText(url)
    dock.refresh()
    end = time.time() + 120
    while dock.busy() and time.time() < end:
        app.processEvents()
        time.sleep(0.02)
    if dock.station_list.count():
        dock.station_list.setCurrentRow(0)
        index = dock.param_combo.findData("PM2_5")  # the pollutant a planner looks at first (also the default)
        dock.param_combo.setCurrentIndex(max(index, 0))
        while dock.history_task is not None and time.time() < end:  # a round started by the selection
            app.processEvents()
            time.sleep(0.02)
        dock.load_history()
        while dock.history_task is not None and time.time() < end:
            app.processEvents()
            time.sleep(0.02)
    app.processEvents()
    dock.grab().save(out_png)
    dock.shutdown()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", default=os.path.join(REPO, "resources", "sample_data", "eco_city.gpkg"))
    parser.add_argument("--output", default=os.path.join(REPO, "demo_output"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the dock is rendered without a display
    os.makedirs(args.output, exist_ok=True)
    seed = seed_data.build(args.sample if os.path.exists(args.sample) else None, None, 168)
    env = dict(os.environ, QGIS_PLUGINPATH=plugin_root(), QT_QPA_PLATFORM="offscreen",
               QGIS_CUSTOM_CONFIG_PATH=tempfile.mkdtemp(prefix="eco_demo_profile_"))
    with helper.StaServer(seed=seed, timeout=600) as server:
        print(server.banner)
        subprocess.run([QGIS_PROCESS, "plugins", "enable", "eco_supervision"], env=env, check=True,
                       capture_output=True)
        gpkg = os.path.join(args.output, "live_stations.gpkg")
        done = subprocess.run([QGIS_PROCESS, "run", "ecosupervision:fetchstations", "--", "URL=" + server.url,
                               "API_TYPE=0", "NETWORK=2", "OUTPUT=" + gpkg,
                               "REPORT=" + os.path.join(args.output, "live_stations_report.html")],
                              env=env, capture_output=True, text=True)
        print(done.stdout[-2000:])
        if done.returncode != 0:
            print(done.stderr[-4000:], file=sys.stderr)
            sys.exit(done.returncode)
        render_dock(server.url, os.path.join(args.output, "station_dock.png"))
    print("wrote", gpkg, "and", os.path.join(args.output, "station_dock.png"))


if __name__ == "__main__":
    main()
