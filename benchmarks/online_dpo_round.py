"""One online-DPO workload, culturalign's online DPO vs plain TRL OnlineDPOTrainer defaults, side by side.

    .venv/bin/python benchmarks/online_dpo_round.py [--locale en-US] [--prompts 8] [--tokens 96] [--rounds 3]
        [--adapters adapters]

Both arms: the same base, the same prompts in the same order (the market's prompts.jsonl, shuffled as
``train.online_dpo`` shuffles them), ``--prompts`` prompts x 2 sampled answers x up to ``--tokens`` tokens per
round, the same LoRA rank, beta, temperature and learning rate, one DPO optimizer step per round, and the same reward
functions (the market's reward model under ``--adapters`` + the policy rules, ``train.rewards``; the newest reward
version, since tracking is off here).
- plain TRL: ``trl.experimental.online_dpo.OnlineDPOTrainer`` with OnlineDPOConfig defaults (fp32 weights under bf16
  autocast, use_cpu=True on a CPU, gradient checkpointing on, so ``generate`` runs without a KV cache; LoRA on every
  layer; the reference is the adapter disabled). It samples 2 answers per prompt and trains every prompt's pair.
  Beyond the shared settings above, only the data order is set (``train_sampling_strategy=sequential``), so each
  round sees culturalign's prompts.
- culturalign: ``policy.run_online_dpo`` on ``load_policy_base`` + ``lora_config`` (quick profile), inside
  ``trunk.replay`` as ``policy train`` runs it: ``rollout.sample`` answers, reward model + rules label the best
  finished and the worst answer, TRL's DPOTrainer learns the pairs (reference: a frozen copy of the adapter). To
  match the workload it runs with ``rl.num_generations=2``, ``rl.dpo_epochs=1``, ``rl.dpo_batch_size=--prompts``
  and ``rl.min_margin=0``; a prompt whose two answers both run past ``--tokens`` still makes no pair (culturalign
  never chooses a fragment), so the pairs trained are printed for each arm.
Each arm runs in its own child process; the first round is warm-up and excluded. Prints the median seconds per
prompt of a round, split into generation, reward and training (the DPO update, the rest of the round), the training
seconds per pair trained, peak RSS, and the speed and RSS ratios (plain / culturalign time; culturalign / plain RSS).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARTS = ("total", "generation", "reward", "training")


def compose_cfg(locale: str, prompts: int, tokens: int, rounds: int, adapters: str):
    from culturalign.core.config import compose

    return compose(
        [
            "profile=quick",
            "rl=online_dpo",
            f"rl.rounds={rounds}",
            f"rl.prompts_per_round={prompts}",
            "rl.num_generations=2",  # what OnlineDPOTrainer samples per prompt
            f"rl.max_completion_length={tokens}",
            "rl.dpo_epochs=1",  # each pair trained once, as OnlineDPOTrainer does
            f"rl.dpo_batch_size={prompts}",  # one optimizer step per round, as one OnlineDPOTrainer step
            "rl.min_margin=0",  # OnlineDPOTrainer trains every pair whatever its reward margin
            "rl.sft_steps=0",
            f"paths.adapters={adapters}",
            "tracking.enabled=false",
        ]
    )


def round_prompts(rl, prompts: list) -> list[list]:
    """Each round's prompts, exactly as ``online_dpo.train`` picks them."""
    order = list(prompts)
    random.Random(rl.seed).shuffle(order)
    n = rl.prompts_per_round
    return [[order[(r * n + i) % len(order)] for i in range(n)] for r in range(rl.rounds)]


def timed(fn, timings: dict, key: str):
    def wrapper(*args, **kwargs):
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            timings[key] = timings.get(key, 0.0) + time.perf_counter() - t

    wrapper.__name__ = fn.__name__
    return wrapper


