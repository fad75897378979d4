"""What a preference split lets a shortcut get right, so a reward model's accuracy can be read against it.

Three shortcut baselines, each scored per pair type (and per flaw) on the same pairs as a reward model:
- ``longer_wins`` / ``shorter_wins``: pick the answer with more (fewer) words; ties count half.
- ``bag_of_words``: a logistic regression on word counts trained on the market's train split (features: counts of
  the chosen answer minus counts of the rejected one, both orders, so it learns which words win, not which side).
A reward model that does not beat these on a pair type has learned nothing a word list could not.

    culturalign data stats [locale=<tag>]     # per market and pair type on the test split; logged to MLflow
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from culturalign.data.preferences import answer_text
from culturalign.data.text import tokens

UNTYPED = "all"  # the group of pairs without a pair_type


def words(text: Any) -> int:
    return len(answer_text(text).split())


def length_score(row: dict) -> float:
    """1 if the chosen answer is longer, 0 if shorter, 0.5 on a tie (the longer-wins baseline's credit)."""
    c, r = words(row["chosen"]), words(row["rejected"])
    return 1.0 if c > r else 0.0 if c < r else 0.5


def pair_type(row: dict) -> str:
    return row.get("pair_type") or UNTYPED


def groups(rows: list[dict]) -> dict[str, list[int]]:
    """Row indices by pair type and by flaw (``content:wrong_fact``); every row is also in ``overall``."""
    out: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        out["overall"].append(i)
        out[pair_type(row)].append(i)
        if row.get("flaw") and pair_type(row) in ("content", "slip", "length"):
            out[f"{pair_type(row)}:{row['flaw']}"].append(i)
    return dict(out)


def grouped_accuracy(rows: list[dict], credit: list[float]) -> dict[str, dict[str, float]]:
    """{group: {"n", "accuracy"}} of per-row credit (1 right, 0 wrong, 0.5 tie) over ``groups(rows)``."""
    return {
        name: {"n": len(idx), "accuracy": sum(credit[i] for i in idx) / len(idx)} for name, idx in groups(rows).items()
    }


class BagOfWords:
    """Logistic regression on word counts of chosen minus rejected (scikit-learn), trained on train pairs."""

    def __init__(self, train_rows: list[dict], min_count: int = 2, seed: int = 0):
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import LogisticRegression

        self.vectorizer = CountVectorizer(tokenizer=tokens, lowercase=False, token_pattern=None, min_df=min_count)
        self.vectorizer.fit([answer_text(r[k]) for r in train_rows for k in ("chosen", "rejected")])
        diff = self.diff(train_rows)
        # both orders: +diff is "chosen first" (label 1), -diff "rejected first" (label 0); no intercept, so the
        # model can only say which words win
        x = _vstack(diff, -diff)
        y = [1] * diff.shape[0] + [0] * diff.shape[0]
        self.model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=2000, random_state=seed).fit(x, y)

    def diff(self, rows: list[dict]):
        chosen = self.vectorizer.transform([answer_text(r["chosen"]) for r in rows])
        rejected = self.vectorizer.transform([answer_text(r["rejected"]) for r in rows])
        return chosen - rejected

    def credit(self, rows: list[dict]) -> list[float]:
        """1 where the chosen answer scores higher, 0 lower, 0.5 equal (e.g. both answers share every word)."""
        margin = self.model.decision_function(self.diff(rows))
        return [1.0 if m > 0 else 0.0 if m < 0 else 0.5 for m in margin]


def _vstack(a, b):
    from scipy.sparse import vstack

    return vstack([a, b]).tocsr()


def baselines(train_rows: list[dict], rows: list[dict]) -> dict[str, dict[str, dict[str, float]]]:
    """{baseline: {group: {"n", "accuracy"}}} for longer-wins, shorter-wins and bag-of-words on ``rows``."""
    longer = [length_score(r) for r in rows]
    out = {
        "longer_wins": grouped_accuracy(rows, longer),
        "shorter_wins": grouped_accuracy(rows, [1.0 - c for c in longer]),
    }
    if train_rows:
        out["bag_of_words"] = grouped_accuracy(rows, BagOfWords(train_rows).credit(rows))
    return out


