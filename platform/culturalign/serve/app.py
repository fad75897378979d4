"""``culturalign serve``: an OpenAI-compatible chat server that answers each request with its market's policy adapter.

    culturalign serve [serve.port=8000] [serve.backend=upstream serve.upstream_url=http://host:8001/v1]

One base model, one LoRA policy adapter per served locale. Each request is routed (``serve.router``) from its
``model`` (``culturalign`` = let the router choose, ``culturalign/<tag>``, ``culturalign/base``), its ``X-Locale``
header and its ``Accept-Language``; every response says what answered it in ``X-Culturalign-Adapter`` (``en-JP@3``
or ``base``), ``X-Culturalign-Route`` (the router's reason) and ``Content-Language``.

Endpoints: ``POST /v1/chat/completions`` (OpenAI schema, SSE streaming), ``GET /v1/models``, ``GET /healthz``,
``GET /metrics`` (Prometheus), ``POST /admin/reload``. Errors use OpenAI's body ``{"error": {...}}``.

The parts: ``api`` (wire format), ``auth`` (keys and scopes), ``metrics`` (Prometheus), ``engines`` with ``local``
(base + adapters here, micro-batched) and ``upstream`` (proxy to a LoRA engine), ``router`` and ``batcher``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from culturalign.core.command import CommandError, Result
from culturalign.core.config import AppConfig
from culturalign.core.locales import LocaleError
from culturalign.serve.api import (
    ApiError,
    Chat,
    Chunks,
    HeaderLimit,
    completion_body,
    install_error_handlers,
    parse_chat,
    read_body,
    sse,
)
from culturalign.serve.auth import authenticate, authenticate_admin, authorize, bind_allowed, load_keys, visible_models
from culturalign.serve.batcher import Event
from culturalign.serve.engines import Engine, Lease
from culturalign.serve.local import LocalEngine
from culturalign.serve.metrics import CONTENT_TYPE, Metrics
from culturalign.serve.upstream import UpstreamEngine

log = logging.getLogger("culturalign.serve.app")


def build_engine(cfg: AppConfig) -> Engine:
    """serve.backend -> engine (a plain dict of constructors, as the style guide asks)."""
    return {"local": LocalEngine.load, "upstream": UpstreamEngine}[cfg.serve.backend](cfg)


def create_app(cfg: AppConfig, engine: Engine) -> FastAPI:
    """The FastAPI app over ``engine``; keys come from ``cfg.serve`` and the environment at creation."""
    keys, metrics = load_keys(cfg.serve), Metrics()
    metrics.watch(engine.gauges)
    if engine.metrics is None:  # batch sizes go to the first app on an engine
        engine.metrics = metrics

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await engine.start()
        poll = cfg.serve.poll_seconds
        poller = asyncio.create_task(_poll(engine, poll, metrics)) if poll > 0 else None
        try:
            yield
        finally:
            if poller is not None:
                poller.cancel()
            await engine.close()

    app = FastAPI(title="culturalign", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(HeaderLimit)
    app.state.engine, app.state.metrics, app.state.keys = engine, metrics, keys
    install_error_handlers(app, lambda error: metrics.error(error.status, error.code))

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request):
        started = time.perf_counter()
        scopes = authenticate(keys, request.headers)
        chat = parse_chat(await read_body(request), cfg.serve)
        lease = engine.lease(chat.model, request.headers.get("x-locale"), request.headers.get("accept-language"))
        try:
            authorize(scopes, lease.target, lease.model_id)
        except ApiError as exc:  # a caller outside the scope learns the route, not the adapter version
            engine.release(lease)
            metrics.request(lease.metric_labels(), str(exc.status), time.perf_counter() - started)
            exc.headers |= lease.denied_headers()
            raise
        return await _answer(engine, lease, chat, metrics, started)

    @app.get("/v1/models")
    async def list_models(request: Request) -> JSONResponse:
        scopes = authenticate(keys, request.headers)
        return JSONResponse({"object": "list", "data": visible_models(engine.models(), scopes)})

    @app.get("/healthz")
    async def healthz() -> JSONResponse:
        return JSONResponse(await engine.health())

    @app.get("/metrics")
    async def prometheus() -> Response:
        return Response(metrics.render(), media_type=CONTENT_TYPE)

    @app.post("/admin/reload")
    async def admin_reload(request: Request) -> JSONResponse:
        authenticate_admin(keys, request.headers)
        return JSONResponse(await _reload(engine, metrics))

    return app


async def _answer(engine: Engine, lease: Lease, chat: Chat, metrics: Metrics, started: float):
    """Generate for an authorized lease: a JSON completion or an SSE stream; the lease is always released."""
    try:
        if chat.stream:
            events = await engine.open_stream(lease, chat)
            body = _sse(engine, lease, chat, events, metrics, started)
            # Enter the generator's try now: from here on its finally releases the lease however the stream
            # ends, even if the client is gone before the first byte (then at garbage collection).
            first = await anext(body)
            headers = lease.headers() | {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}  # no proxy buffering
            return StreamingResponse(_prepend(first, body), media_type="text/event-stream", headers=headers)
        done = await engine.complete(lease, chat)
    except ApiError as exc:
        engine.release(lease)
        _record(metrics, lease, str(exc.status), started)
        exc.headers |= lease.headers()
        raise
    except BaseException:
        engine.release(lease)
        raise
    engine.release(lease)
    _record(metrics, lease, "200", started, done)
    return JSONResponse(completion_body(lease.model_id, lease.label, done), headers=lease.headers())


async def _reload(engine: Engine, metrics: Metrics) -> dict:
    result = await engine.reload()
    outcome = "error" if result["errors"] else ("changed" if result["loaded"] else "unchanged")
    metrics.reload(outcome)
    if result["loaded"] or result["errors"]:
        log.info("reload: %s", result)
    return result


async def _poll(engine: Engine, seconds: float, metrics: Metrics) -> None:
    """Reload on a timer; a failed reload is logged and retried next time (serving continues either way)."""
    while True:
        await asyncio.sleep(seconds)
        try:
            await _reload(engine, metrics)
        except Exception:  # noqa: BLE001 - keep polling; the registry may be back next time
            log.exception("reload failed")


def _record(metrics: Metrics, lease: Lease, status: str, started: float, done: Event | None = None) -> None:
    labels = lease.metric_labels()
    metrics.request(labels, status, time.perf_counter() - started)
    if done is not None:
        metrics.tokens(labels, done.prompt_tokens, done.completion_tokens, done.queue_s)


async def _sse(engine: Engine, lease: Lease, chat: Chat, events, metrics: Metrics, started: float):
    """Server-sent events in OpenAI's chunk format; the lease is released when the stream ends or is dropped."""
    chunks, status, done = Chunks(lease.model_id, lease.label), "200", None
    try:
        async with contextlib.aclosing(events):
            yield chunks.delta({"role": "assistant", "content": ""})
            async for event in events:
                if event.kind == "delta":
                    yield chunks.delta({"content": event.text})
                else:
                    done = event
                    yield chunks.delta({}, event.finish_reason)
        if chat.include_usage and done is not None:
            yield chunks.usage(done)
        yield "data: [DONE]\n\n"
    except ApiError as exc:  # headers are gone: report in-band, as OpenAI and vLLM do
        status = str(exc.status)
        yield sse(exc.body())
    finally:
        engine.release(lease)
        _record(metrics, lease, status, started, done)


