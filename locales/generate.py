"""Reproducible generator of the three market datasets (en-US, en-JP, en-DE), data v2.

    .venv/bin/python locales/generate.py                 # check, then write locales/<tag>/*.jsonl and the data card
    .venv/bin/python locales/generate.py --check         # checks and baselines only, writes nothing
    .venv/bin/python locales/generate.py --check gen.situations.billing gen.situations.returns

Content (``gen/situations/<topic>.py``: situations as neutral points, see ``gen/situation.py``) is rendered in each
market's style by ``gen/styles.py``; ``gen/prompts.py`` builds the customer prompts, ``gen/pairs.py`` the preference
pairs (style, content, slip, length), ``gen/checks.py`` the contract and pair checks and the baselines,
``gen/card.py`` the data card in ``locales/README.md``. Standalone: it does not import the ``culturalign`` package.
Splits are assigned per situation (identically for every market, fixed seed); running it twice gives
byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from gen.card import market_stats, render_card, write_card  # noqa: E402
from gen.checks import PUNCT, TAGS, bow_baseline, identical_prompt_share, market_problems  # noqa: E402
from gen.pairs import MarketBuilder, has_steps  # noqa: E402
from gen.world import assign_splits, discover_modules, load_topics, step_verbs  # noqa: E402

# Targets per market (the checks enforce the minimums: 1600 train, 270 test, 320 RL, 72 eval).
TARGET = {"train": 1900, "test": 340, "rl": 420, "eval": 92}
# At most this many pairs / prompts per situation (only binds when few topic modules are checked).
MAX_PER_SITUATION = {"pairs": 12, "prompts": 4}


def build(modules: list[str]) -> dict:
    topics = load_topics(modules)
    splits = assign_splits(topics)
    verbs = step_verbs(topics)
    n_sits = Counter(splits.values())
    out = {"topics": topics, "splits": splits, "verbs": verbs, "n_sits": n_sits, "markets": {}}
    for market in TAGS:
        b = MarketBuilder(market, topics, splits, verbs)
        used: set = set()
        pairs = []
        for split in ("train", "test"):
            per = min(math.ceil(TARGET[split] / max(n_sits[split], 1)), MAX_PER_SITUATION["pairs"])
            pairs += b.build_pairs(split, per, used)
        per_rl = min(math.ceil(TARGET["rl"] / max(n_sits["train"], 1)), MAX_PER_SITUATION["prompts"])
        per_eval = min(math.ceil(TARGET["eval"] / max(n_sits["eval"], 1)), MAX_PER_SITUATION["prompts"])
        rl = b.build_prompts("train", per_rl, set(used), False)
        evals = b.build_prompts("eval", per_eval, set(), True)
        out["markets"][market] = {"builder": b, "pairs": pairs, "rl": rl, "eval": evals}
    return out


def check(data: dict, full: bool = True) -> tuple[list[str], list[str], dict]:
    problems, warnings, stats = [], [], {}
    prompts = {m: [p.sc.prompt for p in d["pairs"]] for m, d in data["markets"].items()}
    identical = identical_prompt_share(prompts)
    for market, d in data["markets"].items():
        b = d["builder"]
        P, W = market_problems(
            market,
            d["pairs"],
            d["rl"],
            d["eval"],
            data["splits"],
            b.contract,
            data["verbs"],
            lambda p: has_steps(p.sc.content()),
            full,
        )
        problems += P
        warnings += W
        if identical[market] > 0.30:
            problems.append(f"{market}: {identical[market]:.1%} of prompts identical to another market's")
        rows = [p.row() for p in d["pairs"]]
        train = [r for r in rows if r["split"] == "train"]
        test = [r for r in rows if r["split"] == "test"]
        bow, top = bow_baseline(train, test)
        flaw_acc, _ = bow_baseline(train, [r | {"pair_type": f"{r['pair_type']}:{r['flaw']}"} for r in test])
        bow_p, _ = bow_baseline(train, test, pattern=PUNCT)
        d["bow"], d["bow_top"], d["bow_flaw"], d["bow_punct"] = bow, top, flaw_acc, bow_p
        stats[TAGS[market]] = market_stats(rows, d["rl"], d["eval"], bow, identical[market])
        stats[TAGS[market]]["bow_test_punct"] = bow_p
        for t in ("content", "slip"):
            if bow.get(t, 0) > 0.9:
                warnings.append(f"{market}: bag-of-words accuracy {bow[t]} on {t} pairs (above 0.9)")
        for note, n in sorted(b.notes.items()):
            if not note.startswith("(engine)"):
                warnings.append(f"content: {note} (x{n})")
        for (sid, kind), (ok, failed, why) in sorted(b.fits.items()):
            if kind == "plain" and failed > ok:
                warnings.append(
                    f"content: {sid}: {market} plain answers break the contract in {failed} of "
                    f"{ok + failed} draws ({why})"
                )
        long = Counter(kind for (sid, kind), (ok, failed, why) in b.fits.items() if failed)
        d["unfit"] = dict(long)
    return problems, warnings, stats


def report(data: dict, problems: list[str], warnings: list[str], stats: dict) -> None:
    for t, s in stats.items():
        print(f"== {t}: {s['split']}")
        print(f"   pair types train {s['pair_type']['train']} test {s['pair_type']['test']}")
        print(f"   flaws {s['flaw']}")
        print(f"   prompt kinds {s['prompt_kind']}")
        print(f"   mean words (chosen, rejected) {s['mean_words']}")
        print(f"   longer-wins (test) {s['longer_wins_test']}")
        print(f"   bag-of-words (test) {s['bow_test']}; with punctuation tokens {s['bow_test_punct']}")
        print(
            f"   openers {s['distinct_openers']} distinct (top {s['top_opener_share']:.1%}); closers "
            f"{s['distinct_closers']} distinct, top-5 share {s['top5_closer_share']:.1%}; "
            f"identical prompts {s['identical_prompt_share']:.1%}"
        )
    for market, d in data["markets"].items():
        print(f"   {market} BoW by flaw: {d['bow_flaw']}")
        print(f"   {market} BoW top words: {d['bow_top']}")
        engine = Counter()
        for note, n in d["builder"].notes.items():
            if note.startswith("(engine)"):
                engine[note.split(": no ")[1].split(" pair")[0]] += n
        if engine:
            print(f"   {market} pair attempts that found no fit (retried): {dict(engine)}")
        print(
            f"   {market} situations with some draws too long or short for the contract, by prompt kind: {d['unfit']}"
        )
    for w in warnings:
        print(f"warning: {w}")
    for p in problems[:200]:
        print(f"problem: {p}")
    print(f"{len(problems)} problems, {len(warnings)} warnings")


def write_jsonl(path: Path, rows: list[dict]) -> None:
    tmp = path.with_suffix(".jsonl.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", nargs="*", help="only check (these topic modules; default: all)")
    args = parser.parse_args()
    modules = args.check or discover_modules()
    data = build(modules)
    problems, warnings, stats = check(data, full=not args.check)
    report(data, problems, warnings, stats)
    if args.check is not None:
        return 1 if problems else 0
    if problems:
        print("not writing: fix the problems first")
        return 1
    for market, d in data["markets"].items():
        tag = TAGS[market]
        write_jsonl(ROOT / tag / "preferences.jsonl", [p.row() for p in d["pairs"]])
        write_jsonl(
            ROOT / tag / "prompts.jsonl",
            [{k: r[k] for k in ("prompt", "topic", "situation", "prompt_kind")} for r in d["rl"]],
        )
        write_jsonl(
            ROOT / tag / "eval.jsonl",
            [{k: r[k] for k in ("prompt", "reference", "topic", "situation", "prompt_kind")} for r in d["eval"]],
        )
    write_card(ROOT / "README.md", render_card(stats, data["n_sits"], len(modules)))
    print(
        "wrote",
        ", ".join(
            f"{TAGS[m]}: {len(d['pairs'])} pairs, {len(d['rl'])} RL, {len(d['eval'])} eval"
            for m, d in data["markets"].items()
        ),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
