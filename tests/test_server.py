"""`culturalign serve` end to end on the tiny in-code base: real uvicorn on loopback, driven by the openai client.

Adapters are random-init LoRA (B != 0, so each market answers differently) published with `store.publish`, so
they verify exactly like trained ones. One read-only server is shared by most tests (module scope); tests that
change state (reload, auth, queue) start their own. Every request is bounded by max_tokens <= 16.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2
import openai
import pytest
from conftest import running, tiny_locales
from culturalign.core import store, tracking
from culturalign.core.command import CommandError
from culturalign.core.config import compose
from culturalign.serve import app as serve_app
from culturalign.serve import auth
from culturalign.serve.local import LocalEngine
from culturalign.serve.upstream import UpstreamEngine

MESSAGES = [{"role": "user", "content": "where is my order ?"}]


# ------------------------------------------------------------------------------------------------ helpers


def make_cfg(tiny_base: Path, root: Path, *overrides: str):
    """AppConfig on the tiny base with serving sized for seconds (tracking off unless a test needs the registry)."""
    return compose(
        [
            "model=local",
            f"model.path={tiny_base}",
            f"paths.locales={root}/locales",
            f"paths.policies={root}/policies",
            f"paths.adapters={root}/adapters",
            "tracking.enabled=false",
            "locales=[en-JP,en-US]",
            "serve.max_new_tokens=16",
            "serve.max_batch_size=4",
            "serve.max_wait_ms=20",
            "serve.max_prompt_tokens=64",
            *overrides,
        ]
    )


def publish_adapter(cfg, tag: str, seed: int) -> Path:
    """A random-init LoRA policy adapter for ``tag``, published (manifest + checksums) so it verifies."""
    import torch
    from culturalign.model.base import resolve
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = resolve(cfg.model)
    torch.manual_seed(seed)
    lora = LoraConfig(r=4, target_modules=["q_proj", "v_proj"], init_lora_weights=False)  # B random: not a no-op
    model = get_peft_model(AutoModelForCausalLM.from_pretrained(base.path), lora)
    manifest = {"base_fingerprint": base.fingerprint, "base_id": base.source_id}
    return store.publish(Path(cfg.paths.adapters), tag, "policy", model.save_pretrained, manifest)


def client(url: str, key: str = "none") -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0, timeout=60)


def chat(c: openai.OpenAI, model: str = "culturalign", headers: dict | None = None, **kwargs):
    """(parsed completion, response headers) of one chat request."""
    kwargs.setdefault("max_tokens", 8)
    raw = c.chat.completions.with_raw_response.create(
        model=model, messages=MESSAGES, extra_headers=headers or {}, **kwargs
    )
    return raw.parse(), raw.headers


def route_of(headers) -> tuple[str, str, str | None]:
    return headers["x-culturalign-adapter"], headers["x-culturalign-route"], headers.get("content-language")


def scrape(url: str) -> dict[tuple[str, tuple], float]:
    """GET /metrics parsed with prometheus_client's own parser: {(sample name, sorted labels): value}."""
    from prometheus_client.parser import text_string_to_metric_families

    text = httpx2.get(f"{url}/metrics").text
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def error_of(response: httpx2.Response) -> dict:
    error = response.json()["error"]
    assert set(error) >= {"message", "type", "code"}
    return error


# ------------------------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def project(tiny_base, tmp_path_factory):
    """A project with en-JP and en-US policy adapters (version 1 each) and a loaded engine."""
    root = tiny_locales(tmp_path_factory.mktemp("serve"))
    cfg = make_cfg(tiny_base, root)
    publish_adapter(cfg, "en-JP", 1)
    publish_adapter(cfg, "en-US", 2)
    return root, cfg, LocalEngine.load(cfg)


@pytest.fixture(scope="module")
def url(project) -> Iterator[str]:
    _, cfg, engine = project
    with running(serve_app.create_app(cfg, engine)) as base_url:
        yield base_url


# ------------------------------------------------------------------------------------------------ OpenAI API


