"""Station-data clients behind one internal Station/Parameter/Reading model (no QGIS import here).

``API_TYPES`` and ``NETWORKS`` are the one list (and order) of platforms and networks: the Processing
enum and the dock's combo boxes index them, with the labels of ``API_TYPE_LABELS``/``NETWORK_LABELS``.
"""

from ..core.messages import N_

API_TYPES = ("sensorthings", "openaq", "generic_json")
API_TYPE_LABELS = (N_("OGC SensorThings API v1.1"), N_("OpenAQ v3"), N_("Generic JSON (field mapping)"))
NETWORKS = ("air", "water", "all")
NETWORK_LABELS = (N_("Air"), N_("Water"), N_("All"))


def make_client(api_type, url, transport, api_key="", log=None, monitor=None, **options):
    """A StationClient for ``api_type`` (one of API_TYPES) over ``transport``. ``options``: for "sensorthings"
    page_size, concurrency, max_pages; for "generic_json" the field ``mapping`` (dict or JSON text)."""
    if api_type == "openaq":
        from .openaq import DEFAULT_URL, OpenAQClient

        return OpenAQClient(transport, api_key=api_key, url=url or DEFAULT_URL, log=log, monitor=monitor)
    if api_type == "generic_json":
        from .generic_json import GenericJsonClient

        return GenericJsonClient(url, transport, options.get("mapping") or {}, log=log, monitor=monitor)
    if api_type == "sensorthings":
        from .sensorthings import SensorThingsClient

        return SensorThingsClient(url, transport, log=log, monitor=monitor, **options)
    from ..core.messages import PlannerError

    raise PlannerError("unknown API type '{}': use one of {}", api_type, ", ".join(API_TYPES))
