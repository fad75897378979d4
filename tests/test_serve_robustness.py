"""`culturalign serve` under hostile input and broken state: each test here failed (or returned 500) before the fix.

Same tiny in-code base and random-init adapters as test_server.py. What each test pins down:
- hostile bodies (a 5,000-digit number, a lone surrogate, deep nesting) are 400s naming the problem, not 500s;
- an over-long prompt is refused from its length, before templating, and /healthz stays fast meanwhile;
- a request refused for a full queue never reaches the tokenizer;
- one market's truncated manifest costs only that market, at startup and on reload, and is reported;
- a file swapped with its manifest checksum rewritten is refused when the registry recorded the version;
- a scoped key sees only its models, and a 403 does not reveal adapter versions.
"""

from __future__ import annotations

import json
import logging
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2
import pytest
from conftest import running, tiny_locales
from culturalign.core import store, tracking
from culturalign.core.command import CommandError
from culturalign.core.files import sha256_file
from culturalign.serve import app as serve_app
from culturalign.serve.local import LocalEngine
from test_server import GOOD, chat, client, error_of, make_cfg, post, publish_adapter, set_champion, wait_for

BIG_PROMPT = "where " * 170_000  # 1,020,000 characters: fits the 1 MiB body limit, far past 64 tokens


class CountingTokenizer:
    """Delegates to a tokenizer and counts the calls that template or tokenize a prompt."""

    def __init__(self, inner) -> None:
        self.inner, self.calls = inner, 0

    def apply_chat_template(self, *args, **kwargs):
        self.calls += 1
        return self.inner.apply_chat_template(*args, **kwargs)

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.inner(*args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self.inner, name)


@pytest.fixture(scope="module")
def project(tiny_base, tmp_path_factory):
    """en-JP and en-US at version 1, tracking off; tests that break adapters copy or add versions of their own."""
    root = tiny_locales(tmp_path_factory.mktemp("robust"))
    cfg = make_cfg(tiny_base, root)
    publish_adapter(cfg, "en-JP", 1)
    publish_adapter(cfg, "en-US", 2)
    return root, cfg


@pytest.fixture(scope="module")
def served(project):
    _, cfg = project
    engine = LocalEngine.load(cfg)
    with running(serve_app.create_app(cfg, engine)) as url:
        yield url, engine


# ------------------------------------------------------------------------------------------------ hostile bodies


def body_with(field: bytes) -> bytes:
    """GOOD's JSON with ``field`` (raw JSON text) appended, so any literal can be sent exactly as written."""
    return json.dumps(GOOD).encode()[:-1] + b", " + field + b"}"


@pytest.mark.parametrize(
    "body, param, fragment",
    [
        # Python refuses int() past 4,300 digits with a ValueError that JSON parsing let through: a 500.
        (body_with(b'"max_tokens": ' + b"9" * 5000), None, "5000 digits"),
        (body_with(b'"seed": -' + b"1" * 40), None, "40 digits"),  # an ignored field is parsed all the same
        # JSON's \ud800 escape decodes to a str no encoder accepts; it failed inside the tokenizer.
        (
            json.dumps(GOOD | {"messages": [{"role": "user", "content": "where \ud800 order"}]}).encode(),
            "messages.0.content",
            "surrogate",
        ),
        (body_with(b'"user": "\\udfff"'), "user", "surrogate"),  # forwarded upstream as is: checked too
        # ~400 KB of nested arrays: past the recursion limit, json raises RecursionError.
        (body_with(b'"messages2": ' + b"[" * 200_000 + b"]" * 200_000), None, "nested deeper than 64"),
        (body_with(b'"tools": ' + b"[" * 100 + b"]" * 100), None, "nested deeper than 64"),  # below that limit
    ],
)
def test_hostile_bodies_are_400s_that_say_why(served, body, param, fragment):
    response = post(served[0], body)
    assert response.status_code == 400
    error = error_of(response)
    assert fragment in error["message"] and error["param"] == param
    assert len(error["message"]) < 300  # names the problem; does not echo 5,000 digits back


