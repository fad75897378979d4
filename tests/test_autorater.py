"""The LLM autorater: swap-consistent pairwise verdicts, 1-5 scores, agreement, and both judges for real.

The swap logic is tested with a scripted judge (a test double of the Judge protocol); LocalJudge runs end to end on
the tiny in-code llama, and EndpointJudge against a real HTTP server on a loopback port.
"""

from __future__ import annotations

import json
import math
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from culturalign.data.policies import judge_instructions, load_policy
from culturalign.judge import autorater
from culturalign.judge.autorater import EndpointJudge, JudgeUnavailable, LocalJudge

ROOT = Path(__file__).resolve().parents[1]
PROMPTS = ["where is my order ?", "how do i reset router ?", "where is my refund ?"]


@pytest.fixture(scope="module")
def policy():
    return load_policy(ROOT / "policies" / "en-US.yaml")


class ScriptedJudge:
    """Test double: decides each comparison with ``decide(first, second)`` and records what it was asked."""

    def __init__(self, decide, scores=None, ties: bool = True) -> None:
        self.decide, self.scores, self.ties, self.calls = decide, scores, ties, []

    def compare(self, instructions, prompts, first, second):
        self.calls.append((instructions, list(prompts), list(first), list(second)))
        labels = [self.decide(a, b) for a, b in zip(first, second, strict=True)]
        return [{label: 1.0} if label else None for label in labels]  # one-hot, as a judge that replies in text

    def rate(self, instructions, prompts, answers):
        return list(self.scores)


def longer(first: str, second: str) -> str:
    """A position-blind judge: prefers the longer answer, ties on equal length."""
    return "A" if len(first) > len(second) else "B" if len(second) > len(first) else "tie"


# ------------------------------------------------------------------------------------------------ swap logic


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("A", "B", "a"),  # a shown first wins, then a shown second wins: a both ways
        ("B", "A", "b"),
        ("tie", "tie", "tie"),
        ("A", "A", "inconsistent"),  # always the first position: pure position bias
        ("A", "tie", "inconsistent"),
        (None, "A", "invalid"),
    ],
)
def test_swap_verdict(first, second, expected):
    assert autorater.swap_verdict(first, second) == expected


@pytest.mark.parametrize(
    ("first", "second", "credit"),
    [
        ({"A": 1.0}, {"B": 1.0}, 1.0),  # a wins in both positions
        ({"A": 1.0}, {"A": 1.0}, 0.5),  # always "A": position bias earns nothing
        ({"tie": 1.0}, {"tie": 1.0}, 0.5),
        # The 135M base on a real pair: P(A) = 0.84 with a first, P(A) = 0.85 with b first -> (0.84 + 0.15) / 2.
        ({"A": 0.84, "B": 0.16}, {"A": 0.85, "B": 0.15}, 0.495),
        (None, {"A": 1.0}, 0.5),
    ],
)
def test_soft_credit(first, second, credit):
    assert autorater.soft_credit(first, second) == pytest.approx(credit)


def test_pairwise_asks_both_orders_with_the_policy_rubric(policy):
    judge = ScriptedJudge(longer)
    a, b = ["a long answer", "short", "same"], ["tiny", "a much longer one", "SAME"]
    out = autorater.pairwise(judge, policy, PROMPTS, a, b)
    (instr1, prompts1, first1, second1), (instr2, _, first2, second2) = judge.calls
    assert instr1 == instr2 == judge_instructions(policy) and prompts1 == PROMPTS
    assert (first1, second1) == (a, b) and (first2, second2) == (b, a)
    # a wins item 0, b wins item 1, item 2 is a consistent tie: win rate (1 + 0.5) / 3 = 0.5; all consistent.
    assert (out["wins_a"], out["wins_b"], out["ties"], out["inconsistent"]) == (1, 1, 1, 0)
    assert out["win_rate_a"] == pytest.approx(0.5) and out["consistency"] == 1.0
    assert out["soft_win_rate_a"] == pytest.approx(0.5)  # one-hot and consistent: the same as win_rate_a
    assert out["verdicts"] == ["a", "b", "tie"]
    # Raw verdicts A,B,tie then B,A,tie: first position picked 2 of the 4 decided ones.
    assert out["first_position_rate"] == 0.5


