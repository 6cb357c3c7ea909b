"""Reported speech outside quotation marks, in the languages read without a parse: who said what a sentence tells.

News tells most of what sources say without quoting them, in a few shapes each language shares:

- the verb of saying, then the word that opens the speech: ``Le ministre X a déclaré mardi que ...``, ``X aseguró que
  ...``, ``Il ministro X ha detto che ...``, ``X sagte, dass ...`` (and ``X sagte, die Polizei habe ...``: a clause in
  the subjunctive), ``X oświadczył, że ...``;
- the source first: ``Selon le parquet, ...``, ``Según la fiscalía ...``, ``Laut der Armee ...``, ``Według X ...``;
- the source last: ``..., a affirmé le président X.``, ``..., aseguró X.``, ``..., sagte X.``, ``..., selon le
  parquet.``, ``..., podała gazeta X.``

Each yields an ``indirect`` quote whose span is what was said and whose speaker is the person named as the source
(else the body or country named there, else the words that name it: ``le parquet``), so the claim read from it is the
speaker's, with that origin. A sentence with quotation marks is left to the direct quotes' readers; a name after a
preposition right after the verb is whom or where the speaker spoke (``a déclaré à l'AFP``), never the speaker, and an
outlet there relays the speech.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from ..data.speech import (
    FRENCH_PARTICIPLES,
    FRENCH_PRESENT,
    GERMAN_SPEECH_VERBS,
    GERMAN_SUBJUNCTIVE,
    ITALIAN_PARTICIPLES,
    POLISH_PAST_ENDINGS,
    POLISH_SPEECH_STEMS,
    POLISH_SPEECH_WHOLE,
    REPORTED_ACCORDING,
    REPORTED_DENIALS,
    REPORTED_NOT_SPEAKER,
    REPORTED_NOT_SPEECH,
    REPORTED_THAT,
    ROMANCE_PRESENT,
    SPANISH_FINITE,
    SPANISH_PARTICIPLES,
    UNTAGGED_CUES,
)
from ..model import Mention, Quote, Span
from .quotes_ru import Marked
from .reach import surface_quote

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s+[^\W\d_„«\"“]|\s*$)|(?=\n)|$)", re.M)
_MIN_SPEECH_WORDS = 3  # fewer words after the source: no statement (``selon lui, oui``)
_BETWEEN_VERB_AND_THAT = 6  # words about when, where or to whom between the verb and the word that opens the speech


def speech_verb(word: str) -> str | None:
    """The gender a Polish verb of saying gives its speaker ("m", "f", "p" for several), "" when it gives none
    (``mówi``, ``podkreślało``), None when the word is no verb of saying."""
    low = word.casefold()
    if low in POLISH_SPEECH_WHOLE:
        return "m" if low.endswith("ł") else "f" if low.endswith("ła") else "p" if low.endswith("li") else ""
    for ending, gender in POLISH_PAST_ENDINGS.items():
        if low.endswith(ending) and low[: -len(ending)] in POLISH_SPEECH_STEMS:
            return gender or ""
    return None


def _verbs(*tables: Sequence[str] | frozenset[str]) -> Callable[[str], bool]:
    words = frozenset(w.casefold() for table in tables for w in table) - REPORTED_NOT_SPEECH
    return lambda word: word.casefold() in words


_ROMANCE_CUES = frozenset(UNTAGGED_CUES) - {"laut", "zufolge", "según", "secondo", "segundo"}
# per language: is this word a verb of saying
SAID: dict[str, Callable[[str], bool]] = {
    "fr": _verbs(FRENCH_PARTICIPLES, FRENCH_PRESENT),
    "es": _verbs(SPANISH_PARTICIPLES, SPANISH_FINITE, _ROMANCE_CUES),
    "pt": _verbs(SPANISH_FINITE, _ROMANCE_CUES),
    "it": _verbs(ITALIAN_PARTICIPLES, ROMANCE_PRESENT, _ROMANCE_CUES),
    "de": _verbs(GERMAN_SPEECH_VERBS),
    "pl": lambda word: speech_verb(word) is not None,
}
LANGUAGES = frozenset(SAID)
# the verb's few words about when, where or to whom, then the word that opens the speech ("a déclaré mardi que")
_THAT = {
    lang: re.compile(
        rf"(?:\s+[^\s,.;:!?„”«»\"]+){{0,{_BETWEEN_VERB_AND_THAT}}}?[ \t]*"
        rf"(?P<that>,?[ \t]*(?<![^\W\d_]){word})(?=\W)[ \t]*"
    )
    for lang, word in REPORTED_THAT.items()
}


@dataclass
class Said:
    cue: Span
    speaker: Mention | None = None
    via: list[Span] = field(default_factory=list)
    phrase: Span | None = None  # a source named by common nouns only ("le parquet", "według służb")


_LONE_SURNAME = 4  # letters a surname the model found alone needs to stand for its person again


def named(
    text: str, start: int, end: int, mentions: Sequence[Mention], word: re.Pattern[str] | None = None
) -> list[Mention]:
    """The mentions between ``start`` and ``end`` that start with a capital (the German reader takes "des Roten
    Kreuzes" for a person at times), and a surname alone of a person named in full before (``a ajouté Darmanin``, ``so
    Weber``, ``ha explicado Pérez``), standing for that person's mention; ``word`` is what the reader calls a word."""
    found = [m for m in mentions if start <= m.span.start < end and m.text[:1].isupper()]
    taken = [(m.span.start, m.span.end) for m in found]
    # a person named before, in full or by a surname the model found alone ("Regierungschefin Sheikh Hasina" read as
    # "Hasina": "sagte Hasina" is her); a one-letter or two-letter word is no surname
    people = {
        m.text.split()[-1]: m
        for m in mentions
        if m.type == "PERSON" and m.span.start < start and (" " in m.text or len(m.text) >= _LONE_SURNAME)
    }
    for w in (word or WORD).finditer(text, start, end):
        person = people.get(w.group())
        if person is not None and not any(a <= w.start() < b for a, b in taken):
            found.append(Mention(span=Span(w.start(), w.end()), text=w.group(), type="PERSON", name=person.name))
    return sorted(found, key=lambda m: m.span.start)


