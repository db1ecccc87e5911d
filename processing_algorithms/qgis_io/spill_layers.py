"""The spill early warning's layers: spills and receptors read with their chosen fields; the outputs, receptors
(OUTPUT), downstream segments (SEGMENTS) and curves (CURVES); the note's map of the written layers (``note_map``).

Times are written twice: as local datetimes (``QDateTime``, for the Temporal Controller and for people)
and as hours after START_TIME (for sorting and scripts). Segment geometries go in as WKB built with array
operations (:func:`.wkb.multilinestring_wkbs`), the curves only for receptors the plume reaches.
"""

import datetime as dt
import os
import time

import numpy as np
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsProcessingUtils, QgsWkbTypes
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from ...eco_supervision_plugin.i18n import tr
from ..reports.map_image import styled_layers_map
from .feature_writer import write_features
from .read import read_points, require_features, require_field
from .sinks import clean_number
from .wkb import multilinestring_wkbs

RECEPTOR_SCHEMA = [
    ("receptor", "string"), ("fid_in", "long"), ("status", "string"), ("status_label", "string"), ("snap_m", "double"),
    ("spill", "string"), ("dist_km", "double"), ("travel_h", "double"), ("arrival", "datetime"),
    ("arrival_h", "double"), ("peak_time", "datetime"), ("peak_h", "double"), ("peak_mgl", "double"),
    ("peak_cls", "string"), ("limit_mgl", "double"), ("exc_start", "datetime"), ("exc_start_h", "double"),
    ("exc_end", "datetime"), ("exc_end_h", "double"), ("above_h", "double"), ("above_end", "int"),
    ("act_by", "datetime"), ("act_h", "double"),
]
SEGMENT_SCHEMA = [
    ("reach_fid", "long"), ("spill", "string"), ("arrival", "datetime"), ("arrival_h", "double"),
    ("peak_time", "datetime"), ("peak_h", "double"), ("peak_mgl", "double"), ("peak_ratio", "double"),
    ("above_h", "double"),
]
CURVE_SCHEMA = [("receptor", "string"), ("time", "datetime"), ("t_h", "double"), ("conc_mgl", "double"),
                ("above", "int")]


def chosen_field(alg, parameters, name, context, source, label, numeric=False):
    """The field chosen in parameter ``name`` ("" when none), checked to exist (and be numeric) on ``source``."""
    value = alg.parameterAsString(parameters, name, context) if parameters.get(name) else ""
    if value:
        require_field(source, value, label, numeric=numeric)
    return value


def read_named_points(alg, parameters, name, context, feedback, crs, label, fields):
    """Points of source ``name`` in ``crs`` with ``fields`` = {role: (field parameter, numeric)}; the "name" role
    labels the rows ("fid n" without). Returns (FeatureTable, {role: field name or ""}, labels)."""
    source = alg.parameterAsSource(parameters, name, context)
    require_features(source, label)
    chosen = {k: chosen_field(alg, parameters, f, context, source, label, numeric=num)
              for k, (f, num) in fields.items()}
    table = read_points(source, crs, context, feedback, fields=[v for v in chosen.values() if v], label=label)
    if len(table) == 0:
        raise QgsProcessingException(tr("{} has no usable point geometry.").format(label))
    labels = ([str(v) for v in table.attributes[chosen["name"]]] if chosen["name"]
              else ["fid {}".format(f) for f in table.fids])
    return table, chosen, labels


def start_epoch(alg, parameters, name, context):
    """The date-time parameter ``name`` as epoch seconds; now when it is empty."""
    value = alg.parameterAsDateTime(parameters, name, context) if parameters.get(name) else None
    return value.toMSecsSinceEpoch() / 1000.0 if value is not None and value.isValid() else time.time()


def seconds_after(values, start):
    """Seconds from epoch second ``start`` to each date-time attribute (QDateTime, QDate, ISO text, datetime):
    0 for a null (the run's start), NaN for a value that is not a date and time (refused by the core)."""
    out = np.zeros(len(values))
    for i, value in enumerate(values):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if isinstance(value, QDate):
            value = QDateTime(value, QTime(0, 0))
        elif isinstance(value, dt.datetime):
            value = QDateTime.fromString(value.isoformat(), Qt.ISODate)
        elif not isinstance(value, QDateTime):
            value = QDateTime.fromString(str(value).strip().replace(" ", "T"), Qt.ISODate)
        out[i] = value.toMSecsSinceEpoch() / 1000.0 - start if value.isValid() else np.nan
    return out


