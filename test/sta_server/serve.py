"""A real OGC SensorThings v1.1 server (django-ogc-sensorthings, SQLite) for tests and the demo.

Runs in its own venv (.venv-sta, see requirements.txt):

    .venv-sta/bin/python test/sta_server/serve.py --port 8765 --db /tmp/sta.sqlite3 --seed seed.json

Applies the start-up patches (patches.py; ``--no-patches`` serves the library as shipped), migrates,
loads the seed JSON written by seed_data.py through the ORM, then serves on 127.0.0.1 until killed.
Prints ``READY <url>`` on stdout once it accepts requests.
"""

import argparse
import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def configure(port, db):
    from uuid import UUID

    import django
    from django.conf import settings

    settings.configure(
        DEBUG=False,
        SECRET_KEY="eco-supervision-test-server-only",
        ALLOWED_HOSTS=["127.0.0.1", "localhost"],
        INSTALLED_APPS=[
            "django.contrib.contenttypes",
            "sensorthings.versions.v1_1",
            "sensorthings.versions.v1_1.backends.django",
        ],
        MIDDLEWARE=[],
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": db}},
        ROOT_URLCONF="urls",
        USE_TZ=True,
        TIME_ZONE="UTC",
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
        SENSORTHINGS_V1_1_SERVICE_URL="http://127.0.0.1:{}/sensorthings".format(port),
        SENSORTHINGS_V1_1_BACKEND_ADAPTER="sensorthings.versions.v1_1.backends.django.adapter.DjangoBackendAdapter",
        SENSORTHINGS_V1_1_ID_TYPE=UUID,
        SENSORTHINGS_V1_1_ID_DELIMITER="'",
        SENSORTHINGS_V1_1_DOCS_ENABLED=False,
        LOGGING={
            "version": 1,
            "disable_existing_loggers": False,
            "handlers": {"stderr": {"class": "logging.StreamHandler"}},
            "loggers": {"django.request": {"handlers": ["stderr"], "level": "ERROR"}},
        },
    )
    django.setup()


def _time(text):
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value


def seed(path):
    """Load seed JSON: {"stations": [{code, name, network, lon, lat, properties,
    datastreams: [{parameter, name, unit, symbol, definition, times: [...], values: [...]}]}]}."""
    from django.db import transaction
    from sensorthings.versions.v1_1.backends.django import models as m

    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    properties = {}
    sensor = m.Sensor.objects.create(
        name="Automatic monitoring station", description="Automatic analyser", encoding_type="text/html",
        metadata="https://example.invalid/analyser",
    )
    observations = []
    with transaction.atomic():
        for st in data["stations"]:
            thing = m.Thing.objects.create(
                name=st["name"], description=st.get("description", st["name"]),
                properties=dict(st.get("properties", {}), code=st["code"], network=st["network"]),
            )
            if st.get("lon") is not None:
                loc = m.Location.objects.create(
                    name=st["name"], description=st["name"], encoding_type="application/geo+json",
                    location={"type": "Point", "coordinates": [st["lon"], st["lat"]]},
                )
                loc.things.add(thing)
            foi = m.FeatureOfInterest.objects.create(
                name=st["name"], description=st["name"], encoding_type="application/geo+json",
                feature={"type": "Point", "coordinates": [st.get("lon") or 0.0, st.get("lat") or 0.0]},
            )
            for ds in st["datastreams"]:
                key = ds["parameter"]
                if key not in properties:
                    properties[key] = m.ObservedProperty.objects.create(
                        name=ds.get("property_name", key), definition=ds.get("definition", "urn:eco:" + key),
                        description=ds.get("property_name", key), properties={"code": key},
                    )
                times = [_time(t) for t in ds["times"]]
                stream = m.Datastream.objects.create(
                    name=ds["name"], description=ds["name"],
                    unit_of_measurement={"name": ds.get("unit", ""), "symbol": ds.get("symbol", ""),
                                         "definition": ds.get("unit_definition", "")},
                    observation_type=m.Datastream.OM_MEASUREMENT, thing=thing, sensor=sensor,
                    observed_property=properties[key],
                )
                for t, v in zip(times, ds["values"]):
                    if v is None:
                        continue
                    observations.append(m.Observation(
                        phenomenon_time_begin=t, result=v, result_time=t, datastream=stream,
                        feature_of_interest=foi,
                    ))
        m.Observation.objects.bulk_create(observations, batch_size=5000)
    return len(data["stations"]), len(observations)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--db", required=True, help="SQLite file (created)")
    parser.add_argument("--seed", help="seed JSON from seed_data.py")
    parser.add_argument("--no-patches", action="store_true", help="serve the library as shipped")
    args = parser.parse_args(argv)
    sys.path.insert(0, HERE)
    configure(args.port, args.db)
    import patches

    applied = [] if args.no_patches else patches.apply_all()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    counts = seed(args.seed) if args.seed else (0, 0)
    from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer
    from django.core.wsgi import get_wsgi_application

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *a):  # keep the test output clean
            pass

    class Server(WSGIServer):
        daemon_threads = True
        request_queue_size = 64

    import socketserver

    server_cls = type("ThreadedServer", (socketserver.ThreadingMixIn, Server), {})
    httpd = server_cls(("127.0.0.1", args.port), QuietHandler, ipv6=False)
    httpd.set_app(get_wsgi_application())
    print("READY http://127.0.0.1:{}/sensorthings/v1.1/ stations={} observations={} patches={}".format(
        args.port, counts[0], counts[1], ",".join(applied) or "none"), flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
