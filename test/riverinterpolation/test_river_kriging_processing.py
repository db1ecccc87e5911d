"""ecosupervision:riverinterpolation with a covariance mixture on the Middle Fork data, through processing.run.

The published SSN2 model of this data set (tail-up exponential + tail-down spherical + Euclidean
Gaussian + nugget, REML, covariates ELEV_DEM + AREAWTMAP) reaches a leave-one-out RMSPE of 0.480 °C;
the issue's goal is ≤ 0.47 °C with 90 % prediction intervals covering 85–95 % of the sections.
"""

import json
import math
import os

import pytest
from helpers.notes import note_data
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from eco_supervision.eco_supervision_plugin.core.river import kriging_exceed


@pytest.fixture
def middle_fork(test_data):
    return os.path.join(test_data, "middle_fork")


def _zone_layer(source):
    layer = QgsVectorLayer(source, "streams", "ogr")
    ext = layer.extent()
    zones = QgsVectorLayer("Polygon?crs=EPSG:5070&field=name:string", "zones", "memory")
    feats = []
    for name, (x0, x1) in (("west", (ext.xMinimum() - 5000, ext.center().x())),
                           ("east", (ext.center().x(), ext.xMaximum() + 5000))):
        f = QgsFeature(zones.fields())
        ring = [QgsPointXY(x0, ext.yMinimum() - 5000), QgsPointXY(x1, ext.yMinimum() - 5000),
                QgsPointXY(x1, ext.yMaximum() + 5000), QgsPointXY(x0, ext.yMaximum() + 5000)]
        f.setGeometry(QgsGeometry.fromPolygonXY([ring]))
        f.setAttributes([name])
        feats.append(f)
    zones.dataProvider().addFeatures(feats)
    return zones


def test_middle_fork_ssn2_mixture_beats_published_loo(run_alg, middle_fork, tmp_path):
    obs = os.path.join(middle_fork, "MF_obs.gpkg")
    res = run_alg("riverinterpolation", {
        "RIVERS": os.path.join(middle_fork, "MF_streams.gpkg"), "SECTIONS": obs, "PARAMETERS": ["Summer_mn"],
        "ALLOW_OTHER_PARAMETERS": True, "WEIGHT_FIELD": "h2oAreaKm2", "METHOD": 2,
        "COVARIATES": ["ELEV_DEM", "AREAWTMAP"], "TAIL_UP": 1, "TAIL_DOWN": 2, "EUCLIDEAN": 3, "NUGGET": True,
        "ESTIMATION": 1, "SELECT": 2, "ZONES": _zone_layer(os.path.join(middle_fork, "MF_streams.gpkg")),
        "ZONE_ID_FIELD": "name",
        "OUTPUT": str(tmp_path / "seg.gpkg"), "SECTIONS_OUTPUT": str(tmp_path / "sec.gpkg"),
        "REACHES_OUTPUT": str(tmp_path / "reaches.gpkg"), "ZONES_OUTPUT": str(tmp_path / "zones.gpkg"),
        "REPORT": str(tmp_path / "report.json")})
    data = json.load(open(res["REPORT"], encoding="utf-8"))
    stats = {r["method"]: r for r in data["leave_one_out"]}
    assert stats["kriging"]["rmspe"] <= 0.47  # SSN2: 0.480
    assert 0.85 <= stats["kriging"]["coverage90"] <= 0.95
    assert data["kriging_model"] == {"tail_up": "exponential", "tail_down": "spherical", "euclidean": "gaussian",
                                     "nugget": True, "estimation": "REML", "select": "fixed"}
    assert {f["model"] for f in data["kriging_fit"]} == {
        "tail-up exponential + tail-down spherical + euclidean gaussian + nugget"}
    seg = QgsVectorLayer(res["OUTPUT"], "seg", "ogr")
    names = seg.fields().names()
    for field in ("Summer_mn", "Summer_mn_se", "Summer_mn_p_exceed", "Summer_mn_pclass", "p_exceed"):
        assert field in names
    se = [f["Summer_mn_se"] for f in seg.getFeatures()]
    assert all(s is not None and s > 0 for s in se)
    # no GB 3838 class for temperature: no probability
    assert all(f["p_exceed"] == NULL for f in seg.getFeatures())
    reaches = QgsVectorLayer(res["REACHES_OUTPUT"], "r", "ogr")
    assert reaches.featureCount() == 163
    zones = QgsVectorLayer(res["ZONES_OUTPUT"], "z", "ogr")
    rows = {f["zone"]: f for f in zones.getFeatures()}
    assert set(rows) == {"west", "east"}
    for f in rows.values():
        # a block mean is an average of segment predictions: inside their range, with a smaller SE
        assert f["segments"] > 0 and math.isfinite(f["Summer_mn_mean"])
    assert sum(f["segments"] for f in rows.values()) == seg.featureCount()
    html = tmp_path / "report.html"
    run_alg("riverinterpolation", {
        "RIVERS": os.path.join(middle_fork, "MF_streams.gpkg"), "SECTIONS": obs, "PARAMETERS": ["Summer_mn"],
        "ALLOW_OTHER_PARAMETERS": True, "WEIGHT_FIELD": "h2oAreaKm2", "METHOD": 2,
        "COVARIATES": ["ELEV_DEM", "AREAWTMAP"], "TAIL_UP": 1, "TAIL_DOWN": 2, "EUCLIDEAN": 3, "ESTIMATION": 1,
        "SELECT": 0, "OUTPUT": str(tmp_path / "seg2.gpkg"), "REPORT": str(html)})
    text = html.read_text(encoding="utf-8")
    assert "data:image/png;base64" in text and "<svg" in text
    report = note_data(text)
    cands = report["kriging_fit"][0]["candidates"]
    assert len(cands) == 15 and sum(c["chosen"] for c in cands) == 1
    chosen = [c for c in cands if c["chosen"]][0]
    assert chosen["aic"] == min(c["aic"] for c in cands)


