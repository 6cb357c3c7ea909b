"""Quotes in German articles and who said them, read from the surface: no parser ships for German here.

German news attributes a quote in a few fixed shapes:

- after the marks: ``„...“, sagte X``, ``"...", schrieb X auf Telegram``, ``„...“, so X``, ``„...“, sagte er``;
- before them, the verb second: ``X sagte: „...“``, ``X erklärte, dass die Lage „...“ sei``, and with the subject
  after the verb when something else comes first: ``Am Mittwoch sagte X: „...“``;
- a quote right after an attributed one in the same or the next paragraph, unattributed: the same speaker.

The speaker is the name in the attribution (``entities_fr``'s mention, which reads German names too); ``er`` and
``sie`` are the subject of the last sentence since the last quote that names a person of their gender, else the last
speaker if the gender fits. Outlets named after the verb (``sagte er der
Nachrichtenagentur Reuters``) relay the quote (``via``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ..data.genders import pronoun_gender
from ..data.speech import GERMAN_NOT_SPEAKER, GERMAN_PRONOUNS, GERMAN_SPEECH_VERBS
from ..model import Analysis, Mention, Quote, QuoteKind, Span
from . import reported
from .quotes_ru import Marked
from .reach import attribution_after, sentence_end, sentence_start, surface_quote

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# looked up case-folded, as the words are ("äußerte" folds to "äusserte", the Swiss spelling)
_SPEECH_VERBS = frozenset(w.casefold() for w in GERMAN_SPEECH_VERBS)
_CLAUSE_BREAK = re.compile(r"[.;!?\n]")
_AFTER_MARK = re.compile(r"\s*[,.!?\u2026]*\s*[\u2014\u2013-]?\s*")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÄÖÜ\"„“])|\n")
# what opens the words a verb reports: a colon, "dass", or a comma and a clause in reported speech, whose verb is in the
# subjunctive ("sagte, im Krankenhaus habe er Spuren gesehen, ihr Gesicht sei „...“")
_COLON_OR_THAT = re.compile(
    r"(?::\s*|,\s*(?:dass|daß|wonach)\s[^.!?\n]*|"
    r",\s*[^.!?\n]*\b(?:sei|seien|habe|hätte|hätten|wäre|wären|werde|könne|müsse|solle|dürfe)\b[^.!?\n]*)$"
)
_MAX_ATTRIBUTION = 200
_sentence_end = functools.partial(sentence_end, ends=_SENTENCE_END, reach=_MAX_ATTRIBUTION)
_sentence_start = functools.partial(sentence_start, ends=_SENTENCE_END, reach=_MAX_ATTRIBUTION)
_MIN_WORDS = 5  # fewer words inside the marks: a term the writer quotes, unless a speech verb introduces it
_NEAR = 400  # characters from one quote to an unattributed one that goes on with its speaker


@dataclass
class _Said:
    cue: Span
    speaker: Mention | None = None
    pronoun: str | None = None
    addressee: str | None = None  # "fragt er Jewkurow": whom the pronoun's speaker spoke to, never the speaker
    via: list[Span] = field(default_factory=list)
    phrase: Span | None = None  # a speaker named by a common noun, no name: "Angaben der Armee zufolge"
    statement: bool = False  # "„...“, heißt es in dem Eintrag": the words of a statement the article named before


def extract_quotes(text: str, analysis: Analysis, marked: Sequence[Marked]) -> Iterator[Quote]:
    """Every quote of a German article, with speaker, cue and relaying outlet."""
    mentions = sorted((m for m in analysis.mentions if m.type != "GPE"), key=lambda m: m.span.start)
    previous: Quote | None = None
    previous_ref: Mention | None = None
    for q in marked:
        if q.heading or q.parent is not None:
            continue
        said = (
            _after(text, q, mentions)
            or _before(text, q, mentions)
            or _closing(text, q, mentions)
            or _according(text, q, mentions)
        )
        words = len(text[q.inner.start : q.inner.end].split())
        kind: QuoteKind = "direct" if words >= _MIN_WORDS or said is not None else "scare"
        ref: Mention | None = None
        if said is not None and said.speaker is not None:
            ref = said.speaker
        elif said is not None and said.phrase is not None:
            ref = None
        elif said is not None and said.pronoun is not None:
            # "er" is the subject of the last sentence since the last quote's attribution that names a person of its
            # gender, else that quote's speaker if the gender fits, else the last person named before
            gender = GERMAN_PRONOUNS[said.pronoun]
            since = _sentence_end(text, previous.span.end + 1) if previous is not None else q.open_at - _PRONOUN_REACH
            ref = _pronoun_person(text, mentions, marked, max(0, since), q.open_at, gender, said.addressee)
            if (
                previous_ref is not None
                and _fits(text, previous_ref, gender)
                and (ref is None or previous_ref.name != ref.name)
            ):
                if ref is None or _named_again(text, previous_ref, ref.span.end, q.open_at, said.addressee):
                    ref = previous_ref  # the last speaker, named again after the other person ("Prigoschin sagt")
            elif ref is None and previous_ref is None:
                ref = _last_person(mentions, q.open_at, marked)
        elif said is not None and said.statement:
            # "teilte X auf Facebook mit. „...“, heißt es in dem Eintrag": the one who spoke in the sentence before
            ref = _speaker_before(text, q, mentions)
        elif kind == "direct" and previous is not None and q.open_at - previous.span.end <= _NEAR:
            ref = previous_ref  # "„...“, schrieb X. „...“": X goes on
        elif kind == "direct" and said is None:
            ref = _subject_before(text, q, mentions)  # "Selenskyj pochte auf Sanktionen. „...“": his words
        phrase = said.phrase if said is not None and ref is None else None  # "der Armee zufolge": no name
        cue = said.cue if said is not None else None
        via = tuple(said.via) if said is not None else ()
        quote = surface_quote(text, analysis.article.id, q.inner, kind, ref, phrase, cue, via, mentions)
        if kind != "scare":
            previous, previous_ref = quote, ref
        yield quote


def _after(text: str, q: Marked, mentions: list[Mention]) -> _Said | None:
    """``„...“, sagte X``, ``„...“, so X``, ``„...“, sagte er der Agentur Y``."""
    at = attribution_after(text, q.close_at, _AFTER_MARK)
    if at is None:
        return None
    verb = _WORD.match(text, at)
    if verb is None or (verb.group().casefold() not in _SPEECH_VERBS and verb.group() != "so"):
        return None
    end = _sentence_end(text, verb.end())
    said = _Said(cue=Span(verb.start(), verb.end()))
    if _STATEMENT_SAYS.match(text, verb.start()):
        said.statement = True  # "heißt es in dem Eintrag": whose statement, the sentence before tells
        return said
    pronoun = _WORD.match(text, verb.end() + 1)
    if pronoun is not None and pronoun.group() in GERMAN_PRONOUNS:
        said.pronoun = pronoun.group()
    described = _DESCRIPTION.match(text, verb.end()) if said.pronoun is None else None
    if described is not None and not described.group(1).startswith("ein"):
        said.speaker = _role_holder(text, described.group(2), mentions, q.open_at)  # "sagte der Experte": introduced so
    for m in _named(text, verb.end(), end, mentions):
        if said.speaker is None and said.pronoun is None and not _addressed(text, verb.end(), m):
            said.speaker = m
        elif said.pronoun is not None and m.type == "PERSON" and said.addressee is None:
            said.addressee = m.name.split()[-1]
        elif m.type in ("MEDIA", "ORG") and _addressed(text, verb.end(), m):
            said.via.append(m.span)
    if said.speaker is None and described is not None:
        said.phrase = Span(described.start(1), described.end(1))  # a description, no name: the phrase speaks
    return said if said.speaker is not None or said.pronoun is not None or said.phrase is not None else None


# "sagte der Experte", "betonte die Sprecherin": a definite description after the verb, its head noun last
# (or an indefinite one: "erzählt eine junge Angestellte", "sagte ein Augenzeuge", which stands for nobody named)
_DESCRIPTION = re.compile(r"\s+((?:der|die|eine?)\s+(?:[a-zäöüß][\w-]*\s+)?([A-ZÄÖÜ][\w-]*))(?=[\s,.;:!?]|$)")
_ROLE_REACH = 3000  # characters back a description ("der Experte") may look for the person introduced with it
_INTRO_BACK = 60  # characters before a person's name read for the noun that introduces them


def _role_holder(text: str, head: str, mentions: list[Mention], pos: int) -> Mention | None:
    """The person a description stands for: the latest person before ``pos`` whose mention or the words right before
    it hold the description's head noun, alone or as the last part of a compound (``der Experte`` is the
    ``Luftfahrt-Experte X`` or the ``Sicherheitsexperte X`` named before); None when no one was introduced so."""
    key = head.casefold()
    for m in reversed(mentions):
        if m.type != "PERSON" or m.span.start >= pos or pos - m.span.start > _ROLE_REACH:
            continue
        intro = _CLAUSE_BREAK.split(text[max(0, m.span.start - _INTRO_BACK) : m.span.start])[-1] + " " + m.text
        if any(w.casefold().endswith(key) for w in _WORD.findall(intro) if w not in m.text.split()[-1:]):
            return m
    return None


def _named(text: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The names between ``start`` and ``end`` (``reported.named``, with this reader's words)."""
    return reported.named(text, start, end, mentions, _WORD)


