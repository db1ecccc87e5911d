"""ecosupervision:networksiting headless through qgis_process.bin (GeoPackage in, GeoPackage + JSON report out)."""

import itertools
import json

import numpy as np
import pytest
from osgeo import ogr, osr

X0, Y0 = 500000.0, 3500000.0


def make_inputs(path):
    rng = np.random.default_rng(11)
    d = rng.uniform(0, 6000, (25, 2)) + (X0, Y0)
    c = rng.uniform(0, 6000, (8, 2)) + (X0, Y0)
    w = rng.integers(1, 9, 25).astype(float)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    dem = ds.CreateLayer("demand", srs, ogr.wkbPoint)
    dem.CreateField(ogr.FieldDefn("w", ogr.OFTReal))
    for (x, y), wi in zip(d, w):
        f = ogr.Feature(dem.GetLayerDefn())
        f.SetField("w", float(wi))
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT({} {})".format(x, y)))
        dem.CreateFeature(f)
    cand = ds.CreateLayer("candidates", srs, ogr.wkbPoint)
    cand.CreateField(ogr.FieldDefn("existing", ogr.OFTInteger))
    cand.CreateField(ogr.FieldDefn("cid", ogr.OFTString))
    for j, (x, y) in enumerate(c):
        f = ogr.Feature(cand.GetLayerDefn())
        f.SetField("existing", 1 if j == 0 else 0)
        f.SetField("cid", "c{}".format(j))
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT({} {})".format(x, y)))
        cand.CreateFeature(f)
    ds = None
    return d, c, w


def test_networksiting_runs_headless(qgis_process, tmp_path):
    source = tmp_path / "in.gpkg"
    d, c, w = make_inputs(source)
    out = tmp_path / "sites.gpkg"
    dem_out = tmp_path / "demand.gpkg"
    report = tmp_path / "report.json"
    result = qgis_process(
        "run", "ecosupervision:networksiting", "--",
        "DEMAND={}|layername=demand".format(source), "DEMAND_WEIGHT=w",
        "CANDIDATES={}|layername=candidates".format(source), "EXISTING_FIELD=existing",
        "RADIUS=1800", "MODEL=0", "P=2", "MIP_GAP=0", "TIME_LIMIT=20",
        "OUTPUT={}".format(out), "DEMAND_OUTPUT={}".format(dem_out), "REPORT={}".format(report), json_output=True,
    )
    assert result["results"]["OUTPUT"]
    covers = np.hypot(d[:, None, 0] - c[None, :, 0], d[:, None, 1] - c[None, :, 1]) <= 1800
    best = max(w[covers[:, [0, *s]].any(axis=1)].sum() for s in itertools.combinations(range(1, 8), 2))
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["status"] == "optimal" and data["objective"] == best
    ds = ogr.Open(str(out))
    layer = ds.GetLayer(0)
    sites = {f.GetField("cid"): (f.GetField("rank"), f.GetField("is_existing")) for f in layer}
    assert len(sites) == 3 and sites["c0"] == (0, 1)
    assert sorted(r for r, e in sites.values() if not e) == [1, 2]
    chosen = [int(k[1:]) for k in sites]
    assert w[covers[:, chosen].any(axis=1)].sum() == best
    ds2 = ogr.Open(str(dem_out))
    demand = ds2.GetLayer(0)
    assert sum(f.GetField("w") for f in demand if f.GetField("covered") == 1) == best


def test_networksiting_bad_input_is_a_message_not_a_traceback(qgis_process, tmp_path):
    source = tmp_path / "in.gpkg"
    make_inputs(source)
    done = qgis_process(
        "run", "ecosupervision:networksiting", "--",
        "DEMAND={}|layername=demand".format(source), "CANDIDATES={}|layername=candidates".format(source),
        "EXISTING_FIELD=existing", "RADIUS=1800", "MODEL=0", "P=50",
        "OUTPUT={}".format(tmp_path / "o.gpkg"), "DEMAND_OUTPUT={}".format(tmp_path / "d.gpkg"), check=False,
    )
    assert done.returncode != 0
    text = done.stdout + done.stderr
    assert "P = 50 new sites is more than the 7 candidate site(s)" in text
    assert "Traceback" not in text


