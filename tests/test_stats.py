"""Shortcut baselines, the bench report and the reward gates, on pairs built so every expected number is derived."""

from __future__ import annotations

import pytest
from culturalign.core.config import RewardConfig
from culturalign.data.stats import BagOfWords, baselines, bench, length_bias
from culturalign.judge.gates import reward_gates


def row(chosen: str, rejected: str, pair_type: str | None = None, flaw: str | None = None) -> dict:
    return {"prompt": "q", "chosen": chosen, "rejected": rejected, "pair_type": pair_type, "flaw": flaw}


# chosen is longer in the two style pairs and shorter in the two length pairs
ROWS = [
    row("thank you kindly for waiting", "ok", "style"),
    row("thank you so much for asking", "sure", "style"),
    row("here it is", "here it is here it is again and again", "length", "chosen_shorter"),
    row("done now", "done now done now and more words", "length", "chosen_shorter"),
]


def test_longer_and_shorter_wins_per_type():
    table = baselines([], ROWS)
    # longer wins both style pairs and neither length pair: 2/4 overall
    assert table["longer_wins"]["style"]["accuracy"] == 1.0
    assert table["longer_wins"]["length"]["accuracy"] == 0.0
    assert table["longer_wins"]["overall"]["accuracy"] == 0.5
    assert table["shorter_wins"]["length:chosen_shorter"]["accuracy"] == 1.0
    assert "bag_of_words" not in table  # no train pairs, no classifier


def test_bag_of_words_learns_which_words_win_and_not_which_side():
    train = [row(f"thank you {w}", f"yep {w}") for w in "abcdefghij"]
    bow = BagOfWords(train, min_count=1)
    # "thank"/"you" win and "yep" loses whichever column they are in
    assert bow.credit([row("thank you z", "yep z"), row("yep z", "thank you z")]) == [1.0, 0.0]
    # no shared vocabulary: the margin is 0, a tie
    assert bow.credit([row("unseen words", "other unseen")]) == [0.5]


def test_length_bias_splits_by_which_answer_is_longer():
    # right on both chosen-longer pairs, wrong on both chosen-shorter: a scorer that likes length, gap 1.0
    bias = length_bias(ROWS, [1.0, 1.0, 0.0, 0.0])
    assert (bias["chosen_longer"], bias["chosen_shorter"], bias["gap"]) == (1.0, 0.0, 1.0)


def test_bench_report():
    report = bench(ROWS, [2.0, 1.0, -1.0, 3.0], train_rows=[])
    # margins > 0 on pairs 1, 2 and 4: 3/4 overall, style 2/2, length 1/2
    assert report["accuracy"] == 0.75 and report["by_type"] == {"style": 1.0, "length": 0.5}
    assert report["by_flaw"] == {"length:chosen_shorter": 0.5}
    assert report["length_bias"]["gap"] == 0.5  # chosen longer 2/2, chosen shorter 1/2
    assert report["mean_margin"] == 1.25


@pytest.mark.parametrize(
    ("report", "failed"),
    [
        ({"accuracy": 0.9, "by_type": {"content": 0.8, "slip": 0.85}, "length_bias": {"gap": 0.1}}, set()),
        ({"accuracy": 0.9, "by_type": {"content": 0.7, "slip": 0.85}, "length_bias": {"gap": 0.1}}, {"content"}),
        (
            {"accuracy": 0.8, "by_type": {"content": 0.8, "slip": 0.79}, "length_bias": {"gap": 0.2}},
            {"accuracy", "slip", "length_gap"},
        ),
        # untyped data: the type gates do not apply, the gap does
        ({"accuracy": 0.9, "by_type": {}, "length_bias": {"gap": 0.3}}, {"length_gap"}),
        # a report without accuracy (never logged) fails rather than passing silently
        ({"by_type": {}, "length_bias": {"gap": 0.0}}, {"accuracy"}),
    ],
)
def test_reward_gates(report, failed):
    results = reward_gates(report, RewardConfig())  # 0.85 overall, 0.75 content, 0.8 slip, gap 0.15
    assert {r.key for r in results if r.passed is not True} == failed


def test_flat_metrics_names_are_valid_mlflow_metric_names():
    from culturalign.data.stats import flat_metrics

    # Two flaws on one slip pair are recorded as "slip:foreign_format+stiff_hedging"; MLflow refuses "+" and ":".
    report = {
        "accuracy": 0.9,
        "mean_margin": 1.0,
        "by_type": {"slip": 0.8},
        "by_flaw": {"slip:foreign_format+stiff_hedging": 0.5},
        "length_bias": {"gap": None, "chosen_shorter": 0.9},
        "baselines": {"longer": {"slip:foreign_format+stiff_hedging": 0.4}},
    }
    assert flat_metrics(report, "test_") == {
        "test_accuracy": 0.9,
        "test_mean_margin": 1.0,
        "test_acc_slip": 0.8,
        "test_acc_slip_foreign_format_stiff_hedging": 0.5,
        "test_length_bias_chosen_shorter": 0.9,
        "test_baseline_longer_slip_foreign_format_stiff_hedging": 0.4,
    }
