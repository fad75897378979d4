"""Evaluation metrics: win rates, length control, KL to the base, chrF."""

from __future__ import annotations

import pytest
from culturalign.judge.evaluate import kl_to_base, length_controlled_win_rate, win_rate
from culturalign.judge.metrics import chrf


def test_win_rate_counts_ties_half():
    # wins on 1st and 3rd, tie on 2nd, loss on 4th: (1 + 0.5 + 1 + 0) / 4
    assert win_rate([2.0, 1.0, 3.0, 0.0], [1.0, 1.0, 2.0, 1.0]) == 0.625


def test_lc_win_rate_equals_win_rate_when_lengths_do_not_matter():
    # equal lengths: z = 0 everywhere, so the fit is sigmoid(a) = mean(y) up to the tiny ridge term
    ours, theirs = [1, 1, 1, 0], [0, 0, 0, 1]
    assert length_controlled_win_rate(ours, theirs, [10] * 4, [10] * 4) == pytest.approx(0.75, abs=0.01)


def test_lc_win_rate_removes_a_pure_length_effect():
    # The adapter wins exactly when its answer is longer, and it is longer on 3 of 4 prompts: the raw win
    # rate is 0.75, but at equal length the model predicts a coin flip... leaning on the single shorter loss.
    ours, theirs = [1, 1, 1, 0, 1, 1, 1, 0], [0, 0, 0, 1, 0, 0, 0, 1]
    len_ours, len_theirs = [60, 70, 80, 30, 65, 75, 85, 35], [40] * 8
    assert win_rate(ours, theirs) == 0.75
    lc = length_controlled_win_rate(ours, theirs, len_ours, len_theirs)
    assert lc < 0.6


def test_chrf_identity_and_disjoint():
    assert chrf(["Thank you very much."], ["Thank you very much."]) == pytest.approx(100.0)
    assert chrf(["zzzz qqqq"], ["Thank you very much."]) < 5


def test_kl_is_zero_for_a_fresh_adapter_and_positive_after_training_it(tiny_base):
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_base)
    tok.padding_side = "left"
    model = get_peft_model(
        AutoModelForCausalLM.from_pretrained(tiny_base), LoraConfig(r=4, target_modules=["q_proj", "v_proj"])
    )
    model.eval()
    prompts, answers = ["where is my order ?", "how do i reset router ?"], ["yep just open the app", "thank you"]
    # LoRA's B matrix starts at zero, so adapter and base are the same distribution: KL exactly 0.
    assert kl_to_base(model, tok, prompts, answers) == pytest.approx(0.0, abs=1e-6)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 0.5)
    assert kl_to_base(model, tok, prompts, answers) > 1e-4


def test_kl_matches_the_full_logits_formula_with_the_trunk_replayed(tiny_base):
    """kl_to_base scores only answer positions and replays the frozen layers; the textbook formula does neither."""
    import torch
    from conftest import tiny_llama_config
    from culturalign.model.generation import chat_inputs
    from peft import LoraConfig, get_peft_model
    from transformers import AutoTokenizer, LlamaForCausalLM

    tok = AutoTokenizer.from_pretrained(tiny_base)
    tok.padding_side = "left"
    torch.manual_seed(0)
    config = tiny_llama_config(vocab_size=len(tok), num_hidden_layers=4, pad_token_id=tok.pad_token_id)
    lora = LoraConfig(r=4, target_modules=["q_proj", "v_proj"], layers_to_transform=[2, 3], init_lora_weights=False)
    model = get_peft_model(LlamaForCausalLM(config), lora).eval()
    prompts, answers = ["where is my order ?", "how do i reset router ?"], ["yep just open the app", "thank you"]

    expected, count = 0.0, 0
    for prompt, answer in zip(prompts, answers, strict=True):  # one row at a time: no padding at all
        prompt_ids = chat_inputs(tok, [prompt])["input_ids"]
        answer_ids = tok(answer, add_special_tokens=False, return_tensors="pt")["input_ids"]
        ids = torch.cat([prompt_ids, answer_ids], dim=1)
        with torch.no_grad():
            p = model(ids).logits[0, prompt_ids.shape[1] - 1 : -1].log_softmax(-1)
            with model.disable_adapter():
                q = model(ids).logits[0, prompt_ids.shape[1] - 1 : -1].log_softmax(-1)
        expected += float((p.exp() * (p - q)).sum())
        count += answer_ids.shape[1]
    assert kl_to_base(model, tok, prompts, answers) == pytest.approx(expected / count, rel=1e-4)
    assert expected > 0


def test_generate_ended_tells_a_finished_answer_from_one_cut_at_the_limit(tiny_base):
    from culturalign.model.generation import generate_ended
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(tiny_base)
    tokenizer = AutoTokenizer.from_pretrained(tiny_base, padding_side="left")
    prompts, eos = ["where is my order ?", "hello ?"], tokenizer.eos_token_id
    # end of turn banned: both rows run to the 4-token limit, so neither ended
    texts, ended = generate_ended(model, tokenizer, prompts, max_new_tokens=4, suppress_tokens=[eos])
    assert ended == [False, False] and all(texts)
    # end of turn forced at the last step: both rows end within the limit
    _, ended = generate_ended(model, tokenizer, prompts, max_new_tokens=4, forced_eos_token_id=eos)
    assert ended == [True, True]
    # a second stop token of the model's generation config (as Qwen's has) ends an answer too; id 5 is not the
    # tokenizer's end of turn, so counting only that would call both rows cut
    other = 5 if eos != 5 else 6
    model.generation_config.eos_token_id = [eos, other]
    _, ended = generate_ended(model, tokenizer, prompts, max_new_tokens=4, forced_eos_token_id=other)
    assert ended == [True, True]
