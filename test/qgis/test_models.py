"""The example Graphical Modeler models in resources/models: they load, their children resolve and wire only
parameters that exist, and the hotspot → micro-sensor model runs end to end with a known optimum."""

import glob
import itertools
import json
import os

import numpy as np
import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsRectangle,
    QgsVectorLayer,
)

# The source-kind enum moved to Qgis.ProcessingModelChildParameterSource in QGIS 3.26+.
SOURCE_KIND = getattr(Qgis, "ProcessingModelChildParameterSource", QgsProcessingModelChildParameterSource)

CRS = "EPSG:4548"
X0, Y0 = 500000.0, 3500000.0  # multiples of the cell size: the grid (origin 0,0) aligns with the AOI
CELL = 1000.0
N = 10  # 10 x 10 cells

EXPECTED_MODELS = {
    "hotspot_microsensor_siting.model3",
    "live_stations_hotspot_siting.model3",
    "river_exceedance_emergency.model3",
    "live_stations_source_attribution.model3",
}


def model_paths(repo_root):
    return sorted(glob.glob(os.path.join(str(repo_root), "resources", "models", "*.model3")))


def load(path):
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(path), path
    return model


def test_expected_models_present(repo_root):
    names = {os.path.basename(p) for p in model_paths(repo_root)}
    assert EXPECTED_MODELS <= names


@pytest.mark.parametrize("name", sorted(EXPECTED_MODELS))
def test_model_valid(eco_provider, repo_root, name):
    registry = QgsApplication.processingRegistry()
    model = load(os.path.join(str(repo_root), "resources", "models", name))
    children = model.childAlgorithms()
    assert children, "model has no child algorithms"
    assert any(c.algorithmId().startswith("ecosupervision:") for c in children.values())
    model_params = {d.name() for d in model.parameterDefinitions()}
    for child_id, child in children.items():
        alg = registry.algorithmById(child.algorithmId())
        assert alg is not None, "{}: {} is not registered".format(child_id, child.algorithmId())
        known = {d.name() for d in alg.parameterDefinitions()}
        known_outputs = {d.name() for d in alg.outputDefinitions()}
        for pname, sources in child.parameterSources().items():
            assert pname in known, "{}: {} has no parameter {}".format(child_id, child.algorithmId(), pname)
            for source in sources:
                if source.source() == SOURCE_KIND.ModelParameter:
                    assert source.parameterName() in model_params, source.parameterName()
                elif source.source() == SOURCE_KIND.ChildOutput:
                    producer = children.get(source.outputChildId())
                    assert producer is not None, source.outputChildId()
                    produced = {d.name() for d in registry.algorithmById(producer.algorithmId()).outputDefinitions()}
                    assert source.outputName() in produced, source.outputName()
        # every mandatory child parameter without a default is wired
        for d in alg.parameterDefinitions():
            if d.isDestination() or d.flags() & d.FlagOptional or d.defaultValue() is not None:
                continue
            assert d.name() in child.parameterSources(), "{}: mandatory {} not set".format(child_id, d.name())
        for out in child.modelOutputs().values():
            assert out.childOutputName() in known_outputs
    if Qgis.QGIS_VERSION_INT >= 32600:
        ok, errors = model.validate()
        assert ok, errors


# -- end-to-end run --------------------------------------------------------------------------------------

HOT_BLOCK = [(c, r) for c in (2, 3, 4) for r in (2, 3, 4)]
HOT_ISOLATED = (8, 8)
HOT = HOT_BLOCK + [HOT_ISOLATED]  # 10 of 100 cells = the top 10 %


def centre(col, row):
    return X0 + (col + 0.5) * CELL, Y0 + (row + 0.5) * CELL


def readings_layer():
    layer = QgsVectorLayer("Point?crs={}&field=pm25:double".format(CRS), "readings", "memory")
    feats = []
    low = 1.0
    for col in range(N):
        for row in range(N):
            if (col, row) in HOT:
                value = 100.0
            else:
                value, low = low, low + 1.0  # distinct values 1..90, all below the hot cells
            f = QgsFeature(layer.fields())
            x, y = centre(col, row)
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x + 37.0, y - 21.0)))
            f.setAttributes([value])
            feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def aoi_layer():
    layer = QgsVectorLayer("Polygon?crs={}&field=name:string".format(CRS), "aoi", "memory")
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0, Y0, X0 + N * CELL, Y0 + N * CELL)))
    f.setAttributes(["test"])
    layer.dataProvider().addFeatures([f])
    return layer


def brute_force_best(p, radius):
    """Every P-subset of hot-cell centres; best total value of hot cells whose centre is within the radius."""
    xy = np.array([centre(*c) for c in HOT])
    covers = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1]) <= radius
    best, best_sets = -1.0, []
    for subset in itertools.combinations(range(len(HOT)), p):
        value = 100.0 * covers[:, list(subset)].any(axis=1).sum()
        if value > best + 1e-9:
            best, best_sets = value, [subset]
        elif abs(value - best) <= 1e-9:
            best_sets.append(subset)
    return best, [{HOT[i] for i in s} for s in best_sets]


def cell_of(point):
    return int((point.x() - X0) // CELL), int((point.y() - Y0) // CELL)


def test_hotspot_microsensor_model_runs(eco_provider, repo_root, tmp_path):
    import processing

    model = load(os.path.join(str(repo_root), "resources", "models", "hotspot_microsensor_siting.model3"))
    p, radius = 2, 1500.0
    best, best_sets = brute_force_best(p, radius)
    assert best == 1000.0 and len(best_sets) == 1  # the block centre + the isolated cell

    sites_path = str(tmp_path / "sites.gpkg")
    report_path = str(tmp_path / "siting.json")
    result = processing.run(model, {
        "AOI": aoi_layer(), "READINGS": readings_layer(), "VALUE_FIELD": "pm25", "CELL_SIZE": CELL,
        "TOP_PERCENT": 10.0, "P": p, "RADIUS": radius,
        "grid:GRID": str(tmp_path / "grid.gpkg"), "grid:GRID_REPORT": str(tmp_path / "grid.json"),
        "siting:SITES": sites_path, "siting:HOTSPOT_COVERAGE": str(tmp_path / "coverage.gpkg"),
        "siting:SITING_REPORT": report_path,
    })

    grid = QgsVectorLayer(result["grid:GRID"], "grid", "ogr")
    assert grid.featureCount() == N * N
    flagged = {(f["col"], f["row"]) for f in grid.getFeatures() if f["hotspot"] == 1}
    flagged_cells = {cell_of(f.geometry().centroid().asPoint()) for f in grid.getFeatures() if f["hotspot"] == 1}
    assert len(flagged) == len(HOT)
    assert flagged_cells == set(HOT)

    sites = QgsVectorLayer(result["siting:SITES"], "sites", "ogr")
    chosen = [f for f in sites.getFeatures() if not f["is_existing"]]
    assert len(chosen) == p
    chosen_cells = {cell_of(f.geometry().asPoint()) for f in chosen}
    assert chosen_cells <= set(HOT)  # every micro-sensor sits on a hotspot cell
    assert chosen_cells == best_sets[0]  # and the pair is the brute-force optimum

    coverage = QgsVectorLayer(result["siting:HOTSPOT_COVERAGE"], "cov", "ogr")
    assert coverage.featureCount() == len(HOT)
    assert all(f["covered"] == 1 for f in coverage.getFeatures())
    with open(result["siting:SITING_REPORT"], encoding="utf-8") as handle:
        report = json.load(handle)
    assert report["objective"] == pytest.approx(best)
    assert report["coverage_pct"] == pytest.approx(100.0)