def test_p_exceed_fields_for_a_gb3838_item(run_alg, tmp_path):
    """Hand-built: one straight river, NH3N sections; P_EXCEED = 1 − Φ((1.0 − μ)/s) at class III (1.0 mg/L)."""
    rivers = QgsVectorLayer("LineString?crs=EPSG:4548", "r", "memory")
    f = QgsFeature(rivers.fields())
    f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(500000 + x, 3500000) for x in (0, 10000)]))
    rivers.dataProvider().addFeatures([f])
    secs = QgsVectorLayer("Point?crs=EPSG:4548&field=NH3N:double", "s", "memory")
    feats = []
    for x, v in zip(range(500, 10000, 1000), (0.4, 0.6, 0.9, 1.2, 1.1, 1.4, 0.9, 0.7, 1.3, 1.0)):
        g = QgsFeature(secs.fields())
        g.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(500000 + x, 3500000)))
        g.setAttributes([v])
        feats.append(g)
    secs.dataProvider().addFeatures(feats)
    res = run_alg("riverinterpolation", {"RIVERS": rivers, "SECTIONS": secs, "PARAMETERS": ["NH3N"], "METHOD": 2,
                                         "OUTPUT": str(tmp_path / "seg.gpkg"), "REPORT": str(tmp_path / "r.json")})
    seg = QgsVectorLayer(res["OUTPUT"], "seg", "ogr")
    for feat in seg.getFeatures():
        mu, s, p = feat["NH3N"], feat["NH3N_se"], feat["NH3N_p_exceed"]
        assert p == pytest.approx(0.5 * math.erfc((1.0 - mu) / (s * math.sqrt(2))), abs=1e-9)
        assert feat["p_exceed"] == pytest.approx(p)
        probs = kriging_exceed.class_probabilities("NH3N", [mu], [s])[0]
        assert feat["NH3N_pclass"] == int(probs.argmax()) + 1
    data = json.load(open(res["REPORT"], encoding="utf-8"))
    bands = {b["band"]: b["length_km"] for b in data["p_exceed_bands"]}
    assert sum(bands.values()) == pytest.approx(10.0, abs=1e-6)
