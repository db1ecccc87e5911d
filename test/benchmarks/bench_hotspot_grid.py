"""Benchmark: Gi* on a province-sized 500 m grid with a 2 km distance band, ours vs esda.

    .venv/bin/python test/benchmarks/bench_hotspot_grid.py            # 500,000 cells; esda on subsets
    .venv/bin/python test/benchmarks/bench_hotspot_grid.py --quick    # 60,000 cells
    .venv/bin/python test/benchmarks/bench_hotspot_grid.py --esda-full --esda-timeout 900

Ours (each run in a fresh process, peak RSS measured there): building the grid over an irregular
province polygon, aggregating one reading per cell, and Gi* with the distance band (neighbourhood
included) — the lattice (convolution) path used by the algorithm, and the cKDTree + sparse matrix path.

esda (``.venv-oracle``): ``libpysal.weights.DistanceBand`` + ``esda.G_Local(star=True, transform="B",
permutations=0)`` — weights included. esda needs minutes and several GB at 500,000 cells, so by default it
runs on square sub-grids of growing size (ours is timed on exactly the same sub-grids, and the z-scores
are compared); the esda time at the full size is extrapolated from a power-law fit and labelled so.
``--esda-full`` also runs esda on the full grid (with a timeout).
"""

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
ORACLE_PY = os.path.join(REPO, ".venv-oracle", "bin", "python")
ORACLE_SCRIPT = os.path.join(REPO, "test", "oracles", "esda_oracle.py")
CELL = 500.0
BAND = 2000.0


def _import_core():
    sys.path.insert(0, os.path.join(REPO, "test"))
    import conftest  # noqa: F401  (links the checkout as the eco_supervision package)

    from eco_supervision.eco_supervision_plugin.core.hotspot import gistar as hotspot
    from eco_supervision.eco_supervision_plugin.core.hotspot import grid

    return grid, hotspot


def province(cells):
    """An irregular province-like polygon whose area holds about ``cells`` cells of 500 m."""
    area = cells * CELL * CELL
    angles = np.linspace(0, 2 * np.pi, 720, endpoint=False)
    rng = np.random.default_rng(0)
    wobble = 1 + 0.18 * np.sin(3 * angles + 0.4) + 0.08 * np.sin(7 * angles + 1.1) + 0.02 * rng.standard_normal(720)
    base = np.column_stack([np.cos(angles) * wobble * 1.3, np.sin(angles) * wobble * 0.8])
    x, y = base[:, 0], base[:, 1]
    unit = 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))
    return [base * math.sqrt(area / unit) + np.array([500000.0, 3500000.0])]


def square(cells, x0=500000.0, y0=3500000.0):
    side = math.sqrt(cells) * CELL
    return [np.array([[x0, y0], [x0 + side, y0], [x0 + side, y0 + side], [x0, y0 + side]])]


def readings(xy, seed=1):
    """One synthetic PM2.5 reading per cell: smooth plumes plus noise."""
    rng = np.random.default_rng(seed)
    x = (xy[:, 0] - xy[:, 0].min()) / 1000.0
    y = (xy[:, 1] - xy[:, 1].min()) / 1000.0
    v = 35 + 20 * np.sin(x / 40.0) * np.cos(y / 55.0) + 30 * np.exp(-((x - 120) ** 2 + (y - 90) ** 2) / 800.0)
    return np.maximum(v + rng.gamma(2.0, 3.0, len(xy)), 1.0)


def worker(kind, cells, shape, method, out):
    """Ours, in this (fresh) process: grid + aggregation + Gi*. Writes z and figures to ``out`` (npz)."""
    grid, hotspot = _import_core()
    rings = province(cells) if shape == "province" else square(cells)
    t0 = time.perf_counter()
    g = grid.build_grid(rings, CELL, kind=kind, max_cells=5_000_000)
    t_grid = time.perf_counter() - t0
    xy = g.centres + 1.0  # one reading inside each cell
    values = readings(xy)
    t1 = time.perf_counter()
    cell_values, _ = hotspot.aggregate(g.locate(xy), values, len(g), "mean")
    t_agg = time.perf_counter() - t1
    t2 = time.perf_counter()
    r = hotspot.gi_star(g, cell_values, hotspot.DISTANCE, BAND, method=method)
    t_gi = time.perf_counter() - t2
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    np.savez(out, z=r.z, p=r.p, xy=g.centres, y=cell_values, n=len(g), t_grid=t_grid, t_agg=t_agg, t_gi=t_gi,
             peak=peak)


def run_ours(cells, shape, method, kind="square"):
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "ours.npz")
        subprocess.run([sys.executable, os.path.abspath(__file__), "--worker", kind, str(cells), shape, method, out],
                       check=True)
        data = dict(np.load(out))
    return data


