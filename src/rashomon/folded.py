"""Case-insensitive searches made cheap: first a case-sensitive copy of the pattern over the lower-cased text.

Python's ``re`` scans a case-insensitive alternation of words several times slower than the same pattern without
``re.IGNORECASE`` over the lower-cased text (2 to 8 times on claim texts). ``search`` runs that copy first: when it
finds nothing, neither can the pattern itself, and most texts hold none of a rule's words; when it finds something,
the pattern itself is run on the text as given, so a match, its offsets and groups are always the pattern's own.

The copy finds everything the pattern does because the text is folded the way ``re`` compares letters under
``IGNORECASE``: one lower-case letter for one letter (``İ`` gives ``i``, where ``str.lower`` gives two characters),
and the letters ``re`` takes as the same (``ſ`` and ``s``, ``ı`` and ``i``, ``re._casefix``) made one. A pattern
whose own letters are not all folded already (an upper-case letter, a range ``[A-Z]``) or not all Latin or
Cyrillic, that sets flags inside itself or names a character by its code, gets no copy, and is only ever run as it
is.
"""

from __future__ import annotations

import functools
import re
import sys

try:
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - another Python's layout: no folding of those few letters, so no copies
    _EXTRA_CASES = None


def _fold_table() -> tuple[dict[int, int], frozenset[str]] | None:
    """Each letter ``re`` takes as another's (``re._casefix``) to one of them, and the letters left out: a class
    mixing a word character with one that is not (the combining iota), which no fold can keep as ``\\w`` reads it."""
    if _EXTRA_CASES is None:  # pragma: no cover
        return None
    table: dict[int, int] = {}
    mixed: set[str] = set()
    for code, extra in _EXTRA_CASES.items():
        same = (code, *extra)
        if len({_WORD.match(chr(c)) is None for c in same}) > 1:
            mixed.update(map(chr, same))
            continue
        for c in same:
            if c != min(same):
                table[c] = min(same)
    return table, frozenset(mixed)


_WORD = re.compile(r"\w")
_TABLE = _fold_table()
_FOLD, _MIXED = _TABLE if _TABLE is not None else (None, frozenset())
_ESCAPE = re.compile(r"\\.", re.S)
_UNSAFE = re.compile(r"\\[xuUN0-7]|\(\?[aiLmsux-]")  # a character by its code; flags set inside the pattern


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """``text`` lower-cased letter by letter as ``re`` compares under ``IGNORECASE``."""
    assert _FOLD is not None
    return text.replace("\u0130", "i").lower().translate(_FOLD)


@functools.cache
def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The copy of a case-insensitive ``pattern`` to run on folded text, or None when it has none."""
    if _FOLD is None or not pattern.flags & re.IGNORECASE or _UNSAFE.search(pattern.pattern):
        return None
    letters = _ESCAPE.sub("", pattern.pattern)
    if fold(letters) != letters or not _MIXED.isdisjoint(letters) or not all(map(_latin_or_cyrillic, letters)):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _latin_or_cyrillic(ch: str) -> bool:
    """Not a letter, or a letter of the Latin or Cyrillic blocks (no Greek: its iota folds with a combining mark)."""
    return not ch.isalpha() or ord(ch) < 0x370 or 0x400 <= ord(ch) < 0x530


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, with the case-sensitive copy tried first on the folded text."""
    quick = _case_sensitive(pattern)
    if quick is not None and quick.search(fold(text)) is None:
        return None
    return pattern.search(text)


def may_match(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """False when ``pattern`` surely finds nothing in ``text[pos:endpos]`` (as ``pattern.search(text, pos, endpos)``
    reads it: the folded text keeps every offset), True when it may."""
    quick = _case_sensitive(pattern)
    return quick is None or quick.search(fold(text), pos, endpos) is not None
