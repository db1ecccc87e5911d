"""ecosupervision:fetchstations — latest values of live air and water stations into a point layer."""

import os

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..eco_supervision_plugin.cloud.pull import pull
from ..eco_supervision_plugin.cloud.transport import AuthError, QgisTransport, TransportError
from ..eco_supervision_plugin.core.monitor import Cancelled
from ..eco_supervision_plugin.gui.station_layer import WGS84, features, fields
from .base import EcoAlgorithm, Stopwatch, style_output, translate_note, write_report

API_TYPES = ("sensorthings", "openaq", "generic_json")
NETWORKS = ("air", "water", "all")


class FetchStationsAlgorithm(EcoAlgorithm):
    ALG_ID = "fetchstations"

    def displayName(self):  # noqa: N802
        return self.tr("Fetch live stations")

    def group(self):
        return self.tr("Live data")

    def groupId(self):  # noqa: N802
        return "livedata"

    def shortHelpString(self):  # noqa: N802
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
            "Stale after (hours): a reading older than this is flagged stale=1.\n\n"
            "Each air station is classified by its real-time AQI (HJ 633, 1-h values) into the six AQI "
            "categories; each water station by the GB 3838-2002 single-factor class of its latest values. "
            "Gas concentrations in ppm/ppb are converted to µg/m³ at 25 °C and 101.325 kPa.\n"
            "The report lists stations received and kept, stations without location, stale rows, "
            "stations per class, HTTP requests and warnings (page caps, repeated links, fallbacks)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("URL", self.tr("Service URL")))
        self.addParameter(QgsProcessingParameterEnum(
            "API_TYPE", self.tr("API type"), options=[self.tr("OGC SensorThings API v1.1"), self.tr("OpenAQ v3"),
                                                      self.tr("Generic JSON (field mapping)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            "MAPPING", self.tr("Field mapping for Generic JSON (JSON text or .json file)"), multiLine=True,
            optional=True))
        self.addParameter(QgsProcessingParameterAuthConfig(
            "AUTHCFG", self.tr("Authentication configuration"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "NETWORK", self.tr("Network"), options=[self.tr("Air"), self.tr("Water"), self.tr("All")],
            defaultValue=2))
        self.addParameter(QgsProcessingParameterExtent("EXTENT", self.tr("Keep stations inside extent"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "STALE_HOURS", self.tr("Stale after (hours)"), QgsProcessingParameterNumber.Double, 3.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            "TIMEOUT", self.tr("Timeout per request (seconds)"), QgsProcessingParameterNumber.Double, 30.0,
            minValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Live stations"), QgsProcessing.TypeVectorPoint))
        self.add_report_parameter()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        watch = Stopwatch()
        url = self.parameterAsString(parameters, "URL", context).strip()
        if not url.lower().startswith(("http://", "https://")):
            raise QgsProcessingException(self.tr("The service URL must start with http:// or https://."))
        api_type = API_TYPES[self.parameterAsEnum(parameters, "API_TYPE", context)]
        network = NETWORKS[self.parameterAsEnum(parameters, "NETWORK", context)]
        authcfg = self.parameterAsString(parameters, "AUTHCFG", context) or ""
        stale = self.parameterAsDouble(parameters, "STALE_HOURS", context)
        options = {}
        if api_type == "generic_json":
            mapping = self.parameterAsString(parameters, "MAPPING", context).strip()
            if not mapping:
                raise QgsProcessingException(self.tr(
                    "Generic JSON needs a field mapping: give it as JSON text or the path of a .json file."))
            if not mapping.startswith("{") and os.path.isfile(mapping):
                with open(mapping, encoding="utf-8") as f:
                    mapping = f.read()
            options["mapping"] = mapping
        timeout = self.parameterAsDouble(parameters, "TIMEOUT", context)
        bbox = None
        if parameters.get("EXTENT"):
            extent = self.parameterAsExtent(parameters, "EXTENT", context, WGS84)
            if extent is not None and not extent.isNull() and not extent.isEmpty():
                bbox = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        transport = QgisTransport(authcfg=authcfg, timeout=timeout, is_cancelled=feedback.isCanceled,
                                  log=lambda message: feedback.pushInfo(translate_note(message)))
        feedback.pushInfo(self.tr("Pulling latest values…"))
        try:
            stations, rows, report = pull(api_type, url, transport, network=network, bbox=bbox, stale_hours=stale,
                                          log=lambda message: feedback.pushWarning(translate_note(message)),
                                          client_options=options)
        except Cancelled:
            raise QgsProcessingException(self.tr("Canceled by the user.")) from None
        except AuthError as error:
            raise QgsProcessingException(self.tr(
                "The station server refused the credentials: check the authentication configuration. ({})"
            ).format(translate_note(error))) from None
        except (TransportError, ValueError) as error:
            raise QgsProcessingException(self.tr("Could not read stations: {}").format(translate_note(error))) \
                from None
        feedback.setProgress(70)
        field_set = fields()
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, field_set, QgsWkbTypes.Point, WGS84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        feats, skipped = features(rows, field_set)
        for i, f in enumerate(feats):
            if feedback.isCanceled():
                break
            sink.addFeature(f, QgsFeatureSink.FastInsert)
            if i % 500 == 0:
                feedback.setProgress(70 + 30 * i / max(len(feats), 1))
        if skipped:
            feedback.pushWarning(self.tr("{} rows of stations without a location were left out.").format(skipped))
        report.update({"rows_written": len(feats), "rows_without_location": skipped, "network": network,
                       "extent_lonlat": bbox, "runtime_s": watch.seconds(),
                       "auth": "QGIS auth config" if authcfg else "none"})
        self.dest_id = dest
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        write_report(report_path, report, self.tr("Live stations"))
        return {"OUTPUT": dest, "REPORT": report_path}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        style_output(context, getattr(self, "dest_id", None), "stations_live.qml")
        return {}


