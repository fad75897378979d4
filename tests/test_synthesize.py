"""`culturalign data synthesize`: contrasting contracts, rule score + pairwise autorater, pairs or annotation items.

Three teachers, all real: the tiny in-code base in this process; a scripted OpenAI-compatible server on a free
loopback port (uvicorn), whose answers are fixed so every expected number can be derived; and `culturalign serve`
itself on the tiny base. Failures (server down, garbage, HTTP errors) must leave every file as it was.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, running, write_jsonl
from culturalign.core.command import CommandError
from culturalign.core.config import compose
from culturalign.data.policies import load_policy, rule_score
from culturalign.data.preferences import PREFERENCES
from culturalign.data.validate import validate_locale
from culturalign.model.endpoint import reply_text
from culturalign.train import synthesize
from fastapi import FastAPI, Request  # module level: FastAPI resolves the string annotations here
from fastapi.responses import JSONResponse, PlainTextResponse

TEST_PAIR = {
    "prompt": "where is my refund ?",
    "chosen": "I'm afraid the refund takes five working days to reach your card.",
    "rejected": "Awesome question! Refunds take five days, no worries!",
    "split": "test",
    "situation": "held/refund",
    "source": "handwritten",
}
PROMPTS = [
    {"prompt": "where is my order ?", "topic": "orders", "situation": "t/order"},
    {"prompt": "how do i reset router ?", "topic": "connectivity", "situation": "t/router"},
    {"prompt": "when will my refund arrive ?", "topic": "billing", "situation": "held/refund"},  # a test situation
]

# The scripted teacher's answers. The en-GB one keeps every en-GB rule (40-110 words, no "!"); the others stay
# under 30 words (their contract's first sentence appended), use "!" and two discouraged phrases, so they break
# ok_length and ok_exclamations: the rule part alone is 2*6/8-1 = 0.5 against 1.0 (data.policies.rule_score), well
# past synthesize.rule_margin=0.25.
GB_ANSWER = (
    "I'm afraid your parcel is running a little late. It left our warehouse yesterday and should reach you within "
    "two working days. Could you possibly keep an eye out for the courier's text message on the day? Should it not "
    "arrive by 27/11/2026, do let us know and we'll send a replacement at no extra cost. Many thanks for your "
    "patience."
)
OTHER_ANSWER = "Awesome, no worries! Your parcel ships soon and arrives in a few days. Thanks! ({})"


def scripted_reply(messages: list[dict], mode: str) -> str:
    """What the scripted endpoint answers: a judge request gets the label of the British answer, a teacher request
    the answer of the contract its system prompt names."""
    system, user = messages[0]["content"], messages[-1]["content"]
    if "[Answer A]" in user:
        if mode == "judge_garbage":
            return "I cannot decide."
        first = user.split("[Answer A]", 1)[1].split("[Answer B]", 1)[0]
        return "A" if "I'm afraid" in first else "B"
    if system.startswith("You are the customer-support assistant of the United Kingdom market"):
        return GB_ANSWER
    return OTHER_ANSWER.format(system.split(".", 1)[0])  # each contract's own words: no pair is a duplicate


def scripted_app(state: dict):
    """A minimal OpenAI-compatible chat server; ``state['mode']`` switches it into the failures under test."""
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def chat(request: Request):
        body, mode = await request.json(), state["mode"]
        state["requests"] += 1
        if mode == "http_500":
            return JSONResponse({"error": {"message": "boom", "type": "server_error"}}, status_code=500)
        if mode == "not_json":
            return PlainTextResponse("<html>502 bad gateway</html>")
        if mode == "no_choices":
            return JSONResponse({"id": "x", "object": "chat.completion", "created": 0, "model": "m", "choices": []})
        content = "" if mode == "empty" else scripted_reply(body["messages"], mode)
        choice = {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
        return {"id": "x", "object": "chat.completion", "created": 0, "model": body["model"], "choices": [choice]}

    return app


@pytest.fixture(scope="module")
def endpoint() -> Iterator[tuple[str, dict]]:
    state = {"mode": "ok", "requests": 0}
    with running(scripted_app(state)) as url:
        yield f"{url}/v1", state


@pytest.fixture
def market(tmp_path: Path, tiny_base: Path):
    """make(*overrides) -> AppConfig over a tiny en-GB market (one test pair) beside the shipped policies."""
    gb = tmp_path / "locales/en-GB"
    gb.mkdir(parents=True)
    (gb / "locale.yaml").write_text((ROOT / "locales/en-GB/locale.yaml").read_text())
    write_jsonl(gb / PREFERENCES, [TEST_PAIR])
    write_jsonl(gb / "prompts.jsonl", [])
    write_jsonl(gb / "eval.jsonl", [])
    write_jsonl(tmp_path / "prompts.jsonl", PROMPTS)

    def make(*overrides: str):
        return compose(
            [
                "model=local",
                f"model.path={tiny_base}",
                f"paths.locales={tmp_path}/locales",
                f"paths.policies={ROOT}/policies",
                f"annotate.db={tmp_path}/annotations.db",
                f"synthesize.prompts={tmp_path}/prompts.jsonl",
                "locale=en-GB",
                "synthesize.max_new_tokens=24",
                "synthesize.max_retries=0",
                "synthesize.timeout_s=20",
                *overrides,
            ]
        )

    make.root = tmp_path
    return make


def rows_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def items_in(db: Path) -> list[tuple]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT locale, variant_a, variant_b FROM items").fetchall()


# ------------------------------------------------------------------------------------------------ units


@pytest.mark.parametrize(
    ("gap", "credit", "expected"),
    [
        (0.5, 0.9, ("own", "own", "own")),  # both prefer the market's answer by their margins
        (-0.5, 0.1, ("other", "other", "other")),  # both prefer the other contract's answer: still a pair
        (0.5, 0.2, ("own", "other", None)),  # they disagree: people decide
        (0.2, 0.9, (None, "own", None)),  # rules within rule_margin=0.25
        (0.5, 0.55, ("own", None, None)),  # credit within judge_margin=0.1 of a coin toss
        (0.0, 0.5, (None, None, None)),
    ],
)
def test_a_pair_is_decided_only_when_rules_and_autorater_agree_by_their_margins(gap, credit, expected):
    assert synthesize.decide(gap, credit, compose([]).synthesize) == expected


def test_contract_prompt_states_the_policy():
    gb = synthesize.contract_prompt(load_policy(ROOT / "policies/en-GB.yaml"))
    assert gb.startswith("You are the customer-support assistant of the United Kingdom market.")
    assert "Never use exclamation marks." in gb and "could you possibly" in gb
    assert "£1,234.50" in gb and "27/11/2026" in gb  # CLDR en_GB, from the policy's conventions
    us = synthesize.contract_prompt(load_policy(ROOT / "policies/en-US.yaml"))
    assert "Write in an informal register." in us and "11/27/2026" in us


@pytest.mark.parametrize(
    ("response", "fragment"),
    [
        ("<html>oops</html>", "not a chat completion"),
        (type("R", (), {"choices": []})(), "not a chat completion"),
        (type("R", (), {"choices": [type("C", (), {"message": None})()]})(), "without text"),
        (type("R", (), {"choices": [type("C", (), {"message": type("M", (), {"content": None})()})()]})(), "without"),
    ],
)
def test_a_reply_that_is_not_text_is_a_teacher_error(response, fragment):
    with pytest.raises(synthesize.TeacherError, match=f"teacher http://t/v1 answered .*{fragment}"):
        reply_text(response, "teacher http://t/v1", synthesize.TeacherError)


def test_held_out_situations_and_done_prompts_are_skipped():
    done = {"prompt": "where is my order ?", "source": "synthesized", "split": "train"}
    keys = synthesize.skip_keys([TEST_PAIR, done], compose([]))
    assert "situation:held/refund" in keys and "where is my order ?" in keys


# ------------------------------------------------------------------------------------------------ scripted endpoint


def test_endpoint_teacher_and_judge_give_provenanced_pairs(market, endpoint):
    url, state = endpoint
    state["mode"] = "ok"
    result = synthesize.synthesize_main(market(f"teacher={url}", "teacher_model=scripted"))
    path = market.root / "locales/en-GB" / PREFERENCES
    rows = rows_of(path)

    # 3 prompts minus the one on the test pair's situation = 2; 5 contracts (en-GB, en-DE, en-JP, en-US, generic)
    # give 2 x 4 = 8 pairs; the rules and the judge (always the British answer, in both orders: credit 1.0) agree.
    assert result.data["prompts"] == 2 and result.data["contracts"] == ["en-GB", "en-DE", "en-JP", "en-US", "generic"]
    assert (result.data["pairs_judged"], result.data["kept"], result.data["undecided"]) == (8, 8, 0)
    assert result.data["agreement_when_both_decided"] == 1.0 and result.data["autorater_consistency"] == 1.0
    # 2 prompts x 5 contracts teacher requests, 8 pairs x 2 orders judge requests.
    assert state["requests"] >= 10 + 16
    assert rows[0] == TEST_PAIR and len(rows) == 9
    policy = load_policy(ROOT / "policies/en-GB.yaml")
    for row in rows[1:]:
        assert row["chosen"] == GB_ANSWER and row["split"] == "train" and row["source"] == "synthesized"
        assert row["teacher"] == f"{url}#scripted" and row["judge"] == f"{url}#scripted"
        assert row["chosen_system"] == "en-GB" and row["rejected_system"] == row["rejected_style"] != "en-GB"
        assert row["autorater"] == {"credit_chosen": 1.0, "swap_verdict": "a"}
        assert row["rule_scores"]["chosen"] == round(rule_score(policy, GB_ANSWER), 4)
        assert row["rule_scores"]["chosen"] - row["rule_scores"]["rejected"] >= 0.5
    assert validate_locale(market.root / "locales", ROOT / "policies", "en-GB", market().data, None).problems == []

    # A second run answers nothing again: the done prompts and the test situation are skipped.
    again = synthesize.synthesize_main(market(f"teacher={url}", "teacher_model=scripted"))
    assert again.data["prompts"] == 0 and len(rows_of(path)) == 9


def test_disagreement_becomes_annotation_items(market, endpoint):
    """rule_margin=5 (no rule gap is that large): every pair is undecided and goes to people, none to the file."""
    url, state = endpoint
    state["mode"] = "ok"
    result = synthesize.synthesize_main(market(f"teacher={url}", "synthesize.rule_margin=5"))
    assert (result.data["kept"], result.data["undecided"], result.data["items_added"]) == (0, 8, 8)
    assert rows_of(market.root / "locales/en-GB" / PREFERENCES) == [TEST_PAIR]
    items = items_in(market.root / "annotations.db")
    assert len(items) == 8 and {i[:2] for i in items} == {("en-GB", "synth:en-GB")}
    assert {i[2] for i in items} == {"synth:en-DE", "synth:en-JP", "synth:en-US", "synth:generic"}


def test_without_a_judge_the_rules_decide_alone(market, endpoint):
    """synthesize.judge=none: no judge request is sent; the rules' 0.5 gap (> rule_margin 0.25) keeps all 8 pairs."""
    url, state = endpoint
    state["mode"], state["requests"] = "ok", 0
    result = synthesize.synthesize_main(market(f"teacher={url}", "synthesize.judge=none"))
    assert (result.data["kept"], result.data["undecided"], result.data["judge"]) == (8, 0, "none")
    assert state["requests"] == 2 * 5  # 2 prompts x 5 contracts, teacher requests only
    rows = rows_of(market.root / "locales/en-GB" / PREFERENCES)[1:]
    assert {r["chosen"] for r in rows} == {GB_ANSWER} and {r["judge"] for r in rows} == {"none"}
    assert synthesize.decide(0.1, 0.5, market("synthesize.judge=none").synthesize) == (None, None, None)


