"""A new market from its tag: ``locales/<tag>/`` and ``policies/<tag>.yaml``, derived from CLDR and Hofstede.

    culturalign market new locale=en-AU [like=en-GB]

What is derived, and from where:
- CLDR through babel: the territory's currency, money and date formats with their patterns, decimal and grouping
  symbols, the locale's parent chain (``conventions`` and its ``cldr`` block, checked against babel on every load),
  the locale's name and the router fallbacks (the territory's other official languages).
- ``data/hofstede_2015.csv``: the territory's Hofstede 2015 scores (null where the table has none); Hall's context
  from the short list in ``data/hofstede.py`` (``unknown`` elsewhere).
- Everything else (description, cultural notes, communication rules, politeness weights, phrases, date width,
  rubric) is copied from ``like=`` (its country names replaced) or set to neutral defaults, and each such field path
  is listed under ``review`` in the policy until a person has edited it.

The market starts with empty ``preferences.jsonl``, ``prompts.jsonl`` and ``eval.jsonl``, so ``data validate``
passes and reports 0 pairs; ``data synthesize`` fills the first. Nothing is written unless every file validates:
the files are staged in temp directories beside their targets, validated, then moved in (the policy by a hard
link that fails if the file appeared meanwhile, the locale directory by one rename); a failure removes what was
moved.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import textwrap
from datetime import date
from pathlib import Path

from babel import Locale
from babel.languages import get_territory_language_info
from babel.numbers import get_territory_currencies

from culturalign.core.command import CommandError, Result
from culturalign.core.config import AppConfig, PathsConfig
from culturalign.core.locales import LocaleError, canonical, load_locale
from culturalign.core.schema import SchemaError
from culturalign.data.hofstede import SOURCE, hall_context, hofstede_row, hofstede_scores
from culturalign.data.market import UnknownMarket, load_market
from culturalign.data.policies import Conventions, Policy, load_policy
from culturalign.data.preferences import EVAL, PREFERENCES, PROMPTS

COMMUNICATION_FIELDS = (
    "register",
    "directness",
    "verbosity_words",
    "contractions",
    "max_exclamations",
    "emoji",
    "numbered_steps",
    "imperatives",
    "opening",
)
# Neutral contract when there is no `like`: nothing forbidden or required beyond plain good service.
NEUTRAL = {
    "register": "formal",
    "directness": "direct",
    "verbosity_words": [40, 110],
    "contractions": "allowed",
    "max_exclamations": 1,
    "emoji": False,
    "numbered_steps": "allowed",
    "imperatives": "allowed",
    "opening": "any",
}
NEUTRAL_DATE_FORMAT = "yMd"  # a CLDR skeleton with a four-digit year: unambiguous in every locale
OFFICIAL = ("official", "de_facto_official", "official_regional")
# English country names that take "the" (CLDR's English names: plural forms, unions, republics, island groups).
ARTICLE = re.compile(
    r"^(?:United|Central African|Dominican|Czech Republic|Marshall|Solomon|Cayman|Faroe|Falkland)\b|"
    r"^(?:Bahamas|Comoros|Gambia|Maldives|Netherlands|Philippines|Seychelles|Vatican City)$"
)


class ScaffoldError(ValueError):
    """The market cannot be created; nothing was written."""


def q(text: str) -> str:
    """A YAML double-quoted scalar; invisible characters (no-break spaces in CLDR patterns) become escapes."""
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif c.isprintable():
            out.append(c)
        else:
            out.append(f"\\u{ord(c):04x}")
    return '"' + "".join(out) + '"'


def folded(key: str, text: str, indent: str = "") -> list[str]:
    """``key: >-`` and ``text`` wrapped below it (a YAML folded scalar reads back as the one-line text)."""
    width = 116 - len(indent)
    return [
        f"{indent}{key}: >-",
        *textwrap.wrap(text, width, initial_indent=indent + "  ", subsequent_indent=indent + "  "),
    ]


def flow(values: list) -> str:
    """A YAML flow list of scalars: [a, "b c", 3]."""
    return "[" + ", ".join(q(v) if isinstance(v, str) else str(v).lower() for v in values) + "]"


# ------------------------------------------------------------------------------------------------ what is derived


def check_tag(raw: str | None) -> tuple[str, Locale]:
    """The canonical tag and its babel locale; refuses a tag babel would read as another locale."""
    if not raw:
        raise ScaffoldError("needs the new market's tag: locale=<language-REGION>, e.g. locale=en-AU")
    try:
        tag = canonical(raw)
    except LocaleError as exc:
        raise ScaffoldError(str(exc)) from None
    if tag.lower() != raw.replace("_", "-").lower():  # babel reads en-ZZ as en-US and drops variants: not this tag
        raise ScaffoldError(f"{raw!r} is not a locale CLDR knows as written (babel reads it as {tag!r})")
    locale = Locale.parse(tag, sep="-")
    if not (locale.territory and locale.territory.isalpha()):
        raise ScaffoldError(f"{tag!r} names no country: a market needs a region subtag, as in en-AU (not en, en-001)")
    return tag, locale


def territory_currency(territory: str) -> str:
    currencies = get_territory_currencies(territory, date.today(), tender=True)
    if not currencies:
        raise ScaffoldError(f"CLDR knows no legal tender in territory {territory!r}")
    return currencies[0]


def fallbacks(tag: str, territory: str) -> list[str]:
    """The territory's other official languages as tags CLDR knows (cy-GB for en-GB): requests the market could take."""
    out = []
    for lang, info in get_territory_language_info(territory).items():
        if info["official_status"] not in OFFICIAL:
            continue
        try:
            candidate = canonical(f"{lang.replace('_', '-')}-{territory}")
        except LocaleError:
            continue
        if candidate != tag and candidate not in out:
            out.append(candidate)
    return out


