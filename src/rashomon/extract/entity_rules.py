"""Rule-based finders for what the small NER model gets wrong or misses.

Each finder reads the shared Doc and returns candidates (character spans with a
type and a priority); ``entities.py`` reconciles them with the model's own
entities. Every rule is about a kind of name (designations, outlets, regions,
crossings, banned-group labels, organisation names, events), never about a
particular corpus.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..data import equipment, media
from ..data.calendar import ENGLISH_MONTHS, MONTH_WORD, WEEKDAYS
from ..data.facilities import ENGLISH_FACILITY_KINDS, NOT_A_FACILITY_PLACE
from ..data.institutions import ACRONYMS, HEADS, PORTFOLIOS, TITLES
from ..data.names import is_given_name
from ..data.places import (
    CAPITALS,
    CARE_SITE_DESCRIPTORS,
    CARE_SITE_RUNNERS,
    CARE_SITE_WORDS,
    NOT_A_SITE_PLACE,
    PLACE_OFFICES,
    REGION_WORDS,
    SETTLEMENT_WORDS,
    SITE_QUALIFIERS,
    areas,
    cities,
    country_names,
    country_of,
    demonyms,
    region_demonyms,
)
from ..names.storms import storms
from .nlp import text_of, words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass
class Candidate:
    start: int  # characters
    end: int
    type: str
    priority: int
    name: str | None = None  # the core name when it differs from the surface ("Il-76" of "Ilyushin Il-76 plane")
    scope: str | None = None
    aliases: tuple[str, ...] = ()
    about: tuple[int, int] | None = None
    source: str = ""  # which rule, for debugging and tests
    extra: dict[str, object] = field(default_factory=dict)


# Il-76, MIM-104A, S-300, Kh-101, Su-25SM, MiG-29, F-16, Tu-22M3, Shahed-136, Tochka-U.
_DESIGNATION = re.compile(
    r"(?<![\w-])((?:[A-Z][A-Za-z]{0,4}-\d{1,4}[A-Za-z0-9]{0,4}(?:-[A-Z0-9]{1,3})?)|"
    r"(?:[A-Z][a-z]{2,9}-\d{2,4}[A-Z]?))(?![\w-])"
)
_GROUP_OF_STATES = re.compile(r"G-\d{1,2}")
_MAKER_MODEL = re.compile(r"\b([A-Z][a-z]+)[ \t]+((?:[A-Z]{1,3}\d{1,4}|\d{2,4})[A-Za-z0-9-]{0,5})\b")
_NOT_DESIGNATIONS = {
    "COVID",
    "Covid",
    "SARS",
    "MERS",
    "Article",
    "Section",
    "Chapter",
    "Resolution",
    "Route",
    "Highway",
    "Flight",
    "Room",
    "Gate",
    "Page",
    "Point",
    "Level",
    "Class",
    "Type",
    "Category",
    "Group",
    "Phase",
    "Step",
    "Stage",
    "Part",
    "Volume",
    "Vol",
    "No",
    "Nr",
    "Number",
}
_HEAD_RE = "|".join(sorted((re.escape(w) for w in equipment.HEAD_WORDS), key=len, reverse=True))
_HEADS_AFTER = re.compile(rf"(?:[ \t]+(?:{_HEAD_RE})(?![\w-]))+", re.IGNORECASE)
_CROSSING_WORDS = {
    "crossing",
    "checkpoint",
    "border crossing",
    "crossing point",
    "border checkpoint",
    "airport",
    "airfield",
    "air base",
    "airbase",
    "bridge",
    "dam",
    "power plant",
    "nuclear power plant",
}
# what a crossing word of several words starts with ("border" of "border crossing")
_CROSSING_STARTS = frozenset(w[:i] for w in _CROSSING_WORDS for i, ch in enumerate(w) if ch == " ")
_GROUP_WORDS = {
    "battalion",
    "regiment",
    "brigade",
    "movement",
    "militia",
    "legion",
    "group",
    "unit",
    "party",
    "army",
    "front",
    "network",
    "organization",
    "organisation",
}
_BANNED = re.compile(r"\s*[*]?\s*\(\s*(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}(?:organi[sz]ation|group|movement)\b", re.I)
_EVENT_NOUNS = {
    "crash": "loss",
    "downing": "loss",
    "shootdown": "loss",
    "shoot-down": "loss",
    "disaster": "loss",
    "catastrophe": "loss",
    "destruction": "loss",
    "explosion": "explosion",
    "blast": "explosion",
    "bombing": "explosion",
    "attack": "attack",
    "strike": "attack",
    "shelling": "attack",
}
_EVENT_WORDS = {"aviation", "air", "plane", "aircraft", "airliner", "helicopter", "jet", "military", "transport"}
_HEADS_CF = {h.casefold() for h in HEADS}
_TITLES_CF = {t.casefold() for t in TITLES}
OUTLET_AMBIGUOUS = {
    "Shot",
    "Mash",
    "Baza",
    "Time",
    "Dawn",
    "Babel",
    "Sun",
    "Hill",
    "Insider",
    "Independent",
    "Guardian",
    "Times",
    "Mail",
    "Express",
    "Telegraph",
    "Zvezda",
    "Atlantic",
    "Current Time",
    "Nexta",
    "Rybar",
    "Axios",
    "Bild",
    "AP",
    "FT",
    "DW",
    "RIA",
    "PAP",
    "ABC",
    "NTV",
    "Channel One",
    "dpa",
    "Punch",
    "The National",
    "Lenta",
    "Tasnim",
    "Mehr",
    "Fars",
    "Antara",
    "DR",
    "PTI",
    "ANI",
    "CNA",
    "Fontanka",
    "Folha",
    "Asahi",
    "Nation",
    "Sabah",
}


def _char_end(doc: Doc, j: int) -> int:
    """Character end of token j-1's text (token range [i, j))."""
    tok = doc[j - 1]
    return tok.idx + len(tok.text)


_LAST_WORD = re.compile(r"(\w+)[ \t]+$")


def designations(doc: Doc) -> list[Candidate]:
    """Equipment designations with digits (``Il-76``), with a maker before and generic words after."""
    text = text_of(doc)
    out = []
    for m in _DESIGNATION.finditer(text):
        core = m.group(1)
        if core.split("-")[0] in _NOT_DESIGNATIONS:
            continue
        if _GROUP_OF_STATES.fullmatch(core):
            out.append(Candidate(m.start(1), m.end(1), "ORG", 90, source="group-of-states"))  # "G-7", "G-20"
            continue
        start, end = m.start(1), m.end(1)
        before = _LAST_WORD.search(text[max(0, start - 30) : start])
        if before and before.group(1) in equipment.MAKERS:
            start -= len(before.group(0))
        aliases: tuple[str, ...] = ()
        named = _REPORTING_NAME.match(text, end)
        if named is not None and _reporting_name(named.group(1)):
            end = named.end()
            aliases = (f"{core} {named.group(1)}",)  # "Su-27 Flanker": the model known by both together too
        heads = _HEADS_AFTER.match(text, end)
        if heads:
            end = heads.end()
        flight = _FLIGHT_BEFORE.search(text, max(0, start - 20), start)
        if flight is not None:  # "flight KX-4410": the flight, by its number
            start, aliases = flight.start(1), (*aliases, f"{flight.group(1)} {core}")
        out.append(Candidate(start, end, "EQUIPMENT", 90, name=core, aliases=aliases, source="designation"))
    # "flight PS752", "Flight J2-8243": an airline's code and a number, a flight only after the word
    for m in _FLIGHT.finditer(text):
        if not any(c.start < m.end(2) and m.start(2) < c.end for c in out):
            core = m.group(2)
            form = (f"{m.group(1)} {core}",)
            out.append(Candidate(m.start(1), m.end(2), "EQUIPMENT", 90, name=core, aliases=form, source="flight"))
    # "Boeing 737", "Airbus A321", "Antonov An-124": a maker and a model number
    for m in _MAKER_MODEL.finditer(text):
        if m.group(1) not in equipment.MAKERS or any(c.start <= m.start() < c.end for c in out):
            continue
        end = m.end()
        heads = _HEADS_AFTER.match(text, end)
        if heads:
            end = heads.end()
        out.append(Candidate(m.start(), end, "EQUIPMENT", 90, name=m.group(0), source="maker-model"))
    return out


