"""The main job (``make demo``): for every configured locale, validate data, train the reward model, then compare.

    culturalign pipeline [locales=[en-US,en-JP]] [profile=quick|full] [force=true]

Each locale gets one parent MLflow run with a child run per stage. A stage whose inputs (data sha, policy sha,
stage config, base fingerprint) match its newest published adapter is skipped unless ``force=true``.
"""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path


from culturalign import adapters, tracking
from culturalign.base import resolve
from culturalign.cli import data_validate, resolve_path
from culturalign.config import AppConfig, to_dict
from culturalign.data import data_sha256
from culturalign.locales import canonical, load_locale
from culturalign.policies import load_policy


def stage_inputs(cfg: AppConfig, tag: str, kind: str, fingerprint: str) -> dict:
    """What a stage's output depends on; equal inputs mean the newest adapter is still current."""
    locale_path = resolve_path(cfg.paths.locales) / tag
    policy = resolve_path(cfg.paths.policies) / f"{load_locale(locale_path / 'locale.yaml').policy}.yaml"
    stage_cfg = {"reward": cfg.reward, "policy": cfg.rl}[kind]
    return {
        "data_sha256": data_sha256(locale_path),
        "policy_sha256": load_policy(policy).sha256,
        "base_fingerprint": fingerprint,
        "config": to_dict(stage_cfg),
    }


def current_version(cfg: AppConfig, tag: str, kind: str, fingerprint: str) -> Path | None:
    """The newest adapter of this kind if it was built from exactly the current inputs."""
    root = resolve_path(cfg.paths.adapters)
    available = adapters.versions(root, tag, kind)
    if not available:
        return None
    path = adapters.kind_dir(root, tag, kind) / str(available[-1])
    manifest = json.loads((path / adapters.MANIFEST).read_text())
    wanted = stage_inputs(cfg, tag, kind, fingerprint)
    config_key = {"reward": "reward", "policy": "rl"}[kind]
    built = {k: manifest.get(k) for k in ("data_sha256", "policy_sha256", "base_fingerprint")}
    built["config"] = manifest.get("config", {}).get(config_key)
    return path if built == wanted else None


def reward_stage(cfg: AppConfig, tag: str, fingerprint: str) -> dict:
    from culturalign.reward import train_main

    path = None if cfg.force else current_version(cfg, tag, "reward", fingerprint)
    if path is not None:
        print(f"[{tag}] reward model v{path.name} is current (same data, policy, config, base): skipped")
    else:
        print(f"[{tag}] training reward model")
        train_main(dataclasses.replace(cfg, locale=tag))
        path = current_version(cfg, tag, "reward", fingerprint)
    manifest = json.loads((path / adapters.MANIFEST).read_text())
    return {"reward_version": int(path.name), "reward_accuracy": manifest["metrics"]["accuracy"]}


def main(cfg: AppConfig) -> int:
    tags = [canonical(t) for t in cfg.locales]
    print(f"== culturalign pipeline: {', '.join(tags)} (profile {cfg.profile.name})")
    if data_validate(dataclasses.replace(cfg, locale=None)) != 0:
        print("data validation failed: fix the problems above and run again")
        return 1
    uri = tracking.configure(cfg.tracking)
    base = resolve(cfg.model)
    summary = {}
    for tag in tags:
        started = time.perf_counter()
        with tracking.run(f"pipeline-{tag}", {"locale": tag, "kind": "pipeline", "base_fingerprint": base.fingerprint}):
            summary[tag] = reward_stage(cfg, tag, base.fingerprint)
            summary[tag]["minutes"] = (time.perf_counter() - started) / 60
    from culturalign.reward import matrix_main

    matrix_main(cfg)
    print_summary(summary, uri, cfg)
    return 0


def print_summary(summary: dict, uri: str | None, cfg: AppConfig) -> None:
    print("\nlocale   reward  accuracy  minutes")
    for tag, row in summary.items():
        print(f"{tag:<8} v{row['reward_version']:<6} {row['reward_accuracy']:8.3f}  {row['minutes']:7.1f}")
    print("\nWhere to look next:")
    if uri:
        print(f"  mlflow ui --backend-store-uri {uri}      # runs, metrics, registry aliases")
    print(f"  {resolve_path(cfg.paths.adapters)}/<tag>/reward/<version>/manifest.json   # lineage of each adapter")
    print("  culturalign reward score locale=en-JP prompt=\"...\" text=\"...\"   # score any answer")
