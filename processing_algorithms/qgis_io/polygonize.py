"""Service-area polygons on the QGIS side: a core raster mask polygonised by GDAL, or an exact GEOS buffer.

The maths (which cells, which method, the error bound) is in ``core/roads/area_buffer.py``; here the
cells become polygons (GDAL's polygonizer: the union of the cells, holes included, simplified by half a
cell) or the lines are buffered by GEOS when the plan says ``exact``.
"""

from qgis.core import QgsGeometry


def area_polygon(plan, line_wkb=None):
    """MultiPolygon ``QgsGeometry`` of an :class:`AreaPlan`; ``line_wkb`` (the reached lines) for ``exact``."""
    if plan.method == "exact":
        if line_wkb is None:
            return QgsGeometry()
        lines = QgsGeometry()
        lines.fromWkb(line_wkb)
        from ...eco_supervision_plugin.core.roads.area_buffer import QUADRANT_SEGMENTS

        poly = lines.buffer(plan.distance, QUADRANT_SEGMENTS)
    else:
        poly = mask_polygon(plan.mask, plan.x0, plan.y0, plan.cell)
    if not poly.isEmpty():
        poly.convertToMultiType()
    return poly


def mask_polygon(mask, x0, y0, cell):
    """Polygons of the True cells of ``mask`` (row r covers ``[y0 + r·cell, y0 + (r+1)·cell]``)."""
    if mask is None or not mask.any():
        return QgsGeometry()
    from osgeo import gdal, ogr

    rows, cols = mask.shape
    raster = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
    raster.SetGeoTransform((x0, cell, 0.0, y0, 0.0, cell))
    band = raster.GetRasterBand(1)
    band.WriteArray(mask.view("uint8"))
    store = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = store.CreateLayer("area", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0, [])
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for feature in layer:
        multi.AddGeometry(feature.GetGeometryRef())
    poly = QgsGeometry()
    poly.fromWkb(bytes(multi.ExportToIsoWkb()))
    return poly.simplify(cell * 0.5)
