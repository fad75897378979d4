"""The main job (``make demo``): per locale validate data, train the reward model, train the policy adapter by RL,
evaluate and register; then the cross-market matrices and a summary.

    culturalign pipeline [locales=[en-US,en-JP]] [profile=quick|full] [rl=online_dpo|grpo|rloo|dpo] [force=true]

Each locale gets one parent MLflow run with a child run per stage. A training stage whose inputs (data sha, policy
sha, stage config, base fingerprint; for the policy also the reward model version) match its newest published
adapter is skipped unless ``force=true``.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from pathlib import Path

from culturalign.core import store, tracking
from culturalign.core.command import CommandError, Result
from culturalign.core.config import AppConfig, to_dict
from culturalign.core.files import atomic_write_text
from culturalign.core.locales import canonical
from culturalign.data.commands import validate_main
from culturalign.data.market import load_market
from culturalign.model.base import resolve


def say(message: str) -> None:
    """Progress of the job, as it happens (the result table comes back to cli at the end)."""
    print(message, file=sys.stderr, flush=True)


def stage_inputs(cfg: AppConfig, tag: str, kind: str, fingerprint: str) -> dict:
    """What a stage's output depends on; equal inputs mean the newest adapter is still current."""
    market = load_market(cfg.paths, tag)
    stage_cfg = {"reward": cfg.reward, "policy": cfg.rl}[kind]
    return {
        "data_sha256": market.data_sha256(),
        "policy_sha256": market.policy.sha256,
        "base_fingerprint": fingerprint,
        "config": to_dict(stage_cfg),
    }


def current_version(cfg: AppConfig, tag: str, kind: str, fingerprint: str) -> Path | None:
    """The newest adapter of this kind if it was built from exactly the current inputs."""
    root = Path(cfg.paths.adapters)
    available = store.versions(root, tag, kind)
    if not available:
        return None
    path = store.kind_dir(root, tag, kind) / str(available[-1])
    manifest = json.loads((path / store.MANIFEST).read_text())
    wanted = stage_inputs(cfg, tag, kind, fingerprint)
    config_key = {"reward": "reward", "policy": "rl"}[kind]
    built = {k: manifest.get(k) for k in ("data_sha256", "policy_sha256", "base_fingerprint")}
    built["config"] = manifest.get("config", {}).get(config_key)
    return path if built == wanted else None


def train_stage(cfg: AppConfig, tag: str, kind: str, fingerprint: str, reward_version: int | None = None) -> Path:
    """Train unless the newest adapter of this kind is current; return the adapter to use."""
    from culturalign.train import policy as policy_train
    from culturalign.train import reward

    path = None if cfg.force else current_version(cfg, tag, kind, fingerprint)
    if path is not None and kind == "policy":
        built_on = json.loads((path / store.MANIFEST).read_text()).get("reward_model_version")
        path = path if cfg.rl.algo == "dpo" or built_on == reward_version else None
    if path is not None:
        say(f"[{tag}] {kind} adapter v{path.name} is current (same data, policy, config, base): skipped")
        return path
    say(f"[{tag}] training {kind} adapter")
    {"reward": reward.train_main, "policy": policy_train.train_main}[kind](dataclasses.replace(cfg, locale=tag))
    return current_version(cfg, tag, kind, fingerprint)


def main(cfg: AppConfig) -> Result:
    """Every configured locale, then the cross-market matrices; with ``locale=<tag>`` (one multirun job) just it."""
    tags = [canonical(cfg.locale)] if cfg.locale else [canonical(t) for t in cfg.locales]
    say(f"== culturalign pipeline: {', '.join(tags)} (profile {cfg.profile.name})")
    # Only the markets this job trains: a market still being written (say, by `market new`) blocks nothing else.
    validations = [validate_main(dataclasses.replace(cfg, locale=tag)) for tag in tags]
    say("\n".join(line for v in validations for line in v.lines))
    if any(v.code for v in validations):
        raise CommandError("data validation failed: fix the problems above and run again")
    tracking.configure(cfg.tracking)
    base = resolve(cfg.model)
    started = time.time()
    for tag in tags:
        with tracking.run(f"pipeline-{tag}", {"locale": tag, "kind": "pipeline", "base_fingerprint": base.fingerprint}):
            row = run_locale(cfg, tag, base)
        row["minutes"] = (time.time() - started) / 60
        save_row(cfg, tag, row)
        started = time.time()
    if cfg.locale:  # one job of `pipeline -m locale=...`: the sweep's caller runs `finish` once all jobs are done
        return Result({"locale": tags[0]} | row)
    return finish(cfg, since=None)


def row_path(cfg: AppConfig, tag: str) -> Path:
    return Path(cfg.paths.adapters) / tag / "pipeline-summary.json"


def save_row(cfg: AppConfig, tag: str, row: dict) -> None:
    """One locale's summary row on disk, so a multirun's jobs (other processes) can be summarised together."""
    atomic_write_text(row_path(cfg, tag), json.dumps(row | {"finished": time.time()}))


def finish(cfg: AppConfig, since: float | None) -> Result:
    """Cross-market matrices over ``cfg.locales`` and the summary table (rows saved after ``since``)."""
    tags = [canonical(t) for t in cfg.locales]
    summary = {}
    for tag in tags:
        path = row_path(cfg, tag)
        row = json.loads(path.read_text()) if path.exists() else None
        if row is None or (since is not None and row["finished"] < since):
            raise CommandError(f"[{tag}] has no pipeline result from this run: see its job's log above")
        summary[tag] = row
    uri = tracking.configure(cfg.tracking)
    with tracking.run("cross-market", {"kind": "cross-market", "locales": ",".join(tags)}):
        matrices = cross_market(cfg, tags, resolve(cfg.model))
    # a failed gate is a result (the version stays `challenger`, the table says FAIL), not an error
    return Result({"summary": summary, "matrices": matrices}, summary_lines(summary, matrices, uri, cfg))