# A flight's number: the airline's two-character code (letters, or a letter and a digit) or three letters, and up to
# four digits, after the word "flight" ("flight PS752", "Flight J2-8243", "flight number KX 4410").
_FLIGHT_WORD = r"(?<![\w-])([Ff]light)(?:[ \t]+(?:number|no\.))?[ \t]+"
_FLIGHT = re.compile(_FLIGHT_WORD + r"((?:[A-Z]{2,3}|[A-Z][0-9]|[0-9][A-Z])(?:[- ]?)\d{1,4}[A-Z]?)(?![\w-])")
_FLIGHT_BEFORE = re.compile(_FLIGHT_WORD + r"\Z")


# A model's own name right after its designation ("Su-27 Flanker jets", "the MQ-9 Reaper"), a capitalised word that
# no capitalised word follows (not a headline's words: "Su-27 Collides With Drone").
_REPORTING_NAME = re.compile(r"[ \t]+([A-Z][a-z]{3,})(?![\w-])(?![ \t]+[A-Z])")
_NOT_MODEL_NAMES = frozenset(ENGLISH_MONTHS + WEEKDAYS)


def _reporting_name(word: str) -> bool:
    """Whether a capitalised word after a designation may be the model's own name: not a month or a weekday, a
    place, a nationality, an outlet, a given name or a generic word (``Su-27 Monday``, ``Il-76 Ukraine``)."""
    key = word.casefold()
    return not (
        key in _NOT_MODEL_NAMES
        or key in country_names()
        or key in cities()
        or key in areas()
        or key in demonyms()
        or word in media.outlets()
        or is_given_name(word)
        or key in equipment.HEAD_WORDS
        or key in equipment.GENERIC_WORDS
    )


# A variant letter or number after a system's name: "Iskander-M", "Buk-M2", "Pantsir-S1", "Tor-M2".
_VARIANT_SUFFIX = r"(?:-[A-Z0-9]{1,3}(?![a-z]))?"


@functools.cache
def _names_regex(names: frozenset[str], suffix: str = "") -> re.Pattern[str]:
    """One alternation of whole-word names, longest first (optionally followed by ``suffix``)."""
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts}){suffix}(?![\w-])")


def systems(doc: Doc) -> list[Candidate]:
    """Systems known by a plain name (``Patriot``), when the text treats them as equipment."""
    text = text_of(doc)
    out = []
    for m in _names_regex(equipment.SYSTEMS, _VARIANT_SUFFIX).finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span.start_char != m.start():
            continue
        start, end = m.start(), m.end()
        heads = _HEADS_AFTER.match(text, end)
        nxt = doc[span.end] if span.end < len(doc) else None
        if heads:
            end = heads.end()
        elif nxt is not None and (nxt.is_title or nxt.is_upper) and nxt.pos_ == "PROPN":
            continue  # part of a longer name ("Patriot Act", "Leopard Capital")
        elif span[0].ent_type_ in ("GPE", "LOC", "DATE") or (len(span) == 1 and span[0].is_sent_start):
            continue
        out.append(Candidate(start, end, "EQUIPMENT", 85, name=m.group(0), source="system"))
    return out


# words that make the name after them (with or without "the") the source of what the sentence says
_SOURCED_BY = re.compile(r"(?:^|\s)(?:per|according to|reported by|quoted by|cited by)(?:\s+the)?$")


def _relay_context(doc: Doc, i: int, j: int) -> bool:
    """Is the name at tokens [i, j) used as a source: ``X reported``, ``according to X``, ``/X/``, ``X quotes``."""
    left = doc[max(0, i - 3) : i].text.lower()
    right = doc[j : j + 3].text.lower()
    if _SOURCED_BY.search(left):
        return True  # "per the AP", "according to the AP", "reported by the Times"
    return left.endswith(("according to", "with", "told", "to", "by", "/", "quoted by", "from")) or right.startswith(
        (
            "reported",
            "reports",
            "quoted",
            "quotes",
            "wrote",
            "writes",
            "said",
            "says",
            "cited",
            "cites",
            "/",
            "'s",
            "’s",
            "correspondent",
            "journalist",
        )
    )


_SLASHED_AGENCY_DATELINE = re.compile(
    r"(?:^|\n)\s*[A-Z][A-Za-z .'\u2019-]{1,40},\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*[.,]?\s*"
    r"/([A-Za-z][A-Za-z .-]{0,30})/"
)
_WIRE_IN_BRACKETS = re.compile(r"\((Reuters|AP|AFP|Bloomberg|Interfax|TASS|Xinhua|Anadolu|UNIAN|Ukrinform)\)")
_AGENCY_BEFORE_DASH = re.compile(r"\(([A-Z][A-Za-z-]{1,15}(?: [A-Z][a-z]+)?)\)\s*[-\u2013\u2014]")
# what may stand before a dateline's bracketed agency on its line: places and a date ("KYIV, Ukraine, March 3",
# "LONDON/PARIS"), no lowercase word ("Banned terror outfit The Resistance Front (TRF)—" is a name and its acronym)
_DATELINE_WORD = r"(?:[A-Z][\w.'\u2019-]*|\d{1,4})"
_DATELINE_BEFORE_AGENCY = re.compile(
    rf"[ \t]*(?:{_DATELINE_WORD}(?:(?:[ \t]*[,/][ \t]*|[ \t]+){_DATELINE_WORD})*)?[ \t,]*"
)


_NUMBERED_CHANNEL = re.compile(r"\bChannel \d{1,2}(?: News)?\b")


