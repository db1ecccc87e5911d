"""Latest values of N stations × 8 parameters from the local SensorThings server into a QGIS layer.

Ours: SensorThingsClient.latest ($select on every level, pages fetched concurrently when the server's
links are predictable) + HJ 633 / GB 3838 classification + memory-layer features.
Reference: the same pages fetched raw with `requests`, serially, no parsing (the server's own floor),
and the plain ``$expand`` without ``$select`` that the client used before, for comparison.
Prints wall times, HTTP request counts, the CPU seconds spent by the server processes and by this
process (the honest server/client split on a shared machine) and the ratio. Target: < 3 s.

    .venv/bin/python test/benchmarks/bench_fetch_stations.py [--size 1000] [--quick] [--workers 2] [--max-top 100]
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


def raw_pages(url, params):
    """Follow nextLinks serially with requests; (seconds, requests, bytes)."""
    t = time.perf_counter()
    n = size = 0
    with requests.Session() as s:
        while url:
            r = s.get(url, params=params, timeout=300)
            r.raise_for_status()
            n += 1
            size += len(r.content)
            url, params = r.json().get("@iot.nextLink"), None
    return time.perf_counter() - t, n, size


class Clock:
    """Wall time, this process's CPU time and the server's CPU time over a block."""

    def __init__(self, server):
        self.server = server

    def __enter__(self):
        self.wall, self.cpu, self.server_cpu = time.perf_counter(), time.process_time(), self.server.cpu_seconds()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu
        self.server_cpu = self.server.cpu_seconds() - self.server_cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--hours", type=int, default=24)
    parser.add_argument("--quick", action="store_true", help="100 stations")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument("--max-top", type=int, default=100, help="largest $top the server accepts")
    parser.add_argument("--page-size", type=int, default=100, help="$top the client asks for")
    parser.add_argument("--concurrency", type=int, default=4, help="page requests in flight")
    parser.add_argument("--repeat", type=int, default=3, help="timed pulls (the best is reported)")
    args = parser.parse_args()
    size = 100 if args.quick else args.size
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from eco_supervision.eco_supervision_plugin.cloud import sensorthings
    from eco_supervision.eco_supervision_plugin.cloud.pull import pull
    from eco_supervision.eco_supervision_plugin.cloud.transport import RequestsTransport
    from eco_supervision.processing_algorithms.qgis_io.stations import memory_layer, replace_features

    seed = seed_data.synthetic(size, hours=args.hours)
    expected = sum(len(st["datastreams"]) for st in seed["stations"])
    t0 = time.perf_counter()
    with helper.StaServer(seed=seed, timeout=600, workers=args.workers, max_top=args.max_top) as server:
        print("server ({} workers, max $top {}) seeded with {} stations × 8 parameters × {} h in {:.1f} s".format(
            args.workers, args.max_top, size, args.hours, time.perf_counter() - t0))
        top = min(args.page_size, args.max_top)
        plain = raw_pages(server.url + "Things", {"$expand": sensorthings.LATEST_EXPAND, "$top": top})
        with Clock(server) as ref_clock:
            ref = raw_pages(server.url + "Things", dict(sensorthings.LATEST_SELECT, **{"$top": top}))
        best = None
        for _ in range(max(1, args.repeat)):
            transport = RequestsTransport(timeout=300)
            options = {"page_size": args.page_size, "concurrency": args.concurrency}
            with Clock(server) as clock:
                stations, rows, report = pull("sensorthings", server.url, transport, client_options=options)
                layer = memory_layer("bench")
                written, _ = replace_features(layer, rows)
            transport.close()
            assert len(rows) == expected == written, (len(rows), expected, written)
            if best is None or clock.wall < best[0].wall:
                best = (clock, transport.requests, len(stations), len(rows), written)
    clock, n_requests, n_stations, n_rows, n_written = best
    print("ours:      {:.2f} s wall, {} HTTP requests, {} stations, {} rows (expected {}), layer {} features; "
          "CPU: server {:.2f} s, client {:.2f} s ({} page requests in flight)".format(
              clock.wall, n_requests, n_stations, n_rows, expected, n_written, clock.server_cpu, clock.cpu,
              args.concurrency))
    print("reference: {:.2f} s wall, {} HTTP requests, {:.1f} MB (raw pages with $select, serial, no parsing); "
          "server CPU {:.2f} s".format(ref[0], ref[1], ref[2] / 1e6, ref_clock.server_cpu))
    print("           {:.2f} s wall, {} HTTP requests, {:.1f} MB (raw pages, plain $expand without $select)".format(
        plain[0], plain[1], plain[2] / 1e6))
    print("ratio ours/reference: {:.2f}; target < 3 s: {}".format(
        clock.wall / ref[0], "met" if clock.wall < 3 else "NOT met"))
    import resource

    print("peak memory of this process (client, layer, reference pages): {:.0f} MB".format(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0))


if __name__ == "__main__":
    main()
