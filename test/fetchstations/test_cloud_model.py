"""Pure parts of the station clients: times, results, units, parameter names, URL hygiene."""

import datetime as dt

import pytest

from eco_supervision.eco_supervision_plugin.cloud import model, snapshot, transport
from eco_supervision.eco_supervision_plugin.cloud.sensorthings import format_id

UTC = dt.timezone.utc


def test_parse_time_instant_interval_and_offsets():
    t = dt.datetime(2026, 11, 20, 2, tzinfo=UTC)
    assert model.parse_time("2026-11-20T02:00:00Z") == (t, t)
    assert model.parse_time("2026-11-20T10:00:00+08:00") == (t, t)
    assert model.parse_time("2026-11-20T10:00:00+0800")[0] == t
    start, end = model.parse_time("2026-11-20T01:00:00Z/2026-11-20T02:00:00.1234567Z")
    assert start == t - dt.timedelta(hours=1) and end == t + dt.timedelta(microseconds=123456)
    assert model.parse_time(None) == (None, None)
    with pytest.raises(ValueError):
        model.parse_time("yesterday")


@pytest.mark.parametrize("raw,expected", [(3, 3.0), (2.5, 2.5), ("4.25", 4.25), ("1,5", 1.5), (None, None),
                                          ("n/a", None), ("NaN", None), (True, None), ({"value": 7}, 7.0)])
def test_parse_result(raw, expected):
    assert model.parse_result(raw) == expected


def test_gas_conversions_at_25c():
    # 100 ppb NO2 = 0.1 ppm × 46.0055 g/mol / 24.45 L/mol = 0.188162 mg/m³ = 188.16 µg/m³
    value, unit = model.convert_unit("NO2", 100.0, "ppb")
    assert unit == "µg/m³" and value == pytest.approx(188.162, abs=1e-3)
    # 1 ppm CO = 28.010 / 24.45 = 1.14560 mg/m³
    assert model.convert_unit("CO", 1.0, "ppm")[0] == pytest.approx(1.145603, abs=1e-6)
    assert model.convert_unit("CO", 1500.0, "µg/m³")[0] == pytest.approx(1.5)
    assert model.convert_unit("PM2_5", 35.0, "ug/m3") == (35.0, "µg/m³")
    assert model.convert_unit("NH3N", 0.5, "")[0] == 0.5  # missing unit: taken as the standard unit
    with pytest.raises(ValueError):
        model.convert_unit("PM2_5", 1.0, "ppm")  # particles have no molar mass


@pytest.mark.parametrize("names,code", [(("pm25",), "PM2_5"), (("PM2.5",), "PM2_5"), (("氨氮",), "NH3N"),
                                        (("NH3-N",), "NH3N"), ((None, "Dissolved oxygen"), "DO"),
                                        (("http://vocab/def/ozone",), "O3"), (("wind speed",), "WS"),
                                        (("风向",), "WD"), (("WD",), "WD"), (("windSpeed",), "WS"),
                                        (("http://vocab/def/WindDirection",), "WD"), (("wind",), None)])
def test_normalise_parameter(names, code):
    assert model.normalise_parameter(*names) == code


def test_wind_units_and_hourly_rows():
    assert model.convert_unit("WS", 36.0, "km/h") == (pytest.approx(10.0), "m/s")
    assert model.convert_unit("WS", 10.0, "kn")[0] == pytest.approx(5.14444)
    assert model.convert_unit("WD", 270.0, "deg") == (270.0, "°")
    assert model.convert_unit("WD", 3.14159265358979, "rad")[0] == pytest.approx(180.0)
    with pytest.raises(ValueError):
        model.convert_unit("WS", 1.0, "ppm")
    t = dt.datetime(2026, 11, 20, 2, tzinfo=UTC)
    st = model.Station(id=1, code="A1", name="A")
    rows = model.hourly_rows(st, {
        "PM2_5": [model.Reading(t + dt.timedelta(minutes=10), 30.0), model.Reading(t + dt.timedelta(hours=1), 40.0)],
        "WD": [model.Reading(t, 90.0), model.Reading(t + dt.timedelta(hours=1, minutes=59), 180.0)],
        "WS": [model.Reading(t + dt.timedelta(minutes=30), 2.5), model.Reading(t + dt.timedelta(hours=1), None)]})
    assert rows == [{"code": "A1", "time": t, "PM2_5": 30.0, "WD": 90.0, "WS": 2.5},
                    {"code": "A1", "time": t + dt.timedelta(hours=1), "PM2_5": 40.0, "WD": 180.0, "WS": None}]