def run_esda(xy, y, timeout):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "in.npz")
        np.savez(path, mode="distance", xy=xy, y=y, threshold=BAND * (1 + 1e-9))
        try:
            done = subprocess.run([ORACLE_PY, ORACLE_SCRIPT, path], capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cells", type=int, default=500_000, help="grid size of the province run")
    parser.add_argument("--quick", action="store_true", help="60,000 cells and small esda subsets")
    parser.add_argument("--subsets", default="10000,20000,40000", help="esda sub-grid sizes (cells)")
    parser.add_argument("--esda-full", action="store_true", help="also run esda on the full grid")
    parser.add_argument("--esda-timeout", type=float, default=900.0)
    parser.add_argument("--worker", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, cells, shape, method, out = args.worker
        worker(kind, int(cells), shape, method, out)
        return
    if args.quick:
        args.cells, args.subsets = 60_000, "5000,10000"
    if not os.path.exists(ORACLE_PY):
        raise SystemExit("the oracle venv .venv-oracle is missing (make oracle)")

    print("== Gi*, 500 m cells, {:g} m distance band (binary weights with self), 2 shared cores".format(BAND))
    full = {}
    for method in ("lattice", "sparse"):
        d = run_ours(args.cells, "province", method)
        full[method] = d
        total = float(d["t_grid"] + d["t_agg"] + d["t_gi"])
        print("ours {:8s} province grid {:,} cells: grid {:.2f} s, aggregation {:.2f} s, Gi* {:.2f} s, total {:.2f} s, "
              "peak RSS {:.0f} MB".format(method, int(d["n"]), float(d["t_grid"]), float(d["t_agg"]),
                                          float(d["t_gi"]), total, float(d["peak"])))
    agree = np.nanmax(np.abs(full["lattice"]["z"] - full["sparse"]["z"]))
    print("lattice vs sparse z max |diff| = {:.2e}".format(agree))
    d = run_ours(args.cells, "province", "lattice", kind="hexagon")
    print("ours lattice   hexagon grid {:,} cells: Gi* {:.2f} s, total {:.2f} s".format(
        int(d["n"]), float(d["t_gi"]), float(d["t_grid"] + d["t_agg"] + d["t_gi"])))

    sizes, esda_times, ratios = [], [], []
    for cells in [int(s) for s in args.subsets.split(",") if s]:
        ours = run_ours(cells, "square", "lattice")
        ref = run_esda(ours["xy"], ours["y"], args.esda_timeout)
        if ref is None:
            print("esda on {:,} cells: no answer within {:.0f} s".format(int(ours["n"]), args.esda_timeout))
            break
        ours_t = float(ours["t_gi"])  # neighbourhood + statistic, as esda's weights + G_Local
        diff = np.max(np.abs(ours["z"] - np.array(ref["z"])))
        sizes.append(int(ours["n"]))
        esda_times.append(ref["seconds"])
        ratios.append(ref["seconds"] / ours_t)
        print("subset {:,} cells: esda {:.2f} s (weights {:.2f} s), peak RSS {:.0f} MB | ours {:.3f} s, "
              "peak RSS {:.0f} MB | ratio {:,.0f}x | z max |diff| {:.1e}".format(
                  int(ours["n"]), ref["seconds"], ref["weights_seconds"], ref["peak_rss_mb"], ours_t,
                  float(ours["peak"]), ref["seconds"] / ours_t, diff))
    ours_full = float(full["lattice"]["t_gi"])
    ours_full_total = float(full["lattice"]["t_grid"] + full["lattice"]["t_agg"] + full["lattice"]["t_gi"])
    if len(sizes) >= 2:
        slope, intercept = np.polyfit(np.log(sizes), np.log(esda_times), 1)
        predicted = math.exp(intercept) * int(full["lattice"]["n"]) ** slope
        print("esda time ~ n^{:.2f}; extrapolated to {:,} cells: {:.0f} s (EXTRAPOLATED, not measured)".format(
            slope, int(full["lattice"]["n"]), predicted))
        print("ratio at {:,} cells (extrapolated esda / measured ours Gi*): {:,.0f}x; vs ours incl. grid and "
              "aggregation: {:,.0f}x".format(int(full["lattice"]["n"]), predicted / ours_full,
                                           predicted / ours_full_total))
    if args.esda_full:
        ref = run_esda(full["lattice"]["xy"], full["lattice"]["y"], args.esda_timeout)
        if ref is None:
            print("esda on the full grid: no answer within {:.0f} s (timeout)".format(args.esda_timeout))
        else:
            diff = np.max(np.abs(full["lattice"]["z"] - np.array(ref["z"])))
            print("esda full {:,} cells: {:.1f} s, peak RSS {:.0f} MB; ratio {:,.0f}x; z max |diff| {:.1e}".format(
                int(full["lattice"]["n"]), ref["seconds"], ref["peak_rss_mb"], ref["seconds"] / ours_full, diff))
    target = "met" if ours_full_total < 10 else "NOT met"
    print("target < 10 s for {:,} cells (grid + aggregation + Gi*): {:.2f} s, {}".format(
        int(full["lattice"]["n"]), ours_full_total, target))
    if ratios:
        print("target >= 30x faster than esda: smallest measured ratio {:,.0f}x, {}".format(
            min(ratios), "met" if min(ratios) >= 30 else "NOT met"))


if __name__ == "__main__":
    main()
