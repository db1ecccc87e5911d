"""ecosupervision:networksiting bad input: a clear message each time, never a traceback, never NaN in the report."""

import json
import re

import pytest
from helpers.siting_data import CRS, X0, Y0, instance, layers, points, run_params
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsRectangle, QgsVectorLayer


def strict_json(path):
    """The report parsed as standard JSON: NaN and Infinity literals are refused."""
    def refuse(name):
        raise ValueError("non-standard JSON constant {}".format(name))

    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_constant=refuse)


def study_area(fields="pop:string&field=bu:double", values=("many", 80.0)):
    area = QgsVectorLayer("Polygon?crs={}&field={}".format(CRS, fields), "a", "memory")
    f = QgsFeature(area.fields())
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0, Y0, X0 + 8000, Y0 + 8000)))
    f.setAttributes(list(values))
    area.dataProvider().addFeatures([f])
    return area


def test_bad_input_messages(run_alg):
    # moved from test/qgis/test_network_siting.py (same assertions), with the quota parse error added
    d, c, w, cat, radius, existing = instance(seed=3)
    dem, cand = layers(d, c, w, cat, radius, existing)
    with pytest.raises(QgsProcessingException, match="more than the 8 candidate"):
        run_alg("networksiting", run_params(dem, cand, P=9))
    empty = points([], ["w:double", "cat:string"], [])
    with pytest.raises(QgsProcessingException, match="no features"):
        run_alg("networksiting", run_params(empty, cand))
    nullw = points(d[:3], ["w:double", "cat:string"], [(None, "a"), (1.0, "a"), (2.0, "a")])
    with pytest.raises(QgsProcessingException, match="null or non-numeric w"):
        run_alg("networksiting", run_params(nullw, cand))
    far = points(d + 1e6, ["w:double", "cat:string"], [(1.0, "a")] * len(d))
    with pytest.raises(QgsProcessingException, match="No demand point lies within"):
        run_alg("networksiting", run_params(far, cand))


    with pytest.raises(QgsProcessingException, match="Could not read the category quota 'VOC=1.5'"):
        run_alg("networksiting", run_params(dem, cand, CATEGORY_MIN_COVERAGE="VOC=1.5"))


def test_text_population_field_is_a_message_not_a_value_error(run_alg):
    # issue 13 item 9: a text field as STUDY_POPULATION_FIELD raised ValueError from float("many")
    d, c, w, cat, radius, existing = instance(seed=7)
    dem, cand = layers(d, c, w, cat, radius, existing)
    with pytest.raises(QgsProcessingException, match="Field pop of layer study area is not numeric"):
        run_alg("networksiting", run_params(dem, cand, STUDY_AREA=study_area(), STUDY_POPULATION_FIELD="pop"))


@pytest.mark.parametrize("name, message", [
    ("MIN_SPACING", "minimum spacing must be 0 m or more"),
    ("TIME_LIMIT", "solver time limit must be at least 1 s"),
    ("MIP_GAP", "MIP gap must be between 0 and 1"),
    ("STUDY_POPULATION", "built-up population must be 0 or more"),
    ("STUDY_BUILT_UP_KM2", "built-up area must be 0 km² or more"),
    ("RADIUS", "coverage radius must be 0 m or more"),
    ("CURVE_MAX", "trade-off curve size must be 0 new sites or more"),
])
@pytest.mark.parametrize("value", [float("nan"), "nan", float("inf")])
def test_non_finite_numbers_are_refused(run_alg, tmp_path, name, message, value):
    # issue 13 item 10: NaN was accepted and gave silently wrong results and NaN literals in the JSON report
    d, c, w, cat, radius, existing = instance(seed=3)
    dem, cand = layers(d, c, w, cat, radius, existing)
    report = tmp_path / "r.json"
    extra = {"STUDY_AREA": study_area("pop:double&field=bu:double", (300000.0, 80.0))} if "STUDY" in name else {}
    # the shared guard (base class) refuses a non-finite number before the wrapper's own range check
    with pytest.raises(QgsProcessingException, match=re.escape("({}) must be a finite number".format(name))):
        run_alg("networksiting", run_params(dem, cand, REPORT=str(report), **{name: value}, **extra))
    assert not report.exists()
    with pytest.raises(QgsProcessingException, match=message):  # and the range check itself still speaks
        run_alg("networksiting", run_params(dem, cand, REPORT=str(report), **{name: -5.0}, **extra))


def test_report_is_standard_json_without_sites_or_reach(run_alg, tmp_path):
    # P = 0 and a demand point out of reach: no new site, an infinite nearest distance must not leak as NaN
    d, c, w, cat, radius, existing = instance(seed=3)
    dem, cand = layers(d, c, w, cat, radius, existing)
    report = tmp_path / "r.json"
    res = run_alg("networksiting", run_params(dem, cand, P=0, MODEL=2, REPORT=str(report),
                                              STUDY_AREA=study_area("pop:double&field=bu:double", (None, None)),
                                              STUDY_POPULATION_FIELD="pop", STUDY_BUILT_UP_FIELD="bu"))
    data = strict_json(report)
    assert data["new_sites_chosen"] == 0 and data["p_requested"] == 0
    assert data["hj664"]["built_up_km2"] == 0.0  # the built-up field is null: summed to 0 km²
    assert all(f["is_existing"] == 1 for f in res["OUTPUT"].getFeatures())


def test_demand_output_is_optional(run_alg, tmp_path):
    d, c, w, cat, radius, existing = instance(seed=3)
    dem, cand = layers(d, c, w, cat, radius, existing)
    params = run_params(dem, cand, REPORT=str(tmp_path / "r.json"))
    del params["DEMAND_OUTPUT"]
    res = run_alg("networksiting", params)
    assert res["OUTPUT"].featureCount() == 4
    assert strict_json(tmp_path / "r.json")["status"] == "optimal"
