"""Reading Processing sources into numpy arrays in a metric CRS, and field checks.

Every algorithm reads its layers through here, so CRS handling, null geometries and
null attributes are treated the same way everywhere.
"""

import math
import operator

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..eco_supervision_plugin.i18n import tr

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def utm_crs_for(lon, lat):
    """The WGS 84 / UTM zone CRS that holds (lon, lat)."""
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    return QgsCoordinateReferenceSystem("EPSG:{}".format((32600 if lat >= 0 else 32700) + zone))


def metric_crs(source, context, feedback=None, label=""):
    """The CRS to compute metres in: the source's own when projected, else the UTM zone of its centre."""
    crs = source.sourceCrs()
    if crs.isValid() and not crs.isGeographic() and crs.mapUnits() == 0:  # QgsUnitTypes.DistanceMeters
        return crs
    extent = source.sourceExtent()
    if not crs.isValid():
        raise QgsProcessingException(
            tr("Layer {} has no valid coordinate reference system; set one before running.").format(
                label or source.sourceName()
            )
        )
    if extent.isEmpty() and source.featureCount() > 0:
        extent = _geometry_extent(source)
    if extent is None or extent.isEmpty():
        raise QgsProcessingException(
            tr("Layer {} has no feature with a geometry.").format(label or source.sourceName())
        )
    to_wgs = QgsCoordinateTransform(crs, WGS84, context.transformContext())
    centre = to_wgs.transform(extent.center())
    lon, lat = centre.x(), centre.y()
    target = utm_crs_for(lon, lat)
    if feedback is not None:
        feedback.pushInfo(
            tr("{} is not in a metric CRS; distances are computed in {}.").format(
                source.sourceName(), target.authid()
            )
        )
    return target


def _geometry_extent(source):
    """Extent of the features that have a geometry (None when none has), for a source reporting none."""
    extent = None
    request = QgsFeatureRequest().setNoAttributes()
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        box = geometry.boundingBox()
        if extent is None:
            extent = box
        else:
            extent.combineExtentWith(box)
    return extent


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


try:
    from qgis.PyQt.QtCore import QVariant as _QVariant
except ImportError:  # pragma: no cover
    _QVariant = None
_PLAIN = (int, float, str)


def _attribute(value):
    """QVariant NULL → None; everything else unchanged."""
    if value is None:
        return None
    if type(value) in _PLAIN:  # the common case, never null
        return value
    if _QVariant is not None and isinstance(value, _QVariant) and value.isNull():
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
    request = QgsFeatureRequest()
    request.setDestinationCrs(crs, context.transformContext())
    xy, fids, geoms = [], [], []
    attributes = {name: [] for name in fields}
    skipped = multi = 0
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
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
            feedback.reportError(
                tr("{} multi-point feature(s) of {} hold several points; only the first point of each is used.")
                .format(multi, label or source.sourceName()),
                False,
            )
    if skipped and feedback is not None:
        feedback.reportError(
            tr("{} feature(s) of {} have no usable geometry and were skipped.").format(
                skipped, label or source.sourceName()
            ),
            False,
        )
    arr = np.asarray(xy, dtype=float).reshape(-1, 2)
    return FeatureTable(arr, fids, attributes, skipped, crs, geoms if keep_geometry else None)


def _line_parts(geometry):
    """The (m×2) vertex arrays of a line geometry's parts, read by QGIS (curves segmentised); ``[]`` for
    null, empty or non-line geometries. For the rows :func:`_parse_line_wkbs` leaves aside."""
    if geometry is None or geometry.isNull() or geometry.isEmpty() or geometry.type() != QgsWkbTypes.LineGeometry:
        return []
    lines = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
    return [np.array([(p.x(), p.y()) for p in line], dtype=float).reshape(-1, 2) for line in lines]


#: Little-endian WKB type codes of (multi)line strings parsed with array operations → doubles per vertex.
_LINE_CODES = {2: 2, 1002: 3, 2002: 3, 3002: 4, 0x80000002: 3}
_MULTI_LINE_CODES = {5: 2, 1005: 3, 2005: 3, 3005: 4, 0x80000005: 3}
_MAX_VECTOR_PARTS = 64  # multi-lines with more parts are read one by one
_BYTE4 = np.arange(4)


def _u32(buf, pos):
    """Little-endian uint32 at byte positions ``pos`` of the uint8 array ``buf``, as int64."""
    return buf[pos[:, None] + _BYTE4].view("<u4").ravel().astype(np.int64)


