"""The per-market audit report: what serves in each market, where it came from, how it scored, what a reviewer signs.

    culturalign audit [locales=[en-US,en-JP]]

Reads the MLflow registry (aliases ``champion``/``challenger``), the training, evaluation and cross-market runs
(metrics, metric histories, JSON artifacts), the adapter manifests and, if it exists, the annotation database; writes
``reports/audit-<UTC time>/index.html`` (self-contained: inline CSS, plots as base64 PNG, no script, no network) and
``summary.md``, both appearing at once (temp dir, then rename). Nothing here trains or loads a model.

Bad input never stops the report: a missing run, alias, manifest or artifact becomes a message in that market's
section (and on stderr), and the rest still builds. The exit code is 0 whenever a report was written.
Shape of the code: ``collect_*`` return plain dicts, ``render_*`` turn them into escaped HTML/Markdown strings,
``write_report`` puts them on disk.
"""

from __future__ import annotations

import base64
import html
import io
import json
import math
import re
import sqlite3
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from culturalign.core import store, tracking
from culturalign.core.config import AppConfig
from culturalign.core.files import atomic_dir
from culturalign.core.locales import LocaleError, canonical, load_locale
from culturalign.core.registry import registry_name

T = TypeVar("T")
ALIASES = ("champion", "challenger")
SAMPLES_PER_MARKET = 3  # enough to judge register; the full tables stay in MLflow
SHARED_PROMPTS = 3

# (metric, label, the base's value: a base_* metric or what the base scores against itself, decimals shown)
EVAL_METRICS: list[tuple[str, str, str | float | None, int]] = [
    ("win_rate", "Win rate vs base", 0.5, 3),
    ("lc_win_rate", "Length-controlled win rate", 0.5, 3),
    ("reward_delta", "Mean reward gain over base", 0.0, 3),
    ("kl_to_base", "KL to base (per token)", 0.0, 4),
    ("compliance", "Policy compliance", "base_compliance", 3),
    ("mean_words", "Mean answer length (words)", "base_mean_words", 1),
    ("chrf", "chrF vs reference answers", "base_chrf", 2),
    ("n", "Evaluation prompts", None, 0),
]
# Metrics where a drop against the previous champion is a regression a reviewer must explain.
HIGHER_IS_BETTER = ("win_rate", "lc_win_rate", "reward_delta", "compliance", "chrf")
RULE_LABELS = {
    "ok_length": "length within the policy's band",
    "ok_contractions": "contractions as the policy wants",
    "ok_exclamations": "exclamation marks within limit",
    "ok_emoji": "emoji as allowed",
    "ok_numbered_steps": "numbered steps as the policy wants",
    "ok_imperatives": "imperatives as the policy wants",
    "ok_opening": "opening as the policy wants",
    "ok_forbidden": "no forbidden phrase",
}
# Panels of the training-curve plot: title, metric names tried (TRL's names with "/" logged as "_"), y label.
CURVES: list[tuple[str, list[str], str]] = [
    ("Reward", ["reward", "rewards_reward_model_mean", "rewards_policy_rules_mean", "rewards_margins"], "reward"),
    ("KL to reference", ["kl"], "KL"),
    ("Completion length", ["completions_mean_length"], "tokens"),
]
CHECKLIST = [
    "Lineage: the data sha256 and policy sha256 are the versions the market approved.",
    "Gates: every gate passes, or the failing one is justified in the notes.",
    "Samples: the adapter's answers follow the market's register and get no price, date or step wrong that the "
    "base got right.",
    "Degeneration: repetition and length are not far above the base, and the length-controlled win rate is close "
    "to the raw one (the adapter does not win by being longer).",
    "Drift: KL to the base is small enough that the adapter changed style, not knowledge.",
    "Cross-market: this market's reward model scores its own market's adapter highest (matrix row).",
    "Previous champion: no metric regressed, or the regression is explained.",
    "Human evaluation: enough votes from this market's raters, or a written reason why there are none.",
]


class Markup(str):
    """A string that is already safe HTML; every other value is escaped when rendered."""


def esc(value: Any) -> str:
    return value if isinstance(value, Markup) else html.escape(str(value), quote=True)


# ------------------------------------------------------------------------------------------------------- helpers


def attempt(problems: list[str], what: str, step: Callable[[], T]) -> T | None:
    """Run one collection step; a failure becomes a message in the report instead of ending it."""
    try:
        return step()
    except Exception as exc:  # store, artifact and parse failures of one piece must not stop the others
        problems.append(f"{what}: {type(exc).__name__}: {exc}")
        return None


def when(ms: int | None) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC") if ms else "—"


def fmt(value: Any, digits: int = 3) -> str:
    """Numbers the way a reviewer reads them: floats to ``digits`` places, integers as integers, missing as a dash."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def slug(tag: str) -> str:
    """An HTML id from a tag that may be user input."""
    return "market-" + re.sub(r"[^A-Za-z0-9-]", "_", tag)


def rows_of(table: Any) -> list[dict]:
    """``mlflow.log_table`` JSON ({columns, data}) as a list of dicts."""
    return [dict(zip(table["columns"], row, strict=True)) for row in table["data"]]


def png(figure) -> str:
    """A matplotlib figure as a data URI, so the report needs no files beside it."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


# ---------------------------------------------------------------------------------------------- collect: market


