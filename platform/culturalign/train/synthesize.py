"""Preference pairs for a market from its written policy: AI feedback drafts them, people settle the doubtful ones.

    culturalign data synthesize locale=en-GB [teacher=local|http://127.0.0.1:8000/v1] [teacher_model=...] [n=40]

Contrastive distillation (RLCD, Yang et al. 2023) judged by rules and a rubric (Constitutional AI, Bai et al. 2022):
1. prompts: the market's ``prompts.jsonl``, else the shipped multi-topic bank (``synthesize.prompts``);
2. the teacher answers each prompt once per *contract*: a system prompt built from a policy (this market's, every
   other market's) or a generic assistant's;
3. each answer gets this market's rule score (``data.policies.rule_score``), each (own, other) pair the rubric
   autorater's verdict in both orders (``soft_credit``: a position bias cancels out);
4. a pair that the rules and the autorater both prefer the same way, each by its margin, becomes a train pair
   (``pair_type: style``, ``source: synthesized``, with its provenance); every other pair becomes an annotation item
   for `culturalign annotate`, and `culturalign annotate export` merges the people's votes.

Nothing is written unless the teacher and the judge answered every request and the merged preferences validate
(``check_preference_rows`` and the atomic write that `data import` uses): a teacher that is down, times out, answers
an HTTP error or something that is not a chat completion, or gives no usable answer at all, and a judge with no
readable label in any reply, are clear errors. The teacher is the embedded base (``teacher=local``) or any
OpenAI-compatible chat endpoint, `culturalign serve` included. A long local run: set ``OMP_NUM_THREADS=1`` when
another job shares the cores (two oversubscribed torch processes run several times slower).
"""

from __future__ import annotations

import os
import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from culturalign.core.command import CommandError, Result
from culturalign.core.config import AppConfig, SynthesizeConfig, project_path
from culturalign.core.locales import LocaleError
from culturalign.core.schema import SchemaError
from culturalign.data.market import Market, UnknownMarket, load_market
from culturalign.data.policies import Policy, judge_instructions, load_policy, rule_score
from culturalign.data.preferences import (
    Report,
    as_messages,
    check_preference_rows,
    prompt_key,
    read_jsonl,
    validate_prompts,
)
from culturalign.data.text import degenerate
from culturalign.data.validate import held_out_key, unknown_products
from culturalign.judge.autorater import JudgeUnavailable, label_of, soft_credit, swap_verdict
from culturalign.model.endpoint import ChatEndpoint, short
from culturalign.train.synthesis_report import statistics

GENERIC = "generic"
GENERIC_SYSTEM = "You are a helpful assistant."
VARIANT = "synth:{}"  # an annotation item's variant: the contract that wrote the answer

DIRECTNESS = {
    "direct": "Give the answer in the first sentence.",
    "indirect": 'Be tactful: put requests and suggestions indirectly ("Could you possibly...").',
}
CONTRACTIONS = {
    "encouraged": "Use contractions (you'll, it's).",
    "allowed": "Contractions are fine.",
    "forbidden": "Never use contractions: write 'do not', 'it is'.",
}
STEPS = {"preferred": "Give instructions as numbered steps (1. 2. 3.).", "allowed": "", "avoid": "No numbered lists."}
IMPERATIVES = {
    "encouraged": 'Give plain instructions ("Open the app.").',
    "allowed": "",
    "avoid": "Never start a sentence with a bare command; suggest instead.",
}
OPENING = {
    "answer": "Start with the answer, not with thanks.",
    "gratitude": "Start by thanking the customer.",
    "any": "",
}


class TeacherError(RuntimeError):
    """The teacher is down, timed out or answered something that is not text; the message names it."""


@dataclass(frozen=True)
class Contract:
    """A style contract the teacher writes under: a policy's name (or 'generic') and its system prompt."""

    name: str
    system: str


def contract_prompt(policy: Policy) -> str:
    """A system prompt stating a policy's contract: register, directness, length, rules, phrases, CLDR examples."""
    c, ex, phrases = policy.communication, policy.conventions.examples(), policy.phrases
    lo, hi = c.verbosity_words
    avoid = phrases.discouraged + phrases.forbidden
    parts = [
        f"You are the customer-support assistant of the {policy.market} market. {policy.description.strip()}",
        f"Write in {'an' if c.register[:1] in 'aeiou' else 'a'} {c.register} register.",
        f"{DIRECTNESS[c.directness]} Answer in {lo} to {hi} words.",
        CONTRACTIONS[c.contractions],
        "Never use exclamation marks."
        if c.max_exclamations == 0
        else f"At most {c.max_exclamations} exclamation mark.",
        "" if c.emoji else "No emoji.",
        STEPS[c.numbered_steps],
        IMPERATIVES[c.imperatives],
        OPENING[c.opening],
        f"Phrases that fit: {'; '.join(phrases.encouraged)}." if phrases.encouraged else "",
        f"Avoid: {'; '.join(avoid)}." if avoid else "",
        f"Write money like {ex['money']} and dates like {ex['date']}.",
    ]
    return " ".join(p for p in parts if p)


