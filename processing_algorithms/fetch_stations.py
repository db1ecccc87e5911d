"""ecosupervision:fetchstations — latest values of live air and water stations into a point layer."""

import datetime as dt
import os

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..eco_supervision_plugin.cloud import API_TYPE_LABELS, API_TYPES, NETWORK_LABELS, NETWORKS, make_client
from ..eco_supervision_plugin.cloud.pull import pull
from ..eco_supervision_plugin.cloud.transport import MAX_BYTES, AuthError, QgisTransport, TransportError
from ..eco_supervision_plugin.core.monitor import Cancelled
from .base import EcoAlgorithm, Stopwatch, style_output, translate_note
from .qgis_io.stations import LAYOUTS, WGS84, features, fields, history_features, history_fields
from .qgis_io.titles import main_input_title
from .reports.fetch_stations import fetch_note
from .reports.note import write_note


class FetchStationsAlgorithm(EcoAlgorithm):
    ALG_ID = "fetchstations"
    GROUP = "livedata"
    MAIN_INPUT = "URL"

    def displayName(self):
        return self.tr("Fetch live stations")

    def shortHelpString(self):
        return self.tr(
            "Pulls the latest value of every air and surface-water automatic station from the eco-cloud platform "
            "into a point layer with one row per station and parameter.\n\n"
            "URL: the service root, e.g. https://host/FROST-Server/v1.1 for an OGC SensorThings API v1.1 "
            "service, or the OpenAQ v3 root.\n"
            "API type: SensorThings (Things, Locations, Datastreams, Observations; latest values in one "
            "$expand request per page), OpenAQ v3 (X-API-Key, 60 requests per minute) or Generic JSON: a "
            "provincial platform's own JSON read through a field mapping.\n"
            "Field mapping (Generic JSON only): the mapping as JSON text or the path of a .json file, e.g. "
            "{\"records\": \"data.list\", \"station_code\": \"stationCode\", \"lon\": \"lon\", \"lat\": \"lat\", "
            "\"time\": \"monitorTime\", \"parameters\": {\"PM2.5\": \"pm25\"}, \"units\": {\"PM2.5\": \"ug/m3\"}}; "
            "layout wide (one field per parameter) or long (parameter, value and unit fields); times without "
            "an offset are China Standard Time (+08:00) unless \"timezone\" says otherwise. See "
            "docs/live_stations.md.\n"
            "Authentication: a QGIS authentication configuration; the secret stays in the QGIS "
            "authentication database and is never written to outputs or logs.\n"
            "Network: air stations, water stations or both. Extent: keep stations inside it (optional).\n"
            "Stale after (hours): a reading older than this is flagged stale=1.\n"
            "Timeout: the deadline of each request, retries included. Credentials go only to the service URL's "
            "own server; links and redirects elsewhere are not followed unless allowed (advanced), and never "
            "with credentials; only http and https links are read; replies larger than the size limit are "
            "refused.\n\n"
            "Each air station is classified by its real-time AQI (HJ 633, 1-h values) into the six AQI "
            "categories; each water station by the GB 3838-2002 single-factor class of its latest values. "
            "Gas concentrations in ppm/ppb are converted to µg/m³ at 25 °C and 101.325 kPa.\n"
            "History (hours, advanced): with a History table output, the hourly readings of every fetched "
            "station over the last this many hours: one row per station and hour (UTC) with every parameter, "
            "the wind (WD, WS) included, in its own field, the readings table of the source attribution.\n"
            "The report lists stations received and kept, stations without location, stale rows, "
            "stations per class, HTTP requests and warnings (page caps, repeated links, fallbacks)."
        )

    def initAlgorithm(self, config=None):
        add, tr = self.add_parameter, self.tr
        add(QgsProcessingParameterString("URL", tr("Service URL")),
            tr("Root address of the station service, e.g. https://host/FROST-Server/v1.1 (SensorThings) or "
               "https://api.openaq.org/v3 (OpenAQ); for Generic JSON the address of the JSON reply."))
        add(QgsProcessingParameterEnum("API_TYPE", tr("API type"), options=[tr(label) for label in API_TYPE_LABELS],
                                       defaultValue=0),
            tr("How the service answers: OGC SensorThings API v1.1, OpenAQ v3 (API key from the authentication "
               "configuration) or Generic JSON (a provincial platform, read through the field mapping)."))
        add(QgsProcessingParameterString("MAPPING", tr("Field mapping for Generic JSON (JSON text or .json file)"),
                                         multiLine=True, optional=True),
            tr("Generic JSON only: which reply keys hold the records, station code, lon, lat, time and parameters, "
               "e.g. {\"records\": \"data.list\", \"station_code\": \"stationCode\"}; empty for the other API "
               "types."))
        add(QgsProcessingParameterAuthConfig("AUTHCFG", tr("Authentication configuration"), optional=True),
            tr("A QGIS authentication configuration holding the key or password (empty: anonymous access); the "
               "secret is sent only to the service's own server and never written to outputs or logs."))
        add(QgsProcessingParameterEnum("NETWORK", tr("Network"), options=[tr(label) for label in NETWORK_LABELS],
                                       defaultValue=2),
            tr("Which stations to keep: air quality stations, surface-water stations or both."))
        add(QgsProcessingParameterExtent("EXTENT", tr("Keep stations inside extent"), optional=True),
            tr("Keep only the stations inside this rectangle, e.g. the city's extent (empty: every station the "
               "service returns)."))
        add(QgsProcessingParameterNumber("STALE_HOURS", tr("Stale after (hours)"), QgsProcessingParameterNumber.Double,
                                         3.0, minValue=0.0),
            tr("A latest reading older than this many hours is kept but flagged stale = 1 (default 3: a station "
               "silent for three hours)."))
        add(QgsProcessingParameterNumber(
            "TIMEOUT", self.tr("Timeout (seconds)"), QgsProcessingParameterNumber.Double, 30.0, minValue=1.0),
            self.tr("The longest one request may take, retries and waits included; the message says how long it "
                    "waited."))
        add(QgsProcessingParameterEnum(
            "LAYOUT", self.tr("Layer layout"), options=[self.tr("One point per station and parameter"),
                                                         self.tr("One point per station (values as fields)")],
            defaultValue=0),
            self.tr("Per parameter: a value, unit and parameter field (the long table). Per station: one point "
                    "per station with the latest value of every parameter as a field (PM2_5, NH3N …)."))
        add(QgsProcessingParameterNumber(
            "MAX_MB", self.tr("Largest reply (MiB)"), QgsProcessingParameterNumber.Double, MAX_BYTES / 1048576.0,
            minValue=0.1), self.tr("A reply larger than this (decoded) is refused, so that a faulty or hostile "
                                   "server cannot exhaust the memory."), advanced=True)
        add(QgsProcessingParameterBoolean(
            "ALLOW_OTHER_ORIGINS", self.tr("Follow links to other servers"), defaultValue=False),
            self.tr("Off: only links and redirects to the service URL's own server (scheme, host and port) are "
                    "followed. On: links to other servers are followed too, always without the credentials."),
            advanced=True)
        add(QgsProcessingParameterNumber(
            "HISTORY_HOURS", self.tr("History (hours)"), QgsProcessingParameterNumber.Integer, 0, minValue=0,
            maxValue=8784), self.tr("0: no history. Otherwise the History table holds each station's hourly "
                                    "readings over the last this many hours (at most a leap year)."), advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Live stations"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "HISTORY", self.tr("History (hourly readings)"), QgsProcessing.TypeVector, optional=True,
            createByDefault=False))
        self.add_report_parameter()

    def checkParameterValues(self, parameters, context):
        checks = [("STALE_HOURS", self.tr("Stale after must be a finite number of hours ≥ 0, not {}."),
                   lambda v: v >= 0),
                  ("TIMEOUT", self.tr("The timeout must be a finite number of seconds ≥ 1, not {}."), lambda v: v >= 1),
                  ("MAX_MB", self.tr("The largest reply must be a finite number of MiB ≥ 0.1, not {}."),
                   lambda v: v >= 0.1),
                  ("HISTORY_HOURS", self.tr("History (hours) must be between 0 and 8784 hours (a leap year), not {}."),
                   lambda v: 0 <= v <= 8784)]
        return self.check_number_ranges(parameters, context, checks)

    def processAlgorithm(self, parameters, context, feedback):
        watch = Stopwatch()
        url = self.parameterAsString(parameters, "URL", context).strip()
        if not url.lower().startswith(("http://", "https://")):
            raise QgsProcessingException(self.tr("The service URL must start with http:// or https://."))
        api_type = API_TYPES[self.parameterAsEnum(parameters, "API_TYPE", context)]
        network = NETWORKS[self.parameterAsEnum(parameters, "NETWORK", context)]
        layout = LAYOUTS[self.parameterAsEnum(parameters, "LAYOUT", context)]
        authcfg = self.parameterAsString(parameters, "AUTHCFG", context) or ""
        options = {"mapping": self._mapping(parameters, context)} if api_type == "generic_json" else {}
        bbox = self._bbox(parameters, context)
        transport = QgisTransport(
            authcfg=authcfg, timeout=self.parameterAsDouble(parameters, "TIMEOUT", context),
            is_cancelled=feedback.isCanceled, log=lambda message: feedback.pushInfo(translate_note(message)),
            max_bytes=int(self.parameterAsDouble(parameters, "MAX_MB", context) * 1048576),
            allow_other_origins=self.parameterAsBoolean(parameters, "ALLOW_OTHER_ORIGINS", context))
        feedback.pushInfo(self.tr("Pulling latest values…"))
        pulled_at = dt.datetime.now(dt.timezone.utc)
        log = lambda message: feedback.pushWarning(translate_note(message))  # noqa: E731
        try:
            client = make_client(api_type, url, transport, log=log, **options)
            stations, rows, report = pull(
                api_type, url, transport, network=network, bbox=bbox,
                stale_hours=self.parameterAsDouble(parameters, "STALE_HOURS", context), log=log, client=client)
            history_dest, report["history_rows"] = self._history(parameters, context, feedback, client, stations,
                                                                 pulled_at)
        except Cancelled:
            raise QgsProcessingException(self.tr("Canceled by the user.")) from None
        except AuthError as error:
            raise QgsProcessingException(self.tr(
                "The station server refused the credentials: check the authentication configuration. ({})"
            ).format(translate_note(error))) from None
        except (TransportError, ValueError) as error:
            raise QgsProcessingException(self.tr("Could not read stations: {}").format(translate_note(error))) \
                from None
        field_set = fields(layout)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, field_set, QgsWkbTypes.Point, WGS84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        feats, skipped = features(rows, field_set, layout=layout)
        for i, f in enumerate(feats):
            if feedback.isCanceled():
                break
            sink.addFeature(f, QgsFeatureSink.FastInsert)
            if i % 500 == 0:
                feedback.setProgress(70 + 30 * i / max(len(feats), 1))
        if skipped:
            feedback.pushWarning(self.tr("{} rows of stations without a location were left out.").format(skipped))
        report.update({"rows_written": len(feats), "rows_without_location": skipped, "network": network,
                       "layout": layout, "extent_lonlat": bbox, "runtime_s": watch.seconds(),
                       "auth": "QGIS auth config" if authcfg else "none"})
        self.dest_id = dest
        note = fetch_note(rows, report, main_input_title(self, parameters, context), pulled_at)
        report_path = write_note(self.parameterAsFileOutput(parameters, "REPORT", context), note)
        results = {"OUTPUT": dest, "REPORT": report_path}
        if history_dest:
            results["HISTORY"] = history_dest
        return results

    def _history(self, parameters, context, feedback, client, stations, end):
        """The HISTORY table: each station's hourly readings over the last HISTORY_HOURS hours; (dest, rows)."""
        hours = self.parameterAsInt(parameters, "HISTORY_HOURS", context)
        field_set = history_fields()
        sink, dest = self.parameterAsSink(parameters, "HISTORY", context, field_set, QgsWkbTypes.NoGeometry)
        feedback.setProgress(30)
        if sink is None:
            if hours > 0:
                feedback.pushWarning(self.tr("History (hours) is set but the History table output is not: "
                                             "no history was read."))
            return None, 0
        if not client.has_history:
            feedback.pushWarning(self.tr("This platform's API has no history query: the History table is empty."))
            return dest, 0
        if hours <= 0:
            feedback.pushWarning(self.tr("History (hours) is 0: the History table is empty."))
            return dest, 0
        feedback.pushInfo(self.tr("Reading {} hours of history of {} stations…").format(hours, len(stations)))
        feats, _failed = history_features(
            client, stations, end - dt.timedelta(hours=hours), end, field_set, is_cancelled=feedback.isCanceled,
            progress=lambda fraction: feedback.setProgress(30 + 40 * fraction),
            warn=lambda st, error: feedback.pushWarning(self.tr("No history for station {}: {}").format(
                st.code, translate_note(error))))
        sink.addFeatures(feats, QgsFeatureSink.FastInsert)
        return dest, len(feats)

    def _mapping(self, parameters, context):
        mapping = self.parameterAsString(parameters, "MAPPING", context).strip()
        if not mapping:
            raise QgsProcessingException(self.tr(
                "Generic JSON needs a field mapping: give it as JSON text or the path of a .json file."))
        if not mapping.startswith("{") and os.path.isfile(mapping):
            with open(mapping, encoding="utf-8") as f:
                mapping = f.read()
        return mapping

    def _bbox(self, parameters, context):
        if not parameters.get("EXTENT"):
            return None
        extent = self.parameterAsExtent(parameters, "EXTENT", context, WGS84)
        if extent is None or extent.isNull() or extent.isEmpty():
            return None
        return extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()

    def postProcessAlgorithm(self, context, feedback):
        style_output(context, getattr(self, "dest_id", None), "stations_live.qml")
        return {}


