"""Shared helpers of the bad-input suites: input snapshots, refusal checks without traceback text, a feedback
that records what a run says, and small memory layers.

Import from a test module as ``from helpers.bad_input import ...`` (the test folder is on ``sys.path`` through
the suite's conftest).
"""

import contextlib
import re
import time

import pytest
from qgis.core import QgsFeature, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

CRS = "EPSG:4548"

TRACEBACK_PATTERNS = [
    r"Traceback \(most recent call last\)",
    r'File ".*", line \d+',
    r"\b(Value|Type|Index|Key|Attribute|ZeroDivision|Runtime|Name|Overflow|LinAlg|Assertion)Error\b",
    r"\bnumpy\b|\bscipy\b|site-packages|\.py\b",
]


# -- helpers ---------------------------------------------------------------------------------------------------


def _plain(value):
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def snapshot(layer):
    """Everything a run could change in an input layer."""
    return (
        layer.crs().authid(),
        int(layer.wkbType()),
        layer.featureCount(),
        layer.fields().names(),
        [(f.id(), [_plain(v) for v in f.attributes()], f.geometry().asWkt(6)) for f in layer.getFeatures()],
    )


@contextlib.contextmanager
def unchanged(*layers):
    before = [snapshot(layer) for layer in layers]
    yield
    assert [snapshot(layer) for layer in layers] == before, "an input layer was modified"


def assert_planner_message(message):
    for pattern in TRACEBACK_PATTERNS:
        assert not re.search(pattern, message), "traceback-like text {!r} in: {}".format(pattern, message)


def refused(run_alg, alg, params, pattern, layers):
    """Run, expect a QgsProcessingException matching ``pattern`` and the inputs untouched; return the message."""
    with unchanged(*layers):
        with pytest.raises(QgsProcessingException) as info:
            run_alg(alg, params)
    message = str(info.value)
    assert re.search(pattern, message, re.IGNORECASE | re.DOTALL), message
    assert_planner_message(message)
    return message


class LogFeedback(QgsProcessingFeedback):
    """Collects pushInfo / pushWarning / reportError text and the progress values."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.infos, self.errors, self.progress = [], [], []
        self.cancel_at = cancel_at
        self.cancelled_at = None
        self.progressChanged.connect(self._on_progress)

    def _on_progress(self, value):
        self.progress.append(value)
        if self.cancel_at is not None and self.cancelled_at is None and value >= self.cancel_at:
            self.cancelled_at = (value, time.perf_counter())
            self.cancel()

    def pushInfo(self, info):
        self.infos.append(info)
        super().pushInfo(info)

    def reportError(self, error, fatalError=False):  # noqa: N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushWarning(self, warning):
        self.errors.append(warning)
        super().pushWarning(warning)

    def text(self):
        return "\n".join(self.infos + self.errors)


def features(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    return [dict(zip(names, (_plain(v) for v in f.attributes())), _geom=f.geometry()) for f in layer.getFeatures()]


def layer_from(geometry_type, fields, rows, crs=CRS):
    """Memory layer; ``rows`` are (QgsGeometry or None, [attributes])."""
    uri = "{}?crs={}{}".format(geometry_type, crs, "".join("&field=" + f for f in fields))
    layer = QgsVectorLayer(uri, "input", "memory")
    assert layer.isValid(), uri
    feats = []
    for geometry, attrs in rows:
        f = QgsFeature(layer.fields())
        if geometry is not None:
            f.setGeometry(geometry)
        f.setAttributes(list(attrs))
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)
    return layer


def reproject(layer, crs):
    import processing

    return processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]


