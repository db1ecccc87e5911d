"""Bad input for ecosupervision:riverinterpolation, through processing.run.

Each case asserts either a QgsProcessingException whose message names the problem in a planner's terms
(and carries no Python traceback text), or — where issues 4 and 5 ask for it — a warning in the feedback
log and a sensible result checked by hand. Every case also checks that the input layers are unchanged
(CRS, geometry type, feature count, attributes and geometries). A cancel test per algorithm stops the run
from the feedback's progressChanged signal; a success run must reach 100 %.
"""

import json
import re
import time

import pytest
from helpers.bad_input import (
    CRS,
    LogFeedback,
    assert_planner_message,
    features,
    layer_from,
    refused,
    reproject,
    unchanged,
)
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException

X0, Y0 = 500000.0, 3500000.0


def pt(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


def line(*xy):
    return QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x, Y0 + y) for x, y in xy])


def rect(x0, y0, x1, y1):
    return QgsGeometry.fromPolygonXY([[QgsPointXY(X0 + x, Y0 + y) for x, y in
                                       [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]]])


# -- riverinterpolation -------------------------------------------------------------------------------------------

RIVER_FIELDS = ["reach_id:integer", "q:double", "u:double"]
SECTION_FIELDS = ["name:string", "CODMn:double", "NH3N:double", "label:string"]


def y_rivers(q_a=2.0, q_b=6.0, crs=CRS, kind="LineString", geoms=None):
    """Two tributaries A and B (5 km each) meeting at (3000, 0), then C (6 km) to the outlet."""
    lines = geoms or [line((0, 4000), (3000, 0)), line((3000, -5000), (3000, 0)), line((3000, 0), (9000, 0))]
    return layer_from(kind, RIVER_FIELDS, [(g, [n + 1, q, 0.3]) for n, (g, q) in
                                           enumerate(zip(lines, (q_a, q_b, 8.0)))], crs=crs)


def y_sections(extra=(), crs=CRS):
    rows = [(pt(0, 4000), ["A", 2.0, 1.0, "a"]), (pt(3000, -5000), ["B", 6.0, 0.2, "b"])] + list(extra)
    return layer_from("Point", SECTION_FIELDS, rows, crs=crs)


def river_params(tmp_path, rivers, sections, **extra):
    p = {"RIVERS": rivers, "DISCHARGE_FIELD": "q", "VELOCITY_FIELD": "u", "SECTIONS": sections,
         "SECTION_ID_FIELD": "name", "PARAMETERS": ["CODMn", "NH3N"], "SNAP_TOLERANCE": 50.0, "METHOD": 0,
         "DECAY_RATES": "CODMn=0; NH3N=0", "CALIBRATE_DECAY": False, "SEGMENT_LENGTH": 1000.0,
         "WATER_BODY": 0, "TARGET_CLASS": 2, "OUTPUT": str(tmp_path / "seg.gpkg"),
         "SECTIONS_OUTPUT": str(tmp_path / "sec.gpkg"), "REPORT": str(tmp_path / "river.json")}
    p.update(extra)
    return p


def reach_values(path, field="CODMn"):
    out = {}
    for r in features(path):
        out.setdefault(r["reach_fid"], []).append(r[field])
    return out


def check_mixed_y(path, w_a=0.25):
    """Decay with K = 0: A carries 2, B carries 6, C the discharge-weighted mix."""
    values = reach_values(path)
    assert values[1] == pytest.approx([2.0] * len(values[1]))
    assert values[2] == pytest.approx([6.0] * len(values[2]))
    assert values[3] == pytest.approx([w_a * 2.0 + (1 - w_a) * 6.0] * 6)


def test_river_reference_y_network(run_alg, tmp_path):
    rivers, sections = y_rivers(), y_sections()
    feedback = LogFeedback()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections), feedback=feedback)
    check_mixed_y(res["OUTPUT"])  # (2·2 + 6·6)/8 = 5
    assert feedback.progress and max(feedback.progress) == pytest.approx(100.0)


