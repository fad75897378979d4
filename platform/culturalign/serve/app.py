"""``culturalign serve``: an OpenAI-compatible chat server that answers each request with its market's policy adapter.

    culturalign serve [serve.port=8000] [serve.backend=upstream serve.upstream_url=http://host:8001/v1]

One base model, one LoRA policy adapter per served locale. Each request is routed (``serve.router``) from its
``model`` (``culturalign`` = let the router choose, ``culturalign/<tag>``, ``culturalign/base``), its ``X-Locale``
header and its ``Accept-Language``; every response says what answered it in ``X-Culturalign-Adapter`` (``en-JP@3``
or ``base``), ``X-Culturalign-Route`` (the router's reason) and ``Content-Language``.

Two engines behind one API (:class:`Engine`):
- :class:`LocalEngine` loads the base once and every served locale's champion adapter (registry alias, else the
  newest version that verifies) under a versioned PEFT name (``en-JP@3``), and runs requests in mixed-adapter
  micro-batches (``culturalign.serve.batcher``). ``POST /admin/reload`` (or polling) loads a new champion beside the old
  one and swaps the routing map atomically; requests keep the version they were routed to, and an old version is
  deleted once no request holds it.
- :class:`UpstreamEngine` routes here and forwards to any OpenAI-compatible engine that serves LoRA adapters by
  name (vLLM ``--lora-modules``, LoRAX), e.g. another ``culturalign serve``.

Endpoints: ``POST /v1/chat/completions`` (OpenAI schema, SSE streaming), ``GET /v1/models``, ``GET /healthz``,
``GET /metrics`` (Prometheus text), ``POST /admin/reload``. Errors use OpenAI's body ``{"error": {...}}``.

Decisions the OpenAI schema leaves open: an omitted ``temperature`` means greedy (culturalign answers are greedy
everywhere else, and evaluation gated the adapters greedily), not OpenAI's 1.0; ``n`` must be 1; ``max_tokens``
defaults to ``serve.max_new_tokens``.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import hmac
import ipaddress
import json
import logging
import os
import sys
import threading
import time
import uuid
import warnings
from collections import Counter
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Literal, Protocol

from culturalign.core import store, tracking
from culturalign.core.config import AppConfig, ServeConfig
from culturalign.core.locales import LocaleError, canonical
from culturalign.model.generation import decoding_kwargs
from culturalign.serve import router
from culturalign.serve.batcher import BASE, Batcher, Event, Job, NotRunning, QueueFull, Sampling, is_peft
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.exceptions import HTTPException

log = logging.getLogger("culturalign.serve.app")

MAX_BODY_BYTES = 1 << 20  # a prompt of serve.max_prompt_tokens is a few KB; 1 MiB leaves room for long histories
MAX_HEADER_BYTES = 8192  # whole request head; uvicorn's own hard limit (h11) is 16 KiB
UPSTREAM_KEY_ENV = "CULTURALIGN_UPSTREAM_API_KEY"  # bearer token sent to serve.upstream_url, if set
ADAPTER_HEADER, ROUTE_HEADER = "X-Culturalign-Adapter", "X-Culturalign-Route"


# ------------------------------------------------------------------------------------------------------ errors


class ApiError(Exception):
    """An error answered with OpenAI's body ``{"error": {"message", "type", "code", "param"}}``."""

    TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error"}
    TYPES |= {404: "invalid_request_error", 413: "invalid_request_error", 429: "rate_limit_error"}

    def __init__(self, status: int, message: str, code: str, param: str | None = None, headers=None) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.param = status, message, code, param
        self.headers: dict[str, str] = dict(headers or {})

    def body(self) -> dict:
        kind = self.TYPES.get(self.status, "invalid_request_error" if self.status < 500 else "server_error")
        return {"error": {"message": self.message, "type": kind, "code": self.code, "param": self.param}}


# ------------------------------------------------------------------------------------------------ request schema


class _Strict(BaseModel):
    # strict: "5" is not an int and 1 is not a bool; unknown OpenAI fields (user, seed, ...) are ignored.
    model_config = ConfigDict(strict=True, extra="ignore")


class TextPart(_Strict):
    type: Literal["text"]
    text: str


class Message(_Strict):
    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[TextPart]


class StreamOptions(_Strict):
    include_usage: bool = False


class ChatBody(_Strict):
    model: str | None = None
    messages: list[Message] = Field(min_length=1)
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, gt=0, le=1)
    stop: str | list[str] | None = None
    stream: bool | None = False
    stream_options: StreamOptions | None = None
    n: int | None = Field(None, ge=1, le=1)
    logprobs: bool | None = Field(None, le=False)


