"""WKB with array operations: encoding array geometries for fast sinks, parsing line WKB into vertex arrays.

Encoders write little-endian ISO WKB (byte order 1, uint32 type, uint32 counts, float64 coordinates). The
parser reads the (multi)line strings of thousands of features at once and leaves anything unusual (curves,
big-endian, malformed) to QGIS.
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


def linestring_wkbs(points, counts):
    """WKB LineStrings of polylines given as consecutive vertices (``counts`` per line): a list of bytes."""
    points = np.ascontiguousarray(points, dtype="<f8").reshape(-1, 2)
    counts = np.asarray(counts, dtype=np.int64)
    start = (np.cumsum(counts) - counts) * 16
    data = np.insert(points.view(np.uint8).reshape(-1), np.repeat(start, 9), wkb_headers(2, counts)).tobytes()
    size = 9 + 16 * counts
    return [data[a:a + m] for a, m in zip((np.cumsum(size) - size).tolist(), size.tolist())]


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


# -- parsing ----------------------------------------------------------------------------------

#: Little-endian WKB type codes of (multi)line strings parsed with array operations → doubles per vertex.
_LINE_CODES = {2: 2, 1002: 3, 2002: 3, 3002: 4, 0x80000002: 3}
_MULTI_LINE_CODES = {5: 2, 1005: 3, 2005: 3, 3005: 4, 0x80000005: 3}
MAX_VECTOR_PARTS = 64  # multi-lines with more parts are read one by one
_BYTE4 = np.arange(4)


def _u32(buf, pos):
    """Little-endian uint32 at byte positions ``pos`` of the uint8 array ``buf``, as int64."""
    return buf[pos[:, None] + _BYTE4].view("<u4").ravel().astype(np.int64)


def parse_line_wkbs(data, sizes):
    """Parse the WKBs concatenated in ``data`` (``sizes[i]`` bytes each) with array operations.

    Returns ``(parsed, part_row, part_start, part_n, part_stride)``: ``parsed[i]`` tells whether
    row ``i`` was understood (no geometry, or a little-endian LineString / MultiLineString of plain
    parts whose sizes add up exactly); for those rows every part is listed in row and part order by
    the byte offset of its first coordinate, its vertex count and its bytes per vertex. Other rows
    (curves, big-endian, anything odd) are left for QGIS to read.
    """
    n = len(sizes)
    buf = np.frombuffer(data, dtype=np.uint8)
    ends = np.cumsum(sizes)
    offsets = ends - sizes
    parsed = sizes == 0
    empty = np.zeros(0, dtype=np.int64)
    if n == 0 or not (sizes >= 9).any():
        return parsed, empty, empty, empty, empty
    rows = np.flatnonzero(sizes >= 9)
    o = offsets[rows]
    order = buf[o]
    code = _u32(buf, o + 1)
    count = _u32(buf, o + 5)
    stride = np.zeros(len(rows), dtype=np.int64)
    multi = np.zeros(len(rows), dtype=bool)
    for table, is_multi in ((_LINE_CODES, False), (_MULTI_LINE_CODES, True)):
        for value, doubles in table.items():
            hit = code == value
            stride[hit] = 8 * doubles
            multi[hit] = is_multi
    ok = (order == 1) & (stride > 0)
    single = ok & ~multi & (9 + count * stride == sizes[rows])
    parsed[rows[single]] = True
    p_row, p_start, p_n, p_stride, p_k = [rows[single]], [o[single] + 9], [count[single]], [stride[single]], [
        np.zeros(int(single.sum()), dtype=np.int64)]
    m = ok & multi
    r, pos, end, left, st, part_code = rows[m], o[m] + 9, ends[rows[m]], count[m], stride[m], code[m] - 3
    for k in range(MAX_VECTOR_PARTS + 1):
        done = left == 0
        parsed[r[done & (pos == end)]] = True
        go = ~done
        r, pos, end, left, st, part_code = r[go], pos[go], end[go], left[go], st[go], part_code[go]
        if not len(r) or k == MAX_VECTOR_PARTS:
            break
        inside = pos + 9 <= end
        r, pos, end, left, st, part_code = r[inside], pos[inside], end[inside], left[inside], st[inside], \
            part_code[inside]
        part_n = _u32(buf, pos + 5)
        good = (buf[pos] == 1) & (_u32(buf, pos + 1) == part_code) & (pos + 9 + part_n * st <= end)
        r, pos, end, left, st, part_code, part_n = r[good], pos[good], end[good], left[good], st[good], \
            part_code[good], part_n[good]
        p_row.append(r)
        p_start.append(pos + 9)
        p_n.append(part_n)
        p_stride.append(st)
        p_k.append(np.full(len(r), k, dtype=np.int64))
        pos = pos + 9 + part_n * st
        left = left - 1
    p_row, p_start, p_n, p_stride, p_k = (np.concatenate(a) for a in (p_row, p_start, p_n, p_stride, p_k))
    keep = parsed[p_row]  # parts of rows that turned out malformed are dropped with their row
    p_row, p_start, p_n, p_stride, p_k = p_row[keep], p_start[keep], p_n[keep], p_stride[keep], p_k[keep]
    if m.any():  # multi-line parts were listed part number by part number
        sort = np.lexsort((p_k, p_row))
        p_row, p_start, p_n, p_stride = p_row[sort], p_start[sort], p_n[sort], p_stride[sort]
    return parsed, p_row, p_start, p_n, p_stride


def gather_xy(data, start, n, stride):
    """x and y of every vertex of the parsed parts, in order, as one (V×2) float array."""
    total = int(n.sum())
    if total == 0:
        return np.empty((0, 2), dtype=float)
    first = np.cumsum(n) - n
    byte = np.repeat(start - stride * first, n)  # where each vertex's part would start if it were vertex 0
    residue = byte & 7
    if (stride == 16).all():
        byte += 16 * np.arange(total)
    else:
        byte += np.arange(total) * np.repeat(stride, n)
    # The doubles sit at any byte offset: ``doubles[r, w]`` is the (x, y) pair at byte 8 * w + r.
    # (padded so that every view element lies inside the buffer).
    words = len(data) // 8 + 1
    base = np.frombuffer(data + bytes(24), dtype="<f8", count=words + 2)
    doubles = np.lib.stride_tricks.as_strided(base, shape=(8, words, 2), strides=(1, 8, 8), writeable=False)
    return doubles[residue, byte >> 3]


def lines_from_wkbs(wkbs, parts_of):
    """``(xy, sizes, part_row)`` of the line parts of the rows' WKBs (``bytes``/``QByteArray``, empty for none).

    Rows the array parser does not understand are read through ``parts_of(row)``: the (m×2) vertex
    arrays of that row's parts, e.g. read by QGIS (``read.line_parts``).
    """
    sizes = np.fromiter(map(len, wkbs), dtype=np.int64, count=len(wkbs))
    data = b"".join(wkbs)
    parsed, part_row, start, count, stride = parse_line_wkbs(data, sizes)
    xy = gather_xy(data, start, count, stride)
    others = np.flatnonzero(~parsed).tolist()
    if not others:
        return xy, count, part_row
    chunks, rows = [xy], [part_row]
    for row in others:
        for part in parts_of(row):
            chunks.append(part)
            rows.append(np.array([row], dtype=np.int64))
    sizes = np.concatenate([count, np.array([len(c) for c in chunks[1:]], dtype=np.int64)])
    rows = np.concatenate(rows)
    xy = np.concatenate(chunks).astype(float, copy=False)
    order = np.argsort(rows, kind="stable")
    if (order != np.arange(len(order))).any():
        sizes_sorted = sizes[order]
        starts = np.cumsum(sizes) - sizes
        xy = xy[np.repeat(starts[order] - (np.cumsum(sizes_sorted) - sizes_sorted), sizes_sorted)
                + np.arange(len(xy))]
        sizes, rows = sizes_sorted, rows[order]
    return np.ascontiguousarray(xy), sizes, rows
