"""Locale tags (BCP 47, canonicalised by babel) and the per-market ``locales/<tag>/locale.yaml``.

A tag is validated before it is ever used in a path: ``../x`` or ``en/US`` is not a tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale, UnknownLocaleError

from culturalign.core.schema import Problem, SchemaError, load_yaml

# language[-script][-region][-variant]* (RFC 5646 langtag, without extensions and private use).
BCP47 = re.compile(
    r"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$"
)


class LocaleError(ValueError):
    """Not a usable locale tag."""


def canonical(tag: str) -> str:
    """'en_jp' / 'EN-jp' -> 'en-JP' (babel's CLDR canonical form with hyphens); raises LocaleError."""
    if not isinstance(tag, str) or not BCP47.match(tag.replace("_", "-")):
        raise LocaleError(f"{tag!r} is not a BCP 47 language tag (like en-US)")
    try:
        loc = Locale.parse(tag.replace("_", "-"), sep="-")
    except (ValueError, UnknownLocaleError) as exc:
        raise LocaleError(f"{tag!r} is not a locale CLDR knows ({exc})") from None
    return "-".join(p for p in (loc.language, loc.script, loc.territory, loc.variant) if p)


@dataclass
class LocaleSpec:
    """One market's locale file (``locales/<tag>/locale.yaml``)."""

    tag: str  # BCP 47 tag; equals the directory name
    name: str  # human name, e.g. "English (Japan market)"
    language: str  # ISO 639 language subtag of the tag
    territory: str  # ISO 3166 region subtag of the tag
    currency: str  # ISO 4217 code used in this market's data
    policy: str  # name of the policy in policies/ (file stem)
    fallbacks: list[str] = field(default_factory=list)  # tags the router maps to this market (e.g. ja-JP -> en-JP)

    def validate(self) -> list[tuple[str, str]]:
        problems = []
        try:
            tag = canonical(self.tag)
        except LocaleError as exc:
            return [("tag", str(exc))]
        if tag != self.tag:
            problems.append(("tag", f"write it in canonical form {tag!r}"))
        loc = Locale.parse(tag, sep="-")
        if self.language != loc.language:
            problems.append(("language", f"must be {loc.language!r}, the language of {tag}"))
        if self.territory != loc.territory:
            problems.append(("territory", f"must be {loc.territory!r}, the region of {tag}"))
        if self.currency not in loc.currencies:
            problems.append(("currency", f"unknown ISO 4217 currency {self.currency!r}"))
        for i, fb in enumerate(self.fallbacks):
            try:
                canonical(fb)
            except LocaleError as exc:
                problems.append((f"fallbacks[{i}]", str(exc)))
        return problems


def locale_dir(root: Path, tag: str) -> Path:
    """Directory of a locale; the tag is validated first so it can never escape ``root``."""
    return Path(root) / canonical(tag)


def load_locale(path: Path) -> LocaleSpec:
    """Load ``locales/<tag>/locale.yaml``; the tag must equal the directory name."""
    spec = load_yaml(LocaleSpec, path)
    if spec.tag != path.parent.name:
        raise SchemaError([Problem(str(path), 1, "tag", f"must equal the directory name {path.parent.name!r}")])
    return spec


def list_locales(root: Path) -> list[str]:
    """Tags of every directory under ``root`` that holds a locale.yaml."""
    return sorted(p.parent.name for p in Path(root).glob("*/locale.yaml"))
