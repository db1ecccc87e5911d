"""Benchmark: outfall allocation on a synthetic dendritic network (default 100,000 segments' worth of
reaches, 2,000 outfalls, 300 checkpoints, 4 parameters; target: whole plan under 5 s).

The whole algorithm too: ``processing.run("ecosupervision:outfallallocation")`` on the same network written
to a GeoPackage (reading, snapping, the plan, the three outputs written, the HTML planning note with its
charts and contributions map), five times, each in a fresh process: the median, the range and the peak RSS.

Reference in the same run: the response matrix column by column, one ``decay_model`` run per outfall
(unit load at that outfall, the other outfalls' flows at zero concentration) on a subset of outfalls,
extrapolated to all of them; the columns must agree with ours. Peak memory: traced Python allocations
of our plan and the process's maximum RSS.

    .venv/bin/python test/benchmarks/bench_outfall_allocation.py [--segments 100000] [--quick] [--no-whole]
        [--whole-runs 5]
"""

import argparse
import hashlib
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc

import numpy as np
from processing_session import start_processing

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
# a package root of this checkout's own (a shared /tmp link may point at another checkout)
PKGROOT = os.path.join(tempfile.gettempdir(), "eco_bench_pkgroot_" + hashlib.sha1(REPO.encode()).hexdigest()[:10])
os.makedirs(PKGROOT, exist_ok=True)
if not os.path.lexists(os.path.join(PKGROOT, "eco_supervision")):
    os.symlink(REPO, os.path.join(PKGROOT, "eco_supervision"))
sys.path.insert(0, PKGROOT)
import eco_supervision.eco_supervision_plugin.core.river.network  # noqa: E402,F401 (this checkout's package first)

_spec = importlib.util.spec_from_file_location("bench_river_interpolation",
                                               os.path.join(HERE, "bench_river_interpolation.py"))
_river = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_river)  # the synthetic network

from eco_supervision.eco_supervision_plugin.core.river import allocation  # noqa: E402
from eco_supervision.eco_supervision_plugin.core.river.decay import decay_model  # noqa: E402
from eco_supervision.eco_supervision_plugin.core.river.system import OutfallInput, RiverLines  # noqa: E402
from eco_supervision.eco_supervision_plugin.core.river.transport import mixing_weights  # noqa: E402

NAMES = ["CODMn", "NH3N", "TP", "COD"]
RATES = {"CODMn": 0.2, "NH3N": 0.15, "TP": 0.05, "COD": 0.25}


