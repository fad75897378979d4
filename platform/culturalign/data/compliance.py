"""Policy compliance of generated answers: style rules, politeness markers, and money and dates in CLDR format.

``text_features(policy, text)`` measures one answer (floats, flat: the style features of ``policies.features``, one
``marker_<strategy>`` per politeness strategy the policy weights, and money/date counts); ``compliance_table(policy,
texts)`` aggregates a corpus into rates for the evaluation report:

    from culturalign.data.compliance import compliance_table
    compliance_table(load_policy(Path("policies/en-DE.yaml")), answers)  # {"ok_length": 0.8, "money_format": ...}

Money and dates are found with regexes, parsed, rendered again by babel with the policy's conventions
(``Conventions.format_money`` / ``format_date``) and compared with what the answer wrote. Each mention gets two
verdicts: ``ok`` (exactly what the policy prescribes: its currency, its configured date format) and ``locale_ok``
(some CLDR format of the policy's locale: the mention's own currency in the locale's number format; any standard
date width), so "March 3, 2025" in a US answer whose policy wants 3/3/2025 is not ok but is locale_ok, while
"1.234,50 €" there is neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Literal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, get_decimal_symbol

from culturalign.data.policies import Policy, features, politeness_counts

# ------------------------------------------------------------------------------------------------------- money

SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "JP¥": "JPY", "¥": "JPY", "￥": "JPY", "円": "JPY"}
WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY"}
# A fixed set of ISO codes, not all 300 of babel's: "TOP 10" or "ALL 3" are not Tongan or Albanian money.
CODES = ("USD", "EUR", "JPY", "GBP", "CHF", "CNY", "CAD", "AUD")
# Grouped thousands first ("1,234.50", "1.234,50", "1 234"), else a plain number with an optional fraction.
NUMBER = r"\d{1,3}(?:[,.\u00a0\u202f'’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SYMBOL = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True) if s != "円")
_CODE = "|".join(CODES)
MONEY = re.compile(
    rf"(?<![\w.,])(?P<pre>{_SYMBOL}|\b(?:{_CODE})\b)\s?(?P<num1>{NUMBER})(?![\d])"
    rf"|(?<![\w.,])(?P<num2>{NUMBER})\s?(?P<post>{_SYMBOL}|円|\b(?:{_CODE}|{'|'.join(WORDS)})\b)",
    re.I,
)


def parse_number(raw: str) -> Decimal:
    """'1,234.50', '1.234,50', '1 234', '3.99', '1.200' -> Decimal.

    With both '.' and ',' the last one is the decimal mark; with one kind, it groups thousands if it repeats or is
    followed by exactly three digits ("1,200", "1.200"), else it is the decimal mark ("3.99", "3,99").
    """
    digits = re.sub(r"[\s'’]", "", raw)
    marks = [c for c in digits if c in ".,"]
    if not marks:
        return Decimal(digits)
    last = marks[-1]
    tail = digits.rsplit(last, 1)[1]
    decimal_mark = len(set(marks)) == 2 or (marks.count(last) == 1 and len(tail) != 3)
    if not decimal_mark:
        return Decimal(digits.replace(last, ""))
    whole = digits.rsplit(last, 1)[0].replace(",", "").replace(".", "")
    return Decimal(f"{whole}.{tail}")


def currency_of(unit: str) -> str:
    """ISO code of a symbol, code or word found next to a number."""
    return SYMBOLS.get(unit) or WORDS.get(unit.lower()) or unit.upper()


# ------------------------------------------------------------------------------------------------------- dates


def _names(kind: str, widths: tuple[str, ...]) -> dict[str, int]:
    """Month or weekday names (lower case, without a trailing dot) -> number, from CLDR's English and German data."""
    out: dict[str, int] = {}
    for tag in ("en", "en_GB", "de"):
        table = getattr(Locale.parse(tag), kind)
        for context in ("format", "stand-alone"):
            for width in widths:
                out.update({name.lower().rstrip("."): n for n, name in table[context][width].items()})
    return out


