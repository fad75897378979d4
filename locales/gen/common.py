"""Shared pieces of the market-data generator: money and dates rendered through CLDR (babel).

Topic modules (``gen/situations/<topic>.py``) put ``Money`` and ``datetime.date`` values into their ``facts``
dicts; text holds ``str.format`` placeholders. The style engine (``gen/styles.py``) renders a value with the CLDR
conventions of whichever style is being written (``STYLE_LOCALE``/``STYLE_DATE``), always in the currency of the
market the data is for (``MARKET_CURRENCY``). Nothing here, or anywhere in the generator, hand-writes a money or date
format.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from babel.dates import format_date, format_skeleton
from babel.numbers import format_currency

# The four answer styles. us/jp/de are the market contracts (see policies/*.yaml); generic is a neutral assistant.
STYLES = ("us", "jp", "de", "generic")

# CLDR locale and date pattern each style writes with. "yMd" is a CLDR skeleton (en_US 11/27/2026,
# en_JP 2026/11/27); en_DE's yMd is 27/11/2026, so the German market uses CLDR's long date (27 November 2026).
STYLE_LOCALE = {"us": "en_US", "jp": "en_JP", "de": "en_DE", "generic": "en_GB"}
STYLE_DATE = {"us": "yMd", "jp": "yMd", "de": "long", "generic": "medium"}

# Currency of each market's data, and a rough conversion so one scenario's price is plausible in every market.
MARKET_CURRENCY = {"us": "USD", "jp": "JPY", "de": "EUR"}
_RATE = {"USD": Decimal("1"), "JPY": Decimal("150"), "EUR": Decimal("0.92")}


@dataclass(frozen=True)
class Money:
    """A price given in US dollars; converted to the market currency when rendered."""

    usd: Decimal

    def __init__(self, usd: float | str | Decimal):
        object.__setattr__(self, "usd", Decimal(str(usd)))


def convert(money: Money, currency: str) -> Decimal:
    """Dollar price -> a plausible price in ``currency`` (yen rounded to 10, euro to cents ending in 9 or 0)."""
    amount = money.usd * _RATE[currency]
    if currency == "JPY":
        return (amount / 10).quantize(Decimal("1"), ROUND_HALF_UP) * 10
    return amount.quantize(Decimal("0.01"), ROUND_HALF_UP)


@cache
def render_value(value: object, style: str, currency: str) -> str:
    """One placeholder value as text: money in ``currency`` and dates with ``style``'s CLDR conventions."""
    loc = STYLE_LOCALE[style]
    if isinstance(value, Money):
        return format_currency(convert(value, currency), currency, locale=loc)
    if isinstance(value, date):
        pattern = STYLE_DATE[style]
        if pattern in ("short", "medium", "long", "full"):
            return format_date(value, pattern, locale=loc)
        return format_skeleton(pattern, value, locale=loc)
    return str(value)


def placeholders(text: str) -> list[str]:
    """The ``{name}`` placeholders of a template, in order of appearance."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def render(
    text: str, values: dict[str, object], style: str, currency: str, overrides: dict[str, object] | None = None
) -> str:
    """Fill placeholders: money in ``currency`` and dates with ``style``'s CLDR conventions.

    ``overrides`` replaces some values before rendering (a wrong value for the "wrong fact" flaw)."""
    merged = dict(values) | (overrides or {})
    filled = {name: render_value(merged[name], style, currency) for name in placeholders(text)}
    return text.format(**filled)


def pick(rng: random.Random, options: list[str] | tuple[str, ...]) -> str:
    """One option at random (topic modules use this to vary wording)."""
    return rng.choice(list(options))