@dataclass
class Chat:
    """A validated chat request."""

    model: str | None
    messages: list[dict[str, str]]
    max_tokens: int
    sampling: Sampling
    stop: tuple[str, ...]
    stream: bool
    include_usage: bool
    raw: dict  # the body as sent (the upstream engine forwards it)


def parse_chat(raw: bytes, serve: ServeConfig) -> Chat:
    """Body bytes -> Chat, or ApiError 400 naming the offending field."""
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ApiError(400, f"request body is not valid JSON: {exc}", "invalid_json") from None
    if not isinstance(data, dict):
        raise ApiError(400, "request body must be a JSON object", "invalid_json")
    try:
        body = ChatBody.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        param = ".".join(str(p) for p in first["loc"])
        raise ApiError(400, f"{param}: {first['msg']}", "invalid_request", param) from None
    return _chat(body, data, serve)


def _chat(body: ChatBody, data: dict, serve: ServeConfig) -> Chat:
    max_tokens = body.max_completion_tokens or body.max_tokens or serve.max_new_tokens
    if max_tokens > serve.max_new_tokens:
        raise ApiError(
            400, f"max_tokens={max_tokens} is above this server's limit of {serve.max_new_tokens}", "invalid_request"
        )
    stop = (body.stop,) if isinstance(body.stop, str) else tuple(body.stop or ())
    if len(stop) > 4 or any(not s or len(s) > 256 for s in stop):
        raise ApiError(400, "stop: at most 4 non-empty strings of at most 256 characters", "invalid_request", "stop")
    sampling = Sampling(temperature=body.temperature or 0.0, top_p=1.0 if body.top_p is None else body.top_p)
    messages = [{"role": _role(m.role), "content": _text(m.content)} for m in body.messages]
    include_usage = bool(body.stream_options and body.stream_options.include_usage)
    return Chat(body.model, messages, max_tokens, sampling, stop, bool(body.stream), include_usage, data)


def _role(role: str) -> str:
    return "system" if role == "developer" else role  # OpenAI's newer name for system; chat templates know system


def _text(content: str | list[TextPart]) -> str:
    return content if isinstance(content, str) else "".join(p.text for p in content)


# ------------------------------------------------------------------------------------------------------ auth


@dataclass(frozen=True)
class Keys:
    """API keys and what each may use (tags, 'base', or '*'); an empty ``keys`` means no authentication."""

    keys: Mapping[str, frozenset[str]]
    admin: str | None
    admin_env: str

    @property
    def enabled(self) -> bool:
        return bool(self.keys)


def parse_key_spec(spec: str) -> dict[str, frozenset[str]]:
    """'key1=en-US,en-JP;key2=*' -> {key1: {en-US, en-JP}, key2: {*}}; ValueError on a malformed entry."""
    out: dict[str, frozenset[str]] = {}
    for entry in filter(None, (e.strip() for e in spec.split(";"))):
        key, sep, scopes = entry.partition("=")
        if not sep or not key.strip() or not scopes.strip():
            raise ValueError(f"API key entry {entry[:4]}... must look like key=en-US,en-JP or key=*")
        out[key.strip()] = _scopes(s.strip() for s in scopes.split(","))
    return out


def _scopes(values) -> frozenset[str]:
    """Allowed targets, canonical: '*', 'base' or locale tags (a typo fails at startup, not per request)."""
    return frozenset(v if v in ("*", "base") else canonical(v) for v in values if v)


def load_keys(serve: ServeConfig, environ: Mapping[str, str] = os.environ) -> Keys:
    keys = {k: _scopes(v) for k, v in serve.api_keys.items()}
    keys |= parse_key_spec(environ.get(serve.api_keys_env, ""))
    return Keys(keys, environ.get(serve.admin_key_env) or None, serve.admin_key_env)


def _bearer(headers: Mapping[str, str]) -> str | None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _lookup(keys: Keys, token: str | None) -> frozenset[str] | None:
    # Compare against every key in constant time: response timing must not reveal a key's prefix.
    found = None
    for key, scopes in keys.keys.items():
        if token is not None and hmac.compare_digest(key.encode(), token.encode()):
            found = scopes
    return found


def authenticate(keys: Keys, headers: Mapping[str, str]) -> frozenset[str] | None:
    """The caller's allowed targets (None = no auth configured, all allowed); ApiError 401 otherwise."""
    if not keys.enabled:
        return None
    scopes = _lookup(keys, _bearer(headers))
    if scopes is None:
        raise ApiError(401, "missing or unknown API key (send Authorization: Bearer <key>)", "invalid_api_key")
    return scopes


def authorize(scopes: frozenset[str] | None, lease: Lease) -> None:
    """403 when the key may not use the routed locale (the route is decided first, exactly as without auth)."""
    target = lease.route.locale or "base"
    if scopes is None or "*" in scopes or target in scopes:
        return
    allowed = ", ".join(sorted(scopes)) or "nothing"
    raise ApiError(403, f"this API key may not use {lease.model_id} (allowed: {allowed})", "permission_denied")


