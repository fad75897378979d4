"""The per-market audit report: what serves in each market, where it came from, how it scored, what a reviewer signs.

    culturalign audit [locales=[en-US,en-JP]]

``collect.collect_report`` gathers the facts as a plain dict; this module turns them into
``reports/audit-<UTC time>/index.html`` and ``summary.md``, both appearing at once (temp dir, then rename). The
page is self-contained: the stylesheet (``static/audit.css``) inline, plots as base64 PNG, no script, no network
reference, so it opens from disk anywhere. The Jinja2 templates (``templates/``) escape every value; the Python
here only decides what each table holds. A market whose data has an unexpected shape still gets a section saying
so. The command's result is 0 whenever a report was written.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from culturalign.audit.collect import ALIASES, HIGHER_IS_BETTER, collect_report, fmt, short
from culturalign.audit.plots import curves_plot, heatmap
from culturalign.core.command import CommandError, Result
from culturalign.core.config import AppConfig
from culturalign.core.files import atomic_dir

HERE = Path(__file__).parent
SAMPLES_PER_MARKET = 3  # enough to judge register; the full tables stay in MLflow

# (metric, label, the base's value: a base_* metric or what the base scores against itself, decimals shown)
EVAL_METRICS: list[tuple[str, str, str | float | None, int]] = [
    ("win_rate", "Win rate vs base", 0.5, 3),
    ("lc_win_rate", "Length-controlled win rate", 0.5, 3),
    ("reward_delta", "Mean reward gain over base", 0.0, 3),
    ("kl_to_base", "KL to base (per token)", 0.0, 4),
    ("compliance", "Policy compliance", "base_compliance", 3),
    ("repetition", "Repeated-trigram rate", "base_repetition", 3),
    ("mean_words", "Mean answer length (words)", "base_mean_words", 1),
    ("clipped_rate", "Answers cut at the token limit (share)", "base_clipped_rate", 3),
    ("chrf", "chrF vs reference answers", "base_chrf", 2),
    ("n", "Evaluation prompts", None, 0),
]
RULE_LABELS = {
    "ok_length": "length within the policy's band",
    "ok_contractions": "contractions as the policy wants",
    "ok_exclamations": "exclamation marks within limit",
    "ok_emoji": "emoji as allowed",
    "ok_numbered_steps": "numbered steps as the policy wants",
    "ok_imperatives": "imperatives as the policy wants",
    "ok_opening": "opening as the policy wants",
    "ok_forbidden": "no forbidden phrase",
    "repetition": "repeated trigrams (share, lower is better)",
    "words": "words (mean)",
}

TEMPLATES = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"], default=False),  # every value in a page is escaped; summary.md is text
    undefined=StrictUndefined,  # a misspelt key in a template is an error (caught per market), not a blank
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
TEMPLATES.globals["css"] = Markup((HERE / "static" / "audit.css").read_text(encoding="utf-8"))
TEMPLATES.filters["md_cell"] = lambda value: str(value).replace("|", "\\|")

# ---------------------------------------------------------------------------------------------------- helpers


def when(ms: int | None) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC") if ms else "—"


def slug(tag: str) -> str:
    """An HTML id from a tag that may be user input."""
    return "market-" + re.sub(r"[^A-Za-z0-9-]", "_", tag)


def badge(status: str) -> dict[str, str]:
    """A pass/fail/n-a cell (the templates draw it as a coloured badge)."""
    return {"badge": status, "css": {"pass": "pass", "fail": "fail"}.get(status, "na")}


TEMPLATES.globals["badge"] = badge


def status_of(items: list[dict]) -> str:
    states = {i["status"] for i in items}
    return "fail" if "fail" in states else "n/a" if "n/a" in states else "pass"


def version_text(registered: dict | None) -> str:
    if not registered:
        return "none"
    return f"v{registered['adapter_version']} [registry {registered['version']}]"


def highest_own(values: dict[str, dict[str, float | None]]) -> bool:
    """Whether every row of a market-by-market matrix is highest on its own market (the diagonal)."""
    return all(max(row, key=lambda c: -math.inf if row[c] is None else row[c]) == r for r, row in values.items())


# ---------------------------------------------------------------------------------------------- the whole page


def overview(report: dict) -> list[dict[str, Any]]:
    """One row per market for the table at the top of both index.html and summary.md."""
    rows = []
    for m in report["markets"]:
        policy, metrics = m.get("policy") or {}, (m.get("evaluation") or {}).get("metrics", {})
        rows.append(
            {
                "tag": m["tag"],
                "id": slug(m["tag"]),
                "champion": version_text(policy.get("champion")),
                "challenger": version_text(policy.get("challenger")),
                "reward": version_text((m.get("reward") or {}).get("champion")),
                "win": fmt(metrics.get("win_rate")),
                "lc": fmt(metrics.get("lc_win_rate")),
                "kl": fmt(metrics.get("kl_to_base"), 4),
                "gates": status_of(m["gates"]) if m.get("gates") else None,
                "flags": len(m.get("flags", [])),
                "votes": report["human"]["locales"].get(m["tag"], {}).get("votes", 0),
                "problems": len(m["problems"]),
            }
        )
    return rows


def cross_view(report: dict) -> dict[str, Any]:
    """The heatmaps (drawn now, as data URIs) and the same-prompt table."""
    cross, figures = report["cross"], []
    if cross.get("accuracy"):
        versions = ", ".join(f"{t}@{v}" for t, v in (cross.get("accuracy_versions") or {}).items())
        figures.append(figure(cross["accuracy"], "Reward accuracy on each market's test pairs", "accuracy", versions))
    if cross.get("generation"):
        figures.append(figure(cross["generation"], "Mean reward of each market's adapter's answers", "mean reward"))
    shared = report.get("shared")
    table = None
    if shared:
        headers = ["prompt", "base"] + [f"{t} champion" for t in shared["tags"]]
        table = {
            "headers": headers,
            "rows": [[r["prompt"], r["base"]] + [r[t] for t in shared["tags"]] for r in shared["rows"]],
        }
    return {"problems": cross["problems"], "figures": figures, "shared": table}


def figure(matrix: dict, title: str, label: str, versions: str = "") -> dict[str, str]:
    caption = (
        f"run {matrix['name']} {matrix['run_id'][:8]}, {when(matrix['start_time'])}; own market highest in "
        f"every row: {'yes' if highest_own(matrix['values']) else 'NO'}"
        + (f"; reward models {versions}" if versions else "")
    )
    bounded = label == "accuracy"  # accuracies on a fixed 0-1 scale, rewards centred on zero
    return {"title": title, "caption": caption, "src": heatmap(matrix, title, label, bounded)}


def render_html(report: dict) -> str:
    """The whole page: header, overview, cross-market view, one section per market."""
    sections = [safely(m, report) for m in report["markets"]]
    return TEMPLATES.get_template("report.html").render(
        r=report, overview=overview(report), cross=cross_view(report), sections=sections
    )


def safely(market: dict, report: dict) -> Markup:
    """A market whose data has an unexpected shape still gets a section saying so."""
    try:
        return Markup(TEMPLATES.get_template("market.html").render(v=market_view(market, report)))
    except Exception as exc:  # one odd market must not cost the others their sections
        market["problems"].append(f"could not render this market: {type(exc).__name__}: {exc}")
        v = {"id": slug(market["tag"]), "title": market["tag"], "problems": market["problems"], "broken": True}
        return Markup(TEMPLATES.get_template("market.html").render(v=v))


# ----------------------------------------------------------------------------------------------- one market


def market_view(m: dict, report: dict) -> dict[str, Any]:
    """What one market's section shows: what decides first, the evidence next, the sign-off last."""
    full = m.get("gates") is not None
    v: dict[str, Any] = {
        "id": slug(m["tag"]),
        "tag": m["tag"],
        "title": f"{m['tag']} — {m['name'].name}" if m.get("name") else m["tag"],
        "broken": False,
        "full": full,
        "verdict": verdict(m),
        "problems": m["problems"],
        "flags": m.get("flags", []),
        "registry": registry(m),
        "human": human(m, report["human"]),
        "signoff": "; ".join(f"{g['name']}: {g['status']}" for g in m.get("gates") or [])
        or "no gates could be evaluated",
    }
    if full:
        v["gates"] = [[g["name"], badge(g["status"]), g["detail"]] for g in m["gates"]]
        v["checks"] = [[c["name"], badge(c["status"]), c["detail"]] for c in m["checks"]]
        v |= {"metrics": metrics(m), "rules": rules(m), "samples": samples(m), "curves": curves(m)}
        v |= {"lineage": lineage(m), "config": training_config(m), "reward_bench": reward_bench(m)}
    return v


