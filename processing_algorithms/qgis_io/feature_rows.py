"""Copying input attributes to an output: the input's fields minus the ones an output schema writes, by feature id."""

from qgis.core import QgsFeatureRequest, QgsFields

from .features import iter_features


def fields_except(source, names):
    """``(QgsFields, column indices)`` of the fields of ``source`` not named in ``names`` (the output writes those)."""
    kept, columns = QgsFields(), []
    for i, field in enumerate(source.fields()):
        if field.name() not in names:
            kept.append(field)
            columns.append(i)
    return kept, columns


def attributes_by_id(source, columns, wanted):
    """``{feature id: [values of columns]}`` for the features of ``source`` whose id is in ``wanted``.

    Reads without geometry, through the one feature reader.
    """
    out = {}
    for feature in iter_features(source, QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
        if feature.id() in wanted:
            values = feature.attributes()
            out[feature.id()] = [values[i] for i in columns]
    return out