def addressed(text: str, start: int, m: Mention, not_speaker: frozenset[str]) -> bool:
    """Whether the words right before ``m`` (after ``start``) make it whom or where the speaker spoke: a preposition,
    alone or before a lower-case noun or two (``à l'AFP``, ``w rozmowie z agencją RIA``, ``gegenüber der Zeitung``)."""
    before = WORD.findall(text[max(start, m.span.start - 40) : m.span.start])
    for word in reversed(before[-3:]):
        if word.casefold() in not_speaker:
            return True
        if not word.islower():
            return False
    return False


def subject_after(text: str, start: int, end: int, mentions: Sequence[Mention], said: Said, language: str) -> None:
    """The speaker named after the verb: the first person there not spoken to, else the first body or outlet; outlets
    spoken to relay the speech."""
    not_speaker = REPORTED_NOT_SPEAKER[language]
    found = named(text, start, end, mentions)
    heard = [m for m in found if not addressed(text, start, m, not_speaker)]
    said.via += [m.span for m in found if m.type in ("MEDIA", "ORG") and addressed(text, start, m, not_speaker)]
    people = [m for m in heard if m.type == "PERSON"]
    bodies = [m for m in heard if m.type in ("ORG", "MEDIA", "GPE")]
    said.speaker = next(iter(people or bodies), None)


