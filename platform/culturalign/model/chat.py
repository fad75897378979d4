"""Talking to a market's assistant: one message, or every prompt of a file.

    culturalign chat locale=en-JP|base prompt="My order arrived damaged."
    culturalign generate locale=en-JP|base prompts=in.jsonl out=out.jsonl [version=3]

Both decode with the ``decoding`` settings the gates were measured with.
"""

from __future__ import annotations

from pathlib import Path

from culturalign.core import store, tracking
from culturalign.core.command import CommandError, Result
from culturalign.core.config import AppConfig
from culturalign.core.files import atomic_write_jsonl
from culturalign.core.locales import canonical
from culturalign.data.preferences import Report, read_jsonl
from culturalign.model.base import BaseModelError, load_causal_lm, resolve


def load_assistant(cfg: AppConfig, locale: str):
    """(model, tokenizer) of the bare base (locale=base) or the market's policy adapter (champion, else newest)."""
    from culturalign.model.adapters import load_policy_model

    tracking.configure(cfg.tracking)
    try:
        base = resolve(cfg.model)
        if locale == "base":
            return load_causal_lm(base, cfg.model)
        tag = canonical(locale)
        model, tokenizer, _ = load_policy_model(cfg, base, [tag], {tag: cfg.version})
    except (BaseModelError, store.AdapterError) as exc:
        raise CommandError(str(exc)) from None
    model.set_adapter(tag)
    return model, tokenizer


def chat_main(cfg: AppConfig) -> Result:
    """Answer ``prompt`` as the market's assistant (or the base)."""
    from culturalign.model.generation import generate

    if not cfg.prompt:
        raise CommandError('needs prompt="..."', code=2)
    model, tokenizer = load_assistant(cfg, cfg.locale or "base")
    answer = generate(model, tokenizer, [cfg.prompt], max_new_tokens=cfg.max_new_tokens, decoding=cfg.decoding)[0]
    return Result({"locale": cfg.locale or "base", "response": answer}, [answer])


def generate_main(cfg: AppConfig) -> Result:
    """Answer every ``prompt`` of a JSONL file; write the same objects with a ``response`` field."""
    from culturalign.model.generation import generate_batched

    if not cfg.prompts or not cfg.out or not cfg.locale:
        raise CommandError("needs locale=<tag>|base prompts=<in.jsonl> out=<out.jsonl>", code=2)
    report = Report()
    numbered = list(read_jsonl(Path(cfg.prompts), report))
    for n, row in numbered:
        if "prompt" not in row:
            report.add(cfg.prompts, n, "prompt", "is required")
    if report.problems:
        raise CommandError("\n".join(map(str, report.problems)))
    rows = [row for _, row in numbered]
    model, tokenizer = load_assistant(cfg, cfg.locale)
    answers, _ = generate_batched(model, tokenizer, [r["prompt"] for r in rows], cfg)
    atomic_write_jsonl(Path(cfg.out), [r | {"response": a} for r, a in zip(rows, answers, strict=True)])
    return Result({"locale": cfg.locale, "n": len(rows), "out": cfg.out})
