"""LLM autorater: an LLM judges answers against a market's rubric (``policies.judge_instructions``).

Two judges share the ``Judge`` protocol:
- ``LocalJudge`` runs any chat causal LM in this process (by default the embedded base). It does not generate: one
  forward pass per judgement reads the next-token probabilities of the answer labels ("A"/"B"[/"tie"], "1".."5"),
  which a 135M model gives far more reliably than well-formed text, and batches well. The embedded base is
  strongly position-biased (on the pairs tried, P("A") was about 0.85 whichever answer came first): expect
  consistency near 0 and read ``soft_win_rate_a``, which averages the label probabilities over both orders.
- ``EndpointJudge`` asks any OpenAI-compatible endpoint (vLLM, llama.cpp, a hosted API) through the official
  ``openai`` client, temperature 0, a few tokens, and parses the label from the reply.

``pairwise`` asks every pair in both orders and keeps a verdict only if it survives the swap (FastChat's llm_judge:
``winner = g1_winner if g1_winner == g2_winner else "inconsistent"``); ``single`` scores answers 1-5;
``agreement`` compares the autorater's votes with the reward model's (and humans') item by item:

    judge = judge_from_config(cfg.evaluation, model, tokenizer)
    result = pairwise(judge, policy, prompts, adapter_answers, base_answers)  # {"win_rate_a": ..., "consistency": ...}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any, Protocol

from culturalign.data.policies import Policy, judge_instructions
from culturalign.data.preferences import as_messages
from culturalign.model.endpoint import ChatEndpoint

PAIR_LABELS = ("A", "B", "tie")
Verdict = dict[str, float] | None  # probabilities over PAIR_LABELS (one-hot for a text reply); None = unreadable
Score = float | None  # 1-5; None = unreadable
SCORE_LABELS = ("1", "2", "3", "4", "5")


class JudgeUnavailable(RuntimeError):
    """The autorater could not be asked (endpoint down, timed out, refused the request)."""


class Judge(Protocol):
    """What ``pairwise`` and ``single`` need from an autorater."""

    ties: bool  # whether "tie" is an allowed answer

    def compare(
        self, instructions: str, prompts: Sequence[Any], first: Sequence[str], second: Sequence[str]
    ) -> list[Verdict]:
        """Per item a distribution over "A" (first answer better), "B" (and "tie" if allowed), or None if unreadable.

        A judge that only gets text back returns it one-hot ({"A": 1.0}); one that reads token probabilities returns
        them, so ``pairwise`` can also report a soft win rate that survives a strong position bias.
        """
        ...

    def rate(self, instructions: str, prompts: Sequence[Any], answers: Sequence[str]) -> list[Score]:
        """Per item a score in [1, 5] (float), or None when the reply could not be read."""
        ...


# --------------------------------------------------------------------------------------------------- the prompts


def render_conversation(prompt: Any) -> str:
    """The customer's side as text: a plain prompt as is, a message list as "role: content" lines."""
    messages = as_messages(prompt)
    if len(messages) == 1 and messages[0]["role"] == "user":
        return messages[0]["content"]
    return "\n".join(f"{m['role']}: {m['content']}" for m in messages)


def pairwise_messages(instructions: str, prompt: Any, first: str, second: str, ties: bool) -> list[dict[str, str]]:
    """Chat messages asking which of two answers follows the rubric better; the reply should be one label."""
    choices = "A, B or tie" if ties else "A or B"
    user = (
        f"Customer message:\n{render_conversation(prompt)}\n\n[Answer A]\n{first}\n\n[Answer B]\n{second}\n\n"
        f"Which answer follows the guidelines better? Reply with only {choices}."
    )
    return [{"role": "system", "content": instructions}, {"role": "user", "content": user}]


def single_messages(instructions: str, prompt: Any, answer: str) -> list[dict[str, str]]:
    """Chat messages asking for a 1-5 rating of one answer; the reply should be one digit."""
    user = (
        f"Customer message:\n{render_conversation(prompt)}\n\n[Answer]\n{answer}\n\n"
        "Rate how well the answer follows the guidelines, from 1 (not at all) to 5 (fully). Reply with one digit."
    )
    return [{"role": "system", "content": instructions}, {"role": "user", "content": user}]


# ------------------------------------------------------------------------------------------------- local judge


