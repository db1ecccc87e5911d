"""Pollution source attribution from a monitoring network: CPF/CBPF by wind direction (and speed),
bearings from stations to candidate sources, the back-projected source area, and the candidate ranking.

The entry point is :func:`plan.plan_source_attribution`.
"""
