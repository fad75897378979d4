"""Policy adapters, generation, evaluation and the pipeline, end to end on a tiny in-code base."""

from __future__ import annotations

import json

import pytest
from conftest import write_jsonl
from culturalign.core import store, tracking
from culturalign.core.command import CommandError


@pytest.fixture
def cfg_for(tiny_cfg):
    return tiny_cfg


@pytest.fixture
def with_reward_models(cfg_for):
    from culturalign.train.reward import train_main

    for tag in ("en-JP", "en-US"):
        assert train_main(cfg_for(f"locale={tag}")).code == 0
    return cfg_for


def test_scoring_only_labelled_positions_keeps_the_log_probs(tiny_base):
    import torch
    import trl.trainer.utils as trl_utils
    from culturalign.train.policy import score_only_labelled_positions
    from transformers import AutoModelForCausalLM
    from trl.trainer.utils import add_fused_lm_head

    model = AutoModelForCausalLM.from_pretrained(tiny_base)
    add_fused_lm_head(model)
    torch.manual_seed(0)
    ids = torch.randint(3, model.config.vocab_size, (2, 9))
    labels = ids.clone()
    labels[:, :5] = -100  # the prompt: not scored
    mask = torch.ones_like(ids)

    def log_probs():
        return model(input_ids=ids, attention_mask=mask, labels=labels, fused_lm_head=True).log_probs

    original = trl_utils._use_triton
    every_position = log_probs()
    try:
        score_only_labelled_positions()
        assert trl_utils._use_triton(torch.device("cpu"))
        only_labelled = log_probs()
    finally:
        trl_utils._use_triton = original
    # positions are shifted by one: labels[:, 5:] are predicted at positions 4..7 of the 8 scored ones
    assert torch.allclose(every_position, only_labelled, atol=1e-6)
    assert (only_labelled[:, :4] == 0).all() and (only_labelled[:, 4:] < 0).all()


@pytest.mark.parametrize("algo", ["online_dpo", "grpo", "rloo", "dpo"])
def test_policy_train_each_algorithm(with_reward_models, capsys, tmp_path, algo):
    from culturalign.train.policy import train_main

    cfg = with_reward_models("locale=en-JP", f"rl={algo}")
    out = train_main(cfg).data
    assert out["version"] == 1 and out["sft_version"] == 1
    if algo in ("grpo", "rloo", "dpo"):
        assert out["steps"] == 2
    else:  # one round: 3 prompts x 2 samples, a pair per prompt whose best answer finished (6 tokens allowed)
        assert out["sampled"] == 6 and 0 <= out["pairs"] <= 3 and 0 <= out["clipped_share"] <= 1
    path = tmp_path / "adapters" / "en-JP" / "policy" / "1"
    manifest = json.loads((path / "manifest.json").read_text())
    store.verify(path, manifest["base_fingerprint"])
    assert manifest["algo"] == algo and manifest["sft_steps"] == cfg.rl.sft_steps == 3  # warm-started with SFT
    # the warm start is kept as its own version, and the policy names it
    sft = tmp_path / "adapters" / "en-JP" / "sft" / "1"
    assert manifest["sft_version"] == 1 and store.verify(sft, manifest["base_fingerprint"])["kind"] == "sft"
    if algo != "dpo":
        assert manifest["reward_model_version"] == 1  # trained against the champion reward model
    tracking.configure(cfg.tracking)
    assert tracking.model_version_of("culturalign-en-JP-policy", 1) == "1"
    assert tracking.model_version_of("culturalign-en-JP-sft", 1) == "1"

    import mlflow

    run = mlflow.get_run(manifest["mlflow_run_id"])
    reward_metrics = {
        "online_dpo": "round_reward_mean",
        "grpo": "rewards_reward_model_mean",
        "rloo": "rewards_reward_model_mean",
        "dpo": "rewards_margins",
    }
    assert reward_metrics[algo] in run.data.metrics
    # the warm start logs apart from RL, so the two step-1.. curves do not interleave
    assert "sft_loss" in run.data.metrics


