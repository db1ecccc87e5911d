"""Benchmark: river interpolation on a synthetic dendritic network (default 100,000 segments × 4 parameters).

Times network building, segmentation and each method's prediction at every segment (target: under 5 s),
then the leave-one-out cross-validation. Kriging mixtures (tail-up + tail-down + Euclidean + nugget):
fitting on 45–500 sections (target ≤ 10 s) and the fitted model's prediction at every segment × 4
parameters (target ≤ 5 s), timed apart. References run on the same input in the same run:

* decay model — a plain per-segment loop (reaches in upstream-first order, explicit mixing, walking
  down to the next section for back-calculation); values must agree;
* flow-connected IDW — for a sample of segments, sections found by walking every path to the outlet;
  values must agree.

    .venv/bin/python test/benchmarks/bench_river_interpolation.py [--segments 100000] [--quick]
"""

import argparse
import math
import os
import resource
import sys
import time
import tracemalloc

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "test"))
import conftest  # noqa: E402, F401  (links this checkout as the eco_supervision package, as the tests do)

from eco_supervision.eco_supervision_plugin.core.monitor import ensure  # noqa: E402
from eco_supervision.eco_supervision_plugin.core.river import (  # noqa: E402
    covariance,
    geometry,
    idw,
    interpolation,
    network,
)
from eco_supervision.eco_supervision_plugin.core.river.kriging_method import KrigingMethod  # noqa: E402
from eco_supervision.eco_supervision_plugin.core.river.kriging_select import KrigingSpec  # noqa: E402
from eco_supervision.eco_supervision_plugin.core.river.methods import SiteData, Targets  # noqa: E402

NAMES = ["CODMn", "NH3N", "TP", "DO"]
RATES = {"CODMn": 0.2, "NH3N": 0.15, "TP": 0.05, "DO": 0.0}


def synthetic(n_reaches, seed=1, reach_len=2500.0):
    """A random dendritic tree: reach i flows from its own node to the node of its parent reach."""
    rng = np.random.default_rng(seed)
    parent = np.full(n_reaches, -1)
    pos = np.zeros((n_reaches + 1, 2))
    for i in range(1, n_reaches):
        parent[i] = int(math.floor(i * rng.random() ** 0.15))  # mostly recent reaches: long main stems
    # node i+1 is the upstream end of reach i; node 0 the outlet (downstream end of reach 0)
    down_node = np.where(parent < 0, 0, parent + 1)
    for i in range(n_reaches):
        ang = rng.uniform(0, 2 * math.pi)
        length = reach_len * rng.uniform(0.8, 1.2)
        pos[i + 1] = pos[down_node[i]] + length * np.array([math.cos(ang), math.sin(ang)])
    parts = [np.array([pos[i + 1], 0.5 * (pos[i + 1] + pos[down_node[i]]), pos[down_node[i]]])
             for i in range(n_reaches)]
    return parts, rng


