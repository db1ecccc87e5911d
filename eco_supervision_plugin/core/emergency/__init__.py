"""Emergency coverage (pure numpy/scipy, no QGIS).

``response``    first and second responders, double coverage, status and depot load per threshold
``new_depots``  which candidate sites to add (network siting solver or greedy) and coverage before/after
``plan``        :func:`plan_emergency_coverage`, the one entry the Processing wrapper calls
"""

from .plan import EmergencyOptions, EmergencyPlan, RoadInput, plan_emergency_coverage
from .receptors import Receptors, point_receptors, polygon_receptors

__all__ = ["EmergencyOptions", "EmergencyPlan", "Receptors", "RoadInput", "plan_emergency_coverage", "point_receptors",
           "polygon_receptors"]
