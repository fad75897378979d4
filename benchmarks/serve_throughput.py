"""Serving throughput of `culturalign serve`'s engine: four ways to serve, side by side, in one run.

    .venv/bin/python benchmarks/serve_throughput.py [--tokens 32] [--concurrency 1 4 16] [--requests 16]
    .venv/bin/python benchmarks/serve_throughput.py --tiny            # tiny in-code base: a seconds-long smoke run
    .venv/bin/python benchmarks/serve_throughput.py --random-adapters # untrained LoRA on the real base

Modes, each at every concurrency (closed loop: C clients, each sends its next request when the last is answered):
- base:  the bare base (no adapter);
- one:   every request on one locale's adapter;
- mixed: requests cycle over the three locales, rows of different adapters share micro-batches (PEFT adapter_names);
- naive: the same three-locale traffic served one request at a time with ``set_adapter`` + ``generate``.
Every request generates exactly ``--tokens`` tokens (EOS ignored), so modes do equal work and tokens/s compare.

Adapters: each locale's champion (registry alias, else the newest version that verifies), as the server loads them;
a locale with none trained gets a random-init LoRA (rank and targets from ``rl``) on the real base, which costs the
same to run. Requests go straight to the micro-batcher, not through HTTP: a loopback request adds about a
millisecond, while one generated token costs tens of milliseconds here. Prints tokens/s, p50/p99 latency, the
ratios mixed/one (target >= 0.8) and mixed/naive at the highest concurrency (target >= 3), and the router's decision
time (target <= 50 us).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FALLBACK_PROMPTS = ["Where is my order?", "How do I reset my router?", "Can I return opened headphones?"]


# ------------------------------------------------------------------------------------------------ setup


def config(tiny: bool, workdir: Path):
    """The shipped config (real base, real adapters), or the tiny in-code base from the tests for a smoke run."""
    from culturalign.core.config import compose

    if not tiny:
        return compose([])
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import build_tiny_base  # the same 2-layer llama the unit tests use

    base = build_tiny_base(workdir / "tiny-base")
    return compose(
        ["model=local", f"model.path={base}", f"paths.adapters={workdir}/adapters", "tracking.enabled=false"]
    )


def random_adapter(cfg, base, tag: str, seed: int, workdir: Path) -> Path:
    """An untrained LoRA shaped like a trained policy (``rl`` rank, targets, layers), B != 0 so it changes output."""
    import torch
    from culturalign.core import store
    from culturalign.train.policy import lora_config
    from peft import get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_pretrained(base.path)
    lora = lora_config(cfg.rl, model.config.num_hidden_layers)
    lora.init_lora_weights = False
    model = get_peft_model(model, lora)
    manifest = {"base_fingerprint": base.fingerprint, "base_id": base.source_id}
    return store.publish(workdir / "random-adapters", tag, "policy", model.save_pretrained, manifest)


def load(cfg, random_adapters: bool, workdir: Path):
    """(engine, {tag: adapter name}, {tag: 'champion vN' | 'random'}) with the server's own loading code."""
    from culturalign.serve.local import Loaded, LocalEngine

    engine = LocalEngine.load(cfg) if not random_adapters else _bare_engine(cfg)
    names, origin = {}, {}
    for i, tag in enumerate(engine.tags):
        info = engine._serving.adapters.get(tag)
        if info is None:
            path = random_adapter(cfg, engine.base, tag, i, workdir)
            info = Loaded(tag, int(path.name), path, 0)
            engine._attach(info)
            origin[tag] = "random-init"
        else:
            origin[tag] = f"trained v{info.version}"
        names[tag] = info.name
    return engine, names, origin


def _bare_engine(cfg):
    from culturalign.model.base import load_causal_lm, resolve
    from culturalign.serve.local import LocalEngine

    base = resolve(cfg.model)
    return LocalEngine(cfg, base, *load_causal_lm(base, cfg.model))


def prompts(cfg, tags: list[str]) -> dict[str, list[str]]:
    """Each locale's held-out eval prompts (real traffic shape), or a fixed few when the locale has none."""
    from culturalign.data.preferences import Report, read_jsonl

    out = {}
    for tag in tags:
        path = Path(cfg.paths.locales) / tag / "eval.jsonl"
        rows = [r["prompt"] for _, r in read_jsonl(path, Report())] if path.is_file() else []
        out[tag] = rows or FALLBACK_PROMPTS
    return out


# ------------------------------------------------------------------------------------------------ measuring


async def one_request(batcher, ids: list[int], adapter: str, tokens: int) -> tuple[float, int]:
    """(latency s, generated tokens) of one request through the batcher."""
    from culturalign.serve.batcher import Job, Sampling

    loop, done = asyncio.get_running_loop(), asyncio.get_running_loop().create_future()

    def emit(event) -> None:
        if event.kind != "delta":
            loop.call_soon_threadsafe(lambda: done.done() or done.set_result(event))

    start = time.perf_counter()
    batcher.submit(Job(ids, adapter, tokens, emit, Sampling(ignore_eos=True)))
    event = await done
    if event.kind == "error":
        raise event.error
    return time.perf_counter() - start, event.completion_tokens


