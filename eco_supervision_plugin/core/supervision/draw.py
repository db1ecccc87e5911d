"""The "double random, one public" (双随机、一公开) inspection draw, reproducible from a published seed.

Each period the bureau draws which enterprises are inspected (a simple random sample per stratum at
that stratum's rate) and which officers inspect each one (``per_task`` officers, no officer in their
own district or on an enterprise they inspected last period, loads as even as the rules allow).

Reproducibility: the registers are put in a canonical order (sorted by id) and hashed (SHA-256 of
one tab-separated line per entry); the random generator (numpy PCG64) is seeded from SHA-256 of
``DRAW_VERSION | seed | enterprise hash | officer hash``. Anyone holding the two registers, the seed
and this version gets the same draw; a changed register gives another draw and another hash.

Officers are assigned by a maximum flow (source → task, capacity ``per_task``; task → allowed
officer, 1; officer → sink, the load cap), with tasks and officers numbered in a seeded random order,
and the smallest load cap that staffs every task: a feasible assignment exists exactly when this
flow is full, so "cannot be staffed" is a proof, not a heuristic failure.
"""

import hashlib
import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import maximum_flow

from ..messages import Note, PlannerError
from ..monitor import ensure

DRAW_VERSION = "eco-supervision-draw-1"
DEFAULT_RATE_KEY = "*"  # RATES entry that applies to every stratum not named


@dataclass
class EnterpriseRegister:
    """The source register, one entry per enterprise. Optional columns may be None (no districts: no
    district rule; no exclusions; no record of the last inspection)."""

    ids: list
    strata: list
    districts: Optional[list] = None
    excluded: Optional[np.ndarray] = None
    last_inspectors: Optional[list] = None

    def __post_init__(self):
        n = len(self.ids)
        self.districts = list(self.districts) if self.districts is not None else [None] * n
        self.excluded = np.asarray(self.excluded, dtype=bool) if self.excluded is not None else np.zeros(n, bool)
        self.last_inspectors = ([frozenset(v or ()) for v in self.last_inspectors]
                                if self.last_inspectors is not None else [frozenset()] * n)


@dataclass
class OfficerRegister:
    """The inspector register: officer id, unit and home district (None when unknown)."""

    ids: list
    units: Optional[list] = None
    districts: Optional[list] = None

    def __post_init__(self):
        n = len(self.ids)
        self.units = list(self.units) if self.units is not None else [None] * n
        self.districts = list(self.districts) if self.districts is not None else [None] * n


@dataclass
class StratumDraw:
    stratum: str
    registered: int
    eligible: int
    rate: float
    drawn: int

    @property
    def expected(self):
        return self.rate * self.eligible


@dataclass
class VerificationRecord:
    """What the public record carries so anyone can re-run and check the draw."""

    seed: str
    version: str
    enterprise_register_sha256: str
    officer_register_sha256: str
    enterprises: int
    officers: int


@dataclass
class DrawResult:
    drawn: np.ndarray            # register index of each drawn enterprise, in draw order
    teams: list                  # per drawn enterprise: officer register indices (sorted by officer id)
    strata: list                 # StratumDraw per stratum, sorted by name
    loads: np.ndarray            # tasks per officer (officer register order)
    load_cap: int                # the smallest cap that staffs every task
    record: VerificationRecord
    notes: list = field(default_factory=list)


def _text(value):
    return "" if value is None else str(value).strip()


def _duplicates(ids):
    seen, dup = set(), []
    for i in ids:
        if i in seen and i not in dup:
            dup.append(i)
        seen.add(i)
    return dup


def register_hash(lines):
    """SHA-256 (hex) of the canonical register text: one line per entry, sorted."""
    digest = hashlib.sha256()
    for line in sorted(lines):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def enterprise_lines(reg):
    """Canonical lines of the enterprise register: id, stratum, district, excluded, last inspectors."""
    lines = []
    for i, s, d, x, last in zip(reg.ids, reg.strata, reg.districts, reg.excluded, reg.last_inspectors):
        previous = ",".join(sorted(_text(o) for o in (last or ())))
        lines.append("\t".join([_text(i), _text(s), _text(d), "1" if x else "0", previous]))
    return lines


def officer_lines(reg):
    """Canonical lines of the inspector register: id, unit, district."""
    return ["\t".join([_text(i), _text(u), _text(d)]) for i, u, d in zip(reg.ids, reg.units, reg.districts)]


def _rng(seed, ent_hash, off_hash):
    key = hashlib.sha256("|".join([DRAW_VERSION, seed, ent_hash, off_hash]).encode("utf-8")).digest()
    return np.random.Generator(np.random.PCG64(int.from_bytes(key[:16], "big")))