def in_sentence(country: str) -> str:
    """The country as a sentence names it: "the United Kingdom", "the Philippines", but "Australia"."""
    return f"the {country}" if ARTICLE.search(country) else country


def swap_country(text: str, like: Policy, country: str) -> str:
    """``like``'s text about its own market, now about ``country`` (market and country names replaced).

    The article goes with the name ("in the United Kingdom" -> "in Australia", "in Germany" -> "in the Netherlands").
    """
    for name in sorted({like.market, like.culture.country}, key=len, reverse=True):
        text = re.sub(rf"\b(?:[Tt]he )?{re.escape(name)}\b", in_sentence(country), text)
    return text


def neutral_rubric(country: str, language: str, comm: dict) -> str:
    lo, hi = comm["verbosity_words"]
    return (
        f"You judge answers for a customer-support assistant serving customers in {country}, in {language}. The "
        f"best answer is {comm['register']} and {comm['directness']}, about {lo}-{hi} words, polite without being "
        f"effusive, and follows the conventions used in {country} for money and dates. Content must be correct and "
        "complete."
    )


# --------------------------------------------------------------------------------------------------- the files


def locale_yaml(tag: str, locale: Locale, currency: str, fallback_tags: list[str]) -> str:
    language, country = Locale("en").languages[locale.language], Locale("en").territories[locale.territory]
    return f"""# Market locale file (schema: platform/culturalign/core/locales.py, class LocaleSpec).
# Written by `culturalign market new locale={tag}` from CLDR (babel); review the fallbacks.
# BCP 47 tag of the market; must equal this directory's name.
tag: {tag}
# Human name shown in reports.
name: {q(f"{language} ({country} market)")}
# Language and region subtags of the tag.
language: {locale.language}
territory: {locale.territory}
# ISO 4217 currency of prices in this market's data (CLDR: the territory's legal tender).
currency: {currency}
# Style policy (file stem in policies/).
policy: {tag}
# Request locales the router sends to this market when nothing closer is served (CLDR: the territory's other official
# languages). REVIEW: the server routes by `serve.fallbacks`; add the ones you want there.
fallbacks: {flow(fallback_tags)}
"""