def run_locale(cfg: AppConfig, tag: str, base) -> dict:
    """Reward model, policy adapter, evaluation of one locale."""
    from culturalign.judge.evaluate import record_evaluation
    from culturalign.model.adapters import load_policy_model, load_reward_scorer

    reward_path = train_stage(cfg, tag, "reward", base.fingerprint)
    reward_manifest = json.loads((reward_path / store.MANIFEST).read_text())
    policy_path = train_stage(cfg, tag, "policy", base.fingerprint, int(reward_path.name))
    say(f"[{tag}] evaluating policy adapter v{policy_path.name} against the base")
    policy_model, tokenizer, _ = load_policy_model(cfg, base, [tag], {tag: policy_path.name}, with_sft=True)
    scorer, scorer_tok = load_reward_scorer(cfg, base, [tag])
    result = record_evaluation(cfg, tag, int(policy_path.name), base, policy_model, tokenizer, scorer, scorer_tok)
    bench = reward_manifest.get("bench") or {}
    return {
        "reward_version": int(reward_path.name),
        "reward_accuracy": reward_manifest["metrics"]["accuracy"],
        "reward_by_type": bench.get("by_type", {}),
        "reward_length_gap": (bench.get("length_bias") or {}).get("gap"),
        "reward_gate_passed": reward_manifest.get("gate", {}).get("passed"),
        "policy_version": int(policy_path.name),
    } | result


def cross_market(cfg: AppConfig, tags: list[str], base) -> dict:
    """Reward models on every market's test pairs, and on every market's adapter's generations."""
    from culturalign.judge.evaluate import generation_matrix
    from culturalign.judge.reward_eval import accuracy_matrix, heatmap
    from culturalign.model.adapters import load_policy_model, load_reward_scorer

    pairs, _ = accuracy_matrix(cfg, tags)
    policy_model, tokenizer, _ = load_policy_model(cfg, base, tags)
    scorer, scorer_tok = load_reward_scorer(cfg, base, tags)
    generations = generation_matrix(cfg, tags, policy_model, tokenizer, scorer, scorer_tok)
    tracking.log_metrics({f"pairs_acc_{r}_on_{d}": pairs[r][d] for r in tags for d in tags})
    tracking.log_metrics({f"gen_reward_{r}_on_{a}": generations["matrix"][r][a] for r in tags for a in tags})
    tracking.log_figure(heatmap(pairs, "Reward accuracy across markets' test pairs"), "reward_matrix.png")
    tracking.log_dict({"pairs": pairs, "generations": generations}, "cross_market.json")
    return {"pairs": pairs, "generations": generations}


COLUMNS = (  # (header, width, row -> value); None shows as "-"
    ("RM acc", 7, lambda r: r["reward_accuracy"]),
    ("content", 8, lambda r: r["reward_by_type"].get("content")),
    ("slip", 6, lambda r: r["reward_by_type"].get("slip")),
    ("len gap", 8, lambda r: r["reward_length_gap"]),
    ("win", 6, lambda r: r["win_rate"]),
    ("LC win", 7, lambda r: r["lc_win_rate"]),
    ("vs SFT", 7, lambda r: r.get("win_rate_vs_sft")),
    ("LC SFT", 7, lambda r: r.get("lc_win_rate_vs_sft")),
    ("degen", 6, lambda r: r.get("degenerate_rate")),
    ("base", 6, lambda r: r.get("base_degenerate_rate")),
    ("clipped", 8, lambda r: r.get("clipped_rate")),
)


def cell(value, width: int) -> str:
    return f"{value:{width}.3f}" if isinstance(value, (int, float)) else "-".rjust(width)


def summary_lines(summary: dict, matrices: dict, uri: str | None, cfg: AppConfig) -> list[str]:
    header = "locale  " + " ".join(f"{name:>{width}}" for name, width, _ in COLUMNS) + "    RM  policy  minutes"
    lines = ["\n" + header]
    for tag, r in summary.items():
        values = " ".join(cell(get(r), width) for _, width, get in COLUMNS)
        gates = f"{'pass' if r.get('reward_gate_passed') else 'FAIL':>5} {'pass' if r['gate_passed'] else 'FAIL':>7}"
        lines.append(f"{tag:<7} {values} {gates} {r['minutes']:8.1f}")
        lines += [f"        {note}" for note in r.get("notes", []) if note.startswith("RL adds nothing")]
    gen = matrices["generations"]
    tags = list(gen["matrix"])
    lines.append(
        f"\nMean reward of each market's adapter's answers ({gen['n_prompts']} pooled prompts); rows: reward model"
    )
    lines.append(" " * 8 + "".join(f"{t:>9}" for t in tags))
    for rm in tags:
        lines.append(f"{rm:<8}" + "".join(f"{gen['matrix'][rm][a]:9.3f}" for a in tags))
    lines.append(
        f"each reward model ranks its own market's adapter first: {gen['each_reward_model_ranks_own_adapter_first']}"
    )
    lines.append("\nWhere to look next:")
    if uri:
        lines.append(f"  mlflow ui --backend-store-uri {uri}      # runs, metrics, registry aliases")
    lines.append(f"  {Path(cfg.paths.adapters)}/<tag>/<reward|policy>/<version>/manifest.json   # lineage")
    lines.append('  culturalign chat locale=en-JP prompt="My order arrived damaged."             # talk to a market')
    lines.append("  culturalign generate locale=en-DE prompts=locales/en-DE/eval.jsonl out=de.jsonl")
    return lines