def test_openai_client_chat_stream_and_models(url):
    c = client(url)
    done, headers = chat(c, "culturalign/en-JP")
    assert route_of(headers) == ("en-JP@1", "explicit", "en-JP")
    assert done.model == "culturalign/en-JP" and done.system_fingerprint == "en-JP@1"
    assert done.choices[0].finish_reason in ("stop", "length") and isinstance(done.choices[0].message.content, str)
    assert done.usage.prompt_tokens > 0 and done.usage.completion_tokens <= 8
    assert done.usage.total_tokens == done.usage.prompt_tokens + done.usage.completion_tokens

    # Streaming: the chunks add up to the same greedy answer, the last one carries the usage.
    raw = c.chat.completions.with_raw_response.create(
        model="culturalign/en-JP", messages=MESSAGES, max_tokens=8, stream=True, stream_options={"include_usage": True}
    )
    assert route_of(raw.headers) == ("en-JP@1", "explicit", "en-JP")
    chunks = list(raw.parse())
    assert "".join(ch.choices[0].delta.content or "" for ch in chunks if ch.choices) == done.choices[0].message.content
    assert chunks[-1].usage.completion_tokens == done.usage.completion_tokens and chunks[-1].choices == []

    models = {m.id: m for m in c.models.list()}
    assert set(models) == {"culturalign", "culturalign/base", "culturalign/en-JP", "culturalign/en-US"}
    jp = models["culturalign/en-JP"].model_dump()
    assert (jp["parent"], jp["version"], jp["adapter"], jp["locale"]) == ("culturalign/base", 1, "en-JP@1", "en-JP")


def test_markets_answer_differently_and_base_has_no_language(url):
    c = client(url)
    answers = {
        m: chat(c, f"culturalign/{m}", max_tokens=12)[0].choices[0].message.content for m in ("en-JP", "en-US", "base")
    }
    assert len(set(answers.values())) == 3  # three different LoRA deltas (or none) on one base
    _, headers = chat(c, "culturalign/base")
    assert route_of(headers) == ("base", "explicit", None)  # no market: Content-Language omitted


def test_stop_strings_truncate_the_answer(url):
    c = client(url)
    full = chat(c, "culturalign/en-US", max_tokens=12)[0].choices[0].message.content
    stop = full.split()[2]
    # Greedy decoding repeats the same prefix, so the stopped answer is the full one cut before the first stop.
    cut = chat(c, "culturalign/en-US", max_tokens=12, stop=[stop])[0]
    assert cut.choices[0].message.content == full[: full.find(stop)]
    assert cut.choices[0].finish_reason == "stop"


@pytest.mark.parametrize(
    "headers, expected",
    [
        ({}, ("en-US@1", "default", "en-US")),  # nothing asked: serve.default_locale
        ({"Accept-Language": "en-JP"}, ("en-JP@1", "accept-language", "en-JP")),
        ({"Accept-Language": "ja-JP,ja;q=0.9"}, ("en-JP@1", "fallback", "en-JP")),  # serve.fallbacks ja -> en-JP
        ({"Accept-Language": "en-GB"}, ("en-US@1", "fallback", "en-US")),  # en-GB -> en-001 -> en, fallback en
        ({"Accept-Language": "fr-FR, de;q=0.5"}, ("en-US@1", "default", "en-US")),  # de -> en-DE is not served
        ({"Accept-Language": "fr, en-JP;q=0.2"}, ("en-JP@1", "accept-language", "en-JP")),  # lower q still wins
        ({"Accept-Language": "en-US", "X-Locale": "en-JP"}, ("en-JP@1", "explicit", "en-JP")),  # X-Locale first
    ],
)
def test_routing_headers(url, headers, expected):
    _, response_headers = chat(client(url), "culturalign", headers, max_tokens=2)
    assert route_of(response_headers) == expected


def test_explicit_model_ignores_locale_headers(url):
    _, headers = chat(client(url), "culturalign/en-US", {"Accept-Language": "ja", "X-Locale": "en-JP"}, max_tokens=2)
    assert route_of(headers) == ("en-US@1", "explicit", "en-US")


