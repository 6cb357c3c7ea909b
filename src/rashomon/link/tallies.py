"""How many things an act was done to: ``shot down five Indian jets``, ``struck nine sites``, ``launched ten
drones``, ``сбили пять индийских истребителей``. Each (kind of thing, act) pair is a question of its own; the words
are in ``data/tallies.py``, the answers are built in ``questions._tallies`` and compared by ``compare.same_tally``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from ..data.places import demonyms
from ..data.tallies import ACTS, ACTS_ABROAD, PAIRS, PEOPLE_ACTS, SAME_ACT, THINGS, THINGS_ABROAD
from ..model import Quantity
from . import tolls
from .views import ClaimView, side_of


class Tally(NamedTuple):
    """One count of things an act was done to, as a claim gives it."""

    quantity: Quantity
    things: str  # "aircraft", "drones", "missiles", "sites", "vehicles"
    act: str  # "downed", "destroyed", "struck", "fired"
    partial: bool  # a part of a larger count ("two of the jets", "including three Rafales")
    said: str  # the count as written, with what it counts ("five Indian jets", "пять индийских истребителей")
    doer: str = ""  # the side that did it, where the parse names it ("Israeli forces fired eight rockets": Israel)


# where the things an act is done to are in its frame: what is fired is its instrument (or its object)
_ROLES = {"fired": ("instrument", "patient")}
_PART_BEFORE = re.compile(
    r"(?<!total )(?<!number )\b(?:of|among|including|includes|included|dont|darunter|entre|из|в том числе)\b", re.I
)


def read(v: ClaimView) -> list[Tally]:
    """Every count of things done that the claim gives: from the parse in English, from the words around each number
    in the languages read without one."""
    if not v.quantities and v.language not in ("ru", "uk"):
        return []
    if v.language in (None, "en"):
        return _read_parsed(v) + _read_words(v, _people_en, PEOPLE_ACTS)
    return _read_words(v, _thing_abroad_word, ACTS_ABROAD)


def _things(counted: str | None) -> str | None:
    words = [w.strip(".,").casefold() for w in (counted or "").split()]
    if not words:
        return None
    if words[-1].endswith("s") and words[-1] in demonyms():
        return "people"  # "58 Russians were rescued"
    return next((name for name, nouns in THINGS.items() if words[-1] in nouns), None)


def _paired(things: str, act: str) -> str | None:
    """The act as its question names it, when it is one told of this kind of thing."""
    if act not in PAIRS.get(things, frozenset()):
        return None
    return SAME_ACT.get(act, act) if things in ("aircraft", "drones", "missiles") else act


def _read_parsed(v: ClaimView) -> list[Tally]:
    out: list[Tally] = []
    seen: set[int] = set()
    start = v.claim.span.start
    for f in v.frames:
        act = ACTS.get(f.predicate)
        if act is None or f.negated or f.hedged:
            continue
        for name in _ROLES.get(act, ("patient",)):
            role = f.role(name)
            if role is None:
                continue
            for q in v.quantities:
                if id(q) in seen or q.value is None or q.unit:
                    continue
                if not (role.span.start <= q.span.start and q.span.end <= role.span.end):
                    continue
                things = _things(q.counts)
                told = _paired(things, act) if things else None
                if things is None or told is None:
                    continue
                seen.add(id(q))
                before = v.claim.text[max(0, role.span.start - start - 14) : q.span.start - start]
                said = f"{q.text} {q.counts}" if q.counts else q.text
                agent = f.role("agent")
                doer = side_of(agent.text, None) if agent is not None else None
                out.append(Tally(q, things, told, _PART_BEFORE.search(before) is not None, said, doer or ""))
    return out


_WORD = re.compile(r"[\w'’-]+")
_THING_GAP = 3  # words between a number and the noun it counts ("пять индийских истребителей", "cinco aviones")
_ACT_WINDOW = 80  # characters either side of a count where the act told of it is looked for, inside its clause
_CLAUSE = re.compile(r"[.;:!?]")
_DIGIT = re.compile(r"\d")
_OUT_OF = re.compile(
    r"\s*(?:out of|of|из|sur|von|de|su)\s+[\d,.]+\s*(?:\w+\s*)?$", re.I
)  # "58 out of 500 were rescued"


def _thing_abroad_word(word: str) -> str | None:
    """The kind of thing a word of a language read without a parse names (``истребителей``, ``aviones``)."""
    for name, stems in THINGS_ABROAD.items():
        if word.startswith(stems):
            return name
    return "people" if tolls.people_abroad(word) else None


def _people_en(word: str) -> str | None:
    """``people``, ``sailors``, ``Russians``: people counted, in English."""
    return "people" if _things(word) == "people" else None


def _thing_after(after: str, noun_of: Callable[[str], str | None]) -> tuple[str, int] | None:
    """The kind of thing the words right after a number name, and where its word ends."""
    for n, m in enumerate(_WORD.finditer(after)):
        if n > _THING_GAP:
            return None
        name = noun_of(m.group().casefold())
        if name is not None:
            return name, m.end()
    return None


def _act_near(text: str, start: int, end: int, acts: dict[str, tuple[str, ...]]) -> str | None:
    """The act told nearest the count, inside its clause."""
    left = max((m.end() for m in _CLAUSE.finditer(text, max(0, start - _ACT_WINDOW), start)), default=0)
    left = max(left, start - _ACT_WINDOW)
    right_break = _CLAUSE.search(text, end)
    right = min(right_break.start() if right_break else len(text), end + _ACT_WINDOW)
    best: tuple[int, str] | None = None
    for m in _WORD.finditer(text, left, right):
        between_after = text[end : m.start()] if m.start() >= end else ""
        if _DIGIT.search(text, m.end(), start) or (_DIGIT.search(between_after) and not _OUT_OF.match(between_after)):
            continue  # "1,300 people were inside and 130 have been rescued": the act is the other number's
        word = m.group().casefold()
        for act, stems in acts.items():
            if word.startswith(stems):
                distance = start - m.end() if m.end() <= start else m.start() - end
                if best is None or distance < best[0]:
                    best = (distance, act)
    return best[1] if best else None


def _any_act(acts: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """Any word beginning with one of the acts' stems."""
    stems = sorted({stem for group in acts.values() for stem in group}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, stems))})", re.I)