def collect_market(cfg: AppConfig, tag: str) -> dict[str, Any]:
    """Everything the report says about one market; problems are collected in ``problems``, never raised."""
    m: dict[str, Any] = {"tag": tag, "problems": []}
    p = m["problems"]
    m["name"] = attempt(p, "locale file", lambda: load_locale(Path(cfg.paths.locales) / tag / "locale.yaml"))
    m["policy"] = {a: tracking.alias_info(registry_name(tag, "policy"), a) for a in ALIASES}
    m["reward"] = {a: tracking.alias_info(registry_name(tag, "reward"), a) for a in ALIASES}
    champion, reward_champion = m["policy"]["champion"], m["reward"]["champion"]
    if champion is None:
        p.append(
            f"no policy champion: registered model {registry_name(tag, 'policy')} has no 'champion' alias "
            f"(run `culturalign pipeline locales=[{tag}]` or `culturalign evaluate locale={tag}`)"
        )
    m["manifest"] = attempt(p, "policy manifest", lambda: manifest_of(cfg, tag, "policy", champion))
    m["reward_manifest"] = attempt(p, "reward manifest", lambda: manifest_of(cfg, tag, "reward", reward_champion))
    m["train_run"] = attempt(p, "policy training run", lambda: training_run(champion))
    evaluations = attempt(p, "evaluation runs", lambda: find(cfg, kind="evaluation", locale=tag)) or []
    m["evaluation"] = attempt(p, "champion evaluation", lambda: evaluation_of(evaluations, champion))
    m["challenger_evaluation"] = attempt(
        p, "challenger evaluation", lambda: evaluation_of(evaluations, m["policy"]["challenger"], required=False)
    )
    m["previous"] = attempt(p, "previous champion", lambda: previous_champion(evaluations, m["evaluation"]))
    m["curves"] = attempt(p, "training curves", lambda: training_curves(m["train_run"]))
    m["samples"] = attempt(p, "sample generations", lambda: samples_of(tag, m["evaluation"], m["train_run"]))
    m["rules"] = attempt(p, "per-rule compliance", lambda: rule_compliance(cfg, tag, m["samples"]))
    m["gates"] = gates(cfg, m)
    m["checks"] = consistency_checks(cfg, m)
    return m


def training_run(champion: dict | None) -> dict | None:
    if champion is None:
        return None
    run = tracking.run_info(champion["run_id"]) if champion["run_id"] else None
    if run is None:
        raise LookupError(
            f"registry version {champion['version']} points at run {champion['run_id']}, not in the store"
        )
    return run


def find(cfg: AppConfig, **tags: str) -> list[dict]:
    return tracking.find_runs(cfg.tracking.experiment, tags)


def manifest_of(cfg: AppConfig, tag: str, kind: str, registered: dict | None) -> dict | None:
    """The adapter manifest behind a registry version: from the adapter store, else the copy logged to MLflow."""
    if registered is None:
        return None
    version = registered["adapter_version"]
    if version is None:
        raise LookupError(f"registry version {registered['version']} has no adapter_version tag")
    path = store.kind_dir(Path(cfg.paths.adapters), tag, kind) / str(version)
    if (path / store.MANIFEST).is_file():
        return json.loads((path / store.MANIFEST).read_text()) | {"_path": str(path)}
    logged = tracking.load_json_artifact(registered["run_id"], f"adapter/{store.MANIFEST}")
    return logged | {"_path": None, "_note": f"{path} is missing here; manifest read from the MLflow run"}


def evaluation_of(evaluations: list[dict], registered: dict | None, required: bool = True) -> dict | None:
    """The newest finished evaluation run of a registry version's adapter, with its gate.json."""
    if registered is None:
        return None
    version = str(registered["adapter_version"])
    mine = [r for r in evaluations if r["tags"].get("adapter_version") == version]
    if not mine:
        if required:
            raise LookupError(f"no finished evaluation run tagged adapter_version={version}")
        return None
    return mine[0] | {"gate": gate_json(mine[0]), "runs_of_version": len(mine)}


def gate_json(run: dict) -> dict:
    try:
        return tracking.load_json_artifact(run["run_id"], "gate.json")
    except Exception as exc:  # an evaluation without gate.json still has its metrics
        return {"_error": f"gate.json: {type(exc).__name__}: {exc}"}


def previous_champion(evaluations: list[dict], current: dict | None) -> dict | None:
    """The evaluation of the champion before this one.

    gate.json records the champion alias as it was when this version was evaluated; when that is empty (first
    champion, or alias set by hand), the newest earlier evaluation of another version that passed its gate is the
    one that last held the alias.
    """
    if current is None:
        return None
    mine = current["tags"].get("adapter_version")
    earlier = [r for r in evaluations if r["start_time"] < current["start_time"] and r["tags"].get("adapter_version")]
    recorded = current["gate"].get("previous_champion")
    if recorded is not None and str(recorded) != mine:
        found = [r for r in earlier if r["tags"]["adapter_version"] == str(recorded)]
        if found:
            return found[0] | {"gate": gate_json(found[0]), "how": "recorded in gate.json as the previous champion"}
    for run in (r for r in earlier if r["tags"]["adapter_version"] != mine):
        gate = gate_json(run)
        if gate.get("passed"):
            return run | {"gate": gate, "how": "newest earlier evaluation of another version that passed its gate"}
    return None


def training_curves(run: dict | None) -> dict[str, dict[str, list[tuple[int, float]]]] | None:
    """{panel: {metric: [(step, value)]}} from the policy training run's metric history."""
    if run is None:
        return None
    return {
        title: {k: h for k in keys if k in run["metrics"] and (h := tracking.metric_history(run["run_id"], k))}
        for title, keys, _ in CURVES
    }


def samples_of(tag: str, evaluation: dict | None, train_run: dict | None) -> dict | None:
    """Base vs adapter answers: the evaluation's table (with rewards), else the training run's few samples."""
    if evaluation is not None:
        try:
            rows = rows_of(tracking.load_json_artifact(evaluation["run_id"], f"samples_{tag}.json"))
            return {"rows": rows, "source": f"evaluation run {evaluation['run_id']} (samples_{tag}.json)"}
        except Exception:  # older evaluations logged no samples: fall through to the training run's
            pass
    if train_run is not None:
        rows = rows_of(tracking.load_json_artifact(train_run["run_id"], "samples.json"))
        return {"rows": rows, "source": f"policy training run {train_run['run_id']} (samples.json)"}
    return None


