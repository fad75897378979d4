"""Per-market policy adapters: a supervised warm start, then RL against the market's reward.

    culturalign policy train locale=en-JP [rl=online_dpo|grpo|rloo|dpo] [resume=true]

Top to bottom: load the market and the base (bf16 weights); warm-start a LoRA on the market's chosen answers
(``train.sft``) and publish that SFT adapter as its own version (``adapters/<tag>/sft/<v>/``), so evaluation can
measure what RL adds on top of it; run the configured algorithm (``ALGORITHMS``) on the warm adapter; publish and
register the policy adapter with the SFT version it started from. ``culturalign evaluate`` gates it and sets
``champion``. The reference of every algorithm is never a second copy of the base: TRL keeps a frozen copy of the
warm-started LoRA weights (KL to the SFT policy, as in InstructGPT), and the frozen layers below the LoRA are
computed once for the reference and the policy pass (``model.trunk.replay``).

- ``online_dpo`` (default): the policy samples N answers per RL prompt, the reward labels the best and the worst,
  DPO learns the pair (``train.online_dpo``).
- ``grpo`` / ``rloo``: TRL's trainers with the reward model and the policy rules as reward functions
  (``train.rewards``); GRPO samples through ``train.rollout``.
- ``dpo``: offline DPO on the market's own preference pairs.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

from culturalign.core import store, tracking
from culturalign.core.command import Result
from culturalign.core.config import AppConfig, RLConfig, to_dict
from culturalign.core.files import home
from culturalign.core.registry import registry_name
from culturalign.data.market import Market, load_market
from culturalign.data.preferences import EVAL, Report, as_messages, load_split, read_jsonl
from culturalign.model.base import BaseModel, resolve, torch_dtype
from culturalign.model.generation import contiguous_lm_head
from culturalign.model.trunk import decoder_layers, replay
from culturalign.train import online_dpo
from culturalign.train.rewards import reward_functions, total
from culturalign.train.rollout import rollout_func
from culturalign.train.sft import warm_start


def score_only_labelled_positions() -> None:
    """Make TRL's fused LM head score only the labelled positions on a CPU too (same values, less work).

    ``trl.trainer.utils`` scores only positions with a label on CUDA/XPU; elsewhere it scores every position so tile
    shapes stay fixed for graph compilers (Neuron). Eager CPU has no such compiler, and scoring the prompt positions
    too doubled the LM-head and log-softmax work (about 45% of a DPO step here). The module's name ``_use_triton``
    only decides that ``compact`` flag; the kernel module keeps its own and still picks the torch tiles on a CPU.
    tests/test_policy.py checks the log-probs are unchanged.
    """
    import trl.trainer.utils as trl_utils
    from trl.kernels.chunked_logprob import _use_triton

    trl_utils._use_triton = lambda device: device.type == "cpu" or _use_triton(device)


def lora_config(cfg: RLConfig, num_layers: int):
    from peft import LoraConfig, TaskType

    top = min(cfg.lora_layers, num_layers)
    return LoraConfig(
        task_type=TaskType.CAUSAL_LM,
        r=cfg.lora_r,
        lora_alpha=cfg.lora_alpha,
        lora_dropout=0.0,
        target_modules=list(cfg.target_modules),
        layers_to_transform=list(range(num_layers - top, num_layers)) if top else None,
    )


def common_args(cfg: RLConfig, work_dir: Path) -> dict:
    """TrainingArguments every algorithm shares (TRL's CPU-hostile defaults switched off)."""
    import torch

    on_cpu = not torch.cuda.is_available()
    return dict(
        output_dir=str(work_dir),
        learning_rate=cfg.learning_rate,
        max_steps=cfg.max_steps,
        bf16=cfg.bf16,
        use_cpu=on_cpu,
        gradient_checkpointing=False,
        logging_steps=1,
        save_strategy="steps",
        save_steps=cfg.save_steps,
        save_total_limit=1,
        report_to="none",
        dataloader_pin_memory=not on_cpu,
        seed=cfg.seed,
        lr_scheduler_type="constant_with_warmup",
        warmup_steps=0,
    )


# ------------------------------------------------------------------------------------------------- algorithms


def rl_prompts(market: Market) -> list:
    return [r["prompt"] for _, r in read_jsonl(market.prompts, Report())]


def run_online_dpo(cfg, market, base, model, tokenizer, work_dir) -> tuple[Any, dict]:
    funcs, weights, rm_version = reward_functions(cfg, market, base)
    prompts = rl_prompts(market)
    model, info = online_dpo.train(
        cfg,
        model,
        tokenizer,
        prompts,
        lambda p, a: total(funcs, weights, p, a),
        work_dir,
        common_args(cfg.rl, work_dir),
    )
    return model, info | {"reward_model_version": rm_version, "rl_prompts": len(prompts)}


def run_policy_gradient(cfg, market, base, model, tokenizer, work_dir) -> tuple[Any, dict]:
    """GRPO or RLOO (TRL) with the reward model and the policy rules as reward functions."""
    from datasets import Dataset

    rl = cfg.rl
    prompts = rl_prompts(market)
    funcs, weights, rm_version = reward_functions(cfg, market, base)
    shared = common_args(rl, work_dir) | dict(
        per_device_train_batch_size=rl.prompts_per_step * rl.num_generations,
        num_generations=rl.num_generations,
        max_completion_length=rl.max_completion_length,
        beta=rl.beta,
        reward_weights=weights,
        temperature=rl.temperature,
    )
    extra: dict[str, Any] = {}
    if rl.algo == "rloo":
        from trl import RLOOConfig, RLOOTrainer

        args, trainer_cls = RLOOConfig(**shared), RLOOTrainer
    else:
        from trl import GRPOConfig, GRPOTrainer

        args, trainer_cls = GRPOConfig(**shared), GRPOTrainer
        if rl.fast_rollouts:
            extra["rollout_func"] = rollout_func
    trainer = trainer_cls(
        **extra,
        model=model,
        reward_funcs=funcs,
        args=args,
        train_dataset=Dataset.from_list([{"prompt": as_messages(p)} for p in prompts]),
        processing_class=tokenizer,
        callbacks=[tracking.trainer_callback()],
    )
    resume = cfg.resume and any(work_dir.glob("checkpoint-*"))
    trainer.train(resume_from_checkpoint=True if resume else None)
    clipped = [h["completions/clipped_ratio"] for h in trainer.state.log_history if "completions/clipped_ratio" in h]
    info = {"reward_model_version": rm_version, "rl_prompts": len(prompts), "steps": trainer.state.global_step}
    return trainer.model, info | ({"clipped_share": sum(clipped) / len(clipped)} if clipped else {})


def run_offline_dpo(cfg, market, base, model, tokenizer, work_dir) -> tuple[Any, dict]:
    """DPO on the market's preference pairs; the reference is TRL's frozen copy of the warm adapter."""
    from datasets import Dataset
    from trl import DPOConfig, DPOTrainer

    rl = cfg.rl
    rows = load_split(market.dir, cfg.data.train_split)
    data = Dataset.from_list(
        [
            {
                "prompt": as_messages(r["prompt"]),
                "chosen": [{"role": "assistant", "content": r["chosen"]}],
                "rejected": [{"role": "assistant", "content": r["rejected"]}],
            }
            for r in rows
        ]
    )
    args = DPOConfig(
        **common_args(rl, work_dir),
        per_device_train_batch_size=rl.dpo_batch_size,
        beta=rl.beta,
        max_length=rl.max_length,
        **online_dpo.loss_args(rl),
    )
    trainer = DPOTrainer(
        model=model, args=args, train_dataset=data, processing_class=tokenizer, callbacks=[tracking.trainer_callback()]
    )
    resume = cfg.resume and any(work_dir.glob("checkpoint-*"))
    trainer.train(resume_from_checkpoint=True if resume else None)
    model = trainer.model
    if "ref" in model.peft_config:
        model.delete_adapter("ref")
    return model, {"train_pairs": len(rows), "steps": trainer.state.global_step}


ALGORITHMS = {
    "online_dpo": run_online_dpo,
    "grpo": run_policy_gradient,
    "rloo": run_policy_gradient,
    "dpo": run_offline_dpo,
}


# ----------------------------------------------------------------------------------------------------- command


def load_policy_base(cfg: AppConfig, base: BaseModel):
    """(causal LM in bf16 weights, tokenizer) for training: autocast would re-cast fp32 weights on every forward."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    dtype = torch.bfloat16 if cfg.rl.bf16 else torch_dtype(cfg.model)
    model = AutoModelForCausalLM.from_pretrained(base.path, dtype=dtype)
    contiguous_lm_head(model)
    return model, AutoTokenizer.from_pretrained(base.path)


def train_main(cfg: AppConfig) -> Result:
    """Warm-start, publish the SFT adapter, run RL on it, publish and register the policy adapter."""
    from peft import get_peft_model
    from transformers import set_seed

    rl = cfg.rl
    market = load_market(cfg.paths, cfg.locale or "")
    base = resolve(cfg.model)
    work_dir = home() / "runs" / market.tag / "policy"
    if not cfg.resume and work_dir.exists():
        shutil.rmtree(work_dir)
    tracking.configure(cfg.tracking)
    data_sha = market.data_sha256()
    tags = tracking.lineage_tags(market.tag, "policy", market.policy.sha256, data_sha, base.fingerprint, algo=rl.algo)
    started = time.perf_counter()
    score_only_labelled_positions()
    with tracking.run(f"policy-{rl.algo}-{market.tag}", tags | {"resumed": str(cfg.resume).lower()}) as run_id:
        tracking.log_config(cfg)
        # Seed before any LoRA exists: TRL's SFTTrainer seeds itself, but without a warm start get_peft_model below
        # would draw the init from whatever RNG state the process had.
        set_seed(rl.seed)
        model, tokenizer = load_policy_base(cfg, base)
        peft_config = lora_config(rl, model.config.num_hidden_layers)
        info: dict[str, Any] = {}
        if rl.sft_steps:  # InstructGPT's step 1
            model, info = warm_start(cfg, model, tokenizer, peft_config, market, work_dir, common_args(rl, work_dir))
        else:
            model = get_peft_model(model, peft_config)
        lineage = store.lineage(base, data_sha, market.policy.sha256, to_dict(cfg), run_id)
        sft_path = publish(cfg, market, "sft", model, lineage | {"metrics": info}, run_id)
        info["sft_version"] = int(sft_path.name)
        sft_seconds = time.perf_counter() - started
        with replay(decoder_layers(model)):  # the reference and policy passes share the frozen layers
            model, algo_info = ALGORITHMS[rl.algo](cfg, market, base, model, tokenizer, work_dir)
        metrics = {"train_seconds": time.perf_counter() - started, "sft_seconds": sft_seconds}
        tracking.log_metrics(metrics | {k: v for k, v in algo_info.items() if isinstance(v, float)})
        tracking.log_table(sample_table(cfg, market, model, tokenizer), "samples.json")
        manifest = lineage | {"metrics": metrics, "algo": rl.algo, **info, **algo_info}
        path = publish(cfg, market, "policy", model, manifest, run_id, {"algo": rl.algo})
    shutil.rmtree(work_dir, ignore_errors=True)
    return Result({"locale": market.tag, "version": int(path.name), "path": str(path)} | metrics | info | algo_info)


def publish(cfg: AppConfig, market: Market, kind: str, model, manifest: dict, run_id, tags: dict | None = None):
    """Publish the model's active adapter as the next version of ``kind`` and register it."""
    path = store.publish(Path(cfg.paths.adapters), market.tag, kind, model.save_pretrained, manifest)
    name = registry_name(market.tag, kind)
    tracking.register(name, run_id, path, int(path.name), {"locale": market.tag} | (tags or {}))
    return path


def sample_table(cfg: AppConfig, market: Market, model, tokenizer) -> list[dict]:
    """Base vs adapter answers to a few held-out prompts (decoded as served), for the MLflow run."""
    from culturalign.model.generation import generate

    prompts = [r["prompt"] for _, r in read_jsonl(market.dir / EVAL, Report())][:4]
    tokenizer.padding_side = "left"
    model.eval()
    tuned = generate(model, tokenizer, prompts, max_new_tokens=64, decoding=cfg.decoding)
    with model.disable_adapter():
        plain = generate(model, tokenizer, prompts, max_new_tokens=64, decoding=cfg.decoding)
    return [{"prompt": str(p), "base": b, "adapter": a} for p, b, a in zip(prompts, plain, tuned, strict=True)]
