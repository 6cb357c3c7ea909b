"""Quotes in Spanish articles and who said them, read from the surface: no parser ships for Spanish here.

Spanish news attributes a quote in a few fixed shapes:

- after the marks: ``"...", ha explicado X.``, ``«...», dijo el portavoz del ministerio, X``, ``"...", ha añadido.``
  (no subject: Spanish drops it, the speaker is whoever spoke just before), ``"...", según X``;
- before them: ``X ha dicho: "..."``, ``X aseguró que "..."``, ``Según X, "..."``, ``Luego añadió: "..."``;
- a quote right after an attributed one in the same or the next paragraph, unattributed: the same speaker.

The speaker is the name in the attribution (``entities_fr``'s mention, which reads Spanish names too), a surname alone
standing for the person named in full before (``ha explicado Pérez``), else the phrase itself (``el ministro de
Interior``), resolved to the person the article introduced with that role noun where it did. Outlets named in the
attribution (``dijo a la agencia EFE``, ``según recoge el diario X``) relay the quote (``via``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ..data.speech import (
    ROMANIAN_AUXILIARIES,
    ROMANIAN_FINITE,
    ROMANIAN_NOT_SPEAKER,
    ROMANIAN_PARTICIPLES,
    SPANISH_ADVERBS,
    SPANISH_AUXILIARIES,
    SPANISH_BODY_HEADS,
    SPANISH_FINITE,
    SPANISH_GERUNDS,
    SPANISH_PARTICIPLES,
    SPANISH_PRONOUNS,
    SPANISH_ROLE_SYNONYMS,
)
from ..data.speech import SPANISH_NOT_SPEAKER as _SPANISH_NOT_SPEAKER
from ..model import Analysis, Mention, Quote, QuoteKind, Span
from . import reported
from .quotes_ru import Marked
from .reach import full_mention, issued_before, sentence_end, sentence_start
from .speakers import SAME_SOURCE

# Romanian shares the shapes ("„...”, a spus X", "potrivit X"): its words join the Spanish and Portuguese ones, none
# of which is a word of the others
_FINITE = SPANISH_FINITE | ROMANIAN_FINITE
_AUXILIARIES = SPANISH_AUXILIARIES | ROMANIAN_AUXILIARIES
_PARTICIPLES = SPANISH_PARTICIPLES | ROMANIAN_PARTICIPLES
SPANISH_NOT_SPEAKER = _SPANISH_NOT_SPEAKER | ROMANIAN_NOT_SPEAKER
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CLAUSE_BREAK = re.compile(r"[.;\n]")
_AFTER_MARK = re.compile(r"[ \t]*([,.;]?)[ \t]*[\u2014\u2013-]?[ \t]*")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"\u00ab\u201c\u00bf\u00a1A-ZÁÉÍÓÚÑ])|[.!?]$|\n")
_BEFORE_OPEN = re.compile(r"(?::\s*|,\s*|\s+que\s+[^.!?\n]*)$")
# a speech verb whose object is an infinitive clause of its own subject: "aseguró haber estado «...»", "negó tener
# «ninguna responsabilidad»", "garantiu ter feito «...»"
_INFINITIVE_AFTER = re.compile(r"\s+(?:no\s+|não\s+)?([^\W\d_]+(?:ar|er|ir|ír)(?:se|lo|la|le|los|las)?)\s+[^.!?\n]*$")
# "X no acudió ... y aseguró ...": a verb joined by "y" to its sentence's first verb shares that verb's subject
_JOINED = re.compile(r"\b(?:y|e)\s+$")
_ACCORDING = re.compile(r"\b(?i:según|de acuerdo con|en palabras de|potrivit|conform)\s+")
_PHRASE_END = re.compile(
    r"[,.;:()\n\u00ab\u00bb\u201c\u201d\"]|\s(?:que|quien|en|a|al|ante|tras|durante|desde|según)\s"
)
_APPOSITION = re.compile(r"\s*,\s*")
_ARTICLE = frozenset("el la los las un una unos unas este esta ese esa su o os as um uma".split())  # Portuguese last
_MAX_ATTRIBUTION = 200
_sentence_end = functools.partial(sentence_end, ends=_SENTENCE_END, reach=_MAX_ATTRIBUTION)
_sentence_start = functools.partial(sentence_start, ends=_SENTENCE_END, reach=_MAX_ATTRIBUTION)
_MIN_WORDS = 5  # fewer words inside the marks: a term the writer quotes, unless a speech verb introduces it
_NEAR = 400  # characters from one quote to an unattributed one that goes on with its speaker
_ROLE_REACH = 3000  # characters back a role noun ("el ministro") may look for the person introduced so
_INTRO_BACK = 80  # characters before a person's name read for the role noun that introduces them
_OPENING_WORDS = (
    6  # words before a sentence's first name for it to be the sentence's subject ("La alcaldesa de San Juan")
)


@dataclass
class _Said:
    cue: Span | None
    speaker: Span | None = None  # the name or phrase
    mention: Mention | None = None  # the mention it stands for
    carries_on: bool = False  # no subject, or a pronoun: the speaker who spoke last
    via: list[Span] = field(default_factory=list)


def extract_quotes(text: str, analysis: Analysis, marked: Sequence[Marked]) -> Iterator[Quote]:
    """Every quote of a Spanish article, with speaker, cue and relaying outlet."""
    mentions = sorted((m for m in analysis.mentions if m.type != "GPE"), key=lambda m: m.span.start)
    previous: Quote | None = None
    previous_ref: Mention | None = None
    for q in marked:
        if q.heading or q.parent is not None:
            continue
        words = len(text[q.inner.start : q.inner.end].split())
        said = _after(text, q, mentions) or _before(text, q, mentions, short=words < _MIN_WORDS)
        kind: QuoteKind = "direct" if words >= _MIN_WORDS or said is not None else "scare"
        speaker_text: str | None = None
        speaker_span: Span | None = None
        ref: Mention | None = None
        if said is not None and said.speaker is not None:
            speaker_span, ref = said.speaker, said.mention
            speaker_text = text[speaker_span.start : speaker_span.end]
            if ref is None and previous is not None and SAME_SOURCE.fullmatch(speaker_text.strip()):
                ref = previous_ref  # "«...», indicó la misma fuente": whoever the quote before was resolved to
        elif (
            said is not None
            and said.carries_on
            and (opener := _subject_of_sentence_before(text, q, previous, mentions))
        ):
            # "La alcaldesa, X, a quien Y calificó de «...», respondió ... «...», dijo en Twitter": the subject of the
            # sentence just before, not the last quote's speaker (Y spoke no full quote there)
            speaker_text, speaker_span, ref = opener.text, opener.span, opener
        elif said is not None and said.carries_on:
            if previous is not None and previous.speaker_text is not None:
                speaker_text, speaker_span, ref = previous.speaker_text, previous.speaker_span, previous_ref
            else:
                ref = _subject_before(text, q.open_at, mentions)
                if ref is not None:
                    speaker_text, speaker_span = ref.text, ref.span
        elif kind == "direct" and (opener := _colon_subject(text, q, mentions)) is not None:
            # "El senador X salió a defender a las víctimas: «...»": no speech verb, but the sentence's subject
            # introduces the quote with a colon
            speaker_text, speaker_span, ref = opener.text, opener.span, opener
        elif kind == "direct" and previous is not None and q.open_at - previous.span.end <= _NEAR:
            speaker_text, speaker_span, ref = previous.speaker_text, previous.speaker_span, previous_ref
        heard = _interviewed_by(text, q, mentions) if said is not None and not said.via else []
        via: tuple[Span, ...] = tuple(
            dict.fromkeys(v for v in [*(said.via if said else []), *heard] if v != speaker_span)
        )
        if not via and previous is not None and said is not None and said.carries_on:
            via = previous.via_refs  # "«...», dijo X a EFE. «...», añadió": the same interview, the same outlet
        quote = Quote(
            article=analysis.article.id,
            span=q.inner,
            text=text[q.inner.start : q.inner.end],
            kind=kind,
            speaker_text=speaker_text,
            speaker_span=speaker_span,
            speaker_ref=ref.span if ref is not None else None,
            cue=text[said.cue.start : said.cue.end] if said is not None and said.cue is not None else None,
            cue_span=said.cue if said is not None else None,
            via_refs=via,
        )
        if kind != "scare":
            previous, previous_ref = quote, ref
        yield quote


def _cue_at(text: str, at: int) -> re.Match[str] | None:
    """The speech verb starting at ``at``: ``ha explicado``, ``ha también dicho``, ``dijo``, ``afirma``."""
    first = _WORD.match(text, at)
    if first is None:
        return None
    word = first.group().casefold()
    if word in _FINITE:
        return first
    if word not in _AUXILIARIES:
        return None
    nxt = _WORD.match(text, _skip_space(text, first.end()))
    if nxt is not None and nxt.group().casefold() in SPANISH_ADVERBS:
        nxt = _WORD.match(text, _skip_space(text, nxt.end()))
    if nxt is None or nxt.group().casefold() not in _PARTICIPLES:
        return None
    return re.compile(re.escape(text[at : nxt.end()])).match(text, at)


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


def _after(text: str, q: Marked, mentions: list[Mention]) -> _Said | None:
    """``"...", ha explicado X``, ``«...», dijo el ministro``, ``"...", ha añadido.``, ``"...", según X``."""
    gap = _AFTER_MARK.match(text, q.close_at + 1)
    if gap is None:
        return None
    at = gap.end()
    punct = gap.group(1)
    if punct in (".", ";") or (not punct and "\u2014" not in gap.group() and "\u2013" not in gap.group()):
        if punct != "" or not text[at : at + 1].islower():
            return None  # "«...». Luego ...": the next sentence; "«...» y ...": the sentence goes on
    end = _sentence_end(text, at)
    according = _ACCORDING.match(text, at)
    if according is not None:
        return _named_speaker(text, None, according.end(), end, mentions)
    cue = _cue_at(text, at)
    if cue is None or cue.group().casefold() in SPANISH_GERUNDS:
        return None
    return _named_speaker(text, Span(cue.start(), cue.end()), cue.end(), end, mentions) or _Said(
        cue=Span(cue.start(), cue.end()), carries_on=True, via=_outlets(mentions, cue.end(), end)
    )


def _named_speaker(text: str, cue: Span | None, start: int, end: int, mentions: list[Mention]) -> _Said | None:
    """The subject after a speech verb (or "según"): a pronoun, a name, a surname of someone named before, or a
    noun phrase (with the name in apposition to it where one follows); None when none stands there."""
    via = _outlets(mentions, start, end)
    at = start
    while True:  # "dijo este lunes", "dijo a EFE", "señaló en un comunicado": no subject words
        w = _WORD.search(text, at, end)
        if w is None:
            return None
        low = w.group().casefold()
        if low in SPANISH_PRONOUNS:
            return _Said(cue=cue, carries_on=True, via=via)
        if low in SPANISH_ADVERBS:
            at = w.end()
            continue
        told = any(m.span.start <= w.start() < m.span.end and m.type == "MEDIA" for m in mentions)
        if low in SPANISH_NOT_SPEAKER or told:
            stop = _PHRASE_END.search(text, w.end(), end)
            if stop is None or text[stop.start()] in ".;:\n":
                return None
            at = stop.end() if not stop.group().startswith(" ") else stop.start() + 1
            if low in _ADDRESSEE and stop.group() == ",":
                at = _past_apposition(text, at, end, mentions)  # "le dijo al presidente, X, que": X was told
            continue
        break
    named = [m for m in _named(text, w.start(), end, mentions) if m.type != "MEDIA"]
    if named and named[0].span.start == w.start():
        person = named[0]
        return _Said(cue=cue, speaker=person.span, mention=full_mention(mentions, person), via=via)
    phrase = _phrase(text, w.start(), end)
    if phrase is None:
        return None
    gap = _APPOSITION.match(text, phrase.end)
    apposed = [m for m in named if gap is not None and m.span.start == gap.end() and m.type == "PERSON"]
    if apposed:  # "dijo el portavoz del ministerio, Juan Pérez": the name given
        return _Said(cue=cue, speaker=apposed[0].span, mention=full_mention(mentions, apposed[0]), via=via)
    inside = [m for m in named if phrase.start <= m.span.start and m.span.end <= phrase.end]
    mention = _role_holder(text, phrase, mentions)
    if mention is None and inside and _words(text[phrase.start : inside[0].span.start])[-1:] != ["de"]:
        mention = inside[0]  # "ha dicho el Gobierno de X" is the government, "el ministro de X" is no X
    if mention is None and inside and _words(text[phrase.start : phrase.end])[:1] == [inside[0].text.casefold()]:
        mention = inside[0]
    return _Said(cue=cue, speaker=phrase, mention=mention, via=[v for v in via if v != phrase])


_ADDRESSEE = frozenset({"a", "al", "ante"})  # "ha trasladado al presidente ...": whom it was said to


def _past_apposition(text: str, at: int, end: int, mentions: list[Mention]) -> int:
    """After a phrase naming whom something was said to, the name set beside it between commas (``le ha trasladado al
    presidente de la Generalitat, Carlos Mazón, que «...»``) is that person again, not the speaker: read on after it."""
    name = next((m for m in _named(text, at, end, mentions) if m.span.start == _skip_space(text, at)), None)
    if name is None:
        return at
    gap = _APPOSITION.match(text, name.span.end)
    return gap.end() if gap is not None and "," in gap.group() else at


def _phrase(text: str, start: int, end: int) -> Span | None:
    """The noun phrase at ``start`` up to a comma, a clause or a preposition: ``el ministro de Interior``."""
    stop = _PHRASE_END.search(text, start, end)
    stop_at = stop.start() if stop is not None else end
    for w in _WORD.finditer(text, start, stop_at):
        if w.start() > start and w.group().casefold() in SPANISH_NOT_SPEAKER:
            stop_at = w.start()  # "el ministro este lunes": the time is no part of the speaker
            break
    phrase = text[start:stop_at].rstrip()
    words = _words(phrase)
    if not words or len(words) > 10 or len(phrase) > _MAX_ATTRIBUTION:
        return None
    if words[0] not in _ARTICLE and not phrase[:1].isupper():
        return None  # "dijo textualmente": no subject
    return Span(start, start + len(phrase))


def _role_holder(text: str, phrase: Span, mentions: list[Mention]) -> Mention | None:
    """The person a description stands for (``el ministro``, ``la portavoz``): the latest person before it whom the
    article introduced with the description's head noun; None for an indefinite description or when none was."""
    words = _words(text[phrase.start : phrase.end])
    if len(words) < 2 or words[0] not in ("el", "la", "o", "a"):
        return None
    head = words[1]
    if head in SPANISH_BODY_HEADS:
        return _body_holder(text, phrase, SPANISH_BODY_HEADS[head], mentions)
    if head in _ISSUED:
        return _issuer(text, phrase, head, mentions)
    heads = set(SPANISH_ROLE_SYNONYMS.get(head, (head,)))  # "el mandatario": the one introduced as "el presidente"
    for m in sorted(mentions, key=lambda m: -m.span.start):
        if m.type != "PERSON" or m.span.start >= phrase.start or phrase.start - m.span.start > _ROLE_REACH:
            continue
        before = _words(_CLAUSE_BREAK.split(text[max(0, m.span.start - _INTRO_BACK) : m.span.start])[-1])
        if heads & set(before):
            return m
    return None


