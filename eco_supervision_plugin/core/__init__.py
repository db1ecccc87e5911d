"""Pure numpy/scipy computation. Nothing in this package may import qgis."""
