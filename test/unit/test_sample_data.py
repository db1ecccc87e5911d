"""The synthetic sample city: deterministic generator, the layer contract, and physical plausibility."""

import collections
import importlib.util
import os
import re

import numpy as np
import pytest

ogr = pytest.importorskip("osgeo.ogr")
osr = pytest.importorskip("osgeo.osr")

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(REPO, "scripts", "make_sample_data.py")
SAMPLE = os.path.join(REPO, "resources", "sample_data", "eco_city.gpkg")

# The contract other parts of the plugin code against (issue 2, item 7).
CONTRACT = {
    "study_area": ("Polygon", ["name", "name_zh", "population", "built_up_km2"]),
    "districts": ("Polygon", ["district_code", "name", "name_zh", "population", "area_km2", "built_up_km2"]),
    "roads": ("LineString", ["road_id", "name", "road_class", "speed_kmh", "oneway", "lanes"]),
    "rivers": ("LineString", ["reach_id", "river_name", "stream_order", "discharge_m3s", "velocity_ms"]),
    "water_sections": ("Point", ["section_id", "name", "river_name", "target_class", "water_body", "pH", "DO",
                                 "CODMn", "COD", "BOD5", "NH3N", "TP", "TN", "sample_date"]),
    "outfalls": ("Point", ["outfall_id", "name", "flow_m3s", "COD", "CODMn", "NH3N", "TP"]),
    "air_stations": ("Point", ["station_code", "name", "station_type", "existing"]),
    "air_readings": ("Point", ["station_code", "time", "PM2_5", "PM10", "O3", "NO2", "SO2", "CO"]),
    "voc_enterprises": ("Point", ["name", "industry", "voc_t_per_year"]),
    "industrial_parks": ("Polygon", ["name", "park_type"]),
    "ports": ("Point", ["name"]),
    "national_control_sites": ("Point", ["site_code", "name"]),
    "siting_candidates": ("Point", ["candidate_id", "kind", "radius_m", "existing"]),
    "risk_sources": ("Point", ["name", "risk_level", "risk_weight"]),
    "emergency_depots": ("Point", ["name", "teams", "readiness_min"]),
    "depot_candidates": ("Point", ["name"]),
}

# GB 3838-2002 Table 1 limits for classes I..V (rivers); DO is "at least", the others "at most".
GB3838 = {"DO": [7.5, 6, 5, 3, 2], "CODMn": [2, 4, 6, 10, 15], "COD": [15, 15, 20, 30, 40],
          "BOD5": [3, 3, 4, 6, 10], "NH3N": [0.15, 0.5, 1.0, 1.5, 2.0], "TP": [0.02, 0.1, 0.2, 0.3, 0.4]}
GB3838_TP_LAKE = [0.01, 0.025, 0.05, 0.1, 0.2]
CLASSES = ["I", "II", "III", "IV", "V"]


def gb3838_class(row):
    """1..6 (6 = worse than V) by the single-factor rule."""
    worst = 1
    for item, limits in GB3838.items():
        if item == "TP" and row["water_body"] != "river":
            limits = GB3838_TP_LAKE
        value = row[item]
        if item == "DO":
            cls = next((k + 1 for k, lim in enumerate(limits) if value >= lim), 6)
        else:
            cls = next((k + 1 for k, lim in enumerate(limits) if value <= lim), 6)
        worst = max(worst, cls)
    return worst


