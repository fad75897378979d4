"""Pick the market adapter (or the bare base) that answers a request, from its `model`, X-Locale and Accept-Language.

Pure functions: no model, no I/O, no web framework. `culturalign serve` builds one `RouterTable` from its config and
calls `choose` per request; `UnknownModel` becomes a 404 and `BadLocaleHeader` a 400.

The decision, in order (the first step that yields a served tag wins):

1. An explicit `model`: ``culturalign/<tag>`` (matched after canonicalisation, e.g. ``culturalign/en-jp``),
   ``culturalign/<alias>`` (case-insensitive) or ``culturalign/base``. It must name exactly what is served: an
   explicit model that names nothing served is `UnknownModel`, never a silent fallback (a typo must not be answered
   by another market). Headers are not consulted at all when the model is explicit.
2. The X-Locale header (one tag, an explicit locale *preference*), then Accept-Language ranges in q order. Each
   candidate walks: exact served tag (reason "explicit" for X-Locale, "accept-language" for Accept-Language), its
   CLDR parent chain ("parent": en-150 -> en-001 -> en), then the configured market fallbacks ("fallback": keys
   tried on the tag, on each parent, then on the bare language). A candidate is exhausted before the next one is
   tried, as in babel's `negotiate_locale` and RFC 4647 lookup.
3. ``*`` in Accept-Language means "anything": the configured default (skipped when there is none).
4. The configured default ("default"), else the bare base ("base", locale None).

Run the tests: ``.venv/bin/pytest -q tests/test_router.py``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Literal

from babel.core import get_global

from culturalign.core.locales import LocaleError, canonical

Reason = Literal["explicit", "accept-language", "parent", "fallback", "default", "base"]

MODEL = "culturalign"  # the name that asks the router to choose
BASE_MODEL = "culturalign/base"  # the bare base model, no adapter
MAX_HEADER_CHARS = 4096  # longer Accept-Language / X-Locale headers are refused (400): no browser sends that much
MAX_ENTRIES = 32  # more Accept-Language ranges are refused (400): bounds the work one request can cause
TYPICAL_HEADER = "de-CH,de;q=0.9,en;q=0.8"  # what `decision_microseconds` times by default

# RFC 4647 §2.1 language-range; '_' is also accepted because non-browser clients send POSIX ids (en_US).
_RANGE = re.compile(r"\*|[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*")
# RFC 9110 §12.4.2 qvalue: at most three decimals, never above 1.
_QVALUE = re.compile(r"0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?")
# RFC 5646 langtag without extensions and private use (those are cut off first), with its parts captured.
_LANGTAG = re.compile(
    r"(?P<lang>[a-z]{2,3})(?:-(?P<script>[a-z]{4}))?(?:-(?P<region>[a-z]{2}|[0-9]{3}))?"
    r"(?P<variants>(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*)",
    re.IGNORECASE,
)
_ALIAS = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")  # lower-cased; no '/', so a model name has one meaning


class UnknownModel(LookupError):
    """An explicit `model` that names nothing served; the message lists the served model names (for the 404)."""


class BadLocaleHeader(ValueError):
    """An X-Locale or Accept-Language header that is not one (for the 400); the message says what is wrong."""


@dataclass(frozen=True)
class Route:
    """Where one request goes, and why (the server logs it and echoes it in response headers)."""

    locale: str | None  # served tag chosen; None = the bare base model
    reason: Reason
    requested: str | None  # the model name or (normalised) tag the decision came from; None for a plain default/base


# ------------------------------------------------------------------------------------------------ tags and parents


def _short(value: object, limit: int = 60) -> str:
    """repr for error messages, cut so a hostile 4 KB header is not echoed back whole."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _parts(tag: str) -> tuple[str, str | None, str | None, tuple[str, ...]] | None:
    """(language, Script, REGION, variants) in RFC 5646 §2.1.1 case, or None if `tag` is no langtag."""
    m = _LANGTAG.fullmatch(tag)
    if m is None:
        return None
    script, region = m["script"], m["region"]
    variants = tuple(v.upper() for v in m["variants"].split("-")[1:])  # upper, as `locales.canonical` writes them
    return m["lang"].lower(), script.title() if script else None, region.upper() if region else None, variants


