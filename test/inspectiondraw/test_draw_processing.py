"""ecosupervision:inspectiondraw through processing.run: registers as layers, outputs, report, bad input."""

import json

import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant


def enterprises(n=40):
    layer = QgsVectorLayer("Point?crs=EPSG:4548", "enterprises", "memory")
    layer.dataProvider().addAttributes([QgsField("code", QVariant.String), QgsField("kind", QVariant.String),
                                        QgsField("town", QVariant.String), QgsField("skip", QVariant.Int),
                                        QgsField("last", QVariant.String)])
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
    layer.dataProvider().addAttributes([QgsField("oid", QVariant.String), QgsField("unit", QVariant.String),
                                        QgsField("home", QVariant.String)])
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
