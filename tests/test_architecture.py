"""The package layout's rules, read from the source (imports inside functions count too):

1. no module imports ``culturalign.cli`` (it only dispatches and prints);
2. the import graph has no cycle;
3. nothing under ``serve/`` imports ``train/`` or ``judge/`` (a server must not pull in training or evaluation);
4. no module is over 500 lines;
and ``platform/`` itself never gets an ``__init__.py`` (it would shadow the standard library's ``platform``).
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "platform" / "culturalign"
MAX_LINES = 500


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path) -> set[str]:
    """culturalign modules ``path`` imports anywhere in its body (``from pkg import mod`` resolves to pkg.mod)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("culturalign")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("culturalign"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in MODULES else node.module)
    return {m for m in found if m in MODULES}


GRAPH = {name: imports_of(path) - {name} for name, path in MODULES.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_rules_see_the_whole_package():
    assert {"culturalign.cli", "culturalign.core.config", "culturalign.serve.router"} <= set(MODULES)
    assert "culturalign.core.config" in GRAPH["culturalign.cli"]  # imports are really found


def test_no_module_imports_cli():
    offenders = sorted(name for name, deps in GRAPH.items() if "culturalign.cli" in deps)
    assert offenders == []


def test_import_graph_has_no_cycle():
    assert cycles(GRAPH) == []


def test_cycle_finder_finds_a_cycle():
    # a -> b -> c -> a is one component; d hangs off it and is not part of it
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_serving_does_not_import_training_or_judging():
    offenders = {
        name: sorted(d for d in deps if d.startswith(("culturalign.train", "culturalign.judge")))
        for name, deps in GRAPH.items()
        if name.startswith("culturalign.serve")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


# The parts from the bottom up: a module may import its own part and the parts before it.
LAYERS = ["core", "data", "model", "annotate", "judge", "train", "audit", "serve", "pipeline", "cli"]
# data validate/import count tokens with the base's tokenizer: the one import that points up, function-level.
UPWARD_ALLOWED = {("culturalign.data.commands", "culturalign.model.base")}


def part(module: str) -> str:
    return module.split(".")[1]


def test_parts_depend_downward():
    upward = sorted(
        (name, dep)
        for name, deps in GRAPH.items()
        for dep in deps
        if LAYERS.index(part(name)) < LAYERS.index(part(dep)) and (name, dep) not in UPWARD_ALLOWED
    )
    assert upward == []


def test_no_module_over_500_lines():
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}


def test_platform_is_not_a_package():
    assert not (ROOT / "platform" / "__init__.py").exists()
