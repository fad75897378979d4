"""The frozen trunk is computed once for the reference and the policy pass, with bit-identical results."""

from __future__ import annotations

import pytest
import torch
from conftest import tiny_llama_config
from culturalign.model.trunk import decoder_layers, frozen_prefix, match_rows, replay


@pytest.fixture
def policy():
    """A 4-layer llama with LoRA on its top 2 layers; non-zero LoRA B so the adapter changes the output."""
    from peft import LoraConfig, get_peft_model
    from transformers import LlamaForCausalLM

    torch.manual_seed(0)
    config = tiny_llama_config(vocab_size=40, num_hidden_layers=4, pad_token_id=0)
    lora = LoraConfig(r=4, target_modules=["q_proj", "v_proj"], layers_to_transform=[2, 3], init_lora_weights=False)
    return get_peft_model(LlamaForCausalLM(config), lora)


def batch():
    """4 rows, two of them left-padded (a padded row has its own causal mask row)."""
    torch.manual_seed(1)
    ids = torch.randint(1, 40, (4, 7))
    mask = torch.ones_like(ids)
    mask[1, :2] = 0
    mask[3, :3] = 0
    return ids, mask


def calls_of_frozen_layers(model) -> list[int]:
    """Counter of MLP calls in the frozen layers (the MLP runs only when the layer really computes)."""
    counter = [0]
    for layer in decoder_layers(model)[:2]:
        layer.mlp.register_forward_hook(lambda *_: counter.__setitem__(0, counter[0] + 1))
    return counter


def step(model, perm):
    """A GRPO-like step: reference pass (adapter off, no grad), then the policy pass on shuffled rows + backward.

    Without a KV cache, as TRL's training passes run (a pass that fills a cache must run every layer).
    """
    ids, mask = batch()
    with torch.no_grad(), model.disable_adapter():
        ref = model(input_ids=ids, attention_mask=mask, use_cache=False).logits
    out = model(input_ids=ids[perm], attention_mask=mask[perm], use_cache=False).logits
    out.float().logsumexp(-1).sum().backward()
    grads = [p.grad.clone() for p in model.parameters() if p.requires_grad]
    model.zero_grad()
    return ref, out, grads


def test_replay_skips_the_frozen_layers_and_changes_nothing(policy):
    perm = torch.tensor([2, 0, 3, 1])
    plain = step(policy, perm)
    calls = calls_of_frozen_layers(policy)
    with replay(decoder_layers(policy)) as depth:
        replayed = step(policy, perm)
    # 2 frozen layers: the reference pass runs each once (2 MLP calls); the policy pass replays them (0 calls)
    assert depth == 2 and calls[0] == 2
    assert torch.equal(plain[0], replayed[0]) and torch.equal(plain[1], replayed[1])
    assert all(torch.equal(a, b) for a, b in zip(plain[2], replayed[2], strict=True))
    # and the layers are back to normal afterwards: 2 more calls per pass
    step(policy, perm)
    assert calls[0] == 2 + 4


def test_new_rows_and_decoding_are_computed(policy):
    ids, mask = batch()
    calls = calls_of_frozen_layers(policy)
    with torch.no_grad(), replay(decoder_layers(policy)):
        first = policy(input_ids=ids, attention_mask=mask, use_cache=False).logits
        other = ids.clone()
        other[0, -1] = (other[0, -1] + 1) % 40  # one token differs: no replay
        changed = policy(input_ids=other, attention_mask=mask, use_cache=False).logits
        assert calls[0] == 4
        generated = policy.generate(input_ids=ids, attention_mask=mask, max_new_tokens=3, do_sample=False)
    plain_changed = policy(input_ids=other, attention_mask=mask, use_cache=False).logits
    plain_generated = policy.generate(input_ids=ids, attention_mask=mask, max_new_tokens=3, do_sample=False)
    assert torch.equal(changed, plain_changed) and torch.equal(generated, plain_generated)
    assert not torch.equal(first, changed)


def test_frozen_prefix_stops_at_the_first_adapter_or_trainable_layer(policy):
    layers = decoder_layers(policy)
    assert frozen_prefix(layers) == 2
    layers[1].mlp.up_proj.weight.requires_grad_(True)
    assert frozen_prefix(layers) == 1
    with replay(layers) as depth:  # one frozen layer: nothing worth replaying
        assert depth == 0


