"""Station-data clients behind one internal Station/Parameter/Reading model (no QGIS import here)."""

API_TYPES = ("sensorthings", "openaq")


def make_client(api_type, url, transport, api_key="", log=None, monitor=None, **options):
    """A client for ``api_type`` ("sensorthings" or "openaq") over ``transport``; ``options`` go to the
    SensorThings client (page_size, concurrency, max_pages)."""
    if api_type == "openaq":
        from .openaq import OpenAQClient

        return OpenAQClient(transport, api_key=api_key, url=url or None, log=log) if url else \
            OpenAQClient(transport, api_key=api_key, log=log)
    if api_type == "sensorthings":
        from .sensorthings import SensorThingsClient

        return SensorThingsClient(url, transport, log=log, monitor=monitor, **options)
    raise ValueError("unknown API type '{}': use one of {}".format(api_type, ", ".join(API_TYPES)))
