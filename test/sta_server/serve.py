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


def configure(port, db, max_top=100):
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
        SENSORTHINGS_V1_1_MAX_TOP=max_top,
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
    datastreams: [{parameter, name, unit, symbol, definition, times: [...], values: [...]}]}]}.

    Every table is written with one ``bulk_create`` (ids are generated client-side UUIDv7), inside one
    transaction, so 1,000 stations × 8 datastreams × a day of hours load in a few seconds.
    """
    from django.db import connection, transaction
    from sensorthings.versions.v1_1.backends.django import models as m

    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    properties = {}
    things, locations, links, features, streams, observations = [], [], [], [], [], []
    sensor = m.Sensor(
        name="Automatic monitoring station", description="Automatic analyser", encoding_type="text/html",
        metadata="https://example.invalid/analyser",
    )
    through = m.Location.things.through
    # Observations (the bulk: 192,000 rows for 1,000 stations × 8 × 24 h) skip model instances and the
    # ORM's per-value preparation; the values are converted by the model fields' own database
    # converters (each distinct time once) and written with one executemany.
    obs_fields = {f.name: f for f in m.Observation._meta.concrete_fields}
    time_cache = {}

    def time_db(text):
        if text not in time_cache:
            time_cache[text] = obs_fields["phenomenon_time_begin"].get_db_prep_save(_time(text), connection)
        return time_cache[text]

    def uuid_db(value):
        return obs_fields["id"].get_db_prep_save(value, connection)

    for st in data["stations"]:
        thing = m.Thing(
            name=st["name"], description=st.get("description", st["name"]),
            properties=dict(st.get("properties", {}), code=st["code"], network=st["network"]),
        )
        things.append(thing)
        if st.get("lon") is not None:
            loc = m.Location(
                name=st["name"], description=st["name"], encoding_type="application/geo+json",
                location={"type": "Point", "coordinates": [st["lon"], st["lat"]]},
            )
            locations.append(loc)
            links.append(through(location_id=loc.id, thing_id=thing.id))
        foi = m.FeatureOfInterest(
            name=st["name"], description=st["name"], encoding_type="application/geo+json",
            feature={"type": "Point", "coordinates": [st.get("lon") or 0.0, st.get("lat") or 0.0]},
        )
        features.append(foi)
        for ds in st["datastreams"]:
            key = ds["parameter"]
            if key not in properties:
                properties[key] = m.ObservedProperty(
                    name=ds.get("property_name", key), definition=ds.get("definition", "urn:eco:" + key),
                    description=ds.get("property_name", key), properties={"code": key},
                )
            stream = m.Datastream(
                name=ds["name"], description=ds["name"],
                unit_of_measurement={"name": ds.get("unit", ""), "symbol": ds.get("symbol", ""),
                                     "definition": ds.get("unit_definition", "")},
                observation_type=m.Datastream.OM_MEASUREMENT, thing_id=thing.id, sensor_id=sensor.id,
                observed_property_id=properties[key].id,
            )
            streams.append(stream)
            ds_id, foi_id = uuid_db(stream.id), uuid_db(foi.id)
            for t, v in zip(ds["times"], ds["values"]):
                if v is None:
                    continue
                t = time_db(t)
                observations.append((uuid_db(m.uuid7_uuid()), t, float(v), t, ds_id, foi_id))
    with connection.cursor() as cursor:  # a throw-away test database: no fsync while loading
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=OFF")
    with transaction.atomic():
        m.Sensor.objects.bulk_create([sensor])
        m.ObservedProperty.objects.bulk_create(list(properties.values()))
        for model, rows in ((m.Thing, things), (m.Location, locations), (through, links),
                            (m.FeatureOfInterest, features), (m.Datastream, streams)):
            model.objects.bulk_create(rows, batch_size=2000)
        columns = [obs_fields[name].column for name in (
            "id", "phenomenon_time_begin", "result", "result_time", "datastream", "feature_of_interest")]
        with connection.cursor() as cursor:
            cursor.executemany("INSERT INTO {} ({}) VALUES ({})".format(
                connection.ops.quote_name(m.Observation._meta.db_table),
                ", ".join(connection.ops.quote_name(c) for c in columns), ", ".join(["%s"] * len(columns))),
                observations)
            # the latest Observation of a Datastream is one index seek (as SensorThings servers index it)
            cursor.execute("CREATE INDEX IF NOT EXISTS eco_observation_stream_time ON {} ({}, {})".format(
                connection.ops.quote_name(m.Observation._meta.db_table),
                connection.ops.quote_name(obs_fields["datastream"].column),
                connection.ops.quote_name(obs_fields["phenomenon_time_begin"].column)))
    return len(data["stations"]), len(observations)


def _die_with_parent():
    """Linux: a forked worker gets SIGTERM when the parent server process dies (even by SIGKILL)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--db", required=True, help="SQLite file (created)")
    parser.add_argument("--seed", help="seed JSON from seed_data.py")
    parser.add_argument("--no-patches", action="store_true", help="serve the library as shipped")
    parser.add_argument("--workers", type=int, default=1,
                        help="worker processes sharing the listening socket (pre-fork; each is threaded)")
    parser.add_argument("--max-top", type=int, default=100, help="largest $top the server accepts (422 above)")
    args = parser.parse_args(argv)
    # the server goes when whatever started it goes (a test run or demo killed before its clean-up)
    _die_with_parent()
    sys.path.insert(0, HERE)
    configure(args.port, args.db, max_top=args.max_top)
    import patches

    applied = [] if args.no_patches else patches.apply_all()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    counts = seed(args.seed) if args.seed else (0, 0)
    from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer
    from django.core.wsgi import get_wsgi_application
    from django.db import connections

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *a):  # keep the test output clean
            pass

    class Server(WSGIServer):
        daemon_threads = True
        request_queue_size = 64

    import signal
    import socketserver

    server_cls = type("ThreadedServer", (socketserver.ThreadingMixIn, Server), {})
    httpd = server_cls(("127.0.0.1", args.port), QuietHandler, ipv6=False)
    httpd.set_app(get_wsgi_application())
    # Pre-fork: the workers accept on the socket bound above; SQLite (WAL) serves concurrent readers.
    connections.close_all()
    children = []
    for _ in range(max(1, args.workers) - 1):
        pid = os.fork()
        if pid == 0:
            children = None
            _die_with_parent()
            break
        children.append(pid)
    if children is not None:
        def stop(signum, frame):
            for pid in children:
                try:
                    os.kill(pid, signal.SIGTERM)
                except OSError:
                    pass
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, stop)
        print("READY http://127.0.0.1:{}/sensorthings/v1.1/ stations={} observations={} workers={} max_top={} "
              "patches={}".format(args.port, counts[0], counts[1], max(1, args.workers), args.max_top,
                                  ",".join(applied) or "none"), flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        for pid in children or []:
            try:
                os.waitpid(pid, 0)
            except OSError:
                pass


if __name__ == "__main__":
    main()