_ANY_ACT_EN = _any_act(PEOPLE_ACTS)
_ANY_ACT_ABROAD = _any_act(ACTS_ABROAD)


def _read_words(v: ClaimView, noun_of: Callable[[str], str | None], acts: dict[str, tuple[str, ...]]) -> list[Tally]:
    """Counts read from the words around each number: the kind of thing right after it, the act nearest in its
    clause."""
    text, start = v.claim.text, v.claim.span.start
    if not (_ANY_ACT_EN if acts is PEOPLE_ACTS else _ANY_ACT_ABROAD).search(text):
        return []  # most claims tell no such act: no number need be read
    numbers = list(v.quantities)
    if v.language in ("ru", "uk"):
        numbers += tolls.worded(text, v.article, start)
    out: list[Tally] = []
    seen: set[int] = set()
    for q in sorted(numbers, key=lambda q: q.span.start):
        if q.value is None or q.unit or q.span.start in seen:
            continue
        rel_start, rel_end = q.span.start - start, q.span.end - start
        found = _thing_after(text[rel_end : rel_end + 60], noun_of)
        if found is None:
            continue
        things, noun_end = found
        act = _act_near(text, rel_start, rel_end + noun_end, acts)
        told = _paired(things, act) if act else None
        if told is None:
            continue
        seen.add(q.span.start)
        part = _PART_BEFORE.search(text[max(0, rel_start - 14) : rel_start]) is not None
        out.append(Tally(q, things, told, part, text[rel_start : rel_end + noun_end]))
    return out