# what a body issues, named again as the speaker ("«...», aseguraba el comunicado")
_ISSUED = frozenset({"comunicado", "nota", "declaración", "mensaje", "carta"})


def _issuer(text: str, phrase: Span, head: str, mentions: list[Mention]) -> Mention | None:
    """``aseguraba el comunicado``: who issued the statement the text named last (``La policía de X dijo el jueves en
    un comunicado que``, ``El ministerio publicó un comunicado``): the first person, else body, named in that
    sentence before it; None when no sentence just before names one."""
    at = issued_before(
        text,
        phrase.start,
        rf"\b(?:(?:en|mediante|con)\s+(?:un|una|su)|a\s+través\s+de\s+(?:un|una|su)|"
        rf"(?:publicó|emitió|difundió|divulgó)\s+(?:un|una))\s+{re.escape(head)}\b",
    )
    if at is None:
        return None
    begin = _sentence_start(text, at)
    inside = [m for m in mentions if begin <= m.span.start < at and m.type in ("PERSON", "ORG")]
    people = [m for m in inside if m.type == "PERSON"]
    return (people or inside)[0] if people or inside else None


def _body_holder(text: str, phrase: Span, heads: tuple[str, ...], mentions: list[Mention]) -> Mention | None:
    """The body a description stands for (``el Ministerio``, ``la organización``): the latest organisation before it,
    within reach, whose name holds one of the head's words or that the article introduced with one (``el grupo
    Sarkan``); None when none was."""
    for m in sorted(mentions, key=lambda m: -m.span.start):
        if m.type not in ("ORG", "MEDIA") or m.span.start >= phrase.start or phrase.start - m.span.start > _ROLE_REACH:
            continue
        before = _words(_CLAUSE_BREAK.split(text[max(0, m.span.start - _INTRO_BACK) : m.span.start])[-1])[-2:]
        if set(heads) & (set(_words(m.text)) | set(before)):
            return m
    return None


