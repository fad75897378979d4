"""Per-locale policy adapters: RL against the locale's reward (GRPO or RLOO), or offline DPO.

    culturalign policy train locale=en-JP [rl=grpo|rloo|dpo] [resume=true]

GRPO and RLOO use TRL's trainers with two reward functions: the locale's champion reward model (scored through
``reward.encode``, the exact text format it was trained on) and, weighted by ``rl.rule_reward_weight``, the
policy's rule score (``policies.rule_score``: markers, contractions, length band, openings). The KL penalty
(``rl.beta``) is to the reference = the base with the adapter disabled; TRL does that for PEFT models, so no second
copy of the base is loaded. DPO trains offline from the locale's train preferences (its reference is the same
disabled adapter). The adapter is published like reward adapters and registered as culturalign-<tag>-policy; the
`champion` alias is set by `culturalign evaluate`, which gates it.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

from culturalign.core import store, tracking
from culturalign.core.command import Result
from culturalign.core.config import AppConfig, RLConfig, to_dict
from culturalign.core.locales import canonical, load_locale
from culturalign.core.registry import champion_or_newest, registry_name
from culturalign.data.policies import Policy, load_policy
from culturalign.data.preferences import Report, as_messages, data_sha256, load_split, read_jsonl
from culturalign.model.base import BaseModel, home, resolve, torch_dtype
from culturalign.model.generation import contiguous_lm_head
from culturalign.model.reward_model import attach, load_scorer_base, scores, trained_max_length
from culturalign.model.trunk import decoder_layers, replay
from culturalign.train.rollout import rollout_func


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


def completion_text(completion: Any) -> str:
    """TRL passes conversational completions as message lists, plain ones as strings."""
    return completion[0]["content"] if isinstance(completion, list) else completion


def reward_functions(cfg: AppConfig, tag: str, base: BaseModel, policy: Policy) -> tuple[list, list[float], int]:
    """([reward model fn, policy rule fn], weights, reward model version)."""
    from culturalign.data.policies import rule_score

    rm_path = champion_or_newest(cfg.paths.adapters, tag, "reward")
    rm, rm_tokenizer = load_scorer_base(base)
    rm = attach(rm, base, rm_path, tag).merge_and_unload().eval()  # merged: no LoRA overhead while scoring
    max_length = trained_max_length(rm_path)

    def reward_model(prompts, completions, **_):
        return scores(rm, rm_tokenizer, prompts, [completion_text(c) for c in completions], max_length, cfg.rl.bf16)

    def policy_rules(prompts, completions, **_):
        return [rule_score(policy, completion_text(c)) for c in completions]

    return [reward_model, policy_rules], [1.0, cfg.rl.rule_reward_weight], int(rm_path.name)


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


def build_trainer(cfg: AppConfig, tag: str, base: BaseModel, policy: Policy, locale_path: Path, work_dir: Path):
    """The configured TRL trainer (GRPO, RLOO or DPO) and what it trains on."""
    import torch
    from datasets import Dataset
    from transformers import AutoModelForCausalLM, AutoTokenizer

    rl = cfg.rl
    score_only_labelled_positions()
    # bf16 weights, not fp32 weights under bf16 autocast: autocast re-casts every weight on every forward
    # (rollouts 153 vs 124 tok/s here, docs/BENCHMARKS.md). LoRA weights stay fp32.
    dtype = torch.bfloat16 if rl.bf16 else torch_dtype(cfg.model)
    model = AutoModelForCausalLM.from_pretrained(base.path, dtype=dtype)
    contiguous_lm_head(model)
    tokenizer = AutoTokenizer.from_pretrained(base.path)
    peft_config = lora_config(rl, model.config.num_hidden_layers)
    info: dict[str, Any] = {}
    if rl.algo == "dpo":
        from trl import DPOConfig, DPOTrainer

        rows = load_split(locale_path, cfg.data.train_split)
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
            per_device_train_batch_size=rl.prompts_per_step,
            beta=rl.beta,
            max_length=rl.max_length,
        )
        trainer = DPOTrainer(
            model=model,
            args=args,
            train_dataset=data,
            processing_class=tokenizer,
            peft_config=peft_config,
            callbacks=[tracking.trainer_callback()],
        )
        return trainer, info | {"train_pairs": len(rows)}
    if rl.sft_steps:  # InstructGPT's step 1: imitate the market's demonstrations before optimising the reward
        model = supervised_warm_start(cfg, model, tokenizer, peft_config, locale_path, work_dir)
        peft_config = None  # the trainer continues the warm-started adapter
        info["sft_steps"] = rl.sft_steps
    report = Report()
    prompts = [r["prompt"] for _, r in read_jsonl(locale_path / "prompts.jsonl", report)]
    data = Dataset.from_list([{"prompt": as_messages(p)} for p in prompts])
    funcs, weights, rm_version = reward_functions(cfg, tag, base, policy)
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
        train_dataset=data,
        processing_class=tokenizer,
        peft_config=peft_config,
        callbacks=[tracking.trainer_callback()],
    )
    return trainer, info | {"reward_model_version": rm_version, "rl_prompts": len(prompts)}


def supervised_warm_start(cfg: AppConfig, model, tokenizer, peft_config, locale_path: Path, work_dir: Path):
    """A few SFT steps on the chosen answers of the train split; returns the PeftModel with the warm adapter."""
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    rl = cfg.rl
    rows = load_split(locale_path, cfg.data.train_split)
    data = Dataset.from_list(
        [
            {"prompt": as_messages(r["prompt"]), "completion": [{"role": "assistant", "content": r["chosen"]}]}
            for r in rows
        ]
    )
    args = SFTConfig(
        **(
            common_args(rl, work_dir / "sft")
            | dict(
                max_steps=rl.sft_steps,
                learning_rate=rl.sft_learning_rate,
                save_strategy="no",
                lr_scheduler_type="linear",
            )
        ),
        per_device_train_batch_size=rl.prompts_per_step * 2,
        max_length=rl.max_length,
    )
    trainer = SFTTrainer(
        model=model,
        args=args,
        train_dataset=data,
        processing_class=tokenizer,
        peft_config=peft_config,
        callbacks=[tracking.trainer_callback(prefix="sft_")],
    )
    trainer.train()
    return trainer.model


def sample_table(model, tokenizer, prompts: list, max_new_tokens: int, decoding) -> list[dict]:
    """Base vs adapter answers to a few prompts (decoded as served), for the MLflow run."""
    from culturalign.model.generation import generate

    tokenizer.padding_side = "left"
    model.eval()
    tuned = generate(model, tokenizer, prompts, max_new_tokens=max_new_tokens, decoding=decoding)
    with model.disable_adapter():
        plain = generate(model, tokenizer, prompts, max_new_tokens=max_new_tokens, decoding=decoding)
    return [{"prompt": str(p), "base": b, "adapter": a} for p, b, a in zip(prompts, plain, tuned, strict=True)]


def train_main(cfg: AppConfig) -> Result:
    """Train, publish and register locale's policy adapter."""
    tag = canonical(cfg.locale or "")
    locale_path = Path(cfg.paths.locales) / tag
    policy = load_policy(Path(cfg.paths.policies) / f"{load_locale(locale_path / 'locale.yaml').policy}.yaml")
    base = resolve(cfg.model)
    data_sha = data_sha256(locale_path)
    work_dir = home() / "runs" / tag / "policy"
    if not cfg.resume and work_dir.exists():
        shutil.rmtree(work_dir)
    tracking.configure(cfg.tracking)
    tags = tracking.lineage_tags(
        tag, "policy", policy.sha256, data_sha, base.fingerprint, algo=cfg.rl.algo, resumed=cfg.resume
    )
    started = time.perf_counter()
    with tracking.run(f"policy-{cfg.rl.algo}-{tag}", tags) as run_id:
        tracking.log_config(cfg)
        trainer, info = build_trainer(cfg, tag, base, policy, locale_path, work_dir)
        tracking.log_dataset(
            trainer.train_dataset.to_list(), f"{tag}-{cfg.rl.algo}-train", data_sha, str(locale_path), "training"
        )
        has_checkpoint = any(work_dir.glob("checkpoint-*"))
        with replay(decoder_layers(trainer.model)):  # the reference and policy passes share the frozen layers
            trainer.train(resume_from_checkpoint=True if cfg.resume and has_checkpoint else None)
        metrics = {"train_seconds": time.perf_counter() - started, "steps": trainer.state.global_step}
        tracking.log_metrics(metrics)
        eval_prompts = [r["prompt"] for _, r in read_jsonl(locale_path / "eval.jsonl", Report())][:4]
        tracking.log_table(
            sample_table(trainer.model, trainer.processing_class, eval_prompts, 64, cfg.decoding), "samples.json"
        )
        manifest = store.lineage(base, data_sha, policy.sha256, to_dict(cfg), run_id) | {
            "metrics": metrics,
            "algo": cfg.rl.algo,
            **info,
        }
        path = store.publish(Path(cfg.paths.adapters), tag, "policy", trainer.model.save_pretrained, manifest)
        tracking.register(
            registry_name(tag, "policy"), run_id, path, int(path.name), {"locale": tag, "algo": cfg.rl.algo}
        )
    shutil.rmtree(work_dir, ignore_errors=True)
    return Result({"locale": tag, "version": int(path.name), "path": str(path)} | metrics | info)
