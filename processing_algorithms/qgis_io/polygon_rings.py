"""Polygon layers and geometries as rings for the core (area-of-interest boundaries, study areas)."""

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)

from ...eco_supervision_plugin.i18n import tr
from .features import iter_features


def polygon_rings(source, crs, context, feedback):
    """``(rings, union, repaired)``: every ring (m×2 arrays in ``crs``), the union geometry, repaired count.

    The layer is only a boundary, so Processing's stop-on-invalid-geometry check is skipped (a
    the one feature reader) and each invalid polygon is made valid here; stray lines or
    points that ``makeValid`` leaves are dropped.
    """
    request = QgsFeatureRequest().setNoAttributes()
    request.setDestinationCrs(crs, context.transformContext())
    rings, geoms, repaired = [], [], 0
    for feature in iter_features(source, request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks,
                                 feedback):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        if not geometry.isGeosValid():
            repaired += 1
            geometry = geometry.makeValid()
        geometry.convertGeometryCollectionToSubclass(QgsWkbTypes.PolygonGeometry)
        if geometry.type() != QgsWkbTypes.PolygonGeometry or geometry.isEmpty():
            continue
        geoms.append(geometry)
        for polygon in geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]:
            rings += [np.array([(p.x(), p.y()) for p in ring], dtype=float) for ring in polygon if len(ring) >= 3]
    if not rings:
        raise QgsProcessingException(tr("The area of interest has no polygon with an area."))
    return rings, QgsGeometry.unaryUnion(geoms), repaired


def union_rings(geometries):
    """The union of polygon ``geometries`` as ``[[ring, ...], ...]`` (one list per polygon, outer ring first)."""
    if not geometries:
        return []
    union = QgsGeometry.unaryUnion(geometries)
    if union is None or union.isEmpty():
        return []
    polygons = union.asMultiPolygon() if union.isMultipart() else [union.asPolygon()]
    return [[[(p.x(), p.y()) for p in ring] for ring in rings] for rings in polygons if rings]
