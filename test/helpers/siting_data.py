"""Network-siting test data: small random instances as memory layers, and the enumerated MCLP optimum."""

import itertools

import numpy as np
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

CRS = "EPSG:4548"
X0, Y0 = 500000.0, 3500000.0


def points(coords, fields, attrs, crs=CRS, geom="Point"):
    layer = QgsVectorLayer("{}?crs={}&{}".format(geom, crs, "&".join("field=" + f for f in fields)), "l", "memory")
    feats = []
    for (x, y), a in zip(coords, attrs):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        f.setAttributes(list(a))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def instance(seed=1, n_d=30, n_c=9):
    rng = np.random.default_rng(seed)
    d = rng.uniform(0, 8000, (n_d, 2)) + (X0, Y0)
    c = rng.uniform(0, 8000, (n_c, 2)) + (X0, Y0)
    w = rng.integers(1, 10, n_d).astype(float)
    cat = np.where(np.arange(n_d) % 4 == 0, "VOC", "grid")
    radius = np.where(np.arange(n_c) % 3 == 0, 3000.0, 2000.0)
    existing = np.zeros(n_c, int)
    existing[0] = 1
    return d, c, w, cat, radius, existing


def layers(d, c, w, cat, radius, existing, crs=CRS):
    dem = points(d, ["w:double", "cat:string"], [(float(a), str(b)) for a, b in zip(w, cat)], crs)
    cand = points(c, ["cid:string", "r:double", "existing:integer"],
                  [("c{}".format(i), float(r), int(e)) for i, (r, e) in enumerate(zip(radius, existing))], crs)
    return dem, cand


def brute_mclp(d, c, w, radius, existing, p):
    dist = np.hypot(d[:, None, 0] - c[None, :, 0], d[:, None, 1] - c[None, :, 1])
    covers = dist <= radius[None, :]
    ex = list(np.flatnonzero(existing))
    free = [j for j in range(len(c)) if not existing[j]]
    return max(w[covers[:, ex + list(s)].any(axis=1)].sum() for s in itertools.combinations(free, p)), covers


def run_params(dem, cand, **extra):
    params = {
        "DEMAND": dem, "DEMAND_WEIGHT": "w", "DEMAND_CATEGORY": "cat", "CANDIDATES": cand,
        "EXISTING_FIELD": "existing", "RADIUS": 2000.0, "RADIUS_FIELD": "r", "MODEL": 0, "P": 3,
        "TIME_LIMIT": 20, "MIP_GAP": 0.0, "OUTPUT": "memory:", "DEMAND_OUTPUT": "memory:", "REPORT": extra.pop(
            "REPORT", "TEMPORARY_OUTPUT"),
    }
    params.update(extra)
    return params