@pytest.mark.parametrize(
    ("mode", "fragment"),
    [
        ("http_500", "answered HTTP 500"),
        ("not_json", "not a chat completion"),
        ("no_choices", "not a chat completion"),
        ("empty", "no usable answer"),
        ("judge_garbage", "no readable verdict"),
    ],
)
def test_a_teacher_answering_garbage_writes_nothing(market, endpoint, mode, fragment):
    url, state = endpoint
    state["mode"] = mode
    path = market.root / "locales/en-GB" / PREFERENCES
    before = path.read_bytes()
    with pytest.raises(CommandError, match=fragment) as info:
        synthesize.synthesize_main(market(f"teacher={url}"))
    state["mode"] = "ok"
    assert "nothing written" in str(info.value)
    assert path.read_bytes() == before and items_in(market.root / "annotations.db") == []


def test_a_teacher_that_is_down_writes_nothing(market):
    import socket

    with socket.socket() as s:  # a port nobody listens on: bind one, then let it go
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    path = market.root / "locales/en-GB" / PREFERENCES
    before = path.read_bytes()
    with pytest.raises(CommandError, match=f"teacher http://127.0.0.1:{port}/v1 is unreachable"):
        synthesize.synthesize_main(market(f"teacher=http://127.0.0.1:{port}/v1"))
    assert path.read_bytes() == before and items_in(market.root / "annotations.db") == []


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        (["teacher=ftp://example/v1"], "teacher='ftp://example/v1'"),
        (["synthesize.judge=maybe"], "synthesize.judge='maybe'"),
        (["n=-1"], "n=-1"),
        (["locale=null"], "needs locale"),
        (["locale=fr-FR"], "nothing written"),
        (["locale=en-ZZ"], "nothing written"),
    ],
)
def test_bad_arguments_are_refused_before_any_work(market, overrides, fragment):
    with pytest.raises(CommandError, match=fragment) as info:
        synthesize.synthesize_main(market(*overrides))
    assert info.value.code == 2


