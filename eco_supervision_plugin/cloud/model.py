"""One internal model for every station source: Station → Series (one per Parameter) → Readings.

Pure Python (no QGIS): parsing of SensorThings/OpenAQ times and results, parameter names, units,
and the flat rows (one per station and parameter) that the layer, the algorithm and snapshots use.
"""

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Optional

from ..core.messages import N_, Note, PlannerError

UTC = dt.timezone.utc

AIR_PARAMETERS = ("PM2_5", "PM10", "O3", "NO2", "SO2", "CO")
WATER_PARAMETERS = ("pH", "DO", "CODMn", "NH3N", "TP", "TN", "TURB", "WTEMP")
#: canonical code → (English name, Chinese name, unit used in this plugin)
PARAMETERS = {
    "PM2_5": ("PM2.5", "细颗粒物", "µg/m³"), "PM10": ("PM10", "可吸入颗粒物", "µg/m³"),
    "O3": ("O3", "臭氧", "µg/m³"), "NO2": ("NO2", "二氧化氮", "µg/m³"), "SO2": ("SO2", "二氧化硫", "µg/m³"),
    "CO": ("CO", "一氧化碳", "mg/m³"), "pH": ("pH", "pH", ""), "DO": (N_("Dissolved oxygen"), "溶解氧", "mg/L"),
    "CODMn": (N_("Permanganate index"), "高锰酸盐指数", "mg/L"), "NH3N": (N_("Ammonia nitrogen"), "氨氮", "mg/L"),
    "TP": (N_("Total phosphorus"), "总磷", "mg/L"), "TN": (N_("Total nitrogen"), "总氮", "mg/L"),
    "TURB": (N_("Turbidity"), "浊度", "NTU"), "WTEMP": (N_("Water temperature"), "水温", "°C"),
    "TEMP": (N_("Air temperature"), "气温", "°C"), "RH": (N_("Relative humidity"), "相对湿度", "%"),
    "WS": (N_("Wind speed"), "风速", "m/s"), "WD": (N_("Wind direction"), "风向", "°"),
}
#: meteorological codes: the wind that ``sourceattribution`` reads (WD in degrees the wind blows from)
MET_PARAMETERS = ("WS", "WD", "TEMP", "RH")
#: the parameter a station panel opens with: the first of these the station measures
PREFERRED_PARAMETERS = ("PM2_5", "PM10", "O3", "NO2", "SO2", "CO", "NH3N", "CODMn", "DO", "TP", "pH", "TN")


def preferred_parameter(codes):
    """The parameter to show first among ``codes`` (PM2.5 for air, NH3-N for water …), else the first code."""
    codes = list(codes)
    return next((c for c in PREFERRED_PARAMETERS if c in codes), codes[0] if codes else None)


_ALIASES = {
    "pm25": "PM2_5", "pm2.5": "PM2_5", "pm2_5": "PM2_5", "细颗粒物": "PM2_5", "fineparticulatematter": "PM2_5",
    "pm10": "PM10", "可吸入颗粒物": "PM10", "o3": "O3", "ozone": "O3", "臭氧": "O3", "no2": "NO2",
    "nitrogendioxide": "NO2", "二氧化氮": "NO2", "so2": "SO2", "sulfurdioxide": "SO2", "sulphurdioxide": "SO2",
    "二氧化硫": "SO2", "co": "CO", "carbonmonoxide": "CO", "一氧化碳": "CO", "ph": "pH", "do": "DO",
    "dissolvedoxygen": "DO", "溶解氧": "DO", "codmn": "CODMn", "permanganateindex": "CODMn", "高锰酸盐指数": "CODMn",
    "nh3n": "NH3N", "nh3-n": "NH3N", "nh4n": "NH3N", "ammonianitrogen": "NH3N", "ammonia": "NH3N", "氨氮": "NH3N",
    "tp": "TP", "totalphosphorus": "TP", "总磷": "TP", "tn": "TN", "totalnitrogen": "TN", "总氮": "TN",
    "turb": "TURB", "turbidity": "TURB", "浊度": "TURB", "wtemp": "WTEMP", "watertemperature": "WTEMP",
    "水温": "WTEMP", "temp": "TEMP", "temperature": "TEMP", "airtemperature": "TEMP", "气温": "TEMP",
    "rh": "RH", "relativehumidity": "RH", "humidity": "RH", "相对湿度": "RH",
    "ws": "WS", "windspeed": "WS", "wspd": "WS", "wdsp": "WS", "风速": "WS", "wd": "WD", "winddirection": "WD",
    "wdir": "WD", "winddir": "WD", "风向": "WD",
}