async def closed_loop(batcher, work: list[tuple[list[int], str]], concurrency: int, tokens: int) -> dict:
    """C clients share the work list; returns tokens/s and latency percentiles."""
    queue = list(reversed(work))
    latencies, generated = [], 0

    async def client() -> None:
        nonlocal generated
        while queue:
            ids, adapter = queue.pop()
            latency, n = await one_request(batcher, ids, adapter, tokens)
            latencies.append(latency)
            generated += n

    start = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    wall = time.perf_counter() - start
    return {"tok_s": generated / wall, "p50_s": percentile(latencies, 50), "p99_s": percentile(latencies, 99)}


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (with a dozen samples p99 is simply the slowest request, not an interpolation)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def workloads(engine, names: dict[str, str], texts: dict[str, list[str]], n: int) -> dict[str, list]:
    """Token ids + adapter per request, for each mode; the same prompts in the same order for every mode."""
    from culturalign.serve.batcher import BASE

    tags = list(names)
    order = [tags[i % len(tags)] for i in range(n)]  # locales take turns, as mixed traffic would
    ids = [
        engine.encode([{"role": "user", "content": texts[t][i // len(tags) % len(texts[t])]}])
        for i, t in enumerate(order)
    ]
    return {
        "base": [(i, BASE) for i in ids],
        "one": [(i, names[tags[0]]) for i in ids],
        "mixed": [(i, names[t]) for i, t in zip(ids, order, strict=True)],
        "naive": [(i, names[t]) for i, t in zip(ids, order, strict=True)],
    }


def batchers(engine, cfg) -> dict:
    """The server's batcher for base/one/mixed, and a one-request-at-a-time set_adapter batcher for naive."""
    from culturalign.serve.batcher import Batcher

    s, model, tok = cfg.serve, engine.batcher.model, engine.batcher.tokenizer
    decoding = engine.batcher.decoding  # decoded as served (cfg.decoding), in every arm
    mixed = Batcher(model, tok, s.max_batch_size, s.max_wait_ms, max_queue=10_000, decoding=decoding)
    naive = Batcher(model, tok, 1, 0, max_queue=10_000, mode="switch", decoding=decoding)
    return {"base": mixed, "one": mixed, "mixed": mixed, "naive": naive}


async def measure(engine, cfg, work: dict, levels: list[int], tokens: int, requests: int) -> dict:
    """Every mode at every concurrency on one model. Modes take turns within a level, so a neighbour's CPU burst on
    a shared machine hits the modes being compared alike rather than one whole mode."""
    by_mode = batchers(engine, cfg)
    for b in set(by_mode.values()):
        b.start()
    try:
        for mode, jobs in work.items():
            await closed_loop(by_mode[mode], jobs[:2], 2, 4)  # warm-up: first-call allocations, adapter switch
        results = {}
        for c in levels:
            for mode, jobs in work.items():
                results[(mode, c)] = await closed_loop(by_mode[mode], jobs[: max(c, requests)], c, tokens)
                print(f"  {mode:<6} c={c:<3} {fmt(results[(mode, c)])}", flush=True)
        return results
    finally:
        for b in set(by_mode.values()):
            b.stop()


def fmt(r: dict) -> str:
    return f"{r['tok_s']:7.1f} tok/s   p50 {r['p50_s']:6.2f} s   p99 {r['p99_s']:6.2f} s"


# ------------------------------------------------------------------------------------------------ report


def report(results: dict, levels: list[int], router_us: float, origin: dict, device: str) -> dict:
    top = max(levels)
    mixed_vs_one = {c: results[("mixed", c)]["tok_s"] / results[("one", c)]["tok_s"] for c in levels}
    mixed_vs_naive = results[("mixed", top)]["tok_s"] / results[("naive", top)]["tok_s"]
    print(f"\nadapters: {origin}   device: {device}")
    print("mode    " + "".join(f"| c={c:<2} tok/s  p50 s  p99 s  " for c in levels))
    for mode in ("base", "one", "mixed", "naive"):
        cells = [results[(mode, c)] for c in levels]
        print(f"{mode:<8}" + "".join(f"| {r['tok_s']:8.1f} {r['p50_s']:6.2f} {r['p99_s']:6.2f}  " for r in cells))
    ratios = ", ".join(f"c={c}: {v:.2f}x" for c, v in mixed_vs_one.items())
    print(f"\nmixed vs one adapter (target >= 0.8x): {ratios}")
    print(f"mixed vs naive switching at c={top} (target >= 3x): {mixed_vs_naive:.2f}x")
    print(f"router decision (target <= 50 us): {router_us:.1f} us")
    return {
        "results": {f"{m}@{c}": r for (m, c), r in results.items()},
        "mixed_vs_one": mixed_vs_one,
        "mixed_vs_naive": mixed_vs_naive,
        "router_us": router_us,
        "adapters": origin,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tokens", type=int, default=32, help="tokens generated per request")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--requests", type=int, default=8, help="requests per run (raised to the concurrency)")
    parser.add_argument("--tiny", action="store_true", help="tiny in-code base and random adapters (smoke run)")
    parser.add_argument("--random-adapters", action="store_true", help="ignore trained adapters")
    parser.add_argument("--out", type=Path, help="also write the numbers as JSON here")
    args = parser.parse_args()

    import torch
    from culturalign.core import tracking
    from culturalign.serve import router
    from culturalign.serve.engines import make_table

    with tempfile.TemporaryDirectory() as tmp:
        cfg = config(args.tiny, Path(tmp))
        tracking.configure(cfg.tracking)
        engine, names, origin = load(cfg, args.random_adapters or args.tiny, Path(tmp))
        work = workloads(engine, names, prompts(cfg, list(names)), max(args.requests, *args.concurrency))
        device = f"CPU, {torch.get_num_threads()} torch threads" if not torch.cuda.is_available() else "GPU"
        print(
            f"serving {names} on {cfg.model.name}; {args.tokens} tokens/request, max({args.requests}, C) requests/run"
        )
        results = asyncio.run(measure(engine, cfg, work, args.concurrency, args.tokens, args.requests))
    router_us = router.decision_microseconds(make_table(list(names), cfg.serve))
    summary = report(results, args.concurrency, router_us, origin, device)
    if args.out:
        args.out.write_text(json.dumps(summary, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
