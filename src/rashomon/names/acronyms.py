"""The acronyms a name can be written as: ``Organization for Security and Co-operation in Europe`` -> ``OSCE``.

Extraction uses them to join a name the model cut short to the place it ends in
(when the whole spells an acronym the text uses); linking uses them to merge an
acronym with the name it stands for.
"""

from __future__ import annotations

import functools
import re

from ..data.places import demonyms

_NAME_WORD = re.compile(r"[^\W\d_][\w'-]*")  # in any script: "Корпус стражей исламской революции" is КСИР
# Words an acronym usually skips ("Organization for Security and ...": OSCE, not OFSAC; "и", "по" in Russian).
_SKIPPED = frozenset({"of", "for", "and", "the", "in", "on", "to", "de", "du", "des", "la", "le", "и", "по", "в", "на"})


def initials(name: str) -> set[str]:
    """Possible acronyms of a name (casefolded): every word's initial, and content words' only
    (``Ukrainian Armed Forces`` -> ``uaf``, and ``afu`` with the nationality moved to the end)."""
    words = _NAME_WORD.findall(name)
    content = [w for w in words if w.lower() not in _SKIPPED]
    # an acronym inside the name gives all its letters: "US Navy" is USN, "UN Security Council" UNSC, never "UN"
    forms = {"".join(map(_letters_of, content)).casefold(), "".join(map(_letters_of, words)).casefold()}
    # "Ukrainian Armed Forces" -> "AFU": the nationality may move to the end
    if content and content[0].casefold() in demonyms() and not content[0].isupper():
        rest = "".join(w[0] for w in content[1:])
        forms.add((rest + demonyms()[content[0].casefold()][0]).casefold())
    return {f for f in forms if len(f) >= 2}


def _letters_of(word: str) -> str:
    """What a word of a name gives its acronym: its initial, or every letter of an acronym of its own (``US``)."""
    return word if len(word) >= 2 and word.isupper() and word.isalpha() else word[0]


def spelled_by_prefixes(acronym: str, name: str) -> bool:
    """Whether ``acronym`` takes, word by word and in order, each word's first letter and maybe more of its
    letters: ``AZAL`` is AZerbaijan Air Lines, ``Komnas`` KOMisi NASional. Every word gives at least its first
    letter; the small words an acronym skips may give none."""
    letters = "".join(c for c in acronym.casefold() if c.isalnum())
    words = [w.casefold() for w in _NAME_WORD.findall(name)]
    if len(words) < 2 or len(letters) < 3 or len(letters) > 12:
        return False

    @functools.cache
    def word_from(i: int, j: int) -> bool:  # letters[i:] from words[j:]
        if j == len(words):
            return i == len(letters)
        word = words[j]
        if word in _SKIPPED and word_from(i, j + 1):
            return True
        return i < len(letters) and letters[i] == word[0] and inside(i + 1, j, 1)

    @functools.cache
    def inside(i: int, j: int, p: int) -> bool:  # letters[i:] from words[j][p:] and the words after it
        if word_from(i, j + 1):
            return True
        word = words[j]
        return i < len(letters) and any(word[q] == letters[i] and inside(i + 1, j, q + 1) for q in range(p, len(word)))

    return word_from(0, 0)


def initials_permuted(acronym: str, name: str) -> bool:
    """Whether an acronym of three letters or more has the initials of the name's content words in another order:
    an acronym of the name in the language it was coined in (``CNE``, Consejo Nacional Electoral, for the
    National Electoral Council; ``CGRI`` for the Islamic Revolutionary Guard Corps)."""
    letters = "".join(c for c in acronym.casefold() if c.isalpha())
    return len(letters) >= 3 and "".join(sorted(letters)) == sorted_initials(name)


def sorted_initials(name: str) -> str:
    """The initials of a name's content words in alphabetical order: the key of ``initials_permuted``."""
    return "".join(sorted(w[0].casefold() for w in _NAME_WORD.findall(name) if w.lower() not in _SKIPPED))


def abbreviates(acronym: str, name: str) -> bool:
    """Whether an acronym can be the name's: its initials (function words skipped or not), its words' beginnings
    (``spelled_by_prefixes``) or its content words' initials in another order (``initials_permuted``).
    ``UNSMIL`` abbreviates the United Nations mission in Libya, never Libya."""
    letters = "".join(c for c in acronym.casefold() if c.isalnum())
    return letters in initials(name) or spelled_by_prefixes(acronym, name) or initials_permuted(acronym, name)


def abbreviates_the_start(acronym: str, name: str) -> bool:
    """Whether an acronym of three letters or more is the initials of the name's first content words, the rest left
    out: ``IFRC`` of the International Federation of Red Cross and Red Crescent Societies."""
    letters, content = _letters(acronym), _content_initials(name)
    return len(letters) >= 3 and len(content) > len(letters) and content.startswith(letters)


def abbreviates_the_end(acronym: str, name: str) -> bool:
    """Whether an acronym of three letters or more is the initials of the name's last content words, the body it
    belongs to left out: ``OCHA`` of the United Nations Office for the Coordination of Humanitarian Affairs."""
    letters, content = _letters(acronym), _content_initials(name)
    return len(letters) >= 3 and len(content) > len(letters) and content.endswith(letters)


def _letters(acronym: str) -> str:
    return "".join(c for c in acronym.casefold() if c.isalpha())


def _content_initials(name: str) -> str:
    return "".join(w[0].casefold() for w in _NAME_WORD.findall(name) if w.lower() not in _SKIPPED)
