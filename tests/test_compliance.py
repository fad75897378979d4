"""Policy compliance: money and dates checked against each shipped policy's CLDR conventions, and the corpus table.

What the shipped policies prescribe (babel renders them; see policies/*.yaml `conventions`):
en-US: en_US, USD, yMd -> "$1,234.50", "3/3/2025"; en-DE: en_DE, EUR, long -> "1.234,50 €" (U+00A0 before €),
"3 March 2025"; en-JP: en_JP, JPY, yMd -> "¥1,234" (yen has no fraction digits), "2025/03/03".
"""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from culturalign.data import compliance
from culturalign.data.policies import features, load_policy

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def policies():
    return {p.stem: load_policy(p) for p in sorted((ROOT / "policies").glob("*.yaml"))}


def verdicts(found) -> dict[str, tuple[bool, bool]]:
    return {m.text: (m.ok, m.locale_ok) for m in found}


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,234.50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1,200", "1200"),  # one mark followed by three digits groups thousands
        ("1.200", "1200"),
        ("3.99", "3.99"),
        ("3,99", "3.99"),
        ("1,234,567", "1234567"),  # a repeated mark groups
        ("1\u202f234,5", "1234.5"),
        ("1200", "1200"),
    ],
)
def test_parse_number(raw, value):
    assert compliance.parse_number(raw) == Decimal(value)


def test_shipped_policies_say_what_the_tests_assume(policies):
    conv = {tag: p.conventions for tag, p in policies.items()}
    assert (conv["en-US"].cldr_locale, conv["en-US"].currency, conv["en-US"].date_format) == ("en_US", "USD", "yMd")
    assert (conv["en-DE"].cldr_locale, conv["en-DE"].currency, conv["en-DE"].date_format) == ("en_DE", "EUR", "long")
    assert (conv["en-JP"].cldr_locale, conv["en-JP"].currency, conv["en-JP"].date_format) == ("en_JP", "JPY", "yMd")


def test_en_us_money(policies):
    found = verdicts(compliance.money_mentions(policies["en-US"], "Pay $1,234.50 now, not 1.234,50 € or €1,234.50."))
    assert found["$1,234.50"] == (True, True)
    assert found["1.234,50 €"] == (False, False)  # German format: wrong in the US on both counts
    assert found["€1,234.50"] == (False, True)  # US format, but not the market's currency
    # Whole dollars may drop the cents; a code or a word instead of the symbol is not the CLDR format.
    found = verdicts(compliance.money_mentions(policies["en-US"], "It is $1,200, USD 3.99 or 5 dollars."))
    assert found == {"$1,200": (True, True), "USD 3.99": (False, False), "5 dollars": (False, False)}


def test_en_de_money_is_the_reverse(policies):
    text = "Die Kosten: 1.234,50 € (also 1.234,50\u00a0€), not $1,234.50 or €1,234.50; 3,99 € and 5 €."
    found = verdicts(compliance.money_mentions(policies["en-DE"], text))
    assert found["1.234,50 €"] == (True, True)
    assert found["1.234,50\u00a0€"] == (True, True)  # babel's own no-break space reads the same
    assert found["$1,234.50"] == (False, False)
    assert found["€1,234.50"] == (False, False)  # the symbol first and US separators: not how en_DE writes euros
    assert found["3,99 €"] == (True, True) and found["5 €"] == (True, True)


def test_en_jp_money(policies):
    found = verdicts(compliance.money_mentions(policies["en-JP"], "¥1,200 or JPY 1200 or 1,200 yen or ¥1,234.50"))
    assert found["¥1,200"] == (True, True)
    assert found["JPY 1200"] == (False, False) and found["1,200 yen"] == (False, False)
    assert found["¥1,234.50"] == (False, False)  # babel writes ¥1,234: yen have no fraction digits
    mention = compliance.money_mentions(policies["en-JP"], "¥1,200")[0]
    assert (mention.value, mention.expected) == ("1200 JPY", "¥1,200")


def test_en_us_dates(policies):
    text = "Due 3/14/2025, 03/04/2025, March 3, 2025, Monday, March 3, 2025, 14/03/2025, 3 March 2025, 2025-03-03."
    found = verdicts(compliance.date_mentions(policies["en-US"], text))
    assert found["3/14/2025"] == (True, True)
    assert found["03/04/2025"] == (True, True)  # read as 4 March it is M/d/y; zero padding does not matter
    assert found["March 3, 2025"] == (False, True)  # CLDR en_US long, not the policy's yMd
    assert found["Monday, March 3, 2025"] == (False, True)  # en_US full (3 March 2025 was a Monday)
    assert found["14/03/2025"] == (False, False)  # only day/month can read it: not US order
    assert found["3 March 2025"] == (False, False)
    assert found["2025-03-03"] == (False, False)


