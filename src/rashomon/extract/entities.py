"""Named mentions in one article: the model's entities, corrected, plus what rules find that it misses.

The small English model is fast but often wrong on news about conflicts: it types
``Kyiv`` as a person, ``Il-76`` as a nationality, glues a title to a name (``the
UN Dmitry Polyansky``) and misses outlets and designations. Here its entities
are checked against general-knowledge tables (places, given names, outlets,
equipment) and patterns (``entity_rules.py``), and every person gets the role
its title or apposition gives (``roles.py``).

Which mentions are one entity across articles is decided later, in
``link/aliases.py``.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from ..data import cyrillic, media
from ..data.calendar import ENGLISH_MONTHS, MONTH_WORD, WEEKDAYS
from ..data.equipment import SYSTEMS
from ..data.genders import KIN_NOUNS
from ..data.institutions import COMPANY_ENDINGS, COMPANY_WORDS, HEADS, KNOWN, PORTFOLIOS, TITLES
from ..data.names import EUROPEAN_SURNAME_PARTICLES, SURNAME_PARTICLES, is_given_name
from ..data.places import (
    PLACE_LIST_NOUNS,
    PLACE_PREPOSITIONS,
    areas,
    cities,
    city_like,
    country_names,
    country_of,
    demonyms,
    region_demonyms,
)
from ..model import Analysis, Mention, Span
from ..names.acronyms import abbreviates, abbreviates_the_end, abbreviates_the_start, initials
from ..names.storms import storms
from . import entities_fr, entities_ru
from . import entity_rules as rules
from .entity_rules import Candidate
from .nlp import text_of
from .roles import find_role, is_person_title, person_apposition, title_apposed_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# spaCy labels kept as entities; dates and numbers have their own extractors.
KEPT = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}

_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:['\u2019]s|['\u2019])$")
_TRAILING = re.compile(r"[\s*.,;:!?\"\u201c\u201d\u2018\u2019'()\[\]-]+$")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z.]{1,7}[A-Z])\s*\)")
_TWO_LETTERS_AFTER = re.compile(r"\s*\(\s*([A-Z]{2})\s*\)")  # "Investigative Committee (IC)"
_TITLES_CF = {t.casefold() for t in TITLES}
# an organisation's other name in brackets after it, capitalised words with the small words of names between:
# "Ukrzaliznytsia (Ukrainian Railways Company)", "Rosaviatsia (Federal Air Transport Agency)"
_NAME_AFTER = re.compile(
    r"[ \t]*\(\s*((?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:of|for|and|on|the|[A-Z][\w'\u2019-]+)){1,7})\s*\)"
)


def _the_is_name(surface: str) -> bool:
    """``The Hague``, ``The Gambia``: places whose article is part of their name."""
    key = " ".join(surface.split()).casefold()
    return key.startswith("the ") and (key in cities() or key in country_names())


def _with_its_article(text: str, m: Mention) -> Mention:
    """``The Gambia``, ``the Netherlands``: a place whose article is part of its name keeps it, though the model's
    span starts after it."""
    start = m.span.start - 4
    if m.type != "GPE" or start < 0 or text[start : m.span.start] not in ("the ", "The "):
        return m
    surface = text[start : m.span.end]
    if not _the_is_name(surface):
        return m
    return replace(m, span=Span(start, m.span.end), text=surface, name="The " + m.name)


def clean_name(surface: str) -> str:
    """The surface as a name: no leading article, no possessive, single spaces."""
    name = " ".join(surface.split())
    name = _LEADING.sub("", name)
    return _POSSESSIVE.sub("", name).strip()


def extract_mentions(doc: Doc, analysis: Analysis) -> Iterator[Mention]:
    if not doc.has_annotation("DEP") and analysis.article.language in entities_fr.ENTITY_LANGUAGES:
        # French and its neighbours: tables and capitals
        yield from _with_storms(text_of(doc), list(entities_fr.mentions(text_of(doc), analysis.article.language)))
        return
    if not doc.has_annotation("DEP"):  # no parser for this language: the entities natasha or the model gave
        plain = list(_plain_mentions(doc))
        if analysis.article.language in ("ru", "uk"):
            plain = entities_ru.refine(text_of(doc), plain)
            # "Су-27", "Ил-76": designations natasha does not find
            plain += [
                d
                for d in entities_fr.designations(text_of(doc))
                if not any(m.span.start < d.span.end and d.span.start < m.span.end for m in plain)
            ]
            plain.sort(key=lambda m: m.span.start)
        yield from _with_storms(text_of(doc), plain)
        return
    candidates: list[Candidate] = list(rules.titled_people(doc))
    titles = [cast("tuple[int, int]", c.extra["title"]) for c in candidates]  # titled_people sets it on each
    for finder in (
        rules.designations,
        rules.systems,
        rules.outlets,
        rules.platforms,
        rules.regions,
        rules.crossings,
        rules.dateline_places,
        rules.joined_places,
        rules.features,
        rules.sites,
        rules.care_sites,
        rules.forces,
        rules.ministries,
        rules.groups,
        rules.org_runs,
        rules.places,
        rules.table_acronyms,
        rules.named_storms,
    ):
        candidates.extend(finder(doc))
    candidates.extend(_model_candidates(doc))
    candidates.extend(_apposed_people(doc))
    candidates.extend(_titled_apposed_people(doc))
    # the long title before a titled person is the person's role, not an organisation of its own
    candidates = [c for c in candidates if c.type != "ORG" or not any(a <= c.start and c.end <= b for a, b in titles)]
    text = text_of(doc)
    atomic = _resolve(doc, candidates)
    _places_in_a_list(text, atomic)
    atomic = _extend_to_acronym(doc, atomic)
    atomic = _rescue_surnames(doc, text, atomic)
    atomic = _acronyms(doc, atomic)
    equipment = [c for c in atomic if c.type == "EQUIPMENT"]
    compound = _org_of_org(doc, atomic) + rules.events(doc, equipment)
    replaced = {id(c) for comp in compound for c in cast("list[Candidate]", comp.extra.get("replaces", []))}
    final = [c for c in atomic if id(c) not in replaced] + _nonoverlapping(compound)
    final += _force_owners(doc, final)
    found = [m for m in (_mention(doc, text, c, atomic) for c in sorted(final, key=lambda c: (c.start, c.end))) if m]
    found = [_with_its_article(text, m) for m in found]
    roles = [m.role_span for m in found if m.type == "PERSON" and m.role_span is not None]
    for m in found:
        if (
            m.type == "ORG"
            and m.name.split()[0].casefold() in rules.LONG_TITLE_WORDS
            and any(r.start <= m.span.start and m.span.end <= r.end for r in roles)
        ):
            continue  # "X, the Inspector General of Police for ...": the title is X's role, not an organisation
        yield m


def _with_storms(text: str, found: list[Mention]) -> list[Mention]:
    """The mentions of an article read without a parser, a named storm (``шторм «Зельда»``) in place of what
    they made of its name."""
    named = [
        Mention(span=Span(s.start, s.end), text=text[s.start : s.end], type="EVENT", name=s.name, aliases=s.aliases)
        for s in storms(text)
    ]
    if not named:
        return found
    kept = [m for m in found if not any(m.span.start < s.span.end and s.span.start < m.span.end for s in named)]
    return sorted(kept + named, key=lambda m: m.span.start)


# ---------------------------------------------------------------- the model's entities, corrected


_DATE_LIKE = re.compile(rf"^(?:{MONTH_WORD}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_WORD}\.?)$")
_MONTH_WORD = re.compile(rf"^{MONTH_WORD}\.?$")
_CALENDAR_WORDS = frozenset(ENGLISH_MONTHS) | frozenset(WEEKDAYS)


_DAY_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,2}\b")
_DAY_NUMBER_BEFORE = re.compile(r"\b\d{1,2}[ \t]+$")


def _day_of_month(text: str, start: int, end: int) -> bool:
    """``Mar 14``, ``3 Sept``, or ``Mar`` of ``Mar 14``: a day, whatever the model called it."""
    surface = text[start:end]
    if _DATE_LIKE.match(surface):
        return True
    if not _MONTH_WORD.match(surface):
        return False
    after, before = text[end : end + 4], text[max(0, start - 4) : start]
    return _DAY_NUMBER_AFTER.match(after) is not None or _DAY_NUMBER_BEFORE.search(before) is not None


def _model_candidates(doc: Doc) -> list[Candidate]:
    out: list[Candidate] = []
    lower: list[set[str]] = []  # the words the article writes in lower case, read when first asked for
    towns = {(c.start, c.end) for c in rules.named_towns(doc)}
    for ent in doc.ents:
        if ent.label_ not in KEPT:
            continue
        for start, end, label, scope in _correct(doc, ent):
            if _common_word_capitalised(doc, start, end, label, lower) or _day_of_month(text_of(doc), start, end):
                continue  # "Mar 14" of a dateline is a day, not a person
            if label == "PERSON" and (_after_place_preposition(doc, start, end) or _in_place_list(doc, start, end)):
                label = "GPE"  # "the port in Bandar Abbas": a town the model does not know, not a person
            if label in ("PERSON", "ORG") and (start, end) in towns:
                label = "GPE"  # "the eastern town of Bayda": a town, whatever the model took it for
            if label == "ORG" and _only_a_rank(doc, start, end):
                continue  # "Rear Admiral" of "Rear Admiral Jane Roe": the person's title, no body
            if label == "ORG" and _title_holder(doc, start, end):
                label = "PERSON"  # "The Defence Minister, Aden Bare Duale, announced": the title's holder
            if label in ("PERSON", "ORG"):
                start, label = _titled_name(doc, start, end, label)
                start, label = _short_title(doc, start, end, label)
                if start >= end:
                    continue
            out.append(Candidate(start, end, label, 50, scope=scope, source="model"))
    joined = _joined_people(doc, out)
    taken = {c.start for c in joined}
    covered = [(c.start, c.end) for c in joined]
    for c in joined:
        c.start = _after_glued_title(doc, c.start, c.end, c.type)
        c.start = _given_name_before(doc, c, covered)
        c.end = _second_surname(doc, c, taken)
        c.end = _particle_surname(doc, c)
    people = [(c.start, c.end) for c in joined if c.type == "PERSON"]
    # the model's "Leyen" after "Ursula von": now inside the person's name, no entity of its own
    return [c for c in joined if c.type == "PERSON" or not any(a <= c.start and c.end <= b for a, b in people)]


def _given_name_before(doc: Doc, c: Candidate, covered: list[tuple[int, int]]) -> int:
    """Where a person's name starts when the model left its first part out: ``Mir-Hossein Mousavi`` read from
    ``Hossein`` (a hyphenated given name), ``Alexei Navalny`` opening a sentence read as ``Navalny`` (a given name
    right before the name, which does not open with one)."""
    span = doc.char_span(c.start, c.end)
    if c.type != "PERSON" or span is None or span.start == 0:
        return c.start
    k = span.start
    if (
        k >= 2
        and doc[k - 1].text in ("-", "\u2010")
        and not doc[k - 2].whitespace_
        and not doc[k - 1].whitespace_
        and doc[k - 2].is_title
        and doc[k - 2].is_alpha
    ):
        return doc[k - 2].idx  # "Mir-Hossein": the model split the hyphenated given name
    before = doc[k - 1]
    if (
        before.whitespace_ == " "
        and before.is_title
        and before.is_alpha
        and is_given_name(before.text)
        and not is_given_name(span[0].text)
        and not any(a <= before.idx < b for a, b in covered)
    ):
        return before.idx
    if _unknown_given_name(doc, span, covered):
        return before.idx
    return c.start


def _unknown_given_name(doc: Doc, span: SpacySpan, covered: list[tuple[int, int]]) -> bool:
    """``by Pradeep Jena`` read as ``Jena``: one capitalised word inside a sentence right before a one-word person,
    after a word in lower case, a stop or a title, that no entity holds and no table knows (no place, nationality,
    title or month), is the given name the model's list did not have."""
    k = span.start
    before = doc[k - 1]
    if (
        len(span) != 1
        or k < 2
        or before.whitespace_ != " "
        or not (before.is_title and before.is_alpha and len(before.text) >= 3)
        or before.pos_ != "PROPN"
        or before.is_sent_start
        or _not_a_surname(before.text)
        or any(a <= before.idx < b for a, b in covered)
    ):
        return False
    prior = doc[k - 2]
    return not (prior.is_title or prior.is_upper) or prior.text.casefold() in _TITLES_CF