MONTHS = _names("months", ("wide", "abbreviated"))
# Wide weekday names only: German abbreviations ("Do", "So") are ordinary English words.
WEEKDAYS = _names("days", ("wide",)) | {d: n for n, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_WEEKDAY = "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True))
DATE = re.compile(
    rf"(?:\b(?:{_WEEKDAY})\.?,?\s+)?"
    rf"(?:(?P<mon1>\b(?:{_MONTH}))\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<mon2>(?:{_MONTH}))\b\.?,?\s+(?P<y2>\d{{4}})\b)"
    rf"|(?<![\d.])(?P<y3>\d{{4}})(?P<s3>[-/.])(?P<m3>\d{{1,2}})(?P=s3)(?P<d3>\d{{1,2}})(?![\d.]?\d)"
    rf"|(?<![\d.])(?P<a4>\d{{1,2}})(?P<s4>[-/.])(?P<b4>\d{{1,2}})(?P=s4)(?P<y4>\d{{4}}|\d{{2}})(?![\d.]?\d)"
    rf"|(?P<y5>\d{{4}})年\s?(?P<m5>\d{{1,2}})月\s?(?P<d5>\d{{1,2}})日",
    re.I,
)
DATE_WIDTHS = ("short", "medium", "long", "full")


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def date_candidates(match: re.Match[str]) -> list[date]:
    """The dates a match can mean: one, except numeric a/b/y, which may be month/day or day/month.

    Both readings are kept and a mention passes if either is in the expected format (benefit of the doubt): the text
    alone cannot say whether 03/04/2025 is March or April. Two-digit years are 20yy.
    """
    g = match.groupdict()
    if g["mon1"] or g["mon2"]:
        day, month, year = (g["d1"], g["mon1"], g["y1"]) if g["mon1"] else (g["d2"], g["mon2"], g["y2"])
        found = [_valid(int(year), MONTHS[month.lower().rstrip(".")], int(day))]
    elif g["y3"] or g["y5"]:
        year, month, day = (g["y3"], g["m3"], g["d3"]) if g["y3"] else (g["y5"], g["m5"], g["d5"])
        found = [_valid(int(year), int(month), int(day))]
    else:
        year = int(g["y4"]) + (2000 if len(g["y4"]) == 2 else 0)
        a, b = int(g["a4"]), int(g["b4"])
        found = [_valid(year, a, b), _valid(year, b, a)]
    return list(dict.fromkeys(d for d in found if d))


# ---------------------------------------------------------------------------------------------------- mentions


@dataclass
class Mention:
    """One money amount or date found in an answer, and whether it is written the way the market writes it."""

    kind: Literal["money", "date"]
    text: str  # as written in the answer
    start: int  # character offset in the answer
    value: str  # what was parsed: "1234.50 EUR" or "2025-03-03" (first reading of an ambiguous date)
    expected: str  # the policy's rendering of that value (format_money / format_date)
    ok: bool  # written exactly as the policy prescribes (its currency and configured format)
    locale_ok: bool  # written in some CLDR format of the policy's locale (see the module docstring)


def _squash(text: str) -> str:
    """Any run of whitespace (babel puts U+00A0 / U+202F in "1.234,50 €") as one plain space."""
    return " ".join(text.split())


def _money_forms(rendered: str, amount: Decimal, locale: str) -> set[str]:
    """A babel rendering, plus the same without a zero fraction for whole amounts ("$1,200" for "$1,200.00")."""
    forms = {_squash(rendered)}
    if amount == amount.to_integral_value():
        forms.add(_squash(re.sub(re.escape(get_decimal_symbol(locale)) + r"0+(?!\d)", "", rendered)))
    return forms


def money_mentions(policy: Policy, text: str) -> list[Mention]:
    """Money amounts in ``text`` checked against the policy's currency and the locale's CLDR currency format."""
    conv, out = policy.conventions, []
    for m in MONEY.finditer(text):
        raw, unit = (m["num1"], m["pre"]) if m["num1"] else (m["num2"], m["post"])
        try:
            amount = parse_number(raw)
        except InvalidOperation:
            continue
        currency, written = currency_of(unit), _squash(m.group())
        expected = conv.format_money(amount)
        own = format_currency(amount, currency, locale=conv.cldr_locale)
        ok = written in _money_forms(expected, amount, conv.cldr_locale)
        locale_ok = written in _money_forms(own, amount, conv.cldr_locale)
        out.append(Mention("money", m.group(), m.start(), f"{amount} {currency}", expected, ok, locale_ok))
    return out


def _same_date_text(written: str, rendered: str) -> bool:
    """Equal up to case, whitespace and zero-padding of numbers ("03/04/2025" reads as 3/4/2025)."""

    def key(s: str) -> list[str]:
        return [str(int(p)) if p.isdigit() else p for p in re.split(r"(\d+)", _squash(s).casefold())]

    return key(written) == key(rendered)


def date_mentions(policy: Policy, text: str) -> list[Mention]:
    """Dates in ``text`` checked against the policy's date format and the locale's CLDR date formats."""
    conv, out = policy.conventions, []
    for m in DATE.finditer(text):
        readings = date_candidates(m)
        if not readings:
            continue  # "31/31/2025": looks like a date, is none
        ok = any(_same_date_text(m.group(), conv.format_date(d)) for d in readings)
        locale_forms = [format_date(d, w, locale=conv.cldr_locale) for d in readings for w in DATE_WIDTHS]
        locale_ok = ok or any(_same_date_text(m.group(), f) for f in locale_forms)
        first = readings[0]
        out.append(Mention("date", m.group(), m.start(), first.isoformat(), conv.format_date(first), ok, locale_ok))
    return out


# ---------------------------------------------------------------------------------------------------- features


def _mention_features(kind: str, found: list[Mention]) -> dict[str, float]:
    return {
        f"{kind}_mentions": float(len(found)),
        f"{kind}_ok": float(sum(m.ok for m in found)),
        f"{kind}_locale_ok": float(sum(m.locale_ok for m in found)),
        # A rule like the other ok_* features: it holds when nothing is mis-written (vacuously without mentions).
        f"ok_{kind}": float(all(m.ok for m in found)),
    }


def text_features(policy: Policy, text: str) -> dict[str, float]:
    """Everything measured on one answer: style features, politeness markers, money and dates (all floats).

    ``marker_<strategy>`` is 1.0 if any sentence uses a strategy the policy weights; ``politeness_score`` sums the
    weights of the strategies used (each once, as ``rule_score`` does, so repeating a marker does not pay).
    """
    counts = politeness_counts(text)
    used = {k: min(counts[k], 1) for k in policy.politeness}
    low = text.lower()
    return (
        features(policy, text)
        | {f"marker_{k}": float(v) for k, v in used.items()}
        | {
            "politeness_score": float(sum(w * used[k] for k, w in policy.politeness.items())),
            "forbidden_phrases": float(sum(p.lower() in low for p in policy.phrases.forbidden)),
        }
        | _mention_features("money", money_mentions(policy, text))
        | _mention_features("date", date_mentions(policy, text))
    )


def _ratio(numerator: float, denominator: float) -> float:
    """A share of mentions; NaN (not 0 or 1) when there were none, so "no dates" never reads as good or bad."""
    return numerator / denominator if denominator else float("nan")


def compliance_table(policy: Policy, texts: list[str]) -> dict[str, float]:
    """Per-corpus compliance: the mean of every text feature, the overall rule rate, and mention shares.

    The mean of an ``ok_*`` or ``marker_*`` feature is the share of answers where it holds (``ok_length``: inside
    the policy's length band). ``rules`` is the share of all ok_* checks that hold (as ``evaluate.compliance``).
    ``money_format`` / ``date_format``: share of mentions written as the policy prescribes; ``*_locale_format``:
    share written in some CLDR format of the locale; NaN when the corpus has no such mention.
    """
    rows = [text_features(policy, t) for t in texts]
    if not rows:
        return {"n": 0.0}
    table = {k: sum(r[k] for r in rows) / len(rows) for k in rows[0]}
    checks = [v for r in rows for k, v in r.items() if k.startswith("ok_")]
    table |= {"n": float(len(rows)), "rules": sum(checks) / len(checks)}
    for kind in ("money", "date"):
        total = sum(r[f"{kind}_mentions"] for r in rows)
        table[f"{kind}_mentions"] = total  # a count over the corpus, not a mean
        table[f"{kind}_format"] = _ratio(sum(r[f"{kind}_ok"] for r in rows), total)
        table[f"{kind}_locale_format"] = _ratio(sum(r[f"{kind}_locale_ok"] for r in rows), total)
        del table[f"{kind}_ok"], table[f"{kind}_locale_ok"]
    return table
