"""ecosupervision:inspectiondraw through processing.run: registers as layers, outputs, report, bad input."""

import json

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from eco_supervision.processing_algorithms.qgis_io.sinks import qgs_field


def enterprises(n=40):
    layer = QgsVectorLayer("Point?crs=EPSG:4548", "enterprises", "memory")
    layer.dataProvider().addAttributes([qgs_field("code", QVariant.String), qgs_field("kind", QVariant.String),
                                        qgs_field("town", QVariant.String), qgs_field("skip", QVariant.Int),
                                        qgs_field("last", QVariant.String)])
    layer.updateFields()
    feats = []
    for i in range(n):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(500000 + 100 * i, 3000000)))
        f.setAttributes(["E{:02d}".format(i), ["重点", "一般"][i % 2], "T{}".format(i % 3), 1 if i == 0 else 0,
                         "O1，O2" if i % 5 == 0 else None])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def inspectors(n=6):
    layer = QgsVectorLayer("None", "officers", "memory")
    layer.dataProvider().addAttributes([qgs_field("oid", QVariant.String), qgs_field("unit", QVariant.String),
                                        qgs_field("home", QVariant.String)])
    layer.updateFields()
    feats = []
    for k in range(n):
        f = QgsFeature(layer.fields())
        f.setAttributes(["O{}".format(k + 1), "U", "T{}".format(k % 3)])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def params(tmp_path, **extra):
    p = {"ENTERPRISES": enterprises(), "ID_FIELD": "code", "STRATUM_FIELD": "kind", "RATES": "重点=50%; 一般=0.1",
         "DISTRICT_FIELD": "town", "EXCLUDE_FIELD": "skip", "LAST_INSPECTORS_FIELD": "last",
         "INSPECTORS": inspectors(), "OFFICER_ID_FIELD": "oid", "OFFICER_DISTRICT_FIELD": "home",
         "SEED": "2026-12-01 公示", "OUTPUT": "memory:", "TEAMS": "memory:", "REPORT": str(tmp_path / "draw.json")}
    p.update(extra)
    return p


def test_draw_writes_teams_that_keep_the_rules(run_alg, tmp_path):
    result = run_alg("inspectiondraw", params(tmp_path))
    drawn = list(result["OUTPUT"].getFeatures())
    eligible_key = sum(1 for i in range(40) if i % 2 == 0 and i != 0)  # E00 is excluded
    assert len(drawn) == round(0.5 * eligible_key + 1e-9) + int(0.1 * 20 + 0.5)
    home = {"O{}".format(k + 1): "T{}".format(k % 3) for k in range(6)}
    for f in drawn:
        team = f["officers"].split(", ")
        assert len(team) == 2 and f["code"] != "E00"
        assert all(home[o] != f["town"] for o in team)
        if f["last"]:
            assert not {"O1", "O2"} & set(team)
    loads = {f["officer_id"]: f["tasks"] for f in result["TEAMS"].getFeatures()}
    assert sum(loads.values()) == 2 * len(drawn)
    report = json.load(open(result["REPORT"], encoding="utf-8"))
    assert report["drawn"] == len(drawn) and report["load_cap"] == max(loads.values())
    assert len(report["verification"]["enterprise_register_sha256"]) == 64
    again = run_alg("inspectiondraw", params(tmp_path, REPORT=str(tmp_path / "again.json")))
    assert [f["code"] for f in again["OUTPUT"].getFeatures()] == [f["code"] for f in drawn]


def test_html_report_reads_as_a_note(run_alg, tmp_path):
    result = run_alg("inspectiondraw", params(tmp_path, REPORT=str(tmp_path / "draw.html")))
    text = open(result["REPORT"], encoding="utf-8").read()
    assert "2026-12-01 公示" in text and "SHA-256" in text and "<svg" in text


@pytest.mark.parametrize("change, message", [
    ({"RATES": "重点=1.5; 一般=0.1"}, "between 0 and 1"),
    ({"RATES": "重点=0.5"}, "No rate for the strata"),
    ({"RATES": "重点"}, "name=value"),
    ({"SEED": " "}, "seed"),
])
def test_bad_input_is_explained(run_alg, tmp_path, change, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("inspectiondraw", params(tmp_path, **change))


def line_layer(lines, speed=30.0):
    layer = QgsVectorLayer("LineString?crs=EPSG:4548", "roads", "memory")
    layer.dataProvider().addAttributes([qgs_field("kmh", QVariant.Double)])
    layer.updateFields()
    feats = []
    for pts in lines:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in pts]))
        f.setAttributes([speed])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def office_layer(x, y):
    layer = QgsVectorLayer("Point?crs=EPSG:4548", "office", "memory")
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
    layer.dataProvider().addFeatures([f])
    return layer