def _check_registers(ents, officers, rates, per_task):
    ids = [_text(i) for i in ents.ids]
    if not ids:
        raise PlannerError("The enterprise register is empty.")
    if any(not i for i in ids):
        raise PlannerError("{} enterprises have no id: every entry of the register needs one.",
                           sum(1 for i in ids if not i))
    dup = _duplicates(ids)
    if dup:
        raise PlannerError("Duplicate enterprise ids in the register: {}.", ", ".join(dup[:10]))
    oids = [_text(i) for i in officers.ids]
    if any(not i for i in oids):
        raise PlannerError("{} officers have no id.", sum(1 for i in oids if not i))
    dup = _duplicates(oids)
    if dup:
        raise PlannerError("Duplicate officer ids in the inspector register: {}.", ", ".join(dup[:10]))
    if per_task < 2:
        raise PlannerError("Each inspection needs at least two officers (PER_TASK ≥ 2); got {}.", per_task)
    for name, rate in rates.items():
        if not (isinstance(rate, (int, float)) and math.isfinite(rate) and 0.0 <= rate <= 1.0):
            raise PlannerError("The rate for stratum '{}' must be a share between 0 and 1 (e.g. 0.05 or 5%); got {}.",
                               name, rate)
    strata = sorted({_text(s) for s in ents.strata})
    missing = [s for s in strata if s not in rates and DEFAULT_RATE_KEY not in rates]
    if missing:
        raise PlannerError("No rate for the strata {}: add them to RATES (or a default '*=0.05').",
                           ", ".join("'{}'".format(s) for s in missing))
    return ids, oids, strata


def _sample_strata(ids, ents, strata, rates, rng):
    """Simple random sample without replacement per stratum, n = round(rate × eligible), half up."""
    order = np.argsort(np.array(ids, dtype=object), kind="stable")
    stratum_of = np.array([_text(s) for s in ents.strata], dtype=object)[order]
    eligible = ~np.asarray(ents.excluded, dtype=bool)[order]
    drawn, counts = [], []
    for name in strata:
        members = order[(stratum_of == name)]
        pool = order[(stratum_of == name) & eligible]
        rate = float(rates.get(name, rates.get(DEFAULT_RATE_KEY, 0.0)))
        n = int(math.floor(rate * len(pool) + 0.5))
        pick = pool[rng.permutation(len(pool))[:n]]
        drawn.append(pick)
        counts.append(StratumDraw(name, len(members), len(pool), rate, n))
    return (np.concatenate(drawn) if drawn else np.zeros(0, dtype=np.int64)), counts


def allowed_pairs(drawn, ents, officers, oids):
    """Task × officer pairs the conflict rules allow: not the officer's own district (where both are
    known), not an enterprise the officer inspected last period."""
    codes = {}

    def code(value):
        text = _text(value)
        return codes.setdefault(text, len(codes)) if text else -1

    ent_district = np.array([code(ents.districts[e]) for e in drawn], dtype=np.int64)
    off_district = np.array([code(d) for d in officers], dtype=np.int64)
    ok = (ent_district[:, None] != off_district[None, :]) | (ent_district[:, None] < 0)
    column = {oid: k for k, oid in enumerate(oids)}
    for t, e in enumerate(drawn):
        for other in ents.last_inspectors[e] or ():
            k = column.get(_text(other))
            if k is not None:
                ok[t, k] = False
    rows, cols = np.nonzero(ok)
    return rows.astype(np.int64), cols.astype(np.int64)


def _flow(n_tasks, n_off, rows, cols, per_task, cap):
    """Maximum flow value and the task→officer pairs carrying flow, for one load cap."""
    src, sink = 0, 1 + n_tasks + n_off
    heads = np.concatenate([np.zeros(n_tasks, dtype=np.int64), 1 + rows, 1 + n_tasks + np.arange(n_off)])
    tails = np.concatenate([1 + np.arange(n_tasks), 1 + n_tasks + cols, np.full(n_off, sink)])
    caps = np.concatenate([np.full(n_tasks, per_task), np.ones(len(rows), dtype=np.int64), np.full(n_off, cap)])
    graph = csr_matrix((caps.astype(np.int32), (heads, tails)), shape=(sink + 1, sink + 1))
    result = maximum_flow(graph, src, sink)
    flow = result.flow if hasattr(result, "flow") else result.residual
    used = flow[1 + rows, 1 + n_tasks + cols].A1 > 0
    return result.flow_value, rows[used], cols[used]


