"""CSV tables of the ledger's items, for spreadsheets: quotes, claims, entities, quantities."""

from __future__ import annotations

import csv
from pathlib import Path

from ..model import Ledger


def write_csv(ledger: Ledger, out_dir: Path) -> Path:
    """Write ``quotes.csv``, ``claims.csv``, ``entities.csv`` and ``quantities.csv``; return the directory."""
    outlet = {a.id: a.outlet or a.name for a in ledger.articles}
    names = {e.id: e.name for e in ledger.entities}
    tables = {
        "quotes.csv": (["id", "article", "outlet", "start", "end", "kind", "speaker", "speaker_text", "cue", "via", "text"],
                       [[q.id, q.article, outlet[q.article], q.span.start, q.span.end, q.kind,
                         names.get(q.speaker or "", ""), q.speaker_text or "", q.cue or "",
                         "; ".join(names.get(v, v) for v in q.via), q.text] for q in ledger.quotes]),
        "claims.csv": (["id", "article", "outlet", "start", "end", "stance", "speaker", "cluster", "time", "text"],
                       [[c.id, c.article, outlet[c.article], c.span.start, c.span.end, c.stance,
                         names.get(c.speaker or "", c.speaker_text or ""), c.cluster or "", c.time or "", c.text]
                        for c in ledger.claims]),
        "entities.csv": (["id", "name", "type", "role", "aliases", "mentions", "articles"],
                         [[e.id, e.name, e.type, e.role or "", "; ".join(e.aliases), len(e.mentions),
                           " ".join(sorted({m.article for m in e.mentions}, key=lambda a: int(a[1:])))]
                          for e in ledger.entities]),
        "quantities.csv": (["id", "article", "outlet", "start", "end", "text", "value", "unit", "qualifier", "counts"],
                           [[n.id, n.article, outlet[n.article], n.span.start, n.span.end, n.text,
                             "" if n.value is None else n.value, n.unit or "", n.qualifier or "", n.counts or ""]
                            for n in ledger.quantities]),
    }
    for name, (header, rows) in tables.items():
        with (out_dir / name).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows(rows)
    return out_dir
