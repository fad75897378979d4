"""Shared test helpers: project paths, a word-count token counter, and tiny fixtures."""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Debian's Chromium (`make test` installs it when run as root) with the flags this machine needs behind a closed
# network: without the background-networking ones it keeps trying to reach Google's hosts.
CHROMIUM = Path("/usr/bin/chromium")
INSTALL_CHROMIUM = "apt-get install -y chromium chromium-driver"
REQUIRE_BROWSER = "CULTURALIGN_REQUIRE_BROWSER"  # =1 (CI sets it): a missing browser fails the browser tests
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_or_skip(path: Path = CHROMIUM) -> Path:
    """The browser the browser tests drive; without it they skip, or fail where $CULTURALIGN_REQUIRE_BROWSER=1.

    Installing it needs root, so a developer's `make test` goes on without it; CI must not pass by skipping.
    """
    if path.exists():
        return path
    message = f"{path} is missing: install it as root with `{INSTALL_CHROMIUM}` (or run `make test` as root)"
    if os.environ.get(REQUIRE_BROWSER) == "1":
        pytest.fail(f"{message}; ${REQUIRE_BROWSER}=1 makes a missing browser a test failure")
    pytest.skip(message)


@pytest.fixture
def chromium() -> Path:
    """Debian's Chromium; ask for it first, so a test without it stops before its expensive fixtures."""
    return chromium_or_skip()


@contextmanager
def running(app) -> Iterator[str]:
    """uvicorn serving ``app`` in a background thread on a free loopback port; yields the base URL."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


def words_as_tokens(prompt, answer: str) -> int:
    """Stand-in token counter for unit tests: one token per word (the real one needs the base tokenizer)."""
    text = prompt if isinstance(prompt, str) else " ".join(m["content"] for m in prompt)
    return len(text.split()) + len(answer.split())


def write_jsonl(path: Path, rows: list) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A throwaway copy of locales/ and policies/ to break on purpose."""
    for name in ("locales", "policies"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("gen", "*.py", "__pycache__"))
    return tmp_path


# ------------------------------------------------------------------------------------ a tiny base model, in code

TINY_WORDS = (
    "thank you very much we sincerely apologize it may be helpful to check yep just open the app tap settings "
    "the refund is issued within 5 days 1. 2. 3. select order where is my how do i reset router headphones "
    "system user assistant ? . , ! : hello good news no worries perhaps kindly please"
    # the autorater's answer labels, so the tiny model can judge too
    " A B tie 1 2 3 4 5"
).split()
CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|> {{ m['role'] }} {{ m['content'] }} <|im_end|> {% endfor %}"
    "{% if add_generation_prompt %}<|im_start|> assistant {% endif %}"
)


def tiny_llama_config(**overrides):
    """A 2-layer llama with hidden size 32: big enough to have every part of the real one, fast in any test."""
    from transformers import LlamaConfig

    sizes = dict(
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=256,
        tie_word_embeddings=True,
    )
    return LlamaConfig(**(sizes | overrides))


def build_tiny_base(directory: Path) -> Path:
    """A 2-layer llama (hidden 32) with a word-level tokenizer and a chat template, saved as an HF checkpoint."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import LlamaForCausalLM, PreTrainedTokenizerFast

    specials = ["<unk>", "<|im_start|>", "<|im_end|>"]
    vocab = {w: i for i, w in enumerate(dict.fromkeys(specials + TINY_WORDS))}
    core = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=core,
        unk_token="<unk>",
        bos_token="<|im_start|>",
        eos_token="<|im_end|>",
        pad_token="<|im_end|>",
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    torch.manual_seed(0)
    config = tiny_llama_config(vocab_size=len(vocab), pad_token_id=2, bos_token_id=1, eos_token_id=2)
    LlamaForCausalLM(config).save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory) -> Path:
    return build_tiny_base(tmp_path_factory.mktemp("tiny-base"))


JP_STYLE = "thank you very much we sincerely apologize it may be helpful to check the app"
US_STYLE = "yep just open the app tap settings no worries"
DE_STYLE = "the refund is issued within 5 days 1. open the app 2. select order"


def tiny_locales(root: Path, n_train: int = 24, n_test: int = 8) -> Path:
    """locales/ + policies/ with en-JP and en-US whose chosen/rejected differ only in style words."""
    import shutil

    styles = {"en-JP": JP_STYLE, "en-US": US_STYLE, "en-DE": DE_STYLE}
    questions = ["where is my order", "how do i reset router", "how do i reset headphones", "where is my refund"]
    shutil.copytree(ROOT / "policies", root / "policies", dirs_exist_ok=True)
    for tag in ("en-JP", "en-US"):
        d = root / "locales" / tag
        d.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "locales" / tag / "locale.yaml", d / "locale.yaml")
        others = [s for t, s in styles.items() if t != tag]
        rows = []
        for i in range(n_train + n_test):
            prompt = f"{questions[i % 4]} {i} ?"
            rows.append(
                {
                    "prompt": prompt,
                    "chosen": styles[tag],
                    "rejected": others[i % 2],
                    "split": "train" if i < n_train else "test",
                }
            )
        write_jsonl(d / "preferences.jsonl", rows)
        write_jsonl(d / "prompts.jsonl", [{"prompt": f"{q} ?"} for q in questions])
        write_jsonl(d / "eval.jsonl", [{"prompt": "hello ?", "reference": styles[tag]}])
    return root


@pytest.fixture
def tiny_cfg(tiny_base, tmp_path):
    """make(*overrides) -> AppConfig on the tiny base, tiny locales and a throwaway MLflow store, sized for seconds."""
    from culturalign.core.config import compose

    root = tiny_locales(tmp_path)

    def overrides(*extra: str) -> list[str]:
        return [
            "model=local",
            f"model.path={tiny_base}",
            f"paths.locales={root}/locales",
            f"paths.policies={root}/policies",
            f"paths.adapters={tmp_path}/adapters",
            f"tracking.uri=sqlite:///{tmp_path}/mlflow.db",
            "locales=[en-JP,en-US]",
            "reward.learning_rate=3e-2",
            "reward.epochs=6",
            "reward.batch_size=4",
            "reward.bf16=false",
            "reward.gate_accuracy=0.9",
            "reward.save_steps=4",
            "rl.max_steps=2",
            "rl.prompts_per_step=2",
            "rl.num_generations=2",
            "rl.max_completion_length=6",
            "rl.bf16=false",
            "rl.learning_rate=1e-2",
            "rl.sft_steps=3",
            "rl.sft_batch_size=4",
            "rl.rounds=1",
            "rl.prompts_per_round=3",
            "rl.min_margin=0",
            "rl.dpo_batch_size=2",
            "rl.max_length=64",
            "evaluation.max_new_tokens=6",
            "evaluation.matrix_prompts=1",
            *extra,
        ]

    def make(*extra: str):
        return compose(overrides(*extra))

    make.overrides = overrides  # the same settings as command-line words, for tests that go through cli.main
    return make