def test_sixteen_concurrent_clients_with_mixed_locales_are_batched(url):
    cases = [("culturalign", {"Accept-Language": "ja"}, "en-JP@1"), ("culturalign/en-US", {}, "en-US@1")]
    cases += [("culturalign/base", {}, "base"), ("culturalign", {"X-Locale": "en-JP"}, "en-JP@1")]

    def one(i: int) -> tuple[str, str, str]:
        model, headers, expected = cases[i % len(cases)]
        stream = i % 3 == 0
        sampling = {"temperature": 0.8, "top_p": 0.9} if i % 5 == 0 else {}  # batched apart from greedy rows
        raw = client(url).chat.completions.with_raw_response.create(
            model=model, messages=MESSAGES, max_tokens=6, extra_headers=headers, stream=stream, **sampling
        )
        body = raw.parse()
        text = "".join(ch.choices[0].delta.content or "" for ch in body) if stream else body.choices[0].message.content
        return raw.headers["x-culturalign-adapter"], expected, text

    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(one, range(32)))  # raises on any 4xx/5xx
    assert all(got == expected for got, expected, _ in results)
    metrics = scrape(url)
    singles = metrics[("culturalign_batch_size_bucket", (("le", "1.0"),))]
    batches = metrics[("culturalign_batch_size_count", ())]
    assert singles < batches  # at least one micro-batch held several requests (mixed adapters included)
    fallback_jp = (("adapter", "en-JP@1"), ("locale", "en-JP"), ("route", "fallback"), ("status", "200"))
    assert metrics[("culturalign_requests_total", fallback_jp)] >= 8  # the i % 4 == 0 cases: 8 of the 32


def test_health_and_metrics_text(url):
    health = httpx2.get(f"{url}/healthz").json()
    assert health["status"] == "ok" and health["adapters"] == {"en-JP": "en-JP@1", "en-US": "en-US@1"}
    metrics = httpx2.get(f"{url}/metrics")
    assert metrics.headers["content-type"].startswith("text/plain")
    assert "# TYPE culturalign_request_duration_seconds histogram" in metrics.text
    assert 'culturalign_adapter_loaded{adapter="en-JP@1",serving="true"} 1' in metrics.text


def test_developer_role_and_content_parts_are_accepted(project, url, monkeypatch):
    engine = project[2]
    messages = [
        {"role": "developer", "content": "be brief"},
        {"role": "user", "content": [{"type": "text", "text": "where is my"}, {"type": "text", "text": " order ?"}]},
    ]
    # What the chat template must see: developer is OpenAI's newer name for system (templates only know system),
    # and content parts are concatenated as they are, with no separator added.
    expected = [{"role": "system", "content": "be brief"}, {"role": "user", "content": "where is my order ?"}]
    templated, template = [], engine.tokenizer.apply_chat_template

    def recording(conversation, *args, **kwargs):
        templated.append(conversation)
        return template(conversation, *args, **kwargs)

    monkeypatch.setattr(engine.tokenizer, "apply_chat_template", recording)
    done = client(url).chat.completions.create(model="culturalign/en-US", messages=messages, max_tokens=2)
    assert templated == [expected]
    # The tiny template renders the role name, so a wrong role or join would also change this count.
    text = template(expected, tokenize=False, add_generation_prompt=True)
    assert done.usage.prompt_tokens == len(engine.tokenizer(text, add_special_tokens=False)["input_ids"])


def test_a_failed_batch_leaves_no_stale_adapter_hooks(project, url):
    from culturalign.serve.batcher import Job, clear_stale_adapter_hooks

    engine, gate, events = project[2], threading.Event(), []
    finished = threading.Semaphore(0)

    def emit(event) -> None:
        events.append(event)
        finished.release()

    # Two adapters in one batch take PEFT's mixed path; an id outside the vocabulary makes its forward pass raise,
    # which in peft 0.21.2 leaves the per-call hooks attached unless the batcher removes them.
    blocked = engine.batcher.call(gate.wait)
    engine.batcher.submit(Job([10**6], "en-JP@1", 2, emit))
    engine.batcher.submit(Job([5], "en-US@1", 2, emit))
    gate.set()
    blocked.result(5)
    assert finished.acquire(timeout=30) and finished.acquire(timeout=30)
    assert [e.kind for e in events] == ["error", "error"]
    assert clear_stale_adapter_hooks(engine.batcher.model) == 0
    assert chat(client(url), "culturalign/en-JP", max_tokens=2)[0].usage.completion_tokens > 0


def test_a_dropped_stream_releases_its_adapter_and_its_row(project, url):
    engine, gate = project[2], threading.Event()
    blocked = engine.batcher.call(gate.wait)  # nothing generates: the stream can only end by the client leaving
    try:
        body = GOOD | {"model": "culturalign/en-JP", "stream": True, "max_tokens": 16}
        with httpx2.stream("POST", f"{url}/v1/chat/completions", json=body) as response:
            assert next(response.iter_lines()).startswith("data: ")  # the role chunk, sent before any token
            assert engine.batcher.depth == 1
        assert wait_for(lambda: httpx2.get(f"{url}/healthz").json()["in_flight"] == {})
    finally:
        gate.set()
        blocked.result(5)
    assert wait_for(lambda: engine.batcher.depth == 0)  # the cancelled row was dropped, not generated


# ------------------------------------------------------------------------------------------------ bad input


def post(url: str, body, headers: dict | None = None) -> httpx2.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx2.post(
        f"{url}/v1/chat/completions", content=content, headers={"Content-Type": "application/json", **(headers or {})}
    )


GOOD = {"model": "culturalign", "messages": MESSAGES, "max_tokens": 2}


@pytest.mark.parametrize(
    "body, status, fragment",
    [
        (b'{"model": "culturalign", "messages": [', 400, "not valid JSON"),
        (b"[1, 2]", 400, "JSON object"),
        (GOOD | {"messages": []}, 400, "messages"),
        (GOOD | {"messages": "hello"}, 400, "messages"),
        (GOOD | {"messages": [{"role": "tool", "content": "x"}]}, 400, "messages.0.role"),
        (GOOD | {"messages": [{"role": "user"}]}, 400, "messages.0.content"),
        (GOOD | {"max_tokens": "8"}, 400, "max_tokens"),
        (GOOD | {"max_tokens": 17}, 400, "above this server's limit of 16"),
        (GOOD | {"temperature": 3}, 400, "temperature"),
        (GOOD | {"stream": "yes"}, 400, "stream"),
        (GOOD | {"n": 2}, 400, "n"),
        (GOOD | {"stop": ["a", "b", "c", "d", "e"]}, 400, "stop"),
        (GOOD | {"messages": [{"role": "user", "content": "where " * 80}]}, 413, "serve.max_prompt_tokens"),
        (GOOD | {"model": "culturalign/fr-FR"}, 404, "culturalign/en-JP"),
        (GOOD | {"model": "gpt-4o"}, 404, "served models"),
    ],
)
def test_bad_requests_get_openai_errors(url, body, status, fragment):
    response = post(url, body)
    assert response.status_code == status
    assert fragment in error_of(response)["message"]


def test_bad_headers_get_4xx(url):
    absurd = post(url, GOOD, {"Accept-Language": ",".join(["en"] * 40)})
    assert absurd.status_code == 400 and error_of(absurd)["code"] == "bad_locale_header"
    assert post(url, GOOD, {"Accept-Language": "en;q=7"}).status_code == 400
    assert post(url, GOOD, {"X-Locale": "not a tag"}).status_code == 400
    big = post(url, GOOD, {"X-Padding": "x" * 10_000})
    assert big.status_code == 431 and error_of(big)["code"] == "headers_too_large"
    assert 400 <= post(url, GOOD, {"X-Padding": "x" * 40_000}).status_code < 500  # uvicorn's own limit


def test_unknown_path_and_oversized_body(url):
    missing = httpx2.get(f"{url}/v1/nothing")
    assert missing.status_code == 404 and error_of(missing)
    huge = post(url, GOOD | {"messages": [{"role": "user", "content": "x" * (2 << 20)}]})
    assert huge.status_code == 413 and error_of(huge)["code"] == "body_too_large"


