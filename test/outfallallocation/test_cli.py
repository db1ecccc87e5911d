"""ecosupervision:outfallallocation headless through qgis_process.bin on the sample city."""

import json
import os
import shutil
import tempfile

from osgeo import ogr

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(tempfile.mkdtemp(prefix="eco_outfall_"), "eco_city.gpkg")  # a copy: QGIS opens a
shutil.copyfile(os.path.join(REPO, "resources", "sample_data", "eco_city.gpkg"), SAMPLE)  # GeoPackage for update


def test_outfallallocation_runs_headless(qgis_process, tmp_path):
    out, contrib, report = tmp_path / "outfalls.gpkg", tmp_path / "contrib.gpkg", tmp_path / "report.json"
    result = qgis_process(
        "run", "ecosupervision:outfallallocation", "--",
        "RIVERS={}|layername=rivers".format(SAMPLE), "ELEVATION_FIELD=elev_up_m", "ELEVATION_END_FIELD=elev_down_m",
        "DISCHARGE_FIELD=discharge_m3s", "VELOCITY_FIELD=velocity_ms",
        "SECTIONS={}|layername=water_sections".format(SAMPLE), "SECTION_ID_FIELD=section_id",
        "TARGET_CLASS_FIELD=target_class", "OUTFALLS={}|layername=outfalls".format(SAMPLE),
        "OUTFALL_FLOW_FIELD=flow_m3s", "OUTFALL_ID_FIELD=outfall_id", "PARAMETERS=CODMn,NH3N",
        "DECAY_RATES=CODMn=0.2; NH3N=0.15", "BACKGROUND=CODMn=2; NH3N=0.2", "OBJECTIVE=1", "SAFETY_MARGIN=10",
        "SNAP_TOLERANCE=300", "OUTPUT={}".format(out), "CONTRIBUTIONS={}".format(contrib),
        "SEGMENTS=TEMPORARY_OUTPUT", "REPORT={}".format(report), json_output=True)
    assert set(result["results"]) >= {"OUTPUT", "CONTRIBUTIONS", "SEGMENTS", "REPORT"}
    sample = ogr.Open(SAMPLE)  # datasets kept referenced while their layers are read
    n_outfalls = sample.GetLayerByName("outfalls").GetFeatureCount()
    ds = ogr.Open(str(out))
    rows = list(ds.GetLayer(0))
    assert len(rows) == n_outfalls
    names = {r.GetField("outfall") for r in rows}
    ds_contrib = ogr.Open(str(contrib))
    table = list(ds_contrib.GetLayer(0))
    assert {t.GetField("parameter") for t in table} == {"CODMn", "NH3N"}
    assert {t.GetField("source") for t in table} - names <= {"background"}
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["objective"] == "least_reduction" and [p["parameter"] for p in data["parameters"]] == ["CODMn",
                                                                                                      "NH3N"]
    for p in data["parameters"]:
        assert p["status"] in ("optimal", "infeasible")
        # least reduction: allowable loads never exceed today's, so the capacity is at most today's load
        if p["status"] == "optimal":
            assert p["capacity_t_a"] <= p["current_load_t_a"] * (1 + 1e-9)
        assert [c["safety_margin_pct"] for c in p["capacity_by_margin"]] == [0, 5, 10, 20, 30]
