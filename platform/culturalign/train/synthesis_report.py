"""What one `data synthesize` run did, for the data card: drops, decisions, agreement, margins and lengths."""

from __future__ import annotations

from culturalign.core.config import AppConfig


def quantiles(values: list[float]) -> dict[str, float] | None:
    if not values:
        return None
    v = sorted(values)
    return {q: round(v[min(len(v) - 1, int(f * len(v)))], 3) for q, f in (("p10", 0.1), ("p50", 0.5), ("p90", 0.9))}


def statistics(cfg: AppConfig, answers, rules, own: str, kept, gaps, verdicts, tally, drop) -> dict:
    """What the run did, for the data card: drops, decisions, agreement, margins and lengths."""
    s = cfg.synthesize
    credits = [c for c, _ in verdicts]
    decided = sum(n for k, n in tally.items() if "None" not in k)
    agree = sum(n for k, n in tally.items() if k in ("rules_own_judge_own", "rules_other_judge_other"))
    words = lambda texts: round(sum(len(t.split()) for t in texts) / max(len(texts), 1), 1)  # noqa: E731
    return {
        "dropped": dict(drop),
        "pairs_judged": len(gaps),
        "kept": len(kept),
        "kept_own_chosen": sum(r["chosen_system"] == own for r in kept),
        "both_decided": decided,
        "agreement_when_both_decided": round(agree / decided, 3) if decided else None,
        "autorater_consistency": round(sum(v in ("a", "b", "tie") for _, v in verdicts) / max(len(verdicts), 1), 3),
        "decisions": dict(tally),
        # How far the scores are from the margins that decide a pair (own minus other; credit of the own answer).
        "rule_gap": quantiles(gaps),
        "rule_gap_clears_margin": round(sum(abs(g) >= s.rule_margin for g in gaps) / max(len(gaps), 1), 3),
        "judge_credit": quantiles(credits),
        "judge_credit_clears_margin": round(
            sum(abs(c - 0.5) >= s.judge_margin for c in credits) / max(len(gaps), 1), 3
        ),
        "mean_rule_score": {n: round(sum(v) / len(v), 3) for n, v in rules.items()},
        "mean_words": {n: words(texts) for n, texts in answers.items()},
        "mean_words_kept": {
            "chosen": words([r["chosen"] for r in kept]),
            "rejected": words([r["rejected"] for r in kept]),
        },
    }
