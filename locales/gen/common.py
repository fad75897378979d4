"""Shared pieces of the market-data generator: scenarios, money and dates rendered through CLDR (babel).

A topic module (``topics_*.py``) builds ``Scenario`` objects. Text fields hold ``str.format`` placeholders
whose values live in ``Scenario.values``; ``Money`` and ``date`` values are rendered by the driver
(``locales/generate.py``) with the CLDR conventions of whichever market's *style* is being written,
always in the currency of the market the data is for. Nothing here hand-writes a money or date format.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

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


@dataclass
class Scenario:
    """One customer question and the same content answered in each style.

    prompt: the user's message (placeholders allowed).
    answers: style name -> answer text (placeholders allowed); must hold every name in STYLES.
    values: placeholder name -> str | int | Money | date.
    topic: one of the ten topic names (billing, shipping, device_setup, returns, account_security, warranty,
        scheduling, complaints, product_questions, travel_workplace).
    """

    topic: str
    prompt: str
    answers: dict[str, str]
    values: dict[str, object] = field(default_factory=dict)


def convert(money: Money, currency: str) -> Decimal:
    """Dollar price -> a plausible price in ``currency`` (yen rounded to 10, euro to cents ending in 9 or 0)."""
    amount = money.usd * _RATE[currency]
    if currency == "JPY":
        return (amount / 10).quantize(Decimal("1"), ROUND_HALF_UP) * 10
    return amount.quantize(Decimal("0.01"), ROUND_HALF_UP)


def render(text: str, values: dict[str, object], style: str, currency: str) -> str:
    """Fill placeholders: money in ``currency`` and dates with ``style``'s CLDR conventions."""
    loc = STYLE_LOCALE[style]
    filled: dict[str, str] = {}
    for name, value in values.items():
        if isinstance(value, Money):
            filled[name] = format_currency(convert(value, currency), currency, locale=loc)
        elif isinstance(value, date):
            pattern = STYLE_DATE[style]
            if pattern in ("short", "medium", "long", "full"):
                filled[name] = format_date(value, pattern, locale=loc)
            else:
                filled[name] = format_skeleton(pattern, value, locale=loc)
        else:
            filled[name] = str(value)
    return text.format(**filled)


def pick(rng: random.Random, options: list[str] | tuple[str, ...]) -> str:
    """One option at random (topic modules use this to vary wording)."""
    return rng.choice(list(options))
