"""The planning notes of hotspotgrid and fetchstations against what the layers and the seed say.

* hotspot grid: the "where to put sensors" table is, in order, the observed cells of the output layer at
  95 %/99 % confidence sorted by Gi* z; the per-bin table counts the layer's cells; the headline cites the
  99 % count; the JSON keys of the report stay;
* live stations: stations per network and per class level equal the seeded server's stations and the
  layer's levels; the time of the data is the newest seeded hour shown in China Standard Time, zone named;
* outputs loaded into a project are titled with the main input (a file destination given as
  QgsProcessingOutputLayerDefinition, as the dialog gives it, passes the destination guard); the REPORT
  entry names the algorithm.
"""

import datetime as dt
import html
import json
import math
import os
import re
import sys
import time

import numpy as np
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "hotspotgrid"))
from test_processing import X0, Y0, point_layer, polygon_layer, rect  # noqa: E402


def report_data(page):
    start = page.index('id="report-data">') + len('id="report-data">')
    return json.loads(html.unescape(page[start:page.index("</script>", start)]))


def section_rows(page, title):
    """The body rows (cell texts) of the table in the note's section ``title``."""
    part = page.split("<h2>{}</h2>".format(html.escape(title)), 1)[1].split("<h2>", 1)[0]
    body = part.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [[html.unescape(re.sub("<[^>]+>", "", c)) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(.*?)</tr>", body)]


def planted(two_spots=True):
    """Readings on an 10 × 8 km area: a strong plume at (2, 3), a second one at (7, 1); two readings a cell."""
    rng = np.random.default_rng(5)
    pts, vals = [], []
    for i in range(10):
        for j in range(8):
            level = 30 + 40 * math.exp(-((i - 2) ** 2 + (j - 3) ** 2) / 2.0)
            if two_spots:
                level += 30 * math.exp(-((i - 7) ** 2 + (j - 1) ** 2) / 1.5)
            for r in level + rng.gamma(2, 1.5, 2):
                pts.append((X0 + i * 1000 + rng.uniform(50, 950), Y0 + j * 1000 + rng.uniform(50, 950)))
                vals.append(r)
    return polygon_layer(rect(X0, Y0, X0 + 10000, Y0 + 8000)), point_layer(pts, vals)


def test_hotspot_note_names_the_sensor_cells_of_the_layer(run_alg, tmp_path):
    aoi, points = planted()
    result = run_alg("hotspotgrid", {"AOI": aoi, "CELL_SIZE": 1000.0, "POINTS": points, "VALUE_FIELD": "value",
                                     "DISTANCE": 1500.0, "FDR": False, "OUTPUT": str(tmp_path / "g.gpkg"),
                                     "REPORT": str(tmp_path / "note.html")})
    page = open(result["REPORT"], encoding="utf-8").read()
    feats = list(QgsVectorLayer(result["OUTPUT"], "g", "ogr").getFeatures())
    assert len(feats) == 80
    hot = sorted((f for f in feats if f["gi_bin"] >= 2 and f["n_obs"] > 0), key=lambda f: -f["gi_z"])
    assert len(hot) >= 4, "the planted plumes must give hot spots"
    rows = section_rows(page, "Where to put sensors")
    assert [r[0] for r in rows] == [f["cell_code"] for f in hot][:20]
    assert float(rows[0][2]) == pytest.approx(hot[0]["gi_z"], abs=0.01)
    per_bin = {r[0]: int(r[1].replace(",", "")) for r in section_rows(page, "Cells per Gi* category")}
    assert per_bin["Hot spot, 99 % confidence"] == sum(f["gi_bin"] == 3 for f in feats)
    assert per_bin["Not significant"] == sum(f["gi_bin"] == 0 for f in feats)
    assert sum(per_bin.values()) == 80
    headline = re.search(r'class="headline">([^<]*)', page).group(1)
    assert headline.startswith("{} of 80 cells are hot spots at 99 % confidence".format(per_bin[
        "Hot spot, 99 % confidence"])) and hot[0]["cell_code"] in headline
    data = report_data(page)
    assert data["cells"] == 80 and data["gi_bin_counts"]["3"] == per_bin["Hot spot, 99 % confidence"]
    assert data["language"] == "en" and data["title"] == "Hotspot grid — pts (value)"
    assert 'width="900"' in page  # the map, no wider than the page


def test_hotspot_note_without_hot_spot_says_so(run_alg, tmp_path):
    aoi = polygon_layer(rect(X0, Y0, X0 + 6000, Y0 + 6000))
    rng = np.random.default_rng(1)
    xy = [(X0 + rng.uniform(0, 6000), Y0 + rng.uniform(0, 6000)) for _ in range(150)]
    result = run_alg("hotspotgrid", {"AOI": aoi, "CELL_SIZE": 1000.0, "POINTS": point_layer(xy, [40.0] * 150),
                                     "VALUE_FIELD": "value", "DISTANCE": 1500.0, "OUTPUT": "memory:",
                                     "REPORT": str(tmp_path / "flat.html")})
    page = open(result["REPORT"], encoding="utf-8").read()
    assert "No cell is a hot spot at 95 % or 99 % confidence" in page
    assert section_rows(page, "Where to put sensors") == []


@pytest.fixture
def china_time(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_fetch_note_counts_and_local_time(run_alg, sta_server, tmp_path, china_time):
    result = run_alg("fetchstations", {"URL": sta_server.url, "API_TYPE": 0, "NETWORK": 2, "OUTPUT": "memory:",
                                       "REPORT": str(tmp_path / "stations.html")})
    page = open(result["REPORT"], encoding="utf-8").read()
    data = report_data(page)
    seed = sta_server.seed["stations"]
    for network in ("air", "water"):
        assert data["stations_per_network"][network]["stations"] == sum(s["network"] == network for s in seed)
        levels = {}
        for f in result["OUTPUT"].getFeatures():
            if f["network"] == network and f["parameter"] == next(
                    d["parameter"] for s in seed if s["code"] == f["code"] for d in s["datastreams"][:1]):
                levels[str(f["level"])] = levels.get(str(f["level"]), 0) + 1
        assert data["stations_per_network"][network]["per_level"] == levels
    newest = max(dt.datetime.strptime(d["times"][-1][:19], "%Y-%m-%dT%H:%M:%S") for s in seed for d in s["datastreams"])
    local = (newest + dt.timedelta(hours=8)).strftime("%Y-%m-%d %H:%M") + " CST"
    headline = html.unescape(re.search(r'class="headline">([^<]*)', page).group(1))
    assert headline.startswith("{} stations read from 127.0.0.1".format(len(seed))) and local in headline
    assert data["newest_reading_utc"] == newest.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert data["stations_kept"] == len(seed) and data["algorithm"] == "ecosupervision:fetchstations"
    rows = {r[0]: r for r in section_rows(page, "Stations per network")}
    assert rows["Air"][1] == str(sum(s["network"] == "air" for s in seed)) and rows["Air"][4] == local


def test_outputs_titled_with_the_main_input(eco_provider, tmp_path):
    from qgis import processing
    from qgis.core import QgsApplication, QgsProcessingOutputLayerDefinition

    aoi, points = planted(two_spots=False)
    points.setName("air_readings")
    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    params = {"AOI": aoi, "CELL_SIZE": 1000.0, "POINTS": points, "VALUE_FIELD": "value",
              "OUTPUT": QgsProcessingOutputLayerDefinition(str(tmp_path / "g.gpkg"), project),
              "REPORT": str(tmp_path / "r.json")}
    result = processing.run("ecosupervision:hotspotgrid", params, context=context, feedback=QgsProcessingFeedback())
    assert context.willLoadLayerOnCompletion(result["OUTPUT"])
    assert context.layerToLoadOnCompletionDetails(result["OUTPUT"]).name == "Hotspot grid — air_readings (value)"
    assert json.load(open(result["REPORT"], encoding="utf-8"))["title"] == "Hotspot grid — air_readings (value)"
    for alg in QgsApplication.processingRegistry().providerById("ecosupervision").algorithms():
        assert alg.parameterDefinition("REPORT").description() == "Planning note — {}".format(alg.displayName())