def test_a_bad_prompt_file_writes_nothing(market):
    bad = write_jsonl(market.root / "bad.jsonl", ['{"prompt": ""}', "not json"])
    with pytest.raises(CommandError, match="nothing written"):
        synthesize.synthesize_main(market(f"synthesize.prompts={bad}"))
    assert rows_of(market.root / "locales/en-GB" / PREFERENCES) == [TEST_PAIR]


# ------------------------------------------------------------------------------------------------ tiny models


def check_outcome(make, result) -> None:
    """What holds whatever a random tiny model says: counts add up, the file validates, the rest went to people."""
    d = result.data
    assert d["prompts"] == 2 and d["candidates"] == 10
    assert d["kept"] + d["undecided"] == d["pairs_judged"] <= 8
    assert d["added"] + sum(d["skipped"].values()) == d["kept"] and d["total"] == 1 + d["added"]
    assert len(items_in(make.root / "annotations.db")) == d["items_added"] == d["undecided"]
    report = validate_locale(make.root / "locales", ROOT / "policies", "en-GB", make().data, None)
    assert report.problems == []
    for row in rows_of(make.root / "locales/en-GB" / PREFERENCES)[1:]:
        assert {"teacher", "judge", "chosen_system", "rejected_system", "rule_scores", "autorater"} <= set(row)


