"""Bad input for ecosupervision:hotspotgrid and ecosupervision:riverinterpolation, through processing.run.

Each case asserts either a QgsProcessingException whose message names the problem in a planner's terms
(and carries no Python traceback text), or — where issues 4 and 5 ask for it — a warning in the feedback
log and a sensible result checked by hand. Every case also checks that the input layers are unchanged
(CRS, geometry type, feature count, attributes and geometries). A cancel test per algorithm stops the run
from the feedback's progressChanged signal; a success run must reach 100 %.
"""

import contextlib
import json
import re
import time

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

CRS = "EPSG:4548"
X0, Y0 = 500000.0, 3500000.0

TRACEBACK_PATTERNS = [
    r"Traceback \(most recent call last\)",
    r'File ".*", line \d+',
    r"\b(Value|Type|Index|Key|Attribute|ZeroDivision|Runtime|Name|Overflow|LinAlg|Assertion)Error\b",
    r"\bnumpy\b|\bscipy\b|site-packages|\.py\b",
]


# -- helpers ---------------------------------------------------------------------------------------------------


def _plain(value):
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def snapshot(layer):
    """Everything a run could change in an input layer."""
    return (
        layer.crs().authid(),
        int(layer.wkbType()),
        layer.featureCount(),
        layer.fields().names(),
        [(f.id(), [_plain(v) for v in f.attributes()], f.geometry().asWkt(6)) for f in layer.getFeatures()],
    )


@contextlib.contextmanager
def unchanged(*layers):
    before = [snapshot(layer) for layer in layers]
    yield
    assert [snapshot(layer) for layer in layers] == before, "an input layer was modified"


def assert_planner_message(message):
    for pattern in TRACEBACK_PATTERNS:
        assert not re.search(pattern, message), "traceback-like text {!r} in: {}".format(pattern, message)


def refused(run_alg, alg, params, pattern, layers):
    """Run, expect a QgsProcessingException matching ``pattern`` and the inputs untouched; return the message."""
    with unchanged(*layers):
        with pytest.raises(QgsProcessingException) as info:
            run_alg(alg, params)
    message = str(info.value)
    assert re.search(pattern, message, re.IGNORECASE | re.DOTALL), message
    assert_planner_message(message)
    return message