def label_token_ids(tokenizer, labels: Sequence[str]) -> list[int]:
    """First token of each label; the labels must start with distinct, known tokens or the comparison is void."""
    ids = [tokenizer.encode(label, add_special_tokens=False)[:1] for label in labels]
    flat = [i[0] for i in ids if i]
    if len(flat) != len(labels) or len(set(flat)) != len(flat) or tokenizer.unk_token_id in flat:
        raise ValueError(f"labels {list(labels)} do not map to distinct known tokens of this tokenizer (got {ids})")
    return flat


class LocalJudge:
    """A chat causal LM in this process, judging by the probabilities of the label tokens after the prompt.

    Pairwise: the probabilities of "A"/"B" (and "tie" if ``ties``), renormalised over those labels; the verdict is
    the most probable. Forced choice is the default because a small model's position bias then shows up as an
    inconsistent swap, which ``pairwise`` turns into a tie anyway (its soft win rate keeps the probabilities).
    Single: the expected score sum(p_i * i) over the five digit labels, renormalised (G-Eval's probability-weighted
    score). Prompts are not truncated: keep them within the model's context. Pass the bare base (or call it inside
    ``model.disable_adapter()``): a judge that shares an adapter with the answers would grade its own style.
    """

    def __init__(self, model, tokenizer, ties: bool = False, batch_size: int = 8) -> None:
        self.model, self.tokenizer, self.ties, self.batch_size = model, tokenizer, ties, batch_size
        if tokenizer.pad_token is None:  # batching needs a pad token; same fallback as base.load_tokenizer
            tokenizer.pad_token = tokenizer.eos_token
        self.pair_ids = label_token_ids(tokenizer, PAIR_LABELS if ties else PAIR_LABELS[:2])
        self.score_ids = label_token_ids(tokenizer, SCORE_LABELS)

    def label_probs(self, conversations: Sequence[list[dict[str, str]]], ids: list[int]):
        """(items, labels) probabilities of the next token, renormalised over ``ids``; one forward pass per batch."""
        import torch

        out = []
        for start in range(0, len(conversations), self.batch_size):
            out.append(self._batch_probs(conversations[start : start + self.batch_size], ids))
        return torch.cat(out) if out else torch.empty(0, len(ids))

    def _batch_probs(self, conversations: Sequence[list[dict[str, str]]], ids: list[int]):
        import torch

        texts = [
            self.tokenizer.apply_chat_template(c, tokenize=False, add_generation_prompt=True) for c in conversations
        ]
        enc = self.tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False).to(self.model.device)
        mask = enc["attention_mask"]
        # Positions count real tokens only, so a left-padded row scores as it would alone.
        positions = (mask.cumsum(-1) - 1).clamp(min=0)
        # Left padding puts every row's last real token in the last column: project only that one through the LM head
        # (a judge prompt holds two answers, so all-position logits cost a 49k-wide row per token for nothing).
        left = self.tokenizer.padding_side == "left"
        with torch.inference_mode():
            logits = self.model(
                input_ids=enc["input_ids"], attention_mask=mask, position_ids=positions, logits_to_keep=1 if left else 0
            ).logits
        last = torch.full((len(texts),), -1, device=logits.device) if left else mask.cumsum(-1).argmax(-1)
        picked = logits[torch.arange(len(texts), device=logits.device), last][:, ids].float()
        return picked.softmax(-1).cpu()

    def compare(
        self, instructions: str, prompts: Sequence[Any], first: Sequence[str], second: Sequence[str]
    ) -> list[Verdict]:
        convs = [
            pairwise_messages(instructions, p, a, b, self.ties) for p, a, b in zip(prompts, first, second, strict=True)
        ]
        labels = PAIR_LABELS if self.ties else PAIR_LABELS[:2]
        return [dict(zip(labels, row.tolist(), strict=True)) for row in self.label_probs(convs, self.pair_ids)]

    def rate(self, instructions: str, prompts: Sequence[Any], answers: Sequence[str]) -> list[Score]:
        convs = [single_messages(instructions, p, a) for p, a in zip(prompts, answers, strict=True)]
        probs = self.label_probs(convs, self.score_ids)
        return [float(sum(p * (i + 1) for i, p in enumerate(row.tolist()))) for row in probs]


# ---------------------------------------------------------------------------------------------- endpoint judge

VERDICT = re.compile(r"\b(?:(A|B)|([Tt][Ii][Ee]))\b")  # capital A/B only: "a" is an English article
SCORE = re.compile(r"\b([1-5])\b")


def parse_verdict(reply: str) -> str | None:
    """First "A", "B" or "tie" in a reply ("[[A]]", "B.", "Tie" all count); None if there is none."""
    m = VERDICT.search(reply)
    return (m[1] or "tie") if m else None


