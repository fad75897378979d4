"""Agreement between human raters and strengths of compared variants: pure functions over counts.

- ``cohen_kappa``: two raters, the same items (Cohen 1960).
- ``fleiss_kappa``: any number of raters per item (Fleiss 1971, generalised to a varying number of ratings).
- ``bradley_terry``: variant strengths from pairwise wins by Hunter's (2004) MM algorithm, as Chatbot Arena ranks
  models from votes (batch maximum likelihood, so the result does not depend on the order of the votes).

``culturalign annotate``'s admin page reports these; tests check them against textbook worked examples.
Kappa is ``nan`` where it is undefined (chance agreement is already 1: every rating falls in one category), and
invalid input raises ValueError.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence

import numpy as np

# Outcome of one comparison (left, right): 'a' = left won, 'b' = right won, 'tie'.
OUTCOMES = ("a", "b", "tie")


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Cohen's kappa of two raters' labels on the same items: (p_o - p_e) / (1 - p_e).

    p_o is the share of items where they agree; p_e the agreement expected if each rater labelled at random with
    their own label frequencies: sum over labels of p_a(label) * p_b(label).
    """
    if len(a) != len(b):
        raise ValueError(f"the raters labelled different numbers of items ({len(a)} and {len(b)})")
    if not a:
        raise ValueError("cohen_kappa needs at least one item")
    n = len(a)
    p_o = sum(x == y for x, y in zip(a, b, strict=True)) / n
    p_e = sum((list(a).count(c) / n) * (list(b).count(c) / n) for c in set(a) | set(b))
    return _kappa(p_o, p_e)


def fleiss_kappa(counts: Sequence[Sequence[float]] | np.ndarray) -> float:
    """Fleiss' kappa of an items x categories matrix: counts[i][j] = raters who put item i in category j.

    Fleiss (1971) assumes every item has the same number of ratings n; annotation rarely gives that (raters skip
    items, join late). We use the standard generalisation to a varying n_i, which equals Fleiss' formula exactly
    when n is constant:
      P_i   = sum_j n_ij (n_ij - 1) / (n_i (n_i - 1))   agreeing rater pairs among all pairs on item i
      P_bar = mean of P_i over items                     (each item weighs the same, as in Fleiss)
      p_j   = sum_i n_ij / sum_i n_i                     pooled category shares
      P_e   = sum_j p_j^2,  kappa = (P_bar - P_e) / (1 - P_e)
    Items with fewer than two ratings carry no agreement information and are left out (P_i would be 0/0).
    Not Randolph's free-marginal kappa, which would fix P_e = 1/k and so ignore how skewed the labels are.
    """
    m = np.asarray(counts, dtype=float)
    if m.ndim != 2:
        raise ValueError(f"counts must be an items x categories matrix, got shape {m.shape}")
    if (m < 0).any():
        raise ValueError("counts must be non-negative")
    n_i = m.sum(axis=1)
    m, n_i = m[n_i >= 2], n_i[n_i >= 2]
    if len(m) == 0:
        return math.nan  # no item was rated twice: agreement is undefined
    p_i = (m * (m - 1)).sum(axis=1) / (n_i * (n_i - 1))
    p_j = m.sum(axis=0) / n_i.sum()
    return _kappa(float(p_i.mean()), float((p_j**2).sum()))


def _kappa(p_o: float, p_e: float) -> float:
    """(p_o - p_e) / (1 - p_e); nan when p_e == 1 (a single category was ever used: nothing to agree beyond chance)."""
    if math.isclose(p_e, 1.0):
        return math.nan
    return (p_o - p_e) / (1 - p_e)


# -------------------------------------------------------------------------------------------- Bradley-Terry


def pairwise_wins(comparisons: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str], float]:
    """(left, right, outcome) comparisons -> wins[(i, j)] = times i beat j; a tie is half a win for each side.

    Comparisons of a variant with itself (one variant sampled twice) say nothing about strengths and are skipped.
    """
    wins: dict[tuple[str, str], float] = {}
    for left, right, outcome in comparisons:
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES}, got {outcome!r}")
        if left == right:
            continue
        score = {"a": 1.0, "b": 0.0, "tie": 0.5}[outcome]
        wins[(left, right)] = wins.get((left, right), 0.0) + score
        wins[(right, left)] = wins.get((right, left), 0.0) + 1.0 - score
    return wins


def bradley_terry(
    wins: dict[tuple[str, str], float], prior: float = 0.1, max_iter: int = 100_000, tol: float = 1e-10
) -> dict[str, float]:
    """Bradley-Terry strengths p (P(i beats j) = p_i / (p_i + p_j)) by Hunter's MM algorithm.

    The MM update is p_i <- W_i / sum_j n_ij / (p_i + p_j), with W_i the wins of i and n_ij the games of i vs j;
    each step raises the likelihood. A variant that never won (or never lost) has no finite maximum-likelihood
    strength, so every variant also plays ``prior`` virtual games against a fixed reference of strength 1 and
    wins half of them: a tiny pull towards 1 that keeps every strength finite and positive and also ties
    together variants that were never compared. ``prior=0`` gives the plain MLE (and raises if it does not exist).
    Strengths are returned normalised to geometric mean 1, so log-strengths centre on 0 and p_i / p_j is the
    fitted odds that i beats j.
    """
    names = sorted({name for pair in wins for name in pair})
    if not names:
        return {}
    index = {name: k for k, name in enumerate(names)}
    w = np.zeros((len(names), len(names)))
    for (i, j), value in wins.items():
        if value < 0:
            raise ValueError(f"wins[{(i, j)!r}] is negative")
        if i != j:
            w[index[i], index[j]] += value
    if prior <= 0 and not _mle_exists(w):
        raise ValueError("no finite maximum-likelihood strengths (a variant never won or never lost); use prior > 0")
    games, won = w + w.T, w.sum(axis=1) + prior / 2
    p = np.ones(len(names))
    for _ in range(max_iter):
        new = won / ((games / (p[:, None] + p[None, :])).sum(axis=1) + prior / (p + 1.0))
        converged = np.max(np.abs(np.log(new) - np.log(p))) < tol
        p = new
        if converged:
            break
    p = p / math.exp(float(np.log(p).mean()))
    return {name: float(p[k]) for name, k in index.items()}


def _mle_exists(w: np.ndarray) -> bool:
    """Hunter's condition: the 'i beat j' graph is strongly connected (everyone reaches and is reached by all)."""

    def reach(adjacency: np.ndarray) -> set[int]:
        seen, stack = {0}, [0]
        while stack:
            for j in np.flatnonzero(adjacency[stack.pop()] > 0):
                if int(j) not in seen:
                    seen.add(int(j))
                    stack.append(int(j))
        return seen

    return len(reach(w)) == len(w) and len(reach(w.T)) == len(w)