def plain_arm(cfg, market, base, out_dir: str) -> tuple[list[dict], list[int]]:
    """OnlineDPOTrainer with its defaults; one step per round of ``rl.prompts_per_round`` prompts."""
    import torch
    from culturalign.data.preferences import as_messages
    from culturalign.train.policy import rl_prompts
    from culturalign.train.rewards import reward_functions
    from datasets import Dataset
    from peft import LoraConfig, TaskType
    from transformers import AutoModelForCausalLM, AutoTokenizer, TrainerCallback
    from trl.experimental.online_dpo import OnlineDPOConfig, OnlineDPOTrainer

    rl = cfg.rl
    rows = [as_messages(p) for batch in round_prompts(rl, rl_prompts(market)) for p in batch]
    funcs, weights, _ = reward_functions(cfg, market, base)
    timings: dict = {}
    args = OnlineDPOConfig(
        output_dir=out_dir,
        use_cpu=not torch.cuda.is_available(),
        per_device_train_batch_size=rl.prompts_per_round,
        max_steps=rl.rounds,
        max_new_tokens=rl.max_completion_length,
        beta=[rl.beta],
        temperature=rl.temperature,
        learning_rate=rl.learning_rate,
        reward_weights=weights,
        train_sampling_strategy="sequential",  # round r sees culturalign's round-r prompts
        report_to="none",
        save_strategy="no",
        seed=rl.seed,
        disable_tqdm=True,
    )
    trainer = OnlineDPOTrainer(
        model=AutoModelForCausalLM.from_pretrained(base.path, dtype=torch.float32),
        reward_funcs=[timed(f, timings, "reward") for f in funcs],
        args=args,
        train_dataset=Dataset.from_list([{"prompt": r} for r in rows]),
        processing_class=AutoTokenizer.from_pretrained(base.path),
        peft_config=LoraConfig(
            task_type=TaskType.CAUSAL_LM,
            r=rl.lora_r,
            lora_alpha=rl.lora_alpha,
            target_modules=list(rl.target_modules),
        ),
    )
    trainer._generate = timed(trainer._generate, timings, "generation")  # instrumented, not changed
    rounds: list[dict] = []

    class StepTimer(TrainerCallback):
        def on_step_begin(self, *a, **k):
            timings.update(generation=0.0, reward=0.0, start=time.perf_counter())

        def on_step_end(self, *a, **k):
            total = time.perf_counter() - timings["start"]
            rounds.append({"total": total, "generation": timings["generation"], "reward": timings["reward"]})

    trainer.add_callback(StepTimer())
    trainer.train()
    return rounds, [rl.prompts_per_round] * len(rounds)  # every prompt's two answers make a pair


def culturalign_arm(cfg, market, base, out_dir: str) -> tuple[list[dict], list[int]]:
    """``policy.run_online_dpo`` as ``policy train`` runs it (no warm start), each round's phases timed."""
    from culturalign.model.trunk import decoder_layers, replay
    from culturalign.train import online_dpo, policy
    from peft import get_peft_model

    policy.score_only_labelled_positions()
    model, tokenizer = policy.load_policy_base(cfg, base)
    model = get_peft_model(model, policy.lora_config(cfg.rl, model.config.num_hidden_layers))
    starts: list[float] = []
    phases: list[dict] = []
    pairs: list[int] = []
    sample, label, total = online_dpo.sample_answers, online_dpo.label_pairs, policy.total

    def sample_answers(*a, **k):  # opens a round
        starts.append(time.perf_counter())
        phases.append({})
        return timed(sample, phases[-1], "generation")(*a, **k)

    def label_pairs(*a, **k):
        out = label(*a, **k)
        pairs.append(len(out))
        return out

    online_dpo.sample_answers, online_dpo.label_pairs = sample_answers, label_pairs  # instrumented, not changed
    policy.total = lambda *a, **k: timed(total, phases[-1], "reward")(*a, **k)
    with replay(decoder_layers(model)):
        policy.run_online_dpo(cfg, market, base, model, tokenizer, Path(out_dir))
    ends = starts[1:] + [time.perf_counter()]
    return [{"total": e - s} | p for s, e, p in zip(starts, ends, phases, strict=True)], pairs