def authenticate_admin(keys: Keys, headers: Mapping[str, str]) -> None:
    """Admin endpoints: the admin key; open only when no key of any kind is configured (loopback-only server)."""
    token = _bearer(headers)
    if keys.admin is not None:
        if token is not None and hmac.compare_digest(keys.admin.encode(), token.encode()):
            return
        if _lookup(keys, token) is not None:
            raise ApiError(403, "admin endpoints need the admin key", "permission_denied")
        raise ApiError(401, "missing or unknown admin key", "invalid_api_key")
    if keys.enabled:
        raise ApiError(403, f"admin endpoints are disabled: set ${keys.admin_env}", "permission_denied")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind_allowed(host: str, keys: Keys) -> bool:
    """Without API keys the server is open to anyone who can reach it, so it may only listen on loopback."""
    return keys.enabled or is_loopback(host)


# ------------------------------------------------------------------------------------------------------ metrics

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64)


def _labels(labels: Mapping[str, str]) -> str:
    def esc(v: str) -> str:
        return str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")

    return "{" + ",".join(f'{k}="{esc(v)}"' for k, v in labels.items()) + "}" if labels else ""


class Metrics:
    """Counters and histograms in Prometheus' text format, by hand (no client library needed for a few series)."""

    HELP = {
        "culturalign_requests_total": ("counter", "Chat completion requests by locale, adapter, route and status."),
        "culturalign_prompt_tokens_total": ("counter", "Prompt tokens (chat template included)."),
        "culturalign_completion_tokens_total": ("counter", "Generated tokens."),
        "culturalign_errors_total": ("counter", "Error responses by HTTP status and error code."),
        "culturalign_reloads_total": ("counter", "Adapter reloads by result."),
        "culturalign_request_duration_seconds": ("histogram", "Chat completion latency, request to last byte."),
        "culturalign_queue_wait_seconds": ("histogram", "Time a request waited for its micro-batch."),
        "culturalign_batch_size": ("histogram", "Requests per micro-batch."),
    }

    def __init__(self) -> None:
        self._lock = threading.Lock()  # the batcher thread reports batch sizes
        self._counters: Counter = Counter()
        self._hist: dict[tuple, list[float]] = {}

    def inc(self, name: str, labels: Mapping[str, str], value: float = 1) -> None:
        with self._lock:
            self._counters[(name, tuple(labels.items()))] += value

    def observe(self, name: str, labels: Mapping[str, str], value: float, buckets=LATENCY_BUCKETS) -> None:
        with self._lock:
            key = (name, tuple(labels.items()), buckets)
            h = self._hist.setdefault(key, [0.0] * (len(buckets) + 2))  # per-bucket counts, +Inf, sum
            h[next((i for i, b in enumerate(buckets) if value <= b), len(buckets))] += 1
            h[-1] += value

    def render(self, extra: list[str]) -> str:
        with self._lock:
            lines = self._render_counters() + self._render_histograms()
        return "\n".join(lines + extra) + "\n"

    def _header(self, name: str, seen: set) -> list[str]:
        if name in seen or name not in self.HELP:
            return []
        seen.add(name)
        kind, text = self.HELP[name]
        return [f"# HELP {name} {text}", f"# TYPE {name} {kind}"]

    def _render_counters(self) -> list[str]:
        lines, seen = [], set()
        for (name, labels), value in sorted(self._counters.items()):
            lines += self._header(name, seen) + [f"{name}{_labels(dict(labels))} {value:g}"]
        return lines

    def _render_histograms(self) -> list[str]:
        lines, seen = [], set()
        for (name, labels, buckets), h in sorted(self._hist.items(), key=lambda kv: (kv[0][0], kv[0][1])):
            lines += self._header(name, seen)
            cumulative = 0.0
            for bound, count in zip((*buckets, "+Inf"), h[:-1], strict=True):
                cumulative += count
                lines.append(f"{name}_bucket{_labels(dict(labels) | {'le': str(bound)})} {cumulative:g}")
            lines += [
                f"{name}_sum{_labels(dict(labels))} {h[-1]:g}",
                f"{name}_count{_labels(dict(labels))} {cumulative:g}",
            ]
        return lines


def gauge(name: str, text: str, samples: list[tuple[Mapping[str, str], float]]) -> list[str]:
    """A gauge's exposition lines (engines report their current state this way)."""
    return [f"# HELP {name} {text}", f"# TYPE {name} gauge"] + [f"{name}{_labels(lb)} {v:g}" for lb, v in samples]


# ------------------------------------------------------------------------------------------------------ engines


