"""New depots: which candidate sites add the most weight covered (twice) in time, and coverage before/after.

Objective (backup coverage): ``sum_i w_i * min(c_i, required)`` where ``c_i`` is the number of teams
reaching source ``i`` within the threshold. With one team per new depot and ``required`` 1 or 2 the
network-siting solver decides (exact MILP with a reported gap); otherwise a greedy choice.
"""

from dataclasses import dataclass, field

import numpy as np

from ..messages import N_, PlannerError
from ..monitor import ensure
from ..roads.costs import network_costs


def greedy_add_depots(teams_within, cand_rows, cand_cols, n_candidates, weights, required, n_new, new_teams=1,
                      monitor=None):
    """Greedy choice of ``n_new`` candidate depots maximising the weighted coverage levels.

    Objective: ``sum_i w_i * min(c_i, required)`` where ``c_i`` is the number of teams reaching source
    ``i`` in time (existing ``teams_within`` plus ``new_teams`` per chosen candidate covering it) —
    the backup-coverage objective (covered once counts, covered twice counts again). Candidate pairs
    ``(cand_rows = source, cand_cols = candidate)`` are the in-time reach of each candidate.

    Returns ``(chosen, gains)``: candidate indices in order of choice and each one's weight gain.
    """
    monitor = ensure(monitor)
    c = np.asarray(teams_within, dtype=float).copy()
    w = np.asarray(weights, dtype=float)
    rows = np.asarray(cand_rows, dtype=np.int64)
    cols = np.asarray(cand_cols, dtype=np.int64)
    chosen, gains = [], []
    available = np.ones(n_candidates, dtype=bool)
    for step in range(int(min(n_new, n_candidates))):
        monitor.step(step / max(n_new, 1))
        deficit = np.minimum(np.maximum(required - c, 0.0), float(new_teams))
        gain = np.bincount(cols, weights=w[rows] * deficit[rows], minlength=n_candidates)
        gain[~available] = -1.0
        j = int(np.argmax(gain))
        if gain[j] <= 0:
            break
        chosen.append(j)
        gains.append(float(gain[j]))
        available[j] = False
        c[rows[cols == j]] += new_teams
    monitor.step(1.0)
    return chosen, gains


def coverage_objective(teams_within, weights, required):
    """Weighted coverage levels ``sum_i w_i * min(c_i, required)`` (the backup-coverage objective)."""
    return float(np.sum(np.asarray(weights) * np.minimum(np.asarray(teams_within), required)))


def choose_new_depots(pairs_existing, teams, cand_rows, cand_cols, n_sources, n_candidates, weights, required, n_new,
                      new_teams=1, time_limit=30.0, monitor=None):
    """Choose up to ``n_new`` candidate depots maximising the weight covered ``required`` times.

    ``pairs_existing`` = (depot, source) pairs reached in time by existing depots (each depot counts
    with its ``teams``); ``(cand_rows, cand_cols)`` = (candidate, source) pairs reached in time by a
    new depot. With one team per new depot and ``required`` 1 or 2 the network-siting solver
    (:func:`.siting.solve_siting`, MCLP or backup coverage, exact MILP with a reported gap) decides on
    the sparse coverage built from these network travel times, every existing team being an
    existing site. Otherwise (or when the solver cannot run) the backup-coverage greedy is used.

    Returns ``(chosen, gains, info)``: candidate indices ranked, each one's weight gain, and a dict
    describing the method, objective, bound and gap for the report.
    """
    monitor = ensure(monitor)
    weights = np.asarray(weights, dtype=float)
    teams = np.asarray(teams, dtype=np.int64)
    dep, src = (np.asarray(a, dtype=np.int64) for a in pairs_existing)
    cand_rows = np.asarray(cand_rows, dtype=np.int64)
    cand_cols = np.asarray(cand_cols, dtype=np.int64)
    teams_within = np.zeros(n_sources)
    np.add.at(teams_within, src, teams[dep])
    n_new = int(min(n_new, n_candidates))
    info = {}
    if n_new > 0 and new_teams == 1 and required in (1, 2):
        try:
            from ..siting import Coverage, solve_siting
        except ImportError:  # pragma: no cover - siting module absent
            solve_siting = None
        if solve_siting is not None:
            # Existing team slots become existing sites (a depot with k teams gives k columns).
            slot_depot = np.repeat(np.arange(len(teams)), np.maximum(teams, 0))
            slot_first = np.cumsum(np.maximum(teams, 0)) - np.maximum(teams, 0)
            k_pair = np.maximum(teams[dep], 0)
            slot_cols = np.repeat(slot_first[dep], k_pair) + (
                np.arange(k_pair.sum()) - np.repeat(np.cumsum(k_pair) - k_pair, k_pair))
            slot_rows = np.repeat(src, k_pair)
            n_slots = len(slot_depot)
            rows = np.concatenate([slot_rows, cand_cols])
            cols = np.concatenate([slot_cols, n_slots + cand_rows])
            coverage = Coverage.from_triples(rows, cols, np.zeros(len(rows)), n_sources, n_slots + n_candidates)
            existing = np.zeros(n_slots + n_candidates, dtype=bool)
            existing[:n_slots] = True
            model = "mclp" if required == 1 else "backup"
            try:
                res = solve_siting(model, coverage, weights, p=n_new, existing=existing, time_limit=time_limit,
                                   monitor=monitor)
                chosen = [int(j - n_slots) for j in res.selected]
                gains = [float(g) for g in res.marginal_gain]
                info = {"method": SOLVER_NAMES[model], "status": res.status,
                        "objective": res.objective, "bound": res.bound, "gap": res.gap, "notes": res.notes}
                return chosen, gains, info
            except ValueError as error:
                info = {"solver_message": str(error)}
    chosen, gains = greedy_add_depots(teams_within, cand_cols, cand_rows, n_candidates, weights, required, n_new,
                                      new_teams, monitor=monitor)
    info.update(method=SOLVER_NAMES["greedy"])
    return chosen, gains, info