def test_openai_client_sees_typed_errors(url):
    c = client(url)
    with pytest.raises(openai.NotFoundError, match="culturalign/en-US"):
        chat(c, "culturalign/en-XX")
    with pytest.raises(openai.BadRequestError, match="max_tokens"):
        chat(c, max_tokens=999)


# ------------------------------------------------------------------------------------------------ auth


def test_auth_keys_scopes_and_admin(project, tiny_base, monkeypatch):
    root, _, engine = project
    monkeypatch.setenv("CULTURALIGN_API_KEYS", "k-all=*;k-jp=en-JP,base")
    monkeypatch.setenv("CULTURALIGN_ADMIN_KEY", "k-admin")
    cfg = make_cfg(tiny_base, root, "++serve.api_keys={k-us: [en-US]}")
    with running(serve_app.create_app(cfg, engine)) as url:
        assert post(url, GOOD).status_code == 401
        assert post(url, GOOD, {"Authorization": "Bearer nope"}).status_code == 401
        assert httpx2.get(f"{url}/v1/models").status_code == 401
        _, headers = chat(client(url, "k-us"), "culturalign", max_tokens=1)  # default market en-US: allowed
        assert headers["x-culturalign-adapter"] == "en-US@1"
        with pytest.raises(openai.PermissionDeniedError, match="allowed: en-US"):
            chat(client(url, "k-us"), "culturalign/en-JP")
        denied = post(url, GOOD | {"model": "culturalign/en-US"}, {"Authorization": "Bearer k-jp"})
        # Refused before generation; the route is said, the adapter version is not (see test_serve_robustness).
        assert denied.status_code == 403 and denied.headers["x-culturalign-route"] == "explicit"
        assert chat(client(url, "k-jp"), "culturalign/base", max_tokens=1)[0].model == "culturalign/base"
        assert chat(client(url, "k-all"), "culturalign/en-JP", max_tokens=1)[0].model == "culturalign/en-JP"
        reload = f"{url}/admin/reload"
        assert httpx2.post(reload).status_code == 401
        assert httpx2.post(reload, headers={"Authorization": "Bearer k-all"}).status_code == 403
        assert httpx2.post(reload, headers={"Authorization": "Bearer k-admin"}).status_code == 200


def test_key_spec_and_bind_rules(project, tiny_base, monkeypatch):
    assert auth.parse_key_spec("k1=en-US,en-jp; k2=*") == {"k1": {"en-US", "en-JP"}, "k2": {"*"}}
    with pytest.raises(ValueError, match="must look like"):
        auth.parse_key_spec("k1")
    none = auth.Keys({}, None, "X")
    assert auth.bind_allowed("127.0.0.1", none) and auth.bind_allowed("::1", none)
    assert not auth.bind_allowed("0.0.0.0", none)
    assert auth.bind_allowed("0.0.0.0", auth.Keys({"k": frozenset("*")}, None, "X"))
    monkeypatch.delenv("CULTURALIGN_API_KEYS", raising=False)
    with pytest.raises(CommandError, match="refusing to listen on 0.0.0.0") as refused:
        serve_app.main(make_cfg(tiny_base, project[0], "serve.host=0.0.0.0"))  # refused before loading
    assert refused.value.code == 2
    monkeypatch.setenv("CULTURALIGN_API_KEYS", "k1")
    with pytest.raises(CommandError, match="CULTURALIGN_API_KEYS: API key entry") as malformed:
        serve_app.main(make_cfg(tiny_base, project[0]))
    assert malformed.value.code == 2


# ------------------------------------------------------------------------------------------------ queue


