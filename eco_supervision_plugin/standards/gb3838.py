"""GB 3838-2002 Environmental quality standards for surface water: Table 1 basic items.

Sources
-------
* GB 3838-2002 《地表水环境质量标准》, Table 1 "地表水环境质量标准基本项目标准限值" (mg/L unless noted),
  in force since 2002-06-01. Values below are transcribed from Table 1 and cross-checked against two
  public transcriptions (a journal reproduction of Table 1 at hanspub.org and the C# implementation
  sm1lewc/Journey.EQSFSW ``V2002/StandardLimitsForBasicItems.cs``).
* 《地表水环境质量评价办法（试行）》 (环办〔2011〕22号, the "2011 evaluation method") for how bulletins
  use Table 1: the single-factor rule (a section takes the class of its worst item), "从优不从劣" when
  adjacent classes share a limit, the exceedance multiple ``(C - C_std) / C_std`` with no multiple for
  water temperature, pH and dissolved oxygen, and water temperature / total nitrogen / faecal
  coliform as reference items assessed separately (total nitrogen is not assessed for rivers at all).

Conventions of this module
--------------------------
* Classes are integers: 1..5 for I..V, 6 for "劣V" (worse than V).
* A value exactly on a limit meets that class (the table's limits are "≤" maxima, "≥" for DO).
  Comparisons use a relative tolerance of 1e-9 so that e.g. 0.1 + 0.2 still meets a 0.3 limit.
* When adjacent classes share a limit (COD 15/15, Cu 1.0 for II..V, ...) the better class applies
  (2011 method: "从优不从劣").
* pH 6–9 (dimensionless) is the same for classes I..V: inside → class 1, outside → class 6.
* DO is "higher is better": class I needs ≥ 7.5 mg/L (Table 1 also allows 90 % saturation for class
  I; only mg/L is handled here), < 2 mg/L is worse than V.
* Total phosphorus has separate limits for lakes and reservoirs (Table 1 item 8, "湖、库").
* Total nitrogen: Table 1 item 9 is headed "总氮（湖、库，以N计）" — it is defined for lakes and
  reservoirs only. This module does not classify TN for rivers: ``classify("TN", v, "river")``
  raises ``ValueError`` and ``section_class`` skips TN for rivers (as the 2011 method does).
* Water temperature (Table 1 item 1) is a limit on man-made change, not a class limit: not included.
"""

import math

import numpy as np

from ..core.messages import PlannerError

STANDARD = "GB 3838-2002"

RIVER = "river"
LAKE = "lake"  # lakes and reservoirs (湖、库)

# ---------------------------------------------------------------------------------------------
# Table 1 basic items. ``limits`` maps water body -> limits for classes I..V.
# Item numbers are those of GB 3838-2002 Table 1.
# ---------------------------------------------------------------------------------------------
_SAME = object()


def _item(no, en, zh, unit, limits, lake_limits=_SAME, higher_is_better=False, notes="", reference=False):
    limits = tuple(float(v) for v in limits) if limits is not None else None
    if lake_limits is _SAME:
        lake_limits = limits
    elif lake_limits is not None:
        lake_limits = tuple(float(v) for v in lake_limits)
    by_body = {}
    if limits is not None:
        by_body[RIVER] = limits
    if lake_limits is not None:
        by_body[LAKE] = lake_limits
    return {
        "table_item": no,
        "name_en": en,
        "name_zh": zh,
        "unit": unit,
        "limits": by_body,
        "higher_is_better": higher_is_better,
        "notes": notes,
        "reference_item": reference,
    }


