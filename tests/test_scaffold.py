"""`culturalign market new`: every field of the written files, where it comes from, and all-or-nothing writes.

Expected values come from CLDR (babel) and the shipped Hofstede table, quoted in comments; no model is loaded
except by the one test that runs `data validate` (the real base's tokenizer counts tokens).
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from conftest import ROOT
from culturalign.core.command import CommandError
from culturalign.core.config import compose
from culturalign.core.locales import load_locale
from culturalign.data import scaffold
from culturalign.data.market import load_market
from culturalign.data.policies import load_policy
from culturalign.data.validate import validate_locale


def make_cfg(root: Path, *overrides: str):
    return compose([f"paths.locales={root}/locales", f"paths.policies={root}/policies", *overrides])


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every path under locales/ and policies/ (a file's bytes, None for a directory): 'nothing written' = unchanged."""
    paths = [p for d in ("locales", "policies") for p in (root / d).rglob("*")]
    return {str(p.relative_to(root)): p.read_bytes() if p.is_file() else None for p in paths}


@pytest.fixture
def project(project_copy: Path) -> Path:
    """locales/ and policies/ of the project (en-GB included) in a throwaway directory."""
    assert (project_copy / "policies/en-GB.yaml").is_file()
    return project_copy


# ------------------------------------------------------------------------------------------------ every field


def test_like_en_gb_writes_every_field(project):
    result = scaffold.market_new_main(make_cfg(project, "locale=en-AU", "like=en-GB"))
    gb = load_policy(project / "policies/en-GB.yaml")
    spec = load_locale(project / "locales/en-AU/locale.yaml")
    policy = load_policy(project / "policies/en-AU.yaml")

    # locale.yaml: CLDR says AU's legal tender is AUD, and no language other than English is official there.
    assert (spec.tag, spec.language, spec.territory, spec.currency, spec.policy) == (
        "en-AU",
        "en",
        "AU",
        "AUD",
        "en-AU",
    )
    assert spec.name == "English (Australia market)" and spec.fallbacks == []
    # The data files exist and are empty: `data validate` passes with 0 pairs.
    for name in ("preferences.jsonl", "prompts.jsonl", "eval.jsonl"):
        assert (project / "locales/en-AU" / name).read_bytes() == b""

    # Culture: the table's row "AUL;Australia;38;90;61;51;21;71" (pdi idv mas uai ltowvs ivr); Hall lists no AU.
    assert (policy.name, policy.market, policy.culture.country) == ("en-AU", "Australia", "Australia")
    assert asdict(policy.culture.hofstede) == {"pdi": 38, "idv": 90, "mas": 61, "uai": 51, "lto": 21, "ivr": 71}
    assert policy.culture.context == "unknown" and policy.culture.notes == ""
    # Communication, politeness and phrases are en-GB's, word for word.
    assert policy.communication == gb.communication
    assert policy.politeness == gb.politeness and policy.phrases == gb.phrases
    # Text about en-GB's country now names Australia, without "the" ("customers in Australia").
    for text in (policy.description, policy.rubric):
        assert "United Kingdom" not in text and "in Australia" in text and "the Australia" not in text
    # Conventions: en_AU in CLDR: "$1,234.50", "dd/MM/y" for the yMd skeleton copied from en-GB.
    conv = policy.conventions
    assert (conv.cldr_locale, conv.currency, conv.date_format) == ("en_AU", "AUD", "yMd")
    assert (conv.examples()["money"], conv.examples()["date"]) == ("$1,234.50", "27/11/2026")
    assert conv.facts()["parents"] == ["en-001", "en"] and (conv.facts()["decimal"], conv.facts()["group"]) == (
        ".",
        ",",
    )
    # Everything copied or unknown is listed for review; Hofstede is complete, so it is not.
    copied = [f"communication.{k}" for k in scaffold.COMMUNICATION_FIELDS]
    assert policy.review == ["description", "culture.notes", "culture.context", *copied] + [
        "politeness",
        "phrases",
        "conventions.date_format",
        "rubric",
    ]
    assert result.data["like"] == "en-GB" and result.data["facts"]["hofstede_row"] == "Australia"
    assert load_market(make_cfg(project).paths, "en-AU").policy.name == "en-AU"


