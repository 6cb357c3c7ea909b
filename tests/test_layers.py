"""Data flows one way: a module imports only modules of its own layer or below, and no import cycle exists.

Every import in src/rashomon counts, at module level or inside a function or an
``if TYPE_CHECKING`` block, since a function-level import is how a cycle hides.
The layers, bottom first (a module belongs to the longest prefix listed):

0. foundation: the version, errors, the model and settings, ``atomic`` (files
   written whole or not at all, directory locks) and ``budget`` (each article's
   time budget) and ``memory`` (garbage collection paused around bursts of
   allocation), imported by everything.
1. word lists and name keys: ``data`` (lists of words and names, with the lookups
   over them) and ``names`` (transliteration, spelling keys and acronyms of names,
   which both extraction and linking use, and which the place tables index by).
2. text rules more than one stage reads: ``dates`` (dates and clock times in text),
   ``datelines`` (the ``KYIV, Jan 24 (Reuters) -`` opening), ``casualties`` (how a
   toll is worded) and ``bounds`` (what values a stated number allows). They are
   below ``ingest`` because ingestion reads datelines and dates too.
3. ingest: files, pages, feeds and records to articles (``ingest.fetch`` included).
4. extract: per-article analysis.
5. link: across articles.
6. ledger (assembling, numbering, validating and writing the ledger) and
   ``pipeline`` (the extraction stages run over many articles): the two halves a
   whole analysis joins.
7. report: markdown, HTML and CSV from a ledger.
8. whole analyses: ``api`` (one call), ``store`` (cases kept in a database, analysed
   as articles arrive), ``scale`` (the same on a cluster) and ``watch`` (feeds polled into a case).
9. front ends: the command line, the server and the package's own ``__init__``.

A new module that fits none of these fails ``test_every_module_has_a_layer``: add it
to ``LAYERS`` where it belongs.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
ROOT = "rashomon"  # the package itself: its __init__ only, not a prefix of every module

LAYERS: tuple[tuple[str, ...], ...] = (
    (
        "rashomon._version",
        "rashomon.errors",
        "rashomon.model",
        "rashomon.settings",
        "rashomon.atomic",
        "rashomon.budget",
        "rashomon.memory",
        "rashomon.folded",
    ),
    ("rashomon.data", "rashomon.names"),
    ("rashomon.dates", "rashomon.datelines", "rashomon.casualties", "rashomon.bounds"),
    ("rashomon.ingest", "rashomon.ingest.fetch"),
    ("rashomon.extract",),
    ("rashomon.link",),
    ("rashomon.ledger", "rashomon.pipeline"),
    ("rashomon.report",),
    ("rashomon.api", "rashomon.store", "rashomon.scale", "rashomon.watch"),
    ("rashomon.cli", "rashomon.server", "rashomon.__main__", ROOT),
)


def layer_of(module: str) -> int | None:
    """The layer of a dotted module name: that of the longest prefix in ``LAYERS``, or None."""
    best, best_len = None, -1
    for n, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            inside = module == prefix or (prefix != ROOT and module.startswith(prefix + "."))
            if inside and len(prefix) > best_len:
                best, best_len = n, len(prefix)
    return best


def modules(src: Path, package: str = "rashomon") -> dict[str, Path]:
    """Dotted name -> file of every module of ``package`` under ``src`` (a package is its ``__init__``)."""
    found = {}
    for path in sorted((src / package).rglob("*.py")):
        parts = path.relative_to(src).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def imports(module: str, path: Path, known: dict[str, Path]) -> Iterator[tuple[str, int]]:
    """(imported module of the package, line) for every import in a module's file, wherever it stands.

    ``from a.b import c`` imports ``a.b.c`` when that is a module, else ``a.b``; the
    implicit import of a module's parent packages is not counted.
    """
    is_package = path.name == "__init__.py"
    root = module.split(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == root:
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != root:
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                yield (sub if sub in known else target), node.lineno


def import_graph(src: Path, package: str = "rashomon") -> dict[str, dict[str, int]]:
    """Module -> {imported module: first line importing it}, within the package."""
    known = modules(src, package)
    graph: dict[str, dict[str, int]] = {}
    for module, path in known.items():
        edges = graph.setdefault(module, {})
        for target, line in imports(module, path, known):
            if target != module:
                edges.setdefault(target, line)
    return graph


def upward_imports(graph: dict[str, dict[str, int]]) -> list[str]:
    """Every import of a module from a higher layer than the importer's, as ``a (layer) -> b (layer) line n``."""
    found = []
    for module, edges in graph.items():
        low = layer_of(module)
        for target, line in edges.items():
            high = layer_of(target)
            if low is not None and high is not None and high > low:
                found.append(f"{module} (layer {low}) imports {target} (layer {high}) on line {line}")
    return found


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_every_module_has_a_layer() -> None:
    unplaced = [m for m in modules(SRC) if layer_of(m) is None]
    assert not unplaced, f"modules missing from LAYERS in tests/test_layers.py: {unplaced}"


def test_no_module_imports_a_higher_layer() -> None:
    assert upward_imports(import_graph(SRC)) == []


def test_no_import_cycle() -> None:
    assert cycles(import_graph(SRC)) == []


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    """A small package shaped like ours, with one upward import and one cycle hidden in a function."""
    pkg = tmp_path / "rashomon"
    for name, text in {
        "__init__.py": "",
        "model.py": "",
        "data/__init__.py": "",
        "data/places.py": "def f():\n    from ..link import translit\n",
        "link/__init__.py": "from .views import v\n",
        "link/translit.py": "from rashomon.model import x\n",
        "link/views.py": "from . import similarity\n",
        "link/similarity.py": "def g():\n    from .views import v\n",
        "stray.py": "",
    }.items():
        (pkg / name).parent.mkdir(parents=True, exist_ok=True)
        (pkg / name).write_text(text)
    return tmp_path


def test_the_checks_find_a_planted_upward_import_and_cycle(planted: Path) -> None:
    graph = import_graph(planted)
    assert upward_imports(graph) == [
        "rashomon.data.places (layer 1) imports rashomon.link.translit (layer 5) on line 2"
    ]
    assert cycles(graph) == [["rashomon.link.similarity", "rashomon.link.views"]]
    assert graph["rashomon.link"] == {"rashomon.link.views": 1}  # ``from .views import v``: the module, not ``v``
    assert [m for m in modules(planted) if layer_of(m) is None] == ["rashomon.stray"]  # not under ``rashomon``