def test_generate_evaluate_and_pipeline(with_reward_models, capsys, tmp_path):
    from culturalign.judge.evaluate import evaluate_main
    from culturalign.model.chat import generate_main
    from culturalign.pipeline import main as pipeline
    from culturalign.train.policy import train_main

    assert train_main(with_reward_models("locale=en-JP")).code == 0
    src = write_jsonl(
        tmp_path / "in.jsonl", [{"prompt": "where is my order ?", "id": 7}, {"prompt": "hello ?", "id": 8}]
    )
    out = tmp_path / "out.jsonl"
    for locale in ("en-JP", "base"):
        assert generate_main(with_reward_models(f"locale={locale}", f"prompts={src}", f"out={out}")).code == 0
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert [r["id"] for r in rows] == [7, 8] and all(isinstance(r["response"], str) for r in rows)

    # Two raters' votes on three en-JP items: evaluate compares the reward model and the autorater with them.
    from culturalign.annotate.store import add_item, add_rater, record_vote, store

    db = tmp_path / "votes.db"
    with store(db) as conn:
        for prompt in ("where is my order ?", "hello ?", "how do i reset router ?"):
            add_item(conn, "en-JP", prompt, ("base", "yep just open the app"), ("en-JP@1", "thank you very much"))
        for name in ("x", "y"):
            add_rater(conn, name)
            rater = conn.execute("SELECT id FROM raters WHERE name = ?", (name,)).fetchone()[0]
            for item, choice in zip((1, 2, 3), ("b", "b", "a"), strict=True):  # majorities: b, b, a
                record_vote(conn, item, rater, choice)
    result = evaluate_main(with_reward_models("locale=en-JP", f"annotate.db={db}")).data
    assert 0 <= result["win_rate"] <= 1 and 0 <= result["lc_win_rate"] <= 1 and result["kl_to_base"] >= 0
    # every family is there: reward model, reference metrics, compliance, LLM autorater, human agreement
    for key in ("bleu", "rouge_l", "chrf", "compliance_rules", "autorater_consistency", "autorater_score"):
        assert key in result, key
    assert result["human_items"] == 3 and 0 <= result["agreement_reward_human"] <= 1
    assert set(result["gates"]) == {
        "win_rate",
        "lc_win_rate",
        "win_rate_vs_sft",
        "lc_win_rate_vs_sft",
        "repetition",
        "degenerate",
    }
    # the policy is compared with the SFT start it grew from, and answers are checked for degeneration
    for key in (
        "win_rate_vs_sft",
        "lc_win_rate_vs_sft",
        "reward_delta_vs_sft",
        "degenerate_rate",
        "base_degenerate_rate",
    ):
        assert key in result, key
    # the ablation row of the SFT start alone, against the same base answers
    for key in ("sft_win_rate", "sft_lc_win_rate", "sft_reward_delta", "sft_kl_to_base", "sft_degenerate_rate"):
        assert key in result, key
    assert result["sft_kl_to_base"] >= 0 and 0 <= result["sft_win_rate"] <= 1
    # the share of answers cut at evaluation.max_new_tokens: whole answers out of n, for adapter, SFT and base
    for key in ("clipped_rate", "sft_clipped_rate", "base_clipped_rate"):
        cut = result[key] * result["n"]
        assert 0 <= cut <= result["n"] and cut == pytest.approx(round(cut)), key
    tracking.configure(with_reward_models().tracking)
    alias = "champion" if result["gate_passed"] else "challenger"
    assert tracking.alias_version("culturalign-en-JP-policy", alias) == 1

    capsys.readouterr()
    result = pipeline(with_reward_models())
    first = capsys.readouterr().err
    assert "reward adapter v1 is current" in first and "[en-US] training policy adapter" in first
    assert result.code == 0 and set(result.data["summary"]) == {"en-JP", "en-US"}
    assert any("each reward model ranks its own market's adapter first" in line for line in result.lines)
    assert pipeline(with_reward_models()).code == 0  # nothing changed: every training stage is skipped
    second = capsys.readouterr().err
    assert "training" not in second and second.count("is current") == 4

    # Hydra multirun: one job per locale through the joblib launcher, then the cross-market stage once.
    from culturalign.cli import main

    assert main(["pipeline", "-m", *with_reward_models.overrides("locale=en-JP,en-US")]) == 0
    out, err = capsys.readouterr()
    swept = out + err
    assert swept.count("== culturalign pipeline: en-JP") == 1 and swept.count("== culturalign pipeline: en-US") == 1
    assert "each reward model ranks its own market's adapter first" in swept


def test_evaluate_without_adapter_is_a_clear_error(cfg_for, capsys):
    from culturalign.judge.evaluate import evaluate_main

    with pytest.raises(CommandError, match="no policy adapter for en-JP"):
        evaluate_main(cfg_for("locale=en-JP"))


@pytest.mark.parametrize(
    ("weight", "types", "weights"), [(0.0, ["sigmoid"], None), (0.5, ["sigmoid", "sft"], [1.0, 0.5])]
)
def test_dpo_sft_weight_adds_trls_sft_loss_on_the_chosen_answer(tmp_path, weight, types, weights):
    from culturalign.core.config import compose
    from culturalign.train.online_dpo import loss_args
    from trl import DPOConfig

    rl = compose([f"rl.dpo_sft_weight={weight}"]).rl
    args = DPOConfig(output_dir=str(tmp_path), use_cpu=True, bf16=False, **loss_args(rl))
    assert args.loss_type == types and args.loss_weights == weights


