"""Replay the frozen trunk: compute the layers below the lowest LoRA layer once per batch, not once per pass.

A GRPO (or DPO) step runs the same sequences through the model twice: once with the adapter disabled (or TRL's
frozen ``ref`` copy) for the reference log-probs, then once with the adapter for the loss. With LoRA on only the
top ``rl.lora_layers`` layers, everything below them (22 of 30 layers in the quick profile) is the same frozen
computation on the same rows both times, with no autograd graph either time (nothing below requires grad).

``replay`` remembers the last full-sequence pass: each row's input to the first layer and the output of the last
frozen layer. When the next pass brings the same rows (GRPO shuffles them between the two passes, so rows are
matched one by one with ``torch.equal`` on the hidden states, mask and rotary tables), the frozen layers hand back
the remembered output in the new row order instead of recomputing it. A pass with any unmatched row is computed as
usual. Each row of a transformer layer depends on that row alone, so the result is bit-identical either way;
tests/test_trunk.py checks log-probs and gradients against the plain model.
"""

from __future__ import annotations

import contextlib
from typing import Any


def decoder_layers(model):
    """The transformer blocks of a causal LM, PEFT-wrapped or not."""
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    return base.get_decoder().layers


def frozen_prefix(layers) -> int:
    """How many bottom layers hold neither a trainable parameter nor an adapter (LoRA) module."""
    count = 0
    for layer in layers:
        has_adapter = any("lora_" in name for name, _ in layer.named_modules())
        if has_adapter or any(p.requires_grad for p in layer.parameters()):
            break
        count += 1
    return count


def _per_row(tensor, rows: int) -> bool:
    return tensor is not None and tensor.dim() > 0 and tensor.shape[0] == rows and rows > 1


def match_rows(new: tuple, old: tuple):
    """Index ``perm`` with new row i == old row perm[i] in every batched tensor of the key, or None.

    A key is (hidden states [B, L, H], attention mask [B, 1, L, L] or None, (cos, sin) rotary tables [1 or B, L, D]).
    Tensors without a batch dimension of B must be equal as a whole.
    """
    import torch

    hidden, old_hidden = new[0], old[0]
    if hidden.shape != old_hidden.shape or hidden.dtype != old_hidden.dtype:
        return None
    rows = hidden.shape[0]
    flat_new = [hidden, new[1], *new[2]]
    flat_old = [old_hidden, old[1], *old[2]]
    batched = []
    for a, b in zip(flat_new, flat_old, strict=True):
        if not isinstance(a, torch.Tensor) or not isinstance(b, torch.Tensor):
            if a is not b:  # None, or a mask object other than a tensor: only the very same one matches
                return None
        elif a.shape != b.shape or a.dtype != b.dtype:
            return None
        elif _per_row(a, rows):
            batched.append((a, b))
        elif not torch.equal(a, b):
            return None
    # candidates by a cheap per-row fingerprint, then exact equality of every batched tensor
    fingerprint = lambda t: t.reshape(rows, -1).float().sum(1).tolist()  # noqa: E731
    by_print: dict[float, list[int]] = {}
    for j, value in enumerate(fingerprint(old_hidden)):
        by_print.setdefault(value, []).append(j)
    perm = []
    for i, value in enumerate(fingerprint(hidden)):
        found = next(
            (j for j in by_print.get(value, []) if all(torch.equal(a[i], b[j]) for a, b in batched)),
            None,
        )
        if found is None:
            return None
        by_print[value].remove(found)
        perm.append(found)
    return torch.tensor(perm, device=hidden.device)


@contextlib.contextmanager
def replay(layers):
    """While active, the frozen bottom ``layers`` hand back their remembered output for rows seen in the last pass.

    Only full-sequence passes without a KV cache are remembered (training and scoring, not token-by-token decoding).
    Yields how many layers are replayed (0: nothing frozen, nothing changed).
    """
    import torch

    depth = frozen_prefix(layers)
    if depth < 2:  # nothing worth skipping
        yield 0
        return
    # mode: "replay" (this pass repeats the remembered rows), "record" (new rows: remember them), "pass" (decoding)
    state: dict[str, Any] = {"key": None, "out": None, "mode": "pass"}
    own = [layer.__dict__.get("forward") for layer in layers[:depth]]  # instance-level forwards (accelerate hooks)
    originals = [layer.forward for layer in layers[:depth]]

    def first(hidden_states, *args, **kwargs):
        if kwargs.get("cache") is not None or kwargs.get("use_cache"):
            state["mode"] = "pass"
            return originals[0](hidden_states, *args, **kwargs)
        key = (hidden_states, kwargs.get("attention_mask"), tuple(kwargs.get("position_embeddings") or ()))
        out = state["out"]
        # an output recorded under inference_mode cannot enter a pass that autograd records: compute that pass
        usable = out is not None and not (out.is_inference() and torch.is_grad_enabled())
        perm = match_rows(key, state["key"]) if usable else None
        if perm is not None:
            state["mode"] = "replay"
            return state["out"][perm]
        state.update(key=key, out=None, mode="record")
        return originals[0](hidden_states, *args, **kwargs)

    def frozen(index):
        def forward(hidden_states, *args, **kwargs):
            if state["mode"] == "replay":
                return hidden_states  # already the last frozen layer's remembered output
            out = originals[index](hidden_states, *args, **kwargs)
            if index == depth - 1 and state["mode"] == "record":
                state["out"] = out
            return out

        return forward

    layers[0].forward = first
    for index in range(1, depth):
        layers[index].forward = frozen(index)
    try:
        yield depth
    finally:
        for layer, forward in zip(layers[:depth], own, strict=True):
            if forward is None:
                del layer.forward  # back to the class's forward
            else:
                layer.forward = forward


