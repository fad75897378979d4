"""``culturalign <command> key=value ...``: compose the Hydra config, type it, dispatch to the command.

Every command takes the same config tree (``hydra_conf/``); overrides use Hydra syntax (``reward.lora_r=8``,
``model=qwen2.5-0.5b``). Commands are looked up in a plain dict and imported lazily, so ``--help`` is instant.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
from pathlib import Path

from culturalign.config import AppConfig, to_config

ROOT = Path(os.environ.get("CULTURALIGN_ROOT", Path(__file__).resolve().parents[2]))

# command words -> (module:function, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "data validate": ("culturalign.cli:data_validate", "check every locale file and policy (locale=<tag> for one)"),
    "data import": (
        "culturalign.cli:data_import",
        "src=<file> locale=<tag> format=trl|trl-conversational|hh|ultrafeedback",
    ),
    "chat": ("culturalign.cli:chat", 'answer one message: locale=base prompt="..."'),
    "reward train": ("culturalign.reward:train_main", "train locale=<tag>'s reward model [resume=true]"),
    "reward score": ("culturalign.reward:score_main", "locale=<tag> pairs=<file.jsonl> | text=... prompt=..."),
    "reward matrix": ("culturalign.reward:matrix_main", "every reward model on every locale's test pairs"),
    "policy train": (
        "culturalign.rl:train_main",
        "train locale=<tag>'s policy adapter: rl=grpo|rloo|dpo [resume=true]",
    ),
    "generate": (
        "culturalign.evaluate:generate_main",
        "locale=<tag>|base prompts=<in.jsonl> out=<out.jsonl> [version=]",
    ),
    "evaluate": ("culturalign.evaluate:evaluate_main", "locale=<tag>: win rate vs base, KL, chrF; sets champion"),
    "pipeline": ("culturalign.pipeline:main", "the main job (make demo): validate, train, evaluate every locale"),
    "serve": (
        "culturalign.server:main",
        "OpenAI-compatible server: every market's champion on one base",
    ),
    "audit": ("culturalign.audit:main", "per-market audit report from MLflow: reports/audit-<time>/ [locales=[...]]"),
    "annotate": ("culturalign.annotate:serve_main", "the rating web app (admin page: $CULTURALIGN_ANNOTATE_ADMIN)"),
    "annotate add-rater": ("culturalign.annotate:add_rater_main", "annotate.rater=<name>: print a new sign-in token"),
    "annotate items": ("culturalign.annotate:items_main", "locale=<tag> [annotate.variants=[base,<tag>]]: items"),
    "annotate export": ("culturalign.annotate:export_main", "locale=<tag> [split=train]: majority votes -> pairs"),
}


def usage() -> str:
    width = max(map(len, COMMANDS))
    lines = ["usage: culturalign <command> [key=value ...]", "", "commands:"]
    lines += [f"  {name:<{width}}  {text}" for name, (_, text) in COMMANDS.items()]
    lines += ["", "Overrides use Hydra syntax over hydra_conf/ (e.g. model=qwen2.5-0.5b reward.lora_r=8)."]
    return "\n".join(lines)


def compose(overrides: list[str]) -> AppConfig:
    """Hydra-compose hydra_conf/config.yaml with ``overrides`` and type-check the result."""
    from hydra import compose as hydra_compose
    from hydra import initialize_config_dir

    with initialize_config_dir(config_dir=str(ROOT / "hydra_conf"), version_base=None):
        return to_config(hydra_compose(config_name="config", overrides=overrides))


def resolve_path(cfg_path: str) -> Path:
    """Config paths are relative to the project root."""
    path = Path(cfg_path)
    return path if path.is_absolute() else ROOT / path


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    words = [a for a in argv if "=" not in a and not a.startswith("-")]
    overrides = [a for a in argv if "=" in a]
    if not words or "--help" in argv or "-h" in argv:
        print(usage())
        return 0
    name = " ".join(words)
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
    module, func = COMMANDS[name][0].split(":")
    return getattr(importlib.import_module(module), func)(cfg) or 0


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
    return finish(cfg, since=started)


# --------------------------------------------------------------------------------------------- data commands


def token_counter(cfg: AppConfig):
    """(prompt, answer) -> tokens as the base model sees them, chat template included."""
    from culturalign import base
    from culturalign.data import as_messages

    tokenizer = base.load_tokenizer(base.resolve(cfg.model))

    def count(prompt, answer: str) -> int:
        messages = as_messages(prompt) + [{"role": "assistant", "content": answer}]
        text = tokenizer.apply_chat_template(messages, tokenize=False)
        return len(tokenizer(text, add_special_tokens=False)["input_ids"])

    return count


def data_validate(cfg: AppConfig) -> int:
    """Validate every locale (or ``locale=``) and every policy; print file:line: field: problem."""
    from culturalign.data import validate_locale
    from culturalign.locales import list_locales
    from culturalign.policies import load_policy
    from culturalign.schema import SchemaError

    locales_root, policies_root = resolve_path(cfg.paths.locales), resolve_path(cfg.paths.policies)
    tags = [cfg.locale] if cfg.locale else list_locales(locales_root)
    count = token_counter(cfg)
    problems = []
    for policy_file in sorted(policies_root.glob("*.yaml")):
        try:
            load_policy(policy_file)
        except SchemaError as exc:
            problems += exc.problems
    for tag in tags:
        report = validate_locale(locales_root, policies_root, tag, cfg.data, count)
        problems += report.problems
        for name, stats in report.stats.items():
            print(f"{name}: " + json.dumps(stats))
    for p in dict.fromkeys(problems):  # a policy shared by locales is reported once
        print(p)
    print(f"{len(tags)} locale(s), {len(problems)} problem(s)")
    return 1 if problems else 0


def data_import(cfg: AppConfig) -> int:
    """Convert ``src`` into ``locale``'s preferences.jsonl (validated, deduplicated, atomic)."""
    from culturalign.data import PREFERENCES, import_pairs
    from culturalign.locales import locale_dir
    from culturalign.schema import SchemaError

    if not cfg.src or not cfg.locale:
        print("culturalign data import: needs src=<file> and locale=<tag>", file=sys.stderr)
        return 2
    dest = locale_dir(resolve_path(cfg.paths.locales), cfg.locale) / PREFERENCES
    try:
        stats = import_pairs(Path(cfg.src), dest, cfg.format, cfg.split, cfg.data, token_counter(cfg))
    except (SchemaError, ValueError, FileNotFoundError) as exc:
        print(f"culturalign data import: nothing written:\n{exc}", file=sys.stderr)
        return 1
    print(json.dumps({"dest": str(dest)} | stats))
    return 0


def chat(cfg: AppConfig) -> int:
    """Answer ``prompt`` with the base model (locale=base) or the locale's policy adapter."""
    from culturalign import base
    from culturalign.generation import generate

    if not cfg.prompt:
        print('culturalign chat: needs prompt="..."', file=sys.stderr)
        return 2
    try:
        resolved = base.resolve(cfg.model)
    except base.BaseModelError as exc:
        print(f"culturalign chat: {exc}", file=sys.stderr)
        return 1
    model, tokenizer = base.load_causal_lm(resolved, cfg.model)
    if cfg.locale not in (None, "base"):
        from culturalign.adapters import AdapterError, attach_policy

        try:
            model = attach_policy(model, resolved, resolve_path(cfg.paths.adapters), cfg.locale, cfg.version)
        except AdapterError as exc:
            print(f"culturalign chat: {exc}", file=sys.stderr)
            return 1
    print(generate(model, tokenizer, [cfg.prompt], max_new_tokens=cfg.max_new_tokens, decoding=cfg.decoding)[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
