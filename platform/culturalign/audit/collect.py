"""What the audit report says, collected into one plain dict; ``audit.render`` turns it into pages.

Reads the MLflow registry (aliases ``champion``/``challenger``), the training, evaluation and cross-market runs
(metrics, metric histories, JSON artifacts), the adapter manifests and, if it exists, the annotation store (read
only, through ``annotate.store``). The gates are those of ``judge.gates``, with today's thresholds applied to the
logged metrics, so the audit and the evaluation judge a champion by the same rules. Nothing here trains or loads a
model, and nothing here writes HTML.

Bad input never stops the report: a missing run, alias, manifest or artifact becomes a message in that market's
``problems`` (``attempt``), and the rest is still collected.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from culturalign.core import registry, store, tracking
from culturalign.core.config import AppConfig
from culturalign.core.locales import LocaleError, canonical, load_locale
from culturalign.core.registry import registry_name
from culturalign.judge.gates import GateResult, policy_gates, reward_gates

T = TypeVar("T")
ALIASES = ("champion", "challenger")
SHARED_PROMPTS = 3
# Metrics where a drop against the previous champion is a regression a reviewer must explain.
HIGHER_IS_BETTER = ("win_rate", "lc_win_rate", "reward_delta", "compliance", "chrf")
# Panels of the training-curve plot: title, metric names tried (TRL's names with "/" logged as "_"), y label.
CURVES: list[tuple[str, list[str], str]] = [
    ("Reward", ["reward", "rewards_reward_model_mean", "rewards_policy_rules_mean", "rewards_margins"], "reward"),
    ("KL to reference", ["kl"], "KL"),
    ("Completion length", ["completions_mean_length"], "tokens"),
]

# ------------------------------------------------------------------------------------------------------- helpers


def attempt(problems: list[str], what: str, step: Callable[[], T]) -> T | None:
    """Run one collection step; a failure becomes a message in the report instead of ending it."""
    try:
        return step()
    except Exception as exc:  # store, artifact and parse failures of one piece must not stop the others
        problems.append(f"{what}: {type(exc).__name__}: {exc}")
        return None


def fmt(value: Any, digits: int = 3) -> str:
    """Numbers the way a reviewer reads them: floats to ``digits`` places, integers as integers, missing as a dash."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def short(sha: str | None) -> str:
    return f"{sha[:12]}…" if sha else "—"


def rows_of(table: Any) -> list[dict]:
    """``mlflow.log_table`` JSON ({columns, data}) as a list of dicts."""
    return [dict(zip(table["columns"], row, strict=True)) for row in table["data"]]


def find(cfg: AppConfig, **tags: str) -> list[dict]:
    return tracking.find_runs(cfg.tracking.experiment, tags)


# ------------------------------------------------------------------------------------------------------- market