def write_gpkg(path, lines, chk, out):
    """The benchmark's network, checkpoints and outfalls as a GeoPackage (EPSG:4548, metres)."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)

    def layer(name, kind, fields, rows):
        lyr = ds.CreateLayer(name, srs, kind)
        for f, t in fields:
            lyr.CreateField(ogr.FieldDefn(f, t))
        lyr.StartTransaction()
        for wkt, values in rows:
            feat = ogr.Feature(lyr.GetLayerDefn())
            for (f, _), v in zip(fields, values):
                feat.SetField(f, v)
            feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            lyr.CreateFeature(feat)
        lyr.CommitTransaction()

    real, text = ogr.OFTReal, ogr.OFTString
    layer("rivers", ogr.wkbLineString, [("q", real), ("u", real)],
          (("LINESTRING({})".format(", ".join("{} {}".format(x, y) for x, y in part)), (float(q), float(u)))
           for part, q, u in zip(lines.parts, lines.discharge, lines.velocity)))
    layer("sections", ogr.wkbPoint, [("name", text)],
          (("POINT({} {})".format(x, y), (n,)) for (x, y), n in zip(chk.xy, chk.labels)))
    layer("outfalls", ogr.wkbPoint, [("flow_m3s", real)] + [(n, real) for n in NAMES],
          (("POINT({} {})".format(x, y), [float(q)] + [float(c) for c in conc])
           for (x, y), q, conc in zip(out.xy, out.q, out.values)))
    ds = None


def run_whole(path, out_dir):
    """processing.run of the whole algorithm in this (fresh) process: seconds and peak RSS."""
    processing, _app, _plugin = start_processing()
    params = {"RIVERS": path + "|layername=rivers", "DISCHARGE_FIELD": "q", "VELOCITY_FIELD": "u",
              "SECTIONS": path + "|layername=sections", "SECTION_ID_FIELD": "name", "TARGET_CLASS": 2,
              "OUTFALLS": path + "|layername=outfalls", "PARAMETERS": ",".join(NAMES),
              "DECAY_RATES": "; ".join("{}={}".format(k, v) for k, v in RATES.items()),
              "BACKGROUND": "CODMn=2; NH3N=0.2; TP=0.05; COD=10", "OBJECTIVE": 1, "SNAP_TOLERANCE": 1.0,
              "OUTPUT": os.path.join(out_dir, "outfalls.gpkg"), "CONTRIBUTIONS": os.path.join(out_dir, "c.gpkg"),
              "SEGMENTS": os.path.join(out_dir, "segments.gpkg"), "REPORT": os.path.join(out_dir, "note.html")}
    start = time.perf_counter()
    processing.run("ecosupervision:outfallallocation", params)
    seconds = time.perf_counter() - start
    print("RESULT " + json.dumps({"seconds": seconds,
                                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}))


def measure_whole(path, out_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, __file__, "--child-whole", path, "--out", out_dir], capture_output=True,
                          text=True, env=env, timeout=3600)
    line = [x for x in done.stdout.splitlines() if x.startswith("RESULT ")]
    if not line:
        raise SystemExit(done.stdout + done.stderr)
    return json.loads(line[-1][7:])


def whole_runs(runs, lines, chk, out):
    """The whole algorithm ``runs`` times, each in a fresh process, before the minute-long reference below
    (a machine that has just been kept busy can run the next seconds slower): the median, the range and the
    peak RSS."""
    work = tempfile.mkdtemp(prefix="bench_outfall_")
    path = os.path.join(work, "network.gpkg")
    write_gpkg(path, lines, chk, out)
    figures = []
    for n in range(runs):
        out_dir = os.path.join(work, "run{}".format(n))
        os.makedirs(out_dir)
        figures.append(measure_whole(path, out_dir))
    seconds = sorted(f["seconds"] for f in figures)
    print("whole algorithm (processing.run: GeoPackage in, 3 GeoPackages and the HTML note with charts and map "
          "out), {} fresh runs: median {:.2f} s (min {:.2f}, max {:.2f}; target < 5 s), peak RSS {:.0f} MB".format(
              runs, float(np.median(seconds)), seconds[0], seconds[-1], max(f["peak_mb"] for f in figures)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--child-whole", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--no-whole", action="store_true", help="skip the processing.run measurement")
    ap.add_argument("--whole-runs", type=int, default=5, help="fresh processes timing the whole algorithm")
    ap.add_argument("--segments", type=int, default=100000)
    ap.add_argument("--outfalls", type=int, default=2000)
    ap.add_argument("--checkpoints", type=int, default=300)
    ap.add_argument("--reference", type=int, default=20, help="outfalls computed by the per-outfall reference")
    ap.add_argument("--quick", action="store_true", help="10,000 segments, 200 outfalls, 50 checkpoints")
    args = ap.parse_args()
    if args.child_whole:
        return run_whole(args.child_whole, args.out)
    if args.quick:
        args.segments, args.outfalls, args.checkpoints = 10000, 200, 50
    n_reaches = max(2, args.segments // 5)
    parts, rng = _river.synthetic(n_reaches)
    q = 1.0 + rng.gamma(2.0, 2.0, n_reaches)
    lines = RiverLines(parts=parts, part_row=np.arange(n_reaches), fids=np.arange(n_reaches), discharge=q,
                       velocity=rng.uniform(0.1, 0.8, n_reaches))
    # points on the lines: the midpoints of random reaches' first halves
    pick = rng.choice(n_reaches, args.outfalls + args.checkpoints, replace=False)
    xy = np.array([0.5 * (parts[r][0] + parts[r][1]) for r in pick])
    chk = allocation.CheckpointInput(xy[args.outfalls:], np.full(args.checkpoints, 3),
                                     ["c{}".format(i) for i in range(args.checkpoints)])
    n_o = args.outfalls  # untreated to treated effluent: enough to make checkpoints fail
    out = OutfallInput(xy[:n_o], rng.uniform(0.2, 1.0, n_o),
                       np.column_stack([rng.uniform(50, 200, n_o), rng.uniform(5, 30, n_o), rng.uniform(1, 5, n_o),
                                        rng.uniform(100, 400, n_o)]))
    opts = allocation.AllocationOptions(parameters=NAMES, rates=RATES, objective=1,
                                        background={"CODMn": 2.0, "NH3N": 0.2, "TP": 0.05, "COD": 10.0},
                                        snap_tolerance=1.0)
    print("network: {} reaches (~{} segments of 500 m), {} outfalls, {} checkpoints, {} parameters".format(
        n_reaches, args.segments, args.outfalls, args.checkpoints, len(NAMES)))
    t0 = time.perf_counter()
    plan = allocation.plan_outfall_allocation(lines, chk, out, opts)
    t_plan = time.perf_counter() - t0
    tracemalloc.start()  # a second, traced run: tracing slows the run, so it is not timed
    allocation.plan_outfall_allocation(lines, chk, out, opts)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print("whole plan (network, snapping, 4 response matrices, background, LP): {:.2f} s (target < 5 s); "
          "traced peak {:.0f} MB".format(t_plan, peak / 2 ** 20))
    for p in plan.parameters:
        print("  {:6s} status {:10s} failing {:3d} binding {:3d} capacity {:.1f} t/a".format(
            p.name, p.status, int(p.failing.sum()), int(p.binding.sum()), p.capacity))

    if not args.no_whole:
        whole_runs(args.whole_runs, lines, chk, out)

    # our response matrix alone (one parameter), then the per-outfall reference
    net, system = plan.system.net, plan.system
    on = np.nonzero(plan.outfall_reach >= 0)[0]
    o_r, o_s, o_q = plan.outfall_reach[on], plan.outfall_pos[on], plan.outfall_q[on]
    c_r, c_s = plan.checkpoint_reach, plan.checkpoint_pos
    kk = RATES["NH3N"] / (86400.0 * system.velocity)
    w, _ = mixing_weights(net, system.discharge, o_r, o_q)
    t0 = time.perf_counter()
    h_c, h_o, q_mix = allocation.transfer_potential(net, kk, w, system.discharge, o_r, o_s, o_q, c_r, c_s)
    below = net.downstream_of(o_r[None, :], o_s[None, :], c_r[:, None], c_s[:, None])
    a = np.where(below, np.exp(-(h_o[None, :] - h_c[:, None])) / q_mix[None, :], 0.0)
    t_ours = time.perf_counter() - t0
    heads = allocation._source_heads(net)
    sub = rng.choice(len(on), min(args.reference, len(on)), replace=False)
    t0 = time.perf_counter()
    err = 0.0
    for j in sub:
        conc = np.zeros(len(on))
        conc[j] = 1.0 / o_q[j]  # 1 g/s
        col, _ = decay_model(net, kk, w, system.discharge, heads, np.zeros(len(heads)), np.zeros(len(heads)),
                             c_r, c_s, outfalls=(o_r, o_s, o_q, conc), backfill=False)
        col = np.nan_to_num(col)
        scale = max(1e-300, np.abs(col).max())
        err = max(err, float(np.abs(col - a[:, j]).max() / scale))
    t_ref = (time.perf_counter() - t0) / len(sub) * len(on)
    print("response matrix, one parameter, {} × {}: ours {:.3f} s, per-outfall decay_model reference "
          "{:.1f} s (extrapolated from {} outfalls), ratio {:.0f}×; max relative difference {:.1e}".format(
              len(c_r), len(on), t_ours, t_ref, len(sub), t_ref / t_ours, err))
    print("process max RSS {:.0f} MB".format(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


if __name__ == "__main__":
    main()
