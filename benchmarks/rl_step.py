"""One GRPO workload, culturalign's configuration vs plain TRL GRPOTrainer defaults, side by side.

    .venv/bin/python benchmarks/rl_step.py [--locale en-JP] [--steps 3] [--prompts 4] [--generations 4] [--tokens 48]

Both arms: the same base, prompts, number of prompts x generations x completion tokens, LoRA rank, and the same
reward functions (the locale's reward model + policy rules; a reward model must exist: `culturalign reward train`).
- plain TRL: GRPOConfig defaults (fp32 weights under bf16 autocast, use_cpu=True on a CPU, gradient checkpointing
  on, LoRA on every layer).
- culturalign: bf16 weights, no gradient checkpointing, LoRA on the top `rl.lora_layers` layers (quick profile),
  TRL's fused LM head scoring only the completion positions on a CPU (`rl.score_only_labelled_positions`), a
  contiguous LM-head input at prefill (`generation.contiguous_lm_head`), and culturalign's rollouts
  (`rollout.rollout_func`: one prefill per distinct prompt, inverse-CDF sampling), and the frozen layers below the
  LoRA computed once for the reference and the policy pass (`trunk.replay`).
Each arm runs in its own child process; the first step is warm-up and excluded. Prints the median step time split
into generation, reward and training, peak RSS, and the ratio.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def arm(name: str, locale: str, steps: int, prompts: int, generations: int, tokens: int) -> dict:
    import tempfile

    import torch
    from culturalign.core.config import compose
    from culturalign.data.market import load_market
    from culturalign.data.preferences import Report, as_messages, read_jsonl
    from culturalign.model.base import resolve
    from culturalign.model.generation import contiguous_lm_head
    from culturalign.model.trunk import decoder_layers, replay
    from culturalign.train.policy import common_args, lora_config, score_only_labelled_positions
    from culturalign.train.rewards import reward_functions
    from culturalign.train.rollout import rollout_func
    from datasets import Dataset
    from peft import LoraConfig, TaskType
    from transformers import AutoModelForCausalLM, AutoTokenizer, TrainerCallback
    from trl import GRPOConfig, GRPOTrainer

    cfg = compose(
        [
            "profile=quick",
            f"rl.prompts_per_step={prompts}",
            f"rl.num_generations={generations}",
            f"rl.max_completion_length={tokens}",
            f"rl.max_steps={steps}",
            "tracking.enabled=false",
        ]
    )
    base = resolve(cfg.model)
    market = load_market(cfg.paths, locale)
    rows = [r for _, r in read_jsonl(market.dir / "prompts.jsonl", Report())]
    data = Dataset.from_list([{"prompt": as_messages(r["prompt"])} for r in rows])
    funcs, weights, _ = reward_functions(cfg, market, base)
    timings = {"reward": 0.0}

    def timed(fn):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            out = fn(*args, **kwargs)
            timings["reward"] += time.perf_counter() - t
            return out

        wrapper.__name__ = fn.__name__
        return wrapper

    funcs = [timed(f) for f in funcs]
    out_dir = tempfile.mkdtemp(prefix=f"bench-rl-{name}-")
    shape = dict(
        per_device_train_batch_size=prompts * generations,
        num_generations=generations,
        max_completion_length=tokens,
        max_steps=steps,
        reward_weights=weights,
        beta=cfg.rl.beta,
        learning_rate=cfg.rl.learning_rate,
        report_to="none",
        save_strategy="no",
        seed=0,
        disable_tqdm=True,
    )
    tokenizer = AutoTokenizer.from_pretrained(base.path)
    extra = {}
    if name == "plain-trl":
        model = AutoModelForCausalLM.from_pretrained(base.path, dtype=torch.float32)
        args = GRPOConfig(output_dir=out_dir, use_cpu=not torch.cuda.is_available(), **shape)
        peft = LoraConfig(
            task_type=TaskType.CAUSAL_LM,
            r=cfg.rl.lora_r,
            lora_alpha=cfg.rl.lora_alpha,
            target_modules=list(cfg.rl.target_modules),
        )
    else:
        score_only_labelled_positions()
        model = AutoModelForCausalLM.from_pretrained(base.path, dtype=torch.bfloat16)
        contiguous_lm_head(model)
        extra = {"rollout_func": rollout_func} if cfg.rl.fast_rollouts else {}
        common = common_args(cfg.rl, Path(out_dir)) | {"save_strategy": "no", "disable_tqdm": True}
        args = GRPOConfig(**(common | shape | {"temperature": cfg.rl.temperature}))
        peft = lora_config(cfg.rl, model.config.num_hidden_layers)

    trainer = GRPOTrainer(
        model=model,
        reward_funcs=funcs,
        args=args,
        train_dataset=data,
        processing_class=tokenizer,
        peft_config=peft,
        **extra,
    )
    # instrumented, not changed: TRL's generate, or culturalign's rollout function
    hook = "rollout_func" if trainer.rollout_func is not None else "_generate_single_turn"
    generate = getattr(trainer, hook)

    def timed_generate(*a, **k):
        t = time.perf_counter()
        out = generate(*a, **k)
        timings["generation"] = timings.get("generation", 0.0) + time.perf_counter() - t
        return out

    setattr(trainer, hook, timed_generate)
    per_step: list[dict] = []

    class StepTimer(TrainerCallback):
        def on_step_begin(self, *a, **k):
            timings.update(generation=0.0, reward=0.0, start=time.perf_counter())

        def on_step_end(self, *a, **k):
            total = time.perf_counter() - timings["start"]
            per_step.append(
                {
                    "total": total,
                    "generation": timings["generation"],
                    "reward": timings["reward"],
                    "training": total - timings["generation"] - timings["reward"],
                }
            )

    trainer.add_callback(StepTimer())
    if name == "plain-trl":
        trainer.train()
    else:
        with replay(decoder_layers(trainer.model)):
            trainer.train()
    measured = per_step[1:] or per_step  # the first step is warm-up
    median = {k: round(statistics.median(s[k] for s in measured), 2) for k in measured[0]}
    return {
        "arm": name,
        "step_seconds": median,
        "steps_measured": len(measured),
        "peak_rss_gib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2),
        "workload": f"{prompts} prompts x {generations} generations x {tokens} tokens",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--locale", default="en-JP")
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--prompts", type=int, default=4)
    parser.add_argument("--generations", type=int, default=4)
    parser.add_argument("--tokens", type=int, default=48)
    parser.add_argument("--arm", help=argparse.SUPPRESS)
    args = parser.parse_args()
    shape = [str(v) for v in (args.locale, args.steps, args.prompts, args.generations, args.tokens)]
    if args.arm:
        print(
            "RESULT " + json.dumps(arm(args.arm, args.locale, args.steps, args.prompts, args.generations, args.tokens))
        )
        return 0
    results = {}
    for name in ("plain-trl", "culturalign"):
        cmd = [
            sys.executable,
            __file__,
            "--arm",
            name,
            "--locale",
            shape[0],
            "--steps",
            shape[1],
            "--prompts",
            shape[2],
            "--generations",
            shape[3],
            "--tokens",
            shape[4],
        ]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        results[name] = json.loads(next(line for line in out.splitlines() if line.startswith("RESULT "))[7:])
        print(json.dumps(results[name]), flush=True)
    plain, ours = results["plain-trl"]["step_seconds"], results["culturalign"]["step_seconds"]
    print(
        " | ".join(f"{k} {plain[k] / ours[k]:.2f}x" for k in ("total", "generation", "training"))
        + f" | peak RSS ratio {results['culturalign']['peak_rss_gib'] / results['plain-trl']['peak_rss_gib']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
