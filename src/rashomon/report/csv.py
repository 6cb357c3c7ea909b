"""CSV tables of the ledger's items, for spreadsheets: quotes, claims, entities, quantities.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a
formula, and article text is hostile input, so every text cell that starts with
one of them (or with a tab or line break before it) gets a leading apostrophe:
the spreadsheet shows the text and runs nothing. Numbers stay numbers.

Files are UTF-8 with a byte-order mark, so that spreadsheet programs read
Cyrillic, Arabic and accented names correctly (Python reads them back with
``encoding="utf-8-sig"``).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from ..atomic import atomic_file
from ..model import Ledger
from . import view
from .numbers import group_numbers

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def cell(value: object) -> object:
    """A value safe to put in a spreadsheet: text that could start a formula is quoted with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.lstrip(" ").startswith(_TRIGGERS):
        return "'" + text
    return text


def tables(ledger: Ledger) -> dict[str, tuple[list[str], list[list[object]]]]:
    """File name -> (header, rows), before escaping."""
    ledger = view.showable(ledger)
    outlet = {a.id: view.outlet_of(a)[1] for a in ledger.articles}
    day = {a.id: a.published for a in ledger.articles}
    entities = {e.id: e for e in ledger.entities}
    names = {e.id: e.name for e in ledger.entities}
    clusters = {k.id: k for k in ledger.clusters}
    time_value = {t.id: t.value for t in ledger.times}
    contradicts: dict[str, list[str]] = defaultdict(list)
    for r in ledger.relations:
        if r.type == "contradicts":
            contradicts[r.a].append(r.b)
            contradicts[r.b].append(r.a)
    conflicting = {q for g in group_numbers(ledger) for q in g.conflicting}
    return {
        "quotes.csv": (
            [
                "id",
                "article",
                "outlet",
                "published",
                "start",
                "end",
                "kind",
                "speaker",
                "speaker_role",
                "speaker_text",
                "cue",
                "via",
                "text",
            ],
            [
                [
                    q.id,
                    q.article,
                    outlet.get(q.article),
                    day.get(q.article),
                    q.span.start,
                    q.span.end,
                    q.kind,
                    names.get(q.speaker or ""),
                    entities[q.speaker].role if q.speaker in entities else None,
                    q.speaker_text,
                    q.cue,
                    "; ".join(names.get(v, v) for v in q.via),
                    q.text,
                ]
                for q in ledger.quotes
            ],
        ),
        "claims.csv": (
            [
                "id",
                "article",
                "outlet",
                "published",
                "start",
                "end",
                "stance",
                "speaker",
                "speaker_text",
                "cue",
                "cluster",
                "cluster_status",
                "cluster_label",
                "time",
                "contradicts",
                "text",
            ],
            [
                [
                    c.id,
                    c.article,
                    outlet.get(c.article),
                    day.get(c.article),
                    c.span.start,
                    c.span.end,
                    c.stance,
                    names.get(c.speaker or ""),
                    c.speaker_text,
                    c.cue,
                    c.cluster,
                    clusters[c.cluster].status if c.cluster in clusters else None,
                    clusters[c.cluster].label if c.cluster in clusters else None,
                    time_value.get(c.time or ""),
                    " ".join(contradicts.get(c.id, ())),
                    c.text,
                ]
                for c in ledger.claims
            ],
        ),
        "entities.csv": (
            ["id", "name", "type", "role", "aliases", "mentions", "articles", "outlets"],
            [
                [
                    e.id,
                    e.name,
                    e.type,
                    e.role,
                    "; ".join(e.aliases),
                    len(e.mentions),
                    " ".join(_sorted_ids({m.article for m in e.mentions})),
                    "; ".join(
                        dict.fromkeys(outlet[a] for a in _sorted_ids({m.article for m in e.mentions}) if a in outlet)
                    ),
                ]
                for e in ledger.entities
            ],
        ),
        "quantities.csv": (
            [
                "id",
                "article",
                "outlet",
                "published",
                "start",
                "end",
                "text",
                "value",
                "value_max",
                "unit",
                "qualifier",
                "counts",
                "conflicts",
            ],
            [
                [
                    n.id,
                    n.article,
                    outlet.get(n.article),
                    day.get(n.article),
                    n.span.start,
                    n.span.end,
                    n.text,
                    n.value,
                    n.value_max,
                    n.unit,
                    n.qualifier,
                    n.counts,
                    n.id in conflicting,
                ]
                for n in ledger.quantities
            ],
        ),
    }


def _sorted_ids(ids: Iterable[str]) -> list[str]:
    return sorted(ids, key=lambda i: (len(i), i))


def write_csv(ledger: Ledger, out_dir: Path) -> Path:
    """Write ``quotes.csv``, ``claims.csv``, ``entities.csv`` and ``quantities.csv``; return the directory."""
    for name, (header, rows) in tables(ledger).items():
        with atomic_file(out_dir / name, encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows([cell(v) for v in row] for row in rows)
    return out_dir
