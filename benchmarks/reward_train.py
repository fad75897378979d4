"""Reward-model training: culturalign's configuration vs plain TRL RewardTrainer defaults, side by side.

    .venv/bin/python benchmarks/reward_train.py [--locale en-JP] [--train-pairs 0] [--epochs 1]

Both arms train a LoRA reward model of the same rank on the same base, data and number of epochs, each in its own
child process (so peak RSS is each arm's own), then score the same held-out test pairs with the same scorer.
- plain TRL: RewardConfig defaults (bf16 autocast needs use_cpu=True on a CPU; gradient checkpointing on;
  max_length 1024; LoRA on every layer; learning rate 1e-4), conversational data tokenized by TRL.
- culturalign: the shipped `reward` config (hydra_conf/reward/lora.yaml).
Prints wall time, pairs/s, peak RSS and test accuracy per arm, then the ratios.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def arm(name: str, locale: str, train_pairs: int, epochs: float) -> dict:
    """Run one arm in this process; return its measurements."""
    import tempfile

    import torch
    from culturalign.core.config import compose
    from culturalign.data.preferences import as_messages, load_split
    from culturalign.model.base import resolve
    from culturalign.train.reward import encode_pairs, load_scorer_base, lora_config, pair_metrics, trainer_args
    from datasets import Dataset
    from peft import LoraConfig, TaskType
    from trl import RewardConfig, RewardTrainer

    cfg = compose([f"reward.epochs={epochs}"])
    base = resolve(cfg.model)
    rows = load_split(ROOT / "locales" / locale, "train")
    rows = rows[:train_pairs] if train_pairs else rows
    test = load_split(ROOT / "locales" / locale, "test")
    out = tempfile.mkdtemp(prefix=f"bench-{name}-")
    model, tokenizer = load_scorer_base(base)
    started = time.perf_counter()
    if name == "plain-trl":
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
        args = RewardConfig(
            output_dir=out,
            num_train_epochs=epochs,
            use_cpu=not torch.cuda.is_available(),
            report_to="none",
            save_strategy="no",
            disable_tqdm=True,
            seed=0,
        )
        peft = LoraConfig(
            task_type=TaskType.SEQ_CLS,
            r=cfg.reward.lora_r,
            lora_alpha=cfg.reward.lora_alpha,
            target_modules=list(cfg.reward.target_modules),
        )
        max_length = args.max_length
    else:
        data = Dataset.from_list(encode_pairs(tokenizer, rows, cfg.reward.max_length))
        args = trainer_args(cfg.reward, Path(out))
        args.save_strategy, args.disable_tqdm = "no", True
        peft = lora_config(cfg.reward, model.config.num_hidden_layers)
        max_length = cfg.reward.max_length
    trainer = RewardTrainer(model=model, args=args, train_dataset=data, processing_class=tokenizer, peft_config=peft)
    trainer.train()
    seconds = time.perf_counter() - started
    trainer.model.eval()
    # Both arms are scored the same way; the plain arm sees whole sequences as it trained on them.
    metrics = pair_metrics(trainer.model, tokenizer, test, max_length, bf16=True)
    return {
        "arm": name,
        "seconds": round(seconds, 1),
        "pairs_per_s": round(len(rows) * epochs / seconds, 2),
        "steps": trainer.state.global_step,
        "peak_rss_gib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2),
        "test_accuracy": round(metrics["accuracy"], 3),
        "train_pairs": len(rows),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--locale", default="en-JP")
    parser.add_argument("--train-pairs", type=int, default=0, help="use only the first N train pairs (0 = all)")
    parser.add_argument("--epochs", type=float, default=1.0)
    parser.add_argument("--arm", help=argparse.SUPPRESS)  # internal: run one arm and print JSON
    args = parser.parse_args()
    if args.arm:
        print("RESULT " + json.dumps(arm(args.arm, args.locale, args.train_pairs, args.epochs)), flush=True)
        return 0
    results = {}
    for name in ("plain-trl", "culturalign"):
        cmd = [
            sys.executable,
            __file__,
            "--arm",
            name,
            "--locale",
            args.locale,
            "--train-pairs",
            str(args.train_pairs),
            "--epochs",
            str(args.epochs),
        ]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        results[name] = json.loads(next(line for line in out.splitlines() if line.startswith("RESULT "))[7:])
        print(json.dumps(results[name]), flush=True)
    plain, ours = results["plain-trl"], results["culturalign"]
    print(
        f"speedup (wall) {plain['seconds'] / ours['seconds']:.2f}x | "
        f"peak RSS ratio {ours['peak_rss_gib'] / plain['peak_rss_gib']:.2f} | "
        f"test accuracy {ours['test_accuracy']:.3f} vs {plain['test_accuracy']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