def _particle_surname(doc: Doc, c: Candidate) -> int:
    """``Ursula von der Leyen`` read as ``Ursula von`` (and ``Leyen`` apart): a person's name that ends on a surname
    particle, or stands right before one, goes on through the particles to the capitalised word after them."""
    span = doc.char_span(c.start, c.end)
    if c.type != "PERSON" or span is None:
        return c.end
    k = span.end
    while k > span.start + 1 and doc[k - 1].lower_ in EUROPEAN_SURNAME_PARTICLES:
        k -= 1  # "Ursula von": back to the name before the particles
    j = k
    while j < len(doc) and doc[j].lower_ in EUROPEAN_SURNAME_PARTICLES and j - k < 3:
        j += 1
    if j == k or j >= len(doc) or not (doc[j].is_title and doc[j].is_alpha):
        return c.end
    return doc[j].idx + len(doc[j].text)


def _second_surname(doc: Doc, c: Candidate, taken: set[int]) -> int:
    """``Nicolas Maduro Moros`` read as ``Nicolas Maduro``: one capitalised name word right after a full name, that
    no entity starts at and no table knows, before a lower-case word or a stop, is the name's second surname."""
    span = doc.char_span(c.start, c.end)
    if c.type != "PERSON" or span is None or len(span) < 2 or span.end >= len(doc) - 1:
        return c.end
    nxt, after = doc[span.end], doc[span.end + 1]
    if (
        doc[span.end - 1].whitespace_ != " "
        or nxt.idx in taken
        or not (nxt.is_title and nxt.is_alpha and nxt.pos_ == "PROPN")
        or not (after.is_lower or after.is_punct)
        or _not_a_surname(nxt.text)
    ):
        return c.end
    return nxt.idx + len(nxt.text)


