"""Benchmark: source attribution on a year of hourly readings at 100 stations (876,000 rows), 5,000 candidates.

    .venv/bin/python test/benchmarks/bench_source_attribution.py           # full size
    .venv/bin/python test/benchmarks/bench_source_attribution.py --quick   # 20 stations, 1,000 candidates

Each measurement runs in a fresh process (peak RSS measured there):

* ``whole``: ``processing.run("ecosupervision:sourceattribution")`` on a GeoPackage (readings as a table
  joined to the stations, CBPF 16 sectors × 4 speed bins, source-area grid and ranked candidates written
  to GeoPackages, JSON report) — reading, core, writing and styling included;
* ``core``: ``plan_source_attribution`` on the same arrays;
* ``reference``: a straightforward pandas implementation — ``groupby(station).quantile`` for the
  thresholds, ``pd.cut`` for sectors and speed bins, ``groupby([station, sector, speed]).agg`` for n and m,
  then a per-candidate loop over the stations for the ranking (as one would script openair output by
  hand). The reference's n and m are checked equal to ours, and its top candidate too.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np
from processing_session import start_processing

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SECTORS, EDGES, CALM, LOW, HIGH, MIN_SAMPLES, MAX_KM = 16, (2.0, 4.0, 6.0), 0.5, 75.0, 100.0, 10, 15.0


def synthetic(stations, hours, candidates, seed=0):
    """Stations on a 60 km square, a Gaussian-plume source at candidate 0, wind from a random walk."""
    sys.path.insert(0, os.path.join(REPO, "test", "sourceattribution"))
    from synthetic import plume_series

    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 60000.0, (stations, 2)) + np.array([470000.0, 4020000.0])
    cand = rng.uniform(0, 60000.0, (candidates, 2)) + np.array([470000.0, 4020000.0])
    direction, speed, value = plume_series(cand[0], xy, hours, rng, rate=50000.0)
    return xy, cand, np.round(direction, 1), np.round(speed, 1), np.round(value, 2)


def write_gpkg(path, xy, cand, direction, speed, value):
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    st = ds.CreateLayer("stations", srs, ogr.wkbPoint)
    st.CreateField(ogr.FieldDefn("code", ogr.OFTString))
    for k, (x, y) in enumerate(xy):
        f = ogr.Feature(st.GetLayerDefn())
        f.SetField("code", "S{:03d}".format(k))
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT({} {})".format(x, y)))
        st.CreateFeature(f)
    cl = ds.CreateLayer("candidates", srs, ogr.wkbPoint)
    cl.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for k, (x, y) in enumerate(cand):
        f = ogr.Feature(cl.GetLayerDefn())
        f.SetField("name", "C{:04d}".format(k))
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT({} {})".format(x, y)))
        cl.CreateFeature(f)
    rd = ds.CreateLayer("readings", None, ogr.wkbNone)
    for name, kind in (("code", ogr.OFTString), ("wd", ogr.OFTReal), ("ws", ogr.OFTReal), ("c", ogr.OFTReal)):
        rd.CreateField(ogr.FieldDefn(name, kind))
    defn = rd.GetLayerDefn()
    rd.StartTransaction()
    for k in range(len(xy)):
        code = "S{:03d}".format(k)
        for d, s, v in zip(direction[k].tolist(), speed[k].tolist(), value[k].tolist()):
            f = ogr.Feature(defn)
            f.SetField(0, code)
            f.SetField(1, d)
            f.SetField(2, s)
            f.SetField(3, v)
            rd.CreateFeature(f)
    rd.CommitTransaction()
    ds = None


def _import_plugin():
    sys.path.insert(0, os.path.join(REPO, "test"))
    import conftest  # noqa: F401  (links the checkout as the eco_supervision package)


def run_whole(path, out):
    processing, _app, _plugin = start_processing()
    params = {"READINGS": path + "|layername=readings", "STATIONS": path + "|layername=stations",
              "STATION_FIELD": "code", "VALUE_FIELD": "c", "WIND_DIRECTION_FIELD": "wd", "WIND_SPEED_FIELD": "ws",
              "STATISTIC": 1, "SPEED_BINS": ", ".join(str(e) for e in EDGES), "SECTORS": SECTORS,
              "CANDIDATES": path + "|layername=candidates", "MAX_DISTANCE": MAX_KM,
              "OUTPUT": os.path.join(out, "wedges.gpkg"), "SOURCE_AREA": os.path.join(out, "area.gpkg"),
              "CANDIDATES_OUTPUT": os.path.join(out, "cands.gpkg"), "REPORT": os.path.join(out, "report.json")}
    start = time.perf_counter()
    processing.run("ecosupervision:sourceattribution", params)
    seconds = time.perf_counter() - start
    with open(params["REPORT"], encoding="utf-8") as f:
        top = json.load(f)["top_candidates"][0]["fid"] - 1
    return {"seconds": seconds, "top": top}


def run_core(xy, cand, direction, speed, value):
    _import_plugin()
    from eco_supervision.eco_supervision_plugin.core.air.plan import AttributionOptions, plan_source_attribution

    codes = np.repeat(np.array(["S{:03d}".format(k) for k in range(len(xy))], dtype=object), direction.shape[1])
    ids = ["S{:03d}".format(k) for k in range(len(xy))]
    start = time.perf_counter()
    plan = plan_source_attribution(xy, ids, codes, direction.ravel(), speed.ravel(), value.ravel(),
                                   AttributionOptions(statistic="CBPF", sectors=SECTORS, speed_edges=EDGES,
                                                      calm_speed=CALM, min_samples=MIN_SAMPLES,
                                                      max_distance=MAX_KM * 1000.0), cand)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "top": int(np.flatnonzero(plan.ranking.rank == 1)[0]),
            "n": plan.table.n.tolist(), "m": plan.table.m.tolist()}


def run_reference(xy, cand, direction, speed, value):
    import pandas as pd

    stations = len(xy)
    start = time.perf_counter()
    df = pd.DataFrame({"station": np.repeat(np.arange(stations), direction.shape[1]), "wd": direction.ravel(),
                       "ws": speed.ravel(), "c": value.ravel()})
    q = df.groupby("station")["c"].quantile([LOW / 100.0, HIGH / 100.0]).unstack()
    df = df.join(q, on="station")
    df["band"] = (df["c"] > df[LOW / 100.0]) & (df["c"] <= df[HIGH / 100.0])
    moving = df[df["ws"] >= CALM].copy()
    width = 360.0 / SECTORS
    moving["sector"] = pd.cut((moving["wd"] + width / 2) % 360.0, np.arange(SECTORS + 1) * width, right=False,
                              labels=False)
    moving["speed_bin"] = pd.cut(moving["ws"], [-np.inf] + list(EDGES) + [np.inf], right=False, labels=False)
    table = moving.groupby(["station", "sector", "speed_bin"])["band"].agg(["size", "sum"])
    n = np.zeros((stations, SECTORS, len(EDGES) + 1), dtype=int)
    m = np.zeros_like(n)
    idx = np.array(table.index.tolist())
    n[idx[:, 0], idx[:, 1], idx[:, 2]] = table["size"].to_numpy()
    m[idx[:, 0], idx[:, 1], idx[:, 2]] = table["sum"].to_numpy()
    base = moving.groupby("station")["band"].mean().to_numpy()
    sec_n, sec_m = n.sum(axis=2), m.sum(axis=2)
    scores = []
    for cx, cy in cand.tolist():  # the ranking, one candidate at a time
        score = 0.0
        for s in range(stations):
            dx, dy = cx - xy[s, 0], cy - xy[s, 1]
            if (dx * dx + dy * dy) ** 0.5 > MAX_KM * 1000.0:
                continue
            k = int(((np.degrees(np.arctan2(dx, dy)) % 360.0 + width / 2) % 360.0) // width) % SECTORS
            if sec_n[s, k] >= MIN_SAMPLES:
                cpf = (sec_m[s, k] + MIN_SAMPLES * base[s]) / (sec_n[s, k] + MIN_SAMPLES)
                score += max(cpf - base[s], 0.0)
        scores.append(score)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "top": int(np.argmax(scores)), "n": n.tolist(), "m": m.tolist()}


def child(kind, size, path, out):
    data = synthetic(*size)
    if kind == "whole":
        result = run_whole(path, out)
    elif kind == "core":
        result = run_core(*data)
    else:
        result = run_reference(*data)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print("RESULT " + json.dumps(result))


def measure(kind, size, path, out):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, __file__, "--child", kind, "--size", ",".join(map(str, size)),
                           "--path", path, "--out", out], capture_output=True, text=True, env=env, timeout=3600)
    line = [x for x in done.stdout.splitlines() if x.startswith("RESULT ")]
    if not line:
        raise SystemExit(done.stdout + done.stderr)
    return json.loads(line[-1][7:])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--child")
    parser.add_argument("--size")
    parser.add_argument("--path")
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.child:
        return child(args.child, tuple(int(v) for v in args.size.split(",")), args.path, args.out)
    size = (20, 8760, 1000) if args.quick else (100, 8760, 5000)
    work = tempfile.mkdtemp(prefix="bench_attribution_")
    path = os.path.join(work, "input.gpkg")
    t = time.perf_counter()
    write_gpkg(path, *synthetic(*size))
    print("input: {} stations x {} hours = {:,} readings, {:,} candidates (written in {:.0f} s)".format(
        size[0], size[1], size[0] * size[1], size[2], time.perf_counter() - t))
    whole = measure("whole", size, path, work)
    core = measure("core", size, path, work)
    ref = measure("reference", size, path, work)
    assert core["n"] == ref["n"] and core["m"] == ref["m"], "reference counts differ"
    assert core["top"] == ref["top"] == whole["top"] == 0, (core["top"], ref["top"], whole["top"])
    print("whole algorithm (processing.run, GeoPackage in/out): {:.2f} s, peak {:.0f} MB".format(
        whole["seconds"], whole["peak_mb"]))
    print("core plan_source_attribution:                       {:.2f} s, peak {:.0f} MB".format(
        core["seconds"], core["peak_mb"]))
    print("pandas groupby + per-candidate loop reference:      {:.2f} s, peak {:.0f} MB".format(
        ref["seconds"], ref["peak_mb"]))
    print("ratio reference / core: {:.1f}x; reference / whole algorithm: {:.1f}x; planted source first in all"
          .format(ref["seconds"] / core["seconds"], ref["seconds"] / whole["seconds"]))


if __name__ == "__main__":
    main()
