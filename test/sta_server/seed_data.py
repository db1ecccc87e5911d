"""Seed sets for the test SensorThings server, written as JSON that serve.py loads.

From the sample GeoPackage (``air_stations`` + ``air_readings`` and ``water_sections``; needs GDAL's
Python bindings, as in the QGIS venv) or a deterministic synthetic set of any size. Times are shifted so
that the newest reading is the current hour: the stations look live.

    python test/sta_server/seed_data.py --sample resources/sample_data/eco_city.gpkg --out seed.json
    python test/sta_server/seed_data.py --size 1000 --hours 24 --out seed.json
"""

import argparse
import datetime as dt
import json
import math
import os
import random

AIR = [("PM2_5", "PM2.5", "ug/m3"), ("PM10", "PM10", "ug/m3"), ("O3", "O3", "ug/m3"), ("NO2", "NO2", "ug/m3"),
       ("SO2", "SO2", "ug/m3"), ("CO", "CO", "mg/m3"), ("TEMP", "Air temperature", "degC"),
       ("RH", "Relative humidity", "%")]
WATER = [("pH", "pH", "1"), ("DO", "Dissolved oxygen", "mg/L"), ("CODMn", "Permanganate index", "mg/L"),
         ("NH3N", "Ammonia nitrogen", "mg/L"), ("TP", "Total phosphorus", "mg/L"), ("TN", "Total nitrogen", "mg/L"),
         ("TURB", "Turbidity", "NTU"), ("WTEMP", "Water temperature", "degC")]
AIR_BASE = {"PM2_5": 45.0, "PM10": 80.0, "O3": 90.0, "NO2": 35.0, "SO2": 10.0, "CO": 0.8, "TEMP": 12.0, "RH": 55.0}
WATER_BASE = {"pH": 7.6, "DO": 7.0, "CODMn": 4.5, "NH3N": 0.6, "TP": 0.12, "TN": 1.2, "TURB": 15.0, "WTEMP": 14.0}
UNIT_NAMES = {"ug/m3": "microgram per cubic metre", "mg/m3": "milligram per cubic metre", "mg/L": "milligram per litre",
              "degC": "degree Celsius", "%": "percent", "NTU": "nephelometric turbidity unit", "1": "pH unit"}


def current_hour():
    return dt.datetime.now(dt.timezone.utc).replace(minute=0, second=0, microsecond=0)


def _iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _stream(code, key, label, unit, times, values):
    return {"parameter": key, "property_name": label, "name": "{} {}".format(code, label), "unit": UNIT_NAMES[unit],
            "symbol": unit, "times": [_iso(t) for t in times], "values": values}


def _series(rng, base, hours, amplitude=0.35, digits=3):
    phase = rng.uniform(0, 2 * math.pi)
    level = base * rng.uniform(0.5, 1.8)
    out = []
    for h in range(hours):
        v = level * (1 + amplitude * math.sin(phase + 2 * math.pi * h / 24.0)) * rng.uniform(0.9, 1.1)
        out.append(round(max(v, 0.0), digits))
    return out