def verdict(m: dict) -> dict[str, str]:
    subject = m.get("subject")
    champion = (m.get("policy") or {}).get(subject) if subject else None
    if not champion or m.get("gates") is None:
        return {"css": "fail", "text": "No policy champion to audit in this market."}
    gates, checks = m["gates"], m.get("checks", [])
    passed = sum(c["status"] == "pass" for c in checks)
    text = (
        f"Policy {subject} v{champion['adapter_version']} {champion['tags'].get('algo', '')} · gates "
        f"{status_of(gates)} · lineage checks {passed}/{len(checks)} pass · {len(m.get('flags', []))} flag(s) · "
        f"{len(m['problems'])} problem(s)"
    )
    return {"css": {"pass": "pass", "fail": "fail"}.get(status_of(gates + checks), "na"), "text": text}


def registry(m: dict) -> dict[str, Any]:
    rows = []
    for kind in ("policy", "reward"):
        for alias in ALIASES:
            r = (m.get(kind) or {}).get(alias)
            if r is None:
                rows.append([kind, alias, "none", "—", "—", "—"])
                continue
            extra = f" ({r['tags']['algo']})" if r["tags"].get("algo") else ""
            version = f"v{r['adapter_version']}{extra}"
            rows.append([kind, alias, version, r["version"], (r["run_id"] or "—")[:12], when(r["created"])])
    note = ""
    if chall := m.get("challenger_evaluation"):
        values = chall.get("metrics", {})
        note = (
            f"Challenger evaluated {when(chall['start_time'])}: win rate {fmt(values.get('win_rate'))}, "
            f"LC win {fmt(values.get('lc_win_rate'))}, gate passed: {fmt(chall['gate'].get('passed'))}."
        )
    return {"rows": rows, "note": note}


