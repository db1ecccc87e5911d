"""Reading Processing sources into numpy arrays in a metric CRS, and field checks.

Every algorithm reads its layers through here, so CRS handling, null geometries and null attributes are
treated the same way everywhere. All feature access goes through :func:`features.iter_features`.
"""

import math
import operator

import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProcessingException, QgsProcessingFeatureSource, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ...eco_supervision_plugin.i18n import tr
from .crs import require_crs
from .features import iter_features
from .feedback import warn
from .ogr_bulk import ogr_bulk_rows
from .wkb import lines_from_wkbs


def require_features(source, name):
    """Fail clearly on a missing or empty layer."""
    if source is None:
        raise QgsProcessingException(tr("Layer {} could not be read.").format(name))
    if source.featureCount() == 0:
        raise QgsProcessingException(tr("Layer {} has no features.").format(name))


def require_field(source, field_name, layer_label, numeric=False):
    """Index of ``field_name`` in ``source``; a clear error when it is missing or not numeric."""
    index = source.fields().lookupField(field_name)
    if index < 0:
        raise QgsProcessingException(
            tr("Field {} does not exist in layer {}.").format(field_name, layer_label)
        )
    if numeric and not source.fields().at(index).isNumeric():
        raise QgsProcessingException(
            tr("Field {} of layer {} is not numeric.").format(field_name, layer_label)
        )
    return index


class FeatureTable:
    """Features of one layer as arrays: ``xy`` (n×2, metres), ``fids``, ``attributes[name]``."""

    def __init__(self, xy, fids, attributes, skipped, crs, geometries=None):
        self.xy = xy
        self.fids = fids
        self.attributes = attributes
        self.skipped = skipped
        self.crs = crs
        self.geometries = geometries

    def __len__(self):
        return len(self.fids)

    def numeric(self, field_name, default=None, label=""):
        """Field as float64; nulls become ``default`` or raise a clear error naming the features."""
        values = self.attributes[field_name]
        try:
            out = np.array(values, dtype=float)  # None becomes nan
        except (TypeError, ValueError):
            out = None
        if out is None or out.shape != (len(values),):  # text that is not a number, nested values
            out = np.empty(len(values), dtype=float)
            for i, v in enumerate(values):
                try:
                    out[i] = float(v) if v is not None else math.nan
                except (TypeError, ValueError):
                    out[i] = math.nan
        missing = np.flatnonzero(np.isnan(out))
        bad = []
        if len(missing):
            if default is None:
                bad = [self.fids[i] for i in missing.tolist()]
            else:
                out[missing] = default
        if bad:
            raise QgsProcessingException(
                tr("{} feature(s) of {} have a null or non-numeric {} (feature ids {}).").format(
                    len(bad), label or tr("the layer"), field_name, ", ".join(str(b) for b in bad[:10])
                )
            )
        return out


_PLAIN = (int, float, str)


def _attribute(value):
    """QVariant NULL → None; everything else unchanged."""
    if value is None:
        return None
    if type(value) in _PLAIN:  # the common case, never null
        return value
    if isinstance(value, QVariant) and value.isNull():
        return None
    if hasattr(value, "isNull") and callable(value.isNull) and value.isNull():
        return None
    return value


