"""Bad input for ecosupervision:emergencycoverage, as a demanding planner would feed it, through processing.run.

Each case asserts either a QgsProcessingException with a planner's message (no traceback text) or a warning
in the feedback log plus a result checked by hand, and that the input layers are unchanged. Network: a
10 km straight road at 60 km/h (one minute per kilometre) from x = 0 to x = 10,000 m, and a separate 1 km
road island at x = 50 km. Depot A at x = 0, depot B at x = 10,000; source S1 at x = 3,000 (A: 3 min, B: 7 min).
"""

import pytest
from helpers.emergency_data import (
    DEPOT_FIELDS,
    ROAD_FIELDS,
    SOURCE_FIELDS,
    Feedback,
    assert_planner_message,
    depots,
    features,
    layer_from,
    line,
    pt,
    refused,
    reproject,
    roads,
    sources,
    unchanged,
)
from qgis.core import QgsProcessingException

ALG = "emergencycoverage"


def params(tmp_path, r, d, s, **extra):
    p = {"ROADS": r, "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway", "DEFAULT_SPEED": 60.0,
         "DEPOTS": d, "DEPOT_NAME_FIELD": "name", "TEAMS_FIELD": "teams", "READINESS_FIELD": "ready",
         "RISK_SOURCES": s, "RISK_WEIGHT_FIELD": "w", "THRESHOLDS": "5,10", "REQUIRED_RESPONDERS": 2,
         "MAX_SNAP_DISTANCE": 500.0, "OUTPUT": str(tmp_path / "out.gpkg"),
         "SERVICE_AREAS": str(tmp_path / "areas.gpkg"), "SERVICE_AREA_POLYGONS": str(tmp_path / "polys.gpkg"),
         "REPORT": str(tmp_path / "report.json")}
    p.update(extra)
    return p


def run_ok(run_alg, p, *layers):
    feedback = Feedback()
    with unchanged(*layers):
        result = run_alg(ALG, p, feedback=feedback)
    rows = {f["name"]: f for f in features(result["OUTPUT"])}
    return result, rows, feedback


# -- refused -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("empty", ["ROADS", "DEPOTS", "RISK_SOURCES"])
def test_empty_layer_is_refused(run_alg, tmp_path, empty):
    layers = {"ROADS": roads(), "DEPOTS": depots(), "RISK_SOURCES": sources()}
    kind = {"ROADS": ("LineString", ROAD_FIELDS), "DEPOTS": ("Point", DEPOT_FIELDS),
            "RISK_SOURCES": ("Point", SOURCE_FIELDS)}[empty]
    layers[empty] = layer_from(kind[0], kind[1], [])
    refused(run_alg, ALG, params(tmp_path, layers["ROADS"], layers["DEPOTS"], layers["RISK_SOURCES"]),
            r"has no features", list(layers.values()))


@pytest.mark.parametrize("which", ["ROADS", "DEPOTS", "RISK_SOURCES"])
def test_layer_with_only_null_geometries_is_refused(run_alg, tmp_path, which):
    layers = {
        "ROADS": layer_from("LineString", ROAD_FIELDS, [(None, [60.0, 0])] * 2) if which == "ROADS" else roads(),
        "DEPOTS": depots([(None, ["A", 1, 0.0])]) if which == "DEPOTS" else depots(),
        "RISK_SOURCES": sources([(None, ["S1", 1.0])]) if which == "RISK_SOURCES" else sources(),
    }
    refused(run_alg, ALG, params(tmp_path, layers["ROADS"], layers["DEPOTS"], layers["RISK_SOURCES"]),
            r"has a usable point geometry|no feature with a geometry|no usable lines", list(layers.values()))


@pytest.mark.parametrize("text, pattern", [
    ("0", r"positive"), ("-30", r"positive"), ("abc", r"not a number"), ("", r"at least one|threshold"),
])
def test_bad_thresholds_are_refused(run_alg, tmp_path, text, pattern):
    r, d, s = roads(), depots(), sources()
    refused(run_alg, ALG, params(tmp_path, r, d, s, THRESHOLDS=text), pattern, [r, d, s])


@pytest.mark.parametrize("teams, pattern", [
    ((0, 0), r"no depot has a team"), ((-1, 1), r"team counts must be whole numbers, zero or more"),
])
def test_bad_team_counts_are_refused(run_alg, tmp_path, teams, pattern):
    r, s = roads(), sources()
    d = depots([(pt(0, 0), ["A", teams[0], 0.0]), (pt(10000, 0), ["B", teams[1], 0.0])])
    refused(run_alg, ALG, params(tmp_path, r, d, s), pattern, [r, d, s])


