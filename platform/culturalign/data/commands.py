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
from culturalign.data.preferences import PREFERENCES
from culturalign.data.validate import validate_locale


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


def stats_main(cfg: AppConfig) -> Result:
    """Shortcut baselines per market and pair type on the test split, and token lengths; logged to MLflow."""
    from culturalign.core import tracking
    from culturalign.data.market import load_market
    from culturalign.data.preferences import load_split
    from culturalign.data.stats import baselines, groups, table_lines
    from culturalign.model.base import token_counter

    tags = [cfg.locale] if cfg.locale else list(cfg.locales)
    count = token_counter(cfg.model)
    tracking.configure(cfg.tracking)
    data, lines = {}, []
    for tag in tags:
        try:
            market = load_market(cfg.paths, tag)
        except (UnknownMarket, LocaleError, SchemaError) as exc:
            raise CommandError(str(exc)) from None
        train, test = load_split(market.dir, cfg.data.train_split), load_split(market.dir, cfg.data.test_split)
        table = baselines(train, test)
        lengths = token_lengths(train + test, count)
        data[market.tag] = {"baselines": table, "tokens": lengths}
        counts = {g: len(idx) for g, idx in groups(test).items()}
        columns = {name: {g: v["accuracy"] for g, v in t.items()} for name, t in table.items()}
        lines += table_lines(f"\n{market.tag}: shortcut baselines on {len(test)} test pairs", columns, counts)
        lines.append(f"tokens per prompt+answer (chat template): {lengths}")
        with tracking.run(f"data-stats-{market.tag}", {"locale": market.tag, "kind": "data-stats"}):
            tracking.log_metrics({f"{n}_{g.replace(':', '_')}": a for n, t in columns.items() for g, a in t.items()})
            tracking.log_metrics({f"tokens_{k}": v for k, v in lengths.items()})
            tracking.log_dict(data[market.tag], "data_stats.json")
    return Result(data, lines)


def token_lengths(rows: list[dict], count) -> dict[str, int]:
    """Percentiles of prompt+answer tokens over every answer (what a reward model's max_length must cover)."""
    sizes = sorted(count(r["prompt"], r[k]) for r in rows for k in ("chosen", "rejected"))
    pick = lambda q: sizes[min(len(sizes) - 1, int(q * len(sizes)))]  # noqa: E731
    return {"p50": pick(0.5), "p90": pick(0.9), "p99": pick(0.99), "max": sizes[-1]}
