"""Latest values of N stations × 8 parameters from the local SensorThings server into a QGIS layer.

Ours: SensorThingsClient.latest + HJ 633 / GB 3838 classification + memory-layer features.
Reference: the same pages fetched raw with `requests` (the server's own floor, no parsing).
Prints wall times, HTTP request counts and the ratio. Target: < 3 s, requests ≈ N/100 + 1.

    .venv/bin/python test/benchmarks/bench_fetch_stations.py [--size 1000] [--quick]
"""

import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "sta_server"))
import conftest  # noqa: E402,F401  (links the plugin as eco_supervision)
import helper  # noqa: E402
import requests  # noqa: E402
import seed_data  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--hours", type=int, default=24)
    parser.add_argument("--quick", action="store_true", help="100 stations")
    args = parser.parse_args()
    size = 100 if args.quick else args.size
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from eco_supervision.eco_supervision_plugin.cloud.pull import pull
    from eco_supervision.eco_supervision_plugin.cloud.sensorthings import LATEST_EXPAND
    from eco_supervision.eco_supervision_plugin.cloud.transport import RequestsTransport
    from eco_supervision.eco_supervision_plugin.gui.station_layer import memory_layer, replace_features

    seed = seed_data.synthetic(size, hours=args.hours)
    t0 = time.perf_counter()
    with helper.StaServer(seed=seed, timeout=600) as server:
        print("server seeded with {} stations × 8 parameters × {} h in {:.1f} s".format(
            size, args.hours, time.perf_counter() - t0))
        # reference: raw pages
        t = time.perf_counter()
        n_ref = 0
        url, params = server.url + "Things", {"$expand": LATEST_EXPAND, "$top": 100}
        with requests.Session() as s:
            while url:
                r = s.get(url, params=params, timeout=120)
                n_ref += 1
                url, params = r.json().get("@iot.nextLink"), None
        ref = time.perf_counter() - t
        # ours
        t = time.perf_counter()
        transport = RequestsTransport(timeout=120)
        stations, rows, report = pull("sensorthings", server.url, transport)
        layer = memory_layer("bench")
        written, _ = replace_features(layer, rows)
        ours = time.perf_counter() - t
    expected = sum(len(st["datastreams"]) for st in seed["stations"])
    print("ours:      {:.2f} s, {} HTTP requests, {} stations, {} rows (expected {}), layer {} features".format(
        ours, transport.requests, len(stations), len(rows), expected, written))
    print("reference: {:.2f} s, {} HTTP requests (raw pages, no parsing)".format(ref, n_ref))
    print("ratio ours/reference: {:.2f}; target < 3 s: {}".format(ours / ref, "met" if ours < 3 else "NOT met"))
    assert len(rows) == expected == written


if __name__ == "__main__":
    main()