def contracts(cfg: AppConfig, market: Market) -> list[Contract]:
    """This market's contract first, then the contrasting ones (other policies, then the generic assistant)."""
    root = Path(cfg.paths.policies)
    names = cfg.synthesize.contrasts or sorted(p.stem for p in root.glob("*.yaml"))
    others = [load_policy(root / f"{name}.yaml") for name in names if name != market.policy.name]
    out = [Contract(p.name, contract_prompt(p)) for p in [market.policy, *others]]
    return out + ([Contract(GENERIC, GENERIC_SYSTEM)] if cfg.synthesize.generic else [])


# ------------------------------------------------------------------------------------------------------ teachers


class Teacher(Protocol):
    """Answers prompts under one system prompt."""

    name: str  # recorded in every pair's provenance

    def answer(self, system: str, prompts: Sequence[Any]) -> list[str]: ...


class LocalTeacher:
    """A causal LM in this process (the embedded base), sampling with the run's decoding settings."""

    def __init__(self, model, tokenizer, name: str, cfg: AppConfig) -> None:
        self.model, self.tokenizer, self.name, self.cfg = model, tokenizer, name, cfg

    def answer(self, system: str, prompts: Sequence[Any]) -> list[str]:
        from culturalign.model.generation import generate

        s, size = self.cfg.synthesize, self.cfg.evaluation.batch_size
        convs = [[{"role": "system", "content": system}, *as_messages(p)] for p in prompts]
        out: list[str] = []
        for start in range(0, len(convs), size):
            batch = convs[start : start + size]
            out += generate(self.model, self.tokenizer, batch, s.max_new_tokens, s.temperature, self.cfg.decoding)
        return out


class EndpointTeacher:
    """Any OpenAI-compatible chat-completions endpoint, through the official client, with a timeout per request."""

    def __init__(self, url: str, model: str, s: SynthesizeConfig, api_key: str | None) -> None:
        self.s, self.name = s, f"{url}#{model}"
        who = f"teacher {url}"
        self.endpoint = ChatEndpoint(url, model, who, TeacherError, api_key, s.timeout_s, s.max_retries, s.workers)

    def answer(self, system: str, prompts: Sequence[Any]) -> list[str]:
        convs = [[{"role": "system", "content": system}, *as_messages(p)] for p in prompts]
        # an empty answer is a dud sample, dropped by ``unusable``; all empty is an error
        return self.endpoint.ask_all(convs, self.s.max_new_tokens, self.s.temperature)


# --------------------------------------------------------------------------------------------- prompts, decisions


def read_prompts(path: Path, cfg: AppConfig) -> list[dict]:
    report = Report()
    rows = validate_prompts(path, False, cfg.data, report)
    if report.problems:
        raise SchemaError(report.problems)
    return [{k: v for k, v in r.items() if k != "_line"} for r in rows]


def prompt_rows(cfg: AppConfig, market: Market, skip: set[str]) -> list[dict]:
    """The prompts to answer: from ``synthesize.prompts``, minus ``skip`` keys, ``n`` of them drawn by seed."""
    source = cfg.synthesize.prompts
    own = read_prompts(market.prompts, cfg) if market.prompts.is_file() else []
    bank = lambda: read_prompts(Path(project_path(cfg.synthesize.bank)), cfg)  # noqa: E731
    sources = {"auto": lambda: own or bank(), "market": lambda: own, "bank": bank, "both": lambda: own + bank()}
    rows = sources[source]() if source in sources else read_prompts(Path(source), cfg)  # else: a JSONL path
    rows = [r for r in rows if prompt_key(r["prompt"]) not in skip and held_out_key(r) not in skip]
    # A seeded draw, not the first n: the bank is ordered by topic and a small run should still span topics.
    return random.Random(cfg.seed).sample(rows, cfg.n) if 0 < cfg.n < len(rows) else rows