def policy_yaml(tag: str, locale: Locale, currency: str, like: Policy | None) -> tuple[str, list[str], dict]:
    """(YAML text, review list, facts) of the new policy."""
    country = Locale("en").territories[locale.territory]
    language = Locale("en").languages[locale.language]
    row = hofstede_row(locale.territory, locale.language)
    scores = hofstede_scores(locale.territory, locale.language)
    hofstede = scores or dict.fromkeys(("pdi", "idv", "mas", "uai", "lto", "ivr"))
    context = hall_context(locale.territory)
    comm = {k: getattr(like.communication, k) for k in COMMUNICATION_FIELDS} if like else dict(NEUTRAL)
    date_format = like.conventions.date_format if like else NEUTRAL_DATE_FORMAT
    conventions = Conventions(str(locale), currency, date_format)
    facts = conventions.facts()
    if like:
        description = swap_country(like.description.strip(), like, country)
        rubric = swap_country(like.rubric.strip(), like, country)
        politeness, phrases = dict(like.politeness), like.phrases
    else:
        description = f"A customer-support and everyday-help assistant for customers in {country}, in {language}."
        rubric, politeness, phrases = neutral_rubric(country, language, comm), {}, None
    review = ["description", "culture.notes"]
    review += ["culture.hofstede"] if None in hofstede.values() else []
    review += ["culture.context"] if context == "unknown" else []
    review += [f"communication.{k}" for k in COMMUNICATION_FIELDS]
    review += ["politeness", "phrases", "conventions.date_format", "rubric"]
    origin = f"copied from {like.name}" if like else "neutral defaults"
    weights = ", ".join(f"{k}: {v}" for k, v in politeness.items())
    lines = [
        f"# Regional style policy: {country} market (schema: platform/culturalign/data/policies.py, class Policy).",
        f"# Written by `culturalign market new locale={tag}{f' like={like.name}' if like else ''}`. Culture and",
        f"# conventions come from the Hofstede table and CLDR; the other fields are {origin}. Each path under",
        "# `review` is for a person to check and edit; delete it from the list once done. Validate with:",
        f"# culturalign data validate locale={tag}",
        f"name: {tag}",
        f"market: {q(country)}",
        *folded("description", description),
        "culture:",
        f"  country: {q(country)}",
        *textwrap.wrap(
            f"{SOURCE}, row {row['country']!r}; null = the table has no score."
            if row
            else f"{locale.territory} is not in the {SOURCE}: fill these in or leave them null.",
            114,
            initial_indent="  # ",
            subsequent_indent="  # ",
        ),
        "  hofstede: {" + ", ".join(f"{k}: {'null' if v is None else v}" for k, v in hofstede.items()) + "}",
        "  # Hall (1976): high or low context, from the short list in platform/culturalign/data/hofstede.py.",
        f"  context: {context}",
        '  notes: ""',
        f"# {origin}.",
        "communication:",
        *[f"  {k}: {flow(v) if isinstance(v, list) else str(v).lower()}" for k, v in comm.items()],
        "# Weights per politeness strategy (Danescu-Niculescu-Mizil et al. 2013); negative = unwanted.",
        "politeness: {" + weights + "}",
        "phrases:",
        *[f"  {k}: {flow(getattr(phrases, k) if phrases else [])}" for k in ("encouraged", "discouraged", "forbidden")],
        "conventions:",
        f"  cldr_locale: {locale}",
        f"  currency: {currency}",
        f"  date_format: {date_format}",
        "  # What CLDR (babel) says for this locale, written out for readers; checked against babel on every load.",
        "  cldr:",
        *[f"    {k}: {flow(v) if isinstance(v, list) else q(v)}" for k, v in facts.items()],
        *folded("rubric", rubric),
        f"review: {flow(review)}",
    ]
    facts |= {"hofstede": hofstede, "hofstede_row": row["country"] if row else None, "context": context}
    return "\n".join(lines) + "\n", review, facts


# --------------------------------------------------------------------------------------------------- the command