def parse_score(reply: str) -> float | None:
    """First standalone digit 1-5 in a reply ("4", "Score: 4/5"); None if there is none."""
    m = SCORE.search(reply)
    return float(m[1]) if m else None


class EndpointJudge:
    """An OpenAI-compatible chat endpoint as the judge (temperature 0, a few tokens per reply)."""

    def __init__(
        self,
        url: str,
        model: str,
        api_key: str | None = None,
        timeout: float = 60.0,
        ties: bool = True,
        max_tokens: int = 8,
        workers: int = 4,
        max_retries: int = 2,
    ) -> None:
        self.url, self.model, self.ties, self.max_tokens = url, model, ties, max_tokens
        who = f"autorater endpoint {url}"
        self.endpoint = ChatEndpoint(
            url, model, who, JudgeUnavailable, api_key, timeout, max_retries, workers, text_required=False
        )

    def ask_all(self, conversations: Sequence[list[dict[str, str]]]) -> list[str]:
        """Replies in order at temperature 0; any failure to get one is JudgeUnavailable naming the endpoint."""
        return self.endpoint.ask_all(conversations, self.max_tokens, 0.0)

    def compare(
        self, instructions: str, prompts: Sequence[Any], first: Sequence[str], second: Sequence[str]
    ) -> list[Verdict]:
        convs = [
            pairwise_messages(instructions, p, a, b, self.ties) for p, a, b in zip(prompts, first, second, strict=True)
        ]
        verdicts = [parse_verdict(r) for r in self.ask_all(convs)]
        return [{v: 1.0} if v else None for v in verdicts]

    def rate(self, instructions: str, prompts: Sequence[Any], answers: Sequence[str]) -> list[Score]:
        convs = [single_messages(instructions, p, a) for p, a in zip(prompts, answers, strict=True)]
        return [parse_score(r) for r in self.ask_all(convs)]


def judge_from_config(evaluation, model=None, tokenizer=None) -> Judge:
    """EndpointJudge when ``evaluation.judge_url`` is set, else LocalJudge on the given (base) model."""
    import os

    if evaluation.judge_url:
        return EndpointJudge(
            evaluation.judge_url,
            evaluation.judge_model,
            api_key=os.environ.get(evaluation.judge_api_key_env),
            timeout=evaluation.judge_timeout_s,
        )
    if model is None or tokenizer is None:
        raise ValueError("no evaluation.judge_url: the local autorater needs a model and tokenizer")
    return LocalJudge(model, tokenizer)


# ------------------------------------------------------------------------------------------------ the families


def label_of(probs: dict[str, float] | None) -> str | None:
    """The judge's choice: the most probable label (None stays None)."""
    return max(probs, key=probs.__getitem__) if probs else None


def soft_credit(first_order: dict[str, float] | None, second_order: dict[str, float] | None) -> float:
    """Probability credit of answer a from both orders: P(a better) averaged over the two positions, ties half.

    a is "A" in the first order and "B" in the second, so a judge that always says "A" earns exactly 0.5.
    An unreadable order earns 0.5 (no information).
    """
    if not first_order or not second_order:
        return 0.5
    win = (first_order.get("A", 0.0) + second_order.get("B", 0.0)) / 2
    return win + 0.5 * (first_order.get("tie", 0.0) + second_order.get("tie", 0.0)) / 2


def swap_verdict(first_order: str | None, second_order: str | None) -> str:
    """One item's verdict from both orders, in terms of the answers: "a", "b", "tie", "inconsistent" or "invalid".

    In the first order A is answer a; in the second A is answer b, so "A" then "B" both mean a.
    """
    if first_order is None or second_order is None:
        return "invalid"
    one = {"A": "a", "B": "b", "tie": "tie"}[first_order]
    two = {"A": "b", "B": "a", "tie": "tie"}[second_order]
    return one if one == two else "inconsistent"