class _TrunkDone(Exception):
    """Raised by a forward hook to stop a pass once the frozen trunk's output is known (early exit)."""

    def __init__(self, output):
        self.output = output


def decoder_model(model):
    """The decoder (embeddings, layers, norm) inside a causal LM or sequence classifier, PEFT-wrapped or not."""
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    return getattr(base, base.base_model_prefix)


def trunk_outputs(model, sequences: list[list[int]], depth: int, pad_id: int, batch_size: int = 16) -> dict:
    """{token ids: output of layer ``depth`` - 1 (n x hidden, bf16)} for each distinct sequence.

    Sequences are batched by length (right-padded, so positions start at 0 as in training) and each pass stops after
    the last frozen layer: the layers above are never run here.
    """
    import torch

    decoder = decoder_model(model)
    unique = sorted(set(map(tuple, sequences)), key=len)

    def stop(_module, _args, output):
        raise _TrunkDone(output)

    handle = decoder.layers[depth - 1].register_forward_hook(stop)
    cache: dict[tuple[int, ...], Any] = {}
    device = decoder.embed_tokens.weight.device
    try:
        with torch.inference_mode(), torch.autocast(device.type, dtype=torch.bfloat16):
            for start in range(0, len(unique), batch_size):
                batch = unique[start : start + batch_size]
                width = max(map(len, batch))
                ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
                mask = torch.zeros_like(ids)
                for row, seq in enumerate(batch):
                    ids[row, : len(seq)], mask[row, : len(seq)] = torch.tensor(seq), 1
                try:
                    decoder(input_ids=ids.to(device), attention_mask=mask.to(device), use_cache=False)
                except _TrunkDone as done:
                    hidden = done.output[0] if isinstance(done.output, tuple) else done.output
                    for row, seq in enumerate(batch):
                        cache[seq] = hidden[row, : len(seq)].to(torch.bfloat16).clone()
    finally:
        handle.remove()
    return cache


@contextlib.contextmanager
def cached_trunk(model, sequences: list[list[int]], pad_id: int, batch_size: int = 16):
    """Compute the frozen layers below the lowest LoRA layer once per distinct sequence, then reuse them.

    A reward model sees each training text once per epoch, and its lowest LoRA layer sits near the top: everything
    below is the same frozen computation every time. This precomputes it for ``sequences`` (train and test texts),
    and while active the frozen layers hand back the stored output for any right-padded row they know; rows they
    do not know (or left-padded ones, whose positions differ) are computed as usual. Yields (layers cached, seconds
    spent precomputing).
    """
    import time

    decoder = decoder_model(model)
    layers = decoder.layers
    depth = frozen_prefix(layers)
    if depth < 2:
        yield 0, 0.0
        return
    started = time.perf_counter()
    cache = trunk_outputs(model, sequences, depth, pad_id, batch_size)
    seconds = time.perf_counter() - started
    batch: dict[str, Any] = {}

    def remember(_module, args, kwargs):
        batch["ids"] = kwargs.get("input_ids", args[0] if args else None)
        batch["mask"] = kwargs.get("attention_mask")

    def first(hidden_states, *args, **kwargs):
        known = _assemble(cache, batch.get("ids"), batch.get("mask"), hidden_states)
        batch["hit"] = known is not None
        return known if known is not None else originals[0](hidden_states, *args, **kwargs)

    def frozen(index):
        def forward(hidden_states, *args, **kwargs):
            return hidden_states if batch.get("hit") else originals[index](hidden_states, *args, **kwargs)

        return forward

    own = [layer.__dict__.get("forward") for layer in layers[:depth]]
    originals = [layer.forward for layer in layers[:depth]]
    handle = decoder.register_forward_pre_hook(remember, with_kwargs=True)
    layers[0].forward = first
    for index in range(1, depth):
        layers[index].forward = frozen(index)
    try:
        yield depth, seconds
    finally:
        handle.remove()
        for layer, forward in zip(layers[:depth], own, strict=True):
            if forward is None:
                del layer.forward
            else:
                layer.forward = forward


def _assemble(cache: dict, ids, mask, like):
    """[B, L, H] of stored trunk outputs for a right-padded batch, or None if any row is unknown."""
    import torch

    if ids is None or ids.dim() != 2:
        return None
    mask = torch.ones_like(ids) if mask is None else mask
    lengths = mask.sum(-1).tolist()
    rows = []
    for row, n in enumerate(lengths):
        if n and not bool(mask[row, :n].all()):  # left padding: positions differ from the stored pass
            return None
        stored = cache.get(tuple(ids[row, :n].tolist()))
        if stored is None:
            return None
        rows.append(stored)
    out = torch.zeros(like.shape, dtype=like.dtype, device=like.device)
    for row, stored in enumerate(rows):
        out[row, : stored.shape[0]] = stored.to(like.dtype)
    return out
