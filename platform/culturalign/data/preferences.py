"""Preference data: read, validate, import, hash.

A locale's files (``locales/<tag>/``):
- ``preferences.jsonl``: TRL's standard preference format, one pair per line: ``prompt`` (a string, or a list of
  chat messages), ``chosen``, ``rejected`` (strings), ``split`` (train | test), optional extra fields.
- ``prompts.jsonl``: RL prompts (``prompt``).
- ``eval.jsonl``: held-out prompts with a ``reference`` answer in the market's style.

Every problem is reported as ``file:line: field: what is wrong``; nothing is written unless the result is valid.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from culturalign.core.config import DataConfig
from culturalign.core.schema import Problem, SchemaError

PREFERENCES, PROMPTS, EVAL = "preferences.jsonl", "prompts.jsonl", "eval.jsonl"
# What a pair tests (data v2): the market's style, a substantive flaw, a subtle contract slip, or length alone.
PAIR_TYPES = ("style", "content", "slip", "length")
# A pair of a few answers is a few KB; 1 MiB leaves room for long multi-turn prompts.
MAX_LINE_BYTES = 1 << 20
# Counts tokens of (prompt, answer) the way the model will see them (chat template included).
TokenCounter = Callable[[Any, str], int]


@dataclass
class Report:
    """Problems and statistics of one validation."""

    problems: list[Problem] = field(default_factory=list)
    stats: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(self, file: Path | str, line: int, field_name: str, message: str) -> None:
        self.problems.append(Problem(str(file), line, field_name, message))


def read_jsonl(path: Path, report: Report, max_line_bytes: int = MAX_LINE_BYTES) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line; bad UTF-8 or JSON is reported and skipped.

    A line longer than ``max_line_bytes`` is reported and ends the reading: without a bound, a file with no newline
    (``/dev/zero``) would be read into memory until the process is killed.
    """
    with open(path, "rb") as f:
        for n in itertools.count(1):
            raw = f.readline(max_line_bytes + 1)
            if not raw:
                return
            if len(raw) > max_line_bytes:
                report.add(
                    path, n, "<line>", f"longer than {max_line_bytes} bytes (data.max_line_bytes); stopped reading"
                )
                return
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                report.add(path, n, "<line>", f"not UTF-8 ({exc.reason} at byte {exc.start})")
                continue
            if not text.strip():
                continue
            try:
                obj = json.loads(text)
            except (json.JSONDecodeError, RecursionError) as exc:
                reason = (
                    f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
                )
                report.add(path, n, "<line>", f"not valid JSON ({reason})")
                continue
            if not isinstance(obj, dict):
                report.add(path, n, "<line>", f"must be a JSON object (got {type(obj).__name__})")
                continue
            yield n, obj


def prompt_key(prompt: Any) -> str:
    """A hashable identity of a prompt (string or message list), for duplicate and leakage checks."""
    return prompt.strip() if isinstance(prompt, str) else json.dumps(prompt, sort_keys=True)


def answer_text(answer: Any) -> str:
    """An answer as text: TRL's standard format holds a string, its conversational one ``[{role: assistant, ...}]``."""
    if isinstance(answer, list) and len(answer) == 1 and isinstance(answer[0], dict):
        return answer[0].get("content", "")
    return answer


def as_messages(prompt: Any) -> list[dict[str, str]]:
    """A prompt as chat messages: a string becomes one user turn."""
    return [{"role": "user", "content": prompt}] if isinstance(prompt, str) else list(prompt)


def _check_prompt(value: Any) -> str | None:
    """What is wrong with a prompt value, or None."""
    if isinstance(value, str):
        return "is empty" if not value.strip() else None
    if isinstance(value, list) and value:
        for i, m in enumerate(value):
            if not (
                isinstance(m, dict)
                and m.get("role") in ("system", "user", "assistant")
                and isinstance(m.get("content"), str)
            ):
                return f"message {i} must be {{role: system|user|assistant, content: str}}"
        return None if value[-1]["role"] == "user" else "the last message must be from the user"
    return f"must be a string or a list of messages (got {type(value).__name__})"


def _check_text(value: Any, min_words: int) -> str | None:
    if isinstance(value, list):  # TRL's conversational format: one assistant message
        if len(value) != 1 or not isinstance(value[0], dict) or value[0].get("role") != "assistant":
            return "a message list must hold exactly one {role: assistant, content: str}"
        value = value[0].get("content")
    if not isinstance(value, str):
        return f"must be a string or [{{role: assistant, content}}] (got {type(value).__name__})"
    if not value.strip():
        return "is empty"
    if len(value.split()) < min_words:
        return f"has {len(value.split())} words, fewer than data.min_words={min_words}"
    return None