class LogFeedback(QgsProcessingFeedback):
    """Collects pushInfo / pushWarning / reportError text and the progress values."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.infos, self.errors, self.progress = [], [], []
        self.cancel_at = cancel_at
        self.cancelled_at = None
        self.progressChanged.connect(self._on_progress)

    def _on_progress(self, value):
        self.progress.append(value)
        if self.cancel_at is not None and self.cancelled_at is None and value >= self.cancel_at:
            self.cancelled_at = (value, time.perf_counter())
            self.cancel()

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.infos.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)

    def text(self):
        return "\n".join(self.infos + self.errors)


def features(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    return [dict(zip(names, (_plain(v) for v in f.attributes())), _geom=f.geometry()) for f in layer.getFeatures()]


def layer_from(geometry_type, fields, rows, crs=CRS):
    """Memory layer; ``rows`` are (QgsGeometry or None, [attributes])."""
    uri = "{}?crs={}{}".format(geometry_type, crs, "".join("&field=" + f for f in fields))
    layer = QgsVectorLayer(uri, "input", "memory")
    assert layer.isValid(), uri
    feats = []
    for geometry, attrs in rows:
        f = QgsFeature(layer.fields())
        if geometry is not None:
            f.setGeometry(geometry)
        f.setAttributes(list(attrs))
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)
    return layer


def reproject(layer, crs):
    import processing

    return processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]


def pt(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


def line(*xy):
    return QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x, Y0 + y) for x, y in xy])


def rect(x0, y0, x1, y1):
    return QgsGeometry.fromPolygonXY([[QgsPointXY(X0 + x, Y0 + y) for x, y in
                                       [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]]])


# -- hotspotgrid -------------------------------------------------------------------------------------------------

POINT_FIELDS = ["value:double", "label:string", "time:string"]


def aoi_layer(geometry=None, crs=CRS):
    return layer_from("Polygon", ["name:string"], [(geometry or rect(0, 0, 5000, 4000), ["aoi"])], crs=crs)


def reading_rows(n_days=1):
    """Two readings per 1 km cell of a 5 × 4 km area; value = 10 + column + 5·row (+ day)."""
    rows = []
    for day in range(n_days):
        for i in range(5):
            for j in range(4):
                for dx in (250, 750):
                    rows.append((pt(i * 1000 + dx, j * 1000 + 500),
                                 [10.0 + i + 5 * j + day, "c{}{}".format(i, j), "2024-03-{:02d}".format(day + 1)]))
    return rows


def points_layer(rows=None, crs=CRS, kind="Point"):
    return layer_from(kind, POINT_FIELDS, reading_rows() if rows is None else rows, crs=crs)


def grid_params(tmp_path, aoi, points, **extra):
    p = {"AOI": aoi, "CELL_SIZE": 1000.0, "GRID_TYPE": 0, "POINTS": points, "VALUE_FIELD": "value",
         "AGGREGATION": 0, "NEIGHBOURHOOD": 0, "DISTANCE": 1500.0, "FDR": True, "TOP_PERCENT": 10.0,
         "OUTPUT": str(tmp_path / "grid.gpkg"), "REPORT": str(tmp_path / "grid.json")}
    p.update(extra)
    return p


def cell_values(path):
    return {(r["col"], r["row"]): r["value"] for r in features(path)}


def expected_cells():
    return {(500 + i, 3500 + j): 10.0 + i + 5 * j for i in range(5) for j in range(4)}


def test_hotspot_empty_layers(run_alg, tmp_path):
    aoi, pts = aoi_layer(), points_layer()
    empty_aoi = layer_from("Polygon", ["name:string"], [])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, empty_aoi, pts), "area of interest.*no features",
            [empty_aoi, pts])
    empty_pts = points_layer(rows=[])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, empty_pts), "points.*no features", [aoi, empty_pts])


def test_hotspot_null_geometries_only(run_alg, tmp_path):
    aoi, pts = aoi_layer(), points_layer()
    null_aoi = layer_from("Polygon", ["name:string"], [(None, ["a"]), (None, ["b"])])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, null_aoi, pts), "area of interest.*(no polygon|geometr)",
            [null_aoi, pts])
    # the same in degrees: there is no extent to pick a UTM zone from, which is not a CRS problem
    null_aoi_geo = layer_from("Polygon", ["name:string"], [(None, ["a"])], crs="EPSG:4326")
    msg = refused(run_alg, "hotspotgrid", grid_params(tmp_path, null_aoi_geo, pts),
                  "area of interest.*(no polygon|geometr)", [null_aoi_geo, pts])
    assert "coordinate reference system" not in msg
    null_pts = points_layer(rows=[(None, [1.0, "a", None]), (None, [2.0, "b", None])])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, null_pts), "no point has a usable geometry",
            [aoi, null_pts])


def test_hotspot_self_intersecting_aoi_is_repaired_with_a_warning(run_alg, tmp_path):
    # a bow tie: two 2 km × 2 km triangles meeting at (2000, 2000) — invalid (self-intersecting)
    bowtie = QgsGeometry.fromPolygonXY([[QgsPointXY(X0 + x, Y0 + y) for x, y in
                                         [(0, 0), (4000, 4000), (4000, 0), (0, 4000), (0, 0)]]])
    assert not bowtie.isGeosValid()
    aoi, pts = aoi_layer(bowtie), points_layer()
    feedback = LogFeedback()
    with unchanged(aoi, pts):
        res = run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts, CLIP=True), feedback=feedback)
    assert re.search(r"invalid.*repaired", feedback.text(), re.IGNORECASE), feedback.text()
    rows = features(res["OUTPUT"])
    # the two triangles cover 8 km²; clipped cells add up to exactly that
    assert sum(r["_geom"].area() for r in rows) == pytest.approx(8.0e6, rel=1e-9)
    # cells touching the triangles: left triangle x<2000 holds cells with |y-2000| <= |x-2000|
    assert {(r["col"] - 500, r["row"] - 3500) for r in rows} >= {(0, 1), (0, 2), (3, 1), (3, 2)}
    assert (1, 0) not in {(r["col"] - 500, r["row"] - 3500) for r in rows}


def test_hotspot_multipart_points_count_every_part(run_alg, tmp_path):
    aoi = aoi_layer()
    single = points_layer()
    multi_rows = []
    rows = reading_rows()
    for a, b in zip(rows[::2], rows[1::2]):  # the two readings of a cell as one two-part feature
        assert a[1][0] == b[1][0]
        geometry = QgsGeometry.fromMultiPointXY([a[0].asPoint(), b[0].asPoint()])
        multi_rows.append((geometry, a[1]))
    # and one multipoint whose parts fall in two different cells
    split = QgsGeometry.fromMultiPointXY([QgsPointXY(X0 + 4500, Y0 + 3500), QgsPointXY(X0 + 500, Y0 + 500)])
    multi_rows.append((split, [100.0, "split", "2024-03-01"]))
    multi = points_layer(rows=multi_rows, kind="MultiPoint")
    feedback = LogFeedback()
    with unchanged(aoi, multi):
        res = run_alg("hotspotgrid", grid_params(tmp_path, aoi, multi, AGGREGATION=3), feedback=feedback)
    counts = {(r["col"], r["row"]): r["n_obs"] for r in features(res["OUTPUT"])}
    expected = {k: 2 for k in expected_cells()}
    expected[(504, 3503)] += 1
    expected[(500, 3500)] += 1
    assert counts == expected
    assert re.search(r"multi-?point", feedback.text(), re.IGNORECASE), feedback.text()
    # the plain single-part layer gives the mean of the two readings per cell
    res = run_alg("hotspotgrid", grid_params(tmp_path, aoi, single, OUTPUT=str(tmp_path / "single.gpkg")))
    assert cell_values(res["OUTPUT"]) == pytest.approx(expected_cells())


def test_hotspot_value_field_all_null_or_text(run_alg, tmp_path):
    aoi = aoi_layer()
    nulls = points_layer(rows=[(g, [None, a[1], a[2]]) for g, a in reading_rows()])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, nulls), "null value", [aoi, nulls])
    pts = points_layer()
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, pts, VALUE_FIELD="label"),
            "label.*not numeric", [aoi, pts])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, pts, VALUE_FIELD="pm25"),
            "pm25.*(does not exist|not found)", [aoi, pts])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, pts, VALUE_FIELD=None),
            "value field", [aoi, pts])


def test_hotspot_aoi_in_degrees_and_points_in_another_crs(run_alg, tmp_path):
    aoi, pts = aoi_layer(), points_layer()
    reference = cell_values(run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts))["OUTPUT"])
    assert reference == pytest.approx(expected_cells())
    # points in WGS 84, AOI in CGCS2000 3° GK: the points are brought into the AOI's CRS
    pts_geo = reproject(pts, "EPSG:4326")
    feedback = LogFeedback()
    with unchanged(aoi, pts_geo):
        res = run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts_geo, OUTPUT=str(tmp_path / "g2.gpkg")),
                      feedback=feedback)
    assert cell_values(res["OUTPUT"]) == pytest.approx(reference)
    # AOI in degrees: reprojected to UTM with a message, not refused; every reading is still inside
    aoi_geo = reproject(aoi, "EPSG:4326")
    feedback = LogFeedback()
    with unchanged(aoi_geo, pts):
        res = run_alg("hotspotgrid", grid_params(tmp_path, aoi_geo, pts, OUTPUT=str(tmp_path / "g3.gpkg")),
                      feedback=feedback)
    assert "EPSG:32650" in feedback.text()
    report = json.load(open(res["REPORT"], encoding="utf-8"))
    assert report["crs"] == "EPSG:32650" and report["points_inside"] == 40 and report["points_outside"] == 0


def test_hotspot_time_field_mixed_formats(run_alg, tmp_path):
    aoi = aoi_layer()
    formats = ["2024-03-01", "2024-03-01 08:30", "2024/03/01 09:00:00", "2024-03-01T10:00:00Z"]
    rows = []
    for n, (g, a) in enumerate(reading_rows(n_days=3)):
        day = int(a[2][-2:])
        text = formats[n % 4].replace("03-01", "03-{:02d}".format(day)).replace("03/01", "03/{:02d}".format(day))
        rows.append((g, [a[0], a[1], text]))
    pts = points_layer(rows=rows)
    with unchanged(aoi, pts):
        res = run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts, TIME_FIELD="time", PERIOD=1))
    out = features(res["OUTPUT"])
    assert all(r["n_periods"] == 3 for r in out)
    # a day-first date cannot be told from a month-first one: refused, naming the value and the record
    bad_rows = list(rows)
    bad_rows[7] = (bad_rows[7][0], [bad_rows[7][1][0], "x", "03/02/2024"])
    bad = points_layer(rows=bad_rows)
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, bad, TIME_FIELD="time", PERIOD=1),
            r"03/02/2024.*record 8.*not a date", [aoi, bad])


@pytest.mark.parametrize("size", [0.0, -500.0])
def test_hotspot_cell_size_not_positive(run_alg, tmp_path, size):
    aoi, pts = aoi_layer(), points_layer()
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, pts, CELL_SIZE=size),
            r"cell size must be greater than 0 metres \(got {}\)".format(re.escape(str(size))),
            [aoi, pts])


@pytest.mark.parametrize("top", [-5.0, 150.0])
def test_hotspot_top_percent_out_of_range(run_alg, tmp_path, top):
    aoi, pts = aoi_layer(), points_layer()
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, pts, TOP_PERCENT=top),
            r"top N % must be between 0 and 100 \(got {}\)".format(re.escape(str(top))),
            [aoi, pts])


def test_hotspot_no_point_inside(run_alg, tmp_path):
    aoi = aoi_layer()
    far = points_layer(rows=[(pt(-90000, 0), [1.0, "a", None]), (pt(-80000, 0), [2.0, "b", None])])
    refused(run_alg, "hotspotgrid", grid_params(tmp_path, aoi, far), "none of the 2 points", [aoi, far])


def test_hotspot_progress_reaches_100(run_alg, tmp_path):
    aoi, pts = aoi_layer(), points_layer()
    feedback = LogFeedback()
    run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts), feedback=feedback)
    assert feedback.progress and max(feedback.progress) == pytest.approx(100.0)
    assert max(feedback.progress) <= 100.0


def test_hotspot_cancel_stops_promptly(run_alg, tmp_path):
    # 300 × 300 cells of 100 m; the run is cancelled as soon as progress moves
    aoi = aoi_layer(rect(0, 0, 30000, 30000))
    pts = points_layer(rows=[(pt(100 * i + 50, 100 * j + 50), [float((i * j) % 17), "x", None])
                             for i in range(0, 300, 7) for j in range(0, 300, 7)])
    feedback = LogFeedback(cancel_at=1.0)
    with unchanged(aoi, pts):
        with pytest.raises(QgsProcessingException) as info:
            run_alg("hotspotgrid", grid_params(tmp_path, aoi, pts, CELL_SIZE=100.0, DISTANCE=300.0),
                    feedback=feedback)
    assert feedback.cancelled_at is not None
    assert re.search(r"cancel", str(info.value), re.IGNORECASE)
    assert_planner_message(str(info.value))
    assert time.perf_counter() - feedback.cancelled_at[1] < 5.0
    assert max(feedback.progress) < 35.0, feedback.progress  # stopped before the statistics and the output


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
