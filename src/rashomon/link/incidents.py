"""Reading a claim's words for two questions force used on a person raises: was the person a threat when the force
was used, and what the one who used it is held or charged for.

Each reader takes a claim's text (and, for a charge, the words of its sentence before it) and gives ``Reading``\\ s:
the answer, where in the text it stands, and how it is told (``denied`` when a negation governs it, ``hedged`` when a
charge is only expected). The stance of the claim itself, its origin and its day are ``questions.py``'s.

What is not read as a threat: a threat aimed at someone other than the officers (``pointed a gun at a woman``), the
officers' own acts (``the officer drove at him``), what a crowd did (``rioters attacked officers``, often in the
unrest that followed), a statement about many incidents (``each year``), and a movement away that the claim does not
tie to the moment of the force (``one passenger fled while the other was arrested``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import folded
from ..data.disputes import CONDITIONALS
from ..data.incidents import (
    AS_MARKERS,
    AS_REACH,
    CHARGE_BLOCKED,
    CHARGE_DENIED,
    CHARGE_LINKS,
    CHARGE_LIST,
    CHARGE_OFFENCES,
    CHARGE_OPEN,
    CHARGE_RANKS,
    CHARGE_REACH,
    CHARGE_STAGE_AFTER,
    CHARGE_STAGES,
    CROWDS,
    FORCE_NOT_USED,
    FORCE_USED,
    GENERIC,
    OBJECT_PRONOUNS,
    OFFICER_PHRASE,
    OFFICERS,
    REPORTED,
    THREAT_ANCHORED,
    THREAT_ASPECTS,
    THREAT_FORCE_ANCHORED,
    THREAT_TIED,
    THREATS,
    UNREST,
)


@dataclass(frozen=True, slots=True)
class Reading:
    """One answer read from a claim's text: its value, its offsets in the text, whether a negation or an open word
    governs it (``denied``, ``hedged``, or ``""`` for the claim's own stance), and for a charge its stage."""

    value: str
    start: int
    end: int
    told: str = ""
    stage: str = ""


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_OFFICER = OFFICER_PHRASE.replace("{officers}", _alternation(OFFICERS))
_TARGET = rf"(?:{_OFFICER}|(?:{_alternation(OBJECT_PRONOUNS)})\b)"
_THREAT = {
    value: re.compile(
        "|".join(f"(?:{p.replace('{officer}', _OFFICER).replace('{target}', _TARGET)})" for p in patterns), re.I
    )
    for value, patterns in THREATS.items()
}
_OFFICER_WORD = re.compile(rf"\b(?:{_alternation(OFFICERS)})\b", re.I)
_CROWD_WORD = re.compile(rf"\b(?:{_alternation(CROWDS)})\b", re.I)
_UNREST = re.compile(rf"\b(?:{_alternation(UNREST)})\b", re.I)
_GENERIC = re.compile(rf"\b(?:{_alternation(GENERIC)})\b", re.I)
_REPORTED = re.compile(rf"\b(?:{_alternation(REPORTED)})(?!\w)", re.I)
_FORCE = re.compile(rf"\b(?:{_alternation(FORCE_USED)})\b", re.I)
_AT_OFFICERS = re.compile(rf"\s+(?:at|on|sur)\s+{_OFFICER}", re.I)
_FORCE_DENIED = re.compile(rf"(?<!\w)(?:{_alternation(FORCE_NOT_USED)})\s+(?:\w+\s+)?$", re.I)
_MARKER = re.compile(rf"(?<!\w)(?:{_alternation(AS_MARKERS)})(?!\w)", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()–—]")
# a negation that governs the words right after it, inside their clause: "did not drive at", "n'a pas foncé"
_NEGATED = re.compile(
    r"(?:\b(?:not|never|no|neither|nor|pas|jamais|denied|denies|deny|denying|nié|nie|dément\w*)\b|n't\b)"
    r"(?:(?!\b(?:but|mais|rather|instead)\b)[^,;:.!?]){0,30}$",
    re.I,
)
_AFTER_UNARMED = re.compile(rf"\s+(?:\w+\s+)?(?:{_alternation(CROWDS)})\b", re.I)


def threats(text: str, lead: str = "") -> list[Reading]:
    """What the person on whom force was used was doing, as the claim tells it: one reading per answer, the first
    words that give it. ``lead``, the words of the sentence before the claim, may name the officers (``police
    suggested [the driver drove at them]``)."""
    # every answer needs the officers or their force named around it: most claims name neither, and two cheap
    # passes over the folded text tell so
    officers = folded.search(_OFFICER_WORD, f"{lead} {text}") is not None
    if not officers and folded.search(_FORCE, text) is None or folded.search(_GENERIC, text):
        return []
    around = _Around(force=bool(_forces(text)), officers=officers, unrest=_UNREST.search(text) is not None)
    threatened = [(value, p) for value, p in _THREAT.items() if folded.may_match(p, text)]
    out = []
    for value, pattern in threatened:
        m = next((m for m in pattern.finditer(text) if _threat_counts(value, m, text, around)), None)
        if m is not None:
            told = "denied" if _NEGATED.search(text[: m.start()]) else ""
            out.append(Reading(value, m.start(), m.end(), told))
    return out


@dataclass(frozen=True, slots=True)
class _Around:
    """What the claim names besides a threat answer's words: the officers' force, the officers (in its sentence),
    riots or crowd control."""

    force: bool
    officers: bool
    unrest: bool


def _forces(text: str) -> list[re.Match[str]]:
    """The words of force the officers used: not force aimed at them (``fired at police``), not force said not to
    be used or pleaded against (``did not fire``, ``don't shoot``)."""
    return [
        f
        for f in _FORCE.finditer(text)
        if not _AT_OFFICERS.match(text, f.end()) and not _FORCE_DENIED.search(text[max(0, f.start() - 20) : f.start()])
    ]


def _threat_counts(value: str, m: re.Match[str], text: str, around: _Around) -> bool:
    """Whether the words a threat answer's pattern found answer the question here (see the module's docstring)."""
    aspect, threat = THREAT_ASPECTS[value]
    if threat and around.unrest:
        return False  # "rioters attacked officers", "officers fired tear gas when people attacked police"
    if value in THREAT_FORCE_ANCHORED and not around.force:
        return False  # "complied with police orders" in an arrest
    if value in THREAT_ANCHORED and not (around.force or around.officers):
        return False  # "the storm posed no threat"
    if value == "unarmed" and _AFTER_UNARMED.match(text, m.end()):
        return False  # "unarmed protesters": a crowd
    if value in THREAT_TIED:
        return _tied(m, text)
    if threat and aspect != "whole":
        # at whom ("drove into them" with no officer named around) and who did it (the officer, a crowd)
        return around.officers and not _subject_is_other(text[: m.start()])
    return True


def _subject_is_other(before: str) -> bool:
    """The words before an act name a crowd anywhere in its sentence (``the crowd grew restless, and finally
    attacked the police``), or the officers in its clause after any words of saying (``the officer drove at him``,
    but not ``police said the man drove at officers``): the act is theirs, not the person's."""
    if _CROWD_WORD.search(before) is not None:
        return True
    cut = max((b.end() for b in _CLAUSE_BREAK.finditer(before)), default=0)
    cut = max([cut, *(r.end() for r in _REPORTED.finditer(before))])
    return _OFFICER_WORD.search(before[cut:]) is not None


def _tied(m: re.Match[str], text: str) -> bool:
    """A movement away tied to the moment of the force: a marker right before it with the force elsewhere in the
    sentence (``fired as he drove off``, ``when the car began to drive off, ... fired``), or the movement, a marker
    and the force in that order (``was running away when an officer shot him``). The force must be the officers'
    (``fired at police as he fled`` is the person's)."""
    forces = _forces(text)
    if not forces:
        return False
    for k in _MARKER.finditer(text):
        if k.end() <= m.start() and m.start() - k.end() <= AS_REACH:
            between = text[k.end() : m.start()]
            if not _CLAUSE_BREAK.search(between) and not _subject_is_other(between):
                return any(f.start() < k.start() or f.start() >= m.end() for f in forces)
        if k.start() >= m.end() and k.start() - m.end() <= _MARKER_AFTER:
            if _CLAUSE_BREAK.search(text, m.end(), k.start()):
                continue
            reach = k.end() + AS_REACH
            f = next((f for f in forces if k.end() <= f.start() < reach), None)
            if f is not None and not _CLAUSE_BREAK.search(text, k.end(), f.start()):
                return not _subject_is_other(text[: m.start()])
    return False


_MARKER_AFTER = 15  # characters between a movement and a marker after it ("was running away when")

# charges
_OFFENCES = [
    (value, re.compile(rf"\b(?:{_alternation(patterns)})\b", re.I)) for value, patterns in CHARGE_OFFENCES.items()
]
_STAGE_CUES = [(stage, re.compile(rf"\b(?:{_alternation(cues)})\b", re.I)) for stage, cues in CHARGE_STAGES.items()]
_BLOCKED = re.compile(rf"\b(?:{_alternation(CHARGE_BLOCKED)})\b", re.I)
_STAGE_AFTER = {
    stage: re.compile(rf"\s*[\"”»']?\s*(?:{_alternation(cues)})\b", re.I) for stage, cues in CHARGE_STAGE_AFTER.items()
}
_ARTICLE = r"(?:(?:the|a|an|le|la|les|l['’]|un|une|des)\s*)?"
_QUOTES = r"[\s\"“”«»'‘’]*"
_LINKED = re.compile(rf"(?:^|\W)(?:{_alternation(CHARGE_LINKS)}){_QUOTES}{_ARTICLE}{_QUOTES}$", re.I)
_LISTED = re.compile(rf"(?:^|\W)(?:{_alternation(CHARGE_LIST)}){_QUOTES}{_ARTICLE}{_QUOTES}$", re.I)
_ANY_LINK = re.compile(rf"(?:^|\W)(?:{_alternation(CHARGE_LINKS)})(?!\w)", re.I)
_OPEN = re.compile(rf"\b(?:{_alternation(CHARGE_OPEN)})\b", re.I)
# a condition ("if convicted of murder") or an open question ("whether to charge him"): the conditionals of data
_CONDITION = re.compile("|".join((*CONDITIONALS, r"\bwhether\b")), re.I)
_NOT_CHARGED = re.compile("|".join(f"(?:{p})" for p in CHARGE_DENIED), re.I)
_SENTENCE_BREAK = re.compile(r"[.;!?]")


def charges(text: str, lead: str = "") -> list[Reading]:
    """What the claim says someone is held, investigated, charged or convicted for: each offence the words of a
    stage govern (``lead``, the sentence's words before the claim, may hold the stage: ``placed in custody for
    "murder"``), and a charge denied outright (``has not been charged``: the value ``charged``, denied). Offsets are
    the claim text's."""
    out: list[Reading] = []
    whole = f"{lead} {text}" if lead else text
    shift = len(whole) - len(text)
    taken: list[tuple[int, int]] = []
    for value, pattern in _OFFENCES:
        if not folded.may_match(pattern, whole):
            continue
        for m in pattern.finditer(whole):
            if m.start() < shift or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            reading = _charge_at(value, m, whole)
            if reading is not None:
                out.append(Reading(value, m.start() - shift, m.end() - shift, reading[1], reading[0]))
    if not out:
        n = folded.search(_NOT_CHARGED, text)
        if n is not None:
            out.append(Reading("charged", n.start(), n.end(), "denied", "charged"))
    return out


def _charge_at(value: str, m: re.Match[str], whole: str) -> tuple[str, str] | None:
    """``(stage, told)`` for an offence found at ``m``: the stage of the nearest words before it that govern it
    through a link (``charged with``, ``garde à vue pour``), raised by a stage word right after it (``homicide
    charges``); None when the nearest such words are an accusation, a call or an acquittal, or a condition governs
    it."""
    before = whole[max(0, m.start() - CHARGE_REACH) : m.start()]
    cut = max((b.end() for b in _SENTENCE_BREAK.finditer(before)), default=0)
    before = before[cut:]
    if _CONDITION.search(before):
        return None
    nearest: tuple[int, str] | None = None
    for stage, cue in (*_STAGE_CUES, ("", _BLOCKED)):
        for c in cue.finditer(before):
            # a stage governs the offence through a link; an accusation or a call reaches it anyway ("called for
            # murder charges")
            if (not stage or _governs(before[c.end() :])) and (nearest is None or c.start() > nearest[0]):
                nearest = (c.start(), stage)
    after = next((stage for stage, cue in _STAGE_AFTER.items() if cue.match(whole, m.end())), None)
    if nearest is not None and nearest[1] == "":
        return None  # "a complaint accusing the officer of murder", "calls for murder charges"
    stages = [s for s in (nearest[1] if nearest else None, after) if s]
    if not stages:
        return None
    stage = max(stages, key=lambda s: CHARGE_RANKS[s])
    told = "denied" if _NEGATED.search(before) else "hedged" if _OPEN.search(before) else ""
    return stage, told


def _governs(gap: str) -> bool:
    """The words between a stage's words and an offence tie the offence to it: they end on a link (``with``,
    ``on suspicion of``, ``pour "``), or on a list word after a link (``with arson and``)."""
    if _LINKED.search(gap):
        return True
    return _LISTED.search(gap) is not None and _ANY_LINK.search(gap) is not None
