"""One pull of live stations: client → filter → classification → flat rows + a report (no QGIS)."""

import datetime as dt
import time

from . import make_client
from .classify import classify_station
from .model import UTC, filter_stations, rows


def pull(api_type, url, transport, network="all", bbox=None, stale_hours=3.0, now=None, log=None, monitor=None,
         client_options=None, client=None):
    """Latest values of every station of ``network`` inside ``bbox`` (lon/lat).

    Returns (stations, rows, report): one row per station and parameter, with the station's class
    (HJ 633 AQI category or GB 3838 class), colour and a stale flag. ``client``: an already made client
    (kept by the caller to read the stations' history afterwards).
    """
    started = time.perf_counter()
    client = client or make_client(api_type, url, transport, log=log, monitor=monitor, **(client_options or {}))
    client.check_service()
    stations = client.latest(bbox=bbox)
    total = len(stations)
    no_location = sum(1 for s in stations if not s.has_location)
    stations = filter_stations(stations, network, bbox)
    out, classes = classified_rows(stations, now=now, stale_hours=stale_hours)
    report = {
        "api_type": api_type, "stations_received": total, "stations_kept": len(stations),
        "stations_without_location": no_location, "rows": len(out),
        "stale_rows": sum(1 for r in out if r["stale"]), "stations_per_class": classes,
        "http_requests": transport.requests, "fallback_per_datastream": bool(client.fallback_used),
        "warnings": list(client.warnings), "seconds": round(time.perf_counter() - started, 3),
    }
    return stations, out, report


def series_history(client, series, code, start, end):
    """Readings of one station series (``series``: a model Series, ``code`` its parameter code) with time in
    [start, end], oldest first, converted from the series' source unit."""
    return client.history(series.id, start, end, code, series.parameter.source_unit)


def history(api_type, url, transport, series, code, start, end):
    """:func:`series_history` through a new client of ``api_type`` at ``url`` (the dock's one-off charts)."""
    return series_history(make_client(api_type, url, transport), series, code, start, end)


def classified_rows(stations, now=None, stale_hours=3.0, note=None):
    """(rows, stations per class): one row per station and parameter (``model.rows``) with the station's
    class (HJ 633 AQI category or GB 3838 class), level, colour and category key; ``note`` (e.g. "snapshot
    of …") replaces the series notes when given."""
    now = now or dt.datetime.now(UTC)
    out = []
    classes = {}
    for st in stations:
        c = classify_station(st)
        classes[c["class"] or "-"] = classes.get(c["class"] or "-", 0) + 1
        for row in rows([st], now=now, stale_hours=stale_hours):
            row.update({"class": c["class"], "level": c["level"], "colour": c["colour"],
                        "category_key": "{}-{}".format(st.network, c["level"]) if c["level"] else "",
                        "class_detail": c["detail"],
                        "note": note if note is not None else st.series[row["parameter"]].note})
            out.append(row)
    return out, classes


#: the per-station fields of ``station_rows`` (the rest are one value field per parameter code)
STATION_FIELDS = ("station_id", "code", "name", "network", "time", "stale", "class", "level", "colour",
                  "category_key", "class_detail", "note", "lon", "lat")


def station_rows(rows_):
    """One row per station from the per-parameter rows: the station's fields, ``time`` the newest reading,
    ``stale`` when every reading is stale, ``values`` {parameter code: latest value}, ``units`` likewise."""
    out = {}
    for r in rows_:
        key = (r["station_id"], r["code"])
        st = out.get(key)
        if st is None:
            st = out[key] = {k: r.get(k) for k in STATION_FIELDS}
            st.update(values={}, units={}, stale=True, time=None, note="")
        st["values"][r["parameter"]] = r["value"]
        st["units"][r["parameter"]] = r["unit"]
        st["stale"] = st["stale"] and bool(r["stale"])
        if r["time"] is not None and (st["time"] is None or r["time"] > st["time"]):
            st["time"] = r["time"]
        if r.get("note") and not st["note"]:
            st["note"] = r["note"]
    return list(out.values())