def test_en_de_dates(policies):
    text = "On 3 March 2025 or 3. März 2025 or March 3, 2025 or 14/03/2025 or 2025-03-03."
    found = verdicts(compliance.date_mentions(policies["en-DE"], text))
    assert found["3 March 2025"] == (True, True)  # policy: long
    assert found["3. März 2025"] == (False, False)  # German-language date, the assistant writes English
    assert found["March 3, 2025"] == (False, False)
    assert found["14/03/2025"] == (False, True)  # CLDR en_DE short is dd/MM/y
    assert found["2025-03-03"] == (False, False)


def test_en_jp_dates(policies):
    text = "By 2025/03/03, not 2025-03-03, 3/3/2025 or 2025年3月3日; March 3, 2025 is en_JP long."
    found = verdicts(compliance.date_mentions(policies["en-JP"], text))
    assert found["2025/03/03"] == (True, True)  # yMd in en_JP
    assert found["2025-03-03"] == (False, False)
    assert found["3/3/2025"] == (False, False)
    assert found["2025年3月3日"] == (False, False)
    assert found["March 3, 2025"] == (False, True)
    mention = compliance.date_mentions(policies["en-JP"], "2025/3/3")[0]
    assert (mention.value, mention.expected, mention.ok) == ("2025-03-03", "2025/03/03", True)


def test_things_that_only_look_like_dates_or_money(policies):
    text = "Firmware 1.2.3.4, code 31/31/2025, step 1. Tap 2. Wait 30 seconds, model A-2000."
    assert compliance.date_mentions(policies["en-US"], text) == []
    assert compliance.money_mentions(policies["en-US"], text) == []


@pytest.mark.parametrize("tag", ["en-US", "en-DE", "en-JP"])
def test_each_policys_own_examples_are_compliant(policies, tag):
    """Round trip: what a policy's conventions render is found and judged ok (the rubric shows these examples)."""
    conv = policies[tag].conventions
    text = f"The refund of {conv.format_money('1234.50')} arrives by {conv.format_date(date(2026, 11, 27))}."
    feats = compliance.text_features(policies[tag], text)
    assert (feats["money_mentions"], feats["money_ok"], feats["date_mentions"], feats["date_ok"]) == (1, 1, 1, 1)
    assert feats["ok_money"] == feats["ok_date"] == 1.0


def test_text_features_extend_policy_features(policies):
    policy = policies["en-JP"]
    text = "Thank you for your patience. We sincerely apologize. It may be helpful to restart the router."
    feats = compliance.text_features(policy, text)
    assert features(policy, text).items() <= feats.items()
    assert {f"marker_{k}" for k in policy.politeness} <= set(feats)
    # gratitude 1.0 + apologizing 0.6 + hedges ("may") 0.8 + first_person_plural ("We") 0.3 = 2.7
    assert feats["politeness_score"] == pytest.approx(2.7)
    assert all(isinstance(v, float) for v in feats.values())


def test_compliance_table(policies):
    policy = policies["en-DE"]
    texts = [
        "The fee is 1.234,50 € and the old fee was $5.",  # 11 words: below the 50-110 band
        "The replacement ships on 3 March 2025. " + "It arrives within five working days. " * 8,  # 7 + 8 * 6 = 55 words
    ]
    table = compliance.compliance_table(policy, texts)
    assert table["n"] == 2.0
    assert table["ok_length"] == 0.5  # the second text is inside the band, the first is not
    assert table["money_mentions"] == 2.0 and table["money_format"] == 0.5  # 1.234,50 € yes, $5 no
    assert table["date_mentions"] == 1.0 and table["date_format"] == 1.0
    assert table["ok_money"] == 0.5  # share of texts whose money is all well written
    assert 0.0 <= table["rules"] <= 1.0
    # No mentions at all: the share is undefined, not perfect.
    assert math.isnan(compliance.compliance_table(policy, ["No prices here."])["money_format"])
    assert compliance.compliance_table(policy, []) == {"n": 0.0}