def normalise_parameter(*names):
    """Canonical parameter code from the first name that is understood (None when none is)."""
    for name in names:
        if not name:
            continue
        text = str(name).strip()
        if text in PARAMETERS:
            return text
        key = re.sub(r"[\s_\-()（）·.]", "", text.lower()).replace("µ", "u")
        if text.lower() in _ALIASES:
            return _ALIASES[text.lower()]
        if key in _ALIASES:
            return _ALIASES[key]
        tail = re.split(r"[/#:]", text)[-1]
        if tail and tail != text:
            found = normalise_parameter(tail)
            if found:
                return found
    return None


def network_of(parameters):
    """"air" when any air pollutant is measured, "water" for any water item, else ""."""
    codes = set(parameters)
    if codes & set(AIR_PARAMETERS):
        return "air"
    if codes & set(WATER_PARAMETERS):
        return "water"
    return ""


def parse_time(value):
    """(start, end) UTC datetimes from an ISO 8601 instant or ``start/end`` interval; (None, None) if absent.

    Naive times are taken as UTC. Raises ValueError for text that is not a time.
    """
    if value in (None, ""):
        return None, None
    if isinstance(value, dt.datetime):
        t = value if value.tzinfo else value.replace(tzinfo=UTC)
        return t.astimezone(UTC), t.astimezone(UTC)
    text = str(value).strip()
    parts = text.split("/")
    if len(parts) > 2:
        raise ValueError("not a time or interval: {!r}".format(value))
    times = [_parse_instant(p) for p in parts]
    return times[0], times[-1]


def _parse_instant(text):
    text = text.strip().replace("Z", "+00:00").replace("z", "+00:00")
    if re.search(r"[+-]\d{4}$", text):
        text = text[:-2] + ":" + text[-2:]
    # Python 3.9's fromisoformat takes 0, 3 or 6 fraction digits only
    m = re.match(r"^(.*T\d\d:\d\d:\d\d)\.(\d+)(.*)$", text)
    if m:
        text = "{}.{}{}".format(m.group(1), (m.group(2) + "000000")[:6], m.group(3))
    t = dt.datetime.fromisoformat(text)
    if t.tzinfo is None:
        t = t.replace(tzinfo=UTC)
    return t.astimezone(UTC)