def rule_compliance(cfg: AppConfig, tag: str, samples: dict | None) -> dict | None:
    """Share of answers passing each rule of the market's policy, adapter vs base, recomputed from the samples.

    The evaluation logs only the overall compliance; the per-rule split tells the reviewer which rule moved.
    """
    if not samples:
        return None
    from culturalign.data.policies import features, load_policy

    spec = load_locale(Path(cfg.paths.locales) / tag / "locale.yaml")
    policy = load_policy(Path(cfg.paths.policies) / f"{spec.policy}.yaml")
    rows = samples["rows"]
    if not rows:
        return None
    per = {side: [features(policy, str(r.get(side, ""))) for r in rows] for side in ("adapter", "base")}
    keys = [k for k in per["adapter"][0] if k.startswith("ok_")] + ["repetition", "words"]
    means = {side: {k: sum(f[k] for f in fs) / len(fs) for k in keys} for side, fs in per.items()}
    return {"policy": spec.policy, "policy_sha": policy.sha256, "n": len(rows), "means": means}


# ------------------------------------------------------------------------------------------ collect: gates, checks


def check(name: str, ok: bool | None, detail: str) -> dict[str, Any]:
    """One row of a gate/check table; ok=None means it could not be decided (data missing)."""
    return {"name": name, "status": "n/a" if ok is None else "pass" if ok else "fail", "detail": detail}


def gates(cfg: AppConfig, m: dict) -> list[dict]:
    """The promotion gates with today's thresholds from the config (gate.json records only the outcome)."""
    metrics = (m["evaluation"] or {}).get("metrics", {})
    accuracy = ((m["reward_manifest"] or {}).get("metrics") or {}).get("accuracy")
    recorded = (m["evaluation"] or {}).get("gate", {}).get("passed")
    ev, rw = cfg.evaluation, cfg.reward
    return [
        threshold("Win rate vs base", metrics.get("win_rate"), ev.gate_win_rate),
        threshold("Length-controlled win rate", metrics.get("lc_win_rate"), ev.gate_lc_win_rate),
        threshold("Reward model test accuracy", accuracy, rw.gate_accuracy),
        check(
            "Gate outcome recorded at evaluation",
            recorded,
            "gate.json missing" if recorded is None else f"passed={recorded}",
        ),
    ]


def threshold(name: str, value: float | None, minimum: float) -> dict:
    if value is None:
        return check(f"{name} ≥ {minimum}", None, "not logged")
    return check(f"{name} ≥ {minimum}", value >= minimum, fmt(value))


def consistency_checks(cfg: AppConfig, m: dict) -> list[dict]:
    """Lineage that must agree across the registry, the manifests, the evaluation and the files on disk."""
    man, rman = m["manifest"] or {}, m["reward_manifest"] or {}
    champion, reward = m["policy"]["champion"] or {}, m["reward"]["champion"] or {}
    eval_base = (m["evaluation"] or {}).get("tags", {}).get("base_fingerprint")

    def same(a: Any, b: Any) -> bool | None:
        return None if a is None or b is None else a == b

    rm_used = man.get("reward_model_version")
    return [
        check("Adapter files match the manifest checksums", *verify_files(man)),
        check("Registry run id = manifest run id", same(champion.get("run_id"), man.get("mlflow_run_id")), ""),
        check("Evaluated on the policy's base", same(eval_base, man.get("base_fingerprint")), short(eval_base)),
        check(
            "Policy and reward model share a base", same(man.get("base_fingerprint"), rman.get("base_fingerprint")), ""
        ),
        check(
            "Policy trained against the reward champion",
            same(rm_used, reward.get("adapter_version")) if man.get("algo") != "dpo" else None,
            "dpo: no reward model in training" if man.get("algo") == "dpo" else f"used v{rm_used}",
        ),
        check("Policy file unchanged since training", *current_sha(cfg, m, "policy")),
        check("Locale data unchanged since training", *current_sha(cfg, m, "data")),
    ]


def verify_files(manifest: dict) -> tuple[bool | None, str]:
    if not manifest.get("_path"):
        return None, manifest.get("_note", "no adapter here")
    try:
        store.verify(Path(manifest["_path"]), manifest.get("base_fingerprint", ""))
        return True, manifest["_path"]
    except store.AdapterError as exc:
        return False, str(exc)


def current_sha(cfg: AppConfig, m: dict, what: str) -> tuple[bool | None, str]:
    """Does today's policy file / locale data hash to what the champion was trained on?"""
    man = m["manifest"] or {}
    trained = man.get(f"{what}_sha256")
    if trained is None:
        return None, "no manifest"
    try:
        if what == "policy":
            from culturalign.data.policies import load_policy

            spec = load_locale(Path(cfg.paths.locales) / m["tag"] / "locale.yaml")
            now = load_policy(Path(cfg.paths.policies) / f"{spec.policy}.yaml").sha256
        else:
            from culturalign.data.preferences import data_sha256

            now = data_sha256(Path(cfg.paths.locales) / m["tag"])
    except Exception as exc:  # a broken locale file is itself an audit finding
        return None, f"{type(exc).__name__}: {exc}"
    return now == trained, f"now {short(now)}, trained {short(trained)}"


def short(sha: str | None) -> str:
    return f"{sha[:12]}…" if sha else "—"


# ------------------------------------------------------------------------------------ collect: across the markets


def collect_cross_market(cfg: AppConfig, tags: list[str]) -> dict[str, Any]:
    """Newest reward-accuracy and generation-reward matrices, rebuilt from the logged metrics."""
    out: dict[str, Any] = {"problems": []}
    p = out["problems"]
    cross = (attempt(p, "cross-market runs", lambda: find(cfg, kind="cross-market")) or [None])[0]
    standalone = (attempt(p, "reward-matrix runs", lambda: find(cfg, kind="reward-matrix")) or [None])[0]
    candidates = [(r, prefix) for r, prefix in ((standalone, "acc_"), (cross, "pairs_acc_")) if r]
    accuracy_run, prefix = max(candidates, key=lambda c: c[0]["start_time"]) if candidates else (None, "")
    out["accuracy"] = matrix_from(accuracy_run, prefix, tags, p, "reward accuracy")
    out["generation"] = matrix_from(cross, "gen_reward_", tags, p, "generation reward")
    if accuracy_run is not None and accuracy_run is standalone:
        out["accuracy_versions"] = attempt(p, "reward_matrix.json", lambda: matrix_versions(standalone))
    return out