def arm(name: str, locale: str, prompts: int, tokens: int, rounds: int, adapters: str) -> dict:
    import tempfile

    from culturalign.data.market import load_market
    from culturalign.model.base import resolve

    cfg = compose_cfg(locale, prompts, tokens, rounds, adapters)
    market = load_market(cfg.paths, locale)
    base = resolve(cfg.model)
    run = plain_arm if name == "plain-trl" else culturalign_arm
    per_round, pairs = run(cfg, market, base, tempfile.mkdtemp(prefix=f"bench-odpo-{name}-"))
    for r in per_round:
        r["training"] = r["total"] - r["generation"] - r["reward"]
    measured = per_round[1:] or per_round  # the first round is warm-up
    trained = [(r["training"], n) for r, n in zip(per_round, pairs, strict=True)][len(per_round) - len(measured) :]
    per_pair = [t / n for t, n in trained if n]  # culturalign may make fewer pairs than prompts
    return {
        "arm": name,
        "seconds_per_prompt": {k: round(statistics.median(r[k] for r in measured) / prompts, 3) for k in PARTS},
        "training_seconds_per_pair": round(statistics.median(per_pair), 3) if per_pair else None,
        "rounds_measured": len(measured),
        "pairs_per_round": pairs,
        "peak_rss_gib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2),
        "workload": f"{prompts} prompts x 2 answers x {tokens} tokens per round, {rounds} rounds",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--locale", default="en-US")
    parser.add_argument("--prompts", type=int, default=8, help="prompts per round (2 answers each)")
    parser.add_argument("--tokens", type=int, default=96, help="completion token limit")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the first is warm-up")
    parser.add_argument("--adapters", default=str(ROOT / "adapters"), help="adapter store holding the reward model")
    parser.add_argument("--arm", help=argparse.SUPPRESS)
    args = parser.parse_args()
    shape = (args.locale, args.prompts, args.tokens, args.rounds, str(Path(args.adapters).resolve()))
    if args.arm:
        print("RESULT " + json.dumps(arm(args.arm, *shape)))
        return 0
    from culturalign.core.store import kind_dir, versions

    if not versions(Path(shape[4]), args.locale, "reward"):
        sys.exit(
            f"no reward model for {args.locale} under {kind_dir(Path(shape[4]), args.locale, 'reward')}: train one "
            f"(`culturalign reward train locale={args.locale} paths.adapters={shape[4]}`) or point --adapters at "
            "the store that holds it"
        )
    results = {}
    for name in ("plain-trl", "culturalign"):
        cmd = [sys.executable, __file__, "--arm", name, "--locale", args.locale, "--prompts", str(args.prompts)]
        cmd += ["--tokens", str(args.tokens), "--rounds", str(args.rounds), "--adapters", shape[4]]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"arm {name} failed (exit {proc.returncode}):\n{proc.stderr[-4000:]}")
        results[name] = json.loads(next(line for line in proc.stdout.splitlines() if line.startswith("RESULT "))[7:])
        print(json.dumps(results[name]), flush=True)
    plain, ours = results["plain-trl"]["seconds_per_prompt"], results["culturalign"]["seconds_per_prompt"]
    per_pair = [results[n]["training_seconds_per_pair"] for n in ("plain-trl", "culturalign")]
    print(
        " | ".join(f"{k} {plain[k] / ours[k]:.2f}x" for k in PARTS if ours[k] > 0)
        + (f" | training per pair {per_pair[0] / per_pair[1]:.2f}x" if all(per_pair) else "")
        + f" | peak RSS ratio {results['culturalign']['peak_rss_gib'] / results['plain-trl']['peak_rss_gib']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