def test_negative_readiness_is_refused(run_alg, tmp_path):
    r, s = roads(), sources()
    d = depots([(pt(0, 0), ["A", 1, -5.0]), (pt(10000, 0), ["B", 1, 0.0])])
    refused(run_alg, ALG, params(tmp_path, r, d, s), r"readiness.*zero or positive", [r, d, s])


def test_empty_candidate_layer_is_refused(run_alg, tmp_path):
    r, d, s = roads(), depots(), sources()
    cands = layer_from("Point", ["name:string"], [])
    refused(run_alg, ALG, params(tmp_path, r, d, s, CANDIDATES=cands, NEW_DEPOT_COUNT=1),
            r"candidate", [r, d, s, cands])


# -- warnings and sensible results ---------------------------------------------------------------------------


def test_thresholds_with_an_empty_item_are_read(run_alg, tmp_path):
    r, d, s = roads(), depots(), sources()
    result, rows, _ = run_ok(run_alg, params(tmp_path, r, d, s, THRESHOLDS="10,,5"), r, d, s)
    assert rows["S1"]["first_min"] == pytest.approx(3.0) and rows["S1"]["second_min"] == pytest.approx(7.0)
    assert (rows["S1"]["twice_5"], rows["S1"]["twice_10"]) == (0, 1)


def test_some_null_geometries_are_skipped_with_a_warning(run_alg, tmp_path):
    r = layer_from("LineString", ROAD_FIELDS, [(line((0, 0), (10000, 0)), [60.0, 0]), (None, [60.0, 0])])
    d = depots([(pt(0, 0), ["A", 1, 0.0]), (None, ["X", 1, 0.0]), (pt(10000, 0), ["B", 1, 0.0])])
    s = sources([(pt(3000, 0), ["S1", 1.0]), (None, ["S0", 1.0])])
    _, rows, fb = run_ok(run_alg, params(tmp_path, r, d, s), r, d, s)
    assert set(rows) == {"S1"}
    assert rows["S1"]["first_depot"] == "A" and rows["S1"]["second_depot"] == "B"
    assert "not usable lines and were skipped" in fb.text() and "no usable geometry and were skipped" in fb.text()


def test_null_and_zero_speeds_take_the_default_with_a_warning(run_alg, tmp_path):
    r = roads(speeds=(None, 0.0, 60.0))
    d, s = depots(), sources()
    _, rows, fb = run_ok(run_alg, params(tmp_path, r, d, s, DEFAULT_SPEED=30.0, THRESHOLDS="20"), r, d, s)
    # 30 km/h on the main road: two minutes per kilometre.
    assert rows["S1"]["first_min"] == pytest.approx(6.0) and rows["S1"]["second_min"] == pytest.approx(14.0)
    assert "null or zero speed" in fb.text()


def test_depot_far_from_any_road_cannot_respond(run_alg, tmp_path):
    r, s = roads(), sources()
    d = depots([(pt(0, 0), ["A", 1, 0.0]), (pt(10000, 0), ["B", 1, 0.0]), (pt(3000, 20000), ["Far", 3, 0.0])])
    _, rows, fb = run_ok(run_alg, params(tmp_path, r, d, s), r, d, s)
    assert rows["S1"]["second_depot"] == "B" and rows["S1"]["teams_10"] == 2
    assert "farther than 500.0 m from any road" in fb.text() and "Far" in fb.text()


def test_all_depots_far_from_roads_leave_everything_uncovered_with_a_warning(run_alg, tmp_path):
    r, s = roads(), sources()
    d = depots([(pt(0, 20000), ["A", 1, 0.0]), (pt(10000, 20000), ["B", 1, 0.0])])
    _, rows, fb = run_ok(run_alg, params(tmp_path, r, d, s), r, d, s)
    assert all(row["once_10"] == 0 and row["first_depot"] is None for row in rows.values())
    assert "cannot respond" in fb.text()


def test_source_on_a_road_island_is_isolated_not_covered(run_alg, tmp_path):
    r, d = roads(), depots()
    s = sources([(pt(3000, 0), ["S1", 1.0]), (pt(50500, 0), ["Island", 5.0])])
    _, rows, fb = run_ok(run_alg, params(tmp_path, r, d, s, THRESHOLDS="600"), r, d, s)
    assert rows["Island"]["status"] == "isolated" and rows["Island"]["once_600"] == 0
    assert rows["S1"]["status"] == "covered"
    assert "not connected to any depot" in fb.text()