def outlets(doc: Doc) -> list[Candidate]:
    """News outlets: known names, names the text calls a newspaper/channel/agency, and agency datelines."""
    table = media.outlets()
    text = text_of(doc)
    out: list[Candidate] = []
    for m in _names_regex(frozenset(table)).finditer(text):
        span = doc.char_span(m.start(), m.end()) or _inside_token(doc, m.start(), m.end())
        if span is None:
            continue
        name = m.group(0)
        i, j = span.start, span.end
        if name in OUTLET_AMBIGUOUS and (
            span[0].is_sent_start or not (_descriptor_near(doc, i, j) or _relay_context(doc, i, j))
        ):
            continue
        if _inside_longer_name(doc, i, j, name):
            continue
        start = m.start()
        if i > 0 and doc[i - 1].text == "The" and ("The " + name) in table:
            start = doc[i - 1].idx
        out.append(Candidate(start, m.end(), "MEDIA", 80, name=table[name], source="outlet"))
    out.extend(_described_outlets(doc))
    out.extend(_interviewers(doc))
    for m in _NUMBERED_CHANNEL.finditer(text):  # "told Channel 12", "Channel 4 News": a broadcaster by its number
        if not any(c.start <= m.start() < c.end for c in out):
            out.append(Candidate(m.start(), m.end(), "MEDIA", 80, name=table.get(m.group(0)), source="outlet"))
    head = text[:600]
    # "Moscow, January 25. /TASS/", at the start of the text or of its first paragraph after a headline
    dateline = _SLASHED_AGENCY_DATELINE.search(head)
    if dateline:
        name = dateline.group(1)
        out.append(Candidate(dateline.start(1), dateline.end(1), "MEDIA", 95, name=table.get(name), source="dateline"))
    # "KYIV, March 3 (Reuters) -", "(AP) —": a wire's name in brackets before the dash of a dateline
    for m in _WIRE_IN_BRACKETS.finditer(head):
        out.append(Candidate(m.start(1), m.end(1), "MEDIA", 95, name=table.get(m.group(1)), source="dateline"))
    for m in _AGENCY_BEFORE_DASH.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        if not _DATELINE_BEFORE_AGENCY.fullmatch(head, line_start, m.start()):
            continue
        if m.group(1) in table or m.group(1).isupper():
            out.append(Candidate(m.start(1), m.end(1), "MEDIA", 95, name=table.get(m.group(1)), source="dateline"))
    return out


def _inside_longer_name(doc: Doc, i: int, j: int, name: str) -> bool:
    """A one-word outlet name inside a longer capitalised name: ``People's Liberation Army``, ``Babel Street``."""
    if " " in name or not name.istitle():
        return False
    right = doc[j] if j < len(doc) else None
    if right is not None and right.is_title and right.pos_ == "PROPN" and not right.is_sent_start:
        return True
    left = doc[i - 1] if i > 0 else None
    if (
        left is not None
        and left.text in ("'s", "\u2019s")
        and i > 1
        and doc[i - 2].is_title
        and doc[i - 2].pos_ == "PROPN"
        and not country_names().get(doc[i - 2].lower_)
    ):
        return True  # "People's Liberation" (a country's outlet, "Russia's Izvestia", is still one)
    return False


def _inside_token(doc: Doc, start: int, end: int) -> Span | None:
    """A name the tokenizer left glued to punctuation (``/Interfax/``): the token, when the rest is punctuation."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    rest = span.text[: start - span.start_char] + span.text[end - span.start_char :]
    return span if rest and all(not ch.isalnum() for ch in rest) else None


_MONTH_DAY = rf"{MONTH_WORD}\.?\s+\d{{1,2}}\b"
_DATELINE_PLACE = re.compile(
    r"(?:^|\n)[ \t]*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})(?=(?:,[ \t]|[ \t]+)"
    rf"[^\n:]{{0,60}}?(?:\([A-Z][A-Za-z -]{{1,20}}\)|{_MONTH_DAY}))"  # no colon: "NEW DELHI: ..." is a colon dateline
)


def dateline_places(doc: Doc) -> list[Candidate]:
    """``TUAPSE, Russia, March 3 (Reuters)``, ``GAZA (AP) -``: the capitalised place a wire story opens with; else
    the town before a colon that opens the story's first sentence (``Banjul: Police in ...``)."""
    text = text_of(doc)
    m = _DATELINE_PLACE.search(text[:600])
    if m is None or len(m.group(1)) < 3 or m.group(1) in media.outlets():
        return _colon_dateline(text)
    return [Candidate(m.start(1), m.end(1), "GPE", 92, name=m.group(1).title(), source="dateline-place")]


# "Banjul: Police in Gambia are investigating ...", "NEW DELHI: The ministry said ...": one to three capitalised
# words and a colon before a sentence, opening the text or the paragraph after its headline.
_COLON_DATELINE = re.compile(
    r"[ \t]*(?P<place>[A-Z][\w'\u2019.-]*(?:[ \t][A-Z][\w'\u2019.-]*){0,2}):[ \t]+(?P<lede>[A-Z\"\u201c][^\n]*)"
)
_LEDE_WORDS = 20  # words of the sentence after the colon: a story's first paragraph, not a headline ("Poll: X leads")


def _colon_dateline(text: str) -> list[Candidate]:
    """The town of a colon dateline. Only before a first paragraph written as prose (twenty words or more, most of
    them in lower case), never before a headline's words (``Sanders: Clinton needs ...``); not a label
    (``UPDATE:``), a day, an outlet or a person (a given name first, or a name that opens a later line of the text
    too, as a speaker's turns in a transcript do)."""
    at = 0
    for _ in range(2):  # the first paragraph, or the first after a headline
        while at < len(text) and text[at] == "\n":
            at += 1
        m = _COLON_DATELINE.match(text, at)
        if m is not None:
            place, words = m.group("place"), m.group("lede").split()
            lower = sum(1 for w in words if w[:1].islower())
            first = place.split()[0]
            if (
                len(words) >= _LEDE_WORDS
                and 2 * lower >= len(words)
                and len(place) >= 3
                and not any(w.casefold() in media.LEAD_LABELS for w in place.split())
                and place.casefold() not in _CALENDAR_WORDS_CF
                and place not in media.outlets()
                and not (" " in place and is_given_name(first.title()))
                and re.compile(rf"\n[ \t]*{re.escape(place)}:").search(text, m.end()) is None  # a speaker's turns
            ):
                name = place.title() if place.isupper() else None
                return [Candidate(m.start("place"), m.end("place"), "GPE", 92, name=name, source="dateline-place")]
        end = text.find("\n", at)
        if end < 0:
            break
        at = end
    return []


_CALENDAR_WORDS_CF = frozenset(ENGLISH_MONTHS) | frozenset(WEEKDAYS)


def _descriptor_near(doc: Doc, i: int, j: int) -> bool:
    around = [t.lower_ for t in doc[max(0, i - 3) : min(len(doc), j + 3)]]
    return any(w in media.DESCRIPTORS for w in around)


def _name_run_before(doc: Doc, k: int) -> tuple[int, int] | None:
    """Capitalised proper-noun tokens ending just before token k (at most 4)."""
    j = k
    i = k
    while (
        i > 0
        and k - i < 4
        and (doc[i - 1].is_title or doc[i - 1].is_upper)
        and doc[i - 1].pos_ in ("PROPN", "NOUN", "X")
    ):
        i -= 1
    return (i, j) if i < j else None