def _before(text: str, q: Marked, mentions: list[Mention], *, short: bool = False) -> _Said | None:
    """``X ha dicho: "..."``, ``X aseguró que "..."``, ``Según X, "..."``, ``Luego añadió: "..."``. A ``short``
    quote (a few words) is speech only right after the verb's colon or "que": deeper in the clause ("confirmó que
    atacó a civiles a los que confundió con "terroristas"") it is a term the writer quotes."""
    start = _sentence_start(text, q.open_at)
    according = _ACCORDING.search(text, start, q.open_at)
    if according is not None and _BEFORE_OPEN.search(text, according.end(), q.open_at):
        said = _named_speaker(text, None, according.end(), q.open_at, mentions)
        if said is not None:
            return said
    cues = [
        c
        for w in _WORD.finditer(text, start, q.open_at)
        if (c := _cue_at(text, w.start())) is not None and c.group().casefold() not in SPANISH_GERUNDS
    ]
    if not cues:
        return None
    cue = cues[-1]
    if _BEFORE_OPEN.search(text, cue.end(), q.open_at) is None and not _infinitive_after(text, cue.end(), q.open_at):
        return None
    if short and len(_WORD.findall(text, cue.end(), q.open_at)) > 3:
        return None
    cue_span = Span(cue.start(), cue.end())
    subject = [m for m in _named(text, start, cue.start(), mentions) if m.type != "MEDIA"]
    if subject and _WORD.search(text, subject[-1].span.end, cue.start()) is None:
        return _Said(cue=cue_span, speaker=subject[-1].span, mention=full_mention(mentions, subject[-1]))  # "X dijo:"
    colon = text.find(":", cue.end(), q.open_at)
    after = _named_speaker(text, cue_span, cue.end(), colon if colon >= 0 else q.open_at, mentions)
    if after is not None:
        return after  # "Dijo entonces el ministro: «...»"
    phrase = _subject_phrase(text, start, cue.start())
    if phrase is not None:
        mention = _role_holder(text, phrase, mentions)
        inside = [m for m in subject if phrase.start <= m.span.start and m.span.end <= phrase.end]
        if mention is None and inside and inside[0].span.start == phrase.start:
            mention = inside[0]
        return _Said(cue=cue_span, speaker=phrase, mention=mention)
    if subject and len(_WORD.findall(text, start, cue.start())) <= 8:
        return _Said(cue=cue_span, speaker=subject[-1].span, mention=full_mention(mentions, subject[-1]))
    bare = _BARE_NAME.fullmatch(text, start, cue.start())
    if bare is not None and not set(_words(bare.group(1))) & (SPANISH_ADVERBS | SPANISH_NOT_SPEAKER | _ARTICLE):
        # "Mazón ha remarcado que «...»": a name the entity reader missed, the whole subject of the verb
        return _Said(cue=cue_span, speaker=Span(bare.start(1), bare.end(1)))
    first = next((m for m in subject if m.type == "PERSON"), None)
    if (
        first is not None
        and _JOINED.search(text, start, cue.start())
        and len(_WORD.findall(text, start, first.span.start)) <= 2
    ):
        # "Pero Mazón no acudió a la reunión, según dijo, y aseguró haber estado «...»": the sentence's subject
        return _Said(cue=cue_span, speaker=first.span, mention=full_mention(mentions, first))
    return _Said(cue=cue_span, carries_on=True)  # "Luego añadió: «...»": the speaker before


