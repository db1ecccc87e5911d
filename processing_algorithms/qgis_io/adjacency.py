"""Which polygons touch: the unit adjacency graph a districting needs (queen or rook contiguity).

Geometric work on QGIS geometries (GEOS, through prepared engines and a spatial index), so units
need not share vertices exactly: a gap or overlap up to ``tolerance`` metres still counts as a
common boundary (villages digitised separately seldom match to the millimetre).
"""

import numpy as np
from qgis.core import QgsFeature, QgsGeometry, QgsSpatialIndex, QgsWkbTypes


def polygon_adjacency(geometries, rook=False, tolerance=1.0, feedback=None):
    """``(m, 2)`` index pairs i < j of polygons that touch (queen: any common point; rook: a common
    boundary longer than ``tolerance``), both within ``tolerance`` metres."""
    index = QgsSpatialIndex()
    for i, geometry in enumerate(geometries):
        feature = QgsFeature(i)
        feature.setGeometry(geometry)
        index.addFeature(feature)
    pairs = []
    total = max(len(geometries), 1)
    for i, geometry in enumerate(geometries):
        if feedback is not None and feedback.isCanceled():
            break
        box = geometry.boundingBox()
        box.grow(tolerance)
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        grown = geometry.buffer(tolerance, 2) if rook else None
        for j in index.intersects(box):
            if j <= i:
                continue
            other = geometries[j]
            if engine.distance(other.constGet()) > tolerance:
                continue
            if rook:
                shared = grown.intersection(QgsGeometry(other.constGet().boundary()))
                if shared.isEmpty() or shared.type() != QgsWkbTypes.LineGeometry or shared.length() <= 2 * tolerance:
                    continue
            pairs.append((i, j))
        if feedback is not None and i % 500 == 0:
            feedback.setProgress(100.0 * i / total)
    return np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
