#!/usr/bin/env python3
"""Build the synthetic sample city "Lüshui" (绿水市) as one GeoPackage.

Everything here is invented: the geometry comes from a seeded random generator and simple
models (a star-shaped prefecture, an urban street lattice, a Delaunay rural road network,
a dendritic river network with mass-balance water quality, a dispersion-like air field).
The same seed always gives the same content (see ``content_hash``).

Usage::

    /usr/bin/python3 scripts/make_sample_data.py [--seed N] [--output resources/sample_data/eco_city.gpkg]

Needs numpy, scipy and the GDAL python bindings (``osgeo``, package python3-gdal).
"""

import argparse
import datetime
import hashlib
import math
import os
import sys

import numpy as np

try:
    from osgeo import gdal, ogr, osr
except ImportError:  # pragma: no cover
    sys.exit("The GDAL python bindings are missing: apt-get install python3-gdal")

gdal.UseExceptions()
ogr.UseExceptions()

DEFAULT_SEED = 20260301
EPSG = 4548  # CGCS2000 / 3-degree Gauss-Kruger CM 117E
CX, CY = 500000.0, 4052000.0  # about 117.000 E, 36.600 N
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(REPO, "resources", "sample_data", "eco_city.gpkg")
# GeoPackage writes a "last change" time stamp; pin it so the file is reproducible.
FIXED_DATE = "2026-03-01T00:00:00Z"

# Layer schema: name -> (geometry type, [(field, type)]).  Types: str, int, float, date, datetime.
SCHEMA = {
    "study_area": ("Polygon", [("name", "str"), ("name_zh", "str"), ("population", "int"), ("built_up_km2", "float"),
                               ("area_km2", "float"), ("note", "str")]),
    "districts": ("Polygon", [("district_code", "str"), ("name", "str"), ("name_zh", "str"), ("kind", "str"),
                              ("population", "int"), ("area_km2", "float"), ("built_up_km2", "float")]),
    "roads": ("LineString", [("road_id", "int"), ("name", "str"), ("road_class", "str"), ("speed_kmh", "float"),
                             ("oneway", "int"), ("lanes", "int")]),
    "rivers": ("LineString", [("reach_id", "int"), ("river_name", "str"), ("river_name_zh", "str"),
                              ("stream_order", "int"), ("discharge_m3s", "float"), ("velocity_ms", "float"),
                              ("elev_up_m", "float"), ("elev_down_m", "float"), ("downstream_id", "int"),
                              ("width_m", "float"), ("depth_m", "float"), ("slope", "float")]),
    "water_sections": ("Point", [("section_id", "str"), ("name", "str"), ("name_zh", "str"), ("river_name", "str"),
                                 ("target_class", "str"), ("water_body", "str"), ("pH", "float"), ("DO", "float"),
                                 ("CODMn", "float"), ("COD", "float"), ("BOD5", "float"), ("NH3N", "float"),
                                 ("TP", "float"), ("TN", "float"), ("sample_date", "date")]),
    "outfalls": ("Point", [("outfall_id", "str"), ("name", "str"), ("kind", "str"), ("flow_m3s", "float"),
                           ("COD", "float"), ("CODMn", "float"), ("NH3N", "float"), ("TP", "float")]),
    "air_stations": ("Point", [("station_code", "str"), ("name", "str"), ("name_zh", "str"),
                               ("station_type", "str"), ("existing", "int")]),
    "air_readings": ("Point", [("station_code", "str"), ("time", "datetime"), ("PM2_5", "float"), ("PM10", "float"),
                               ("O3", "float"), ("NO2", "float"), ("SO2", "float"), ("CO", "float")]),
    "voc_enterprises": ("Point", [("name", "str"), ("industry", "str"), ("voc_t_per_year", "float"),
                                  ("park", "str")]),
    "industrial_parks": ("Polygon", [("name", "str"), ("park_type", "str")]),
    "ports": ("Point", [("name", "str"), ("river_name", "str")]),
    "national_control_sites": ("Point", [("site_code", "str"), ("name", "str"), ("medium", "str")]),
    "siting_candidates": ("Point", [("candidate_id", "str"), ("kind", "str"), ("radius_m", "float"),
                                    ("existing", "int")]),
    "risk_sources": ("Point", [("name", "str"), ("category", "str"), ("risk_level", "str"), ("risk_weight", "float")]),
    "emergency_depots": ("Point", [("name", "str"), ("teams", "int"), ("readiness_min", "float")]),
    "depot_candidates": ("Point", [("name", "str")]),
    "water_intakes": ("Point", [("intake_id", "str"), ("name", "str"), ("name_zh", "str"), ("river_name", "str"),
                                ("target_class", "str"), ("capacity_m3d", "float")]),
}

# supervision registers (City.build_registers): the enterprise register and the inspectors
SCHEMA["enterprise_register"] = ("Point", [("code", "str"), ("name", "str"), ("stratum", "str"),
                                           ("district_code", "str"), ("excluded", "int"), ("last_inspectors", "str")])
SCHEMA["inspectors"] = ("Point", [("officer_id", "str"), ("name", "str"), ("unit", "str"), ("district_code", "str")])
# the bureau's office, start and end of the inspection day routes (City.build_office)
SCHEMA["bureau_office"] = ("Point", [("name", "str"), ("name_zh", "str")])

# wind and TVOC of the hourly readings (City.build_wind)
SCHEMA["air_readings"][1].extend([("wind_dir", "float"), ("wind_speed", "float"), ("TVOC", "float")])

ROAD_SPEC = {  # class -> (speed km/h, lanes)
    "motorway": (100.0, 6),
    "trunk": (80.0, 4),
    "primary": (60.0, 6),
    "secondary": (50.0, 4),
    "tertiary": (40.0, 2),
    "residential": (30.0, 2),
}


# ----------------------------------------------------------------------------------------------------------------
# small geometry helpers (local kilometres, origin at the city centre)


def polar(r, theta):
    return np.column_stack([r * np.cos(theta), r * np.sin(theta)])


class Harmonic:
    """A smooth closed radius function r(θ) = r0 · (1 + Σ a_k sin(kθ + φ_k))."""

    def __init__(self, rng, r0, amplitudes):
        self.r0 = r0
        self.terms = [(k, a, rng.uniform(0, 2 * math.pi)) for k, a in amplitudes]

    def __call__(self, theta):
        theta = np.asarray(theta, dtype=float)
        value = np.ones_like(theta)
        for k, a, phase in self.terms:
            value = value + a * np.sin(k * theta + phase)
        return self.r0 * value


def ring_polygon(radius_fn, n=360):
    theta = np.linspace(0, 2 * math.pi, n, endpoint=False)
    pts = polar(radius_fn(theta), theta)
    return np.vstack([pts, pts[:1]])


def ogr_polygon(rings):
    poly = ogr.Geometry(ogr.wkbPolygon)
    for ring_pts in rings:
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in ring_pts:
            ring.AddPoint_2D(float(x), float(y))
        poly.AddGeometry(ring)
    return poly


def polygon_rings(geom):
    """Outer rings (with holes) of a (multi)polygon as lists of arrays."""
    geom = geom.Clone()
    if geom.GetGeometryType() in (ogr.wkbPolygon, ogr.wkbPolygon25D):
        polys = [geom]
    else:
        polys = [geom.GetGeometryRef(i).Clone() for i in range(geom.GetGeometryCount())]
    out = []
    for poly in polys:
        out.append([np.array(poly.GetGeometryRef(i).GetPoints())[:, :2] for i in range(poly.GetGeometryCount())])
    return out


def largest_part(geom):
    parts = polygon_rings(geom)
    areas = [ogr_polygon(p).GetArea() for p in parts]
    return parts[int(np.argmax(areas))]


def wedge(a0, a1, wobble0, wobble1, r_max=90.0, n=120):
    """A wedge between two wavy radial lines (angles a0 < a1)."""
    r = np.linspace(0.0, r_max, n)
    t0 = a0 + wobble0(r)
    t1 = a1 + wobble1(r)
    arc = np.linspace(t0[-1], t1[-1], 24)
    pts = np.vstack([polar(r, t0), polar(np.full(24, r_max), arc), polar(r[::-1], t1[::-1])])
    return np.vstack([pts, pts[:1]])


def resample(points, step):
    """Points along a polyline every ``step`` km (keeps both ends)."""
    seg = np.hypot(*np.diff(points, axis=0).T)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    n = max(2, int(math.ceil(s[-1] / step)) + 1)
    t = np.linspace(0.0, s[-1], n)
    return np.column_stack([np.interp(t, s, points[:, 0]), np.interp(t, s, points[:, 1])])


