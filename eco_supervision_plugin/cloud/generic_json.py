"""Generic JSON adapter: a provincial or municipal platform's own JSON read through a field mapping.

Many bureau platforms publish station data as plain JSON (not SensorThings). A mapping (a dict, or its
JSON text) says where the records are and which fields mean what; the records become the same
Station/Parameter/Reading model as the other clients. Two layouts:

* ``"wide"``: one record per station and time, one field per parameter
  (``{"stationCode": "A1", "monitorTime": "...", "pm25": 35, "pm10": 60}``);
* ``"long"``: one record per station, parameter and time
  (``{"stationCode": "A1", "pollutant": "PM2.5", "value": 35, "unit": "μg/m³", "time": "..."}``).

Mapping keys (dotted paths such as ``"data.list"`` or ``"location.lon"`` reach into nested objects):

    records        path of the record list in a reply ("" = the reply is the list)         required
    layout         "wide" (default) or "long"
    station_code   field of the station code                                               required
    station_name, lon, lat, network (field), network_value ("air"/"water" for every record)
    time           field of the observation time                                           required
    timezone       offset for times without one (default "+08:00", China Standard Time)
    time_format    strptime format when the times are not ISO 8601 (e.g. "%Y%m%d%H")
    parameters     wide: {parameter code or name: field}; long: optional {source name: parameter code}
    units          wide: {parameter code: unit of that field}
    parameter, value, unit   long: fields of the parameter name, the value and its unit
    page_param, size_param, page_size, first_page, total   optional page/size paging
                   (``total``: path of the total record count in a reply)

Units are converted to the standard unit of each parameter (ppm/ppb → µg/m³ at 25 °C, 101.325 kPa), the
latest reading of each station and parameter is kept, and stations without coordinates are returned
without a location (the pull reports them). Nothing in the mapping is secret; credentials stay in the
transport (QGIS auth config or headers).
"""

import datetime as dt
import json
import re

from ..core.messages import Note, TranslatableError
from .client import StationClient
from .model import (
    Parameter,
    Reading,
    Series,
    Station,
    as_note,
    convert_unit,
    network_of,
    normalise_parameter,
    parse_result,
    parse_time,
)
from .transport import TransportError

REQUIRED = ("records", "station_code", "time")
_OFFSET = re.compile(r"^([+-])(\d\d):?(\d\d)$")


class MappingError(TranslatableError, ValueError):
    """The field mapping is incomplete or does not fit the platform's replies. ``MappingError(template, *args)``."""


def load_mapping(mapping):
    """A checked mapping dict from a dict or JSON text."""
    if isinstance(mapping, str):
        try:
            mapping = json.loads(mapping)
        except ValueError as error:
            raise MappingError("the field mapping is not valid JSON: {}", error) from None
    if not isinstance(mapping, dict):
        raise MappingError("the field mapping must be a JSON object")
    missing = [k for k in REQUIRED if k not in mapping]
    if missing:
        raise MappingError("the field mapping lacks {}", ", ".join(missing))
    layout = mapping.get("layout", "wide")
    if layout not in ("wide", "long"):
        raise MappingError("layout must be 'wide' or 'long', not {!r}", layout)
    if layout == "wide" and not isinstance(mapping.get("parameters"), dict):
        raise MappingError("a wide layout needs 'parameters': {parameter: field}")
    if layout == "long" and not (mapping.get("parameter") and mapping.get("value")):
        raise MappingError("a long layout needs the 'parameter' and 'value' fields")
    offset = mapping.get("timezone", "+08:00")
    if not _OFFSET.match(str(offset)):
        raise MappingError("timezone must be an offset such as +08:00, not {!r}", offset)
    return dict(mapping, layout=layout, timezone=offset)


def get_path(obj, path):
    """``obj`` followed along a dotted path (list indices allowed); None when a step is missing."""
    if path in (None, ""):
        return obj
    for step in str(path).split("."):
        if isinstance(obj, dict):
            obj = obj.get(step)
        elif isinstance(obj, list) and step.lstrip("-").isdigit() and -len(obj) <= int(step) < len(obj):
            obj = obj[int(step)]
        else:
            return None
        if obj is None:
            return None
    return obj


def _zone(offset):
    sign, hours, minutes = _OFFSET.match(offset).groups()
    delta = dt.timedelta(hours=int(hours), minutes=int(minutes))
    return dt.timezone(-delta if sign == "-" else delta)