def reference_decay(net, kk, q, sec_r, sec_s, sec_v, out_r, out_s, out_q, out_v, seg_r, seg_m):
    """Plain loops: reaches upstream-first, segment by segment, complete mixing, then back-calculation."""
    R = net.n_reaches  # noqa: N806
    order = [int(r) for lvl in net.levels for r in lvl]
    events = {}
    for r, s, v in zip(sec_r, sec_s, sec_v):
        events.setdefault(int(r), []).append((float(s), 1, float(v), 0.0))
    for r, s, qq, v in zip(out_r, out_s, out_q, out_v):
        events.setdefault(int(r), []).append((float(s), 0, float(v), float(qq)))
    for r in events:
        events[r].sort()
    incoming = {}
    for r in range(R):
        incoming.setdefault(int(net.to_node[r]), []).append(r)
    c_out = [math.nan] * R
    c_in = [math.nan] * R
    qout = list(q)
    for r in range(R):
        for (_, t, _, qq) in events.get(r, []):
            if t == 0:
                qout[r] += qq
    for r in order:
        ins = incoming.get(int(net.from_node[r]), [])
        num = den = 0.0
        equal = any(not (qout[i] > 0) for i in ins)
        for i in ins:
            if math.isfinite(c_out[i]):
                w = 1.0 if equal else qout[i]
                num += w * c_out[i]
                den += w
        c = num / den if den > 0 else math.nan
        c_in[r] = c
        s0 = 0.0
        qc = q[r]
        for (s, t, v, qq) in events.get(r, []):
            c = c * math.exp(-kk[r] * (s - s0))
            s0 = s
            if t == 1:
                c = v
            else:
                if math.isfinite(c):
                    c = (qc * c + qq * v) / (qc + qq)
                qc += qq
        c_out[r] = c * math.exp(-kk[r] * (net.length[r] - s0))
    out = np.empty(len(seg_r))
    memo = {}

    def first_below_end(r):
        """(value, exponent) of the first section below the end of reach r, walking down."""
        if r in memo:
            return memo[r]
        d = int(net.down[r])
        if d < 0:
            res = (math.nan, 0.0)
        else:
            ev = [e for e in events.get(d, []) if e[1] == 1]
            if ev:
                res = (ev[0][2], kk[d] * ev[0][0])
            else:
                v, e = first_below_end(d)
                res = (v, e + kk[d] * net.length[d])
        memo[r] = res
        return res

    sys.setrecursionlimit(max(10000, 4 * R))
    for j, (r, m) in enumerate(zip(seg_r, seg_m)):
        r = int(r)
        c, s0, qc = c_in[r], 0.0, q[r]  # state after the last event at or before m
        for (s, t, v, qq) in events.get(r, []):
            if s > m:
                break
            c = c * math.exp(-kk[r] * (s - s0))
            s0 = s
            if t == 1:
                c = v
            else:
                if math.isfinite(c):
                    c = (qc * c + qq * v) / (qc + qq)
                qc += qq
        val = c * math.exp(-kk[r] * (m - s0))
        if not math.isfinite(val):
            ev = [e for e in events.get(r, []) if e[1] == 1 and e[0] >= m]
            if ev:
                val = ev[0][2] * math.exp(kk[r] * (ev[0][0] - m))
            else:
                v, e = first_below_end(r)
                val = v * math.exp(e + kk[r] * (net.length[r] - m))
        out[j] = val
    return out


def reference_fc_idw(net, sec_r, sec_s, sec_v, seg_r, seg_m, power):
    """For each segment: walk its path to the outlet (downstream sections), and every section's path
    (upstream sections); weight 1/d^p on the flow distance."""
    paths = []
    for r, s in zip(sec_r, sec_s):
        d, dist, path = int(r), net.length[int(r)] - s, {}
        path[d] = -s  # distance from the section to the start of each reach on its path
        while net.down[d] >= 0:
            nd = int(net.down[d])
            path[nd] = dist
            dist += net.length[nd]
            d = nd
        paths.append(path)
    out = np.empty(len(seg_r))
    for j, (r, m) in enumerate(zip(seg_r, seg_m)):
        r = int(r)
        num = den = 0.0
        # sections downstream of the segment
        mine = {r: -m}
        d, dist = r, net.length[r] - m
        while net.down[d] >= 0:
            nd = int(net.down[d])
            mine[nd] = dist
            dist += net.length[nd]
            d = nd
        for k in range(len(sec_r)):
            sr, ss = int(sec_r[k]), float(sec_s[k])
            h = None
            if sr == r:
                h = abs(ss - m)
            elif sr in mine:
                h = mine[sr] + ss
            elif r in paths[k]:
                h = paths[k][r] + m
            if h is None:
                continue
            if h == 0:
                num, den = sec_v[k], 1.0
                break
            w = 1.0 / h ** power
            num += w * sec_v[k]
            den += w
        out[j] = num / den if den > 0 else math.nan
    return out


FULL = covariance.CovarianceModel("exponential", "spherical", "gaussian", True)


def _mixture_field(net, reach, pos, xy, rng):
    """Values with tail-up, tail-down and Euclidean structure at the sections (a smooth field + noise)."""
    d_out = net.dist_to_outlet(reach, pos)
    return np.column_stack([5 + np.sin(d_out / 20000.0) + 0.3 * np.cos(xy[:, 0] / 15000.0) +
                            rng.normal(0, 0.3, len(reach)) for _ in NAMES])


