"""GRPO rollouts: one prefill per distinct prompt, inverse-CDF sampling, and TRL's rollout_func contract."""

from __future__ import annotations

import pytest
import torch
from culturalign.model.generation import contiguous_lm_head
from culturalign.train.rollout import check_supported, draw, rollout_func, sample


def test_draw_samples_the_given_distribution():
    probs = torch.tensor([[0.5, 0.3, 0.2, 0.0]]).expand(20000, 4)
    tokens = draw(probs, torch.Generator().manual_seed(0))
    share = torch.bincount(tokens, minlength=4).float() / 20000
    # the standard error of a share near 0.5 over 20000 draws is sqrt(.25/20000) = 0.0035: 0.012 is > 3 sigma
    assert torch.allclose(share, torch.tensor([0.5, 0.3, 0.2, 0.0]), atol=0.012)
    assert share[3] == 0  # a zero-probability token is never drawn


@pytest.fixture
def tiny(tiny_base):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(tiny_base, dtype=torch.float32).eval()
    return model, AutoTokenizer.from_pretrained(tiny_base)


def prompt_ids(tokenizer, texts):
    messages = [[{"role": "user", "content": t}] for t in texts]
    return tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True, return_dict=True)[
        "input_ids"
    ]


def test_near_zero_temperature_is_greedy_and_each_prompt_is_prefilled_once(tiny):
    model, tokenizer = tiny
    # two prompts of different lengths (left padding), each repeated twice as GRPO repeats them
    ids = prompt_ids(tokenizer, ["refund please", "refund please", "thank you very much", "thank you very much"])
    batch_sizes = []
    model.get_input_embeddings().register_forward_hook(lambda m, args, out: batch_sizes.append(out.shape[0]))
    completions, _ = sample(model, ids, 6, 1e-6, [-1], tokenizer.pad_token_id)  # eos -1: never stops early
    assert batch_sizes[0] == 2  # the prefill saw the 2 distinct prompts, the decode steps all 4 rows
    assert set(batch_sizes[1:]) == {4}
    padded = tokenizer.pad({"input_ids": [ids[0], ids[2]]}, padding_side="left", return_tensors="pt")
    greedy = model.generate(**padded, max_new_tokens=6, min_new_tokens=6, do_sample=False)[:, -6:].tolist()
    assert completions == [greedy[0], greedy[0], greedy[1], greedy[1]]


def test_log_probs_match_a_full_forward_and_completions_end_at_eos(tiny):
    model, tokenizer = tiny
    ids = prompt_ids(tokenizer, ["refund please", "thank you very much"])
    torch.manual_seed(0)
    completions, logps = sample(model, ids, 5, 1.0, [-1], tokenizer.pad_token_id)
    for prompt, completion, lp in zip(ids, completions, logps, strict=True):
        full = torch.tensor([prompt + completion])
        log_probs = torch.log_softmax(model(full).logits[0, len(prompt) - 1 : -1], -1)
        expected = log_probs.gather(1, torch.tensor(completion)[:, None]).squeeze(1)
        assert torch.allclose(torch.tensor(lp), expected, atol=1e-5)
    # make the first sampled token of row 0 an end token: that row's completion is that one token, EOS included
    eos = completions[0][0]
    torch.manual_seed(0)
    stopped, stopped_logps = sample(model, ids, 5, 1.0, [eos], tokenizer.pad_token_id)
    assert stopped[0] == [eos] and len(stopped_logps[0]) == 1


def test_contiguous_lm_head_keeps_logits_and_registers_once(tiny):
    model, tokenizer = tiny
    ids = torch.tensor(prompt_ids(tokenizer, ["refund please"]) * 3)
    head = model.get_output_embeddings()
    before = model(ids, logits_to_keep=1).logits
    contiguous_lm_head(model)
    contiguous_lm_head(model)
    seen = []  # registered after ours, so it sees what the head will get
    head.register_forward_pre_hook(lambda _m, args: seen.append(args[0].is_contiguous()))
    assert len(head._forward_pre_hooks) == 2  # ours once, plus the recorder
    assert torch.equal(before, model(ids, logits_to_keep=1).logits)
    assert seen == [True]
    # without it the head gets the strided last-position view of 3 rows (the case the hook exists for)
    plain = type(model).from_pretrained(model.config._name_or_path).eval()
    plain.get_output_embeddings().register_forward_pre_hook(lambda _m, args: seen.append(args[0].is_contiguous()))
    plain(ids, logits_to_keep=1)
    assert seen == [True, False]


def test_rollout_func_tokenises_like_trl_and_trains_a_step(tiny_base, tmp_path):
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import GRPOConfig, GRPOTrainer

    tokenizer = AutoTokenizer.from_pretrained(tiny_base)
    prompts = [[{"role": "user", "content": t}] for t in ("refund please", "thank you very much")]
    args = GRPOConfig(
        output_dir=str(tmp_path),
        per_device_train_batch_size=4,
        num_generations=2,
        max_completion_length=4,
        max_steps=1,
        use_cpu=True,
        bf16=False,
        report_to="none",
        save_strategy="no",
    )
    trainer = GRPOTrainer(
        model=AutoModelForCausalLM.from_pretrained(tiny_base),
        reward_funcs=lambda completions, **_: [float(len(c[0]["content"])) for c in completions],
        args=args,
        train_dataset=Dataset.from_list([{"prompt": p} for p in prompts]),
        processing_class=tokenizer,
        peft_config=LoraConfig(r=2, target_modules=["q_proj"]),
        rollout_func=rollout_func,
    )
    out = rollout_func(prompts, trainer)
    assert out["prompt_ids"] == trainer._tokenize_prompts(prompts)[0]
    assert len(out["completion_ids"]) == len(out["logprobs"]) == 2
    assert trainer.model.training  # handed back in the mode it came in
    trainer.train()
    assert trainer.state.global_step == 1


def test_unsupported_sampling_settings_are_refused():
    class Trainer:
        top_p, top_k, min_p, repetition_penalty = 0.9, 0, None, 1.0

    with pytest.raises(ValueError, match="top_p"):
        check_supported(Trainer())
