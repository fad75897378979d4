"""Per-locale reward models: LoRA + score head on the shared base, trained with TRL's RewardTrainer.

    culturalign reward train locale=en-JP [resume=true]
    culturalign reward score locale=en-JP pairs=locales/en-JP/preferences.jsonl
    culturalign reward score locale=en-JP prompt="..." text="..."
    culturalign reward matrix

Training and scoring render (prompt, answer) with the base's chat template through one function,
``encode``, so the reward model is always scored in the text format it was trained on. Pairs are tokenized and
truncated here (TRL would drop over-long pairs instead), then handed to RewardTrainer pre-tokenized.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from culturalign.core import store, tracking
from culturalign.core.command import CommandError, Result
from culturalign.core.config import AppConfig, RewardConfig, to_dict
from culturalign.core.locales import canonical, load_locale
from culturalign.core.registry import champion_or_newest, registry_name
from culturalign.data.policies import load_policy
from culturalign.data.preferences import Report, data_sha256, load_split, read_jsonl
from culturalign.model.base import home, resolve
from culturalign.model.reward_model import (
    attach,
    encode_pairs,
    load_scorer_base,
    pair_metrics,
    scores,
    trained_max_length,
)

# ------------------------------------------------------------------------------------------------ model pieces


def lora_config(cfg: RewardConfig, num_layers: int):
    from peft import LoraConfig, TaskType

    # SEQ_CLS puts the new score head in modules_to_save: trained fully and saved with the adapter.
    top = min(cfg.lora_layers, num_layers)
    layers = list(range(num_layers - top, num_layers)) if top else None
    return LoraConfig(
        task_type=TaskType.SEQ_CLS,
        r=cfg.lora_r,
        lora_alpha=cfg.lora_alpha,
        lora_dropout=cfg.lora_dropout,
        target_modules=list(cfg.target_modules),
        layers_to_transform=layers,
    )


def trainer_args(cfg: RewardConfig, output_dir: Path):
    import torch
    from trl import RewardConfig as TRLRewardConfig

    on_cpu = not torch.cuda.is_available()
    return TRLRewardConfig(
        output_dir=str(output_dir),
        per_device_train_batch_size=cfg.batch_size,
        num_train_epochs=cfg.epochs,
        max_steps=cfg.max_steps,
        learning_rate=cfg.learning_rate,
        max_length=None,  # pairs arrive truncated by encode()
        bf16=cfg.bf16,
        use_cpu=on_cpu,
        gradient_checkpointing=cfg.gradient_checkpointing,
        train_sampling_strategy="group_by_length" if cfg.group_by_length else "random",
        length_column_name="length",
        remove_unused_columns=False,  # keep "length" for the sampler; the collator ignores it
        center_rewards_coefficient=cfg.center_rewards_coefficient,
        logging_steps=cfg.logging_steps,
        save_strategy="steps",
        save_steps=cfg.save_steps,
        save_total_limit=1,
        report_to="none",  # our tracking callback logs to MLflow
        dataloader_pin_memory=not on_cpu,
        disable_tqdm=False,
        seed=cfg.seed,
    )


# ----------------------------------------------------------------------------------------------------- commands


def train_main(cfg: AppConfig) -> Result:
    """Train, evaluate, publish and register locale's reward model."""
    import torch
    from datasets import Dataset
    from trl import RewardTrainer

    tag = canonical(cfg.locale or "")
    locale_path = Path(cfg.paths.locales) / tag
    spec = load_locale(locale_path / "locale.yaml")
    policy = load_policy(Path(cfg.paths.policies) / f"{spec.policy}.yaml")
    base = resolve(cfg.model)
    train_rows = load_split(locale_path, cfg.data.train_split)
    test_rows = load_split(locale_path, cfg.data.test_split)
    data_sha = data_sha256(locale_path)
    if cfg.reward.torch_threads:
        torch.set_num_threads(cfg.reward.torch_threads)
    work_dir = home() / "runs" / tag / "reward"
    if not cfg.resume and work_dir.exists():
        shutil.rmtree(work_dir)
    tracking.configure(cfg.tracking)
    tags = tracking.lineage_tags(tag, "reward", policy.sha256, data_sha, base.fingerprint, resumed=cfg.resume)
    started = time.perf_counter()
    with tracking.run(f"reward-{tag}", tags) as run_id:
        tracking.log_config(cfg)
        tracking.log_dataset(train_rows, f"{tag}-preferences-train", data_sha, str(locale_path), "training")
        tracking.log_dataset(test_rows, f"{tag}-preferences-test", data_sha, str(locale_path), "testing")

        model, tokenizer = load_scorer_base(base)
        train_set = Dataset.from_list(encode_pairs(tokenizer, train_rows, cfg.reward.max_length))
        trainer = RewardTrainer(
            model=model,
            args=trainer_args(cfg.reward, work_dir),
            train_dataset=train_set,
            processing_class=tokenizer,
            peft_config=lora_config(cfg.reward, model.config.num_hidden_layers),
            callbacks=[tracking.trainer_callback()],
        )
        has_checkpoint = any(work_dir.glob("checkpoint-*"))
        trainer.train(resume_from_checkpoint=True if cfg.resume and has_checkpoint else None)
        train_seconds = time.perf_counter() - started

        trainer.model.eval()
        metrics = pair_metrics(trainer.model, tokenizer, test_rows, cfg.reward.max_length, cfg.reward.bf16)
        metrics |= {"train_seconds": train_seconds, "train_pairs": len(train_rows)}
        passed = metrics["accuracy"] >= cfg.reward.gate_accuracy
        tracking.log_metrics({f"test_{k}": v for k, v in metrics.items()})

        manifest = store.lineage(base, data_sha, policy.sha256, to_dict(cfg), run_id) | {
            "metrics": metrics,
            "gate": {"accuracy_min": cfg.reward.gate_accuracy, "passed": passed},
            "max_length": cfg.reward.max_length,
        }
        path = store.publish(Path(cfg.paths.adapters), tag, "reward", trainer.model.save_pretrained, manifest)
        version = int(path.name)
        model_version = tracking.register(registry_name(tag), run_id, path, version, {"locale": tag})
        tracking.set_alias(registry_name(tag), "champion" if passed else "challenger", model_version)
    shutil.rmtree(work_dir, ignore_errors=True)
    return Result({"locale": tag, "version": version, "path": str(path), "gate_passed": passed} | metrics)