ITEMS = {
    # Item 2: pH 6~9 for every class (dimensionless). limits hold (min, max), see classify().
    "pH": dict(
        _item(2, "pH", "pH值", "", None, None, notes="6–9 for classes I–V; outside the range is worse than V"),
        limits={RIVER: (6.0, 9.0), LAKE: (6.0, 9.0)},
        range_item=True,
    ),
    # Item 3: dissolved oxygen ≥ 饱和率90%（或7.5）, 6, 5, 3, 2.
    "DO": _item(3, "Dissolved oxygen", "溶解氧", "mg/L", (7.5, 6, 5, 3, 2), higher_is_better=True,
                notes="Higher is better; class I also met at 90 % saturation (not handled)."),
    # Item 4: permanganate index ≤ 2, 4, 6, 10, 15.
    "CODMn": _item(4, "Permanganate index", "高锰酸盐指数", "mg/L", (2, 4, 6, 10, 15)),
    # Item 5: chemical oxygen demand (COD, dichromate) ≤ 15, 15, 20, 30, 40.
    "COD": _item(5, "Chemical oxygen demand", "化学需氧量", "mg/L", (15, 15, 20, 30, 40)),
    # Item 6: five-day biochemical oxygen demand ≤ 3, 3, 4, 6, 10.
    "BOD5": _item(6, "Five-day biochemical oxygen demand", "五日生化需氧量", "mg/L", (3, 3, 4, 6, 10)),
    # Item 7: ammonia nitrogen (NH3-N) ≤ 0.15, 0.5, 1.0, 1.5, 2.0.
    "NH3N": _item(7, "Ammonia nitrogen", "氨氮", "mg/L", (0.15, 0.5, 1.0, 1.5, 2.0)),
    # Item 8: total phosphorus (as P) ≤ 0.02, 0.1, 0.2, 0.3, 0.4; lakes/reservoirs 0.01, 0.025, 0.05, 0.1, 0.2.
    "TP": _item(8, "Total phosphorus", "总磷", "mg/L", (0.02, 0.1, 0.2, 0.3, 0.4),
                (0.01, 0.025, 0.05, 0.1, 0.2), notes="Lakes and reservoirs have stricter limits."),
    # Item 9: total nitrogen (lakes/reservoirs, as N) ≤ 0.2, 0.5, 1.0, 1.5, 2.0.
    "TN": _item(9, "Total nitrogen", "总氮", "mg/L", None, (0.2, 0.5, 1.0, 1.5, 2.0), reference=True,
                notes="Lakes and reservoirs only (Table 1 item 9); not classified for rivers."),
    # Item 10: copper ≤ 0.01, 1.0, 1.0, 1.0, 1.0.
    "Cu": _item(10, "Copper", "铜", "mg/L", (0.01, 1.0, 1.0, 1.0, 1.0)),
    # Item 11: zinc ≤ 0.05, 1.0, 1.0, 2.0, 2.0.
    "Zn": _item(11, "Zinc", "锌", "mg/L", (0.05, 1.0, 1.0, 2.0, 2.0)),
    # Item 12: fluoride (as F-) ≤ 1.0, 1.0, 1.0, 1.5, 1.5.
    "F": _item(12, "Fluoride", "氟化物", "mg/L", (1.0, 1.0, 1.0, 1.5, 1.5)),
    # Item 13: selenium ≤ 0.01, 0.01, 0.01, 0.02, 0.02.
    "Se": _item(13, "Selenium", "硒", "mg/L", (0.01, 0.01, 0.01, 0.02, 0.02)),
    # Item 14: arsenic ≤ 0.05, 0.05, 0.05, 0.1, 0.1.
    "As": _item(14, "Arsenic", "砷", "mg/L", (0.05, 0.05, 0.05, 0.1, 0.1)),
    # Item 15: mercury ≤ 0.00005, 0.00005, 0.0001, 0.001, 0.001.
    "Hg": _item(15, "Mercury", "汞", "mg/L", (0.00005, 0.00005, 0.0001, 0.001, 0.001)),
    # Item 16: cadmium ≤ 0.001, 0.005, 0.005, 0.005, 0.01.
    "Cd": _item(16, "Cadmium", "镉", "mg/L", (0.001, 0.005, 0.005, 0.005, 0.01)),
    # Item 17: chromium (hexavalent) ≤ 0.01, 0.05, 0.05, 0.05, 0.1.
    "Cr6": _item(17, "Chromium (hexavalent)", "铬（六价）", "mg/L", (0.01, 0.05, 0.05, 0.05, 0.1)),
    # Item 18: lead ≤ 0.01, 0.01, 0.05, 0.05, 0.1.
    "Pb": _item(18, "Lead", "铅", "mg/L", (0.01, 0.01, 0.05, 0.05, 0.1)),
    # Item 19: cyanide ≤ 0.005, 0.05, 0.2, 0.2, 0.2.
    "CN": _item(19, "Cyanide", "氰化物", "mg/L", (0.005, 0.05, 0.2, 0.2, 0.2)),
    # Item 20: volatile phenol ≤ 0.002, 0.002, 0.005, 0.01, 0.1.
    "VPhenol": _item(20, "Volatile phenol", "挥发酚", "mg/L", (0.002, 0.002, 0.005, 0.01, 0.1)),
    # Item 21: petroleum ≤ 0.05, 0.05, 0.05, 0.5, 1.0.
    "Petroleum": _item(21, "Petroleum", "石油类", "mg/L", (0.05, 0.05, 0.05, 0.5, 1.0)),
    # Item 22: anionic surfactant (LAS) ≤ 0.2, 0.2, 0.2, 0.3, 0.3.
    "LAS": _item(22, "Anionic surfactant", "阴离子表面活性剂", "mg/L", (0.2, 0.2, 0.2, 0.3, 0.3)),
    # Item 23: sulfide ≤ 0.05, 0.1, 0.2, 0.5, 1.0.
    "Sulfide": _item(23, "Sulfide", "硫化物", "mg/L", (0.05, 0.1, 0.2, 0.5, 1.0)),
    # Item 24: faecal coliform (count/L) ≤ 200, 2000, 10000, 20000, 40000.
    "FC": _item(24, "Faecal coliform", "粪大肠菌群", "count/L", (200, 2000, 10000, 20000, 40000), reference=True,
                notes="Unit: count per litre (个/L)."),
}