def _parse_line_wkbs(data, sizes):
    """Parse the WKBs concatenated in ``data`` (``sizes[i]`` bytes each) with array operations.

    Returns ``(parsed, part_row, part_start, part_n, part_stride)``: ``parsed[i]`` tells whether
    row ``i`` was understood (no geometry, or a little-endian LineString / MultiLineString of plain
    parts whose sizes add up exactly); for those rows every part is listed in row and part order by
    the byte offset of its first coordinate, its vertex count and its bytes per vertex. Other rows
    (curves, big-endian, anything odd) are left for QGIS to read.
    """
    n = len(sizes)
    buf = np.frombuffer(data, dtype=np.uint8)
    ends = np.cumsum(sizes)
    offsets = ends - sizes
    parsed = sizes == 0
    empty = np.zeros(0, dtype=np.int64)
    if n == 0 or not (sizes >= 9).any():
        return parsed, empty, empty, empty, empty
    rows = np.flatnonzero(sizes >= 9)
    o = offsets[rows]
    order = buf[o]
    code = _u32(buf, o + 1)
    count = _u32(buf, o + 5)
    stride = np.zeros(len(rows), dtype=np.int64)
    multi = np.zeros(len(rows), dtype=bool)
    for table, is_multi in ((_LINE_CODES, False), (_MULTI_LINE_CODES, True)):
        for value, doubles in table.items():
            hit = code == value
            stride[hit] = 8 * doubles
            multi[hit] = is_multi
    ok = (order == 1) & (stride > 0)
    single = ok & ~multi & (9 + count * stride == sizes[rows])
    parsed[rows[single]] = True
    p_row, p_start, p_n, p_stride, p_k = [rows[single]], [o[single] + 9], [count[single]], [stride[single]], [
        np.zeros(int(single.sum()), dtype=np.int64)]
    m = ok & multi
    r, pos, end, left, st, part_code = rows[m], o[m] + 9, ends[rows[m]], count[m], stride[m], code[m] - 3
    for k in range(_MAX_VECTOR_PARTS + 1):
        done = left == 0
        parsed[r[done & (pos == end)]] = True
        go = ~done
        r, pos, end, left, st, part_code = r[go], pos[go], end[go], left[go], st[go], part_code[go]
        if not len(r) or k == _MAX_VECTOR_PARTS:
            break
        inside = pos + 9 <= end
        r, pos, end, left, st, part_code = r[inside], pos[inside], end[inside], left[inside], st[inside], \
            part_code[inside]
        part_n = _u32(buf, pos + 5)
        good = (buf[pos] == 1) & (_u32(buf, pos + 1) == part_code) & (pos + 9 + part_n * st <= end)
        r, pos, end, left, st, part_code, part_n = r[good], pos[good], end[good], left[good], st[good], \
            part_code[good], part_n[good]
        p_row.append(r)
        p_start.append(pos + 9)
        p_n.append(part_n)
        p_stride.append(st)
        p_k.append(np.full(len(r), k, dtype=np.int64))
        pos = pos + 9 + part_n * st
        left = left - 1
    p_row, p_start, p_n, p_stride, p_k = (np.concatenate(a) for a in (p_row, p_start, p_n, p_stride, p_k))
    keep = parsed[p_row]  # parts of rows that turned out malformed are dropped with their row
    p_row, p_start, p_n, p_stride, p_k = p_row[keep], p_start[keep], p_n[keep], p_stride[keep], p_k[keep]
    if m.any():  # multi-line parts were listed part number by part number
        sort = np.lexsort((p_k, p_row))
        p_row, p_start, p_n, p_stride = p_row[sort], p_start[sort], p_n[sort], p_stride[sort]
    return parsed, p_row, p_start, p_n, p_stride


def _gather_xy(data, start, n, stride):
    """x and y of every vertex of the parsed parts, in order, as one (V×2) float array."""
    total = int(n.sum())
    if total == 0:
        return np.empty((0, 2), dtype=float)
    first = np.cumsum(n) - n
    byte = np.repeat(start - stride * first, n)  # where each vertex's part would start if it were vertex 0
    residue = byte & 7
    if (stride == 16).all():
        byte += 16 * np.arange(total)
    else:
        byte += np.arange(total) * np.repeat(stride, n)
    # The doubles sit at any byte offset: ``doubles[r, w]`` is the (x, y) pair at byte 8 * w + r.
    # (padded so that every view element lies inside the buffer).
    words = len(data) // 8 + 1
    base = np.frombuffer(data + bytes(24), dtype="<f8", count=words + 2)
    doubles = np.lib.stride_tricks.as_strided(base, shape=(8, words, 2), strides=(1, 8, 8), writeable=False)
    return doubles[residue, byte >> 3]


