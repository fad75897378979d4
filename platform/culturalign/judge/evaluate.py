"""Evaluation of policy adapters, and batch generation.

    culturalign generate locale=en-JP|base prompts=in.jsonl out=out.jsonl [version=3]
    culturalign evaluate locale=en-JP [version=3]

``evaluate`` answers the locale's held-out ``eval.jsonl`` prompts with the adapter and with the bare base (greedy),
and reports, judged by the locale's reward model (an autorater trained on the market's preferences):
- win rate of adapter vs base (ties count half), and a length-controlled win rate: a logistic regression of
  win on the length difference, read at zero difference (the idea of AlpacaEval 2's LC win rate);
- mean reward delta, mean KL to the base along the adapter's own answers (exact per-token KL over the vocabulary);
- mean length, the policy-compliance features, and chrF against the references (sacrebleu).
The version gets the registry alias `champion` if it passes the gates, `challenger` otherwise (the previous
champion stays registered).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

from culturalign.core import store, tracking
from culturalign.core.command import CommandError, Result
from culturalign.core.config import AppConfig, to_dict
from culturalign.core.files import sha256_file
from culturalign.core.locales import canonical
from culturalign.core.registry import champion_or_newest, registry_name
from culturalign.data.compliance import compliance_table
from culturalign.data.market import load_market
from culturalign.data.preferences import Report, read_jsonl
from culturalign.data.text import degenerate_rate
from culturalign.judge.gates import all_passed, policy_gates
from culturalign.judge.metrics import reference_metrics
from culturalign.model.adapters import load_policy_model, load_reward_scorer, sft_name
from culturalign.model.base import BaseModel, resolve
from culturalign.model.generation import generate_batched
from culturalign.model.reward_model import scores, trained_max_length

BASE = "__base__"  # PEFT's name for "no adapter" in a mixed batch


# ------------------------------------------------------------------------------------------------------ metrics


def win_rate(ours: list[float], theirs: list[float]) -> float:
    """Share of prompts where ours scores higher; exact ties count half."""
    wins = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a, b in zip(ours, theirs, strict=True))
    return wins / max(len(ours), 1)


def length_controlled_win_rate(
    ours: list[float], theirs: list[float], len_ours: list[int], len_theirs: list[int]
) -> float:
    """P(win) at equal length: fit P(win) = sigmoid(a + b * z), z = standardised length difference; return sigmoid(a).

    Newton's method on the (L2-regularised, so separable data stays finite) logistic log-likelihood.
    """
    y = [1.0 if a > b else 0.5 if a == b else 0.0 for a, b in zip(ours, theirs, strict=True)]
    diff = [lo - lt for lo, lt in zip(len_ours, len_theirs, strict=True)]
    scale = (sum(d * d for d in diff) / max(len(diff), 1)) ** 0.5 or 1.0
    z = [d / scale for d in diff]
    a = b = 0.0
    reg = 1e-2
    for _ in range(50):
        p = [1 / (1 + math.exp(-(a + b * zi))) for zi in z]
        ga = sum(yi - pi for yi, pi in zip(y, p, strict=True)) - reg * a
        gb = sum((yi - pi) * zi for yi, pi, zi in zip(y, p, z, strict=True)) - reg * b
        w = [pi * (1 - pi) for pi in p]
        haa = sum(w) + reg
        hab = sum(wi * zi for wi, zi in zip(w, z, strict=True))
        hbb = sum(wi * zi * zi for wi, zi in zip(w, z, strict=True)) + reg
        det = haa * hbb - hab * hab
        a += (hbb * ga - hab * gb) / det
        b += (haa * gb - hab * ga) / det
    return 1 / (1 + math.exp(-a))


def kl_to_base(model, tokenizer, prompts: list[Any], answers: list[str], batch_size: int = 8) -> float:
    """Mean per-token KL(adapter || base) over the adapter's answers, exact over the vocabulary."""
    import torch

    from culturalign.model.generation import chat_inputs
    from culturalign.model.trunk import decoder_layers, replay

    total, tokens = 0.0, 0
    for start in range(0, len(prompts), batch_size):
        batch_prompts, batch_answers = prompts[start : start + batch_size], answers[start : start + batch_size]
        enc = chat_inputs(tokenizer, batch_prompts)  # left-padded prompts
        # answers padded on the right, whatever the tokenizer's side: a left-padded answer would put pads between
        # prompt and answer, and its first token would be scored from a pad position
        ans = tokenizer(
            batch_answers, add_special_tokens=False, padding=True, padding_side="right", return_tensors="pt"
        )
        input_ids = torch.cat([enc["input_ids"], ans["input_ids"]], dim=1)
        mask = torch.cat([enc["attention_mask"], ans["attention_mask"]], dim=1)
        # Only the answer's positions are scored: the logits at the last prompt token and at every answer token but
        # the last. The base pass repeats the adapter pass's frozen lower layers, so they are replayed (trunk.py).
        keep = ans["input_ids"].shape[1] + 1
        with torch.inference_mode(), replay(decoder_layers(model)):
            logits = model(input_ids=input_ids, attention_mask=mask, use_cache=False, logits_to_keep=keep).logits
            with model.disable_adapter():
                base_logits = model(
                    input_ids=input_ids, attention_mask=mask, use_cache=False, logits_to_keep=keep
                ).logits
        logits, base_logits = logits[:, :-1].float(), base_logits[:, :-1].float()
        logp, logq = logits.log_softmax(-1), base_logits.log_softmax(-1)
        kl = (logp.exp() * (logp - logq)).sum(-1)  # (batch, answer tokens)
        answer_mask = ans["attention_mask"].float()
        total += float((kl * answer_mask).sum())
        tokens += int(answer_mask.sum())
    return total / max(tokens, 1)


