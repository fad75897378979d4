"""Reproducible generator of the three market datasets (en-US, en-JP, en-DE).

    .venv/bin/python locales/generate.py            # writes locales/<tag>/{preferences,prompts,eval}.jsonl
    .venv/bin/python locales/generate.py --check gen.topics_a   # style checks on one topic module, writes nothing

Each scenario (one customer question, see ``gen/common.py``) is answered in four styles with the same facts.
For a market, ``chosen`` is the market's own style and ``rejected`` another market's style or the generic
assistant style (cycling), so a reward model can only learn style, not correctness. Money and dates are
rendered through babel's CLDR data: in the market's currency, but in the *writing style's* locale conventions,
so a rejected answer carries another market's formats. Splits are assigned per scenario, identically for all
markets, stratified by topic: no prompt appears in two splits of any market.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen.common import MARKET_CURRENCY, STYLES, Scenario, render  # noqa: E402

SEED = 20261127
TOPIC_MODULES = ("gen.topics_a", "gen.topics_b", "gen.topics_c")
MARKETS = {"en-US": "us", "en-JP": "jp", "en-DE": "de"}
# Share of each topic's scenarios per split; the rest is preference train data.
SPLIT_SHARES = (("eval", 0.06), ("prompts", 0.20), ("test", 0.10))
WORD_BANDS = {"us": (35, 95), "jp": (60, 130), "de": (45, 115), "generic": (40, 110)}
CONTRACTION = re.compile(r"\b\w+'(s|re|ll|ve|d|t|m)\b", re.IGNORECASE)


def words(text: str) -> int:
    return len(text.split())


def style_problems(s: Scenario) -> list[str]:
    """What breaks the style contracts in one scenario (empty list: fine)."""
    problems = []
    if set(s.answers) != set(STYLES):
        return [f"answers must hold exactly {STYLES}, got {sorted(s.answers)}"]
    for style in STYLES:
        text = render(s.answers[style], s.values, style, "USD")
        lo, hi = WORD_BANDS[style]
        if not lo <= words(text) <= hi:
            problems.append(f"{style}: {words(text)} words, want {lo}-{hi}: {text[:60]!r}")
        if style in ("jp", "de") and (CONTRACTION.search(text.replace("’", "'")) or "!" in text):
            problems.append(f"{style}: contraction or '!' in {text[:60]!r}")
    us = render(s.answers["us"], s.values, "us", "USD")
    if not CONTRACTION.search(us.replace("’", "'")):
        problems.append(f"us: no contraction in {us[:60]!r}")
    if not render(s.answers["jp"], s.values, "jp", "USD").lower().startswith("thank"):
        problems.append("jp: must open by thanking")
    if not re.search(r"^1\. ", render(s.answers["de"], s.values, "de", "USD"), re.MULTILINE):
        problems.append("de: no numbered steps ('1. ' at a line start)")
    return problems


def load_scenarios(modules: tuple[str, ...]) -> list[Scenario]:
    scenarios: list[Scenario] = []
    for name in modules:
        scenarios += importlib.import_module(name).scenarios(random.Random(f"{SEED}:{name}"))
    return scenarios


def check(modules: tuple[str, ...]) -> int:
    """Print every problem and per-topic counts; exit status 1 if any problem."""
    scenarios = load_scenarios(modules)
    bad = 0
    prompts = Counter(render(s.prompt, s.values, "us", "USD") for s in scenarios)
    for prompt, n in prompts.items():
        if n > 1:
            bad += 1
            print(f"duplicate prompt x{n}: {prompt!r}")
    for i, s in enumerate(scenarios):
        for p in style_problems(s):
            bad += 1
            print(f"scenario {i} ({s.topic}): {p}")
    money = sum(any(not isinstance(v, (str, int)) for v in s.values.values()) for s in scenarios)
    print(f"topics: {dict(Counter(s.topic for s in scenarios))}")
    print(f"scenarios: {len(scenarios)}, with money or dates: {money}, problems: {bad}")
    return 1 if bad else 0


def assign_splits(scenarios: list[Scenario]) -> dict[str, list[Scenario]]:
    by_topic: dict[str, list[Scenario]] = defaultdict(list)
    for s in scenarios:
        by_topic[s.topic].append(s)
    splits: dict[str, list[Scenario]] = defaultdict(list)
    rng = random.Random(SEED)
    for topic in sorted(by_topic):
        group = by_topic[topic]
        rng.shuffle(group)
        start = 0
        for split, share in SPLIT_SHARES:
            n = round(len(group) * share)
            splits[split] += group[start : start + n]
            start += n
        splits["train"] += group[start:]
    for group in splits.values():
        rng.shuffle(group)
    return splits


def write_jsonl(path: Path, rows: list[dict]) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def market_rows(splits: dict[str, list[Scenario]], style: str, currency: str) -> dict[str, list[dict]]:
    others = [s for s in STYLES if s != style]
    prefs = []
    for split in ("train", "test"):
        for i, s in enumerate(splits[split]):
            rejected_style = others[i % len(others)]
            prefs.append(
                {
                    "prompt": render(s.prompt, s.values, style, currency),
                    "chosen": render(s.answers[style], s.values, style, currency),
                    "rejected": render(s.answers[rejected_style], s.values, rejected_style, currency),
                    "split": split,
                    "topic": s.topic,
                    "rejected_style": rejected_style,
                }
            )
    prompts = [{"prompt": render(s.prompt, s.values, style, currency), "topic": s.topic} for s in splits["prompts"]]
    evals = [
        {
            "prompt": render(s.prompt, s.values, style, currency),
            "reference": render(s.answers[style], s.values, style, currency),
            "topic": s.topic,
        }
        for s in splits["eval"]
    ]
    return {"preferences.jsonl": prefs, "prompts.jsonl": prompts, "eval.jsonl": evals}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", nargs="*", help="only check these topic modules (default: all)")
    args = parser.parse_args()
    if args.check is not None:
        return check(tuple(args.check) or TOPIC_MODULES)
    if check(TOPIC_MODULES):
        return 1
    splits = assign_splits(load_scenarios(TOPIC_MODULES))
    root = Path(__file__).parent
    for tag, style in MARKETS.items():
        for name, rows in market_rows(splits, style, MARKET_CURRENCY[style]).items():
            write_jsonl(root / tag / name, rows)
        print(tag, {k: len(v) for k, v in splits.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