def _lines_from_wkbs(wkbs, geometry_of):
    """``(xy, sizes, part_row)`` of the line parts of the rows' WKBs (``bytes``/``QByteArray``, empty for none).

    Rows the array parser does not understand are read through ``geometry_of(row)`` (a QgsGeometry)
    and QGIS.
    """
    sizes = np.fromiter(map(len, wkbs), dtype=np.int64, count=len(wkbs))
    data = b"".join(wkbs)
    parsed, part_row, start, count, stride = _parse_line_wkbs(data, sizes)
    xy = _gather_xy(data, start, count, stride)
    others = np.flatnonzero(~parsed).tolist()
    if not others:
        return xy, count, part_row
    chunks, rows = [xy], [part_row]
    for row in others:
        for part in _line_parts(geometry_of(row)):
            chunks.append(part)
            rows.append(np.array([row], dtype=np.int64))
    sizes = np.concatenate([count, np.array([len(c) for c in chunks[1:]], dtype=np.int64)])
    rows = np.concatenate(rows)
    xy = np.concatenate(chunks).astype(float, copy=False)
    order = np.argsort(rows, kind="stable")
    if (order != np.arange(len(order))).any():
        sizes_sorted = sizes[order]
        starts = np.cumsum(sizes) - sizes
        xy = xy[np.repeat(starts[order] - (np.cumsum(sizes_sorted) - sizes_sorted), sizes_sorted)
                + np.arange(len(xy))]
        sizes, rows = sizes_sorted, rows[order]
    return np.ascontiguousarray(xy), sizes, rows


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
        feedback.reportError(
            tr("{} feature(s) of {} are not usable lines and were skipped.").format(
                skipped, label or source.sourceName()
            ),
            False,
        )
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
    of its features (see :func:`plain_source_layer`). When that layer is a GeoPackage or Shapefile
    read by the OGR provider, without subset string or pending edits, in ``crs`` already, its
    geometries and fields are read in bulk through GDAL's Arrow interface instead of feature by
    feature; the result is the same.
    """
    bulk = _ogr_bulk_rows(source, layer, crs, fields) if layer is not None else None
    if bulk is not None:
        return _lines_from_rows(source, crs, feedback, list(fields), label, *bulk)
    request = QgsFeatureRequest()
    request.setDestinationCrs(crs, context.transformContext())
    fields = list(fields)
    if fields:
        request.setSubsetOfAttributes(fields, source.fields())
    else:
        request.setNoAttributes()
    if isinstance(source, QgsProcessingFeatureSource):
        features = source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    else:
        features = source.getFeatures(request)
    field_index = [source.fields().lookupField(name) for name in fields]
    feature_ids, geometries, wkbs, rows = [], [], [], []
    add_id, add_geometry, add_wkb, add_row = feature_ids.append, geometries.append, wkbs.append, rows.append
    for feature in features:
        if feedback is not None and not len(feature_ids) & 255 and feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
        geometry = feature.geometry()
        add_id(feature.id())
        add_geometry(geometry)
        add_wkb(geometry.asWkb())  # empty for a null geometry
        if fields:
            add_row(feature.attributes())
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(tr("Canceled by the user."))
    xy, sizes, part_row = _lines_from_wkbs(wkbs, geometries.__getitem__)
    columns = [[v if type(v) in _PLAIN else _attribute(v) for v in map(operator.itemgetter(i), rows)] if i >= 0
               else [None] * len(rows) for i in field_index]
    return _finish_lines(source, crs, feedback, fields, label, xy, sizes, part_row, feature_ids, columns)


# -- bulk reading of OGR files ------------------------------------------------------------------

#: OGR drivers whose feature ids QGIS' OGR provider uses unchanged (checked by the tests).
_BULK_DRIVERS = ("GPKG", "ESRI Shapefile")


def plain_source_layer(algorithm, parameters, name, context):
    """The vector layer behind source parameter ``name`` when the source reads all its features.

    ``None`` when the parameter restricts the features (selected features only, a feature limit,
    a filter expression) or does not name a vector layer: the caller then reads the source as is.
    """
    value = parameters.get(name) if hasattr(parameters, "get") else None
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or getattr(value, "featureLimit", -1) not in (-1, None):
            return None
        if getattr(value, "filterExpression", ""):
            return None
    try:
        layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    except Exception:  # noqa: BLE001 - any failure simply disables the bulk path
        return None
    return layer if isinstance(layer, QgsVectorLayer) else None


def _ogr_bulk_rows(source, layer, crs, fields):
    """``(fids, wkbs, values)`` of every feature of ``layer`` read through OGR's Arrow stream.

    ``fids``: int64 array; ``wkbs``: list of ``bytes`` (empty without geometry); ``values``: one list per
    field, ``None`` where null.

    ``None`` whenever that would not give exactly what iterating ``source`` gives: another
    provider or driver, a subset string, pending edits, a CRS change, fields OGR does not hold
    as plain numbers or text, or a feature count that differs from the source's.
    """
    try:
        from osgeo import ogr
    except ImportError:  # pragma: no cover
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    if layer.providerType() != "ogr" or layer.subsetString() or layer.isEditable():
        return None
    if layer.crs() != crs or source.sourceCrs() != crs:
        return None
    if layer.fields() != source.fields():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path or parts.get("subset"):
        return None
    try:
        with ogr.ExceptionMgr(useExceptions=True) if hasattr(ogr, "ExceptionMgr") else _NoOp():
            return _read_ogr(ogr, source, layer, path, parts, fields)
    except Exception:  # noqa: BLE001 - GDAL error of any kind: read feature by feature instead
        return None


class _NoOp:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


def _read_ogr(ogr, source, layer, path, uri, fields):
    dataset = ogr.Open(path, 0)
    if dataset is None or dataset.GetDriver().GetName() not in _BULK_DRIVERS:
        return None
    driver = dataset.GetDriver().GetName()
    if uri.get("layerName"):
        ogr_layer = dataset.GetLayerByName(uri["layerName"])
    elif uri.get("layerId") is not None:
        ogr_layer = dataset.GetLayer(int(uri["layerId"]))
    else:
        ogr_layer = dataset.GetLayer(0) if dataset.GetLayerCount() == 1 else None
    if ogr_layer is None:
        return None
    defn = ogr_layer.GetLayerDefn()
    kinds = {}
    for name in fields:
        i = defn.GetFieldIndex(name)
        if i < 0 or layer.fields().fieldOrigin(layer.fields().lookupField(name)) != QgsFields.OriginProvider:
            return None
        field = defn.GetFieldDefn(i)
        kind = field.GetType()
        if kind in (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal):
            if field.GetSubType() not in (ogr.OFSTNone, ogr.OFSTFloat32):
                return None
            kinds[name] = "number"
        elif kind == ogr.OFTString and driver == "GPKG" and field.GetSubType() == ogr.OFSTNone:
            kinds[name] = "text"
        else:
            return None
    ogr_layer.SetSpatialFilter(None)
    ogr_layer.SetAttributeFilter(None)
    ogr_layer.SetIgnoredFields([defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())
                                if defn.GetFieldDefn(i).GetName() not in kinds])
    fid_key = ogr_layer.GetFIDColumn() or "OGC_FID"
    batches = []
    stream = ogr_layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES", "USE_MASKED_ARRAYS=YES"])
    for batch in stream:
        batches.append(batch)
    del stream
    if not batches:
        return (np.zeros(0, dtype=np.int64), [], [[] for _ in fields]) if source.featureCount() == 0 else None
    geom_key = [k for k in batches[0] if k != fid_key and k not in kinds]
    if len(geom_key) != 1:
        return None
    fids, _ = _arrow_column(batches, fid_key)
    fids = fids.astype(np.int64)
    if len(fids) != source.featureCount():
        return None
    wkbs, no_geometry = _arrow_column(batches, geom_key[0])
    wkbs = wkbs.tolist()
    for row in np.flatnonzero(no_geometry).tolist():
        wkbs[row] = b""
    values = []
    for name in fields:
        column, nulls = _arrow_column(batches, name)
        if kinds[name] == "text":
            column = [v.decode("utf-8", "replace") for v in column.tolist()]
        else:
            column = column.tolist()
        for row in np.flatnonzero(nulls).tolist():  # Arrow's validity bitmap: the field is null there
            column[row] = None
        values.append(column)
    ogr_layer.SetIgnoredFields([])
    return fids, wkbs, values


def _arrow_column(batches, key):
    """Column ``key`` of the record batches: ``(values, null mask)`` (values hold a placeholder where null)."""
    columns = [batch[key] for batch in batches]
    data = np.concatenate([np.ma.getdata(c) for c in columns])
    mask = np.concatenate([np.ma.getmaskarray(c) for c in columns])
    return data, mask


def _lines_from_rows(source, crs, feedback, fields, label, fids, wkbs, values):
    """``read_lines`` on rows read in bulk (``wkbs``: ``bytes``, empty for none; ``values``: one list per field)."""

    def geometry_of(row):
        geometry = QgsGeometry()
        if wkbs[row]:
            geometry.fromWkb(bytes(wkbs[row]))
        return geometry

    xy, sizes, part_row = _lines_from_wkbs(wkbs, geometry_of)
    return _finish_lines(source, crs, feedback, fields, label, xy, sizes, part_row, fids.tolist(), values)