def pairwise(
    judge: Judge, policy: Policy, prompts: Sequence[Any], answers_a: Sequence[str], answers_b: Sequence[str]
) -> dict:
    """Win rate of answers_a over answers_b by the judge, position bias controlled by asking both orders.

    A verdict counts only if it is the same both ways; inconsistent and unreadable ones count as ties (half a win).
    ``consistency``: share of items with the same verdict both ways; ``first_position_rate``: share of all raw
    verdicts that picked whichever answer was shown first (0.5 = no position bias among decided verdicts).
    ``soft_win_rate_a``: mean ``soft_credit``; equals ``win_rate_a`` for a text judge whose verdicts all survive the
    swap, and keeps a probability judge's preference when its argmax always says "A" (as the 135M base does).
    ``verdicts`` (a list, not a metric) holds "a"/"b"/"tie" per item for ``agreement``.
    """
    instructions = judge_instructions(policy)
    ab_probs = judge.compare(instructions, prompts, answers_a, answers_b)
    ba_probs = judge.compare(instructions, prompts, answers_b, answers_a)
    ab, ba = [label_of(p) for p in ab_probs], [label_of(p) for p in ba_probs]
    outcome = [swap_verdict(x, y) for x, y in zip(ab, ba, strict=True)]
    soft = [soft_credit(x, y) for x, y in zip(ab_probs, ba_probs, strict=True)]
    counts = Counter(outcome)
    n = len(outcome)
    raw = [v for v in ab + ba if v in ("A", "B")]
    return {
        "n": n,
        "win_rate_a": (counts["a"] + 0.5 * (n - counts["a"] - counts["b"])) / max(n, 1),
        "soft_win_rate_a": sum(soft) / max(n, 1),
        "consistency": (counts["a"] + counts["b"] + counts["tie"]) / max(n, 1),
        "first_position_rate": sum(v == "A" for v in raw) / len(raw) if raw else 0.5,
        "wins_a": counts["a"],
        "wins_b": counts["b"],
        "ties": counts["tie"],
        "inconsistent": counts["inconsistent"],
        "invalid": counts["invalid"],
        "verdicts": [v if v in ("a", "b") else "tie" for v in outcome],
    }


def single(judge: Judge, policy: Policy, prompts: Sequence[Any], answers: Sequence[str]) -> dict:
    """Mean 1-5 score and its distribution (``score_k``: share of valid scores that round to k).

    ``scores`` (a list, not a metric) keeps each item's score; unreadable replies are left out of the mean and
    counted in ``invalid``.
    """
    scores = judge.rate(judge_instructions(policy), prompts, answers)
    valid = [s for s in scores if s is not None]
    rounded = Counter(min(5, max(1, int(s + 0.5))) for s in valid)  # half up: 2.5 -> 3, unlike round()'s 2
    return {
        "n": len(scores),
        "mean": sum(valid) / len(valid) if valid else float("nan"),
        "invalid": len(scores) - len(valid),
        **{f"score_{k}": rounded[k] / max(len(valid), 1) for k in range(1, 6)},
        "scores": scores,
    }


def votes_from_scores(scores_a: Sequence[float], scores_b: Sequence[float], margin: float = 0.0) -> list[str]:
    """Reward-model scores of two answers per item as votes "a" / "b" / "tie" (|difference| <= margin is a tie)."""
    return [
        "a" if x - y > margin else "b" if y - x > margin else "tie" for x, y in zip(scores_a, scores_b, strict=True)
    ]


def agreement(
    autorater_votes: Sequence[str | None],
    reward_votes: Sequence[str | None],
    human_votes: Sequence[str | None] | None = None,
) -> dict[str, float]:
    """Raw agreement between the vote sources, item by item (None = no vote; such items are skipped per pair).

    Keys ``<x>_<y>`` are the share of items both voted on where the votes are equal, ``n_<x>_<y>`` how many items
    that was; with human votes also ``all`` (all three equal). Chance-corrected kappa: ``agreement.cohen_kappa``.
    """
    sources = {"autorater": autorater_votes, "reward": reward_votes}
    if human_votes is not None:
        sources["human"] = human_votes
    n = len(autorater_votes)
    if any(len(v) != n for v in sources.values()):
        raise ValueError(f"vote lists differ in length: { {k: len(v) for k, v in sources.items()} }")
    names, out = list(sources), {}
    for i, x in enumerate(names):
        for y in names[i + 1 :]:
            both = [(p, q) for p, q in zip(sources[x], sources[y], strict=True) if p is not None and q is not None]
            out[f"{x}_{y}"] = sum(p == q for p, q in both) / len(both) if both else float("nan")
            out[f"n_{x}_{y}"] = float(len(both))
    if human_votes is not None:
        rows = [r for r in zip(*sources.values(), strict=True) if None not in r]
        out["all"] = sum(len(set(r)) == 1 for r in rows) / len(rows) if rows else float("nan")
        out["n_all"] = float(len(rows))
    return out