def unusable(text: str, prompt: Any, cfg: AppConfig) -> str | None:
    """Why a teacher answer cannot be in a pair (too short, degenerate, names an unknown product), or None."""
    if not text.strip():
        return "empty"
    if len(text.split()) < cfg.data.min_words:
        return "too_short"
    if why := degenerate(text):
        return why
    if cfg.data.check_products and unknown_products(text, prompt):
        return "unknown_product"
    return None


def preference(value: float, margin: float) -> str | None:
    """'own' / 'other' when ``value`` (own minus other, or credit minus 0.5) clears ``margin`` and is not 0."""
    if value == 0 or abs(value) < margin:
        return None
    return "own" if value > 0 else "other"


def decide(rule_gap: float, credit: float, s: SynthesizeConfig) -> tuple[str | None, str | None, str | None]:
    """(rules' preference, autorater's preference, the decision: the shared preference or None).

    With ``synthesize.judge=none`` the rules decide alone: for a teacher whose autorater is at chance (the embedded
    base follows answer position), where requiring agreement would keep nothing.
    """
    rules, judged = preference(rule_gap, s.rule_margin), preference(credit - 0.5, s.judge_margin)
    if s.judge == "none":
        return rules, None, rules
    return rules, judged, rules if rules is not None and rules == judged else None


def judge_both_orders(judge, policy: Policy, prompts: list, own: list[str], other: list[str]) -> list[tuple]:
    """Per pair (credit of the own answer, swap verdict 'a'/'b'/'tie'/'inconsistent'/'invalid'), both orders asked."""
    instructions = judge_instructions(policy)
    ab, ba = judge.compare(instructions, prompts, own, other), judge.compare(instructions, prompts, other, own)
    return [(soft_credit(x, y), swap_verdict(label_of(x), label_of(y))) for x, y in zip(ab, ba, strict=True)]


# ------------------------------------------------------------------------------------------------------ the command


def build_teacher_and_judge(cfg: AppConfig):
    """(teacher, judge, judge name); the embedded base is loaded once, only if the teacher or the judge needs it."""
    from culturalign.judge.autorater import EndpointJudge, LocalJudge
    from culturalign.model.base import load_causal_lm, resolve

    s, api_key = cfg.synthesize, os.environ.get(cfg.synthesize.api_key_env)
    judge_url = {"teacher": None if cfg.teacher == "local" else cfg.teacher, "local": None}.get(s.judge, s.judge)
    judge_model = cfg.teacher_model if s.judge == "teacher" else s.judge_model
    model = tokenizer = None
    if cfg.teacher == "local" or (judge_url is None and s.judge != "none"):
        model, tokenizer = load_causal_lm(resolve(cfg.model), cfg.model)
    local_name = f"local:{cfg.model.name}"
    teacher = (
        LocalTeacher(model, tokenizer, local_name, cfg)
        if cfg.teacher == "local"
        else EndpointTeacher(cfg.teacher, cfg.teacher_model, s, api_key)
    )
    if s.judge == "none":  # the policy rules alone decide (no autorater): see decide()
        return teacher, None, "none"
    if judge_url is None:
        return teacher, LocalJudge(model, tokenizer, batch_size=cfg.evaluation.batch_size), local_name
    judge = EndpointJudge(judge_url, judge_model, api_key, s.timeout_s, max_retries=s.max_retries, workers=s.workers)
    return teacher, judge, f"{judge_url}#{judge_model}"


def check_arguments(cfg: AppConfig) -> Market:
    allowed = {"teacher": ("local",), "synthesize.judge": ("local", "teacher", "none")}
    for name, value in (("teacher", cfg.teacher), ("synthesize.judge", cfg.synthesize.judge)):
        if value not in allowed[name] and not value.startswith(("http://", "https://")):
            choices = " or ".join(allowed[name])
            raise CommandError(
                f"{name}={value!r}: use {choices} or an OpenAI-compatible base URL (http://host:8000/v1)", 2
            )
    if cfg.n < 0:
        raise CommandError(f"n={cfg.n}: the number of prompts must be >= 0 (0 = all)", code=2)
    if not cfg.locale:
        raise CommandError("needs locale=<tag>", code=2)
    try:
        return load_market(cfg.paths, cfg.locale)
    except (UnknownMarket, LocaleError, SchemaError) as exc:
        raise CommandError(f"nothing written: {exc}", code=2) from None