def test_day_routes_along_one_road_take_the_analytic_time(run_alg, tmp_path):
    """Every enterprise lies on one straight 30 km/h road east of the office: the best day goes out to the
    farthest inspection and back, 2·(x_max − x_office) / v of travel, whatever the order found."""
    roads = line_layer([[(499000, 3000000), (502000, 3000000)], [(502000, 3000000), (505000, 3000000)]])
    result = run_alg("inspectiondraw", params(
        tmp_path, ROADS=roads, SPEED_FIELD="kmh", OFFICE=office_layer(499500, 3000000), SERVICE_MINUTES=30,
        MAX_DAY_HOURS=0, ROUTES="memory:", STOPS="memory:"))
    drawn = {f["code"]: f for f in result["OUTPUT"].getFeatures()}
    x_of = {code: 500000 + 100 * int(code[1:]) for code in drawn}
    tasks = {}
    for code, f in drawn.items():
        for officer in f["officers"].split(", "):
            tasks.setdefault(officer, set()).add(code)
    routes = list(result["ROUTES"].getFeatures())
    assert {f["officer_id"] for f in routes} == set(tasks)
    for f in routes:
        codes = [part.split(" ")[0] for part in f["stop_order"].split(" → ")]
        assert set(codes) == tasks[f["officer_id"]] and f["stops"] == len(codes)
        far = max(x_of[c] for c in codes) - 499500
        assert f["travel_h"] == pytest.approx(2 * far / (30 / 3.6) / 3600, abs=2e-3)
        assert f["service_h"] == pytest.approx(0.5 * len(codes), abs=1e-6)
        assert f["km"] == pytest.approx(2 * far / 1000, abs=1e-3)
        assert f.geometry().length() == pytest.approx(2 * far, abs=1e-3)
        assert f["leave"] == "08:30"
    stops = list(result["STOPS"].getFeatures())
    assert len(stops) == 2 * len(drawn)
    report = json.load(open(result["REPORT"], encoding="utf-8"))
    assert report["routes"]["visits"] == 2 * len(drawn) and report["routes"]["unreachable_tasks"] == []


def test_working_day_splits_routes_into_days(run_alg, tmp_path):
    roads = line_layer([[(499000, 3000000), (505000, 3000000)]], speed=20.0)
    result = run_alg("inspectiondraw", params(
        tmp_path, ROADS=roads, SPEED_FIELD="kmh", OFFICE=office_layer(499500, 3000000), SERVICE_MINUTES=90,
        MAX_DAY_HOURS=4, ROUTES="memory:"))
    routes = list(result["ROUTES"].getFeatures())
    assert all(f["total_h"] <= 4 + 1e-6 for f in routes)
    by_officer = {}
    for f in routes:
        by_officer.setdefault(f["officer_id"], []).append(f)
    loads = {f["officer_id"]: f["tasks"] for f in result["TEAMS"].getFeatures()}
    for officer, days in by_officer.items():
        assert sorted(f["day"] for f in days) == list(range(1, len(days) + 1))
        assert sum(f["stops"] for f in days) == loads[officer]
        assert len(days) >= -(-loads[officer] // 2)  # 90 min each: at most two inspections fit in 4 h


@pytest.mark.parametrize("change, message", [
    ({"OFFICE": None}, "both the road network"),
    ({"DAY_START": "8h"}, "clock time"),
    ({"OFFICE": "far"}, "farther than"),
    ({"ENTERPRISES": "table"}, "table without geometry"),
])
def test_bad_route_input_is_explained(run_alg, tmp_path, change, message):
    extra = {"ROADS": line_layer([[(499000, 3000000), (505000, 3000000)]]), "OFFICE": office_layer(499500, 3000000)}
    extra.update(change)
    if extra["OFFICE"] == "far":
        extra["OFFICE"] = office_layer(400000, 3000000)
    if extra.get("ENTERPRISES") == "table":
        table = QgsVectorLayer("None", "register", "memory")
        table.dataProvider().addAttributes(enterprises().fields().toList())
        table.updateFields()
        table.dataProvider().addFeatures([QgsFeature(f) for f in enterprises().getFeatures()])
        extra["ENTERPRISES"] = table
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("inspectiondraw", params(tmp_path, **{k: v for k, v in extra.items() if v is not None}))


def test_enterprises_on_a_detached_road_are_reported_unreachable(run_alg, tmp_path):
    roads = line_layer([[(499000, 3000000), (502000, 3000000)], [(503000, 3000000), (505000, 3000000)]])
    result = run_alg("inspectiondraw", params(
        tmp_path, ROADS=roads, SPEED_FIELD="kmh", OFFICE=office_layer(499500, 3000000), ROUTES="memory:",
        REPORT=str(tmp_path / "cut.json")))
    drawn = [f["code"] for f in result["OUTPUT"].getFeatures()]
    # an enterprise at x joins the nearer road piece: the detached one from 503,000 when x − 502,000 > 503,000 − x
    detached = sorted(c for c in drawn if 500000 + 100 * int(c[1:]) > 502500)
    assert detached  # the draw picks some of them
    report = json.load(open(result["REPORT"], encoding="utf-8"))
    assert report["routes"]["unreachable_tasks"] == detached
    routed = {part.split(" ")[0] for f in result["ROUTES"].getFeatures() for part in f["stop_order"].split(" → ")}
    assert routed == set(drawn) - set(detached)
