"""An OpenAI-compatible chat endpoint (any vLLM, llama.cpp or `culturalign serve`), through the official client.

The autorater (``judge.autorater.EndpointJudge``) and the synthesis teacher (``train.synthesize.EndpointTeacher``)
both ask one through ``ChatEndpoint``: every way a request can fail (timeout, refused connection, HTTP error, a body
that is not a chat completion, a message without text) becomes one error of the caller's type naming the endpoint.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any


def short(value: Any, limit: int = 120) -> str:
    """``value`` as text, cut to ``limit`` characters (for error messages quoting a reply)."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def reply_text(response: Any, who: str, error: type[Exception] = RuntimeError, text_required: bool = True) -> str:
    """The text of a chat completion; anything else (no choices, no message, not text) raises ``error``, except a
    message whose content is null when ``text_required`` is off: that is an empty reply."""
    choices = getattr(response, "choices", None)
    if not isinstance(choices, list) or not choices:
        raise error(f"{who} answered something that is not a chat completion: {short(response)}")
    message = getattr(choices[0], "message", None)
    content = getattr(message, "content", None)
    if content is None and message is not None and not text_required:
        return ""
    if not isinstance(content, str):
        raise error(f"{who} answered a message without text: {short(choices[0])}")
    return content.strip()


class ChatEndpoint:
    """Chat completions from ``url``; failures raise ``error`` with a message that starts with ``who``.

    ``text_required=False`` takes a message with null content as an empty reply: for a judge that is one unreadable
    verdict, not an endpoint to give up on (a reasoning model can spend its few tokens before writing any text).
    """

    def __init__(
        self,
        url: str,
        model: str,
        who: str,
        error: type[Exception],
        api_key: str | None = None,
        timeout: float = 60.0,
        max_retries: int = 2,
        workers: int = 4,
        text_required: bool = True,
    ) -> None:
        from openai import OpenAI

        self.model, self.who, self.error, self.timeout, self.workers = model, who, error, timeout, workers
        self.text_required = text_required
        # The client insists on a key; keyless local servers ignore the header.
        self.client = OpenAI(base_url=url, api_key=api_key or "unused", timeout=timeout, max_retries=max_retries)

    def ask(self, messages: list[dict[str, str]], max_tokens: int, temperature: float) -> str:
        """One reply's text."""
        import openai

        try:
            response = self.client.chat.completions.create(
                model=self.model, messages=messages, max_tokens=max_tokens, temperature=temperature
            )
        except openai.APITimeoutError:
            raise self.error(f"{self.who} timed out after {self.timeout:g} s") from None
        except openai.APIConnectionError as exc:
            raise self.error(f"{self.who} is unreachable ({exc.__cause__ or exc})") from None
        except openai.APIStatusError as exc:
            raise self.error(f"{self.who} answered HTTP {exc.status_code}: {short(exc.message)}") from None
        except (openai.APIError, ValueError) as exc:  # a body that is not JSON, or not a completion
            raise self.error(f"{self.who} answered garbage ({short(exc)})") from None
        return reply_text(response, self.who, self.error, self.text_required)

    def ask_all(self, conversations: Sequence[list[dict[str, str]]], max_tokens: int, temperature: float) -> list[str]:
        """Replies in order; a few requests in flight at once since each is a network round trip."""
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            return list(pool.map(lambda m: self.ask(m, max_tokens, temperature), conversations))
