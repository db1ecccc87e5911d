"""The one feature reader: every read of a Processing source in the plugin goes through :func:`iter_features`.

With QGIS 3.22/SIP, a Python ``for feature in source.getFeatures()`` loop whose invalid-geometry callback
raises (Processing's "stop algorithm execution when a geometry is invalid" setting) does not get a Python
exception: the C++ ``QgsProcessingException`` escapes the iterator's ``__next__`` and terminates the
interpreter (rc 134/139). ``QgsFeatureIterator.nextFeature()`` translates the same exception into a
Python ``QgsProcessingException`` that names the feature, so a ``nextFeature`` loop is safe.
"""

from qgis.core import QgsFeature, QgsFeatureRequest, QgsProcessingException, QgsProcessingFeatureSource

from ...eco_supervision_plugin.i18n import tr


def iter_features(source, request=None, flags=None, feedback=None, check_every=256):
    """Yield the features of ``source`` (a QgsFeatureSource / QgsProcessingFeatureSource / layer) one by one.

    ``request``: a QgsFeatureRequest (default: all features, all attributes). ``flags``: the
    ``QgsProcessingFeatureSource`` flags (e.g. ``FlagSkipGeometryValidityChecks``), used only when
    ``source`` is a Processing source. With ``feedback``, cancelling is checked every ``check_every``
    features. Each yielded feature is a new QgsFeature (safe to keep). An invalid geometry under
    "stop on invalid geometry" raises the QgsProcessingException QGIS gives (naming the feature).
    """
    request = QgsFeatureRequest() if request is None else request
    if flags is not None and isinstance(source, QgsProcessingFeatureSource):
        iterator = source.getFeatures(request, flags)
    else:
        iterator = source.getFeatures(request)
    count = 0
    while True:
        if feedback is not None and not count % check_every and feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
        feature = QgsFeature()
        if not iterator.nextFeature(feature):
            break
        count += 1
        yield feature
