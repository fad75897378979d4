"""Micro-batching for ``culturalign serve``: concurrent requests share one ``generate`` call across adapters.

One worker thread owns the model (torch generation is not safe to run from several threads on one model, and PEFT
keeps per-call state in forward hooks). Requests wait in a bounded queue; the worker takes the oldest request and
every waiting request with the *same sampling parameters*, up to ``max_batch_size``, waiting at most ``max_wait_ms``
(counted from the oldest request's arrival) for the batch to fill. Rows of one batch may use different LoRA adapters:
PEFT's ``adapter_names=[...]`` applies each row's adapter inside one forward pass (``"__base__"`` = no adapter).

Why group by sampling parameters instead of per-row sampling: ``generate`` takes one temperature/top_p per call, and
real traffic is mostly greedy or one client's fixed settings, so grouping costs little batching.

Each row is followed step by step by a stopping criterion (:class:`Rows`): it ends the row at EOS, at the request's own
``max_tokens`` or at a stop string, streams the new text of streaming rows, and answers a row as soon as it ends (not
when the whole batch does). So streaming is real token streaming at any batch size, not a replay after the fact.

Model changes (loading or deleting an adapter on hot reload) are submitted with :meth:`Batcher.call` and run in the
worker between batches, before waiting batches: no batch ever sees a half-loaded adapter.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from culturalign.model.generation import left_pad

log = logging.getLogger("culturalign.serve.batcher")

BASE = "__base__"  # PEFT's name for "no adapter" in a mixed batch


class QueueFull(RuntimeError):
    """The request queue is at ``serve.max_queue``: the caller should answer 429."""


class NotRunning(RuntimeError):
    """The worker is stopped (shutting down): nothing would ever answer the request."""


@dataclass(frozen=True)
class Sampling:
    """How a row picks tokens; requests are batched only with requests of equal sampling."""

    temperature: float = 0.0  # 0 = greedy
    top_p: float = 1.0
    ignore_eos: bool = False  # benchmarks: always generate max_tokens tokens, so every mode does equal work

    def key(self) -> tuple:
        """Batching key: every greedy request is alike, whatever its top_p."""
        if self.temperature <= 0:
            return ("greedy", self.ignore_eos)
        return ("sample", self.temperature, self.top_p, self.ignore_eos)

    def generate_kwargs(self, max_new_tokens: int) -> dict[str, Any]:
        # top_k=0: OpenAI's API has no top-k, and transformers would otherwise apply its default of 50.
        kwargs: dict[str, Any] = {"do_sample": False, "temperature": None, "top_p": None, "top_k": None}
        if self.temperature > 0:
            kwargs = {"do_sample": True, "temperature": self.temperature, "top_p": self.top_p, "top_k": 0}
        if self.ignore_eos:
            kwargs["min_new_tokens"] = max_new_tokens
        return kwargs


@dataclass
class Event:
    """What the worker reports about a request: a text ``delta`` (streaming), ``done`` or ``error``."""

    kind: str
    text: str = ""
    finish_reason: str | None = None
    completion_tokens: int = 0
    prompt_tokens: int = 0
    queue_s: float = 0.0
    batch_size: int = 0
    error: BaseException | None = None


@dataclass(eq=False)
class Job:
    """One request as the worker sees it. ``emit`` must be thread-safe: it is called from the worker thread."""

    prompt_ids: list[int]
    adapter: str  # PEFT adapter name (e.g. "en-JP@3") or BASE
    max_new_tokens: int
    emit: Callable[[Event], None]
    sampling: Sampling = field(default_factory=Sampling)
    stop: tuple[str, ...] = ()
    stream: bool = False
    cancelled: bool = False  # set by the server when a streaming client goes away; the row then ends early
    enqueued: float = field(default_factory=time.perf_counter)


# ------------------------------------------------------------------------------------------------ per-row tracking


@dataclass
class _Row:
    job: Job
    tokens: list[int] = field(default_factory=list)
    emitted: str = ""
    done: bool = False


class Rows:
    """Stopping criterion that follows every row of one ``generate`` call, one call per generated token.

    transformers ends a row when the criterion returns True for it (it pads the row from then on) and stops the
    call when every row has ended. Rows are answered the moment they end.
    """

    def __init__(self, jobs: list[Job], tokenizer, eos_ids: set[int], started: float) -> None:
        self.rows = [_Row(j) for j in jobs]
        self.tokenizer, self.eos_ids = tokenizer, eos_ids
        self.started, self.batch_size = started, len(jobs)

    def __call__(self, input_ids, scores, **kwargs):
        import torch

        last = input_ids[:, -1].tolist()
        for row, token in zip(self.rows, last, strict=True):
            if not row.done:
                self._step(row, token)
        return torch.tensor([r.done for r in self.rows], dtype=torch.bool, device=input_ids.device)

    def _step(self, row: _Row, token: int) -> None:
        job = row.job
        if token in self.eos_ids and not job.sampling.ignore_eos:
            return self._finish(row, "stop")
        row.tokens.append(token)
        if job.cancelled:
            return self._finish(row, "cancelled")
        if job.stop or job.stream:
            text = self._text(row)
            cut = _first_stop(text, job.stop)
            if cut is not None:
                return self._finish(row, "stop", text[:cut])
            if job.stream:
                self._stream(row, text, final=False)
        if len(row.tokens) >= job.max_new_tokens:
            self._finish(row, "length")

    def _text(self, row: _Row) -> str:
        return self.tokenizer.decode(row.tokens, skip_special_tokens=True)

    def _stream(self, row: _Row, text: str, final: bool) -> None:
        """Send the new text, holding back what a stop string could still claim and half-decoded characters.

        Decoding a longer prefix can rewrite the tail of a shorter one (byte-level BPE mid-character), so text is
        sent only while it extends what was sent; the final call sends whatever remains.
        """
        hold = max(map(len, row.job.stop), default=1) - 1  # a stop string's start may already be in the text
        end = len(text) if final else len(text) - hold
        while not final and end > 0 and text[end - 1] == "\ufffd":  # an incomplete multi-byte character
            end -= 1
        if end > len(row.emitted) and (final or text.startswith(row.emitted)):
            _safe_emit(row.job, Event("delta", text[len(row.emitted) : end]))
            row.emitted = text[:end]

    def _finish(self, row: _Row, reason: str, text: str | None = None) -> None:
        row.done = True
        if reason == "cancelled":
            return
        text = self._text(row) if text is None else text
        cut = _first_stop(text, row.job.stop)
        text = text if cut is None else text[:cut]
        if row.job.stream:
            self._stream(row, text, final=True)
        queue_s = self.started - row.job.enqueued
        done = Event("done", text, reason, len(row.tokens), len(row.job.prompt_ids), queue_s, self.batch_size)
        _safe_emit(row.job, done)

    def finish_all(self) -> None:
        """Rows ``generate`` ended without us (it stopped at max_new_tokens of the longest row)."""
        for row in self.rows:
            if not row.done:
                self._finish(row, "length")

    def fail(self, exc: BaseException) -> None:
        for row in self.rows:
            if not row.done:
                row.done = True
                _safe_emit(row.job, Event("error", error=exc))


def _first_stop(text: str, stops: tuple[str, ...]) -> int | None:
    """Index of the earliest stop string in ``text`` (OpenAI truncates before it), or None."""
    found = [i for i in (text.find(s) for s in stops if s) if i >= 0]
    return min(found) if found else None


def _safe_emit(job: Job, event: Event) -> None:
    # An exception here would abort generate() for the whole batch (and leave PEFT's hooks attached).
    try:
        job.emit(event)
    except Exception:  # noqa: BLE001 - a vanished client must not break the other rows
        log.exception("could not deliver an event")


# ------------------------------------------------------------------------------------------------ PEFT helpers


def is_peft(model) -> bool:
    return hasattr(model, "peft_config")


def loaded_adapters(model) -> set[str]:
    return set(model.peft_config) if is_peft(model) else set()


def clear_stale_adapter_hooks(model) -> int:
    """Remove PEFT's per-call ``adapter_names`` hooks left behind when ``generate`` raised (peft 0.21.2 has no
    try/finally there, and a poisoned model fails every later call). Returns how many were removed."""
    removed = 0
    for module in model.modules():
        for hook_id, hook in list(module._forward_pre_hooks.items()):
            if isinstance(hook, partial) and "adapter_names" in (hook.keywords or {}):
                del module._forward_pre_hooks[hook_id]
                module._forward_pre_hooks_with_kwargs.pop(hook_id, None)
                removed += 1
    return removed


def adapter_context(model, names: list[str], mode: str) -> tuple[contextlib.AbstractContextManager, dict]:
    """(context, generate kwargs) that apply ``names[i]`` to row i.

    A batch on one adapter (or none) takes PEFT's ordinary single-adapter path, which skips the per-layer
    gather/scatter of the mixed path; ``mode="switch"`` (the naive baseline) always switches with set_adapter.
    """
    if not is_peft(model):
        return contextlib.nullcontext(), {}
    unique = set(names)
    if unique == {BASE}:
        return model.disable_adapter(), {}
    if len(unique) == 1 or mode == "switch":
        if len(unique) != 1:
            raise ValueError("switch mode runs one adapter per generate call")
        if model.active_adapter != names[0]:
            model.set_adapter(names[0], inference_mode=True)  # inference_mode: keep the weights frozen
        return contextlib.nullcontext(), {}
    return contextlib.nullcontext(), {"adapter_names": names}


# ------------------------------------------------------------------------------------------------------ batcher


class Batcher:
    """A bounded request queue and the one worker thread that runs every model call."""

    def __init__(
        self,
        model,
        tokenizer,
        max_batch_size: int = 8,
        max_wait_ms: float = 10,
        max_queue: int = 64,
        mode: str = "mixed",
        on_batch: Callable[[int, float], None] | None = None,
        decoding: dict[str, Any] | None = None,
    ) -> None:
        if mode not in ("mixed", "switch"):
            raise ValueError(f"mode must be mixed or switch, got {mode!r}")
        self.model, self.tokenizer, self.mode = model, tokenizer, mode
        self.max_batch_size = 1 if mode == "switch" else max(1, max_batch_size)
        self.max_wait_s, self.max_queue = max_wait_ms / 1000, max_queue
        self.on_batch = on_batch
        self.decoding = decoding or {}  # generation.decoding_kwargs(cfg.decoding): decoded as evaluated
        self.pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        self.eos_ids = _eos_ids(model, tokenizer)
        self._pending: deque[Job] = deque()
        self._controls: deque[tuple[Callable[[], Any], Future]] = deque()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopping = False

    # ---- public API (any thread)

    def start(self) -> None:
        if self._thread is None:
            self._stopping = False
            self._thread = threading.Thread(target=self._run, name="culturalign-batcher", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 30) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def depth(self) -> int:
        return len(self._pending)

    def submit(self, job: Job) -> None:
        """Queue a request; raises QueueFull when ``max_queue`` requests are already waiting."""
        with self._cond:
            if self._thread is None or self._stopping:
                raise NotRunning("the generation worker is not running")
            if len(self._pending) >= self.max_queue:
                raise QueueFull(f"{len(self._pending)} requests are waiting (serve.max_queue={self.max_queue})")
            self._pending.append(job)
            self._cond.notify_all()

    def call(self, fn: Callable[[], Any]) -> Future:
        """Run ``fn()`` in the worker between batches (model changes); the future holds its result."""
        future: Future = Future()
        with self._cond:
            if self._thread is None or self._stopping:
                future.set_exception(NotRunning("the generation worker is not running"))
                return future
            self._controls.append((fn, future))
            self._cond.notify_all()
        return future

    # ---- worker thread

    def _run(self) -> None:
        while True:
            control, batch = self._next()
            if control is None and batch is None:
                return
            if control is not None:
                fn, future = control
                try:
                    future.set_result(fn())
                except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future
                    future.set_exception(exc)
            elif batch:
                self._generate(batch)

    def _next(self) -> tuple[tuple | None, list[Job] | None]:
        """The next control task, or the next batch once it is full or its oldest request has waited max_wait."""
        with self._cond:
            while True:
                if self._stopping:
                    self._fail_pending(RuntimeError("server is shutting down"))
                    return None, None
                if self._controls:
                    return self._controls.popleft(), None
                self._drop_cancelled()
                if self._pending:
                    key = self._pending[0].sampling.key()
                    same = sum(1 for j in self._pending if j.sampling.key() == key)
                    wait = self._pending[0].enqueued + self.max_wait_s - time.perf_counter()
                    if same >= self.max_batch_size or wait <= 0:
                        return None, self._take(key)
                    self._cond.wait(wait)
                else:
                    self._cond.wait()

    def _take(self, key: tuple) -> list[Job]:
        """Oldest-first jobs with sampling ``key``; the others keep their place in the queue."""
        batch, rest = [], deque()
        while self._pending:
            job = self._pending.popleft()
            (batch if job.sampling.key() == key and len(batch) < self.max_batch_size else rest).append(job)
        self._pending = rest
        return batch

    def _drop_cancelled(self) -> None:
        if any(j.cancelled for j in self._pending):
            self._pending = deque(j for j in self._pending if not j.cancelled)

    def _fail_pending(self, exc: BaseException) -> None:
        while self._pending:
            _safe_emit(self._pending.popleft(), Event("error", error=exc))
        while self._controls:
            self._controls.popleft()[1].set_exception(exc)

    def _generate(self, jobs: list[Job]) -> None:
        """One ``generate`` call for ``jobs``; every job gets its events whatever happens."""
        jobs = self._valid(jobs)
        if not jobs:
            return
        started = time.perf_counter()
        rows = Rows(jobs, self.tokenizer, self.eos_ids, started)
        try:
            self._call_generate(jobs, rows)
        except Exception as exc:  # noqa: BLE001 - reported to every waiting request, then the worker carries on
            removed = clear_stale_adapter_hooks(self.model)
            log.exception("generate failed for a batch of %d (removed %d stale adapter hooks)", len(jobs), removed)
            rows.fail(exc)
            return
        rows.finish_all()
        if self.on_batch is not None:
            self.on_batch(len(jobs), time.perf_counter() - started)

    def _call_generate(self, jobs: list[Job], rows: Rows) -> None:
        import torch
        from transformers import StoppingCriteriaList

        input_ids, mask = left_pad([j.prompt_ids for j in jobs], self.pad_id)
        max_new = max(j.max_new_tokens for j in jobs)  # shorter rows are ended by `rows` at their own max_tokens
        context, extra = adapter_context(self.model, [j.adapter for j in jobs], self.mode)
        with context, torch.inference_mode():
            self.model.generate(
                input_ids=input_ids,
                attention_mask=mask,
                max_new_tokens=max_new,
                pad_token_id=self.pad_id,
                stopping_criteria=StoppingCriteriaList([rows]),
                **self.decoding,
                **jobs[0].sampling.generate_kwargs(max_new),
                **extra,
            )

    def _valid(self, jobs: list[Job]) -> list[Job]:
        """Fail rows whose adapter is not loaded *before* generate (PEFT would raise inside it and leak hooks)."""
        known = loaded_adapters(self.model) | {BASE}
        for job in jobs:
            if job.adapter not in known:
                _safe_emit(job, Event("error", error=KeyError(f"adapter {job.adapter!r} is not loaded")))
        return [j for j in jobs if j.adapter in known]


def _eos_ids(model, tokenizer) -> set[int]:
    """Every id that ends an answer: the tokenizer's EOS and the generation config's (an int or a list)."""
    ids = {tokenizer.eos_token_id} if tokenizer.eos_token_id is not None else set()
    configured = getattr(getattr(model, "generation_config", None), "eos_token_id", None)
    ids |= set(configured) if isinstance(configured, list) else ({configured} if configured is not None else set())
    return ids
