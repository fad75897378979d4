"""GRPO rollouts that prefill each prompt once for all its generations, and sample without ``torch.multinomial``.

TRL's own rollout (``model.generate``) prefills every copy of a prompt: GRPO repeats each prompt
``num_generations`` times, so 3 of every 4 prefills recompute an identical KV cache. ``sample`` prefills each
distinct prompt once and copies its cache to its generations. It then draws each token by inverse CDF (one uniform
number per row and a ``searchsorted``), which samples exactly the same distribution as ``torch.multinomial``; on a
CPU, multinomial draws an exponential variate for every vocabulary entry, one at a time (15 ms per step for
16 x 49k here, against 0.4 ms). ``rollout_func`` hands the result to ``GRPOTrainer`` through its public
``rollout_func`` hook; TRL then scores, rewards and trains on the completions as usual.

Only plain temperature sampling is supported (TRL's top_p=1, top_k=0, min_p=None, repetition_penalty=1), which is
what ``rl`` configures; anything else is refused rather than silently ignored.
"""

from __future__ import annotations

from typing import Any

from culturalign.model.generation import contiguous_lm_head, left_pad


def draw(probs, generator=None):
    """One token per row of ``probs`` (rows sum to 1), distributed exactly as ``torch.multinomial(probs, 1)``.

    ``right=True`` returns the first index whose cumulative mass exceeds u, so a zero-probability token (a flat
    step of the CDF) is never drawn. The uniform draw is scaled by the row's total to absorb float rounding.
    """
    import torch

    cdf = probs.cumsum(-1)
    u = torch.rand(probs.shape[0], 1, generator=generator, dtype=cdf.dtype, device=cdf.device) * cdf[:, -1:]
    return torch.searchsorted(cdf, u, right=True).clamp_(max=probs.shape[-1] - 1).squeeze(1)


def sample(
    model,
    prompt_ids: list[list[int]],
    max_new_tokens: int,
    temperature: float,
    eos_ids: list[int],
    pad_id: int,
    generator=None,
) -> tuple[list[list[int]], list[list[float]]]:
    """(completion ids up to and including the first EOS, their sampling log-probs) for each prompt row.

    Rows with identical prompts share one prefill. Decoding runs until every row has hit EOS or
    ``max_new_tokens``; a finished row keeps stepping (the batch stays rectangular), as in ``model.generate``.
    """
    import torch

    device = model.get_input_embeddings().weight.device
    distinct = list(dict.fromkeys(map(tuple, prompt_ids)))
    which = torch.tensor([distinct.index(tuple(row)) for row in prompt_ids], device=device)
    ids, mask = (t.to(device) for t in left_pad([list(p) for p in distinct], pad_id))
    positions = (mask.cumsum(-1) - 1).clamp_(min=0)
    eos = torch.tensor(eos_ids, device=device)
    with torch.inference_mode():
        out = model(input_ids=ids, attention_mask=mask, position_ids=positions, use_cache=True, logits_to_keep=1)
        cache = out.cache
        cache.batch_select_indices(which)  # each generation continues from its prompt's cache
        logits, mask, position = out.logits[which, -1].float(), mask[which], positions[which, -1:]
        rows = len(prompt_ids)
        done = torch.zeros(rows, dtype=torch.bool, device=device)
        tokens, logps = [], []
        for _ in range(max_new_tokens):
            log_probs = torch.log_softmax(logits / temperature, dim=-1)
            token = draw(log_probs.exp(), generator)
            tokens.append(torch.where(done, pad_id, token))
            logps.append(log_probs.gather(1, token[:, None]).squeeze(1))
            done |= torch.isin(token, eos)
            if bool(done.all()):
                break
            mask = torch.cat([mask, torch.ones(rows, 1, dtype=mask.dtype, device=device)], dim=1)
            position = position + 1
            out = model(
                input_ids=token[:, None],
                attention_mask=mask,
                position_ids=position,
                cache=cache,
                use_cache=True,
            )
            logits = out.logits[:, -1].float()
    token_rows, logp_rows = torch.stack(tokens, 1).tolist(), torch.stack(logps, 1).tolist()
    completions, completion_logps = [], []
    for toks, lps in zip(token_rows, logp_rows, strict=True):
        end = next((i + 1 for i, t in enumerate(toks) if t in eos_ids), len(toks))
        completions.append(toks[:end])
        completion_logps.append(lps[:end])
    return completions, completion_logps


def check_supported(trainer) -> None:
    """Refuse sampling settings ``sample`` does not implement."""
    plain = {"top_p": 1.0, "top_k": 0, "min_p": None, "repetition_penalty": 1.0}
    unsupported = {k: getattr(trainer, k, v) for k, v in plain.items() if getattr(trainer, k, v) not in (v, None)}
    if unsupported:
        raise ValueError(f"culturalign rollouts sample plain temperature only; unsupported: {unsupported}")


def rollout_func(prompts: list[Any], trainer) -> dict[str, list]:
    """``GRPOTrainer(rollout_func=...)``: tokenise like TRL, then ``sample`` with the policy being trained."""
    check_supported(trainer)
    tokenizer = trainer.processing_class
    prompt_ids = tokenizer.apply_chat_template(
        conversation=prompts, add_generation_prompt=True, tokenize=True, return_dict=True
    )["input_ids"]
    model = trainer.accelerator.unwrap_model(trainer.model)
    contiguous_lm_head(model)
    was_training = model.training
    model.eval()
    try:
        completions, logps = sample(
            model,
            prompt_ids,
            trainer.max_completion_length,
            trainer.temperature,
            trainer.eos_token_ids,
            tokenizer.pad_token_id,
        )
    finally:
        model.train(was_training)
    return {"prompt_ids": prompt_ids, "completion_ids": completions, "logprobs": logps}