def test_pairwise_position_bias_becomes_ties(policy):
    out = autorater.pairwise(ScriptedJudge(lambda x, y: "A"), policy, PROMPTS, ["x"] * 3, ["y"] * 3)
    # Every item flips with the order: 3 inconsistent -> ties, win rate 0.5, consistency 0.
    assert (out["inconsistent"], out["win_rate_a"], out["consistency"]) == (3, 0.5, 0.0)
    assert out["first_position_rate"] == 1.0 and out["verdicts"] == ["tie"] * 3
    assert out["soft_win_rate_a"] == 0.5


def test_pairwise_win_rate_counts_half_for_ties(policy):
    # a longer on items 0 and 1, equal on item 2: (2 + 0.5) / 3 = 5/6.
    out = autorater.pairwise(ScriptedJudge(longer), policy, PROMPTS, ["aaa", "aaa", "a"], ["a", "a", "b"])
    assert out["win_rate_a"] == pytest.approx(5 / 6)


def test_single_mean_and_distribution(policy):
    out = autorater.single(ScriptedJudge(longer, scores=[1.0, 4.6, 5.0, None]), policy, PROMPTS + ["x"], list("abcd"))
    # Valid 1, 4.6, 5: mean 10.6 / 3; rounded 1, 5, 5 -> score_1 = 1/3, score_5 = 2/3; one unreadable.
    assert out["mean"] == pytest.approx(10.6 / 3) and out["invalid"] == 1 and out["n"] == 4
    assert out["score_1"] == pytest.approx(1 / 3) and out["score_5"] == pytest.approx(2 / 3)
    assert out["score_2"] == out["score_3"] == out["score_4"] == 0.0
    assert out["scores"] == [1.0, 4.6, 5.0, None]


def test_agreement_raw_rates():
    auto = ["a", "b", "tie", "a", None]
    reward = ["a", "a", "tie", "b", "a"]
    human = ["a", "b", "tie", "a", "b"]
    out = autorater.agreement(auto, reward, human)
    # autorater/reward: items 0-3 (4 has no autorater vote), equal on 0 and 2: 2/4.
    assert (out["autorater_reward"], out["n_autorater_reward"]) == (0.5, 4.0)
    assert out["autorater_human"] == 1.0  # items 0-3 all equal
    assert out["reward_human"] == pytest.approx(2 / 5)  # items 0 and 2 of 5
    assert (out["all"], out["n_all"]) == (0.5, 4.0)  # items 0-3, all three equal on 0 and 2
    assert set(autorater.agreement(auto, reward)) == {"autorater_reward", "n_autorater_reward"}
    assert math.isnan(autorater.agreement([None], ["a"])["autorater_reward"])
    with pytest.raises(ValueError, match="differ in length"):
        autorater.agreement(["a"], ["a", "b"])


def test_votes_from_scores():
    assert autorater.votes_from_scores([1.0, 0.0, 0.5, 0.55], [0.0, 1.0, 0.5, 0.5], margin=0.1) == [
        "a",
        "b",
        "tie",
        "tie",  # 0.05 apart: inside the margin
    ]


@pytest.mark.parametrize(
    ("reply", "verdict"),
    [("A", "A"), ("[[B]]", "B"), ("Tie.", "tie"), ("B is better", "B"), ("a tie", "tie"), ("neither", None)],
)
def test_parse_verdict(reply, verdict):
    assert autorater.parse_verdict(reply) == verdict


@pytest.mark.parametrize(("reply", "score"), [("4", 4.0), ("Score: 3/5", 3.0), ("10", None), ("", None)])
def test_parse_score(reply, score):
    assert autorater.parse_score(reply) == score


# ------------------------------------------------------------------------------------------------ LocalJudge