def _name_run_after(doc: Doc, k: int) -> tuple[int, int] | None:
    i = j = k
    while (
        j < len(doc)
        and j - i < 4
        and (doc[j].is_title or doc[j].is_upper or doc[j].like_num)
        and doc[j].pos_ in ("PROPN", "NOUN", "NUM", "X")
        and doc[j].lower_ not in media.DESCRIPTORS
    ):
        j += 1
        if _glued_hyphen(doc, j):
            j += 1  # "Al-Nahar": a hyphenated name is one word, not its first half
    if j < len(doc) and doc[j].text == "." and j + 1 < len(doc) and doc[j + 1].lower_ in ("ru", "com", "ua", "org"):
        j += 2
    return (i, j) if i < j and not all(t.like_num for t in doc[i:j]) else None


def _glued_hyphen(doc: Doc, j: int) -> bool:
    """Whether token ``j`` is a hyphen glued between a word and a capitalised word (``Al-Nahar``, ``Abu-Dhabi``)."""
    return (
        j + 1 < len(doc)
        and doc[j].text in ("-", "\u2010")
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and doc[j + 1].is_title
    )


# Outlet words that name a state body after these words: "the security service", "the intelligence agency".
_STATE_BODY_WORDS = frozenset({"security", "intelligence", "border", "migration", "customs", "tax", "space"})
_STATE_BODY_KINDS = frozenset({"service", "agency"})
_STATE_BODY_REACH = 3  # lower-case words before the kind that may still say what the body does


def _state_body_word_before(doc: Doc, k: int) -> bool:
    """Whether the outlet word at ``k`` ("agency", "service") closes the name of a state body: one of the lower-case
    words right before it says what the body does (``the security service``, ``the border protection agency``)."""
    if doc[k].lower_ not in _STATE_BODY_KINDS:
        return False
    for j in range(k - 1, max(-1, k - 1 - _STATE_BODY_REACH), -1):
        if not doc[j].is_lower or not doc[j].is_alpha:
            return False
        if doc[j].lower_ in _STATE_BODY_WORDS:
            return True
    return False


def _described_outlets(doc: Doc) -> list[Candidate]:
    """``the Shot Telegram channel``, ``radio station France Info``, ``television channel CNN``."""
    out = []
    for k, low in enumerate(words_of(doc)[0]):
        if low not in media.DESCRIPTORS:
            continue
        tok = doc[k]
        if not tok.is_lower:
            continue
        after = doc[k + 1] if k + 1 < len(doc) else None
        if after is not None and after.pos_ == "NOUN" and after.is_lower and after.lower_ not in media.DESCRIPTORS:
            continue  # "Omar Field, the station manager", "the newspaper editor X": the word qualifies a person
        if _state_body_word_before(doc, k):
            continue  # "the security service", "the border protection agency": a state body, no outlet
        # "the X (Telegram) channel"
        end = k
        if end > 0 and doc[end - 1].lower_ == "news":
            end -= 1
        if end > 0 and doc[end - 1].text in media.PLATFORMS:
            end -= 1
        run = _name_run_before(doc, end)
        if run and run[0] > 0 and doc[run[0] - 1].lower_ in ("the", "a", "an"):
            i, j = run
            if not any(doc[x].lower_ in _TITLES_CF or doc[x].text.casefold() in country_names() for x in range(i, j)):
                out.append(Candidate(doc[i].idx, _char_end(doc, j), "MEDIA", 78, source="described-before"))
                continue
        # "Belta, a Belarusian state-owned news agency": the outlet before its apposition
        a = k - 1
        while a > 1 and k - a <= 7 and doc[a].lower_ not in ("a", "an", "the") and doc[a].text not in ",;()":
            a -= 1
        # "in the occupied West Bank, the Qatar-based news channel said": the phrase is the subject of the verb after
        # it, no apposition of the name before the comma
        subject = after is not None and after.pos_ in ("VERB", "AUX")
        if a > 1 and doc[a].lower_ in ("a", "an", "the") and doc[a - 1].text == "," and not subject:
            run = _name_run_before(doc, a - 1)
            if run and not any(
                doc[x].lower_ in _TITLES_CF or doc[x].text.casefold() in country_names() for x in range(*run)
            ):
                i, j = run
                out.append(Candidate(doc[i].idx, _char_end(doc, j), "MEDIA", 78, source="described-apposition"))
                continue
        # "radio station X", "the newspaper X"
        run = _name_run_after(doc, k + 1)
        if run:
            i, j = run
            if doc[i].ent_type_ not in ("DATE", "TIME", "CARDINAL") and doc[i].lower_ not in _HEADS_CF:
                out.append(Candidate(doc[i].idx, _char_end(doc, j), "MEDIA", 78, source="described-after"))
    return out


# words before a name that show it holding an interview: "Speaking on Newstalk Breakfast", "in an interview with
# Channel 9", "appearing on X"; and, after "told", the words after the name: "told News18 in an interview"
_INTERVIEW_BEFORE = re.compile(
    r"\b(?:(?i:in (?:an?|an exclusive) interview with|interviewed by|speaking on|appearing on|on the air of|"
    r"on air with)|(?P<told>told))\s+(?:the\s+)?(?=[A-Z0-9])"
)
_INTERVIEW_AFTER = re.compile(r"\s+(?:on \w+ |this \w+ )?in an? (?:exclusive |televised |radio )?interview\b")


def _interviewers(doc: Doc) -> list[Candidate]:
    """``Speaking on Newstalk Breakfast``, ``told News18 in an interview``: a name the text shows holding an
    interview is an outlet (a show's name is its outlet's), whatever the tables know of it."""
    text = text_of(doc)
    out = []
    for found in _INTERVIEW_BEFORE.finditer(text):
        span = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
        if span is None or span[0].idx != found.end() or span[0].ent_type_ in ("PERSON", "GPE", "DATE"):
            continue
        run = _name_run_after(doc, span[0].i)
        if run is None:
            continue
        end = _char_end(doc, run[1])
        if found.group("told") is None or _INTERVIEW_AFTER.match(text, end):
            out.append(Candidate(span[0].idx, end, "MEDIA", 78, source="interviewer"))
    return out


_PLATFORMS_LOWER = frozenset(p.lower() for p in media.PLATFORMS)  # a platform's token has one of these lower cases


def platforms(doc: Doc) -> list[Candidate]:
    return [
        Candidate(t.idx, t.idx + len(t.text), "ORG", 70, source="platform")
        for t in (doc[k] for k, low in enumerate(words_of(doc)[0]) if low in _PLATFORMS_LOWER)
        if t.text in media.PLATFORMS and t.text != "X" and t.is_title
    ]


def regions(doc: Doc) -> list[Candidate]:
    """``the Belgorod region``, ``Kharkiv Oblast``: a region is a different place from its city."""
    out = []
    for k, low in enumerate(words_of(doc)[0]):
        if low not in REGION_WORDS or k == 0:
            continue
        tok = doc[k]
        run = _name_run_before(doc, k)
        if not run:
            continue
        i, _ = run
        if any(doc[x].lower_ in _TITLES_CF or doc[x].lower_ in _HEADS_CF for x in range(i, k)):
            continue
        out.append(Candidate(doc[i].idx, tok.idx + len(tok.text), "GPE", 75, source="region"))
    return out