def read_points(source, crs, context, feedback=None, fields=(), label="", keep_geometry=False, explode=False):
    """Read a point or polygon source as points in ``crs`` (polygons: centroid).

    Features without a geometry, or whose geometry cannot be made valid, are skipped and
    counted; the source itself is never modified. A multi-point feature with several points
    gives one row per point when ``explode`` is set (same fid and attributes), else only its
    first point is used, with a warning.
    """
    require_crs(source, label)
    request = QgsFeatureRequest()
    request.setDestinationCrs(crs, context.transformContext())
    xy, fids, geoms = [], [], []
    attributes = {name: [] for name in fields}
    skipped = multi = 0
    for feature in iter_features(source, request, feedback=feedback, ):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            skipped += 1
            continue
        if geometry.type() == QgsWkbTypes.PolygonGeometry:
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            point = geometry.centroid()
        elif geometry.type() == QgsWkbTypes.PointGeometry:
            point = geometry
        else:
            point = geometry.centroid()
        if point is None or point.isEmpty():
            skipped += 1
            continue
        if point.isMultipart():
            coords = [(p.x(), p.y()) for p in point.asMultiPoint()]
            if len(coords) > 1:
                multi += 1
                if not explode:
                    coords = coords[:1]
        else:
            p = point.asPoint()
            coords = [(p.x(), p.y())]
        coords = [c for c in coords if math.isfinite(c[0]) and math.isfinite(c[1])]
        if not coords:
            skipped += 1
            continue
        values = [_attribute(feature[name]) for name in fields]
        for c in coords:
            xy.append(c)
            fids.append(feature.id())
            if keep_geometry:
                geoms.append(QgsGeometry(geometry))
            for name, value in zip(fields, values):
                attributes[name].append(value)
    if multi and feedback is not None:
        if explode:
            feedback.pushInfo(
                tr("{} multi-point feature(s) of {} hold several points; each point counts on its own.").format(
                    multi, label or source.sourceName()
                )
            )
        else:
            message = tr("{} multi-point feature(s) of {} hold several points; only the first point of each is used.")
            warn(feedback, message.format(multi, label or source.sourceName()))
    if skipped and feedback is not None:
        warn(feedback, tr("{} feature(s) of {} have no usable geometry and were skipped.").format(
            skipped, label or source.sourceName()))
    arr = np.asarray(xy, dtype=float).reshape(-1, 2)
    return FeatureTable(arr, fids, attributes, skipped, crs, geoms if keep_geometry else None)


def line_parts(geometry):
    """The (m×2) vertex arrays of a line geometry's parts, read by QGIS (curves segmentised); ``[]`` for
    null, empty or non-line geometries. For the rows :func:`wkb.parse_line_wkbs` leaves aside."""
    if geometry is None or geometry.isNull() or geometry.isEmpty() or geometry.type() != QgsWkbTypes.LineGeometry:
        return []
    lines = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
    return [np.array([(p.x(), p.y()) for p in line], dtype=float).reshape(-1, 2) for line in lines]



def _finish_lines(source, crs, feedback, fields, label, xy, sizes, part_row, fids, columns):
    """Drop degenerate parts and the rows left without a part; ``(parts, owner, FeatureTable)``.

    ``xy`` holds the vertices of all parts one after another (``sizes`` each, part ``i`` of row
    ``part_row[i]``, in row order); ``fids`` and ``columns`` (one list per field) hold every row read.
    """
    # Degenerate parts: fewer than two vertices, a non-finite coordinate, or all vertices equal.
    n_parts = len(sizes)
    part_of_vertex = np.repeat(np.arange(n_parts), sizes)
    starts = np.cumsum(sizes) - sizes
    finite = np.isfinite(xy).all(axis=1)
    nonfinite = 0 if finite.all() else np.bincount(part_of_vertex, weights=~finite, minlength=n_parts)
    first = xy[np.minimum(starts, max(len(xy) - 1, 0))][part_of_vertex] if len(xy) else xy
    differs = np.bincount(part_of_vertex, weights=(xy != first).any(axis=1), minlength=n_parts)
    good = (sizes >= 2) & (nonfinite == 0) & (differs > 0)
    part_row = np.asarray(part_row, dtype=np.int64)
    usable = np.zeros(len(fids), dtype=bool)
    usable[part_row[good]] = True
    skipped = int((~usable).sum())
    new_row = np.cumsum(usable) - 1
    ends = (starts + sizes)[good].tolist()
    parts = [xy[a:b] for a, b in zip(starts[good].tolist(), ends)]  # views into the one vertex array
    owner = new_row[part_row[good]].astype(np.int64)
    if skipped:
        keep = np.flatnonzero(usable).tolist()
        fids = [fids[i] for i in keep]
        attributes = {name: [column[i] for i in keep] for name, column in zip(fields, columns)}
    else:
        fids = list(fids)
        attributes = {name: list(column) for name, column in zip(fields, columns)}
    if skipped and feedback is not None:
        warn(feedback, tr("{} feature(s) of {} are not usable lines and were skipped.").format(
            skipped, label or source.sourceName()))
    table = FeatureTable(np.zeros((0, 2)), fids, attributes, skipped, crs)
    return parts, owner, table