def _addressed(text: str, start: int, m: Mention) -> bool:
    """Whether the words right before ``m`` make it whom the speaker told, or where: "gegenüber der Agentur"."""
    before = [w.casefold() for w in _WORD.findall(text[max(start, m.span.start - 40) : m.span.start])]
    return bool(before) and before[-1] in GERMAN_NOT_SPEAKER


def _before(text: str, q: Marked, mentions: list[Mention]) -> _Said | None:
    """``X sagte: „...“``, ``X erklärte, dass ... „...“``, ``Am Mittwoch sagte X: „...“``."""
    start = _sentence_start(text, q.open_at)
    verbs = [w for w in _WORD.finditer(text, start, q.open_at) if w.group().casefold() in _SPEECH_VERBS]
    opened = _COLON_OR_THAT.search(text, verbs[-1].end(), q.open_at) if verbs else None
    if opened is None:
        return None
    verb = verbs[-1]
    said = _Said(cue=Span(verb.start(), verb.end()))
    subject = [m for m in _named(text, start, verb.start(), mentions) if m.span.end <= verb.start()]
    if subject and _WORD.search(text, subject[-1].span.end, verb.start()) is None:
        said.speaker = subject[-1]  # the verb second, right after its subject
        return said
    pronoun = _WORD.match(text, verb.end() + 1)
    if pronoun is not None and pronoun.group() in GERMAN_PRONOUNS:
        said.pronoun = pronoun.group()
        return said
    named = [m for m in _named(text, verb.end(), opened.start(), mentions) if not _addressed(text, verb.end(), m)]
    if named:
        said.speaker = named[0]  # "Am Mittwoch sagte X", "erklärte der Sprecher des Amtes, X, dass"
        return said
    sentence_start = [w for w in _WORD.finditer(text, start, verb.start())]
    if subject and len(sentence_start) <= 8:
        said.speaker = subject[-1]  # "Der Koordinator X erklärte vor dem Rat, dass"
        return said
    return None


