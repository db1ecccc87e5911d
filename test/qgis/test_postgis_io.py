"""Inputs and outputs in PostGIS give exactly the GeoPackage runs' results (issue 13, first paragraph and item 1).

A throw-away PostgreSQL 15 + PostGIS server (Unix socket only, see helpers/postgis_server.py) holds the
sample city's layers, copied by GDAL with their fids. The same algorithm run once on the GeoPackage and
once on the PostGIS tables must write the same rows; an output written into a new PostGIS table must hold
the GeoPackage output's rows; an output table named like an input table is refused and the input is kept.
Without PostgreSQL/PostGIS the tests are skipped locally and FAIL in CI (the CI variable is set).
"""

import math
import os
import shutil
import sys
import tempfile

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from helpers import postgis_server  # noqa: E402
from helpers.io_qgis import SAMPLE_GPKG  # noqa: E402

pytestmark = pytest.mark.postgis

LAYERS = ("study_area", "air_readings", "rivers", "water_sections", "outfalls", "roads", "emergency_depots",
          "risk_sources")


@pytest.fixture(scope="session")
def pg():
    absent = postgis_server.missing()
    if absent:
        if os.environ.get("CI"):
            pytest.fail("PostGIS test cannot run in CI: " + absent)
        pytest.skip(absent)
    # Not under pytest's tmp_path: its parents are private to root, and the server runs as ``postgres``.
    folder = tempfile.mkdtemp(prefix="eco_postgis_")
    server = postgis_server.PostgisServer(folder)
    try:
        server.start()
        server.load_layers(SAMPLE_GPKG, LAYERS)
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def rows(source):
    """Sorted ``(attributes..., geometry WKT)`` of a layer (a path, a path|layername=…, or a postgres URI);
    the fid is left out (a new table numbers its own rows) and field names are compared separately."""
    if isinstance(source, QgsVectorLayer):
        layer = source
    elif source.startswith("postgres:") or "table=" in source and "dbname=" in source and "host=" in source:
        layer = QgsVectorLayer(source.split(":", 1)[1] if source.startswith("postgres:") else source, "x", "postgres")
    else:
        layer = QgsVectorLayer(source, "x", "ogr")
    assert layer.isValid(), source
    names = [f.name() for f in layer.fields() if f.name() != "fid"]
    out = []
    for feature in layer.getFeatures():
        values = tuple(_plain(feature[name]) for name in names)
        out.append(values + (feature.geometry().asWkt(),))
    return names, sorted(out, key=repr)


def _plain(value):
    if value is None or hasattr(value, "isNull") and value.isNull():
        return None
    if isinstance(value, float) and math.isnan(value):
        return "nan"
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime().isoformat()
    return value


def _run(run_alg, alg, params):
    return run_alg(alg, params, context=QgsProcessingContext(), feedback=QgsProcessingFeedback())


def hotspot_params(source, output, tmp_path, tag):
    return {"AOI": source("study_area"), "POINTS": source("air_readings"), "VALUE_FIELD": "PM2_5",
            "CELL_SIZE": 2000, "DISTANCE": 5000, "OUTPUT": output,
            "REPORT": str(tmp_path / "hotspot_{}.json".format(tag))}


def river_params(source, output, tmp_path, tag):
    return {"RIVERS": source("rivers"), "ELEVATION_FIELD": "elev_up_m", "ELEVATION_END_FIELD": "elev_down_m",
            "DISCHARGE_FIELD": "discharge_m3s", "VELOCITY_FIELD": "velocity_ms", "VELOCITY": 0.3,
            "SECTIONS": source("water_sections"), "SECTION_ID_FIELD": "section_id",
            "PARAMETERS": ["CODMn", "NH3N", "TP", "DO"], "SNAP_TOLERANCE": 300, "OUTFALLS": source("outfalls"),
            "OUTFALL_FLOW_FIELD": "flow_m3s", "METHOD": 0, "DECAY_RATES": "CODMn=0.2; NH3N=0.15; TP=0.05; DO=0",
            "CALIBRATE_DECAY": True, "SEGMENT_LENGTH": 1000, "OUTPUT": output,
            "SECTIONS_OUTPUT": str(tmp_path / "sections_{}.gpkg".format(tag)),
            "REPORT": str(tmp_path / "river_{}.json".format(tag))}