def test_online_dpo_pairs_finished_answers_and_falls_back_to_a_clipped_one():
    from culturalign.train.online_dpo import label_pairs, pair_words

    prompts = ["p1", "p2", "p3", "p4"]
    answers = [["a b", "c", "d e f g h i", "j k l"], ["m", "n o p q r s"], ["t", "u"], ["v", "w"]]
    finished = [[True, True, False, True], [True, False], [False, False], [True, True]]
    rewards = [[2.0, -1.0, -5.0, 0.5], [1.0, 0.0], [3.0, 1.0], [1.0, 0.8]]
    pairs = label_pairs(prompts, answers, finished, rewards, min_margin=0.5)
    # p1: best finished "a b" (2.0) vs worst *finished* "c" (-1.0); the clipped "d e f g h i" (-5.0) is passed over
    # p2: a single finished answer, so the clipped one is its rejected; p3: nothing finished, no pair;
    # p4: margin 0.2 < 0.5, no pair
    got = [(p["prompt"][0]["content"], p["chosen"][0]["content"], p["rejected"][0]["content"]) for p in pairs]
    assert got == [("p1", "a b", "c"), ("p2", "m", "n o p q r s")]
    # chosen words (2 + 1) / 2 = 1.5; rejected (1 + 6) / 2 = 3.5
    assert pair_words(pairs) == {"chosen_words": 1.5, "rejected_words": 3.5}
    assert pair_words([]) == {"chosen_words": 0.0, "rejected_words": 0.0}


def test_online_dpo_never_chooses_a_loop_and_rejects_it_first():
    from culturalign.train.online_dpo import label_pairs

    # after the en-DE adapter's greedy answer (docs/BENCHMARKS.md): 48 trigrams with punctuation, 14 repeat an
    # earlier one -> 0.29 >= 0.15; the other two answers repeat none
    loop = (
        "The Nova N9 phone is a Nova N9 phone, which is a Nova N9 device. The screen reader is activated when a "
        "Nova N9 phone is used. The Nova N9 is a Nova N9 smartphone. The Nova N9 device is a Nova N9 smart phone."
    )
    plain = "Open Settings, then Accessibility, and switch on the screen reader."
    worse = "Please restart the phone and try again."
    prompts = ["screen reader?", "screen reader?"]
    answers = [[loop, plain, worse], [loop, worse]]
    finished = [[True, True, True], [True, True]]
    rewards = [[3.0, 1.0, 0.0], [3.0, 2.9]]
    pairs = label_pairs(prompts, answers, finished, rewards, min_margin=0.5, max_repetition=0.15)
    # prompt 1: the loop has the best reward but cannot be chosen; it is rejected ahead of the lower-rewarded `worse`
    # prompt 2: the loop against `worse` (margin -0.1) still makes a pair: a loop is always below the chosen
    got = [(p["chosen"][0]["content"], p["rejected"][0]["content"]) for p in pairs]
    assert got == [(plain, loop), (worse, loop)]
    # with the rule off the loop is chosen, and the pair's margin 3.0 - 0.0 passes
    off = label_pairs(prompts[:1], answers[:1], finished[:1], rewards[:1], min_margin=0.5)
    assert (off[0]["chosen"][0]["content"], off[0]["rejected"][0]["content"]) == (loop, worse)


def test_length_slope_is_fitted_within_prompts_on_finished_answers():
    from culturalign.train.online_dpo import length_slope, without_length

    rewards = [[1.0, 0.0], [0.0, 2.0, 9.0]]
    words = [[10, 20], [10, 30, 50]]
    finished = [[True, True], [True, True, False]]
    # prompt 1: centred words (-5, 5) x rewards (0.5, -0.5) -> -5 over 50; prompt 2 drops the clipped answer:
    # (-10, 10) x (-1, 1) -> 20 over 200; pooled (-5 + 20) / (50 + 200) = 0.06 reward per word
    assert length_slope(rewards, words, finished) == pytest.approx(0.06)
    adjusted = without_length(rewards, words, 0.06)
    assert adjusted[0] == pytest.approx([0.4, -1.2]) and adjusted[1] == pytest.approx([-0.6, 0.2, 6.0])
    # a reward that only prefers shorter answers: its trend taken out, the two answers tie and make no pair
    shorter = [[2.0, 1.0]]
    slope = length_slope(shorter, [[10, 40]], [[True, True]])  # -1/30 per word
    from culturalign.train.online_dpo import label_pairs

    tied = without_length(shorter, [[10, 40]], slope)
    assert tied[0][0] == pytest.approx(tied[0][1])
    assert label_pairs(["p"], [["short one", "long " * 40]], [[True, True]], tied, min_margin=0.5) == []
    assert length_slope([[1.0]], [[10]], [[True]]) == 0.0  # nothing to fit


def test_same_seed_same_policy_whatever_the_global_rng(with_reward_models, capsys, tmp_path):
    import torch
    from culturalign.train.policy import train_main
    from safetensors.torch import load_file

    # Without a warm start the LoRA is wrapped by us, not by TRL's SFTTrainer (which seeds first), so its init came
    # from whatever global RNG state the process had: the same config gave another policy each run.
    for noise in (1, 2):
        torch.manual_seed(noise)
        assert train_main(with_reward_models("locale=en-JP", "rl.sft_steps=0")).code == 0
    first, second = (
        load_file(tmp_path / "adapters" / "en-JP" / "policy" / v / "adapter_model.safetensors") for v in ("1", "2")
    )
    assert first.keys() == second.keys() and all(torch.equal(first[k], second[k]) for k in first)
