"""Texts the tokenizer would stall on, found before it sees them.

spaCy's tokenizer peels prefixes off the front of a stretch without white space
and suffixes off its back one at a time, each time copying what is left, so a
stretch that opens or ends with a long run of symbols takes time in the square
of its length, and nothing can interrupt it: 1,000 emoji or ``!?`` in a row took
0.9 s, 2,000 3.2 s, 5,000 15 s (measured on the shared machine). Symbols inside
a stretch (``a😀😀😀a``), words and URLs cost little. The work of a text is
estimated as, for each stretch of over 64 characters, its length times the
symbols at its two ends; a text over ``MAX_WORK`` is skipped with the reason.
"""

from __future__ import annotations

import re

_STRETCH = re.compile(r"\S{65,}")  # stretches without white space long enough to matter
_SYMBOLS = re.compile(r"[\W_]*")  # symbols (neither letters nor digits) from where it is asked
MAX_WORK = 4_000_000  # about 4 s of tokenizing on the shared machine; a real article's stretches add up to little


def tokenizer_work(text: str) -> int:
    """The estimated work of tokenizing ``text``'s long stretches without white space."""
    work = 0
    for m in _STRETCH.finditer(text):
        stretch = m.group()
        lead = _SYMBOLS.match(stretch)
        trail = _SYMBOLS.match(stretch[::-1])
        ends = (lead.end() if lead else 0) + (trail.end() if trail else 0)
        work += len(stretch) * min(ends, len(stretch))
    return work


def tokenizer_stall(text: str, limit: int = MAX_WORK) -> str | None:
    """The reason to skip ``text`` when tokenizing it would stall, else None."""
    if tokenizer_work(text) <= limit:
        return None
    longest = max(len(m.group()) for m in _STRETCH.finditer(text))
    return (
        f"the text has runs of symbols without white space (the longest stretch {longest:,} characters) that "
        "would stall the tokenizer; split them with spaces or remove them"
    )
