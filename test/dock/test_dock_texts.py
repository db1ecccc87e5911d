"""The status and layer name after a failed refresh, case by case (the dock only applies them)."""

import datetime as dt

from eco_supervision.eco_supervision_plugin.gui.texts import refresh_failure

A = "http://a.example:8080/sta"
B = "https://b.example/sta"
WHEN = dt.datetime(2026, 11, 20, 2, 0, tzinfo=dt.timezone.utc)


def test_same_server_keeps_the_layer_and_says_how_old_it_is():
    f = refresh_failure("timeout", A + "/v1.1", A, layer_empty=False, showing_snapshot=False, last_ok=WHEN)
    assert f.status == "Server unreachable or refused the request: timeout. The previous layer is kept."
    assert f.layer_name.startswith("Live stations (as of 2026-11-") and not f.other_server


def test_another_servers_stations_are_not_current():
    f = refresh_failure("refused", B, A, layer_empty=False, showing_snapshot=False, last_ok=WHEN)
    assert f.status.endswith("The stations shown are from a.example:8080, not from b.example.")
    assert f.layer_name == "Live stations from a.example:8080 (not current)" and f.other_server


def test_a_snapshot_keeps_its_name_and_says_so():
    f = refresh_failure("refused", B, A, layer_empty=False, showing_snapshot=True, last_ok=None)
    assert "Showing the last good snapshot." in f.status and "not from b.example" in f.status
    assert f.layer_name is None and not f.other_server


def test_nothing_shown_nothing_renamed():
    f = refresh_failure("refused", B, "", layer_empty=True, showing_snapshot=False, last_ok=None)
    assert f.layer_name is None and not f.other_server and "The stations shown" not in f.status