def test_an_escaped_surrogate_pair_is_text(served):
    # The same escape syntax for an emoji (what json.dumps writes by default) is valid Unicode: served as usual.
    escaped = json.dumps(GOOD | {"messages": [{"role": "user", "content": "where is my order \U0001f600 ?"}]})
    assert "\\ud83d\\ude00" in escaped
    assert post(served[0], escaped.encode()).status_code == 200


# ------------------------------------------------------------------------------------------------ over-long prompts


def healthz_p50(url: str, n: int = 15) -> float:
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        assert httpx2.get(f"{url}/healthz", timeout=60).status_code == 200
        samples.append(time.perf_counter() - start)
        time.sleep(0.02)
    return statistics.median(samples)


def healthz_under_load(url: str, body: dict, expected: int) -> float:
    """/healthz median latency while 16 clients keep posting ``body`` (each answered ``expected``)."""
    stop, statuses = threading.Event(), []

    def hammer() -> None:
        with httpx2.Client(timeout=120) as http:
            while not stop.is_set():
                statuses.append(http.post(f"{url}/v1/chat/completions", json=body).status_code)

    with ThreadPoolExecutor(16) as pool:
        futures = [pool.submit(hammer) for _ in range(16)]
        assert wait_for(lambda: len(statuses) >= 16, 120)  # every client is sending
        p50 = healthz_p50(url)
        stop.set()
        for f in futures:
            f.result()
    assert set(statuses) == {expected}
    return p50


def test_huge_prompts_are_refused_before_templating_and_healthz_stays_fast(served, monkeypatch):
    url, engine = served
    counting = CountingTokenizer(engine.tokenizer)
    monkeypatch.setattr(engine, "tokenizer", counting)
    big = GOOD | {"model": "culturalign/en-US", "messages": [{"role": "user", "content": BIG_PROMPT}]}
    refused = post(url, big)
    assert refused.status_code == 413 and error_of(refused)["code"] == "context_length_exceeded"
    assert "serve.max_prompt_tokens" in error_of(refused)["message"]
    # Baseline: the same megabyte bodies, refused after parsing and routing (unknown model), never tokenized by any
    # version of the server. Refusing them as too long must cost the event loop no more than that.
    baseline = healthz_under_load(url, big | {"model": "culturalign/xx-XX"}, 404)
    loaded = healthz_under_load(url, big, 413)
    assert counting.calls == 0  # refused from their length alone
    assert loaded < 3 * baseline, (loaded, baseline)  # ~1x here; tokenizing 1 MB on the loop made it ~15x
    ok = post(url, GOOD | {"model": "culturalign/en-US"})
    assert ok.status_code == 200 and counting.calls == 2  # a normal prompt: templated once, tokenized once


def test_the_length_bound_never_refuses_a_prompt_that_fits(served):
    engine = served[1]
    # The tiny vocabulary's longest entry is "<|im_start|>" (12 bytes), so 64 tokens hold at most 64 * 13 characters
    # (+1 per token for a dropped separator); that many still go on to the tokenizer, one more does not.
    assert engine.max_prompt_chars == 64 * (len("<|im_start|>") + 1)
    engine.check_size([{"role": "user", "content": "x" * engine.max_prompt_chars}])
    with pytest.raises(Exception, match="serve.max_prompt_tokens"):
        engine.check_size([{"role": "user", "content": "x" * (engine.max_prompt_chars + 1)}])


# ------------------------------------------------------------------------------------------------ full queue


def test_a_full_queue_refuses_before_any_templating(project, tiny_base, monkeypatch):
    cfg = make_cfg(tiny_base, project[0], "serve.max_queue=2")
    engine, gate = LocalEngine.load(cfg), threading.Event()
    counting = CountingTokenizer(engine.tokenizer)
    monkeypatch.setattr(engine, "tokenizer", counting)
    with running(serve_app.create_app(cfg, engine)) as url, ThreadPoolExecutor(8) as pool:
        blocked = engine.batcher.call(gate.wait)  # the worker is busy: admitted requests wait in the queue
        try:
            waiting = [pool.submit(post, url, GOOD) for _ in range(2)]
            assert wait_for(lambda: engine.batcher.depth == 2)
            admitted = counting.calls  # 2 requests, each templated and tokenized once
            refused = list(pool.map(lambda _: post(url, GOOD), range(6)))
            assert counting.calls == admitted == 4
        finally:
            gate.set()
            blocked.result(5)
        assert [w.result().status_code for w in waiting] == [200, 200]
    assert {r.status_code for r in refused} == {429}
    assert all(r.headers["retry-after"] == "1" and error_of(r)["type"] == "rate_limit_error" for r in refused)


