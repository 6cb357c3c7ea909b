"""Roles of people, from the titles and appositions around their names.

``Kremlin spokesman Dmitry Peskov``, ``Robert Wood, Deputy Permanent
Representative of the United States to the UN,`` and ``Russia's permanent
representative to the UN Security Council, Vasily Nebenzya,`` all say who the
person is. The small model's parse of such titles is unreliable, so the title
is read from the surface: a run of title words, names and connectors that
holds at least one word of ``institutions.TITLES``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..data.institutions import HEADS, TITLES
from ..model import Span
from .nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CONNECTORS = {"of", "to", "for", "the", "and", "at", "in", "on", "'s", "’s", "’", "'", "-", "(", ")"}
_TITLE_WORDS = {w.casefold() for w in TITLES} | {
    "scientist",
    "economist",
    "historian",
    "diplomat",
    "politician",
    "activist",
    "lawyer",
    "doctor",
    "spokesperson",
    "ombudsman",
    "commissioner",
    "negotiator",
    "observer",
    "strategist",
    # professions a witness or a doctor is introduced by
    "superintendent",
    "surgeon",
    "physician",
    "dean",
    "rector",
    "lecturer",
    "engineer",
    "pilot",
    "nurse",
    "paramedic",
    "teacher",
    "farmer",
    "fisherman",
    "shopkeeper",
    "trader",
    # and the crews, workers and witnesses of an incident
    "master",
    "skipper",
    "sailor",
    "seaman",
    "crewman",
    "mate",
    "soldier",
    "resident",
    "witness",
    "survivor",
    "worker",
    "volunteer",
    "medic",
    "firefighter",
    "rescuer",
    "priest",
    "imam",
    "pastor",
    "student",
    "driver",
    "owner",
    "manager",
    "vendor",
    "villager",
    "mechanic",
    "technician",
    "midwife",
    "pharmacist",
    "coroner",
    "pathologist",
    "headmaster",
    "principal",
    "employee",
    "contractor",
    "consultant",
    "guard",
    "photographer",
    "eyewitness",
}
_HEAD_WORDS = {w.casefold() for w in HEADS}
_STOP_POS = {"VERB", "AUX", "PRON", "SCONJ", "NUM", "PUNCT", "SYM", "X", "INTJ", "PART"}
_MAX_TOKENS = 20


def is_person_title(word: str) -> bool:
    """Whether ``word`` is a title or profession a person is introduced by (``prosecutor``, ``lawyer``)."""
    return word.casefold() in _TITLE_WORDS


def _is_title_token(tok: Token) -> bool:
    return tok.lower_ in _TITLE_WORDS or (tok.lower_.endswith("s") and tok.lower_[:-1] in _TITLE_WORDS)


def _usable(tok: Token) -> bool:
    """A token that may stand inside a title phrase."""
    if tok.lower_ in _CONNECTORS:
        return True
    if tok.pos_ in _STOP_POS and not (tok.is_title or tok.is_upper):
        return False
    if tok.text in {",", ";", ":", ".", "!", "?", "\u201c", "\u201d", '"'}:
        return False
    return tok.is_alpha or "-" in tok.text or tok.is_title or tok.is_upper


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Drop connectors and determiners at the edges of token range [start, end)."""
    while start < end and (doc[start].lower_ in _CONNECTORS or doc[start].pos_ == "DET"):
        start += 1
    while end > start and (doc[end - 1].lower_ in _CONNECTORS or doc[end - 1].pos_ in ("DET", "ADP", "CCONJ")):
        end -= 1
    if end <= start or not any(_is_title_token(doc[i]) for i in range(start, end)):
        return None
    return start, end


def _dash(doc: Doc, i: int) -> bool:
    """A free-standing dash (``JERUSALEM (AP) - Israeli Defence Minister``) ends a dateline, not a title; the
    hyphen of ``commander-in-chief`` touches its words."""
    return doc[i].text in ("-", "\u2013", "\u2014", "--") and i > 0 and bool(doc[i - 1].whitespace_)


def _hyphenated(doc: Doc, i: int) -> bool:
    """The second half of a hyphenated word (``Russian-installed``), whatever the tagger calls it."""
    return i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def _left_title(doc: Doc, first: int) -> tuple[int, int] | None:
    """``Kremlin spokesman [Dmitry Peskov]`` or ``Russia's envoy to the UN, [Vasily Nebenzya]``; a preposition
    that titles do not use (``by phone with``) ends the title."""
    i = first - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1  # title, Name,
    end = i + 1
    while (
        i >= 0
        and first - i <= _MAX_TOKENS
        and _usable(doc[i])
        and not doc[i].is_sent_end
        and not _dash(doc, i)
        and not (doc[i].pos_ == "ADP" and doc[i].is_lower and doc[i].lower_ not in _CONNECTORS)
    ):
        if doc[i].ent_type_ in ("PERSON",) and i < end - 1 and doc[i + 1].lower_ not in ("'s", "’s"):
            break  # another person's name ends the title unless it is a possessive ("Putin's spokesman")
        i -= 1
    return _trim(doc, i + 1, end)