@pytest.fixture(scope="module")
def generator():
    spec = importlib.util.spec_from_file_location("make_sample_data", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fresh(generator, tmp_path_factory):
    """The sample data rebuilt now with the default seed."""
    path = str(tmp_path_factory.mktemp("sample") / "eco_city.gpkg")
    generator.write_gpkg(generator.build(generator.DEFAULT_SEED), path)
    return path


@pytest.fixture(scope="module")
def ds():
    """Every layer read into plain rows once: {layer: [dict of fields + "geom" (an ogr geometry clone)]}.

    The data source itself is closed right away: a GDAL data source kept open across tests crashes at
    teardown once pytest-qgis has started QGIS in the same process.
    """
    assert os.path.exists(SAMPLE), "run scripts/make_sample_data.py"
    source = ogr.Open(SAMPLE)
    data = {}
    for i in range(source.GetLayerCount()):
        layer = source.GetLayerByIndex(i)
        defn = layer.GetLayerDefn()
        fields = [defn.GetFieldDefn(k).GetName() for k in range(defn.GetFieldCount())]
        srs = layer.GetSpatialRef()
        out = []
        for f in layer:
            row = {k: f.GetField(k) for k in fields}
            row["geom"] = f.GetGeometryRef().Clone()
            row["geom"].AssignSpatialReference(None)
            out.append(row)
        data[layer.GetName()] = dict(
            rows=out, fields=fields, geom_type=ogr.GeometryTypeToName(layer.GetGeomType()),
            crs=(srs.GetAuthorityName(None), srs.GetAuthorityCode(None)) if srs else None,
        )
    source = None
    return data


def rows(ds, name):
    return ds[name]["rows"]


def xy(geom):
    return geom.GetX(), geom.GetY()


# -- determinism ------------------------------------------------------------------------------------------------


def test_same_seed_same_content(generator, fresh, tmp_path):
    again = str(tmp_path / "again.gpkg")
    generator.write_gpkg(generator.build(generator.DEFAULT_SEED), again)
    assert generator.content_hash(fresh) == generator.content_hash(again)


def test_committed_file_is_current(generator, fresh):
    # The committed file is built on Debian 12 (numpy 1.x); newer numpy/GDAL round some values differently.
    import numpy

    if not numpy.__version__.startswith("1."):
        pytest.skip("the committed sample data is built with numpy 1.x (Debian 12)")
    assert generator.content_hash(fresh) == generator.content_hash(SAMPLE), (
        "resources/sample_data/eco_city.gpkg is stale: rerun scripts/make_sample_data.py"
    )


def test_other_seed_other_city(generator, tmp_path):
    path = str(tmp_path / "other.gpkg")
    generator.write_gpkg(generator.build(generator.DEFAULT_SEED + 1), path)
    assert generator.content_hash(path) != generator.content_hash(SAMPLE)


def test_file_is_small():
    assert os.path.getsize(SAMPLE) < 5e6


# -- contract ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_layer_fields_geometry_crs(ds, name):
    assert name in ds, name
    layer = ds[name]
    kind, fields = CONTRACT[name]
    assert layer["geom_type"].replace(" ", "").lower() == kind.lower()
    assert set(fields) <= set(layer["fields"]), sorted(set(fields) - set(layer["fields"]))
    assert layer["crs"] == ("EPSG", "4548")
    assert layer["rows"]
    for row in layer["rows"]:
        g = row["geom"]
        assert g is not None and not g.IsEmpty() and g.IsValid()


def test_city_size_and_position(ds):
    area = rows(ds, "study_area")
    assert len(area) == 1
    geom = area[0]["geom"]
    x0, x1, y0, y1 = geom.GetEnvelope()
    assert 85e3 < x1 - x0 < 125e3 and 85e3 < y1 - y0 < 125e3
    assert 5000 < geom.GetArea() / 1e6 < 10000
    centre = geom.Centroid()
    src = osr.SpatialReference()
    src.ImportFromEPSG(4548)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(4490)  # CGCS2000 geographic
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(src, dst).TransformPoint(centre.GetX(), centre.GetY())
    assert abs(lon - 117.0) < 0.15 and abs(lat - 36.6) < 0.15
    assert "synthetic" in area[0]["name"].lower()


def test_districts_tile_the_study_area(ds):
    area = rows(ds, "study_area")[0]
    districts = rows(ds, "districts")
    assert 6 <= len(districts) <= 9
    total = sum(d["geom"].GetArea() for d in districts)
    assert total == pytest.approx(area["geom"].GetArea(), rel=0.01)
    for i, a in enumerate(districts):
        assert abs(a["area_km2"] - a["geom"].GetArea() / 1e6) < 0.01
        assert 0 < a["built_up_km2"] < a["area_km2"]
        for b in districts[i + 1:]:
            assert a["geom"].Intersection(b["geom"]).GetArea() < 1e4  # < 1 ha of overlap
    assert sum(d["population"] for d in districts) == area["population"]
    densest = max(districts, key=lambda d: d["population"] / d["area_km2"])
    assert densest["population"] / densest["area_km2"] > 2000  # a dense urban core


# -- rivers: dendritic, digitised downstream, split at confluences -----------------------------------------------


def _river_graph(ds):
    reaches = rows(ds, "rivers")
    for r in reaches:
        pts = r["geom"].GetPoints()
        r["start"] = tuple(round(c, 3) for c in pts[0][:2])
        r["end"] = tuple(round(c, 3) for c in pts[-1][:2])
    starts = collections.defaultdict(list)
    ends = collections.defaultdict(list)
    for r in reaches:
        starts[r["start"]].append(r)
        ends[r["end"]].append(r)
    return reaches, starts, ends


def test_rivers_flow_downhill_and_join(ds):
    reaches, starts, ends = _river_graph(ds)
    assert len(reaches) >= 10
    outlets = [r for r in reaches if r["end"] not in starts]
    assert len(outlets) == 1, "one outlet (the main river leaving the city)"
    for r in reaches:
        assert r["elev_up_m"] > r["elev_down_m"], r["reach_id"]
        down = starts.get(r["end"], [])
        assert len(down) <= 1, "a river never splits downstream"
        if down:
            d = down[0]
            assert d["elev_up_m"] == pytest.approx(r["elev_down_m"])
            assert d["downstream_id"] != r["reach_id"]
            assert r["downstream_id"] == d["reach_id"]
    # reaches are split at confluences only: every inner node has at least two inflows and one outflow
    for node in starts:
        inflow = ends.get(node, [])
        assert len(inflow) != 1, "reach split without a confluence at {}".format(node)
    # discharge grows downstream and is at least the sum of what flows in; Strahler order rule
    for node, outs in starts.items():
        inflow = ends.get(node, [])
        if not inflow:
            continue
        d = outs[0]
        assert d["discharge_m3s"] > sum(r["discharge_m3s"] for r in inflow)
        orders = [r["stream_order"] for r in inflow]
        top = max(orders)
        assert d["stream_order"] == (top + 1 if orders.count(top) > 1 else top)
    # physically plausible hydraulics
    for r in reaches:
        assert 0.05 < r["discharge_m3s"] < 500 and 0.1 < r["velocity_ms"] < 2.5


def test_rivers_do_not_cross(ds):
    reaches = rows(ds, "rivers")
    for i, a in enumerate(reaches):
        for b in reaches[i + 1:]:
            assert not a["geom"].Crosses(b["geom"]), (a["reach_id"], b["reach_id"])


# -- roads ------------------------------------------------------------------------------------------------------


def test_roads_are_noded_connected_and_classed(ds):
    roads = rows(ds, "roads")
    assert 2000 <= len(roads) <= 8000
    classes = collections.Counter(r["road_class"] for r in roads)
    assert set(classes) == {"motorway", "trunk", "primary", "secondary", "tertiary", "residential"}
    assert {r["oneway"] for r in roads} == {0, 1}
    for r in roads:
        assert r["speed_kmh"] > 0 and r["lanes"] >= 1
    speeds = {c: np.mean([r["speed_kmh"] for r in roads if r["road_class"] == c]) for c in classes}
    assert speeds["motorway"] > speeds["trunk"] > speeds["primary"] > speeds["residential"]
    # nodes meet: noding the whole network adds no new pieces (no crossing without a shared vertex)
    multi = ogr.Geometry(ogr.wkbMultiLineString)
    for r in roads:
        multi.AddGeometry(r["geom"])
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(0.0, 0.0)
    noded = multi.Union(point)
    lines = sum(1 for i in range(noded.GetGeometryCount())
                if noded.GetGeometryRef(i).GetGeometryType() == ogr.wkbLineString)
    assert lines == len(roads)
    # one connected main component (union-find on end points)
    parent = {}

    def find(a):
        while parent.setdefault(a, a) != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for r in roads:
        pts = r["geom"].GetPoints()
        a, b = find(tuple(np.round(pts[0][:2], 3))), find(tuple(np.round(pts[-1][:2], 3)))
        parent[a] = b
    comp = collections.Counter(find(tuple(np.round(r["geom"].GetPoints()[0][:2], 3))) for r in roads)
    assert comp.most_common(1)[0][1] >= 0.97 * len(roads)


# -- water quality ----------------------------------------------------------------------------------------------


def test_water_sections_plausible_and_some_fail_target(ds):
    sections = rows(ds, "water_sections")
    rivers = rows(ds, "rivers")
    outfalls = rows(ds, "outfalls")
    assert 15 <= len(sections) <= 25 and 10 <= len(outfalls) <= 20
    failing = []
    for s in sections:
        assert s["target_class"] in CLASSES
        assert 6 <= s["pH"] <= 9 and 0 < s["DO"] < 15
        assert s["CODMn"] < s["COD"] and s["BOD5"] < s["COD"] and s["NH3N"] < s["TN"]
        assert min(r["geom"].Distance(s["geom"]) for r in rivers) < 1.0, "section on a river"
        if gb3838_class(s) > CLASSES.index(s["target_class"]) + 1:
            failing.append(s)
    assert 2 <= len(failing) <= len(sections) // 2
    # the failing sections are downstream of outfalls: some outfall on the same river upstream
    reaches, starts, ends = _river_graph(ds)
    for s in failing:
        reach = min(reaches, key=lambda r: r["geom"].Distance(s["geom"]))
        upstream, todo = [], [reach]
        while todo:
            r = todo.pop()
            upstream.append(r)
            todo.extend(ends.get(r["start"], []))
        near = [o for o in outfalls if min(r["geom"].Distance(o["geom"]) for r in upstream) < 100]
        assert near, s["section_id"]
    for o in outfalls:
        assert min(r["geom"].Distance(o["geom"]) for r in rivers) < 100, "outfall on a river bank"
        assert o["flow_m3s"] > 0 and o["COD"] > o["CODMn"] > 0


# -- air --------------------------------------------------------------------------------------------------------


def test_air_stations_and_hourly_week(ds):
    stations = rows(ds, "air_stations")
    assert 10 <= len(stations) <= 14
    types = collections.Counter(s["station_type"] for s in stations)
    assert types["urban_evaluation"] == 1 and types["national"] >= 2 and types["provincial"] >= 2
    readings = rows(ds, "air_readings")
    existing = {s["station_code"]: s for s in stations if s["existing"]}
    by_station = collections.defaultdict(list)
    for r in readings:
        by_station[r["station_code"]].append(r)
    assert set(by_station) == set(existing)
    for code, rs in by_station.items():
        assert len(rs) == 24 * 7
        times = sorted(r["time"] for r in rs)
        assert len(set(times)) == 24 * 7
        st = existing[code]["geom"]
        assert all(r["geom"].Distance(st) < 1e-6 for r in rs)
        for r in rs:
            assert 0 < r["PM2_5"] <= r["PM10"] < 1000 and 0 < r["O3"] < 400 and 0 < r["NO2"] < 300
            assert 0 < r["SO2"] < 300 and 0 < r["CO"] < 10


def test_air_diurnal_cycle_and_industrial_gradient(ds):
    readings = rows(ds, "air_readings")
    hour = np.array([int(r["time"][11:13]) for r in readings])  # "YYYY/MM/DD HH:MM:SS", Beijing time
    o3 = np.array([r["O3"] for r in readings])
    no2 = np.array([r["NO2"] for r in readings])
    afternoon, night = np.isin(hour, [13, 14, 15, 16]), np.isin(hour, [2, 3, 4, 5])
    assert o3[afternoon].mean() > 1.5 * o3[night].mean()  # photochemical ozone peaks in the afternoon
    rush = np.isin(hour, [7, 8, 18, 19])
    assert no2[rush].mean() > no2[np.isin(hour, [12, 13, 14, 15])].mean()
    # PM2.5 is higher at the station nearest an industrial park than at the one farthest from all parks
    parks = rows(ds, "industrial_parks")
    stations = [s for s in rows(ds, "air_stations") if s["existing"]]

    def park_distance(s):
        return min(p["geom"].Distance(s["geom"]) for p in parks)

    near = min(stations, key=park_distance)["station_code"]
    far = max(stations, key=park_distance)["station_code"]
    mean = {code: np.mean([r["PM2_5"] for r in readings if r["station_code"] == code]) for code in (near, far)}
    assert mean[near] > 1.15 * mean[far]


# -- sources, candidates, depots -----------------------------------------------------------------------------------


def test_enterprises_cluster_in_parks(ds):
    parks = rows(ds, "industrial_parks")
    voc = rows(ds, "voc_enterprises")
    assert 4 <= len(parks) <= 6 and 120 <= len(voc) <= 180
    inside = sum(1 for v in voc if any(p["geom"].Contains(v["geom"]) for p in parks))
    assert inside >= 0.7 * len(voc)
    assert all(v["voc_t_per_year"] > 0 for v in voc)
    ports = rows(ds, "ports")
    rivers = rows(ds, "rivers")
    assert 1 <= len(ports) <= 4
    for p in ports:
        assert min(r["geom"].Distance(p["geom"]) for r in rivers) < 50


def test_candidates_risk_and_depots(ds):
    cands = rows(ds, "siting_candidates")
    assert 1500 <= len(cands) <= 2500
    assert len({c["candidate_id"] for c in cands}) == len(cands)
    for c in cands:
        assert c["kind"] in ("micro", "station")
        lo, hi = (500, 1000) if c["kind"] == "micro" else (2000, 3000)
        assert lo <= c["radius_m"] <= hi
    kinds = collections.Counter(c["kind"] for c in cands)
    assert kinds["station"] >= 50 and kinds["micro"] >= 1000
    assert any(c["existing"] for c in cands)
    risk = rows(ds, "risk_sources")
    assert 60 <= len(risk) <= 100
    levels = collections.Counter(r["risk_level"] for r in risk)
    assert set(levels) == {"major", "large", "general"}
    assert levels["major"] < levels["large"] < levels["general"]
    weight = {lvl: {r["risk_weight"] for r in risk if r["risk_level"] == lvl} for lvl in levels}
    assert min(weight["major"]) > max(weight["large"]) > max(weight["general"]) > 0
    depots = rows(ds, "emergency_depots")
    assert 6 <= len(depots) <= 10
    for d in depots:
        assert 1 <= d["teams"] <= 3 and 5 <= d["readiness_min"] <= 20
    assert 20 <= len(rows(ds, "depot_candidates")) <= 40
    sites = rows(ds, "national_control_sites")
    assert 8 <= len(sites) <= 12 and len({s["site_code"] for s in sites}) == len(sites)
    # depots and depot candidates sit on road junctions (network coverage can start there)
    ends = set()
    for r in rows(ds, "roads"):
        pts = r["geom"].GetPoints()
        ends.add(tuple(np.round(pts[0][:2], 3)))
        ends.add(tuple(np.round(pts[-1][:2], 3)))
    for d in depots + rows(ds, "depot_candidates"):
        assert tuple(np.round(xy(d["geom"]), 3)) in ends


# -- the README describes the file ---------------------------------------------------------------------------------


def _readme_layers():
    """[(layer, geometry, count text)] of the README's layer table, and the layer count its file line states."""
    with open(os.path.join(os.path.dirname(SAMPLE), "README.md"), encoding="utf-8") as f:
        text = f.read()
    stated = int(re.search(r"File: `eco_city\.gpkg`[^\n]*?(\d+) layers", text).group(1))
    table = re.findall(r"^\| `(\w+)`\*? \| ([a-z]+)[^|]* \| ([^|]+) \|", text, flags=re.M)
    return table, stated


def test_readme_lists_the_layers_of_the_file(ds):
    table, stated = _readme_layers()
    assert [name for name, _g, _n in table] == list(ds), "README layer table != the GeoPackage's layers (in order)"
    assert stated == len(ds)
    kinds = {"point": "Point", "line": "LineString", "polygon": "Polygon"}
    for name, geometry, count in table:
        assert kinds[geometry].lower() == ds[name]["geom_type"].replace(" ", "").lower(), name
        number = re.match(r"(≈ )?([\d ]+)", count.strip())
        value = int(number.group(2).replace(" ", ""))
        if number.group(1):  # "≈ 3 800": within 5 %
            assert abs(len(rows(ds, name)) - value) <= 0.05 * value, (name, count)
        else:
            assert len(rows(ds, name)) == value, (name, count)