def _not_a_surname(word: str) -> bool:
    key = word.casefold()
    return bool(
        key in country_names()
        or key in cities()
        or key in demonyms()
        or key in areas()
        or key in _TITLES_CF
        or key in _CALENDAR_WORDS
        or word in media.outlets()
        or word in HEADS
    )


def _force_owners(doc: Doc, final: list[Candidate]) -> list[Candidate]:
    """The country word of ``Russian troops``, ``Ukraine's military``: still a mention of its own (the nationality or
    the country), inside the forces' mention, as it was before the forces were read as one body."""
    out = []
    for c in final:
        if c.source != "forces":
            continue
        span = doc.char_span(c.start, c.end)
        if span is None:
            continue
        owner = span[0]
        label = "GPE" if len(span) > 1 and span[1].text in ("'s", "\u2019s") else "NORP"
        out.append(Candidate(owner.idx, owner.idx + len(owner.text), label, 49, source="forces-owner"))
    return out


_NAME_LINKS = SURNAME_PARTICLES | {"al", "el", "ben", "bin"}


def _after_glued_title(doc: Doc, start: int, end: int, label: str) -> int:
    """``Kramatorsk Mayor Aleksandr Goncharenko`` read as one person: the name starts after the last title word
    (the title and its place are the person's role, read by ``roles.py``)."""
    span = doc.char_span(start, end)
    if label != "PERSON" or span is None or len(span) < 3:
        return start
    for k in range(span.end - 2, span.start, -1):
        tok = doc[k]
        if tok.is_title and tok.lower_ in _TITLES_CF:
            rest = doc[k + 1 : span.end]
            # "Crown Prince Mohammed bin Salman": a name's lower-case particle ("bin", "al") may stand inside it
            inside = all(
                (t.is_title and t.is_alpha)
                or t.lower_ in _NAME_LINKS
                or t.text == "-"
                or (t.is_alpha and t.i > 0 and doc[t.i - 1].text == "-")  # "Yoon Hee-keun"
                for t in rest
            )
            if inside and rest[0].is_title and rest[-1].is_title:
                return rest[0].idx
            break
    return start


_LIST_SEPARATOR = re.compile(r"(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)")
_PLACE_LIST_OPENING = re.compile(
    r"(?<![\w-])(?:(?:cities|towns|villages|regions|provinces|districts|areas|ports)[ \t]+(?:of|including|like|such as)"
    r"|in|near|outside|from|across|between)[ \t]+\Z",
    re.IGNORECASE,
)


def _places_in_a_list(text: str, atomic: list[Candidate]) -> None:
    """``the cities of Derna, Benghazi, Al Bayda and Soussa``: a name the model took for a person among two or more
    places it lists with them is a place, when the list opens with a place word or a place preposition; never a name
    opening with a given name or a title (``in Lerovo, Tamra and Jane Roe's village``)."""
    runs: list[list[Candidate]] = []
    for c in atomic:
        if runs and _LIST_SEPARATOR.fullmatch(text[runs[-1][-1].end : c.start]):
            runs[-1].append(c)
        else:
            runs.append([c])
    for run in runs:
        if len(run) < 3:
            continue
        places = sum(c.type in ("GPE", "LOC") for c in run)
        people = [c for c in run if c.type == "PERSON"]
        if not people or places < 2 or places + len(people) < len(run):
            continue
        if _PLACE_LIST_OPENING.search(text, max(0, run[0].start - 30), run[0].start) is None:
            continue
        if any(is_given_name(text[c.start : c.end].split()[0]) or _is_short_title_word(text, c) for c in people):
            continue
        for c in people:
            c.type = "GPE"


def _is_short_title_word(text: str, c: Candidate) -> bool:
    return text[c.start : c.end].split()[0].rstrip(".").casefold() in _SHORT_TITLES | _TITLES_CF


def _after_place_preposition(doc: Doc, start: int, end: int) -> bool:
    """A name of two words or more right after ``in``, ``near`` or ``outside`` and not a possessor (``in Bandar
    Abbas``, not ``in Jane Roe's view``): the place the preposition locates something in."""
    span = doc.char_span(start, end)
    if span is None or len(span) < 2 or span.start == 0:
        return False
    before = doc[span.start - 1]
    after = doc[span.end] if span.end < len(doc) else None
    possessive = after is not None and after.text in ("'s", "\u2019s", "'")
    return before.text in PLACE_PREPOSITIONS and not possessive and not is_given_name(span[0].text)


def _in_place_list(doc: Doc, start: int, end: int) -> bool:
    """A name in a list that a plural noun for places opens (``the cities of Derna, Lerovo, Al Vell and Soussa``,
    ``towns such as X and Y``): a place, not the person a model may take an unknown town for."""
    span = doc.char_span(start, end)
    if span is None:
        return False
    k = span.start - 1
    items = 0
    while k >= 0 and span.start - k <= 24:
        tok = doc[k]
        if tok.text == "," or tok.lower_ == "and":
            k -= 1
        elif tok.is_title and tok.pos_ == "PROPN":
            items += 1
            k -= 1
        else:
            break
    if k < 1 or items == 0 or doc[span.start - 1].text not in (",", "and"):
        return False  # the name must follow another item of the list
    opener = doc[k].lower_
    if opener == "as" and doc[k - 1].lower_ == "such":
        k -= 1
    elif opener not in ("of", "including", "like"):
        return False
    return doc[k - 1].lower_ in PLACE_LIST_NOUNS


