"""Shared test helpers: project paths, a word-count token counter, and tiny fixtures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def words_as_tokens(prompt, answer: str) -> int:
    """Stand-in token counter for unit tests: one token per word (the real one needs the base tokenizer)."""
    text = prompt if isinstance(prompt, str) else " ".join(m["content"] for m in prompt)
    return len(text.split()) + len(answer.split())


def write_jsonl(path: Path, rows: list) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A throwaway copy of locales/ and policies/ to break on purpose."""
    for name in ("locales", "policies"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("gen", "*.py", "__pycache__"))
    return tmp_path