def matrix_from(run: dict | None, prefix: str, tags: list[str], problems: list[str], what: str) -> dict | None:
    """{row: {column: value}} over the requested markets the run covered; the gaps are reported."""
    if run is None:
        problems.append(f"{what} matrix: no finished run logged it (run `culturalign pipeline` or `reward matrix`)")
        return None
    covered = [t for t in tags if f"{prefix}{t}_on_{t}" in run["metrics"]]
    if set(covered) != set(tags):
        missing = ", ".join(t for t in tags if t not in covered)
        problems.append(f"{what} matrix: run {run['run_id']} did not cover {missing}")
    if not covered:
        return None
    values = {r: {c: run["metrics"].get(f"{prefix}{r}_on_{c}") for c in covered} for r in covered}
    return {"run_id": run["run_id"], "name": run["name"], "start_time": run["start_time"], "values": values}


def matrix_versions(run: dict) -> dict[str, str]:
    """Reward model versions the standalone matrix used ("en-US@2" in its table)."""
    rows = rows_of(tracking.load_json_artifact(run["run_id"], "reward_matrix.json"))
    return dict(str(r["reward_model"]).split("@", 1) for r in rows if "@" in str(r["reward_model"]))


def collect_human(cfg: AppConfig, tags: list[str]) -> dict[str, Any]:
    """Per-locale item and vote counts from the annotation database, if there is one."""
    path = Path(cfg.annotate.db)
    out: dict[str, Any] = {"path": str(path), "votes": {}, "items": {}, "message": None}
    if not path.is_file():
        out["message"] = f"no annotation database at {path} (collect votes with `culturalign annotate`)"
        return out
    try:
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
            out["items"] = dict(db.execute("SELECT locale, COUNT(*) FROM items GROUP BY locale").fetchall())
            out["votes"] = votes_by_locale(db)
            out["raters"] = db.execute("SELECT COUNT(*) FROM raters").fetchone()[0]
    except sqlite3.Error as exc:
        out["message"] = f"annotation database {path} could not be read: {exc}"
    return out


def votes_by_locale(db: sqlite3.Connection) -> dict[str, int]:
    """Votes may carry the locale themselves or only point at their item."""
    try:
        return dict(db.execute("SELECT locale, COUNT(*) FROM votes GROUP BY locale").fetchall())
    except sqlite3.OperationalError:
        query = "SELECT i.locale, COUNT(*) FROM votes v JOIN items i ON v.item_id = i.id GROUP BY i.locale"
        return dict(db.execute(query).fetchall())


def shared_samples(markets: list[dict]) -> dict[str, Any] | None:
    """The same prompts answered by the base and by every market's champion (evaluation sets overlap)."""
    with_rows = [m for m in markets if m.get("samples")]
    if len(with_rows) < 2:
        return None
    answers = {m["tag"]: {str(r["prompt"]): r for r in m["samples"]["rows"]} for m in with_rows}
    common = [p for p in answers[with_rows[0]["tag"]] if all(p in a for a in answers.values())][:SHARED_PROMPTS]
    if not common:
        return None
    first = answers[with_rows[0]["tag"]]
    return {
        "tags": list(answers),
        "rows": [
            {"prompt": p, "base": first[p].get("base")} | {t: answers[t][p].get("adapter") for t in answers}
            for p in common
        ],
    }


# ---------------------------------------------------------------------------------------------------------- plots


def heatmap(matrix: dict, title: str, label: str, bounded: bool) -> str:
    """A market-by-market heatmap as a data URI; accuracies on a fixed 0-1 scale, rewards centred on zero."""
    from matplotlib.figure import Figure

    values = matrix["values"]
    tags = list(values)
    grid = [[math.nan if values[r][c] is None else values[r][c] for c in tags] for r in tags]
    spread = max((abs(v) for row in grid for v in row if not math.isnan(v)), default=1.0) or 1.0
    vmin, vmax, cmap = (0.0, 1.0, "viridis") if bounded else (-spread, spread, "RdBu")
    fig = Figure(figsize=(1.0 * len(tags) + 2.2, 0.9 * len(tags) + 1.4))
    ax = fig.add_subplot()
    image = ax.imshow(grid, vmin=vmin, vmax=vmax, cmap=cmap)
    ax.set_xticks(range(len(tags)), tags)
    ax.set_yticks(range(len(tags)), tags)
    ax.set_xlabel("test pairs of market" if bounded else "answers of market's adapter")
    ax.set_ylabel("reward model of market")
    for i, row in enumerate(grid):
        for j, v in enumerate(row):
            dark = v < 0.6 if bounded else abs(v) > 0.6 * spread
            ax.text(j, i, fmt(v, 2), ha="center", va="center", color="white" if dark else "black")
    ax.set_title(title, fontsize=10)
    fig.colorbar(image, ax=ax, label=label)
    return png(fig)


