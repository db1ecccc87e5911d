"""ecosupervision:spillwarning headless through qgis_process.bin (GeoPackage in, GeoPackage + JSON report out)."""

import json
import math
import sqlite3

from osgeo import ogr, osr

X0, Y0 = 500000.0, 3500000.0
U, Q, E = 0.5, 20.0, 30.0


def make_inputs(path):
    """One uniform 100 km reach, a spill at 1 km, intakes 3 km and 15 km below it and one 500 m upstream."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    rivers = ds.CreateLayer("rivers", srs, ogr.wkbLineString)
    for name in ("q", "u", "e"):
        rivers.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    f = ogr.Feature(rivers.GetLayerDefn())
    f.SetField("q", Q)
    f.SetField("u", U)
    f.SetField("e", E)
    f.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING({} {},{} {})".format(X0, Y0, X0 + 100000, Y0)))
    rivers.CreateFeature(f)
    for name, points in (("spill", [("tanker", 1000.0)]),
                         ("intakes", [("A", 4000.0), ("B", 16000.0), ("up", 500.0)])):
        lyr = ds.CreateLayer(name, srs, ogr.wkbPoint)
        lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
        for label, x in points:
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetField("name", label)
            f.SetGeometry(ogr.CreateGeometryFromWkt("POINT({} {})".format(X0 + x, Y0 + 20)))
            lyr.CreateFeature(f)
    ds = None


def run_args(source, tmp_path, **extra):
    args = {"RIVERS": "{}|layername=rivers".format(source), "DISCHARGE_FIELD": "q", "VELOCITY_FIELD": "u",
            "DISPERSION_FIELD": "e", "SPILL": "{}|layername=spill".format(source), "MASS": 1000,
            "START_TIME": "2026-06-01T08:00:00", "POLLUTANT": "NH3N",
            "RECEPTORS": "{}|layername=intakes".format(source), "RECEPTOR_NAME_FIELD": "name", "HORIZON": 24,
            "OUTPUT": str(tmp_path / "rec.gpkg"), "SEGMENTS": str(tmp_path / "seg.gpkg"),
            "CURVES": str(tmp_path / "curves.gpkg"), "REPORT": str(tmp_path / "report.json")}
    args.update(extra)
    return ["{}={}".format(k, v) for k, v in args.items()]


def styles(path):
    con = sqlite3.connect(str(path))
    try:
        return con.execute("SELECT styleName, useAsDefault, styleQML FROM layer_styles").fetchall()
    finally:
        con.close()


def test_spillwarning_runs_headless(qgis_process, tmp_path):
    source = tmp_path / "in.gpkg"
    make_inputs(source)
    result = qgis_process("run", "ecosupervision:spillwarning", "--", *run_args(source, tmp_path), json_output=True)
    assert set(result["results"]) >= {"OUTPUT", "SEGMENTS", "CURVES", "REPORT"}
    rec = styles(tmp_path / "rec.gpkg")
    seg = styles(tmp_path / "seg.gpkg")
    assert [(n, d) for n, d, _ in rec] == [("spill_receptors", 1)]
    assert [(n, d) for n, d, _ in seg] == [("spill_segments", 1)]
    assert 'startField="arrival"' in seg[0][2] and 'enabled="1"' in seg[0][2]  # the Temporal Controller
    ds = ogr.Open(str(tmp_path / "rec.gpkg"))  # kept open while its features are read
    out = {f.GetField("receptor"): f for f in ds.GetLayer(0)}
    assert out["up"].GetField("status") == "upstream"
    a = out["A"]
    x = 3000.0
    tp = (-E + math.sqrt(E * E + U * U * x * x)) / (U * U)
    cp = 1e6 / (Q / U * math.sqrt(4 * math.pi * E * tp)) * math.exp(-((x - U * tp) ** 2) / (4 * E * tp))
    assert a.GetField("status") == "reached"
    assert abs(a.GetField("peak_h") - tp / 3600.0) < 1e-3
    assert abs(a.GetField("peak_mgl") / cp - 1) < 1e-6
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [r["receptor"] for r in data["receptors"]] == ["A", "B", "up"]
    assert data["start_time"].startswith("2026-06-01T08:00:00")
    assert data["headline"].startswith("A is reached in")


def test_spillwarning_bad_input_is_a_message(qgis_process, tmp_path):
    source = tmp_path / "in.gpkg"
    make_inputs(source)
    done = qgis_process("run", "ecosupervision:spillwarning", "--", *run_args(source, tmp_path, POLLUTANT="benzene"),
                        check=False)
    assert done.returncode != 0
    text = done.stdout + done.stderr
    assert "give its LIMIT" in text and "Traceback" not in text
