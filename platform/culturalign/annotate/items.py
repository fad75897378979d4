"""Rating items from model variants, and rated items back out as preference pairs.

    culturalign annotate items locale=en-JP [annotate.variants=[base,en-JP]]
    culturalign annotate export locale=en-JP [split=train]     # majority votes -> locales/en-JP/preferences.jsonl

``items`` answers the first ``annotate.items`` prompts of the locale's ``prompts.jsonl`` with two variants:
``base``, a policy adapter ``<tag>@<version>`` (``<tag>`` alone = its champion), or one variant sampled twice.
``export`` turns majority votes into preference pairs through the same validation and atomic write as
``data import``.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from culturalign.annotate.store import add_item, db_path, has_item, majority, store, votes_by_item
from culturalign.core.command import CommandError, Result
from culturalign.core.config import AppConfig
from culturalign.model.base import BaseModel

SAMPLE_TEMPERATURE = 0.8  # one variant sampled twice: enough spread for two answers worth comparing

# ---------------------------------------------------------------------------------------------------- variants


def parse_variants(specs: list[str]) -> list[tuple[str, int | None]]:
    """'base' -> ('base', None); 'en-JP' -> ('en-JP', None) (its champion); 'en-JP@3' -> ('en-JP', 3).

    Raises ValueError (LocaleError is one) for a bad tag or version, or for other than one or two variants.
    """
    from culturalign.core.locales import canonical

    if len(specs) not in (1, 2):
        raise ValueError(f"annotate.variants: give one or two variants, got {len(specs)}")
    parsed: list[tuple[str, int | None]] = []
    for spec in map(str, specs):
        tag, _, version = spec.partition("@")
        if version and not (version.isascii() and version.isdigit()):
            raise ValueError(f"annotate.variants: {spec!r}: the version must be a number, as in en-JP@3")
        parsed.append(("base", None) if spec == "base" else (canonical(tag), int(version) if version else None))
    return parsed


def variant_label(cfg: AppConfig, spec: tuple[str, int | None]) -> str:
    """What an item records as its variant: 'base' or '<tag>@<version>' with the champion resolved now."""
    from culturalign.core.registry import champion_or_newest

    tag, version = spec
    if tag == "base":
        return "base"
    return f"{tag}@{champion_or_newest(cfg.paths.adapters, tag, 'policy', version).name}"


def load_variant(cfg: AppConfig, base: BaseModel, label: str) -> tuple[Any, Any]:
    """(model, tokenizer) of a variant label: the bare base, or the base with that policy adapter."""
    from culturalign.model.adapters import load_policy_model
    from culturalign.model.base import load_causal_lm

    if label == "base":
        return load_causal_lm(base, cfg.model)
    tag, _, version = label.partition("@")
    model, tokenizer, _ = load_policy_model(cfg, base, [tag], {tag: version})
    return model, tokenizer


def answers(cfg: AppConfig, model, tokenizer, prompts: list[Any], temperature: float, seed: int) -> list[str]:
    """Answers in batches; seeded so that re-running `annotate items` on a fresh store gives the same items."""
    import torch

    from culturalign.model.generation import generate

    torch.manual_seed(seed)
    out: list[str] = []
    size = cfg.evaluation.batch_size
    for start in range(0, len(prompts), size):
        batch = prompts[start : start + size]
        out += generate(model, tokenizer, batch, cfg.max_new_tokens, temperature, decoding=cfg.decoding)
    return out


def answer_pairs(cfg: AppConfig, base: BaseModel, labels: list[str], prompts: list[Any]) -> list[tuple[str, str]]:
    """(answer a, answer b) per prompt: two variants greedy (as `evaluate` compares them), or one sampled twice."""
    if len(labels) == 1:
        model, tokenizer = load_variant(cfg, base, labels[0])
        first = answers(cfg, model, tokenizer, prompts, SAMPLE_TEMPERATURE, cfg.seed)
        second = answers(cfg, model, tokenizer, prompts, SAMPLE_TEMPERATURE, cfg.seed + 1)
    else:
        first = answers(cfg, *load_variant(cfg, base, labels[0]), prompts, 0.0, cfg.seed)
        second = answers(cfg, *load_variant(cfg, base, labels[1]), prompts, 0.0, cfg.seed)
    return list(zip(first, second, strict=True))


def locale_prompts(cfg: AppConfig, tag: str) -> list[Any]:
    """The first ``annotate.items`` prompts of the locale's prompts.jsonl; raises SchemaError on a bad file."""
    from culturalign.core.locales import locale_dir
    from culturalign.core.schema import SchemaError
    from culturalign.data.preferences import PROMPTS, Report, validate_prompts

    report = Report()
    rows = validate_prompts(locale_dir(Path(cfg.paths.locales), tag) / PROMPTS, False, cfg.data, report)
    if report.problems:
        raise SchemaError(report.problems)
    return [r["prompt"] for r in rows[: cfg.annotate.items]]


