"""Reward models as scorers: a sequence-classification head on the shared base plus a market's reward LoRA.

Training and scoring render (prompt, answer) with the base's chat template through one function, ``encode``, so a
reward model is always scored in the text format it was trained on, with the truncation recorded in its manifest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
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


POOLINGS = ("last", "mean")


@dataclass(frozen=True)
class Head:
    """How a reward model reads the base: the output of layer ``depth`` (0 = every layer), pooled by ``pooling``.

    ``last``: the score of the last token (Hugging Face's sequence classifier). ``mean``: the mean of the per-token
    scores over the answer, so a phrase anywhere in it counts as much as the end (the score head is linear, so this
    is the score of the answer's mean hidden state). Recorded in the manifest; scoring rebuilds the same head.
    """

    depth: int = 0
    pooling: str = "last"

    @classmethod
    def of(cls, path: Path) -> Head:
        manifest = json.loads((Path(path) / store.MANIFEST).read_text())
        return cls(manifest.get("depth", 0), manifest.get("pooling", "last"))


def load_scorer_base(base: BaseModel, head: Head = Head(), dtype=None):
    """(sequence-classification model with a fresh 1-logit head, tokenizer) on the base, cut to ``head.depth``.

    Weights in ``dtype`` (default float32). Training passes bfloat16: under autocast, float32 frozen weights would be
    cast again on every forward and the residual stream would stay float32 (``upcast_trainable`` keeps what trains
    in float32)."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    from trl.trainer.reward_trainer import suppress_seqcls_warning

    tokenizer = AutoTokenizer.from_pretrained(base.path)
    tokenizer.padding_side = "right"
    with suppress_seqcls_warning():
        model = AutoModelForSequenceClassification.from_pretrained(
            base.path, num_labels=1, dtype=dtype or torch.float32
        )
    model.config.pad_token_id = tokenizer.pad_token_id  # the head reads the last non-pad token
    if head.depth and head.depth < model.config.num_hidden_layers:
        # the layers above ``depth`` are never run: the final norm and the score head read layer ``depth``
        model.model.layers = model.model.layers[: head.depth]
        model.config.num_hidden_layers = head.depth
    return model, tokenizer


def upcast_trainable(model) -> None:
    """Trainable parameters (LoRA, the score head) in float32 on bfloat16 frozen weights: AdamW's updates to a
    bfloat16 parameter would round away (8 bits of mantissa)."""
    import torch

    for param in model.parameters():
        if param.requires_grad and param.dtype != torch.float32:
            param.data = param.data.float()


def pool(model, tokenizer, head: Head) -> None:
    """Make ``model`` (any wrapping) score as ``head.pooling`` says; call again after merge_and_unload.

    The classifier reads the last non-pad token's score; for ``mean`` a hook on the score head writes there the mean
    of the per-token scores from the first answer token (after the last ``<|im_start|>assistant``) to the end.
    """
    if head.pooling == "last":
        return
    inner = model.get_base_model() if hasattr(model, "get_base_model") else model
    decoder, score = getattr(inner, inner.base_model_prefix), inner.score
    if getattr(score, "_culturalign_pooling", None) == head.pooling:
        return
    start_id = tokenizer.convert_tokens_to_ids("<|im_start|>")
    skip = len(tokenizer("<|im_start|>assistant\n", add_special_tokens=False)["input_ids"])
    seen: dict[str, Any] = {}

    def remember(_module, args, kwargs):
        seen["ids"] = kwargs.get("input_ids", args[0] if args else None)

    def mean_over_answer(_module, _args, out):
        ids = seen.get("ids")
        if ids is None:
            return out
        pooled = out.clone()
        for row in range(ids.shape[0]):
            real = (ids[row] != tokenizer.pad_token_id).nonzero().flatten()
            starts = (ids[row] == start_id).nonzero().flatten()
            if len(real) == 0 or len(starts) == 0:
                continue
            last, begin = int(real[-1]), min(int(starts[-1]) + skip, int(real[-1]))
            pooled[row, last] = out[row, begin : last + 1].mean(0)
        return pooled

    decoder.register_forward_pre_hook(remember, with_kwargs=True)
    score.register_forward_hook(mean_over_answer)
    score._culturalign_pooling = head.pooling


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


def load_reward_models(base: BaseModel, paths: dict[str, Path]):
    """(scorer with each verified reward adapter attached under its name, tokenizer); the first is active.

    Adapters sharing one scorer must share its head (depth and pooling), which every market's default config gives.
    """
    heads = {name: Head.of(path) for name, path in paths.items()}
    if len(set(heads.values())) > 1:
        raise store.AdapterError(f"reward adapters with different heads cannot share one scorer: {heads}")
    head = next(iter(heads.values()), Head())
    model, tokenizer = load_scorer_base(base, head)
    for name, path in paths.items():
        model = attach(model, base, path, name)
    if paths:
        model.set_adapter(next(iter(paths)))
    pool(model, tokenizer, head)
    return model.eval(), tokenizer