def test_river_empty_and_null_geometry_layers(run_alg, tmp_path):
    rivers, sections = y_rivers(), y_sections()
    empty_rivers = layer_from("LineString", RIVER_FIELDS, [])
    refused(run_alg, "riverinterpolation", river_params(tmp_path, empty_rivers, sections), "rivers.*no features",
            [empty_rivers, sections])
    empty_sections = layer_from("Point", SECTION_FIELDS, [])
    refused(run_alg, "riverinterpolation", river_params(tmp_path, rivers, empty_sections),
            "sections.*no features", [rivers, empty_sections])
    null_rivers = layer_from("LineString", RIVER_FIELDS, [(None, [1, 2.0, 0.3])])
    refused(run_alg, "riverinterpolation", river_params(tmp_path, null_rivers, sections),
            "no usable lines|geometr", [null_rivers, sections])
    null_sections = layer_from("Point", SECTION_FIELDS, [(None, ["A", 1.0, 1.0, "a"])])
    refused(run_alg, "riverinterpolation", river_params(tmp_path, rivers, null_sections),
            "no section has a usable point geometry", [rivers, null_sections])


def test_river_disconnected_lines_are_separate_networks(run_alg, tmp_path):
    # A and B no longer reach C: three networks; each keeps its own section's value, C has none
    rivers = y_rivers(geoms=[line((0, 4000), (2900, 100)), line((3000, -5000), (3000, -100)),
                             line((3000, 0), (9000, 0))])
    sections = y_sections([(pt(9000, 0), ["C", 4.0, 0.5, "c"])])
    feedback = LogFeedback()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections, METHOD=1), feedback=feedback)
    assert "3 separate networks" in feedback.text()
    values = reach_values(res["OUTPUT"])
    assert values[1] == pytest.approx([2.0] * 5) and values[2] == pytest.approx([6.0] * 5)
    assert values[3] == pytest.approx([4.0] * 6)
    report = json.load(open(res["REPORT"], encoding="utf-8"))
    assert len(report["networks"]) == 3


def test_river_loop_is_cut_and_reported(run_alg, tmp_path):
    # A flows into a side loop L1 → L2 → L3 back to its start, and on into C
    rivers = y_rivers(geoms=[line((0, 4000), (3000, 0)), line((3000, 0), (4000, 1000)),
                             line((3000, 0), (9000, 0))])
    loop = [line((3000, 0), (4000, 1000)), line((4000, 1000), (3000, 2000)), line((3000, 2000), (3000, 0))]
    rivers = layer_from("LineString", RIVER_FIELDS,
                        [(line((0, 4000), (3000, 0)), [1, 2.0, 0.3]), (line((3000, 0), (9000, 0)), [3, 2.0, 0.3])]
                        + [(g, [10 + n, 1.0, 0.3]) for n, g in enumerate(loop)])
    sections = y_sections()
    feedback = LogFeedback()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections, METHOD=1), feedback=feedback)
    assert re.search(r"loop", feedback.text(), re.IGNORECASE), feedback.text()
    report = json.load(open(res["REPORT"], encoding="utf-8"))
    assert report["loops_cut_at_reach_fid"]
    values = reach_values(res["OUTPUT"])
    assert values[1] == pytest.approx([2.0] * 5) and values[2] == pytest.approx([2.0] * 6)


def test_river_section_10_km_away_is_listed(run_alg, tmp_path):
    rivers = y_rivers()
    sections = y_sections([(pt(9000, 10000), ["Far away", 9.0, 9.0, "f"])])
    feedback = LogFeedback()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections), feedback=feedback)
    assert re.search(r"1 section\(s\) are farther than 50(\.0)? m.*Far away", feedback.text()), feedback.text()
    report = json.load(open(res["REPORT"], encoding="utf-8"))
    assert report["sections_too_far"] == [{"section": "Far away", "distance_m": pytest.approx(10000.0, abs=0.1)}]
    check_mixed_y(res["OUTPUT"])


def test_river_negative_and_null_concentrations(run_alg, tmp_path):
    rivers = y_rivers()
    sections = y_sections([(pt(6000, 0), ["neg", -1.0, None, "n"])])
    feedback = LogFeedback()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections), feedback=feedback)
    text = feedback.text()
    assert re.search(r"CODMn: 0 section\(s\) with a null and 1 with a negative", text), text
    assert re.search(r"NH3N: 1 section\(s\) with a null and 0 with a negative", text), text
    check_mixed_y(res["OUTPUT"])  # the bad section did not reset C
    # a parameter with no usable value at all is refused by name
    bad = y_sections()
    bad = layer_from("Point", SECTION_FIELDS, [(pt(0, 4000), ["A", -2.0, 1.0, "a"]),
                                                (pt(3000, -5000), ["B", None, 0.2, "b"])])
    refused(run_alg, "riverinterpolation", river_params(tmp_path, rivers, bad), "CODMn.*no usable", [rivers, bad])