@dataclass
class Lease:
    """A routed request, pinned to one adapter version until it is released (hot reload waits for it)."""

    route: router.Route
    adapter: str  # PEFT adapter name ("en-JP@3", or BASE) or the upstream model name
    label: str  # X-Culturalign-Adapter: "en-JP@3" or "base"
    model_id: str  # "culturalign/en-JP" or "culturalign/base"
    content_language: str | None
    released: bool = False

    def headers(self) -> dict[str, str]:
        out = {ADAPTER_HEADER: self.label, ROUTE_HEADER: self.route.reason}
        return out | ({"Content-Language": self.content_language} if self.content_language else {})

    def metric_labels(self) -> dict[str, str]:
        return {"locale": self.route.locale or "base", "adapter": self.label, "route": self.route.reason}


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

    def gauges(self) -> list[str]: ...


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


def _model_entry(model_id: str, created: int, **extra: Any) -> dict:
    return {"id": model_id, "object": "model", "created": created, "owned_by": "culturalign"} | extra


def _router_entries(table: router.RouterTable, created: int) -> list[dict]:
    """The auto-router entry and one per alias (they resolve to a served tag)."""
    entries = [
        _model_entry(router.MODEL, created, parent=None, router=True, served=list(table.served), default=table.default)
    ]
    for alias, tag in table.aliases.items():
        entries.append(_model_entry(f"{router.MODEL}/{alias}", created, parent=router.BASE_MODEL, alias_of=tag))
    return entries


def _api_error_for(exc: Exception) -> ApiError:
    """Router exceptions -> HTTP errors."""
    if isinstance(exc, router.UnknownModel):
        return ApiError(404, str(exc), "model_not_found", "model")
    return ApiError(400, str(exc), "bad_locale_header")


@dataclass(frozen=True)
class Loaded:
    """One adapter version loaded in the model."""

    tag: str
    version: int
    path: Path
    created: int

    @property
    def name(self) -> str:
        return f"{self.tag}@{self.version}"  # versioned: two versions of a market can be loaded side by side


@dataclass(frozen=True)
class Serving:
    """What new requests are routed to; replaced as a whole, so a request sees one consistent map."""

    table: router.RouterTable
    adapters: Mapping[str, Loaded]


class LocalEngine:
    """Base + every served locale's champion adapter in this process, run through the micro-batcher."""

    backend = "local"

    def __init__(self, cfg: AppConfig, base, model, tokenizer) -> None:
        self.cfg, self.base, self.tokenizer = cfg, base, tokenizer  # tokenizer: encoding, event-loop thread only
        self.root = Path(cfg.paths.adapters)
        self.tags = served_tags(cfg)
        self.metrics: Metrics | None = None
        s = cfg.serve
        # The worker decodes with its own tokenizer copy: a fast tokenizer shared across threads can fail with
        # "Already borrowed".
        self.batcher = Batcher(
            model,
            copy.deepcopy(tokenizer),
            s.max_batch_size,
            s.max_wait_ms,
            s.max_queue,
            on_batch=self._on_batch,
            decoding=decoding_kwargs(cfg.decoding),
        )
        self._lock = threading.Lock()  # guards the four fields below
        self._serving = Serving(make_table([], s), {})
        self._refs: Counter = Counter()  # adapter name -> requests holding it
        self._loaded: set[str] = set()  # adapter names in the model (changed only in the worker)
        self._incoming: set[str] = set()  # names a reload is loading: never delete these
        self._reload_lock = asyncio.Lock()
        self._apps = 0  # apps started on this engine
        self.created = int(time.time())

    # ---- loading

    @classmethod
    def load(cls, cfg: AppConfig) -> LocalEngine:
        """Load the base once, then each served locale's champion (a locale with no adapter at all is skipped)."""
        from culturalign.model.base import load_causal_lm, resolve

        tracking.configure(cfg.tracking)
        base = resolve(cfg.model)
        model, tokenizer = load_causal_lm(base, cfg.model)
        engine = cls(cfg, base, model, tokenizer)
        found: dict[str, Loaded] = {}
        for tag in engine.tags:
            info = engine.pick(tag, None)
            if info is None:
                log.warning("no policy adapter for %s under %s: its requests go to a fallback", tag, engine.root)
                continue
            engine._attach(info)
            found[tag] = info
        engine._serving = Serving(make_table(list(found), cfg.serve), found)
        return engine

    def pick(self, tag: str, current: Loaded | None) -> Loaded | None:
        """The version ``tag`` should serve: the registry champion, else the newest version that verifies.

        Returns ``current`` when that is still the one (skips re-hashing), None when nothing is published.
        Raises AdapterError when the champion itself fails verification: serving another version instead
        would hide a tampered or corrupted champion.
        """
        available = store.versions(self.root, tag, "policy")
        champion = tracking.alias_version(f"culturalign-{tag}-policy", "champion")
        if champion is not None and champion not in available:
            log.warning("%s: champion version %s is not in %s; using the newest", tag, champion, self.root)
            champion = None
        for version in [champion] if champion is not None else reversed(available):
            if current is not None and version == current.version:
                return current
            path = store.kind_dir(self.root, tag, "policy") / str(version)
            try:
                manifest = store.verify(path, self.base.fingerprint)
            except store.AdapterError:
                if champion is not None:
                    raise
                log.exception("%s: skipping version %s", tag, version)
                continue
            return Loaded(tag, version, path, _epoch(manifest.get("created")))
        return current

    def _attach(self, info: Loaded) -> None:
        """Load one adapter version into the model (worker thread, or before the worker starts)."""
        from peft import PeftModel

        if info.name in self._loaded:
            return
        model = self.batcher.model
        if is_peft(model):
            model.load_adapter(str(info.path), adapter_name=info.name)
        else:
            self.batcher.model = PeftModel.from_pretrained(model, str(info.path), adapter_name=info.name)
        self.batcher.model.eval()
        with self._lock:
            self._loaded.add(info.name)

    def _detach(self, name: str) -> None:
        """Delete an old version (worker thread) unless it is serving, being loaded again, or still held."""
        with self._lock:
            serving = {i.name for i in self._serving.adapters.values()}
            if name not in self._loaded or name in serving or name in self._incoming or self._refs[name] > 0:
                return
            self._loaded.discard(name)
        with warnings.catch_warnings():  # "adapter was active, setting another": expected, we route by name
            warnings.simplefilter("ignore", UserWarning)
            self.batcher.model.delete_adapter(name)
        log.info("deleted adapter %s", name)

    def _collect(self) -> None:
        """Schedule deletion of every loaded version that is neither serving nor held (re-checked in the worker)."""
        with self._lock:
            serving = {i.name for i in self._serving.adapters.values()}
            idle = [n for n in self._loaded if n not in serving and n not in self._incoming and self._refs[n] == 0]
        for name in idle:
            self.batcher.call(partial(self._detach, name))

    async def reload(self) -> dict:
        """Re-resolve each locale's champion; load new versions beside the old, swap the map, retire the old."""
        async with self._reload_lock:
            current = dict(self._serving.adapters)
            picked, errors = await asyncio.to_thread(self._pick_all, current)
            changed = [i for t, i in picked.items() if current.get(t) != i]
            with self._lock:
                self._incoming = {i.name for i in changed}
            loaded = []
            for info in changed:
                try:
                    await asyncio.wrap_future(self.batcher.call(partial(self._attach, info)))
                    loaded.append(info)
                except Exception as exc:  # noqa: BLE001 - one market's broken adapter must not stop the others
                    log.exception("could not load %s", info.name)
                    errors[info.tag] = f"{type(exc).__name__}: {exc}"
            self._swap(current | {i.tag: i for i in loaded})
        self._collect()
        return {
            "loaded": {i.tag: i.name for i in loaded},
            "errors": errors,
            "serving": {t: i.name for t, i in self._serving.adapters.items()},
        }

    def _pick_all(self, current: dict[str, Loaded]) -> tuple[dict[str, Loaded], dict[str, str]]:
        picked, errors = {}, {}
        for tag in self.tags:
            try:
                info = self.pick(tag, current.get(tag))
            except store.AdapterError as exc:
                errors[tag] = str(exc)
                continue
            if info is not None:
                picked[tag] = info
        return picked, errors

    def _swap(self, serving: dict[str, Loaded]) -> None:
        with self._lock:
            self._serving = Serving(make_table(list(serving), self.cfg.serve), serving)
            self._incoming = set()

    # ---- requests

    def lease(self, model: str | None, x_locale: str | None, accept_language: str | None) -> Lease:
        with self._lock:  # route and pin under one lock: a reload cannot delete the version between the two
            serving = self._serving
            try:
                route = router.choose(serving.table, model, x_locale, accept_language)
            except (router.UnknownModel, router.BadLocaleHeader) as exc:
                raise _api_error_for(exc) from None
            info = serving.adapters.get(route.locale) if route.locale else None
            name = info.name if info else BASE
            self._refs[name] += 1
        model_id = f"{router.MODEL}/{route.locale}" if route.locale else router.BASE_MODEL
        label = info.name if info else "base"
        return Lease(route, name, label, model_id, router.content_language(route, serving.table))

    def release(self, lease: Lease) -> None:
        if lease.released:
            return
        lease.released = True
        with self._lock:
            self._refs[lease.adapter] -= 1
            idle = self._refs[lease.adapter] == 0
        if idle:
            self._collect()

    def encode(self, messages: list[dict[str, str]]) -> list[int]:
        """Prompt token ids, chat template included; 413 above serve.max_prompt_tokens."""
        try:
            text = self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        except Exception as exc:  # noqa: BLE001 - jinja raises its own types for messages a template refuses
            raise ApiError(400, f"the chat template refused these messages: {exc}", "invalid_request") from None
        ids = self.tokenizer(text, add_special_tokens=False)["input_ids"]
        limit = self.cfg.serve.max_prompt_tokens
        if len(ids) > limit:
            raise ApiError(
                413,
                f"the prompt is {len(ids)} tokens (chat template included); this server accepts at most {limit} "
                f"(serve.max_prompt_tokens): shorten the messages",
                "context_length_exceeded",
                "messages",
            )
        return ids

    def _submit(self, lease: Lease, chat: Chat) -> tuple[Job, asyncio.Queue]:
        ids = self.encode(chat.messages)
        loop, queue = asyncio.get_running_loop(), asyncio.Queue()

        def emit(event: Event) -> None:  # worker thread -> this request's queue on the event loop
            loop.call_soon_threadsafe(queue.put_nowait, event)

        job = Job(ids, lease.adapter, chat.max_tokens, emit, chat.sampling, chat.stop, chat.stream)
        try:
            self.batcher.submit(job)
        except QueueFull as exc:
            raise ApiError(  # noqa: B904 - the queue state is the whole story
                429, f"server busy: {exc}; retry shortly", "rate_limit_exceeded", headers={"Retry-After": "1"}
            )
        except NotRunning as exc:
            raise ApiError(503, f"{exc}; the server is shutting down", "unavailable") from None
        return job, queue

    async def complete(self, lease: Lease, chat: Chat) -> Event:
        job, queue = self._submit(lease, chat)
        try:
            while True:
                event = await queue.get()
                if event.kind != "delta":
                    return _raise_if_error(event)
        finally:
            job.cancelled = True  # no-op once done; stops the row if this coroutine was cancelled

    async def open_stream(self, lease: Lease, chat: Chat) -> AsyncIterator[Event]:
        job, queue = self._submit(lease, chat)
        return self._events(job, queue)

    async def _events(self, job: Job, queue: asyncio.Queue) -> AsyncIterator[Event]:
        try:
            while True:
                event = _raise_if_error(await queue.get())
                yield event
                if event.kind == "done":
                    return
        finally:
            job.cancelled = True  # the client went away: free the row's batch slot early

    # ---- lifecycle and introspection

    async def start(self) -> None:
        self._apps += 1
        self.batcher.start()

    async def close(self) -> None:
        """Stop the worker when the last app using this engine shuts down (tests run several apps on one)."""
        self._apps -= 1
        if self._apps == 0:
            await asyncio.to_thread(self.batcher.stop)

    def _on_batch(self, size: int, seconds: float) -> None:
        if self.metrics is not None:
            self.metrics.observe("culturalign_batch_size", {}, size, BATCH_BUCKETS)

    def models(self) -> list[dict]:
        serving = self._serving
        entries = _router_entries(serving.table, self.created)
        entries.append(
            _model_entry(
                router.BASE_MODEL, self.created, parent=None, root=self.base.source_id, base=self.base.name,
                fingerprint=self.base.fingerprint[:12],
            )
        )  # fmt: skip
        for tag, info in serving.adapters.items():
            entries.append(
                _model_entry(
                    f"{router.MODEL}/{tag}", info.created, parent=router.BASE_MODEL, locale=tag,
                    version=info.version, adapter=info.name,
                )
            )  # fmt: skip
        return entries

    async def health(self) -> dict:
        with self._lock:
            refs = {n: c for n, c in self._refs.items() if c > 0}
            loaded = sorted(self._loaded)
        return {
            "status": "ok",
            "backend": self.backend,
            "base": self.base.name,
            "adapters": {t: i.name for t, i in self._serving.adapters.items()},
            "loaded": loaded,
            "in_flight": refs,
            "queue": self.batcher.depth,
        }

    def gauges(self) -> list[str]:
        with self._lock:
            serving = {i.name for i in self._serving.adapters.values()}
            loaded = [(n, n in serving) for n in sorted(self._loaded)]
            refs = dict(self._refs)
        info = [({"adapter": n, "serving": str(s).lower()}, 1.0) for n, s in loaded]
        holding = [({"adapter": n}, refs.get(n, 0)) for n, _ in loaded]
        return (
            gauge("culturalign_queue_depth", "Requests waiting for a micro-batch.", [({}, self.batcher.depth)])
            + gauge("culturalign_adapter_loaded", "Adapter versions in memory.", info)
            + gauge("culturalign_in_flight", "Requests holding an adapter.", holding)
        )