def test_all_sources_unreachable_give_zero_coverage(run_alg, tmp_path):
    import json

    r, d = roads(), depots()
    s = sources([(pt(50200, 0), ["I1", 1.0]), (pt(50800, 0), ["I2", 1.0]), (pt(3000, 9000), ["Off", 1.0])])
    result, rows, fb = run_ok(run_alg, params(tmp_path, r, d, s), r, d, s)
    assert {k: v["status"] for k, v in rows.items()} == {"I1": "isolated", "I2": "isolated", "Off": "off_network"}
    with open(result["REPORT"], encoding="utf-8") as f:
        report = json.load(f)
    assert [c["weight_covered_once"] for c in report["coverage_by_threshold"]] == [0.0, 0.0]
    assert len(report["uncovered_sources"]) == 3
    assert "not connected" in fb.text() and "farther than the maximum snap distance" in fb.text()


def test_roads_in_geographic_crs_are_reprojected(run_alg, tmp_path):
    r, d, s = reproject(roads(), "EPSG:4326"), depots(), sources()
    _, rows, fb = run_ok(run_alg, params(tmp_path, r, d, s), r, d, s)
    # UTM zone 50 (central meridian 117E, scale 0.9996) instead of the Gauss-Krüger plane: within 0.1 %.
    assert rows["S1"]["first_min"] == pytest.approx(3.0, rel=1e-3)
    assert rows["S1"]["second_min"] == pytest.approx(7.0, rel=1e-3)
    assert "EPSG:326" in fb.text()


def test_more_new_depots_than_candidates(run_alg, tmp_path):
    # S1 (A 3 min, B 7 min) and S2 (B 3 min, A 7 min) are covered once within 5 min; C1 at x = 1,500 gives S1
    # a second team (1.5 min; S2 5.5 min), C2 at x = 8,500 gives S2 one: both are needed for double coverage.
    r, d = roads(), depots()
    s = sources([(pt(3000, 0), ["S1", 1.0]), (pt(7000, 0), ["S2", 1.0])])
    cands = layer_from("Point", ["name:string"], [(pt(1500, 0), ["C1"]), (pt(8500, 0), ["C2"])])
    result, rows, fb = run_ok(run_alg, params(tmp_path, r, d, s, CANDIDATES=cands, NEW_DEPOT_COUNT=5,
                                              THRESHOLDS="5", NEW_DEPOTS=str(tmp_path / "new.gpkg")), r, d, s, cands)
    chosen = {f["name"] for f in features(result["NEW_DEPOTS"])}
    assert chosen == {"C1", "C2"}
    assert "only 2 candidate" in fb.text().lower()


def test_null_team_count_counts_as_one_team_with_a_warning(run_alg, tmp_path):
    r, s = roads(), sources()
    d = depots([(pt(0, 0), ["A", None, None]), (pt(10000, 0), ["B", 1, 0.0])])
    _, rows, fb = run_ok(run_alg, params(tmp_path, r, d, s), r, d, s)
    assert rows["S1"]["first_depot"] == "A" and rows["S1"]["teams_10"] == 2
    assert "null team count" in fb.text() and "null readiness" in fb.text()


# -- cancel and progress -------------------------------------------------------------------------------------


def test_cancel_stops_the_run(run_alg, tmp_path):
    r, d, s = roads(), depots(), sources()
    feedback = Feedback(cancel_at=12)
    with pytest.raises(QgsProcessingException) as info:
        run_alg(ALG, params(tmp_path, r, d, s), feedback=feedback)
    assert "cancel" in str(info.value).lower()
    assert_planner_message(str(info.value))
    assert feedback.cancelled_at is not None and max(feedback.progress) < 100


def test_progress_reaches_100(run_alg, tmp_path):
    r, d, s = roads(), depots(), sources()
    cands = layer_from("Point", ["name:string"], [(pt(9500, 0), ["C1"])])
    feedback = Feedback()
    run_alg(ALG, params(tmp_path, r, d, s, CANDIDATES=cands, NEW_DEPOT_COUNT=1), feedback=feedback)
    assert feedback.progress and max(feedback.progress) == pytest.approx(100.0)
    assert feedback.progress == sorted(feedback.progress)


# -- issue 13: snapping tolerance, absurd thresholds, service-area polygon areas ------------------------------


def test_snapping_tolerance_as_long_as_the_roads_is_refused(run_alg, tmp_path):
    # Every vertex merges into one node: no road segment is left (was an IndexError traceback).
    r, d, s = roads(), depots(), sources()
    message = refused(run_alg, ALG, params(tmp_path, r, d, s, SNAP_TOLERANCE=100000.0), r"snapping tolerance",
                      [r, d, s])
    assert "100000 m" in message


