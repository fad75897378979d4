"""``culturalign <command> key=value ...``: compose the Hydra config, type it, dispatch, print the result.

Every command takes the same config tree (``hydra_conf/``); overrides use Hydra syntax (``reward.lora_r=8``,
``model=qwen2.5-0.5b``). Commands are looked up in a plain dict and imported lazily, so ``--help`` is instant.
A command returns a ``core.command.Result`` (or raises ``CommandError``); this module alone prints, and no module
imports it.
"""

from __future__ import annotations

import importlib
import json
import sys
import time

from culturalign.core.command import CommandError
from culturalign.core.config import ROOT, AppConfig, compose, to_config

# command words -> (module:function, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "data validate": ("culturalign.data.commands:validate_main", "check every market's files and policy [locale=]"),
    "data stats": ("culturalign.data.commands:stats_main", "shortcut baselines per pair type, token lengths [locale=]"),
    "data import": (
        "culturalign.data.commands:import_main",
        "src=<file> locale=<tag> format=trl[-conversational]|hh|ultrafeedback",
    ),
    "data synthesize": (
        "culturalign.train.synthesize:synthesize_main",
        "locale=<tag> [teacher=local|<url>] [n=]: pairs from policies by AI feedback",
    ),
    "market new": ("culturalign.data.scaffold:market_new_main", "locale=<tag> [like=<tag>]: a new market's files"),
    "chat": ("culturalign.model.chat:chat_main", 'answer one message: locale=<tag>|base prompt="..."'),
    "generate": ("culturalign.model.chat:generate_main", "locale=<tag>|base prompts=<in.jsonl> out=<out.jsonl>"),
    "reward train": ("culturalign.train.reward:train_main", "train locale=<tag>'s reward model [resume=true]"),
    "reward score": (
        "culturalign.judge.reward_eval:score_main",
        "locale=<tag> pairs=<file> | text=... prompt=...",
    ),
    "reward matrix": ("culturalign.judge.reward_eval:matrix_main", "every reward model on every market's test pairs"),
    "reward bench": (
        "culturalign.judge.reward_eval:bench_main",
        "locale=<tag> [pairs=]: accuracy by type, shortcuts",
    ),
    "policy train": (
        "culturalign.train.policy:train_main",
        "locale=<tag>'s policy adapter: rl=online_dpo|grpo|rloo|dpo",
    ),
    "evaluate": ("culturalign.judge.evaluate:evaluate_main", "locale=<tag>: every family vs the base; sets champion"),
    "pipeline": ("culturalign.pipeline:main", "the main job (make demo): validate, train, evaluate every market"),
    "serve": ("culturalign.serve.app:main", "OpenAI-compatible server: every market's champion on one base"),
    "audit": ("culturalign.audit.render:main", "per-market audit report: reports/audit-<time>/ [locales=[...]]"),
    "annotate": ("culturalign.annotate.app:serve_main", "the rating web app (admin: $CULTURALIGN_ANNOTATE_ADMIN)"),
    "annotate add-rater": ("culturalign.annotate.store:add_rater_main", "annotate.rater=<name>: print a sign-in token"),
    "annotate items": ("culturalign.annotate.items:items_main", "locale=<tag> [annotate.variants=[base,<tag>]]"),
    "annotate export": ("culturalign.annotate.items:export_main", "locale=<tag> [split=]: majority votes as pairs"),
}


def usage() -> str:
    width = max(map(len, COMMANDS))
    lines = ["usage: culturalign <command> [key=value ...]", "", "commands:"]
    lines += [f"  {name:<{width}}  {text}" for name, (_, text) in COMMANDS.items()]
    lines += ["", "Overrides use Hydra syntax over hydra_conf/ (e.g. model=qwen2.5-0.5b reward.lora_r=8)."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    words = [a for a in argv if "=" not in a and not a.startswith("-")]
    overrides = [a for a in argv if "=" in a]
    if not words or "--help" in argv or "-h" in argv:
        print(usage())
        return 0
    name = " ".join(words)
    if name not in COMMANDS and " ".join(words[:-1]) in COMMANDS:  # `market new en-AU` = `market new locale=en-AU`
        name, overrides = " ".join(words[:-1]), [f"locale={words[-1]}", *overrides]
    if name not in COMMANDS:
        print(f"culturalign: unknown command {name!r}\n\n{usage()}", file=sys.stderr)
        return 2
    if "-m" in argv or "--multirun" in argv:
        return multirun(name, overrides)
    try:
        cfg = compose(overrides)
    except Exception as exc:  # Hydra and OmegaConf raise several types for a bad override; all are user errors
        print(f"culturalign: bad configuration: {exc}", file=sys.stderr)
        return 2
    return run_command(name, cfg)


def run_command(name: str, cfg: AppConfig) -> int:
    """Run one command and print what it returns; its errors go to stderr. Returns the exit status."""
    module, func = COMMANDS[name][0].split(":")
    return report(name, lambda: getattr(importlib.import_module(module), func)(cfg))


def report(name: str, call) -> int:
    """Print ``call()``'s Result (its lines, then its data as one JSON line) or its CommandError; the exit status."""
    try:
        result = call()
    except CommandError as exc:
        print(f"culturalign {name}: {exc}", file=sys.stderr)
        return exc.code
    for line in result.lines:
        print(line)
    if result.data is not None:
        print(json.dumps(result.data, default=str))
    return result.code


def multirun(name: str, overrides: list[str]) -> int:
    """``culturalign <command> -m locale=en-US,en-JP``: one job per sweep value through Hydra's launcher.

    The launcher is hydra_conf's (joblib; ``hydra/launcher=ray`` or ``submitit_slurm`` once their plugins are
    installed). Jobs may run in other processes, so a job reports failure by raising, which Hydra re-raises here.
    The pipeline then runs its cross-market stage once over the swept locales.
    """
    import hydra

    @hydra.main(config_path=str(ROOT / "hydra_conf"), config_name="config", version_base=None)
    def job(hydra_cfg) -> None:
        code = run_command(name, to_config(hydra_cfg))
        if code:
            raise RuntimeError(f"culturalign {name} exited with {code}")

    started = time.time()
    saved, sys.argv = sys.argv, [f"culturalign {name}", "--multirun", *overrides]
    try:
        job()
    finally:
        sys.argv = saved
    if name != "pipeline":
        return 0
    from culturalign.pipeline import finish

    plain = [o for o in overrides if not o.startswith(("locale=", "hydra"))]
    swept = next((o.split("=", 1)[1].split(",") for o in overrides if o.startswith("locale=")), None)
    cfg = compose(plain + ([f"locales=[{','.join(swept)}]"] if swept else []))
    return report(name, lambda: finish(cfg, since=started))


if __name__ == "__main__":
    sys.exit(main())