# ---------------------------------------------------------------------------------------------------- generation


# ------------------------------------------------------------------------------------------------------ evaluate


def evaluate_locale(cfg: AppConfig, tag: str, base: BaseModel, policy_model, tokenizer, scorer, scorer_tok) -> dict:
    """All three evaluation families for one market's adapter (attached under ``tag``), against the base and its SFT.

    Reward model as autorater: win rate, length-controlled win rate and reward delta against the base, and the same
    against the SFT adapter the policy grew from (what RL added), when it is attached as ``sft_name(tag)``.
    Reference metrics against the eval references. Policy compliance. Degenerate answers (``data.text``). The LLM
    autorater (pairwise in both orders, and 1-5). KL to the base. And agreement between autorater, reward model and
    human votes where the annotation store has them.
    """
    market = load_market(cfg.paths, tag)
    rows = [r for _, r in read_jsonl(market.eval, Report())]
    rows = rows[: cfg.evaluation.max_prompts] if cfg.evaluation.max_prompts else rows
    prompts, references = [r["prompt"] for r in rows], [r["reference"] for r in rows]
    variants = [tag, BASE] + ([sft_name(tag)] if sft_name(tag) in policy_model.peft_config else [])
    # One mixed batch per chunk: adapter, base and SFT rows side by side (PEFT adapter_names).
    names = [v for v in variants for _ in prompts]
    mixed, ended = generate_batched(policy_model, tokenizer, prompts * len(variants), cfg, names)
    answers = {v: mixed[i * len(prompts) : (i + 1) * len(prompts)] for i, v in enumerate(variants)}
    # answers cut at evaluation.max_new_tokens: the reward model would judge fragments, so the share is reported
    clipped = {
        v: ended[i * len(prompts) : (i + 1) * len(prompts)].count(False) / len(prompts) for i, v in enumerate(variants)
    }
    tuned, plain = answers[tag], answers[BASE]
    scorer.set_adapter(tag)
    # the truncation of the adapter load_reward_scorer attached
    max_length = trained_max_length(champion_or_newest(cfg.paths.adapters, tag, "reward"))
    rewards = {v: scores(scorer, scorer_tok, prompts, a, max_length, cfg.reward.bf16) for v, a in answers.items()}
    r_tuned, r_plain = rewards[tag], rewards[BASE]
    policy_model.set_adapter(tag)
    metrics = {"n": len(prompts)} | versus(tuned, plain, r_tuned, r_plain, "")
    if sft_name(tag) in answers:  # the ablation: what SFT alone achieves against the base, and what RL adds to it
        sft, r_sft = answers[sft_name(tag)], rewards[sft_name(tag)]
        metrics |= versus(tuned, sft, r_tuned, r_sft, "_vs_sft")
        metrics |= prefixed(versus(sft, plain, r_sft, r_plain, ""), "sft_")
        metrics["sft_degenerate_rate"] = degenerate_rate(sft)
        policy_model.set_adapter(sft_name(tag))
        metrics["sft_kl_to_base"] = kl_to_base(policy_model, tokenizer, prompts, sft)
        policy_model.set_adapter(tag)
    metrics |= {"kl_to_base": kl_to_base(policy_model, tokenizer, prompts, tuned)}
    metrics |= {"degenerate_rate": degenerate_rate(tuned), "base_degenerate_rate": degenerate_rate(plain)}
    metrics |= {"clipped_rate": clipped[tag], "base_clipped_rate": clipped[BASE]}
    metrics |= {"sft_clipped_rate": clipped[sft_name(tag)]} if sft_name(tag) in clipped else {}
    metrics |= reference_metrics(tuned, references) | prefixed(reference_metrics(plain, references), "base_")
    metrics |= both(compliance_table(market.policy, tuned), compliance_table(market.policy, plain), "compliance_")
    metrics |= {"compliance": metrics["compliance_rules"], "base_compliance": metrics["base_compliance_rules"]}
    judged = autorater_metrics(cfg, market.policy, policy_model, tokenizer, prompts, tuned, plain, r_tuned, r_plain)
    metrics |= judged["metrics"]
    metrics |= human_agreement(cfg, tag, market.policy, policy_model, tokenizer, scorer, scorer_tok, max_length)
    samples = [
        {"prompt": str(p), "base": b, "adapter": a, "reward_base": rb, "reward_adapter": ra}
        | (
            {"sft": answers[sft_name(tag)][i], "reward_sft": rewards[sft_name(tag)][i]}
            if sft_name(tag) in answers
            else {}
        )
        for i, (p, b, a, rb, ra) in enumerate(zip(prompts, plain, tuned, r_plain, r_tuned, strict=True))
    ]
    return {"metrics": metrics, "samples": samples, "notes": judged["notes"] + rl_verdict(metrics)}