@pytest.mark.parametrize("text", ["1e308", "30,1e9", "20000"])
def test_absurd_thresholds_are_refused_without_a_numpy_warning(run_alg, tmp_path, text):
    import warnings

    r, d, s = roads(), depots(), sources()
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        refused(run_alg, ALG, params(tmp_path, r, d, s, THRESHOLDS=text), r"longer than a week", [r, d, s])


def _polygon_areas(result):
    return {(f["depot"], f["threshold_min"]): f for f in features(result["SERVICE_AREA_POLYGONS"])}


@pytest.mark.parametrize("buffer_m", [1.0, 50.0, 200.0])
def test_polygon_area_equals_the_exact_buffer_of_the_reached_road(run_alg, tmp_path, buffer_m):
    # A reaches x in [0, 5 km] within 5 min and the whole 10 km within 10 min: the exact buffer of a straight
    # road of length L is a capsule, 2 r L + pi r^2 (issue 13 #15: 1 m gave 35 times the area, 200 m +9.5 %).
    import json
    import math

    r, d, s = roads(), depots(), sources()
    result, _, _ = run_ok(run_alg, params(tmp_path, r, d, s, POLYGON_BUFFER=buffer_m), r, d, s)
    polys = _polygon_areas(result)
    rows = {(row["depot"], row["threshold_min"]): row
            for row in json.load(open(result["REPORT"], encoding="utf-8"))["service_areas"]}
    for (depot, minutes), length in {("A", 5.0): 5000.0, ("A", 10.0): 10000.0, ("B", 10.0): 10000.0}.items():
        exact = (2 * buffer_m * length + math.pi * buffer_m ** 2) / 1e6
        area = polys[(depot, minutes)]["_geom"].area() / 1e6
        assert area == pytest.approx(exact, rel=0.01)
        row = rows[(depot, minutes)]
        assert row["area_km2"] == pytest.approx(exact, rel=0.01)
        assert abs(area - exact) <= row["area_error_bound_km2"] + 1e-6
        assert 0 < row["boundary_error_m"] <= 0.3 * buffer_m


def test_small_buffer_over_a_large_area_is_exact(run_alg, tmp_path):
    # Two 10 km roads meeting at a right angle, 1 m buffer: a raster tied to the buffer would need 2e9 cells, so
    # the lines are buffered exactly. Union of two capsules meeting at their ends:
    # 4 r L + 2 pi r^2 - r^2 (1 + 3 pi / 4).
    import json
    import math

    r = layer_from("LineString", ROAD_FIELDS, [(line((0, 0), (10000, 0)), [60.0, 0]),
                                               (line((0, 0), (0, 10000)), [60.0, 0])])
    d = depots([(pt(0, 0), ["A", 1, 0.0])])
    s = sources([(pt(3000, 0), ["S1", 1.0])])
    result, _, _ = run_ok(run_alg, params(tmp_path, r, d, s, POLYGON_BUFFER=1.0, THRESHOLDS="10",
                                          REQUIRED_RESPONDERS=1), r, d, s)
    area = _polygon_areas(result)[("A", 10.0)]["_geom"].area()
    assert area == pytest.approx(4 * 10000.0 + 2 * math.pi - (1 + 3 * math.pi / 4), rel=1e-3)
    row = json.load(open(result["REPORT"], encoding="utf-8"))["service_areas"][0]
    assert row["polygon_method"] == "exact" and row["boundary_error_m"] < 0.01


def test_default_buffer_around_a_diagonal_road_has_no_outward_bias(run_alg, tmp_path):
    # A 10 km road in a generic direction, the default 200 m buffer: the capsule 2 r L + pi r^2 within 1 %
    # (the marked-and-dilated raster cells were about +10 % off the axes, issue 13 #15).
    import math

    dx, dy = 9000.37, 4358.91
    r = layer_from("LineString", ROAD_FIELDS, [(line((0, 0), (dx, dy)), [60.0, 0])])
    d = depots([(pt(0, 0), ["A", 1, 0.0])])
    s = sources([(pt(3000, 0), ["S1", 1.0])])
    result, _, _ = run_ok(run_alg, params(tmp_path, r, d, s, THRESHOLDS="60", REQUIRED_RESPONDERS=1), r, d, s)
    exact = 2 * 200.0 * math.hypot(dx, dy) + math.pi * 200.0 ** 2
    assert _polygon_areas(result)[("A", 60.0)]["_geom"].area() == pytest.approx(exact, rel=0.01)