async def _prepend(first: str, rest: AsyncIterator[str]) -> AsyncIterator[str]:
    async with contextlib.aclosing(rest):
        yield first
        async for item in rest:
            yield item


# ------------------------------------------------------------------------------------------------------ command


def main(cfg: AppConfig) -> Result:
    """``culturalign serve``: check who may connect, load the engine, serve until interrupted."""
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    check_bind(cfg)
    engine = load_engine(cfg)
    uvicorn.run(create_app(cfg, engine), host=cfg.serve.host, port=cfg.serve.port, log_level="info")
    return Result()


def check_bind(cfg: AppConfig) -> None:
    """CommandError (exit 2) for a malformed key spec, or a non-loopback address without any API key."""
    try:
        keys = load_keys(cfg.serve)
    except (ValueError, LocaleError) as exc:
        raise CommandError(f"${cfg.serve.api_keys_env}: {exc}", code=2) from None
    if not bind_allowed(cfg.serve.host, keys):
        raise CommandError(
            f"refusing to listen on {cfg.serve.host} without API keys; set ${cfg.serve.api_keys_env} "
            "(e.g. 'key1=en-US,en-JP;key2=*') or keep serve.host=127.0.0.1",
            code=2,
        )


def load_engine(cfg: AppConfig) -> Engine:
    """The engine, or CommandError when there is nothing to serve; a market that failed alone is only logged."""
    try:
        engine = build_engine(cfg)
    except Exception as exc:  # noqa: BLE001 - base/registry errors all mean "cannot serve"; say why
        raise CommandError(f"{type(exc).__name__}: {exc}") from exc
    errors = getattr(engine, "errors", {})  # the local engine's markets whose adapter failed (logged already)
    markets = [m for m in engine.models() if m.get("locale")]
    if errors and not markets:  # every market that has an adapter failed: serving the bare base would hide that
        raise CommandError("no market could be served: " + "; ".join(f"{t}: {m}" for t, m in errors.items()))
    return engine