def test_full_queue_answers_429_and_queued_requests_finish(project, tiny_base):
    cfg = make_cfg(tiny_base, project[0], "serve.max_queue=2")
    engine, gate = LocalEngine.load(cfg), threading.Event()
    with running(serve_app.create_app(cfg, engine)) as url:
        blocked = engine.batcher.call(gate.wait)  # the worker is busy: requests wait in the queue
        with ThreadPoolExecutor(2) as pool:
            waiting = [pool.submit(post, url, GOOD) for _ in range(2)]
            deadline = time.monotonic() + 10
            while engine.batcher.depth < 2 and time.monotonic() < deadline:
                time.sleep(0.01)
            full = post(url, GOOD)
            gate.set()
            assert [w.result().status_code for w in waiting] == [200, 200]
        blocked.result(5)
    assert full.status_code == 429 and full.headers["retry-after"] == "1"
    assert error_of(full)["type"] == "rate_limit_error"


# ------------------------------------------------------------------------------------------------ hot reload


def set_champion(tag: str, path: Path) -> None:
    """Register an adapter version in MLflow and point the `champion` alias at it (what `evaluate` does)."""
    name = f"culturalign-{tag}-policy"
    with tracking.run(f"test-{tag}", {"kind": "test"}) as run_id:
        model_version = tracking.register(name, run_id, path, int(path.name), {})
    tracking.set_alias(name, "champion", model_version)


@pytest.fixture
def registry_project(tiny_base, tmp_path):
    """A fresh project with its own MLflow store: reload tests publish new versions and move aliases."""
    root = tiny_locales(tmp_path)
    cfg = make_cfg(tiny_base, root, "tracking.enabled=true", f"tracking.uri=sqlite:///{tmp_path}/mlflow.db")
    tracking.configure(cfg.tracking)
    publish_adapter(cfg, "en-JP", 1)
    publish_adapter(cfg, "en-US", 2)
    yield cfg
    tracking.configure(make_cfg(tiny_base, root).tracking)  # leave MLflow off for the tests after us


