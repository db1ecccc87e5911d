"""Emergency coverage (pure numpy/scipy, no QGIS).

``response``    first and second responders, double coverage, status and depot load per threshold
``new_depots``  which candidate sites to add (network siting solver or greedy) and coverage before/after
``plan``        :func:`plan_emergency_coverage`, the one entry the Processing wrapper calls
"""

from .plan import EmergencyOptions, EmergencyPlan, RoadInput, plan_emergency_coverage

__all__ = ["EmergencyOptions", "EmergencyPlan", "RoadInput", "plan_emergency_coverage"]