def named_towns(doc: Doc) -> list[Candidate]:
    """``the eastern town of Bayda``, ``the city of Lerovo``, ``the mayor of Boutcha``: the capitalised name after a
    lower-case settlement noun or a place's office and ``of`` is a place, whatever the model calls it (``City of
    London`` is a name of its own). Used to retype the model's entities only: a town the model did not see at all is
    left unfound (a new place in a claim keeps it from its fact's cluster, ``link/clusters.py``)."""
    out = []
    lowers = words_of(doc)[0]
    for k, low in enumerate(lowers):
        kind = low in SETTLEMENT_WORDS or low in PLACE_OFFICES  # "the mayor of Boutcha": a place too
        if not kind or not doc[k].is_lower or k + 2 >= len(doc) or lowers[k + 1] != "of":
            continue
        i = j = k + 2
        while j < len(doc) and j - i < 3 and doc[j].is_title and doc[j].is_alpha and doc[j].pos_ == "PROPN":
            j += 1
        if i == j or is_given_name(doc[i].text) or j < len(doc) and doc[j].is_title and doc[j].is_alpha:
            continue  # "the town of Jane Roe", or a run longer than a town's name
        out.append(Candidate(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), "GPE", 60, source="town"))
    return out


def crossings(doc: Doc) -> list[Candidate]:
    """``the Kolotilovka crossing``: named border crossings, airfields, bridges (a known city + noun is not one)."""
    out = []
    lowers = words_of(doc)[0]
    for k, word in enumerate(lowers):
        if word not in _CROSSING_WORDS and word not in _CROSSING_STARTS:
            continue
        two = f"{word} {lowers[k + 1]}" if k + 1 < len(doc) else ""
        length = 2 if two in _CROSSING_WORDS else (1 if word in _CROSSING_WORDS else 0)
        if not length or k == 0:
            continue
        run = _name_run_before(doc, k)
        if not run:
            continue
        i, j = run
        name = doc[i:j].text
        if name.casefold() in cities() or name.casefold() in country_names() or name in demonyms():
            continue
        end_tok = doc[k + length - 1]
        out.append(Candidate(doc[i].idx, end_tok.idx + len(end_tok.text), "LOC", 75, source="crossing"))
    return out


def groups(doc: Doc) -> list[Candidate]:
    """Named armed groups and labelled organisations: ``Azov* battalion``, ``"Azov" (a terrorist organization ...)``."""
    out = []
    text = text_of(doc)
    for k, tok in enumerate(doc):
        if not (tok.is_title or tok.is_upper) or tok.pos_ not in ("PROPN", "NOUN", "ADJ") or len(tok.text) < 2:
            continue
        if tok.text.casefold() in country_names() or tok.text.casefold() in demonyms():
            continue
        end = tok.idx + len(tok.text)
        after = text[end : end + 60]
        quote_close = after[:1] in "\u201d\"\u2019'"
        tail = after[1:] if quote_close else after
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        starred = tail.startswith("*")
        grouped = nxt is not None and nxt.lower_ in _GROUP_WORDS and nxt.is_lower
        if starred and nxt is not None and nxt.text == "*" and k + 2 < len(doc) and doc[k + 2].lower_ in _GROUP_WORDS:
            grouped = True
        labelled = bool(_BANNED.match(tail))
        if (
            (starred and (grouped or labelled))
            or (grouped and tok.pos_ == "PROPN" and not tok.is_sent_start)
            or labelled
        ):
            start = _group_name_start(doc, k)
            # "the Azov battalion": the name with its kind word is a name the news gives the group too
            kind = nxt is not None and nxt.lower_ in _GROUP_WORDS and nxt.is_lower and nxt.idx == end + 1
            named = (f"{text[start:end]} {nxt.text}",) if kind and nxt is not None else ()
            out.append(Candidate(start, end, "ORG", 72, aliases=named, source="group"))
    return out


def _group_name_start(doc: Doc, k: int) -> int:
    """Where a group's name that ends at token ``k`` begins: its capitalised words before it ("the Lerovo Islamic
    Jihad movement" is "Lerovo Islamic Jihad", not "Jihad")."""
    j = k
    while j > 0 and not doc[j].is_sent_start:
        prev = doc[j - 1]
        if not (prev.is_title or prev.is_upper) or prev.pos_ not in ("PROPN", "ADJ", "NOUN") or len(prev.text) < 2:
            break
        j -= 1
    return doc[j].idx


def org_runs(doc: Doc) -> list[Candidate]:
    """Title-case names ending in an organisation word (``Foreign Intelligence Service``) the model missed."""
    out = []
    i = 0
    n = len(doc)
    while i < n:
        if not _cap(doc[i]):
            i += 1
            continue
        j = i
        last_head = -1
        while j < n and (
            _cap(doc[j]) or (doc[j].lower_ in ("of", "for", "and", "on", "the") and j + 1 < n and _cap(doc[j + 1]))
        ):
            if doc[j].text in HEADS:
                last_head = j
            j += 1
        titled = doc[i].lower_ in _TITLES_CF and last_head + 1 < n and doc[last_head + 1].ent_type_ == "PERSON"
        if last_head >= 0 and last_head > i and not titled:  # "Chief of Staff Andriy Yermak" is a title
            start = i
            if doc[start].lower_ == "the":
                start += 1
            out.append(Candidate(doc[start].idx, _char_end(doc, last_head + 1), "ORG", 45, source="org-run"))
        i = max(j, i + 1)
    return out


def _table_acronym_type(acronym: str) -> str:
    return "GPE" if ACRONYMS[acronym].casefold() in country_names() else "ORG"


# the table's all-letter acronyms as whole words, found by one pattern instead of reading every token
_TABLE_ACRONYM = re.compile(
    r"(?<![\w])(?:"
    + "|".join(sorted((re.escape(a) for a in ACRONYMS if a.isalpha()), key=len, reverse=True))
    + r")(?![\w])"
)


def table_acronyms(doc: Doc) -> list[Candidate]:
    """``The Russian FSB said``: an acronym of the declared table (``data/institutions.py``) the model left untagged,
    typed from the table (a country's is a place, any other a body). A whole word in capitals (or with a capital
    inside, as the table writes it: ``MoD``) only, and not one of a run of capitals (a headline in capitals, ``WHO
    SAID IT``); the lowest priority, so that a longer name holding it (``FSB Border Service``) wins."""
    out = []
    text = text_of(doc)
    for found in _TABLE_ACRONYM.finditer(text):
        span = doc.char_span(found.start(), found.end())
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        if not tok.is_alpha or not (tok.is_upper or any(c.isupper() for c in tok.text[1:])):
            continue  # "MoD", written with its capitals as in the table, is the acronym too; "Mod" is no acronym
        near = [doc[k] for k in (tok.i - 1, tok.i + 1) if 0 <= k < len(doc)]
        if any(t.is_upper and t.is_alpha and len(t.text) > 1 and t.text not in ACRONYMS for t in near):
            continue
        out.append(
            Candidate(tok.idx, tok.idx + len(tok.text), _table_acronym_type(tok.text), 40, source="table-acronym")
        )
    return out


def named_storms(doc: Doc) -> list[Candidate]:
    """``Storm Zelda``, ``Mediterranean storm Zelda``, ``Cyclone Zelda``: a named storm is an event, whatever the
    model made of its name (a body, a person); named by its kind and name, which linking reads (``names/storms``)."""
    return [
        Candidate(s.start, s.end, "EVENT", 85, name=s.name, aliases=s.aliases, source="storm")
        for s in storms(text_of(doc))
    ]


