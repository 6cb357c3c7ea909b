"""The data report.html carries: the ledger, reshaped for the page's script, small and safe to embed.

Article texts are embedded once; items carry only their article and offsets,
and the page cuts their surface out of the text. Offsets are converted from
Python's code points to the UTF-16 units JavaScript strings count in, so an
emoji before a quote does not shift it. Items refer to each other by position
in their list, not by id, to keep a 1,000-article page small.

``embed`` writes the JSON so that nothing in it can end the ``<script>`` block
it sits in: ``<``, ``>`` and ``&`` become ``\\u003c``, ``\\u003e``, ``\\u0026``.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Callable
from typing import Any

from ..model import Ledger
from . import framing as framing_view
from . import view
from .numbers import describe, group_numbers

_SURROGATE = re.compile("[\ud800-\udfff]")
_SAFE_URL = re.compile(r"^https?://[^\s\"'<>`\\]+$", re.IGNORECASE)
FORMS_PER_OUTLET = 6  # distinct forms kept per entity and outlet; the rest are counted, not listed


def _utf16(text: str) -> Callable[[int], int]:
    """Code point offset -> UTF-16 offset for ``text``."""
    if not text or max(text) < "\U00010000":
        return lambda i: i
    extra = list(itertools.accumulate((ord(ch) > 0xFFFF for ch in text), initial=0))
    return lambda i: i + extra[max(0, min(i, len(text)))]


def _clean(text: str) -> str:
    # A lone surrogate cannot be written as UTF-8; U+FFFD keeps the UTF-16 length, so offsets hold.
    return _SURROGATE.sub("\ufffd", text)


def safe_url(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) address, else None: never a ``javascript:`` or ``data:`` link."""
    return url if url and _SAFE_URL.match(url) else None


