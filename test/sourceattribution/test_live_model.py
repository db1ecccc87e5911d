"""The live-stations → source attribution model end to end: fetchstations on the local SensorThings server gives
the stations (positions, codes), an hourly readings table in the station clients' layout (code, time, PM2_5,
WD, WS) the readings; the polar wedges must equal the core's counts on the same readings."""

import os

import numpy as np
from osgeo import ogr
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingModelAlgorithm, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime, Qt
from synthetic import plume_series

from eco_supervision.eco_supervision_plugin.core.air.plan import AttributionOptions, plan_source_attribution

HOURS = 24 * 20


def test_live_stations_source_attribution_model_runs(eco_provider, repo_root, sta_server, tmp_path):
    import processing

    air = [s for s in sta_server.seed["stations"] if s["network"] == "air"]
    codes = [s["code"] for s in air]
    rng = np.random.default_rng(11)
    xy = np.array([[s["lon"] * 90000.0, s["lat"] * 111000.0] for s in air])  # the series only, not the map
    direction, speed, value = plume_series(xy.mean(axis=0), xy, HOURS, rng)
    readings = QgsVectorLayer("None?field=code:string&field=time:datetime&field=PM2_5:double&field=WD:double"
                              "&field=WS:double", "readings", "memory")
    start = QDateTime(2026, 1, 5, 0, 0, 0, Qt.UTC)
    feats = []
    for k, code in enumerate(codes):
        for h in range(HOURS):
            f = QgsFeature(readings.fields())
            f.setAttributes([code, start.addSecs(3600 * h), float(value[k, h]), float(direction[k, h]),
                             float(speed[k, h])])
            feats.append(f)
    readings.dataProvider().addFeatures(feats)
    cands = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "cands", "memory")
    feats = []
    for k, s in enumerate(air):
        f = QgsFeature(cands.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(s["lon"] + 0.02, s["lat"] + 0.01)))
        f.setAttributes(["C{}".format(k)])
        feats.append(f)
    cands.dataProvider().addFeatures(feats)
    model = QgsProcessingModelAlgorithm()
    path = os.path.join(str(repo_root), "resources", "models", "live_stations_source_attribution.model3")
    assert model.fromFile(path)
    wedges, ranked = str(tmp_path / "wedges.gpkg"), str(tmp_path / "ranked.gpkg")
    result = processing.run(model, {
        "URL": sta_server.url, "API_TYPE": 0, "READINGS": readings, "VALUE_FIELD": "PM2_5", "CANDIDATES": cands,
        "MAX_DISTANCE": 60.0, "attribution:POLAR_WEDGES": wedges, "attribution:RANKED_CANDIDATES": ranked,
        "attribution:SOURCE_AREA": "TEMPORARY_OUTPUT", "attribution:ATTRIBUTION_REPORT": str(tmp_path / "r.html"),
        "fetch:LIVE_STATIONS": "TEMPORARY_OUTPUT"})
    plan = plan_source_attribution(xy, codes, np.repeat(codes, HOURS), direction.ravel(), speed.ravel(),
                                   value.ravel(), AttributionOptions(statistic="CBPF", source_area=False))
    ds = ogr.Open(wedges)
    got = sorted((f.GetField("station"), f.GetField("sector"), f.GetField("speed_bin"), f.GetField("n"),
                  f.GetField("m")) for f in ds.GetLayer(0))
    expected = sorted(zip([codes[i] for i in plan.wedges.station.tolist()], plan.wedges.sector.tolist(),
                          plan.wedges.speed_bin.tolist(), plan.wedges.n.tolist(), plan.wedges.m.tolist()))
    assert got == expected and {g[0] for g in got} == set(codes)
    ds_r = ogr.Open(ranked)
    ranks = sorted(f.GetField("rank") for f in ds_r.GetLayer(0) if f.GetField("rank"))
    assert ranks == list(range(1, len(ranks) + 1)) and ranks
    note = open(result["attribution:ATTRIBUTION_REPORT"], encoding="utf-8").read()
    assert note.count('class="chart-polar"') == len(codes)
