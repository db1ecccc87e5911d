"""Points in polygons: the weight of the points that fall inside each polygon (enterprises per unit)."""

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsSpatialIndex


def sum_points_in_polygons(xy, weights, geometries):
    """Σ weight of the points inside each polygon (a point on a shared edge counts once, in the first)."""
    index = QgsSpatialIndex()
    for i, geometry in enumerate(geometries):
        feature = QgsFeature(i)
        feature.setGeometry(geometry)
        index.addFeature(feature)
    engines = {}
    totals = [0.0] * len(geometries)
    for (x, y), weight in zip(xy.tolist(), weights):
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        for j in sorted(index.intersects(point.boundingBox())):
            engine = engines.get(j)
            if engine is None:
                engine = QgsGeometry.createGeometryEngine(geometries[j].constGet())
                engine.prepareGeometry()
                engines[j] = engine
            if engine.intersects(point.constGet()):
                totals[j] += float(weight) if weight is not None else 0.0
                break
    return totals
