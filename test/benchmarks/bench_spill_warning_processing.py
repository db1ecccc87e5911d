"""Benchmark: the WHOLE spill early warning through ``processing.run("ecosupervision:spillwarning")`` on the
synthetic dendritic network of bench_spill_warning.py (default 100,000 segments of 500 m, 50 receptors, 3 spills,
72 h horizon at 5 min steps; target ≤ 2 s), GeoPackage in and out, JSON report.

In the same run: the core alone (``run_spill``: network, snapping, hydraulics, plan) on the same lines, so the
wrapper's share (reading, writing) shows; peak traced Python memory of one whole run and the process max RSS.
``--profile`` prints the 25 most expensive functions of one whole run.

    .venv/bin/python test/benchmarks/bench_spill_warning_processing.py [--segments 100000] [--quick] [--profile]
"""

import argparse
import importlib.util
import os
import resource
import sys
import tempfile
import time
import tracemalloc

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "test"))
import conftest  # noqa: E402,F401  (links this checkout as the eco_supervision package)

_spec = importlib.util.spec_from_file_location("bench_spill_warning", os.path.join(HERE, "bench_spill_warning.py"))
_core_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_core_bench)  # the synthetic network

from eco_supervision.eco_supervision_plugin.core.river import network as rn  # noqa: E402
from eco_supervision.eco_supervision_plugin.core.river import spill_run as sr  # noqa: E402
from eco_supervision.eco_supervision_plugin.core.river.system import NetworkOptions, RiverLines  # noqa: E402