def _join(lang: str, script: str | None, region: str | None, variants: Iterable[str] = ()) -> str:
    return "-".join(p for p in (lang, script, region, *variants) if p)


def _likely_script(lang: str) -> str | None:
    """CLDR's likely script of a language (en -> Latn), the script babel drops as redundant (en-Latn-US -> en-US)."""
    likely = get_global("likely_subtags").get(lang, "")
    return next((p for p in likely.split("_")[1:] if len(p) == 4), None)


def _faithful(tag: str) -> str | None:
    """babel's canonical form of `tag` if babel reads it as the same locale, else None.

    babel's likely-subtag resolution is lossy (observed, babel 2.19): zh-Hant-CN -> zh-Hans-CN (script switched),
    ja-Latn -> ja, en-ZZ -> en-US, de-CH-1996 -> de-CH (variant lost), und -> en-US, iw -> he-IL (region invented).
    Routing on such a reading would send Traditional-Chinese readers to a Simplified market, so a reading that
    changes a subtag the request gave is refused (the caller then truncates, RFC 4647 style); a region babel
    invents is dropped again (iw -> he), since lookup must never become more specific than the request.
    """
    parts = _parts(tag)
    if parts is None or parts[0] == "und":  # 'und' names no language; babel would answer en-US
        return None
    _, script, region, variants = parts
    read = _canonical(_join(*parts))
    if read is None:
        return None
    c_lang, c_script, c_region, c_variants = read
    if script and c_script != script and not (c_script is None and _likely_script(c_lang) == script):
        return None
    if region and c_region != region and c_region not in get_global("territory_aliases").get(region, ()):
        return None
    if variants and c_variants != variants:
        return None
    if region is None and c_region is not None:
        bare = _join(c_lang, c_script, None, c_variants)
        again = _canonical(bare)
        return bare if again is not None and _join(*again) == bare else None
    return _join(c_lang, c_script, c_region, c_variants)


def _canonical(tag: str) -> tuple[str, str | None, str | None, tuple[str, ...]] | None:
    """Parts of babel's canonical reading of `tag` (via `locales.canonical`), None if babel knows no such locale."""
    try:
        return _parts(canonical(tag))
    except LocaleError:
        return None


def _cldr_parent(name: str) -> str:
    """CLDR parent of a babel id (underscores), by babel's own rule in `babel.localedata.load`.

    parentLocales exceptions first (en_GB -> en_001, es_MX -> es_419, zh_Hant_MO -> zh_Hant_HK); a lang_Script
    whose script is not the language's likely one goes to root (zh_Hant -> root, never zh = Simplified; the CLDR 45
    'nonlikelyScript' rule); otherwise drop the last part.
    """
    parent = get_global("parent_exceptions").get(name)
    if parent:
        return parent
    pieces = name.split("_")
    if len(pieces) == 2 and len(pieces[1]) == 4 and _likely_script(pieces[0]) != pieces[1]:
        return "root"
    return "root" if len(pieces) == 1 else "_".join(pieces[:-1])


@lru_cache(maxsize=4096)
def parent_chain(tag: str) -> tuple[str, ...]:
    """CLDR parents of a canonical tag, nearest first, root excluded: 'en-150' -> ('en-001', 'en')."""
    chain, name = [], tag.replace("-", "_")
    while (name := _cldr_parent(name)) != "root":
        chain.append(name.replace("_", "-"))
    return tuple(chain)


@dataclass(frozen=True)
class _Chain:
    """Everything `choose` checks for one requested tag, computed once per distinct tag (cached)."""

    key: str  # the request as routed: canonical tag, or the case-normalised tag when babel would misread it
    exact: str | None  # canonical tag if babel reads the request faithfully (can equal a served tag)
    parents: tuple[str, ...]  # RFC 4647 truncation down to a tag CLDR knows, then its CLDR parents
    language: str  # bare language, last key tried in the market fallbacks


