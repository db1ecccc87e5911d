"""ecosupervision:outfallallocation through processing.run on a small memory-layer Y network (K = 0, so the
allowable loads are hand-solved: T1 L1/2.1 ≤ 0.9·4 mg/L; main (L1 + L2)/5.3 ≤ 0.9·6 mg/L; L2 ≤ its cap)."""

import json

import pytest
from helpers.memory_layers import memory_layer as layer
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

TA = 31.536



@pytest.fixture
def inputs():
    rivers = layer("LineString", ["q:double"], [([(-1000, 1000), (0, 0)], [2.0]), ([(1000, 1000), (0, 0)], [3.0]),
                                                 ([(0, 0), (0, -2000)], [5.0])])
    checks = layer("Point", ["name:string", "cls:string"], [([(-100, 100)], ["T1", "II"]),
                                                           ([(0, -1000)], ["M1", None])])
    outs = layer("Point", ["name:string", "flow_m3s:double", "CODMn:double", "cap:double", "NH3N:double"],
                 [([(-500, 500)], ["P1", 0.1, 50.0, None, 1.0]), ([(500, 500)], ["P2", 0.2, 200.0, 10.0 * TA, 2.0]),
                  ([(0, -1950)], ["P3", 0.1, 10.0, None, 3.0])])
    return rivers, checks, outs


def params(inputs, tmp_path, **extra):
    rivers, checks, outs = inputs
    p = {"RIVERS": rivers, "DISCHARGE_FIELD": "q", "VELOCITY": 0.5, "SECTIONS": checks, "SECTION_ID_FIELD": "name",
         "TARGET_CLASS_FIELD": "cls", "TARGET_CLASS": 2, "OUTFALLS": outs, "OUTFALL_ID_FIELD": "name",
         "OUTFALL_MAX_FIELD": "cap", "PARAMETERS": "CODMn", "DECAY_RATES": "CODMn=0", "OBJECTIVE": 0,
         "SAFETY_MARGIN": 10.0, "SNAP_TOLERANCE": 50.0, "OUTPUT": str(tmp_path / "out.gpkg"),
         "CONTRIBUTIONS": str(tmp_path / "contrib.gpkg"), "SEGMENTS": str(tmp_path / "seg.gpkg"),
         "REPORT": str(tmp_path / "report.json")}
    p.update(extra)
    return p


def rows(path):
    lyr = QgsVectorLayer(path, "out", "ogr")
    assert lyr.isValid(), path
    names = lyr.fields().names()
    return [{k: (None if v is None or (isinstance(v, QVariant) and v.isNull()) else v)
             for k, v in zip(names, f.attributes())} for f in lyr.getFeatures()]


def test_allocation_through_processing(run_alg, inputs, tmp_path):
    res = run_alg("outfallallocation", params(inputs, tmp_path))
    out = {r["outfall"]: r for r in rows(res["OUTPUT"])}
    assert out["P1"]["CODMn_allow_ta"] == pytest.approx(3.6 * 2.1 * TA, rel=1e-6)
    assert out["P2"]["CODMn_allow_ta"] == pytest.approx(10.0 * TA, rel=1e-6)
    assert out["P3"]["CODMn_allow_ta"] is None and out["P3"]["CODMn_note"]
    assert out["P2"]["CODMn_load_ta"] == pytest.approx(0.2 * 200 * TA)
    # today at M1: (5 + 40) g/s / 5.3 m³/s, above 0.9·6; P2 gives 40/45 of it
    assert out["P2"]["CODMn_worst"] == "M1"
    assert out["P2"]["CODMn_contrib"] == pytest.approx(40 / 5.3, rel=1e-6)
    contrib = [r for r in rows(res["CONTRIBUTIONS"]) if r["checkpoint"] == "M1"]
    assert [r["source"] for r in contrib] == ["P2", "P1"]
    assert contrib[0]["share_pct"] == pytest.approx(100 * 40 / 45, rel=1e-5)
    seg = rows(res["SEGMENTS"])
    main = [r for r in seg if r["reach_fid"] == 3]  # the main stem, above P3: (L1 + L2)/5.3 by hand
    assert main and all(r["CODMn_after"] == pytest.approx(17.56 / 5.3, rel=1e-6) for r in main
                        if r["CODMn_before"] == pytest.approx(45 / 5.3, rel=1e-6))
    assert sum(r["CODMn_before"] == pytest.approx(45 / 5.3, rel=1e-6) for r in main) >= 3
    assert {r["CODMn_cls_b"] for r in main} >= {4}  # 8.49 mg/L: class IV today
    report = json.load(open(res["REPORT"], encoding="utf-8"))
    par = report["parameters"][0]
    assert par["status"] == "optimal"
    assert par["capacity_t_a"] == pytest.approx(17.56 * TA, rel=1e-6)
    assert par["binding_checkpoints"] == "T1"
    assert [f["checkpoint"] for f in par["failing_checkpoints"]] == ["M1"]
    # SEGMENTS carry the GB 3838 class colours on the class after the allocation (style stored in the file)
    import sqlite3

    con = sqlite3.connect(str(tmp_path / "seg.gpkg"))
    try:
        qml, = con.execute("SELECT styleQML FROM layer_styles WHERE useAsDefault = 1").fetchone()
    finally:
        con.close()
    assert 'attr="CODMn_cls_a"' in qml and "255,255,111" in qml  # class IV yellow (#FFFF6F) of the national scheme