def test_local_tiny_teacher_and_judge(market):
    result = synthesize.synthesize_main(market("teacher=local", "synthesize.temperature=1.0"))
    assert result.data["teacher"] == result.data["judge"] == "local:local"
    # A random 2-layer model's label probabilities barely depend on the answers (credit 0.5 to 3 decimals): the
    # autorater decides nothing, so every judged pair goes to people.
    assert result.data["undecided"] == result.data["pairs_judged"] > 0
    check_outcome(market, result)


def test_culturalign_serve_on_the_tiny_base_as_the_teacher(market):
    """The project's own server (the bare tiny base, no adapters) as an OpenAI-compatible teacher.

    As the judge too, its greedy 8-token replies hold no "A", "B" or "tie" (seed 0 weights): a clear error and
    nothing written. With the local judge, the run goes through.
    """
    from culturalign.serve import app as serve_app
    from culturalign.serve.local import LocalEngine

    serving = [f"paths.adapters={market.root}/adapters", "tracking.enabled=false", "serve.max_prompt_tokens=1024"]
    cfg = market(*serving)
    with running(serve_app.create_app(cfg, LocalEngine.load(cfg))) as url:
        teacher = [f"teacher={url}/v1", "teacher_model=culturalign/base", "synthesize.temperature=1.0"]
        with pytest.raises(CommandError, match="gave no readable verdict"):
            synthesize.synthesize_main(market(*teacher))
        assert rows_of(market.root / "locales/en-GB" / PREFERENCES) == [TEST_PAIR]
        result = synthesize.synthesize_main(market(*teacher, "synthesize.judge=local"))
    assert result.data["teacher"] == f"{url}/v1#culturalign/base" and result.data["judge"] == "local:local"
    check_outcome(market, result)
