"""Importing preference pairs from other formats into a market's ``preferences.jsonl``.

Formats: TRL standard (``prompt``/``chosen``/``rejected``), TRL conversational, Anthropic HH-RLHF and
UltraFeedback. Every record is converted, the merged file is validated as a whole, and only then written in one
rename; on any problem nothing is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from culturalign.core.config import DataConfig
from culturalign.core.files import atomic_write_jsonl
from culturalign.core.schema import SchemaError
from culturalign.data.preferences import Report, TokenCounter, check_preference_rows, prompt_key, read_jsonl

IMPORT_FORMATS = ("trl", "trl-conversational", "hh", "ultrafeedback")


def _last_assistant(messages: Any) -> str | None:
    if isinstance(messages, str):
        return messages
    if isinstance(messages, list):
        for m in reversed(messages):
            if isinstance(m, dict) and m.get("role") == "assistant":
                return m.get("content")
    return None


def _split_hh(text: str) -> tuple[list[dict], str]:
    """'\\n\\nHuman: ..\\n\\nAssistant: ..' -> (messages before the last answer, last answer)."""
    marker = "\n\nAssistant:"
    head, _, answer = text.rpartition(marker)
    messages = []
    for chunk in head.split("\n\nHuman:")[1:]:
        human, *assistant = chunk.split(marker)
        messages.append({"role": "user", "content": human.strip()})
        messages += [{"role": "assistant", "content": a.strip()} for a in assistant]
    return messages, answer.strip()


def convert_row(obj: dict, fmt: str) -> dict:
    """One source record -> {prompt, chosen, rejected}; raises ValueError naming the field."""
    if fmt == "trl":
        return {k: obj[k] for k in ("prompt", "chosen", "rejected")}
    if fmt == "trl-conversational":
        chosen, rejected = _last_assistant(obj["chosen"]), _last_assistant(obj["rejected"])
        prompt = obj.get("prompt") or [m for m in obj["chosen"][:-1]]
        if chosen is None or rejected is None:
            raise ValueError("chosen/rejected must hold an assistant message")
        return {"prompt": prompt[0]["content"] if len(prompt) == 1 else prompt, "chosen": chosen, "rejected": rejected}
    if fmt == "hh":
        prompt, chosen = _split_hh(obj["chosen"])
        prompt_r, rejected = _split_hh(obj["rejected"])
        if prompt != prompt_r:
            raise ValueError("chosen and rejected have different conversations before the last answer")
        return {"prompt": prompt[0]["content"] if len(prompt) == 1 else prompt, "chosen": chosen, "rejected": rejected}
    if fmt == "ultrafeedback":
        if "completions" in obj:  # raw UltraFeedback: best vs worst rated completion
            rated = sorted(obj["completions"], key=lambda c: c.get("overall_score", 0))
            return {"prompt": obj["instruction"], "chosen": rated[-1]["response"], "rejected": rated[0]["response"]}
        return {
            "prompt": obj["prompt"],
            "chosen": _last_assistant(obj["chosen"]),
            "rejected": _last_assistant(obj["rejected"]),
        }
    raise ValueError(f"unknown format {fmt!r} (known: {', '.join(IMPORT_FORMATS)})")


def import_pairs(
    src: Path, dest: Path, fmt: str, split: str, cfg: DataConfig, count_tokens: TokenCounter | None
) -> dict:
    """Convert ``src`` into ``dest`` (a locale's preferences.jsonl): validate, dedupe, write atomically.

    Raises SchemaError (and writes nothing) if any source record cannot be converted or the merged file would
    not validate. Returns statistics.
    """
    if fmt not in IMPORT_FORMATS:
        raise ValueError(f"format={fmt!r} is not one of {', '.join(IMPORT_FORMATS)}")
    report = Report()
    existing = list(read_jsonl(dest, report, cfg.max_line_bytes)) if Path(dest).is_file() else []
    seen = {(prompt_key(o.get("prompt")), o.get("chosen"), o.get("rejected")) for _, o in existing}
    added, duplicates, n_read = [], 0, 0
    for n, obj in read_jsonl(src, report, cfg.max_line_bytes):
        n_read += 1
        try:
            row = convert_row(obj, fmt)
        except (KeyError, TypeError, IndexError, ValueError) as exc:
            field_name = exc.args[0] if isinstance(exc, KeyError) else "<line>"
            report.add(src, n, str(field_name), f"cannot read as {fmt}: {exc}")
            continue
        key = (prompt_key(row["prompt"]), row["chosen"], row["rejected"])
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        added.append(row | {"split": split})
    if report.problems:
        raise SchemaError(report.problems)
    merged = [o for _, o in existing] + added
    check_preference_rows(dest, enumerate(merged, start=1), cfg, count_tokens, report)
    if report.problems:  # the merged file would not validate: keep the old one
        raise SchemaError(report.problems)
    atomic_write_jsonl(dest, merged)
    return {"read": n_read, "added": len(added), "duplicates": duplicates, "total": len(merged)}