def curves_plot(curves: dict[str, dict[str, list[tuple[int, float]]]], title: str) -> str:
    """Reward, KL and completion length over the training steps, one panel each."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(12, 3.1))
    for i, (panel, _, ylabel) in enumerate(CURVES):
        ax = fig.add_subplot(1, len(CURVES), i + 1)
        for key, points in curves.get(panel, {}).items():
            ax.plot([s for s, _ in points], [v for _, v in points], marker=".", label=key)
        if curves.get(panel):
            ax.legend(fontsize=7)
        else:
            ax.text(0.5, 0.5, "not logged by this run", ha="center", va="center", transform=ax.transAxes)
        ax.set_title(panel, fontsize=10)
        ax.set_xlabel("step")
        ax.set_ylabel(ylabel)
        ax.grid(alpha=0.3)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return png(fig)


# ----------------------------------------------------------------------------------------------------- review flags


def review_flags(m: dict, cross: dict) -> list[str]:
    """Heuristic findings a reviewer should look at; they inform the sign-off, they do not gate."""
    metrics = (m.get("evaluation") or {}).get("metrics", {})
    means = (m.get("rules") or {}).get("means", {})
    out = []
    rep, rep_base = means.get("adapter", {}).get("repetition"), means.get("base", {}).get("repetition")
    if rep is not None and rep_base is not None and rep >= rep_base + 0.1:
        out.append(f"Answers repeat themselves: {rep:.0%} of trigrams repeat (base {rep_base:.0%}). Read the samples.")
    words, base_words = metrics.get("mean_words"), metrics.get("base_mean_words")
    if words and base_words and words >= 1.25 * base_words:
        out.append(f"Answers are {words / base_words - 1:.0%} longer than the base's.")
    win, lc = metrics.get("win_rate"), metrics.get("lc_win_rate")
    if win is not None and lc is not None and win - lc >= 0.1:
        out.append(f"Win rate falls from {win:.3f} to {lc:.3f} once length is controlled: part of the win is length.")
    out += regressions(m, metrics)
    row = ((cross.get("generation") or {}).get("values") or {}).get(m["tag"])
    if row and m["tag"] in row and max(row, key=lambda c: -math.inf if row[c] is None else row[c]) != m["tag"]:
        out.append("This market's reward model does not score its own market's adapter highest (generation matrix).")
    return out


def regressions(m: dict, metrics: dict) -> list[str]:
    prev = m.get("previous")
    if not prev:
        return []
    before = prev.get("metrics", {})
    worse = [k for k in HIGHER_IS_BETTER if k in metrics and k in before and metrics[k] < before[k] - 0.01]
    if not worse:
        return []
    text = ", ".join(f"{k} {metrics[k] - before[k]:+.3f}" for k in worse)
    note = ""
    if before.get("n") != metrics.get("n"):
        note = f" (measured on {fmt(before.get('n'), 0)} vs {fmt(metrics.get('n'), 0)} prompts)"
    return [f"Worse than the previous champion v{prev['tags'].get('adapter_version')}: {text}{note}."]


# ----------------------------------------------------------------------------------------------------- render HTML

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2330;background:#f4f5f7}
main{max-width:1280px;margin:0 auto;padding:24px}
h1{margin:0 0 4px}h2{margin:22px 0 8px;border-bottom:2px solid #2b5797;padding-bottom:4px}
h3{margin:16px 0 6px;color:#2b5797;font-size:15px}
section.market,section.block{background:#fff;border:1px solid #d8dce3;border-radius:6px;padding:6px 20px 16px;
margin:20px 0}
table{border-collapse:collapse;margin:4px 0 8px;font-size:13px}
th,td{border:1px solid #d8dce3;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#eef1f6}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.text{white-space:pre-wrap;overflow-wrap:anywhere;max-width:380px;font-size:12px}
.pass{background:#d8f0dc;color:#14532d;font-weight:600}.fail{background:#fbdada;color:#7f1d1d;font-weight:600}
.na{background:#eceff3;color:#555}.better{color:#166534}.worse{color:#b91c1c;font-weight:600}
.badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px}
.verdict{padding:8px 12px;border-radius:4px;margin:8px 0;font-size:15px}
.problem{background:#fff6d6;border-left:4px solid #e0a800;padding:5px 10px;margin:5px 0}
.flag{background:#fdecec;border-left:4px solid #c0392b;padding:5px 10px;margin:5px 0}
.meta{color:#5b6475;font-size:12px;margin:2px 0 6px}code{font-size:12px}
img{max-width:100%;height:auto}figure{margin:0}
.row{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:10px 32px;align-items:start}
.row>div{min-width:0}
.sign td{height:26px;min-width:360px}
ul.check{list-style:none;padding-left:4px;margin:4px 0}ul.check li:before{content:"\\2610  ";font-size:15px}
"""