def test_without_like_the_contract_is_neutral_and_gaps_stay_null(project):
    """de-CH: the table's row "SWG;Switzerland German;26;69;72;56;#NULL!;#NULL!" has no LTO or IVR."""
    scaffold.market_new_main(make_cfg(project, "locale=de-CH"))
    spec = load_locale(project / "locales/de-CH/locale.yaml")
    policy = load_policy(project / "policies/de-CH.yaml")

    # CLDR: Swiss francs; French, Italian and Romansh are CH's other official languages.
    assert spec.currency == "CHF" and {"fr-CH", "it-CH"} <= set(spec.fallbacks) and "de-CH" not in spec.fallbacks
    assert asdict(policy.culture.hofstede) == {"pdi": 26, "idv": 69, "mas": 72, "uai": 56, "lto": None, "ivr": None}
    assert policy.culture.context == "low"  # Hall & Hall 1987 name Switzerland at the low end
    assert {k: getattr(policy.communication, k) for k in scaffold.COMMUNICATION_FIELDS} == scaffold.NEUTRAL
    assert policy.politeness == {} and policy.phrases.encouraged == policy.phrases.forbidden == []
    # de_CH in CLDR: "CHF 1’234.50"-style grouping with an apostrophe, dates 27.11.2026 for yMd.
    assert policy.conventions.examples()["date"] == "27.11.2026" and policy.conventions.facts()["group"] == "'"
    assert "Switzerland" in policy.rubric and "German" in policy.rubric
    assert "culture.hofstede" in policy.review and "culture.context" not in policy.review


def test_a_territory_missing_from_the_table_gets_nulls_and_a_review(project):
    """Iceland is in the table, Kazakhstan is not: every score is null and named for review."""
    scaffold.market_new_main(make_cfg(project, "locale=kk-KZ"))
    policy = load_policy(project / "policies/kk-KZ.yaml")
    assert set(asdict(policy.culture.hofstede).values()) == {None}
    assert "culture.hofstede" in policy.review
    assert "not in the Hofstede" in (project / "policies/kk-KZ.yaml").read_text()


def test_written_files_pass_data_validate(project):
    """The issue's check through the command line: market new, then data validate reports 0 problems."""
    from culturalign.cli import main

    paths = [f"paths.locales={project}/locales", f"paths.policies={project}/policies"]
    assert main(["market", "new", "en-AU", "like=en-GB", *paths]) == 0  # the tag as a bare word means locale=en-AU
    report = validate_locale(project / "locales", project / "policies", "en-AU", make_cfg(project).data, None)
    assert report.problems == [] and report.stats["en-AU"]["train_pairs"] == 0


@pytest.mark.integration
def test_data_validate_command_on_a_new_market(project):
    from culturalign.data.commands import validate_main

    scaffold.market_new_main(make_cfg(project, "locale=en-NZ", "like=en-GB"))
    result = validate_main(make_cfg(project, "locale=en-NZ"))
    assert result.code == 0 and result.data["problems"] == []


# ------------------------------------------------------------------------------------------------ bad inputs


@pytest.mark.parametrize(
    ("tag", "fragment"),
    [
        (None, "needs the new market's tag"),
        ("en", "names no country"),
        ("en-001", "names no country"),
        ("en-ZZ", "not a locale CLDR knows as written"),  # babel would read it as en-US
        ("xx-YY", "not a locale CLDR knows"),
        ("en-GB", "already exists"),
    ],
)
def test_bad_or_existing_tags_write_nothing(project, tag, fragment):
    before = snapshot(project)
    with pytest.raises(CommandError, match=fragment) as info:
        scaffold.market_new_main(make_cfg(project, f"locale={tag}" if tag else "locale=null"))
    assert info.value.code == 2 and "nothing written" in str(info.value)
    assert snapshot(project) == before


def test_an_existing_policy_or_a_bad_like_writes_nothing(project):
    (project / "policies/en-AU.yaml").write_text("name: en-AU\n")
    before = snapshot(project)
    with pytest.raises(CommandError, match="policy .*en-AU.yaml already exists"):
        scaffold.market_new_main(make_cfg(project, "locale=en-AU"))
    (project / "policies/en-AU.yaml").unlink()
    before = snapshot(project)
    with pytest.raises(CommandError, match="like=fr-FR"):
        scaffold.market_new_main(make_cfg(project, "locale=en-AU", "like=fr-FR"))
    assert snapshot(project) == before


def test_a_directory_that_appears_meanwhile_undoes_the_policy(tmp_path):
    """The last step (rename of the locale directory) fails: the policy already linked in is removed again."""
    staged, target = tmp_path / "stage/en-AU", tmp_path / "locales/en-AU"
    staged.mkdir(parents=True)
    (target / "x").mkdir(parents=True)  # rename onto a non-empty directory fails
    policy_src, policy_dst = tmp_path / "staged.yaml", tmp_path / "en-AU.yaml"
    policy_src.write_text("name: en-AU\n")
    with pytest.raises(scaffold.ScaffoldError, match="appeared meanwhile"):
        scaffold.commit(staged, target, policy_src, policy_dst)
    assert not policy_dst.exists()


def test_country_names_keep_their_article():
    assert scaffold.in_sentence("United States") == "the United States"
    assert scaffold.in_sentence("Netherlands") == "the Netherlands"
    assert scaffold.in_sentence("Australia") == "Australia"
    gb = load_policy(ROOT / "policies/en-GB.yaml")
    assert scaffold.swap_country("customers in the United Kingdom.", gb, "Ireland") == "customers in Ireland."
