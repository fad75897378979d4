"""Attaching published adapters to a loaded base: policy adapters on the causal LM, reward adapters on the scorer.

Every attach first verifies the version (``core.registry.verify``: file checksums, base fingerprint, and the
checksums the registry recorded at registration). Several adapters sit on one base under their market tags, so one
process can mix markets in a batch (PEFT ``adapter_names``).
"""

from __future__ import annotations

import json
from pathlib import Path

from culturalign.core import registry, store
from culturalign.core.config import AppConfig
from culturalign.core.locales import canonical
from culturalign.core.registry import champion_or_newest
from culturalign.model.base import BaseModel, load_causal_lm
from culturalign.model.reward_model import load_reward_models


def sft_name(tag: str) -> str:
    """The adapter name of a market's SFT start when it sits beside the policy adapter (``en-JP@sft``)."""
    return f"{tag}@sft"


def load_policy_model(
    cfg: AppConfig,
    base: BaseModel,
    tags: list[str],
    versions: dict[str, str | None] | None = None,
    with_sft: bool = False,
):
    """(base causal LM with each tag's verified policy adapter attached under its tag name, tokenizer, versions).

    ``with_sft`` also attaches the SFT adapter each policy grew from, as ``sft_name(tag)`` (when its manifest
    names one), so an evaluation can put the policy, its SFT start and the base in one mixed batch.
    """
    model, tokenizer = load_causal_lm(base, cfg.model)
    chosen = {}
    for tag in tags:
        path = champion_or_newest(cfg.paths.adapters, tag, "policy", (versions or {}).get(tag))
        model = _attach(model, base, path, tag)
        chosen[tag] = int(path.name)
        sft_version = json.loads((path / store.MANIFEST).read_text()).get("sft_version")
        if with_sft and sft_version is not None:
            sft_path = store.resolve(Path(cfg.paths.adapters), tag, "sft", sft_version)
            model = _attach(model, base, sft_path, sft_name(tag))
    model.eval()
    return model, tokenizer, chosen


def _attach(model, base: BaseModel, path: Path, name: str):
    from peft import PeftModel

    registry.verify(path, base.fingerprint)
    if isinstance(model, PeftModel):
        model.load_adapter(str(path), adapter_name=name)
        return model
    return PeftModel.from_pretrained(model, str(path), adapter_name=name)


def load_reward_scorer(cfg: AppConfig, base: BaseModel, tags: list[str]):
    """Seq-cls base with each tag's champion (else newest) reward adapter attached under its tag name."""
    return load_reward_models(base, {tag: champion_or_newest(cfg.paths.adapters, tag, "reward") for tag in tags})


def attach_policy(model, base: BaseModel, adapters_root, tag: str, version: str | None):
    """Wrap a causal LM with the market's verified policy adapter (champion, else newest)."""
    from peft import PeftModel

    path = champion_or_newest(adapters_root, tag, "policy", version)
    registry.verify(path, base.fingerprint)
    return PeftModel.from_pretrained(model, path, adapter_name=canonical(tag)).eval()
