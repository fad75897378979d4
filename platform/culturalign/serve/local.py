"""The local engine of ``culturalign serve``: the base once, each served market's adapter, mixed micro-batches.

Each served locale's champion adapter (registry alias, else the newest version that verifies) is loaded under a
versioned PEFT name (``en-JP@3``); requests run in mixed-adapter micro-batches (``serve.batcher``). Every version
is checked with ``core.registry.verify`` before it loads: its files against its manifest, and the manifest's
checksums against the digest the registry recorded at registration, so a swapped file whose checksum was also
rewritten in the manifest is refused.

``reload`` (``POST /admin/reload`` or polling) loads a new champion beside the old one and swaps the routing map
atomically; requests keep the version they were routed to, and an old version is deleted once no request holds it.
One market's broken adapter (tampered, truncated manifest, unloadable) is reported and never stops the others: at
startup the market is not served, on reload it keeps the version it had.

A request's cost is bounded before it is spent: an over-long prompt is refused from its length in characters
(:func:`max_token_bytes`), a full queue before any templating, and the chat template and tokenizer run on a
worker thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import logging
import threading
import time
import warnings
from collections import Counter
from collections.abc import AsyncIterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from culturalign.core import registry, store, tracking
from culturalign.core.config import AppConfig
from culturalign.model.generation import decoding_kwargs
from culturalign.serve import router
from culturalign.serve.api import ApiError, Chat, busy
from culturalign.serve.batcher import BASE, Batcher, Event, Job, NotRunning, QueueFull, is_peft
from culturalign.serve.engines import (
    Lease,
    make_table,
    model_entry,
    model_id,
    raise_if_error,
    route,
    router_entries,
    served_tags,
)
from culturalign.serve.metrics import GaugeFamily, Metrics

log = logging.getLogger("culturalign.serve.local")


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


def max_token_bytes(tokenizer) -> int:
    """The most UTF-8 bytes of text one token can stand for, plus one.

    A prompt of N characters is at least N / this many tokens (a character is at least one byte), so a prompt
    longer than ``serve.max_prompt_tokens`` times this is refused without tokenizing it. The +1 covers the space a
    SentencePiece token drops when decoded alone. Exact for byte-level BPE and SentencePiece (every shipped base);
    a word-level vocabulary's unknown token can stand for any length, which only makes the refusal early.
    """
    pieces = tokenizer.batch_decode([[i] for i in range(len(tokenizer))])
    return max(len(p.encode("utf-8", "surrogatepass")) for p in pieces) + 1


class LocalEngine:
    """Base + every served locale's champion adapter in this process, run through the micro-batcher."""

    backend = "local"

    def __init__(self, cfg: AppConfig, base, model, tokenizer) -> None:
        self.cfg, self.base, self.tokenizer = cfg, base, tokenizer  # tokenizer: used by one thread at a time
        self.root = Path(cfg.paths.adapters)
        self.tags = served_tags(cfg)
        self.metrics: Metrics | None = None
        self.max_prompt_chars = cfg.serve.max_prompt_tokens * max_token_bytes(tokenizer)
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
        self._lock = threading.Lock()  # guards the fields below
        self._serving = Serving(make_table([], s), {})
        self._refs: Counter = Counter()  # adapter name -> requests holding it
        self._loaded: set[str] = set()  # adapter names in the model (changed only in the worker)
        self._incoming: set[str] = set()  # names a reload is loading: never delete these
        self._encoding = 0  # admitted requests being templated/tokenized: they count against serve.max_queue
        self.errors: dict[str, str] = {}  # tag -> why its adapter is not (or no longer newly) served
        self._reload_lock = asyncio.Lock()
        self._tokenize: ThreadPoolExecutor | None = None
        self._apps = 0  # apps started on this engine
        self.created = int(time.time())

    # ---- loading

    @classmethod
    def load(cls, cfg: AppConfig) -> LocalEngine:
        """Load the base once, then each served locale's adapter; a market that fails is reported, not fatal."""
        from culturalign.model.base import load_causal_lm, resolve

        tracking.configure(cfg.tracking)
        base = resolve(cfg.model)
        model, tokenizer = load_causal_lm(base, cfg.model)
        engine = cls(cfg, base, model, tokenizer)
        picked, errors = engine._pick_all({})
        found = {}
        for tag, info in picked.items():
            try:
                engine._attach(info)
                found[tag] = info
            except Exception as exc:  # noqa: BLE001 - one market's unloadable adapter must not stop the others
                errors[tag] = _failed(tag, f"{info.path}: could not load: {type(exc).__name__}: {exc}")
        for tag in set(engine.tags) - set(found) - set(errors):
            log.warning("no policy adapter for %s under %s: its requests go to a fallback", tag, engine.root)
        engine._swap(found)
        engine.errors = errors
        return engine

    def pick(self, tag: str, current: Loaded | None, problems: list[str]) -> Loaded | None:
        """The version ``tag`` should serve: the registry champion, else the newest version that verifies.

        Returns ``current`` when that is still the one (skips re-hashing), None when nothing is published. A newer
        version that fails verification is skipped and described in ``problems``. Raises AdapterError when the
        champion itself fails: serving another version instead would hide a tampered or corrupted champion.
        """
        available = store.versions(self.root, tag, "policy")
        champion = tracking.alias_version(registry.registry_name(tag, "policy"), "champion")
        if champion is not None and champion not in available:
            log.warning("%s: champion version %s is not in %s; using the newest", tag, champion, self.root)
            champion = None
        for version in [champion] if champion is not None else reversed(available):
            if current is not None and version == current.version:
                return current
            try:
                return self._verified(tag, version)
            except store.AdapterError as exc:
                if champion is not None:
                    raise
                problems.append(f"skipped version {version}: {exc}")
        return current

    def _verified(self, tag: str, version: int) -> Loaded:
        """Version ``version`` of ``tag``, after registry.verify; AdapterError naming the file otherwise."""
        path = store.kind_dir(self.root, tag, "policy") / str(version)
        _check_readable(path / store.MANIFEST)
        manifest = registry.verify(path, self.base.fingerprint)
        return Loaded(tag, version, path, _epoch(manifest.get("created")))

    def _pick_all(self, current: dict[str, Loaded]) -> tuple[dict[str, Loaded], dict[str, str]]:
        """Each tag's version to serve (a failing tag keeps ``current``'s) and, per tag, what went wrong."""
        picked, errors = {}, {}
        for tag in self.tags:
            problems: list[str] = []
            info = current.get(tag)
            try:
                info = self.pick(tag, info, problems)
            except store.AdapterError as exc:
                problems.append(str(exc))
            except Exception as exc:  # noqa: BLE001 - a registry hiccup too stays this market's problem
                problems.append(f"{type(exc).__name__}: {exc}")
            if info is not None:
                picked[tag] = info
            if problems:
                errors[tag] = _failed(tag, "; ".join(problems))
        return picked, errors

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
                    errors[info.tag] = _failed(info.tag, f"{info.path}: could not load: {type(exc).__name__}: {exc}")
            self._swap(current | {i.tag: i for i in loaded})
            self.errors = errors
        self._collect()
        return {
            "loaded": {i.tag: i.name for i in loaded},
            "errors": errors,
            "serving": {t: i.name for t, i in self._serving.adapters.items()},
        }

    def _swap(self, serving: dict[str, Loaded]) -> None:
        with self._lock:
            self._serving = Serving(make_table(list(serving), self.cfg.serve), serving)
            self._incoming = set()

    # ---- requests

    def lease(self, model: str | None, x_locale: str | None, accept_language: str | None) -> Lease:
        with self._lock:  # route and pin under one lock: a reload cannot delete the version between the two
            serving = self._serving
            chosen = route(serving.table, model, x_locale, accept_language)
            info = serving.adapters.get(chosen.locale) if chosen.locale else None
            name = info.name if info else BASE
            self._refs[name] += 1
        label = info.name if info else "base"
        return Lease(chosen, name, label, model_id(chosen), router.content_language(chosen, serving.table))

    def release(self, lease: Lease) -> None:
        if lease.released:
            return
        lease.released = True
        with self._lock:
            self._refs[lease.adapter] -= 1
            idle = self._refs[lease.adapter] == 0
        if idle:
            self._collect()

    def check_size(self, messages: list[dict[str, str]]) -> None:
        """413 for a prompt too long to fit serve.max_prompt_tokens whatever its tokens: no templating needed."""
        chars = sum(len(m["content"]) for m in messages)
        if chars > self.max_prompt_chars:
            limit = self.cfg.serve.max_prompt_tokens
            raise _too_long(f"{chars} characters; {limit} tokens hold at most {self.max_prompt_chars}")

    def encode(self, messages: list[dict[str, str]]) -> list[int]:
        """Prompt token ids, chat template included; 413 above serve.max_prompt_tokens (blocking: not on the loop)."""
        try:
            text = self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        except Exception as exc:  # noqa: BLE001 - jinja raises its own types for messages a template refuses
            raise ApiError(400, f"the chat template refused these messages: {exc}", "invalid_request") from None
        ids = self.tokenizer(text, add_special_tokens=False)["input_ids"]
        if len(ids) > self.cfg.serve.max_prompt_tokens:
            limit = self.cfg.serve.max_prompt_tokens
            raise _too_long(f"{len(ids)} tokens (chat template included); this server accepts at most {limit}")
        return ids

    @contextlib.contextmanager
    def _admitted(self):
        """A place in the queue, taken before templating: under overload a refused request costs nothing."""
        limit = self.cfg.serve.max_queue
        with self._lock:
            waiting = self.batcher.depth + self._encoding
            if waiting >= limit:
                raise busy(f"{waiting} requests are waiting (serve.max_queue={limit})")
            self._encoding += 1
        try:
            yield
        finally:
            with self._lock:
                self._encoding -= 1

    async def _submit(self, lease: Lease, chat: Chat) -> tuple[Job, asyncio.Queue]:
        self.check_size(chat.messages)
        loop, queue = asyncio.get_running_loop(), asyncio.Queue()

        def emit(event: Event) -> None:  # worker thread -> this request's queue on the event loop
            loop.call_soon_threadsafe(queue.put_nowait, event)

        with self._admitted():
            # One tokenizer thread: a fast tokenizer must not be used by two threads at once ("Already borrowed").
            ids = await loop.run_in_executor(self._tokenizer_thread(), self.encode, chat.messages)
            job = Job(ids, lease.adapter, chat.max_tokens, emit, chat.sampling, chat.stop, chat.stream)
            try:
                self.batcher.submit(job)
            except QueueFull as exc:
                raise busy(str(exc)) from None
            except NotRunning as exc:
                raise ApiError(503, f"{exc}; the server is shutting down", "unavailable") from None
        return job, queue

    async def complete(self, lease: Lease, chat: Chat) -> Event:
        job, queue = await self._submit(lease, chat)
        try:
            while True:
                event = await queue.get()
                if event.kind != "delta":
                    return raise_if_error(event)
        finally:
            job.cancelled = True  # no-op once done; stops the row if this coroutine was cancelled

    async def open_stream(self, lease: Lease, chat: Chat) -> AsyncIterator[Event]:
        job, queue = await self._submit(lease, chat)
        return self._events(job, queue)

    async def _events(self, job: Job, queue: asyncio.Queue) -> AsyncIterator[Event]:
        try:
            while True:
                event = raise_if_error(await queue.get())
                yield event
                if event.kind == "done":
                    return
        finally:
            job.cancelled = True  # the client went away: free the row's batch slot early

    # ---- lifecycle and introspection

    def _tokenizer_thread(self) -> ThreadPoolExecutor:
        if self._tokenize is None:
            self._tokenize = ThreadPoolExecutor(1, thread_name_prefix="culturalign-tokenize")
        return self._tokenize

    async def start(self) -> None:
        self._apps += 1
        self.batcher.start()

    async def close(self) -> None:
        """Stop the workers when the last app using this engine shuts down (tests run several apps on one)."""
        self._apps -= 1
        if self._apps == 0:
            await asyncio.to_thread(self.batcher.stop)
            pool, self._tokenize = self._tokenize, None
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)

    def _on_batch(self, size: int, seconds: float) -> None:
        if self.metrics is not None:
            self.metrics.batch(size)

    def models(self) -> list[dict]:
        serving = self._serving
        entries = router_entries(serving.table, self.created)
        entries.append(
            model_entry(
                router.BASE_MODEL, self.created, parent=None, root=self.base.source_id, base=self.base.name,
                fingerprint=self.base.fingerprint[:12],
            )
        )  # fmt: skip
        for tag, info in serving.adapters.items():
            entries.append(
                model_entry(
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
            "status": "degraded" if self.errors else "ok",
            "backend": self.backend,
            "base": self.base.name,
            "adapters": {t: i.name for t, i in self._serving.adapters.items()},
            "errors": dict(self.errors),
            "loaded": loaded,
            "in_flight": refs,
            "queue": self.batcher.depth,
        }

    def gauges(self) -> list[GaugeFamily]:
        with self._lock:
            serving = {i.name for i in self._serving.adapters.values()}
            loaded = [(n, n in serving) for n in sorted(self._loaded)]
            refs = self._refs.copy()  # a Counter: 0 for names no request has held yet
        return [
            GaugeFamily("culturalign_queue_depth", "Requests waiting for a micro-batch.", [({}, self.batcher.depth)]),
            GaugeFamily(
                "culturalign_adapter_loaded",
                "Adapter versions in memory.",
                [({"adapter": n, "serving": str(s).lower()}, 1.0) for n, s in loaded],
            ),  # fmt: skip
            GaugeFamily(
                "culturalign_in_flight", "Requests holding an adapter.", [({"adapter": n}, refs[n]) for n, _ in loaded]
            ),
        ]


def _too_long(what: str) -> ApiError:
    message = f"the prompt is {what} (serve.max_prompt_tokens): shorten the messages"
    return ApiError(413, message, "context_length_exceeded", "messages")


def _failed(tag: str, message: str) -> str:
    """Log one market's adapter problem (the message names the file) and return it for /healthz and reloads."""
    log.error("%s: adapter problem: %s", tag, message)
    return message


def _check_readable(manifest: Path) -> None:
    """AdapterError naming the file for a manifest that is not a JSON object (truncated by a full disk, a killed
    copy): store.verify would raise a bare JSONDecodeError that says neither which file nor which market."""
    try:
        readable = isinstance(json.loads(manifest.read_text(encoding="utf-8")), dict)
    except (OSError, ValueError) as exc:
        raise store.AdapterError(f"{manifest}: unreadable manifest: {exc}") from None
    if not readable:
        raise store.AdapterError(f"{manifest}: the manifest is not a JSON object")


def _epoch(created: str | None) -> int:
    try:
        return int(datetime.fromisoformat(created).timestamp()) if created else 0
    except ValueError:
        return 0
