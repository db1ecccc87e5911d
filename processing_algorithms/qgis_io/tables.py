"""Attribute tables into Python lists: any vector source, tables without geometry included.

Read through :func:`.features.iter_features`, without geometry checks: the attributes of a register do not
depend on whether its geometries are valid.
"""

from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsFeatureRequest, QgsProcessingFeatureSource

from .features import iter_features

SKIP_CHECKS = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks


def read_attributes(source, field_names, feedback=None):
    """``(fids, {field: [values]})`` of every feature of ``source`` for ``field_names`` (None/'' skipped)."""
    names = [f for f in field_names if f]
    index = [source.fields().lookupField(f) for f in names]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(
        [i for i in index if i >= 0])
    columns = {f: [] for f in names}
    fids = []
    total = max(source.featureCount(), 1)
    for feature in iter_features(source, request, SKIP_CHECKS, feedback):
        fids.append(feature.id())
        attributes = feature.attributes()
        for name, i in zip(names, index):
            value = attributes[i] if i >= 0 else None
            columns[name].append(None if value is None or _is_null(value) else value)
        if feedback is not None and len(fids) % 5000 == 0:
            feedback.setProgress(min(99.0, 100.0 * len(fids) / total))
    return fids, columns


def _is_null(value):
    """QVariant NULL arrives as a QVariant whose isNull() is true (or as NULL in older bindings)."""
    is_null = getattr(value, "isNull", None)
    return bool(is_null()) if callable(is_null) else False


def copy_features(source, fids, feedback=None):
    """The features ``fids`` of ``source`` (geometry and attributes), in the order of ``fids``."""
    wanted = list(fids)
    request = QgsFeatureRequest().setFilterFids(wanted)
    found = {}
    for feature in iter_features(source, request, SKIP_CHECKS, feedback):
        found[feature.id()] = feature
    return [found[f] for f in wanted if f in found]


def evaluate_per_feature(source, expression, fids, context):
    """``expression`` (a parsed QgsExpression) evaluated on the features ``fids``, as floats (NaN when not a
    number), in the order of ``fids``."""
    scope = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(None))
    scope.appendScope(QgsExpressionContextUtils.projectScope(context.project()))
    expression.prepare(scope)
    values = {}
    request = QgsFeatureRequest().setFilterFids(list(fids))
    for feature in iter_features(source, request, SKIP_CHECKS):
        scope.setFeature(feature)
        value = expression.evaluate(scope)
        try:
            values[feature.id()] = float(value)
        except (TypeError, ValueError):
            values[feature.id()] = float("nan")
    return [values.get(f, float("nan")) for f in fids]
