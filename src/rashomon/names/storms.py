"""Named storms: ``Storm Zelda``, ``Cyclone Zelda``, ``storm Zelda`` and ``шторм «Зельда»`` are one storm.

Extraction finds them (the kind word before a capitalised name, or a name in quotes after a Cyrillic kind word);
linking merges them by the storm's own name, spelled in Latin letters, whatever kind each report calls it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..data.calendar import ENGLISH_MONTHS, WEEKDAYS
from ..data.equipment import AIRCRAFT_WORDS, GENERIC_WORDS, SYSTEMS
from ..data.places import areas, cities, country_names, demonyms, fold
from ..data.speech import PERSON_VERBS
from ..data.storms import STORM_KINDS, STORM_KINDS_CYRILLIC
from .translit import spelling

_KINDS = "|".join(re.escape(k).replace(r"\ ", r"[ \t]+") for k in sorted(STORM_KINDS, key=len, reverse=True))
_LATIN = re.compile(
    rf"(?<![\w-])(?P<kind>(?i:{_KINDS}))[ \t]+(?P<name>[A-Z][a-z\u00e0-\u00ff'\u2019-]{{2,}})(?![\w-])"
    r"(?P<after>[ \t]+[\w-]+)?"
)
_CYRILLIC_KINDS = "|".join(sorted(STORM_KINDS_CYRILLIC, key=len, reverse=True))
_CYRILLIC = re.compile(
    rf"(?<![\w-])(?P<kind>(?i:{_CYRILLIC_KINDS})\w{{0,3}})[ \t]+(?P<q>[«\"\u201e\u201c]?)"
    r"(?P<name>[А-ЯЁA-Z][а-яёa-z-]{2,})[»\"\u201c\u201d]?"
)
_NAMED = re.compile(
    rf"(?P<kind>(?i:{_KINDS}|{_CYRILLIC_KINDS})\w{{0,3}})[ \t]+[«\"\u201e\u201c]?"
    r"(?P<name>[^\W\d_][\w'\u2019-]*)[»\"\u201c\u201d]?"
)
_NOT_NAMES = frozenset(ENGLISH_MONTHS) | frozenset(WEEKDAYS)
_NOT_AFTER = frozenset(w.casefold() for w in (*GENERIC_WORDS, *AIRCRAFT_WORDS, *PERSON_VERBS))


@dataclass(frozen=True, slots=True)
class Storm:
    start: int  # the mention: the kind word and the name ("Storm Zelda"), or the quoted name alone ("Зельда")
    end: int
    name: str  # "Storm Zelda"; a Cyrillic name alone
    aliases: tuple[str, ...]  # a Cyrillic name's kind word and name ("шторм Зельда"), by which linking knows it


def storms(text: str) -> list[Storm]:
    """The named storms of a text. The name is one capitalised word that no table knows as a place, a people, a
    month or a weekday; ``Storm Shadow`` missiles and ``Eurofighter Typhoon`` jets are equipment, and a name
    followed by a speech verb is a person's after the storm ("after the storm Lerov said")."""
    out = []
    for m in _LATIN.finditer(text):
        name, after = m.group("name"), (m.group("after") or "").strip().casefold()
        kind = " ".join(m.group("kind").split())
        if not _a_storm_name(name) or after in _NOT_AFTER or f"{kind.title()} {name}" in SYSTEMS:
            continue
        if kind.casefold() == "typhoon" and _word_before(text, m.start()) in SYSTEMS:
            continue  # "Eurofighter Typhoon"
        out.append(Storm(m.start(), m.end("name"), f"{kind[:1].upper()}{kind[1:]} {name}", ()))  # "Storm X"
    for m in _CYRILLIC.finditer(text):
        name = m.group("name")
        if not m.group("q") and not _CYRILLIC_NAME.fullmatch(name) or not _a_storm_name(name):
            continue
        out.append(Storm(m.start("name"), m.end("name"), name, (f"{m.group('kind').casefold()} {name}",)))
    return sorted(out, key=lambda s: s.start)


_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё-]+")
_WORD_BEFORE = re.compile(r"([\w-]+)[ \t]+$")


def _word_before(text: str, at: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return m.group(1) if m else ""


def _a_storm_name(name: str) -> bool:
    key = name.casefold()
    return not (
        key in _NOT_NAMES or key in country_names() or key in cities() or key in demonyms() or fold(key) in areas()
    )


def storm_key(name: str) -> str | None:
    """``storm:zelda`` for a storm's name with its kind word (``Cyclone Zelda``, ``шторм Зельда``); else None."""
    m = _NAMED.fullmatch(" ".join(name.split()))
    return None if m is None else "storm:" + spelling(m.group("name"))
