"""Smoke through qgis_process: the plugin is enabled in a fresh profile, the provider lists its
algorithms, and one demo job per algorithm family (scripts/demo_jobs) runs on the sample data."""

import json
import os

import pytest


def test_plugin_enabled_and_provider_listed(run_qgis_process, qgs_app):
    from eco_supervision.processing_algorithms.provider import algorithm_classes

    plugins = run_qgis_process("plugins")
    assert plugins.returncode == 0, plugins.stdout + plugins.stderr
    assert "eco_supervision" in plugins.stdout, plugins.stdout

    listing = run_qgis_process("list", json_output=True)
    assert listing.returncode == 0, listing.stdout + listing.stderr
    providers = listing.json["providers"]
    assert "ecosupervision" in providers, sorted(providers)
    provider = providers["ecosupervision"]
    assert provider["is_active"]
    listed = sorted(provider.get("algorithms", {}))
    assert listed == sorted("ecosupervision:" + cls().name() for cls in algorithm_classes())


def _substitute(value, sample, out):
    if isinstance(value, str):
        return value.replace("{sample}", sample).replace("{out}", out)
    if isinstance(value, list):
        return [_substitute(v, sample, out) for v in value]
    if isinstance(value, dict):
        return {k: _substitute(v, sample, out) for k, v in value.items()}
    return value


def job_arguments(parameters, sample, out):
    """Demo-job parameters → ``NAME=value`` arguments after ``--`` (lists repeat the name, booleans true/false)."""
    args = []
    for name, value in _substitute(parameters, sample, out).items():
        values = value if isinstance(value, list) else [value]
        for v in values:
            if v is None:
                continue
            if isinstance(v, bool):
                v = "true" if v else "false"
            elif isinstance(v, dict):
                v = json.dumps(v)
            args.append("{}={}".format(name, v))
    return args


def _output_path(value):
    return str(value).split("|")[0]


def test_demo_job_runs(demo_job, run_qgis_process, sample_gpkg, job_out_dir, qgs_app, versions):
    if demo_job is None:
        pytest.skip("no demo jobs in scripts/demo_jobs yet")
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    alg = demo_job["algorithm"]
    args = ["run", alg, "--"] + job_arguments(demo_job.get("parameters", {}), sample_gpkg, job_out_dir)
    done = run_qgis_process(*args, json_output=True)
    assert done.returncode == 0, "{} failed on {}:\n{}\n{}".format(
        alg, versions, done.stdout[-3000:], done.stderr[-3000:]
    )
    results = done.json["results"]
    assert "REPORT" in results and "OUTPUT" in results, sorted(results)

    report = _output_path(results["REPORT"])
    assert os.path.getsize(report) > 0
    if report.endswith(".json"):
        with open(report, encoding="utf-8") as f:
            assert json.load(f)

    names = {"OUTPUT"} | {r.get("output", "OUTPUT") for r in demo_job.get("render", [])}
    for name in sorted(names):
        value = results.get(name)
        assert value, "{} returned no {}".format(alg, name)
        assert os.path.exists(_output_path(value)), value
        layer = QgsVectorLayer(str(value), name, "ogr")
        if layer.isValid():
            assert layer.featureCount() > 0, "{} {} is empty".format(alg, name)
        else:
            raster = QgsRasterLayer(str(value), name)
            assert raster.isValid(), "{} {} is neither a vector nor a raster layer: {}".format(alg, name, value)
            assert raster.width() > 0 and raster.height() > 0