def reported(
    text: str, article: str, marked: Sequence[Marked], mentions: Sequence[Mention], language: str
) -> Iterator[Quote]:
    """The reported speech of an article in ``language`` (one of ``LANGUAGES``), as ``indirect`` quotes."""
    said_verb = SAID[language]
    that = _THAT[language]
    for sentence in _SENTENCE.finditer(text):
        start = sentence.start() + len(sentence.group()) - len(sentence.group().lstrip())
        end = sentence.end()
        if any(start <= q.open_at < end or start < q.close_at <= end for q in marked):
            continue  # a sentence with quotation marks: the direct quotes' reading holds
        body_end = end - 1 if text[end - 1 : end] in ".!?" else end
        found = (
            _said_that(text, start, body_end, mentions, language, said_verb, that)
            or _according_first(text, start, body_end, mentions, language)
            or _source_last(text, start, body_end, mentions, language, said_verb)
        )
        if found is None:
            continue
        said, (begin, stop) = found
        if len(WORD.findall(text, begin, stop)) < _MIN_SPEECH_WORDS:
            continue
        phrase = said.phrase if said.speaker is None else None
        span = Span(begin, stop)
        yield surface_quote(text, article, span, "indirect", said.speaker, phrase, said.cue, tuple(said.via), mentions)


def denying(cue: str) -> bool:
    """A verb of denying whose speech is what is denied (``a démenti que``, ``negó que``, ``bestritt, dass``)."""
    return cue.casefold() in REPORTED_DENIALS


def _said_that(
    text: str,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    language: str,
    said_verb: Callable[[str], bool],
    that: re.Pattern[str],
) -> tuple[Said, tuple[int, int]] | None:
    """``X a déclaré mardi que ...``: the first verb of saying followed within a few words by the word that opens the
    speech (in German, or a comma before a clause in the subjunctive); the speaker named before the verb, else
    after it, else the words before it when they are few."""
    not_speaker = REPORTED_NOT_SPEAKER[language]
    for verb in WORD.finditer(text, start, end):
        if not said_verb(verb.group()):
            continue
        opened = that.match(text, verb.end())
        if opened is None and language == "de":
            opened = _GERMAN_COMMA.match(text, verb.end())
            if opened is not None and not GERMAN_SUBJUNCTIVE & {
                w.casefold() for w in WORD.findall(text, opened.end(), end)
            }:
                opened = None
        if opened is None or opened.end() >= end:
            continue
        if any(said_verb(w) for w in WORD.findall(text, verb.end(), opened.start("that"))):
            continue  # "a confirmé la victoire et a ajouté que": the verb nearest the speech reports it
        said = Said(cue=Span(verb.start(), verb.end()))
        before = [
            m
            for m in named(text, start, verb.start(), mentions)
            if not addressed(text, start, m, not_speaker) and _subject_place(text, start, verb.start(), m)
        ]
        people = [m for m in before if m.type == "PERSON"]
        bodies = [m for m in before if m.type in ("ORG", "MEDIA", "GPE")]
        said.speaker = next(iter(people or bodies), None)
        if said.speaker is None:
            subject_after(text, verb.end(), opened.start("that"), mentions, said, language)
        else:  # "a déclaré à l'AFP que": an outlet spoken to relays the speech
            told = named(text, verb.end(), opened.start("that"), mentions)
            said.via += [m.span for m in told if m.type == "MEDIA" and addressed(text, verb.end(), m, not_speaker)]
        if said.speaker is None:
            subject = text[start : verb.start()].strip(" ,")
            if 0 < len(subject.split()) <= 5 and subject[:1].isupper():
                at = start + text[start : verb.start()].index(subject)
                said.phrase = Span(at, at + len(subject))
        if said.speaker is None and said.phrase is None:
            return None
        return said, (opened.end(), end)
    return None


_SUBJECT_LEAD = 5  # words at most before a subject named at the sentence's start ("Le ministre de l'Intérieur X")
_SUBJECT_GAP = 2  # words at most between a subject and its verb ("X a déclaré", "X, 54 ans, a déclaré")