@lru_cache(maxsize=4096)
def _resolve(raw: str) -> _Chain | None:
    """The candidate chain of one language range; None when no truncation of it is a locale CLDR knows.

    Extensions and private use (from the first single-letter subtag on) are cut first: RFC 4647 §3.4 lookup removes
    them before any truncation could match, and no served tag carries them. 'x-foo' and 'i-klingon' leave nothing.
    """
    subtags = raw.replace("_", "-").split("-")
    cut = next((i for i, s in enumerate(subtags) if len(s) == 1), len(subtags))
    if cut == 0:
        return None
    for level in range(cut, 0, -1):
        found = _faithful("-".join(subtags[:level]))
        if found is None:
            continue
        exact = found if level == cut else None
        parents = parent_chain(found) if exact else (found, *parent_chain(found))
        parts = _parts("-".join(subtags[:cut]))
        key = found if exact else (_join(*parts) if parts else "-".join(subtags[:cut]).lower())
        return _Chain(key=key, exact=exact, parents=parents, language=found.split("-")[0])
    return None


# ------------------------------------------------------------------------------------------------ the table


@dataclass(frozen=True)
class RouterTable:
    """Served tags and routing config, built once (`build_table`) and shared by every request."""

    served: tuple[str, ...]  # canonical served tags, e.g. ("en-US", "en-JP", "en-DE")
    default: str | None = None  # served tag when nothing in the request matches; None = the bare base
    aliases: Mapping[str, str] = field(default_factory=dict)  # lower-case extra model names -> served tag
    fallbacks: Mapping[str, str] = field(default_factory=dict)  # canonical tag or bare language -> served tag
    _served: frozenset[str] = field(init=False, repr=False, compare=False)
    _models: Mapping[str, str | None] = field(init=False, repr=False, compare=False)
    _names: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Cross-field rules here so a hand-built table is as safe as one from build_table.
        served = frozenset(self.served)
        if len(served) != len(self.served):
            raise ValueError(f"served: duplicate tags in {list(self.served)}")
        targets = [("default", self.default)] if self.default is not None else []
        targets += [(f"aliases[{k!r}]", v) for k, v in self.aliases.items()]
        targets += [(f"fallbacks[{k!r}]", v) for k, v in self.fallbacks.items()]
        for where, tag in targets:
            if tag not in served:
                raise ValueError(f"{where}: {tag!r} is not served (served: {', '.join(self.served) or 'none'})")
        models: dict[str, str | None] = {BASE_MODEL: None}
        models |= {f"{MODEL}/{t}": t for t in self.served} | {f"{MODEL}/{a}": t for a, t in self.aliases.items()}
        object.__setattr__(self, "_served", served)
        object.__setattr__(self, "_models", MappingProxyType(models))
        object.__setattr__(self, "_names", (MODEL, *models))


def _config_tag(where: str, tag: object) -> str:
    """Canonical form of a configured tag; ValueError naming the entry if babel cannot read it faithfully."""
    found = _faithful(tag.replace("_", "-")) if isinstance(tag, str) else None
    if found is None:
        raise ValueError(f"{where}: {_short(tag)} is not a BCP 47 tag that CLDR knows as written")
    return found


