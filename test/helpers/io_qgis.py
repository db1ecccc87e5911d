"""Helpers for the shared QGIS I/O tests: sample-data copies, file fingerprints, QGIS scripts in a subprocess.

Import from a test module with ``sys.path`` holding ``test/`` (see ``use_helpers`` in those modules).
"""

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE_GPKG = os.path.join(REPO, "resources", "sample_data", "eco_city.gpkg")


def copy_sample(folder, name="eco_city_copy.gpkg"):
    """A copy of resources/sample_data/eco_city.gpkg in ``folder`` (str path)."""
    path = os.path.join(str(folder), name)
    shutil.copyfile(SAMPLE_GPKG, path)
    return path


def digest(path):
    """SHA-256 of a file's bytes."""
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def gpkg_layers(path):
    """Names of the layers of a GeoPackage (sorted), read by OGR; None when it cannot be opened."""
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    if dataset is None:
        return None
    return sorted(dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount()))


def layer_rows(path, layer_name):
    """``[(fid, attributes..., geometry WKT)]`` of one GeoPackage layer, to compare contents."""
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(layer_name)
    rows = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        rows.append((feature.GetFID(),) + tuple(feature.GetField(i) for i in range(feature.GetFieldCount()))
                    + (geometry.ExportToWkt() if geometry is not None else None,))
    return rows


PRELUDE = """
import sys
sys.path.insert(0, {pkgroot!r})
sys.path.insert(0, "/usr/share/qgis/python/plugins")
from qgis.core import *
app = QgsApplication([], False)
app.initQgis()
"""

PROCESSING = """
import processing
from processing.core.Processing import Processing
Processing.initialize()
import eco_supervision
plugin = eco_supervision.classFactory(None)
plugin.initProcessing()
"""


def run_qgis_script(body, pkgroot, processing=False, timeout=600):
    """Run ``body`` (Python, QGIS initialised, the plugin importable as ``eco_supervision``) in a new
    interpreter, so that a crash (rc 134/139) fails the calling test instead of killing pytest."""
    code = PRELUDE.format(pkgroot=pkgroot) + (PROCESSING if processing else "") + textwrap.dedent(body)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, env=env)
