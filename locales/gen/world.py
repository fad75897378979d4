"""The world the data lives in: topic modules, situation splits, scenario values, wrong values, product names.

Everything random is drawn from ``random.Random`` objects seeded with strings (``rng(...)``), so a run never depends
on hash randomisation or on the order in which other parts of the generator consumed randomness.
"""

from __future__ import annotations

import importlib
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from gen.common import Money, placeholders
from gen.situation import MARKETS, Fact, Point, Situation, Step

SEED = 20261203
SITUATIONS_DIR = Path(__file__).parent / "situations"
# Share of each topic's situations per split (the rest is train); at least one test and one eval per topic.
SPLIT_SHARES = (("test", 0.15), ("eval", 0.15))


def rng(*parts: object) -> random.Random:
    """A generator seeded by a string built from ``parts`` (stable across runs and Python processes)."""
    return random.Random(":".join(str(p) for p in (SEED, *parts)))


@dataclass
class Topic:
    name: str
    module: str
    facts: object  # (rng, market) -> dict
    situations: list[Situation]


def discover_modules() -> list[str]:
    """Every topic module under gen/situations/ (files starting with "_" are examples and helpers)."""
    return [f"gen.situations.{p.stem}" for p in sorted(SITUATIONS_DIR.glob("*.py")) if not p.stem.startswith("_")]


def load_topics(modules: list[str]) -> list[Topic]:
    topics = []
    for name in modules:
        mod = importlib.import_module(name)
        topics.append(Topic(mod.TOPIC, name, mod.facts, list(mod.SITUATIONS)))
    return sorted(topics, key=lambda t: t.name)


def assign_splits(topics: list[Topic]) -> dict[str, str]:
    """situation id -> train | test | eval, per topic, the same for every market (fixed seed)."""
    out = {}
    for topic in topics:
        ids = sorted(s.id for s in topic.situations)
        rng("split", topic.name).shuffle(ids)
        start = 0
        for split, share in SPLIT_SHARES:
            n = max(1, round(len(ids) * share)) if len(ids) >= 3 else 0
            for sid in ids[start : start + n]:
                out[sid] = split
            start += n
        for sid in ids[start:]:
            out[sid] = "train"
    return out


def sample_facts(topic: Topic, market: str, *key: object) -> dict:
    return topic.facts(rng("facts", market, *key), market)


# ------------------------------------------------------------------------------------------------- wrong values


