"""ecosupervision:emergencycoverage end to end through qgis_process.bin (files in, GeoPackage/JSON out)."""

import json
import os
import sqlite3

CRS = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4548"}}
X0, Y0 = 500000.0, 3500000.0
HELSINKI = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "Helsinki.osm.pbf")


def geojson(path, features):
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "crs": CRS, "features": features}, f)
    return str(path)


def point(x, y, **props):
    return {"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [X0 + x, Y0 + y]}}


def write_inputs(tmp_path):
    # 10 km road at 60 km/h (one minute per kilometre), digitised west to east.
    road = {"type": "Feature", "properties": {"speed_kmh": 60, "oneway": 0},
            "geometry": {"type": "LineString", "coordinates": [[X0 + 1000 * i, Y0] for i in range(11)]}}
    roads = geojson(tmp_path / "roads.geojson", [road])
    depots = geojson(tmp_path / "depots.geojson", [point(0, 0, name="A", teams=1, readiness_min=5),
                                                   point(10000, 0, name="B", teams=1, readiness_min=0)])
    sources = geojson(tmp_path / "sources.geojson", [point(3000, 0, name="s1", risk_weight=2),
                                                     point(6000, 0, name="s2", risk_weight=1)])
    return roads, depots, sources


def test_cli_run_with_known_times(qgis_process, tmp_path):
    roads, depots, sources = write_inputs(tmp_path)
    out = str(tmp_path / "sources_out.gpkg")
    report = str(tmp_path / "report.json")
    answer = qgis_process(
        "run", "ecosupervision:emergencycoverage", "--",
        "ROADS=" + roads, "SPEED_FIELD=speed_kmh", "DIRECTION_FIELD=oneway",
        "DEPOTS=" + depots, "DEPOT_NAME_FIELD=name", "TEAMS_FIELD=teams", "READINESS_FIELD=readiness_min",
        "RISK_SOURCES=" + sources, "RISK_WEIGHT_FIELD=risk_weight", "THRESHOLDS=8,10", "REQUIRED_RESPONDERS=2",
        "OUTPUT=" + out, "SERVICE_AREAS=" + str(tmp_path / "areas.gpkg"),
        "SERVICE_AREA_POLYGONS=" + str(tmp_path / "polygons.gpkg"), "REPORT=" + report,
        json_output=True,
    )
    assert os.path.exists(out) and os.path.exists(report)
    assert answer["results"]["REPORT"] == report
    con = sqlite3.connect(out)
    table = con.execute("select table_name from gpkg_contents where data_type='features'").fetchone()[0]
    rows = {r[0]: r[1:] for r in con.execute(
        'select name, first_depot, first_min, second_depot, second_min, "twice_8", "twice_10" from "{}"'.format(table))}
    con.close()
    # s1: A = 5 + 3 = 8 min, B = 7 min -> first B (7), second A (8): twice within 8 and 10 minutes.
    assert rows["s1"][0] == "B" and abs(rows["s1"][1] - 7.0) < 1e-6
    assert rows["s1"][2] == "A" and abs(rows["s1"][3] - 8.0) < 1e-6
    assert rows["s1"][4:] == (1, 1)
    # s2: B = 4 min, A = 5 + 6 = 11 min, beyond the largest threshold: no second responder, once only.
    assert rows["s2"][0] == "B" and abs(rows["s2"][1] - 4.0) < 1e-6
    assert rows["s2"][2] is None and rows["s2"][4:] == (0, 0)
    data = json.load(open(report, encoding="utf-8"))
    by_t = {r["threshold_min"]: r for r in data["coverage_by_threshold"]}
    assert by_t[10.0]["weight_covered_twice"] == 2.0 and by_t[10.0]["weight_covered_once"] == 3.0
    # The style travels inside the GeoPackage.
    con = sqlite3.connect(out)
    styles = con.execute("select count(*) from layer_styles").fetchone()[0]
    con.close()
    assert styles >= 1


def test_cli_real_osm_roads(qgis_process, tmp_path):
    """The Helsinki .osm.pbf read directly (geographic), depots/sources as WGS 84 GeoJSON."""
    def wgs(lon, lat, **props):
        return {"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [lon, lat]}}

    depots = tmp_path / "depots.geojson"
    depots.write_text(json.dumps({"type": "FeatureCollection", "features": [
        wgs(24.9415, 60.1700, name="central", teams=2), wgs(24.9500, 60.1650, name="south", teams=1)]}))
    sources = tmp_path / "sources.geojson"
    sources.write_text(json.dumps({"type": "FeatureCollection", "features": [
        wgs(24.9380 + 0.002 * i, 60.1660 + 0.0015 * i, name="s{}".format(i)) for i in range(8)]}))
    report = str(tmp_path / "helsinki.json")
    qgis_process(
        "run", "ecosupervision:emergencycoverage", "--",
        "ROADS={}|layername=lines|subset=highway IS NOT NULL".format(HELSINKI), "ROAD_CLASS_FIELD=highway",
        "DEFAULT_SPEED=30", "DEPOTS=" + str(depots), "TEAMS_FIELD=teams", "RISK_SOURCES=" + str(sources),
        "THRESHOLDS=3,6", "REQUIRED_RESPONDERS=2", "OUTPUT=" + str(tmp_path / "out.gpkg"), "REPORT=" + report,
    )
    data = json.load(open(report, encoding="utf-8"))
    assert data["road_network"]["crs"] == "EPSG:32635"
    assert data["road_network"]["edges"] > 5000
    six = data["coverage_by_threshold"][-1]
    # The centre is about 1 km across: at 30 km/h (2 min/km) every source is reached within 6 minutes.
    assert six["sources_covered_once"] == 8
