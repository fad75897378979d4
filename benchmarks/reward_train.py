"""Reward-model training: culturalign's configuration vs plain TRL RewardTrainer defaults, side by side.

    .venv/bin/python benchmarks/reward_train.py [--locale en-JP] [--train-pairs 200] [--epochs 1]

Both arms train a LoRA reward model of the same rank on the same base, data and number of epochs, each in its own
child process (so peak RSS is each arm's own), then score the same held-out test pairs with the same scorer.
- plain TRL: RewardConfig defaults (bf16 autocast needs use_cpu=True on a CPU; gradient checkpointing on;
  max_length 1024; LoRA on every layer; learning rate 1e-4), conversational data tokenized by TRL.
- culturalign: `culturalign reward train` itself with the default profile (hydra_conf/profile/quick.yaml over
  hydra_conf/reward/lora.yaml), timed end to end: tokenizing, the trunk cache, training, the test bench, publishing.
Both train on the same seeded sample of the train split (``reward.max_train_pairs``, each pair type keeping its share).
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
    from culturalign.model.reward_model import load_scorer_base, pair_metrics
    from culturalign.train.reward import sample_pairs, train_main
    from datasets import Dataset
    from peft import LoraConfig, TaskType
    from trl import RewardConfig, RewardTrainer

    out = tempfile.mkdtemp(prefix=f"bench-{name}-")
    overrides = [f"reward.epochs={epochs}", f"reward.max_train_pairs={train_pairs}", f"locale={locale}"]
    cfg = compose([*overrides, f"paths.adapters={out}/adapters", f"tracking.uri=sqlite:///{out}/mlflow.db"])
    rows = sample_pairs(
        load_split(ROOT / "locales" / locale, "train"), train_pairs, cfg.reward.seed, cfg.reward.type_weights
    )
    test = load_split(ROOT / "locales" / locale, "test")
    started = time.perf_counter()
    if name == "culturalign":  # the real command: load, tokenize, cache the trunk, train, bench, publish
        result = train_main(cfg).data
        seconds, accuracy, steps = time.perf_counter() - started, result["accuracy"], None
    else:
        model, tokenizer = load_scorer_base(resolve(cfg.model))
        conversational = [
            {
                "prompt": as_messages(r["prompt"]),
                "chosen": [{"role": "assistant", "content": r["chosen"]}],
                "rejected": [{"role": "assistant", "content": r["rejected"]}],
            }
            for r in rows
        ]
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
        trainer = RewardTrainer(
            model=model,
            args=args,
            train_dataset=Dataset.from_list(conversational),
            processing_class=tokenizer,
            peft_config=peft,
        )
        trainer.train()
        seconds, steps = time.perf_counter() - started, trainer.state.global_step
        trainer.model.eval()
        accuracy = pair_metrics(trainer.model, tokenizer, test, args.max_length, bf16=True)["accuracy"]
    return {
        "arm": name,
        "seconds": round(seconds, 1),
        "pairs_per_s": round(len(rows) * epochs / seconds, 2),
        "steps": steps,
        "peak_rss_gib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2),
        "test_accuracy": round(accuracy, 3),
        "train_pairs": len(rows),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--locale", default="en-JP")
    parser.add_argument("--train-pairs", type=int, default=200, help="a seeded sample of N train pairs (0 = all)")
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
