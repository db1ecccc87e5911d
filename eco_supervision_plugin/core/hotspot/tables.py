"""What a hotspot plan writes: the attribute tables of the cells and of the periods, and the REPORT figures.

Schemas are ``(name, kind)`` pairs (kind ``int``/``double``/``string``); rows hold plain Python values with
None for a missing number (NaN, a rank of 0), ready for any sink. The field names and the report keys are
the stable interface batch users rely on (docs/algorithms/hotspotgrid.md).
"""

import math

import numpy as np

from . import gistar, trend

CELL_SCHEMA = [("cell_code", "string"), ("col", "int"), ("row", "int"), ("value", "double"), ("n_obs", "int"),
               ("filled", "int")]
RASTER_SCHEMA = [("raster_mean", "double")]
GI_SCHEMA = [("gi_z", "double"), ("gi_p", "double"), ("gi_bin", "int"), ("fdr_sig", "int"), ("rank", "int"),
             ("percentile", "double"), ("hotspot", "int")]
TREND_SCHEMA = [("n_periods", "int"), ("mk_s", "double"), ("mk_z", "double"), ("mk_p", "double"),
                ("trend", "string"), ("ehs_code", "int"), ("ehs_category", "string")]
PERIOD_SCHEMA = [("cell_code", "string"), ("period", "string"), ("period_no", "int"), ("value", "double"),
                 ("n_obs", "int"), ("gi_z", "double"), ("gi_p", "double"), ("gi_bin", "int")]


def _numbers(array):
    return [v if math.isfinite(v) else None for v in np.asarray(array, dtype=float).tolist()]


def _ints(array):
    return np.asarray(array).astype(np.int64).tolist()


def cell_table(plan):
    """``(schema, rows)`` of the grid cells, one row per cell in grid order."""
    g, t = plan.grid, plan.trend
    schema = list(CELL_SCHEMA)
    columns = [list(g.codes), _ints(g.i), _ints(g.j), _numbers(plan.value), _ints(plan.n_obs), _ints(plan.filled)]
    if plan.raster_mean is not None:
        schema += RASTER_SCHEMA
        columns.append(_numbers(plan.raster_mean))
    schema += GI_SCHEMA
    columns += [_numbers(plan.gi_z), _numbers(plan.gi_p), _ints(plan.gi_bin), _ints(plan.fdr_sig),
                [r or None for r in _ints(plan.rank)], _numbers(plan.percentile), _ints(plan.hotspot)]
    if t is not None:
        schema += TREND_SCHEMA
        columns += [_ints(t.mk_n), _numbers(t.mk_s), _numbers(t.mk_z), _numbers(t.mk_p), list(t.direction),
                    _ints(t.ehs_code), list(t.ehs_category)]
    return schema, list(zip(*columns))


def period_table(plan):
    """``(schema, cells, rows)``: one row per cell and period with a value or a Gi*, and the cell of each row."""
    t, codes = plan.trend, plan.grid.codes
    cells, periods = np.nonzero(np.isfinite(t.value) | np.isfinite(t.z))
    columns = [[codes[c] for c in cells.tolist()], [t.labels[p] for p in periods.tolist()], periods.tolist(),
               _numbers(t.value[cells, periods]), _ints(t.n_obs[cells, periods]), _numbers(t.z[cells, periods]),
               _numbers(t.p[cells, periods]), _ints(t.bins[cells, periods])]
    return list(PERIOD_SCHEMA), cells.tolist(), list(zip(*columns))


def report(plan, spec, options, crs_id="", crs_name="", top=10):
    """The REPORT figures: the run's settings, counts per Gi* bin and emerging category, the top cells."""
    out = {
        "algorithm": "ecosupervision:hotspotgrid", "crs": crs_id, "crs_name": crs_name, "grid_type": spec.kind,
        "cell_size_m": spec.size, "origin": list(spec.origin), "aggregation": options.aggregation,
        "neighbourhood": options.neighbourhood,
        "distance_m": options.distance if options.neighbourhood == gistar.DISTANCE else None,
        "fdr": options.fdr, "points_inside": plan.points_inside, "points_outside": plan.points_outside,
        "warnings": [str(w) for w in plan.warnings],
        "cells": int(len(plan.grid)),
        "cells_with_value": int(np.isfinite(plan.value).sum()),
        "cells_observed": plan.cells_observed,
        "cells_filled": int(plan.filled.sum()),
        "gi_bin_counts": {str(b): int((plan.gi_bin == b).sum()) for b in range(-3, 4)},
        "significant_after_fdr": int(plan.fdr_sig.sum()),
        "hotspot_flagged": int(plan.hotspot.sum()),
    }
    order = np.argsort(np.where(plan.rank > 0, plan.rank, np.iinfo(np.int64).max), kind="stable")[:top]
    codes = plan.grid.codes
    out["top_cells"] = [
        {
            "cell_code": str(codes[c]),
            "rank": int(plan.rank[c]),
            "value": float(plan.value[c]),
            "gi_z": None if not np.isfinite(plan.gi_z[c]) else round(float(plan.gi_z[c]), 3),
            "gi_bin": int(plan.gi_bin[c]),
        }
        for c in order
        if plan.rank[c] > 0
    ]
    if plan.trend is not None:
        labels, counts = np.unique(plan.trend.ehs_code, return_counts=True)
        out["periods"] = plan.trend.labels
        out["emerging_category_counts"] = {trend.category_label(c): int(n) for c, n in zip(labels, counts)}
        out["trend_counts"] = {
            trend.INCREASING: int((plan.trend.direction == trend.INCREASING).sum()),
            trend.DECREASING: int((plan.trend.direction == trend.DECREASING).sum()),
        }
    return out
