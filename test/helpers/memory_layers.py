"""Small hand-built memory layers for the river algorithms' processing tests."""

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

CRS = "EPSG:4548"  # CGCS2000 / 3-degree Gauss-Kruger CM 117E (metres)
X0, Y0 = 500000.0, 3500000.0


def memory_layer(kind, fields, rows, crs=CRS, x0=X0, y0=Y0):
    """A ``kind`` ("LineString" or "Point") memory layer with ``fields`` ("name:type") and ``rows`` of
    (vertices relative to (x0, y0), attribute values)."""
    lyr = QgsVectorLayer("{}?crs={}&{}".format(kind, crs, "&".join("field=" + f for f in fields)), "l", "memory")
    feats = []
    for geom, attrs in rows:
        f = QgsFeature(lyr.fields())
        pts = [QgsPointXY(x0 + x, y0 + y) for x, y in geom]
        f.setGeometry(QgsGeometry.fromPolylineXY(pts) if kind == "LineString" else QgsGeometry.fromPointXY(pts[0]))
        f.setAttributes(list(attrs))
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr
