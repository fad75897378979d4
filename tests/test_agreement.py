"""Agreement statistics and Bradley-Terry strengths against textbook examples and hand-derived values."""

from __future__ import annotations

import math

import pytest
from culturalign.data.agreement import bradley_terry, cohen_kappa, fleiss_kappa, pairwise_wins

# ------------------------------------------------------------------------------------------------------- Cohen


def test_cohen_kappa_wikipedia_example():
    # Wikipedia "Cohen's kappa", simple example: 50 proposals, Yes/Yes 20, Yes/No 5, No/Yes 10, No/No 15.
    # p_o = (20 + 15) / 50 = 0.7; rater A says Yes 25/50 = 0.5, rater B 30/50 = 0.6;
    # p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
    a = ["yes"] * 20 + ["yes"] * 5 + ["no"] * 10 + ["no"] * 15
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_cohen_kappa_three_categories_by_hand():
    # 6 items: agree on the 1st, 2nd and 6th (p_o = 1/2). A: a a b tie a b -> a 3/6, b 2/6, tie 1/6;
    # B: a a a b b b -> a 3/6, b 3/6. p_e = 1/2 * 1/2 + 1/3 * 1/2 + 1/6 * 0 = 5/12.
    # kappa = (1/2 - 5/12) / (1 - 5/12) = (1/12) / (7/12) = 1/7.
    a = ["a", "a", "b", "tie", "a", "b"]
    b = ["a", "a", "a", "b", "b", "b"]
    assert cohen_kappa(a, b) == pytest.approx(1 / 7)


def test_cohen_kappa_perfect_chance_and_undefined():
    assert cohen_kappa(["a", "b", "a"], ["a", "b", "a"]) == pytest.approx(1.0)
    # p_o = 0, p_e = 1/2 * 1/2 * 2 = 1/2 -> kappa = -1 (systematic disagreement)
    assert cohen_kappa(["a", "b"], ["b", "a"]) == pytest.approx(-1.0)
    assert math.isnan(cohen_kappa(["a", "a"], ["a", "a"]))  # one label only: p_e = 1
    with pytest.raises(ValueError, match="different numbers"):
        cohen_kappa(["a"], ["a", "b"])


# ------------------------------------------------------------------------------------------------------- Fleiss

# Wikipedia "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories.
WIKIPEDIA_FLEISS = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def test_fleiss_kappa_wikipedia_example():
    # Column totals 20, 28, 39, 21, 32 of 140: P_e = (20^2 + 28^2 + 39^2 + 21^2 + 32^2) / 140^2 = 4170 / 19600.
    # Agreeing pairs per row, sum_j n_ij (n_ij - 1): 182 46 56 80 60 84 44 32 52 52 = 688 of 10 * 14 * 13:
    # P_bar = 688 / 1820. kappa = (688/1820 - 4170/19600) / (1 - 4170/19600) = 0.20993 (Wikipedia: 0.210).
    expected = (688 / 1820 - 4170 / 19600) / (1 - 4170 / 19600)
    assert fleiss_kappa(WIKIPEDIA_FLEISS) == pytest.approx(expected)
    assert round(fleiss_kappa(WIKIPEDIA_FLEISS), 3) == 0.210


def test_fleiss_kappa_varying_raters_by_hand():
    # rows (a, b): [2, 0] n=2, P=2/2=1; [1, 2] n=3, P=(0+2)/6=1/3; [0, 3] n=3, P=6/6=1; [1, 0] n=1 is left out.
    # P_bar = (1 + 1/3 + 1) / 3 = 7/9. Pooled over kept rows: a 3, b 5 of 8 -> P_e = (9 + 25) / 64 = 17/32.
    # kappa = (7/9 - 17/32) / (15/32) = (71/288) * (32/15) = 71/135 = 0.5259.
    assert fleiss_kappa([[2, 0], [1, 2], [0, 3], [1, 0]]) == pytest.approx(71 / 135)


def test_fleiss_kappa_equals_one_for_unanimous_items_and_nan_when_undefined():
    assert fleiss_kappa([[3, 0, 0], [0, 3, 0], [0, 0, 2]]) == pytest.approx(1.0)
    assert math.isnan(fleiss_kappa([[3, 0], [2, 0]]))  # one category only: P_e = 1
    assert math.isnan(fleiss_kappa([[1, 0], [0, 1]]))  # nothing rated twice
    with pytest.raises(ValueError):
        fleiss_kappa([1, 2, 3])


# ----------------------------------------------------------------------------------------------- Bradley-Terry


def test_bradley_terry_two_variants_closed_form():
    # Two players: the MLE odds p_x / p_y equal the win ratio 3 / 1; geometric mean 1 gives sqrt(3), 1/sqrt(3).
    strengths = bradley_terry({("x", "y"): 3, ("y", "x"): 1}, prior=0)
    assert strengths["x"] == pytest.approx(math.sqrt(3), rel=1e-6)
    assert strengths["y"] == pytest.approx(1 / math.sqrt(3), rel=1e-6)


def test_bradley_terry_three_variants_closed_form():
    # p = (4, 2, 1) satisfies every MLE equation W_i = sum_j n_ij p_i / (p_i + p_j):
    #   A: 3 * 4/6 + 5 * 4/5 = 6 = 2 + 4 wins;  B: 3 * 2/6 + 3 * 2/3 = 3 = 1 + 2;  C: 5 * 1/5 + 3 * 1/3 = 2 = 1 + 1.
    # Geometric mean of (4, 2, 1) is 2, so the normalised strengths are (2, 1, 0.5).
    wins = {("A", "B"): 2, ("B", "A"): 1, ("B", "C"): 2, ("C", "B"): 1, ("A", "C"): 4, ("C", "A"): 1}
    exact = {"A": 2.0, "B": 1.0, "C": 0.5}
    assert bradley_terry(wins, prior=0) == pytest.approx(exact, rel=1e-6)
    # The default prior (0.1 virtual games against strength 1) only nudges 19 real games.
    assert bradley_terry(wins) == pytest.approx(exact, rel=0.05)


def test_bradley_terry_cycle_is_a_draw():
    # A > B > C > A once each: by symmetry every strength is equal, i.e. 1 at geometric mean 1.
    wins = {("A", "B"): 1, ("B", "C"): 1, ("C", "A"): 1}
    assert bradley_terry(wins, prior=0) == pytest.approx({"A": 1.0, "B": 1.0, "C": 1.0})


def test_bradley_terry_never_winning_variant_stays_finite():
    strengths = bradley_terry({("x", "y"): 5})
    assert all(math.isfinite(s) and s > 0 for s in strengths.values())
    assert strengths["x"] > 10 * strengths["y"]
    with pytest.raises(ValueError, match="never won"):
        bradley_terry({("x", "y"): 5}, prior=0)


def test_pairwise_wins_counts_ties_half_and_skips_self_comparisons():
    # x won once (a), y once (b), one tie, x vs x ignored: x 1 + 0.5, y 1 + 0.5.
    wins = pairwise_wins([("x", "y", "a"), ("y", "x", "a"), ("x", "y", "tie"), ("x", "x", "a")])
    assert wins == {("x", "y"): 1.5, ("y", "x"): 1.5}
    # Two wins and two ties for x: 3 vs 1, so the same strengths as the 3:1 closed form above.
    wins = pairwise_wins([("x", "y", "a")] * 2 + [("x", "y", "tie")] * 2)
    assert bradley_terry(wins, prior=0)["x"] == pytest.approx(math.sqrt(3), rel=1e-6)