def parse_result(value):
    """A float from a number, a numeric string (also "1,5"), or None (null, "", "NaN", text, booleans)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        v = float(value)
    elif isinstance(value, str):
        text = value.strip().replace(",", ".")
        try:
            v = float(text)
        except ValueError:
            return None
    elif isinstance(value, dict) and "value" in value:
        return parse_result(value["value"])
    else:
        return None
    return v if math.isfinite(v) else None


# Gas conversions at the reference state of GB 3095-2012 (amendment 2018) for gaseous pollutants:
# 25 °C (298.15 K) and 101.325 kPa, molar volume 24.45 L/mol. mg/m³ = ppm × M / 24.45.
MOLAR_VOLUME_L = 24.45
MOLAR_MASS = {"SO2": 64.066, "NO2": 46.0055, "O3": 47.998, "CO": 28.010}
CONVERSION_CONDITIONS = "25 °C, 101.325 kPa (24.45 L/mol)"


def _unit_key(unit):
    return re.sub(r"\s", "", str(unit or "")).lower().replace("μ", "µ").replace("³", "3").replace("^3", "3")


def convert_unit(code, value, unit):
    """Value in the plugin's unit for ``code`` (see PARAMETERS) and that unit; ValueError when impossible.

    Gases in ppm/ppb are converted with CONVERSION_CONDITIONS. Missing units are taken to be the
    plugin's unit (the caller records that assumption).
    """
    target = PARAMETERS.get(code, ("", "", unit or ""))[2]
    if value is None:
        return None, target
    u = _unit_key(unit)
    t = _unit_key(target)
    if not u or u == t:
        return value, target
    factors = {"µg/m3": 1e-3, "ug/m3": 1e-3, "mg/m3": 1.0, "mg/l": 1.0, "µg/l": 1e-3, "ug/l": 1e-3,
               "microgrampercubicmetre": 1e-3, "microgrampercubicmeter": 1e-3,
               "milligrampercubicmetre": 1.0, "milligrampercubicmeter": 1.0, "milligramperlitre": 1.0,
               "milligramperliter": 1.0}
    if u in factors and t in factors:
        return value * factors[u] / factors[t], target
    if u in ("ppm", "ppb") and code in MOLAR_MASS and t in factors:
        mg_m3 = value * (1.0 if u == "ppm" else 1e-3) * MOLAR_MASS[code] / MOLAR_VOLUME_L
        return mg_m3 / factors[t], target
    if u in ("degc", "°c", "celsius", "degreecelsius") and t == "°c":
        return value, target
    if u in ("1", "phunit", "ph") and code == "pH":
        return value, target
    if u in ("%", "percent") and t == "%":
        return value, target
    if u in ("ntu", "nephelometricturbidityunit") and t == "ntu":
        return value, target
    speed = {"m/s": 1.0, "ms-1": 1.0, "m.s-1": 1.0, "meterpersecond": 1.0, "metrepersecond": 1.0,
             "km/h": 1 / 3.6, "kmh": 1 / 3.6, "kilometerperhour": 1 / 3.6, "kn": 0.514444, "kt": 0.514444,
             "knot": 0.514444, "knots": 0.514444}
    if code == "WS" and u in speed:
        return value * speed[u], target
    if code == "WD" and u in ("°", "deg", "degree", "degrees", "degreeangle", "degreesfromnorth"):
        return value, target
    if code == "WD" and u in ("rad", "radian", "radians"):
        return math.degrees(value) % 360.0, target
    raise PlannerError("cannot convert {} from '{}' to '{}'", code, unit, target)


def as_note(error):
    """A series note from an exception: a translatable Note when the error carries its template."""
    if hasattr(error, "template"):
        return Note(error.template, *error.format_args)
    return str(error)


@dataclass
class Parameter:
    code: str
    name: str = ""
    unit: str = ""
    source_unit: str = ""
    definition: str = ""


@dataclass
class Reading:
    time: Optional[dt.datetime]
    value: Optional[float]
    time_end: Optional[dt.datetime] = None
    raw: object = None


@dataclass
class Series:
    id: object
    parameter: Parameter
    latest: Optional[Reading] = None
    readings: list[Reading] = field(default_factory=list)
    note: str = ""


@dataclass
class Station:
    id: object
    code: str
    name: str
    network: str = ""
    lon: Optional[float] = None
    lat: Optional[float] = None
    properties: dict = field(default_factory=dict)
    series: dict[str, Series] = field(default_factory=dict)

    @property
    def has_location(self):
        return self.lon is not None and self.lat is not None

    def latest_values(self):
        return {code: s.latest.value for code, s in self.series.items() if s.latest and s.latest.value is not None}


ROW_FIELDS = ("station_id", "code", "name", "network", "parameter", "value", "unit", "time", "stale",
              "datastream_id", "lon", "lat")


def rows(stations, now=None, stale_hours=3.0):
    """One dict per station and parameter with its latest value; ``stale`` when older than ``stale_hours``."""
    now = now or dt.datetime.now(UTC)
    out = []
    for st in stations:
        for code, s in sorted(st.series.items()):
            latest = s.latest
            t = latest.time_end or latest.time if latest else None
            stale = t is None or (now - t).total_seconds() > stale_hours * 3600.0
            out.append({
                "station_id": str(st.id), "code": st.code, "name": st.name, "network": st.network,
                "parameter": code, "value": latest.value if latest else None, "unit": s.parameter.unit,
                "time": t, "stale": bool(stale), "datastream_id": str(s.id), "lon": st.lon, "lat": st.lat,
            })
    return out


def filter_stations(stations, network="all", bbox=None):
    """Stations of a network ("air", "water", "all") inside ``bbox`` (lon_min, lat_min, lon_max, lat_max).

    A station without a location is kept only when no bbox is given.
    """
    out = []
    for st in stations:
        if network not in (None, "", "all") and st.network != network:
            continue
        if bbox is not None:
            if not st.has_location:
                continue
            x0, y0, x1, y1 = bbox
            if not (x0 <= st.lon <= x1 and y0 <= st.lat <= y1):
                continue
        out.append(st)
    return out


def hourly_rows(station, histories):
    """One row per hour of a station's history, every parameter in its own field (the readings table of
    ``sourceattribution``: pollutant, WD and WS side by side).

    ``histories`` {parameter code: [Reading]} (e.g. the client's ``history`` per series); readings are put
    on the hour of their time (UTC, floored; the later of two in one hour wins). Returns dicts with
    ``code``, ``time`` and one key per parameter (None where that hour has no value), oldest first.
    """
    table = {}
    for code, readings in histories.items():
        for r in readings:
            t = r.time_end or r.time
            if t is None or r.value is None:
                continue
            hour = t.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
            table.setdefault(hour, {})[code] = r.value
    codes = sorted(histories)
    return [dict({"code": station.code, "time": hour}, **{c: table[hour].get(c) for c in codes})
            for hour in sorted(table)]