def _closing(text: str, q: Marked, mentions: list[Mention]) -> _Said | None:
    """A quote inside a sentence that a speech verb closes, its subject after it: ``Bei einem „...“ seien
    Menschen „...“ worden, erklärte X am Montag`` (reported speech, the verb first after the comma)."""
    end = _sentence_end(text, q.close_at + 1)
    for verb in _CLOSING_VERB.finditer(text, q.close_at + 1, end):
        if verb.group(1).casefold() not in _SPEECH_VERBS:
            continue
        said = _Said(cue=Span(verb.start(1), verb.end(1)))
        pronoun = _WORD.match(text, verb.end(1) + 1)
        if pronoun is not None and pronoun.group() in GERMAN_PRONOUNS:
            said.pronoun = pronoun.group()
            return said
        named = [m for m in _named(text, verb.end(1), end, mentions) if not _addressed(text, verb.end(1), m)]
        if named and _WORD.search(text, verb.end(1), named[0].span.start) is None:
            said.speaker = named[0]  # the subject right after the verb
            return said
        titled = _TITLE_BEFORE.match(text, verb.end(1))
        if named and titled is not None and titled.end() == named[0].span.start:
            said.speaker = named[0]  # "erklärte Gouverneur X", "sagte der Sprecher X"
            return said
        return None
    return None