def _titled_name(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """``Lieutenant Governor Suresh Malhotra`` where the model saw only ``Malhotra`` (and called it an ORG): one
    capitalised word between a title and a one-word name is the given name of a person."""
    span = doc.char_span(start, end)
    if span is None or len(span) != 1 or span.start < 2 or span[0].text in HEADS:
        return start, label
    given, title = doc[span.start - 1], doc[span.start - 2]
    if (
        given.is_title
        and given.is_alpha
        and given.ent_type_ in ("", "PERSON", "ORG")
        and not country_of(given.text)
        and given.lower_ not in _TITLES_CF
        and title.lower_ in _TITLES_CF
    ):
        return given.idx, "PERSON"
    return start, label


# Words that make a rank of a title after them ("Rear Admiral", "Vice Admiral", "Brigadier General").
_RANK_WORDS = frozenset({"rear", "vice", "brigadier", "lieutenant", "major", "field", "staff", "chief", "first"})


def _only_a_rank(doc: Doc, start: int, end: int) -> bool:
    """A span of title words only (``Rear Admiral``) right before a capitalised name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or not doc[span.end].is_title:
        return False
    lows = [t.lower_ for t in span]
    return any(w in _TITLES_CF for w in lows) and all(w in _TITLES_CF or w in _RANK_WORDS for w in lows)


# Titles written without a period in British style ("Dr Jane Roe"); "Dr." and "Dr" alike.
_SHORT_TITLES = {
    "dr",
    "mr",
    "mrs",
    "ms",
    "mx",
    "prof",
    "gen",
    "col",
    "lt",
    "capt",
    "cpt",
    "sgt",
    "maj",
    "cpl",
    "pte",
    "brig",
    "adm",
    "cdr",
    "rev",
    "revd",
    "fr",
    "insp",
    "supt",
    "dep",
}


def _is_short_title(tok: Token) -> bool:
    text = tok.text
    return text[:1].isupper() and text.rstrip(".").casefold() in _SHORT_TITLES


def _short_title(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """``Dr Jane Roe``: the title is not part of the name; a name the model cut after the title (``Dr Jane`` left
    out of ``Dr Jane Ann Roe``) gets its first names back. A span that is only a title ends empty (start = end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, label
    i = span.start
    while i < span.end and (_is_short_title(doc[i]) or doc[i].text == "."):
        i += 1
    if i == span.end:
        return (end, label) if i > span.start else (start, label)
    if i > span.start:
        return doc[i].idx, "PERSON"
    if label != "PERSON":
        return start, label
    k = i
    while k > 0 and i - k < 2 and doc[k - 1].is_title and doc[k - 1].is_alpha and not _is_short_title(doc[k - 1]):
        k -= 1
    before = k - 1 if k > 0 and doc[k - 1].text != "." else k - 2
    if k < i and before >= 0 and _is_short_title(doc[before]):
        return doc[k].idx, label  # "Dr Farooq" + "Ahmad Lone": the whole name after the title
    return start, label


def _joined_people(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """``Dr Farooq`` + ``Ahmad Lone``: two person names with only a space between them are one name."""
    cands = sorted(cands, key=lambda c: c.start)
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.type == c.type == "PERSON" and text_of(doc)[prev.end : c.start] == " ":
            out[-1] = Candidate(prev.start, c.end, "PERSON", prev.priority, scope=prev.scope, source="model")
            continue
        out.append(c)
    return out


def _common_word_capitalised(doc: Doc, start: int, end: int, label: str, lower: list[set[str]]) -> bool:
    """``Dam destroyed in ...`` (a headline), ``Shelling continued``: a sentence's capitalised first word that the
    article also writes in lower case is a common noun, not an organisation. ``lower``: empty, or the article's
    lower-case words, read here the first time they are needed (most articles never need them)."""
    if label not in ("ORG", "PRODUCT", "WORK_OF_ART", "NORP", "FAC"):
        return False
    span = doc.char_span(start, end)
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    first = tok.is_sent_start or tok.i == 0 or doc[tok.i - 1].is_space
    if not (first and tok.is_title):
        return False
    if not lower:
        lower.append({t.text for t in doc if t.is_lower and t.is_alpha})
    return tok.text.lower() in lower[0]


def _correct(doc: Doc, ent: SpacySpan) -> list[tuple[int, int, str, str | None]]:
    """The model's entity as one or more (start, end, type, scope) pieces, with known errors fixed."""
    i, j = ent.start, ent.end
    while i < j and (doc[i].lower_ in ("the", "a", "an") or doc[i].is_space) and not _the_is_name(doc[i:j].text):
        i += 1
    while j > i and (doc[j - 1].text in ("'s", "\u2019s", "'", "\u2019") or doc[j - 1].is_punct or doc[j - 1].is_space):
        j -= 1  # "Kherson\n\n" at the end of a headline is "Kherson"
    for k in range(i + 1, j):
        if doc[k].text == "(" and not any(t.text == ")" for t in doc[k:j]):
            j = k  # "Ukrzaliznytsia JSC (Ukrainian Railways Company": the name ends at its open bracket
            break
    if i >= j:
        return []
    if _title_modifier(doc, i, j, ent.label_):
        return []
    pieces: list[tuple[int, int, str, str | None]] = []
    scope = None
    # "Ukraine's National Security and Defense Council": the possessive country is a scope, not part of the name
    for k in range(i + 1, j - 1):
        if doc[k].text in ("'s", "\u2019s") and country_of(doc[i:k].text):
            pieces.append((doc[i].idx, _end(doc, k), "GPE", None))
            scope = country_of(doc[i:k].text)
            i = k + 1
            break
    label = ent.label_
    # "the UN Dmitry Polyansky", "Vasily Nebenzya" typed ORG: a given name starts a person's name
    for k in range(i, j - 1):
        rest = doc[k:j]
        if (
            is_given_name(doc[k].text)
            and all(t.is_title and t.pos_ == "PROPN" or t.text in ("-", "\u2010") and t.whitespace_ == "" for t in rest)
            and doc[j - 1].text not in HEADS
            and doc[j - 1].text not in media.NAME_ENDINGS
        ):
            body_end = k
            while body_end > i and (doc[body_end - 1].lower_ in _TITLES_CF or _is_short_title(doc[body_end - 1])):
                body_end -= 1  # "Defense Ministry General Jane Roe": the rank is the person's, not the body's
            if body_end > i:
                pieces.extend(_correct_piece(doc, i, body_end, label, scope))
            pieces.append((doc[k].idx, _end(doc, j), "PERSON", None))
            return pieces
    if label == "ORG":
        i, j = _trim_org(doc, i, j)
    pieces.extend(_correct_piece(doc, i, j, label, scope))
    return pieces


def _title_modifier(doc: Doc, i: int, j: int, label: str) -> bool:
    """``Russian Defence`` of ``Russian Defence Minister X``, ``State`` of ``Secretary of State X``: the portfolio of
    a title, not an organisation."""
    after_title = i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _TITLES_CF  # "Secretary of State"
    if label == "ORG" and doc[i].lower_ in _TITLES_CF and j < len(doc) and doc[j].ent_type_ == "PERSON":
        return True  # "Chief of Staff Andriy Yermak": the whole "organisation" is a title
    if label != "ORG" or not after_title and (j >= len(doc) or doc[j].lower_ not in _TITLES_CF):
        return False
    words = [t.lower_ for t in doc[i:j] if not country_of(t.text)]
    return bool(words) and all(w in PORTFOLIOS for w in words)


def _correct_piece(doc: Doc, i: int, j: int, label: str, scope: str | None) -> list[tuple[int, int, str, str | None]]:
    while i < j and doc[i].lower_ in ("the", "a", "an") and not _the_is_name(doc[i:j].text):
        i += 1
    if i >= j:
        return []
    text = doc[i:j].text
    if not any(ch.isupper() for ch in text) and any(ch.isalpha() for ch in text):
        return []  # names are capitalised: "us", "our region" are not entities
    retyped = retype(text, label)
    if retyped is None:
        return []
    label = retyped
    if label in _NOT_PEOPLE_TYPES and _after_person_title(doc, i, j):
        label = "PERSON"  # "prosecutor Pascal Field said": a name right after a person's title is a person
    elif label in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART") and _bare_name(doc, i, j) and person_apposition(doc, j - 1):
        label = "PERSON"  # "Tarek Belmonte, the health minister of ...": a title only a person holds, after the name
    if (
        label == "NORP"
        and j - i == 1
        and doc[i].dep_ in ("nsubj", "nsubjpass")
        and doc[i].tag_ == "NNP"
        and text.casefold() not in demonyms()
        and text.casefold() not in region_demonyms()
        and not country_of(text)
    ):
        label = "PERSON"  # "Klitschko called for ...": a singular unknown "nationality" doing something is a person
    return [(doc[i].idx, _end(doc, j), label, scope)]


def retype(text: str, label: str) -> str | None:
    """The right type for an entity surface the model typed ``label``; None to drop it."""
    key = text.casefold()
    if text in ("US", "U.S.", "U S", "U. S.") or (key in country_names() and text[:1].isupper()):
        return "GPE"
    if (key in demonyms() or key in region_demonyms()) and text[:1].isupper():
        return "NORP"  # "Kashmiri", "Kurdish": a people of a region is a group, not an organisation or a person
    words = key.split()
    if len(words) > 1 and text[:1].isupper() and all(w in demonyms() or w in region_demonyms() for w in words):
        return "NORP"  # "Crimean Tatars", "Iraqi Kurds"
    if (key in cities() or key in areas()) and label in (
        "PERSON",
        "NORP",
        "ORG",
        "WORK_OF_ART",
        "GPE",
        "LOC",
        "FAC",
        "PRODUCT",
    ):
        return "GPE"
    if label in ("ORG", "GPE", "LOC", "FAC", "NORP") and city_like(text):
        return "GPE"  # "Dnepr": another spelling of a known city
    if text in media.PLATFORMS:
        return "ORG"
    if text in media.outlets() and text not in rules.OUTLET_AMBIGUOUS:
        return "MEDIA"  # an ambiguous name ("Time", "Shot") is an outlet only where the text says so
    if label == "ORG" and text.split()[-1] in media.NAME_ENDINGS and text.split()[-1] not in HEADS:
        return "MEDIA"
    if _GROUP_OF_STATES.fullmatch(text):
        return "ORG"  # "G-7", "G20": a group of states, not a designation
    if label != "EQUIPMENT" and (text in SYSTEMS or text.replace(" ", "-") in SYSTEMS):
        return "EQUIPMENT"  # "Tochka-U" is a missile wherever the model put it
    if label in _NOT_PEOPLE_TYPES and _person_like(text):
        return "PERSON"  # "María Corina Machado" typed as an organisation or a place
    if label == "PERSON" and len(words) > 1 and (words[-1] in COMPANY_WORDS or words[-1] in COMPANY_ENDINGS):
        return "ORG"  # "Maiden Pharma", "Acme Airlines": a company, whatever its first word looks like
    if label == "WORK_OF_ART" and len(words) > 1 and text.split()[-1] in HEADS:
        return "ORG"  # "The Varnish Front denies ...", a quote's first words: a body named after its kind, no title
    if label in ("WORK_OF_ART", "LAW") and len(text.split()) == 1:
        return None  # a lone capitalised word the model could not place; rules may rescue it
    return label


_GROUP_OF_STATES = re.compile(r"G-?\d{1,2}")
_NOT_PEOPLE_TYPES = ("ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "NORP")
# words that make a name starting with a given name a place or a body: "Victoria Station", "George Mason University"
_PLACE_NOUNS = frozenset(
    "street road avenue square station river valley lake island islands mountain mountains heights park bridge "
    "airport port bay beach hospital school college university church cathedral mosque stadium hall tower city "
    "county state district region province village town camp base prize award act law".split()
)


def _after_person_title(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens [i, j) are a name of capitalised words right after a lower-case title of a person
    (``prosecutor Pascal Field``: two or three words) or a relation (``the boy's mother Nora``: one to three) and
    hold no word of a body, place or country."""
    if i == 0 or not doc[i - 1].is_lower:
        return False
    kin = doc[i - 1].lower_ in KIN_NOUNS and not doc[i - 1].lower_.endswith(("s", "family"))  # one person
    if not (kin and 1 <= j - i <= 3 or is_person_title(doc[i - 1].text) and 2 <= j - i <= 3):
        return False
    for tok in doc[i:j]:
        low = tok.lower_
        if not (tok.is_title and tok.is_alpha) or tok.text in HEADS or low in _PLACE_NOUNS:
            return False
        if low in country_names() or low in cities() or low in demonyms():
            return False
    return True


def _apposed_people(doc: Doc) -> list[Candidate]:
    """``Zorbek Malthani, the health minister of ...`` where the model tagged nothing: two or three capitalised
    proper nouns before an apposition that gives a title only a person holds are a person (below the model's
    priority, so that its reading, corrected, wins where it has one)."""
    out = []
    for tok in doc:
        if tok.text != "," or tok.i < 2:
            continue
        j = i = tok.i
        while i > 0 and j - i < 6 and not doc[i - 1].ent_type_:
            if doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title:
                i -= 1
            elif i > 1 and _glued(doc, i - 1) and doc[i - 2].is_title and doc[i - 2].pos_ == "PROPN":
                i -= 2  # "Allah-Morad": a hyphenated given name is one word of the name
            else:
                break
        if i > 0 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN":
            continue  # the run goes on: a longer name, or one the model tagged
        if _bare_name(doc, i, j) and person_apposition(doc, j - 1):
            out.append(Candidate(doc[i].idx, _end(doc, j), "PERSON", 45, source="apposed"))
    return out


def _glued(doc: Doc, k: int) -> bool:
    """Token ``k`` is a hyphen glued to the words on both sides of it (``Allah-Morad``)."""
    return doc[k].text == "-" and k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def _titled_apposed_people(doc: Doc) -> list[Candidate]:
    """``the head of the federation, Tamir Oduya.`` where the model tagged nothing: two or three capitalised proper
    nouns after a title phrase and a comma, closing the clause, are the title holder (below the model's priority)."""
    out = []
    for tok in doc:
        if tok.text != "," or tok.i + 2 >= len(doc):
            continue
        i = j = tok.i + 1
        while j < len(doc) and j - i < 4 and doc[j].pos_ == "PROPN" and doc[j].is_title and not doc[j].ent_type_:
            j += 1
        if j < len(doc) and (doc[j].is_title and doc[j].is_alpha or doc[j].text not in (".", ",", ";")):
            continue  # the run goes on, or the clause does not close after it ("X, Y and Z")
        if _bare_name(doc, i, j) and title_apposed_before(doc, i):
            out.append(Candidate(doc[i].idx, _end(doc, j), "PERSON", 45, source="apposed"))
    return out


def _title_holder(doc: Doc, start: int, end: int) -> bool:
    """Characters [start, end) are two or three capitalised words set off by a comma right after a title only a
    person holds (``the defence minister, Aden Bare Duale, said``): the holder, whatever type the model gave it."""
    span = doc.char_span(start, end)
    if span is None:
        return False
    i, j = span.start, span.end
    closed = j < len(doc) and doc[j].text in (",", ".", ";")
    # a town's name may be a given name too ("Aden"): beside a title, only a body's or country's word bars the name
    return closed and title_apposed_before(doc, i) and _bare_name(doc, i, j, towns=False)


def _bare_name(doc: Doc, i: int, j: int, *, towns: bool = True) -> bool:
    """Whether tokens [i, j) are two or three capitalised words and no word of a body, place, country, people,
    company or outlet (a town's name counts as a place only with ``towns``): a name that may be a person's."""
    # a hyphen glued between two capitalised words joins them into one word of the name ("Allah-Morad")
    glued = [k for k in range(i + 1, j - 1) if _glued(doc, k)]
    if not 2 <= j - i - 2 * len(glued) <= 3 or doc[i:j].text in media.outlets():
        return False
    for tok in doc[i:j]:
        if tok.i in glued:
            continue
        low = tok.lower_
        if not (tok.is_title and tok.is_alpha) or tok.text in HEADS or low in _PLACE_NOUNS or low in COMPANY_WORDS:
            return False
        if low in country_names() or (towns and low in cities()) or low in demonyms() or low in areas():
            return False
        if tok.text in media.NAME_ENDINGS or low in KNOWN:
            return False
    return True


def _person_like(text: str) -> bool:
    """A name of two to four capitalised words that starts with a known given name and holds no word of a
    place, body or country: a person whatever the model said."""
    words = text.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    first = _ascii(words[0])
    if not is_given_name(first) or is_given_name(_ascii(words[-1])) and len(words) == 2:
        return False  # "Jordan Jordan", "Paris Hilton"-like pairs of two given names are left to the model
    for w in words:
        low = w.casefold()
        if w in HEADS or low in _PLACE_NOUNS or low in country_names() or low in cities() or low in demonyms():
            return False
    return True


def _ascii(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _trim_org(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Cut an organisation back to its name: before a title that follows it, before a lower-case tail."""
    if j < len(doc) and doc[j].lower_ in _TITLES_CF:
        heads = [k for k in range(i, j) if doc[k].text in HEADS]
        if heads and heads[-1] + 1 < j:
            j = heads[-1] + 1
    caps = [k for k in range(i, j) if doc[k].is_title or doc[k].is_upper or not doc[k].is_alpha]
    if caps and caps[-1] + 1 < j:
        j = caps[-1] + 1
    return i, j


def _end(doc: Doc, j: int) -> int:
    return doc[j - 1].idx + len(doc[j - 1].text)


# ---------------------------------------------------------------- reconciling candidates


def _resolve(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping mentions: higher priority first, then longer; what a winner leaves of a loser may stay."""

    def rank(c: Candidate) -> tuple[int, int, int]:
        return (-c.priority, -(c.end - c.start), c.start)

    # a heap in the order of a stable sort: ties go by when a candidate joined the queue
    queue = [(*rank(c), n, c) for n, c in enumerate(sorted(candidates, key=rank))]
    heapq.heapify(queue)
    joined = len(queue)
    taken: list[Candidate] = []
    # what is taken never overlaps, so by start it is also by end: the clashes are one slice of it
    by_start: list[tuple[int, Candidate]] = []  # (when it was taken, candidate)
    starts: list[int] = []
    ends: list[int] = []
    while queue:
        cand = heapq.heappop(queue)[-1]
        lo, hi = bisect.bisect_right(ends, cand.start), bisect.bisect_left(starts, cand.end)
        if hi <= lo:
            k = bisect.bisect_left(starts, cand.start)
            by_start.insert(k, (len(taken), cand))
            starts.insert(k, cand.start)
            ends.insert(k, cand.end)
            taken.append(cand)
            continue
        if cand.source != "model":
            continue
        clash = [c for _, c in sorted(by_start[lo:hi], key=lambda x: x[0])]
        for start, end in _remainders(cand, clash):
            piece = doc.char_span(start, end, alignment_mode="contract")
            if piece is None or not piece.text.strip():
                continue
            label = retype(clean_name(piece.text), cand.type)
            if label in ("GPE", "NORP") and (
                piece.text.casefold() in demonyms() or piece.text.casefold() in country_names()
            ):
                rest = Candidate(piece.start_char, piece.end_char, label, 49, source="model-rest")
                heapq.heappush(queue, (*rank(rest), joined, rest))
                joined += 1
    return sorted(taken, key=lambda c: c.start)


def _remainders(cand: Candidate, clash: list[Candidate]) -> list[tuple[int, int]]:
    pieces = [(cand.start, cand.end)]
    for t in clash:
        nxt = []
        for s, e in pieces:
            if t.start > s:
                nxt.append((s, min(e, t.start)))
            if t.end < e:
                nxt.append((max(s, t.end), e))
        pieces = nxt
    return [(s, e) for s, e in pieces if e > s]


def _nonoverlapping(compound: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in sorted(compound, key=lambda c: (-(c.end - c.start), c.start)):
        if not any(o.start < c.end and c.start < o.end for o in out):
            out.append(c)
    return out


def _rescue_surnames(doc: Doc, text: str, atomic: list[Candidate]) -> list[Candidate]:
    """A lone surname of a person named in full in this article is that person, whatever the model said."""
    surnames = set()
    for c in atomic:
        if c.type == "PERSON":
            words = clean_name(text[c.start : c.end]).split()
            if len(words) >= 2:
                surnames.add(words[-1])
    if not surnames:
        return atomic
    out = []
    for c in atomic:
        name = clean_name(text[c.start : c.end])
        if name in surnames and c.type not in ("PERSON", "MEDIA", "EQUIPMENT") and name.casefold() not in cities():
            c = Candidate(c.start, c.end, "PERSON", c.priority, source=c.source + "+surname")
        out.append(c)
    covered = sorted((c.start, c.end) for c in out)
    starts = [s for s, _ in covered]
    reach = list(itertools.accumulate((e for _, e in covered), max))  # the furthest end of covered[:k + 1]
    for tok in doc:
        # the tagger often calls a sentence-initial surname a noun ("Zelenskyy spoke ...")
        if tok.text not in surnames:
            continue
        proper = tok.pos_ == "PROPN" or (tok.is_sent_start and tok.is_title and tok.pos_ in ("NOUN", "ADJ", "X"))
        k = bisect.bisect_right(starts, tok.idx)
        if proper and not (k and reach[k - 1] > tok.idx):
            out.append(Candidate(tok.idx, tok.idx + len(tok.text), "PERSON", 40, source="surname"))
    return sorted(out, key=lambda c: c.start)


_IN_OR_OF = re.compile(r"\s+(?:in|of)\s+")


def _extend_to_acronym(doc: Doc, atomic: list[Candidate]) -> list[Candidate]:
    """``Organization for Security and Cooperation`` + ``in Europe``: join when the whole spells an acronym the
    text uses (``OSCE``); the model often stops a long name at its first place name."""
    acronyms = {t.text.casefold() for t in doc if t.is_upper and 2 <= len(t.text) <= 8 and t.is_alpha}
    if not acronyms:
        return atomic
    text = text_of(doc)
    out: list[Candidate] = []
    skip: set[int] = set()
    for n, c in enumerate(atomic):
        if n in skip:
            continue
        nxt = atomic[n + 1] if n + 1 < len(atomic) else None
        if (
            c.type == "ORG"
            and nxt is not None
            and nxt.type in ("GPE", "LOC")
            and _IN_OR_OF.fullmatch(text[c.end : nxt.start])
        ):
            joined = clean_name(text[c.start : nxt.end])
            if initials(joined) & acronyms and not (initials(clean_name(text[c.start : c.end])) & acronyms):
                out.append(Candidate(c.start, nxt.end, "ORG", c.priority, source=c.source + "+acronym"))
                skip.add(n + 1)
                continue
        out.append(c)
    return out


def _acronyms(doc: Doc, atomic: list[Candidate]) -> list[Candidate]:
    """``Foreign Intelligence Service (SVR)``: the acronym is another name of what stands before it."""
    text = text_of(doc)
    atomic = _join_to_acronym(text, _split_own_names(text, atomic))
    out = list(atomic)
    for n, c in enumerate(atomic):
        named = _NAME_AFTER.match(text, c.end) if c.type == "ORG" else None
        if named is not None and not any(
            c.end < o.start < named.end() and o.type != "ORG" and not _abbreviated_name(named.group(1)) for o in atomic
        ):
            c.aliases = (*c.aliases, clean_name(named.group(1)))  # "Ukrzaliznytsia (Ukrainian Railways Company)"
        own = _own_name_after(text, c)
        if own is not None:
            start, end = own
            c.aliases = (*c.aliases, text[start:end])
            same = [o for o in out if o.start == start and o.end == end]
            for o in same:
                o.type, o.aliases = "ORG", (*o.aliases, clean_name(text[c.start : c.end]))
            if not same and not any(o.start < end and start < o.end for o in out):
                out.append(Candidate(start, end, "ORG", c.priority, aliases=(clean_name(text[c.start : c.end]),)))
        m = _ACRONYM_AFTER.match(text, c.end) or _TWO_LETTERS_AFTER.match(text, c.end)
        if not m or c.type in ("PERSON", "EVENT"):
            continue
        if len(m.group(1)) == 2 and m.group(1).casefold() not in initials(clean_name(text[c.start : c.end])):
            continue  # "(AP)", "(UK)": two capitals are the name's acronym only when they are its initials
        acronym = m.group(1)
        owner = c if c.type == "ORG" else _place_acronym_owner(text, atomic[n - 1] if n else None, c, acronym)
        if owner is None:
            continue  # "the mission in Lerovia (UNML)": no acronym of Lerovia, nor of a name right before it
        owner.aliases = (*owner.aliases, acronym)
        if not any(o.start < m.end(1) and m.start(1) < o.end for o in atomic):
            out.append(
                Candidate(
                    m.start(1),
                    m.end(1),
                    owner.type,
                    owner.priority,
                    aliases=(clean_name(text[owner.start : owner.end]),),
                    source="acronym",
                )
            )
    return sorted(out, key=lambda c: c.start)


# Small words inside one long name, between the pieces the model may cut it into: "mission in", "office for the".
_JOINING = re.compile(r"(?:[ \t]+[a-z]+){1,3}[ \t]+")
_AND = re.compile(r"[ \t]+and[ \t]+")


def _join_to_acronym(text: str, atomic: list[Candidate]) -> list[Candidate]:
    """``the Relief Council mission in Lerovia (RCML)``, ``Union of Dock and Harbour Workers (UDHW)``: a long name
    the model cut in two, at a place in it, at its "and" or before its "for the", is one organisation when the
    acronym in brackets after it abbreviates the whole and not its last piece. The acronym may leave out the body
    the name begins with (``OCHA`` of the United Nations Office for the Coordination of Humanitarian Affairs), and
    after an "and" the coordinated end (``IFRC`` of the International Federation of Red Cross and Red Crescent
    Societies)."""
    out: list[Candidate] = []
    for c in atomic:
        m = _ACRONYM_AFTER.match(text, c.end)
        p = out[-1] if out else None
        if m is not None and p is not None and p.type == "ORG" and c.type not in ("PERSON", "EVENT"):
            acronym, between = m.group(1), text[p.end : c.start]
            whole, last = clean_name(text[p.start : c.end]), clean_name(text[c.start : c.end])
            if not abbreviates(acronym, last) and (
                _JOINING.fullmatch(between) is not None
                and (abbreviates(acronym, whole) or abbreviates_the_end(acronym, whole))
                or _AND.fullmatch(between) is not None
                and c.type == "ORG"
                and abbreviates_the_start(acronym, whole)
            ):
                out[-1] = Candidate(p.start, c.end, "ORG", max(p.priority, c.priority), source=p.source + "+acronym")
                continue
        out.append(c)
    return out


def _place_acronym_owner(text: str, before: Candidate | None, c: Candidate, acronym: str) -> Candidate | None:
    """What an acronym in brackets after a place names: the place if the acronym can abbreviate it (its initials,
    or its first letter where the acronym is of the name in another language: ``DNR``); else the organisation
    right before it, small words between, whose name it abbreviates (``the Health Ministry in Lerovia (HM)``);
    else nothing."""
    name = clean_name(text[c.start : c.end])
    if abbreviates(acronym, name) or acronym[:1].casefold() == name[:1].casefold():
        return c
    if (
        before is not None
        and before.type == "ORG"
        and _JOINING.fullmatch(text[before.end : c.start]) is not None
        and abbreviates(acronym, clean_name(text[before.start : before.end]))
    ):
        return before
    return None


def _abbreviated_name(name: str) -> bool:
    """``Komnas HAM``, ``Persatuan Sepak Bola PSSI``: a name in brackets with a word in capitals and no given name
    first is a body's other name, though the model typed it a person or a place."""
    words = name.split()
    return len(words) >= 2 and not is_given_name(words[0]) and any(w.isupper() and len(w) >= 2 for w in words)


_OF_THE = re.compile(r"\s+of(?:\s+the)?\s+")


_OWN_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w-]{2,})(?=[ \t]+[a-z]|[,.;:!?)])")


def _own_name_after(text: str, c: Candidate) -> tuple[int, int] | None:
    """``the Federal Air Transport Agency Rosaviatsia has ...``: one capitalised word right after a body's name that
    ends in its kind (``Agency``, ``Company``) is the body's own name, unless a table knows the word as a place, a
    people, an outlet or a given name."""
    if c.type != "ORG" or text[c.start : c.end].split()[-1] not in HEADS:
        return None
    m = _OWN_NAME_AFTER.match(text, c.end)
    if m is None:
        return None
    return (m.start(1), m.end(1)) if _own_name(m.group(1)) else None


def _own_name(word: str) -> bool:
    """Whether a capitalised word after a body's kind may be the body's own name (not a place, a people, an outlet,
    a given name, a title or a company's or body's kind)."""
    key = word.casefold()
    if key in country_names() or key in cities() or key in demonyms() or key in areas() or is_given_name(word):
        return False
    return not (word in media.outlets() or word in HEADS or key in _TITLES_CF or key in COMPANY_WORDS)


def _split_own_names(text: str, atomic: list[Candidate]) -> list[Candidate]:
    """``Federal Air Transport Agency Avialot`` read as one name: the body's descriptive name and its own name,
    each a name of the body."""
    out: list[Candidate] = []
    for c in atomic:
        surface = text[c.start : c.end]
        words = surface.split()
        if c.type == "ORG" and len(words) >= 3 and words[-2] in HEADS and words[-1].isalpha() and _own_name(words[-1]):
            cut = c.start + surface.rindex(words[-1])
            body = text[c.start : cut].rstrip()
            first = Candidate(c.start, c.start + len(body), "ORG", c.priority, scope=c.scope, source=c.source)
            first.aliases = (words[-1],)
            out += [first, Candidate(cut, c.end, "ORG", c.priority, aliases=(clean_name(body),), source=c.source)]
            continue
        out.append(c)
    return out


def _org_of_org(doc: Doc, atomic: list[Candidate]) -> list[Candidate]:
    """``Main Intelligence Directorate`` + ``of the`` + ``Ministry of Defense of Ukraine``: one organisation inside
    another."""
    text = text_of(doc)
    out = []
    for a, b in zip(atomic, atomic[1:], strict=False):
        country = b.type == "GPE" and text[b.start : b.end].casefold() in country_names()
        if a.type != "ORG" or b.type != "ORG" and not country:
            continue  # "Investigative Committee of Russian Federation": a body of a country is one name too
        between = text[a.end : b.start]
        if not _OF_THE.fullmatch(between):
            continue
        if text[a.start : a.end].split()[-1] not in HEADS:
            continue
        name_a = clean_name(text[a.start : a.end])
        out.append(
            Candidate(
                a.start, b.end, "ORG", 55, aliases=(*a.aliases, name_a), source="org-of-org", extra={"replaces": [a]}
            )
        )
    return out


# ---------------------------------------------------------------- mentions


_DASHES = ("-", "\u2013", "\u2014")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_WITHHELD_SURNAME = re.compile(r"\w\s[A-Z]")  # "Nahel M.": a first name and the initial the press gives for a surname


def _mention(doc: Doc, text: str, cand: Candidate, atomic: list[Candidate]) -> Mention | None:
    start, end = cand.start, cand.end
    surface = text[start:end]
    keep_the = (cand.type == "MEDIA" and surface.startswith("The ")) or _the_is_name(surface)
    lead = None if keep_the else _LEADING.match(surface)
    if lead:
        start += lead.end()
    if text[start : start + 1] in _DASHES and text[start + 1 : start + 2].isupper():
        start += 1  # "(Reuters) -Russia's defence ministry": the dateline's dash glued to the name
    trail = _TRAILING.search(text[start:end])
    if trail and trail.start() > 0:
        end = start + trail.start()
        if text[end : end + 1] == "." and _DOTTED_INITIALS.fullmatch(text[start:end]):
            end += 1  # "U.S.": the last dot is the abbreviation's
        elif text[end : end + 1] == "." and cand.type == "PERSON" and _WITHHELD_SURNAME.fullmatch(text[end - 3 : end]):
            end += 1  # "Karim B.": the dot is the surname initial's
    poss = _POSSESSIVE.search(text[start:end])
    if poss and poss.start() > 0:
        end = start + poss.start()
    if end <= start:
        return None
    surface = text[start:end]
    if not any(ch.isalpha() for ch in surface):
        return None
    if cand.type in ("EQUIPMENT", "EVENT") and cand.name:
        name = cand.name
    elif cand.type in ("MEDIA", "GPE") and cand.name or cand.source == "site" and cand.name:
        name = cand.name
    else:
        name = surface if keep_the else clean_name(surface)
    role = role_span = None
    if cand.type == "PERSON":
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found = find_role(doc, span.start, span.end - 1)
            if found:
                role, role_span = found
    about = None
    if cand.about is not None:
        about = Span(*cand.about)
    return Mention(
        span=Span(start, end),
        text=surface,
        type=cand.type,
        name=name,
        role=role,
        role_span=role_span,
        scope=cand.scope or _scope(doc, text, start, end, cand, atomic),
        aliases=tuple(dict.fromkeys(cand.aliases)),
        about=about,
    )


_POSSESSOR_BEFORE = re.compile(r"([A-Z][\w .-]*?)['\u2019]s\s+$")


def _scope(doc: Doc, text: str, start: int, end: int, cand: Candidate, atomic: list[Candidate]) -> str | None:
    """The country an organisation belongs to when its own name does not say: ``Russia's X``; ``the State
    Department and the Ministry of Defense`` (a bare ministry takes its partner's country)."""
    if cand.type not in ("ORG", "MEDIA"):
        return None
    before = text[max(0, start - 40) : start]
    m = _POSSESSOR_BEFORE.search(before)
    if m and country_of(m.group(1).split(" the ")[-1].strip()):
        return country_of(m.group(1).split(" the ")[-1].strip())
    words = text[start:end].split()
    if any(country_of(w) for w in words) or any(w in ("UN", "EU", "NATO", "OSCE") for w in words):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for other in span.root.conjuncts:
        for c in atomic:
            if c is cand or not (c.start <= other.idx < c.end) or c.type != "ORG":
                continue
            other_text = clean_name(text[c.start : c.end])
            for w in other_text.split():
                if country_of(w):
                    return country_of(w)
            known = KNOWN.get(other_text.casefold())
            if known and known[0]:
                return known[0]
    return None


def _plain_mentions(doc: Doc) -> Iterator[Mention]:
    """Mentions of an article in a language without a parser: the entities set on its Doc (natasha for ru/uk)."""
    normals = doc.user_data.get("normal_forms", {})
    for ent in doc.ents:
        label = ent.label_ if ent.label_ in KEPT else None
        if label is None:
            continue
        surface = ent.text
        name = normals.get((ent.start_char, ent.end_char), surface)
        low = name.casefold()
        if low in cyrillic.INSTITUTION_COUNTRY or low.split()[0] in cyrillic.INSTITUTION_WORDS:
            label = "ORG"  # "Кремль" is an institution, not the place natasha's LOC says
        yield Mention(span=Span(ent.start_char, ent.end_char), text=surface, type=label, name=name)
