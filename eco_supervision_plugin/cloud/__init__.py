"""Station-data clients behind one internal Station/Parameter/Reading model (no QGIS import here)."""

API_TYPES = ("sensorthings", "openaq", "generic_json")


def make_client(api_type, url, transport, api_key="", log=None, monitor=None, **options):
    """A client for ``api_type`` (one of API_TYPES) over ``transport``. ``options``: for "sensorthings"
    page_size, concurrency, max_pages; for "generic_json" the field ``mapping`` (dict or JSON text)."""
    if api_type == "openaq":
        from .openaq import OpenAQClient

        return OpenAQClient(transport, api_key=api_key, url=url or None, log=log) if url else \
            OpenAQClient(transport, api_key=api_key, log=log)
    if api_type == "generic_json":
        from .generic_json import GenericJsonClient

        return GenericJsonClient(url, transport, options.get("mapping") or {}, log=log, monitor=monitor)
    if api_type == "sensorthings":
        from .sensorthings import SensorThingsClient

        return SensorThingsClient(url, transport, log=log, monitor=monitor, **options)
    from ..core.messages import PlannerError

    raise PlannerError("unknown API type '{}': use one of {}", api_type, ", ".join(API_TYPES))
