"""Restore one real-news text from a stored page, checked against the gold's hash.

The development texts live outside the repository and are lost with the machine that held them. A text is
restored by taking the page again from the search tool's ``pages`` corpus and rebuilding the file the gold was
written on: a ``key: value`` header (url, outlet, date, title) closed by ``---``, the body, a final newline.
What cannot be known from the gold is which title was written, how paragraphs were joined and where the body
was cut (at its last full sentence); this tool tries them all and keeps the variant whose sha256 the gold names.

  python scripts/restore.py GOLD DOC PAGE.txt OUTDIR [--title T ...] [--drop-first]
                            [--url U ...] [--outlet O ...] [--date D ...]

``PAGE.txt`` is the page text as stored (navigation, captions and credit lines already removed by hand where
the page has them). ``--title`` adds candidate titles (the page's first line, the URL's words and an empty title
are always tried). ``--url``, ``--outlet`` and ``--date`` give candidates for a gold whose ``docs`` hold only
the hash; every combination is tried, and the one that restores is printed so it can be written into the gold.
With no exact match, ``--spans`` prints, for the best body found, every gold span of DOC as it lands there, so a
person can judge whether to accept the body by its spans (``--spans --accept`` then writes it; record its hash as
``also_sha256`` in the gold's ``docs``). Exit status: 0 restored, 1 not restored.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

_SENTENCE_END = re.compile(r"[.!?…।۔؟](?:[\"'”’»)\]]+)?|[\"”»](?=\s*\n|$)")  # Devanagari and Urdu stops too


def _hashes(meta: dict[str, Any]) -> set[str]:
    return {meta["sha256"], *meta.get("also_sha256", [])}


def _titles(page: str, url: str, extra: list[str]) -> list[str]:
    first = page.strip().splitlines()[0].strip() if page.strip() else ""
    path = re.split(r"[?#]", url, maxsplit=1)[0]  # tracking parameters are no part of the headline
    slug = re.sub(r"/(amp|index\.html?)?$", "", path.rstrip("/")).rsplit("/", 1)[-1]
    slug = unquote(re.sub(r"\.(html?|php|aspx?)$", "", slug))
    words = re.sub(r"[-_]+", " ", slug).strip()
    # the page's numeric id dropped from the end ("...-revised-to-275-716612"), then every number token dropped
    no_id = re.sub(r"[-_]+", " ", re.sub(r"[-_]\d+$", "", slug)).strip()
    no_numbers = " ".join(w for w in re.split(r"[-_]+", slug) if w and not w.isdigit())
    out = [*extra, first, ""]
    for variant in (no_numbers, no_id, words):
        out += [variant, variant.capitalize(), variant.title()]
    return list(dict.fromkeys(out))


def _paragraphs(page: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", page) if p.strip()]


def _bodies(page: str, drop_first: bool) -> Iterator[str]:
    """Every body the page could have given: paragraphs joined by one or two newlines, cut at each sentence end."""
    paragraphs = _paragraphs(page)
    starts = [0, 1] if drop_first or len(paragraphs) > 1 else [0]
    for start in starts:
        # as stored (blank-line runs of any length kept), then paragraphs joined by two or one newlines
        kept = page.strip().split("\n", 1)[1].strip() if start and "\n" in page.strip() else page.strip()
        for joiner in ("", "\n\n", "\n"):
            text = joiner.join(paragraphs[start:]) if joiner else kept
            cuts = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
            for cut in sorted(set(cuts), reverse=True):
                yield text[:cut].rstrip()


def _headers(meta: dict[str, Any], title: str) -> list[str]:
    """The header as written: an empty field either ``date: `` or ``date:`` (both forms are in the gold's files)."""
    fields = {k: meta.get(k) or "" for k in ("url", "outlet", "date")}
    fields["title"] = title
    out = []
    for gap in (" ", ""):
        lines = [f"{k}:{' ' if v else gap}{v}" for k, v in fields.items()]
        out.append("\n".join(lines) + "\n---\n")
    return list(dict.fromkeys(out))


def _spans_of(node: Any, doc: str) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for x in node:
            yield from _spans_of(x, doc)
    elif isinstance(node, dict):
        if node.get("doc") == doc and "start" in node and "end" in node:
            yield node
        for v in node.values():
            yield from _spans_of(v, doc)


def span_fit(body: str, spans: list[dict[str, Any]]) -> int:
    """How many spans land inside the body on word edges (a rough score for choosing a body to show)."""
    good = 0
    for s in spans:
        a, b = s["start"], s["end"]
        if b > len(body) or a < 0:
            continue
        left_ok = a == 0 or not body[a - 1].isalnum() or not body[a].isalnum()
        right_ok = b == len(body) or not body[b].isalnum() or not body[b - 1].isalnum()
        good += left_ok and right_ok
    return good


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("doc")
    ap.add_argument("page", type=Path)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--title", action="append", default=[])
    ap.add_argument("--drop-first", action="store_true", help="also try bodies without the page's first line")
    ap.add_argument("--spans", action="store_true", help="with no exact match, show the gold spans on the best body")
    ap.add_argument(
        "--accept",
        action="store_true",
        help="with --spans, write the best body (first header tried) to OUTDIR after a person has judged its spans; "
        "prints its sha256 to record as also_sha256",
    )
    for field in ("url", "outlet", "date"):
        ap.add_argument(
            f"--{field}",
            action="append",
            default=[],
            help=f"a candidate {field} for a gold whose docs do not name it (repeatable; every combination is tried)",
        )
    args = ap.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    meta = gold["docs"].get(args.doc)
    if meta is None:
        print(f"restore: {args.doc} is not a document of {args.gold.name}", file=sys.stderr)
        return 1
    page = args.page.read_text(encoding="utf-8").replace("\r\n", "\n")
    page = re.sub(r"^\s*date \d{4}(?:-\d\d){0,2}\s+", "", page)
    wanted = _hashes(meta)
    metas = [
        {**meta, "url": url, "outlet": outlet, "date": date}
        for url in args.url or [meta.get("url", "")]
        for outlet in args.outlet or [meta.get("outlet", "")]
        for date in args.date or [meta.get("date", "")]
    ]
    titles = list(dict.fromkeys(t for m in metas for t in _titles(page, m.get("url") or "", args.title)))
    bodies = list(dict.fromkeys(_bodies(page, args.drop_first)))
    headers = list(dict.fromkeys(h for m in metas for title in titles for h in _headers(m, title)))
    for header in headers:
        title = header.split("\ntitle:", 1)[1].split("\n", 1)[0].strip()
        for body in bodies:
            raw = (header + body + "\n").encode("utf-8")
            if hashlib.sha256(raw).hexdigest() in wanted:
                args.outdir.mkdir(parents=True, exist_ok=True)
                (args.outdir / args.doc).write_bytes(raw)
                head = dict(line.split(":", 1) for line in header.strip().splitlines()[:-1])
                found = {k: v.strip() for k, v in head.items() if k != "title"}
                print(f"restore: {args.doc} restored (title {title!r}, {len(body)} characters of body; {found})")
                return 0
    print(f"restore: {args.doc}: no variant gives the gold's sha256 ({len(titles)} titles x {len(bodies)} bodies)")
    if args.spans:
        spans = list(_spans_of({k: v for k, v in gold.items() if k != "docs"}, args.doc))
        best = max(bodies, key=lambda b: (span_fit(b, spans), -abs(len(b) - max((s["end"] for s in spans), default=0))))
        print(f"best body by spans: {span_fit(best, spans)} of {len(spans)} on word edges, {len(best)} characters")
        for s in sorted(spans, key=lambda s: s["start"]):
            print(f"  {s['start']:>5}-{s['end']:<5} {best[s['start'] : s['end']]!r}")
        if args.accept:
            raw = (headers[0] + best + "\n").encode("utf-8")
            args.outdir.mkdir(parents=True, exist_ok=True)
            (args.outdir / args.doc).write_bytes(raw)
            print(f"restore: {args.doc} written by its spans; also_sha256 {hashlib.sha256(raw).hexdigest()}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
