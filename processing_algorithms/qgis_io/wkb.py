"""WKB encoding of array geometries, so sinks get thousands of features without a QGIS call per vertex.

All little-endian ISO WKB: byte order 1, uint32 type, uint32 counts, float64 coordinates.
"""

import numpy as np


def wkb_headers(wkb_type, counts):
    """Flat bytes of little-endian WKB headers: byte order 1, ``wkb_type`` and each count (uint32)."""
    head = np.zeros((len(counts), 9), dtype=np.uint8)
    head[:, 0] = 1
    head[:, 1] = wkb_type
    head[:, 5:] = np.asarray(counts, dtype="<u4").reshape(-1, 1).view(np.uint8)
    return head.reshape(-1)


def polygon_wkbs(vertices):
    """WKB of one single-ring polygon per row of ``vertices`` (n × m × 2, ring closed): an n × bytes array."""
    n, m, _ = vertices.shape
    head = np.concatenate([wkb_headers(3, [1]), np.asarray([m], dtype="<u4").view(np.uint8)])  # Polygon, 1 ring
    coords = np.ascontiguousarray(vertices, dtype="<f8").reshape(n, m * 2).view(np.uint8)
    buf = np.empty((n, len(head) + m * 16), dtype=np.uint8)
    buf[:, : len(head)] = head
    buf[:, len(head):] = coords
    return buf


def multilinestring_wkbs(points, counts, line_group, n_groups):
    """WKB MultiLineStrings, one per group, of polylines given as consecutive vertices.

    ``counts`` vertices per polyline, ``line_group`` its group (non-decreasing). The coordinates are
    already the bytes WKB wants; the 9-byte headers (byte order, type, count) are inserted between them.
    """
    points = np.ascontiguousarray(points, dtype="<f8").reshape(-1, 2)
    counts = np.asarray(counts, dtype=np.int64)
    line_group = np.asarray(line_group, dtype=np.int64)
    lines_per_group = np.bincount(line_group, minlength=n_groups)
    line_start = (np.cumsum(counts) - counts) * 16  # byte of each line's first coordinate
    group_start = np.r_[line_start, len(points) * 16][np.cumsum(lines_per_group) - lines_per_group]
    at = np.concatenate([np.repeat(group_start, 9), np.repeat(line_start, 9)])
    head = np.concatenate([wkb_headers(5, lines_per_group), wkb_headers(2, counts)])  # MultiLineString, LineString
    data = np.insert(points.view(np.uint8).reshape(-1), at, head).tobytes()
    group_bytes = 9 + np.bincount(line_group, weights=9 + 16 * counts, minlength=n_groups).astype(np.int64)
    return [data[a:a + n] for a, n in zip((np.cumsum(group_bytes) - group_bytes).tolist(), group_bytes.tolist())]