def emergency_params(source, output, tmp_path, tag):
    return {"ROADS": source("roads"), "SPEED_FIELD": "speed_kmh", "ROAD_CLASS_FIELD": "road_class",
            "DIRECTION_FIELD": "oneway", "DEPOTS": source("emergency_depots"), "DEPOT_NAME_FIELD": "name",
            "RISK_SOURCES": source("risk_sources"), "THRESHOLDS": "30,60", "OUTPUT": output,
            "SERVICE_AREAS": str(tmp_path / "areas_{}.gpkg".format(tag)),
            "SERVICE_AREA_POLYGONS": str(tmp_path / "polygons_{}.gpkg".format(tag)),
            "REPORT": str(tmp_path / "emergency_{}.json".format(tag))}


CASES = {"hotspotgrid": hotspot_params, "riverinterpolation": river_params, "emergencycoverage": emergency_params}
VECTOR_OUTPUTS = ("OUTPUT", "SECTIONS_OUTPUT", "SERVICE_AREAS", "SERVICE_AREA_POLYGONS")


def gpkg_source(name):
    return SAMPLE_GPKG + "|layername=" + name


@pytest.mark.parametrize("alg", sorted(CASES))
def test_postgis_inputs_give_the_geopackage_outputs(run_alg, pg, tmp_path, alg):
    build = CASES[alg]
    from_gpkg = _run(run_alg, alg, build(gpkg_source, str(tmp_path / "from_gpkg.gpkg"), tmp_path, "gpkg"))
    from_pg = _run(run_alg, alg, build(pg.source, str(tmp_path / "from_pg.gpkg"), tmp_path, "pg"))
    compared = [key for key in VECTOR_OUTPUTS if key in from_gpkg]
    assert "OUTPUT" in compared and sorted(compared) == sorted(key for key in VECTOR_OUTPUTS if key in from_pg)
    for key in compared:
        names, expected = rows(from_gpkg[key])
        got_names, got = rows(from_pg[key])
        assert got_names == names, key
        assert len(expected) > 0, key
        # Same numbers in, same arithmetic: the rows must be identical, floats included (no tolerance).
        assert got == expected, key


@pytest.mark.parametrize("form", ["postgres", "uri"])
def test_output_into_a_new_postgis_table_matches_the_geopackage(run_alg, pg, tmp_path, form):
    table = "hotspot_out_{}".format(form)
    uri = pg.uri(table)
    destination = "postgres://" + uri if form == "postgres" else "postgis:" + uri
    from_gpkg = _run(run_alg, "hotspotgrid",
                     hotspot_params(gpkg_source, str(tmp_path / "from_gpkg.gpkg"), tmp_path, "g"))
    _run(run_alg, "hotspotgrid", hotspot_params(pg.source, destination, tmp_path, "p"))
    assert pg.psql("SELECT to_regclass('public.{}') IS NOT NULL".format(table)).strip() == "t"
    names, expected = rows(from_gpkg["OUTPUT"])
    layer = QgsVectorLayer(uri, "out", "postgres")
    got_names, got = rows(layer)
    assert [n.lower() for n in got_names] == [n.lower() for n in names]
    assert got == expected


def table_digest(pg, table):
    return pg.psql("SELECT count(*), md5(string_agg(t::text, '|' ORDER BY fid)) FROM public.{} t".format(table))


@pytest.mark.parametrize("prefix", ["postgres://", "postgis:"])
@pytest.mark.parametrize("table", ["study_area", "air_readings"])
def test_output_table_named_like_an_input_table_is_refused(run_alg, pg, tmp_path, prefix, table):
    before = table_digest(pg, table)
    destination = prefix + pg.uri(table)
    with pytest.raises(QgsProcessingException, match="would overwrite the input"):
        _run(run_alg, "hotspotgrid", hotspot_params(pg.source, destination, tmp_path, "r"))
    assert table_digest(pg, table) == before
    assert not (tmp_path / "hotspot_r.json").exists()  # refused before any computation
