"""Live station dock: profiles, refresh/auto-refresh in a QgsTask, classified layer, station chart, snapshots.

Widgets and signals only; the pulling, classification and snapshot logic live in ``cloud``, the settings in
``profiles``, what the dock says in ``texts``.
"""

import datetime as dt
import os

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsMessageLog,
    QgsProject,
)
from qgis.gui import QgsAuthConfigSelect, QgsDockWidget
from qgis.PyQt.QtCore import Qt, QTimer
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
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...processing_algorithms.qgis_io.stations import LAYOUTS, layout_of, memory_layer, replace_features, save_gpkg
from ...processing_algorithms.qgis_io.styles import apply_style
from ..cloud import API_TYPE_LABELS, API_TYPES, NETWORK_LABELS, NETWORKS
from ..cloud import snapshot as snap
from ..cloud.classify import limit_for
from ..cloud.model import UTC, preferred_parameter
from ..cloud.pull import classified_rows, history, pull
from ..cloud.reply import host_label, redact_text
from ..cloud.transport import QgisTransport
from ..core.monitor import Cancelled
from ..i18n import tr
from . import profiles
from .profiles import snapshot_path  # looked up here at each use: the tests point it elsewhere
from .station_chart import StationChart
from .tasks import CallbackTask
from .texts import local_time, parameter_label, refresh_failure, shown

STYLE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "styles",
                     "stations_live.qml")
LOG_TAG = "Eco Supervision"
TIMEOUT = 20.0  # seconds per request, retries included



class StationDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Eco Supervision — live stations"), parent)
        self.iface = iface
        self.layer_id = None  # the layer is looked up in the project: it may be removed at any time
        self.stations = []
        self.shown_url = ""  # the server the listed stations come from
        self.last_ok = None  # when the layer was last filled from a server
        self.started = None
        self.task = None
        self.history_task = None
        self.history_window = None
        self.showing_snapshot = False
        self.last_error = ""
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.auto_refresh)
        self.progress_timer = QTimer(self)
        self.progress_timer.setInterval(250)
        self.progress_timer.timeout.connect(self._show_progress)
        self._build()
        self._load_profiles()

    # -- widgets ---------------------------------------------------------------------------------

    def _build(self):
        body = QWidget(self)
        lay = QVBoxLayout(body)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapAllRows)  # labels above their fields: the dock may be narrow
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
        self.api_combo.addItems([tr(label) for label in API_TYPE_LABELS])
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
        self.network_combo.addItems([tr(label) for label in NETWORK_LABELS])
        self.network_combo.setCurrentIndex(NETWORKS.index("all"))
        form.addRow(tr("Network"), self.network_combo)
        self.layout_combo = QComboBox(body)
        self.layout_combo.addItems([tr("One point per station and parameter"),
                                    tr("One point per station (values as fields)")])
        self.layout_combo.setCurrentIndex(LAYOUTS.index("station"))
        form.addRow(tr("Layer"), self.layout_combo)
        self.extent_check = QCheckBox(tr("Only stations in the map extent"), body)
        form.addRow(self.extent_check)
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
        self.cancel_button = QPushButton(tr("Cancel"), body)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        for w in (self.refresh_button, self.cancel_button, self.snapshot_button):
            row.addWidget(w)
        lay.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.auto_check)
        row.addWidget(self.auto_minutes)
        row.addStretch(1)
        lay.addLayout(row)
        self.status = QLabel(tr("Not refreshed yet."), body)
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.station_list = QListWidget(body)
        self.station_list.setMinimumHeight(60)
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
        # everything scrolls: the dock may be as small as the main window needs (a 1000 px screen with the
        # Results Viewer open)
        for combo in body.findChildren(QComboBox):  # long item texts must not widen the dock
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.param_combo.setMinimumContentsLength(6)
        self.window_combo.setMinimumContentsLength(4)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # it narrows; only vertical scrolling
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(body)
        scroll.setMinimumHeight(80)
        self.setWidget(scroll)

    # -- profiles (no secret here: the auth config id only) ---------------------------------------

    def _load_profiles(self):
        names = profiles.profile_names()
        self.profile_combo.clear()
        self.profile_combo.addItems(names)
        last = profiles.last_profile()
        if last in names:
            self.profile_combo.setCurrentText(last)
            self._profile_chosen()

    def _profile_chosen(self, *args):
        profile = profiles.read_profile(self.profile_combo.currentText())
        self.url_edit.setText(profile.url)
        self.api_combo.setCurrentIndex(profile.api)
        self.auth_select.setConfigId(profile.authcfg)
        self.mapping_edit.setPlainText(profile.mapping)

    def save_profile(self):
        name = self.profile_combo.currentText().strip() or tr("Default")
        profiles.write_profile(name, profiles.Profile(
            url=self.url_edit.text().strip(), api=self.api_combo.currentIndex(), authcfg=self.auth_select.configId(),
            mapping=self.mapping_edit.toPlainText().strip()))
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
        network = NETWORKS[self.network_combo.currentIndex()]
        bbox = self._bbox()
        options = {"mapping": self.mapping_edit.toPlainText().strip()} if api == "generic_json" else {}
        transport_options = self._transport_options()

        def work(task):
            task.transport = QgisTransport(is_cancelled=task.isCanceled, **transport_options)
            return pull(api, url, task.transport, network=network, bbox=bbox, client_options=options)

        self.status.setText(tr("Connecting to {}…").format(host_label(url)))
        self.refresh_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.started = dt.datetime.now(UTC)
        self.task = CallbackTask(tr("Refreshing live stations"), work,
                                 lambda ok, res, err: self._refreshed(ok, res, err, url))
        QgsApplication.taskManager().addTask(self.task)
        self.progress_timer.start()
        return True

    def _transport_options(self):
        return {"authcfg": self.auth_select.configId(), "timeout": TIMEOUT,
                "allow_other_origins": profiles.allow_other_origins()}

    def _show_progress(self):
        """While a refresh runs: which server, how long it has waited, which attempt (a silent server shows)."""
        task = self.task
        if task is None or self.started is None:
            self.progress_timer.stop()
            return
        waited = (dt.datetime.now(UTC) - self.started).total_seconds()
        attempts = task.transport.requests if task.transport is not None else 0
        self.status.setText(tr("Waiting for {}: {:.0f} s, request {} (at most {:.0f} s each; Cancel stops).").format(
            host_label(self.url_edit.text().strip()), waited, max(attempts, 1), TIMEOUT))

    def cancel(self):
        if self.task is not None:
            self.task.cancel()
            self.status.setText(tr("Cancelling…"))

    def _refreshed(self, ok, result, error, url):
        self.task = None
        self.progress_timer.stop()
        self.refresh_button.setEnabled(True)
        self.cancel_button.setVisible(False)
        if not ok or result is None:
            cancelled = error is None or isinstance(error, Cancelled)
            self.last_error = tr("the refresh was cancelled") if cancelled else shown(error)
            self.log(tr("Refresh failed: {}").format(self.last_error))
            if self.layer_is_empty():
                self.show_last_snapshot()
            failure = refresh_failure(self.last_error, url, self.shown_url, self.layer_is_empty(),
                                      self.showing_snapshot, self.last_ok)
            if failure.layer_name is not None:
                self.layer.setName(failure.layer_name)
            if failure.other_server:
                self.stations = []
                self.station_list.clear()
                self.param_combo.clear()
                self.chart.set_data([], title="", message=tr("Refresh to see this server's stations."))
            self.status.setText(failure.status)
            return
        stations, out, report = result
        self.stations = stations
        self.shown_url = url
        self.last_ok = dt.datetime.now(UTC)
        self.showing_snapshot = False
        self._fill_layer(out, snapshot=False)
        try:
            snap.save(snapshot_path(), stations, url=url)
        except OSError as error:
            self.log(tr("Could not keep the snapshot: {}").format(error))
        self.status.setText(tr("{} stations, {} values at {} ({} requests).").format(
            report["stations_kept"], report["rows"], local_time(dt.datetime.now(UTC)), report["http_requests"]))
        for w in report["warnings"]:
            self.log(shown(w))

    @property
    def layer(self):
        """The dock's layer if it is still in the project (None once removed, or after a new project)."""
        if not self.layer_id:
            return None
        return QgsProject.instance().mapLayer(self.layer_id)

    def layer_is_empty(self):
        layer = self.layer
        return layer is None or layer.featureCount() == 0

    def show_last_snapshot(self, path=None):
        try:
            stations, fetched, url = snap.load(path or snapshot_path())
        except (OSError, ValueError):
            return False
        self.stations = stations
        self.shown_url = url
        self.fetched = fetched
        out, _ = classified_rows(stations, stale_hours=3, note=tr("snapshot of {}").format(local_time(fetched)))
        self._fill_layer(out, snapshot=True)
        self.showing_snapshot = True
        return True

    def _ensure_layer(self):
        project = QgsProject.instance()
        layout = LAYOUTS[self.layout_combo.currentIndex()]
        layer = self.layer
        if layer is not None and layout_of(layer) != layout:
            project.removeMapLayer(layer.id())
            layer = None
        if layer is None:
            layer = memory_layer(tr("Live stations"), layout)
            apply_style(layer, STYLE)  # legend in the user's language
            project.addMapLayer(layer)
            self.layer_id = layer.id()
        return layer

    def _fill_layer(self, out, snapshot):
        layer = self._ensure_layer()
        layer.setName(tr("Live stations (last snapshot)") if snapshot else tr("Live stations"))
        replace_features(layer, out, snapshot=snapshot)
        self.station_list.clear()
        for st in self.stations:
            network = tr(NETWORK_LABELS[NETWORKS.index(st.network)]) if st.network in NETWORKS else st.network
            item = QListWidgetItem("{} — {} ({})".format(st.code, st.name, network))
            item.setData(Qt.UserRole, st.code)
            self.station_list.addItem(item)

    # -- station panel --------------------------------------------------------------------------------

    def station(self, code):
        return next((s for s in self.stations if s.code == code), None)

    def _station_chosen(self, item, _previous=None):
        if item is None:
            return
        st = self.station(item.data(Qt.UserRole))
        self.param_combo.clear()
        if st is None:
            return
        self.highlight(st.code)
        for code in sorted(st.series, key=lambda c: (c != preferred_parameter(st.series), c)):
            self.param_combo.addItem(parameter_label(code, st.series[code].parameter.unit), code)
        self.load_history()

    def highlight(self, code):
        """Select the station's points on the map (and flash them when the map canvas is there)."""
        layer = self.layer
        if layer is None:
            return []
        ids = [f.id() for f in layer.getFeatures() if f["code"] == code]
        layer.selectByIds(ids)
        if self.iface is not None and ids and hasattr(self.iface, "mapCanvas"):
            try:
                self.iface.mapCanvas().flashFeatureIds(layer, ids)
            except (AttributeError, RuntimeError, TypeError):
                pass
        return ids

    def load_history(self):
        item = self.station_list.currentItem()
        st = self.station(item.data(Qt.UserRole)) if item else None
        code = self.param_combo.currentData()
        if st is None or code not in st.series or self.history_task is not None:
            return False
        series = st.series[code]
        title = "{} {}".format(st.code, parameter_label(code, series.parameter.unit))
        if self.showing_snapshot:
            self.chart.set_data([], title=title, message=tr(
                "No history: the server did not answer, the stations shown are the last snapshot ({}).").format(
                local_time(getattr(self, "fetched", None))))
            return False
        hours = 24 if self.window_combo.currentIndex() == 0 else 168
        url = self.url_edit.text().strip()
        api = API_TYPES[self.api_combo.currentIndex()]
        transport_options = self._transport_options()
        end = dt.datetime.now(UTC)
        start = end - dt.timedelta(hours=hours)
        self.history_window = (start, end)  # the (start, end] the chart shows

        def work(task):
            task.transport = QgisTransport(is_cancelled=task.isCanceled, **transport_options)
            return history(api, url, task.transport, series, code, start, end)

        target = st.properties.get("target_class") or 3
        lim, kind = limit_for(st.network, code, target, st.properties.get("water_body"))

        def done(ok, readings, error):
            self.history_task = None
            if not ok:
                self.log(tr("History failed: {}").format(shown(error)))
                self.chart.set_data([], title=tr("History unavailable"), message=shown(error) if error else "")
                return
            self.chart.set_data(readings or [], lim, kind, title, series.parameter.unit,
                                message=tr("The server has no readings in this window."))

        self.history_task = CallbackTask(tr("Loading station history"), work, done)
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
        self.progress_timer.stop()
        for task in (self.task, self.history_task):
            if task is not None:
                try:
                    task.done = lambda *a: None
                    task.cancel()
                except RuntimeError:
                    pass
        self.task = self.history_task = None

