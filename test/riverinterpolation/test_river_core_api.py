"""The reusable river API: network building from fields, GB 3838 classes, the method protocol, the plan."""

import math

import numpy as np
import pytest

from eco_supervision.eco_supervision_plugin.core.river import classes, interpolation, methods, plan, system
from eco_supervision.eco_supervision_plugin.standards import gb3838


def y_lines(**columns):
    """Tributaries A (row 0) and B (row 1, two parts) join at (3000, 0) into C (row 2)."""
    parts = [np.array([[0.0, 4000.0], [3000.0, 0.0]]),  # A: 5000 m
             np.array([[3000.0, -5000.0], [3000.0, -2000.0]]), np.array([[3000.0, -2000.0], [3000.0, 0.0]]),  # B
             np.array([[3000.0, 0.0], [9000.0, 0.0]])]  # C: 6000 m
    return system.RiverLines(parts=parts, part_row=np.array([0, 1, 1, 2]), fids=np.array([11, 12, 13]), **columns)


# -- GB 3838 classes: Table 1 by hand ------------------------------------------------------------------------


@pytest.mark.parametrize("item, value, target, body, expected", [
    ("NH3N", 1.2, 3, "river", 0.2),  # class III limit 1.0 mg/L
    ("CODMn", 7.0, 3, "river", 1.0 / 6.0),  # class III limit 6
    ("TP", 0.1, 3, "lake", 1.0),  # lakes and reservoirs: class III 0.05
    ("TP", 0.1, 3, "river", 0.0),  # rivers: 0.1 is class II
    ("COD", 15.0, 1, "river", 0.0),  # on the class I limit: meets it
    ("DO", 4.0, 3, "river", 0.2),  # deficit below 5 mg/L
    ("pH", 9.5, 3, "river", math.nan),  # no multiple for pH
])
def test_exceedance_multiples_by_hand(item, value, target, body, expected):
    got = gb3838.exceedance_multiples(item, [value, math.nan], target, body, do_convention="deficit")
    if math.isnan(expected):
        assert math.isnan(got[0])
    else:
        assert got[0] == pytest.approx(expected)
    assert math.isnan(got[1])


def test_classes_single_factor_rule_and_length_per_class():
    values = np.array([[3.0, 1.2], [7.0, 0.3], [20.0, 2.5], [math.nan, math.nan]])  # CODMn, NH3N
    got = classes.classify(values, ["CODMn", "NH3N"], "river", 3)
    # Table 1: CODMn 3 → II, 7 → IV, 20 → 劣V; NH3N 1.2 → IV, 0.3 → II, 2.5 → 劣V
    assert got.cls.tolist() == [[2, 4], [4, 2], [6, 6], [0, 0]]
    assert got.overall.tolist() == [4, 4, 6, 0]
    np.testing.assert_allclose(got.multiple[0], [0.0, 0.2])
    np.testing.assert_allclose(got.multiple[2], [14.0 / 6.0, 1.5])
    rows = classes.length_per_class(np.array([1000.0, 500.0, 2500.0, 1000.0]), got.overall)
    by = {r["class"]: r for r in rows}
    assert by["IV"]["length_km"] == 1.5 and by["劣V"]["length_km"] == 2.5 and by["I"]["length_km"] == 0.0
    assert by[classes.NO_CLASS_LABEL]["percent"] == 20.0
    assert classes.over_target_text(["CODMn", "NH3N"], got.multiple, got.over) == [
        "NH3N(0.20)", "CODMn(0.17)", "CODMn(2.33); NH3N(1.50)", None]


def test_unknown_items_refused_unless_allowed():
    with pytest.raises(ValueError, match="temp.*CODMn"):
        classes.gb3838_items(["NH3N", "temp"])
    assert classes.gb3838_items(["氨氮", "temp"], allow_other=True) == ["NH3N", None]


# -- the directed network from fields ------------------------------------------------------------------------


def test_river_system_fields_per_reach():
    lines = y_lines(discharge=np.array([2.0, 6.0, 8.0]), velocity=np.array([math.nan, -1.0, 0.5]),
                    columns={"width": np.array([10.0, 20.0, 40.0])})
    built = system.build_river_system(lines, system.NetworkOptions(node_tolerance=1.0, default_velocity=0.25))
    assert built.reach_fid.tolist() == [11, 12, 12, 13]
    np.testing.assert_allclose(built.velocity, [0.25, 0.25, 0.25, 0.5])  # missing and negative → default
    np.testing.assert_allclose(built.travel_time_s(), [5000 / 0.25, 3000 / 0.25, 2000 / 0.25, 6000 / 0.5])
    # from the downstream end of each reach to the outlet: A and B's second part drain through C (6000 m at 0.5)
    np.testing.assert_allclose(built.travel_time_to_outlet_s(), [12000.0, 8000.0 + 12000.0, 12000.0, 0.0])
    np.testing.assert_allclose(built.reach_values(lines.columns["width"]), [10.0, 20.0, 20.0, 40.0])
    # the discharge is the branch weight: shares 2/8 and 6/8 at the confluence
    np.testing.assert_allclose(built.net.afv, [0.25, 0.75, 0.75, 1.0])
    assert built.lines_reversed_by_field == 0


