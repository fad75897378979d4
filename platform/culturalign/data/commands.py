"""The data commands: check every market's files, and import pairs from other formats.

culturalign data validate [locale=<tag>]
culturalign data import src=<file> locale=<tag> format=trl|trl-conversational|hh|ultrafeedback [split=train]
"""

from __future__ import annotations

from pathlib import Path

from culturalign.core.command import CommandError, Result
from culturalign.core.config import AppConfig
from culturalign.core.locales import LocaleError, list_locales
from culturalign.core.schema import SchemaError
from culturalign.data.importers import import_pairs
from culturalign.data.market import UnknownMarket, market_dir
from culturalign.data.policies import load_policy
from culturalign.data.preferences import PREFERENCES, validate_locale


def validate_main(cfg: AppConfig) -> Result:
    """Every market (or ``locale=``) and every policy; each problem as ``file:line: field: problem``."""
    from culturalign.model.base import token_counter

    locales_root, policies_root = Path(cfg.paths.locales), Path(cfg.paths.policies)
    tags = [cfg.locale] if cfg.locale else list_locales(locales_root)
    count = token_counter(cfg.model)
    problems, stats = [], {}
    for policy_file in sorted(policies_root.glob("*.yaml")):
        try:
            load_policy(policy_file)
        except SchemaError as exc:
            problems += exc.problems
    for tag in tags:
        report = validate_locale(locales_root, policies_root, tag, cfg.data, count)
        problems += report.problems
        stats |= report.stats
    problems = list(dict.fromkeys(problems))  # a policy shared by markets is reported once
    lines = [f"{name}: {values}" for name, values in stats.items()] + [str(p) for p in problems]
    lines.append(f"{len(tags)} locale(s), {len(problems)} problem(s)")
    data = {"locales": tags, "problems": [str(p) for p in problems], "stats": stats}
    return Result(data, lines, code=1 if problems else 0)


def import_main(cfg: AppConfig) -> Result:
    """Convert ``src`` into an existing market's preferences.jsonl (validated, deduplicated, atomic)."""
    from culturalign.model.base import token_counter

    if not cfg.src or not cfg.locale:
        raise CommandError("needs src=<file> and locale=<tag>", code=2)
    try:
        dest = market_dir(cfg.paths, cfg.locale) / PREFERENCES
    except (UnknownMarket, LocaleError) as exc:
        raise CommandError(f"nothing written: {exc}") from None
    try:
        stats = import_pairs(Path(cfg.src), dest, cfg.format, cfg.split, cfg.data, token_counter(cfg.model))
    except (SchemaError, ValueError, OSError) as exc:
        raise CommandError(f"nothing written:\n{exc}") from None
    return Result({"dest": str(dest)} | stats)