def test_river_unknown_and_text_parameters(run_alg, tmp_path):
    rivers, sections = y_rivers(), y_sections()
    msg = refused(run_alg, "riverinterpolation", river_params(tmp_path, rivers, sections, PARAMETERS=["label"]),
                  "label.*not GB 3838", [rivers, sections])
    assert "CODMn" in msg and "NH3N" in msg  # the names that are understood
    refused(run_alg, "riverinterpolation",
            river_params(tmp_path, rivers, sections, PARAMETERS=["label"], ALLOW_OTHER_PARAMETERS=True),
            "label.*not numeric", [rivers, sections])
    refused(run_alg, "riverinterpolation", river_params(tmp_path, rivers, sections, PARAMETERS=["TN_total"]),
            "TN_total", [rivers, sections])
    refused(run_alg, "riverinterpolation", river_params(tmp_path, rivers, sections, PARAMETERS=[]),
            "choose at least one parameter field", [rivers, sections])


@pytest.mark.parametrize("name, value, pattern", [
    ("SEGMENT_LENGTH", 0.0, r"segment length must be greater than 0 metres"),
    ("SEGMENT_LENGTH", -100.0, r"segment length must be greater than 0 metres"),
    ("SNAP_TOLERANCE", -1.0, r"snapping tolerance cannot be negative"),
    ("VELOCITY", 0.0, r"flow velocity must be greater than 0"),
])
def test_river_numbers_out_of_range(run_alg, tmp_path, name, value, pattern):
    rivers, sections = y_rivers(), y_sections()
    refused(run_alg, "riverinterpolation", river_params(tmp_path, rivers, sections, **{name: value}), pattern,
            [rivers, sections])


@pytest.mark.parametrize("q_b", [0.0, None])
def test_river_zero_or_missing_discharge_at_confluence(run_alg, tmp_path, q_b):
    rivers, sections = y_rivers(q_b=q_b), y_sections()
    feedback = LogFeedback()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections), feedback=feedback)
    assert re.search(r"zero or missing.*equal weights", feedback.text(), re.IGNORECASE), feedback.text()
    check_mixed_y(res["OUTPUT"], w_a=0.5)


def test_river_rivers_in_degrees(run_alg, tmp_path):
    rivers, sections = reproject(y_rivers(), "EPSG:4326"), y_sections()
    feedback = LogFeedback()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections), feedback=feedback)
    assert "EPSG:32650" in feedback.text()
    values = reach_values(res["OUTPUT"])
    assert values[3] == pytest.approx([5.0] * 6, abs=1e-6)


@pytest.mark.parametrize("kind", ["LineStringZ", "LineStringM", "LineStringZM"])
def test_river_z_m_geometries(run_alg, tmp_path, kind):
    geoms = []
    for coords in [((0, 4000), (3000, 0)), ((3000, -5000), (3000, 0)), ((3000, 0), (9000, 0))]:
        wkt_kind = kind.replace("LineString", "LINESTRING ").replace("ZM", "ZM").strip()
        extra = {"LineStringZ": " 100", "LineStringM": " 7", "LineStringZM": " 100 7"}[kind]
        geoms.append(QgsGeometry.fromWkt("{} ({})".format(
            wkt_kind, ", ".join("{} {}{}".format(X0 + x, Y0 + y, extra) for x, y in coords))))
    rivers, sections = y_rivers(kind=kind, geoms=geoms), y_sections()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections))
    check_mixed_y(res["OUTPUT"])


def test_river_multilinestring_reaches(run_alg, tmp_path):
    # every reach a MultiLineString; C in two touching parts
    geoms = [QgsGeometry.fromMultiPolylineXY([[QgsPointXY(X0 + x, Y0 + y) for x, y in part] for part in parts])
             for parts in ([[(0, 4000), (3000, 0)]], [[(3000, -5000), (3000, 0)]],
                           [[(3000, 0), (6000, 0)], [(6000, 0), (9000, 0)]])]
    rivers, sections = y_rivers(kind="MultiLineString", geoms=geoms), y_sections()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections))
    check_mixed_y(res["OUTPUT"])
    assert sum(r["length_m"] for r in features(res["OUTPUT"])) == pytest.approx(16000.0)


