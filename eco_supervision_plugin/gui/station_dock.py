"""Live station dock: profiles, refresh/auto-refresh in a QgsTask, classified layer, station chart, snapshots.

Widgets and signals only; the pulling, classification and snapshot logic live in ``cloud``.
"""

import datetime as dt
import os

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsMessageLog,
    QgsProject,
    QgsSettings,
    QgsTask,
)
from qgis.gui import QgsAuthConfigSelect, QgsDockWidget
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..cloud import snapshot as snap
from ..cloud.classify import classify_station, limit_for
from ..cloud.model import UTC, rows
from ..cloud.pull import pull
from ..cloud.transport import QgisTransport, redact
from ..core.messages import translate_message
from ..i18n import tr
from .station_chart import StationChart
from ...processing_algorithms.qgis_io.stations import memory_layer, replace_features, save_gpkg

SETTINGS = "eco_supervision/live_stations/"
STYLE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "styles",
                     "stations_live.qml")
LOG_TAG = "Eco Supervision"
API_TYPES = ("sensorthings", "openaq", "generic_json")


def snapshot_path():
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "eco_supervision", "last_stations.json")


class _Task(QgsTask):
    """Runs ``work(task)`` off the UI thread; ``done(ok, result, error)`` is called on the UI thread."""

    def __init__(self, description, work, done):
        super().__init__(description, QgsTask.CanCancel)
        self.work, self.done, self.result, self.error = work, done, None, None

    def run(self):
        try:
            self.result = self.work(self)
            return True
        except Exception as error:  # reported in finished(); nothing may escape a worker thread
            self.error = error
            return False

    def finished(self, ok):
        self.done(ok, self.result, self.error)


class StationDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Eco Supervision — live stations"), parent)
        self.iface = iface
        self.layer = None
        self.stations = []
        self.task = None
        self.history_task = None
        self.history_window = None
        self.showing_snapshot = False
        self.last_error = ""
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.auto_refresh)
        self._build()
        self._load_profiles()

    # -- widgets ---------------------------------------------------------------------------------

    def _build(self):
        body = QWidget(self)
        lay = QVBoxLayout(body)
        form = QFormLayout()
        row = QHBoxLayout()
        self.profile_combo = QComboBox(body)
        self.profile_combo.setEditable(True)
        self.profile_combo.activated.connect(self._profile_chosen)
        self.save_profile_button = QPushButton(tr("Save profile"), body)
        self.save_profile_button.clicked.connect(self.save_profile)
        row.addWidget(self.profile_combo, 1)
        row.addWidget(self.save_profile_button)
        form.addRow(tr("Profile"), row)
        self.url_edit = QLineEdit(body)
        self.url_edit.setPlaceholderText("https://host/sensorthings/v1.1")
        form.addRow(tr("Service URL"), self.url_edit)
        self.api_combo = QComboBox(body)
        self.api_combo.addItems([tr("OGC SensorThings API v1.1"), tr("OpenAQ v3"), tr("Generic JSON (field mapping)")])
        form.addRow(tr("API type"), self.api_combo)
        # Generic JSON: the platform's field mapping (no secret in it; kept with the profile)
        self.mapping_edit = QPlainTextEdit(body)
        self.mapping_edit.setPlaceholderText('{"records": "data.list", "station_code": "stationCode", "lon": "lon", '
                                             '"lat": "lat", "time": "monitorTime", "parameters": {"PM2.5": "pm25"}}')
        self.mapping_edit.setMaximumHeight(80)
        self.mapping_label = QLabel(tr("Field mapping"), body)
        form.addRow(self.mapping_label, self.mapping_edit)
        self.api_combo.currentIndexChanged.connect(self._api_changed)
        self._api_changed()
        self.auth_select = QgsAuthConfigSelect(body)
        form.addRow(tr("Authentication"), self.auth_select)
        self.network_combo = QComboBox(body)
        self.network_combo.addItems([tr("All"), tr("Air"), tr("Water")])
        form.addRow(tr("Network"), self.network_combo)
        self.extent_check = QCheckBox(tr("Only stations in the map extent"), body)
        form.addRow("", self.extent_check)
        lay.addLayout(form)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(tr("Refresh"), body)
        self.refresh_button.clicked.connect(self.refresh)
        self.auto_check = QCheckBox(tr("Auto every"), body)
        self.auto_check.toggled.connect(self._auto_toggled)
        self.auto_minutes = QSpinBox(body)
        self.auto_minutes.setRange(1, 1440)
        self.auto_minutes.setValue(10)
        self.auto_minutes.setSuffix(tr(" min"))
        self.snapshot_button = QPushButton(tr("Save snapshot…"), body)
        self.snapshot_button.clicked.connect(self.save_snapshot_dialog)
        for w in (self.refresh_button, self.auto_check, self.auto_minutes, self.snapshot_button):
            row.addWidget(w)
        lay.addLayout(row)
        self.status = QLabel(tr("Not refreshed yet."), body)
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.station_list = QListWidget(body)
        self.station_list.currentItemChanged.connect(self._station_chosen)
        lay.addWidget(self.station_list, 1)
        row = QHBoxLayout()
        self.param_combo = QComboBox(body)
        self.window_combo = QComboBox(body)
        self.window_combo.addItems([tr("24 h"), tr("7 days")])
        self.param_combo.activated.connect(lambda *_: self.load_history())
        self.window_combo.activated.connect(lambda *_: self.load_history())
        row.addWidget(QLabel(tr("Parameter"), body))
        row.addWidget(self.param_combo, 1)
        row.addWidget(self.window_combo)
        lay.addLayout(row)
        self.chart = StationChart(body)
        lay.addWidget(self.chart, 1)
        self.setWidget(body)

    # -- profiles (no secret here: the auth config id only) ---------------------------------------

    def _load_profiles(self):
        s = QgsSettings()
        names = s.value(SETTINGS + "profiles", [], type=list) or []
        self.profile_combo.clear()
        self.profile_combo.addItems(names)
        last = s.value(SETTINGS + "last_profile", "")
        if last in names:
            self.profile_combo.setCurrentText(last)
            self._profile_chosen()

    def _profile_chosen(self, *args):
        name = self.profile_combo.currentText()
        s = QgsSettings()
        self.url_edit.setText(s.value(SETTINGS + "p/{}/url".format(name), ""))
        self.api_combo.setCurrentIndex(int(s.value(SETTINGS + "p/{}/api".format(name), 0)))
        self.auth_select.setConfigId(s.value(SETTINGS + "p/{}/authcfg".format(name), ""))
        self.mapping_edit.setPlainText(s.value(SETTINGS + "p/{}/mapping".format(name), ""))

    def save_profile(self):
        name = self.profile_combo.currentText().strip() or tr("Default")
        s = QgsSettings()
        s.setValue(SETTINGS + "p/{}/url".format(name), self.url_edit.text().strip())
        s.setValue(SETTINGS + "p/{}/api".format(name), self.api_combo.currentIndex())
        s.setValue(SETTINGS + "p/{}/authcfg".format(name), self.auth_select.configId())
        s.setValue(SETTINGS + "p/{}/mapping".format(name), self.mapping_edit.toPlainText().strip())
        names = s.value(SETTINGS + "profiles", [], type=list) or []
        if name not in names:
            names.append(name)
        s.setValue(SETTINGS + "profiles", names)
        s.setValue(SETTINGS + "last_profile", name)
        self._load_profiles()

    def _api_changed(self, *args):
        generic = API_TYPES[self.api_combo.currentIndex()] == "generic_json"
        self.mapping_label.setVisible(generic)
        self.mapping_edit.setVisible(generic)

    # -- refresh -----------------------------------------------------------------------------------

    def busy(self):
        return self.task is not None

    def _auto_toggled(self, on):
        if on:
            self.timer.start(self.auto_minutes.value() * 60000)
        else:
            self.timer.stop()

    def auto_refresh(self):
        if self.busy():  # a round is still running: skip this one
            self.log(tr("Auto-refresh skipped: the previous refresh is still running."))
            return
        self.refresh()

    def _bbox(self):
        if not self.extent_check.isChecked() or self.iface is None:
            return None
        canvas = self.iface.mapCanvas()
        xform = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(),
                                       QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
        r = xform.transformBoundingBox(canvas.extent())
        return (r.xMinimum(), r.yMinimum(), r.xMaximum(), r.yMaximum())

    def refresh(self):
        if self.busy():
            return False
        url = self.url_edit.text().strip()
        if not url:
            self.status.setText(tr("Enter the service URL first."))
            return False
        api = API_TYPES[self.api_combo.currentIndex()]
        network = ("all", "air", "water")[self.network_combo.currentIndex()]
        authcfg = self.auth_select.configId()
        bbox = self._bbox()
        options = {"mapping": self.mapping_edit.toPlainText().strip()} if api == "generic_json" else {}

        def work(task):
            transport = QgisTransport(authcfg=authcfg, timeout=20, is_cancelled=task.isCanceled)
            return pull(api, url, transport, network=network, bbox=bbox, client_options=options)

        self.status.setText(tr("Refreshing…"))
        self.refresh_button.setEnabled(False)
        self.task = _Task(tr("Refreshing live stations"), work, lambda ok, res, err: self._refreshed(ok, res, err, url))
        QgsApplication.taskManager().addTask(self.task)
        return True

    def _refreshed(self, ok, result, error, url):
        self.task = None
        self.refresh_button.setEnabled(True)
        if not ok or result is None:
            self.last_error = shown(error) if error else tr("the refresh was cancelled")
            self.log(tr("Refresh failed: {}").format(self.last_error))
            if self.layer_is_empty():
                self.show_last_snapshot()
            msg = tr("Server unreachable or refused the request: {}. The previous layer is kept.").format(
                self.last_error)
            if self.showing_snapshot:
                msg += " " + tr("Showing the last good snapshot.")
            self.status.setText(msg)
            return
        stations, out, report = result
        self.stations = stations
        self.showing_snapshot = False
        self._fill_layer(out, snapshot=False)
        try:
            snap.save(snapshot_path(), stations, url=url)
        except OSError as error:
            self.log(tr("Could not keep the snapshot: {}").format(error))
        self.status.setText(tr("{} stations, {} values at {} UTC ({} requests).").format(
            report["stations_kept"], report["rows"], dt.datetime.now(UTC).strftime("%H:%M"),
            report["http_requests"]))
        for w in report["warnings"]:
            self.log(shown(w))

    def layer_is_empty(self):
        return self.layer is None or self.layer.featureCount() == 0

    def show_last_snapshot(self, path=None):
        try:
            stations, fetched, _url = snap.load(path or snapshot_path())
        except (OSError, ValueError):
            return False
        self.stations = stations
        out = []
        for st in stations:
            c = classify_station(st)
            for r in rows([st], stale_hours=3):
                r.update({"class": c["class"], "level": c["level"], "colour": c["colour"],
                          "category_key": "{}-{}".format(st.network, c["level"]) if c["level"] else "",
                          "class_detail": c["detail"], "note": tr("snapshot of {}").format(fetched.isoformat())})
                out.append(r)
        self._fill_layer(out, snapshot=True)
        self.showing_snapshot = True
        return True

    def _ensure_layer(self):
        project = QgsProject.instance()
        if self.layer is not None and project.mapLayer(self.layer.id()) is None:
            self.layer = None
        if self.layer is None:
            self.layer = memory_layer(tr("Live stations"))
            if os.path.exists(STYLE):
                self.layer.loadNamedStyle(STYLE)
            project.addMapLayer(self.layer)
        return self.layer

    def _fill_layer(self, out, snapshot):
        layer = self._ensure_layer()
        layer.setName(tr("Live stations (last snapshot)") if snapshot else tr("Live stations"))
        replace_features(layer, out, snapshot=snapshot)
        self.station_list.clear()
        for st in self.stations:
            item = QListWidgetItem("{} — {} ({})".format(st.code, st.name, st.network))
            item.setData(256, st.code)
            self.station_list.addItem(item)

    # -- station panel --------------------------------------------------------------------------------

    def station(self, code):
        return next((s for s in self.stations if s.code == code), None)

    def _station_chosen(self, item, _previous=None):
        if item is None:
            return
        st = self.station(item.data(256))
        self.param_combo.clear()
        if st is not None:
            self.param_combo.addItems(sorted(st.series))
            self.load_history()

    def load_history(self):
        item = self.station_list.currentItem()
        st = self.station(item.data(256)) if item else None
        code = self.param_combo.currentText()
        if st is None or code not in st.series or self.history_task is not None or self.showing_snapshot:
            return False
        hours = 24 if self.window_combo.currentIndex() == 0 else 168
        url = self.url_edit.text().strip()
        api = API_TYPES[self.api_combo.currentIndex()]
        authcfg = self.auth_select.configId()
        series = st.series[code]
        end = dt.datetime.now(UTC)
        start = end - dt.timedelta(hours=hours)
        self.history_window = (start, end)  # the (start, end] the chart shows

        def work(task):
            from ..cloud import make_client

            transport = QgisTransport(authcfg=authcfg, timeout=20, is_cancelled=task.isCanceled)
            client = make_client(api, url, transport)
            return client.history(series.id, start, end, code, series.parameter.source_unit)

        target = st.properties.get("target_class") or 3
        lim, kind = limit_for(st.network, code, target, st.properties.get("water_body"))

        def done(ok, readings, error):
            self.history_task = None
            if not ok:
                self.log(tr("History failed: {}").format(shown(error)))
                self.chart.set_data([], title=tr("History unavailable"))
                return
            self.chart.set_data(readings or [], lim, kind, "{} {} ({})".format(st.code, code, series.parameter.unit),
                                series.parameter.unit)

        self.history_task = _Task(tr("Loading station history"), work, done)
        QgsApplication.taskManager().addTask(self.history_task)
        return True

    # -- snapshot, log, shutdown ---------------------------------------------------------------------

    def save_snapshot_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Save snapshot"), "", tr("GeoPackage (*.gpkg)"))
        if path:
            self.save_snapshot(path)

    def save_snapshot(self, path):
        if self.layer_is_empty():
            self.status.setText(tr("Nothing to save yet: refresh first."))
            return False
        ok, message = save_gpkg(self.layer, path, QgsProject.instance().transformContext())
        self.status.setText(tr("Snapshot saved to {}").format(path) if ok else
                            tr("Could not save the snapshot: {}").format(message))
        return ok

    def log(self, message):
        QgsMessageLog.logMessage(redact_text(message), LOG_TAG)

    def shutdown(self):
        self.timer.stop()
        for task in (self.task, self.history_task):
            if task is not None:
                try:
                    task.done = lambda *a: None
                    task.cancel()
                except RuntimeError:
                    pass
        self.task = self.history_task = None


def shown(message):
    """A station client's error or warning (translatable template or plain text) in the user's language."""
    if isinstance(message, BaseException) and not hasattr(message, "translated"):
        return str(message)
    return translate_message(message, tr)


def redact_text(text):
    """Redact any URL in a log message (secret query values, user:password)."""
    import re

    return re.sub(r"https?://\S+", lambda m: redact(m.group(0)), str(text))
