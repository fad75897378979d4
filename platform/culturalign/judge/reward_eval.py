"""Judging reward models: score answers, benchmark on preference pairs against shortcut baselines, compare markets.

    culturalign reward score locale=en-JP pairs=<file.jsonl> | prompt="..." text="..."
    culturalign reward bench locale=en-JP [pairs=<file.jsonl>]     # one JSON line: accuracy by type and flaw,
                                                                   # length bias, shortcut baselines beside it
    culturalign reward matrix                                      # every reward model on every market's test pairs

A benchmark reads each accuracy next to what ``longer wins``, ``shorter wins`` and a bag-of-words classifier
(trained on the market's train split) get on the same pairs (``data.stats``): a reward model that does not beat
them on a pair type has learned nothing a word list could not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from culturalign.core import store, tracking
from culturalign.core.command import CommandError, Result
from culturalign.core.config import AppConfig
from culturalign.core.locales import canonical
from culturalign.core.registry import champion_or_newest
from culturalign.data.market import UnknownMarket, load_market
from culturalign.data.preferences import Report, answer_text, load_split, read_jsonl
from culturalign.data.stats import bench
from culturalign.model.base import resolve
from culturalign.model.reward_model import load_reward_models, pair_metrics, scores, trained_max_length


def pair_margins(model, tokenizer, rows: list[dict], max_length: int, bf16: bool) -> list[float]:
    """score(chosen) - score(rejected) per pair."""
    prompts = [r["prompt"] for r in rows]
    chosen = scores(model, tokenizer, prompts, [answer_text(r["chosen"]) for r in rows], max_length, bf16)
    rejected = scores(model, tokenizer, prompts, [answer_text(r["rejected"]) for r in rows], max_length, bf16)
    return [c - r for c, r in zip(chosen, rejected, strict=True)]


def bench_pairs(model, tokenizer, rows: list[dict], train_rows: list[dict], max_length: int, bf16: bool) -> dict:
    """The reward model's bench report on ``rows`` (see ``data.stats.bench``)."""
    return bench(rows, pair_margins(model, tokenizer, rows, max_length, bf16), train_rows)


def load_reward_model(cfg: AppConfig, tag: str):
    """(scorer with the market's reward adapter, tokenizer, adapter dir): ``version=``, else champion, else newest."""
    base = resolve(cfg.model)
    try:
        path = champion_or_newest(cfg.paths.adapters, tag, "reward", cfg.version)
        model, tokenizer = load_reward_models(base, {tag: path})
        return model, tokenizer, path
    except store.AdapterError as exc:
        raise CommandError(str(exc)) from None


def read_pairs(path: Path) -> list[dict]:
    report = Report()
    rows = [r for _, r in read_jsonl(path, report) if {"prompt", "chosen", "rejected"} <= set(r)]
    if report.problems or not rows:
        raise CommandError("\n".join(map(str, report.problems)) or f"{path}: no prompt/chosen/rejected rows")
    return rows


def score_main(cfg: AppConfig) -> Result:
    """Score a pairs file (accuracy, mean margin) or one answer with the market's reward model."""
    if not cfg.locale or not (cfg.pairs or cfg.text):
        raise CommandError('needs locale=<tag> and pairs=<file> or text="..." prompt="..."', code=2)
    tag = canonical(cfg.locale)
    tracking.configure(cfg.tracking)
    model, tokenizer, path = load_reward_model(cfg, tag)
    max_length = trained_max_length(path)
    if cfg.text:
        reward = scores(model, tokenizer, [cfg.prompt or ""], [cfg.text], max_length, cfg.reward.bf16)[0]
        return Result({"locale": tag, "version": int(path.name), "reward": reward})
    metrics = pair_metrics(model, tokenizer, read_pairs(Path(cfg.pairs)), max_length, cfg.reward.bf16)
    return Result({"locale": tag, "version": int(path.name)} | metrics)


