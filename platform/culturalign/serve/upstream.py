"""The upstream engine of ``culturalign serve`` (``serve.backend=upstream``): route here, generate elsewhere.

The router, headers, auth and metrics stay in this process; generation goes to any OpenAI-compatible engine that
serves LoRA adapters by model name (vLLM ``--lora-modules``, LoRAX, another ``culturalign serve``). Model names
come from ``serve.upstream_models`` (default ``culturalign/<tag>``); ``$CULTURALIGN_UPSTREAM_API_KEY`` is sent
upstream as a bearer token.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import AsyncIterator

from culturalign.core.config import AppConfig
from culturalign.serve import router
from culturalign.serve.api import ApiError, Chat, busy
from culturalign.serve.batcher import Event
from culturalign.serve.engines import (
    ADAPTER_HEADER,
    Lease,
    make_table,
    model_entry,
    model_id,
    route,
    router_entries,
    served_tags,
)
from culturalign.serve.metrics import GaugeFamily, Metrics

UPSTREAM_KEY_ENV = "CULTURALIGN_UPSTREAM_API_KEY"  # bearer token sent to serve.upstream_url, if set


class UpstreamEngine:
    """Route here, generate upstream: any OpenAI-compatible engine serving the adapters by model name."""

    backend = "upstream"

    def __init__(self, cfg: AppConfig) -> None:
        self.cfg, self.url = cfg, cfg.serve.upstream_url.rstrip("/")
        self.table = make_table(served_tags(cfg), cfg.serve)
        self.in_flight = 0
        self.client = None
        self.metrics: Metrics | None = None
        self.created = int(time.time())

    async def start(self) -> None:
        import httpx2

        # Generous read timeout: a long answer from a busy engine can take minutes.
        timeout = httpx2.Timeout(connect=5.0, read=300.0, write=30.0, pool=30.0)
        key = os.environ.get(UPSTREAM_KEY_ENV)
        self.client = httpx2.AsyncClient(timeout=timeout, headers={"Authorization": f"Bearer {key}"} if key else {})

    async def close(self) -> None:
        if self.client is not None:
            await self.client.aclose()

    def upstream_model(self, tag: str | None) -> str:
        return self.cfg.serve.upstream_models.get(tag or "base", f"{router.MODEL}/{tag or 'base'}")

    def lease(self, model: str | None, x_locale: str | None, accept_language: str | None) -> Lease:
        chosen = route(self.table, model, x_locale, accept_language)
        name = self.upstream_model(chosen.locale)
        return Lease(chosen, name, name, model_id(chosen), router.content_language(chosen, self.table))

    def release(self, lease: Lease) -> None:
        lease.released = True

    def _body(self, lease: Lease, chat: Chat) -> dict:
        body = dict(chat.raw) | {"model": lease.adapter}
        if chat.stream:  # always ask for usage: our metrics count tokens even when the client did not ask
            body["stream_options"] = dict(body.get("stream_options") or {}) | {"include_usage": True}
        return body

    @contextlib.asynccontextmanager
    async def _slot(self):
        """The upstream queues for us; this bounds how many requests we hand it (serve.max_queue) -> 429."""
        if self.in_flight >= self.cfg.serve.max_queue:
            raise busy(f"{self.in_flight} requests are at the upstream (serve.max_queue={self.cfg.serve.max_queue})")
        self.in_flight += 1
        try:
            yield
        finally:
            self.in_flight -= 1

    async def complete(self, lease: Lease, chat: Chat) -> Event:
        async with self._slot():
            response = await self._send(lease, chat, stream=False)
            data = response.json()
        choice, usage = data["choices"][0], data.get("usage") or {}
        return Event(
            "done",
            choice["message"].get("content") or "",
            choice.get("finish_reason"),
            usage.get("completion_tokens", 0),
            usage.get("prompt_tokens", 0),
        )

    async def open_stream(self, lease: Lease, chat: Chat) -> AsyncIterator[Event]:
        slot = self._slot()
        await slot.__aenter__()
        try:
            response = await self._send(lease, chat, stream=True)
        except BaseException:
            await slot.__aexit__(None, None, None)
            raise
        return self._events(response, slot)

    async def _send(self, lease: Lease, chat: Chat, stream: bool):
        """POST to the upstream; its 4xx come back as ours, connection trouble as 502/504."""
        import httpx2

        request = self.client.build_request("POST", f"{self.url}/chat/completions", json=self._body(lease, chat))
        try:
            response = await self.client.send(request, stream=stream)
        except httpx2.TimeoutException as exc:
            raise ApiError(504, f"upstream {self.url} timed out ({type(exc).__name__})", "upstream_timeout") from None
        except httpx2.HTTPError as exc:
            raise ApiError(502, f"upstream {self.url} unreachable ({type(exc).__name__})", "upstream_error") from None
        if response.status_code >= 400:
            await response.aread()
            await response.aclose()
            raise _upstream_error(response)
        lease.label = response.headers.get(ADAPTER_HEADER, lease.label)  # the concrete version, if it says
        return response

    async def _events(self, response, slot) -> AsyncIterator[Event]:
        """Upstream SSE chunks -> our events (deltas, then one 'done' with the finish reason and usage)."""
        done = Event("done")
        try:
            async for line in response.aiter_lines():
                if not line.startswith("data:"):
                    continue
                payload = line[5:].strip()
                if payload == "[DONE]":
                    break
                chunk = json.loads(payload)
                if "error" in chunk:
                    raise ApiError(502, f"upstream error: {chunk['error'].get('message')}", "upstream_error")
                for event in _chunk_events(chunk, done):
                    yield event
            yield done
        finally:
            await response.aclose()
            await slot.__aexit__(None, None, None)

    def models(self) -> list[dict]:
        entries = router_entries(self.table, self.created)
        entries.append(
            model_entry(router.BASE_MODEL, self.created, parent=None, upstream_model=self.upstream_model(None))
        )
        for tag in self.table.served:
            entries.append(
                model_entry(
                    f"{router.MODEL}/{tag}", self.created, parent=router.BASE_MODEL, locale=tag,
                    upstream_model=self.upstream_model(tag),
                )
            )  # fmt: skip
        return entries

    async def reload(self) -> dict:
        return {"loaded": {}, "errors": {}, "serving": {}, "note": "the upstream engine owns the adapters"}

    async def health(self) -> dict:
        try:
            response = await self.client.get(f"{self.url}/models", timeout=5.0)
            upstream = "ok" if response.status_code < 500 else f"status {response.status_code}"
        except Exception as exc:  # noqa: BLE001 - any failure means the same: the upstream is not answering
            upstream = f"unreachable ({type(exc).__name__})"
        return {"status": "ok" if upstream == "ok" else "degraded", "backend": self.backend, "upstream": upstream}

    def gauges(self) -> list[GaugeFamily]:
        return [GaugeFamily("culturalign_in_flight", "Requests at the upstream.", [({}, self.in_flight)])]


def _chunk_events(chunk: dict, done: Event) -> list[Event]:
    """Text deltas of one upstream chunk; its finish reason and usage are kept in ``done``."""
    events = []
    for choice in chunk.get("choices") or []:
        text = (choice.get("delta") or {}).get("content")
        if text:
            events.append(Event("delta", text))
        done.finish_reason = choice.get("finish_reason") or done.finish_reason
    usage = chunk.get("usage") or {}
    done.prompt_tokens = usage.get("prompt_tokens", done.prompt_tokens)
    done.completion_tokens = usage.get("completion_tokens", done.completion_tokens)
    return events


def _upstream_error(response) -> ApiError:
    """An upstream error response as our error: 4xx keep their status (the client's fault), 5xx become 502."""
    try:
        message = response.json()["error"]["message"]
    except (ValueError, KeyError, TypeError):
        message = response.text[:200]
    status = response.status_code if response.status_code < 500 else 502
    headers = {"Retry-After": response.headers["retry-after"]} if "retry-after" in response.headers else {}
    return ApiError(status, f"upstream: {message}", "upstream_error", headers=headers)