def table(headers: list[str], rows: Iterable[list[Any]], classes: list[str] | None = None) -> str:
    """An HTML table; every cell is escaped unless it is Markup."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = ""
    for row in rows:
        cells = zip(row, classes or [""] * len(row), strict=False)
        body += "<tr>" + "".join(f'<td class="{c}">{esc(v)}</td>' if c else f"<td>{esc(v)}</td>" for v, c in cells)
        body += "</tr>"
    return f"<table><tr>{head}</tr>{body}</table>"


def side_by_side(*blocks: str) -> str:
    return '<div class="row">' + "".join(f"<div>{b}</div>" for b in blocks if b) + "</div>"


def badge(status: str) -> Markup:
    css = {"pass": "pass", "fail": "fail"}.get(status, "na")
    return Markup(f'<span class="badge {css}">{esc(status)}</span>')


def callouts(messages: list[str], css: str = "problem") -> str:
    return "".join(f'<div class="{css}">{esc(p)}</div>' for p in messages)


def status_of(items: list[dict]) -> str:
    states = {i["status"] for i in items}
    return "fail" if "fail" in states else "n/a" if "n/a" in states else "pass"


def render_html(report: dict) -> str:
    """The whole page: header, overview, cross-market view, one section per market."""
    parts = [render_header(report), render_overview(report), render_cross(report)]
    parts += [safely(render_market, m, report) for m in report["markets"]]
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>culturalign audit {esc(report['stamp'])}</title><style>{CSS}</style></head>"
        f"<body><main>{''.join(parts)}</main></body></html>"
    )


def safely(render: Callable[[dict, dict], str], market: dict, report: dict) -> str:
    """A market whose data has an unexpected shape still gets a section saying so."""
    try:
        return render(market, report)
    except Exception as exc:  # one odd market must not cost the others their sections
        message = f"could not render this market: {type(exc).__name__}: {exc}"
        market["problems"].append(message)
        head = f'<section class="market" id="{esc(slug(market["tag"]))}"><h2>{esc(market["tag"])}</h2>'
        return head + callouts(market["problems"]) + "</section>"


def render_header(report: dict) -> str:
    return (
        "<h1>culturalign audit report</h1>"
        f'<p class="meta">Generated {esc(report["generated"])} · MLflow store <code>{esc(report["uri"] or "none")}'
        f"</code> · experiment <code>{esc(report['experiment'])}</code> · markets "
        f"{esc(', '.join(m['tag'] for m in report['markets']))} · report code at git {esc(report['git'][:12])}</p>"
        + callouts([report["store_problem"]] if report["store_problem"] else [])
    )


def render_overview(report: dict) -> str:
    rows = [overview_row(m, report) for m in report["markets"]]
    headers = ["market", "policy champion", "challenger", "reward champion", "win rate", "LC win", "KL", "gates"]
    headers += ["flags", "votes", "problems"]
    classes = ["", "", "", "", "num", "num", "num", "", "num", "num", "num"]
    return (
        '<section class="block"><h2>At a glance</h2>'
        + table(headers, rows, classes)
        + '<p class="meta">Versions are adapter versions (adapters/&lt;tag&gt;/&lt;kind&gt;/&lt;version&gt;), '
        "registry versions in brackets. Flags are findings to review; gates decide promotion.</p></section>"
    )


def overview_row(m: dict, report: dict) -> list[Any]:
    policy, metrics = m.get("policy") or {}, (m.get("evaluation") or {}).get("metrics", {})
    return [
        Markup(f'<a href="#{esc(slug(m["tag"]))}">{esc(m["tag"])}</a>'),
        version_text(policy.get("champion")),
        version_text(policy.get("challenger")),
        version_text((m.get("reward") or {}).get("champion")),
        fmt(metrics.get("win_rate")),
        fmt(metrics.get("lc_win_rate")),
        fmt(metrics.get("kl_to_base"), 4),
        badge(status_of(m["gates"])) if m.get("gates") else "—",
        len(m.get("flags", [])),
        report["human"]["votes"].get(m["tag"], 0),
        len(m["problems"]),
    ]


def version_text(registered: dict | None) -> str:
    if not registered:
        return "none"
    return f"v{registered['adapter_version']} [registry {registered['version']}]"


def render_cross(report: dict) -> str:
    cross, plots = report["cross"], []
    if cross.get("accuracy"):
        versions = cross.get("accuracy_versions") or {}
        note = ", ".join(f"{t}@{v}" for t, v in versions.items())
        plots.append(figure(cross["accuracy"], "Reward accuracy on each market's test pairs", "accuracy", True, note))
    if cross.get("generation"):
        title = "Mean reward of each market's adapter's answers"
        plots.append(figure(cross["generation"], title, "mean reward", False, ""))
    return (
        '<section class="block" id="cross-market"><h2>Across markets</h2>'
        '<p class="meta">Rows: the market whose reward model scores. Each reward model should score its own market '
        "highest (the diagonal).</p>"
        f"{callouts(cross['problems'])}{side_by_side(*plots)}{render_shared(report.get('shared'))}</section>"
    )


def figure(matrix: dict, title: str, label: str, bounded: bool, note: str) -> str:
    diagonal = all(
        max(row, key=lambda c: -math.inf if row[c] is None else row[c]) == r for r, row in matrix["values"].items()
    )
    caption = (
        f"run {matrix['name']} {matrix['run_id'][:8]}, {when(matrix['start_time'])}; own market highest in "
        f"every row: {'yes' if diagonal else 'NO'}" + (f"; reward models {note}" if note else "")
    )
    src = heatmap(matrix, title, label, bounded)
    return f'<figure><img alt="{esc(title)}" src="{src}"><figcaption class="meta">{esc(caption)}</figcaption></figure>'


def render_shared(shared: dict | None) -> str:
    if not shared:
        return ""
    headers = ["prompt", "base"] + [f"{t} champion" for t in shared["tags"]]
    rows = [[r["prompt"], r["base"]] + [r[t] for t in shared["tags"]] for r in shared["rows"]]
    return (
        "<h3>Same prompt, every market</h3>"
        + table(headers, rows, ["text"] * len(headers))
        + '<p class="meta">Greedy answers logged by each market\'s champion evaluation (the base answer from the '
        "first market's).</p>"
    )


def render_market(m: dict, report: dict) -> str:
    """One market's section, what decides first, the evidence next, the sign-off last."""
    title = f"{m['tag']} — {m['name'].name}" if m.get("name") else m["tag"]
    parts = [f'<section class="market" id="{esc(slug(m["tag"]))}"><h2>{esc(title)}</h2>', render_verdict(m)]
    parts += [callouts(m["problems"]), callouts(m.get("flags", []), "flag")]
    if m.get("gates") is not None:
        parts += [side_by_side(render_gates(m), render_checks(m)), side_by_side(render_metrics(m), render_rules(m))]
        parts += [
            render_samples(m),
            render_curves(m),
            side_by_side(render_registry(m), render_human(m, report["human"])),
        ]
        parts += [side_by_side(render_lineage(m), render_config(m))]
    else:
        parts += [render_registry(m), render_human(m, report["human"])]
    parts += [render_signoff(m), "</section>"]
    return "".join(parts)


def render_verdict(m: dict) -> str:
    champion = (m.get("policy") or {}).get("champion")
    if not champion or m.get("gates") is None:
        return '<div class="verdict fail">No policy champion to audit in this market.</div>'
    gates, checks = m["gates"], m.get("checks", [])
    algo = champion["tags"].get("algo", "")
    passed = sum(c["status"] == "pass" for c in checks)
    text = (
        f"Policy champion v{champion['adapter_version']} {algo} · gates {status_of(gates)} · lineage checks "
        f"{passed}/{len(checks)} pass · {len(m.get('flags', []))} flag(s) · {len(m['problems'])} problem(s)"
    )
    css = {"pass": "pass", "fail": "fail"}.get(status_of(gates + checks), "na")
    return f'<div class="verdict {css}">{esc(text)}</div>'


