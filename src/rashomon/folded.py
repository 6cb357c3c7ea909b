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

Before the copy, a cheaper test still: the words a match cannot do without. Read from the copy's parse, they are
sets of literal strings, one of which every match holds (``reports?|claims?`` needs ``report`` or ``claim``); each
string is stood for by one of its three-letter pieces (strings shorter are looked for whole). A text whose folded
three-letter pieces (a set, made once per text) hold none of them, and which holds none of the short strings,
cannot match: the copy is not run. The test only ever skips a search that would have found nothing.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from collections.abc import Iterable
from typing import Any

try:
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - another Python's layout: no folding of those few letters, so no copies
    _EXTRA_CASES = None
try:  # re's own parser (no stubs), to read the words a pattern needs
    _sre: Any = importlib.import_module("re._constants")
    _sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python's layout: no words read from patterns, the copy alone
    _sre = _sre_parse = None


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


# letters by how often English and French words have them, commonest first: a piece of rarer letters stands for
# its string (a text holding it by chance is rarer)
_COMMON = " etaoinsrhldcumfpgwybvkxjqz"


_Quick = tuple[re.Pattern[str] | None, frozenset[str] | None, tuple[str, ...]]
# each pattern's ``_quick``, kept by the pattern's identity: a pattern's hash reads its whole compiled code (5 us for
# a long alternation), more than most searches take; the pattern kept beside it keeps its id from being reused
_KEPT: dict[int, tuple[re.Pattern[str], _Quick]] = {}
_PATTERNS_KEPT = 4096


def _quick(pattern: re.Pattern[str]) -> _Quick:
    """``_read(pattern)``, read once per pattern."""
    kept = _KEPT.get(id(pattern))
    if kept is not None and kept[0] is pattern:
        return kept[1]
    quick = _read(pattern)
    if len(_KEPT) >= _PATTERNS_KEPT:  # patterns made afresh again and again (none here) are not all kept alive
        _KEPT.clear()
    _KEPT[id(pattern)] = (pattern, quick)
    return quick


def _read(pattern: re.Pattern[str]) -> _Quick:
    """The copy of ``pattern`` (``_case_sensitive``), and what a match of it must hold in the folded text: one of the
    three-letter pieces or one of the short strings (None when the pattern's words cannot be read)."""
    copy = _case_sensitive(pattern)
    if _FOLD is None or _sre_parse is None:
        return copy, None, ()
    try:
        needed = _needed(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # pragma: no cover - a parse this reading does not know: the copy alone
        needed = None
    if not needed:
        return copy, None, ()
    return copy, frozenset(_piece(w) for w in needed if len(w) >= 3), tuple(sorted(w for w in needed if len(w) < 3))


def _piece(word: str) -> str:
    """The three-letter piece of ``word`` whose letters are rarest."""
    return max((word[i : i + 3] for i in range(len(word) - 2)), key=_rarity)


def _rarity(piece: str) -> int:
    return sum(_COMMON.find(c) if c in _COMMON else len(_COMMON) for c in piece)


def _needed(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence ``items`` holds, or None when none are known: the
    best of its runs of literal letters, its groups, its alternations (each branch's strings) and its repeats of at
    least once."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def offer(words: frozenset[str] | None) -> None:
        nonlocal best
        if words and (best is None or _worth(words) > _worth(best)):
            best = words

    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        offer(_literal(run))
        run = []
        if op is _sre.SUBPATTERN:
            offer(_needed(av[-1]))
        elif op is _sre.ATOMIC_GROUP:
            offer(_needed(av))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)):
            low, _high, item = av
            if low >= 1:
                offer(_needed(item))
        elif op is _sre.BRANCH:
            branches = [_needed(b) for b in av[1]]
            if all(branches):
                offer(frozenset[str]().union(*branches))  # type: ignore[arg-type]
    offer(_literal(run))
    return best


def _literal(run: list[str]) -> frozenset[str] | None:
    """A run of literal letters as the folded text holds any match of it (``fold``: the letters ``re`` takes as
    one, under ``IGNORECASE`` or not, are one there); None when empty or when a letter is one ``fold`` may not
    read as ``re`` does (as for the copy: not Latin or Cyrillic, or a class mixing word and non-word letters)."""
    word = "".join(run)
    if not word or not all(map(_latin_or_cyrillic, word)) or not _MIXED.isdisjoint(word):
        return None
    return frozenset([fold(word)])


def _worth(words: frozenset[str]) -> tuple[bool, int, int]:
    """How well ``words`` sift texts: all of three letters or more first, then fewer of them, then longer."""
    return all(len(w) >= 3 for w in words), -len(words), min(map(len, words))


@functools.lru_cache(maxsize=512)
def _pieces(folded: str) -> frozenset[str]:
    """The three-letter pieces of a folded text (kept for the last texts: a text is asked about by many patterns
    in a row, and a text's set takes some 20 KB)."""
    return frozenset([folded[i : i + 3] for i in range(len(folded) - 2)])


_SIFTED = 1000  # characters of the longest text sifted: a longer one (an article) holds most pieces of most words


def _cannot(pieces: frozenset[str] | None, short: tuple[str, ...], folded: str) -> bool:
    """True when ``folded`` holds none of the strings a match needs (``_quick``)."""
    return (
        pieces is not None
        and len(folded) <= _SIFTED
        and pieces.isdisjoint(_pieces(folded))
        and (not short or not any(w in folded for w in short))
    )


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, with the words it needs and the case-sensitive copy tried first on the folded
    text."""
    quick, pieces, short = _quick(pattern)
    if quick is not None or pieces is not None:
        folded = fold(text)
        if _cannot(pieces, short, folded) or (quick is not None and quick.search(folded) is None):
            return None
    return pattern.search(text)


def may_match(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """False when ``pattern`` surely finds nothing in ``text[pos:endpos]`` (as ``pattern.search(text, pos, endpos)``
    reads it: the folded text keeps every offset), True when it may."""
    quick, pieces, short = _quick(pattern)
    if quick is None and pieces is None:
        return True
    folded = fold(text)
    return not _cannot(pieces, short, folded) and (quick is None or quick.search(folded, pos, endpos) is not None)