def meander(points, rng, amplitude, wavelength, step=0.2):
    """Resample a smooth path and add a lateral sinusoidal wiggle that vanishes at both ends."""
    pts = resample(points, step)
    d = np.gradient(pts, axis=0)
    normal = np.column_stack([-d[:, 1], d[:, 0]])
    normal /= np.maximum(np.hypot(normal[:, 0], normal[:, 1]), 1e-12)[:, None]
    s = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(pts, axis=0).T))])
    taper = np.clip(np.sin(np.pi * s / s[-1]), 0.0, 1.0) ** 0.5
    phase = rng.uniform(0, 2 * math.pi, 2)
    wiggle = amplitude * taper * (
        np.sin(2 * math.pi * s / wavelength + phase[0]) + 0.4 * np.sin(2 * math.pi * s / (wavelength * 0.37) + phase[1])
    )
    return pts + normal * wiggle[:, None]


def spline(control, step=0.2):
    """Catmull-Rom spline through control points."""
    p = np.vstack([control[:1], control, control[-1:]])
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        n = max(2, int(np.hypot(*(p2 - p1)) / step))
        t = np.linspace(0, 1, n, endpoint=False)[:, None]
        out.append(
            0.5 * ((2 * p1) + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2
                   + (-p0 + 3 * p1 - 3 * p2 + p3) * t**3)
        )
    out.append(control[-1:])
    return np.vstack(out)


def cumlen(points):
    return np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(points, axis=0).T))])


def point_at(points, s):
    c = cumlen(points)
    return np.array([np.interp(s, c, points[:, 0]), np.interp(s, c, points[:, 1])])


def poisson_disc(rng, inside, bounds, min_dist, n_target, tries=30000):
    """Rejection-sampled points at least ``min_dist`` apart, accepted by ``inside(x, y)``."""
    pts = []
    x0, y0, x1, y1 = bounds
    for _ in range(tries):
        if len(pts) >= n_target:
            break
        p = rng.uniform([x0, y0], [x1, y1])
        if not inside(p[0], p[1]):
            continue
        if pts and np.min(np.hypot(*(np.array(pts) - p).T)) < min_dist:
            continue
        pts.append(p)
    return np.array(pts)


# ----------------------------------------------------------------------------------------------------------------
# road noding: split every line where it meets another one


def node_lines(lines, cell=1.0):
    """Split polylines at every crossing and shared vertex.

    ``lines`` is a list of (points (n, 2), attrs). Returns a list of (points, attrs) pieces whose ends meet
    exactly where lines cross or touch, each keeping its parent's attributes and digitised direction.
    """
    seg_a, seg_b, owner = [], [], []
    for li, (pts, _attrs) in enumerate(lines):
        for si in range(len(pts) - 1):
            seg_a.append(pts[si])
            seg_b.append(pts[si + 1])
            owner.append((li, si))
    seg_a = np.array(seg_a)
    seg_b = np.array(seg_b)
    buckets = {}
    lo = np.minimum(seg_a, seg_b)
    hi = np.maximum(seg_a, seg_b)
    for k in range(len(seg_a)):
        for cx in range(int(math.floor(lo[k, 0] / cell)), int(math.floor(hi[k, 0] / cell)) + 1):
            for cy in range(int(math.floor(lo[k, 1] / cell)), int(math.floor(hi[k, 1] / cell)) + 1):
                buckets.setdefault((cx, cy), []).append(k)
    pairs = set()
    for members in buckets.values():
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                pairs.add((members[i], members[j]))
    pairs = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    inserts = {}  # (line, seg) -> list of (t, point)
    eps = 1e-9
    if len(pairs):
        i, j = pairs[:, 0], pairs[:, 1]
        p, r = seg_a[i], seg_b[i] - seg_a[i]
        q, s = seg_a[j], seg_b[j] - seg_a[j]
        den = r[:, 0] * s[:, 1] - r[:, 1] * s[:, 0]
        qp = q - p
        with np.errstate(divide="ignore", invalid="ignore"):
            t = (qp[:, 0] * s[:, 1] - qp[:, 1] * s[:, 0]) / den
            u = (qp[:, 0] * r[:, 1] - qp[:, 1] * r[:, 0]) / den
        ok = (np.abs(den) > 1e-12) & (t >= -eps) & (t <= 1 + eps) & (u >= -eps) & (u <= 1 + eps)
        for k in np.nonzero(ok)[0]:
            a, b, tk, uk = int(i[k]), int(j[k]), float(t[k]), float(u[k])
            a_end = tk <= eps or tk >= 1 - eps
            b_end = uk <= eps or uk >= 1 - eps
            if a_end and b_end:
                continue  # they share (or nearly share) a vertex already
            if a_end:
                point = seg_a[a] if tk <= eps else seg_b[a]
            elif b_end:
                point = seg_a[b] if uk <= eps else seg_b[b]
            else:
                point = p[k] + tk * r[k]
            if not a_end:
                inserts.setdefault(owner[a], []).append((tk, point))
            if not b_end:
                inserts.setdefault(owner[b], []).append((uk, point))
    # rebuild lines with inserted vertices, rounded to the millimetre
    rebuilt = []
    for li, (pts, attrs) in enumerate(lines):
        out = [pts[0]]
        for si in range(len(pts) - 1):
            for _t, point in sorted(inserts.get((li, si), []), key=lambda tp: tp[0]):
                out.append(point)
            out.append(pts[si + 1])
        arr = np.round(np.array(out) * 1e6) / 1e6  # km -> 1 mm grid
        keep = np.concatenate([[True], np.any(np.diff(arr, axis=0) != 0, axis=1)])
        rebuilt.append((arr[keep], attrs))
    uses = {}
    for li, (arr, _attrs) in enumerate(rebuilt):
        for vi, v in enumerate(arr):
            key = (v[0], v[1])
            entry = uses.setdefault(key, set())
            entry.add((li, 0 if vi in (0, len(arr) - 1) else 1))
    nodes = set()
    for key, entry in uses.items():
        lines_here = {li for li, _ in entry}
        if len(lines_here) > 1 or any(end == 0 for _, end in entry):
            nodes.add(key)
    pieces = []
    for arr, attrs in rebuilt:
        start = 0
        for vi in range(1, len(arr)):
            if (arr[vi, 0], arr[vi, 1]) in nodes or vi == len(arr) - 1:
                if vi > start:
                    pieces.append((arr[start:vi + 1], attrs))
                start = vi
    return pieces


# ----------------------------------------------------------------------------------------------------------------
# the city


COUNTY_NAMES = [
    ("Qingshan Xian", "青山县", "county"),
    ("Baihe Xian", "白河县", "county"),
    ("Taoyuan Xian", "桃源县", "county"),
    ("Songling Xian", "松岭县", "county"),
    ("Pingchuan Xian", "平川县", "county"),
]
URBAN_NAMES = [
    ("Chengguan Qu", "城关区", "urban district"),
    ("Hexi Qu", "河西区", "urban district"),
    ("Dongcheng Qu", "东城区", "urban district"),
]
AVENUES = ["Lvshui Dadao", "Jiefang Lu", "Renmin Lu", "Heping Lu", "Wenhua Lu", "Jianshe Lu", "Zhongshan Lu",
           "Gongye Lu", "Xingfu Lu", "Minsheng Lu", "Shengli Lu", "Youyi Lu", "Chaoyang Lu", "Binhe Lu",
           "Keji Lu", "Daxue Lu", "Huanghe Lu", "Taishan Lu"]