def render_registry(m: dict) -> str:
    rows = []
    for kind in ("policy", "reward"):
        for alias in ALIASES:
            r = (m.get(kind) or {}).get(alias)
            rows.append([kind, alias] + (["none", "—", "—", "—"] if r is None else registry_row(r)))
    note = ""
    if chall := m.get("challenger_evaluation"):
        metrics = chall.get("metrics", {})
        note = (
            f"Challenger evaluated {when(chall['start_time'])}: win rate {fmt(metrics.get('win_rate'))}, "
            f"LC win {fmt(metrics.get('lc_win_rate'))}, gate passed: {fmt(chall['gate'].get('passed'))}."
        )
    headers = ["kind", "alias", "adapter", "registry", "training run", "registered"]
    return "<h3>Registry</h3>" + table(headers, rows) + f'<p class="meta">{esc(note)}</p>'


def registry_row(r: dict) -> list[Any]:
    extra = f" ({r['tags']['algo']})" if r["tags"].get("algo") else ""
    return [f"v{r['adapter_version']}{extra}", r["version"], (r["run_id"] or "—")[:12], when(r["created"])]


def render_gates(m: dict) -> str:
    rows = [[g["name"], badge(g["status"]), g["detail"]] for g in m["gates"]]
    return "<h3>Gates</h3>" + table(["gate (thresholds from today's config)", "result", "value"], rows)


def render_checks(m: dict) -> str:
    rows = [[c["name"], badge(c["status"]), c["detail"]] for c in m["checks"]]
    return "<h3>Lineage checks</h3>" + table(["check", "result", "detail"], rows)


def render_metrics(m: dict) -> str:
    ev, prev = m.get("evaluation"), m.get("previous")
    if not ev:
        return "<h3>Evaluation</h3>" + callouts(["no evaluation of the champion to show"])
    current, before = ev.get("metrics", {}), (prev or {}).get("metrics", {})
    rows = [metric_row(spec, current, before) for spec in EVAL_METRICS]
    known = {s[0] for s in EVAL_METRICS} | {s[2] for s in EVAL_METRICS if isinstance(s[2], str)}
    rows += [[k, fmt(v), "—", "—", "—", "—"] for k, v in sorted(current.items()) if k not in known]
    prev_name = f"prev. champion v{prev['tags']['adapter_version']}" if prev else "prev. champion"
    headers = ["metric", "champion", "base", "Δ base", prev_name, "Δ prev."]
    caption = f"Run {ev['run_id']}, {when(ev['start_time'])} ({ev['runs_of_version']} evaluation(s) of this version)"
    caption += (
        f". Previous champion: run {prev['run_id']}, {prev['how']}"
        if prev
        else ". Previous champion: none (no earlier evaluation of another version passed its gate)"
    )
    if prev and before.get("n") != current.get("n"):
        caption += f"; it was evaluated on {fmt(before.get('n'), 0)} prompts, this one on {fmt(current.get('n'), 0)}"
    caption += ". The base scores 0.5 win rate, 0 reward gain and 0 KL against itself."
    classes = ["", "num", "num", "num", "num", "num"]
    return "<h3>Evaluation</h3>" + table(headers, rows, classes) + f'<p class="meta">{esc(caption)}</p>'


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
    return Markup(f'<span class="{"better" if a > b else "worse"}">{esc(text)}</span>')


def render_rules(m: dict) -> str:
    rules, metrics = m.get("rules"), (m.get("evaluation") or {}).get("metrics", {})
    logged = ["all rule checks (logged)", fmt(metrics.get("compliance")), fmt(metrics.get("base_compliance"))]
    rows, note = [logged], ""
    if rules and rules["means"]:
        means = rules["means"]
        rows += [[RULE_LABELS.get(k, k), fmt(means["adapter"][k]), fmt(means["base"][k])] for k in means["adapter"]]
        rows[-2][0], rows[-1][0] = "repeated trigrams (share, lower is better)", "words (mean)"
        note = (
            f"Per rule: share of the {rules['n']} logged samples that pass, recomputed with policies/"
            f"{rules['policy']}.yaml (sha {short(rules['policy_sha'])})."
        )
    table_html = table(["policy rule", "champion", "base"], rows, ["", "num", "num"])
    return "<h3>Policy compliance</h3>" + table_html + f'<p class="meta">{esc(note)}</p>'


def render_samples(m: dict) -> str:
    samples = m.get("samples")
    if not samples:
        return "<h3>Sample generations</h3>" + callouts(["no logged samples for this market"])
    rows = [
        [r.get("prompt"), r.get("base"), r.get("adapter"), fmt(r.get("reward_base")), fmt(r.get("reward_adapter"))]
        for r in samples["rows"][:SAMPLES_PER_MARKET]
    ]
    headers = ["prompt", "base", "champion adapter", "reward (base)", "reward (adapter)"]
    return (
        "<h3>Sample generations</h3>"
        + table(headers, rows, ["text", "text", "text", "num", "num"])
        + f'<p class="meta">First {SAMPLES_PER_MARKET} of {len(samples["rows"])} from {esc(samples["source"])}; '
        "rewards by this market's reward model.</p>"
    )


def render_curves(m: dict) -> str:
    curves, run = m.get("curves"), m.get("train_run")
    if not curves or not any(curves.values()):
        return "<h3>Training curves</h3>" + callouts(["no reward/KL/length history in the policy training run"])
    src = curves_plot(curves, f"{run['name']} ({run['run_id'][:8]})")
    return f'<h3>Training curves</h3><img alt="training curves {esc(m["tag"])}" src="{src}">'