# Title words that open a long capitalised title ("Inspector General of Police") besides those of TITLES.
LONG_TITLE_WORDS = _TITLES_CF | {
    "inspector",
    "superintendent",
    "commissioner",
    "attorney",
    "solicitor",
    "auditor",
    "controller",
    "comptroller",
    "marshal",
    "registrar",
    "rapporteur",
}
_RUN_CONNECTORS = {"of", "for", "and", "on", "the", "to"}


def _name_word(tok: Token) -> bool:
    """A capitalised word that may be part of a person's name after a title."""
    low = tok.lower_
    return (
        tok.is_title
        and tok.is_alpha
        and tok.pos_ == "PROPN"
        and low not in LONG_TITLE_WORDS
        and tok.text not in HEADS
        and low not in PORTFOLIOS
        and low not in country_names()
        and low not in demonyms()
        and low not in cities()
        and low not in areas()
    )


def titled_people(doc: Doc) -> list[Candidate]:
    """``Inspector General of Police Rakesh Bhalla``, ``Director of National Intelligence Jane Roe``: a long
    capitalised title glued to a name, which the model reads as one organisation or misses; the name after the
    title is a person (the title is read as the role by ``roles.py``)."""
    out = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if not (tok.is_title and tok.lower_ in LONG_TITLE_WORDS):
            i += 1
            continue
        j = i
        while j < n and (
            (doc[j].is_title or doc[j].is_upper)
            and doc[j].is_alpha
            or doc[j].lower_ in _RUN_CONNECTORS
            and j + 1 < n
            and doc[j + 1].is_title
        ):
            j += 1
        start = j
        while start > i + 1 and j - start < 3 and _name_word(doc[start - 1]):
            start -= 1
        if j - start == 3 and not is_given_name(doc[start].text):
            given = [k for k in range(start + 1, j - 1) if is_given_name(doc[k].text)]
            start = given[0] if given else j - 2  # "National Intelligence Jane Roe": the name is the last two words
        title = doc[i:start]
        if (
            j - start >= 2
            and (
                len(title) >= 2
                # "Springfield Mayor Jane Roe": one title word before a name the model missed or cut
                or len(title) == 1
                and all(doc[k].ent_type_ in ("", "PERSON") for k in range(start, j))
            )
            and title[-1].lower_ not in _RUN_CONNECTORS
            and not all(doc[k].ent_type_ == "PERSON" for k in range(start, j))
        ):
            out.append(
                Candidate(
                    doc[start].idx,
                    _char_end(doc, j),
                    "PERSON",
                    55,
                    source="titled-person",
                    extra={"title": (title[0].idx, _char_end(doc, start))},
                )
            )
        i = max(j, i + 1)
    return out


def _cap(t: Token) -> bool:
    return bool((t.is_title or t.is_upper) and t.is_alpha and not t.is_sent_start or (t.is_title and t.pos_ == "PROPN"))


@functools.cache
def _place_starts() -> frozenset[str]:
    """Every proper beginning of a known country, city or region's name: the first token of a name of several
    tokens is one (casefolding a text casefolds each of its parts)."""
    return frozenset(
        name[:i] for table in (cities(), country_names(), areas()) for name in table for i in range(1, len(name))
    )


def places(doc: Doc) -> list[Candidate]:
    """Known countries, cities and regions standing as proper nouns, and nationality adjectives, where the model
    saw nothing."""
    out = []
    table_c, table_k, table_a, table_d = cities(), country_names(), areas(), demonyms()
    skip_to = 0
    starts = _place_starts()
    for tok in doc:
        if tok.i < skip_to or not tok.is_title or tok.ent_type_:
            continue
        # "Saudi Arabia", "South Korea", "Tel Aviv": several words, none of them tagged
        for n in (4, 3, 2) if tok.text.casefold() in starts else ():
            words = doc[tok.i : tok.i + n]
            key = words.text.casefold()
            if (
                len(words) == n
                and not any(t.ent_type_ or t.is_space for t in words)
                and (key in table_c or key in table_k or key in table_a)
            ):
                out.append(Candidate(words.start_char, words.end_char, "GPE", 30, source="gazetteer"))
                skip_to = tok.i + n
                break
        if tok.i < skip_to:
            continue
        nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
            continue  # part of a longer name
        key = tok.text.casefold()
        if tok.pos_ == "PROPN" and (key in table_c or key in table_k or key in table_a):
            out.append(Candidate(tok.idx, tok.idx + len(tok.text), "GPE", 30, source="gazetteer"))
        elif (key in table_d or key in region_demonyms()) and tok.pos_ in ("ADJ", "PROPN", "NOUN"):
            out.append(Candidate(tok.idx, tok.idx + len(tok.text), "NORP", 30, source="demonym"))
    return out


_JOINED = re.compile(
    r"(?<![\w-])((?:[A-Z][\w\u2019'-]+ ){0,2}[A-Z][\w-]+ (?:and|&) (?:the )?"
    r"[A-Z][\w-]+(?: [A-Z][\w-]+)?)(?![\w-])"
)


_NON_SPACE_RUN = re.compile(r"\S+")


def joined_places(doc: Doc) -> list[Candidate]:
    """``Trinidad and Tobago``, ``Jammu and Kashmir``: one known place whose name has an ``and`` in it; with a
    capitalised word before it (``Azad Jammu and Kashmir``) another place, never a person beside a place."""
    text = text_of(doc)
    out = []
    for m in _JOINED.finditer(text):
        spans = [(w.start(), w.end()) for w in _NON_SPACE_RUN.finditer(m.group(1))]
        words = [m.group(1)[a:b] for a, b in spans]
        found = next(
            (
                (lead, end)
                for lead in range(len(words))
                for end in (len(words), len(words) - 1)
                if end - lead >= 3 and _known_place(" ".join(words[lead:end]).casefold())
            ),
            None,
        )
        if found is None:
            continue
        lead, end = found
        if lead > 0:
            before = words[lead - 1].casefold()
            if (
                not _known_place(before)
                and before not in demonyms()
                and before not in _TITLES_CF
                and not _sentence_start(text, m.start(1) + spans[lead - 1][0])
            ):
                lead -= 1  # a distinguishing word: "Azad Jammu and Kashmir" is not "Jammu and Kashmir"
        out.append(
            Candidate(m.start(1) + spans[lead][0], m.start(1) + spans[end - 1][1], "GPE", 93, source="joined-place")
        )
    return out


def _known_place(key: str) -> bool:
    """A country, city or area the tables know by ``key`` (casefolded), asked of each table in turn (merging
    them into one table cost more than the whole rule)."""
    return key in country_names() or key in cities() or key in areas()


_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:\"\u201c\u201d]\s+|\n\s*)$")


def _sentence_start(text: str, at: int) -> bool:
    """Does a word at ``at`` begin a sentence or paragraph?"""
    return _SENTENCE_START_BEFORE.search(text[max(0, at - 40) : at]) is not None


