"""Writing array results to a Processing sink: cancellable, and a failed write is an error."""

from qgis.core import QgsFeature, QgsFeatureSink, QgsGeometry, QgsProcessingException, QgsWkbTypes

from ...eco_supervision_plugin.i18n import tr
from .feature_rows import attributes_by_id, fields_except
from .sinks import fields_of

CANCEL_CHECK_EVERY = 5000  # features between two looks at the Cancel button


def write_features(algorithm, parameters, name, context, feedback, schema, kind, crs, geometries, rows,
                   fields=None, optional=False):
    """Sink ``name`` of ``algorithm`` with ``schema`` fields (or ``fields``), filled from ``geometries`` and
    attribute ``rows``.

    Returns the destination id (None for an ``optional`` output nobody asked for). ``addFeature`` failing
    (a value a field cannot hold, a geometry of another type) stops the run instead of leaving a layer with
    fewer features than the report counts.
    """
    fields = fields_of(schema) if fields is None else fields
    sink, dest = algorithm.parameterAsSink(parameters, name, context, fields, kind, crs)
    if sink is None:
        if optional:
            return None
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    feature = QgsFeature(fields)  # one feature refilled: the sink copies it, and no list of them is built
    for n, (geometry, attributes) in enumerate(zip(geometries, rows)):
        if n % CANCEL_CHECK_EVERY == 0 and feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
        feature.setGeometry(geometry)
        feature.setAttributes(list(attributes))
        if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(tr("Could not write the features of {}: {}").format(
                name, sink.lastError()))
    return dest


def write_with_source_fields(algorithm, parameters, name, context, feedback, source, schema, kind, crs, rows,
                             optional=False):
    """Like :func:`write_features` for ``rows`` of (feature id of ``source``, geometry, new values): each output
    feature keeps the input feature's other attributes, followed by the ``schema`` fields."""
    base, columns = fields_except(source, {n for n, _ in schema})
    rows = list(rows)
    kept = attributes_by_id(source, columns, {fid for fid, _, _ in rows})
    return write_features(algorithm, parameters, name, context, feedback, schema, kind, crs,
                          [geometry for _, geometry, _ in rows],
                          [kept.get(fid, [None] * len(columns)) + list(values) for fid, _, values in rows],
                          fields=fields_of(schema, base), optional=optional)


def polygons_from_wkb(wkb, rows, clip_to=None):
    """QgsGeometry per row of ``wkb`` (polygon WKB rows); with ``clip_to`` cut to it and always MultiPolygon,
    so that one layer holds one geometry type (a cut cell can fall apart into several pieces)."""
    engine = None
    if clip_to:
        engine = QgsGeometry.createGeometryEngine(clip_to.constGet())
        engine.prepareGeometry()
    for c in rows:
        geometry = QgsGeometry()
        geometry.fromWkb(wkb[c].tobytes())
        if engine is not None:
            if not engine.contains(geometry.constGet()):
                geometry = geometry.intersection(clip_to)
                geometry.convertGeometryCollectionToSubclass(QgsWkbTypes.PolygonGeometry)
            geometry.convertToMultiType()
        yield geometry


def lines_from_wkb(wkbs):
    """QgsGeometry per WKB ``bytes`` (e.g. ``wkb.linestring_wkbs``), for ``write_features``."""
    for wkb in wkbs:
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        yield geometry
