"""The one QGIS I/O layer of the Processing algorithms: layers into arrays, arrays into sinks.

``parsers``  parameter and attribute values (truthy flags, ``key=value`` lists, one-way directions, times)
``wkb``      WKB encoding of array geometries (polygons, multi-line strings) for fast sinks
``sinks``    declarative output schemas → ``QgsFields``
"""