def score_main(cfg: AppConfig) -> Result:
    """Score a pairs file (accuracy, mean margin) or one answer with the locale's reward model."""
    if not cfg.locale or not (cfg.pairs or cfg.text):
        raise CommandError('needs locale=<tag> and pairs=<file> or text="..." prompt="..."', code=2)
    tag = canonical(cfg.locale)
    tracking.configure(cfg.tracking)
    base = resolve(cfg.model)
    try:
        path = champion_or_newest(cfg.paths.adapters, tag, "reward", cfg.version)
        model, tokenizer = load_scorer_base(base)
        model = attach(model, base, path, tag).eval()
    except store.AdapterError as exc:
        raise CommandError(str(exc)) from None
    max_length = trained_max_length(path)
    if cfg.text:
        reward = scores(model, tokenizer, [cfg.prompt or ""], [cfg.text], max_length, cfg.reward.bf16)[0]
        return Result({"locale": tag, "version": int(path.name), "reward": reward})
    report = Report()
    rows = [r for _, r in read_jsonl(Path(cfg.pairs), report) if {"prompt", "chosen", "rejected"} <= set(r)]
    if report.problems or not rows:
        raise CommandError("\n".join(map(str, report.problems)) or f"{cfg.pairs}: no prompt/chosen/rejected rows")
    metrics = pair_metrics(model, tokenizer, rows, max_length, cfg.reward.bf16)
    return Result({"locale": tag, "version": int(path.name)} | metrics)


def accuracy_matrix(cfg: AppConfig, tags: list[str]) -> tuple[dict[str, dict[str, float]], dict[str, int]]:
    """accuracy[reward model locale][data locale] on every locale's test pairs, one base in memory."""
    base = resolve(cfg.model)
    model, tokenizer = load_scorer_base(base)
    versions, lengths = {}, {}
    for tag in tags:
        path = champion_or_newest(cfg.paths.adapters, tag, "reward")
        model = attach(model, base, path, tag)
        versions[tag], lengths[tag] = int(path.name), trained_max_length(path)
    model.eval()
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
    """Every locale's reward model on every locale's test pairs; printed and logged to MLflow."""
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