def _interviewed_by(text: str, q: Marked, mentions: list[Mention]) -> list[Span]:
    """Outlets the sentence before the quote says the speaker talked to: ``En una entrevista con la agencia EFE, X
    dijo que "..."``, ``X dijo a la cadena Y que "..."``, ``en declaraciones al diario Z``."""
    start = _sentence_start(text, q.open_at)
    return [
        m.span
        for m in mentions
        if m.type == "MEDIA"
        and start <= m.span.start < q.open_at
        and _TALKED_TO.search(text, max(start, m.span.start - 60), m.span.start) is not None
    ]


# what comes right before an outlet the speaker talked to
_TALKED_TO = re.compile(
    r"(?i:entrevista\s+(?:con|a)|declaraciones\s+(?:a|al)|(?:dijo|declaró|aseguró|afirmó|explicó|contó|señaló|"
    r"indicó|ha\s+dicho|ha\s+declarado)\s+(?:a|al))\s+(?:(?:la|el)\s+)?"
    r"(?:(?:agencia|diario|periódico|cadena|canal|emisora|televisión|radio|portal)\s+(?:de\s+noticias\s+)?)?\Z"
)

_SUBJECT = re.compile(r"(?i:el|la|los|las)\s+[^,.;:\n]{1,80}?\s*$")
# a phrase fronted before the subject and closed by a comma: "En un comunicado, ", "Por su parte, ", "Tras la reunión, "
_FRONTED = re.compile(
    r"(?i:en|tras|por|con|durante|desde|ante|sobre|mediante|además|asimismo|luego|después|no\s+obstante|sin\s+embargo)"
    r"\b[^,.;:\n]{0,40},\s*"
)
# one to three capitalised words and nothing else before the speech verb: its subject, a name ("Mazón ha dicho")
_BARE_NAME = re.compile(r"\s*((?:[A-ZÁÉÍÓÚÑ][\w'’-]+)(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+){0,2})\s*")


