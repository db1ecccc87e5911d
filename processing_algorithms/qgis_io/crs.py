"""The CRS distances are computed in: metres always, never degrees."""

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsUnitTypes,
)

from ...eco_supervision_plugin.i18n import tr
from .features import iter_features

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
_UNDEFINED = ("undefined geographic srs", "undefined cartesian srs")


def utm_crs_for(lon, lat):
    """The WGS 84 / UTM zone CRS that holds (lon, lat)."""
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    return QgsCoordinateReferenceSystem("EPSG:{}".format((32600 if lat >= 0 else 32700) + zone))


def require_crs(source, label=""):
    """Fail clearly when ``source`` has no valid CRS (e.g. a GeoPackage layer with an undefined SRS).

    Without a CRS its coordinates cannot be brought into the metric CRS of the run: QGIS would either
    drop every geometry or silently take them as already in that CRS.
    """
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(
            tr("Layer {} has no valid coordinate reference system; set one before running.").format(
                label or source.sourceName()
            )
        )
    if is_undefined_crs(crs):
        raise QgsProcessingException(
            tr("Layer {} has an undefined coordinate reference system ({}); assign its real CRS (Layer "
               "Properties, Source) before running.").format(label or source.sourceName(), crs.description())
        )
    return crs


def is_undefined_crs(crs):
    """GeoPackage's placeholder CRSs (srs_id 0 "Undefined geographic SRS", -1 "Undefined Cartesian SRS").

    QGIS reads them as valid CRSs without an authority id: the geographic one made every line unusable
    after a meaningless transformation, the Cartesian one was taken as metres in any other CRS.
    """
    return not crs.authid() and crs.description().strip().lower() in _UNDEFINED


def metric_crs(source, context, feedback=None, label=""):
    """The CRS to compute metres in: the source's own when projected, else the UTM zone of its centre."""
    crs = require_crs(source, label)
    if not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters:
        return crs
    extent = source.sourceExtent()
    if not _usable_extent(extent):  # no extent reported: look at the geometries themselves
        extent = _geometry_extent(source) if source.featureCount() != 0 else None
    if extent is None:
        raise QgsProcessingException(
            tr("Layer {} has no feature with a geometry.").format(label or source.sourceName())
        )
    to_wgs = QgsCoordinateTransform(crs, WGS84, context.transformContext())
    centre = to_wgs.transform(extent.center())
    target = utm_crs_for(centre.x(), centre.y())
    if feedback is not None:
        feedback.pushInfo(
            tr("{} is not in a metric CRS; distances are computed in {}.").format(
                source.sourceName(), target.authid()
            )
        )
    return target


def _usable_extent(extent):
    """A finite, non-inverted extent; one point or one horizontal line (zero width or height) is usable.

    (``QgsRectangle.isEmpty()`` is true for those, which refused a layer of one point.)
    """
    if extent is None:
        return False
    values = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    if not all(math.isfinite(v) for v in values):
        return False
    if values == (0.0, 0.0, 0.0, 0.0):  # QgsRectangle(): nothing known
        return False
    return values[0] <= values[2] and values[1] <= values[3]


def _geometry_extent(source):
    """Extent of the features that have a geometry (None when none has), for a source reporting none."""
    extent = None
    request = QgsFeatureRequest().setNoAttributes()
    for feature in iter_features(source, request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        box = geometry.boundingBox()
        if extent is None:
            extent = box
        else:
            extent.combineExtentWith(box)
    if extent is None:
        return None
    corners = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    return extent if all(math.isfinite(v) for v in corners) else None