def test_second_parameter_reads_its_own_column(run_alg, inputs, tmp_path):
    res = run_alg("outfallallocation", params(inputs, tmp_path, PARAMETERS="CODMn, NH3N",
                                              DECAY_RATES="CODMn=0; NH3N=0"))
    out = {r["outfall"]: r for r in rows(res["OUTPUT"])}
    assert out["P2"]["CODMn_load_ta"] == pytest.approx(0.2 * 200 * TA)
    assert out["P2"]["NH3N_load_ta"] == pytest.approx(0.2 * 2.0 * TA)
    assert out["P3"]["NH3N_load_ta"] == pytest.approx(0.1 * 3.0 * TA)
    # NH3N: P1 ≤ 0.9·0.5 mg/L × 2.1 m³/s (class II at T1); P1 + P2 ≤ 0.9·1.0 mg/L × 5.3 m³/s (class III at M1)
    assert out["P1"]["NH3N_allow_ta"] <= 0.45 * 2.1 * TA * (1 + 1e-9)
    assert out["P1"]["NH3N_allow_ta"] + out["P2"]["NH3N_allow_ta"] == pytest.approx(0.9 * 5.3 * TA, rel=1e-6)


def test_segment_length(run_alg, inputs, tmp_path):
    # the 2000 m main stem in 1000 m segments: two of them; T1 and T2 (1414 m) in two each
    res = run_alg("outfallallocation", params(inputs, tmp_path, SEGMENT_LENGTH=1000.0))
    seg = rows(res["SEGMENTS"])
    assert sorted(r["reach_fid"] for r in seg) == [1, 1, 2, 2, 3, 3]
    with pytest.raises(QgsProcessingException, match="segment length"):
        run_alg("outfallallocation", params(inputs, tmp_path, SEGMENT_LENGTH=0.5))


def test_infeasible_background_is_named(run_alg, inputs, tmp_path):
    res = run_alg("outfallallocation", params(inputs, tmp_path, BACKGROUND="CODMn=6"))
    par = json.load(open(res["REPORT"], encoding="utf-8"))["parameters"][0]
    assert par["status"] == "infeasible" and "T1" in par["status_note"]