def versus(ours: list[str], theirs: list[str], r_ours: list[float], r_theirs: list[float], suffix: str) -> dict:
    """Win rate, length-controlled win rate and reward delta of ``ours`` over ``theirs`` (same prompts)."""
    words_o, words_t = [len(t.split()) for t in ours], [len(t.split()) for t in theirs]
    out = {
        f"win_rate{suffix}": win_rate(r_ours, r_theirs),
        f"lc_win_rate{suffix}": length_controlled_win_rate(r_ours, r_theirs, words_o, words_t),
        f"reward_delta{suffix}": sum(r_ours) / len(r_ours) - sum(r_theirs) / len(r_theirs),
    }
    if not suffix:
        out |= {"mean_words": sum(words_o) / len(words_o), "base_mean_words": sum(words_t) / len(words_t)}
    return out


def rl_verdict(metrics: dict) -> list[str]:
    """A sentence when RL added nothing measurable over its SFT start (win rate vs SFT at most a coin flip)."""
    win = metrics.get("win_rate_vs_sft")
    if win is None or win > 0.5:
        return []
    delta = metrics["reward_delta_vs_sft"]
    return [f"RL adds nothing over its SFT start: win rate vs SFT {win:.3f} (reward delta {delta:+.3f})"]


def prefixed(values: dict[str, float], prefix: str) -> dict[str, float]:
    return {prefix + k: v for k, v in values.items()}


def both(tuned: dict[str, float], plain: dict[str, float], prefix: str) -> dict[str, float]:
    """Adapter values under ``prefix``, the base's under ``base_`` + prefix."""
    return prefixed(tuned, prefix) | prefixed(plain, "base_" + prefix)


