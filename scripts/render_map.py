"""Render vector/raster layers to a PNG map with a title, legend and scale bar (QGIS, no GUI).

Used by ``scripts/demo.py``; also runnable on its own::

    .venv/bin/python scripts/render_map.py --sample resources/sample_data/eco_city.gpkg --output overview.png
"""

import argparse
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLES_DIR = os.path.join(REPO, "resources", "styles")
DEFAULT_SAMPLE = os.path.join(REPO, "resources", "sample_data", "eco_city.gpkg")

# Drawing order of the sample layers (bottom first) when several are shown together.
SAMPLE_ORDER = [
    "study_area", "districts", "industrial_parks", "rivers", "roads", "siting_candidates", "depot_candidates",
    "voc_enterprises", "risk_sources", "outfalls", "water_sections", "water_intakes", "ports",
    "national_control_sites", "air_stations", "emergency_depots", "air_readings", "bureau_office",
]

_APP = None


def _plugin_package():
    """The plugin imported as QGIS does (``eco_supervision``), linked the way the tests and benchmarks link it."""
    test_dir = os.path.join(REPO, "test")
    if test_dir not in sys.path:
        sys.path.insert(0, test_dir)
    import conftest  # noqa: F401  (links the checkout as the eco_supervision package)


def render(layers, output, title="", subtitle="", extent=None, size=(1400, 1200), legend=True, crs=None):
    """The plugin's map renderer (processing_algorithms/reports/map_image.py), after starting QGIS."""
    init_qgis()
    _plugin_package()
    from eco_supervision.processing_algorithms.reports.map_image import render as plugin_render

    return plugin_render(layers, output, title, subtitle, extent=extent, size=size, legend=legend, crs=crs)


def init_qgis():
    """Start a headless QgsApplication once (offscreen Qt) and return it."""
    global _APP
    if _APP is not None:
        return _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    existing = QgsApplication.instance()
    if existing is not None:
        _APP = existing
        return _APP
    QgsApplication.setPrefixPath("/usr", True)
    _APP = QgsApplication([], True)
    _APP.initQgis()
    return _APP


def style_path(name):
    """resources/styles/<name> (adds .qml) if it exists, else None."""
    if not name:
        return None
    path = name if os.path.isabs(name) else os.path.join(STYLES_DIR, name)
    if not path.endswith(".qml"):
        path += ".qml"
    return path if os.path.exists(path) else None


def load_layer(source, name=None, style=None):
    """A vector layer (or raster, by extension) from ``source``, styled with ``style`` when given."""
    init_qgis()
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    base = source.split("|")[0].lower()
    if base.endswith((".tif", ".tiff", ".asc", ".vrt", ".nc")):
        layer = QgsRasterLayer(source, name or os.path.basename(base))
    else:
        layer = QgsVectorLayer(source, name or os.path.basename(base), "ogr")
    if not layer.isValid():
        raise ValueError("Cannot open layer: {}".format(source))
    path = style_path(style)
    if path:
        # the plugin's own style loader: the file (not a style stored in a GeoPackage output), legend translated
        _plugin_package()
        from eco_supervision.processing_algorithms.qgis_io.styles import apply_style

        if not apply_style(layer, path):
            raise ValueError("Cannot apply style {}".format(path))
    return layer


def sample_layer(sample, name):
    """One layer of the sample GeoPackage with its ``sample_<name>.qml`` style."""
    return load_layer("{}|layername={}".format(sample, name), name.replace("_", " "), "sample_{}".format(name))


