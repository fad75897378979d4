"""``data validate``'s checks of one market directory beyond single rows: held-out splits and product mentions.

Splits are held out by situation (the kind of request a pair is about, field ``situation``), not just by prompt: a
test, eval or RL-eval prompt about a situation that is also in training says nothing about generalisation. When
rows carry ``situation``: no situation is in both the train and the test split of the preferences; eval prompts
come from situations in neither the preferences nor the RL prompts; RL prompts come from train situations only.
Without ``situation`` fields (imported data) the same rules apply to exact prompts.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from culturalign.core.config import DataConfig
from culturalign.core.locales import LocaleError, canonical, load_locale
from culturalign.core.schema import SchemaError
from culturalign.data.policies import load_policy
from culturalign.data.preferences import (
    EVAL,
    PREFERENCES,
    PROMPTS,
    Report,
    TokenCounter,
    answer_text,
    data_sha256,
    prompt_key,
    validate_preferences,
    validate_prompts,
)

# "Brand [Series] Model": Aurora X2, Vertex Air 13, Nimbus S9 Pro. A capitalised word (not a stop word) followed by
# a model code with a digit; what follows the code (headset, 4K TV) is not part of the name.
PRODUCT = re.compile(
    r"\b([A-Z][a-z]{2,})((?: [A-Z][a-z]+)?) ([A-Z]{0,3}\d+[A-Za-z]*(?: (?:Pro|Plus|Max|Mini|Lite|Ultra))?)\b"
)
STOP_WORDS = frozenset(
    "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul "
    "Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday Step Steps Option Section Order Account Settings Version Model Room Gate Level "
    "Floor Day Days Week Weeks Hour Hours Minute Minutes Chapter Page Line Port Slot Plan Type Class Tier Ticket Case "
    "Box Store Terminal Building The This That These Those Your Our Their Its Each Every Any All If When Once After "
    "Before Then And With For From Since Until Both Only Please Open Tap Select Press Hold Use Set Add Enter Choose "
    "Send Call Windows Android Lumora Bluetooth Item Items Point Number Phase Part Year Years Month Months".split()
)


def product_names(text: str) -> list[str]:
    """Product-like names in ``text`` ("Aurora X2"), skipping dates, steps and other capitalised words."""
    names, pos = [], 0
    while m := PRODUCT.search(text, pos):
        if m[1] in STOP_WORDS:  # "The Nimbus S9": search again from "Nimbus"
            pos = m.start(1) + len(m[1])
            continue
        names.append(f"{m[1]}{m[2]} {m[3]}")
        pos = m.end()
    return names


def prompt_text(prompt) -> str:
    return prompt if isinstance(prompt, str) else "\n".join(m.get("content", "") for m in prompt)


def unknown_products(answer: str, prompt) -> list[str]:
    """Names in ``answer`` the customer never mentioned (an assistant should not invent products)."""
    said = prompt_text(prompt).lower()
    return [name for name in product_names(answer) if name.lower() not in said]


def check_products(path: Path, rows: list[dict], report: Report) -> None:
    for row in rows:
        for name in ("chosen", "rejected"):
            extra = unknown_products(answer_text(row[name]), row["prompt"])
            if extra:
                report.add(path, row["_line"], name, f"names a product absent from the prompt: {', '.join(extra)}")


def held_out_key(row: dict) -> str:
    """What must not cross splits: the situation when the data names it, else the exact prompt."""
    return f"situation:{row['situation']}" if row.get("situation") else prompt_key(row["prompt"])


def check_held_out(files: dict[str, Path], prefs: list[dict], prompts: list[dict], evals: list[dict], cfg, report):
    """Test, eval and RL-eval situations never occur in training; RL prompts come from train situations."""
    train = {held_out_key(r): r["_line"] for r in prefs if r["split"] == cfg.train_split}
    test = {held_out_key(r): r["_line"] for r in prefs if r["split"] == cfg.test_split}
    for key, line in test.items():
        if key in train:
            report.add(files[PREFERENCES], line, "situation", f"{key} is also in the train split (line {train[key]})")
    rl = {held_out_key(r): r["_line"] for r in prompts}
    for key, line in rl.items():
        if key in test:
            report.add(files[PROMPTS], line, "situation", f"{key} is in the test split (line {test[key]})")
    seen = train | test | rl
    for row in evals:
        key = held_out_key(row)
        if key in seen or prompt_key(row["prompt"]) in {prompt_key(r["prompt"]) for r in prefs + prompts}:
            report.add(files[EVAL], row["_line"], "situation", f"{key} also appears in preferences or RL prompts")


def validate_locale(
    locales_root: Path, policies_root: Path, tag: str, cfg: DataConfig, count_tokens: TokenCounter | None
) -> Report:
    """Validate one market directory: locale.yaml, its policy, the three data files and how they are split."""
    report = Report()
    root = Path(locales_root)
    try:
        directory = root / canonical(tag)
    except LocaleError as exc:
        report.add(root / tag, 1, "tag", str(exc))
        return report
    if directory.name != tag:
        report.add(root / tag, 1, "tag", f"directory must be named in canonical form {directory.name!r}")
    try:
        spec = load_locale(directory / "locale.yaml")
        policy_path = Path(policies_root) / f"{spec.policy}.yaml"
        if not policy_path.is_file():
            report.add(directory / "locale.yaml", 1, "policy", f"no policy file {policy_path}")
        else:
            load_policy(policy_path)
    except FileNotFoundError as exc:
        report.add(exc.filename, 1, "<file>", "is missing")
    except SchemaError as exc:
        report.problems += exc.problems
    files = {name: directory / name for name in (PREFERENCES, PROMPTS, EVAL)}
    for path in files.values():
        if not path.is_file():
            report.add(path, 1, "<file>", "is missing")
    if any(p.field == "<file>" and p.message == "is missing" for p in report.problems):
        return report
    prefs = validate_preferences(files[PREFERENCES], cfg, count_tokens, report)
    prompts = validate_prompts(files[PROMPTS], False, cfg, report)
    evals = validate_prompts(files[EVAL], True, cfg, report)
    check_held_out(files, prefs, prompts, evals, cfg, report)
    if cfg.check_products:
        check_products(files[PREFERENCES], prefs, report)
    report.stats[tag] = stats(prefs, prompts, evals, cfg) | {"data_sha256": data_sha256(directory)}
    return report


def stats(prefs: list[dict], prompts: list[dict], evals: list[dict], cfg: DataConfig) -> dict:
    split_counts = Counter(r["split"] for r in prefs)
    words = lambda k: round(sum(len(answer_text(r[k]).split()) for r in prefs) / max(len(prefs), 1), 1)  # noqa: E731
    return {
        "train_pairs": split_counts[cfg.train_split],
        "test_pairs": split_counts[cfg.test_split],
        "rl_prompts": len(prompts),
        "eval_prompts": len(evals),
        "topics": len({r.get("topic") for r in prefs if r.get("topic")}),
        "situations": len({r.get("situation") for r in prefs if r.get("situation")}),
        "pair_types": dict(Counter(r.get("pair_type") or "untyped" for r in prefs)),
        "mean_chosen_words": words("chosen"),
        "mean_rejected_words": words("rejected"),
    }