_CLOSING_VERB = re.compile(r",\s*([^\W\d_]+)\s")
_TITLE_BEFORE = re.compile(r"\s*(?:(?:der|die|des)\s+)?(?:[A-ZÄÖÜ][^\W\d_]+\s+){1,2}")


def _according(text: str, q: Marked, mentions: list[Mention]) -> _Said | None:
    """A quote in a sentence that names its source: ``laut X``, ``X zufolge``, ``nach Angaben von X``, ``Angaben der
    Armee zufolge``. The speaker is the name in the phrase, else the phrase itself (``der Armee``)."""
    start, end = _sentence_start(text, q.open_at), _sentence_end(text, q.close_at + 1)
    for found in _SOURCE.finditer(text, start, end):
        if found.start() >= q.open_at and found.start() < q.close_at:
            continue  # inside the quote
        k = next(k for k in (1, 2, 3, 4) if found.group(f"w{k}") is not None)
        at, to = found.start(f"w{k}"), found.end(f"w{k}")
        named = _named(text, at, to, mentions)
        said = _Said(cue=Span(found.start(f"c{k}"), found.end(f"c{k}")))
        if named:
            said.speaker = named[0]
        else:
            said.phrase = Span(at, to)
        return said
    return None


# "laut X", "nach Angaben (von) X", "Angaben der X zufolge", "X zufolge": the source of what the sentence tells
_WHO = r"(?:(?:der|die|des|dem|den)\s+)?(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*"
_SOURCE = re.compile(
    rf"\b(?P<c1>[Ll]aut)\s+(?P<w1>{_WHO})"
    rf"|\b(?P<c2>[Nn]ach\s+Angaben)\s+(?:(?:von|vom)\s+)?(?P<w2>{_WHO})"
    rf"|\b(?P<c3>Angaben)\s+(?P<w3>{_WHO})\s+zufolge\b"
    rf"|(?P<w4>{_WHO})\s+(?P<c4>zufolge)\b"
)


# a sentence that ends right before a quote's opening mark, in the same paragraph: "... Nuklearindustrie. „..."
_SENTENCE_BEFORE = re.compile(r"[.!?:][ \t]+\Z")
_SUBJECT_REACH = 300  # characters back the sentence before may start
_SENTENCE_ENDS = re.compile(r"[.!?][ \t]+|\n")
_SUBJECT_LEAD = 3  # characters at most before the name that opens that sentence


def _subject_before(text: str, q: Marked, mentions: list[Mention]) -> Mention | None:
    """The person whose name opens the sentence right before a quote that stands as a sentence of its own, in the same
    paragraph (``Selenskyj pochte auf Sanktionen. „Wer ... nutzen.“``); None when no such sentence or name."""
    end = _SENTENCE_BEFORE.search(text, max(0, q.open_at - 4), q.open_at)
    if end is None:
        return None
    begin = sentence_start(text, end.start(), _SENTENCE_ENDS, _SUBJECT_REACH)
    if begin == end.start() - _SUBJECT_REACH:
        return None  # no sentence start within reach
    first = next((m for m in mentions if begin <= m.span.start < end.start()), None)
    if first is None or first.type != "PERSON" or first.span.start - begin > _SUBJECT_LEAD:
        return None
    return first


# the end of the sentence right before a quote, in its paragraph or the one before
_PARAGRAPH_BEFORE = re.compile(r"[.!?:]\s+\Z")
# "heißt es in dem Eintrag", "hieß es in der Mitteilung": a statement's words, the statement named before
_STATEMENT_SAYS = re.compile(r"(?:heißt|hieß)\s+es\s+(?:in|im)\b", re.I)


