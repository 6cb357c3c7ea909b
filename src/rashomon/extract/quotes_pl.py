"""Quotes in Polish articles and who said them, read from the surface: no parser ships for Polish here.

Polish news attributes a quote in a few fixed shapes:

- after the marks, behind a dash or a comma: ``„...” – powiedział X.``, ``„...” – podkreślił rzecznik Kremla X``,
  ``„...” – dodała.`` (no subject: Polish drops it, and the verb's ending tells the speaker's gender);
- before them: ``X powiedział: „...”``, ``X stwierdził, że „...”``, ``Jak powiedział X, „...”``;
- a source named in the sentence: ``Według X „...”``, ``Zdaniem X ...``;
- a quote right after an attributed one, unattributed and near it: the same speaker.

The speaker is the first person named after the verb (``rzecznik Kremla Dmitrij Pieskow``: the person, not the
institution in the genitive that describes him), else an organisation named there; a name after ``z``, ``dla``,
``na``, ``przez`` is whom or where the speaker spoke (``w rozmowie z RMF FM``), which relays the quote when it is an
outlet. With no subject, the speaker is the last speaker if the verb's gender fits, else the last person of that
gender named before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..data.genders import pronoun_gender
from ..data.speech import (
    POLISH_ACCORDING,
    POLISH_NOT_SPEAKER,
)
from ..model import Analysis, Mention, Quote, QuoteKind, Span
from .quotes_ru import Marked
from .reach import attribution_after, sentence_end, sentence_start, surface_quote
from .reported import Said, addressed, named, speech_verb, subject_after

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZĄĆĘŁŃÓŚŹŻ\"„“–-])|\n")
_AFTER_MARK = re.compile(r"[ \t]*[,.!?\u2026]*[ \t]*[\u2014\u2013-]?[ \t]*")
_COLON_OR_THAT = re.compile(r"(?::\s*|,\s*(?:że|iż)\s[^.!?\n]*)$")
_MAX_ATTRIBUTION = 200
_sentence_end = functools.partial(sentence_end, ends=_SENTENCE_END, reach=_MAX_ATTRIBUTION)
_sentence_start = functools.partial(sentence_start, ends=_SENTENCE_END, reach=_MAX_ATTRIBUTION)
_MIN_WORDS = 5  # fewer words inside the marks: a term the writer quotes, unless a verb of saying introduces it
_NEAR = 400  # characters from one quote to an unattributed one that goes on with its speaker
_LOOK_BACK = 600  # characters back a verb with no subject may look for the person of its gender


@dataclass
class _Said(Said):
    gender: str = ""  # what the verb's ending says of the speaker: "m", "f", "p" or nothing


def extract_quotes(text: str, analysis: Analysis, marked: Sequence[Marked]) -> Iterator[Quote]:
    """Every quote of a Polish article, with speaker, cue and relaying outlet."""
    mentions = sorted((m for m in analysis.mentions if m.type != "GPE"), key=lambda m: m.span.start)
    previous: Quote | None = None
    previous_ref: Mention | None = None
    for q in marked:
        if q.heading or q.parent is not None:
            continue
        said = _after(text, q, mentions) or _before(text, q, mentions) or _according(text, q, mentions)
        words = len(text[q.inner.start : q.inner.end].split())
        kind: QuoteKind = "direct" if words >= _MIN_WORDS or said is not None else "scare"
        ref: Mention | None = None
        if said is not None and said.speaker is not None:
            ref = said.speaker
        elif said is not None and said.phrase is None:
            # "– dodał.": no subject; the last speaker goes on if the verb's gender fits, else the last person of
            # that gender named before
            if previous_ref is not None and previous is not None and _fits(text, previous_ref, said.gender):
                ref = previous_ref
            else:
                ref = _person_before(text, mentions, marked, q.open_at, said.gender)
        elif kind == "direct" and said is None and previous is not None and q.open_at - previous.span.end <= _NEAR:
            ref = previous_ref  # „...” – powiedział X. „...”: X goes on
        phrase = said.phrase if said is not None and ref is None else None
        cue = said.cue if said is not None else None
        via = tuple(said.via) if said is not None else ()
        quote = surface_quote(text, analysis.article.id, q.inner, kind, ref, phrase, cue, via, mentions)
        if kind != "scare":
            previous, previous_ref = quote, ref
        yield quote


def _after(text: str, q: Marked, mentions: list[Mention]) -> _Said | None:
    """``„...” – powiedział X``, ``„...”, dodała``, ``„...” – napisał na platformie X minister Y``."""
    at = attribution_after(text, q.close_at, _AFTER_MARK)
    if at is None:
        return None
    verb = _WORD.match(text, at)
    gender = speech_verb(verb.group()) if verb is not None else None
    if verb is None or gender is None:
        return None
    said = _Said(cue=Span(verb.start(), verb.end()), gender=gender)
    subject_after(text, verb.end(), _sentence_end(text, verb.end()), mentions, said, "pl")
    return said


def _before(text: str, q: Marked, mentions: list[Mention]) -> _Said | None:
    """``X powiedział: „...”``, ``X stwierdził, że „...”``, ``Jak powiedział X, „...”``."""
    start = _sentence_start(text, q.open_at)
    verbs = [w for w in _WORD.finditer(text, start, q.open_at) if speech_verb(w.group()) is not None]
    if not verbs:
        return None
    verb = verbs[-1]
    opened = _COLON_OR_THAT.search(text, verb.end(), q.open_at)
    as_said = _AS_SAID.search(text[max(start, verb.start() - 5) : verb.start()])
    if opened is None and as_said is None:
        return None
    said = _Said(cue=Span(verb.start(), verb.end()), gender=speech_verb(verb.group()) or "")
    subject = [
        m for m in named(text, start, verb.start(), mentions) if not addressed(text, start, m, POLISH_NOT_SPEAKER)
    ]
    people = [m for m in subject if m.type == "PERSON"]
    if people and as_said is None:
        said.speaker = people[0]  # "Premier Donald Tusk w Sejmie powiedział: „...”": the subject opens the sentence
        return said
    subject_after(text, verb.end(), opened.start() if opened else q.open_at, mentions, said, "pl")
    if said.speaker is None and subject and as_said is None:
        said.speaker = subject[0]  # "MSZ Rosji oświadczyło, że „...”"
    return said


_AS_SAID = re.compile(r"\b[Jj]ak\s+\Z")  # "Jak powiedział X, „...”"
_SOURCE_STOP = re.compile(r"[,:„”\"]")  # where a source named after "według" ends


def _according(text: str, q: Marked, mentions: list[Mention]) -> _Said | None:
    """A quote in a sentence that names its source: ``Według X „...”``, ``zdaniem X``; the speaker is the name in the
    phrase, else the phrase itself (``według służb``)."""
    start, end = _sentence_start(text, q.open_at), _sentence_end(text, q.close_at + 1)
    for word in _WORD.finditer(text, start, end):
        if word.group().casefold() not in POLISH_ACCORDING or q.open_at <= word.start() < q.close_at:
            continue
        stop = _SOURCE_STOP.search(text[word.end() : end])
        to = word.end() + (stop.start() if stop else min(60, end - word.end()))
        said = _Said(cue=Span(word.start(), word.end()))
        found = named(text, word.end(), to, mentions)
        if found:
            said.speaker = next((m for m in found if m.type == "PERSON"), found[0])
        else:
            said.phrase = Span(word.end() + 1, to) if to > word.end() + 1 else None
        return said if said.speaker is not None or said.phrase is not None else None
    return None


_FEMININE_SURNAME = re.compile(r"(?:ska|cka|dzka|owa|ewa|ina|yna)$")


def _gender(person: Mention) -> str | None:
    """ "m" or "f" for a person: from the given name, else from a Polish surname's feminine ending; None otherwise."""
    words = person.name.split()
    if len(words) > 1:
        found = pronoun_gender(words[0])
        if found is not None:
            return found
    return "f" if _FEMININE_SURNAME.search(words[-1]) else None


def _fits(text: str, person: Mention, gender: str) -> bool:
    return gender not in ("m", "f") or _gender(person) in (None, gender)


def _person_before(
    text: str, mentions: list[Mention], marked: Sequence[Marked], before: int, gender: str
) -> Mention | None:
    """The last person named before ``before`` (within reach, outside quotation marks) whom the verb's gender fits,
    one whose gender is known to fit first; None when there is none."""
    people = [
        m
        for m in mentions
        if m.type == "PERSON"
        and before - _LOOK_BACK <= m.span.start < before
        and not any(q.open_at < m.span.start < q.close_at for q in marked)
        and _fits(text, m, gender)
    ]
    known = [m for m in people if gender in ("m", "f") and _gender(m) == gender]
    chosen = known or people
    return chosen[-1] if chosen else None