def _subject_place(text: str, start: int, verb: int, m: Mention) -> bool:
    """Whether ``m`` stands where a subject does: among the sentence's first words, or right before the verb (not in
    a phrase between, "Le président a visité l'hôpital de Kharkiv et a ajouté que")."""
    lead = len(WORD.findall(text, start, m.span.start))
    gap = [w.casefold() for w in WORD.findall(text, m.span.end, verb)]
    # "... l'hôpital de Kharkiv et a ajouté que": a verb joined to another has the sentence's subject
    return lead <= _SUBJECT_LEAD or (len(gap) <= _SUBJECT_GAP and not _CONJUNCTIONS & set(gap))


_CONJUNCTIONS = frozenset("et y e und i oraz ed".split())
_GERMAN_COMMA = re.compile(r"(?:\s+[^\s,.;:!?„“\"]+(?![^\W\d_])){0,4}?[ \t]*(?P<that>,)[ \t]*")
# the source phrase after "selon": up to a comma, else up to the last capitalised word of the names that follow
_RUN_OF_NAMES = re.compile(
    r"(?:[^\W\d_A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w'’-]*\s+){0,3}?(?:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w.'’-]*\s+)*[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w.'’-]*"
)


def _according_first(
    text: str, start: int, end: int, mentions: Sequence[Mention], language: str
) -> tuple[Said, tuple[int, int]] | None:
    """``Selon le parquet, ...``, ``Według premiera Donalda Tuska drony ...``: the source phrase up to its comma, or
    with none up to the last capitalised word of the names that follow the cue."""
    lead = WORD.match(text, start)
    if lead is None or lead.group().casefold() not in REPORTED_ACCORDING[language]:
        return None
    said = Said(cue=Span(lead.start(), lead.end()))
    comma = text.find(",", lead.end(), min(end, lead.end() + 80))
    if comma != -1:
        to = comma
    else:
        run = _RUN_OF_NAMES.match(text, lead.end() + 1)
        if run is None or not run.group().split()[-1][:1].isupper():
            return None
        to = run.end()
    found = named(text, lead.end(), to, mentions)
    said.speaker = next((m for m in found if m.type == "PERSON"), found[0] if found else None)
    if said.speaker is None:
        said.phrase = Span(lead.end() + 1, to)
    begin = to + 1 if comma != -1 else to
    while begin < end and text[begin] in " \t,":
        begin += 1
    return said, (begin, end)


# what a sentence tells, then its source after a comma or a dash: "..., a affirmé le président X", "..., selon le
# parquet", "..., podała gazeta X", "..., sagte X"
_SOURCE_LAST = re.compile(
    r"[ \t]*(?:,|[\u2014\u2013-])[ \t]*(?:(?:a|ont|ha|han|hanno|hat|haben|a-t-il|a-t-elle)[ \t]+)?"
    r"(?P<verb>[^\W\d_]+(?:['’][^\W\d_]+)?)[ \t]+(?P<who>[^,;:!?„”«»\"]{2,120})$"
)
_SOURCE_LAST_MIN = 20  # characters of statement at least before its source


def _source_last(
    text: str, start: int, end: int, mentions: Sequence[Mention], language: str, said_verb: Callable[[str], bool]
) -> tuple[Said, tuple[int, int]] | None:
    """``..., a affirmé le président X``, ``..., selon le parquet``: the source after the verb (or the word for
    "according to") that closes the sentence; what comes before the comma is the speech."""
    for m in _SOURCE_LAST.finditer(text, start, end):
        verb = m.group("verb")
        according = verb.casefold() in REPORTED_ACCORDING[language]
        if m.end() != end or m.start() - start < _SOURCE_LAST_MIN or not (according or said_verb(verb)):
            continue
        said = Said(cue=Span(m.start("verb"), m.end("verb")))
        subject_after(text, m.end("verb"), end, mentions, said, language)
        if said.speaker is None and according:
            said.phrase = Span(m.start("who"), m.end("who"))  # "selon le parquet": the body, unnamed
        if said.speaker is None and said.phrase is None:
            return None
        return said, (start, m.start())
    return None