def add_items(
    conn: sqlite3.Connection, locale: str, variants: tuple[str, str], prompts: list[Any], pairs: list[tuple[str, str]]
) -> int:
    """Store new items; pairs of identical answers are skipped (a rater's time wasted, never a valid pair)."""
    added = 0
    for prompt, (a, b) in zip(prompts, pairs, strict=True):
        if a.strip() != b.strip():
            added += add_item(conn, locale, prompt, (variants[0], a), (variants[1], b))
    return added


def items_main(cfg: AppConfig) -> Result:
    """Answer the locale's first prompts with two variants (or one, twice) and store them as rating items."""
    from culturalign.core import tracking
    from culturalign.core.locales import canonical
    from culturalign.core.schema import SchemaError
    from culturalign.core.store import AdapterError
    from culturalign.model.base import BaseModelError, resolve

    try:
        tag = canonical(cfg.locale or "")
        specs = parse_variants(cfg.annotate.variants or ["base", tag])  # default: the champion against the base
    except ValueError as exc:  # LocaleError is a ValueError
        raise CommandError(f"needs locale=<tag> and 1-2 variants: {exc}", code=2) from None
    try:
        prompts = locale_prompts(cfg, tag)
    except (SchemaError, FileNotFoundError) as exc:
        raise CommandError(str(exc)) from None
    tracking.configure(cfg.tracking)
    try:
        base = resolve(cfg.model)
        labels = list(dict.fromkeys(variant_label(cfg, s) for s in specs))  # en-JP and en-JP@<champion> are one
        variants = (labels[0], labels[-1])
        with store(db_path(cfg)) as conn:
            todo = [p for p in prompts if not has_item(conn, tag, p, variants)]
        pairs = answer_pairs(cfg, base, labels, todo) if todo else []
    except (AdapterError, BaseModelError) as exc:
        raise CommandError(str(exc)) from None
    with store(db_path(cfg)) as conn:
        added = add_items(conn, tag, variants, todo, pairs)
    data = {"locale": tag, "variants": labels, "prompts": len(prompts), "added": added}
    data |= {"existing": len(prompts) - len(todo), "identical": len(todo) - added}
    line = f"{tag}: {added} new items ({' vs '.join(variants)}) in {db_path(cfg)}"
    return Result(data, [line])


# ------------------------------------------------------------------------------------------------------ export


def majority_pairs(items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], Counter]:
    """Preference rows from items whose votes have a strict majority for one answer; counts of the rest.

    A tie majority says neither answer is better, and without a majority the raters disagree: neither is a
    trustworthy training pair, so both are dropped.
    """
    rows, dropped = [], Counter()
    for item in items:
        choices = list(item["votes"].values())
        top = majority(choices)
        if not choices:
            dropped["unrated"] += 1
        elif top is None:
            dropped["no_majority"] += 1
        elif top == "tie":
            dropped["tie"] += 1
        else:
            win, lose = ("a", "b") if top == "a" else ("b", "a")
            prompt = json.loads(item["prompt"])
            rows.append({"prompt": prompt, "chosen": item[f"response_{win}"], "rejected": item[f"response_{lose}"]})
    return rows, dropped


def export_main(cfg: AppConfig) -> Result:
    """Majority votes of the locale's items -> pairs appended to its preferences.jsonl, as `data import` does."""
    from culturalign.core.files import atomic_write_jsonl
    from culturalign.core.locales import LocaleError, canonical, locale_dir
    from culturalign.core.schema import SchemaError
    from culturalign.data.importers import import_pairs
    from culturalign.data.preferences import PREFERENCES
    from culturalign.model.base import token_counter

    try:
        tag = canonical(cfg.locale or "")
    except LocaleError as exc:
        raise CommandError(f"needs locale=<tag>: {exc}", code=2) from None
    with store(db_path(cfg)) as conn:
        rows, dropped = majority_pairs(votes_by_item(conn, tag))
    data = {"locale": tag, "exported": len(rows), "dropped": dict(dropped)}
    if not rows:
        return Result(data, [f"{tag}: no item has a majority for one answer; nothing exported"])
    dest = locale_dir(Path(cfg.paths.locales), tag) / PREFERENCES
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"annotations-{tag}.jsonl"
        atomic_write_jsonl(src, rows)
        try:
            stats = import_pairs(src, dest, "trl", cfg.split, cfg.data, token_counter(cfg.model))
        except (SchemaError, ValueError, FileNotFoundError) as exc:
            raise CommandError(f"nothing written ({dest} is unchanged):\n{exc}") from None
    return Result(data | {"dest": str(dest)} | stats, [f"{tag}: {len(rows)} majority pairs exported to {dest}"])