def synthetic(size=20, hours=168, seed=42, end=None):
    """``size`` stations, two in three air (8 datastreams each) and one in three water (8 each)."""
    rng = random.Random(seed)
    end = end or current_hour()
    times = [end - dt.timedelta(hours=hours - 1 - h) for h in range(hours)]
    stations = []
    side = max(1, int(math.ceil(math.sqrt(size))))
    for i in range(size):
        water = i % 3 == 2
        code = ("W{:04d}" if water else "A{:04d}").format(i)
        lon = 116.6 + 0.8 * (i % side) / side + rng.uniform(0, 0.01)
        lat = 36.2 + 0.8 * (i // side) / side + rng.uniform(0, 0.01)
        params, base = (WATER, WATER_BASE) if water else (AIR, AIR_BASE)
        streams = []
        for key, label, unit in params:
            values = _series(rng, base[key], hours, amplitude=0.05 if key in ("pH", "WTEMP", "TEMP") else 0.35)
            streams.append(_stream(code, key, label, unit, times, values))
        props = {"water_body": "river", "target_class": "III"} if water else {"station_type": "urban_evaluation"}
        stations.append({"code": code, "name": ("Section {}" if water else "Station {}").format(code),
                         "network": "water" if water else "air", "lon": round(lon, 6), "lat": round(lat, 6),
                         "properties": props, "datastreams": streams})
    return {"source": "synthetic", "stations": stations}


def from_sample(path, hours=168, seed=7, end=None):
    """Air stations with their hourly readings and water sections with a week of hourly values."""
    from osgeo import ogr, osr

    ds = ogr.Open(path)
    if ds is None:
        raise ValueError("cannot open {}".format(path))
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)

    def lonlat(layer, feature):
        geom = feature.GetGeometryRef()
        if geom is None:
            return None, None
        geom = geom.Clone()
        src = layer.GetSpatialRef()
        if src is not None:
            src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            geom.Transform(osr.CoordinateTransformation(src, wgs))
        return round(geom.GetX(), 6), round(geom.GetY(), 6)

    end = end or current_hour()
    stations = []
    readings = {}
    layer = ds.GetLayerByName("air_readings")
    if layer is not None:
        for f in layer:
            readings.setdefault(str(f.GetField("station_code")), []).append(f)
    layer = ds.GetLayerByName("air_stations")
    for f in layer or []:
        code = str(f.GetField("station_code"))
        lon, lat = lonlat(layer, f)
        rows = sorted(readings.get(code, []), key=lambda r: str(r.GetField("time")))
        if not rows:
            continue
        raw_times = [dt.datetime.fromisoformat(str(r.GetField("time")).replace("/", "-").replace("Z", ""))
                     for r in rows]
        shift = end.replace(tzinfo=None) - max(raw_times)
        times = [(t + shift).replace(tzinfo=dt.timezone.utc) for t in raw_times]
        streams = []
        for key, label, unit in AIR[:6]:
            values = [r.GetField(key) for r in rows]
            values = [None if v is None else float(v) for v in values]
            streams.append(_stream(code, key, label, unit, times, values))
        stations.append({"code": code, "name": f.GetField("name") or code, "network": "air", "lon": lon, "lat": lat,
                         "properties": {"station_type": f.GetField("station_type")}, "datastreams": streams})
    rng = random.Random(seed)
    times = [end - dt.timedelta(hours=hours - 1 - h) for h in range(hours)]
    layer = ds.GetLayerByName("water_sections")
    for f in layer or []:
        code = str(f.GetField("section_id"))
        lon, lat = lonlat(layer, f)
        streams = []
        for key, label, unit in WATER[:6]:
            value = f.GetField(key)
            if value is None:
                continue
            value = float(value)
            if key == "pH":
                values = [round(value + rng.uniform(-0.2, 0.2), 2) for _ in times]
            else:
                # the sampled value is the newest hour; earlier hours vary around it
                values = [round(value * rng.uniform(0.8, 1.2), 4) for _ in times[:-1]] + [value]
            streams.append(_stream(code, key, label, unit, times, values))
        stations.append({"code": code, "name": f.GetField("name") or code, "network": "water", "lon": lon, "lat": lat,
                         "properties": {"target_class": f.GetField("target_class"),
                                        "water_body": f.GetField("water_body"),
                                        "river_name": f.GetField("river_name")},
                         "datastreams": streams})
    return {"source": os.path.basename(path), "stations": stations}


def build(sample=None, size=None, hours=168):
    """The sample data when it exists (and no size is asked for), else a synthetic set."""
    if size is None and sample and os.path.exists(sample):
        return from_sample(sample, hours=hours)
    return synthetic(size or 20, hours=hours)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", help="eco_city.gpkg (used when it exists)")
    parser.add_argument("--size", type=int, help="synthetic set of this many stations")
    parser.add_argument("--hours", type=int, default=168)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    data = build(args.sample, args.size, args.hours)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(data, f)
    print("{} stations from {}".format(len(data["stations"]), data["source"]))


if __name__ == "__main__":
    main()
