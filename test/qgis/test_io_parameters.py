"""Numeric parameters (issue 13 items 10 and 12): one finiteness/range check for every algorithm, reports
without NaN literals, distances declared in metres."""

import json
import math
import re

import numpy as np
import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterDistance,
    QgsProcessingParameterNumber,
    QgsUnitTypes,
)

from eco_supervision.processing_algorithms.base import write_report
from eco_supervision.processing_algorithms.qgis_io.parameters import metres_parameter

ALGORITHMS = ["networksiting", "hotspotgrid", "riverinterpolation", "emergencycoverage", "fetchstations",
              "inspectiondraw", "supervisiongrid", "sourceattribution", "outfallallocation", "spillwarning"]


def numeric_parameters(provider):
    for alg in provider.algorithms():
        for definition in alg.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterNumber):
                yield alg, definition


def test_every_algorithm_has_numeric_parameters(eco_provider):
    algs = {alg.name() for alg, _ in numeric_parameters(eco_provider)}
    assert algs == set(ALGORITHMS)


@pytest.mark.parametrize("value", ["nan", float("nan"), "NaN", "inf", float("-inf"), "1e400", np.float64("nan")])
def test_non_finite_numbers_refused_for_every_parameter(eco_provider, value):
    """Every numeric parameter of every algorithm, with only that parameter set: refused, naming it."""
    context = QgsProcessingContext()
    checked = 0
    for alg, definition in numeric_parameters(eco_provider):
        ok, message = alg.checkParameterValues({definition.name(): value}, context)
        assert not ok, (alg.name(), definition.name())
        assert definition.name() in message and "finite" in message, (alg.name(), definition.name(), message)
        checked += 1
    assert checked >= 25


def test_declared_minimum_and_maximum_refused_for_every_parameter(eco_provider):
    context = QgsProcessingContext()
    checked = 0
    for alg, definition in numeric_parameters(eco_provider):
        for bound, outside in ((definition.minimum(), -1.0), (definition.maximum(), 1.0)):
            if abs(bound) > 1e300:
                continue
            value = bound + outside * max(1.0, abs(bound))
            ok, message = alg.checkParameterValues({definition.name(): value}, context)
            assert not ok, (alg.name(), definition.name(), value)
            checked += 1
    assert checked >= 10


def test_range_message_names_the_range(eco_provider):
    own_checks_first = ("hotspotgrid", "emergencycoverage")
    limited = [(alg, d) for alg, d in numeric_parameters(eco_provider)
               if abs(d.minimum()) < 1e300 and abs(d.maximum()) < 1e300 and alg.name() not in own_checks_first]
    assert limited
    alg, d = limited[0]
    ok, message = alg.checkParameterValues({d.name(): d.maximum() + 1.0}, QgsProcessingContext())
    assert not ok and re.search(r"between .*{:g}".format(d.maximum()), message), message


def test_json_report_has_no_nan_literals(tmp_path):
    report = {"gap": float("nan"), "objective": np.float64("inf"), "share": np.float32(0.25),
              "rows": [{"a": float("-inf"), "b": 1}], "array": np.array([1.0, np.nan]), "count": np.int64(3)}
    path = write_report(str(tmp_path / "r.json"), report, "t")

    def refuse(constant):
        raise ValueError(constant)

    data = json.loads(open(path, encoding="utf-8").read(), parse_constant=refuse)
    assert data == {"gap": None, "objective": None, "share": 0.25, "rows": [{"a": None, "b": 1}],
                    "array": [1.0, None], "count": 3, "language": "en"}  # every report names its language
    html_path = write_report(str(tmp_path / "r.html"), report, "t")
    text = open(html_path, encoding="utf-8").read()
    embedded = re.search(r"<script type='application/json' id='report-data'>(.*?)</script>", text, re.S).group(1)
    assert json.loads(embedded.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"),
                      parse_constant=refuse)["gap"] is None


