"""OpenAQ v3 adapter into the Station model: ``X-API-Key``, page/limit paging, 60 requests a minute,
sensors matched to parameters, gases in ppm/ppb converted to µg/m³ (CO mg/m³) at 25 °C, 101.325 kPa."""

import datetime as dt

from ..core.messages import Note
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
    parse_time,
)
from .transport import TransportError

DEFAULT_URL = "https://api.openaq.org/v3"
REQUESTS_PER_MINUTE = 60


class OpenAQClient(StationClient):
    def __init__(self, transport, api_key="", url=DEFAULT_URL, limit=1000, max_pages=50, log=None, monitor=None):
        super().__init__(url, transport, log=log, monitor=monitor)
        self.base = url.rstrip("/")
        if api_key:  # a credential: sent to the configured origin only
            transport.credentials["X-API-Key"] = api_key
        # 60 requests a minute: one a second keeps under the quota whatever the burst
        transport.min_interval = max(transport.min_interval, 60.0 / REQUESTS_PER_MINUTE)
        self.limit = limit
        self.max_pages = max_pages

    def _pages(self, path, params):
        out = []
        for page in range(1, self.max_pages + 1):
            self._check()
            data = self.transport.get_json(self.base + path, dict(params, limit=self.limit, page=page))
            if not isinstance(data, dict) or not isinstance(data.get("results"), list):
                raise TransportError("{} did not answer as OpenAQ v3 (no 'results' list)", path)
            results = data["results"]
            out.extend(results)
            found = (data.get("meta") or {}).get("found")
            if len(results) < self.limit or (isinstance(found, int) and len(out) >= found):
                return out
        self._warn(Note("stopped after {} pages", self.max_pages))
        return out

    def locations(self, bbox=None):
        params = {}
        if bbox is not None:
            params["bbox"] = ",".join("{:.6f}".format(v) for v in bbox)
        stations = []
        for loc in self._pages("/locations", params):
            coords = loc.get("coordinates") or {}
            st = Station(id=loc.get("id"), code=str(loc.get("id")), name=str(loc.get("name") or loc.get("id")),
                         lon=coords.get("longitude"), lat=coords.get("latitude"),
                         properties={"provider": (loc.get("provider") or {}).get("name", "")})
            for sensor in loc.get("sensors") or []:
                p = sensor.get("parameter") or {}
                code = normalise_parameter(p.get("name"), p.get("displayName"), sensor.get("name"))
                if code is None or code in st.series:
                    continue
                unit = p.get("units") or ""
                target = convert_unit(code, None, unit)[1]
                st.series[code] = Series(id=sensor.get("id"), parameter=Parameter(
                    code=code, name=p.get("displayName") or p.get("name") or code, unit=target, source_unit=unit))
            st.network = network_of(st.series) or "air"
            stations.append(st)
        return stations

    def latest(self, bbox=None):
        stations = self.locations(bbox)
        for st in stations:
            by_sensor = {s.id: s for s in st.series.values()}
            for row in self._pages("/locations/{}/latest".format(st.id), {}):
                s = by_sensor.get(row.get("sensorsId"))
                if s is None:
                    continue
                t = parse_time((row.get("datetime") or {}).get("utc"))[0]
                value = row.get("value")
                try:
                    value = convert_unit(s.parameter.code, float(value), s.parameter.source_unit)[0] \
                        if value is not None else None
                except (TypeError, ValueError) as error:
                    s.note = as_note(error)
                    value = None
                if s.latest is None or (t and s.latest.time and t > s.latest.time):
                    s.latest = Reading(time=t, value=value)
        return stations

    def history(self, series_id, start, end, code=None, unit=""):
        rows = self._pages("/sensors/{}/hours".format(series_id), {
            "datetime_from": start.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "datetime_to": end.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")})
        out = []
        for row in rows:
            period = row.get("period") or {}
            t = parse_time(((period.get("datetimeTo") or period.get("datetimeFrom")) or {}).get("utc"))[0]
            value = row.get("value")
            value = convert_unit(code, float(value), unit)[0] if value is not None else None
            out.append(Reading(time=t, value=value))
        out.sort(key=lambda r: r.time)
        return out