def metrics(m: dict) -> dict[str, Any] | None:
    """Every logged metric of the champion's evaluation against the base and the previous champion."""
    ev, prev = m.get("evaluation"), m.get("previous")
    if not ev:
        return None
    current, before = ev.get("metrics", {}), (prev or {}).get("metrics", {})
    rows = [metric_row(spec, current, before) for spec in EVAL_METRICS]
    known = {s[0] for s in EVAL_METRICS} | {s[2] for s in EVAL_METRICS if isinstance(s[2], str)}
    rows += [[k, fmt(v), "—", "—", "—", "—"] for k, v in sorted(current.items()) if k not in known]
    caption = f"Run {ev['run_id']}, {when(ev['start_time'])} ({ev['runs_of_version']} evaluation(s) of this version)"
    caption += (
        f". Previous champion: run {prev['run_id']}, {prev['how']}"
        if prev
        else ". Previous champion: none (no earlier evaluation of another version passed its gate)"
    )
    if prev and before.get("n") != current.get("n"):
        caption += f"; it was evaluated on {fmt(before.get('n'), 0)} prompts, this one on {fmt(current.get('n'), 0)}"
    caption += ". The base scores 0.5 win rate, 0 reward gain and 0 KL against itself."
    prev_name = f"prev. champion v{prev['tags']['adapter_version']}" if prev else "prev. champion"
    return {"headers": ["metric", "champion", "base", "Δ base", prev_name, "Δ prev."], "rows": rows, "caption": caption}


def metric_row(spec: tuple, current: dict, before: dict) -> list[Any]:
    key, label, base, digits = spec
    value = current.get(key)
    base_value = current.get(base) if isinstance(base, str) else base
    return [
        label,
        fmt(value, digits),
        fmt(base_value, digits),
        delta(key, value, base_value, digits),
        fmt(before.get(key), digits),
        delta(key, value, before.get(key), digits),
    ]


