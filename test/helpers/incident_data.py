"""Incident test data for emergency coverage: two river banks joined by two bridges, as QGIS memory layers.

Roads carry ``speed``, ``oneway``, ``cls`` (road class), ``ban`` (restriction flag) and ``jam`` (congestion
factor) so that closures, restrictions and peak-hour factors can be exercised on one network.
"""

import numpy as np
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

CRS = "EPSG:4548"  # scale 1 on the central meridian: planar lengths = QGIS 3.22's ellipsoidal ones (< 1 mm/km)
X0, Y0 = 500000.0, 3500000.0
SPACING = 250.0
BANK = 6  # nodes per side of each bank's grid
BRIDGE_ROWS = (1, 4)
FIELDS = "field=speed:double&field=oneway:integer&field=cls:string&field=ban:integer&field=jam:double"


def two_banks(seed=3):
    """Two street grids 500 m apart (a river between) joined by two bridges; varied speeds, some one-way streets.

    Returns (roads as dicts, node coordinates of the left and right bank)."""
    rng = np.random.default_rng(seed)
    left = np.stack(np.meshgrid(np.arange(BANK) * SPACING, np.arange(BANK) * SPACING, indexing="ij"), -1) + [X0, Y0]
    right = left + [(BANK - 1) * SPACING + 500.0, 0.0]
    roads = []
    for bank in (left, right):
        for axis in (0, 1):
            for i in range(BANK):
                row = bank[i, :] if axis == 0 else bank[:, i]
                for j in range(BANK - 1):
                    roads.append(dict(xy=row[j:j + 2], speed=float(rng.choice([20, 30, 40, 50])),
                                      oneway=int(rng.choice([0, 0, 0, 1, -1])), cls="residential", ban=0, jam=None))
    for k, r in enumerate(BRIDGE_ROWS):
        roads.append(dict(xy=np.array([left[-1, r], right[0, r]]), speed=40.0, oneway=0,
                          cls="bridge" if k == 0 else "tunnel", ban=1 if k == 0 else 0, jam=0.5))
    return roads, left.reshape(-1, 2), right.reshape(-1, 2)


def layer_of(roads, skip=()):
    layer = QgsVectorLayer("LineString?crs={}&{}".format(CRS, FIELDS), "roads", "memory")
    feats = []
    for i, r in enumerate(roads):
        if i in skip:
            continue
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in r["xy"]]))
        f.setAttributes([r["speed"], r["oneway"], r["cls"], r["ban"], r["jam"]])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def points(xy, kind="Point"):
    layer = QgsVectorLayer("{}?crs={}&field=name:string".format(kind, CRS), "pts", "memory")
    feats = []
    for i, (x, y) in enumerate(xy):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        f.setAttributes(["p{}".format(i)])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def barrier_layer(wkts):
    kind = wkts[0].split("(")[0].strip().title().replace("string", "String")
    layer = QgsVectorLayer("{}?crs={}".format(kind, CRS), "barriers", "memory")
    feats = []
    for wkt in wkts:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer
