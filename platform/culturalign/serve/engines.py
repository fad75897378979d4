"""What ``culturalign serve``'s HTTP layer needs from a backend, and the pieces both backends share.

Two engines implement :class:`Engine`: ``serve.local.LocalEngine`` (the base and every market's adapter in this
process, micro-batched) and ``serve.upstream.UpstreamEngine`` (route here, generate in any OpenAI-compatible LoRA
engine). A request is routed into a :class:`Lease`, which pins one adapter version until it is released, so a hot
reload never pulls an adapter out from under a request.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Protocol

from culturalign.core.config import AppConfig, ServeConfig
from culturalign.core.locales import LocaleError, canonical
from culturalign.serve import router
from culturalign.serve.api import ApiError, Chat
from culturalign.serve.batcher import Event
from culturalign.serve.metrics import GaugeFamily, Metrics

ADAPTER_HEADER, ROUTE_HEADER = "X-Culturalign-Adapter", "X-Culturalign-Route"


@dataclass
class Lease:
    """A routed request, pinned to one adapter version until it is released (hot reload waits for it)."""

    route: router.Route
    adapter: str  # PEFT adapter name ("en-JP@3", or batcher.BASE) or the upstream model name
    label: str  # X-Culturalign-Adapter: "en-JP@3" or "base"
    model_id: str  # "culturalign/en-JP" or "culturalign/base"
    content_language: str | None
    released: bool = False

    @property
    def target(self) -> str:
        """What an API key's scope must allow: the routed tag, or 'base'."""
        return self.route.locale or "base"

    def headers(self) -> dict[str, str]:
        out = {ADAPTER_HEADER: self.label, ROUTE_HEADER: self.route.reason}
        return out | ({"Content-Language": self.content_language} if self.content_language else {})

    def denied_headers(self) -> dict[str, str]:
        """For a caller refused this target: how it was routed, but not which adapter version serves it."""
        return {ROUTE_HEADER: self.route.reason}

    def metric_labels(self) -> dict[str, str]:
        return {"locale": self.target, "adapter": self.label, "route": self.route.reason}


class Engine(Protocol):
    """What the HTTP layer needs from a backend."""

    backend: str
    metrics: Metrics | None  # where the engine reports its own series (batch sizes); set by create_app

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    def lease(self, model: str | None, x_locale: str | None, accept_language: str | None) -> Lease: ...

    def release(self, lease: Lease) -> None: ...

    async def complete(self, lease: Lease, chat: Chat) -> Event: ...

    async def open_stream(self, lease: Lease, chat: Chat) -> AsyncIterator[Event]: ...

    def models(self) -> list[dict]: ...

    async def reload(self) -> dict: ...

    async def health(self) -> dict: ...

    def gauges(self) -> list[GaugeFamily]: ...


def served_tags(cfg: AppConfig) -> list[str]:
    return [canonical(t) for t in (cfg.serve.locales or cfg.locales)]


def make_table(served: list[str], serve: ServeConfig) -> router.RouterTable:
    """Router table over what is actually served: config entries that point at an unserved tag are dropped."""

    def ok(tag: str) -> bool:
        try:
            return canonical(tag) in served
        except LocaleError:
            return False

    default = serve.default_locale if ok(serve.default_locale) else None
    aliases = {k: v for k, v in serve.aliases.items() if ok(v)}
    fallbacks = {k: v for k, v in serve.fallbacks.items() if ok(v)}
    return router.build_table(served, default, aliases, fallbacks)


def route(table: router.RouterTable, model: str | None, x_locale: str | None, accept_language: str | None):
    """router.choose with its refusals as HTTP errors: an unknown model is a 404, a bad locale header a 400."""
    try:
        return router.choose(table, model, x_locale, accept_language)
    except router.UnknownModel as exc:
        raise ApiError(404, str(exc), "model_not_found", "model") from None
    except router.BadLocaleHeader as exc:
        raise ApiError(400, str(exc), "bad_locale_header") from None


def model_id(route_: router.Route) -> str:
    return f"{router.MODEL}/{route_.locale}" if route_.locale else router.BASE_MODEL


def model_entry(model: str, created: int, **extra: Any) -> dict:
    return {"id": model, "object": "model", "created": created, "owned_by": "culturalign"} | extra


def router_entries(table: router.RouterTable, created: int) -> list[dict]:
    """The auto-router entry and one per alias (they resolve to a served tag)."""
    entries = [
        model_entry(router.MODEL, created, parent=None, router=True, served=list(table.served), default=table.default)
    ]
    for alias, tag in table.aliases.items():
        entries.append(model_entry(f"{router.MODEL}/{alias}", created, parent=router.BASE_MODEL, alias_of=tag))
    return entries


def raise_if_error(event: Event) -> Event:
    if event.kind == "error":
        raise ApiError(500, f"generation failed: {type(event.error).__name__}: {event.error}", "server_error")
    return event