def _unique(where: str, pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """dict from pairs, refusing two spellings that collapse onto one key (en-us and en-US) with different targets."""
    out: dict[str, str] = {}
    for key, value in pairs:
        if out.get(key, value) != value:
            raise ValueError(f"{where}: {key!r} is configured twice, for {out[key]!r} and {value!r}")
        out[key] = value
    return out


def build_table(
    served: Iterable[str],
    default: str | None = None,
    aliases: Mapping[str, str] | None = None,
    fallbacks: Mapping[str, str] | None = None,
) -> RouterTable:
    """Canonicalise and validate the serving config once, so per-request work is dictionary lookups."""
    tags = tuple(_config_tag(f"served[{i}]", t) for i, t in enumerate(served))
    if len(set(tags)) != len(tags):
        raise ValueError(f"served: two entries are the same locale once canonical: {list(tags)}")
    alias_map = _unique(
        "aliases", ((_alias_name(a, tags), _config_tag(f"aliases[{a!r}]", t)) for a, t in (aliases or {}).items())
    )
    fallback_map = _unique(
        "fallbacks",
        (
            (_config_tag(f"fallbacks key {k!r}", k), _config_tag(f"fallbacks[{k!r}]", t))
            for k, t in (fallbacks or {}).items()
        ),
    )
    for key in fallback_map:
        if key in tags:  # an exact match always wins first, so the entry could never apply: surely a config slip
            raise ValueError(f"fallbacks key {key!r} is itself served; the fallback would never apply")
    return RouterTable(
        served=tags,
        default=None if default is None else _config_tag("default", default),
        aliases=MappingProxyType(alias_map),
        fallbacks=MappingProxyType(fallback_map),
    )


def _alias_name(name: object, served: tuple[str, ...]) -> str:
    """Lower-cased alias; refuses names that would shadow 'base' or read as a served tag (ambiguous model names)."""
    low = name.lower() if isinstance(name, str) else ""
    if not _ALIAS.fullmatch(low) or low == "base":
        raise ValueError(f"aliases: {_short(name)} must be 1-64 of [a-z0-9._-], not 'base'")
    chain = _resolve(low) if _RANGE.fullmatch(low) else None
    if chain is not None and chain.exact in served:
        raise ValueError(f"aliases: {name!r} reads as the served tag {chain.exact!r}")
    return low


def served_model_names(table: RouterTable) -> list[str]:
    """Model names for /v1/models and for the 404 message: culturalign, culturalign/base, per tag, per alias."""
    return list(table._names)


# ------------------------------------------------------------------------------------------------ headers


def _weight(params: list[str], entry: str) -> float:
    """q of one Accept-Language entry (1 when absent); anything but one well-formed q parameter is refused."""
    if not params:
        return 1.0
    name, _, value = params[0].strip().partition("=")
    if len(params) > 1 or name.lower() != "q" or not _QVALUE.fullmatch(value):
        raise BadLocaleHeader(f"Accept-Language entry {_short(entry)}: weight must be ';q=' then 0..1 (3 decimals)")
    return float(value)


@lru_cache(maxsize=1024)
def _ranked(header: str) -> tuple[tuple[str, _Chain | None], ...]:
    """(key, chain) per usable range, best first; ('*', None) for the wildcard. Cached: few headers, many requests."""
    if len(header) > MAX_HEADER_CHARS:
        raise BadLocaleHeader(f"Accept-Language is {len(header)} characters; at most {MAX_HEADER_CHARS}")
    entries = [e for e in header.split(",") if e.strip()]  # RFC 9110 §5.6.1: empty list elements are ignored
    if len(entries) > MAX_ENTRIES:
        raise BadLocaleHeader(f"Accept-Language has {len(entries)} entries; at most {MAX_ENTRIES}")
    weighted = []
    for entry in entries:
        rng, *params = entry.split(";")
        rng = rng.strip()
        if not _RANGE.fullmatch(rng):
            raise BadLocaleHeader(f"Accept-Language entry {_short(entry)} is not a language range like de-CH")
        q = _weight(params, entry)
        if q == 0:  # "not acceptable": nothing to route on (it does not veto a market another range falls back to)
            continue
        chain = None if rng == "*" else _resolve(rng)
        if rng == "*" or chain is not None:  # a range CLDR does not know is skipped, not fatal
            weighted.append((-q, rng if chain is None else chain.key, chain))
    weighted.sort(key=lambda w: w[0])  # stable: equal q keep header order (RFC 9110 leaves it open; this is simplest)
    ranked: dict[str, _Chain | None] = {}
    for _, key, chain in weighted:
        ranked.setdefault(key, chain)  # en-US and en-us;q=0.5 are one preference: its best place counts
    return tuple(ranked.items())


def parse_accept_language(header: str | None) -> list[str]:
    """Accept-Language (RFC 9110 §12.5.4) -> routable tags, best first, canonical, '*' kept.

    q=0 ranges are dropped; equal q keep header order; duplicates after canonicalisation keep their best place.
    Ranges CLDR does not know at any truncation (xx-YY, i-klingon) are skipped, even if none remains: a browser set
    to an exotic language gets the default market, not an error. A tag babel would misread keeps its request form
    (zh-Hant-CN, not babel's zh-Hans-CN). Malformed syntax or q, over 4096 characters or 32 entries: BadLocaleHeader.
    """
    if not header or not header.strip():
        return []
    return [key for key, _ in _ranked(header)]


def _x_locale(value: str | None) -> _Chain | None:
    """X-Locale: one tag the client sets on purpose, so one CLDR does not know is refused (400), not skipped."""
    if value is None or not value.strip():  # proxies may forward an empty header: same as absent
        return None
    tag = value.strip()
    if len(tag) > MAX_HEADER_CHARS or tag == "*" or not _RANGE.fullmatch(tag):
        raise BadLocaleHeader(f"X-Locale {_short(value)} is not one language tag like en-JP")
    chain = _resolve(tag)
    if chain is None:
        raise BadLocaleHeader(f"X-Locale {_short(value)} is not a locale CLDR knows")
    return chain


# ------------------------------------------------------------------------------------------------ the decision


def _explicit(table: RouterTable, model: object) -> Route | None:
    """Route for a model that names a market or the base; None when the router should choose; else UnknownModel."""
    if model is None or model == "" or model == MODEL:
        return None
    if not isinstance(model, str):
        raise UnknownModel(f"model must be a string; served models: {', '.join(table._names)}")
    if model in table._models:
        return Route(table._models[model], "explicit", model)
    prefix, _, name = model.partition("/")
    if prefix == MODEL and name:
        tag = table.aliases.get(name.lower())
        chain = _resolve(name) if tag is None and _RANGE.fullmatch(name) else None
        tag = tag or (chain.exact if chain and chain.exact in table._served else None)
        if tag is not None:
            return Route(tag, "explicit", model)
        if chain is not None:  # a real locale we do not serve: say how to get the nearest market instead
            raise UnknownModel(
                f"model {_short(model)} is not served; served models: {', '.join(table._names)}. To get the nearest "
                f"served market for {chain.key}, send model {MODEL!r} with the header X-Locale: {chain.key}"
            )
    raise UnknownModel(f"model {_short(model)} is not served; served models: {', '.join(table._names)}")


def _match(table: RouterTable, chain: _Chain, reason: Reason) -> Route | None:
    """Exact served tag, then a CLDR parent, then a market fallback keyed on tag / parents / bare language."""
    if chain.exact in table._served:
        return Route(chain.exact, reason, chain.key)
    for parent in chain.parents:
        if parent in table._served:
            return Route(parent, "parent", chain.key)
    for key in (chain.exact, *chain.parents, chain.language):
        if key in table.fallbacks:
            return Route(table.fallbacks[key], "fallback", chain.key)
    return None


def choose(
    table: RouterTable, model: str | None, x_locale: str | None = None, accept_language: str | None = None
) -> Route:
    """The route for one request (see the module docstring for the order); raises UnknownModel / BadLocaleHeader."""
    route = _explicit(table, model)
    if route is not None:
        return route
    preferred = _x_locale(x_locale)
    if preferred is not None and (route := _match(table, preferred, "explicit")):
        return route
    ranked = _ranked(accept_language) if accept_language and accept_language.strip() else ()
    for key, chain in ranked:
        if chain is None:  # '*': the client takes anything, and the default is our "anything"
            if table.default is not None:
                return Route(table.default, "default", key)
        elif route := _match(table, chain, "accept-language"):
            return route
    return Route(table.default, "default", None) if table.default is not None else Route(None, "base", None)


def content_language(route: Route, table: RouterTable) -> str | None:
    """Content-Language for a response: the served tag; None (omit the header) for the bare base.

    The base was tuned for no market and may answer in the prompt's language, so claiming "en" or the default
    market would be a guess; RFC 9110 §8.5 lets a server omit the header when the audience is not known.
    """
    if route.locale is not None and route.locale not in table._served:
        raise ValueError(f"route locale {route.locale!r} is not served by this table")
    return route.locale


def decision_microseconds(
    table: RouterTable,
    n: int = 10000,
    *,
    model: str | None = None,
    x_locale: str | None = None,
    accept_language: str | None = TYPICAL_HEADER,
) -> float:
    """Mean wall time of one `choose` call, in microseconds, in steady state (caches warmed by a first call).

    Steady state is the serving case: the same few header strings arrive over and over.
    """
    choose(table, model, x_locale, accept_language)
    start = time.perf_counter()
    for _ in range(n):
        choose(table, model, x_locale, accept_language)
    return (time.perf_counter() - start) / n * 1e6
