"""Compatibility re-export: reading layers now lives in ``qgis_io`` (crs, read, wkb, ogr_bulk).

Kept until every wrapper imports from ``qgis_io`` directly; new code must not import from here.
"""

from .qgis_io.crs import WGS84, metric_crs, require_crs, utm_crs_for
from .qgis_io.ogr_bulk import plain_source_layer
from .qgis_io.read import FeatureTable, read_lines, read_points, require_features, require_field

__all__ = [
    "WGS84",
    "FeatureTable",
    "metric_crs",
    "plain_source_layer",
    "read_lines",
    "read_points",
    "require_crs",
    "require_features",
    "require_field",
    "utm_crs_for",
]