# Geographic features named "<feature> of <name>": one place, whatever the model cut or typed.
_FEATURE_OF = re.compile(
    r"(?<![\w-])((?:Line|Bay|Gulf|Strait|Straits|Sea|Cape|Isle|Isles|Lake|Horn|Mouth|Gates|Pass|"
    r"Plain|Valley|Port) of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?)(?![\w-])"
)


def sites(doc: Doc) -> list[Candidate]:
    """``Kramatorsk railway station``, ``the train station in Kramatorsk``, ``Kanjuruhan stadium``: a station, an
    airport or a stadium of a named place, one site named ``<place> <kind>`` however the sentence puts it."""
    text = text_of(doc)
    out = []
    for m in itertools.chain(_SITE_AFTER.finditer(text), _SITE_BEFORE.finditer(text)):
        place = m.group("place")
        before = _WORD_BEFORE_SITE.search(text, max(0, m.start() - 30), m.start())
        if place in NOT_A_SITE_PLACE or before is not None and before.group(1).casefold() in SITE_QUALIFIERS:
            continue  # "the police station in Kramatorsk" is not the town's station
        out.append(Candidate(m.start(), m.end(), "FAC", 74, name=f"{place} {m.group('kind')}", source="site"))
    for m in _FACILITY.finditer(text):
        words = m.group("place").split()
        start = m.start()
        if words[0].casefold() in NOT_A_FACILITY_PLACE:  # "The Lerovo dam": the article is no part of the name
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        if not words or words[0].casefold() in NOT_A_FACILITY_PLACE or any(country_of(w) for w in words):
            continue  # "The dam", "Ukrainian dam", "Russian-held dam": no place's own facility
        out.append(
            Candidate(start, m.end(), "FAC", 74, name=" ".join(text[start : m.end()].split()), source="facility")
        )
    return out


# "Lerovo dam", "the Lerovo hydroelectric power station", "Lerovskaya HPP": one or two capitalised words and the words
# for a facility's kind (``data.facilities``), in capitals or not
_FACILITY = re.compile(
    r"(?<![\w'\u2019.-])(?P<place>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?)[ \t]+(?P<kind>(?i:"
    + "|".join(re.escape(k).replace(r"\ ", r"[ \t]+") for k in sorted(ENGLISH_FACILITY_KINDS, key=len, reverse=True))
    + r"))(?![\w-])"
)


# "the al-Nadir Arab Hospital", "the Al Nadir hospital", "the Nadir children's hospital": up to four capitalised words
# (after an Arabic article written glued or apart), any lower-case words of what care it gives, and the kind of site
_CARE_SITE = re.compile(
    r"(?<![\w'\u2019.-])(?P<name>(?:(?:[Aa]l|[Ee]l)(?:[ \t]|[-\u2010]))?"
    r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3})"
    r"(?P<care>(?:[ \t]+(?:" + "|".join(sorted(CARE_SITE_DESCRIPTORS, key=len, reverse=True)) + r"))*)"
    r"[ \t]+(?P<kind>(?i:" + "|".join(CARE_SITE_WORDS) + r"))(?![\w-])"
)
_NOT_A_SITE_NAME = frozenset("the a an this that these its their his her our every each another one".split())
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+\Z")


def care_sites(doc: Doc) -> list[Candidate]:
    """``the al-Nadir Arab Hospital``, ``the Al Nadir hospital``, ``the Nadir children's hospital``: a hospital or
    clinic named by its own words before the kind, capitalised or not. Not one named by a place or a people only
    (``a Lerovo hospital``, ``the Moldovan hospital``: a hospital there), nor by a body (``the Red Cross hospital``)."""
    text = text_of(doc)
    out = []
    for m in _CARE_SITE.finditer(text):
        words = m.group("name").split()
        start = m.start("name")
        while words and words[0].casefold() in _NOT_A_SITE_NAME:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end("name")
            words = words[1:]
        if not words or _INDEFINITE_BEFORE.search(text, max(0, start - 10), start):
            continue
        lows = [w.casefold().strip("'\u2019") for w in words]
        if all(_place_word(w) for w in lows) or _place_word(" ".join(lows)):
            continue
        if any(w in _HEADS_CF and w not in CARE_SITE_DESCRIPTORS for w in lows):
            continue  # "the Lerovo Army hospital": a body's
        if any(f" {r} " in f" {' '.join(lows)} " for r in CARE_SITE_RUNNERS):
            continue
        if any(w in _CALENDAR_WORDS_CF for w in lows):
            continue
        out.append(Candidate(start, m.end(), "ORG", 74, source="care-site"))
    return out


def _place_word(word: str) -> bool:
    return word in country_names() or word in demonyms() or word in cities() or word in areas()


# A country's armed forces named by its adjective or possessive: "Russian troops", "Ukraine's military", "the
# Russian occupation forces". The force word is the head (not "Russian military analyst"); "pro-Russian forces" and
# "Russian-backed forces" are someone else's.
_FORCE_WORDS = frozenset({"forces", "troops", "military", "army", "invaders", "occupiers"})
_FORCE_MODIFIERS = frozenset({"armed", "occupation", "occupying", "invading", "invasion", "air", "defence", "defense"})
# an air defence's head words: "Russian air defences", "Russian air defence systems", "air defense forces"
_AIR_DEFENCE_WORDS = frozenset({"defences", "defenses", "defence", "defense", "systems"})
_FORCE_HEADS = _FORCE_WORDS | _AIR_DEFENCE_WORDS


def forces(doc: Doc) -> list[Candidate]:
    """``Russian troops``, ``Ukraine's military``, ``the Russian occupation forces``: a country's armed forces, one
    organisation however the sentence names it (``link/aliases.py`` reads the force words as one)."""
    out = []
    # a token is made only at a force word (``words_of``): most words are none
    for i, low in enumerate(words_of(doc)[0]):
        if low not in _FORCE_HEADS or i == 0:
            continue
        tok = doc[i]
        if tok.dep_ in ("compound", "amod"):
            continue
        if not tok.is_lower and not tok.is_title:
            continue
        k = tok.i - 1
        while k > 0 and doc[k].lower_ in _FORCE_MODIFIERS and tok.i - k < 4:
            k -= 1
        modifiers = {t.lower_ for t in doc[k + 1 : tok.i]}
        if tok.lower_ in _AIR_DEFENCE_WORDS and not (
            "air" in modifiers and (tok.lower_ != "systems" or modifiers & {"defence", "defense"})
        ):
            continue  # "Russian systems", "Russian defence" are no force; "Russian air defences" is
        who = doc[k]
        start = who.i
        if who.text in ("'s", "\u2019s") and k > 0:
            start = k - 1
            country = country_names().get(doc[start].lower_) or CAPITALS.get(doc[start].lower_)  # "Moscow's forces"
        else:
            country = demonyms().get(who.lower_) if who.is_title else None
        if country is None or not doc[start].is_title and doc[start].text not in ("US", "U.S.", "UK"):
            continue
        before = doc[start - 1] if start > 0 else None
        if before is not None and (
            before.text in ("-", "\u2010") or (before.is_title and before.pos_ == "PROPN" and not before.is_sent_start)
        ):
            continue  # "pro-Russian forces", "Free Syrian Army": another body
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and after.text in ("-", "\u2010"):
            continue  # "Russian military-industrial complex"
        out.append(Candidate(doc[start].idx, tok.idx + len(tok.text), "ORG", 60, source="forces"))
    return out


