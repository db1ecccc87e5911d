#!/usr/bin/env python3
"""``make demo``: map the sample data, then run every demo job through qgis_process.bin and map its results.

    .venv/bin/python scripts/demo.py --output demo_output

1. Renders the synthetic sample city (resources/sample_data/eco_city.gpkg) as PNG maps with the styles in
   resources/styles (``sample_*.png``).
2. Runs every job file in scripts/demo_jobs in name order:

   - ``NN_name.json``: ``{"algorithm": "ecosupervision:<id>", "title": "...", "parameters": {NAME: value},
     "render": [{"output": "OUTPUT", "style": "x.qml", "png": "x.png", "background": ["study_area", ...]}]}``.
     ``{sample}`` in a value is the sample GeoPackage path, ``{out}`` the output folder. The algorithm runs
     in ``qgis_process.bin`` (not the Debian ``qgis_process`` wrapper) with the plugin enabled in a
     throw-away profile; each requested output is drawn over the named sample layers into ``<out>/<png>``.
     Jobs whose algorithm is not registered are skipped.
   - ``NN_name.py``: run as ``python NN_name.py --sample PATH --output DIR`` (for jobs that need more,
     such as a live server); the exit code is its status.

Prints a summary table and exits non-zero if any job failed.
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import render_map  # noqa: E402

PLUGIN_NAME = "eco_supervision"
DEFAULT_JOBS = os.path.join(HERE, "demo_jobs")
POLYGON_LAYERS = {"study_area", "districts", "industrial_parks"}


def find_qgis_process():
    """qgis_process.bin (the Debian 12 ``qgis_process`` shell wrapper is broken)."""
    for candidate in (os.environ.get("QGIS_PROCESS_BIN"), shutil.which("qgis_process.bin"),
                      "/usr/lib/qgis/qgis_process.bin", "/usr/bin/qgis_process.bin"):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


class QgisProcess:
    """qgis_process.bin with this checkout enabled as the ``eco_supervision`` plugin in a temporary profile."""

    def __init__(self, executable, timeout=1800):
        self.executable = executable
        self.timeout = timeout
        self.tmp = tempfile.mkdtemp(prefix="eco_demo_")
        plugins = os.path.join(self.tmp, "plugins")
        os.makedirs(plugins)
        os.symlink(REPO, os.path.join(plugins, PLUGIN_NAME))
        profile = os.path.join(self.tmp, "profile")
        os.makedirs(profile)
        self.env = dict(os.environ)
        self.env.update(QGIS_PLUGINPATH=plugins, QGIS_CUSTOM_CONFIG_PATH=profile, QT_QPA_PLATFORM="offscreen",
                        PYTHONDONTWRITEBYTECODE="1")
        self._algorithms = None
        self.providers = set()

    def call(self, args, timeout=None):
        return subprocess.run([self.executable] + list(args), env=self.env, capture_output=True, text=True,
                              timeout=timeout or self.timeout)

    def enable_plugin(self):
        done = self.call(["plugins", "enable", PLUGIN_NAME], timeout=600)
        if done.returncode != 0:
            raise RuntimeError("qgis_process.bin plugins enable {} failed:\n{}{}".format(
                PLUGIN_NAME, done.stdout[-3000:], done.stderr[-3000:]))

    def algorithms(self):
        """Ids of every registered algorithm."""
        if self._algorithms is None:
            done = self.call(["--json", "list"], timeout=600)
            if done.returncode != 0:
                raise RuntimeError("qgis_process.bin list failed:\n" + done.stderr[-3000:])
            listing = parse_json(done.stdout)
            ids = set()
            for provider in listing.get("providers", {}).values():
                ids.update(provider.get("algorithms", {}).keys())
            self._algorithms = ids
            self.providers = set(listing.get("providers", {}))
        return self._algorithms

    def run(self, algorithm, parameters, log_path=None):
        """Run one algorithm; returns (ok, results dict, message)."""
        args = ["--json", "run", algorithm]
        for name, value in parameters.items():
            for item in (value if isinstance(value, list) else [value]):
                args.append("--{}={}".format(name, format_value(item)))
        try:
            done = self.call(args)
        except subprocess.TimeoutExpired:
            return False, {}, "timed out after {} s".format(self.timeout)
        if log_path:
            with open(log_path, "w", encoding="utf-8") as f:
                f.write("$ qgis_process.bin {}\n\n--- stdout\n{}\n--- stderr\n{}\n".format(
                    " ".join(args), done.stdout, done.stderr))
        if done.returncode != 0:
            return False, {}, last_error(done.stdout + "\n" + done.stderr)
        try:
            answer = parse_json(done.stdout)
        except ValueError:
            return False, {}, "qgis_process.bin gave no JSON answer"
        return True, answer.get("results", {}), ""

    def cleanup(self):
        shutil.rmtree(self.tmp, ignore_errors=True)


def parse_json(text):
    start = text.find("{")
    if start < 0:
        raise ValueError("no JSON")
    return json.loads(text[start:])


def last_error(text):
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in reversed(lines):
        if "error" in line.lower() or "exception" in line.lower() or "incorrect" in line.lower():
            return line[:300]
    return lines[-1][:300] if lines else "failed"


def format_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return str(value)


def substitute(value, sample, out):
    if isinstance(value, str):
        return value.replace("{sample}", sample).replace("{out}", out)
    if isinstance(value, list):
        return [substitute(v, sample, out) for v in value]
    if isinstance(value, dict):
        return {k: substitute(v, sample, out) for k, v in value.items()}
    return value


def render_output(source, spec, title, sample, out_dir):
    """Draw one algorithm output over sample background layers. Returns the PNG path."""
    background = [name for name in render_map.SAMPLE_ORDER if name in set(spec.get("background", []))]
    unknown = set(spec.get("background", [])) - set(background)
    if unknown:
        raise ValueError("unknown background layer(s): {}".format(", ".join(sorted(unknown))))
    label = spec.get("label") or os.path.splitext(spec["png"])[0].replace("_", " ")
    result = render_map.load_layer(source, label, spec.get("style"))
    if spec.get("style") and not render_map.style_path(spec["style"]):
        print("    note: style {} not found in resources/styles, default style used".format(spec["style"]))
    layers_bottom_up = []
    polygons = [name for name in background if name in POLYGON_LAYERS]
    others = [name for name in background if name not in POLYGON_LAYERS]
    from qgis.core import QgsVectorLayer, QgsWkbTypes

    is_points = isinstance(result, QgsVectorLayer) and result.geometryType() == QgsWkbTypes.PointGeometry
    layers_bottom_up += [render_map.sample_layer(sample, name) for name in polygons]
    if is_points:
        layers_bottom_up += [render_map.sample_layer(sample, name) for name in others] + [result]
    else:
        layers_bottom_up += [result] + [render_map.sample_layer(sample, name) for name in others]
    extent = None
    if "study_area" in background:  # the whole city, and all of the result
        from qgis.core import QgsCoordinateTransform, QgsProject

        extent = layers_bottom_up[0].extent()
        to_map = QgsCoordinateTransform(result.crs(), layers_bottom_up[0].crs(), QgsProject.instance())
        extent.combineExtentWith(to_map.transformBoundingBox(result.extent()))
    png = os.path.join(out_dir, spec["png"])
    subtitle = "{} · synthetic sample city Lüshui · EPSG:4548".format(spec.get("output", ""))
    return render_map.render(list(reversed(layers_bottom_up)), png, title, subtitle, extent=extent,
                             crs=layers_bottom_up[0].crs())


def output_source(value):
    """A results value -> a layer source string (qgis_process reports file paths, sometimes with |layername)."""
    if isinstance(value, dict):
        value = value.get("path") or value.get("source") or ""
    return str(value) if value else ""


def run_json_job(path, qp, sample, out_dir, logs):
    with open(path, encoding="utf-8") as f:
        job = json.load(f)
    algorithm = job["algorithm"]
    title = job.get("title", algorithm)
    if algorithm not in qp.algorithms():
        provider = algorithm.split(":")[0]
        if provider == "ecosupervision" and provider not in qp.providers:
            # the plugin itself did not load: that is a failure, not a missing algorithm
            return "FAIL", [], "the ecosupervision provider is not loaded in qgis_process.bin"
        return "SKIP", [], "algorithm {} is not registered".format(algorithm)
    parameters = substitute(job.get("parameters", {}), sample, out_dir)
    log = os.path.join(logs, os.path.splitext(os.path.basename(path))[0] + ".log")
    ok, results, message = qp.run(algorithm, parameters, log)
    if not ok:
        return "FAIL", [], "{} (log: {})".format(message, os.path.relpath(log, out_dir))
    outputs = []
    for _key, value in sorted(results.items()):
        source = output_source(value)
        if source and os.path.exists(source.split("|")[0]):
            outputs.append(os.path.relpath(source.split("|")[0], out_dir) if source.startswith(out_dir) else source)
    for spec in job.get("render", []):
        source = output_source(results.get(spec.get("output", "OUTPUT")))
        if not source or not os.path.exists(source.split("|")[0]):
            return "FAIL", outputs, "output {} was not produced".format(spec.get("output"))
        try:
            png = render_output(source, spec, title, sample, out_dir)
        except Exception as error:  # noqa: BLE001 - report and carry on with the next job
            return "FAIL", outputs, "rendering {} failed: {}".format(spec.get("png"), error)
        outputs.append(os.path.basename(png))
    return "OK", outputs, ""


def _written_since(folder, start):
    """Files in ``folder`` (not sub-folders) modified at or after ``start`` (epoch seconds)."""
    names = []
    for name in sorted(os.listdir(folder)):
        full = os.path.join(folder, name)
        if os.path.isfile(full) and os.path.getmtime(full) >= start - 1.0:
            names.append(name)
    return names


def run_py_job(path, sample, out_dir, logs, timeout):
    start = time.time()
    log = os.path.join(logs, os.path.splitext(os.path.basename(path))[0] + ".log")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    try:
        done = subprocess.run([sys.executable, path, "--sample", sample, "--output", out_dir], env=env,
                              capture_output=True, text=True, timeout=timeout, cwd=REPO)
    except subprocess.TimeoutExpired:
        return "FAIL", [], "timed out after {} s".format(timeout)
    with open(log, "w", encoding="utf-8") as f:
        f.write("--- stdout\n{}\n--- stderr\n{}\n".format(done.stdout, done.stderr))
    created = _written_since(out_dir, start)
    if done.returncode != 0:
        return "FAIL", created, "exit code {}: {} (log: {})".format(
            done.returncode, last_error(done.stderr or done.stdout), os.path.relpath(log, out_dir))
    return "OK", created, ""


def print_table(rows):
    headers = ("job", "status", "seconds", "outputs")
    table = [headers] + [(r[0], r[1], "{:.1f}".format(r[2]), ", ".join(r[3]) or "-") for r in rows]
    widths = [max(len(row[i]) for row in table[:]) for i in range(3)]
    print()
    print("Summary")
    for k, row in enumerate(table):
        print("  {}  {}  {}  {}".format(row[0].ljust(widths[0]), row[1].ljust(widths[1]),
                                        row[2].rjust(widths[2]), row[3]))
        if k == 0:
            print("  " + "-" * (sum(widths) + 4 + len(headers[3]) + 4))


def collect_jobs(paths):
    jobs = []
    for path in paths:
        if os.path.isdir(path):
            jobs += [p for p in glob.glob(os.path.join(path, "*")) if p.endswith((".json", ".py"))]
        else:
            jobs.append(path)
    return sorted(jobs, key=lambda p: os.path.basename(p))


def main(argv=None):
    parser = argparse.ArgumentParser(description="Map the sample data and run every demo job.")
    parser.add_argument("--output", default=os.path.join(REPO, "demo_output"), help="output folder")
    parser.add_argument("--sample", default=render_map.DEFAULT_SAMPLE, help="sample GeoPackage")
    parser.add_argument("--jobs", nargs="*", default=[DEFAULT_JOBS],
                        help="job files or folders (default: scripts/demo_jobs)")
    parser.add_argument("--no-sample-maps", action="store_true", help="skip the maps of the sample data")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed per job")
    args = parser.parse_args(argv)
    out_dir = os.path.abspath(args.output)
    sample = os.path.abspath(args.sample)
    os.makedirs(out_dir, exist_ok=True)
    logs = os.path.join(out_dir, "logs")
    os.makedirs(logs, exist_ok=True)
    if not os.path.exists(sample):
        print("Sample data not found: {} (run scripts/make_sample_data.py)".format(sample), file=sys.stderr)
        return 2
    rows = []
    if not args.no_sample_maps:
        start = time.perf_counter()
        print("Sample data maps ...", flush=True)
        try:
            written = render_map.sample_maps(sample, out_dir)
            rows.append(("sample data maps", "OK", time.perf_counter() - start,
                         [os.path.basename(p) for p, _ in written]))
        except Exception as error:  # noqa: BLE001
            print("  FAIL: {}".format(error))
            rows.append(("sample data maps", "FAIL", time.perf_counter() - start, []))
    jobs = collect_jobs(args.jobs)
    qp = None
    if any(j.endswith(".json") for j in jobs):
        exe = find_qgis_process()
        if exe is None:
            print("qgis_process.bin not found (apt-get install qgis)", file=sys.stderr)
            return 2
        qp = QgisProcess(exe, timeout=args.timeout)
        print("Enabling the plugin in a temporary profile ({}) ...".format(exe), flush=True)
        qp.enable_plugin()
    try:
        for path in jobs:
            name = os.path.basename(path)
            print("Job {} ...".format(name), flush=True)
            start = time.perf_counter()
            try:
                if path.endswith(".json"):
                    status, outputs, message = run_json_job(path, qp, sample, out_dir, logs)
                else:
                    status, outputs, message = run_py_job(path, sample, out_dir, logs, args.timeout)
            except Exception as error:  # noqa: BLE001 - a broken job file must not stop the others
                status, outputs, message = "FAIL", [], "{}: {}".format(type(error).__name__, error)
            seconds = time.perf_counter() - start
            if status == "SKIP":
                print("  SKIPPED {}: {}".format(name, message), flush=True)
            elif status == "FAIL":
                print("  FAILED {}: {}".format(name, message), flush=True)
            else:
                print("  ok in {:.1f} s".format(seconds), flush=True)
            rows.append((name, status, seconds, outputs))
    finally:
        if qp is not None:
            qp.cleanup()
    print_table(rows)
    failed = [r[0] for r in rows if r[1] == "FAIL"]
    print("\nOutputs in {}".format(out_dir))
    if failed:
        print("FAILED: {}".format(", ".join(failed)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
