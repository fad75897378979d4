"""Shipped policies validate; broken ones are refused with file:line: field; style features separate markets."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from culturalign.core.schema import SchemaError
from culturalign.data.policies import features, load_policy, politeness_counts, rule_score

POLICIES = {p.stem: p for p in sorted((ROOT / "policies").glob("*.yaml"))}

# Samples of each market's contract (same facts: 5 business days, the app's Orders page).
SAMPLES = {
    "en-US": "Your refund shows up in 5 business days. Open the app, tap Orders, and you'll see its status "
    "right there. No worries if it's a bit slow to update, it's normal.",
    "en-JP": "Thank you very much for contacting us about your refund. We sincerely apologize for the wait. The refund "
    "should arrive within 5 business days. It may be helpful to check the Orders page in the app. Please do not "
    "hesitate to contact us should you need any further assistance.",
    "en-DE": "The refund is issued within 5 business days.\n1. Open the Orders page in the app.\n2. Select the "
    "order.\n3. Check the refund status.\nIf the status has not changed after 5 business days, contact support.",
    "en-GB": "I'm afraid refunds take up to 5 working days to reach your account. Could you possibly check the Orders "
    "page in the app in the meantime? It shows the refund's status as soon as we've issued it. Should the status not "
    "have changed after 5 working days, do let us know and we'll look into it straight away. Many thanks for your "
    "patience.",
}


def test_three_markets_ship():
    assert set(POLICIES) >= {"en-US", "en-JP", "en-DE"}


@pytest.mark.parametrize("name", sorted(POLICIES))
def test_shipped_policy_loads(name):
    policy = load_policy(POLICIES[name])
    assert policy.name == name and len(policy.sha256) == 64 and policy.rubric.strip()


def test_hofstede_2015_scores():
    scores = {n: load_policy(p).culture.hofstede for n, p in POLICIES.items()}
    assert vars(scores["en-JP"]) == dict(pdi=54, idv=46, mas=95, uai=92, lto=88, ivr=42)
    assert vars(scores["en-US"]) == dict(pdi=40, idv=91, mas=62, uai=46, lto=26, ivr=68)
    assert vars(scores["en-DE"]) == dict(pdi=35, idv=67, mas=66, uai=65, lto=83, ivr=40)


@pytest.mark.parametrize(
    "name, money, date",
    # CLDR via babel: en_US "$#,##0.00", yMd -> M/d/y; en_JP yen has 0 decimals, yMd -> y/MM/dd;
    # en_DE "#,##0.00 ¤" with "." grouping, "," decimals and a no-break space; long date "d MMMM y".
    [
        ("en-US", "$1,234.50", "11/27/2026"),
        ("en-JP", "¥1,234", "2026/11/27"),
        ("en-DE", "1.234,50\xa0€", "27 November 2026"),
    ],
)
def test_conventions_come_from_cldr(name, money, date):
    examples = load_policy(POLICIES[name]).conventions.examples()
    assert (examples["money"], examples["date"]) == (money, date)


def test_each_policy_scores_its_own_market_sample_highest():
    for name, path in POLICIES.items():
        policy = load_policy(path)
        scores = {sample: rule_score(policy, text) for sample, text in SAMPLES.items()}
        assert max(scores, key=scores.get) == name, (name, scores)


def test_features_measure_the_rules():
    jp = load_policy(POLICIES["en-JP"])
    feats = features(jp, "So you'll just restart it! Open the app.")
    # "you'll" is a contraction (forbidden), "!" exceeds max 0, "Open" is a blunt imperative, no thanks first.
    assert feats["contractions"] == 1 and feats["ok_contractions"] == 0
    assert feats["ok_exclamations"] == 0 and feats["ok_imperatives"] == 0 and feats["ok_opening"] == 0


def test_repetition_is_penalised():
    from culturalign.judge.metrics import repetition_rate as repetition

    # the rule reward uses the evaluation gate's measure.
    # "a b c a b c": trigrams abc, bca, cab, abc -> 4 trigrams, 3 distinct -> 1 - 3/4
    assert repetition("a b c a b c") == 0.25
    assert repetition("one two three four") == 0.0
    # "1.1.1.1" is tokens 1 . 1 . 1 . 1: 5 trigrams, 2 distinct (1.1 and .1.) -> 1 - 2/5
    assert repetition("1.1.1.1") == pytest.approx(0.6)
    de = load_policy(POLICIES["en-DE"])
    # ten copies of "1 . open the app ." (6 tokens): 60 tokens, 58 trigrams, period 6 so 6 distinct -> 0.90
    looped = "\n".join(["1. Open the app."] * 10)
    assert repetition(looped) == pytest.approx(1 - 6 / 58)
    assert rule_score(de, looped) < rule_score(de, SAMPLES["en-DE"]) - 1.5


def test_politeness_strategies_follow_the_paper():
    counts = politeness_counts("Thank you for asking. Could you perhaps check again? So what happened?")
    # sentence 1 gratitude; sentence 2 counterfactual modal + hedge; sentence 3 starts with "So" (direct start)
    assert counts["gratitude"] == 1 and counts["counterfactual_modal"] == 1 and counts["hedges"] == 1
    assert counts["direct_start"] == 1


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = POLICIES["en-JP"].read_text()
    assert old in text, old
    path = tmp_path / "en-JP.yaml"
    path.write_text(text.replace(old, new, 1))
    return path


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    "old, new, field, message, needle",
    [
        (
            "register: formal",
            "register: polite",
            "communication.register",
            "must be one of formal, informal",
            "register:",
        ),
        ("pdi: 54", "pdi: 154", "culture.hofstede.pdi", "must be 0-120", "hofstede:"),
        (
            "max_exclamations: 0",
            "max_exclamations: none",
            "communication.max_exclamations",
            "must be int",
            "max_exclamations",
        ),
        ("emoji: false", "emoji: false\n  tone: warm", "communication.tone", "unknown field", "tone:"),
        ("  gratitude: 1.0", "  gratefulness: 1.0", "politeness.gratefulness", "unknown strategy", "gratefulness"),
        ("cldr_locale: en_JP", "cldr_locale: xx_QQ", "conventions.cldr_locale", "not a CLDR locale", "cldr_locale"),
        ("currency: JPY", "currency: JPX", "conventions.currency", "unknown ISO 4217", "currency:"),
        (
            "date_format: yMd",
            "date_format: long-ish",
            "conventions.date_format",
            "not a CLDR width or skeleton",
            "date_format",
        ),
        (
            "verbosity_words: [70, 130]",
            "verbosity_words: [130, 70]",
            "communication.verbosity_words",
            "min < max",
            "verbosity",
        ),
        ("rubric: >-", "rubrik: >-", "rubric", "is required", "name:"),
    ],
)
def test_broken_policy_names_file_line_and_field(tmp_path, old, new, field, message, needle):
    path = _broken(tmp_path, old, new)
    with pytest.raises(SchemaError) as err:
        load_policy(path)
    problem = next(p for p in err.value.problems if p.field == field)
    assert message in problem.message and problem.file == str(path)
    if field != "rubric":  # a missing field points at its parent (here the document start)
        assert problem.line == _line_of(path, needle)


def test_invalid_yaml_reports_its_line(tmp_path):
    path = _broken(tmp_path, "emoji: false", "emoji: [false")
    with pytest.raises(SchemaError, match=r"en-JP.yaml:\d+: <file>: invalid YAML"):
        load_policy(path)


def test_policy_name_must_match_file(tmp_path):
    path = tmp_path / "other.yaml"
    path.write_text(POLICIES["en-JP"].read_text())
    with pytest.raises(SchemaError, match="name: must equal the file name 'other'"):
        load_policy(path)