def test_metres_parameter_declares_metres_without_a_parent_layer(qgis_app):
    p = metres_parameter("RADIUS", "Radius", 1500.0, minimum=10.0, advanced=True, help_text="Straight-line radius.")
    assert isinstance(p, QgsProcessingParameterDistance)
    assert p.defaultUnit() == QgsUnitTypes.DistanceMeters
    assert p.parentParameterName() == ""  # a layer in degrees cannot turn the unit into degrees
    assert p.minimum() == 10.0 and p.defaultValue() == 1500.0
    assert p.flags() & QgsProcessingParameterDefinition.FlagAdvanced
    if hasattr(p, "help"):
        assert p.help() == "Straight-line radius."
    assert p.toVariantMap()["default_unit"] == QgsUnitTypes.DistanceMeters  # what a model file stores


def test_metres_parameter_dialog_shows_metres(qgis_app):
    from qgis.gui import QgsGui, QgsProcessingGui
    from qgis.PyQt.QtWidgets import QComboBox

    p = metres_parameter("RADIUS", "Radius", 1000.0)
    wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(p, QgsProcessingGui.Standard)
    widget = wrapper.createWrappedWidget(QgsProcessingContext())
    units = widget.findChildren(QComboBox)
    assert len(units) == 1 and units[0].currentData() == QgsUnitTypes.DistanceMeters


# Distance parameters still declared in the input layer's units (the dialog shows "degrees" for an input in
# EPSG:4326 while the code reads metres); each wrapper switches them to metres_parameter.
NOT_YET_METRES = set()


@pytest.mark.parametrize("alg_id", ALGORITHMS)
def test_distance_parameters_are_metres(eco_provider, alg_id):
    if alg_id in NOT_YET_METRES:
        pytest.xfail("{}: distance parameters linked to a layer (switch to metres_parameter)".format(alg_id))
    alg = eco_provider.algorithm(alg_id)
    for d in alg.parameterDefinitions():
        if isinstance(d, QgsProcessingParameterDistance):
            assert d.defaultUnit() == QgsUnitTypes.DistanceMeters and not d.parentParameterName(), d.name()


def test_finite_defaults_pass(eco_provider):
    """The declared defaults are finite and inside their ranges (the guard never refuses a default)."""
    context = QgsProcessingContext()
    for alg, d in numeric_parameters(eco_provider):
        default = d.defaultValue()
        if default is None:
            continue
        assert math.isfinite(float(default)), (alg.name(), d.name())
        from eco_supervision.processing_algorithms.qgis_io.parameters import finite_problem, range_problem

        assert finite_problem(alg, {d.name(): default}, context) is None
        assert range_problem(alg, {d.name(): default}, context) is None, (alg.name(), d.name())


def test_guards_cannot_be_forgotten_by_a_subclass(qgis_app, tmp_path):
    """A subclass overriding checkParameterValues / prepareAlgorithm without super() still gets the guards."""
    from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProcessingParameterFeatureSink

    from eco_supervision.processing_algorithms.base import EcoAlgorithm

    class Forgetful(EcoAlgorithm):
        ALG_ID = "forgetful"

        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterNumber("SIZE", "Size", QgsProcessingParameterNumber.Double, 1.0))
            self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Out"))

        def checkParameterValues(self, parameters, context):
            return True, ""

        def prepareAlgorithm(self, parameters, context, feedback):
            return True

        def processAlgorithm(self, parameters, context, feedback):
            return {}

    alg = Forgetful()
    alg.initAlgorithm()
    context = QgsProcessingContext()
    ok, message = alg.checkParameterValues({"SIZE": "nan"}, context)
    assert not ok and "SIZE" in message
    with pytest.raises(QgsProcessingException, match="finite"):
        alg.prepareAlgorithm({"SIZE": float("inf")}, context, QgsProcessingFeedback())
    missing = {"SIZE": 2.0, "OUTPUT": str(tmp_path / "absent" / "out.gpkg")}
    ok, message = alg.checkParameterValues(missing, context)
    assert not ok and "does not exist" in message
    assert alg.checkParameterValues({"SIZE": 2.0, "OUTPUT": str(tmp_path / "out.gpkg")}, context)[0]