# Aliases (compared after lower-casing and removing spaces, '_', '-', '.', '(', ')', '（', '）').
_ALIASES = {
    "pH": ["ph", "ph值", "酸碱度"],
    "DO": ["do", "dissolvedoxygen", "溶解氧", "o2"],
    "CODMn": ["codmn", "cod_mn", "imn", "permanganateindex", "permanganate", "高锰酸盐指数", "高锰酸钾指数"],
    "COD": ["cod", "codcr", "cod_cr", "chemicaloxygendemand", "化学需氧量"],
    "BOD5": ["bod5", "bod", "bod_5", "五日生化需氧量", "生化需氧量"],
    "NH3N": ["nh3n", "nh3_n", "nh3-n", "nh4n", "nh4_n", "ammonia", "ammonianitrogen", "an", "氨氮"],
    "TP": ["tp", "totalphosphorus", "总磷"],
    "TN": ["tn", "totalnitrogen", "总氮"],
    "Cu": ["cu", "copper", "铜"],
    "Zn": ["zn", "zinc", "锌"],
    "F": ["f", "fluoride", "氟化物", "氟"],
    "Se": ["se", "selenium", "硒"],
    "As": ["as", "arsenic", "砷"],
    "Hg": ["hg", "mercury", "汞"],
    "Cd": ["cd", "cadmium", "镉"],
    "Cr6": ["cr6", "cr6+", "crvi", "cr+6", "hexavalentchromium", "chromiumvi", "chromiumhexavalent", "六价铬",
            "铬六价"],
    "Pb": ["pb", "lead", "铅"],
    "CN": ["cn", "cyanide", "氰化物"],
    "VPhenol": ["vphenol", "volatilephenol", "volatilephenols", "phenol", "挥发酚"],
    "Petroleum": ["petroleum", "oil", "石油类"],
    "LAS": ["las", "anionicsurfactant", "surfactant", "阴离子表面活性剂"],
    "Sulfide": ["sulfide", "sulphide", "s2", "s2-", "硫化物"],
    "FC": ["fc", "faecalcoliform", "fecalcoliform", "faecalcoliforms", "fecalcoliforms", "粪大肠菌群"],
}


def _key(name):
    text = str(name).strip().lower()
    for ch in " _-.()（）·":
        text = text.replace(ch, "")
    return text


_LOOKUP = {}
for _code, _names in _ALIASES.items():
    _LOOKUP[_key(_code)] = _code
    for _name in _names:
        _LOOKUP[_key(_name)] = _code

#: Field names this module understands, for error messages.
UNDERSTOOD_NAMES = ", ".join(
    "{} ({})".format(code, ITEMS[code]["name_zh"]) for code in ITEMS
) + "; also e.g. codmn, COD_Mn, NH3-N, nh3_n, 氨氮, 总磷, 溶解氧"

#: Class number → colour (hex). The scheme of China's national surface-water quality publications
#: (I–II blue shades, III green, IV yellow, V orange, 劣V red; the 2011 evaluation method names the
#: colours blue / green / yellow / orange / red for 优 / 良好 / 轻度 / 中度 / 重度污染).
CLASS_COLOURS = {1: "#CFFFFF", 2: "#8FFFFF", 3: "#7FFF7F", 4: "#FFFF6F", 5: "#FFC000", 6: "#FF0000"}

#: Class number → (label, English label).
CLASS_LABELS = {
    1: ("I", "class I"),
    2: ("II", "class II"),
    3: ("III", "class III"),
    4: ("IV", "class IV"),
    5: ("V", "class V"),
    6: ("劣V", "worse than V"),
}