def water_class_layer(sample):
    """The sample's water sections as a memory layer coloured by their measured GB 3838-2002 class.

    The class comes from the plugin's standards module (single-factor rule: the worst item decides).
    """
    init_qgis()
    if REPO not in sys.path:
        sys.path.insert(0, REPO)
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsFeature,
        QgsField,
        QgsMarkerSymbol,
        QgsPalLayerSettings,
        QgsRendererCategory,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtCore import QVariant
    from qgis.PyQt.QtGui import QColor, QFont

    from eco_supervision_plugin.standards import gb3838

    source = load_layer("{}|layername=water_sections".format(sample), "water_sections")
    layer = QgsVectorLayer("Point?crs={}".format(source.crs().authid()), "measured class (GB 3838-2002)", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("section_id", QVariant.String), QgsField("measured", QVariant.String),
                            QgsField("label", QVariant.String)])
    layer.updateFields()
    items = ("pH", "DO", "CODMn", "COD", "BOD5", "NH3N", "TP")
    features = []
    for f in source.getFeatures():
        body = gb3838.normalise_water_body(f["water_body"])
        cls, _worst = gb3838.section_class({k: f[k] for k in items}, body)
        target = gb3838.parse_class(f["target_class"])
        measured = gb3838.class_label(cls)
        out = QgsFeature(layer.fields())
        out.setGeometry(f.geometry())
        mark = "" if cls is None or cls <= target else " > target {}".format(f["target_class"])
        out.setAttributes([f["section_id"], measured, "{} {}{}".format(f["section_id"], measured, mark)])
        features.append(out)
    provider.addFeatures(features)
    categories = []
    for number in range(1, 7):
        label = gb3838.class_label(number)
        symbol = QgsMarkerSymbol.createSimple({"name": "triangle", "size": "4.2", "outline_color": "#000000",
                                               "outline_width": "0.3", "color": gb3838.CLASS_COLOURS[number]})
        english = gb3838.class_label(number, english=True)
        categories.append(QgsRendererCategory(label, symbol, "{} ({})".format(label, english)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("measured", categories))
    settings = QgsPalLayerSettings()
    settings.fieldName = "label"
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(8)
    fmt.setColor(QColor("#222222"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def sample_maps(sample, out_dir):
    """The sample-data maps: [(png path, title)]. Every map covers the study area."""
    maps = [
        ("sample_overview.png", "Lüshui (synthetic) — districts, roads, rivers, air stations",
         ["air_stations", "water_sections", "rivers", "roads", "industrial_parks", "districts", "study_area"]),
        ("sample_water.png",
         "Lüshui (synthetic) — water sections by target class, drinking-water intakes, outfalls, rivers by order",
         ["water_intakes", "water_sections", "outfalls", "ports", "rivers", "districts", "study_area"]),
        ("sample_air_sources.png", "Lüshui (synthetic) — air stations, VOC enterprises, industrial parks",
         ["air_stations", "national_control_sites", "voc_enterprises", "industrial_parks", "roads", "districts",
          "study_area"]),
        ("sample_emergency.png", "Lüshui (synthetic) — risk sources, emergency depots and candidates",
         ["emergency_depots", "depot_candidates", "risk_sources", "rivers", "roads", "districts", "study_area"]),
        ("sample_siting.png", "Lüshui (synthetic) — siting candidates (micro sensors and stations)",
         ["air_stations", "siting_candidates", "roads", "districts", "study_area"]),
    ]
    maps.insert(2, ("sample_water_quality.png",
                    "Lüshui (synthetic) — measured water quality class of the sections (GB 3838-2002)",
                    ["@water_class", "water_intakes", "outfalls", "rivers", "districts", "study_area"]))
    written = []
    for png, title, names in maps:
        layers = [water_class_layer(sample) if name == "@water_class" else sample_layer(sample, name)
                  for name in names]
        extent = layers[-1].extent()
        path = render(layers, os.path.join(out_dir, png), title,
                      "Synthetic sample data · CGCS2000 / 3-degree Gauss-Kruger CM 117E (EPSG:4548)", extent=extent)
        written.append((path, title))
    return written


def main(argv=None):
    parser = argparse.ArgumentParser(description="Render the sample-data maps.")
    parser.add_argument("--sample", default=DEFAULT_SAMPLE)
    parser.add_argument("--output", default="demo_output")
    args = parser.parse_args(argv)
    for path, _title in sample_maps(args.sample, args.output):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
