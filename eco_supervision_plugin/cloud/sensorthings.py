"""OGC SensorThings API v1.1 client (read-only): latest values of every station, history of one series.

Tolerant of real servers (see the project note on the test server): follows ``@iot.nextLink`` as given
but percent-encodes unsafe characters, caps the number of pages, stops on a repeated link, keeps
``$top`` within what the server accepts (422/400 → smaller pages), falls back to per-Datastream
queries when a nested ``$expand`` fails, accepts integer or string ids, instants or intervals, results
that are numbers, numeric strings or null, and ``$orderby=resultTime`` where ``phenomenonTime`` fails.
"""

import concurrent.futures
import datetime as dt
import math
import urllib.parse

from ..core.messages import Note, TranslatableError
from ..core.monitor import Cancelled
from .client import StationClient
from .model import (
    UTC,
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
from .transport import AuthError, RefusedLink, TransportError, safe_url

LATEST_EXPAND = "Locations,Datastreams($expand=ObservedProperty,Observations($orderby=phenomenonTime desc;$top=1))"
# The same with $select on every level: the server serialises only what the client reads (about a
# sixth of the bytes of the plain expand, which carries self and navigation links for every entity).
LATEST_SELECT = {
    "$select": "id,name,properties",
    "$expand": "Locations($select=location),"
               "Datastreams($select=id,name,unitOfMeasurement,properties;"
               "$expand=ObservedProperty($select=id,name,definition,properties),"
               "Observations($select=phenomenonTime,resultTime,result;$orderby=phenomenonTime desc;$top=1))",
}


class NotSensorThings(TranslatableError, ValueError):
    """The URL answers, but not as a SensorThings service. ``NotSensorThings(template, *args)``."""


def format_id(value):
    """Resource-path form of an id: ``5`` for integers, ``'x'`` (quotes doubled) for strings."""
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, int):
        return str(value)
    return "'{}'".format(str(value).replace("'", "''"))


