"""What a command hands back to ``culturalign.cli``: results to print, or an error to report.

Commands never print their result themselves: they return a ``Result`` (the data a test or a script reads, plus
lines a person reads) or raise ``CommandError``; ``cli`` prints both. Progress messages during long jobs still go
to stderr as they happen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class CommandError(Exception):
    """A command cannot do what it was asked; ``cli`` prints the message and exits with ``code``."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


@dataclass
class Result:
    """data: printed as one JSON line (None: nothing); lines: printed before it; code: the exit status."""

    data: dict[str, Any] | None = None
    lines: list[str] = field(default_factory=list)
    code: int = 0