def _smallest_cap(n_tasks, n_off, rows, cols, per_task, low, high, monitor):
    """The smallest load cap in [low, high] whose flow staffs every task, and that flow's pairs (None if none).

    The even split ``low`` usually works at once; otherwise the cap grows by doubling steps, then a
    binary search narrows the last step, so a handful of flows are solved, not one per cap.
    """
    need = n_tasks * per_task
    known_bad, step, cap = low - 1, 1, low
    while True:
        value, fr, fc = _flow(n_tasks, n_off, rows, cols, per_task, cap)
        if value == need:
            break
        known_bad = cap
        if cap >= high:
            return None, None
        cap, step = min(high, cap + step), step * 2
        monitor.check()
    best = (fr, fc)
    while cap - known_bad > 1:
        mid = (cap + known_bad) // 2
        value, fr, fc = _flow(n_tasks, n_off, rows, cols, per_task, mid)
        if value == need:
            cap, best = mid, (fr, fc)
        else:
            known_bad = mid
        monitor.check()
    return cap, best


def draw_inspections(ents, officers, rates, seed, per_task=2, max_load=None, monitor=None):
    """The draw: which enterprises per stratum, which ``per_task`` officers each. See the module docstring."""
    monitor = ensure(monitor)
    seed = _text(seed)
    if not seed:
        raise PlannerError("A seed is needed: publish it before the draw so anyone can reproduce the result.")
    ids, oids, strata = _check_registers(ents, officers, rates, per_task)
    ent_hash, off_hash = register_hash(enterprise_lines(ents)), register_hash(officer_lines(officers))
    rng = _rng(seed, ent_hash, off_hash)
    drawn, counts = _sample_strata(ids, ents, strata, rates, rng)
    monitor.step(0.2)
    n_tasks, n_off = len(drawn), len(oids)
    record = VerificationRecord(seed, DRAW_VERSION, ent_hash, off_hash, len(ids), n_off)
    if n_tasks == 0:
        return DrawResult(drawn, [], counts, np.zeros(n_off, dtype=np.int64), 0, record,
                          [Note("No enterprise was drawn: the rates give zero inspections this period.")])
    if n_off < per_task:
        raise PlannerError("The inspector register has {} officers; each inspection needs {}.", n_off, per_task)
    task_order = rng.permutation(n_tasks)        # seeded numbering of the flow network's nodes
    off_order = rng.permutation(n_off)
    rows, cols = allowed_pairs(drawn[task_order], ents, [officers.districts[k] for k in off_order],
                          [oids[k] for k in off_order])
    monitor.step(0.4)
    options = np.bincount(rows, minlength=n_tasks)
    short = np.flatnonzero(options < per_task)
    if len(short):
        names = ", ".join("{} ({})".format(ids[drawn[task_order[t]]], int(options[t])) for t in short[:10])
        raise PlannerError("These enterprises cannot be staffed: fewer than {} officers may inspect them under the "
                           "conflict rules (own district, inspected last period); allowed officers in brackets: {}.",
                           per_task, names)
    need = n_tasks * per_task
    low = int(math.ceil(need / float(n_off)))
    high = int(max_load) if max_load else n_tasks
    if high < low:
        raise PlannerError("{} inspections × {} officers need at least {} tasks per officer; MAX_LOAD is {}.",
                           n_tasks, per_task, low, high)
    cap, best = _smallest_cap(n_tasks, n_off, rows, cols, per_task, low, high, monitor)
    if best is None:
        _value, fr, _fc = _flow(n_tasks, n_off, rows, cols, per_task, high)
        staffed = np.bincount(fr, minlength=n_tasks)
        bad = np.flatnonzero(staffed < per_task)
        names = ", ".join(ids[drawn[task_order[t]]] for t in bad[:10])
        raise PlannerError("No assignment meets the conflict rules with at most {} tasks per officer; "
                           "{} inspections stay short of officers, e.g. {}. Raise MAX_LOAD or add officers.",
                           high, len(bad), names)
    fr, fc = best
    teams_by_task = [[] for _ in range(n_tasks)]
    for t, k in zip(fr.tolist(), fc.tolist()):
        teams_by_task[task_order[t]].append(int(off_order[k]))
    teams = [sorted(team, key=lambda k: oids[k]) for team in teams_by_task]
    loads = np.bincount(np.concatenate([np.asarray(t, dtype=np.int64) for t in teams]), minlength=n_off)
    monitor.step(1.0)
    return DrawResult(drawn, teams, counts, loads, cap, record)