# ------------------------------------------------------------------------------------------------ broken markets


def truncate_manifest(version_dir: Path) -> Path:
    manifest = version_dir / store.MANIFEST
    manifest.write_text(manifest.read_text()[:40])  # what a full disk or a killed copy leaves behind
    return manifest


def test_a_truncated_manifest_at_startup_costs_only_its_market(tiny_base, tmp_path, caplog):
    cfg = make_cfg(tiny_base, tiny_locales(tmp_path))
    bad = truncate_manifest(publish_adapter(cfg, "en-JP", 1))
    publish_adapter(cfg, "en-US", 2)
    with caplog.at_level(logging.ERROR, logger="culturalign.serve"):
        engine = serve_app.load_engine(cfg)
    assert any(str(bad) in r.getMessage() for r in caplog.records)  # the log names the file
    with running(serve_app.create_app(cfg, engine)) as url:
        health = httpx2.get(f"{url}/healthz").json()
        assert health["status"] == "degraded" and health["adapters"] == {"en-US": "en-US@1"}
        assert set(health["errors"]) == {"en-JP"} and str(bad) in health["errors"]["en-JP"]
        assert chat(client(url), "culturalign/en-US", max_tokens=1)[1]["x-culturalign-adapter"] == "en-US@1"
    truncate_manifest(store.kind_dir(Path(cfg.paths.adapters), "en-US", "policy") / "1")
    with pytest.raises(CommandError, match="no market could be served") as nothing:
        serve_app.load_engine(cfg)  # every market broken: `serve` stops, naming the files
    assert str(bad) in str(nothing.value)


def test_a_truncated_newest_version_on_reload_is_reported_and_skipped(tiny_base, tmp_path):
    cfg = make_cfg(tiny_base, tiny_locales(tmp_path))  # no registry: the newest version that verifies serves
    publish_adapter(cfg, "en-JP", 1)
    publish_adapter(cfg, "en-US", 2)
    engine = LocalEngine.load(cfg)
    with running(serve_app.create_app(cfg, engine)) as url:
        bad = truncate_manifest(publish_adapter(cfg, "en-JP", 3))
        response = httpx2.post(f"{url}/admin/reload")
        assert response.status_code == 200
        result = response.json()
        assert result["serving"] == {"en-JP": "en-JP@1", "en-US": "en-US@1"} and result["loaded"] == {}
        assert list(result["errors"]) == ["en-JP"] and str(bad) in result["errors"]["en-JP"]


@pytest.fixture
def registry_cfg(tiny_base, tmp_path):
    """A project with its own MLflow store (champions, registered digests); MLflow off again afterwards."""
    root = tiny_locales(tmp_path)
    cfg = make_cfg(tiny_base, root, "tracking.enabled=true", f"tracking.uri=sqlite:///{tmp_path}/mlflow.db")
    tracking.configure(cfg.tracking)
    publish_adapter(cfg, "en-JP", 1)
    publish_adapter(cfg, "en-US", 2)
    yield cfg
    tracking.configure(make_cfg(tiny_base, root).tracking)


def test_a_truncated_champion_manifest_on_reload_keeps_every_market_serving(registry_cfg):
    cfg = registry_cfg
    engine = LocalEngine.load(cfg)
    with running(serve_app.create_app(cfg, engine)) as url:
        path = publish_adapter(cfg, "en-JP", 3)
        set_champion("en-JP", path)  # registered intact, then truncated in place
        bad = truncate_manifest(path)
        response = httpx2.post(f"{url}/admin/reload")
        assert response.status_code == 200
        result = response.json()
        assert set(result["errors"]) == {"en-JP"} and str(bad) in result["errors"]["en-JP"]
        assert result["serving"] == {"en-JP": "en-JP@1", "en-US": "en-US@1"}  # en-JP keeps its good version
        assert str(bad) in httpx2.get(f"{url}/healthz").json()["errors"]["en-JP"]
        for model, adapter in (("culturalign/en-JP", "en-JP@1"), ("culturalign/en-US", "en-US@1")):
            assert chat(client(url), model, max_tokens=1)[1]["x-culturalign-adapter"] == adapter