def wrong_value(value: object, r: random.Random, resample: list[object]) -> object | None:
    """A plausible wrong value of the same kind: another amount, a date off by days, a number off, another name.

    ``resample``: values the same placeholder takes in other draws of ``facts`` (for strings)."""
    if isinstance(value, Money):
        factor = r.choice([Decimal("0.5"), Decimal("0.6"), Decimal("0.75"), Decimal("1.25"), Decimal("1.5"), 2])
        new = (value.usd * Decimal(factor)).quantize(Decimal("1")) + (value.usd % 1)
        return Money(new) if new != value.usd and new > 0 else Money(value.usd + 10)
    if isinstance(value, date):
        return value + timedelta(days=r.choice([-9, -6, -4, -3, -2, 2, 3, 4, 5, 7, 10, 14]))
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        options = {value + d for d in (-5, -2, -1, 1, 2, 3, 5, 7)} | {value * 2, value // 2}
        options = sorted(o for o in options if o > 0 and o != value)
        return r.choice(options) if options else None
    if isinstance(value, str):
        if re.fullmatch(r"\d+(\.\d+)?", value):
            return wrong_value(int(float(value)), r, [])
        digits = [i for i, c in enumerate(value) if c.isdigit()]
        if len(digits) >= 4:  # an order or ticket number: two digits swapped or one changed
            chars = list(value)
            i = r.choice(digits[1:])
            chars[i] = str((int(chars[i]) + r.randint(1, 8)) % 10)
            return "".join(chars)
        others = sorted({v for v in resample if isinstance(v, str) and v != value})
        return r.choice(others) if others else None
    return None


# ----------------------------------------------------------------------------------------------- product names

# The stop words of the platform's `data validate` (platform/culturalign/data/validate.py), plus CLDR's abbreviated
# month names, which the generic style's en_GB medium dates use ("7 Jun 2026").
_STOP_BRANDS = set(
    "January February March April May June July August September October November December Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday Step Steps Option Section Order Account Settings Version Model Room Gate Level "
    "Floor Day Days Week Weeks Hour Hours Minute Minutes Chapter Page Line Port Slot Plan Type Class Tier Ticket Case "
    "Box Store Terminal Building The This That These Those Your Our Their Its Each Every Any All If When Once After "
    "Before Then And With For From Since Until Both Only Please Open Tap Select Press Hold Use Set Add Enter Choose "
    "Send Call Windows Android Lumora Bluetooth Item Items Point Number Phase Part Year Years Month Months".split()
)
_MONTHS_ABBR = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
# "Brand [Series] Model": Aurora X2, Vertex Air 13, Nimbus S9 Pro (the rule of the platform's `data validate`):
# a capitalised word that is not a stop word, followed by a model code with a digit.
PRODUCT = re.compile(
    r"\b([A-Z][a-z]{2,})((?: [A-Z][a-z]+)?) ([A-Z]{0,3}\d+[A-Za-z]*(?: (?:Pro|Plus|Max|Mini|Lite|Ultra))?)\b"
)
_STOP_BRANDS |= _MONTHS_ABBR


def product_names(text: str) -> list[str]:
    """Product-like names in a text, as "Brand [Series] Model"; after a stop word ("The Nimbus S9") the search
    starts again at the next word."""
    names, pos = [], 0
    while m := PRODUCT.search(text, pos):
        if m[1] in _STOP_BRANDS:
            pos = m.start(1) + len(m[1])
            continue
        names.append(f"{m[1]}{m[2]} {m[3]}")
        pos = m.end()
    return names


def unknown_products(answer: str, prompt_text: str) -> list[str]:
    """Product-like names in ``answer`` that the prompt does not contain."""
    low = prompt_text.lower()
    return [p for p in product_names(answer) if p.lower() not in low]


# --------------------------------------------------------------------------------------------------- verbs


def step_verbs(topics: list[Topic]) -> set[str]:
    """First words of every Step the content writes (bare imperative verbs), plus common ones."""
    verbs = {
        "open",
        "go",
        "tap",
        "click",
        "select",
        "press",
        "hold",
        "check",
        "make",
        "send",
        "contact",
        "call",
        "use",
        "turn",
        "switch",
        "restart",
        "reset",
        "update",
        "install",
        "enter",
        "choose",
        "follow",
        "keep",
        "take",
        "return",
        "bring",
        "reply",
        "wait",
        "try",
        "log",
        "sign",
        "remove",
        "disconnect",
        "connect",
        "plug",
        "unplug",
        "charge",
        "print",
        "pack",
        "attach",
        "drop",
        "visit",
        "ask",
        "let",
        "look",
        "read",
        "note",
        "see",
        "find",
        "write",
        "email",
        "share",
        "disable",
        "enable",
        "allow",
        "confirm",
        "add",
        "set",
        "put",
        "place",
        "do",
        "don't",
        "never",
        "avoid",
        "start",
        "stop",
        "cancel",
        "request",
        "submit",
        "upload",
        "download",
        "scan",
        "pair",
        "clean",
        "store",
        "leave",
        "give",
        "show",
        "save",
        "change",
        "delete",
        "report",
        "re-enter",
    }
    not_verbs = {
        "if",
        "or",
        "and",
        "when",
        "once",
        "after",
        "before",
        "the",
        "a",
        "an",
        "you",
        "we",
        "it",
        "please",
        "then",
        "for",
        "to",
        "in",
        "on",
        "your",
        "our",
        "this",
        "that",
    }
    for topic in topics:
        for s in topic.situations:
            points: list[Point] = list(s.answer)
            if s.followup:
                points += s.followup.answer
            points += [p for p in (s.unsafe, s.constraint.violation if s.constraint else None) if p is not None]
            for p in points:
                if isinstance(p, Step) and p.text.split() and p.text.split()[0].lower() not in not_verbs:
                    verbs.add(p.text.split()[0].lower())
    return verbs


def point_placeholders(points: list[Point]) -> set[str]:
    return {name for p in points for name in placeholders(p.text)}


__all__ = [
    "MARKETS",
    "SEED",
    "Topic",
    "Fact",
    "Step",
    "rng",
    "discover_modules",
    "load_topics",
    "assign_splits",
    "sample_facts",
    "wrong_value",
    "product_names",
    "unknown_products",
    "step_verbs",
    "point_placeholders",
]
