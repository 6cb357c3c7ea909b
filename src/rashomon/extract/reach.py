"""How far an attribution around a quote reaches: to its sentence's bounds, within a number of characters. Shared by
the surface quote readers (German, Spanish), each with its own pattern of a sentence's end."""

from __future__ import annotations

import re


def sentence_end(text: str, at: int, ends: re.Pattern[str], reach: int) -> int:
    """Where the sentence holding ``at`` ends, or ``reach`` characters on."""
    limit = min(len(text), at + reach)
    end = ends.search(text, at, limit)
    return end.start() if end is not None else limit


def sentence_start(text: str, at: int, ends: re.Pattern[str], reach: int) -> int:
    """Where the sentence holding ``at`` starts, or ``reach`` characters back."""
    last = max(0, at - reach)
    for m in ends.finditer(text, last, at):
        last = m.end()
    return last