def delta(key: str, a: float | None, b: float | None, digits: int) -> Any:
    """Signed difference, coloured where the direction matters (better green, worse red)."""
    if a is None or b is None:
        return "—"
    text = f"{a - b:+.{digits}f}"
    if key not in HIGHER_IS_BETTER or round(a - b, digits) == 0:
        return text
    return {"text": text, "css": "better" if a > b else "worse"}


def rules(m: dict) -> dict[str, Any]:
    """Overall compliance as logged, then per rule as recomputed from the samples."""
    found, logged = m.get("rules"), (m.get("evaluation") or {}).get("metrics", {})
    rows = [["all rule checks (logged)", fmt(logged.get("compliance")), fmt(logged.get("base_compliance"))]]
    note = ""
    if found and found["means"]:
        means = found["means"]
        rows += [[RULE_LABELS.get(k, k), fmt(means["adapter"][k]), fmt(means["base"][k])] for k in means["adapter"]]
        note = (
            f"Per rule: share of the {found['n']} logged samples that pass, recomputed with policies/"
            f"{found['policy']}.yaml (sha {short(found['policy_sha'])})."
        )
    return {"rows": rows, "note": note}


def reward_bench(m: dict) -> dict[str, Any] | None:
    """The reward model's test accuracy per pair type and flaw beside the shortcut baselines on the same pairs."""
    report = (m.get("reward_manifest") or {}).get("bench")
    if not report or not report.get("counts"):
        return None
    own = {"overall": report["accuracy"]} | report.get("by_type", {}) | report.get("by_flaw", {})
    names = list(report.get("baselines", {}))
    groups = sorted(report["counts"], key=lambda g: (g != "overall", g.split(":")[0], ":" in g, g))
    rows = [
        [g, str(report["counts"][g]), fmt(own.get(g))] + [fmt(report["baselines"][n].get(g)) for n in names]
        for g in groups
    ]
    return {"headers": ["pairs", "n", "reward model", *[n.replace("_", " ") for n in names]], "rows": rows}


def samples(m: dict) -> dict[str, Any] | None:
    found = m.get("samples")
    if not found:
        return None
    rows = [
        [r.get("prompt"), r.get("base"), r.get("adapter"), fmt(r.get("reward_base")), fmt(r.get("reward_adapter"))]
        for r in found["rows"][:SAMPLES_PER_MARKET]
    ]
    note = f"First {SAMPLES_PER_MARKET} of {len(found['rows'])} from {found['source']}; "
    note += "rewards by this market's reward model."
    return {"rows": rows, "note": note}


def curves(m: dict) -> dict[str, str] | None:
    found, run = m.get("curves"), m.get("train_run")
    if not found or not any(found.values()):
        return None
    return {"alt": f"training curves {m['tag']}", "src": curves_plot(found, f"{run['name']} ({run['run_id'][:8]})")}


def lineage(m: dict) -> list[list[str]]:
    man, run = m.get("manifest") or {}, m.get("train_run") or {}
    return [
        ["base model", man.get("base_id", "—")],
        ["base fingerprint", man.get("base_fingerprint", "—")],
        ["data sha256", man.get("data_sha256", "—")],
        ["policy sha256", man.get("policy_sha256", "—")],
        ["algorithm", f"{man.get('algo', '—')}, {fmt((man.get('metrics') or {}).get('steps'))} steps"],
        ["reward model used in training", f"v{man['reward_model_version']}" if "reward_model_version" in man else "—"],
        ["policy training run", f"{run.get('run_id', '—')} ({run.get('name', '—')}, {when(run.get('start_time'))})"],
        ["evaluation run", (m.get("evaluation") or {}).get("run_id", "—")],
        ["reward champion run", ((m.get("reward") or {}).get("champion") or {}).get("run_id") or "—"],
        ["git commit (training)", run.get("tags", {}).get("git_commit", "—")],
        ["adapter directory", man.get("_path") or man.get("_note", "—")],
        ["created", man.get("created", "—")],
    ]