def _raise_if_error(event: Event) -> Event:
    if event.kind == "error":
        raise ApiError(500, f"generation failed: {type(event.error).__name__}: {event.error}", "server_error")
    return event


def _epoch(created: str | None) -> int:
    from datetime import datetime

    try:
        return int(datetime.fromisoformat(created).timestamp()) if created else 0
    except ValueError:
        return 0


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
        try:
            route = router.choose(self.table, model, x_locale, accept_language)
        except (router.UnknownModel, router.BadLocaleHeader) as exc:
            raise _api_error_for(exc) from None
        name = self.upstream_model(route.locale)
        model_id = f"{router.MODEL}/{route.locale}" if route.locale else router.BASE_MODEL
        return Lease(route, name, name, model_id, router.content_language(route, self.table))

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
            raise ApiError(429, "server busy; retry shortly", "rate_limit_exceeded", headers={"Retry-After": "1"})
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
        entries = _router_entries(self.table, self.created)
        entries.append(
            _model_entry(router.BASE_MODEL, self.created, parent=None, upstream_model=self.upstream_model(None))
        )
        for tag in self.table.served:
            entries.append(
                _model_entry(
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

    def gauges(self) -> list[str]:
        return gauge("culturalign_in_flight", "Requests at the upstream.", [({}, self.in_flight)])


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


def build_engine(cfg: AppConfig) -> Engine:
    """serve.backend -> engine (a plain dict of constructors, as the style guide asks)."""
    return {"local": LocalEngine.load, "upstream": UpstreamEngine}[cfg.serve.backend](cfg)


# ------------------------------------------------------------------------------------------------------ the app


class HeaderLimit:
    """ASGI middleware: 431 for request heads above MAX_HEADER_BYTES (an absurd header costs us nothing more)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and sum(len(k) + len(v) for k, v in scope["headers"]) > MAX_HEADER_BYTES:
            error = ApiError(431, f"request headers exceed {MAX_HEADER_BYTES} bytes", "headers_too_large")
            await JSONResponse(error.body(), status_code=431)(scope, receive, send)
            return
        await self.app(scope, receive, send)


async def read_body(request) -> bytes:
    """The request body, refused (413) past MAX_BODY_BYTES without reading it all."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise ApiError(413, f"request body exceeds {MAX_BODY_BYTES} bytes", "body_too_large")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise ApiError(413, f"request body exceeds {MAX_BODY_BYTES} bytes", "body_too_large")
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(cfg: AppConfig, engine: Engine) -> FastAPI:
    """The FastAPI app over ``engine``; keys come from ``cfg.serve`` and the environment at creation."""
    keys, metrics = load_keys(cfg.serve), Metrics()
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

    def error_response(error: ApiError) -> JSONResponse:
        metrics.inc("culturalign_errors_total", {"status": str(error.status), "code": error.code})
        return JSONResponse(error.body(), status_code=error.status, headers=error.headers)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return error_response(
            ApiError(exc.status_code, str(exc.detail), "not_found" if exc.status_code == 404 else "invalid_request")
        )

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(ApiError(400, str(exc.errors()[:1]), "invalid_request"))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return error_response(ApiError(500, f"internal error: {type(exc).__name__}", "server_error"))

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request):
        started = time.perf_counter()
        scopes = authenticate(keys, request.headers)
        chat = parse_chat(await read_body(request), cfg.serve)
        lease = engine.lease(chat.model, request.headers.get("x-locale"), request.headers.get("accept-language"))
        try:
            authorize(scopes, lease)
            if chat.stream:
                events = await engine.open_stream(lease, chat)
                body = _sse(engine, lease, chat, events, metrics, started)
                # Enter the generator's try now: from here on its finally releases the lease however the stream
                # ends, even if the client is gone before the first byte (then at garbage collection).
                first = await anext(body)
                return StreamingResponse(
                    _prepend(first, body), media_type="text/event-stream", headers=_stream_headers(lease)
                )
            done = await engine.complete(lease, chat)
        except ApiError as exc:
            _record(metrics, lease, str(exc.status), started)
            exc.headers |= lease.headers()
            engine.release(lease)
            raise
        except BaseException:
            engine.release(lease)
            raise
        engine.release(lease)
        _record(metrics, lease, "200", started, done)
        return JSONResponse(_completion_body(lease, done), headers=lease.headers())

    @app.get("/v1/models")
    async def list_models(request: Request) -> JSONResponse:
        authenticate(keys, request.headers)
        return JSONResponse({"object": "list", "data": engine.models()})

    @app.get("/healthz")
    async def healthz() -> JSONResponse:
        return JSONResponse(await engine.health())

    @app.get("/metrics")
    async def prometheus() -> PlainTextResponse:
        return PlainTextResponse(metrics.render(engine.gauges()), media_type="text/plain; version=0.0.4")

    @app.post("/admin/reload")
    async def admin_reload(request: Request) -> JSONResponse:
        authenticate_admin(keys, request.headers)
        return JSONResponse(await _reload(engine, metrics))

    return app


async def _reload(engine: Engine, metrics: Metrics) -> dict:
    result = await engine.reload()
    outcome = "error" if result["errors"] else ("changed" if result["loaded"] else "unchanged")
    metrics.inc("culturalign_reloads_total", {"result": outcome})
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
    metrics.inc("culturalign_requests_total", labels | {"status": status})
    metrics.observe("culturalign_request_duration_seconds", labels, time.perf_counter() - started)
    if done is not None:
        token_labels = {"locale": labels["locale"], "adapter": labels["adapter"]}
        metrics.inc("culturalign_prompt_tokens_total", token_labels, done.prompt_tokens)
        metrics.inc("culturalign_completion_tokens_total", token_labels, done.completion_tokens)
        metrics.observe("culturalign_queue_wait_seconds", {"adapter": labels["adapter"]}, done.queue_s)


def _usage(done: Event) -> dict[str, int]:
    total = done.prompt_tokens + done.completion_tokens
    return {"prompt_tokens": done.prompt_tokens, "completion_tokens": done.completion_tokens, "total_tokens": total}


def _completion_body(lease: Lease, done: Event) -> dict:
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": lease.model_id,
        "system_fingerprint": lease.label,  # OpenAI's field for "which backend configuration answered"
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": done.text},
                "finish_reason": done.finish_reason,
                "logprobs": None,
            }
        ],
        "usage": _usage(done),
    }


def _stream_headers(lease: Lease) -> dict[str, str]:
    return lease.headers() | {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}  # proxies must not buffer


async def _sse(engine: Engine, lease: Lease, chat: Chat, events, metrics: Metrics, started: float):
    """Server-sent events in OpenAI's chunk format; the lease is released when the stream ends or is dropped."""
    chunk_id, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())

    def chunk(delta: dict, finish: str | None = None) -> str:
        choices = [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]
        body = {"id": chunk_id, "object": "chat.completion.chunk", "created": created, "model": lease.model_id}
        body |= {"system_fingerprint": lease.label, "choices": choices}
        return f"data: {json.dumps(body)}\n\n"

    status, done = "200", None
    try:
        async with contextlib.aclosing(events):
            yield chunk({"role": "assistant", "content": ""})
            async for event in events:
                if event.kind == "delta":
                    yield chunk({"content": event.text})
                else:
                    done = event
                    yield chunk({}, event.finish_reason)
        if chat.include_usage and done is not None:
            yield _usage_chunk(chunk_id, created, lease, done)
        yield "data: [DONE]\n\n"
    except ApiError as exc:  # headers are gone: report in-band, as OpenAI and vLLM do
        status = str(exc.status)
        yield f"data: {json.dumps(exc.body())}\n\n"
    finally:
        engine.release(lease)
        _record(metrics, lease, status, started, done)


