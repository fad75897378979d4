"""The pure parts of `culturalign serve`, without a server: body parsing, key scopes, metrics, the length bound."""

from __future__ import annotations

import json

import pytest
from culturalign.core.config import compose
from culturalign.serve import api, auth
from culturalign.serve.metrics import GaugeFamily, Metrics
from prometheus_client.parser import text_string_to_metric_families

SERVE = compose(["serve.max_new_tokens=16"]).serve
USER = {"role": "user", "content": "hi"}


def parse(body: dict | bytes) -> api.Chat:
    return api.parse_chat(body if isinstance(body, bytes) else json.dumps(body).encode(), SERVE)


# ------------------------------------------------------------------------------------------------ parsing


def test_developer_role_is_system_and_parts_are_joined_as_sent():
    parts = [{"type": "text", "text": "a "}, {"type": "text", "text": "b"}]
    chat = parse({"messages": [{"role": "developer", "content": "be brief"}, {"role": "user", "content": parts}]})
    assert chat.messages == [{"role": "system", "content": "be brief"}, {"role": "user", "content": "a b"}]
    assert chat.max_tokens == 16 and chat.sampling.temperature == 0.0  # server defaults: greedy, serve limit


@pytest.mark.parametrize("digits, ok", [(api.MAX_INT_DIGITS, True), (api.MAX_INT_DIGITS + 1, False)])
def test_integer_literals_are_bounded_in_digits(digits, ok):
    body = b'{"messages": [{"role": "user", "content": "hi"}], "seed": ' + b"7" * digits + b"}"
    if ok:
        assert parse(body).raw["seed"] == int("7" * digits)
    else:
        with pytest.raises(api.ApiError, match=f"{digits} digits") as refused:
            parse(body)
        assert refused.value.status == 400


def nested(depth: int) -> bytes:
    """A body whose deepest container is ``depth`` levels down (the body object itself is level 1)."""
    return b'{"messages": [{"role": "user", "content": "hi"}], "x": ' + b"[" * (depth - 1) + b"]" * (depth - 1) + b"}"


def test_nesting_is_bounded_below_and_above_the_recursion_limit():
    parse(nested(api.MAX_DEPTH))
    for depth in (api.MAX_DEPTH + 1, 100_000):  # ours, then past what json's C parser can recurse
        with pytest.raises(api.ApiError, match=f"deeper than {api.MAX_DEPTH}"):
            parse(nested(depth))


def test_lone_surrogates_are_refused_where_they_are():
    with pytest.raises(api.ApiError, match="surrogate") as refused:
        parse(b'{"messages": [{"role": "user", "content": [{"type": "text", "text": "a\\udc00"}]}]}')
    assert refused.value.param == "messages.0.content.0.text"
    with pytest.raises(api.ApiError, match="surrogate"):
        parse(b'{"messages": [{"role": "user", "content": "hi"}], "metadata": {"\\ud800": 1}}')  # a key
    assert (
        parse(b'{"messages": [{"role": "user", "content": "\\ud83d\\ude00"}]}').messages[0]["content"] == "\U0001f600"
    )


# ------------------------------------------------------------------------------------------------ scopes

ENTRIES = [
    {"id": "culturalign", "router": True, "served": ["en-US", "en-JP"], "default": "en-US"},
    {"id": "culturalign/japan", "alias_of": "en-JP"},
    {"id": "culturalign/base"},
    {"id": "culturalign/en-US", "locale": "en-US"},
    {"id": "culturalign/en-JP", "locale": "en-JP"},
]


@pytest.mark.parametrize(
    "scopes, ids, served, default",
    [
        (None, [e["id"] for e in ENTRIES], ["en-US", "en-JP"], "en-US"),  # no auth configured: everything
        (frozenset("*"), [e["id"] for e in ENTRIES], ["en-US", "en-JP"], "en-US"),
        (frozenset({"en-JP"}), ["culturalign", "culturalign/japan", "culturalign/en-JP"], ["en-JP"], None),
        (frozenset({"base"}), ["culturalign", "culturalign/base"], [], None),
    ],
)
def test_visible_models_follow_the_scope(scopes, ids, served, default):
    visible = auth.visible_models(ENTRIES, scopes)
    assert [e["id"] for e in visible] == ids
    assert (visible[0]["served"], visible[0]["default"]) == (served, default)


def test_a_403_names_the_model_not_a_version():
    auth.authorize(frozenset({"en-US"}), "en-US", "culturalign/en-US")
    with pytest.raises(api.ApiError) as denied:
        auth.authorize(frozenset({"en-US"}), "en-JP", "culturalign/en-JP")
    assert (denied.value.status, denied.value.message) == (
        403,
        "this API key may not use culturalign/en-JP (allowed: en-US)",
    )


# ------------------------------------------------------------------------------------------------ metrics


def samples(metrics: Metrics) -> dict[tuple[str, tuple], float]:
    text = metrics.render().decode()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for f in text_string_to_metric_families(text)
        for s in f.samples
        if not s.name.endswith("_created")
    }


def labels(**values: str) -> tuple:
    return tuple(sorted(values.items()))


def test_each_app_counts_in_its_own_registry():
    one, two = Metrics(), Metrics()
    routed = {"locale": "en-JP", "adapter": "en-JP@2", "route": "fallback"}
    one.request(routed, "200", 0.3)
    one.request(routed, "429", 0.01)
    one.tokens(routed, prompt=12, completion=5, queue_s=0.02)
    one.batch(3)
    got = samples(one)
    assert got[("culturalign_requests_total", labels(**routed, status="200"))] == 1
    assert got[("culturalign_requests_total", labels(**routed, status="429"))] == 1
    assert got[("culturalign_request_duration_seconds_count", labels(**routed))] == 2
    assert got[("culturalign_request_duration_seconds_sum", labels(**routed))] == pytest.approx(0.31)
    # 0.3 s falls in the 0.5 bucket but not the 0.25 one; 0.01 s in both.
    assert got[("culturalign_request_duration_seconds_bucket", labels(**routed, le="0.25"))] == 1
    assert got[("culturalign_request_duration_seconds_bucket", labels(**routed, le="0.5"))] == 2
    assert got[("culturalign_prompt_tokens_total", labels(locale="en-JP", adapter="en-JP@2"))] == 12
    assert got[("culturalign_completion_tokens_total", labels(locale="en-JP", adapter="en-JP@2"))] == 5
    assert got[("culturalign_batch_size_bucket", labels(le="2.0"))] == 0  # 3 is above 2 ...
    assert got[("culturalign_batch_size_bucket", labels(le="4.0"))] == 1  # ... and within 4
    assert not any(name == "culturalign_requests_total" for name, _ in samples(two))  # nothing leaked


def test_engine_gauges_are_read_at_scrape_time():
    metrics, depth = Metrics(), [0]
    metrics.watch(lambda: [GaugeFamily("culturalign_queue_depth", "Waiting.", [({}, depth[0])])])
    assert samples(metrics)[("culturalign_queue_depth", ())] == 0
    depth[0] = 7
    assert samples(metrics)[("culturalign_queue_depth", ())] == 7


# ------------------------------------------------------------------------------------------------ length bound


def test_max_token_bytes_is_the_longest_token_plus_one(tiny_base):
    from culturalign.serve.local import max_token_bytes
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_base)
    # The tiny vocabulary (conftest.TINY_WORDS plus three specials) is longest at "<|im_start|>".
    assert max_token_bytes(tokenizer) == len("<|im_start|>") + 1