@pytest.mark.parametrize("extra, message", [
    ({"DECAY_RATES": "NH3N=0.1"}, "no decay rate"),
    ({"PARAMETERS": "CODMn,TP", "DECAY_RATES": "CODMn=0; TP=0"}, "TP"),
    ({"DISCHARGE_FIELD": None}, "DISCHARGE_FIELD"),
    ({"PARAMETERS": "DO", "DECAY_RATES": "DO=0"}, "DO"),
])
def test_bad_input(run_alg, inputs, tmp_path, extra, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("outfallallocation", params(inputs, tmp_path, **extra))


def test_html_planning_note(run_alg, inputs, tmp_path):
    res = run_alg("outfallallocation", params(inputs, tmp_path, REPORT=str(tmp_path / "note.html")))
    text = open(res["REPORT"], encoding="utf-8").read()
    assert 'id="report-data"' in text
    assert "M1" in text and "P2, P1" in text  # the failing checkpoint and its outfalls, largest first
    assert "least_reduction" not in text and "capacity)" in text  # the objective by its name, not its code
    assert text.count("<svg") >= 2  # sources at the worst checkpoint, capacity against the margin
    assert "data:image/png;base64," in text  # the contributions map


def test_one_contributions_map_per_parameter(run_alg, inputs, tmp_path, monkeypatch):
    """Each parameter's section carries its own map, titled with the parameter and drawn from its own fields:
    CODMn fails at M1 only, NH3N at T1 only (background 0.6 mg/L above class II's 0.5 mg/L; M1 ≈ 0.69 mg/L within
    class III's 1 mg/L), so the checkpoint colours differ."""
    import re

    from eco_supervision.processing_algorithms.reports import map_image

    drawn = []
    original = map_image.render

    def spy(layers, output, title="", *args, **kwargs):
        fields = [layer.renderer().classAttribute() for layer in layers]
        fails = [f.attribute(fields[0]) for f in layers[0].getFeatures()]  # T1, M1
        drawn.append((title, fields, [layer.name() for layer in layers], fails))
        return original(layers, output, title, *args, **kwargs)

    monkeypatch.setattr(map_image, "render", spy)
    res = run_alg("outfallallocation", params(inputs, tmp_path, PARAMETERS="CODMn, NH3N", BACKGROUND="NH3N=0.6",
                                              DECAY_RATES="CODMn=0; NH3N=0", REPORT=str(tmp_path / "note.html")))
    assert [d[0] for d in drawn] == ["Outfall contributions (CODMn)", "Outfall contributions (NH3N)"]
    assert drawn[0][1] == ["fails_0", "share_0", "class"] and drawn[1][1] == ["fails_1", "share_1", "class"]
    assert drawn[0][2][2] == "River class today (CODMn)" and drawn[1][2][2] == "River class today (NH3N)"
    assert drawn[0][3] == [0.0, 1.0] and drawn[1][3] == [1.0, 0.0]
    text = open(res["REPORT"], encoding="utf-8").read()
    sections = re.split(r"<h2>", text)[1:]
    for name in ("CODMn", "NH3N"):
        mine = [part for part in sections if part.startswith(name)]
        assert len(mine) == 1
        images = re.findall(r'<img alt="([^"]*)"[^>]*src="data:image/png;base64,([^"]+)"', mine[0])
        assert len(images) == 1 and name in images[0][0]
    maps = re.findall(r'src="data:image/png;base64,([^"]+)"', text)
    assert len(maps) == 2 and maps[0] != maps[1]


def test_background_fields_at_the_sources(run_alg, inputs, tmp_path):
    # K = 0: the source of T1 holds 1 mg/L (field), T2's is null → BACKGROUND 0.5; hand mixing:
    # T1 checkpoint 1·2/2.1; main stem (1·2 + 0.5·3)/5.3
    rivers = layer("LineString", ["q:double", "bg_CODMn:double"], [
        ([(-1000, 1000), (0, 0)], [2.0, 1.0]), ([(1000, 1000), (0, 0)], [3.0, None]),
        ([(0, 0), (0, -2000)], [5.0, 7.0])])
    res = run_alg("outfallallocation", params((rivers,) + inputs[1:], tmp_path, BACKGROUND="CODMn=0.5",
                                              BACKGROUND_FIELDS="bg_{}"))
    contrib = {(r["checkpoint"], r["source"]): r["conc_mgl"] for r in rows(res["CONTRIBUTIONS"])}
    assert contrib[("T1", "background")] == pytest.approx(2.0 / 2.1, abs=1e-6)
    assert contrib[("M1", "background")] == pytest.approx(3.5 / 5.3, abs=1e-6)
    with pytest.raises(QgsProcessingException, match="bg_TP"):
        run_alg("outfallallocation", params((rivers,) + inputs[1:], tmp_path, BACKGROUND_FIELDS="CODMn=bg_TP"))
    with pytest.raises(QgsProcessingException, match="NH3N"):
        run_alg("outfallallocation", params((rivers,) + inputs[1:], tmp_path, BACKGROUND_FIELDS="NH3N=bg_CODMn"))


def test_per_parameter_load_fields(run_alg, inputs, tmp_path):
    # NH3N caps from its own field (P2 ≤ 0.3 g/s); CODMn keeps the common cap field (P2 ≤ 10 g/s)
    _, checks, _ = inputs
    outs = layer("Point", ["name:string", "flow_m3s:double", "CODMn:double", "cap:double", "NH3N:double",
                           "max_NH3N:double"],
                 [([(-500, 500)], ["P1", 0.1, 50.0, None, 1.0, None]),
                  ([(500, 500)], ["P2", 0.2, 200.0, 10.0 * TA, 2.0, 0.3 * TA])])
    res = run_alg("outfallallocation", params((inputs[0], checks, outs), tmp_path, PARAMETERS="CODMn, NH3N",
                                              DECAY_RATES="CODMn=0; NH3N=0", OUTFALL_MAX_FIELDS="max_{}"))
    out = {r["outfall"]: r for r in rows(res["OUTPUT"])}
    assert out["P2"]["CODMn_allow_ta"] == pytest.approx(10.0 * TA, rel=1e-6)
    assert out["P2"]["NH3N_allow_ta"] == pytest.approx(0.3 * TA, rel=1e-6)
    assert out["P1"]["NH3N_allow_ta"] == pytest.approx(0.45 * 2.1 * TA, rel=1e-6)
    with pytest.raises(QgsProcessingException, match="min_CODMn"):
        run_alg("outfallallocation", params((inputs[0], checks, outs), tmp_path, OUTFALL_MIN_FIELDS="min_{}"))