def _infinitive_after(text: str, at: int, open_at: int) -> bool:
    """Whether the words from a speech verb to an opening mark are an infinitive clause (``haber estado``)."""
    found = _INFINITIVE_AFTER.match(text, at, open_at)
    return found is not None and found.group(1).casefold() not in SPANISH_NOT_SPEAKER | SPANISH_ADVERBS


def _subject_phrase(text: str, start: int, cue_at: int) -> Span | None:
    """A description right before the speech verb, as its subject: ``La portavoz del ministerio dijo``, also after a
    fronted phrase and its comma (``En un comunicado, el Ejecutivo chino ha explicado``)."""
    fronted = _FRONTED.match(text, _skip_space(text, start), cue_at)
    if fronted is not None:
        start = fronted.end()
    found = _SUBJECT.search(text, start, cue_at)
    if found is None or found.start() != _skip_space(text, start):
        return None
    return _phrase(text, found.start(), cue_at)


def _named(text: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The names between ``start`` and ``end`` (``reported.named``, with this reader's words)."""
    return reported.named(text, start, end, mentions, _WORD)


def _opening_person(
    text: str, start: int, end: int, mentions: list[Mention], kinds: tuple[str, ...] = ("PERSON",)
) -> Mention | None:
    """The person a sentence opens on as its subject (``La alcaldesa de San Juan, Carmen Yulín Cruz, ...``,
    ``El senador demócrata Bob Menéndez salió ...``): the first mention in it, a person's, within its first words."""
    first = next((m for m in mentions if start <= m.span.start < end), None)
    if first is not None and _OF_BEFORE.search(text, start, first.span.start):
        # "La alcaldesa de San Juan, Yulín Cruz, ...": the place a title is of (which a model may take for a saint's
        # name) is no subject; the name in apposition after it is
        apposed = next((m for m in mentions if m.span.start > first.span.end and m.span.start < end), None)
        if apposed is not None and _APPOSED.fullmatch(text, first.span.end, apposed.span.start):
            first = apposed
    if first is None or first.type not in kinds or not first.text[:1].isupper():
        return None
    return first if len(_WORD.findall(text, start, first.span.start)) <= _OPENING_WORDS else None


_OF_BEFORE = re.compile(r"\b(?:de|del)\s+(?:la\s+|el\s+|los\s+|las\s+)?$", re.I)  # "La alcaldesa de ..."
_APPOSED = re.compile(r"\s*,\s*")  # "..., Yulín Cruz": a name set beside the phrase


def _subject_of_sentence_before(
    text: str, q: Marked, previous: Quote | None, mentions: list[Mention]
) -> Mention | None:
    """For a quote with a subjectless verb after it (``«...», dijo en Twitter``) that opens its sentence: the person
    the sentence just before opens on, when no full quote stands in that sentence (else the quote's speaker goes on,
    as Spanish drops the subject of one who goes on speaking)."""
    here = _sentence_start(text, q.open_at)
    if text[here : q.open_at].strip():
        return None  # the quote does not open its sentence
    back = len(text[:here].rstrip())  # the end of the sentence before, past the blank lines
    start = _sentence_start(text, max(0, back - 1))
    if previous is not None and previous.span.start >= start and len(previous.text.split()) >= _MIN_WORDS:
        return None
    # "En un comunicado, el Movimiento X ha negado ... . «...», ha indicado en la nota": a body speaks as a person does
    return _opening_person(text, start, back, mentions, ("PERSON", "ORG", "MEDIA"))


def _colon_subject(text: str, q: Marked, mentions: list[Mention]) -> Mention | None:
    """``El senador X salió a defender a las víctimas: «...»``: the person the quote's sentence opens on, where the
    sentence introduces the quote with a colon."""
    if not text[: q.open_at].rstrip().endswith(":"):
        return None
    return _opening_person(text, _sentence_start(text, q.open_at), q.open_at, mentions)


def _subject_before(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """Whom a subjectless attribution with no quote before it speaks of: the last person named before the quote."""
    return next(
        (m for m in reversed(mentions) if m.span.end <= pos and m.type == "PERSON" and pos - m.span.start < 1500), None
    )


def _outlets(mentions: list[Mention], start: int, end: int) -> list[Span]:
    """Outlets named in an attribution: "dijo a EFE", "según recoge el diario X", "en declaraciones a la cadena Y"."""
    return [m.span for m in mentions if m.type == "MEDIA" and start <= m.span.start and m.span.end <= end]


def _words(phrase: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(phrase)]