def training_config(m: dict) -> dict[str, Any]:
    """The rl block as rows, and the whole training config as the manifest recorded it."""
    config = (m.get("manifest") or {}).get("config") or {}
    rows = [[k, json.dumps(v)] for k, v in (config.get("rl") or {}).items()]
    return {"rl": rows, "full": json.dumps(config, indent=2, sort_keys=True)}


def human(m: dict, found: dict) -> dict[str, Any]:
    """This market's votes from the annotation store, or why there are none to show."""
    from culturalign.annotate.store import kappa_text

    if found["message"]:
        return {"message": found["message"], "rows": []}
    stats = found["locales"].get(m["tag"])
    rows = [["items", stats["items"] if stats else 0], ["votes", stats["votes"] if stats else 0]]
    rows += [["raters (this market)", stats["raters"] if stats else 0], ["raters (all markets)", found["raters"]]]
    agreement = kappa_text(stats["agreement"]) if stats else "n/a (no items)"
    return {"message": None, "rows": rows, "agreement": agreement, "path": found["path"]}


# ----------------------------------------------------------------------------------------------------- main


def render_markdown(report: dict) -> str:
    """A short text summary for a pull request or a ticket; index.html has the evidence."""
    return TEMPLATES.get_template("summary.md").render(r=report, overview=overview(report))


def write_report(cfg: AppConfig, stamp: str, page: str, summary: str) -> Path:
    """reports/audit-<stamp>/ with index.html and summary.md, renamed into place only when complete."""
    root = Path(cfg.paths.reports)
    target = root / f"audit-{stamp}"
    n = 1
    while target.exists():  # two audits in the same second keep both
        n += 1
        target = root / f"audit-{stamp}-{n}"
    with atomic_dir(target) as tmp:
        tmp.chmod(0o755)  # mkdtemp makes it owner-only; the report is for market owners to read
        (tmp / "index.html").write_text(page, encoding="utf-8")
        (tmp / "summary.md").write_text(summary, encoding="utf-8")
    return target


def warn(report: dict, say: Callable[[str], None]) -> None:
    """Every problem of the report, one line each, as it is written (the report itself has them in context)."""
    for m in report["markets"]:
        for problem in m["problems"]:
            say(f"culturalign audit [{m['tag']}]: {problem}")
    for problem in report["cross"]["problems"] + [report["store_problem"] or ""]:
        if problem:
            say(f"culturalign audit: {problem}")


def main(cfg: AppConfig) -> Result:
    """Collect every market's facts, render them, write the report; a Result once the report is on disk."""
    report = collect_report(cfg, datetime.now(UTC))
    page = render_html(report)  # before the problems are listed: rendering can add some
    warn(report, lambda line: print(line, file=sys.stderr))
    try:
        path = write_report(cfg, report["stamp"], page, render_markdown(report))
    except OSError as exc:
        raise CommandError(f"could not write the report: {exc}") from None
    data = {
        "report": str(path / "index.html"),
        "summary": str(path / "summary.md"),
        "markets": {m["tag"]: market_data(m, report) for m in report["markets"]},
        "cross_problems": report["cross"]["problems"],
        "store_problem": report["store_problem"],
    }
    return Result(data, [str(path / "index.html")])


def market_data(m: dict, report: dict) -> dict[str, Any]:
    """One market's findings for a script (versions, metrics, gates, checks), unformatted."""

    def version(registered: dict | None) -> int | None:
        return registered["adapter_version"] if registered else None

    policy = m.get("policy") or {}
    return {
        "policy_champion": version(policy.get("champion")),
        "policy_challenger": version(policy.get("challenger")),
        "reward_champion": version((m.get("reward") or {}).get("champion")),
        "metrics": (m.get("evaluation") or {}).get("metrics", {}),
        "status": status_of(m["gates"]) if m.get("gates") else None,
        "gates": m.get("gates") or [],
        "checks": m.get("checks") or [],
        "flags": m.get("flags", []),
        "problems": m["problems"],
        "votes": report["human"]["locales"].get(m["tag"], {}).get("votes", 0),
    }
