"""The last good pull, kept as JSON so the dock can show it (marked) when the server is unreachable.

Holds no secret: the service URL is stored redacted and auth configs are never written.
"""

import datetime as dt
import json
import os

from .model import Parameter, Reading, Series, Station, parse_time
from .transport import redact

VERSION = 1


def _t(value):
    return value.isoformat() if value else None


def to_dict(stations, url="", fetched_at=None):
    fetched_at = fetched_at or dt.datetime.now(dt.timezone.utc)
    return {
        "version": VERSION, "url": redact(url) if url else "", "fetched_at": fetched_at.isoformat(),
        "stations": [{
            "id": st.id, "code": st.code, "name": st.name, "network": st.network, "lon": st.lon, "lat": st.lat,
            "properties": st.properties,
            "series": [{
                "id": s.id, "code": s.parameter.code, "name": s.parameter.name, "unit": s.parameter.unit,
                "note": s.note,
                "latest": None if s.latest is None else {
                    "time": _t(s.latest.time), "time_end": _t(s.latest.time_end), "value": s.latest.value},
            } for s in st.series.values()],
        } for st in stations],
    }


def from_dict(data):
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise ValueError("not a station snapshot of version {}".format(VERSION))
    stations = []
    for d in data.get("stations", []):
        st = Station(id=d["id"], code=d["code"], name=d["name"], network=d.get("network", ""), lon=d.get("lon"),
                     lat=d.get("lat"), properties=d.get("properties") or {})
        for s in d.get("series", []):
            latest = None
            if s.get("latest"):
                latest = Reading(time=parse_time(s["latest"]["time"])[0], value=s["latest"]["value"],
                                 time_end=parse_time(s["latest"].get("time_end"))[0])
            st.series[s["code"]] = Series(id=s["id"], parameter=Parameter(code=s["code"], name=s.get("name", ""),
                                                                           unit=s.get("unit", "")),
                                          latest=latest, note=s.get("note", ""))
        stations.append(st)
    return stations, parse_time(data.get("fetched_at"))[0], data.get("url", "")


def save(path, stations, url="", fetched_at=None):
    os.makedirs(os.path.dirname(os.path.abspath(path)) or ".", exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(to_dict(stations, url, fetched_at), f, ensure_ascii=False, default=str)
    os.replace(tmp, path)  # never leave a half-written snapshot behind
    return path


def load(path):
    """(stations, fetched_at, redacted url); raises OSError/ValueError when unreadable."""
    with open(path, encoding="utf-8") as f:
        return from_dict(json.load(f))