def test_networksiting_output_alone_runs(qgis_process, tmp_path):
    # issue 12: "mandatory parameters were not specified: DEMAND_OUTPUT" when only OUTPUT was given
    source = tmp_path / "in.gpkg"
    d, c, w = make_inputs(source)
    out = tmp_path / "sites.gpkg"
    result = qgis_process(
        "run", "ecosupervision:networksiting", "--",
        "DEMAND={}|layername=demand".format(source), "CANDIDATES={}|layername=candidates".format(source),
        "EXISTING_FIELD=existing", "RADIUS=1800", "MODEL=0", "P=2", "OUTPUT={}".format(out), json_output=True,
    )
    assert result["results"]["OUTPUT"]
    ds = ogr.Open(str(out))
    assert ds.GetLayer(0).GetFeatureCount() == 3  # the existing site and the two new ones


def test_networksiting_nan_is_refused_headless(qgis_process, tmp_path):
    source = tmp_path / "in.gpkg"
    make_inputs(source)
    for name in ("MIN_SPACING", "TIME_LIMIT", "MIP_GAP"):
        done = qgis_process(
            "run", "ecosupervision:networksiting", "--",
            "DEMAND={}|layername=demand".format(source), "CANDIDATES={}|layername=candidates".format(source),
            "RADIUS=1800", "P=2", "{}=nan".format(name), "OUTPUT={}".format(tmp_path / "o.gpkg"), check=False,
        )
        text = done.stdout + done.stderr
        assert done.returncode != 0, text
        assert "(got nan)" in text and "Traceback" not in text
        assert not (tmp_path / "o.gpkg").exists()


def test_networksiting_curve_columns_per_model_headless(qgis_process, tmp_path):
    """The CURVE GeoPackage of a p-median and a backup run: the model's figure columns, against enumeration."""
    source = tmp_path / "in.gpkg"
    d, c, w = make_inputs(source)
    dist = np.hypot(d[:, None, 0] - c[None, :, 0], d[:, None, 1] - c[None, :, 1])
    subsets = {p: [[0, *s] for s in itertools.combinations(range(1, 8), p)] for p in range(1, 4)}
    expected = {
        "3": ("mean_distance_m", lambda p: min(w @ dist[:, s].min(axis=1) for s in subsets[p]) / w.sum()),
        "2": ("backup_weight", lambda p: max(w[(dist[:, s] <= 1800).sum(axis=1) >= 2].sum() for s in subsets[p])),
    }
    for model, (column, best) in expected.items():
        curve = tmp_path / "curve_{}.gpkg".format(model)
        qgis_process(
            "run", "ecosupervision:networksiting", "--",
            "DEMAND={}|layername=demand".format(source), "DEMAND_WEIGHT=w",
            "CANDIDATES={}|layername=candidates".format(source), "EXISTING_FIELD=existing",
            "RADIUS=1800", "MODEL={}".format(model), "P=2", "CURVE_MAX=3", "MIP_GAP=0", "TIME_LIMIT=20",
            "OUTPUT={}".format(tmp_path / "o{}.gpkg".format(model)), "CURVE={}".format(curve), json_output=True,
        )
        ds = ogr.Open(str(curve))  # the layer lives only as long as its data source
        layer = ds.GetLayer(0)
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(k).GetName() for k in range(defn.GetFieldCount())]
        assert column in names and "status" in names
        rows = sorted((f.GetField("p"), f.GetField(column), f.GetField("status")) for f in layer)
        assert [r[0] for r in rows] == [1, 2, 3]
        for p, value, status in rows:
            assert value == pytest.approx(best(p), rel=1e-9) and status == "optimal"
