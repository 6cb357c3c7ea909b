"""Real-news development sets: gold kept by offsets, texts kept outside the repository.

Stored web pages must not be copied into the repository, so a committed gold file
(``benchmarks/realnews/<event>.json``) holds no article text: every span is
``{"doc", "start", "end"}`` into the article's body, and ``docs`` gives each
document's sha256 (of the file's bytes) and where it came from. The texts live
elsewhere (by default ``/work/devdata/events/<event>/``), one file per article
with a ``key: value`` header closed by ``---`` (url, outlet, date, title); the
body, as rashomon's text reader takes it, is what offsets count in.

  python scripts/devset.py pack GOLD_WITH_TEXT TEXTS_DIR -o benchmarks/realnews/EVENT.json
  python scripts/devset.py unpack benchmarks/realnews/EVENT.json TEXTS_DIR -o /tmp/EVENT.gold.json
  python scripts/devset.py check benchmarks/realnews/EVENT.json TEXTS_DIR [--partial]

``pack`` reads a gold file in score.py's format (every span an exact substring,
``start`` as a hint where it repeats), locates each span and writes the
offsets-only form; ``unpack`` rebuilds the score.py form from the texts after
checking every document's hash; ``check`` does the same and says what is off.
Any dict with a ``doc`` key and a ``text`` or ``surface`` string is a span.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

_HEADER_LINE = re.compile(r"^[ \t]*[A-Za-z][A-Za-z_ -]{0,30}[ \t]*:")
_SPAN_KEYS = ("text", "surface")


def body_of(raw: str) -> str:
    """The article body as rashomon's plain-text reader takes it (after a ``key: value`` block closed by ``---``)."""
    pos = 0
    seen = False
    for line in raw.splitlines(keepends=True):
        stripped = line.strip()
        if stripped == "---":
            return raw[pos + len(line) :].lstrip("\n") if seen else raw
        if stripped:
            if not _HEADER_LINE.match(line):
                return raw
            seen = True
        pos += len(line)
    return raw


def load_docs(texts: Path) -> dict[str, tuple[str, str]]:
    """``{file name: (sha256 of bytes, body)}`` for every file under ``texts``."""
    docs = {}
    for path in sorted(p for p in texts.iterdir() if p.is_file() and not p.name.startswith(".")):
        raw = path.read_bytes()
        docs[path.name] = (hashlib.sha256(raw).hexdigest(), body_of(raw.decode("utf-8")))
    return docs


_SOURCE_FIELDS = ("url", "outlet", "date")


def header_of(raw: str) -> dict[str, str]:
    """Where a text came from, as its header says (``url``, ``outlet``, ``date``; an empty field is left out): packed
    beside each hash, so a lost text can be found again and rebuilt byte for byte (scripts/restore.py)."""
    body = body_of(raw)
    if body == raw:
        return {}
    fields: dict[str, str] = {}
    for line in raw[: len(raw) - len(body)].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() in _SOURCE_FIELDS and value.strip():
            fields[key.strip()] = value.strip()
    return fields


def _locate(body: str, surface: str, hint: int | None) -> int:
    places = [m.start() for m in re.finditer(re.escape(surface), body)]
    if not places:
        raise ValueError(f"not found: {surface[:60]!r}")
    if hint is None:
        return places[0]
    return min(places, key=lambda p: abs(p - hint))


def _walk(node: Any, fn: Any) -> Any:
    if isinstance(node, list):
        return [_walk(x, fn) for x in node]
    if isinstance(node, dict):
        node = {k: _walk(v, fn) for k, v in node.items()}
        if isinstance(node.get("doc"), str):
            node = fn(node)
        return node
    return node


