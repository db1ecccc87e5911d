"""Chinese environmental standards as tables and pure functions (no qgis)."""
