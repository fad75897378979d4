"""The promotion gates, defined once: evaluation applies them, the audit shows them, with the same names and rules.

A gate compares one metric with a threshold from the config. ``policy_gates`` decides whether a policy adapter
becomes ``champion``; ``reward_gates`` whether a reward model does. A metric that was never logged fails its gate
(``passed`` is None in the audit's view: it cannot be decided) rather than passing silently.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from culturalign.core.config import EvaluationConfig, RewardConfig


@dataclass(frozen=True)
class GateResult:
    """One gate's outcome: ``passed`` is None when a metric it needs is missing."""

    key: str  # stable id, e.g. "win_rate" (the key evaluation records in gate.json)
    name: str  # what a market owner reads
    passed: bool | None
    value: float | None
    threshold: float
    detail: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _at_least(key: str, name: str, value: float | None, minimum: float) -> GateResult:
    passed = None if value is None else value >= minimum
    return GateResult(key, f"{name} ≥ {minimum:g}", passed, value, minimum, "not logged" if value is None else "")


def _at_most(key: str, name: str, value: float | None, maximum: float, detail: str = "") -> GateResult:
    passed = None if value is None else value <= maximum
    return GateResult(key, f"{name} ≤ {maximum:g}", passed, value, maximum, "not logged" if value is None else detail)


def policy_gates(metrics: dict[str, float], ev: EvaluationConfig) -> list[GateResult]:
    """Gates a policy adapter must pass on the held-out eval prompts."""
    rep, base_rep = metrics.get("repetition"), metrics.get("base_repetition")
    # Degenerate loops can win on reward (they repeat the markers): fluent text is a release condition.
    excess = None if rep is None or base_rep is None else rep - base_rep
    degenerate, base_degenerate = metrics.get("degenerate_rate"), metrics.get("base_degenerate_rate")
    worse = None if degenerate is None or base_degenerate is None else degenerate - base_degenerate
    return [
        _at_least("win_rate", "Win rate vs base", metrics.get("win_rate"), ev.gate_win_rate),
        _at_least("lc_win_rate", "Length-controlled win rate vs base", metrics.get("lc_win_rate"), ev.gate_lc_win_rate),
        _at_least(
            "win_rate_vs_sft", "Win rate vs its SFT start", metrics.get("win_rate_vs_sft"), ev.gate_win_rate_vs_sft
        ),
        _at_least(
            "lc_win_rate_vs_sft",
            "Length-controlled win rate vs its SFT start",
            metrics.get("lc_win_rate_vs_sft"),
            ev.gate_lc_win_rate_vs_sft,
        ),
        _at_most(
            "repetition",
            "Repeated-trigram rate above the base's",
            excess,
            ev.gate_repetition_margin,
            "" if excess is None else f"adapter {rep:.3f}, base {base_rep:.3f}",
        ),
        _at_most(
            "degenerate",
            "Degenerate answers above the base's share",
            worse,
            ev.gate_degenerate_margin,
            "" if worse is None else f"adapter {degenerate:.3f}, base {base_degenerate:.3f}",
        ),
    ]


def reward_gates(report: dict[str, Any], rw: RewardConfig) -> list[GateResult]:
    """Gates a reward model must pass on its market's test split (``report``: a ``reward bench`` report).

    Overall accuracy; accuracy on pairs whose rejected answer is wrong, unhelpful or unsafe in the market's own
    style (``content``) and on subtle contract slips (``slip``); and the length-bias gap, so a model that judges
    length cannot pass. A pair type absent from the test split (untyped or imported data) does not apply.
    """
    by_type = report.get("by_type") or {}
    gap = (report.get("length_bias") or {}).get("gap")
    return [
        _at_least("accuracy", "Reward model test accuracy", report.get("accuracy"), rw.gate_accuracy),
        _type_gate("content", "Accuracy on content pairs", by_type, rw.gate_content),
        _type_gate("slip", "Accuracy on slip pairs", by_type, rw.gate_slip),
        _not_applicable("length_gap", f"Length-bias gap ≤ {rw.gate_length_gap:g}", rw.gate_length_gap)
        if gap is None and report.get("by_type") is not None
        else _at_most("length_gap", "Length-bias gap (chosen shorter vs longer)", gap, rw.gate_length_gap),
    ]


def _type_gate(pair_type: str, name: str, by_type: dict[str, float], minimum: float) -> GateResult:
    if pair_type not in by_type:
        return _not_applicable(pair_type, f"{name} ≥ {minimum:g}", minimum)
    return _at_least(pair_type, name, by_type[pair_type], minimum)


def _not_applicable(key: str, name: str, threshold: float) -> GateResult:
    return GateResult(key, name, True, None, threshold, "not applicable: no such pairs in the test split")


def all_passed(results: list[GateResult]) -> bool:
    return all(r.passed is True for r in results)
