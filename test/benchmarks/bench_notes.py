"""Benchmark: what the planning note adds to a hotspot grid run (the map picture, tables, charts, HTML).

    .venv/bin/python test/benchmarks/bench_notes.py               # 20,000, 100,000 and 1,000,000 cells
    .venv/bin/python test/benchmarks/bench_notes.py --cells 50000

Each size runs in a fresh process (offscreen QGIS): the core plan (``plan_hotspot_grid``: grid, aggregation,
Gi*, FDR) of one synthetic PM2.5 reading per 500 m cell, then the note exactly as the algorithm builds it
(``reports.hotspot_grid.cells_map`` — the map of the significant cells — and ``hotspot_note`` + ``write_note``;
the cell polygons and codes, which the run has already made for the layer, are made before the clock starts). Prints
both times, their ratio and the peak RSS before and after the note. There is no reference implementation of
a note; the figure to watch is the ratio note / plan (no map above ``MAP_CELLS``).
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

from bench_hotspot_grid import CELL, province, readings  # noqa: E402


def _peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def worker(cells, out_dir):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, os.path.join(REPO, "test"))
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem

    app = QgsApplication([], False)
    app.initQgis()
    import conftest  # noqa: F401  (links the checkout as the eco_supervision package)

    from eco_supervision.eco_supervision_plugin.core.hotspot import grid as gridmod
    from eco_supervision.eco_supervision_plugin.core.hotspot import tables
    from eco_supervision.eco_supervision_plugin.core.hotspot.plan import (
        GridSpec,
        HotspotOptions,
        Readings,
        plan_hotspot_grid,
    )
    from eco_supervision.processing_algorithms.qgis_io.wkb import polygon_wkbs
    from eco_supervision.processing_algorithms.reports.hotspot_grid import attach_map, hotspot_note
    from eco_supervision.processing_algorithms.reports.note import write_note

    rings = province(cells)
    spec = GridSpec(CELL, gridmod.SQUARE, (0.0, 0.0), 5_000_000)
    probe = gridmod.build_grid(rings, CELL, kind=gridmod.SQUARE, max_cells=5_000_000)
    xy = probe.centres + 1.0
    options = HotspotOptions(distance=2000.0)
    t0 = time.perf_counter()
    plan = plan_hotspot_grid(rings, spec, Readings(xy, readings(xy)), None, options)
    t_plan = time.perf_counter() - t0
    peak_plan = _peak_mb()
    crs = QgsCoordinateReferenceSystem("EPSG:4548")
    wkb, _codes = polygon_wkbs(plan.grid.vertices()), plan.grid.codes  # the run has both before the note
    t1 = time.perf_counter()
    data = tables.report(plan, spec, options, crs.authid(), crs.description())
    note = hotspot_note(plan, spec, data, "bench", crs.authid())
    t2 = time.perf_counter()
    attach_map(note, wkb, plan.gi_bin, crs, rings)
    t_map = time.perf_counter() - t2
    path = write_note(os.path.join(out_dir, "note.html"), note)
    t_note = time.perf_counter() - t1
    print("JSON:" + json.dumps({"cells": len(plan.grid), "plan_s": t_plan, "note_s": t_note, "map_s": t_map,
                                "peak_plan_mb": peak_plan, "peak_note_mb": _peak_mb(),
                                "html_kb": os.path.getsize(path) / 1024.0}))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cells", default="20000,100000,1000000")
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(int(args.worker[0]), args.worker[1])
        return
    print("== hotspot grid: core plan vs planning note (map of the significant cells, tables, charts, HTML), "
          "500 m cells")
    for cells in (int(c) for c in args.cells.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            done = subprocess.run([sys.executable, os.path.abspath(__file__), "--worker", str(cells), folder],
                                  capture_output=True, text=True, check=True)
        d = json.loads([line for line in done.stdout.splitlines() if line.startswith("JSON:")][-1][5:])
        print("{:>9,} cells: plan {:6.2f} s, note {:6.2f} s (map {:5.2f} s), note/plan {:4.2f}; peak RSS {:,.0f} MB "
              "after the plan, {:,.0f} MB after the note; HTML {:,.0f} kB".format(
                  d["cells"], d["plan_s"], d["note_s"], d["map_s"], d["note_s"] / d["plan_s"], d["peak_plan_mb"],
                  d["peak_note_mb"], d["html_kb"]))
    np.seterr(all="ignore")


if __name__ == "__main__":
    main()
