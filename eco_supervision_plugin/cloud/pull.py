"""One pull of live stations: client → filter → classification → flat rows + a report (no QGIS)."""

import datetime as dt
import time

from . import make_client
from .classify import classify_station
from .model import UTC, filter_stations, rows


def pull(api_type, url, transport, network="all", bbox=None, stale_hours=3.0, now=None, log=None, monitor=None,
         client_options=None):
    """Latest values of every station of ``network`` inside ``bbox`` (lon/lat).

    Returns (stations, rows, report): one row per station and parameter, with the station's class
    (HJ 633 AQI category or GB 3838 class), colour and a stale flag.
    """
    started = time.perf_counter()
    client = make_client(api_type, url, transport, log=log, monitor=monitor, **(client_options or {}))
    client.check_service()
    stations = client.latest(bbox=bbox)
    total = len(stations)
    no_location = sum(1 for s in stations if not s.has_location)
    stations = filter_stations(stations, network, bbox)
    now = now or dt.datetime.now(UTC)
    out = []
    classes = {}
    for st in stations:
        c = classify_station(st)
        classes[c["class"] or "-"] = classes.get(c["class"] or "-", 0) + 1
        for row in rows([st], now=now, stale_hours=stale_hours):
            row.update({"class": c["class"], "level": c["level"], "colour": c["colour"],
                        "category_key": "{}-{}".format(st.network, c["level"]) if c["level"] else "",
                        "class_detail": c["detail"], "note": st.series[row["parameter"]].note})
            out.append(row)
    report = {
        "api_type": api_type, "stations_received": total, "stations_kept": len(stations),
        "stations_without_location": no_location, "rows": len(out),
        "stale_rows": sum(1 for r in out if r["stale"]), "stations_per_class": classes,
        "http_requests": transport.requests, "fallback_per_datastream": bool(client.fallback_used),
        "warnings": list(client.warnings), "seconds": round(time.perf_counter() - started, 3),
    }
    return stations, out, report