def synthesize_main(cfg: AppConfig) -> Result:
    """Answer, score and judge; write the agreed pairs and queue the rest for people (see the module docstring)."""
    from culturalign.model.base import token_counter

    started, market = time.monotonic(), check_arguments(cfg)
    try:
        existing = existing_pairs(market, cfg)
        rows, contract_list = prompt_rows(cfg, market, skip_keys(existing, cfg)), contracts(cfg, market)
    except (SchemaError, OSError) as exc:
        raise CommandError(f"nothing written: {exc}", code=2) from None
    if not rows:
        return Result({"locale": market.tag, "prompts": 0, "kept": 0}, [f"{market.tag}: no prompts left to answer"])
    teacher, judge, judge_name = build_teacher_and_judge(cfg)
    answers = answer_all(cfg, teacher, contract_list, rows)
    own, others = contract_list[0].name, [c.name for c in contract_list[1:]]
    usable, drop = check_answers(cfg, teacher, answers, rows)
    rules = {name: [rule_score(market.policy, a) for a in texts] for name, texts in answers.items()}
    todo = [
        (i, other)
        for i in range(len(rows))
        for other in others
        if not usable[own][i] and not usable[other][i] and answers[own][i] != answers[other][i]
    ]
    verdicts = judge_pairs(judge, judge_name, market.policy, rows, answers, own, todo)
    gaps = [rules[own][i] - rules[other][i] for i, other in todo]
    kept, undecided, tally = [], [], Counter()
    for (i, other), gap, (credit, verdict) in zip(todo, gaps, verdicts, strict=True):
        by_rules, by_judge, decision = decide(gap, credit, cfg.synthesize)
        tally[f"rules_{by_rules}_judge_{by_judge}"] += 1
        if decision is None:
            undecided.append((rows[i]["prompt"], answers[own][i], other, answers[other][i]))
        else:
            win, lose = (own, other) if decision == "own" else (other, own)
            autorater = {"credit_chosen": round(credit if win == own else 1 - credit, 4), "swap_verdict": verdict}
            by = {"teacher": teacher.name, "judge": judge_name}
            kept.append(pair_row(cfg, rows[i], answers, rules, i, win, lose) | by | {"autorater": autorater})
    written = write_pairs(market, existing, kept, cfg, token_counter(cfg.model))
    items = add_items(cfg, market.tag, own, undecided)
    data = {"locale": market.tag, "teacher": teacher.name, "judge": judge_name, "prompts": len(rows)}
    data |= {"contracts": [c.name for c in contract_list], "candidates": len(rows) * len(contract_list)}
    data |= statistics(cfg, answers, rules, own, kept, gaps, verdicts, tally, drop)
    data |= {"undecided": len(undecided), "items_added": items, "seconds": round(time.monotonic() - started, 1)}
    line = f"{market.tag}: {len(kept)} pairs kept of {len(todo)} judged ({data['kept_own_chosen']} with the market's"
    line += f" contract chosen); {len(undecided)} undecided -> {items} new annotation items; {written['total']} in file"
    return Result(data | written | {"systems": {c.name: c.system for c in contract_list}}, [line])


def answer_all(cfg: AppConfig, teacher: Teacher, contract_list: list[Contract], rows: list[dict]) -> dict[str, list]:
    """{contract: the teacher's answer to each prompt}, sampled from the run's seed."""
    import torch

    torch.manual_seed(cfg.seed)
    prompts = [r["prompt"] for r in rows]
    try:
        return {c.name: [a.strip() for a in teacher.answer(c.system, prompts)] for c in contract_list}
    except TeacherError as exc:
        raise CommandError(f"nothing written: {exc}") from None


def check_answers(cfg: AppConfig, teacher: Teacher, answers: dict[str, list], rows: list[dict]):
    """({contract: why each answer is unusable, or None}, drop counts); a teacher with no usable answer is an error."""
    usable = {
        name: [unusable(a, r["prompt"], cfg) for a, r in zip(texts, rows, strict=True)]
        for name, texts in answers.items()
    }
    drop = Counter(r for reasons in usable.values() for r in reasons if r)
    if all(r for reasons in usable.values() for r in reasons):
        raise CommandError(f"nothing written: the teacher {teacher.name} gave no usable answer ({dict(drop)})")
    return usable, drop