def scenario(n_reaches, n_receptors, n_spills):
    """Lines with discharge/velocity/width/depth/slope, spill and receptor points on them (as the core bench)."""
    parts, rng = _core_bench.synthetic(n_reaches)
    net = rn.build_network(parts, None, None, None, 0.01)
    n_up = np.ones(net.n_reaches)
    for lvl in net.levels:
        d = net.down[lvl]
        has = d >= 0
        np.add.at(n_up, d[has], n_up[lvl[has]])
    keep = np.asarray(net.kept_parts)
    q = np.empty(len(parts))
    q[keep] = 0.2 * n_up ** 0.9
    u = np.clip(0.25 * q ** 0.15 * rng.uniform(0.8, 1.2, len(parts)), 0.1, 1.5)
    width, depth, slope = 4.0 * q ** 0.5, 0.3 * q ** 0.35, rng.uniform(1e-4, 1e-3, len(parts))
    order = np.argsort(-net.dist_end)
    s_reach = order[rng.choice(200, n_spills, replace=False)]
    on_path = []
    for r in s_reach:
        rr = int(net.down[r])
        while rr >= 0:
            on_path.append(rr)
            rr = int(net.down[rr])
    n_path = min(len(on_path), (3 * n_receptors) // 5)
    rec_reach = np.concatenate([rng.choice(on_path, n_path, replace=False),
                                rng.integers(0, net.n_reaches, n_receptors - n_path)])

    def point(r, f):
        xy = net.reach_xy[r]
        c = np.r_[0.0, np.cumsum(np.hypot(*np.diff(xy, axis=0).T))]
        s = f * c[-1]
        return [float(np.interp(s, c, xy[:, 0])), float(np.interp(s, c, xy[:, 1]))]

    spills = np.array([point(r, 0.3) for r in s_reach])
    receptors = np.array([point(r, f) for r, f in zip(rec_reach, rng.uniform(0.05, 0.95, n_receptors))])
    mass = rng.uniform(500.0, 5000.0, n_spills)
    duration = np.zeros(n_spills)
    duration[-1] = 30.0
    return parts, {"q": q, "u": u, "width": width, "depth": depth, "slope": slope}, spills, mass, duration, receptors


def write_gpkg(path, parts, columns, spills, mass, duration, receptors):
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    x0, y0 = 500000.0, 3500000.0
    lyr = ds.CreateLayer("rivers", srs, ogr.wkbLineString)
    for name in columns:
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    lyr.StartTransaction()
    for i, p in enumerate(parts):
        f = ogr.Feature(lyr.GetLayerDefn())
        for name, col in columns.items():
            f.SetField(name, float(col[i]))
        f.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING({})".format(
            ",".join("{} {}".format(x + x0, y + y0) for x, y in p))))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    for name, pts, extra in (("spills", spills, (mass, duration)), ("receptors", receptors, None)):
        lyr = ds.CreateLayer(name, srs, ogr.wkbPoint)
        lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
        if extra is not None:
            lyr.CreateField(ogr.FieldDefn("kg", ogr.OFTReal))
            lyr.CreateField(ogr.FieldDefn("minutes", ogr.OFTReal))
        for i, (x, y) in enumerate(pts):
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetField("name", "{}{}".format(name[0].upper(), i + 1))
            if extra is not None:
                f.SetField("kg", float(extra[0][i]))
                f.SetField("minutes", float(extra[1][i]))
            f.SetGeometry(ogr.CreateGeometryFromWkt("POINT({} {})".format(x + x0, y + y0)))
            lyr.CreateFeature(f)
    ds = None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--segments", type=int, default=100000)
    ap.add_argument("--receptors", type=int, default=50)
    ap.add_argument("--spills", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="10,000 segments, 20 receptors")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    if args.quick:
        args.segments, args.receptors = 10000, 20
    n_reaches = max(2, args.segments // 5)
    parts, columns, spills, mass, duration, receptors = scenario(n_reaches, args.receptors, args.spills)
    work = tempfile.mkdtemp(prefix="bench_spill_")
    path = os.path.join(work, "input.gpkg")
    write_gpkg(path, parts, columns, spills, mass, duration, receptors)

    from processing_session import start_processing

    processing, _app, _plugin = start_processing()  # keep QGIS and the plugin referenced while it runs

    def params(k):
        out = os.path.join(work, "run{}".format(k))
        os.makedirs(out, exist_ok=True)
        return {"RIVERS": path + "|layername=rivers", "DISCHARGE_FIELD": "q", "VELOCITY_FIELD": "u",
                "WIDTH_FIELD": "width", "DEPTH_FIELD": "depth", "SLOPE_FIELD": "slope", "DISPERSION": 20.0,
                "NODE_TOLERANCE": 0.01, "SPILL": path + "|layername=spills", "SPILL_NAME_FIELD": "name",
                "MASS_FIELD": "kg", "DURATION_FIELD": "minutes", "START_TIME": "2026-06-01T08:00:00",
                "POLLUTANT": "NH3N", "DECAY_RATE": 0.2, "RECEPTORS": path + "|layername=receptors",
                "RECEPTOR_NAME_FIELD": "name", "SNAP_TOLERANCE": 1.0, "TIME_STEP": 5.0, "HORIZON": 72.0,
                "OUTPUT": os.path.join(out, "rec.gpkg"), "SEGMENTS": os.path.join(out, "seg.gpkg"),
                "CURVES": os.path.join(out, "curves.gpkg"), "REPORT": os.path.join(out, "report.json")}

    processing.run("ecosupervision:spillwarning", params(0))  # warm-up (imports, provider caches)
    runs = []
    for k in range(1, 4):
        t0 = time.perf_counter()
        result = processing.run("ecosupervision:spillwarning", params(k))
        runs.append(time.perf_counter() - t0)
    t_whole = min(runs)
    tracemalloc.start()
    processing.run("ecosupervision:spillwarning", params(4))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

    import json

    with open(result["REPORT"], encoding="utf-8") as f:
        report = json.load(f)
    statuses = {}
    for r in report["receptors"]:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1

    # the core alone, on the same lines (no QGIS reading or writing)
    lines = RiverLines(parts=[p + np.array([500000.0, 3500000.0]) for p in parts], part_row=np.arange(len(parts)),
                       fids=np.arange(1, len(parts) + 1), discharge=columns["q"], velocity=columns["u"])
    sp = sr.SpillPoints(spills + [500000.0, 3500000.0], mass, duration * 60.0, np.zeros(len(mass)),
                        ["S{}".format(i + 1) for i in range(len(mass))])
    rc = sr.ReceptorPoints(receptors + [500000.0, 3500000.0], ["R{}".format(i + 1) for i in range(len(receptors))])
    opts = sr.SpillRunOptions(horizon_s=72 * 3600.0, time_step_s=300.0, decay_per_day=0.2, snap_tolerance=1.0,
                              default_dispersion=20.0, network=NetworkOptions(node_tolerance=0.01))
    cols = sr.DispersionColumns(width=columns["width"], depth=columns["depth"], slope=columns["slope"])
    core_runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        run = sr.run_spill(lines, sp, rc, opts, cols)
        core_runs.append(time.perf_counter() - t0)
    t_core = min(core_runs)
    assert [r.status for r in run.plan.receptors] == [r["status"] for r in report["receptors"]]
    print("network: {} reaches, {} segments, {} receptors, {} spills, {} time steps".format(
        n_reaches, len(run.segments), args.receptors, args.spills, len(run.plan.times_s)))
    print("receptors: {}; downstream segments written {}; curve rows {}".format(
        ", ".join("{} {}".format(v, k) for k, v in sorted(statuses.items())), report["downstream_segments"],
        sum(1 for r in run.plan.receptors if run.plan.curves[r.index].any()) * len(run.plan.times_s)))
    print("whole algorithm (processing.run, GeoPackage in/out, JSON report): {:.2f} s (best of 3; runs {}) — "
          "target ≤ 2 s: {}".format(t_whole, ", ".join("{:.2f}".format(t) for t in runs),
                                    "met" if t_whole <= 2.0 else "MISSED"))
    print("core run_spill alone (network, snapping, hydraulics, plan): {:.2f} s; wrapper I/O share {:.0f} %".format(
        t_core, 100.0 * (t_whole - t_core) / t_whole))
    print("peak traced Python memory of one whole run {:.0f} MB; process max RSS {:.0f} MB".format(
        peak / 1e6, rss))
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        processing.run("ecosupervision:spillwarning", params(5))
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