def margin_credit(margins: Iterable[float]) -> list[float]:
    """A scorer's per-pair credit from chosen-minus-rejected margins (ties count half)."""
    return [1.0 if m > 0 else 0.0 if m < 0 else 0.5 for m in margins]


def length_bias(rows: list[dict], credit: list[float]) -> dict[str, float | None]:
    """Accuracy where the chosen answer is the shorter vs the longer one, and the gap between them.

    A scorer that judges length is right on one side and wrong on the other: a large gap. Equal-length pairs are
    in neither group.
    """
    sides: dict[str, list[float]] = {"chosen_shorter": [], "chosen_longer": []}
    for row, c in zip(rows, credit, strict=True):
        side = length_score(row)
        if side != 0.5:
            sides["chosen_longer" if side == 1.0 else "chosen_shorter"].append(c)
    acc = {k: (sum(v) / len(v) if v else None) for k, v in sides.items()}
    short, long_ = acc["chosen_shorter"], acc["chosen_longer"]
    gap = None if short is None or long_ is None else abs(long_ - short)
    return acc | {
        "gap": gap,
        "n_chosen_shorter": len(sides["chosen_shorter"]),
        "n_chosen_longer": len(sides["chosen_longer"]),
    }


def bench(rows: list[dict], margins: list[float], train_rows: list[dict]) -> dict[str, Any]:
    """A scorer's accuracy overall, by pair type and flaw, its length bias, and the shortcut baselines beside it."""
    credit = margin_credit(margins)
    by_group = grouped_accuracy(rows, credit)
    return {
        "n": len(rows),
        "accuracy": by_group["overall"]["accuracy"],
        "by_type": {k: v["accuracy"] for k, v in by_group.items() if k != "overall" and ":" not in k},
        "by_flaw": {k: v["accuracy"] for k, v in by_group.items() if ":" in k},
        "counts": {k: v["n"] for k, v in by_group.items()},
        "length_bias": length_bias(rows, credit),
        "mean_margin": sum(margins) / max(len(margins), 1),
        "baselines": {
            name: {k: v["accuracy"] for k, v in table.items()} for name, table in baselines(train_rows, rows).items()
        },
    }


def flat_metrics(report: dict[str, Any], prefix: str = "") -> dict[str, float]:
    """A bench report as flat MLflow metrics: accuracy, acc_<type>, acc_<type>_<flaw>, length_bias_*, base_*."""
    out: dict[str, float] = {f"{prefix}accuracy": report["accuracy"], f"{prefix}mean_margin": report["mean_margin"]}
    for group, acc in (report["by_type"] | report["by_flaw"]).items():
        out[f"{prefix}acc_{metric_key(group)}"] = acc
    for key, value in report["length_bias"].items():
        if value is not None:
            out[f"{prefix}length_bias_{key}"] = value
    for name, table in report["baselines"].items():
        for group, acc in table.items():
            out[f"{prefix}baseline_{name}_{metric_key(group)}"] = acc
    return out


def metric_key(group: str) -> str:
    """A group name ("slip:foreign_format+stiff_hedging") as an MLflow metric name (letters, digits, _ - . / only)."""
    return re.sub(r"[^\w\-./]", "_", group)


def table_lines(title: str, columns: dict[str, dict[str, float]], counts: dict[str, int]) -> list[str]:
    """A fixed-width table: one row per group (overall, then types, then flaws), one column per scorer."""
    names = list(columns)
    order = sorted(counts, key=lambda g: (g != "overall", ":" in g, g))
    width = max(len(g) for g in order) + 2
    lines = [title, "group".ljust(width) + "n".rjust(5) + "".join(n.rjust(14) for n in names)]
    for g in order:
        cells = "".join((f"{columns[n][g]:.3f}" if g in columns[n] else "-").rjust(14) for n in names)
        lines.append(g.ljust(width) + str(counts[g]).rjust(5) + cells)
    return lines