class City:
    def __init__(self, seed):
        self.seed = seed
        self.rng = np.random.default_rng(seed)
        # spill early warning (issue 14): its own stream, so that adding it changed nothing else
        self.rng_spill = np.random.default_rng([seed, 14])
        self.layers = {name: [] for name in SCHEMA}

    # -- helpers -------------------------------------------------------------------------------------------------
    def add(self, layer, geometry, **attrs):
        self.layers[layer].append((geometry, attrs))

    def r_out(self, theta):
        return self.outer(theta)

    def inside_study(self, x, y, margin=0.0):
        return math.hypot(x, y) < float(self.outer(math.atan2(y, x))) - margin

    # -- build -----------------------------------------------------------------------------------------------------
    def build(self):
        self.build_districts()
        self.build_rivers()
        self.build_parks()
        self.build_roads()
        self.build_water()
        self.build_air()
        self.build_enterprises()
        self.build_wind()
        self.build_risk()
        self.build_candidates()
        self.build_registers()
        self.build_intakes()
        self.build_office()
        return self.layers

    def build_districts(self):
        rng = self.rng
        self.outer = Harmonic(rng, 50.0, [(2, 0.07), (3, 0.05), (5, 0.025), (7, 0.012)])
        self.core = Harmonic(rng, 12.0, [(2, 0.08), (3, 0.05), (5, 0.02)])
        self.built = Harmonic(rng, 9.3, [(2, 0.07), (3, 0.04), (4, 0.03)])
        study = ogr_polygon([ring_polygon(self.outer)])
        core = ogr_polygon([ring_polygon(self.core)])
        built = ogr_polygon([ring_polygon(self.built)])
        outer_ring = study.Difference(core)

        def wobble(amplitude):
            phase, freq = rng.uniform(0, 2 * math.pi), rng.uniform(0.12, 0.25)
            return lambda r: amplitude * np.sin(freq * r + phase) * np.clip(r / 4.0, 0, 1)

        districts = []
        # urban core: 3 districts
        a = np.sort(rng.uniform(0, 2 * math.pi / 3) + np.arange(3) * 2 * math.pi / 3)
        w = [wobble(0.12) for _ in range(3)]
        for k in range(3):
            a0, a1 = a[k], a[(k + 1) % 3] + (2 * math.pi if k == 2 else 0)
            part = core.Intersection(ogr_polygon([wedge(a0, a1, w[k], w[(k + 1) % 3])]))
            districts.append((URBAN_NAMES[k], part))
        # counties: 5 wedges of the outer ring
        b = np.sort(rng.uniform(0, 2 * math.pi / 5) + np.arange(5) * 2 * math.pi / 5 + rng.uniform(-0.15, 0.15, 5))
        w = [wobble(0.1) for _ in range(5)]
        self.county_angles = []
        for k in range(5):
            a0, a1 = b[k], b[(k + 1) % 5] + (2 * math.pi if k == 4 else 0)
            part = outer_ring.Intersection(ogr_polygon([wedge(a0, a1, w[k], w[(k + 1) % 5])]))
            districts.append((COUNTY_NAMES[k], part))
            self.county_angles.append(0.5 * (a0 + a1))
        # county seats
        self.seats = []
        for ang in self.county_angles:
            r = float(self.outer(ang)) * rng.uniform(0.45, 0.6)
            self.seats.append(polar(np.array([r]), np.array([ang]))[0])
        self.seat_built = rng.uniform(14, 32, 5)
        total_pop, total_built = 0, 0.0
        pops_urban = rng.uniform(0.85e6, 1.35e6, 3)
        pops_county = rng.uniform(0.42e6, 0.78e6, 5)
        self.district_polys = []
        for k, ((name, name_zh, kind), geom) in enumerate(districts):
            rings = largest_part(geom)
            poly = ogr_polygon(rings)
            area = poly.GetArea()
            if kind == "urban district":
                built_km2 = poly.Intersection(built).GetArea()
                pop = int(round(pops_urban[k], -3))
                code = "3799{:02d}".format(k + 2)
            else:
                built_km2 = float(self.seat_built[k - 3]) + area * 0.012
                pop = int(round(pops_county[k - 3], -3))
                code = "3799{:02d}".format(k + 21)
            self.district_polys.append((name, poly))
            total_pop += pop
            total_built += built_km2
            self.add("districts", self.km([rings]), district_code=code, name=name, name_zh=name_zh, kind=kind,
                     population=pop, area_km2=round(area, 2), built_up_km2=round(built_km2, 2))
        self.add("study_area", self.km([[ring_polygon(self.outer)]]), name="Lvshui Shi (synthetic)",
                 name_zh="绿水市（虚构）",
                 population=total_pop, built_up_km2=round(total_built, 2), area_km2=round(study.GetArea(), 2),
                 note="Synthetic sample city for testing and demonstration; not a real place.")

    # -- rivers -----------------------------------------------------------------------------------------------------
    def build_rivers(self):
        rng = self.rng
        a_in, a_out = math.radians(rng.uniform(190, 200)), math.radians(rng.uniform(18, 30))
        p_in = polar(np.array([float(self.outer(a_in)) - 0.3]), np.array([a_in]))[0]
        p_out = polar(np.array([float(self.outer(a_out)) - 0.3]), np.array([a_out]))[0]
        control = np.array([p_in, [-24.0, -11.0 + rng.uniform(-2, 2)], [-9.0, -4.5 + rng.uniform(-1, 1)],
                            [0.0, -2.5 + rng.uniform(-0.8, 0.8)], [10.0, 1.0 + rng.uniform(-1, 1)],
                            [24.0, 8.0 + rng.uniform(-2, 2)], p_out])
        main = meander(spline(control), rng, 0.35, 3.5)
        main[0], main[-1] = p_in, p_out
        self.paths = []  # dicts: name, zh, pts, parent, at (vertex index on parent), z
        main_len = cumlen(main)[-1]
        z_main = 48.0 - 26.0 * cumlen(main) / main_len
        self.paths.append(dict(name="Lvshui He", zh="绿水河", pts=main, parent=None, at=None, z=z_main,
                               q_head=14.0, order_head=4))

        def hills(x, y):  # synthetic terrain: a range of hills in the south, a plain in the north
            return 40.0 + 420.0 * np.exp(-((y + 34.0) / 13.0) ** 2) * (0.7 + 0.3 * np.cos(x / 9.0)) + 0.6 * max(0.0, -y)

        tribs = [
            # (name, zh, source angle deg, confluence fraction on main river)
            ("Xi He", "西河", 222, 0.16), ("Qing Xi", "清溪", 250, 0.30), ("Nanshan He", "南山河", 275, 0.43),
            ("Taohua Xi", "桃花溪", 305, 0.60), ("Shi He", "石河", 332, 0.76),
            ("Bei He", "北河", 168, 0.14), ("Liu He", "柳河", 118, 0.42), ("Sha He", "沙河", 72, 0.70),
        ]
        main_c = cumlen(main)
        for name, zh, ang_deg, frac in tribs:
            ang = math.radians(ang_deg + rng.uniform(-5, 5))
            src = polar(np.array([float(self.outer(ang)) * rng.uniform(0.8, 0.9)]), np.array([ang]))[0]
            at = int(np.searchsorted(main_c, frac * main_len))
            end = main[at]
            mid = 0.5 * (src + end) + rng.uniform(-3, 3, 2)
            pts = meander(spline(np.array([src, mid, end])), rng, 0.25, 2.5)
            pts[0], pts[-1] = src, end
            z_src = max(hills(*src), z_main[at] + 12.0)
            c = cumlen(pts)
            z = z_src - (z_src - z_main[at]) * c / c[-1]
            self.paths.append(dict(name=name, zh=zh, pts=pts, parent=0, at=at, z=z, q_head=None, order_head=1))
        # second-order branches on the longer tributaries
        branch_names = [("Xiao", "小"), ("Dong", "东"), ("Heng", "横")]
        longest = sorted(range(1, len(self.paths)), key=lambda i: -cumlen(self.paths[i]["pts"])[-1])[:3]
        for n, pi in enumerate(sorted(longest)):
            parent = self.paths[pi]
            c = cumlen(parent["pts"])
            at = int(np.searchsorted(c, c[-1] * rng.uniform(0.4, 0.55)))
            end = parent["pts"][at]
            direction = parent["pts"][at] - parent["pts"][max(0, at - 5)]
            direction /= np.hypot(*direction)
            side = np.array([-direction[1], direction[0]]) * (1 if n % 2 == 0 else -1)
            src = end + side * rng.uniform(6, 9) - direction * rng.uniform(2, 4)
            if not self.inside_study(*src, margin=2.0):
                src = end + side * 5.0
            pts = meander(spline(np.array([src, 0.5 * (src + end) + rng.uniform(-1, 1, 2), end])), rng, 0.15, 2.0)
            pts[0], pts[-1] = src, end
            z_src = max(hills(*src), parent["z"][at] + 8.0)
            cc = cumlen(pts)
            z = z_src - (z_src - parent["z"][at]) * cc / cc[-1]
            pname = "{} {}".format(branch_names[n][0], parent["name"])
            pzh = branch_names[n][1] + parent["zh"]
            self.paths.append(dict(name=pname, zh=pzh, pts=pts, parent=pi, at=at, z=z, q_head=None, order_head=1))
        self._split_reaches()

    def _split_reaches(self):
        """Cut each path at its confluences; compute discharge, Strahler order, velocity."""
        splits = {i: {0, len(p["pts"]) - 1} for i, p in enumerate(self.paths)}
        for p in self.paths:
            if p["parent"] is not None:
                splits[p["parent"]].add(p["at"])
        reaches = []  # dicts with path, i0, i1
        for i in range(len(self.paths)):
            cuts = sorted(splits[i])
            for a, b in zip(cuts[:-1], cuts[1:]):
                reaches.append(dict(path=i, i0=a, i1=b))
        # topology: reach -> downstream reach
        by_start = {(r["path"], r["i0"]): k for k, r in enumerate(reaches)}
        for r in reaches:
            p = self.paths[r["path"]]
            if r["i1"] < len(p["pts"]) - 1:
                r["down"] = by_start[(r["path"], r["i1"])]
            elif p["parent"] is not None:
                r["down"] = by_start[(p["parent"], p["at"])]
            else:
                r["down"] = None
        ups = {k: [] for k in range(len(reaches))}
        for k, r in enumerate(reaches):
            if r["down"] is not None:
                ups[r["down"]].append(k)
        done = {}

        def solve(k):
            if k in done:
                return done[k]
            r = reaches[k]
            p = self.paths[r["path"]]
            length = cumlen(p["pts"][r["i0"]:r["i1"] + 1])[-1]
            lateral = 0.04 * length  # m3/s of local inflow per km
            if ups[k]:
                sub = [solve(u) for u in ups[k]]
                q_in = sum(q for q, _ in sub)
                orders = [o for _, o in sub]
                top = max(orders)
                order = top + 1 if orders.count(top) > 1 else top
            else:
                q_in = p["q_head"] if p["q_head"] is not None else 0.25
                order = p["order_head"]
            done[k] = (q_in + lateral, order)
            return done[k]

        for k in range(len(reaches)):
            solve(k)
        self.reaches = reaches
        for k, r in enumerate(reaches):
            p = self.paths[r["path"]]
            q, order = done[k]
            r["q"], r["order"] = q, order
            r["v"] = float(np.clip(0.3 * q ** 0.2, 0.15, 1.5))
            r["id"] = k + 1
        for r in reaches:
            p = self.paths[r["path"]]
            width, depth, slope = self._channel(r, p)
            self.add("rivers", self.km(p["pts"][r["i0"]:r["i1"] + 1]), reach_id=r["id"], river_name=p["name"],
                     river_name_zh=p["zh"], stream_order=r["order"], discharge_m3s=round(r["q"], 3),
                     velocity_ms=round(r["v"], 3), elev_up_m=round(float(p["z"][r["i0"]]), 1),
                     elev_down_m=round(float(p["z"][r["i1"]]), 1),
                     downstream_id=reaches[r["down"]]["id"] if r["down"] is not None else 0,
                     width_m=width, depth_m=depth, slope=slope)

    def _channel(self, r, p):
        """Width and depth from hydraulic geometry (B = 6.5·Q^0.5, h = 0.35·Q^0.4, ±15 %), bed slope from the
        elevations; for the dispersion coefficient of the spill warning (Fischer's formula)."""
        rng = self.rng_spill
        length_m = 1000.0 * cumlen(p["pts"][r["i0"]:r["i1"] + 1])[-1]
        width = 6.5 * r["q"] ** 0.5 * rng.uniform(0.85, 1.15)
        depth = 0.35 * r["q"] ** 0.4 * rng.uniform(0.85, 1.15)
        drop = float(p["z"][r["i0"]]) - float(p["z"][r["i1"]])
        slope = max(drop / length_m, 1e-5)
        return round(width, 1), round(depth, 2), float("{:.3g}".format(slope))

    def reach_at(self, path, index):
        for r in self.reaches:
            if r["path"] == path and r["i0"] <= index <= r["i1"]:
                return r
        raise KeyError(path)

    def downstream_route(self, path, s):
        """[(path, s_from, s_to)] from a point to the outlet."""
        route = []
        while True:
            p = self.paths[path]
            c = cumlen(p["pts"])
            route.append((path, s, c[-1]))
            if p["parent"] is None:
                return route
            s = cumlen(self.paths[p["parent"]]["pts"])[p["at"]]
            path = p["parent"]

    # -- parks and roads -----------------------------------------------------------------------------------------
    def build_parks(self):
        rng = self.rng
        main = self.paths[0]["pts"]
        c = cumlen(main)
        specs = [
            ("Donggang Huagong Yuanqu", "chemical", None, 0.80),  # downstream on the river, with a port
            ("Lvshui Jingji Kaifaqu", "equipment manufacturing", 0.0, None),
            ("Xishan Shihua Yuanqu", "petrochemical", math.pi, None),
            ("Beijiao Yiyao Yuanqu", "pharmaceutical", math.pi / 2, None),
            ("Nanhu Xincailiao Yuanqu", "new materials", -math.pi / 2, None),
        ]
        self.parks = []
        for name, kind, ang, frac in specs:
            if frac is not None:
                on = point_at(main, frac * c[-1])
                centre = on + np.array([0.0, 1.6])
            else:
                ang = ang + rng.uniform(-0.4, 0.4)
                centre = polar(np.array([rng.uniform(15, 24)]), np.array([ang]))[0]
            rx, ry = rng.uniform(1.4, 2.2), rng.uniform(1.0, 1.6)
            rot = rng.uniform(0, math.pi)
            theta = np.linspace(0, 2 * math.pi, 28, endpoint=False)
            rad = 1 + 0.12 * np.sin(3 * theta + rng.uniform(0, 6))
            local = np.column_stack([rx * rad * np.cos(theta), ry * rad * np.sin(theta)])
            rotm = np.array([[math.cos(rot), -math.sin(rot)], [math.sin(rot), math.cos(rot)]])
            pts = local @ rotm.T + centre
            pts = np.vstack([pts, pts[:1]])
            self.parks.append(dict(name=name, kind=kind, centre=centre, poly=ogr_polygon([pts]), pts=pts))
            self.add("industrial_parks", [self.km(pts)], name=name, park_type=kind)
        # ports on the main river
        for name, frac in (("Donggang Gang", 0.80), ("Xijin Matou", 0.36)):
            s = frac * c[-1]
            self.add("ports", self.km(point_at(main, s)), name=name, river_name=self.paths[0]["name"])

    def build_roads(self):
        rng = self.rng
        lines = []
        # 1. urban street lattice, slightly rotated and jittered, inside the built-up outline
        rot = math.radians(rng.uniform(8, 16))
        spacing = 0.42
        n = int(10.5 / spacing)
        rotm = np.array([[math.cos(rot), -math.sin(rot)], [math.sin(rot), math.cos(rot)]])
        grid = {}
        for i in range(-n, n + 1):
            for j in range(-n, n + 1):
                p = rotm @ np.array([i * spacing, j * spacing]) + rng.normal(0, 0.03, 2)
                if math.hypot(*p) < float(self.built(math.atan2(p[1], p[0]))):
                    grid[(i, j)] = p
        avenues = list(AVENUES)

        def street(axis, idx):
            """(class, name, oneway_sign) of the lattice line x=idx (axis 0) or y=idx (axis 1)."""
            if idx % 6 == 0:
                name = avenues[(abs(idx) // 6 * 2 + axis) % len(avenues)]
                return "primary", name, 0
            if idx % 3 == 0:
                return "secondary", "{} {} Lu".format("Wei" if axis == 0 else "Jing", abs(idx)), 0
            if idx % 2 == 0:
                return "tertiary", "{} {} Lu".format("Wei" if axis == 0 else "Jing", abs(idx)), 0
            sign = 1 if idx % 4 == 1 else -1
            return "residential", "{} {} Xiang".format("Wei" if axis == 0 else "Jing", abs(idx)), sign

        for (i, j), p in grid.items():
            for axis, nb in ((0, (i, j + 1)), (1, (i + 1, j))):
                if nb not in grid:
                    continue
                q = grid[nb]
                idx = i if axis == 0 else j
                cls, name, sign = street(axis, idx)
                mid = 0.5 * (p + q)
                oneway = 1 if (sign != 0 and math.hypot(*mid) < 4.0) else 0
                pts = np.array([p, q]) if sign >= 0 or not oneway else np.array([q, p])
                lines.append((pts, dict(name=name, road_class=cls, oneway=oneway)))
        # 2. ring motorway through the points where the arterials reach it
        ring_r = Harmonic(rng, 12.8, [(2, 0.04), (3, 0.03)])
        ring_pts = []
        arterial_ends = []
        for axis in (0, 1):
            for idx in range(-n, n + 1):
                if idx % 3:
                    continue
                members = sorted(k for k in grid if (k[0] if axis == 0 else k[1]) == idx)
                if len(members) < 2:
                    continue
                cls, name, _ = street(axis, idx)
                for end_key, direction in ((members[0], -1), (members[-1], 1)):
                    start = grid[end_key]
                    unit = rotm @ (np.array([0.0, 1.0]) if axis == 0 else np.array([1.0, 0.0])) * direction
                    dist = 0.0
                    for _ in range(5):
                        tgt = start + unit * dist
                        dist += float(ring_r(math.atan2(tgt[1], tgt[0]))) - math.hypot(*tgt)
                    end = start + unit * dist
                    ring_pts.append(end)
                    arterial_ends.append(end)
                    lines.append((resample(np.array([start, end]), 0.5),
                                  dict(name=name, road_class="primary" if cls == "primary" else "secondary",
                                       oneway=0)))
        trunk_angles = list(self.county_angles) + [a + math.pi / 5 for a in self.county_angles[::2]]
        trunk_starts = []
        for ang in trunk_angles:
            p = polar(np.array([float(ring_r(ang))]), np.array([ang]))[0]
            ring_pts.append(p)
            trunk_starts.append(p)
        theta = np.linspace(0, 2 * math.pi, 90, endpoint=False)
        regular = polar(ring_r(theta), theta)
        all_ring = np.vstack([regular, np.array(ring_pts)])
        ang = np.mod(np.arctan2(all_ring[:, 1], all_ring[:, 0]), 2 * math.pi)
        order = np.argsort(ang)
        all_ring, ang = all_ring[order], ang[order]
        fixed = np.zeros(len(all_ring), bool)
        fixed[len(regular):] = True
        fixed = fixed[order]
        keep = [k for k in range(len(all_ring)) if fixed[k] or np.min(np.abs(
            ((ang[fixed] - ang[k] + math.pi) % (2 * math.pi)) - math.pi), initial=9) > 0.02]
        ring = all_ring[keep]
        ring = np.vstack([ring, ring[:1]])
        half = len(ring) // 2
        lines.append((ring[:half + 1], dict(name="Raocheng Gaosu", road_class="motorway", oneway=0)))
        lines.append((ring[half:], dict(name="Raocheng Gaosu", road_class="motorway", oneway=0)))
        # 3. trunk radials to the county seats and on to the boundary
        trunk_names = ["G104", "G220", "G308", "S102", "S217", "S241", "S316", "S103"]
        for k, (ang, start) in enumerate(zip(trunk_angles, trunk_starts)):
            out_r = float(self.outer(ang)) - 0.4
            end = polar(np.array([out_r]), np.array([ang]))[0]
            if k < 5:
                control = np.array([start, self.seats[k], end])
            else:
                control = np.array([start, 0.5 * (start + end) + rng.uniform(-2, 2, 2), end])
            pts = meander(spline(control, 0.5), rng, 0.3, 6.0, step=0.6)
            pts[0] = start
            if k < 5:
                pts[np.argmin(np.hypot(*(pts - self.seats[k]).T))] = self.seats[k]
            lines.append((pts, dict(name=trunk_names[k], road_class="trunk", oneway=0)))
        # 4. two expressways crossing the prefecture
        for name, ang in (("G3 Jinghu Gaosu", rng.uniform(1.2, 1.5)), ("G22 Qinglan Gaosu", rng.uniform(-0.4, -0.1))):
            d = np.array([math.cos(ang), math.sin(ang)])
            off = np.array([-d[1], d[0]]) * rng.uniform(17, 22) * (1 if ang > 1 else -1)
            t = np.linspace(-80, 80, 321)
            pts = off + t[:, None] * d
            inside = np.array([self.inside_study(x, y, 0.4) for x, y in pts])
            pts = pts[inside]
            pts = meander(pts, rng, 0.5, 15.0, step=0.8)
            lines.append((pts, dict(name=name, road_class="motorway", oneway=0)))
        # 5. rural roads: Delaunay network between villages, county seats and ring junctions
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import minimum_spanning_tree
        from scipy.spatial import Delaunay

        bounds = (-60, -60, 60, 60)
        villages = poisson_disc(
            rng, lambda x, y: self.inside_study(x, y, 1.5) and math.hypot(x, y) > float(ring_r(math.atan2(y, x))) + 1.5
            and all(math.hypot(x - s[0], y - s[1]) > 2.0 for s in self.seats), bounds, 3.2, 260)
        self.villages = villages
        nodes = np.vstack([villages, np.array(self.seats), np.array(arterial_ends), np.array(trunk_starts)])
        n_v, n_s = len(villages), len(self.seats)
        tri = Delaunay(nodes)
        edges = set()
        for simplex in tri.simplices:
            for a, b in ((0, 1), (1, 2), (0, 2)):
                u, v = sorted((int(simplex[a]), int(simplex[b])))
                edges.add((u, v))
        good = []
        for u, v in sorted(edges):
            if u >= n_v + n_s and v >= n_v + n_s:
                continue  # both on the ring
            mid = 0.5 * (nodes[u] + nodes[v])
            length = math.hypot(*(nodes[u] - nodes[v]))
            if length > 9.0 or not self.inside_study(*mid, 0.5):
                continue
            if math.hypot(*mid) < float(ring_r(math.atan2(mid[1], mid[0]))) + 0.5:
                continue
            good.append((u, v, length))
        g = np.array(good)
        mst = minimum_spanning_tree(coo_matrix((g[:, 2], (g[:, 0].astype(int), g[:, 1].astype(int))),
                                               shape=(len(nodes), len(nodes)))).tocoo()
        in_mst = {(min(a, b), max(a, b)) for a, b in zip(mst.row, mst.col)}
        counter = 0
        for u, v, length in good:
            tree = (u, v) in in_mst
            if not tree and (length > 6.0 or rng.random() > 0.35):
                continue
            counter += 1
            seat = n_v <= u < n_v + n_s or n_v <= v < n_v + n_s
            if seat or (tree and length > 4.5):
                cls, name = "secondary", "X{:03d}".format(counter)
            elif tree:
                cls, name = "tertiary", "Y{:03d}".format(counter)
            else:
                cls, name = "residential", "Y{:03d}".format(counter)
            a, b = nodes[u], nodes[v]
            normal = np.array([-(b - a)[1], (b - a)[0]]) / length
            mid = 0.5 * (a + b) + normal * rng.normal(0, 0.12 * length)
            pts = np.array([a, 0.5 * (a + mid), mid, 0.5 * (mid + b), b])
            pts[1:-1] += rng.normal(0, 0.05, (3, 2))
            lines.append((pts, dict(name=name, road_class=cls, oneway=0)))
        pieces = node_lines(lines)
        self.road_pieces = pieces
        for k, (pts, attrs) in enumerate(pieces):
            speed, lanes = ROAD_SPEC[attrs["road_class"]]
            if attrs["road_class"] == "residential" and attrs["oneway"]:
                lanes = 2
            if attrs["name"] == "Raocheng Gaosu":
                speed, lanes = 100.0, 6
            elif attrs["road_class"] == "motorway":
                speed = 120.0
            if attrs["road_class"] in ("secondary", "tertiary") and math.hypot(*pts.mean(axis=0)) > 13:
                speed += 10.0  # rural roads are faster than city streets of the same class
            self.add("roads", self.km(pts), road_id=k + 1, name=attrs["name"], road_class=attrs["road_class"],
                     speed_kmh=speed, oneway=attrs["oneway"], lanes=lanes)
        # road nodes (junctions) for depots
        degree = {}
        for pts, _ in pieces:
            for v in (pts[0], pts[-1]):
                key = (float(v[0]), float(v[1]))
                degree[key] = degree.get(key, 0) + 1
        self.junctions = np.array(sorted(k for k, d in degree.items() if d >= 3))

    # -- water ----------------------------------------------------------------------------------------------------
    def build_water(self):
        rng = self.rng

        # outfalls: (path index, fraction along path, kind)
        specs = []
        for frac in (0.40, 0.47, 0.55, 0.63):
            specs.append((0, frac, "municipal WWTP"))
        for frac in (0.79, 0.81, 0.86):
            specs.append((0, frac, "industrial"))
        trib_ids = list(range(1, 9))
        urban_tribs = sorted(trib_ids, key=lambda i: math.hypot(*self.paths[i]["pts"][-1]))[:3]
        for i in urban_tribs:
            specs.append((i, 0.75, "industrial"))
            specs.append((i, 0.9, "untreated"))
        for i in trib_ids:
            if i not in urban_tribs and len(specs) < 15:
                specs.append((i, 0.55, "county WWTP"))
        kinds = {
            "municipal WWTP": (lambda: rng.uniform(0.6, 1.6), dict(COD=(30, 45), NH3N=(1.5, 4.0), TP=(0.2, 0.45))),
            "county WWTP": (lambda: rng.uniform(0.08, 0.25), dict(COD=(35, 50), NH3N=(2.0, 5.0), TP=(0.3, 0.5))),
            "industrial": (lambda: rng.uniform(0.05, 0.3), dict(COD=(60, 150), NH3N=(5, 15), TP=(0.5, 1.5))),
            "untreated": (lambda: rng.uniform(0.05, 0.15), dict(COD=(180, 320), NH3N=(20, 35), TP=(2.5, 4.5))),
        }
        self.outfalls = []
        for k, (pi, frac, kind) in enumerate(specs):
            p = self.paths[pi]
            c = cumlen(p["pts"])
            s = frac * c[-1]
            on = point_at(p["pts"], s)
            ahead = point_at(p["pts"], min(c[-1], s + 0.05)) - on
            normal = np.array([-ahead[1], ahead[0]]) / max(1e-9, math.hypot(*ahead))
            pos = on + normal * 0.025 * (1 if k % 2 else -1)  # on the bank, 25 m from the centre line
            flow_fn, conc = kinds[kind]
            values = {key: rng.uniform(*rng_) for key, rng_ in conc.items()}
            values["CODMn"] = values["COD"] * rng.uniform(0.3, 0.4)
            flow = flow_fn()
            self.outfalls.append(dict(path=pi, s=s, flow=flow, **values))
            self.add("outfalls", self.km(pos), outfall_id="PW{:02d}".format(k + 1),
                     name="{} outfall {}".format(kind.capitalize(), k + 1), kind=kind, flow_m3s=round(flow, 3),
                     COD=round(values["COD"], 1), CODMn=round(values["CODMn"], 1), NH3N=round(values["NH3N"], 2),
                     TP=round(values["TP"], 3))
        # monitoring sections
        sections = []
        for frac, target in ((0.03, "III"), (0.2, "III"), (0.38, "III"), (0.5, "III"), (0.6, "IV"), (0.7, "IV"),
                             (0.84, "IV"), (0.97, "IV")):
            sections.append((0, frac, target, "river"))
        for i in trib_ids:
            sections.append((i, 0.93, "IV" if i in urban_tribs else "III", "river"))
        # a reservoir on the longest southern tributary, and two headwater sections
        south = [i for i in trib_ids if self.paths[i]["pts"][0][1] < -10]
        res = max(south, key=lambda i: cumlen(self.paths[i]["pts"])[-1])
        sections.append((res, 0.18, "II", "reservoir"))
        sections.append((res, 0.24, "II", "reservoir"))
        for i in south[:2]:
            if i != res:
                sections.append((i, 0.2, "II", "river"))
        sections.append((9, 0.5, "III", "river"))
        background = {"II": dict(COD=10.0, NH3N=0.22, TP=0.05), "III": dict(COD=14.0, NH3N=0.45, TP=0.10),
                      "IV": dict(COD=17.0, NH3N=0.6, TP=0.13)}
        decay = dict(COD=0.25, NH3N=0.35, TP=0.15)  # 1/day
        self.section_points = []
        base_date = datetime.date(2026, 3, 9)
        for k, (pi, frac, target, body) in enumerate(sections):
            p = self.paths[pi]
            c = cumlen(p["pts"])
            s = frac * c[-1]
            idx = int(np.searchsorted(c, s))
            reach = self.reach_at(pi, min(idx, len(c) - 1))
            q = reach["q"]
            v = reach["v"]
            bg = dict(background["II" if pi != 0 and target == "II" else ("III" if pi != 0 else "III")])
            if pi == 0:
                bg = dict(background["III"])
            conc = {}
            for key in ("COD", "NH3N", "TP"):
                extra = 0.0
                for o in self.outfalls:
                    d = self._route_distance(o["path"], o["s"], pi, s)
                    if d is None:
                        continue
                    days = d * 1000.0 / v / 86400.0
                    extra += o["flow"] * max(0.0, o[key] - bg[key]) * math.exp(-decay[key] * days)
                conc[key] = bg[key] + extra / q
            if body == "reservoir":
                conc["TP"] *= 0.35  # settling in the reservoir
            noise = rng.lognormal(0, 0.08, 3)
            cod = conc["COD"] * noise[0]
            nh3n = conc["NH3N"] * noise[1]
            tp = conc["TP"] * noise[2]
            do = float(np.clip(9.2 - 0.12 * max(0.0, cod - 10) - 0.9 * max(0.0, nh3n - 0.3) + rng.normal(0, 0.3),
                               1.2, 10.5))
            values = dict(pH=round(rng.uniform(7.3, 8.4), 2), DO=round(do, 2),
                          CODMn=round(cod * rng.uniform(0.3, 0.38), 2), COD=round(cod, 1),
                          BOD5=round(cod * rng.uniform(0.18, 0.26), 2), NH3N=round(nh3n, 3), TP=round(tp, 3),
                          TN=round(nh3n * rng.uniform(1.2, 1.5) + rng.uniform(0.6, 1.2), 2))
            pos = point_at(p["pts"], s)
            self.section_points.append(pos)
            sid = "WS{:02d}".format(k + 1)
            if body == "reservoir":
                name, name_zh = "Qingshan Shuiku {}".format(k + 1), "青山水库{}号".format(k + 1)
            else:
                name, name_zh = "{} Duanmian {}".format(p["name"], k + 1), "{}{}号断面".format(p["zh"], k + 1)
            self.add("water_sections", self.km(pos), section_id=sid, name=name, name_zh=name_zh,
                     river_name=p["name"], target_class=target, water_body=body,
                     sample_date=base_date + datetime.timedelta(days=k % 5), **values)
        self.national_water = [0, 3, 5, 7, 8, len(sections) - 3]

    def _route_distance(self, opath, os_, tpath, ts):
        """Along-river km from an outfall to a section downstream of it, or None."""
        dist = 0.0
        for path, s0, s1 in self.downstream_route(opath, os_):
            if path == tpath and s0 <= ts <= s1:
                return dist + ts - s0
            dist += s1 - s0
        return None

    # -- air ------------------------------------------------------------------------------------------------------
    def build_air(self):
        rng = self.rng
        stations = []
        for k in range(4):  # national stations in the urban core
            ang = 2 * math.pi * k / 4 + rng.uniform(0.2, 0.9)
            stations.append((polar(np.array([rng.uniform(2.0, 6.5)]), np.array([ang]))[0], "national"))
        stations.append((polar(np.array([rng.uniform(7.5, 9.0)]), np.array([rng.uniform(0, 6.28)]))[0],
                         "urban_evaluation"))
        for seat in self.seats:  # one provincial station per county seat
            stations.append((seat + rng.normal(0, 0.5, 2), "provincial"))
        for park in self.parks[:2]:
            stations.append((park["centre"] + rng.normal(0, 1.0, 2) + np.array([1.5, 1.5]), "provincial"))
        names = ["Shizhengfu", "Tiyu Zhongxin", "Kaifaqu", "Daxuecheng", "Shidi Gongyuan", "Qingshan", "Baihe",
                 "Taoyuan", "Songling", "Pingchuan", "Donggang", "Jingkaiqu"]
        zh = ["市政府", "体育中心", "开发区", "大学城", "湿地公园", "青山", "白河", "桃源", "松岭", "平川", "东港",
              "经开区"]
        self.air_stations = []
        for k, (pos, kind) in enumerate(stations):
            existing = 0 if k == len(stations) - 1 else 1
            code = "LS{}{:02d}".format("A" if kind != "provincial" else "P", k + 1)
            self.air_stations.append(dict(code=code, pos=pos, kind=kind, existing=existing))
            self.add("air_stations", self.km(pos), station_code=code, name=names[k] + " Zhan", name_zh=zh[k] + "站",
                     station_type=kind, existing=existing)
        # a week of hourly readings, local time (UTC+8)
        start = datetime.datetime(2026, 3, 16, 0, 0, 0)
        hours = np.arange(24 * 7)
        day = hours / 24.0
        hod = hours % 24
        # regional episode: build-up to day 4.5, cold front clears it on day 5
        episode = np.where(day < 4.6, 0.35 + 0.65 * (day / 4.6) ** 1.5, 0.25 + 0.1 * np.clip(day - 5.0, 0, 2))
        regional_pm = 28.0 + 90.0 * episode
        diurnal_pm = 1 + 0.18 * np.cos(2 * np.pi * (hod - 1) / 24) + 0.12 * np.exp(-((hod - 8) ** 2) / 3.0) + \
            0.1 * np.exp(-((hod - 20) ** 2) / 4.0)
        rush = np.exp(-((hod - 8) ** 2) / 2.5) + 0.9 * np.exp(-((hod - 18.5) ** 2) / 3.0)
        sun = np.clip(np.sin(np.pi * (hod - 7) / 12.0), 0, None) ** 2 * (hod >= 7) * (hod <= 19)
        o3_lag = np.clip(np.sin(np.pi * (hod - 9) / 12.0), 0, None) ** 1.5 * (hod >= 9) * (hod <= 21)
        for st in self.air_stations:
            if not st["existing"]:
                continue
            x, y = st["pos"]
            urban = math.exp(-math.hypot(x, y) / 8.0)
            industry = sum(math.exp(-math.hypot(x - p["centre"][0], y - p["centre"][1]) / 5.0) for p in self.parks)
            ar = np.zeros(len(hours))
            eps = rng.normal(0, 1, len(hours))
            for h in range(1, len(hours)):
                ar[h] = 0.85 * ar[h - 1] + 0.5 * eps[h]
            noise = np.exp(0.12 * ar)
            pm25 = (regional_pm * (0.8 + 0.35 * urban + 0.45 * industry) * diurnal_pm) * noise
            pm10 = pm25 * rng.uniform(1.55, 1.85) + 15 * (1 + industry) * noise
            no2 = (12 + 38 * urban + 10 * industry) * (0.7 + 0.7 * rush) * (0.8 + 0.4 * episode) * noise
            o3 = (45 + 25 * episode + 110 * o3_lag) * (1 - 0.3 * urban) * np.exp(0.08 * ar) + 8 * (1 - sun)
            o3 = o3 - 0.25 * no2 * (1 - sun)
            so2 = (6 + 22 * industry + 5 * urban) * (0.85 + 0.3 * episode) * noise
            co = (0.35 + 0.006 * pm25 + 0.25 * urban) * (0.9 + 0.2 * rush)
            for h in range(len(hours)):
                self.add("air_readings", self.km(st["pos"]), station_code=st["code"],
                         time=start + datetime.timedelta(hours=int(h)), PM2_5=float(round(pm25[h])),
                         PM10=float(round(pm10[h])), O3=float(max(2, round(o3[h]))), NO2=float(round(no2[h])),
                         SO2=float(max(2, round(so2[h]))), CO=round(float(co[h]), 1))

    # -- enterprises, risk sources, depots, candidates ------------------------------------------------------------
    def _in_park(self, park):
        x0, y0 = park["pts"].min(axis=0)
        x1, y1 = park["pts"].max(axis=0)
        while True:
            p = self.rng.uniform([x0, y0], [x1, y1])
            pt = ogr.Geometry(ogr.wkbPoint)
            pt.AddPoint_2D(float(p[0]), float(p[1]))
            if park["poly"].Contains(pt):
                return p

    def build_enterprises(self):
        rng = self.rng
        industries = {
            "chemical": ["chemical raw materials", "coatings", "synthetic resins", "pesticides"],
            "petrochemical": ["petroleum refining", "chemical raw materials", "rubber and plastics"],
            "pharmaceutical": ["pharmaceuticals", "chemical raw materials", "printing and packaging"],
            "equipment manufacturing": ["surface coating", "automobile manufacturing", "electronics"],
            "new materials": ["synthetic resins", "rubber and plastics", "surface coating"],
        }
        scattered = ["furniture", "printing and packaging", "auto repair painting", "dry cleaning", "surface coating"]
        shares = rng.dirichlet(np.full(len(self.parks), 4.0))
        counts = np.maximum(12, np.round(shares * 120)).astype(int)
        self.enterprises = []
        k = 0
        for park, count in zip(self.parks, counts):
            for _ in range(int(count)):
                k += 1
                p = self._in_park(park)
                ind = industries[park["kind"]][int(rng.integers(len(industries[park["kind"]])))]
                voc = float(np.clip(rng.lognormal(math.log(18), 1.1), 0.5, 900))
                self.enterprises.append((p, ind, voc, park["name"]))
        while len(self.enterprises) < 150:
            k += 1
            seat = self.seats[int(rng.integers(len(self.seats)))] if rng.random() < 0.5 else np.zeros(2)
            p = seat + rng.normal(0, 3.0, 2)
            ind = scattered[int(rng.integers(len(scattered)))]
            voc = float(np.clip(rng.lognormal(math.log(3), 1.0), 0.2, 120))
            self.enterprises.append((p, ind, voc, ""))
        for k, (p, ind, voc, park) in enumerate(self.enterprises):
            self.add("voc_enterprises", self.km(p), name="Qiye {:03d} ({})".format(k + 1, ind), industry=ind,
                     voc_t_per_year=round(voc, 1), park=park)

    # -- supervision registers (inspection draw, supervision grids; issue 19) ----------------------------------
    def build_registers(self):
        """The source register (every VOC enterprise, stratified by its VOC load) and 3 officers per district.

        Own random stream (the other layers keep their values). Strata follow the usual practice: key
        discharge units (≥ 50 t/a VOC), special supervision (≥ 20 t/a in an industrial park), general;
        about one in twelve is excluded this period, a third record the two officers of the last inspection.
        """
        rng = np.random.default_rng(self.seed + 19)
        districts = [(attrs["district_code"], to_ogr("Polygon", geom)) for geom, attrs in self.layers["districts"]]

        def district_of(xy):
            point = to_ogr("Point", xy)
            return next((code for code, poly in districts if poly.Contains(point)), None)

        officers = []
        for code, poly in districts:
            centre = poly.Centroid()
            for k in range(3):
                officer = "{}-{:02d}".format(code, k + 1)
                officers.append(officer)
                self.add("inspectors", [centre.GetX() + 50.0 * k, centre.GetY()], officer_id=officer,
                         name="Zhifa {}".format(officer), unit="Zhidui {}".format(code), district_code=code)
        for k, (geom, attrs) in enumerate(self.layers["voc_enterprises"]):
            voc = attrs["voc_t_per_year"]
            stratum = "key" if voc >= 50 else ("special" if voc >= 20 and attrs["park"] else "general")
            last = ",".join(rng.choice(officers, 2, replace=False)) if rng.random() < 0.33 else None
            self.add("enterprise_register", geom, code="QY{:04d}".format(k + 1), name=attrs["name"], stratum=stratum,
                     district_code=district_of(geom), excluded=int(rng.random() < 1 / 12), last_inspectors=last)

    def build_office(self):
        """The ecology and environment bureau's office: 40 m north of the road vertex nearest the city centre
        (no random draw, so every other layer keeps its values)."""
        vertices = np.vstack([np.asarray(geom, dtype=float).reshape(-1, 2) for geom, _ in self.layers["roads"]])
        near = vertices[int(np.argmin(np.hypot(vertices[:, 0] - CX, vertices[:, 1] - CY)))]
        self.add("bureau_office", [round(float(near[0]), 3), round(float(near[1]) + 40.0, 3)],
                 name="Lvshui Ecology and Environment Bureau", name_zh="绿水市生态环境局")

    # -- wind and a planted VOC source (source attribution, issue 16) ------------------------------------------
    def build_wind(self):
        """Hourly wind and TVOC in the air readings, with one dominant VOC source upwind when TVOC is high.

        Own random stream (the other layers keep their values). The wind veers through every direction over
        the week (a random walk about a slow rotation), speeds follow a daytime maximum; TVOC is a regional
        background plus ground-level Gaussian plumes (Briggs open-country class D) from every enterprise, the
        planted source -- the largest emitter with three or more monitoring stations within 10 km -- emitting
        150 times its neighbours' rate per tonne.
        """
        rng = np.random.default_rng(self.seed + 16)
        hours = 24 * 7
        hod = np.arange(hours) % 24
        walk = np.cumsum(rng.normal(0.0, 12.0, hours))
        direction = np.mod(200.0 + 360.0 * np.arange(hours) / 70.0 + walk, 360.0)  # blowing from, degrees
        speed = np.clip(1.2 + 1.6 * np.clip(np.sin(np.pi * (hod - 6) / 14.0), 0, None) + rng.gamma(2.0, 0.6, hours),
                        0.1, None)
        live = [st for st in self.air_stations if st["existing"]]
        pos = np.array([st["pos"] for st in live]) * 1000.0
        src = np.array([e[0] for e in self.enterprises]) * 1000.0
        voc = np.array([e[2] for e in self.enterprises])
        near = (np.hypot(*(src[:, None, :] - pos[None, :, :]).transpose(2, 0, 1)) < 10000.0).sum(axis=1)
        planted = int(np.argmax(np.where(near >= 3, voc, -1.0)))
        self.planted_voc_source = planted
        rate = voc * 0.0317 * np.where(np.arange(len(voc)) == planted, 150.0, 1.0)  # t/a -> g/s
        theta = np.radians(direction)
        to = np.stack([-np.sin(theta), -np.cos(theta)], axis=1)  # where the wind blows to
        rel = pos[:, None, :] - src[None, :, :]  # station - source, stations x sources x 2
        along = rel[..., 0, None] * to[None, None, :, 0] + rel[..., 1, None] * to[None, None, :, 1]
        across = rel[..., 0, None] * to[None, None, :, 1] - rel[..., 1, None] * to[None, None, :, 0]
        x = np.maximum(along, 1.0)
        sy, sz = 0.08 * x / np.sqrt(1 + 0.0001 * x), 0.06 * x / np.sqrt(1 + 0.0015 * x)
        plume = rate[None, :, None] * 1e6 / (np.pi * speed * sy * sz) * np.exp(-across ** 2 / (2 * sy ** 2)) \
            * np.exp(-(20.0 ** 2) / (2 * sz ** 2))
        tvoc = 25.0 * rng.lognormal(0.0, 0.25, (len(live), hours)) + np.where(along > 0, plume, 0.0).sum(axis=1)
        station_dir = np.mod(direction[None, :] + rng.normal(0, 8.0, (len(live), hours)), 360.0)
        station_speed = np.clip(speed[None, :] * rng.lognormal(0, 0.1, (len(live), hours)), 0.0, None)
        row = {st["code"]: k for k, st in enumerate(live)}
        seen = {}
        for _, attrs in self.layers["air_readings"]:
            k = row[attrs["station_code"]]
            h = seen[k] = seen.get(k, -1) + 1
            attrs.update(wind_dir=round(float(station_dir[k, h]), 1), wind_speed=round(float(station_speed[k, h]), 1),
                         TVOC=round(float(tvoc[k, h]), 1))

    def build_risk(self):
        rng = self.rng
        weights = {"major": 5.0, "large": 3.0, "general": 1.0}
        order = rng.permutation(len(self.enterprises))
        risk = []
        in_park = [i for i in order if self.enterprises[i][3]]
        for n, i in enumerate(in_park[:50]):
            level = "major" if n < 10 else ("large" if n < 28 else "general")
            risk.append((self.enterprises[i][0] + rng.normal(0, 0.05, 2), "hazardous chemicals enterprise", level))
        cats = ["fuel station", "hazardous chemicals warehouse", "sewage treatment plant", "tailings pond",
                "hazardous waste site"]
        while len(risk) < 80:
            j = self.junctions[int(rng.integers(len(self.junctions)))]
            cat = cats[int(rng.integers(len(cats)))]
            level = "large" if (cat in ("tailings pond", "hazardous waste site") and rng.random() < 0.6) else "general"
            risk.append((j + rng.normal(0, 0.15, 2), cat, level))
        for k, (p, cat, level) in enumerate(risk):
            self.add("risk_sources", self.km(p), name="Fengxianyuan {:03d}".format(k + 1), category=cat,
                     risk_level=level, risk_weight=weights[level])
        # existing depots near the city centre and county seats, at road junctions
        j = self.junctions

        def nearest_junction(p):
            return j[int(np.argmin(np.hypot(*(j - p).T)))]

        depot_sites = [np.array([1.0, 1.0]), np.array([-5.0, 3.0]), self.parks[0]["centre"]] + list(self.seats)
        names = ["Shi Yingji Zhongxin", "Hexi Yingji Zhan", "Donggang Yingji Zhan"] + [
            "{} Yingji Zhan".format(n.split()[0]) for n, _, _ in COUNTY_NAMES]
        used = set()
        for k, p in enumerate(depot_sites):
            q = nearest_junction(p)
            used.add((float(q[0]), float(q[1])))
            self.add("emergency_depots", self.km(q), name=names[k], teams=int(rng.integers(1, 4)),
                     readiness_min=float(rng.choice([5, 8, 10, 12, 15, 20])))
        # candidate depot sites at junctions spread over the prefecture
        cands = poisson_disc(rng, lambda x, y: self.inside_study(x, y, 3.0), (-55, -55, 55, 55), 9.0, 30)
        for k, p in enumerate(cands):
            q = nearest_junction(p)
            if (float(q[0]), float(q[1])) in used:
                continue
            used.add((float(q[0]), float(q[1])))
            self.add("depot_candidates", self.km(q), name="Houxuan Zhandian {:02d}".format(k + 1))

    def build_candidates(self):
        rng = self.rng
        pts = []
        near_park = [p["centre"] for p in self.parks]

        def dense(x, y):
            if math.hypot(x, y) < float(self.built(math.atan2(y, x))) + 1.0:
                return True
            return any(math.hypot(x - c[0], y - c[1]) < 4.0 for c in near_park)

        for spacing, want_dense in ((1.0, True), (2.4, False)):
            n = int(60 / spacing)
            for i in range(-n, n + 1):
                for j in range(-n, n + 1):
                    p = np.array([i * spacing, j * spacing]) + rng.uniform(-0.3, 0.3, 2) * spacing
                    if not self.inside_study(*p, 0.3) or dense(*p) != want_dense:
                        continue
                    pts.append(p)
        k = 0
        for p in pts:
            k += 1
            self.add("siting_candidates", self.km(p), candidate_id="M{:04d}".format(k), kind="micro",
                     radius_m=float(rng.choice(np.arange(500, 1001, 50))), existing=0)
        stations = poisson_disc(rng, lambda x, y: self.inside_study(x, y, 2.0), (-55, -55, 55, 55), 6.5, 110)
        for n, st in enumerate(self.air_stations):
            self.add("siting_candidates", self.km(st["pos"]), candidate_id="S{:03d}".format(n + 1), kind="station",
                     radius_m=3000.0 if st["kind"] != "provincial" else 2500.0, existing=st["existing"])
        for m, p in enumerate(stations):
            self.add("siting_candidates", self.km(p), candidate_id="S{:03d}".format(len(self.air_stations) + m + 1),
                     kind="station", radius_m=float(rng.choice([2000, 2500, 3000])), existing=0)
        # national control sites: the national air stations and six national water sections
        n = 0
        for st in self.air_stations:
            if st["kind"] == "national":
                n += 1
                self.add("national_control_sites", self.km(st["pos"]), site_code="GK-A{:02d}".format(n),
                         name="Guokong Kongqi {}".format(n), medium="air")
        for m, idx in enumerate(self.national_water):
            self.add("national_control_sites", self.km(self.section_points[idx]), site_code="GK-W{:02d}".format(m + 1),
                     name="Guokong Duanmian {}".format(m + 1), medium="water")

    def build_intakes(self):
        """Drinking-water intakes on the rivers: one above the city, two below it on the main river, two on
        tributaries (spill early warning, issue 14)."""
        rng = self.rng_spill
        by_name = {p["name"]: i for i, p in enumerate(self.paths)}
        specs = [("Lvshui He", 0.22, "Chengxi Shuichang", "城西水厂", "II"),
                 ("Lvshui He", 0.72, "Donghu Shuichang", "东湖水厂", "III"),
                 ("Lvshui He", 0.93, "Xiayou Xiangzhen Shuichang", "下游乡镇水厂", "III"),
                 ("Liu He", 0.80, "Liuhe Shuichang", "柳河水厂", "II"),
                 ("Qing Xi", 0.65, "Qingxi Shuiyuan", "清溪水源地", "II")]
        for k, (river, frac, name, zh, cls) in enumerate(specs):
            pts = self.paths[by_name[river]]["pts"]
            p = point_at(pts, frac * cumlen(pts)[-1])
            self.add("water_intakes", self.km(p), intake_id="QS{:02d}".format(k + 1), name=name + " Qushuikou",
                     name_zh=zh + "取水口", river_name=river, target_class=cls,
                     capacity_m3d=float(round(rng.uniform(2, 20)) * 10000))

    # -- coordinates ------------------------------------------------------------------------------------------------
    @staticmethod
    def km(geometry):
        """Local km -> EPSG:4548 metres (array, ring list or polygon ring lists), rounded to the millimetre."""
        if isinstance(geometry, list):
            return [City.km(g) for g in geometry]
        arr = np.asarray(geometry, dtype=float)
        out = np.empty_like(arr)
        out[..., 0] = np.round(CX + arr[..., 0] * 1000.0, 3)
        out[..., 1] = np.round(CY + arr[..., 1] * 1000.0, 3)
        return out


# ----------------------------------------------------------------------------------------------------------------
# writing and hashing


def to_ogr(kind, coords):
    if kind == "Point":
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(float(coords[0]), float(coords[1]))
        return g
    if kind == "LineString":
        g = ogr.Geometry(ogr.wkbLineString)
        for x, y in coords:
            g.AddPoint_2D(float(x), float(y))
        return g
    multi = [coords] if not isinstance(coords[0], list) else coords
    if len(multi) == 1:
        return ogr_polygon(multi[0])
    g = ogr.Geometry(ogr.wkbMultiPolygon)
    for rings in multi:
        g.AddGeometry(ogr_polygon(rings))
    return g


OGR_TYPES = {"str": ogr.OFTString, "int": ogr.OFTInteger, "float": ogr.OFTReal, "date": ogr.OFTDate,
             "datetime": ogr.OFTDateTime}
GEOM_TYPES = {"Point": ogr.wkbPoint, "LineString": ogr.wkbLineString, "Polygon": ogr.wkbPolygon}


def write_gpkg(layers, path):
    gdal.SetConfigOption("OGR_CURRENT_DATE", FIXED_DATE)
    if os.path.exists(path):
        os.remove(path)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    for name, (kind, fields) in SCHEMA.items():
        layer = ds.CreateLayer(name, srs, GEOM_TYPES[kind], options=["GEOMETRY_NAME=geom", "FID=fid",
                                                                      "SPATIAL_INDEX=YES"])
        for fname, ftype in fields:
            layer.CreateField(ogr.FieldDefn(fname, OGR_TYPES[ftype]))
        defn = layer.GetLayerDefn()
        layer.StartTransaction()
        for coords, attrs in layers[name]:
            f = ogr.Feature(defn)
            for fname, ftype in fields:
                value = attrs.get(fname)
                if value is None:
                    continue
                if ftype == "date":
                    f.SetField(fname, value.year, value.month, value.day, 0, 0, 0, 0)
                elif ftype == "datetime":
                    f.SetField(fname, value.year, value.month, value.day, value.hour, value.minute, value.second, 0)
                elif ftype == "int":
                    f.SetField(fname, int(value))
                elif ftype == "float":
                    f.SetField(fname, float(value))
                else:
                    f.SetField(fname, str(value))
            f.SetGeometry(to_ogr(kind, coords))
            layer.CreateFeature(f)
        layer.CommitTransaction()
    ds = None
    gdal.SetConfigOption("OGR_CURRENT_DATE", None)
    return path


def content_hash(path):
    """SHA-256 over every layer's name, CRS, field names and values, and geometry (WKB) in FID order."""
    digest = hashlib.sha256()
    ds = ogr.Open(path)
    names = sorted(ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount()))
    for name in names:
        layer = ds.GetLayerByName(name)
        digest.update(name.encode())
        srs = layer.GetSpatialRef()
        digest.update((srs.GetAuthorityCode(None) or "") .encode() if srs else b"")
        defn = layer.GetLayerDefn()
        fields = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        digest.update("|".join(fields).encode())
        layer.ResetReading()
        for f in layer:
            digest.update(repr([f.GetFieldAsString(i) for i in range(len(fields))]).encode("utf-8"))
            g = f.GetGeometryRef()
            digest.update(g.ExportToWkb() if g is not None else b"")
    return digest.hexdigest()


def build(seed=DEFAULT_SEED):
    """The layers of the sample city: {layer name: [(coordinates, attributes)]}."""
    return City(seed).build()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    layers = build(args.seed)
    write_gpkg(layers, args.output)
    if not args.quiet:
        for name in SCHEMA:
            print("{:24s} {:6d}".format(name, len(layers[name])))
        print("{} ({:.2f} MB) sha256 {}".format(args.output, os.path.getsize(args.output) / 1e6,
                                                content_hash(args.output)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