async def _prepend(first: str, rest: AsyncIterator[str]) -> AsyncIterator[str]:
    async with contextlib.aclosing(rest):
        yield first
        async for item in rest:
            yield item


def _usage_chunk(chunk_id: str, created: int, lease: Lease, done: Event) -> str:
    """OpenAI's last chunk with stream_options.include_usage: no choices, only usage."""
    body = {"id": chunk_id, "object": "chat.completion.chunk", "created": created, "model": lease.model_id}
    body |= {"system_fingerprint": lease.label, "choices": [], "usage": _usage(done)}
    return f"data: {json.dumps(body)}\n\n"


# ------------------------------------------------------------------------------------------------------ command


def main(cfg: AppConfig) -> int:
    """``culturalign serve``: check who may connect, load the engine, serve until interrupted."""
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        keys = load_keys(cfg.serve)
    except (ValueError, LocaleError) as exc:
        print(f"culturalign serve: ${cfg.serve.api_keys_env}: {exc}", file=sys.stderr)
        return 2
    if not bind_allowed(cfg.serve.host, keys):
        print(
            f"culturalign serve: refusing to listen on {cfg.serve.host} without API keys; set "
            f"${cfg.serve.api_keys_env} (e.g. 'key1=en-US,en-JP;key2=*') or keep serve.host=127.0.0.1",
            file=sys.stderr,
        )
        return 2
    try:
        engine = build_engine(cfg)
    except Exception as exc:  # noqa: BLE001 - base/adapter/registry errors all mean "cannot serve"; say why
        print(f"culturalign serve: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    uvicorn.run(create_app(cfg, engine), host=cfg.serve.host, port=cfg.serve.port, log_level="info")
    return 0
