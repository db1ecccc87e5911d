"""Reference Gi* from esda/libpysal, run in .venv-oracle as a subprocess.

Usage: ``esda_oracle.py input.npz [more.npz ...]`` → prints one JSON line per input
``{"z": [...], "p_norm": [...], "neighbours": [...], "seconds": .., "weights_seconds": .., "peak_rss_mb": ..}``
(several inputs in one call save the esda import time).

The npz holds ``xy`` (n×2 cell centres), ``y`` (n values, all valid) and ``mode``:
``distance`` (``threshold``), ``knn`` (``k``) or ``lattice_queen`` (``nrows``, ``ncols``: a full
rectangular lattice in row-major order, libpysal ``lat2W(rook=False)``). Gi* is
``G_Local(y, w, transform="B", star=True, permutations=0)``: binary weights with self weight 1,
analytical z-scores; esda's ``p_norm`` is one-sided (``norm.sf(|z|)``).
"""

import json
import resource
import sys
import time
import warnings

import numpy as np


def main(paths):
    warnings.filterwarnings("ignore")
    for path in paths:
        run(path)
        sys.stdout.flush()


def run(path):
    import libpysal
    from esda.getisord import G_Local

    data = np.load(path, allow_pickle=False)
    mode = str(data["mode"])
    y = np.asarray(data["y"], dtype=float)
    start = time.perf_counter()
    if mode == "distance":
        w = libpysal.weights.DistanceBand(
            np.asarray(data["xy"], dtype=float), threshold=float(data["threshold"]), binary=True,
            silence_warnings=True,
        )
    elif mode == "knn":
        w = libpysal.weights.KNN(np.asarray(data["xy"], dtype=float), k=int(data["k"]), silence_warnings=True)
    elif mode == "lattice_queen":
        w = libpysal.weights.lat2W(int(data["nrows"]), int(data["ncols"]), rook=False)
    else:
        raise SystemExit("unknown mode {}".format(mode))
    weights_seconds = time.perf_counter() - start
    g = G_Local(y, w, transform="B", star=True, permutations=0)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(
        json.dumps(
            {
                "z": np.asarray(g.Zs, dtype=float).tolist(),
                "p_norm": np.asarray(g.p_norm, dtype=float).tolist(),
                "neighbours": np.asarray(w.sparse.sum(axis=1)).ravel().tolist(),  # self not included
                "seconds": seconds,
                "weights_seconds": weights_seconds,
                "peak_rss_mb": peak,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1:])