def _iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class SensorThingsClient(StationClient):
    """``SensorThingsClient(url, transport)``; ``url`` is the service root (…/v1.1)."""

    def __init__(self, url, transport, page_size=100, max_pages=200, max_items=200000, log=None, monitor=None,
                 concurrency=4):
        super().__init__(url, transport, log=log, monitor=monitor)
        self.base = url.rstrip("/")
        self.page_size = page_size
        self.concurrency = max(1, int(concurrency))
        self.max_pages = max_pages
        self.max_items = max_items

    # -- plumbing -----------------------------------------------------------------------------

    def _json(self, url, params=None):
        data = self.transport.get_json(url, params)
        if not isinstance(data, dict):
            raise NotSensorThings("{} did not answer with a SensorThings JSON object", self._where(url))
        return data

    def _where(self, url):
        return urllib.parse.urlsplit(url).netloc or url

    def check_service(self):
        """Read the service root; raise NotSensorThings when it is not a SensorThings service."""
        data = self._json(self.base + "/")
        names = {str(v.get("name")) for v in data.get("value", []) if isinstance(v, dict)}
        if "Things" not in names or "Datastreams" not in names:
            raise NotSensorThings(
                "{} answers, but not as a SensorThings API service (no Things/Datastreams in its root)",
                self._where(self.base)
            )
        return data

    def collection(self, path, params=None, progress=None, concurrent=False):
        """Every entity of a collection, following nextLinks (capped, loop-safe, $top kept acceptable).

        ``concurrent``: ask for ``$count`` with the first page; when the server's nextLink is exactly the
        request with ``$skip`` set to the page length (predictable), the remaining pages are fetched by
        ``$skip``, at most ``self.concurrency`` in flight, and any page the server still links to after
        the counted ones is followed serially. Entities are de-duplicated by ``@iot.id``.
        """
        params = dict(params or {})
        top = int(params.get("$top", self.page_size))
        url = self.base + "/" + path.lstrip("/")
        if concurrent and self.concurrency > 1:
            params["$count"] = "true"
        while True:
            params["$top"] = top
            try:
                data = self._json(url, params)
                break
            except AuthError:
                raise
            except TransportError as error:
                if error.status in (400, 422) and top > 1 and _mentions_top(error.body):
                    top = max(1, min(top // 2, 100) if top > 100 else top // 2)
                    self._warn(Note("the server refused $top; asking for pages of {}", top))
                    continue
                raise
        items = []
        ids = set()
        seen = set()
        pages = 0

        def take(page_data, page_url):
            value = page_data.get("value")
            if not isinstance(value, list):
                raise NotSensorThings("{} answered without a 'value' list: not a SensorThings collection",
                                      self._where(page_url))
            for v in value:
                if not isinstance(v, dict):
                    continue
                key = v.get("@iot.id")
                if key is not None:
                    key = repr(key)
                    if key in ids:
                        continue
                    ids.add(key)
                items.append(v)
            return value

        value = take(data, url)
        pages += 1
        if progress:
            progress(pages, len(items))
        predicted, total = self._predicted_pages(url, params, data, len(value)) if concurrent else (None, None)
        if predicted:
            seen.update(predicted)
            for page_url, page_data in self._fetch_pages(predicted):
                value = take(page_data, page_url)
                data = page_data
                pages += 1
                if progress:
                    progress(pages, len(items))
            url = predicted[-1]
        while True:
            link = data.get("@iot.nextLink")
            if not link or not value:
                break
            if predicted and len(items) >= total:
                break  # every counted entity is read: the last full page's link leads to an empty page
            link = safe_url(urllib.parse.urljoin(url, link))
            if link in seen:
                self._warn(Note("the server repeated a next link; stopped paging after {} pages", pages))
                break
            if pages >= self.max_pages or len(items) >= self.max_items:
                self._warn(Note("stopped after {} pages ({} items): page cap reached", pages, len(items)))
                break
            try:
                self.transport.check_link(link)
            except RefusedLink as error:
                self._warn(Note("{}; stopped paging after {} pages", error, pages))
                break
            seen.add(link)
            self._check()
            data = self._json(link)
            url = link
            value = take(data, url)
            pages += 1
            if progress:
                progress(pages, len(items))
        return items

    def _predicted_pages(self, url, params, data, length):
        """(URLs of pages 2..n, @iot.count) when the first page's nextLink is the request with
        ``$skip=length``; else (None, None)."""
        link, count = data.get("@iot.nextLink"), data.get("@iot.count")
        if not link or not length or isinstance(count, bool) or not isinstance(count, int) or count <= length:
            return None, None
        link = safe_url(urllib.parse.urljoin(url, link))
        if not self.follows(link):
            return None, None  # the serial loop says why it stops
        parts = urllib.parse.urlsplit(link)
        if parts.path.rstrip("/") != urllib.parse.urlsplit(url).path.rstrip("/"):
            return None, None
        given = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        linked = dict(given)
        if len(linked) != len(given) or linked.get("$skip") != str(length):
            return None, None
        asked = {k: str(v) for k, v in params.items()}
        rest = {k: v for k, v in linked.items() if k != "$skip"}
        if "$top" in rest and rest["$top"] != asked.get("$top") and rest["$top"] != str(length):
            return None, None
        rest.pop("$top", None)
        asked.pop("$top", None)
        if rest != asked:
            return None, None
        n = int(math.ceil(count / float(length)))
        if n > self.max_pages:
            self._warn(Note("{} entities in pages of {}: reading the first {} pages (page cap)",
                            count, length, self.max_pages))
            n = self.max_pages
        out = []
        for k in range(1, n):
            query = urllib.parse.urlencode([(key, str(k * length) if key == "$skip" else val) for key, val in given],
                                           quote_via=urllib.parse.quote, safe="$(),;'/:")
            out.append(urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, query, "")))
        return out, count

    def _fetch_pages(self, urls):
        """(url, data) for each URL in order, at most ``self.concurrency`` requests in flight."""
        if len(urls) == 1 or self.concurrency <= 1:
            for u in urls:
                self._check()
                yield u, self._json(u)
            return
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=min(self.concurrency, len(urls)))
        futures = []
        try:
            futures = [pool.submit(self._json, u) for u in urls]
            for u, future in zip(urls, futures):
                while True:
                    self._check()
                    try:
                        yield u, future.result(timeout=0.1)
                        break
                    except concurrent.futures.TimeoutError:
                        continue
        finally:
            for future in futures:
                future.cancel()
            pool.shutdown(wait=True)

    # -- latest values ----------------------------------------------------------------------------

    def latest(self, bbox=None, progress=None):
        """Every Thing with its location and the latest value of each Datastream → list of Station."""
        for query in (LATEST_SELECT, {"$expand": LATEST_EXPAND}):
            try:
                things = self.collection("Things", dict(query), progress=progress, concurrent=True)
                return [self._station(t) for t in things]
            except (AuthError, Cancelled, NotSensorThings):
                raise
            except TransportError as error:
                if error.status is None:
                    raise
                if query is LATEST_SELECT:
                    self._warn(Note("the server refused $select inside $expand ({}); asking without it", error))
                    continue
                self._warn(Note("the server could not expand latest observations ({}); querying each Datastream",
                                error))
        self.fallback_used = True
        return self._latest_per_datastream(progress)

    def _latest_per_datastream(self, progress=None):
        things = self.collection("Things", {"$expand": "Locations,Datastreams"}, progress=progress)
        stations = []
        properties = {}
        for thing in things:
            for ds in thing.get("Datastreams") or []:
                self._check()
                dsid = ds.get("@iot.id")
                if "ObservedProperty" not in ds:
                    try:
                        ds["ObservedProperty"] = self._json(
                            "{}/Datastreams({})/ObservedProperty".format(self.base, format_id(dsid)))
                    except TransportError as error:
                        if error.status is None:
                            raise
                        ds["ObservedProperty"] = {}
                properties[dsid] = ds["ObservedProperty"]
                ds["Observations"] = self._latest_observation(dsid)
            stations.append(self._station(thing))
        return stations

    def _latest_observation(self, dsid):
        url = "{}/Datastreams({})/Observations".format(self.base, format_id(dsid))
        for order in ("phenomenonTime desc", "resultTime desc"):
            try:
                return self._json(url, {"$orderby": order, "$top": 1}).get("value") or []
            except TransportError as error:
                if error.status is None or isinstance(error, AuthError):
                    raise
        return []

    def _station(self, thing):
        props = thing.get("properties") if isinstance(thing.get("properties"), dict) else {}
        lon = lat = None
        for loc in thing.get("Locations") or []:
            lon, lat = _point(loc.get("location"))
            if lon is not None:
                break
        station = Station(
            id=thing.get("@iot.id"), code=str(props.get("code") or props.get("station_code") or thing.get("@iot.id")),
            name=str(thing.get("name") or ""), network=str(props.get("network") or ""), lon=lon, lat=lat,
            properties=props,
        )
        for ds in thing.get("Datastreams") or []:
            series = self._series(ds)
            if series is None:
                continue
            code = series.parameter.code
            if code in station.series:  # two streams of one parameter: keep the newer
                old = station.series[code].latest
                if old and old.time and series.latest and series.latest.time and old.time >= series.latest.time:
                    continue
            station.series[code] = series
        if not station.network:
            station.network = network_of(station.series)
        return station

    def _series(self, ds):
        op = ds.get("ObservedProperty") if isinstance(ds.get("ObservedProperty"), dict) else {}
        op_props = op.get("properties") if isinstance(op.get("properties"), dict) else {}
        ds_props = ds.get("properties") if isinstance(ds.get("properties"), dict) else {}
        code = normalise_parameter(ds_props.get("parameter"), op_props.get("code"), op.get("name"),
                                   op.get("definition"), ds.get("name"))
        if code is None:
            return None
        uom = ds.get("unitOfMeasurement") if isinstance(ds.get("unitOfMeasurement"), dict) else {}
        unit = uom.get("symbol") or uom.get("name") or ""
        parameter = Parameter(code=code, name=str(op.get("name") or code), source_unit=str(unit),
                              definition=str(op.get("definition") or ""))
        series = Series(id=ds.get("@iot.id"), parameter=parameter)
        if not unit:
            series.note = Note("unit missing: assumed the standard unit")
        obs = ds.get("Observations") or []
        latest = None
        for o in obs:
            r = self._reading(o, code, unit, series)
            if r is not None and (latest is None or (r.time and latest.time and r.time > latest.time)):
                latest = r
        series.latest = latest
        _, parameter.unit = convert_unit(code, None, unit) if _convertible(code, unit) else (None, unit)
        return series

    def _reading(self, o, code, unit, series):
        try:
            start, end = parse_time(o.get("phenomenonTime") or o.get("resultTime"))
        except ValueError:
            return None
        value = parse_result(o.get("result"))
        if value is not None:
            try:
                value, _ = convert_unit(code, value, unit)
            except ValueError as error:
                series.note = as_note(error)
                value = None
        return Reading(time=start, value=value, time_end=end if end != start else None, raw=o.get("result"))

    # -- history ----------------------------------------------------------------------------------

    def history(self, series_id, start, end, code=None, unit=""):
        """Readings of one Datastream with phenomenonTime in [start, end], oldest first, de-duplicated."""
        datastream_id = series_id
        url = "Datastreams({})/Observations".format(format_id(datastream_id))
        flt = "phenomenonTime ge {} and phenomenonTime le {}".format(_iso(start), _iso(end))
        items = None
        for order in ("phenomenonTime asc", "resultTime asc"):
            try:
                items = self.collection(url, {"$filter": flt, "$orderby": order, "$top": self.page_size})
                break
            except TransportError as error:
                if error.status is None or isinstance(error, AuthError) or error.status not in (400, 500):
                    raise
        if items is None:
            items = self.collection(url, {"$filter": flt, "$top": self.page_size})
        seen = set()
        series = Series(id=datastream_id, parameter=Parameter(code=code or ""))
        out = []
        for o in items:
            oid = o.get("@iot.id")
            if oid is not None and oid in seen:
                continue
            seen.add(oid)
            r = self._reading(o, code, unit, series) if code else _plain_reading(o)
            if r is not None and r.time is not None and start <= r.time <= end:
                out.append(r)
        out.sort(key=lambda r: r.time)
        return out


def _plain_reading(o):
    try:
        start, end = parse_time(o.get("phenomenonTime") or o.get("resultTime"))
    except ValueError:
        return None
    return Reading(time=start, value=parse_result(o.get("result")), time_end=end if end != start else None)


def _convertible(code, unit):
    try:
        convert_unit(code, 1.0, unit)
        return True
    except ValueError:
        return False


def _mentions_top(body):
    text = (body or b"").decode("utf-8", "replace").lower() if isinstance(body, bytes) else str(body or "").lower()
    return "top" in text or not text


def _point(geometry):
    """(lon, lat) of a GeoJSON Point/Feature (first vertex of other geometries); (None, None) otherwise."""
    if not isinstance(geometry, dict):
        return None, None
    if geometry.get("type") == "Feature":
        return _point(geometry.get("geometry"))
    coords = geometry.get("coordinates")
    while isinstance(coords, list) and coords and isinstance(coords[0], list):
        coords = coords[0]
    try:
        return float(coords[0]), float(coords[1])
    except (TypeError, ValueError, IndexError):
        return None, None


def default_window(hours, now=None):
    now = now or dt.datetime.now(UTC)
    return now - dt.timedelta(hours=hours), now
