"""Reward models end to end on a tiny in-code base: train, publish, register, score, matrix, resume."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import DE_STYLE, JP_STYLE, US_STYLE, write_jsonl
from culturalign.core import store, tracking
from culturalign.core.command import CommandError
from culturalign.judge.reward_eval import matrix_main, score_main
from culturalign.model.reward_model import encode, scores
from culturalign.train.reward import train_main
from safetensors import safe_open


@pytest.fixture
def cfg_for(tiny_cfg):
    return tiny_cfg


def test_encode_uses_the_chat_template_and_truncates(tiny_base):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_base)
    ids = encode(tok, "where is my order ?", "yep just open the app", 100)
    # <|im_start|> user where is my order ? <|im_end|> <|im_start|> assistant yep just open the app <|im_end|>
    assert tok.convert_ids_to_tokens(ids) == [
        "<|im_start|>",
        "user",
        "where",
        "is",
        "my",
        "order",
        "?",
        "<|im_end|>",
        "<|im_start|>",
        "assistant",
        "yep",
        "just",
        "open",
        "the",
        "app",
        "<|im_end|>",
    ]
    assert len(encode(tok, "where is my order ?", "yep just open the app", 5)) == 5


def test_train_publishes_registers_and_gates(cfg_for, capsys, tmp_path):
    cfg = cfg_for("locale=en-JP", "reward.bf16=true")
    result = train_main(cfg).data
    # 24 distinct train pairs where chosen/rejected differ only in style words: learnable to 100%
    assert result["accuracy"] == 1.0 and result["gate_passed"] and result["version"] == 1
    path = tmp_path / "adapters" / "en-JP" / "reward" / "1"
    manifest = store.verify(path, json.loads((path / "manifest.json").read_text())["base_fingerprint"])
    assert {"adapter_model.safetensors", "adapter_config.json"} <= set(manifest["files"])
    config = json.loads((path / "adapter_config.json").read_text())
    assert "score" in config["modules_to_save"]  # the head is saved with the LoRA
    # trained on bfloat16 frozen weights (reward.bf16), yet what trained is float32: AdamW's steps would round away
    with safe_open(path / "adapter_model.safetensors", "pt") as saved:
        assert {str(saved.get_tensor(k).dtype) for k in saved.keys()} == {"torch.float32"}
    assert manifest["mlflow_run_id"] and manifest["data_sha256"] and manifest["policy_sha256"]
    tracking.configure(cfg.tracking)
    assert tracking.alias_version("culturalign-en-JP-reward", "champion") == 1

    import mlflow

    run = mlflow.get_run(manifest["mlflow_run_id"])
    assert run.data.tags["locale"] == "en-JP" and run.data.tags["base_fingerprint"] == manifest["base_fingerprint"]
    assert run.data.params["reward.lora_r"] == "16" and run.data.metrics["test_accuracy"] == 1.0
    assert [d.dataset.digest for d in run.inputs.dataset_inputs] == [manifest["data_sha256"][:36]] * 2


def test_failing_gate_gives_challenger(cfg_for, capsys):
    cfg = cfg_for("locale=en-JP", "reward.max_steps=1", "reward.learning_rate=1e-9", "reward.gate_accuracy=1.01")
    assert train_main(cfg).code == 0
    tracking.configure(cfg.tracking)
    assert tracking.alias_version("culturalign-en-JP-reward", "challenger") == 1
    assert tracking.alias_version("culturalign-en-JP-reward", "champion") is None


def test_score_pairs_text_and_matrix(cfg_for, capsys, tmp_path):
    for tag in ("en-JP", "en-US"):
        assert train_main(cfg_for(f"locale={tag}")).code == 0
    capsys.readouterr()
    pairs = tmp_path / "locales" / "en-JP" / "preferences.jsonl"
    out = score_main(cfg_for("locale=en-JP", f"pairs={pairs}")).data
    assert out["locale"] == "en-JP" and out["version"] == 1 and out["n"] == 32 and out["accuracy"] == 1.0

    jp_reward = score_main(cfg_for("locale=en-JP", "prompt=where is my order ?", f"text={JP_STYLE}")).data["reward"]
    us_reward = score_main(cfg_for("locale=en-JP", "prompt=where is my order ?", f"text={US_STYLE}")).data["reward"]
    assert jp_reward > us_reward

    result = matrix_main(cfg_for()).data
    # each model prefers its own style: 1.0 on its own pairs; on the other market's pairs, half the rejected
    # answers are its own style (scored high), so accuracy there is far lower
    assert result["each_model_best_on_own_market"] and result["matrix"]["en-JP"]["en-JP"] == 1.0


def test_tampered_reward_model_is_refused(cfg_for, capsys, tmp_path):
    assert train_main(cfg_for("locale=en-JP")).code == 0
    weights = tmp_path / "adapters" / "en-JP" / "reward" / "1" / "adapter_model.safetensors"
    weights.write_bytes(weights.read_bytes()[:-8] + b"\0" * 8)
    with pytest.raises(CommandError, match="checksum mismatch for adapter_model.safetensors"):
        score_main(cfg_for("locale=en-JP", "prompt=hi", "text=yep"))


def test_resume_continues_from_checkpoint(cfg_for, capsys, monkeypatch, tmp_path):
    from transformers import TrainerCallback

    class Interrupt(TrainerCallback):
        def on_save(self, args, state, control, **kwargs):
            raise KeyboardInterrupt  # like Ctrl-C right after the first checkpoint

    real = tracking.trainer_callback
    monkeypatch.setattr(tracking, "trainer_callback", Interrupt)
    with pytest.raises(KeyboardInterrupt):
        train_main(cfg_for("locale=en-JP"))
    assert store.versions(tmp_path / "adapters", "en-JP", "reward") == []  # nothing visible
    monkeypatch.setattr(tracking, "trainer_callback", real)
    steps = []

    class Record(TrainerCallback):
        def on_train_begin(self, args, state, control, **kwargs):
            steps.append(state.global_step)

    monkeypatch.setattr(tracking, "trainer_callback", lambda: Record())
    assert train_main(cfg_for("locale=en-JP", "resume=true")).code == 0
    assert steps == [4]  # started from checkpoint-4, not from 0
    assert store.versions(tmp_path / "adapters", "en-JP", "reward") == [1]


def test_scores_are_batch_invariant(tiny_base):
    from culturalign.model.base import BaseModel
    from culturalign.model.reward_model import load_scorer_base

    model, tok = load_scorer_base(BaseModel("tiny", "tiny", tiny_base, "x"))
    prompts, answers = ["where is my order ?"] * 3, [JP_STYLE, US_STYLE, "yep"]
    one_by_one = [scores(model, tok, [p], [a], 64, False)[0] for p, a in zip(prompts, answers, strict=True)]
    batched = scores(model, tok, prompts, answers, 64, False, batch_size=3)
    assert batched == pytest.approx(one_by_one, abs=1e-5)  # right padding must not change the reward


def test_bench_reports_types_length_bias_and_baselines(cfg_for, tmp_path):
    from culturalign.judge.reward_eval import bench_main

    assert train_main(cfg_for("locale=en-JP")).code == 0
    pairs = write_jsonl(
        tmp_path / "typed.jsonl",
        [
            {"prompt": "where is my order ?", "chosen": JP_STYLE, "rejected": US_STYLE, "pair_type": "style"},
            {
                "prompt": "hello ?",
                "chosen": JP_STYLE,
                "rejected": "yep",
                "pair_type": "length",
                "flaw": "chosen_longer",
            },
            {"prompt": "where is my refund ?", "chosen": JP_STYLE, "rejected": DE_STYLE},
        ],
    )
    out = bench_main(cfg_for("locale=en-JP", f"pairs={pairs}")).data
    assert out["version"] == 1 and out["n"] == 3
    # the tiny model learned the en-JP style: right on all three; chosen is the longer answer in each
    assert out["by_type"] == {"style": 1.0, "length": 1.0, "all": 1.0} and out["accuracy"] == 1.0
    assert out["by_flaw"] == {"length:chosen_longer": 1.0}
    assert out["length_bias"]["chosen_longer"] == 1.0 and out["length_bias"]["chosen_shorter"] is None
    assert out["baselines"]["longer_wins"]["overall"] == 1.0 and "bag_of_words" in out["baselines"]


def test_depth_and_mean_pooling_are_rebuilt_when_scoring(cfg_for):
    """A model trained reading layer 1 of 2 with mean pooling scores the test split the same after reloading."""
    from culturalign.judge.reward_eval import bench_main

    trained = train_main(cfg_for("locale=en-JP", "reward.depth=1", "reward.pooling=mean", "reward.lora_layers=1")).data
    manifest = json.loads((Path(trained["path"]) / "manifest.json").read_text())
    assert (manifest["depth"], manifest["pooling"]) == (1, "mean")
    reloaded = bench_main(cfg_for("locale=en-JP")).data
    # same pairs, same head: the margins agree to float precision (a reload reading the last token, or all 2
    # layers, would give other margins)
    assert reloaded["accuracy"] == trained["accuracy"]
    assert abs(reloaded["mean_margin"] - trained["mean_margin"]) < 1e-3


def test_sample_pairs_keeps_each_type_share_and_order():
    from culturalign.train.reward import sample_pairs

    # 60 style, 30 content, 10 length rows; a sample of 10 keeps 60/30/10% of it: 6, 3 and 1 rows.
    rows = [{"i": i, "pair_type": t} for i, t in enumerate(["style"] * 60 + ["content"] * 30 + ["length"] * 10)]
    sample = sample_pairs(rows, 10, seed=0)
    assert [r["pair_type"] for r in sample].count("style") == 6
    assert [r["pair_type"] for r in sample].count("content") == 3
    assert [r["pair_type"] for r in sample].count("length") == 1
    assert [r["i"] for r in sample] == sorted(r["i"] for r in sample)  # file order kept
    assert sample == sample_pairs(rows, 10, seed=0) and sample != sample_pairs(rows, 10, seed=1)
    assert sample_pairs(rows, 0, seed=0) is rows and sample_pairs(rows, 500, seed=0) is rows


def test_sample_pairs_weights_a_type_up_to_the_rows_it_has():
    from culturalign.train.reward import sample_pairs

    rows = [{"i": i, "pair_type": t} for i, t in enumerate(["style"] * 60 + ["content"] * 30 + ["length"] * 10)]
    # content weight 2: masses 60, 60, 10 of 130, so 20 rows give round(9.2)=9, round(9.2)=9, round(1.5)=2
    types = [r["pair_type"] for r in sample_pairs(rows, 20, seed=0, weights={"content": 2.0})]
    assert (types.count("style"), types.count("content"), types.count("length")) == (9, 9, 2)
    # weight 10 asks for round(90 * 300/370) = 73 content rows of the 30 there are: all 30, no repeats
    heavy = sample_pairs(rows, 90, seed=0, weights={"content": 10.0})
    assert sum(r["pair_type"] == "content" for r in heavy) == 30 and len({r["i"] for r in heavy}) == len(heavy)


def test_micro_batches_accumulate_to_the_configured_batch(tmp_path):
    from culturalign.core.config import compose
    from culturalign.train.reward import trainer_args

    # batch 8 in micro-batches of 4: 2 passes per optimizer step; 0 means one pass of the whole batch
    args = trainer_args(compose(["reward.micro_batch_size=4"]).reward, tmp_path)
    assert (args.per_device_train_batch_size, args.gradient_accumulation_steps) == (4, 2)
    args = trainer_args(compose([]).reward, tmp_path)
    assert (args.per_device_train_batch_size, args.gradient_accumulation_steps) == (8, 1)


def adapter_tensors(path: Path) -> dict:
    with safe_open(path / "adapter_model.safetensors", "pt") as saved:
        return {k: saved.get_tensor(k) for k in saved.keys()}


def test_same_seed_same_reward_model_whatever_the_global_rng(cfg_for, capsys, tmp_path):
    import torch

    # The score head and the LoRA are built before TRL's Trainer seeds itself; without seeding first, the global RNG
    # left by whatever ran before decides their init, and two runs of one config differ (0.66-0.74 test accuracy on
    # 200 en-US pairs of the real base).
    for noise in (1, 2):
        torch.manual_seed(noise)
        assert train_main(cfg_for("locale=en-JP", "reward.epochs=1")).code == 0
    first, second = (adapter_tensors(tmp_path / "adapters" / "en-JP" / "reward" / v) for v in ("1", "2"))
    assert first.keys() == second.keys()
    assert all(torch.equal(first[k], second[k]) for k in first)
