"""Start and stop the test SensorThings server (serve.py in .venv-sta) from tests, benchmarks and the demo.

    with StaServer(seed=seed_data.synthetic(10)) as server:
        server.url  # http://127.0.0.1:PORT/sensorthings/v1.1/

Standard library only, so it runs in the QGIS venv. The server venv is built by ``make setup``
(``.venv-sta``); when it is missing, ``start()`` raises with that instruction.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
VENV_PYTHON = os.path.join(REPO, ".venv-sta", "bin", "python")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StaServer:
    def __init__(self, seed=None, seed_path=None, port=None, patches=True, python=None, timeout=120, workers=2,
                 max_top=100):
        self.seed = seed
        self.seed_path = seed_path
        self.port = port
        self.patches = patches
        self.python = python or os.environ.get("ECO_STA_PYTHON") or VENV_PYTHON
        self.timeout = timeout
        self.workers = workers
        self.max_top = max_top
        self.process = None
        self.workdir = None
        self.url = None
        self.banner = ""

    def start(self):
        if not os.path.exists(self.python):
            raise RuntimeError("SensorThings server venv missing ({}): run `make setup`".format(self.python))
        self.workdir = tempfile.mkdtemp(prefix="eco_sta_")
        seed_path = self.seed_path
        if self.seed is not None:
            seed_path = os.path.join(self.workdir, "seed.json")
            with open(seed_path, "w", encoding="utf-8") as f:
                json.dump(self.seed, f)
        self.port = self.port or free_port()
        cmd = [self.python, os.path.join(HERE, "serve.py"), "--port", str(self.port),
               "--db", os.path.join(self.workdir, "sta.sqlite3")]
        if seed_path:
            cmd += ["--seed", seed_path]
        if not self.patches:
            cmd.append("--no-patches")
        cmd += ["--workers", str(self.workers), "--max-top", str(self.max_top)]
        self.log_path = os.path.join(self.workdir, "server.log")
        log = open(self.log_path, "w")
        self.process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log, text=True)
        deadline = time.time() + self.timeout
        line = self.process.stdout.readline()
        if not line.startswith("READY"):
            self.stop()
            raise RuntimeError("SensorThings server did not start: {}{}".format(line, self._log_tail()))
        self.banner = line.strip()
        self.url = line.split()[1]
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.url, timeout=2) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("SensorThings server not answering" + self._log_tail())

    def _log_tail(self):
        try:
            with open(self.log_path) as f:
                return "\n" + f.read()[-3000:]
        except OSError:
            return ""

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            if self.process.stdout:
                self.process.stdout.close()
            self.process = None
        if self.workdir and not os.environ.get("ECO_STA_KEEP"):
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None

    def pids(self):
        """The server process and its forked workers (Linux /proc)."""
        if self.process is None:
            return []
        out = [self.process.pid]
        try:
            with open("/proc/{0}/task/{0}/children".format(self.process.pid)) as f:
                out += [int(p) for p in f.read().split()]
        except OSError:
            pass
        return out

    def cpu_seconds(self):
        """User + system CPU seconds used so far by the server processes (Linux /proc; 0 elsewhere)."""
        total = 0.0
        tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
        for pid in self.pids():
            try:
                with open("/proc/{}/stat".format(pid)) as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / float(tick)
            except (OSError, IndexError, ValueError):
                pass
        return total

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def main(argv=None):
    """``python helper.py [--sample gpkg] [--size N] [--hours H] [--port P]``: serve until Ctrl-C."""
    import argparse

    sys.path.insert(0, HERE)
    import seed_data

    parser = argparse.ArgumentParser(description="Serve the seeded test SensorThings server until Ctrl-C.")
    parser.add_argument("--sample")
    parser.add_argument("--size", type=int)
    parser.add_argument("--hours", type=int, default=168)
    parser.add_argument("--port", type=int)
    args = parser.parse_args(argv)
    with StaServer(seed=seed_data.build(args.sample, args.size, args.hours), port=args.port) as server:
        print(server.banner, flush=True)
        try:
            while True:
                time.sleep(1)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
