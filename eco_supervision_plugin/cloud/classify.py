"""Classify stations with the project's standards: HJ 633 AQI (air) and GB 3838 class (water)."""

from ..core.messages import Note
from ..standards import gb3095, gb3838, hj633
from .model import AIR_PARAMETERS

WATER_ITEMS = ("pH", "DO", "CODMn", "NH3N", "TP", "TN")


def classify_station(station, water_body=None, date=None):
    """{"class": label, "level": int|None, "colour": "#rrggbb", "detail": Note} for a Station.

    ``detail`` is a ``Note`` (a str that keeps its template), so a layer written for a Chinese user reads
    "AQI 120（HJ 633-2012），首要污染物：PM2_5" while the English text is unchanged.

    Air: real-time (1-h) AQI of HJ 633 from the latest values; water: GB 3838 single-factor class of the
    latest values (TN only for lakes and reservoirs, as the standard says).
    """
    values = station.latest_values()
    if station.network == "air":
        conc = {k: v for k, v in values.items() if k in AIR_PARAMETERS}
        if not conc:
            return {"class": "", "level": None, "colour": "#999999", "detail": Note("no pollutant value")}
        r = hj633.aqi(conc, averaging="1h", date=date)
        return {"class": r.category_en, "class_zh": r.category_zh, "level": r.level, "colour": r.colour,
                "aqi": r.aqi, "detail": Note("AQI {} ({}), primary: {}", r.aqi, r.standard,
                                             ", ".join(r.primary) or "-")}
    if station.network == "water":
        body = water_body or station.properties.get("water_body") or gb3838.RIVER
        try:
            body = gb3838.normalise_water_body(body)
        except ValueError:
            body = gb3838.RIVER
        items = {k: v for k, v in values.items() if k in WATER_ITEMS}
        cls, worst = gb3838.section_class(items, body)
        if cls is None:
            return {"class": "", "level": None, "colour": "#999999", "detail": Note("no assessed item")}
        label = gb3838.CLASS_LABELS[cls]
        return {"class": label[0], "class_zh": label[0], "level": cls, "colour": gb3838.CLASS_COLOURS[cls],
                "detail": Note("{} worse than V, worst: {}", gb3838.STANDARD, ", ".join(worst)) if cls == 6 else
                Note("{} class {}, worst: {}", gb3838.STANDARD, label[0], ", ".join(worst))}
    return {"class": "", "level": None, "colour": "#999999", "detail": Note("unknown network")}


def limit_for(network, code, target_class=None, water_body=None, averaging="1h", date=None):
    """The limit line of the chart: GB 3095 Grade II (1-h; PM 24-h) or the GB 3838 target class.

    Returns (limit, kind) where kind is "max" (value above exceeds), "min" (DO: value below exceeds) or
    "range" (pH: (lo, hi)); (None, None) when the standard has no limit for this parameter.
    """
    try:
        if network == "air":
            avg = "24h" if code in ("PM2_5", "PM10") else averaging
            return gb3095.limit(code, avg, grade=2, date=date), "max"
        if network == "water":
            body = gb3838.normalise_water_body(water_body or gb3838.RIVER)
            lim = gb3838.limit(code, target_class or 3, body)
            if code == "pH":
                return tuple(lim), "range"
            return lim, "min" if gb3838.ITEMS[code]["higher_is_better"] else "max"
    except (ValueError, KeyError):
        return None, None
    return None, None


def exceeds(value, limit, kind):
    if value is None or limit is None:
        return False
    if kind == "range":
        return not (limit[0] <= value <= limit[1])
    if kind == "min":
        return value < limit
    return value > limit