def test_river_segment_longer_than_reaches(run_alg, tmp_path):
    rivers, sections = y_rivers(), y_sections()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections, SEGMENT_LENGTH=50000.0))
    rows = features(res["OUTPUT"])
    assert sorted(r["length_m"] for r in rows) == pytest.approx([5000.0, 5000.0, 6000.0])
    assert sorted(r["CODMn"] for r in rows) == pytest.approx([2.0, 5.0, 6.0])


def test_river_single_section_with_kriging(run_alg, tmp_path):
    # one section cannot fit a covariance: flow-connected IDW is used instead, with a warning per parameter
    rivers = y_rivers()
    sections = layer_from("Point", SECTION_FIELDS, [(pt(0, 4000), ["A", 2.0, 1.0, "a"])])
    feedback = LogFeedback()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections, METHOD=2), feedback=feedback)
    for name in ("CODMn", "NH3N"):
        assert re.search(name + r": network 1 has only 1 section\(s\), too few to fit kriging; flow-connected IDW",
                         feedback.text()), feedback.text()
    assert "5 segment(s) have no flow-connected section" in feedback.text()
    values = reach_values(res["OUTPUT"])
    assert values[1] + values[3] == pytest.approx([2.0] * 11)  # A and below: the one section's value
    assert values[2] == [None] * 5  # tributary B is not flow-connected to A's section


def test_river_cancel_stops_promptly(run_alg, tmp_path):
    # a 400-reach comb so that the run takes a while
    rows = [(line((0, 0), (200000, 0)), [0, 100.0, 0.3])]
    for n in range(400):
        x = 500.0 * n
        rows.append((line((x, 5000), (x, 0)), [n + 1, 1.0, 0.3]))
    rivers = layer_from("LineString", RIVER_FIELDS, rows)
    sections = layer_from("Point", SECTION_FIELDS, [(pt(500.0 * n, 5000), ["s{}".format(n), 1.0 + n % 5, 0.5, ""])
                                                    for n in range(0, 400, 3)])
    feedback = LogFeedback(cancel_at=1.0)
    with unchanged(rivers, sections):
        with pytest.raises(QgsProcessingException) as info:
            run_alg("riverinterpolation", river_params(tmp_path, rivers, sections, METHOD=2, SEGMENT_LENGTH=50.0),
                    feedback=feedback)
    assert feedback.cancelled_at is not None
    assert re.search(r"cancel", str(info.value), re.IGNORECASE)
    assert_planner_message(str(info.value))
    assert time.perf_counter() - feedback.cancelled_at[1] < 5.0
    assert max(feedback.progress) < 50.0, feedback.progress


def test_river_sections_in_another_crs(run_alg, tmp_path):
    rivers, sections = y_rivers(), reproject(y_sections(), "EPSG:4326")
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections))
    check_mixed_y(res["OUTPUT"])


def test_no_traceback_text_in_known_messages():
    assert_planner_message("Layer area of interest has no features.")
    with pytest.raises(AssertionError):
        assert_planner_message('Traceback (most recent call last):\n  File "x.py", line 3\nValueError: boom')


def test_river_zero_length_line_and_bad_decay_rates(run_alg, tmp_path):
    # a stray zero-length line (two identical vertices, invalid for GEOS) next to the Y network
    rows = [(line((0, 4000), (3000, 0)), [1, 2.0, 0.3]), (line((3000, -5000), (3000, 0)), [2, 6.0, 0.3]),
            (line((3000, 0), (9000, 0)), [3, 8.0, 0.3]), (line((9500, 0), (9500, 0)), [4, 1.0, 0.3])]
    rivers, sections = layer_from("LineString", RIVER_FIELDS, rows), y_sections()
    feedback = LogFeedback()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections), feedback=feedback)
    check_mixed_y(res["OUTPUT"])
    assert 4 not in reach_values(res["OUTPUT"])
    assert "1 feature(s) of Rivers are not usable lines and were skipped" in feedback.text()
    refused(run_alg, "riverinterpolation", river_params(tmp_path, rivers, sections, DECAY_RATES="CODMn 0.2"),
            r"DECAY_RATES must look like", [rivers, sections])
    refused(run_alg, "riverinterpolation", river_params(tmp_path, rivers, sections, DECAY_RATES="CODMn=-0.2"),
            r"CODMn must be zero or positive", [rivers, sections])


