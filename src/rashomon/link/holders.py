"""The one person a corpus names as the holder of an office of a place, for a speaker an article only describes.

``The governor of Lerovo province said`` names nobody, but another article of the same story may write ``Lerovo
governor Ana Pires`` or ``le gouverneur de la province de Lerovo, Mme Ana Pires``. A description whose head is an
office of a place (``data.speech.PLACE_OFFICES``: governor, mayor, prefect, prosecutor, in four languages) and that
names the place resolves to the person whose mentions are introduced, in any article, by the same office and the
same place, when exactly one person is; otherwise it is left a description. The office and the place are read from
the words right before a mention, in its clause, and from an apposition right after it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..data.cyrillic import CYRILLIC, country_of_word
from ..data.places import country_names, country_of, fold, foreign_demonyms
from ..data.speech import FORMER_WORDS, NATIONAL_OFFICE_PAIRS, NATIONAL_OFFICES, PLACE_KIND_WORDS, PLACE_OFFICES
from ..model import Entity

_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")
_DEFINITE = frozenset({"the", "le", "la", "l", "der", "die", "el"})
_LINKS = frozenset({"of", "de", "du", "des", "del", "d", "l", "the", "la", "le", "der", "die", "von", "in", "en"})
_CLAUSE_BREAK = re.compile(r"[.;!?\n\u201c\u201d\u00ab\u00bb\u201e\"]")
_COURTESY_DOT = re.compile(r"(?<![\w-])(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Gov|Gen)\.")
_APPOSED = re.compile(r"\s*,\s*([^,.;\n\u201c\u201d\u00ab\u00bb\u201e\"]{1,80})")
_BACK = 80  # characters before a name read for the office it is introduced with


def _words(text: str) -> list[str]:
    return [_bare(w) for w in _WORD.findall(text)]


def _bare(word: str) -> str:
    """A word without a possessive ending (``Georgia's``) or an elided article (``l'Etat``), case-folded."""
    w = word.casefold().replace("\u2019", "'")
    return w[:-2] if w.endswith("'s") else w.split("'")[-1]


def _joined(words: list[str]) -> list[str]:
    """Words with a two-word office joined by a hyphen: ``prime minister`` -> ``prime-minister``."""
    out: list[str] = []
    for w in words:
        if out and (pair := NATIONAL_OFFICE_PAIRS.get((out[-1], w))) is not None:
            out[-1] = pair
        else:
            out.append(w)
    return out


def _countries(words: list[str]) -> frozenset[str]:
    """The countries a run of words names, by name or national adjective (``georgia``, ``hungarian``), as
    ``@country`` keys; two-word names too (``united states``)."""
    found = {_country(w) for w in words} | {_country(f"{a} {b}") for a, b in zip(words, words[1:], strict=False)}
    return frozenset("@" + c.casefold() for c in found if c)


def _country(words: str) -> str | None:
    """The country a name (in any language the tables know) or a national adjective names, in English or another
    language (``britannique``, ``американский``)."""
    return (
        country_names().get(words)
        or country_names().get(fold(words))
        or country_of(words)
        or foreign_demonyms().get(fold(words))
        or (country_of_word(words) if " " not in words and CYRILLIC.search(words) else None)
    )


def national_office_of(description: str) -> tuple[str, frozenset[str]] | None:
    """(office, {@country}) of a description of a country's office holder: ``Georgia's prime minister`` ->
    ("prime minister", {"@georgia"}), ``the Hungarian prime minister``; None without one country or with a word
    that says the holder has left office (``the former president``)."""
    words = _joined(_words(description))
    if not words or len(words) > 8 or FORMER_WORDS & set(words):
        return None
    office = next((NATIONAL_OFFICES[w] for w in words if w in NATIONAL_OFFICES), None)
    countries = _countries(words)
    if office is None or len(countries) != 1:
        return None
    return office, countries


def office_of(description: str) -> tuple[str, frozenset[str]] | None:
    """(office, place words) of a definite description of an office of a place: ``The governor of Lerovo
    province`` -> ("governor", {"lerovo"}), ``le maire de Vell`` -> ("mayor", {"vell"}); None for anything else
    (no office, no place, ``a governor``, ``the governor``)."""
    raw = _WORD.findall(description)
    words = _words(description)
    if not words or len(words) > 10:
        return None
    office_at = next((i for i, w in enumerate(words) if w in PLACE_OFFICES), None)
    if office_at is None:
        return None
    # before the office only an article or capitalised words (the place: "Lerovo governor"); "a governor": nobody
    if not all(w in _DEFINITE or raw[i][:1].isupper() for i, w in enumerate(words[:office_at])):
        return None
    place = frozenset(
        w
        for i, w in enumerate(words)
        if i != office_at
        and raw[i][:1].isupper()
        and w not in _LINKS
        and w not in PLACE_KIND_WORDS
        and w not in _DEFINITE
    )
    return (PLACE_OFFICES[words[office_at]], place) if place else None


def _introductions(text: str, start: int, end: int) -> list[str]:
    """The words right before a mention, in its clause, and the apposition right after it."""
    before = _COURTESY_DOT.sub(" ", text[max(0, start - _BACK) : start])
    before = _CLAUSE_BREAK.split(before)[-1]
    after = _APPOSED.match(text, end, min(len(text), end + _BACK + 4))
    return [before, after.group(1) if after is not None else ""]


def holder(
    office: str,
    place: frozenset[str],
    entities: Sequence[Entity],
    texts: Mapping[str, str],
) -> str | None:
    """The id of the one person entity introduced somewhere in the corpus by ``office`` and every word of ``place``;
    None when none is, or more than one. For a country's office (``place`` a ``@country`` key) no person introduced
    with the country, the one person introduced by the office alone (``Prime Minister X``) and never with another
    country is its holder."""
    found: set[str] = set()
    bare: set[str] = set()  # introduced by the office with no country named
    elsewhere: set[str] = set()  # introduced by the office with another country
    for e in entities:
        if e.type != "PERSON":
            continue
        for m in e.mentions:
            text = texts.get(m.article)
            if text is None:
                continue
            before_it, after_it = _introductions(text, m.start, m.end)
            # the mention's own words count as what introduces it ("Crown Prince X" taken whole as the name)
            for before, intro in ((True, f"{before_it} {text[m.start : m.end]}"), (False, after_it)):
                words = _joined(_words(intro))
                if FORMER_WORDS & set(words) or not _introduces(words, office, before):
                    continue
                countries = _countries(words)
                if place <= set(words) | countries:
                    found.add(e.id)
                    break
                (elsewhere if countries else bare).add(e.id)
            if e.id in found:
                break
        if len(found) > 1:
            return None
    if not found and place and all(w.startswith("@") for w in place):
        found = bare - elsewhere
    return next(iter(found)) if len(found) == 1 else None


_OFFICE_REACH = 6  # words at most between an office and the name it introduces ("the governor of Lerovo province, X")


def _introduces(words: list[str], office: str, before: bool) -> bool:
    """Whether the office is among the words right before a name (``before``), or anywhere in the apposition after
    it: "Saudi Arabia's crown prince said on Wednesday the case of Jamal X" introduces no Jamal X as crown prince."""
    near = words[-_OFFICE_REACH - 1 :] if before else words
    return office in {PLACE_OFFICES.get(w) for w in near} | {NATIONAL_OFFICES.get(w) for w in near}
