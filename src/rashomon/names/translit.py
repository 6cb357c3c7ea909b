"""Spelling-independent keys for names: Cyrillic to Latin, and a consonant skeleton.

Names from Russian and Ukrainian reach English in several spellings (Sergey,
Sergei; Dmitry, Dmitriy; Kharkov, Kharkiv; Kiev, Kyiv; Odessa, Odesa; Zelensky,
Zelenskyy) and in Cyrillic (Нарышкин). The skeleton keeps the first letter and
the consonants, with doubled letters collapsed, after spelling normalisation,
so these variants meet while genuinely different names stay apart.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..data import translit

_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "і": "i",
    "ї": "yi",
    "є": "ye",
    "ґ": "g",
    "ў": "u",
}
# Latin spelling variants that mean the same sound in transliterated names (data.translit.SPELLING).
_SPELLING = tuple((re.compile(a), b) for a, b in translit.SPELLING)
_ALTERNATES = tuple((re.compile(a), b) for a, b in translit.ALTERNATES)
_VOWELS = set("aeiouy")
# Romance and English spellings against their Russian transcriptions: a soft c is s, a hard c is k, z is s
_SOFT_C = re.compile(r"c(?=[eiy])")
_HARD_C = re.compile(r"c(?!h)")
# Russian adjectival endings of region names: Belgorodskaya (oblast) -> Belgorod.
_ADJECTIVE = re.compile(r"(?:sk(?:aya|ij|iy|ii|oy|oj|oi|ogo|ой)|ska|ski|sky)$")


@functools.lru_cache(maxsize=1 << 16)  # the same few names are keyed again and again across a corpus
def to_latin(text: str) -> str:
    """Cyrillic letters transliterated, accents removed, case kept for the first letter of each word."""
    out = []
    for ch in text:
        low = ch.lower()
        if low in _CYRILLIC:
            lat = _CYRILLIC[low]
            out.append(lat.capitalize() if ch != low and lat else lat)
        else:
            out.append(translit.LATIN_LETTERS.get(ch, ch))
    folded = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in folded if not unicodedata.combining(c))


_NOT_LATIN_LOWER = re.compile(r"[^a-z]")


@functools.lru_cache(maxsize=1 << 16)  # the same name words are keyed for every pair of entities compared
def skeleton(word: str) -> str:
    """``Sergei`` and ``Sergey`` -> ``srg``; ``Kyiv`` and ``Kiev`` -> ``kv``; ``Нарышкин`` -> ``nrshkn``."""
    w = _NOT_LATIN_LOWER.sub("", to_latin(word).lower())
    if not w:
        return ""
    w = _respelled(w)
    w = _HARD_C.sub("k", _SOFT_C.sub("s", w)).replace("z", "s")  # Nicolas/Николас, Gonzalez/Гонсалес
    first, rest = w[0], [c for c in w[1:] if c not in _VOWELS]
    out = [first]
    for c in rest:
        if c != out[-1]:
            out.append(c)
    return "".join(out)


@functools.lru_cache(maxsize=1 << 16)  # every mention's name is spelled when the corpus votes on its type
def spelling(name: str) -> str:
    """A name in Latin letters, lower case, with the spelling variants of ``skeleton`` unified but its vowels kept:
    ``Aqtau`` and ``Актау`` are ``aktau``; for short names, whose skeletons say too little."""
    return _respelled(to_latin(name).casefold())


def _respelled(word: str) -> str:
    for pattern, repl in _SPELLING:
        word = pattern.sub(repl, word)
    return word


def region_stem(word: str) -> str:
    """``Belgorodskaya`` -> ``Belgorod`` (the form a Russian region name takes before ``oblast``)."""
    latin = to_latin(word)
    stem = _ADJECTIVE.sub("", latin)
    return stem if len(stem) >= 3 else latin


@functools.lru_cache(maxsize=1 << 16)
def close_spelling(a: str, b: str) -> bool:
    """Two spellings of one name: equal after transliteration, or a few letters apart relative to their length
    (``Zelensky``/``Zelenskyy``, ``Sergei``/``Sergey``), as written or once each convention's spelling of a sound
    is the English one (``Selenskyj``, ``Klitschko``/``Klychko``); never ``Stein``/``Satan`` or ``Kerry``/``Korea``."""
    x = _NOT_LATIN_LOWER.sub("", to_latin(a).lower())
    y = _NOT_LATIN_LOWER.sub("", to_latin(b).lower())
    if x == y or _close(x, y):
        return True
    return any(_close(u, v) for u in sound_forms(a) for v in sound_forms(b))


def _close(x: str, y: str) -> bool:
    x, y = opening_e(x), opening_e(y)
    if not x or not y or x[0] != y[0] and {x[0], y[0]} != {"g", "h"}:  # Ukrainian H is Russian G
        return False
    return x == y or _levenshtein(x, y) <= max(1, round(0.25 * max(len(x), len(y))))


_DOUBLED = re.compile(r"(.)\1+")
_OPENING_YE = re.compile(r"^[yij](?=e)")


def opening_e(word: str) -> str:
    """A surname with the Russian Е that opens it written E: Ye in English, Je in German, E in French and Italian
    (``yevkurov``, ``jewkurow``, ``evkurov``). Lower case, Latin letters."""
    return _OPENING_YE.sub("", word)


@functools.lru_cache(maxsize=1 << 16)
def sound_forms(word: str) -> frozenset[str]:
    """A name word as it sounds, vowels kept: spelled by the English convention, ``y`` as ``i``, ``z`` as ``s``,
    doubled letters single (``Zelenskyy`` and ``Selenskyj`` -> ``selenski``, ``Jan`` -> ``ian`` but ``Jean`` ->
    ``iean``); with a second form where a convention's letters read two ways (German ``ch`` as ``kh``)."""
    w = _NOT_LATIN_LOWER.sub("", to_latin(word).lower())
    forms = {w} | {alt for pattern, repl in _ALTERNATES if (alt := pattern.sub(repl, w)) != w}
    out = set()
    for form in forms:
        form = _HARD_C.sub("k", _SOFT_C.sub("s", _respelled(form)))
        out.add(_DOUBLED.sub(r"\1", form.replace("y", "i").replace("z", "s")))
    return frozenset(f for f in out if f)


