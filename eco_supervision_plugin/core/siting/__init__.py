"""Monitoring-network siting: coverage structures, exact reductions and the MCLP, LSCP, backup and p-median models.

Modules, one concept each:

``coverage``      the sparse demand × candidate :class:`Coverage` (radius, triples, k nearest), spacing pairs,
                  duplicate groups
``reduction``     exact reductions (identical demand rows, dominated candidates, conflict remapping)
``problem``       the result, the validated inputs of one solve, gap and status
``milp``          the one MILP builder (conflict rows, cardinality, status map, the max-cover model)
``count_search``  greedy and swap local search for count-based objectives (MCLP, backup)
``lns``           large-neighbourhood search (HiGHS on one neighbourhood at a time)
``lagrangian``    the MCLP Lagrangian bound
``mclp``, ``lscp``, ``backup``, ``pmedian``  one module per model
``ranking``       ranking of the chosen sites, per-demand coverage
``solve``         :func:`solve_siting`, the solver entry of every model
``plan``          :func:`plan_network_siting`, the whole ``networksiting`` algorithm on arrays
``study_area``    HJ 664-2013 check of the urban study area (area, sites inside, minimum station count)

Only numpy and scipy are imported here (no QGIS).
"""

from .coverage import Coverage, duplicate_groups, spacing_conflicts
from .mclp import check_quotas
from .milp import HAVE_MILP
from .problem import MODELS, SitingResult
from .ranking import demand_summary, rank_sites
from .reduction import dominated_candidates, merge_identical_rows
from .solve import solve_siting

__all__ = [
    "HAVE_MILP",
    "MODELS",
    "Coverage",
    "SitingResult",
    "check_quotas",
    "demand_summary",
    "dominated_candidates",
    "duplicate_groups",
    "merge_identical_rows",
    "rank_sites",
    "solve_siting",
    "spacing_conflicts",
]