def collect_market(cfg: AppConfig, tag: str) -> dict[str, Any]:
    """Everything the report says about one market; problems are collected in ``problems``, never raised."""
    m: dict[str, Any] = {"tag": tag, "problems": []}
    p = m["problems"]
    m["name"] = attempt(p, "locale file", lambda: load_locale(Path(cfg.paths.locales) / tag / "locale.yaml"))
    m["policy"] = {a: tracking.alias_info(registry_name(tag, "policy"), a) for a in ALIASES}
    m["reward"] = {a: tracking.alias_info(registry_name(tag, "reward"), a) for a in ALIASES}
    # Without a champion the newest challenger is audited: a variant that failed its gates is still reviewed.
    champion = m["policy"]["champion"] or m["policy"]["challenger"]
    reward_champion = m["reward"]["champion"] or m["reward"]["challenger"]
    m["subject"] = None if champion is None else "champion" if m["policy"]["champion"] else "challenger"
    if m["policy"]["champion"] is None:
        p.append(
            f"no policy champion: registered model {registry_name(tag, 'policy')} has no 'champion' alias "
            f"(run `culturalign pipeline locales=[{tag}]` or `culturalign evaluate locale={tag}`)"
            + ("; the challenger is audited instead" if champion else "")
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
    if not samples or not samples["rows"]:
        return None
    from culturalign.data.policies import features, load_policy

    spec = load_locale(Path(cfg.paths.locales) / tag / "locale.yaml")
    policy = load_policy(Path(cfg.paths.policies) / f"{spec.policy}.yaml")
    rows = samples["rows"]
    per = {side: [features(policy, str(r.get(side, ""))) for r in rows] for side in ("adapter", "base")}
    keys = [k for k in per["adapter"][0] if k.startswith("ok_")] + ["repetition", "words"]
    means = {side: {k: sum(f[k] for f in fs) / len(fs) for k in keys} for side, fs in per.items()}
    return {"policy": spec.policy, "policy_sha": policy.sha256, "n": len(rows), "means": means}


# ------------------------------------------------------------------------------------------------ gates, checks


def check(name: str, ok: bool | None, detail: str) -> dict[str, Any]:
    """One row of a gate/check table; ok=None means it could not be decided (data missing)."""
    return {"name": name, "status": "n/a" if ok is None else "pass" if ok else "fail", "detail": detail}


def gates(cfg: AppConfig, m: dict) -> list[dict]:
    """The promotion gates of ``judge.gates`` with today's thresholds on the logged metrics, then gate.json's verdict.

    gate.json records the outcome under the thresholds of the day it ran; recomputing shows whether the champion
    still passes today's, and any gate added since (the repetition gate, say) is shown for old champions too.
    """
    metrics = (m["evaluation"] or {}).get("metrics", {})
    reward = m["reward_manifest"] or {}
    # The reward test report ("bench": per pair type, length bias); a manifest from before it has only metrics.
    reward_report = reward.get("bench") or reward.get("metrics") or {}
    results = policy_gates(metrics, cfg.evaluation) + reward_gates(reward_report, cfg.reward)
    recorded = (m["evaluation"] or {}).get("gate", {}).get("passed")
    verdict = check(
        "Gate outcome recorded at evaluation",
        recorded,
        "gate.json missing" if recorded is None else f"passed={recorded}",
    )
    return [gate_row(g) for g in results] + [verdict | {"key": "recorded"}]


def gate_row(gate: GateResult) -> dict[str, Any]:
    """A gate as the report shows it: its outcome as judge.gates decided it, the value and why."""
    if gate.value is None:  # not logged (undecided), or a gate that does not apply (passed)
        return check(gate.name, gate.passed, gate.detail) | {"key": gate.key}
    detail = fmt(gate.value) + (f" ({gate.detail})" if gate.detail else "")
    return check(gate.name, gate.passed, detail) | {"key": gate.key}


def consistency_checks(cfg: AppConfig, m: dict) -> list[dict]:
    """Lineage that must agree across the registry, the manifests, the evaluation and the files on disk."""
    man, rman = m["manifest"] or {}, m["reward_manifest"] or {}
    champion, reward = m["policy"]["champion"] or {}, m["reward"]["champion"] or {}
    eval_base = (m["evaluation"] or {}).get("tags", {}).get("base_fingerprint")

    def same(a: Any, b: Any) -> bool | None:
        return None if a is None or b is None else a == b

    rm_used = man.get("reward_model_version")
    return [
        check("Adapter files match the checksums recorded at registration", *verify_files(man)),
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
        # Against the registry's record, not only the manifest: a rewritten manifest must not pass.
        registry.verify(Path(manifest["_path"]), manifest.get("base_fingerprint", ""))
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


# ------------------------------------------------------------------------------------------- across the markets


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


def collect_human(cfg: AppConfig) -> dict[str, Any]:
    """Per-locale items, votes, raters and agreement from the annotation store (read only), if there is one."""
    from culturalign.annotate.store import connect_readonly, db_path, locale_stats, rater_votes

    path = db_path(cfg)
    out: dict[str, Any] = {"path": str(path), "locales": {}, "raters": None, "message": None}
    if not path.is_file():
        out["message"] = f"no annotation database at {path} (collect votes with `culturalign annotate`)"
        return out
    try:
        with closing(connect_readonly(path)) as conn:
            out["locales"] = locale_stats(conn)
            out["raters"] = len(rater_votes(conn))
    except (sqlite3.Error, ValueError) as exc:  # not a database, an older schema, or votes no statistic accepts
        out["message"] = f"annotation database {path} could not be read: {exc}"
    return out


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


# ------------------------------------------------------------------------------------------------- review flags


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


# ------------------------------------------------------------------------------------------------------ report


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


def collect_safely(cfg: AppConfig, tag: str, uri: str | None) -> dict[str, Any]:
    """A market whose collection fails outright (store unreadable) still gets a section with the reason."""
    if uri is None:
        return {"tag": tag, "problems": ["no MLflow store to read (see the top of the report)"]}
    try:
        return collect_market(cfg, tag)
    except Exception as exc:  # e.g. a locked or corrupt database: report it for this market and go on
        return {"tag": tag, "problems": [f"could not read MLflow for this market: {type(exc).__name__}: {exc}"]}


def collect_report(cfg: AppConfig, now: datetime) -> dict[str, Any]:
    """The whole report as plain data: one entry per requested market, the cross-market view, the human votes."""
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
        "human": collect_human(cfg),
        "shared": shared_samples(markets),
    }
    for m in markets:
        m["flags"] = attempt(m["problems"], "review flags", lambda m=m: review_flags(m, report["cross"])) or []
    return report
