"""Profile ``ecosupervision:emergencycoverage`` through processing.run (cProfile, top functions).

    .venv/bin/python test/benchmarks/profile_emergency_coverage.py demo      # sample-city demo job
    .venv/bin/python test/benchmarks/profile_emergency_coverage.py grid      # benchmark's default grid city
    .venv/bin/python test/benchmarks/profile_emergency_coverage.py province  # bench_emergency_province's instance
"""

import argparse
import cProfile
import json
import os
import pstats
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
sys.path.append("/usr/share/qgis/python/plugins")
import conftest  # noqa: E402,F401  (links the plugin as eco_supervision)


def demo_parameters(out):
    with open(os.path.join(REPO, "scripts", "demo_jobs", "40_emergencycoverage.json"), encoding="utf-8") as f:
        job = json.load(f)
    sample = os.path.join(REPO, "resources", "sample_data", "eco_city.gpkg")
    return {k: (v.replace("{sample}", sample).replace("{out}", out) if isinstance(v, str) else v)
            for k, v in job["parameters"].items()}


def grid_parameters(size, depots, minutes, roads_format="memory"):
    import numpy as np
    from bench_emergency_coverage import grid_city, layers, roads_geopackage

    nodes, lines, speeds, oneway = grid_city(size, spacing=400.0, seed=1)
    rng = np.random.default_rng(2)
    flat = nodes.reshape(-1, 2)
    depot_xy = flat[rng.choice(len(flat), depots, replace=False)]
    source_xy = flat[rng.choice(len(flat), 1000, replace=False)] + rng.uniform(-20, 20, (1000, 2))
    roads, dep, src = layers(lines, speeds, oneway, depot_xy, source_xy)
    if roads_format == "gpkg":
        roads = roads_geopackage(lines, speeds, oneway)
    return {
        "ROADS": roads, "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway", "SNAP_TOLERANCE": 0.0,
        "DEPOTS": dep, "DEPOT_NAME_FIELD": "name", "RISK_SOURCES": src, "THRESHOLDS": str(minutes),
        "REQUIRED_RESPONDERS": 2, "OUTPUT": "TEMPORARY_OUTPUT", "SERVICE_AREAS": "TEMPORARY_OUTPUT",
        "MAKE_POLYGONS": False,
    }


def province_parameters():
    from bench_emergency_province import DATA, build_data
    from qgis.core import QgsVectorLayer

    build_data()
    layer = {n: QgsVectorLayer(os.path.join(DATA, n + ".gpkg") + "|layername=" + n, n, "ogr")
             for n in ("roads", "depots", "sources")}
    return {
        "ROADS": layer["roads"], "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway", "SNAP_TOLERANCE": 0.0,
        "DEPOTS": layer["depots"], "DEPOT_NAME_FIELD": "name", "TEAMS_FIELD": "teams",
        "RISK_SOURCES": layer["sources"], "RISK_WEIGHT_FIELD": "weight", "THRESHOLDS": "30,60",
        "REQUIRED_RESPONDERS": 2, "OUTPUT": "TEMPORARY_OUTPUT", "SERVICE_AREAS": "TEMPORARY_OUTPUT",
        "MAKE_POLYGONS": False,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("instance", choices=("demo", "grid", "province"))
    parser.add_argument("--size", type=int, default=230)
    parser.add_argument("--depots", type=int, default=100)
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--roads", choices=("memory", "gpkg"), default="memory",
                        help="grid roads in memory or in a GeoPackage file")
    parser.add_argument("--no-profile", action="store_true", help="time only")
    args = parser.parse_args()

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing
    from qgis.core import QgsProcessingFeedback

    import eco_supervision

    plugin = eco_supervision.classFactory(None)
    plugin.initProcessing()

    out = tempfile.mkdtemp(prefix="eco_prof_")
    if args.instance == "province":
        params = province_parameters()
    elif args.instance == "demo":
        params = demo_parameters(out)
    else:
        params = grid_parameters(args.size, args.depots, args.minutes, args.roads)

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.t0 = time.perf_counter()

        def pushInfo(self, text):
            print("[{:7.2f}s] {}".format(time.perf_counter() - self.t0, text))

        def pushWarning(self, text):
            print("[{:7.2f}s] WARNING {}".format(time.perf_counter() - self.t0, text))

    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    if not args.no_profile:
        profiler.enable()
    processing.run("ecosupervision:emergencycoverage", params, feedback=Feedback())
    if not args.no_profile:
        profiler.disable()
    print("total {:.2f} s".format(time.perf_counter() - t0))
    if not args.no_profile:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