def judge_for(cfg: AppConfig, policy_model, tokenizer):
    """(judge, context): the configured endpoint, or the bare base in process (adapter disabled while judging)."""
    from contextlib import nullcontext

    from culturalign.judge.autorater import judge_from_config

    if cfg.evaluation.judge_url:
        return judge_from_config(cfg.evaluation), nullcontext()
    return judge_from_config(cfg.evaluation, policy_model, tokenizer), policy_model.disable_adapter()


def autorater_metrics(cfg, policy, policy_model, tokenizer, prompts, tuned, plain, r_tuned, r_plain) -> dict:
    """LLM-as-judge: pairwise adapter vs base (both orders), 1-5 scores, agreement with the reward model.

    A judge that is down is reported (metric ``autorater_available`` = 0 and a note), never a crash: the other
    families still stand.
    """
    from culturalign.data.agreement import cohen_kappa
    from culturalign.judge.autorater import JudgeUnavailable, agreement, pairwise, single, votes_from_scores

    k = cfg.evaluation.judge_prompts or len(prompts)
    prompts, tuned, plain = prompts[:k], tuned[:k], plain[:k]
    judge, context = judge_for(cfg, policy_model, tokenizer)
    try:
        with context:
            pair = pairwise(judge, policy, prompts, tuned, plain)
            rated, rated_base = single(judge, policy, prompts, tuned), single(judge, policy, prompts, plain)
    except JudgeUnavailable as exc:
        print(f"autorater unavailable: {exc}", file=sys.stderr)
        return {"metrics": {"autorater_available": 0.0}, "notes": [f"autorater unavailable: {exc}"]}
    reward_votes = votes_from_scores(r_tuned[:k], r_plain[:k])
    metrics = {
        "autorater_available": 1.0,
        "autorater_win_rate": pair["win_rate_a"],
        "autorater_soft_win_rate": pair["soft_win_rate_a"],
        "autorater_consistency": pair["consistency"],
        "autorater_first_position_rate": pair["first_position_rate"],
        "autorater_score": rated["mean"],
        "base_autorater_score": rated_base["mean"],
        "agreement_autorater_reward": agreement(pair["verdicts"], reward_votes)["autorater_reward"],
        "kappa_autorater_reward": cohen_kappa(pair["verdicts"], reward_votes),
    }
    return {"metrics": metrics, "notes": []}


def human_agreement(cfg, tag, policy, policy_model, tokenizer, scorer, scorer_tok, max_length) -> dict[str, float]:
    """Human majority votes from the annotation store vs the reward model and the autorater on the same answers."""
    from culturalign.annotate.store import db_path, majority_votes, store
    from culturalign.data.agreement import cohen_kappa
    from culturalign.judge.autorater import JudgeUnavailable, agreement, pairwise, votes_from_scores

    path = db_path(cfg)
    if not path.exists():
        return {}
    with store(path) as conn:
        items = majority_votes(conn, tag)
    if not items:
        return {}
    prompts, humans = [i["prompt"] for i in items], [i["majority"] for i in items]
    first, second = [i["response_a"] for i in items], [i["response_b"] for i in items]
    reward_votes = votes_from_scores(
        scores(scorer, scorer_tok, prompts, first, max_length, cfg.reward.bf16),
        scores(scorer, scorer_tok, prompts, second, max_length, cfg.reward.bf16),
    )
    judge, context = judge_for(cfg, policy_model, tokenizer)
    try:
        with context:
            judged = pairwise(judge, policy, prompts, first, second)["verdicts"]
    except JudgeUnavailable:
        judged = [None] * len(items)
    agree = agreement(judged, reward_votes, humans)
    return {
        "human_items": float(len(items)),
        "agreement_reward_human": agree["reward_human"],
        "agreement_autorater_human": agree["autorater_human"],
        "kappa_reward_human": cohen_kappa(reward_votes, humans),
    }