def test_redact_and_safe_url():
    red = transport.redact("https://user:pw@h.example/v1?api_key=SECRET&x=1&token=T")
    assert "SECRET" not in red and "pw" not in red and "T&" not in red and "x=1" in red
    link = "http://h/v1.1/Observations?$filter=phenomenonTime ge 2026-11-20T10:00:00+08:00&$top=2"
    safe = transport.safe_url(link)
    assert " " not in safe and "+08" not in safe and "%2B08:00" in safe and "%20ge%20" in safe
    assert transport.safe_url("http://h/a?$filter=x%20eq%201") == "http://h/a?$filter=x%20eq%201"


def test_retry_after_forms():
    assert transport.retry_after_seconds("3") == 3.0
    assert transport.retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == pytest.approx(10.0)
    assert transport.retry_after_seconds("soon") is None


def test_ids_in_paths():
    assert format_id(5) == "5"
    assert format_id("a'b") == "'a''b'"


def test_rows_stale_flag_and_snapshot_round_trip(tmp_path):
    now = dt.datetime(2026, 11, 20, 12, tzinfo=UTC)
    st = model.Station(id=1, code="A1", name="A1", network="air", lon=117.0, lat=36.0)
    st.series["PM2_5"] = model.Series(id=11, parameter=model.Parameter("PM2_5", unit="µg/m³"),
                                      latest=model.Reading(time=now - dt.timedelta(hours=1), value=40.0))
    st.series["NO2"] = model.Series(id=12, parameter=model.Parameter("NO2", unit="µg/m³"),
                                    latest=model.Reading(time=now - dt.timedelta(hours=5), value=20.0))
    out = {r["parameter"]: r for r in model.rows([st], now=now, stale_hours=3)}
    assert out["PM2_5"]["stale"] is False and out["NO2"]["stale"] is True
    path = snapshot.save(str(tmp_path / "snap.json"), [st], url="https://h/v1.1?api_key=SECRET", fetched_at=now)
    assert "SECRET" not in open(path, encoding="utf-8").read()
    stations, fetched, url = snapshot.load(path)
    assert fetched == now and stations[0].series["PM2_5"].latest.value == 40.0
    assert stations[0].series["NO2"].latest.time == now - dt.timedelta(hours=5)


def test_classification_uses_the_standards():
    from eco_supervision.eco_supervision_plugin.cloud.classify import classify_station, exceeds, limit_for

    st = model.Station(id=1, code="A", name="A", network="air")
    # HJ 633 1-h report: PM2.5 80 µg/m³ lies in the 75–115 band → IAQI 100 + 50×(80−75)/40 = 106.25 → 107
    st.series["PM2_5"] = model.Series(1, model.Parameter("PM2_5"), latest=model.Reading(None, 80.0))
    c = classify_station(st)
    assert c["level"] == 3 and c["colour"].upper() == "#FF7E00"
    w = model.Station(id=2, code="W", name="W", network="water")
    # GB 3838 Table 1: NH3-N 1.2 mg/L is class IV (1.0 < 1.2 ≤ 1.5); DO 7.6 is class I
    w.series["NH3N"] = model.Series(2, model.Parameter("NH3N"), latest=model.Reading(None, 1.2))
    w.series["DO"] = model.Series(3, model.Parameter("DO"), latest=model.Reading(None, 7.6))
    assert classify_station(w)["level"] == 4
    # GB 3095-2012 Grade II, 24-h PM2.5 (in force before the 2026 edition)
    assert limit_for("air", "PM2_5", date=dt.date(2025, 6, 1)) == (75.0, "max")
    assert limit_for("water", "DO", 3) == (5.0, "min") and exceeds(4.0, 5.0, "min")
    assert limit_for("water", "NH3N", 3) == (1.0, "max") and not exceeds(1.0, 1.0, "max")
