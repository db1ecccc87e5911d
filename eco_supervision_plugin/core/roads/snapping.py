"""Where points (depots, risk sources, candidates) join the road network.

A point joins at its orthogonal projection onto the nearest edge, which may fall inside an edge (a
*partial edge*). The straight off-network *access leg* costs its length (``weight="length"``) or its
length at ``access_speed_kmh`` (``weight="time"``; free when no access speed is given, as in QGIS).
"""

import numpy as np

from ..messages import PlannerError


class Snap:
    """Where points join the network: ``edge`` (-1 when off-network), position ``t`` along the stored
    edge direction (0 at ``edge_u``, 1 at ``edge_v``), ``distance`` (access leg, metres) and the
    projected point ``xy``."""

    def __init__(self, edge, t, distance, xy):
        self.edge = edge
        self.t = t
        self.distance = distance
        self.xy = xy

    @property
    def on_network(self):
        return self.edge >= 0

    def __len__(self):
        return len(self.edge)


def snap_points(graph, xy, max_snap_distance=None):
    """Project each point onto its nearest road edge; points beyond ``max_snap_distance`` get edge -1."""
    return Snap(*graph.segment_index().nearest(xy, max_snap_distance))


def access_cost(snap, weight, access_speed_kmh):
    if weight == "length":
        return snap.distance.copy()
    if access_speed_kmh is None:
        return np.zeros(len(snap))
    if not access_speed_kmh > 0:
        raise PlannerError("The access speed must be positive.")
    return snap.distance / (access_speed_kmh / 3.6)

