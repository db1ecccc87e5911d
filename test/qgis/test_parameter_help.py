"""Provider-wide: every input parameter explains itself, and every algorithm sits in a group of the one table.

The registry is read by the probe of test_translation_zh_cn.py (a fresh QGIS process under en_US and one under
zh_CN with the .qm compiled from the current .ts). An input parameter (anything but a destination) must carry
a help text (the tooltip and help panel of the Processing dialog) in English, and under zh_CN a help text that
is the .ts translation and not the English source. Every algorithm's group id is a key of
``processing_algorithms.base.group_names`` and its group name is that table's name, translated under zh_CN.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_translation_zh_cn import compiled_qm, expected_translation, probes, registries  # noqa: E402, F401

CJK = re.compile(r"[\u4e00-\u9fff]")


def inputs_without_help(registry):
    """``alg:PARAMETER`` of every input parameter whose help is empty."""
    return sorted("{}:{}".format(alg_id, name) for alg_id, alg in registry["algorithms"].items()
                  for name, p in alg["parameters"].items() if not p["destination"] and not p["help"].strip())


def test_the_check_catches_a_parameter_without_help():
    registry = {"algorithms": {"x": {"parameters": {
        "A": {"help": "Road lines.", "destination": False}, "B": {"help": "", "destination": False},
        "C": {"help": "  ", "destination": False}, "OUTPUT": {"help": "", "destination": True}}}}}
    assert inputs_without_help(registry) == ["x:B", "x:C"]


def test_every_input_parameter_has_help(registries):  # noqa: F811 (the imported fixture)
    en, zh, _ = registries
    count = sum(not p["destination"] for alg in en["algorithms"].values() for p in alg["parameters"].values())
    assert count > 200, "the probe found only {} input parameters".format(count)
    assert inputs_without_help(en) == [], "input parameters without help"
    assert inputs_without_help(zh) == [], "input parameters without help under zh_CN"


def test_help_is_shown_translated_under_zh_cn(registries):  # noqa: F811 (the imported fixture)
    en, zh, table = registries
    wrong = []
    for alg_id, alg in en["algorithms"].items():
        for name, p in alg["parameters"].items():
            if p["destination"]:
                continue
            english, chinese = p["help"], zh["algorithms"][alg_id]["parameters"][name]["help"]
            expected = expected_translation(english, table)
            if expected is None or chinese != expected or chinese == english or not CJK.search(chinese):
                wrong.append("{}:{} shows {!r}".format(alg_id, name, chinese[:60]))
    assert not wrong, "help not translated under zh_CN:\n" + "\n".join(wrong)


def test_every_group_comes_from_the_one_table(registries):  # noqa: F811 (the imported fixture)
    en, zh, table = registries
    groups_en, groups_zh = en["groups"], zh["groups"]
    assert set(groups_en) == set(groups_zh)
    assert len(set(groups_en.values())) == len(groups_en), "two group ids with the same name"
    assert len(set(groups_zh.values())) == len(groups_zh), "two group ids with the same name under zh_CN"
    used = set()
    for alg_id, alg in en["algorithms"].items():
        group_id = alg["groupId"]
        assert group_id in groups_en, "{}: group id {!r} is not in base.group_names()".format(alg_id, group_id)
        shown = zh["algorithms"][alg_id]
        assert shown["groupId"] == group_id
        assert alg["group"] == groups_en[group_id]
        assert shown["group"] == groups_zh[group_id] == table[groups_en[group_id]] != groups_en[group_id]
        assert CJK.search(shown["group"]), "{}: group {!r} not in Chinese".format(alg_id, shown["group"])
        used.add(group_id)
    assert used == set(groups_en), "groups of the table that no algorithm uses: {}".format(set(groups_en) - used)


def test_air_algorithms_share_one_group(registries):  # noqa: F811 (the imported fixture)
    en, _, _ = registries
    algorithms = en["algorithms"]
    assert algorithms["hotspotgrid"]["groupId"] == algorithms["sourceattribution"]["groupId"] == "airquality"
    assert algorithms["hotspotgrid"]["group"] == "Air quality"
