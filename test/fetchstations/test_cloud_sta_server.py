"""The SensorThings client against the real server (django-ogc-sensorthings 1.2.0, seeded synthetic data).

Oracle: the seed itself — the newest value of each series and the readings in a time window. The patched
server is the session's shared ``sta_server`` (test/conftest.py).
"""

import datetime as dt
import os
import sys

import pytest

from eco_supervision.eco_supervision_plugin.cloud import model
from eco_supervision.eco_supervision_plugin.cloud.sensorthings import SensorThingsClient
from eco_supervision.eco_supervision_plugin.cloud.transport import RequestsTransport

pytestmark = pytest.mark.sta_server  # the server lives in the host venv .venv-sta

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sta_server"))
import helper  # noqa: E402
import seed_data  # noqa: E402

END = dt.datetime(2026, 11, 20, 12, tzinfo=dt.timezone.utc)


@pytest.fixture
def server(sta_server):
    return sta_server


def _end(seed):
    return model.parse_time(seed["stations"][0]["datastreams"][0]["times"][-1])[0]


def _expected_latest(seed):
    out = {}
    for st in seed["stations"]:
        for ds in st["datastreams"]:
            out[(st["code"], ds["parameter"])] = ds["values"][-1]
    return out


def test_latest_values_match_the_seed(server):
    t = RequestsTransport()
    client = SensorThingsClient(server.url, t)
    client.check_service()
    stations = client.latest()
    got = {(st.code, code): s.latest.value for st in stations for code, s in st.series.items()}
    assert got == pytest.approx(_expected_latest(server.seed))
    assert all(s.latest.time == _end(server.seed) for st in stations for s in st.series.values())
    assert {st.network for st in stations} == {"air", "water"}
    first = server.seed["stations"][0]
    a = next(st for st in stations if st.code == first["code"])
    assert (a.lon, a.lat) == (first["lon"], first["lat"])
    assert t.requests == 2 and not client.fallback_used  # root + one expanded page


def test_paging_small_pages_gives_every_station_once(server):
    client = SensorThingsClient(server.url, RequestsTransport(), page_size=2)
    stations = client.latest()
    assert sorted(st.code for st in stations) == sorted(st["code"] for st in server.seed["stations"])


def test_history_window_matches_the_seed(server):
    client = SensorThingsClient(server.url, RequestsTransport(), page_size=7)
    st = next(s for s in client.latest() if s.network == "air")
    series = st.series["PM2_5"]
    end = _end(server.seed)
    start = end - dt.timedelta(hours=23)
    readings = client.history(series.id, start, end, "PM2_5", "ug/m3")
    seed_st = next(s for s in server.seed["stations"] if s["code"] == st.code)
    ds = next(d for d in seed_st["datastreams"] if d["parameter"] == "PM2_5")
    expected = [(model.parse_time(t)[0], v) for t, v in zip(ds["times"], ds["values"])
                if start <= model.parse_time(t)[0] <= end]
    assert [(r.time, r.value) for r in readings] == [(t, pytest.approx(v)) for t, v in expected]
    assert len(readings) == 24


def test_unpatched_server_is_read_through_the_fallback():
    seed = seed_data.synthetic(3, hours=4, seed=5, end=END)
    with helper.StaServer(seed=seed, patches=False) as s:
        t = RequestsTransport(backoff=0.05)
        client = SensorThingsClient(s.url, t)
        stations = client.latest()
    got = {(st.code, c): x.latest.value for st in stations for c, x in st.series.items()}
    expected = {(st["code"], d["parameter"]): d["values"][-1] for st in seed["stations"] for d in st["datastreams"]}
    assert client.fallback_used
    assert got == pytest.approx(expected)


def test_server_and_its_workers_go_when_the_launcher_dies(tmp_path):
    """A test run or demo killed before its clean-up leaves no server behind (Linux parent-death signal)."""
    import subprocess
    import time

    script = tmp_path / "launch.py"
    script.write_text(
        "import os, sys\n"
        "sys.path.insert(0, {!r})\n"
        "import helper, seed_data\n"
        "s = helper.StaServer(seed=seed_data.synthetic(2, hours=1), workers=2).start()\n"
        "print(' '.join(map(str, s.pids())), flush=True)\n"
        "os._exit(1)\n".format(os.path.dirname(helper.__file__)))
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120).stdout
    pids = [int(p) for p in out.split()]
    assert len(pids) == 2  # the server and its forked worker were running

    def alive(pid):
        try:
            with open("/proc/{}/stat".format(pid)) as f:
                return f.read().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    end = time.time() + 15
    while time.time() < end and any(alive(p) for p in pids):
        time.sleep(0.1)
    assert not any(alive(p) for p in pids)
