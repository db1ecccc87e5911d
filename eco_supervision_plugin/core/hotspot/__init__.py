"""Hotspot supervision grid: one module per concept.

``grid``    cells anchored to a fixed origin, stable codes, the grid CRS choice, covering an area
``gistar``  Getis-Ord Gi*, Benjamini-Hochberg FDR, confidence bins, ranking, IDW filling, aggregation
``trend``   periods, Mann-Kendall, emerging hot spot categories
``zonal``   area-weighted zonal mean of a raster per cell
``tables``  the attribute tables and REPORT figures a plan writes
``plan``    the whole algorithm from arrays: :func:`plan.plan_hotspot_grid` → :class:`plan.HotspotPlan`

The Gi* names stay importable from the package (``core.hotspot.gi_star``) for existing callers.
"""

from . import gistar, grid, plan, tables, trend, zonal  # noqa: F401
from .gistar import (  # noqa: F401
    AGGREGATIONS,
    DISTANCE,
    KNN,
    NEIGHBOURHOODS,
    QUEEN,
    GiResult,
    aggregate,
    benjamini_hochberg,
    binary_weights,
    gi_bins,
    gi_star,
    gi_star_weights,
    idw_fill,
    lattice_sums,
    rank_values,
)