def _right_title(doc: Doc, last: int) -> tuple[int, int] | None:
    """``[Robert Wood], Deputy Permanent Representative of the United States to the UN,``."""
    i = last + 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    start = i
    while (
        i < len(doc)
        and i - start < _MAX_TOKENS
        and (_usable(doc[i]) or doc[i].pos_ in ("DET", "ADJ", "NOUN") or _hyphenated(doc, i))
    ):
        if doc[i].lower_ in ("who", "whom", "whose", "which", "that"):
            return None
        i += 1
    if i < len(doc) and doc[i].text not in (",", ".", ";", ")") and not doc[i].is_sent_end:
        return None  # the apposition must close
    head = [doc[k] for k in range(start, i) if doc[k].text not in ("-", "\u2010")][:5]  # "the Russian-installed head"
    if not any(_is_title_token(t) for t in head):
        return None  # "Name, a senior researcher at ..." yes; "Name, Russia and Iran" no
    return _trim(doc, start, i)


# Abbreviated ranks and titles before a name ("Lt Gen", "Col.", "Capt"), spelt out as the role they stand for.
# Honorifics (Mr, Dr) say nothing about a role and are left out.
_RANKS = {
    "gen": "General",
    "col": "Colonel",
    "lt": "Lieutenant",
    "capt": "Captain",
    "cpt": "Captain",
    "sgt": "Sergeant",
    "maj": "Major",
    "cpl": "Corporal",
    "pte": "Private",
    "pvt": "Private",
    "brig": "Brigadier",
    "adm": "Admiral",
    "cdr": "Commander",
    "cmdr": "Commander",
    "insp": "Inspector",
    "supt": "Superintendent",
    "prof": "Professor",
    "rev": "Reverend",
    "revd": "Reverend",
    "sen": "Senator",
    "rep": "Representative",
    "gov": "Governor",
    "amb": "Ambassador",
    "lieut": "Lieutenant",
    "rear": "Rear",
    "vice": "Vice",
}
_RANK_PREFIXES = {"rear", "vice"}  # "Rear Adm", "Vice Adm": only before another rank


def _abbreviated_rank(doc: Doc, first: int) -> tuple[str, Span] | None:
    """``Lt Gen [Name]`` -> Lieutenant General; ``Col. [Name]`` -> Colonel."""
    words: list[str] = []
    i = first - 1
    start = None
    while i >= 0 and first - i <= 6:
        tok = doc[i]
        if tok.text == "." and i > 0 and doc[i - 1].lower_ in _RANKS:  # "Col." tokenised as "Col" + "."
            i -= 1
            continue
        key = tok.lower_.rstrip(".")
        if key not in _RANKS or not tok.text[:1].isupper() or (key in _RANK_PREFIXES and not words):
            break
        words.insert(0, _RANKS[key])
        start = i
        i -= 1
    if start is None or all(w in ("Rear", "Vice") for w in words):
        return None
    end = first - 1
    while end > start and doc[end].text == ".":
        end -= 1
    span = Span(doc[start].idx, doc[end].idx + len(doc[end]))
    return " ".join(words), span


# Titles a body may hold as well as a person ("X, a member of the coalition", "X, the ship's owner").
_BODY_TITLES = frozenset(
    "member members head chief leader founder representative owner operator contractor consultant employee manager "
    "guard worker principal chair vendor partner".split()
)


def person_apposition(doc: Doc, last: int) -> bool:
    """Whether the apposition after token ``last`` gives a title only a person holds in its first words
    (``X, the health minister of ...``, ``X, a spokeswoman for ...``), not one a body may hold too."""
    found = _right_title(doc, last)
    if found is None:
        return False
    start, end = found
    return any(_is_title_token(t) and t.lower_ not in _BODY_TITLES for t in doc[start : min(end, start + 5)])


def title_apposed_before(doc: Doc, first: int) -> bool:
    """Whether a title phrase and a comma stand right before token ``first`` (``the head of the federation, [Name]``,
    ``Vellmar's health minister, [Name]``): the name after them is the title holder's."""
    return first > 1 and doc[first - 1].text == "," and _left_title(doc, first) is not None


def find_role(doc: Doc, first: int, last: int) -> tuple[str, Span] | None:
    """The role given next to the person whose name spans tokens ``first..last``, as (text, span)."""
    for found in (_left_title(doc, first), _right_title(doc, last)):
        if found:
            start, end = found
            span = Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
            text = text_of(doc)[span.start : span.end]
            if text.casefold() in _HEAD_WORDS:
                continue
            return text, span
    return _abbreviated_rank(doc, first)