def bench_main(cfg: AppConfig) -> Result:
    """One JSON line: the reward model's accuracy by pair type and flaw, length bias, and the shortcut baselines."""
    if not cfg.locale:
        raise CommandError("needs locale=<tag> [pairs=<file.jsonl>]", code=2)
    try:
        market = load_market(cfg.paths, cfg.locale)
    except UnknownMarket as exc:
        raise CommandError(str(exc)) from None
    tracking.configure(cfg.tracking)
    rows = read_pairs(Path(cfg.pairs)) if cfg.pairs else load_split(market.dir, cfg.data.test_split)
    train_rows = load_split(market.dir, cfg.data.train_split)
    model, tokenizer, path = load_reward_model(cfg, market.tag)
    report = bench_pairs(model, tokenizer, rows, train_rows, trained_max_length(path), cfg.reward.bf16)
    source = str(cfg.pairs) if cfg.pairs else f"{market.tag} test split"
    return Result({"locale": market.tag, "version": int(path.name), "pairs": source} | report)


def accuracy_matrix(cfg: AppConfig, tags: list[str]) -> tuple[dict[str, dict[str, float]], dict[str, int]]:
    """accuracy[reward model market][data market] on every market's test pairs, one base in memory."""
    base = resolve(cfg.model)
    paths = {tag: champion_or_newest(cfg.paths.adapters, tag, "reward") for tag in tags}
    model, tokenizer = load_reward_models(base, paths)
    versions = {tag: int(path.name) for tag, path in paths.items()}
    lengths = {tag: trained_max_length(path) for tag, path in paths.items()}
    n = cfg.evaluation.matrix_pairs or None  # the diagonal on every pair is in each model's own training run
    tests = {t: load_split(Path(cfg.paths.locales) / t, cfg.data.test_split)[:n] for t in tags}
    matrix: dict[str, dict[str, float]] = {}
    for rm in tags:
        model.set_adapter(rm)
        matrix[rm] = {
            d: pair_metrics(model, tokenizer, tests[d], lengths[rm], cfg.reward.bf16)["accuracy"] for d in tags
        }
    return matrix, versions


def heatmap(matrix: dict[str, dict[str, float]], title: str):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    tags = list(matrix)
    values = [[matrix[r][d] for d in tags] for r in tags]
    fig, ax = plt.subplots(figsize=(1.6 * len(tags) + 2, 1.3 * len(tags) + 1.5))
    image = ax.imshow(values, vmin=0, vmax=1, cmap="viridis")
    ax.set_xticks(range(len(tags)), tags)
    ax.set_yticks(range(len(tags)), tags)
    ax.set_xlabel("test pairs of market")
    ax.set_ylabel("reward model of market")
    for i, row in enumerate(values):
        for j, v in enumerate(row):
            ax.text(j, i, f"{v:.2f}", ha="center", va="center", color="white" if v < 0.6 else "black")
    ax.set_title(title)
    fig.colorbar(image, ax=ax, label="accuracy")
    fig.tight_layout()
    return fig


def matrix_main(cfg: AppConfig) -> Result:
    """Every market's reward model on every market's test pairs; logged to MLflow."""
    tags = [canonical(t) for t in cfg.locales]
    tracking.configure(cfg.tracking)
    try:
        with tracking.run("reward-matrix", {"kind": "reward-matrix", "locales": ",".join(tags)}):
            matrix, versions = accuracy_matrix(cfg, tags)
            rows = [{"reward_model": f"{r}@{versions[r]}"} | matrix[r] for r in tags]
            tracking.log_table(rows, "reward_matrix.json")
            tracking.log_metrics({f"acc_{r}_on_{d}": matrix[r][d] for r in tags for d in tags})
            tracking.log_figure(heatmap(matrix, "Reward accuracy across markets"), "reward_matrix.png")
    except store.AdapterError as exc:
        raise CommandError(str(exc)) from None
    width = max(map(len, tags)) + 4
    lines = ["reward model \\ test pairs".ljust(width + 8) + "".join(t.rjust(9) for t in tags)]
    lines += [f"{r}@{versions[r]}".ljust(width + 8) + "".join(f"{matrix[r][d]:9.3f}" for d in tags) for r in tags]
    own_best = all(matrix[r][r] > max(matrix[r][d] for d in tags if d != r) for r in tags)
    return Result({"matrix": matrix, "versions": versions, "each_model_best_on_own_market": own_best}, lines)


def summary(report: dict[str, Any]) -> dict[str, float | None]:
    """The numbers the reward gates read from a bench report."""
    return {
        "accuracy": report["accuracy"],
        "content": report["by_type"].get("content"),
        "slip": report["by_type"].get("slip"),
        "length_gap": report["length_bias"]["gap"],
    }