def judge_pairs(judge, judge_name: str, policy: Policy, rows, answers, own: str, todo) -> list[tuple]:
    """The autorater's (credit of the own answer, swap verdict) per (prompt, other contract); errors say nothing
    was written, and so does a judge none of whose replies holds a label. No judge: every pair gets no verdict."""
    if judge is None:
        return [(0.5, "none")] * len(todo)
    try:
        verdicts = judge_both_orders(
            judge,
            policy,
            [rows[i]["prompt"] for i, _ in todo],
            [answers[own][i] for i, _ in todo],
            [answers[other][i] for i, other in todo],
        )
    except (JudgeUnavailable, TeacherError) as exc:
        raise CommandError(f"nothing written: the autorater failed: {exc}") from None
    except Exception as exc:  # an endpoint judge's client raises many types on a garbage reply; all mean the same
        raise CommandError(f"nothing written: the autorater {judge_name} answered garbage ({short(exc)})") from None
    if verdicts and all(v == "invalid" for _, v in verdicts):  # no label in any reply: a judge that cannot judge
        raise CommandError(f"nothing written: the autorater {judge_name} gave no readable verdict (A, B or tie)")
    return verdicts


def pair_row(cfg: AppConfig, row: dict, answers, rules, i: int, win: str, lose: str) -> dict:
    """A train pair of prompt ``i`` with its provenance: the contracts that wrote each answer, their rule scores."""
    context = {k: row[k] for k in ("topic", "situation", "prompt_kind") if k in row}
    return (
        {
            "prompt": row["prompt"],
            "chosen": answers[win][i],
            "rejected": answers[lose][i],
            "split": cfg.data.train_split,
        }
        | {"pair_type": "style", "flaw": None, "rejected_style": lose, "source": "synthesized"}
        | context
        | {"chosen_system": win, "rejected_system": lose}
        | {"rule_scores": {"chosen": round(rules[win][i], 4), "rejected": round(rules[lose][i], 4)}}
    )


def existing_pairs(market: Market, cfg: AppConfig) -> list[dict]:
    """The market's pairs now; a file that does not read cleanly is an error (rewriting it would lose lines)."""
    if not market.preferences.is_file():
        return []
    report = Report()
    rows = [o for _, o in read_jsonl(market.preferences, report, cfg.data.max_line_bytes)]
    if report.problems:
        raise SchemaError(report.problems)
    return rows


def skip_keys(existing: list[dict], cfg: AppConfig) -> set[str]:
    """Prompts not to answer: test prompts and situations (a train pair there leaks the test set), done prompts."""
    test = [o for o in existing if o.get("split") == cfg.data.test_split and "prompt" in o]
    done = [o for o in existing if o.get("source") == "synthesized" and "prompt" in o]
    return {held_out_key(o) for o in test} | {prompt_key(o["prompt"]) for o in test + done}


def write_pairs(market: Market, old: list[dict], kept: list[dict], cfg: AppConfig, count) -> dict:
    """Append the new pairs as `data import` does: each checked, the merged file validated, one atomic write."""
    from culturalign.core.files import atomic_write_jsonl

    seen = {(prompt_key(o.get("prompt")), o.get("chosen"), o.get("rejected")) for o in old}
    added, skipped = [], Counter()
    for row in kept:
        key = (prompt_key(row["prompt"]), row["chosen"], row["rejected"])
        if key in seen:
            skipped["duplicate"] += 1
        elif not check_preference_rows(market.preferences, [(0, row)], cfg.data, count, Report()):
            skipped["invalid"] += 1  # e.g. over data.max_tokens: this pair alone is left out
        else:
            seen.add(key)
            added.append(row)
    if not added:
        return {"added": 0, "skipped": dict(skipped), "total": len(old)}
    report = Report()
    check_preference_rows(market.preferences, enumerate(old + added, start=1), cfg.data, count, report)
    if report.problems:
        raise CommandError(
            "nothing written: the merged preferences would not validate:\n"
            + "\n".join(str(p) for p in report.problems[:20])
        )
    atomic_write_jsonl(market.preferences, old + added)
    return {"added": len(added), "skipped": dict(skipped), "total": len(old) + len(added)}


def add_items(cfg: AppConfig, tag: str, own: str, pairs: list[tuple[Any, str, str, str]]) -> int:
    """Undecided pairs as annotation items (the own answer as a): people settle them in `culturalign annotate`."""
    if not pairs or not cfg.synthesize.annotate:
        return 0
    from culturalign.annotate.store import add_item, db_path, store

    with store(db_path(cfg)) as conn:
        return sum(
            add_item(conn, tag, prompt, (VARIANT.format(own), a), (VARIANT.format(other), b))
            for prompt, a, other, b in pairs
        )
