"""Reference regionalisation from pysal/spopt (run in .venv-oracle), for the supervision grid benchmark.

    .venv-oracle/bin/python test/oracles/spopt_region_oracle.py INPUT.npz K

INPUT.npz: ``xy`` (n×2), ``workload`` (n), ``pairs`` (m×2). Runs spopt's SKATER with K regions on the
standardised coordinates and workload (spopt has no workload-balance objective for a fixed number of
regions) and prints JSON: seconds, the region of each unit, and the largest deviation of the region
workloads from their mean.
"""

import json
import sys
import time

import numpy as np


def main():
    data = np.load(sys.argv[1])
    k = int(sys.argv[2])
    import geopandas as gpd
    import libpysal
    from spopt.region import Skater

    xy, w, pairs = data["xy"], data["workload"], data["pairs"]
    neighbours = {i: [] for i in range(len(xy))}
    for a, b in pairs.tolist():
        neighbours[a].append(b)
        neighbours[b].append(a)
    weights = libpysal.weights.W(neighbours, silence_warnings=True)
    frame = gpd.GeoDataFrame({"x": xy[:, 0], "y": xy[:, 1], "w": w},
                             geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]))
    t0 = time.perf_counter()
    model = Skater(frame, weights, ["x", "y", "w"], n_clusters=k, floor=1, trace=False, islands="increase")
    model.solve()
    seconds = time.perf_counter() - t0
    labels = np.asarray(model.labels_)
    loads = np.bincount(labels, weights=w, minlength=k)
    print(json.dumps({"seconds": seconds, "labels": labels.tolist(),
                      "max_deviation": float(np.abs(loads - w.sum() / k).max())}))


if __name__ == "__main__":
    main()