def evaluate_main(cfg: AppConfig) -> Result:
    """Evaluate locale's policy adapter, log to MLflow, set champion/challenger."""
    if not cfg.locale:
        raise CommandError("needs locale=<tag>", code=2)
    tag = canonical(cfg.locale)
    tracking.configure(cfg.tracking)
    base = resolve(cfg.model)
    try:
        policy_model, tokenizer, versions = load_policy_model(cfg, base, [tag], {tag: cfg.version}, with_sft=True)
        scorer, scorer_tok = load_reward_scorer(cfg, base, [tag])
    except store.AdapterError as exc:
        raise CommandError(str(exc)) from None
    result = record_evaluation(cfg, tag, versions[tag], base, policy_model, tokenizer, scorer, scorer_tok)
    return Result({"locale": tag, "version": versions[tag]} | result)


def record_evaluation(cfg, tag, version, base, policy_model, tokenizer, scorer, scorer_tok) -> dict:
    """Evaluate, log the run (with what it judged and by which thresholds), move the aliases; returns metrics + gate."""
    name = registry_name(tag, "policy")
    model_version = tracking.model_version_of(name, version)
    tags = {
        "locale": tag,
        "kind": "evaluation",
        "base_fingerprint": base.fingerprint,
        "adapter_version": str(version),
        "registry_version": str(model_version),
        "reward_model_version": champion_or_newest(cfg.paths.adapters, tag, "reward").name,
        "eval_sha256": sha256_file(Path(cfg.paths.locales) / tag / "eval.jsonl"),
    }
    with tracking.run(f"evaluate-{tag}", tags):
        result = evaluate_locale(cfg, tag, base, policy_model, tokenizer, scorer, scorer_tok)
        metrics = result["metrics"]
        results = policy_gates(metrics, cfg.evaluation)
        gates, passed = {r.key: r.passed is True for r in results}, all_passed(results)
        tracking.log_metrics(metrics)
        tracking.log_table(result["samples"], f"samples_{tag}.json")
        previous = tracking.alias_version(name, "champion")
        tracking.set_alias(name, "champion" if passed else "challenger", model_version)
        thresholds = {k: v for k, v in to_dict(cfg.evaluation).items() if k.startswith("gate_")}
        record = {"metrics": metrics, "gates": gates, "thresholds": thresholds, "passed": passed}
        tracking.log_dict(record | {"previous_champion": previous, "notes": result["notes"]}, "gate.json")
    return metrics | {"gates": gates, "gate_passed": passed, "previous_champion": previous, "notes": result["notes"]}


# ---------------------------------------------------------------------------------------- cross-market matrix


def generation_matrix(cfg: AppConfig, tags: list[str], policy_model, tokenizer, scorer, scorer_tok) -> dict:
    """mean reward[reward model market][adapter market] on one pooled prompt set (every market's first prompts)."""
    prompts = []
    for tag in tags:
        rows = [r for _, r in read_jsonl(Path(cfg.paths.locales) / tag / "eval.jsonl", Report())]
        prompts += [r["prompt"] for r in rows[: cfg.evaluation.matrix_prompts]]
    names = [t for t in tags for _ in prompts]
    answers, _ = generate_batched(policy_model, tokenizer, prompts * len(tags), cfg, names)
    by_adapter = {t: answers[i * len(prompts) : (i + 1) * len(prompts)] for i, t in enumerate(tags)}
    matrix: dict[str, dict[str, float]] = {}
    for rm in tags:
        scorer.set_adapter(rm)
        max_length = trained_max_length(champion_or_newest(cfg.paths.adapters, rm, "reward"))
        matrix[rm] = {}
        for adapter, texts in by_adapter.items():
            rewards = scores(scorer, scorer_tok, prompts, texts, max_length, cfg.reward.bf16)
            matrix[rm][adapter] = sum(rewards) / len(rewards)
    own_first = all(max(matrix[rm], key=matrix[rm].get) == rm for rm in tags)
    return {"matrix": matrix, "n_prompts": len(prompts), "each_reward_model_ranks_own_adapter_first": own_first}