#: Class number → qualitative status (2011 evaluation method, Table "断面水质定性评价"): (zh, en).
CLASS_STATUS = {
    1: ("优", "excellent"),
    2: ("优", "excellent"),
    3: ("良好", "good"),
    4: ("轻度污染", "slightly polluted"),
    5: ("中度污染", "moderately polluted"),
    6: ("重度污染", "heavily polluted"),
}

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "劣v": 6, "vi": 6, "worsethanv": 6,
          "ⅰ": 1, "ⅱ": 2, "ⅲ": 3, "ⅳ": 4, "ⅴ": 5, "劣ⅴ": 6}

_TOL = 1e-9


def normalise_item(name):
    """Item code for a field name ("CODMn", "codmn", "COD_Mn", "NH3-N", "氨氮", "总磷", ...), None if unknown."""
    if name is None:
        return None
    return _LOOKUP.get(_key(name))


def normalise_water_body(water_body):
    """``"river"`` or ``"lake"`` (lakes and reservoirs) from e.g. "河流", "湖库", "reservoir"."""
    key = _key(water_body or RIVER)
    if key in ("river", "rivers", "stream", "canal", "河流", "河", "河道", "运河", "渠道", "江河"):
        return RIVER
    if key in ("lake", "lakes", "reservoir", "reservoirs", "lakereservoir", "lake/reservoir", "湖", "湖泊", "水库",
               "湖库", "湖、库", "库"):
        return LAKE
    raise PlannerError("Unknown water body '{}': use 'river' or 'lake' (lakes and reservoirs, 湖库).", water_body)


def parse_class(value):
    """Class number from 1..6, "I".."V", "劣V", "Ⅲ", "III类"; raises ValueError otherwise."""
    if isinstance(value, (int, np.integer)) and 1 <= int(value) <= 6:
        return int(value)
    text = _key(value).replace("类", "").replace("class", "")
    if text.isdigit() and 1 <= int(text) <= 6:
        return int(text)
    if text in _ROMAN:
        return _ROMAN[text]
    raise PlannerError("Unknown water quality class '{}': use I, II, III, IV, V or 劣V.", value)


def _code(item):
    code = item if item in ITEMS else normalise_item(item)
    if code is None:
        raise PlannerError("Unknown water quality item '{}'. Understood: {}", item, UNDERSTOOD_NAMES)
    return code


def applies(item, water_body=RIVER):
    """True when Table 1 gives class limits for ``item`` in this water body (False: TN in rivers)."""
    return normalise_water_body(water_body) in ITEMS[_code(item)]["limits"]


def limits(item, water_body=RIVER):
    """The five class limits (I..V) of ``item``; for pH the (min, max) range."""
    code = _code(item)
    body = normalise_water_body(water_body)
    try:
        return ITEMS[code]["limits"][body]
    except KeyError:
        raise PlannerError(
            "{} ({}) has no class limits for rivers in GB 3838-2002 Table 1 (lakes and reservoirs only).",
            ITEMS[code]["name_en"], ITEMS[code]["name_zh"],
        ) from None


def limit(item, target_class, water_body=RIVER):
    """The limit of one class (1..5 or "I".."V")."""
    cls = parse_class(target_class)
    if cls > 5:
        raise PlannerError("Class 劣V has no limit.")
    lims = limits(item, water_body)
    if _code(item) == "pH":
        return lims
    return lims[cls - 1]


def _missing(value):
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    try:
        return math.isnan(float(value))
    except (TypeError, ValueError):
        raise PlannerError("Not a number: {!r}", value) from None


def classify(item, value, water_body=RIVER):
    """Class 1..5 (I..V) or 6 (劣V) of one measured value; None when the value is missing (None/NaN).

    Raises ValueError for an unknown item or for total nitrogen in a river.
    """
    code = _code(item)
    lims = limits(code, water_body)
    if _missing(value):
        return None
    v = float(value)
    if code == "pH":
        return 1 if lims[0] <= v <= lims[1] else 6
    if ITEMS[code]["higher_is_better"]:
        for cls, lim in enumerate(lims, start=1):
            if v >= lim * (1 - _TOL):
                return cls
        return 6
    for cls, lim in enumerate(lims, start=1):
        if v <= lim * (1 + _TOL):
            return cls
    return 6