def read_lines(source, crs, context, feedback=None, fields=(), label="", layer=None):
    """Read a line source in ``crs`` as a list of vertex arrays (one per single part).

    Returns ``(parts, part_feature_index, FeatureTable)``: ``parts[i]`` is an (m×2) array and
    ``part_feature_index[i]`` the row of its feature in the table. Multi-part lines give one
    entry per part; curved geometries are segmentised. Only vertices are used, so GEOS validity
    is not required: degenerate parts (fewer than two distinct vertices, which Processing's
    invalid-geometry check would stop the whole run on) are skipped and counted instead.

    The WKB of all features is concatenated and parsed with array operations (little-endian
    LineString / MultiLineString, Z/M dropped); curved or unusual geometries go through QGIS' own
    segmentising polyline access. All vertices end up in one (V×2) array and ``parts[i]`` are
    consecutive views into it (``parts[i + 1]`` starts where ``parts[i]`` ends, apart from the
    vertices of skipped degenerate parts between them).

    ``layer``: the vector layer behind ``source`` when the caller knows that the source reads all
    of its features (see :func:`ogr_bulk.plain_source_layer`). When that layer is a GeoPackage or Shapefile
    read by the OGR provider, without subset string or pending edits, in ``crs`` already, its
    geometries and fields are read in bulk through GDAL's Arrow interface instead of feature by
    feature; the result is the same.
    """
    require_crs(source, label)
    bulk = ogr_bulk_rows(source, layer, crs, fields) if layer is not None else None
    if bulk is not None:
        return _lines_from_rows(source, crs, feedback, list(fields), label, *bulk)
    request = QgsFeatureRequest()
    request.setDestinationCrs(crs, context.transformContext())
    fields = list(fields)
    if fields:
        request.setSubsetOfAttributes(fields, source.fields())
    else:
        request.setNoAttributes()
    field_index = [source.fields().lookupField(name) for name in fields]
    feature_ids, geometries, wkbs, rows = [], [], [], []
    add_id, add_geometry, add_wkb, add_row = feature_ids.append, geometries.append, wkbs.append, rows.append
    for feature in iter_features(source, request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks,
                                 feedback):
        geometry = feature.geometry()
        add_id(feature.id())
        add_geometry(geometry)
        add_wkb(geometry.asWkb())  # empty for a null geometry
        if fields:
            add_row(feature.attributes())
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(tr("Canceled by the user."))
    xy, sizes, part_row = lines_from_wkbs(wkbs, lambda row: line_parts(geometries[row]))
    columns = [[v if type(v) in _PLAIN else _attribute(v) for v in map(operator.itemgetter(i), rows)] if i >= 0
               else [None] * len(rows) for i in field_index]
    return _finish_lines(source, crs, feedback, fields, label, xy, sizes, part_row, feature_ids, columns)


def _lines_from_rows(source, crs, feedback, fields, label, fids, wkbs, values):
    """``read_lines`` on rows read in bulk (``wkbs``: ``bytes``, empty for none; ``values``: one list per field)."""

    def parts_of(row):
        geometry = QgsGeometry()
        if wkbs[row]:
            geometry.fromWkb(bytes(wkbs[row]))
        return line_parts(geometry)

    xy, sizes, part_row = lines_from_wkbs(wkbs, parts_of)
    return _finish_lines(source, crs, feedback, fields, label, xy, sizes, part_row, fids.tolist(), values)