def pack(
    gold: dict[str, Any], docs: dict[str, tuple[str, str]], sources: dict[str, dict[str, str]] | None = None
) -> dict[str, Any]:
    """The offsets-only form of ``gold``; ``sources`` (file name -> its header's url, outlet and date) fill each
    document's entry where the gold's own ``docs`` does not give them."""
    problems: list[str] = []

    def strip(span: dict[str, Any]) -> dict[str, Any]:
        key = next((k for k in _SPAN_KEYS if isinstance(span.get(k), str)), None)
        if key is None:
            return span
        doc = span["doc"]
        if doc not in docs:
            problems.append(f"unknown doc {doc}")
            return span
        try:
            start = _locate(docs[doc][1], span[key], span.get("start"))
        except ValueError as exc:
            problems.append(f"{doc}: {exc}")
            return span
        out = {k: v for k, v in span.items() if k not in (key, "start")}
        out.update({"start": start, "end": start + len(span[key]), "field": key})
        return out

    packed = _walk({k: v for k, v in gold.items() if k != "docs"}, strip)
    if problems:
        raise SystemExit("cannot pack:\n  " + "\n  ".join(problems))
    used = sorted({d for d in docs})
    meta = gold.get("docs", {})
    sources = sources or {}
    packed["docs"] = {name: {**sources.get(name, {}), **meta.get(name, {}), "sha256": docs[name][0]} for name in used}
    return packed


def unpack(packed: dict[str, Any], docs: dict[str, tuple[str, str]], *, partial: bool = False) -> dict[str, Any]:
    """The score.py form of ``packed``, its spans filled from ``docs`` after every document's hash is checked.

    ``partial`` scores what is there: a document missing from ``docs`` is left out with every span in it,
    and so is whatever holds such a span (a conflict or pair with one side gone); the hashes of the
    documents present are still checked. A partial gold is not the event's gold: say so beside its scores.
    """
    meta_of = packed.get("docs", {})
    problems = [
        f"{name}: {'missing' if name not in docs else 'sha256 differs'}"
        for name, meta in meta_of.items()
        if (name not in docs and not partial) or (name in docs and docs[name][0] not in _hashes(meta))
    ]
    if problems:
        raise SystemExit("texts do not match the gold:\n  " + "\n  ".join(problems))

    def fill(span: dict[str, Any]) -> dict[str, Any] | None:
        if "field" not in span:
            return span
        if span["doc"] not in docs:
            return None
        body = docs[span["doc"]][1]
        out = {k: v for k, v in span.items() if k not in ("field", "end")}
        out[span["field"]] = body[span["start"] : span["end"]]
        return out

    return _prune({k: v for k, v in packed.items() if k != "docs"}, fill)  # type: ignore[no-any-return]


def _hashes(meta: dict[str, Any]) -> set[str]:
    """The sha256 a document may have: the gold's, and any ``also_sha256`` (a text restored, checked by its spans)."""
    return {meta["sha256"], *meta.get("also_sha256", [])}


_GONE = object()


def _prune(node: Any, fn: Any) -> Any:
    """``_walk`` where ``fn`` may drop a span: dropped spans leave lists, and take the dict holding them along."""
    if isinstance(node, list):
        kept = [_prune(x, fn) for x in node]
        return [x for x in kept if x is not _GONE]
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            v = _prune(v, fn)
            if v is _GONE:
                return _GONE
            out[k] = v
        if isinstance(out.get("doc"), str):
            filled = fn(out)
            return _GONE if filled is None else filled
        return out
    return node


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("pack", "unpack", "check"))
    ap.add_argument("gold", type=Path)
    ap.add_argument("texts", type=Path)
    ap.add_argument("-o", "--output", type=Path)
    ap.add_argument("--partial", action="store_true", help="unpack/check what is there: missing documents are left out")
    args = ap.parse_args(argv)
    if not args.texts.is_dir():
        print(f"devset: {args.texts} is not a folder of article texts", file=sys.stderr)
        return 2
    docs = load_docs(args.texts)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    if args.command == "pack":
        sources = {p.name: header_of(p.read_text(encoding="utf-8")) for p in args.texts.iterdir() if p.name in docs}
        result = pack(gold, docs, sources)
    else:
        result = unpack(gold, docs, partial=args.partial)
        if args.command == "check":
            present = sum(name in docs for name in gold.get("docs", {}))
            print(f"devset: {args.gold.name}: {present} of {len(gold.get('docs', {}))} documents match their hashes")
            return 0
    text = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