@functools.lru_cache(maxsize=1 << 16)
def sound_keys(word: str) -> frozenset[str]:
    """The consonant skeletons of a name word under each reading of its letters: ``skeleton`` and, for a word with
    letters that read two ways, the other skeleton (``Chodorkowski`` -> ``chdrkvsk`` and ``hdrkvsk``)."""
    w = _NOT_LATIN_LOWER.sub("", to_latin(word).lower())
    return frozenset({skeleton(w)} | {skeleton(pattern.sub(repl, w)) for pattern, repl in _ALTERNATES}) - {""}


def gendered_pair(a: str, b: str) -> bool:
    """A man's and a woman's form of one surname (``Ivanov``/``Ivanova``, ``Zelensky``/``Zelenska``): two people.
    Latin names only; a Cyrillic form may be an inflected case of the man's name."""
    x, y = _latin_letters(a), _latin_letters(b)
    if x is None or y is None or x == y:
        return False
    for he, she in translit.GENDERED_SURNAME_ENDINGS:
        for m, f in ((x, y), (y, x)):
            if m.endswith(he) and f.endswith(she) and m[: -len(he)] == f[: -len(she)] and len(m) > len(he) + 1:
                return True
    return False


@functools.lru_cache(maxsize=1 << 16)
def _latin_letters(name: str) -> str | None:
    """A Latin name's lower-case letters, accents removed; None for a name with Cyrillic letters."""
    if _CYRILLIC_LETTER.search(name):
        return None
    return _NOT_LATIN_LOWER.sub("", fold_latin(name).lower())


def fold_latin(text: str) -> str:
    """Accents removed (``Zelenská`` -> ``Zelenska``)."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c))


_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def one_letter_apart(a: str, b: str) -> bool:
    """Two spellings one letter apart: one letter left out, added or changed (``Brandtner``/``Brantner``)."""
    return a != b and abs(len(a) - len(b)) <= 1 and _levenshtein(a, b) == 1
