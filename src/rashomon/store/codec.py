"""One article's ``Analysis`` as JSON and back, for the extractions table.

JSON, not pickle: a case file may come from someone else, and reading it must
never run code. Items keep their span references (``speaker_ref``, ...) and no
ids: ids are given when a ledger is built. The article's text is not repeated
here; the articles table holds it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import orjson

from ..ledger import ITEM_PREFIX
from ..memory import quiet_gc
from ..model import Analysis, Article, Claim, Framing, Mention, Quantity, Quote, Span, TimeRef


def to_json(data: Any) -> str:
    """JSON text of ``data`` as the store keeps it (UTF-8, no escapes): orjson, several times faster than the
    standard library on a large ledger, with the same values read back."""
    return orjson.dumps(data).decode("utf-8")  # (orjson makes no Python objects but the one string)


def from_json(text: str | bytes) -> Any:
    """The data of stored JSON text; a malformed text raises ``ValueError`` (``json.JSONDecodeError``)."""
    with quiet_gc():  # a large ledger is a burst of small dicts (memory.py)
        return orjson.loads(text)


FORMAT = 1  # bump when the shape below changes: stored extractions of another format are redone


def _span(s: Span | None) -> list[int] | None:
    return None if s is None else [s.start, s.end]


def _unspan(v: Any) -> Span | None:
    return None if v is None else Span(int(v[0]), int(v[1]))


def _mention(m: Mention) -> dict[str, Any]:
    return {
        "span": _span(m.span),
        "text": m.text,
        "type": m.type,
        "name": m.name,
        "role": m.role,
        "role_span": _span(m.role_span),
        "scope": m.scope,
        "aliases": list(m.aliases),
        "about": _span(m.about),
    }


def _unmention(d: dict[str, Any]) -> Mention:
    span = _unspan(d["span"])
    assert span is not None
    return Mention(
        span=span,
        text=d["text"],
        type=d["type"],
        name=d["name"],
        role=d.get("role"),
        role_span=_unspan(d.get("role_span")),
        scope=d.get("scope"),
        aliases=tuple(d.get("aliases") or ()),
        about=_unspan(d.get("about")),
    )


def dump_analysis(analysis: Analysis) -> dict[str, Any]:
    """The analysis as plain JSON data (the article without its text)."""
    article = analysis.article.to_dict()
    del article["text"]
    return {
        "format": FORMAT,
        "article": article,
        "sentences": [_span(s) for s in analysis.sentences],
        "mentions": [_mention(m) for m in analysis.mentions],
        "quotes": [q.to_dict() for q in analysis.quotes],
        "quantities": [q.to_dict() for q in analysis.quantities],
        "times": [t.to_dict() for t in analysis.times],
        "claims": [c.to_dict() for c in analysis.claims],
        "framing": [f.to_dict() for f in analysis.framing],
    }


def load_analysis(data: dict[str, Any], article: Article, counters: dict[str, int] | None = None) -> Analysis:
    """Rebuild an analysis for ``article`` (whose id may differ from the one it was stored under).

    The stored article fields the pipeline may change (``problem``) are kept; the id and text are the
    given article's. With ``counters`` (item kind -> items numbered so far, updated), the items come numbered as
    ``ledger.number_items`` numbers them, without copying each item again.
    """
    stored = data["article"]
    art = dataclasses.replace(article, problem=stored.get("problem"), status=stored.get("status", "ok"))
    aid = article.id

    def own(kind: str) -> list[dict[str, Any]]:
        items = data[kind]
        if counters is None:
            return [{**d, "id": "", "article": aid} for d in items]
        out = []
        for d in sorted(items, key=lambda d: (d["start"], d["end"])):
            counters[kind] = counters.get(kind, 0) + 1
            out.append({**d, "id": f"{ITEM_PREFIX[kind]}{counters[kind]}", "article": aid})
        return out

    return Analysis(
        article=art,
        sentences=tuple(s for s in (_unspan(v) for v in data["sentences"]) if s is not None),
        mentions=tuple(_unmention(m) for m in data["mentions"]),
        quotes=tuple(Quote.from_dict(d) for d in own("quotes")),
        quantities=tuple(Quantity.from_dict(d) for d in own("quantities")),
        times=tuple(TimeRef.from_dict(d) for d in own("times")),
        claims=tuple(Claim.from_dict(d) for d in own("claims")),
        framing=tuple(Framing.from_dict(d) for d in own("framing")),
    )
