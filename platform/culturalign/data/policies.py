"""Regional style policies: the schema of ``policies/*.yaml``, loading, and rule-based style features.

A policy is a market's style contract for the assistant: cultural background (Hofstede's six dimensions, Hall's
context), communication rules (register, directness, length, contractions, exclamations, emoji, numbered steps),
politeness strategies with weights (Danescu-Niculescu-Mizil et al. 2013, "A computational approach to politeness"),
phrase lists, CLDR conventions for money and dates (formatted by babel, never hand-written) and the rubric an
LLM judge reads. ``features`` and ``rule_score`` turn a policy into numbers for any text: the compliance table of an
evaluation and the rule reward of RL both use them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import format_date, format_skeleton, match_skeleton
from babel.numbers import format_currency, get_currency_name, get_decimal_symbol, get_group_symbol

from culturalign.core.schema import load_yaml
from culturalign.data.text import repetition_rate

# Politeness strategies after Danescu-Niculescu-Mizil et al. (2013), Table 3, as regexes over one sentence.
# Polite in the paper: gratitude, deference, greeting, apologizing, please, indirect_btw, hedges, counterfactual
# modals, first-person plural. Impolite: direct questions, sentence-initial "So/But", "please" as the first word,
# factuality, second-person start.
POLITENESS_MARKERS: dict[str, re.Pattern[str]] = {
    "gratitude": re.compile(r"\b(thank(s| you)|appreciate[ds]?|grateful)\b", re.I),
    "deference": re.compile(r"^(great|good|nice|interesting|excellent) (question|point|idea)", re.I),
    "greeting": re.compile(r"^(hi|hello|hey|good (morning|afternoon|evening))\b", re.I),
    "apologizing": re.compile(r"\b(sorry|apologi[sz]e|apologies|regret|pardon)\b", re.I),
    "please": re.compile(r"(?<!^)\bplease\b", re.I),
    "please_start": re.compile(r"^please\b", re.I),
    "indirect_btw": re.compile(r"\bby the way\b", re.I),
    "hedges": re.compile(r"\b(perhaps|maybe|might|may|possibly|kindly|it seems|if it is convenient|suggest)\b", re.I),
    "counterfactual_modal": re.compile(r"\b(would|could) you\b", re.I),
    "indicative_modal": re.compile(r"\b(can|will) you\b", re.I),
    "first_person_plural": re.compile(r"\b(we|our|us)\b", re.I),
    "direct_question": re.compile(r"^(what|why|who|how|where|when)\b.*\?$", re.I),
    "direct_start": re.compile(r"^(so|but|and)\b", re.I),
    "factuality": re.compile(r"\b(in fact|actually|the point is|the reality is|the truth is)\b", re.I),
    "second_person_start": re.compile(r"^you\b", re.I),
}
POLITENESS_STRATEGIES = tuple(POLITENESS_MARKERS)

CONTRACTION = re.compile(r"\b\w+['’](s|re|ll|ve|d|t|m)\b", re.I)
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
NUMBERED_STEP = re.compile(r"^\s*\d+[.)] ", re.M)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
# Bare verbs that open a blunt imperative sentence ("Open the app.", "Tap Settings.").
IMPERATIVE_VERBS = frozenset(
    "open tap go click check hit try restart press select enter make turn hold unplug plug send use call visit sign "
    "log update reset contact wait grab pick head add remove choose type find keep switch charge install".split()
)


@dataclass
class Hofstede:
    """Hofstede's six cultural dimensions (0-120; 2015 country scores, hofstede-insights.com).

    null where the 2015 table has no score for the country (``data/hofstede_2015.csv``): missing stays missing.
    """

    pdi: int | None  # power distance
    idv: int | None  # individualism
    mas: int | None  # masculinity (achievement orientation)
    uai: int | None  # uncertainty avoidance
    lto: int | None  # long-term orientation
    ivr: int | None  # indulgence

    def validate(self) -> list[tuple[str, str]]:
        return [(k, f"must be 0-120 (got {v})") for k, v in vars(self).items() if v is not None and not 0 <= v <= 120]


@dataclass
class Culture:
    """Cultural background the style rules come from; documentation for auditors, and judge context."""

    country: str  # country the market is in (English name)
    hofstede: Hofstede
    context: Literal["high", "low", "unknown"]  # Hall (1976): how much meaning rides on context rather than words
    notes: str = ""  # why the communication rules follow from the above


@dataclass
class Communication:
    """Observable rules of how an answer is written."""

    register: Literal["formal", "informal"]
    directness: Literal["direct", "indirect"]  # direct: the answer comes first; indirect: softened, context first
    verbosity_words: list[int]  # [min, max] words of a typical answer
    contractions: Literal["encouraged", "allowed", "forbidden"]
    max_exclamations: int  # exclamation marks allowed per answer
    emoji: bool  # whether emoji are acceptable
    numbered_steps: Literal["preferred", "allowed", "avoid"]  # instructions as "1. ... 2. ..." lines
    imperatives: Literal["encouraged", "allowed", "avoid"]  # sentences opening with a bare verb ("Open the app.")
    opening: Literal["answer", "gratitude", "any"]  # what the first sentence does

    def validate(self) -> list[tuple[str, str]]:
        v = self.verbosity_words
        if len(v) != 2 or not 0 < v[0] < v[1]:
            return [("verbosity_words", f"must be [min, max] with 0 < min < max (got {v})")]
        return [("max_exclamations", "must be >= 0")] if self.max_exclamations < 0 else []


@dataclass
class Phrases:
    """Phrase lists, matched case-insensitively as substrings."""

    encouraged: list[str] = field(default_factory=list)
    discouraged: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)


@dataclass
class CldrFacts:
    """What CLDR says for the conventions, written out for people (``market new`` fills it); checked against babel."""

    money: str  # 1234.50 in the currency, e.g. £1,234.50
    date: str  # 27 November 2026 in date_format, e.g. 27/11/2026
    money_pattern: str  # CLDR standard currency pattern, e.g. ¤#,##0.00
    date_pattern: str  # CLDR pattern that date_format selects, e.g. dd/MM/y
    decimal: str  # decimal symbol
    group: str  # digit grouping symbol
    parents: list[str]  # CLDR parent chain of cldr_locale, nearest first, root excluded: en-GB -> [en-001, en]


@dataclass
class Conventions:
    """CLDR conventions for the market; the formats come from babel, only the locale and pattern are chosen here."""

    cldr_locale: str  # CLDR locale whose data formats money and dates, e.g. en_JP
    currency: str  # ISO 4217 code, e.g. JPY
    date_format: str  # CLDR width (short/medium/long/full) or skeleton (e.g. yMd)
    cldr: CldrFacts | None = None  # optional copy of what CLDR says; must match babel's data when present

    def validate(self) -> list[tuple[str, str]]:
        try:
            locale = Locale.parse(self.cldr_locale)
        except (ValueError, UnknownLocaleError) as exc:
            return [("cldr_locale", f"not a CLDR locale ({exc})")]
        if self.currency not in locale.currencies:
            return [("currency", f"unknown ISO 4217 currency {self.currency!r}")]
        try:
            facts = self.facts()
        except (KeyError, ValueError) as exc:
            return [("date_format", f"not a CLDR width or skeleton ({exc})")]
        stated = vars(self.cldr) if self.cldr else {}
        # A copy that no longer matches (edited by hand, or a newer CLDR in babel) must not mislead a reader.
        return [
            (f"cldr.{k}", f"CLDR says {facts[k]!r} for {self.cldr_locale}") for k, v in stated.items() if v != facts[k]
        ]

    def facts(self) -> dict[str, str | list[str]]:
        """The ``CldrFacts`` fields as babel computes them for this locale, currency and date format."""
        locale = Locale.parse(self.cldr_locale)
        if self.date_format in ("short", "medium", "long", "full"):
            date_pattern = locale.date_formats[self.date_format].pattern
        else:
            date_pattern = locale.datetime_skeletons[
                match_skeleton(self.date_format, locale.datetime_skeletons)
            ].pattern
        return {
            "money": self.format_money("1234.50"),
            "date": self.format_date(date(2026, 11, 27)),
            "money_pattern": locale.currency_formats["standard"].pattern,
            "date_pattern": date_pattern,
            "decimal": get_decimal_symbol(locale),
            "group": get_group_symbol(locale),
            "parents": cldr_parents(str(locale)),
        }

    def format_money(self, amount: Decimal | float | str) -> str:
        return format_currency(Decimal(str(amount)), self.currency, locale=self.cldr_locale)

    def format_date(self, value: date) -> str:
        if self.date_format in ("short", "medium", "long", "full"):
            return format_date(value, self.date_format, locale=self.cldr_locale)
        return format_skeleton(self.date_format, value, locale=self.cldr_locale)

    def examples(self) -> dict[str, str]:
        """What the conventions look like, for rubrics, docs and the audit report."""
        return {
            "money": self.format_money("1234.50"),
            "date": self.format_date(date(2026, 11, 27)),
            "currency_name": get_currency_name(self.currency, locale="en"),
        }


@dataclass
class Policy:
    """A regional style policy (one YAML file in policies/)."""

    name: str  # file stem, e.g. en-JP
    market: str  # human name of the market
    description: str  # one paragraph: who the assistant talks to and how
    culture: Culture
    communication: Communication
    politeness: dict[str, float]  # strategy -> weight (positive: wanted, negative: unwanted)
    phrases: Phrases
    conventions: Conventions
    rubric: str  # instructions for an LLM judge
    # Field paths a person still has to check (``market new`` lists what it copied or defaulted); empty = reviewed.
    review: list[str] = field(default_factory=list)
    sha256: str = ""  # of the file; filled on load, recorded in every artifact

    def validate(self) -> list[tuple[str, str]]:
        unknown = [k for k in self.politeness if k not in POLITENESS_MARKERS]
        problems = [
            (f"politeness.{k}", f"unknown strategy (known: {', '.join(POLITENESS_STRATEGIES)})") for k in unknown
        ]
        for i, path in enumerate(self.review):
            if not has_field(self, path):
                problems.append((f"review[{i}]", f"{path!r} is not a field of a policy"))
        return problems


def has_field(obj, path: str) -> bool:
    """Whether a dotted field path ("communication.register") names a field of a (nested) dataclass."""
    for name in path.split("."):
        if not is_dataclass(obj) or name not in {f.name for f in fields(obj)}:
            return False
        obj = getattr(obj, name)
    return True


def cldr_parents(name: str) -> list[str]:
    """CLDR parent chain of a locale (en_GB -> [en-001, en]), babel's rule: parentLocales exceptions, else truncate.

    (serve.router walks the same chain for requests, with its own handling of non-likely scripts.)
    """
    chain, exceptions = [], get_global("parent_exceptions")
    while True:
        name = exceptions.get(name) or ("_".join(name.split("_")[:-1]) if "_" in name else "root")
        if name == "root":
            return chain
        chain.append(name.replace("_", "-"))


def load_policy(path: Path) -> Policy:
    """Load and validate one policy file; raises SchemaError with file:line: field messages."""
    policy = load_yaml(Policy, path)
    policy.sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    if policy.name != path.stem:
        from culturalign.core.schema import Problem, SchemaError

        raise SchemaError(
            [Problem(str(path), 1, "name", f"must equal the file name {path.stem!r} (got {policy.name!r})")]
        )
    return policy


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_SPLIT.split(text.strip()) if s.strip()]


def politeness_counts(text: str) -> dict[str, int]:
    """How many sentences use each politeness strategy."""
    sents = sentences(text)
    return {name: sum(bool(rx.search(s)) for s in sents) for name, rx in POLITENESS_MARKERS.items()}


def features(policy: Policy, text: str) -> dict[str, float]:
    """Style measurements of ``text`` and whether each rule of ``policy`` holds (1.0 yes, 0.0 no)."""
    comm, low = policy.communication, text.lower()
    sents = sentences(text)
    n_words = len(text.split())
    contractions = len(CONTRACTION.findall(text))
    exclamations = text.count("!")
    steps = len(NUMBERED_STEP.findall(text))
    imperatives = sum(s.split()[0].lower().strip(",:") in IMPERATIVE_VERBS for s in sents if s.split())
    first = sents[0] if sents else ""
    lo, hi = comm.verbosity_words
    ok = {
        "ok_length": lo <= n_words <= hi,
        "ok_contractions": {"encouraged": contractions > 0, "allowed": True, "forbidden": contractions == 0}[
            comm.contractions
        ],
        "ok_exclamations": exclamations <= comm.max_exclamations,
        "ok_emoji": comm.emoji or not EMOJI.search(text),
        "ok_numbered_steps": {"preferred": steps >= 2, "allowed": True, "avoid": steps == 0}[comm.numbered_steps],
        "ok_imperatives": {"encouraged": imperatives > 0, "allowed": True, "avoid": imperatives == 0}[comm.imperatives],
        "ok_opening": {
            "gratitude": bool(POLITENESS_MARKERS["gratitude"].search(first)),
            "answer": not POLITENESS_MARKERS["gratitude"].search(first) and not first.endswith("?"),
            "any": True,
        }[comm.opening],
        "ok_forbidden": not any(p.lower() in low for p in policy.phrases.forbidden),
    }
    measured = {
        "words": float(n_words),
        "contractions": float(contractions),
        "exclamations": float(exclamations),
        "numbered_steps": float(steps),
        "imperatives": float(imperatives),
        "encouraged_phrases": float(sum(p.lower() in low for p in policy.phrases.encouraged)),
        "discouraged_phrases": float(sum(p.lower() in low for p in policy.phrases.discouraged)),
        "repetition": repetition_rate(text),  # the same measure the evaluation gate uses
    }
    return measured | {k: float(v) for k, v in ok.items()}


def rule_score(policy: Policy, text: str) -> float:
    """One number for how well ``text`` follows ``policy`` (roughly -1..1; the RL rule reward).

    Mean of the rule checks mapped to [-1, 1], plus the weighted politeness strategies (capped at one use per
    strategy so a reward cannot be farmed by repetition) and phrase counts, each scaled down to stay a nudge.
    """
    feats = features(policy, text)
    rules = [v for k, v in feats.items() if k.startswith("ok_")]
    score = 2 * sum(rules) / len(rules) - 1
    counts = politeness_counts(text)
    score += 0.1 * sum(w * min(counts[k], 1) for k, w in policy.politeness.items())
    score += 0.1 * min(feats["encouraged_phrases"], 2) - 0.1 * min(feats["discouraged_phrases"], 2)
    # Markers are easy to farm by looping them; repeated text loses up to 2 points.
    return score - 2 * feats["repetition"]


def judge_instructions(policy: Policy) -> str:
    """The rubric with the market's conventions spelled out (what an autorater reads)."""
    ex = policy.conventions.examples()
    return f"{policy.rubric.strip()}\n\nMoney is written like {ex['money']}; dates like {ex['date']}."
