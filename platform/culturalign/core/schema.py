"""Load a YAML file into a dataclass, reporting every problem as ``file:line: field: what is wrong``.

Policies and locale files are written by people; a typo must point at its line, not raise a stack trace. The
dataclass is the schema: field types (``int``, ``float``, ``str``, ``bool``, ``list[...]``, ``dict[str, ...]``,
``Literal[...]``, nested dataclasses, ``X | None``) are checked, unknown keys are refused, and a ``validate()``
method on a dataclass adds cross-field rules.
"""

from __future__ import annotations

import types
from dataclasses import MISSING, dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import yaml


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class SchemaError(ValueError):
    """A file failed validation; ``problems`` lists each problem."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def _line_index(node: yaml.Node, prefix: str = "", out: dict[str, int] | None = None) -> dict[str, int]:
    """Field path ("a.b[2]") -> 1-based line where its value starts, from the YAML node tree."""
    out = {} if out is None else out
    out.setdefault(prefix, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            path = f"{prefix}.{key.value}" if prefix else str(key.value)
            out[path] = key.start_mark.line + 1
            _line_index(value, path, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_index(item, f"{prefix}[{i}]", out)
    return out


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", str(tp))


def _check(tp: Any, value: Any, path: str, problems: list[tuple[str, str]]) -> Any:
    """Check ``value`` against ``tp``; return the converted value (dataclasses built), record problems."""
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        options = get_args(tp)
        if value is None and type(None) in options:
            return None
        tp = next(t for t in options if t is not type(None))
        origin = get_origin(tp)
    if value is None:
        problems.append((path, f"is empty, expected {_type_name(tp)}"))
        return None
    if is_dataclass(tp):
        return _build(tp, value, path, problems)
    if origin is Literal:
        if value not in get_args(tp):
            problems.append((path, f"must be one of {', '.join(map(str, get_args(tp)))} (got {value!r})"))
        return value
    if origin is list:
        if not isinstance(value, list):
            problems.append((path, f"must be a list (got {type(value).__name__})"))
            return []
        (item_tp,) = get_args(tp)
        return [_check(item_tp, v, f"{path}[{i}]", problems) for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            problems.append((path, f"must be a mapping (got {type(value).__name__})"))
            return {}
        _, value_tp = get_args(tp)
        return {k: _check(value_tp, v, f"{path}.{k}", problems) for k, v in value.items()}
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp in (int, float, str, bool) and (not isinstance(value, tp) or (tp is int and isinstance(value, bool))):
        problems.append((path, f"must be {tp.__name__} (got {type(value).__name__} {value!r})"))
    return value


def _build(cls: type, data: Any, prefix: str, problems: list[tuple[str, str]]) -> Any:
    if not isinstance(data, dict):
        problems.append((prefix or "<root>", f"must be a mapping (got {type(data).__name__})"))
        return None
    before = len(problems)
    hints = get_type_hints(cls)
    known = {f.name for f in fields(cls)}
    for key in data:
        if key not in known:
            problems.append(
                (f"{prefix}.{key}" if prefix else str(key), f"unknown field (known: {', '.join(sorted(known))})")
            )
    kwargs = {}
    for f in fields(cls):
        path = f"{prefix}.{f.name}" if prefix else f.name
        if f.name not in data:
            if f.default is MISSING and f.default_factory is MISSING:
                problems.append((path, "is required"))
            continue
        kwargs[f.name] = _check(hints[f.name], data[f.name], path, problems)
    if len(problems) > before:  # cross-field rules only run on fields that are each well-formed
        return None
    obj = cls(**kwargs)
    for field_name, message in getattr(obj, "validate", lambda: [])():
        problems.append((f"{prefix}.{field_name}" if prefix else field_name, message))
    return obj


def load_yaml(cls: type, path: Path, display: str | None = None) -> Any:
    """Parse ``path`` into ``cls`` or raise SchemaError naming file, line and field of every problem."""
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SchemaError([Problem(name, 1, "<file>", f"not UTF-8 ({exc.reason})")]) from None
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line = exc.problem_mark.line + 1 if getattr(exc, "problem_mark", None) else 1
        raise SchemaError([Problem(name, line, "<file>", f"invalid YAML: {getattr(exc, 'problem', exc)}")]) from None
    lines = _line_index(node) if node is not None else {}
    problems: list[tuple[str, str]] = []
    obj = _build(cls, data if data is not None else {}, "", problems)
    if problems:
        raise SchemaError([Problem(name, _nearest_line(lines, field), field, msg) for field, msg in problems])
    return obj


def _nearest_line(lines: dict[str, int], field: str) -> int:
    """Line of the field, or of its closest existing parent (a missing field points at its parent)."""
    while field and field not in lines:
        field = field.rsplit(".", 1)[0] if "." in field else ""
    return lines.get(field, 1)