# Ministries named in lower case by their portfolio ("the Lerovo health ministry", "Lerovo's health ministry",
# "the ministry of health"): news writes them so as often as with capitals.
_PORTFOLIO = (
    r"(?:health|defen[cs]e|foreign|interior|justice|finance|economy|trade|industry|energy|education|culture|"
    r"agriculture|transport|environment|labou?r|emergenc(?:y|ies)(?: situations)?)"
)
_OWNED_MINISTRY = re.compile(
    r"(?<![\w-])(?P<owner>[A-Z][\w\u2019'-]+(?: [A-Z][\w\u2019'-]+)?)(?P<s>['\u2019]s)? (?:affairs )?"
    + _PORTFOLIO
    + r"(?: affairs)? ministry(?![\w-])"
)
_MINISTRY_OF = re.compile(r"(?<![\w-])(?<=the )ministry of (?:the )?" + _PORTFOLIO + r"(?: affairs)?(?![\w-])")
_NO_OWNER = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that", "on", "in", "at", "by"})


def ministries(doc: Doc) -> list[Candidate]:
    """``the Lerovo health ministry``, ``Lerovo's health ministry``, ``the ministry of health``: a ministry named in
    lower case by its portfolio, with the place or country whose it is; a bare "the health ministry" is left to the
    descriptions (``names/descriptions.py``), which take it for the one such ministry the corpus names."""
    text = text_of(doc)
    out = []
    for m in _OWNED_MINISTRY.finditer(text):
        owner = m.group("owner")
        first = owner.split()[0]
        if first.casefold() in _NO_OWNER or first.casefold() in _TITLES_CF:
            if " " not in owner or first.casefold() not in _NO_OWNER:
                continue  # "The health ministry", "Minister's health ministry": no owner
            start = m.start() + len(first) + 1  # "The Lerovo health ministry" at a sentence start
        else:
            start = m.start()
        out.append(Candidate(start, m.end(), "ORG", 74, source="ministry"))
    out.extend(Candidate(m.start(), m.end(), "ORG", 74, source="ministry") for m in _MINISTRY_OF.finditer(text))
    return out


_SITE_KIND = r"(?P<kind>station|airport|stadium)"
_WORD_BEFORE_SITE = re.compile(r"([A-Za-z]+)\s+$")
_SITE_AFTER = re.compile(
    r"(?<![\w-])(?P<place>[A-Z][\w'\u2019-]+)\s+(?:(?:railway|train|rail|bus)\s+)?" + _SITE_KIND + r"(?![\w-])"
)
_SITE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:railway|train|rail|bus)\s+)?" + _SITE_KIND + r"\s+in\s+(?:the\s+(?:city|town)\s+of\s+)?"
    r"(?P<place>[A-Z][\w'\u2019-]+)(?![\w-])"
)


def features(doc: Doc) -> list[Candidate]:
    """``the Line of Control``, ``Bay of Bengal``, ``Strait of Hormuz``: a named feature with a lower-case ``of``."""
    return [Candidate(m.start(1), m.end(1), "LOC", 76, source="feature") for m in _FEATURE_OF.finditer(text_of(doc))]


def events(doc: Doc, gear: list[Candidate]) -> list[Candidate]:
    """Named events: ``the Il-76 crash``, ``crash of an Il-76 plane``, ``plane crash in the Belgorod region``.

    An event needs a subject (a piece of equipment, or an aircraft and a place) so
    that the same event can be recognised across articles.
    """
    out = []
    text = text_of(doc)

    def equip_in(i: int, j: int) -> Candidate | None:
        a, b = doc[i].idx, _char_end(doc, j)
        for c in gear:
            if a <= c.start and c.end <= b:
                return c
        return None

    def core_end(c: Candidate) -> int:
        """Where the equipment's own name ends, before generic words ("Il-76" of "Il-76 plane")."""
        at = text.find(c.name or "", c.start, c.end) if c.name else -1
        return at + len(c.name or "") if at >= 0 else c.end

    for k, low in enumerate(words_of(doc)[0]):
        kind = _EVENT_NOUNS.get(low)
        if kind is None:
            continue
        tok = doc[k]
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        # "Il-76 crash", "plane crash", "Il-76 aviation disaster": compounds to the left
        left = tok.i
        while (
            left > 0
            and doc[left - 1].dep_ in ("compound", "nmod", "amod", "nummod")
            and _attaches_within(doc[left - 1], tok)
            and (doc[left - 1].pos_ in ("PROPN", "NOUN", "NUM") or doc[left - 1].lower_ in _EVENT_WORDS)
        ):
            left -= 1
        if left < tok.i:
            subject = equip_in(left, tok.i)
            generic = any(doc[x].lower_ in equipment.AIRCRAFT_WORDS for x in range(left, tok.i))
            if subject or (generic and kind == "loss"):
                start, end = doc[left].idx, tok.idx + len(tok.text)
                if not subject:
                    place = _place_after(doc, tok.i + 1)
                    if place is None:
                        continue
                    end = place
                out.append(
                    Candidate(
                        start,
                        end,
                        "EVENT",
                        60,
                        about=(subject.start, subject.end) if subject else None,
                        source="event-compound",
                        extra={"kind": kind},
                    )
                )
                continue
        # "crash of the Il-76", "downing of the Il-76 aircraft", "attack on the Il-76"
        for child in tok.children:
            if (
                child.dep_ == "prep"
                and child.lower_ in ("of", "on")
                and (child.lower_ == "of") == (kind == "loss" or kind == "explosion")
            ):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                np_start = min(c.i for c in pobj.subtree if c.i <= pobj.i and c.dep_ not in ("prep",))
                np_end = max(
                    [pobj.i]
                    + [
                        c.i
                        for c in pobj.children
                        if c.i > pobj.i and c.dep_ in ("nummod", "compound", "flat", "npadvmod")
                    ]
                )
                subject = equip_in(np_start, np_end + 1)
                if subject is None:
                    continue
                end = doc[np_end].idx + len(doc[np_end].text)
                name = text[tok.idx : core_end(subject)] if core_end(subject) < end else None
                out.append(
                    Candidate(
                        tok.idx,
                        end,
                        "EVENT",
                        60,
                        about=(subject.start, subject.end),
                        name=name,
                        source="event-of",
                        extra={"kind": kind},
                    )
                )
    return out


def _attaches_within(tok: Token, head: Token) -> bool:
    """Does ``tok`` hang from ``head`` through tokens near them (``Boeing 737 crash``: 737 -> Boeing -> crash)?"""
    h = tok.head
    while h.i != head.i and tok.i - 3 <= h.i <= head.i and h.head.i != h.i:
        h = h.head
    return h.i == head.i


def _place_after(doc: Doc, k: int) -> int | None:
    """End character of ``in|near|over [the] <place>`` starting at token k, or None."""
    if k >= len(doc) or doc[k].lower_ not in ("in", "near", "over", "outside"):
        return None
    j = k + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    run = _name_run_after(doc, j)
    if not run:
        return None
    end = run[1]
    if end < len(doc) and doc[end].lower_ in REGION_WORDS:
        end += 1
    return _char_end(doc, end)
