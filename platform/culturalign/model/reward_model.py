"""Reward models as scorers: a sequence-classification head on the shared base plus a market's reward LoRA.

Training and scoring render (prompt, answer) with the base's chat template through one function, ``encode``, so a
reward model is always scored in the text format it was trained on, with the truncation recorded in its manifest.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from culturalign.core import registry, store
from culturalign.data.preferences import as_messages
from culturalign.model.base import BaseModel


def encode(tokenizer, prompt: Any, answer: str, max_length: int) -> list[int]:
    """Token ids of prompt + answer in the chat format, truncated to ``max_length`` (style shows early)."""
    messages = as_messages(prompt) + [{"role": "assistant", "content": answer}]
    text = tokenizer.apply_chat_template(messages, tokenize=False)
    return tokenizer(text, add_special_tokens=False)["input_ids"][:max_length]


def encode_pairs(tokenizer, rows: list[dict], max_length: int) -> list[dict]:
    out = []
    for r in rows:
        chosen = encode(tokenizer, r["prompt"], r["chosen"], max_length)
        rejected = encode(tokenizer, r["prompt"], r["rejected"], max_length)
        out.append({"chosen_ids": chosen, "rejected_ids": rejected, "length": max(len(chosen), len(rejected))})
    return out


def load_scorer_base(base: BaseModel):
    """(sequence-classification model with a fresh 1-logit head, tokenizer) on the shared base."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    from trl.trainer.reward_trainer import suppress_seqcls_warning

    tokenizer = AutoTokenizer.from_pretrained(base.path)
    tokenizer.padding_side = "right"
    with suppress_seqcls_warning():
        model = AutoModelForSequenceClassification.from_pretrained(base.path, num_labels=1, dtype=torch.float32)
    model.config.pad_token_id = tokenizer.pad_token_id  # the head reads the last non-pad token
    return model, tokenizer


def scores(
    model, tokenizer, prompts: list[Any], answers: list[str], max_length: int, bf16: bool, batch_size: int = 16
) -> list[float]:
    """Scalar reward of each (prompt, answer); batches sorted by length to waste no compute on padding."""
    import torch

    ids = [encode(tokenizer, p, a, max_length) for p, a in zip(prompts, answers, strict=True)]
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    out = [0.0] * len(ids)
    device = next(model.parameters()).device
    autocast = torch.autocast(device.type, dtype=torch.bfloat16, enabled=bf16)
    with torch.inference_mode(), autocast:
        for start in range(0, len(order), batch_size):
            batch = [ids[i] for i in order[start : start + batch_size]]
            width = max(map(len, batch))
            input_ids = torch.full((len(batch), width), tokenizer.pad_token_id, dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for row, seq in enumerate(batch):
                input_ids[row, : len(seq)] = torch.tensor(seq)
                mask[row, : len(seq)] = 1
            logits = model(input_ids=input_ids.to(device), attention_mask=mask.to(device)).logits[:, 0].float()
            for i, value in zip(order[start : start + batch_size], logits.tolist(), strict=True):
                out[i] = value
    return out


def pair_metrics(model, tokenizer, rows: list[dict], max_length: int, bf16: bool) -> dict[str, float]:
    """Accuracy (chosen scored above rejected) and mean margin over preference rows."""
    prompts = [r["prompt"] for r in rows]
    chosen = scores(model, tokenizer, prompts, [r["chosen"] for r in rows], max_length, bf16)
    rejected = scores(model, tokenizer, prompts, [r["rejected"] for r in rows], max_length, bf16)
    margins = [c - r for c, r in zip(chosen, rejected, strict=True)]
    n = len(margins)
    return {"n": n, "accuracy": sum(m > 0 for m in margins) / max(n, 1), "mean_margin": sum(margins) / max(n, 1)}


def attach(model, base: BaseModel, path: Path, name: str):
    """Add a verified reward adapter to ``model`` (a seq-cls base or a PeftModel holding others)."""
    from peft import PeftModel

    registry.verify(path, base.fingerprint)
    if hasattr(model, "load_adapter") and hasattr(model, "peft_config"):
        model.load_adapter(str(path), adapter_name=name)
        return model
    return PeftModel.from_pretrained(model, str(path), adapter_name=name)


def trained_max_length(path: Path) -> int:
    """The truncation a reward adapter was trained with: scoring must use the same (it is in the manifest)."""
    return json.loads((Path(path) / store.MANIFEST).read_text())["max_length"]