def qdatetime(start_epoch, seconds):
    """Local QDateTime ``seconds`` after the epoch second ``start_epoch``; None for NaN/None."""
    if seconds is None or not np.isfinite(seconds):
        return None
    return QDateTime.fromMSecsSinceEpoch(int(round((start_epoch + float(seconds)) * 1000.0)))


def _h(seconds):
    return None if seconds is None else clean_number(float(seconds) / 3600.0, 6)


def write_receptors(alg, parameters, name, context, feedback, crs, xy, fids, rows, start):
    def attrs(row, fid):
        return [row["receptor"], int(fid), row["status"], row["status_label"], row["snap_m"], row["spill"],
                row["distance_km"], _h(row["travel_s"]), qdatetime(start, row["arrival_s"]), _h(row["arrival_s"]),
                qdatetime(start, row["peak_s"]), _h(row["peak_s"]), row["peak_mgl"], row["peak_class"],
                row["limit_mgl"], qdatetime(start, row["exceed_start_s"]), _h(row["exceed_start_s"]),
                qdatetime(start, row["exceed_end_s"]), _h(row["exceed_end_s"]), _h(row["above_s"]),
                int(row["above_at_horizon"]), qdatetime(start, row["act_s"]), _h(row["act_s"])]

    geoms = [QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))) for x, y in xy]
    return write_features(alg, parameters, name, context, feedback, RECEPTOR_SCHEMA, QgsWkbTypes.Point, crs, geoms,
                          [attrs(row, fid) for row, fid in zip(rows, fids)])


def segment_geometries(run, index):
    """MultiLineString geometry of each segment in ``index`` (indices into ``run.segments``)."""
    if len(index) == 0:
        return []
    lines = [run.segment_line(i) for i in index]
    counts = [len(p) for p in lines]
    wkbs = multilinestring_wkbs(np.vstack(lines), counts, np.arange(len(lines)), len(lines))
    out = []
    for w in wkbs:
        g = QgsGeometry()
        g.fromWkb(w)
        out.append(g)
    return out


def write_segments(alg, parameters, name, context, feedback, crs, run, spill_labels, start):
    seg = run.plan.segments
    reach_fid = run.system.reach_fid[run.segments.reach[seg.index]]
    rows = []
    for k in range(len(seg.index)):
        a, p = seg.arrival_s[k], seg.peak_time_s[k]
        reached = np.isfinite(a)
        rows.append([int(reach_fid[k]), spill_labels[seg.spill[k]] if seg.spill[k] >= 0 else None,
                     qdatetime(start, a), _h(a), qdatetime(start, p) if reached else None, _h(p) if reached else None,
                     clean_number(seg.peak_conc[k]), clean_number(seg.peak_conc[k] / run.limit, 4),
                     _h(seg.above_s[k])])
    return write_features(alg, parameters, name, context, feedback, SEGMENT_SCHEMA, QgsWkbTypes.MultiLineString,
                          crs, segment_geometries(run, seg.index), rows, optional=True)


def write_curves(alg, parameters, name, context, feedback, crs, run, rows, start):
    """receptor × time rows for every receptor with a computed curve (reached, or downstream within the horizon)."""
    times = run.plan.times_s
    t_h = (times / 3600.0).round(6).tolist()
    stamps = [qdatetime(start, t) for t in times]
    table = []
    for k, row in enumerate(rows):
        curve = run.plan.curves[k]
        if not curve.any():
            continue
        above = (curve >= row["limit_mgl"]).astype(int).tolist()
        table.extend([row["receptor"], stamps[j], t_h[j], c, above[j]] for j, c in enumerate(curve.tolist()))
    return write_features(alg, parameters, name, context, feedback, CURVE_SCHEMA, QgsWkbTypes.NoGeometry, crs,
                          [QgsGeometry()] * len(table), table, optional=True)


def note_map(context, rivers, receptors_dest, segments_dest, title):
    """The note's map PNG: the receptors and the plume over the rivers, from the written layers."""
    def layer(dest):
        return QgsProcessingUtils.mapLayerFromString(dest, context) if dest else None

    return styled_layers_map([(layer(receptors_dest), "spill_receptors.qml", tr("Receptors")),
                              (layer(segments_dest), "spill_segments.qml", tr("Plume along the river")),
                              (rivers, "spill_rivers.qml", tr("Rivers"))],
                             os.path.join(QgsProcessingUtils.tempFolder(), "spill_warning.png"), title)