def validate_preferences(path: Path, cfg: DataConfig, count_tokens: TokenCounter | None, report: Report) -> list[dict]:
    """Check a preference file; return its valid rows (each with ``_line``)."""
    return check_preference_rows(path, read_jsonl(path, report, cfg.max_line_bytes), cfg, count_tokens, report)


def check_preference_rows(
    path: Path, numbered: Iterable[tuple[int, dict]], cfg: DataConfig, count_tokens: TokenCounter | None, report: Report
) -> list[dict]:
    """Check (line, row) pairs as the lines of ``path``; return the valid rows (each with ``_line``)."""
    rows, seen = [], {}
    splits_of_prompt: dict[str, dict[str, int]] = {}
    for n, obj in numbered:
        bad = False
        for name, message in (
            ("prompt", _check_prompt(obj.get("prompt")) if "prompt" in obj else "is required"),
            ("chosen", _check_text(obj.get("chosen"), cfg.min_words) if "chosen" in obj else "is required"),
            ("rejected", _check_text(obj.get("rejected"), cfg.min_words) if "rejected" in obj else "is required"),
        ):
            if message:
                report.add(path, n, name, message)
                bad = True
        split = obj.get("split")
        if split not in (cfg.train_split, cfg.test_split):
            report.add(path, n, "split", f"must be {cfg.train_split!r} or {cfg.test_split!r} (got {split!r})")
            bad = True
        if obj.get("pair_type") is not None and obj.get("pair_type") not in PAIR_TYPES:
            report.add(path, n, "pair_type", f"must be one of {', '.join(PAIR_TYPES)} (got {obj.get('pair_type')!r})")
            bad = True
        if bad:
            continue
        chosen, rejected = answer_text(obj["chosen"]).strip(), answer_text(obj["rejected"]).strip()
        if chosen == rejected:
            report.add(path, n, "rejected", "is identical to chosen")
            continue
        key = (prompt_key(obj["prompt"]), chosen, rejected)
        if key in seen:
            report.add(path, n, "<line>", f"duplicate of line {seen[key]}")
            continue
        seen[key] = n
        if count_tokens is not None:
            for name in ("chosen", "rejected"):
                tokens = count_tokens(obj["prompt"], answer_text(obj[name]))
                if tokens > cfg.max_tokens:
                    report.add(
                        path, n, name, f"prompt+{name} is {tokens} tokens, over data.max_tokens={cfg.max_tokens}"
                    )
        splits_of_prompt.setdefault(key[0], {}).setdefault(split, n)
        rows.append(obj | {"_line": n})
    for where in splits_of_prompt.values():
        if len(where) > 1:
            report.add(
                path, where[cfg.test_split], "prompt", f"also in the train split (line {where[cfg.train_split]})"
            )
    return rows


def validate_prompts(path: Path, needs_reference: bool, cfg: DataConfig, report: Report) -> list[dict]:
    """Check prompts.jsonl (needs_reference=False) or eval.jsonl (True); return valid rows."""
    rows, seen = [], {}
    for n, obj in read_jsonl(path, report, cfg.max_line_bytes):
        message = _check_prompt(obj.get("prompt")) if "prompt" in obj else "is required"
        if message:
            report.add(path, n, "prompt", message)
            continue
        if needs_reference:
            ref = _check_text(obj.get("reference"), cfg.min_words) if "reference" in obj else "is required"
            if ref:
                report.add(path, n, "reference", ref)
                continue
        key = prompt_key(obj["prompt"])
        if key in seen:
            report.add(path, n, "prompt", f"duplicate of line {seen[key]}")
            continue
        seen[key] = n
        rows.append(obj | {"_line": n})
    return rows


def data_sha256(directory: Path) -> str:
    """One digest over a locale's data files (what a trained artifact records as its data lineage)."""
    digest = hashlib.sha256()
    for name in (PREFERENCES, PROMPTS, EVAL):
        path = Path(directory) / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b"") + b"\0")
    return digest.hexdigest()


def load_split(directory: Path, split: str) -> list[dict]:
    """Rows of one split of a locale's preferences (validated by `data validate`), answers as plain text."""
    report = Report()
    rows = [r for _, r in read_jsonl(Path(directory) / PREFERENCES, report) if r.get("split") == split]
    if report.problems:
        raise SchemaError(report.problems)
    return [r | {"chosen": answer_text(r["chosen"]), "rejected": answer_text(r["rejected"])} for r in rows]