def render_lineage(m: dict) -> str:
    man, run = m.get("manifest") or {}, m.get("train_run") or {}
    rows = [
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
    return "<h3>Lineage</h3>" + table(["field", "value"], rows, ["", "text"])


def render_config(m: dict) -> str:
    config = (m.get("manifest") or {}).get("config") or {}
    rl = config.get("rl") or {}
    rows = [[k, json.dumps(v)] for k, v in rl.items()]
    return (
        "<h3>Training config (rl)</h3>"
        + table(["key", "value"], rows)
        + "<details><summary>Full training config (manifest)</summary><pre>"
        + esc(json.dumps(config, indent=2, sort_keys=True))
        + "</pre></details>"
    )


def render_human(m: dict, human: dict) -> str:
    head = "<h3>Human evaluation</h3>"
    if human["message"]:
        return head + f'<p class="meta">{esc(human["message"])}</p>'
    items, votes = human["items"].get(m["tag"], 0), human["votes"].get(m["tag"], 0)
    rows = [["items", items], ["votes", votes], ["raters (all markets)", human.get("raters", "—")]]
    return head + table(["", "count"], rows, ["", "num"]) + f'<p class="meta">From {esc(human["path"])}.</p>'


def render_signoff(m: dict) -> str:
    gates = m.get("gates") or []
    summary = "; ".join(f"{g['name']}: {g['status']}" for g in gates) or "no gates could be evaluated"
    checklist = "".join(f"<li>{esc(item)}</li>" for item in CHECKLIST)
    fields = ("Reviewer name", "Date", "Decision (approve / reject / approve with conditions)", "Notes")
    rows = "".join(f"<tr><th>{esc(f)}</th><td></td></tr>" for f in fields)
    return (
        f'<h3>Sign-off: {esc(m["tag"])}</h3><ul class="check">{checklist}</ul>'
        f'<p class="meta">Gate results: {esc(summary)}.</p><table class="sign">{rows}</table>'
    )


# ------------------------------------------------------------------------------------------------- render Markdown


def render_markdown(report: dict) -> str:
    """A short text summary for a pull request or a ticket; index.html has the evidence."""
    lines = [f"# culturalign audit {report['stamp']}", "", f"MLflow store: `{report['uri'] or 'none'}`", ""]
    lines += ["| market | policy champion | challenger | win rate | LC win | KL | gates | flags | problems |"]
    lines += ["|---|---|---|---|---|---|---|---|---|"]
    for m in report["markets"]:
        pol, metrics = m.get("policy") or {}, (m.get("evaluation") or {}).get("metrics", {})
        cells = [
            m["tag"],
            version_text(pol.get("champion")),
            version_text(pol.get("challenger")),
            fmt(metrics.get("win_rate")),
            fmt(metrics.get("lc_win_rate")),
            fmt(metrics.get("kl_to_base"), 4),
            status_of(m["gates"]) if m.get("gates") else "n/a",
            str(len(m.get("flags", []))),
            str(len(m["problems"])),
        ]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    for m in report["markets"]:
        lines += [f"\n## {m['tag']}"]
        lines += [f"- {g['name']}: **{g['status']}** ({g['detail']})" for g in m.get("gates") or []]
        lines += [f"- flag: {f}" for f in m.get("flags", [])] + [f"- problem: {p}" for p in m["problems"]]
    lines += ["\n## Across markets"] + [f"- problem: {p}" for p in report["cross"]["problems"]]
    lines += ["- matrices, samples, curves and sign-off: index.html"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------------------------ main


def parse_tags(raw: list[str]) -> tuple[list[str], list[str]]:
    """(canonical tags, inputs that are not tags); bad tags get a section with the error, not a crash."""
    good, bad = [], []
    for tag in raw:
        try:
            good.append(canonical(tag))
        except LocaleError:
            bad.append(str(tag))
    return list(dict.fromkeys(good)), bad


def store_problem(cfg: AppConfig, uri: str | None) -> str | None:
    if uri is not None:
        return None
    if not cfg.tracking.enabled:
        return "tracking is disabled (tracking.enabled=false): there is nothing to audit"
    return "no MLflow store found (set tracking.uri or MLFLOW_TRACKING_URI, or run `culturalign pipeline` first)"


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


def collect_safely(cfg: AppConfig, tag: str, uri: str | None) -> dict[str, Any]:
    """A market whose collection fails outright (store unreadable) still gets a section with the reason."""
    if uri is None:
        return {"tag": tag, "problems": ["no MLflow store to read (see the top of the report)"]}
    try:
        return collect_market(cfg, tag)
    except Exception as exc:  # e.g. a locked or corrupt database: report it for this market and go on
        return {"tag": tag, "problems": [f"could not read MLflow for this market: {type(exc).__name__}: {exc}"]}


def main(cfg: AppConfig) -> int:
    """Collect every market's facts, render them, write the report; 0 once a report is on disk."""
    now = datetime.now(UTC)
    uri = tracking.open_store(cfg.tracking)
    tags, bad = parse_tags(cfg.locales)
    markets = [collect_safely(cfg, t, uri) for t in tags]
    markets += [{"tag": t, "problems": [f"{t!r} is not a BCP 47 locale tag (like en-JP)"]} for t in bad]
    report = {
        "stamp": now.strftime("%Y%m%dT%H%M%SZ"),
        "generated": now.strftime("%Y-%m-%d %H:%M:%S UTC"),
        "uri": uri,
        "experiment": cfg.tracking.experiment,
        "git": tracking.git_commit(),
        "store_problem": store_problem(cfg, uri),
        "markets": markets,
        "cross": collect_cross_market(cfg, tags) if uri else {"problems": []},
        "human": collect_human(cfg, tags),
        "shared": shared_samples(markets),
    }
    for m in markets:
        m["flags"] = attempt(m["problems"], "review flags", lambda m=m: review_flags(m, report["cross"])) or []
    page = render_html(report)  # before the problems are printed: rendering can add some
    for m in markets:
        for problem in m["problems"]:
            print(f"culturalign audit [{m['tag']}]: {problem}", file=sys.stderr)
    for problem in report["cross"]["problems"] + [report["store_problem"] or ""]:
        if problem:
            print(f"culturalign audit: {problem}", file=sys.stderr)
    try:
        path = write_report(cfg, report["stamp"], page, render_markdown(report))
    except OSError as exc:
        print(f"culturalign audit: could not write the report: {exc}", file=sys.stderr)
        return 1
    print(path / "index.html")
    return 0
