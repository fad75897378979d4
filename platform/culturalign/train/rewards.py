"""The reward a policy is trained against: the market's reward model plus, weighted, the policy's rule score.

Both RL paths use these functions: TRL's GRPO and RLOO trainers call them as ``reward_funcs``, and online DPO
labels its sampled answers with ``total``. The reward model is the market's champion (else newest), scored in the
exact text format it was trained on (``model.reward_model.encode``), merged so scoring pays no LoRA overhead.
"""

from __future__ import annotations

from typing import Any

from culturalign.core.config import AppConfig
from culturalign.core.registry import champion_or_newest
from culturalign.data.market import Market
from culturalign.data.policies import rule_score
from culturalign.model.base import BaseModel
from culturalign.model.reward_model import Head, load_reward_models, pool, scores, trained_max_length


def completion_text(completion: Any) -> str:
    """TRL passes conversational completions as message lists, plain ones as strings."""
    return completion[0]["content"] if isinstance(completion, list) else completion


def reward_functions(cfg: AppConfig, market: Market, base: BaseModel) -> tuple[list, list[float], int]:
    """([reward model fn, policy rule fn], weights, reward model version), in TRL's ``reward_funcs`` shape."""
    rm_path = champion_or_newest(cfg.paths.adapters, market.tag, "reward")
    rm, rm_tokenizer = load_reward_models(base, {market.tag: rm_path})
    rm = rm.merge_and_unload().eval()
    pool(rm, rm_tokenizer, Head.of(rm_path))  # merging replaced the hooked head
    max_length = trained_max_length(rm_path)

    def reward_model(prompts, completions, **_):
        answers = [completion_text(c) for c in completions]
        return scores(rm, rm_tokenizer, prompts, answers, max_length, cfg.rl.bf16)

    def policy_rules(prompts, completions, **_):
        return [rule_score(market.policy, completion_text(c)) for c in completions]

    return [reward_model, policy_rules], [1.0, cfg.rl.rule_reward_weight], int(rm_path.name)


def total(funcs: list, weights: list[float], prompts: list, answers: list[str]) -> list[float]:
    """The weighted sum of every reward function, per answer (what GRPO sums too)."""
    parts = [f(prompts, answers) for f in funcs]
    return [sum(w * p[i] for w, p in zip(weights, parts, strict=True)) for i in range(len(answers))]