def test_river_system_reverse_flags_and_refusals():
    lines = y_lines(reverse=np.array([False, False, True]))  # C drawn against the flow
    built = system.build_river_system(lines)
    assert built.lines_reversed_by_field == 1
    assert built.net.down.tolist() == [-1, 2, -1, -1]  # the junction is a sink then: nothing flows on
    with pytest.raises(ValueError, match="node tolerance"):
        system.build_river_system(y_lines(), system.NetworkOptions(node_tolerance=1e6))
    with pytest.raises(ValueError, match="elevation field at the last vertex"):
        system.build_river_system(y_lines(elevation_end=np.array([1.0, 2.0, 3.0])))


def test_node_tolerance_message_names_the_node_tolerance():
    try:
        system.build_river_system(y_lines(), system.NetworkOptions(node_tolerance=1e6))
    except ValueError as error:
        text = str(error)
    assert "node tolerance (1000000.0 m)" in text and "NODE_TOLERANCE" in text
    assert "snapping" not in text


# -- the method protocol ---------------------------------------------------------------------------------------


def _data():
    built = system.build_river_system(y_lines(discharge=np.array([2.0, 6.0, 8.0])))
    net = built.net
    reach = np.array([0, 0, 1, 2, 3, 3, 3])
    pos = np.array([500.0, 4000.0, 1000.0, 1500.0, 300.0, 2500.0, 5500.0])
    values = np.array([[5.0], [4.6], [2.0], [2.4], [3.1], [3.0], [2.7]])
    return built, methods.SiteData(net, reach, pos, net.points_xy(reach, pos), values, ["NH3N"])


@pytest.mark.parametrize("make", [
    lambda b: methods.FlowIdwMethod(2.0),
    lambda b: methods.DecayMethod(b.net, b.velocity, b.discharge, {"NH3N": 0.3}),
    lambda b: methods.StraightIdwMethod(2.0),
])
def test_loo_equals_predicting_with_the_section_left_out(make):
    built, data = _data()
    method = make(built)
    loo = method.loo(data).pred[:, 0]
    for i in range(data.n):
        keep = np.arange(data.n) != i
        rest = methods.SiteData(data.net, data.reach[keep], data.pos[keep], data.xy[keep], data.values[keep],
                                data.names)
        again = make(built).predict(rest, methods.Targets(data.reach[i:i + 1], data.pos[i:i + 1])).values[0, 0]
        if math.isnan(again):
            assert math.isnan(loo[i])
        else:
            assert loo[i] == pytest.approx(again, rel=1e-12)


def test_idw_run_keeps_kriging_notes_out_of_its_warnings():
    built, data = _data()
    sections = {"reach": data.reach[:2], "pos": data.pos[:2], "xy": data.xy[:2], "values": data.values[:2]}
    res = interpolation.run_interpolation(built.net, [0, 3], [100.0, 100.0], sections, ["NH3N"], method="idw",
                                          velocity=built.velocity, loo_methods=interpolation.LOO_METHODS)
    assert not any("kriging" in w for w in res.warnings)
    assert any("too few to fit kriging" in w for w in res.cv_notes)
    kr = interpolation.run_interpolation(built.net, [0, 3], [100.0, 100.0], sections, ["NH3N"], method="kriging",
                                         loo_methods=("kriging",))
    assert any("too few to fit kriging" in w for w in kr.warnings)


# -- the plan ---------------------------------------------------------------------------------------------------


def test_plan_maps_decay_rates_by_item_and_lists_unused_ones():
    by_name, unused = plan.decay_rates_by_field({"氨氮": 0.15, "CODMn": 0.2, "TP": 0.05}, ["NH3N_mg", "CODMn"],
                                                ["NH3N", "CODMn"])
    assert by_name == {"NH3N_mg": 0.15, "CODMn": 0.2} and unused == ["TP"]


def test_plan_on_the_y_network_by_hand():
    lines = y_lines(discharge=np.array([2.0, 6.0, 8.0]), velocity=np.array([0.3, 0.3, 0.3]))
    sections = plan.SectionInput(xy=np.array([[0.0, 4000.0], [3000.0, -5000.0], [50000.0, 0.0]]),
                                 fids=np.array([1, 2, 3]), labels=["A", "B", "far"], names=["CODMn"],
                                 values=[np.array([2.0, 6.0, 1.0])])
    options = plan.RiverOptions(method="decay", rates={"CODMn": 0.0}, calibrate=False, segment_length=1000.0,
                                snap_tolerance=50.0, target_class=3)
    result = plan.plan_river_interpolation(lines, sections, options)
    on_c = result.system.reach_fid[result.segments.reach] == 13
    np.testing.assert_allclose(result.values[on_c, 0], (2 * 2.0 + 6 * 6.0) / 8)  # complete mixing by discharge
    assert result.too_far == [{"section": "far", "distance_m": 41000.0}]
    report = result.report(crs="EPSG:4548")
    assert report["river_length_km"] == pytest.approx(16.0)
    rows = {r["class"]: r["length_km"] for r in report["length_per_class"]}
    # CODMn 2 → I on A (5 km), 6 → III on B (5 km), 5 → III on C (6 km)
    assert rows["I"] == pytest.approx(5.0) and rows["III"] == pytest.approx(11.0)
    assert report["length_meeting_target_percent"] == 100.0
    schema = [name for name, _ in result.segment_schema()]
    first = next(result.segment_rows())[1]
    assert len(schema) == len(first) and dict(zip(schema, first))["reach_fid"] == 11