# How the new depots were chosen, for people (JSON ``method``, the log and the note translate it where shown)
SOLVER_NAMES = {
    "mclp": N_("network-siting solver, maximal covering model (MCLP): one team in time per risk source"),
    "backup": N_("network-siting solver, backup coverage model: two different teams in time per risk source"),
    "greedy": N_("greedy backup coverage: each new depot adds the most weight × min(teams in time, teams required)"),
}


@dataclass
class NewDepotPlan:
    """Chosen candidate sites (ranked) and the weight covered once/twice within ``threshold_min`` before/after."""

    chosen: list
    gains: list
    threshold_min: float
    teams_per_depot: int
    n_candidates: int
    weight_total: float
    weight_covered_once_before: float
    weight_covered_twice_before: float
    weight_covered_once_after: float
    weight_covered_twice_after: float
    solver: dict = field(default_factory=dict)  # method, status, objective, bound, gap, notes (report keys)
    curve: list = field(default_factory=list)  # rows of :func:`coverage_curve`

    def curve_rows(self):
        """The curve as table rows: new depots, threshold, weight once / twice and their shares (%)."""
        return [[c["new_depots"], c["threshold_min"], c["weight_covered_once"], c["weight_covered_twice"],
                 c["share_covered_once_pct"], c["share_covered_twice_pct"]] for c in self.curve]

    def report(self):
        """The report's ``siting`` section (stable keys)."""
        out = {
            "used": True, "threshold_min": self.threshold_min, "candidates": self.n_candidates,
            "weight_covered_once_before": self.weight_covered_once_before,
            "weight_covered_twice_before": self.weight_covered_twice_before,
            "weight_covered_once_after": self.weight_covered_once_after,
            "weight_covered_twice_after": self.weight_covered_twice_after,
            "weight_total": self.weight_total,
        }
        out.update(self.solver)
        out["curve"] = self.curve
        return out


def rank_chosen(teams_within, cand_rows, cand_cols, chosen, weights, required, new_teams=1):
    """The chosen depots ordered by gain: each step takes the one adding most to ``sum w·min(teams, required)``
    given those before it (ties keep the solver's order); returns ``(ranked, gains)``, every chosen depot kept."""
    c = np.asarray(teams_within, dtype=float).copy()
    w = np.asarray(weights, dtype=float)
    reach = {int(j): np.asarray(cand_cols)[np.asarray(cand_rows) == j] for j in chosen}
    left, ranked, gains = [int(j) for j in chosen], [], []
    while left:
        gain = [float(np.sum(w[reach[j]] * (np.minimum(c[reach[j]] + new_teams, required)
                                            - np.minimum(c[reach[j]], required)))) for j in left]
        k = int(np.argmax(gain))
        j = left.pop(k)
        ranked.append(j)
        gains.append(gain[k])
        c[reach[j]] += new_teams
    return ranked, gains


