"""Online DPO: the policy samples, the market's reward labels the best and the worst of N, DPO learns the pair.

Each of ``rl.rounds`` rounds takes ``rl.prompts_per_round`` RL prompts, samples ``rl.num_generations`` answers to
each from the current policy (``train.rollout.sample``: one prefill per prompt, inverse-CDF sampling, up to
``rl.max_completion_length`` tokens) and scores them with the reward model plus the policy rules
(``train.rewards``). Unfinished answers (no end of turn within the limit) and loops (``rl.max_repetition``) are never
chosen: the reward model would judge a fragment, and it scores a loop like an answer. The best and the worst
finished answer of a prompt form a pair when their reward margin is at least ``rl.min_margin``; a clipped answer is
the rejected one only where it is the prompt's sole alternative (``label_pairs``). TRL's DPOTrainer then trains on the
round's pairs; its reference is a frozen copy of the adapter it is handed (the SFT adapter in round 1, so the KL
anchor is the SFT policy as in InstructGPT; later rounds anchor to the previous round, as iterative DPO does).
Reward-model labelling of the policy's own samples is what makes this RL rather than offline DPO: the pairs come
from the distribution being optimised.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from culturalign.core import tracking
from culturalign.core.config import AppConfig
from culturalign.data.preferences import as_messages
from culturalign.data.text import repetition_rate
from culturalign.train.rollout import sample


def sample_answers(model, tokenizer, prompts: list, n: int, max_new_tokens: int, temperature: float, seed: int):
    """(answers, finished) per prompt: ``n`` samples each, decoded, and whether each ended with an end of turn."""
    import torch

    eos_ids = [tokenizer.eos_token_id]
    ids = tokenizer.apply_chat_template(
        [as_messages(p) for p in prompts], add_generation_prompt=True, tokenize=True, return_dict=True
    )["input_ids"]
    rows = [row for row in ids for _ in range(n)]
    generator = torch.Generator().manual_seed(seed)
    was_training = model.training
    model.eval()
    try:
        completions, _ = sample(model, rows, max_new_tokens, temperature, eos_ids, tokenizer.pad_token_id, generator)
    finally:
        model.train(was_training)
    texts = [tokenizer.decode(c, skip_special_tokens=True).strip() for c in completions]
    done = [bool(c) and c[-1] in eos_ids for c in completions]
    return [texts[i * n : (i + 1) * n] for i in range(len(prompts))], [
        done[i * n : (i + 1) * n] for i in range(len(prompts))
    ]


def label_pairs(
    prompts: list,
    answers: list[list[str]],
    finished: list[list[bool]],
    rewards: list[list[float]],
    min_margin: float,
    max_repetition: float = 1.0,
) -> list[dict]:
    """One (chosen, rejected) pair per prompt whose reward margin is at least ``min_margin``.

    Chosen: the best-rewarded answer that finished and repeats less than ``max_repetition`` of its trigrams
    (``data.text.repetition_rate``). The reward model scores a paraphrase loop ("The Nova N9 phone is a Nova N9
    phone, which is a Nova N9 device...") like an answer, and the en-DE policy learned loops when they could be
    chosen (docs/BENCHMARKS.md). Rejected: the worst finished answer, a looping one counting below every other, so
    both answers of a pair are finished and about as long: a finished answer against a clipped one mostly teaches
    "stop sooner", which is what the en-DE policy learned when clipped answers were always the rejected ones. Only
    a prompt whose one finished answer is the chosen pairs it against a clipped one, so the policy still learns to
    end its answers; a loop against the chosen always makes a pair. A prompt with nothing to choose makes no pair.
    """
    pairs = []
    for prompt, texts, done, values in zip(prompts, answers, finished, rewards, strict=True):
        looping = [repetition_rate(t) >= max_repetition for t in texts]
        eligible = [i for i, d in enumerate(done) if d and not looping[i]]
        if not eligible:
            continue
        best = max(eligible, key=lambda i: values[i])
        others = [i for i, d in enumerate(done) if d and i != best]
        if others:
            worst = min(others, key=lambda i: (not looping[i], values[i]))
            margin = float("inf") if looping[worst] else values[best] - values[worst]
        else:
            worst = next((i for i, d in enumerate(done) if not d), best)
            margin = float("inf")
        if worst != best and margin >= min_margin and texts[best] != texts[worst]:
            pairs.append(
                {
                    "prompt": as_messages(prompt),
                    "chosen": [{"role": "assistant", "content": texts[best]}],
                    "rejected": [{"role": "assistant", "content": texts[worst]}],
                }
            )
    return pairs


def length_slope(rewards: list[list[float]], words: list[list[int]], finished: list[list[bool]]) -> float:
    """Reward per word among the finished answers to the same prompt (pooled within-prompt least squares).

    Within a prompt, so that prompts that need long answers do not pass for a length preference; finished answers
    only, as only they can be chosen. 0 when no prompt has two finished answers of different lengths.
    """
    num = den = 0.0
    for values, counts, done in zip(rewards, words, finished, strict=True):
        kept = [(w, r) for w, r, d in zip(counts, values, done, strict=True) if d]
        if len(kept) < 2:
            continue
        mean_w = sum(w for w, _ in kept) / len(kept)
        mean_r = sum(r for _, r in kept) / len(kept)
        num += sum((w - mean_w) * (r - mean_r) for w, r in kept)
        den += sum((w - mean_w) ** 2 for w, _ in kept)
    return num / den if den else 0.0


def without_length(rewards: list[list[float]], words: list[list[int]], slope: float) -> list[list[float]]:
    """Rewards with the length trend taken out (``slope`` per word), for choosing pairs by what is not length."""
    return [
        [r - slope * w for r, w in zip(values, counts, strict=True)]
        for values, counts in zip(rewards, words, strict=True)
    ]


def pair_words(pairs: list[dict]) -> dict[str, float]:
    """Mean words of the chosen and the rejected answers: a pair set that mostly contrasts length shows here."""
    words = lambda key: [len(p[key][0]["content"].split()) for p in pairs]  # noqa: E731
    return {f"{key}_words": sum(words(key)) / max(len(pairs), 1) for key in ("chosen", "rejected")}


def round_pairs(rl, prompts: list, answers: list[list[str]], finished: list[list[bool]], rewards: list[list[float]]):
    """(the round's DPO pairs, the reward's length slope): ``label_pairs`` on the rewards, with their length trend
    taken out first when ``rl.length_debias`` is on."""
    words = [[len(a.split()) for a in group] for group in answers]
    slope = length_slope(rewards, words, finished)
    if rl.length_debias:  # the pair's answers then differ by what the reward sees beyond length
        rewards = without_length(rewards, words, slope)
    return label_pairs(prompts, answers, finished, rewards, rl.min_margin, rl.max_repetition), slope


def loss_args(rl) -> dict:
    """DPOConfig loss settings: the sigmoid DPO loss, plus an SFT loss on the chosen answer when weighted (RPO)."""
    if not rl.dpo_sft_weight:
        return {"loss_type": ["sigmoid"]}
    return {"loss_type": ["sigmoid", "sft"], "loss_weights": [1.0, rl.dpo_sft_weight]}


def train(cfg: AppConfig, model, tokenizer, prompts: list, reward, work_dir: Path, common: dict) -> tuple[Any, dict]:
    """``rl.rounds`` rounds of sample, label, DPO on ``model`` (a PeftModel); returns it and what happened."""
    from datasets import Dataset
    from trl import DPOConfig, DPOTrainer

    rl = cfg.rl
    order = list(prompts)
    random.Random(rl.seed).shuffle(order)
    info: dict[str, Any] = {"pairs": 0, "sampled": 0, "clipped": 0}
    every_pair: list[dict] = []
    for round_ in range(rl.rounds):
        batch = [order[(round_ * rl.prompts_per_round + i) % len(order)] for i in range(rl.prompts_per_round)]
        answers, finished = sample_answers(
            model, tokenizer, batch, rl.num_generations, rl.max_completion_length, rl.temperature, rl.seed + round_
        )
        flat = [a for group in answers for a in group]
        values = reward([p for p in batch for _ in range(rl.num_generations)], flat)
        rewards = [values[i * rl.num_generations : (i + 1) * rl.num_generations] for i in range(len(batch))]
        pairs, slope = round_pairs(rl, batch, answers, finished, rewards)
        clipped = sum(not d for group in finished for d in group)
        info["sampled"] += len(flat)
        info["clipped"] += clipped
        info["pairs"] += len(pairs)
        every_pair += pairs
        tracking.log_metrics(
            {
                "round_reward_mean": sum(values) / len(values),
                "round_pairs": len(pairs),
                "round_clipped": clipped / len(flat),
                "round_length_slope": slope,
            }
            | {f"round_{k}": v for k, v in pair_words(pairs).items()},
            step=round_,
        )
        if not pairs:
            continue
        if "ref" in model.peft_config:  # the previous round's reference: this round anchors to the current policy
            model.delete_adapter("ref")
        args = DPOConfig(
            **(common | dict(output_dir=str(work_dir / f"round-{round_}"), max_steps=-1, save_strategy="no")),
            num_train_epochs=rl.dpo_epochs,
            per_device_train_batch_size=rl.dpo_batch_size,
            beta=rl.beta,
            max_length=rl.max_length,
            **loss_args(rl),
        )
        trainer = DPOTrainer(
            model=model,
            args=args,
            train_dataset=Dataset.from_list(pairs),
            processing_class=tokenizer,
            callbacks=[tracking.trainer_callback(prefix=f"dpo{round_}_")],
        )
        trainer.train()
        model = trainer.model
    if "ref" in model.peft_config:
        model.delete_adapter("ref")
    info["clipped_share"] = info["clipped"] / max(info["sampled"], 1)
    info |= {f"pair_{k}": v for k, v in pair_words(every_pair).items()}
    return model, info