def build(ledger: Ledger) -> dict[str, Any]:
    """The page's data, as plain JSON-ready values."""
    ledger = view.showable(ledger)
    art_index = {a.id: i for i, a in enumerate(ledger.articles)}
    ent_index = {e.id: i for i, e in enumerate(ledger.entities)}
    cluster_index = {k.id: i for i, k in enumerate(ledger.clusters)}
    claim_index = {c.id: i for i, c in enumerate(ledger.claims)}
    quote_index = {q.id: i for i, q in enumerate(ledger.quotes)}
    number_index = {n.id: i for i, n in enumerate(ledger.quantities)}
    time_value = {t.id: t.value for t in ledger.times}
    u16 = [_utf16(a.text) for a in ledger.articles]
    outlets = view.outlets(ledger)
    outlet_index = {o.key: i for i, o in enumerate(outlets)}
    families = view.families(ledger)

    def span(article: str, start: int, end: int) -> list[int]:
        i = art_index[article]
        return [i, u16[i](start), u16[i](end)]

    def ent(entity_id: str | None) -> int:
        return ent_index.get(entity_id or "", -1)

    articles = []
    for a in ledger.articles:
        key = view.outlet_of(a)[0]
        articles.append(
            {
                "id": a.id,
                "o": outlet_index[key],
                "title": a.title,
                "date": a.published,
                "dateFrom": a.published_from,
                "lang": a.language,
                "words": view.word_count(a.text),
                "status": a.status,
                "problem": a.problem,
                "fam": families.get(a.id, 0),
                "source": a.source,
                "name": a.name,
                "url": safe_url(a.url),
            }
        )
    forms = view.entity_forms(ledger)
    entities = []
    for e in ledger.entities:
        per = []
        for key, counter in sorted(forms.get(e.id, {}).items(), key=lambda kv: outlet_index[kv[0]]):
            top = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
            per.append([outlet_index[key], [[f, n] for f, n in top[:FORMS_PER_OUTLET]], len(top)])
        entities.append(
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "role": e.role,
                "aliases": list(e.aliases),
                "n": len(e.mentions),
                "arts": len({m.article for m in e.mentions}),
                "forms": per,
            }
        )
    mentions: list[list[int]] = [[] for _ in ledger.articles]
    for ei, e in enumerate(ledger.entities):
        for m in e.mentions:
            if m.article in art_index:
                i = art_index[m.article]
                mentions[i] += [u16[i](m.start), u16[i](m.end), ei]
    claims = [
        {
            "id": c.id,
            "at": span(c.article, c.span.start, c.span.end),
            "st": c.stance,
            "sp": ent(c.speaker),
            "spt": c.speaker_text,
            "cue": c.cue,
            "k": cluster_index.get(c.cluster or "", -1),
            "t": time_value.get(c.time or ""),
            "q": quote_index.get(c.quote or "", -1),
            "fr": [[f.predicate, f.kind, f.negated, [[r.name, r.text] for r in f.roles]] for f in c.frames],
        }
        for c in ledger.claims
    ]
    quotes = [
        {
            "id": q.id,
            "at": span(q.article, q.span.start, q.span.end),
            "kind": q.kind,
            "sp": ent(q.speaker),
            "spt": q.speaker_text,
            "cue": q.cue,
            "via": [ent(v) for v in q.via if v in ent_index],
        }
        for q in ledger.quotes
    ]
    numbers = [
        {
            "id": n.id,
            "at": span(n.article, n.span.start, n.span.end),
            "v": describe(n),
            "counts": n.counts,
        }
        for n in ledger.quantities
    ]
    times = [
        {
            "id": t.id,
            "at": span(t.article, t.span.start, t.span.end),
            "v": t.value,
            "grain": t.grain,
            "clock": t.clock,
        }
        for t in ledger.times
    ]
    framing = [
        {
            "id": f.id,
            "at": span(f.article, f.span.start, f.span.end),
            "tech": f.technique,
            "rule": f.rule,
            "tg": ent(f.target),
        }
        for f in ledger.framing
    ]
    clusters = [
        {
            "id": k.id,
            "label": k.label,
            "status": k.status,
            "indep": k.independent,
            "arts": [art_index[a] for a in k.articles if a in art_index],
            "claims": [claim_index[c] for c in k.claims if c in claim_index],
            "origins": [
                {"arts": [art_index[a] for a in o.articles if a in art_index], "up": ent(o.upstream)} for o in k.origins
            ],
        }
        for k in ledger.clusters
    ]
    contra = [
        [claim_index[a.id], claim_index[b.id], r.why, _score(r.score)]
        for a, b, r in view.contradictions(ledger)
        if a.id in claim_index and b.id in claim_index
    ]
    copies = [
        {
            "type": r.type,
            "a": art_index[r.a],
            "b": art_index[r.b],
            "score": _score(r.score),
            "why": r.why,
            "details": [[k, t] for k, t in r.details],
        }
        for r in view.copy_relations(ledger)
    ]
    evolves = []
    for r in view.changes(ledger):
        ends = [_ref(x, claim_index, art_index) for x in (r.a, r.b)]
        if ends[0] and ends[1]:
            evolves.append({"a": ends[0], "b": ends[1], "why": r.why, "details": [[k, t] for k, t in r.details]})
    timeline = [
        {
            "date": t.date,
            "label": t.label,
            "claims": [claim_index[c] for c in t.claims if c in claim_index],
            "arts": [art_index[a] for a in t.articles if a in art_index],
        }
        for t in ledger.timeline
    ]
    naming = []
    for n in ledger.naming:
        kind = (
            ledger.entities[ent_index[n.referent]].type
            if n.referent in ent_index
            else "number"
            if n.referent in number_index
            else "actors"
            if n.referent in cluster_index
            else None
        )
        naming.append(
            {
                "ref": n.referent,
                "kind": kind,
                "label": n.label,
                "forms": [span(f.article, f.start, f.end) + [f.text] for f in n.forms if f.article in art_index],
            }
        )
    numgroups = []
    for g in group_numbers(ledger):
        bad = g.conflicting
        numgroups.append(
            {
                "label": g.label,
                "items": [number_index[q.id] for q in g.quantities if q.id in number_index],
                "bad": [number_index[q.id] for q in g.quantities if q.id in bad and q.id in number_index],
            }
        )
    outlet_of_article = {a.id: outlet_index[view.outlet_of(a)[0]] for a in ledger.articles}  # as in articles' "o"
    sourcing: dict[int, list[int]] = {}
    for so in framing_view.sourcing(ledger):
        row = sourcing.setdefault(outlet_of_article[so.article], [0, 0, 0, 0, 0])
        for k, count in enumerate((so.claims, so.unattributed, so.named, so.unnamed, so.hedged)):
            row[k] += count
    cast: dict[int, dict[tuple[int, str], int]] = {}
    for aid, counts in framing_view.roles(ledger).items():
        if aid not in outlet_of_article:
            continue
        cast_of_outlet = cast.setdefault(outlet_of_article[aid], {})
        for (eid, role), times_cast in counts.items():
            if eid in ent_index:
                cast_key = (ent_index[eid], role)
                cast_of_outlet[cast_key] = cast_of_outlet.get(cast_key, 0) + times_cast
    roles = [
        [oi, e, role, n]
        for oi, per in sorted(cast.items())
        for (e, role), n in sorted(per.items(), key=lambda x: (-x[1], x[0]))
    ]
    disputes = [
        {
            "id": row.question.id,
            "q": row.question.label,
            "kind": row.question.kind,
            "status": row.question.status,
            "indep": row.question.independent,
            "ev": row.event,
            "main": row.main,
            "cells": [
                [
                    outlet_index[key],
                    [
                        [
                            a.value,
                            a.stance,
                            ent(a.origin),
                            span(a.article, a.span.start, a.span.end),
                            int(a.claim in row.conflicted),
                            a.as_of,
                            a.note,
                        ]
                        for a in answers
                    ],
                ]
                for key, answers in sorted(row.cells.items(), key=lambda kv: outlet_index[kv[0]])
            ],
        }
        for row in view.disputes(ledger)
    ]
    return {
        "schema": "rashomon.report/1",
        "packed": list(PACKED),
        "meta": {
            "event": view.event_name(ledger),
            "created": ledger.generator.created,
            "generator": f"{ledger.generator.name} {ledger.generator.version}".strip(),
        },
        "outlets": [{"label": o.label, "known": o.known, "arts": [art_index[a] for a in o.articles]} for o in outlets],
        "articles": articles,
        "texts": [_clean(a.text) for a in ledger.articles],
        "entities": entities,
        "mentions": mentions,
        "claims": pack(claims),
        "quotes": pack(quotes),
        "numbers": pack(numbers),
        "times": pack(times),
        "framing": pack(framing),
        "clusters": clusters,
        "contra": contra,
        "disputes": disputes,
        "copies": copies,
        "evolves": evolves,
        "timeline": timeline,
        "naming": naming,
        "numgroups": numgroups,
        "sourcing": [[oi, *row] for oi, row in sorted(sourcing.items()) if row[0]],
        "roles": roles,
        "inputs": [
            {"source": i.source, "status": i.status, "problem": i.problem} for i in ledger.inputs if i.status != "ok"
        ],
        "inputsTotal": len(ledger.inputs),
    }


PACKED = ("claims", "quotes", "numbers", "times", "framing")


def pack(items: list[dict[str, Any]]) -> dict[str, Any]:
    """A long list of records as one list of keys and a list of value rows: the keys are written once.

    The page unpacks them into records again when it starts.
    """
    keys = list(items[0]) if items else []
    return {"keys": keys, "rows": [[item[k] for k in keys] for item in items]}


def unpack(packed: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(zip(packed["keys"], row, strict=True)) for row in packed["rows"]]


def _score(value: float) -> float:
    return round(value, 3) if math.isfinite(value) else 0.0


def _ref(item: str, claims: dict[str, int], articles: dict[str, int]) -> list[Any] | None:
    if item in claims:
        return ["claim", claims[item]]
    if item in articles:
        return ["article", articles[item]]
    return None


def embed(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` left in it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
