"""Polygon geometries as plain rings (lists of (x, y)) for the pure core: area and point-in-polygon there."""

from qgis.core import QgsGeometry


def union_rings(geometries):
    """The union of polygon ``geometries`` as ``[[ring, ...], ...]`` (one list per polygon, outer ring first)."""
    if not geometries:
        return []
    union = QgsGeometry.unaryUnion(geometries)
    if union is None or union.isEmpty():
        return []
    polygons = union.asMultiPolygon() if union.isMultipart() else [union.asPolygon()]
    return [[[(p.x(), p.y()) for p in ring] for ring in rings] for rings in polygons if rings]
