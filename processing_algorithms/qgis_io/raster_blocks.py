"""A raster layer as a core ``RasterReader``: the QGIS side only reads pixel blocks, the core weights them."""

import numpy as np
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsRectangle

from ...eco_supervision_plugin.core.hotspot.zonal import RasterReader
from ...eco_supervision_plugin.i18n import tr

# Qgis.DataType → numpy dtype of a QgsRasterBlock's bytes
RASTER_DTYPES = {1: np.uint8, 2: np.uint16, 3: np.int16, 4: np.uint32, 5: np.int32, 6: np.float32, 7: np.float64}


def raster_reader(layer, band, crs, context, feedback):
    """``layer``'s ``band`` as a :class:`RasterReader` in ``crs`` (warped by nearest neighbour when needed).

    A band the raster does not have is refused by name; reading checks for cancellation per block.
    """
    if not 1 <= band <= layer.bandCount():
        raise QgsProcessingException(tr("Raster band {} does not exist: the raster has {} band(s).").format(
            band, layer.bandCount()))
    if layer.crs() != crs:
        import processing

        feedback.pushInfo(tr("Reprojecting the raster to {}.").format(crs.authid()))
        warped = processing.run("gdal:warpreproject", {
            "INPUT": layer, "TARGET_CRS": crs, "RESAMPLING": 0, "OUTPUT": "TEMPORARY_OUTPUT"},
            context=context, feedback=None, is_child_algorithm=True)["OUTPUT"]
        layer = QgsRasterLayer(warped, "raster", "gdal")
    provider, extent = layer.dataProvider(), layer.extent()
    xres, yres = layer.rasterUnitsPerPixelX(), layer.rasterUnitsPerPixelY()
    left, top = extent.xMinimum(), extent.yMaximum()

    def read(col, row, width, height):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
        rect = QgsRectangle(left + col * xres, top - (row + height) * yres, left + (col + width) * xres,
                            top - row * yres)
        block = provider.block(band, rect, width, height)
        dtype = RASTER_DTYPES.get(int(block.dataType()))
        if dtype is None:
            raise QgsProcessingException(tr("Unsupported raster data type."))
        return np.frombuffer(bytes(block.data()), dtype=dtype), (
            block.noDataValue() if block.hasNoDataValue() else None)

    nodata = provider.sourceNoDataValue(band) if provider.sourceHasNoDataValue(band) else None
    return RasterReader(left, extent.yMinimum(), extent.xMaximum(), top, xres, yres, read, nodata)
