"""Small corpora of articles written in a test, each with a URL that dates it, and the answers the ledger gives."""

from __future__ import annotations

from pathlib import Path

import rashomon
from rashomon.model import Answer, Ledger


def corpus(tmp_path: Path, *articles: tuple[str, str]) -> Ledger:
    """Analyse ``(day, text)`` articles; ``day`` (``2025-05-01``) goes into each URL's path, an empty one leaves the
    article undated."""
    for i, (day, text) in enumerate(articles, start=1):
        url = f"https://n{i}.example/{day.replace('-', '/')}/story" if day else f"https://n{i}.example/x"
        (tmp_path / f"{i:02d}.txt").write_text(f"url: {url}\n---\n{text}", encoding="utf-8")
    return rashomon.analyze([tmp_path])


def answers(led: Ledger, kind: str) -> list[Answer]:
    """Every source's answer to the questions of one kind."""
    return [a for q in led.questions if q.kind == kind for a in q.answers]