@pytest.fixture(scope="module")
def tiny_judge_model(tiny_base):
    """The tiny llama; its word-level vocabulary carries the labels "A", "B", "tie" and "1".."5" (conftest)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_base)
    tokenizer.padding_side = "left"
    model = AutoModelForCausalLM.from_pretrained(tiny_base).eval()
    return model, tokenizer


def test_labels_the_tokenizer_does_not_know_are_refused(tiny_judge_model):
    _, tokenizer = tiny_judge_model
    with pytest.raises(ValueError, match="distinct known tokens"):
        autorater.label_token_ids(tokenizer, ["Zebra", "Quokka"])  # both <unk>: a comparison would be meaningless
    with pytest.raises(ValueError, match="distinct known tokens"):
        autorater.label_token_ids(tokenizer, ["A", "A"])  # not distinct


def test_local_judge_end_to_end_on_tiny_base(tiny_judge_model, policy):
    model, tokenizer = tiny_judge_model
    judge = LocalJudge(model, tokenizer, batch_size=2)
    a = ["thank you very much we sincerely apologize", "yep just open the app", "hello"]
    b = ["yep just open the app tap settings", "thank you", "the refund is issued within 5 days"]
    verdicts = judge.compare(judge_instructions(policy), PROMPTS, a, b)
    assert len(verdicts) == 3 and all(set(v) == {"A", "B"} for v in verdicts)  # forced choice by default
    assert [sum(v.values()) for v in verdicts] == pytest.approx([1.0] * 3)
    scores = judge.rate(judge_instructions(policy), PROMPTS, a)
    assert len(scores) == 3 and all(1.0 <= s <= 5.0 for s in scores)
    out = autorater.pairwise(judge, policy, PROMPTS, a, b)
    assert out["n"] == 3 and out["wins_a"] + out["wins_b"] + out["ties"] + out["inconsistent"] == 3
    assert out["win_rate_a"] == pytest.approx((out["wins_a"] + 0.5 * (3 - out["wins_a"] - out["wins_b"])) / 3)
    # Forced choice: P_A + P_B = 1 in each order, so swapping the roles of a and b mirrors the soft win rate.
    assert autorater.pairwise(judge, policy, PROMPTS, b, a)["soft_win_rate_a"] == pytest.approx(
        1 - out["soft_win_rate_a"]
    )
    with_ties = LocalJudge(model, tokenizer, ties=True)
    assert all(set(v) == {"A", "B", "tie"} for v in with_ties.compare("be brief", PROMPTS, a, b))


def test_local_judge_batching_does_not_change_probabilities(tiny_judge_model):
    """Prompts of different lengths, padded left or right, score as they would alone (positions follow the mask)."""
    model, tokenizer = tiny_judge_model
    answers = ["yep", "thank you very much", "ok"]
    convs = [autorater.single_messages("be brief", p, a) for p, a in zip(PROMPTS, answers, strict=True)]
    ids = LocalJudge(model, tokenizer).score_ids
    alone = LocalJudge(model, tokenizer, batch_size=1).label_probs(convs, ids)
    batched = LocalJudge(model, tokenizer, batch_size=3).label_probs(convs, ids)
    assert alone.shape == (3, 5) and alone.sum(-1).tolist() == pytest.approx([1.0] * 3)
    assert batched.tolist() == [pytest.approx(row, abs=1e-5) for row in alone.tolist()]
    tokenizer.padding_side = "right"
    try:
        right = LocalJudge(model, tokenizer, batch_size=3).label_probs(convs, ids)
    finally:
        tokenizer.padding_side = "left"
    assert right.tolist() == [pytest.approx(row, abs=1e-5) for row in alone.tolist()]


@pytest.mark.integration
def test_local_judge_on_the_embedded_base(policy):
    """The real base: its labels are single distinct tokens and a judgement is one forward pass."""
    from culturalign.core.config import ModelConfig
    from culturalign.model.base import load_causal_lm, resolve

    cfg = ModelConfig()
    model, tokenizer = load_causal_lm(resolve(cfg), cfg)
    judge = LocalJudge(model, tokenizer)
    us = "Good news: you'll get your refund within 5 days. Just open the app and tap Orders."
    jp = "Thank you very much for contacting us. We sincerely apologize for the delay with your refund."
    out = autorater.pairwise(judge, policy, ["Where is my refund?"], [us], [jp])
    assert out["n"] == 1 and 0.0 <= out["win_rate_a"] <= 1.0
    assert 1.0 <= autorater.single(judge, policy, ["Where is my refund?"], [us])["mean"] <= 5.0


# --------------------------------------------------------------------------------------------- EndpointJudge


class FakeChatServer(ThreadingHTTPServer):
    """A real OpenAI-style chat-completions server on a loopback port; ``reply(body)`` decides the answer."""

    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), ChatHandler)
        self.requests: list[tuple[str, dict]] = []
        self.reply = lambda body: "A"
        self.delay, self.status = 0.0, 200

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class ChatHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        server: FakeChatServer = self.server  # type: ignore[assignment]
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        server.requests.append((self.path, body))
        time.sleep(server.delay)
        if server.status != 200:
            payload = {"error": {"message": "model not found", "type": "invalid_request_error"}}
        else:
            message = {"role": "assistant", "content": server.reply(body)}
            choice = {"index": 0, "message": message, "finish_reason": "stop"}
            payload = {
                "id": "c1",
                "object": "chat.completion",
                "created": 0,
                "model": body["model"],
                "choices": [choice],
            }
        data = json.dumps(payload).encode()
        try:
            self.send_response(server.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client timed out on purpose (the timeout test)

    def log_message(self, *args) -> None:  # keep pytest output clean
        pass


@pytest.fixture
def chat_server():
    server = FakeChatServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def user_text(body: dict) -> str:
    return body["messages"][-1]["content"]


def test_endpoint_judge_always_a_is_all_ties(chat_server, policy):
    judge = EndpointJudge(chat_server.url, "judge-model", api_key="k", timeout=5)
    a, b = ["answer one", "answer two"], ["other one", "other two"]
    out = autorater.pairwise(judge, policy, PROMPTS[:2], a, b)
    # "A" in both orders means a, then b: inconsistent on both items -> ties, win rate 0.5.
    assert (out["inconsistent"], out["win_rate_a"], out["consistency"]) == (2, 0.5, 0.0)
    assert len(chat_server.requests) == 4
    for path, body in chat_server.requests:
        assert path == "/v1/chat/completions" and body["model"] == "judge-model"
        assert body["temperature"] == 0 and body["max_tokens"] == 8
        assert body["messages"][0] == {"role": "system", "content": judge_instructions(policy)}
    shown_first = sorted(user_text(body).split("[Answer A]\n")[1].split("\n")[0] for _, body in chat_server.requests)
    assert shown_first == sorted(a + b)  # each answer was shown first once: both orders were asked


def test_endpoint_judge_consistent_judge_and_scores(chat_server, policy):
    # A judge that likes thanks: picks whichever slot holds the answer with "Thanks", so it survives the swap.
    chat_server.reply = lambda body: "[[A]]" if "[Answer A]\nThanks" in user_text(body) else "B"
    judge = EndpointJudge(chat_server.url, "judge-model", timeout=5)
    out = autorater.pairwise(judge, policy, PROMPTS[:2], ["Thanks! Done.", "Thanks, sorted."], ["Done.", "Sorted."])
    assert (out["wins_a"], out["win_rate_a"], out["consistency"], out["soft_win_rate_a"]) == (2, 1.0, 1.0, 1.0)
    chat_server.reply = lambda body: "Score: 4"
    assert autorater.single(judge, policy, PROMPTS, ["x", "y", "z"])["mean"] == 4.0


def test_endpoint_judge_reply_without_text_is_an_unreadable_verdict(chat_server, policy):
    # content null on every reply: each verdict is unreadable (the judge is not "unavailable"), so both items tie
    chat_server.reply = lambda body: None
    out = autorater.pairwise(
        EndpointJudge(chat_server.url, "judge-model", timeout=5), policy, PROMPTS[:2], ["a", "b"], ["c", "d"]
    )
    assert out["win_rate_a"] == 0.5 and len(chat_server.requests) == 4


def test_endpoint_judge_closed_port_is_unavailable(policy):
    with socket.socket() as s:  # a port nobody listens on: bind, note, close
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    judge = EndpointJudge(url, "judge-model", timeout=2, max_retries=0)
    with pytest.raises(JudgeUnavailable, match=f"autorater endpoint {url} is unreachable"):
        autorater.pairwise(judge, policy, PROMPTS[:1], ["a"], ["b"])


def test_endpoint_judge_timeout_and_http_error(chat_server, policy):
    chat_server.delay = 1.0
    judge = EndpointJudge(chat_server.url, "judge-model", timeout=0.2, max_retries=0)
    with pytest.raises(JudgeUnavailable, match="timed out"):
        autorater.single(judge, policy, PROMPTS[:1], ["a"])
    chat_server.delay, chat_server.status = 0.0, 404
    with pytest.raises(JudgeUnavailable, match="answered HTTP 404"):
        autorater.single(EndpointJudge(chat_server.url, "nope", max_retries=0), policy, PROMPTS[:1], ["a"])


def test_judge_from_config(tiny_judge_model, monkeypatch):
    from culturalign.core.config import EvaluationConfig

    monkeypatch.setenv("JUDGE_KEY", "secret")
    remote = autorater.judge_from_config(
        EvaluationConfig(judge_url="http://127.0.0.1:1/v1", judge_api_key_env="JUDGE_KEY", judge_timeout_s=3.0)
    )
    assert isinstance(remote, EndpointJudge) and remote.endpoint.client.api_key == "secret"
    assert isinstance(autorater.judge_from_config(EvaluationConfig(), *tiny_judge_model), LocalJudge)
    with pytest.raises(ValueError, match="needs a model"):
        autorater.judge_from_config(EvaluationConfig())
