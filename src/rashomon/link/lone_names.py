"""Groups the coverage names, found again where an article in another language writes one alone.

The finders of the languages read without a parse (``extract/entities_fr.py`` and its Russian twin) leave a lone
capitalised word untyped: German capitalises every noun, and a word alone may be anything. Yet the corpus often
knows the word: an English article's parse named ``Hezbollah`` an organisation, and the German ``Hisbollah``, the
Spanish ``Hezbolá`` and the Russian ``«Хезболлы»`` spell that name. A lone word of such an article is a mention of
that organisation when its consonants, written as English spells them and without a case ending or a silent final
h, are the name's own, and no other organisation of the corpus is spelled so.

Only one-word names of organisations long enough to tell apart are looked for (``Hezbollah``, ``Hamas``,
``Gazprom``), never a kind of body (``Army``), an outlet or a people; a word inside a mention its article already has
is left to that mention.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..data.cyrillic import CYRILLIC
from ..data.institutions import HEADS
from ..model import Analysis, Mention, Span
from ..names.translit import close_spelling, fold_latin, skeleton

MIN_LETTERS = 5  # shorter names ("NATO", "Шин") are too often another word's spelling
MIN_SPELLED_LETTERS = 6  # a word spelled otherwise than the name must be this long to be told apart ("Fatah")
MIN_CONSONANTS = 3  # a skeleton shorter than this says too little ("hm" could be many words)
_ENGLISH = frozenset({None, "en"})
# a capitalised word, Latin or Cyrillic, with no digit; hyphenated compounds ("Hisbollah-Miliz") are names of their own
_LONE = re.compile(rf"(?<![\w'’-])[A-ZА-ЯЁІЇЄҐ][^\W\d_]{{{MIN_LETTERS - 1},}}(?![\w'’-])")
_CASE_ENDINGS = "аяуюыиеіо"  # one-letter Russian and Ukrainian case endings of a name ("Хезболлы", "ХАМАСа")
_KIND_WORDS = frozenset(h.casefold() for h in HEADS)


def key(word: str) -> str:
    """A one-word name's consonants as English spells them, without a Cyrillic case ending or a silent final h:
    ``Hezbollah``, ``Hisbollah``, ``Hezbolá`` and ``Хезболлы`` are all ``hsbl``."""
    if CYRILLIC.search(word) and len(word) > MIN_LETTERS and word[-1].casefold() in _CASE_ENDINGS:
        word = word[:-1]
    out = skeleton(word)
    return out[:-1] if out.endswith("h") and len(out) > MIN_CONSONANTS else out


def found_again(analyses: Sequence[Analysis]) -> dict[int, list[Mention]]:
    """Article position -> the mentions of known organisations its lone words add (none for English articles)."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for a in analyses:
        for m in a.mentions:
            if m.type == "ORG" and _one_word_name(m.name):
                names[key(m.name)][m.name] += 1
    known = {}
    for k, counted in names.items():
        if len(k) < MIN_CONSONANTS:
            continue
        latin = [name for name, _ in counted.most_common() if not CYRILLIC.search(name)]
        known[k] = latin[0] if latin else counted.most_common(1)[0][0]  # the Latin name answers for both scripts
    if not known:
        return {}
    out: dict[int, list[Mention]] = {}
    for n, a in enumerate(analyses):
        if a.article.language in _ENGLISH:
            continue
        taken = sorted((m.span.start, m.span.end) for m in a.mentions)
        found = []
        for w in _LONE.finditer(a.article.text):
            name = known.get(key(w.group(0)))
            if name is None or not spells(w.group(0), name) or _inside(taken, w.start(), w.end()):
                continue
            found.append(Mention(span=Span(w.start(), w.end()), text=w.group(0), type="ORG", name=name))
        if found:
            out[n] = found
    return out


def spells(word: str, name: str) -> bool:
    """A word of the same consonants spells the name: the very name, or a word long enough to tell (``Fatah`` is not
    ``Fateh``) and close to it in spelling once a Cyrillic case ending is set aside (``Sarvinto`` is not
    ``Sorvanta``)."""
    if fold_latin(word).casefold() == fold_latin(name).casefold():
        return True
    if word.casefold() in _KIND_WORDS or len(word) < MIN_SPELLED_LETTERS:
        return False
    bare = word[:-1] if CYRILLIC.search(word) and word[-1].casefold() in _CASE_ENDINGS else word
    return close_spelling(bare, name)


def fits(name: str) -> bool:
    """A one-word organisation name long enough to be keyed (``Hezbollah``, ``Хезболла``; not ``Army``)."""
    return _one_word_name(name) and len(key(name)) >= MIN_CONSONANTS


def _one_word_name(name: str) -> bool:
    return " " not in name and len(name) >= MIN_LETTERS and name.casefold() not in _KIND_WORDS and name[:1].isupper()


def _inside(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in taken)
