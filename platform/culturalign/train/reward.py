"""Per-market reward models: LoRA + score head on the shared base, trained with TRL's RewardTrainer.

    culturalign reward train locale=en-JP [resume=true]

Load the market's train and test pairs, tokenize them (``model.reward_model.encode``: the text format every later
scoring uses, with a max length that covers the market's longest pair unless set), train with TRL's RewardTrainer
while the frozen layers below the LoRA are computed once per distinct text (``model.trunk.cached_trunk``), bench
the model on the test split against the shortcut baselines, publish, register, and gate it (``judge.gates``).
"""

from __future__ import annotations

import contextlib
import random
import shutil
import time
from pathlib import Path

from culturalign.core import store, tracking
from culturalign.core.command import Result
from culturalign.core.config import AppConfig, RewardConfig, to_dict
from culturalign.core.files import home
from culturalign.core.registry import registry_name
from culturalign.data.market import load_market
from culturalign.data.preferences import load_split
from culturalign.data.stats import flat_metrics
from culturalign.judge.gates import all_passed, reward_gates
from culturalign.judge.reward_eval import bench_pairs
from culturalign.model.base import resolve
from culturalign.model.reward_model import Head, encode, encode_pairs, load_scorer_base, pool, upcast_trainable
from culturalign.model.trunk import cached_trunk

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
        per_device_train_batch_size=cfg.micro_batch_size or cfg.batch_size,
        gradient_accumulation_steps=cfg.batch_size // (cfg.micro_batch_size or cfg.batch_size),
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
    """Train, bench, publish and register the market's reward model."""
    import torch
    from datasets import Dataset
    from transformers import set_seed
    from trl import RewardTrainer

    market = load_market(cfg.paths, cfg.locale or "")
    base = resolve(cfg.model)
    train_rows = sample_pairs(
        load_split(market.dir, cfg.data.train_split),
        cfg.reward.max_train_pairs,
        cfg.reward.seed,
        cfg.reward.type_weights,
    )
    test_rows = load_split(market.dir, cfg.data.test_split)
    work_dir = home() / "runs" / market.tag / "reward"
    if not cfg.resume and work_dir.exists():
        shutil.rmtree(work_dir)
    tracking.configure(cfg.tracking)
    data_sha = market.data_sha256()
    tags = tracking.lineage_tags(market.tag, "reward", market.policy.sha256, data_sha, base.fingerprint)
    started = time.perf_counter()
    with tracking.run(f"reward-{market.tag}", tags | {"resumed": str(cfg.resume).lower()}) as run_id:
        tracking.log_config(cfg)
        tracking.log_dataset(train_rows, f"{market.tag}-preferences-train", data_sha, str(market.dir), "training")
        tracking.log_dataset(test_rows, f"{market.tag}-preferences-test", data_sha, str(market.dir), "testing")

        # The score head and LoRA are initialised before the Trainer seeds itself: seed first, or each run differs.
        set_seed(cfg.reward.seed)
        head = Head(cfg.reward.depth, cfg.reward.pooling)
        model, tokenizer = load_scorer_base(base, head, torch.bfloat16 if cfg.reward.bf16 else torch.float32)
        max_length, coverage = fit_max_length(tokenizer, train_rows + test_rows, cfg.reward.max_length)
        train_pairs = encode_pairs(tokenizer, train_rows, max_length)
        trainer = RewardTrainer(
            model=model,
            args=trainer_args(cfg.reward, work_dir),
            train_dataset=Dataset.from_list(train_pairs),
            processing_class=tokenizer,
            peft_config=lora_config(cfg.reward, model.config.num_hidden_layers),
            callbacks=[tracking.trainer_callback()],
        )
        upcast_trainable(trainer.model)
        pool(trainer.model, tokenizer, head)
        # Train texts only: each is read once per epoch. Test texts are read once, so caching them saves no time,
        # only memory is spent (the bench computes them whole, as the cache falls back for rows it does not hold).
        texts = [p[k] for p in train_pairs for k in p if k != "length"]
        with trunk_cache(cfg, trainer.model, texts, tokenizer.pad_token_id) as (cached_layers, cache_seconds):
            has_checkpoint = any(work_dir.glob("checkpoint-*"))
            trainer.train(resume_from_checkpoint=True if cfg.resume and has_checkpoint else None)
            train_seconds = time.perf_counter() - started
            trainer.model.eval()
            report = bench_pairs(trainer.model, tokenizer, test_rows, train_rows, max_length, cfg.reward.bf16)
        results = reward_gates(report, cfg.reward)
        passed = all_passed(results)
        metrics = {
            "accuracy": report["accuracy"],
            "mean_margin": report["mean_margin"],
            "n": report["n"],
            "train_seconds": train_seconds,
            "trunk_cache_seconds": cache_seconds,
            "stage_seconds": time.perf_counter() - started,
            "train_pairs": len(train_rows),
            "token_coverage": coverage,
        }
        tracking.log_metrics(metrics | flat_metrics(report, "test_"))
        tracking.log_dict(report, "bench.json")
        manifest = store.lineage(base, data_sha, market.policy.sha256, to_dict(cfg), run_id) | {
            "metrics": metrics,
            "bench": report,
            "gate": {"passed": passed, "results": [r.as_dict() for r in results]},
            "max_length": max_length,
            "depth": head.depth,
            "pooling": head.pooling,
            "trunk_cached_layers": cached_layers,
        }
        path = store.publish(Path(cfg.paths.adapters), market.tag, "reward", trainer.model.save_pretrained, manifest)
        version = int(path.name)
        name = registry_name(market.tag)
        model_version = tracking.register(name, run_id, path, version, {"locale": market.tag})
        tracking.set_alias(name, "champion" if passed else "challenger", model_version)
    shutil.rmtree(work_dir, ignore_errors=True)
    gates = {r.key: r.passed for r in results}
    data = {"locale": market.tag, "version": version, "path": str(path), "gate_passed": passed, "gates": gates}
    return Result(data | metrics | {"by_type": report["by_type"], "length_bias": report["length_bias"]})


def sample_pairs(rows: list[dict], limit: int, seed: int, weights: dict[str, float] | None = None) -> list[dict]:
    """``limit`` rows drawn with ``seed``, each ``pair_type`` keeping its share times its weight (default 1), capped
    at the rows it has; all rows when ``limit`` is 0. File order is kept."""
    if not limit or limit >= len(rows):
        return rows
    by_type: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_type.setdefault(str(row.get("pair_type")), []).append(i)
    mass = {t: len(group) * (weights or {}).get(t, 1.0) for t, group in by_type.items()}
    total = sum(mass.values())
    rng = random.Random(seed)
    picked = [
        i for t, group in by_type.items() for i in rng.sample(group, min(len(group), round(limit * mass[t] / total)))
    ]
    return [rows[i] for i in sorted(picked)]


def fit_max_length(tokenizer, rows: list[dict], configured: int) -> tuple[int, float]:
    """(max_length, share of answers read whole): ``configured``, or 0 = the longest pair rounded up to 16."""
    lengths = [len(encode(tokenizer, r["prompt"], r[k], 1 << 30)) for r in rows for k in ("chosen", "rejected")]
    chosen = configured or -(-max(lengths) // 16) * 16
    return chosen, sum(n <= chosen for n in lengths) / max(len(lengths), 1)


def trunk_cache(cfg: AppConfig, model, texts: list[list[int]], pad_id: int):
    """``cached_trunk`` over every train and test text, unless switched off (then a no-op context)."""
    if not cfg.reward.cache_trunk:
        return contextlib.nullcontext((0, 0.0))
    return cached_trunk(model, texts, pad_id)