def _speaker_before(text: str, q: Marked, mentions: list[Mention]) -> Mention | None:
    """The person or body that speaks in the sentence right before a quote (a speech verb there, and the first name
    in it no one is told through: ``teilte Oleh X, der Leiter der Verwaltung, auf Facebook mit, berichtet Y``);
    None when that sentence has no speech verb or names no one."""
    end = _PARAGRAPH_BEFORE.search(text, max(0, q.open_at - 6), q.open_at)
    if end is None:
        return None
    begin = sentence_start(text, end.start(), _SENTENCE_ENDS, _SUBJECT_REACH)
    verbs = [w for w in _WORD.finditer(text, begin, end.start()) if w.group().casefold() in _SPEECH_VERBS]
    if not verbs:
        return None
    named = [m for m in _named(text, begin, end.start(), mentions) if not _addressed(text, begin, m)]
    people = [m for m in named if m.type == "PERSON"]
    if people:
        return people[0]
    # a body only right after its verb ("erklärte das Ministerium X"): the model reads many a noun phrase as a body
    return next((m for m in named if m.type == "ORG" and any(0 <= m.span.start - v.end() <= 1 for v in verbs)), None)


_PRONOUN_REACH = 600  # characters back a pronoun with no quote before it may look for its person
# a courtesy title or a role noun in the feminine right before a name ("Frau", "Außenministerin", "Sprecherin")
_FEMININE_BEFORE = re.compile(r"(?:\bFrau|[A-ZÄÖÜ][\w-]*(?:erin|ntin|stin|orin|efin|atin))\s+\Z")
_MASCULINE_BEFORE = re.compile(r"\bHerrn?\s+\Z")


def _gender(text: str, person: Mention) -> str | None:
    """ "m" or "f" for a person: from a title or a feminine role noun right before the name, else from the given
    name; None when nothing says."""
    before = text[max(0, person.span.start - 40) : person.span.start]
    if _FEMININE_BEFORE.search(before):
        return "f"
    if _MASCULINE_BEFORE.search(before):
        return "m"
    words = person.name.split()
    return pronoun_gender(words[0]) if len(words) > 1 else None


def _fits(text: str, person: Mention, gender: str) -> bool:
    return _gender(text, person) in (None, gender)


def _pronoun_person(
    text: str,
    mentions: list[Mention],
    marked: Sequence[Marked],
    since: int,
    before: int,
    gender: str,
    addressee: str | None = None,
) -> Mention | None:
    """The person "er" or "sie" stands for: in the last sentence between ``since`` and ``before`` that names a person
    outside quotation marks whom the pronoun fits, the first such person (the subject: "Putin traf Lukaschenko. „...“,
    sagte er" is Putin), one whose gender is known first, never the one spoken to ("fragt er X"); None when no sentence
    there names one."""
    people = [
        m
        for m in mentions
        if m.type == "PERSON"
        and since <= m.span.start
        and m.span.end <= before
        and not any(q.open_at < m.span.start < q.close_at for q in marked)
        and m.name.split()[-1] != addressee
    ]
    if not people:
        return None
    bounds = [since, *(e.end() for e in _SENTENCE_END.finditer(text, since, before)), before]
    for begin, end in reversed(list(zip(bounds, bounds[1:], strict=False))):
        fitting = [m for m in people if begin <= m.span.start < end and _fits(text, m, gender)]
        if fitting:
            known = [m for m in fitting if _gender(text, m) == gender]
            return (known or fitting)[0]
    return None


def _named_again(text: str, person: Mention, start: int, end: int, addressee: str | None) -> bool:
    """Whether the surname of ``person`` stands as a word between ``start`` and ``end`` (a name the reader may not
    have taken for one: "Prigoschin sagt"), and it is not the one spoken to."""
    surname = person.name.split()[-1]
    if surname == addressee:
        return False
    return re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text[start:end]) is not None


def _last_person(mentions: list[Mention], pos: int, marked: Sequence[Marked] = ()) -> Mention | None:
    """The last person named before ``pos`` outside quotation marks (words quoted are no one's name for "er")."""
    return next(
        (
            m
            for m in reversed(mentions)
            if m.span.start < pos
            and m.type == "PERSON"
            and not any(q.open_at < m.span.start < q.close_at for q in marked)
        ),
        None,
    )
