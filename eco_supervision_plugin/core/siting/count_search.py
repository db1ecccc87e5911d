# ruff: noqa: N803, N806  (A is the coverage matrix, as in the literature)
"""Count-based objectives (MCLP, backup coverage): greedy construction and swap local search.

:class:`CountProblem` is ``max Σ w_i [base_i + Σ_j a_ij x_j ≥ need_i]`` with ``Σ x ≤ p``, spacing
conflicts and optional category quotas. Swaps are evaluated from coverage counts in O(nnz): the
best partner of every unchosen candidate in one sparse product, non-interacting swaps applied in
batches. The large-neighbourhood search on the same problem is in :mod:`.lns`.
"""

import time

import numpy as np
from scipy import sparse

from .problem import conflict_graph


def f_cover(k, need):
    """1 when a demand row reaches its required number of covering sites."""
    return (k >= need).astype(float)


class CountProblem:
    """Maximise Σ w_i [base_i + Σ_j a_ij x_j ≥ need_i] with Σ x ≤ p, spacing conflicts.

    ``greedy_need`` (optional) lets the greedy maximise Σ w_i min(k_i, need_i) (a smooth
    surrogate for backup coverage, where a first cover alone gains nothing).
    """

    def __init__(self, a_csr, w, base, need, p, conflicts, n_cols, quota=None):
        self.A = a_csr.tocsr()
        self.At = self.A.T.tocsr()
        self.w = w
        self.base = base.astype(float)
        self.need = need.astype(float)
        self.unit_need = bool(np.all(self.need == 1))
        self.p = p
        self.n = n_cols
        self.conf = conflict_graph(conflicts, n_cols)
        self.quota = quota  # (row_category_index array, required weight per category)
        self._adjacency = None

    def value(self, counts):
        return float(self.w @ f_cover(counts, self.need))

    def counts(self, chosen_mask):
        return self.base + self.A @ chosen_mask.astype(float)

    def adjacency(self):
        """Candidate × candidate CSR of candidates sharing a demand row (AᵀA), built once."""
        if self._adjacency is None:
            self._adjacency = (self.At @ self.A).tocsr()
        return self._adjacency

    def quota_ok(self, counts):
        if self.quota is None:
            return True
        cat, req = self.quota
        covered = f_cover(counts, self.need) * self.w
        got = np.bincount(cat[cat >= 0], weights=covered[cat >= 0], minlength=len(req))
        return bool(np.all(got >= req - 1e-9 * np.maximum(1.0, req)))

    def quota_deficit_weights(self, counts):
        """Weights of uncovered rows in categories whose quota is not met yet (0 elsewhere)."""
        cat, req = self.quota
        covered = f_cover(counts, self.need) * self.w
        got = np.bincount(cat[cat >= 0], weights=covered[cat >= 0], minlength=len(req))
        short = got < req - 1e-9 * np.maximum(1.0, req)
        out = np.zeros(len(self.w))
        sel = (cat >= 0) & (covered == 0)
        sel[sel] = short[cat[sel]]
        out[sel] = self.w[sel]
        return out

    def greedy(self, monitor=None, surrogate=False, start=None):
        """Add sites one at a time by largest gain; ``start`` (bool mask) is kept and completed to ``p``."""
        chosen = np.zeros(self.n, dtype=bool) if start is None else np.asarray(start, dtype=bool).copy()
        allowed = np.ones(self.n, dtype=bool)
        counts = self.base.copy() if start is None else self.counts(chosen)
        if start is not None and self.conf is not None and chosen.any():
            allowed[self.conf[np.flatnonzero(chosen)].indices] = False
        a_ptr, a_idx = self.A.indptr, self.A.indices
        t_ptr, t_idx = self.At.indptr, self.At.indices
        gains = None
        for step in range(int(chosen.sum()), self.p):
            if monitor is not None:
                monitor.step(step / max(self.p, 1))
            quota_phase = self.quota is not None and not self.quota_ok(counts)
            if quota_phase or surrogate or gains is None or not self.unit_need:
                if quota_phase:
                    g = self.quota_deficit_weights(counts)
                elif surrogate:
                    # backup: a first cover earns half, the cover that completes the requirement the rest
                    g = self.w * (counts < self.need) * np.where(counts >= self.need - 1, 1.0, 0.5)
                else:
                    g = self.w * ((counts < self.need) & (counts >= self.need - 1)).astype(float)
                gains = self.At @ g
            masked = np.where(allowed & ~chosen, gains, -np.inf)
            j = int(np.argmax(masked))
            if not np.isfinite(masked[j]) or masked[j] <= 0:
                if quota_phase:  # nothing helps the quota any more: fill by weight
                    gains = None
                    g = self.w * ((counts < self.need) & (counts >= self.need - 1)).astype(float)
                    masked = np.where(allowed & ~chosen, self.At @ g, -np.inf)
                    j = int(np.argmax(masked))
                    if not np.isfinite(masked[j]) or masked[j] <= 0:
                        break
                else:
                    break
            chosen[j] = True
            rows = t_idx[t_ptr[j]:t_ptr[j + 1]]
            before = counts[rows].copy()
            counts[rows] += 1
            if not (quota_phase or surrogate) and self.unit_need:
                # incremental update: rows that just reached their requirement stop paying
                done = rows[(before < self.need[rows]) & (counts[rows] >= self.need[rows])]
                if len(done):
                    starts, stops = a_ptr[done], a_ptr[done + 1]
                    lens = stops - starts
                    cols = a_idx[np.repeat(stops - lens.cumsum(), lens) + np.arange(lens.sum())] if lens.sum() else \
                        np.zeros(0, dtype=np.int64)
                    gains = gains - np.bincount(cols, weights=np.repeat(self.w[done], lens), minlength=self.n)
            else:
                gains = None
            if self.conf is not None:
                allowed[self.conf[j].indices] = False
        return chosen

    def lagrangian_pick(self, c):
        """Lagrangian heuristic: the candidates with the largest reduced gains ``c`` (largest first, skipping
        any in conflict with one already taken, only positive gains), completed by the greedy to ``p``."""
        chosen = np.zeros(self.n, dtype=bool)
        taken = 0
        for j in np.argsort(-c, kind="stable"):
            if taken >= self.p or c[j] <= 0:
                break
            if self.conf is not None and chosen[self.conf[j].indices].any():
                continue
            chosen[j] = True
            taken += 1
        return self.greedy(start=chosen)

    def local_search(self, chosen, deadline, monitor=None, max_rounds=10000):
        """Swap one chosen site for an unchosen one while it improves; non-interacting swaps in batches."""
        chosen = chosen.copy()
        counts = self.counts(chosen)
        n_swaps = 0
        for _ in range(max_rounds):
            if time.perf_counter() > deadline:
                break
            if monitor is not None:
                monitor.check()
            s_idx = np.flatnonzero(chosen)
            if len(s_idx) == 0:
                break
            fk = f_cover(counts, self.need)
            g = self.w * (f_cover(counts + 1, self.need) - fk)
            lo = self.w * (fk - f_cover(counts - 1, self.need))
            gain = self.At @ g
            loss = (self.At @ lo)[s_idx]
            # corr[c, s] = Σ_{i ∈ N_c ∩ N_s} (lo_i - g_i)
            d = lo - g
            B = self.A[:, s_idx]
            corr = (self.At @ sparse.diags(d) @ B).tocsr()
            if self.conf is not None:
                cs = self.conf[:, s_idx].tocsr()
                n_conf = np.asarray(cs.sum(axis=1)).ravel()
            else:
                cs, n_conf = None, np.zeros(self.n)
            # best partner for every candidate c
            best_delta = np.full(self.n, -np.inf)
            best_s = np.full(self.n, -1, dtype=np.int64)
            cand = np.flatnonzero(~chosen & (n_conf <= 1) & (gain > 0))
            if len(cand) == 0:
                break
            chunk = max(1, int(4e6 // max(len(s_idx), 1)))
            for a in range(0, len(cand), chunk):
                cc = cand[a : a + chunk]
                block = gain[cc, None] - loss[None, :] + corr[cc].toarray()
                if cs is not None:
                    cb = cs[cc].toarray()
                    ok = (n_conf[cc, None] - cb) == 0
                    block = np.where(ok, block, -np.inf)
                k = np.argmax(block, axis=1)
                best_delta[cc] = block[np.arange(len(cc)), k]
                best_s[cc] = s_idx[k]
            order = np.argsort(-best_delta)
            order = order[best_delta[order] > 1e-9 * max(1.0, float(self.w.sum()))]
            if len(order) == 0:
                break
            touched = np.zeros(len(self.w), dtype=bool)
            used = np.zeros(self.n, dtype=bool)
            applied = 0
            batch_limit = 1 if self.quota is not None else 64
            for c in order[: 20 * batch_limit]:
                s = best_s[c]
                if used[s] or used[c]:
                    continue
                rows_c = self.At[c].indices
                rows_s = self.At[s].indices
                if touched[rows_c].any() or touched[rows_s].any():
                    continue
                if self.conf is not None:
                    nb = self.conf[c].indices
                    # c must not conflict with any site chosen in this batch
                    if (chosen[nb] & (nb != s)).any():
                        continue
                new_counts = counts.copy()
                new_counts[rows_s] -= 1
                new_counts[rows_c] += 1
                if self.quota is not None and not self.quota_ok(new_counts):
                    continue
                chosen[s] = False
                chosen[c] = True
                counts = new_counts
                touched[rows_c] = True
                touched[rows_s] = True
                used[s] = used[c] = True
                applied += 1
                if applied >= batch_limit:
                    break
            if applied == 0:
                break
            n_swaps += applied
        return chosen, n_swaps