def wait_for(condition, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


def test_reload_under_traffic_fails_no_request(registry_project):
    cfg = registry_project
    engine = LocalEngine.load(cfg)
    with running(serve_app.create_app(cfg, engine)) as url:
        stop, seen, failures = threading.Event(), [], []

        def traffic() -> None:
            c = client(url)
            while not stop.is_set():
                try:
                    seen.append(
                        chat(c, "culturalign", {"Accept-Language": "ja"}, max_tokens=4)[1]["x-culturalign-adapter"]
                    )
                except Exception as exc:  # noqa: BLE001 - collected and asserted below
                    failures.append(exc)

        threads = [threading.Thread(target=traffic) for _ in range(4)]
        for t in threads:
            t.start()
        assert wait_for(lambda: len(seen) >= 4)
        set_champion("en-JP", publish_adapter(cfg, "en-JP", 3))  # version 2, now the champion
        reload = httpx2.post(f"{url}/admin/reload").json()
        assert wait_for(lambda: seen.count("en-JP@2") >= 4)
        stop.set()
        for t in threads:
            t.join(30)
        assert not failures and reload["loaded"] == {"en-JP": "en-JP@2"}
        first_new = seen.index("en-JP@2")
        assert set(seen[:first_new]) == {"en-JP@1"} and set(seen[first_new + 4 :]) == {"en-JP@2"}
        assert wait_for(lambda: "en-JP@1" not in httpx2.get(f"{url}/healthz").json()["loaded"])  # old one deleted
        assert "en-JP@1" not in engine.batcher.model.peft_config


def test_request_queued_before_a_reload_finishes_on_its_version(registry_project):
    cfg = registry_project
    engine = LocalEngine.load(cfg)
    gate = threading.Event()
    with running(serve_app.create_app(cfg, engine)) as url, ThreadPoolExecutor(2) as pool:
        blocked = engine.batcher.call(gate.wait)  # hold the worker so the request stays queued on en-JP@1
        queued = pool.submit(post, url, GOOD | {"model": "culturalign/en-JP"})
        assert wait_for(lambda: engine.batcher.depth == 1)
        set_champion("en-JP", publish_adapter(cfg, "en-JP", 3))
        reload = pool.submit(httpx2.post, f"{url}/admin/reload", timeout=60)
        gate.set()
        blocked.result(5)
        assert reload.result().json()["serving"]["en-JP"] == "en-JP@2"
        old = queued.result()
        assert old.status_code == 200 and old.headers["x-culturalign-adapter"] == "en-JP@1"
        assert post(url, GOOD | {"model": "culturalign/en-JP"}).headers["x-culturalign-adapter"] == "en-JP@2"
        assert wait_for(lambda: engine.batcher.model.peft_config.keys() == {"en-JP@2", "en-US@1"})


def test_polling_follows_the_champion_alias_not_the_newest_version(registry_project):
    cfg = registry_project
    cfg.serve.poll_seconds = 0.2
    engine = LocalEngine.load(cfg)
    with running(serve_app.create_app(cfg, engine)) as url:
        c = client(url)

        def served() -> str:
            return chat(c, "culturalign/en-JP", max_tokens=1)[1]["x-culturalign-adapter"]

        assert served() == "en-JP@1"  # no alias yet: the newest version
        set_champion("en-JP", publish_adapter(cfg, "en-JP", 3))
        assert wait_for(lambda: served() == "en-JP@2")  # no /admin/reload: the poller found it
        publish_adapter(cfg, "en-JP", 4)  # version 3 is newer, but the alias still names version 2
        time.sleep(0.6)
        assert served() == "en-JP@2"


def test_reload_keeps_serving_when_the_new_champion_is_tampered(registry_project):
    cfg = registry_project
    engine = LocalEngine.load(cfg)
    with running(serve_app.create_app(cfg, engine)) as url:
        path = publish_adapter(cfg, "en-JP", 3)
        (path / "adapter_model.safetensors").write_bytes(b"evil")
        set_champion("en-JP", path)
        result = httpx2.post(f"{url}/admin/reload").json()
        assert "checksum mismatch" in result["errors"]["en-JP"] and result["serving"]["en-JP"] == "en-JP@1"
        assert chat(client(url), "culturalign/en-JP", max_tokens=1)[1]["x-culturalign-adapter"] == "en-JP@1"
        assert 'culturalign_reloads_total{result="error"} 1' in httpx2.get(f"{url}/metrics").text


# ------------------------------------------------------------------------------------------------ upstream


def test_upstream_mode_proxies_to_another_culturalign(project, tiny_base, url):
    root = project[0]
    cfg = make_cfg(tiny_base, root, "serve.backend=upstream", f"serve.upstream_url={url}/v1")
    with running(serve_app.create_app(cfg, UpstreamEngine(cfg))) as proxy:
        c = client(proxy)
        done, headers = chat(c, "culturalign", {"Accept-Language": "ja-JP"})
        assert route_of(headers) == ("en-JP@1", "fallback", "en-JP")  # decided here, version reported upstream
        direct = chat(client(url), "culturalign/en-JP")[0]
        assert done.choices[0].message.content == direct.choices[0].message.content
        assert done.usage.completion_tokens == direct.usage.completion_tokens
        stream = c.chat.completions.create(model="culturalign/en-JP", messages=MESSAGES, max_tokens=8, stream=True)
        assert "".join(ch.choices[0].delta.content or "" for ch in stream) == direct.choices[0].message.content
        assert {m.id for m in c.models.list()} >= {"culturalign", "culturalign/en-JP", "culturalign/en-US"}
        with pytest.raises(openai.NotFoundError):
            chat(c, "culturalign/en-XX")
        assert post(proxy, GOOD | {"max_tokens": 17}).status_code == 400
        assert httpx2.get(f"{proxy}/healthz").json()["upstream"] == "ok"


def test_upstream_down_is_a_502(project, tiny_base):
    root = project[0]
    cfg = make_cfg(tiny_base, root, "serve.backend=upstream", "serve.upstream_url=http://127.0.0.1:9/v1")
    with running(serve_app.create_app(cfg, UpstreamEngine(cfg))) as proxy:
        response = post(proxy, GOOD)
        assert response.status_code == 502 and error_of(response)["code"] == "upstream_error"
        assert response.headers["x-culturalign-route"] == "default"