def mixture_benchmark(net, seg, rng, n_pred_sections):
    m = len(seg["reach"])
    for n in (45, 100, 300, 500):  # fitting: wall and CPU time
        pick = rng.choice(m, n, replace=False)
        r, s = seg["reach"][pick], seg["mid"][pick] + 10.0
        xy = net.points_xy(r, s)
        data = SiteData(net, r, s, xy, _mixture_field(net, r, s, xy, rng)[:, :1], ["T"])
        for select in ("fixed", "aic"):
            method = KrigingMethod(spec=KrigingSpec(FULL, reml=True, select=select))
            t0, c0 = time.perf_counter(), time.process_time()
            method._fit(data, ensure(None))
            dt, dc = time.perf_counter() - t0, time.process_time() - c0
            print("kriging mixture fit ({:5s}, {:2d} candidate(s)) on {:3d} sections: {:.2f} s wall, {:.2f} s CPU "
                  "(target ≤ 10 s)".format(select, len(method.spec.candidates), n, dt, dc))
    pick = rng.choice(m, n_pred_sections, replace=False)
    r, s = seg["reach"][pick], seg["mid"][pick] + 10.0
    xy = net.points_xy(r, s)
    data = SiteData(net, r, s, xy, _mixture_field(net, r, s, xy, rng), list(NAMES))
    method = KrigingMethod(spec=KrigingSpec(FULL, reml=True, select="fixed"))
    t0 = time.perf_counter()
    method._fit(data, ensure(None))
    t_fit = time.perf_counter() - t0
    targets = Targets(seg["reach"], seg["mid"])
    t0, c0 = time.perf_counter(), time.process_time()
    pred = method.predict(data, targets)
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    tracemalloc.start()
    method.predict(data, targets)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print("kriging mixture (tail-up + tail-down + Euclidean + nugget) on {} sections: fit {:.2f} s for {} "
          "parameters; prediction at {} segments × {} parameters: {:.2f} s wall, {:.2f} s CPU (target ≤ 5 s; "
          "load average {:.1f} on {} cores), {:.0f} MB traced; all finite: {}".format(
              n_pred_sections, t_fit, len(NAMES), m, len(NAMES), dt, dc, os.getloadavg()[0], os.cpu_count(),
              peak / 2 ** 20, bool(np.isfinite(pred.values).all() and np.isfinite(pred.se).all())))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--segments", type=int, default=100000)
    ap.add_argument("--sections", type=int, default=300)
    ap.add_argument("--quick", action="store_true", help="10,000 segments, 100 sections")
    ap.add_argument("--sample", type=int, default=1000, help="segments checked against the IDW reference")
    args = ap.parse_args()
    if args.quick:
        args.segments, args.sections, args.sample = 10000, 100, 300
    n_reaches = max(2, args.segments // 5)
    parts, rng = synthetic(n_reaches)
    q = np.array([1.0 + rng.gamma(2.0, 2.0) for _ in range(n_reaches)])
    u = rng.uniform(0.1, 0.8, n_reaches)

    t0 = time.perf_counter()
    net = network.build_network(parts, weights=q, node_tolerance=0.01)
    seg = geometry.segment_network(net, 500.0)
    t_net = time.perf_counter() - t0
    m = len(seg["reach"])
    sec_seg = rng.choice(m, args.sections, replace=False)
    sec_r = seg["reach"][sec_seg]
    sec_s = seg["mid"][sec_seg] + 10.0
    sec_xy = net.points_xy(sec_r, sec_s)
    vals = np.column_stack([rng.lognormal(1.0, 0.4, args.sections), rng.lognormal(-0.5, 0.6, args.sections),
                            rng.lognormal(-2.5, 0.5, args.sections), rng.normal(7.0, 1.0, args.sections).clip(1)])
    n_out = max(5, args.sections // 6)
    out_seg = rng.choice(m, n_out, replace=False)
    outfalls = {"reach": seg["reach"][out_seg], "pos": seg["start"][out_seg] + 1.0,
                "q": rng.uniform(0.05, 0.5, n_out), "values": np.column_stack([
                    rng.uniform(20, 60, n_out), rng.uniform(2, 8, n_out), rng.uniform(0.3, 2, n_out),
                    rng.uniform(2, 5, n_out)])}
    sections = {"reach": sec_r, "pos": sec_s, "xy": sec_xy, "values": vals}
    print("network: {} reaches, {} segments, {} levels, {} sections, {} outfalls, {} parameters".format(
        net.n_reaches, m, len(net.levels), args.sections, n_out, len(NAMES)))
    print("build network + segments: {:.2f} s".format(t_net))

    common = dict(rates=RATES, velocity=u, discharge=q, outfalls=outfalls)
    results = {}
    for method in ("decay", "idw", "kriging"):
        t0 = time.perf_counter()
        res = interpolation.run_interpolation(net, seg["reach"], seg["mid"], sections, NAMES, method=method,
                                              loo_methods=(), **common)
        dt = time.perf_counter() - t0
        results[method] = res
        print("{:8s} prediction at {} segments × {} parameters: {:.2f} s (with network: {:.2f} s; target < 5 s)"
              .format(method, m, len(NAMES), dt, dt + t_net))

    # references
    kk = RATES["NH3N"] / (86400.0 * u)
    t0 = time.perf_counter()
    ref = reference_decay(net, kk, q, sec_r, sec_s, vals[:, 1], outfalls["reach"], outfalls["pos"], outfalls["q"],
                          outfalls["values"][:, 1], seg["reach"], seg["mid"])
    t_ref = time.perf_counter() - t0
    ours = results["decay"].values[:, 1]
    both = np.isfinite(ref) & np.isfinite(ours)
    diff = np.max(np.abs(ref[both] - ours[both]) / np.maximum(1e-12, np.abs(ref[both])))
    same_nan = np.array_equal(np.isfinite(ref), np.isfinite(ours))
    t_ours1 = time.perf_counter()
    interpolation.run_interpolation(net, seg["reach"], seg["mid"], {**sections, "values": vals[:, 1:2]}, ["NH3N"],
                         method="decay", loo_methods=(), rates=RATES, velocity=u, discharge=q,
                         outfalls={**outfalls, "values": outfalls["values"][:, 1:2]})
    t_ours1 = time.perf_counter() - t_ours1
    print("decay, one parameter: ours {:.2f} s, plain-loop reference {:.2f} s, ratio {:.1f}×; max relative "
          "difference {:.1e}; same empty segments: {}".format(t_ours1, t_ref, t_ref / t_ours1, diff, same_nan))

    sample = rng.choice(m, min(args.sample, m), replace=False)
    t0 = time.perf_counter()
    ref = reference_fc_idw(net, sec_r, sec_s, vals[:, 1], seg["reach"][sample], seg["mid"][sample], 2.0)
    t_ref = time.perf_counter() - t0
    t0 = time.perf_counter()
    ours = idw.fc_idw(net, sec_r, sec_s, vals[:, 1], seg["reach"][sample], seg["mid"][sample], 2.0)[:, 0]
    t_ours = time.perf_counter() - t0
    both = np.isfinite(ref) & np.isfinite(ours)
    diff = np.max(np.abs(ref[both] - ours[both]) / np.abs(ref[both])) if both.any() else 0.0
    print("flow-connected IDW, {} sampled segments: ours {:.3f} s, path-walking reference {:.2f} s, ratio {:.0f}×; "
          "max relative difference {:.1e}; same empty segments: {}".format(
              len(sample), t_ours, t_ref, t_ref / max(t_ours, 1e-9), diff,
              np.array_equal(np.isfinite(ref), np.isfinite(ours))))

    t0 = time.perf_counter()
    res = interpolation.run_interpolation(net, seg["reach"][:1], seg["mid"][:1], sections, NAMES, method="idw",
                               loo_methods=("decay", "idw", "kriging", "straight_idw"), **common)
    print("leave-one-out, 4 methods × {} parameters × {} sections: {:.2f} s".format(
        len(NAMES), args.sections, time.perf_counter() - t0))
    for row in res.stats:
        if row["parameter"] == "NH3N":
            print("   NH3N {:12s} RMSPE {:.3f}".format(row["method"], row["rmspe"]))

    mixture_benchmark(net, seg, rng, args.sections)

    # peak memory: Python/numpy allocations of one kriging prediction (traced apart from the timings), and the
    # process's peak resident set
    tracemalloc.start()
    interpolation.run_interpolation(net, seg["reach"], seg["mid"], sections, NAMES, method="kriging",
                                    loo_methods=(), **common)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print("peak memory: kriging prediction {:.0f} MB traced; process peak RSS {:.0f} MB".format(
        peak / 2 ** 20, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


if __name__ == "__main__":
    main()
