"""One article written in a test, analysed, and the speaker the ledger gives a direct quote of it."""

from __future__ import annotations

from pathlib import Path

import rashomon
from rashomon.model import Ledger, Quote


def ledger_of(tmp_path: Path, text: str) -> Ledger:
    (tmp_path / "a.txt").write_text(" date 2023-06-08 Test\n\n" + text, encoding="utf-8")
    return rashomon.analyze([tmp_path / "a.txt"])


def quote(ledger: Ledger, starts: str) -> Quote:
    found = [q for q in ledger.quotes if q.text.startswith(starts) and q.kind == "direct"]
    assert found, [(q.kind, q.text) for q in ledger.quotes]
    return found[0]


def speaker(ledger: Ledger, q: Quote) -> str | None:
    return ledger.entity(q.speaker).name if q.speaker else None