def classify_array(item, values, water_body=RIVER):
    """Vectorised :func:`classify`: int8 array of classes, 0 where the value is missing."""
    code = _code(item)
    lims = np.asarray(limits(code, water_body), dtype=float)
    v = np.asarray(values, dtype=float)
    out = np.zeros(v.shape, dtype=np.int8)
    ok = ~np.isnan(v)
    if code == "pH":
        out[ok] = np.where((v[ok] >= lims[0]) & (v[ok] <= lims[1]), 1, 6)
    elif ITEMS[code]["higher_is_better"]:
        out[ok] = np.searchsorted(-(lims * (1 - _TOL)), -v[ok], side="left") + 1
    else:
        out[ok] = np.searchsorted(lims * (1 + _TOL), v[ok], side="left") + 1
    return out


def _assessed_items(values, water_body, reference_items_separately):
    body = normalise_water_body(water_body)
    for name, value in values.items():
        code = normalise_item(name)
        if code is None or body not in ITEMS[code]["limits"]:
            continue
        if reference_items_separately and ITEMS[code]["reference_item"]:
            continue
        if _missing(value):
            continue
        yield code, float(value)


def item_classes(values, water_body=RIVER, reference_items_separately=False):
    """{item code: class} for every understood, non-missing value that applies to this water body."""
    return {code: classify(code, v, water_body)
            for code, v in _assessed_items(values, water_body, reference_items_separately)}


def section_class(values, water_body=RIVER, reference_items_separately=False):
    """Single-factor rule: a section's class is the worst class of its items.

    ``values``: {field name: value}; unknown names, missing values and items that do not apply to the
    water body (TN in rivers) are ignored. With ``reference_items_separately=True`` total nitrogen and
    faecal coliform are left out as well (the 2011 evaluation method assesses them separately).
    Returns ``(class, [item codes having that class])``, or ``(None, [])`` when nothing was assessed.
    """
    classes = item_classes(values, water_body, reference_items_separately)
    if not classes:
        return None, []
    worst = max(classes.values())
    return worst, [code for code, cls in classes.items() if cls == worst]


def exceedance_multiple(item, value, target_class=3, water_body=RIVER, do_convention="none"):
    """Exceedance multiple over the target class limit, as bulletins report it: (C − C_std) / C_std.

    0.0 when the value meets the target class. For pH and DO the 2011 evaluation method computes no
    multiple: they return NaN when they miss the target (``do_convention="deficit"`` gives
    (C_std − C) / C_std for DO instead). Missing values give NaN. :func:`exceedance_multiples` does
    the same for an array.
    """
    if _missing(value):
        _code(item)
        parse_class(target_class)
        return float("nan")
    return float(exceedance_multiples(item, [float(value)], target_class, water_body, do_convention)[0])


def main_pollutants(values, target_class=3, water_body=RIVER, top=3, reference_items_separately=True):
    """Main pollutants of a section that misses ``target_class`` (2011 evaluation method).

    Items worse than the target class, ordered by class (worst first), then by exceedance multiple
    over the target class; the first ``top`` are returned as ``[(code, class, multiple)]``.
    """
    cls = parse_class(target_class)
    rows = []
    for code, v in _assessed_items(values, water_body, reference_items_separately):
        got = classify(code, v, water_body)
        if got > cls:
            mult = exceedance_multiple(code, v, cls, water_body)
            rows.append((code, got, mult))
    rows.sort(key=lambda r: (-r[1], -(r[2] if not math.isnan(r[2]) else -1.0)))
    return rows[:top]


def class_label(cls, english=False):
    """"I".."V", "劣V" (or the English label) for a class number; "" for None/0."""
    if not cls:
        return ""
    return CLASS_LABELS[int(cls)][1 if english else 0]


def exceedance_multiples(item, values, target_class=3, water_body=RIVER, do_convention="none"):
    """:func:`exceedance_multiple` over an array of values (same rules; NaN where a value is missing)."""
    code = _code(item)
    cls = parse_class(target_class)
    if cls > 5:
        raise PlannerError("The target class must be I..V.")
    v = np.asarray(values, dtype=float)
    got = classify_array(code, v, water_body)
    out = np.where(np.isnan(v), np.nan, 0.0)
    over = got > cls
    if code == "pH" or not over.any():
        out[over] = np.nan
        return out
    lim = limit(code, cls, water_body)
    if ITEMS[code]["higher_is_better"]:
        out[over] = (lim - v[over]) / lim if do_convention == "deficit" else np.nan
    else:
        out[over] = (v[over] - lim) / lim
    return out