def coverage_curve(before, chosen, cand_src, cand_dep, cand_min, thresholds, weights, new_teams):
    """Weight covered once / twice within each threshold when the first ``k`` chosen depots are added, k = 0…n.

    ``before`` (thresholds × sources) teams in time today; ``(cand_src, cand_dep, cand_min)`` the candidates' reach
    (source, candidate, response minutes). The depots are added in the solver's ranking (largest gain first), so
    each point is today's coverage plus the first ``k`` of the chosen plan.
    """
    w = np.asarray(weights, dtype=float)
    total = float(w.sum())
    rows = []
    for k_t, t in enumerate(thresholds):
        teams = np.asarray(before[k_t], dtype=float).copy()
        in_time = cand_min <= t + 1e-9
        for k in range(len(chosen) + 1):
            if k:
                teams[cand_src[in_time & (cand_dep == chosen[k - 1])]] += new_teams
            once, twice = float(w[teams >= 1].sum()), float(w[teams >= 2].sum())
            rows.append({"new_depots": k, "threshold_min": float(t), "weight_covered_once": once,
                         "weight_covered_twice": twice,
                         "share_covered_once_pct": round(100.0 * once / total, 3) if total > 0 else 0.0,
                         "share_covered_twice_pct": round(100.0 * twice / total, 3) if total > 0 else 0.0})
    return rows


def plan_new_depots(graph, response, candidate_xy, source_xy, count, new_teams=1, new_readiness_min=0.0,
                    access_speed_kmh=None, max_snap_distance=None, time_limit=30.0, monitor=None):
    """Up to ``count`` new depots among ``candidate_xy`` for the first threshold of ``response``.

    A new depot has ``new_teams`` teams and leaves after ``new_readiness_min``; candidates reach sources
    over the same network as the existing depots (:func:`..roads.network_costs`).
    """
    monitor = ensure(monitor)
    candidate_xy = np.asarray(candidate_xy, dtype=float).reshape(-1, 2)
    if len(candidate_xy) == 0:
        raise PlannerError("No candidate site has a usable point geometry.")
    t = float(response.thresholds[0])
    budget_s = (t - float(new_readiness_min)) * 60.0
    if budget_s < 0:
        raise PlannerError("The readiness of a new depot exceeds the first threshold.")
    last_s = (float(response.thresholds[-1]) - float(new_readiness_min)) * 60.0
    rows, cols, cost_s = network_costs(graph, candidate_xy, source_xy, last_s, weight="time",
                                       access_speed_kmh=access_speed_kmh, max_snap_distance=max_snap_distance,
                                       monitor=monitor.sub(0.0, 0.3))
    reach_min = float(new_readiness_min) + cost_s / 60.0
    curve_reach = (cols, rows, reach_min)
    first = cost_s <= budget_s + 1e-9
    rows, cols = rows[first], cols[first]
    p_dep, p_src, p_total = response.pairs
    in_time = p_total <= t + 1e-9
    weights = np.asarray(response.weights, dtype=float)
    n_sources = len(weights)
    chosen, gains, solver = choose_new_depots(
        (p_dep[in_time], p_src[in_time]), response.teams, rows, cols, n_sources, len(candidate_xy), weights,
        response.required, count, new_teams=new_teams, monitor=monitor.sub(0.3, 1.0))
    before = response.teams_within[0]
    # The chosen set ranked by gain (greedy within the set): the first k of the ranking are the best k to build
    # first, which is what the curve and the ranks show.
    chosen, gains = rank_chosen(before, rows, cols, chosen, weights, response.required, new_teams)
    after = before.astype(float)
    for j in chosen:
        after[cols[rows == j]] += new_teams
    return NewDepotPlan(
        chosen=[int(j) for j in chosen], gains=[float(g) for g in gains], threshold_min=t,
        teams_per_depot=int(new_teams), n_candidates=len(candidate_xy), weight_total=float(weights.sum()),
        weight_covered_once_before=float(weights[before >= 1].sum()),
        weight_covered_twice_before=float(weights[before >= 2].sum()),
        weight_covered_once_after=float(weights[after >= 1].sum()),
        weight_covered_twice_after=float(weights[after >= 2].sum()),
        solver=solver,
        curve=coverage_curve(response.teams_within, [int(j) for j in chosen], *curve_reach, response.thresholds,
                             weights, new_teams),
    )
