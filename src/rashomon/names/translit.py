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
# Latin spelling variants that mean the same sound in transliterated names.
_SPELLING = [
    ("shch", "sch"),
    ("x", "ks"),
    ("ph", "f"),
    ("ck", "k"),
    ("w", "v"),
    ("dzh", "j"),  # before j is y: Cyrillic дж is the English j ("Раджаи" and "Rajaee", "Азербайджан")
    ("j", "y"),
    ("q", "k"),
    ("tch", "ch"),
    ("kh", "h"),
    ("zh", "j"),
]
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
            out.append(ch)
    folded = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in folded if not unicodedata.combining(c))


_NOT_LATIN_LOWER = re.compile(r"[^a-z]")


@functools.lru_cache(maxsize=1 << 16)  # the same name words are keyed for every pair of entities compared
def skeleton(word: str) -> str:
    """``Sergei`` and ``Sergey`` -> ``srg``; ``Kyiv`` and ``Kiev`` -> ``kv``; ``Нарышкин`` -> ``nrshkn``."""
    w = _NOT_LATIN_LOWER.sub("", to_latin(word).lower())
    if not w:
        return ""
    for a, b in _SPELLING:
        w = w.replace(a, b)
    w = _HARD_C.sub("k", _SOFT_C.sub("s", w)).replace("z", "s")  # Nicolas/Николас, Gonzalez/Гонсалес
    first, rest = w[0], [c for c in w[1:] if c not in _VOWELS]
    out = [first]
    for c in rest:
        if c != out[-1]:
            out.append(c)
    return "".join(out)


def spelling(name: str) -> str:
    """A name in Latin letters, lower case, with the spelling variants of ``skeleton`` unified but its vowels kept:
    ``Aqtau`` and ``Актау`` are ``aktau``; for short names, whose skeletons say too little."""
    w = to_latin(name).casefold()
    for a, b in _SPELLING:
        w = w.replace(a, b)
    return w


def region_stem(word: str) -> str:
    """``Belgorodskaya`` -> ``Belgorod`` (the form a Russian region name takes before ``oblast``)."""
    latin = to_latin(word)
    stem = _ADJECTIVE.sub("", latin)
    return stem if len(stem) >= 3 else latin


@functools.lru_cache(maxsize=1 << 16)
def close_spelling(a: str, b: str) -> bool:
    """Two spellings of one name: equal after transliteration, or a few letters apart relative to their length
    (``Zelensky``/``Zelenskyy``, ``Sergei``/``Sergey``), never ``Stein``/``Satan`` or ``Kerry``/``Korea``."""
    x = _NOT_LATIN_LOWER.sub("", to_latin(a).lower())
    y = _NOT_LATIN_LOWER.sub("", to_latin(b).lower())
    if x == y:
        return True
    if not x or not y or x[0] != y[0] and {x[0], y[0]} != {"g", "h"}:  # Ukrainian H is Russian G
        return False
    return _levenshtein(x, y) <= max(1, round(0.25 * max(len(x), len(y))))


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