def test_river_multipoint_sections_use_the_first_point(run_alg, tmp_path):
    rivers = y_rivers()
    rows = [(QgsGeometry.fromMultiPointXY([QgsPointXY(X0, Y0 + 4000), QgsPointXY(X0 + 3000, Y0 - 5000)]),
             ["A", 2.0, 1.0, "a"]), (QgsGeometry.fromMultiPointXY([QgsPointXY(X0 + 3000, Y0 - 5000)]),
                                     ["B", 6.0, 0.2, "b"])]
    sections = layer_from("MultiPoint", SECTION_FIELDS, rows)
    feedback = LogFeedback()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections), feedback=feedback)
    assert "1 multi-point feature(s) of Sections hold several points; only the first point" in feedback.text()
    check_mixed_y(res["OUTPUT"])


# -- issue 13 -------------------------------------------------------------------------------------------------


def test_river_huge_node_tolerance_names_the_node_tolerance(run_alg, tmp_path):
    rivers, sections = y_rivers(), y_sections()
    message = refused(run_alg, "riverinterpolation", river_params(tmp_path, rivers, sections, NODE_TOLERANCE=1e6),
                      r"node tolerance", [rivers, sections])
    assert "snapping" not in message.lower()


def test_river_idw_run_prints_no_kriging_warning(run_alg, tmp_path):
    # one section: kriging cannot be fitted, but an IDW run only cross-validates kriging
    rivers = y_rivers()
    sections = layer_from("Point", SECTION_FIELDS, [(pt(0, 4000), ["A", 2.0, 1.0, "a"])])
    feedback = LogFeedback()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections, METHOD=1), feedback=feedback)
    assert "kriging" not in feedback.text().lower(), feedback.text()
    report = json.load(open(res["REPORT"], encoding="utf-8"))
    assert any("too few to fit kriging" in n for n in report["cross_validation_notes"])
    assert not any("kriging" in w for w in report["warnings"])


@pytest.mark.parametrize("name", ["SEGMENT_LENGTH", "SNAP_TOLERANCE", "NODE_TOLERANCE", "VELOCITY", "IDW_POWER"])
@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_river_non_finite_numbers_are_refused(run_alg, tmp_path, name, value):
    rivers, sections = y_rivers(), y_sections()
    refused(run_alg, "riverinterpolation", river_params(tmp_path, rivers, sections, **{name: value}),
            r"{}|nan|inf".format(name.lower().replace("_", " ")), [rivers, sections])


def test_river_sections_output_is_optional(run_alg, tmp_path):
    rivers, sections = y_rivers(), y_sections()
    params = river_params(tmp_path, rivers, sections)
    del params["SECTIONS_OUTPUT"], params["REPORT"]
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", params)
    check_mixed_y(res["OUTPUT"])


def test_river_kriging_without_any_covariance_component(run_alg, tmp_path):
    rivers = y_rivers()
    sections = layer_from("Point", SECTION_FIELDS, [(pt(0, 4000), ["A", 2.0, 1.0, "a"])])
    with unchanged(rivers, sections):
        with pytest.raises(QgsProcessingException, match="Switch on at least one covariance component"):
            run_alg("riverinterpolation", river_params(tmp_path, rivers, sections, METHOD=2, TAIL_UP=0,
                                                       NUGGET=False))


def test_river_zones_without_kriging_are_reported(run_alg, tmp_path):
    rivers = y_rivers()
    sections = layer_from("Point", SECTION_FIELDS, [(pt(0, 4000), ["A", 2.0, 1.0, "a"])])
    zones = layer_from("Polygon", ["name:string"], [(rect(-1e5, -1e5, 1e5, 1e5), ["all"])])
    feedback = LogFeedback()
    with unchanged(rivers, sections):
        res = run_alg("riverinterpolation", river_params(tmp_path, rivers, sections, METHOD=1, ZONES=zones,
                                                         ZONES_OUTPUT=str(tmp_path / "z.gpkg")), feedback=feedback)
    assert "Reach and zone means need kriging" in feedback.text()
    assert "ZONES_OUTPUT" not in res
