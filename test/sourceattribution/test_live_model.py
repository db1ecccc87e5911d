"""The live-stations → source attribution model end to end on a local SensorThings server whose air stations
carry PM2.5 and wind (WD, WS) datastreams with a Gaussian-plume series: fetchstations gives the stations and
their hourly HISTORY, sourceattribution reads it; the polar wedges must equal the core's counts on the seed's
own readings (the server's observations, not what the plugin read back)."""

import datetime as dt
import os
import sys

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingModelAlgorithm, QgsVectorLayer
from synthetic import plume_series

from eco_supervision.eco_supervision_plugin.core.air.plan import AttributionOptions, plan_source_attribution

pytestmark = pytest.mark.sta_server
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sta_server"))
import helper  # noqa: E402

HOURS = 24 * 10
STREAMS = (("PM2_5", "PM2.5", "microgram per cubic metre", "ug/m3"), ("WD", "Wind direction", "degree", "deg"),
           ("WS", "Wind speed", "metre per second", "m/s"))


def _seed(rng):
    end = dt.datetime.now(dt.timezone.utc).replace(minute=0, second=0, microsecond=0)
    times = [(end - dt.timedelta(hours=HOURS - 1 - h)).strftime("%Y-%m-%dT%H:%M:%SZ") for h in range(HOURS)]
    lonlat = [(116.6 + 0.15 * (i % 3) + 0.01 * i, 36.2 + 0.15 * (i // 3)) for i in range(6)]
    xy = np.array([[lon * 90000.0, lat * 111000.0] for lon, lat in lonlat])  # the series only, not the map
    direction, speed, value = plume_series(xy.mean(axis=0), xy, HOURS, rng)
    direction = np.round(direction, 3) % 360.0
    speed, value = np.round(speed, 3), np.round(value, 3)
    stations = []
    for k, (lon, lat) in enumerate(lonlat):
        code = "A{:04d}".format(k)
        series = {"PM2_5": value[k], "WD": direction[k], "WS": speed[k]}
        streams = [{"parameter": key, "property_name": label, "name": "{} {}".format(code, label), "unit": unit,
                    "symbol": symbol, "times": times, "values": [float(v) for v in series[key]]}
                   for key, label, unit, symbol in STREAMS]
        stations.append({"code": code, "name": "Station " + code, "network": "air", "lon": lon, "lat": lat,
                         "properties": {"station_type": "urban_evaluation"}, "datastreams": streams})
    return {"source": "synthetic", "stations": stations}, xy, direction, speed, value


def test_live_stations_source_attribution_model_runs(eco_provider, repo_root, tmp_path):
    import processing

    seed, xy, direction, speed, value = _seed(np.random.default_rng(11))
    codes = [s["code"] for s in seed["stations"]]
    cands = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "cands", "memory")
    feats = []
    for k, s in enumerate(seed["stations"]):
        f = QgsFeature(cands.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(s["lon"] + 0.02, s["lat"] + 0.01)))
        f.setAttributes(["C{}".format(k)])
        feats.append(f)
    cands.dataProvider().addFeatures(feats)
    model = QgsProcessingModelAlgorithm()
    path = os.path.join(str(repo_root), "resources", "models", "live_stations_source_attribution.model3")
    assert model.fromFile(path)
    assert "READINGS" not in {d.name() for d in model.parameterDefinitions()}  # the history comes from the fetch
    wedges, ranked = str(tmp_path / "wedges.gpkg"), str(tmp_path / "ranked.gpkg")
    with helper.StaServer(seed=seed) as server:
        result = processing.run(model, {
            "URL": server.url, "API_TYPE": 0, "HISTORY_HOURS": HOURS, "VALUE_FIELD": "PM2_5", "CANDIDATES": cands,
            "MAX_DISTANCE": 60.0, "attribution:POLAR_WEDGES": wedges, "attribution:RANKED_CANDIDATES": ranked,
            "attribution:SOURCE_AREA": "TEMPORARY_OUTPUT",
            "attribution:ATTRIBUTION_REPORT": str(tmp_path / "r.html"), "fetch:LIVE_STATIONS": "TEMPORARY_OUTPUT"})
    plan = plan_source_attribution(xy, codes, np.repeat(codes, HOURS), direction.ravel(), speed.ravel(),
                                   value.ravel(), AttributionOptions(statistic="CBPF", source_area=False))
    ds = ogr.Open(wedges)
    got = sorted((f.GetField("station"), f.GetField("sector"), f.GetField("speed_bin"), f.GetField("n"),
                  f.GetField("m")) for f in ds.GetLayer(0))
    expected = sorted(zip([codes[i] for i in plan.wedges.station.tolist()], plan.wedges.sector.tolist(),
                          plan.wedges.speed_bin.tolist(), plan.wedges.n.tolist(), plan.wedges.m.tolist()))
    assert got == expected and {g[0] for g in got} == set(codes)
    assert sum(g[3] for g in got) > 0.9 * len(codes) * HOURS  # the whole history arrived (calms aside)
    ds_r = ogr.Open(ranked)
    ranks = sorted(f.GetField("rank") for f in ds_r.GetLayer(0) if f.GetField("rank"))
    assert ranks == list(range(1, len(ranks) + 1)) and ranks
    note = open(result["attribution:ATTRIBUTION_REPORT"], encoding="utf-8").read()
    assert note.count('class="chart-polar"') == len(codes)
