"""The one QGIS I/O layer of the Processing algorithms: layers into arrays, arrays into sinks, shared guards.

``features``      the one feature reader (``iter_features``, a ``nextFeature`` loop: safe on invalid geometries)
``crs``           the metric CRS of a run (``metric_crs``, ``utm_crs_for``), layers without a usable CRS refused
``read``          ``read_points``, ``read_lines``, ``require_features``, ``require_field``, ``FeatureTable``
``ogr_bulk``      GeoPackage / Shapefile lines read in bulk through GDAL's Arrow stream (``plain_source_layer``)
``wkb``           WKB encoding of array geometries (polygons, multi-line strings) and the array WKB line parser
``sinks``         declarative output schemas → ``QgsFields``
``parsers``       parameter and attribute values (truthy flags, ``key=value`` lists, one-way directions, times)
``parameters``    numeric parameters: finiteness and range check of every one, ``metres_parameter``
``destinations``  no destination overwriting an input or in a missing folder
``feedback``      ``warn``: warnings of successful runs as warnings
"""
