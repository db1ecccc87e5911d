"""A throw-away PostgreSQL 15 + PostGIS server for tests: Unix socket in a temporary folder, no TCP listener.

``PostgisServer(folder).start()`` runs initdb and pg_ctl (as the ``postgres`` user when the tests run as
root, as in CI), creates the database with the postgis extension, and ``stop()`` shuts it down. Every
step has a bounded wait. ``missing()`` names what is not installed (the caller decides: skip locally,
fail in CI).
"""

import os
import shutil
import subprocess

PG_BIN = os.environ.get("ECO_PG_BIN", "/usr/lib/postgresql/15/bin")
POSTGIS_CONTROL = "/usr/share/postgresql/15/extension/postgis.control"
STEP_TIMEOUT = 60  # seconds for each initdb / start / stop / psql call


def missing():
    """What is missing to run the server (empty string when all is there)."""
    needed = [os.path.join(PG_BIN, name) for name in ("initdb", "pg_ctl", "psql")] + [POSTGIS_CONTROL]
    absent = [path for path in needed if not os.path.exists(path)]
    if absent:
        return "not installed: {} (Debian package postgresql-15-postgis-3)".format(", ".join(absent))
    return ""


class PostgisServer:
    def __init__(self, folder, port=54329, dbname="eco_test"):
        self.folder = str(folder)
        self.data = os.path.join(self.folder, "data")
        self.socket_dir = os.path.join(self.folder, "sock")
        self.port = port
        self.dbname = dbname
        self.as_root = os.geteuid() == 0
        self.user = "postgres" if self.as_root else None
        self.started = False

    def _run(self, args, **kwargs):
        command = list(args)
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--"] + command
        result = subprocess.run(command, capture_output=True, text=True, timeout=STEP_TIMEOUT, **kwargs)
        if result.returncode != 0:
            raise RuntimeError("{} failed ({}): {}{}".format(" ".join(command), result.returncode, result.stdout,
                                                             result.stderr))
        return result.stdout

    def start(self):
        for path in (self.folder, self.socket_dir):
            os.makedirs(path, exist_ok=True)
        if self.as_root:
            os.chmod(self.folder, 0o755)
            for path in (self.folder, self.socket_dir):
                shutil.chown(path, "postgres", "postgres")
        self._run([os.path.join(PG_BIN, "initdb"), "-D", self.data, "-A", "trust", "-U", "postgres",
                   "-E", "UTF8", "--no-sync"])
        self._run([os.path.join(PG_BIN, "pg_ctl"), "-D", self.data, "-l", os.path.join(self.folder, "server.log"),
                   "-o", "-k {} -p {} -c listen_addresses='' -c fsync=off".format(self.socket_dir, self.port),
                   "-w", "-t", str(STEP_TIMEOUT - 10), "start"])
        self.started = True
        self.psql("CREATE DATABASE {}".format(self.dbname), dbname="postgres")
        self.psql("CREATE EXTENSION postgis")
        return self

    def stop(self):
        if self.started:
            self._run([os.path.join(PG_BIN, "pg_ctl"), "-D", self.data, "-m", "fast", "-w", "-t",
                       str(STEP_TIMEOUT - 10), "stop"])
            self.started = False

    def psql(self, sql, dbname=None):
        """Run SQL; returns the unaligned, tuples-only output."""
        return self._run([os.path.join(PG_BIN, "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                          "-h", self.socket_dir, "-p", str(self.port), "-U", "postgres", "-d",
                          dbname or self.dbname, "-c", sql])

    def ogr_connection(self):
        """The GDAL PG driver connection string."""
        return "PG:host={} port={} dbname={} user=postgres".format(self.socket_dir, self.port, self.dbname)

    def uri(self, table, geometry="geom", key="fid", schema="public"):
        """A QGIS ``postgres`` provider URI of one table."""
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri()
        uri.setConnection(self.socket_dir, str(self.port), self.dbname, "postgres", "")
        uri.setDataSource(schema, table, geometry, "", key)
        return uri.uri(False)

    def source(self, table):
        """A Processing input string for one table: ``postgres://`` + its URI."""
        return "postgres://" + self.uri(table)

    def load_layers(self, gpkg, layers):
        """Copy ``layers`` of a GeoPackage into tables of the same names (fids kept, geometry column ``geom``)."""
        from osgeo import gdal

        gdal.UseExceptions()
        for name in layers:
            options = gdal.VectorTranslateOptions(
                options=["-preserve_fid"], format="PostgreSQL", layers=[name], accessMode="overwrite",
                layerCreationOptions=["GEOMETRY_NAME=geom", "FID=fid", "LAUNDER=NO", "SPATIAL_INDEX=GIST"])
            if gdal.VectorTranslate(self.ogr_connection(), gpkg, options=options) is None:
                raise RuntimeError("could not load {} into PostGIS".format(name))