def rewrite_with_checksums(version_dir: Path) -> None:
    """Swap the weights for other valid weights and recompute the manifest's checksums: store.verify passes."""
    from safetensors.torch import load_file, save_file

    weights = version_dir / "adapter_model.safetensors"
    save_file({k: v * 3 for k, v in load_file(weights).items()}, weights)
    manifest = json.loads((version_dir / store.MANIFEST).read_text())
    manifest["files"]["adapter_model.safetensors"] = sha256_file(weights)
    (version_dir / store.MANIFEST).write_text(json.dumps(manifest))


def test_a_tampered_adapter_with_rewritten_checksums_is_refused(registry_cfg):
    cfg = registry_cfg
    engine = LocalEngine.load(cfg)
    with running(serve_app.create_app(cfg, engine)) as url:
        path = publish_adapter(cfg, "en-JP", 3)
        set_champion("en-JP", path)  # the registry records the digest of the manifest's checksums now
        rewrite_with_checksums(path)
        store.verify(path, engine.base.fingerprint)  # the manifest alone no longer tells
        result = httpx2.post(f"{url}/admin/reload").json()
        assert "recorded in the registry" in result["errors"]["en-JP"]
        assert result["serving"]["en-JP"] == "en-JP@1"
        assert chat(client(url), "culturalign/en-JP", max_tokens=1)[1]["x-culturalign-adapter"] == "en-JP@1"
    restarted = LocalEngine.load(cfg)  # at startup too: the tampered champion is not served, the rest is
    assert "recorded in the registry" in restarted.errors["en-JP"]
    assert {t: i.name for t, i in restarted._serving.adapters.items()} == {"en-US": "en-US@1"}


# ------------------------------------------------------------------------------------------------ scoped keys


def test_scoped_keys_see_only_their_models_and_403s_hide_versions(project, tiny_base, monkeypatch):
    root, _ = project
    monkeypatch.setenv("CULTURALIGN_API_KEYS", "k-all=*;k-jp=en-JP,base;k-us=en-US")
    cfg = make_cfg(tiny_base, root, "++serve.aliases={japan: en-JP}")
    engine = LocalEngine.load(cfg)
    with running(serve_app.create_app(cfg, engine)) as url:

        def models(key: str) -> dict[str, dict]:
            response = httpx2.get(f"{url}/v1/models", headers={"Authorization": f"Bearer {key}"})
            return {m["id"]: m for m in response.json()["data"]}

        everything = {"culturalign", "culturalign/base", "culturalign/en-JP", "culturalign/en-US", "culturalign/japan"}
        assert set(models("k-all")) == everything
        jp = models("k-jp")
        assert set(jp) == {"culturalign", "culturalign/base", "culturalign/en-JP", "culturalign/japan"}
        assert (jp["culturalign"]["served"], jp["culturalign"]["default"]) == (["en-JP"], None)
        us = models("k-us")
        assert set(us) == {"culturalign", "culturalign/en-US"}
        assert (us["culturalign"]["served"], us["culturalign"]["default"]) == (["en-US"], "en-US")

        # Refused explicitly, by alias, and by auto-routing (no header: the default market en-US).
        for key, body in (
            ("k-us", GOOD | {"model": "culturalign/en-JP"}),
            ("k-us", GOOD | {"model": "culturalign/japan"}),
            ("k-jp", GOOD),
        ):
            denied = post(url, body, {"Authorization": f"Bearer {key}"})
            assert denied.status_code == 403 and error_of(denied)["code"] == "permission_denied"
            assert "x-culturalign-adapter" not in denied.headers
            assert "@1" not in denied.text and "@" not in error_of(denied)["message"]
        allowed = post(url, GOOD | {"model": "culturalign/en-US"}, {"Authorization": "Bearer k-us"})
        assert allowed.status_code == 200 and allowed.headers["x-culturalign-adapter"] == "en-US@1"
