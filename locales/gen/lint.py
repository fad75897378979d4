"""Structural checks of topic modules (content layer), runnable on one module while it is being written:

    .venv/bin/python locales/gen/lint.py gen.situations.billing [more modules ...]

Checks each situation against the writing rules in ``gen/situation.py``: placeholders exist in ``facts`` for every
market, every market has at least 2 phrasings, ids are unique and start with the topic, points follow the Fact/Step
rules, constraint indices are valid. Exit status 1 on any problem.
"""

from __future__ import annotations

import importlib
import random
import re
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gen.situation import MARKETS, Constraint, Fact, Point, Situation, Step  # noqa: E402

CONTRACTION = re.compile(r"\b\w+['’](s|re|ll|ve|d|t|m)\b", re.I)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def point_problems(where: str, point: Point) -> list[str]:
    out = []
    text = point.text
    if text.rstrip().endswith((".", "!", "?")):
        out.append(f"{where}: no final punctuation in point text: {text!r}")
    if "!" in text or CONTRACTION.search(text.replace("{", "").replace("}", "")):
        out.append(f"{where}: no contractions or '!' in point text: {text!r}")
    if isinstance(point, Step) and not text[:1].islower():
        out.append(f"{where}: a Step starts with a bare verb in lower case: {text!r}")
    if not isinstance(point, (Fact, Step)):
        out.append(f"{where}: points are Fact or Step, got {type(point).__name__}")
    return out


def situation_texts(s: Situation) -> list[tuple[str, str]]:
    texts = [(f"ask.{m}[{i}]", t) for m, ts in s.ask.items() for i, t in enumerate(ts)]
    texts += [("issue", s.issue)] + [(f"answer[{i}]", p.text) for i, p in enumerate(s.answer)]
    if s.constraint:
        texts += [(f"constraint.said.{m}", t) for m, t in s.constraint.said.items()]
        texts += [("constraint.violation", s.constraint.violation.text)]
    if s.followup:
        texts += [(f"followup.ask.{m}[{i}]", t) for m, ts in s.followup.ask.items() for i, t in enumerate(ts)]
        texts += [(f"followup.answer[{i}]", p.text) for i, p in enumerate(s.followup.answer)]
    for name in ("unsafe", "invented"):
        if getattr(s, name) is not None:
            texts.append((name, getattr(s, name).text))
    return texts


def module_problems(name: str) -> tuple[list[str], int]:
    mod = importlib.import_module(name)
    problems = []
    topic, situations = mod.TOPIC, mod.SITUATIONS
    keys = {m: set(mod.facts(random.Random(i), m)) for i, m in enumerate(MARKETS)}
    seen = set()
    for s in situations:
        w = s.id
        if not s.id.startswith(topic + "/") or s.id in seen:
            problems.append(f"{w}: id must be unique and start with '{topic}/'")
        seen.add(s.id)
        for m in MARKETS:
            if len(s.ask.get(m, [])) < 2:
                problems.append(f"{w}: ask.{m} needs at least 2 phrasings")
        if not 2 <= len(s.answer) <= 4:
            problems.append(f"{w}: answer needs 2-4 points (has {len(s.answer)})")
        points = list(s.answer) + (list(s.followup.answer) if s.followup else [])
        points += [p for p in (s.unsafe, s.invented) if p is not None]
        if s.constraint:
            points.append(s.constraint.violation)
            if not isinstance(s.constraint, Constraint) or not 0 <= s.constraint.replaces < len(s.answer):
                problems.append(f"{w}: constraint.replaces must index answer")
            if set(s.constraint.said) != set(MARKETS):
                problems.append(f"{w}: constraint.said needs every market {MARKETS}")
        if s.followup and any(len(s.followup.ask.get(m, [])) < 1 for m in MARKETS):
            problems.append(f"{w}: followup.ask needs every market")
        for i, p in enumerate(points):
            problems += point_problems(f"{w} point {i}", p)
        for where, text in situation_texts(s):
            market = where.split(".")[1].split("[")[0] if where.startswith(("ask.", "constraint.said.")) else None
            available = keys[market] if market in keys else set.intersection(*keys.values())
            missing = placeholders(text) - available
            if missing:
                problems.append(f"{w}: {where} uses placeholders not in facts(): {sorted(missing)}")
        for c in s.checked:
            if c not in set.intersection(*keys.values()):
                problems.append(f"{w}: checked placeholder {c!r} not in facts()")
    return problems, len(situations)


def main(argv: list[str]) -> int:
    total, bad = 0, 0
    for name in argv:
        problems, n = module_problems(name)
        total += n
        bad += len(problems)
        print("\n".join(problems))
        print(f"{name}: {n} situations, {len(problems)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