def create_market(paths: PathsConfig, raw_tag: str | None, like_tag: str | None) -> tuple[dict, list[str], dict]:
    """Write the market's files (all or nothing); returns (what was written, review list, facts). ScaffoldError."""
    tag, locale = check_tag(raw_tag)
    locales_root, policies_root = Path(paths.locales), Path(paths.policies)
    target, policy_path = locales_root / tag, policies_root / f"{tag}.yaml"
    if target.exists():
        raise ScaffoldError(f"market {tag!r} already exists ({target}); edit its files instead")
    if policy_path.exists():
        raise ScaffoldError(f"policy {policy_path} already exists; move it away or create the market by hand")
    like = None
    if like_tag:
        try:
            like = load_market(paths, like_tag).policy
        except (UnknownMarket, LocaleError, SchemaError) as exc:
            raise ScaffoldError(f"like={like_tag}: {exc}") from None
    currency = territory_currency(locale.territory)
    policy_text, review, facts = policy_yaml(tag, locale, currency, like)
    locale_text = locale_yaml(tag, locale, currency, fallbacks(tag, locale.territory))
    locales_root.mkdir(parents=True, exist_ok=True)
    policies_root.mkdir(parents=True, exist_ok=True)
    stage_locales = Path(tempfile.mkdtemp(prefix=f".new-{tag}-", dir=locales_root))
    stage_policies = Path(tempfile.mkdtemp(prefix=f".new-{tag}-", dir=policies_root))
    try:
        staged = stage_locales / tag
        staged.mkdir()
        (staged / "locale.yaml").write_text(locale_text, encoding="utf-8")
        for name in (PREFERENCES, PROMPTS, EVAL):
            (staged / name).touch()
        (stage_policies / policy_path.name).write_text(policy_text, encoding="utf-8")
        check_staged(stage_locales, stage_policies, tag)
        commit(staged, target, stage_policies / policy_path.name, policy_path)
    finally:
        shutil.rmtree(stage_locales, ignore_errors=True)
        shutil.rmtree(stage_policies, ignore_errors=True)
    return (
        {"locale": tag, "dir": str(target), "policy": str(policy_path), "like": like.name if like else None},
        review,
        facts,
    )


def check_staged(locales_root: Path, policies_root: Path, tag: str) -> None:
    """The staged files must validate exactly as `data validate` will check them (no tokenizer: files are empty)."""
    from culturalign.core.config import DataConfig
    from culturalign.data.validate import validate_locale

    try:
        load_locale(locales_root / tag / "locale.yaml")
        load_policy(policies_root / f"{tag}.yaml")
    except SchemaError as exc:
        raise ScaffoldError(f"the generated files do not validate (a bug; nothing written):\n{exc}") from None
    report = validate_locale(locales_root, policies_root, tag, DataConfig(), None)
    if report.problems:
        raise ScaffoldError("the generated files do not validate:\n" + "\n".join(map(str, report.problems)))


def commit(staged_dir: Path, target: Path, staged_policy: Path, policy_path: Path) -> None:
    """Move the policy in (hard link: fails if it exists), then the directory (rename); undo the policy on failure."""
    try:
        os.link(staged_policy, policy_path)
    except FileExistsError:
        raise ScaffoldError(f"policy {policy_path} appeared meanwhile; nothing written") from None
    try:
        if target.exists():
            raise FileExistsError(target)
        os.rename(staged_dir, target)
    except OSError:
        policy_path.unlink(missing_ok=True)
        raise ScaffoldError(f"{target} appeared meanwhile or cannot be created; nothing written") from None


def market_new_main(cfg: AppConfig) -> Result:
    """`culturalign market new locale=<tag> [like=<tag>]`: the market's locale file, policy and empty data files."""
    try:
        written, review, facts = create_market(cfg.paths, cfg.locale, cfg.like)
    except ScaffoldError as exc:
        raise CommandError(f"nothing written: {exc}", code=2) from None
    tag = written["locale"]
    lines = [
        f"{tag}: wrote {written['dir']}/ (locale.yaml, empty {PREFERENCES}, {PROMPTS}, {EVAL}) and {written['policy']}",
        f"CLDR: money {facts['money']}, dates {facts['date']} ({facts['date_pattern']}), "
        f"decimal {facts['decimal']!r}, grouping {facts['group']!r}, parents {' -> '.join(facts['parents'])}",
        f"Hofstede 2015: {facts['hofstede']}; Hall context: {facts['context']}",
        f"to review in the policy ({len(review)}): {', '.join(review)}",
        f"next: edit the policy, then `culturalign data synthesize locale={tag}`",
    ]
    return Result(written | {"review": review, "facts": facts}, lines)