class GenericJsonClient(StationClient):
    """``GenericJsonClient(url, transport, mapping)``: ``latest()`` → list of Station."""

    has_history = False

    def __init__(self, url, transport, mapping, max_pages=100, log=None, monitor=None):
        self.mapping = load_mapping(mapping)
        super().__init__(url, transport, log=log, monitor=monitor)
        self.url = url
        self.zone = _zone(self.mapping["timezone"])
        self.max_pages = max_pages
        self.skipped = 0

    def records(self):
        m = self.mapping
        page_param = m.get("page_param")
        if not page_param:
            return self._records_of(self.transport.get_json(self.url))
        size = int(m.get("page_size", 500))
        page = int(m.get("first_page", 1))
        out = []
        for _ in range(self.max_pages):
            self._check()
            params = {page_param: page}
            if m.get("size_param"):
                params[m["size_param"]] = size
            data = self.transport.get_json(self.url, params)
            batch = self._records_of(data)
            out.extend(batch)
            total = get_path(data, m["total"]) if m.get("total") else None
            if len(batch) < size or not batch or (isinstance(total, int) and len(out) >= total):
                return out
            page += 1
        self._warn(Note("stopped after {} pages: page cap reached", self.max_pages))
        return out

    def _records_of(self, data):
        records = get_path(data, self.mapping["records"])
        if not isinstance(records, list):
            raise MappingError("no record list at '{}' in the platform's reply: check the field mapping",
                               self.mapping["records"])
        return [r for r in records if isinstance(r, dict)]

    def _time(self, value):
        if value in (None, ""):
            return None
        fmt = self.mapping.get("time_format")
        try:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                seconds = value / 1000.0 if value > 1e11 else value  # epoch seconds or milliseconds
                return dt.datetime.fromtimestamp(seconds, dt.timezone.utc)
            text = str(value).strip()
            if fmt:
                t = dt.datetime.strptime(text, fmt)
            else:
                text = text.replace("/", "-")
                if re.match(r"^\d{4}-\d\d-\d\d \d", text):
                    text = text.replace(" ", "T", 1)
                if not re.search(r"(Z|[+-]\d\d:?\d\d)$", text, re.IGNORECASE):
                    t = dt.datetime.fromisoformat(text)
                else:
                    return parse_time(text)[0]
            if t.tzinfo is None:
                t = t.replace(tzinfo=self.zone)
            return t.astimezone(dt.timezone.utc)
        except (TypeError, ValueError, OverflowError, OSError):
            return None

    def _parameter(self, name):
        aliases = self.mapping.get("parameters") if self.mapping["layout"] == "long" else None
        if isinstance(aliases, dict) and name in aliases:
            return normalise_parameter(aliases[name])
        return normalise_parameter(name)

    def latest(self, bbox=None):
        m = self.mapping
        stations = {}
        unknown = set()
        for rec in self.records():
            code = get_path(rec, m["station_code"])
            if code in (None, ""):
                self.skipped += 1
                continue
            code = str(code)
            st = stations.get(code)
            if st is None:
                lon, lat = parse_result(get_path(rec, m.get("lon"))), parse_result(get_path(rec, m.get("lat")))
                network = m.get("network_value") or get_path(rec, m.get("network")) or ""
                st = stations[code] = Station(
                    id=code, code=code, name=str(get_path(rec, m.get("station_name")) or code),
                    network=str(network).lower() if network else "", lon=lon, lat=lat,
                    properties={"source": "generic_json"})
            t = self._time(get_path(rec, m["time"]))
            if m["layout"] == "wide":
                items = [(name, get_path(rec, field), (m.get("units") or {}).get(name, ""))
                         for name, field in m["parameters"].items()]
            else:
                items = [(get_path(rec, m["parameter"]), get_path(rec, m["value"]),
                          get_path(rec, m.get("unit")) or "")]
            for name, raw, unit in items:
                pcode = self._parameter(name)
                if pcode is None:
                    if name not in unknown:
                        unknown.add(name)
                        self._warn(Note("parameter '{}' is not known: left out", name))
                    continue
                self._add(st, pcode, str(name), unit, t, raw)
        for st in stations.values():
            if st.network not in ("air", "water"):
                st.network = network_of(st.series)
        return list(stations.values())

    def _add(self, st, code, name, unit, t, raw):
        series = st.series.get(code)
        if series is None:
            target = convert_unit(code, None, unit)[1]
            series = st.series[code] = Series(id="{}:{}".format(st.code, code), parameter=Parameter(
                code=code, name=name, unit=target, source_unit=str(unit)))
            if not unit:
                series.note = Note("unit missing: assumed the standard unit")
        value = parse_result(raw)
        if value is not None:
            try:
                value = convert_unit(code, value, unit)[0]
            except ValueError as error:
                series.note = as_note(error)
                value = None
        reading = Reading(time=t, value=value, raw=raw)
        old = series.latest
        if old is None or (t is not None and (old.time is None or t > old.time)):
            series.latest = reading

    def history(self, series_id, start, end, code=None, unit=""):
        raise TransportError("this platform's JSON has no history query: only the latest values are read")
