"""Road networks, shared by emergency coverage and network siting (pure numpy/scipy, no QGIS).

``graph``          the road graph: snapped nodes, directed timed edges, trails for drawing
``snapping``       where points join the network (nearest edge, access leg)
``costs``          edge costs (road-class speeds, one-way orientation) and network costs between point sets
``service_areas``  road pieces reachable within thresholds, merged and joined into lines
``area_buffer``    service-area polygons: a raster buffer tied to the buffer distance
"""

from .costs import WEIGHTS, RoadSpeeds, edge_times, network_costs, node_costs, road_speeds
from .graph import RoadGraph, build_road_graph
from .service_areas import (
    AreaCollector,
    AreaGroups,
    ServiceAreas,
    group_areas,
    merge_pieces,
    piece_lines,
    piece_segments,
    service_areas,
)
from .snapping import Snap, snap_points

__all__ = [
    "WEIGHTS", "AreaCollector", "AreaGroups", "RoadGraph", "RoadSpeeds", "ServiceAreas", "Snap", "build_road_graph",
    "edge_times", "group_areas", "merge_pieces", "network_costs", "node_costs", "piece_lines", "piece_segments",
    "road_speeds", "service_areas", "snap_points",
]
