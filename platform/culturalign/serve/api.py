"""The OpenAI wire format of ``culturalign serve``: request schema and parsing, error bodies, response bodies.

Everything here is pure (bytes in, dicts out) except the two ASGI helpers at the end (``read_body``,
``HeaderLimit``) and ``install_error_handlers``. A body is refused with a 400 naming the problem, never a 500:
malformed JSON, numbers too long to be a count, nesting no request needs, text that is not Unicode.

Decisions the OpenAI schema leaves open: an omitted ``temperature`` means greedy (culturalign answers are greedy
everywhere else, and evaluation gated the adapters greedily), not OpenAI's 1.0; ``n`` must be 1; ``max_tokens``
defaults to ``serve.max_new_tokens``.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.exceptions import HTTPException

from culturalign.core.config import ServeConfig
from culturalign.serve.batcher import Event, Sampling

log = logging.getLogger("culturalign.serve.api")

MAX_BODY_BYTES = 1 << 20  # a prompt of serve.max_prompt_tokens is a few KB; 1 MiB leaves room for long histories
MAX_HEADER_BYTES = 8192  # whole request head; uvicorn's own hard limit (h11) is 16 KiB
MAX_DEPTH = 64  # an OpenAI body is ~5 levels deep (tool JSON schemas ~20); deeper is an attack, not a request
MAX_INT_DIGITS = 32  # every count in the schema fits in 19 digits; Python refuses int() past 4300 with a ValueError


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


def busy(detail: str = "") -> ApiError:
    """429 for a full queue: the client should back off and retry (OpenAI's clients honour Retry-After)."""
    message = f"server busy: {detail}; retry shortly" if detail else "server busy; retry shortly"
    return ApiError(429, message, "rate_limit_exceeded", headers={"Retry-After": "1"})


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
    data = parse_json(raw)
    if not isinstance(data, dict):
        raise ApiError(400, "request body must be a JSON object", "invalid_json")
    check_tree(data)
    try:
        body = ChatBody.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        param = ".".join(str(p) for p in first["loc"])
        raise ApiError(400, f"{param}: {first['msg']}", "invalid_request", param) from None
    return _chat(body, data, serve)


class _LongNumber(ValueError):
    pass


def _bounded_int(text: str) -> int:
    # Called by json for every integer literal: refuse absurd ones before int() spends time (or raises) on them.
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _LongNumber(f"a number in the body has {len(text.lstrip('-'))} digits (at most {MAX_INT_DIGITS})")
    return int(text)


def parse_json(raw: bytes) -> Any:
    """json.loads with every failure a 400: syntax, bad UTF-8, over-long integers, nesting past the C parser."""
    try:
        return json.loads(raw, parse_int=_bounded_int)
    except _LongNumber as exc:
        raise ApiError(400, f"request body: {exc}", "invalid_json") from None
    except RecursionError:  # the C scanner gives up near sys.getrecursionlimit() levels
        raise ApiError(400, f"request body is nested deeper than {MAX_DEPTH} levels", "invalid_json") from None
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise ApiError(400, f"request body is not valid JSON: {exc}", "invalid_json") from None


def check_tree(data: Any) -> None:
    """400 for nesting past MAX_DEPTH or a string that is not Unicode text (a lone surrogate such as \\ud800).

    JSON's ``\\ud800`` escape decodes to a str that cannot be encoded, so it would fail deep inside the tokenizer
    or the upstream client. Iterative, so depth itself cannot exhaust the stack; keys are checked too, since the
    upstream engine forwards unknown fields.
    """
    stack: list[tuple[Any, tuple, int]] = [(data, (), 1)]
    while stack:
        node, path, depth = stack.pop()
        if isinstance(node, str):
            _check_text(node, path)
        elif isinstance(node, (dict, list)):
            if depth > MAX_DEPTH:
                raise ApiError(400, f"request body is nested deeper than {MAX_DEPTH} levels", "invalid_json")
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, value in items:
                if isinstance(key, str):
                    _check_text(key, path)
                stack.append((value, (*path, key), depth + 1))


def _check_text(text: str, path: tuple) -> None:
    if text.isascii():  # the common case, and O(1) for ASCII-only strings in CPython
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        param = ".".join(map(str, path)) or None
        where = f"{param}: " if param else ""
        raise ApiError(
            400,
            f"{where}contains {text[exc.start]!r} at {exc.start}: a lone UTF-16 surrogate is not Unicode text",
            "invalid_request",
            param,
        ) from None


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


# ------------------------------------------------------------------------------------------------ response bodies


def usage(done: Event) -> dict[str, int]:
    total = done.prompt_tokens + done.completion_tokens
    return {"prompt_tokens": done.prompt_tokens, "completion_tokens": done.completion_tokens, "total_tokens": total}


def completion_body(model_id: str, fingerprint: str, done: Event) -> dict:
    """A ``chat.completion``; ``system_fingerprint`` is OpenAI's field for "which backend configuration answered"."""
    choice = {
        "index": 0,
        "message": {"role": "assistant", "content": done.text},
        "finish_reason": done.finish_reason,
        "logprobs": None,
    }
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model_id,
        "system_fingerprint": fingerprint,
        "choices": [choice],
        "usage": usage(done),
    }


class Chunks:
    """Server-sent ``chat.completion.chunk`` events of one streamed answer (one id and timestamp for all)."""

    def __init__(self, model_id: str, fingerprint: str) -> None:
        self.head = {"id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion.chunk"}
        self.head |= {"created": int(time.time()), "model": model_id, "system_fingerprint": fingerprint}

    def delta(self, delta: dict, finish: str | None = None) -> str:
        return sse(self.head | {"choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]})

    def usage(self, done: Event) -> str:
        """OpenAI's last chunk with stream_options.include_usage: no choices, only usage."""
        return sse(self.head | {"choices": [], "usage": usage(done)})


def sse(body: dict) -> str:
    return f"data: {json.dumps(body)}\n\n"


# ------------------------------------------------------------------------------------------------ HTTP plumbing


async def read_body(request: Request) -> bytes:
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


def install_error_handlers(app: FastAPI, on_error: Callable[[ApiError], None]) -> None:
    """Every error leaves as OpenAI's error body; ``on_error`` sees each one (metrics)."""

    def respond(error: ApiError) -> JSONResponse:
        on_error(error)
        return JSONResponse(error.body(), status_code=error.status, headers=error.headers)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return respond(exc)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
        code = "not_found" if exc.status_code == 404 else "invalid_request"
        return respond(ApiError(exc.status_code, str(exc.detail), code))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return respond(ApiError(400, str(exc.errors()[:1]), "invalid_request"))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return respond(ApiError(500, f"internal error: {type(exc).__name__}", "server_error"))