def test_match_rows_pairs_each_row_once():
    rows = torch.tensor([[1.0, 2.0], [3.0, 4.0], [1.0, 2.0]])[:, :, None]  # rows 0 and 2 are equal
    rotary = (torch.ones(1, 2, 1), torch.zeros(1, 2, 1))
    old = (rows, None, rotary)
    perm = match_rows((rows[[1, 2, 0]], None, rotary), old)
    assert perm.tolist() in ([1, 0, 2], [1, 2, 0])  # the two equal rows may pair either way, but once each
    assert match_rows((rows[[1, 1, 0]], None, rotary), old) is None  # row 1 appears twice, only once before
    assert match_rows((rows, None, (torch.zeros(1, 2, 1), rotary[1])), old) is None  # other positions


def test_an_inference_mode_record_is_not_replayed_into_a_grad_pass(policy):
    ids, mask = batch()
    calls = calls_of_frozen_layers(policy)
    with replay(decoder_layers(policy)):
        with torch.inference_mode():
            policy(input_ids=ids, attention_mask=mask, use_cache=False)
        # replaying inference tensors here would fail at backward ("Inference tensors cannot be saved for backward")
        policy(input_ids=ids, attention_mask=mask, use_cache=False).logits.sum().backward()
    assert calls[0] == 4  # both passes ran the 2 frozen layers


def tiny_reward_model(layers: int = 4):
    """A seq-cls llama with LoRA on its top layer only: the bottom layers form the frozen trunk."""
    import torch
    from conftest import tiny_llama_config
    from peft import LoraConfig, TaskType, get_peft_model
    from transformers import LlamaForSequenceClassification

    torch.manual_seed(0)
    model = LlamaForSequenceClassification(tiny_llama_config(num_hidden_layers=layers, vocab_size=50, num_labels=1))
    model.config.pad_token_id = 0
    lora = LoraConfig(task_type=TaskType.SEQ_CLS, r=4, target_modules=["q_proj", "v_proj"], layers_to_transform=[3])
    return get_peft_model(model, lora)


def right_padded(rows: list[list[int]]):
    import torch

    width = max(map(len, rows))
    ids = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros_like(ids)
    for i, row in enumerate(rows):
        ids[i, : len(row)], mask[i, : len(row)] = torch.tensor(row), 1
    return ids, mask


def test_cached_trunk_skips_the_frozen_layers_and_keeps_scores_and_gradients():
    import torch
    from culturalign.model.trunk import cached_trunk, decoder_model

    model = tiny_reward_model()
    rows = [[5, 6, 7, 8, 9], [10, 11, 12], [13, 14, 15, 16]]
    ids, mask = right_padded(rows)

    def scores_and_grads():
        model.zero_grad()
        with torch.autocast("cpu", dtype=torch.bfloat16):
            logits = model(input_ids=ids, attention_mask=mask).logits.float()
        logits.sum().backward()
        grads = [p.grad.clone() for n, p in model.named_parameters() if p.requires_grad and "lora_" in n]
        return logits.detach(), grads

    plain_logits, plain_grads = scores_and_grads()
    calls = []
    bottom = decoder_model(model).layers[0]
    bottom.mlp.register_forward_pre_hook(lambda *_: calls.append(1))  # runs only when layer 0 computes
    with cached_trunk(model, rows, pad_id=0) as (depth, _seconds):
        assert depth == 3  # layers 0-2 hold no LoRA
        precompute_calls = len(calls)  # the precompute ran layer 0 once per batch
        cached_logits, cached_grads = scores_and_grads()
        assert len(calls) == precompute_calls  # the training pass never ran the frozen layers
        # a row the cache has never seen is computed as usual (and counted)
        unseen, unseen_mask = right_padded([[20, 21, 22]])
        model(input_ids=unseen, attention_mask=unseen_mask)
        assert len(calls) == precompute_calls + 1
    # the stored trunk is bf16 and the live one ran under bf16 autocast: equal to bf16 precision
    torch.testing.assert_close(cached_logits, plain_logits, rtol=2e-2, atol=2e-2)
    for a, b in zip(cached_grads, plain_grads, strict=True):
        torch.testing.assert_close(a, b, rtol=5e-2, atol=5e-3)
    model(input_ids=ids, attention_mask=mask)  # hooks removed: layers run again
    assert len(calls) == precompute_calls + 2
