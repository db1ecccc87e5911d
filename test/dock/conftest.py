"""Fixtures of the dock tests."""

import pytest


@pytest.fixture
def dock(qgis_iface, tmp_path, monkeypatch):
    """A live-station dock whose last-good snapshot lives in ``tmp_path``; its layer is removed afterwards."""
    from qgis.core import QgsProject

    from eco_supervision.eco_supervision_plugin.gui import station_dock

    monkeypatch.setattr(station_dock, "snapshot_path", lambda: str(tmp_path / "last.json"))
    d = station_dock.StationDock(qgis_iface)
    d.resize(420, 760)
    yield d
    d.shutdown()
    if d.layer is not None:
        QgsProject.instance().removeMapLayer(d.layer.id())
