"""scripts/demo.py (``make demo``) runs job files through qgis_process.bin and maps the results."""

import os
import subprocess
import sys

import pytest


def _image_stats(path):
    """(distinct colours, share of pixels that are not white) of a PNG."""
    from qgis.PyQt.QtGui import QImage

    image = QImage(path)
    assert not image.isNull(), path
    colours, coloured, total = set(), 0, 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            rgb = image.pixel(x, y) & 0xFFFFFF
            colours.add(rgb)
            coloured += rgb != 0xFFFFFF
            total += 1
    return len(colours), coloured / float(total)


@pytest.fixture(scope="module")
def demo_run(repo_root, tmp_path_factory):
    out = tmp_path_factory.mktemp("demo_output")
    jobs = os.path.join(repo_root, "test", "data", "demo_jobs")
    failing = os.path.join(repo_root, "test", "data", "demo_jobs_failing", "04_failing_job.py")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, os.path.join(repo_root, "scripts", "demo.py"), "--output", str(out), "--no-sample-maps",
         "--jobs", jobs, failing],
        capture_output=True, text=True, timeout=900, env=env, cwd=repo_root,
    )
    return done, str(out)


def test_json_job_runs_and_renders_a_map(demo_run, repo_root, qgis_app):
    done, out = demo_run
    png = os.path.join(out, "study_area_buffer.png")
    assert os.path.exists(png), done.stdout + done.stderr
    colours, coloured = _image_stats(png)
    assert colours > 20 and coloured > 0.3, (colours, coloured)
    # the algorithm really ran on the sample layer: a 2 km buffer is larger than the study area
    from qgis.core import QgsVectorLayer

    def area(source):
        layer = QgsVectorLayer(source, "layer", "ogr")
        assert layer.isValid(), source
        return sum(f.geometry().area() for f in layer.getFeatures())

    buffered = area(os.path.join(out, "study_area_buffer.gpkg"))
    study = area(os.path.join(repo_root, "resources", "sample_data", "eco_city.gpkg") + "|layername=study_area")
    perimeter_min = 2 * 3.14159 * 40e3  # the study area is about 100 km across
    assert buffered > study + 2000 * perimeter_min


def test_summary_skips_unregistered_and_fails_bad_jobs(demo_run):
    done, out = demo_run
    assert done.returncode == 1, done.stdout + done.stderr  # one job failed
    lines = done.stdout.splitlines()
    summary = lines[lines.index("Summary"):]
    rows = summary[3:summary.index("")]  # after the title, header and rule, up to the blank line
    status = {line.split()[0]: line.split()[1] for line in rows}
    assert status == {"01_buffer.json": "OK", "02_not_registered.json": "SKIP", "03_python_job.py": "OK",
                      "04_failing_job.py": "FAIL"}, done.stdout
    assert any("SKIPPED 02_not_registered.json" in line and "ecosupervision:doesnotexist" in line for line in lines)
    assert os.path.exists(os.path.join(out, "python_job.txt"))
    assert any("FAILED 04_failing_job.py" in line and "exit code 3" in line for line in lines)
    with open(os.path.join(out, "logs", "04_failing_job.log"), encoding="utf-8") as f:
        assert "this job fails on purpose" in f.read()


SAMPLE_LAYERS = ["study_area", "districts", "roads", "rivers", "water_sections", "outfalls", "air_stations",
                 "air_readings", "voc_enterprises", "industrial_parks", "ports", "national_control_sites",
                 "siting_candidates", "risk_sources", "emergency_depots", "depot_candidates", "water_intakes",
                 "bureau_office"]


@pytest.mark.parametrize("name", SAMPLE_LAYERS)
def test_sample_styles_cover_the_data(name, repo_root, qgis_app):
    """Every sample layer has a style; a categorised style has a category for every value in the data."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsGraduatedSymbolRenderer, QgsVectorLayer

    style = os.path.join(repo_root, "resources", "styles", "sample_{}.qml".format(name))
    assert os.path.exists(style)
    sample = os.path.join(repo_root, "resources", "sample_data", "eco_city.gpkg")
    layer = QgsVectorLayer("{}|layername={}".format(sample, name), name, "ogr")
    assert layer.isValid()
    message, ok = layer.loadNamedStyle(style)
    assert ok, message
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        field = renderer.classAttribute()
        values = {f[field] for f in layer.getFeatures()}
        covered = {c.value() for c in renderer.categories()}
        assert values <= covered, sorted(values - covered)
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        field = renderer.classAttribute()
        for f in layer.getFeatures():
            assert renderer.rangeForValue(float(f[field])) is not None, (field, f[field])


def test_render_map_draws_a_sample_map(repo_root, tmp_path, qgis_app):
    import importlib.util

    spec = importlib.util.spec_from_file_location("render_map", os.path.join(repo_root, "scripts", "render_map.py"))
    render_map = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_map)
    sample = os.path.join(repo_root, "resources", "sample_data", "eco_city.gpkg")
    layers = [render_map.sample_layer(sample, n) for n in ("air_stations", "rivers", "districts", "study_area")]
    png = render_map.render(layers, str(tmp_path / "map.png"), "Title", "Subtitle", size=(500, 400))
    colours, coloured = _image_stats(png)
    assert colours > 20 and coloured > 0.3, (colours, coloured)
    # the districts are drawn (their fill colours appear), not only the frame and legend
    blank = render_map.render([], str(tmp_path / "blank.png"), "", "", extent=layers[-1].extent(),
                              size=(500, 400), legend=False, crs=layers[-1].crs())
    assert _image_stats(blank)[1] < 0.05


# where a map needs them: the drinking-water intakes beside spills, outfalls and river quality, the bureau (start
# and end of the day routes) beside the inspection routes
BACKGROUND_NEEDED = {"45_spillwarning.json": {"*": "water_intakes"},
                     "35_outfallallocation.json": {"*": "water_intakes"},
                     "30_riverinterpolation.json": {"*": "water_intakes"},
                     "32_riverkriging.json": {"*": "water_intakes"},
                     "60_inspectiondraw.json": {"ROUTES": "bureau_office"}}


@pytest.mark.parametrize("job", sorted(BACKGROUND_NEEDED))
def test_demo_maps_draw_intakes_and_office(job, repo_root, qgis_app):
    import importlib.util
    import json

    from eco_supervision.processing_algorithms.reports.map_image import _legend_entries

    spec = importlib.util.spec_from_file_location("render_map", os.path.join(repo_root, "scripts", "render_map.py"))
    render_map = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_map)
    with open(os.path.join(repo_root, "scripts", "demo_jobs", job), encoding="utf-8") as f:
        renders = json.load(f)["render"]
    sample = os.path.join(repo_root, "resources", "sample_data", "eco_city.gpkg")
    for output, layer in BACKGROUND_NEEDED[job].items():
        chosen = [r for r in renders if output in ("*", r["output"])]
        assert chosen and all(layer in r["background"] for r in chosen), (job, output)
        assert layer in render_map.SAMPLE_ORDER
        drawn = render_map.sample_layer(sample, layer)
        assert drawn.featureCount() >= 1
        labels = [text for _pix, text in _legend_entries(drawn)]
        assert labels in (["Drinking-water intake"], ["Bureau office (route start and end)"])
