"""Quotes in French articles and who said them, read from the surface: no parser ships for French here.

French news attributes a quote in a few fixed shapes:

- after the marks: ``« ... », a indiqué Mohammad Ashouri, responsable de ...``, ``« ... », a-t-il déclaré``,
  ``« ... », ajoute le message``, ``« ... », selon le ministère``;
- before them: ``X, porte-parole du ministère, a affirmé que « ... »``, ``X a déclaré : « ... »``,
  ``Selon X, « ... »``, ``..., ajoutant que « ... »`` (the speaker of the clause carries on);
- a quote paragraph right after another quote, unattributed: the same speaker.

The speaker is the name in the attribution (``entities_fr``'s mention), else the phrase itself
(``le maire de la capitale``); a pronoun (``a-t-il déclaré``, ``Il a souligné que``) is the last named
speaker, else the last person named before. Outlets named in the attribution (``à l'AFP``, ``selon
Reuters``) relay the quote (``via``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from ..data.genders import pronoun_gender
from ..data.speech import (
    FRENCH_ADVERBIAL_OPENERS,
    FRENCH_ADVERBS,
    FRENCH_AUXILIARIES,
    FRENCH_BODY_HEADS,
    FRENCH_DEMONSTRATIVES,
    FRENCH_DESCRIPTION_FILLERS,
    FRENCH_FEMININE_HEADS,
    FRENCH_GERUNDS,
    FRENCH_INDEFINITE,
    FRENCH_ISSUED,
    FRENCH_NOT_SPEAKER,
    FRENCH_OPENERS,
    FRENCH_PARTICIPLES,
    FRENCH_PRESENT,
    FRENCH_PRONOUNS,
    FRENCH_ROLE_HEADS,
    FRENCH_STRESSED_PRONOUNS,
    FRENCH_TIME_NOUNS,
    FRENCH_VOICE_OFFICES,
    ITALIAN_ADVERBS,
    ITALIAN_AUXILIARIES,
    ITALIAN_PARTICIPLES,
    LATTER,
    PRO_DROP_LANGUAGES,
    ROMANCE_DAY_PARTS,
    ROMANCE_PRESENT,
    ROMANCE_TIME_LEADS,
)
from ..model import Analysis, Mention, Quote, QuoteKind, Span
from .quotes_ru import Marked
from .reach import issued_before
from .speakers import SAME_SOURCE


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_PRONOUN = r"(?:-t)?-(?:il|elle|ils|elles|on)"
_CUE = re.compile(
    rf"\b(?:(?:{_alternatives(FRENCH_AUXILIARIES)})\s+(?:(?:{_alternatives(FRENCH_ADVERBS)})\s+)?"
    rf"(?:{_alternatives(FRENCH_PARTICIPLES)})|"
    rf"(?:{_alternatives(ITALIAN_AUXILIARIES)})\s+(?:(?:{_alternatives(ITALIAN_ADVERBS)})\s+)?"
    rf"(?:{_alternatives(ITALIAN_PARTICIPLES)})|"
    rf"(?:{_alternatives((*FRENCH_PRESENT, *ROMANCE_PRESENT))})(?:{_PRONOUN})?|"
    rf"(?P<gerund>{_alternatives(FRENCH_GERUNDS)}))\b",
    re.IGNORECASE,
)
# Right after the marks any past participle after "a" is the speech verb: "», a tancé le ministre", "a-t-il exigé"
_ANY_PARTICIPLE = re.compile(
    rf"(?:{_alternatives(FRENCH_AUXILIARIES)})(?:{_PRONOUN})?\s+(?:(?:{_alternatives(FRENCH_ADVERBS)})\s+)?"
    r"[^\W\d_]+(?:é|ée|és|ées|i|it|u|is)\b",
    re.IGNORECASE,
)
_AFTER_MARK = re.compile(r"\s*[,.!?\u2026]*\s*[\u2014\u2013-]?\s*")
_AFTER_CUE_PRONOUN = re.compile(r"^(?:-t)?-(il|elle|ils|elles|on)\b", re.IGNORECASE)
_CUE_PRONOUN = re.compile(r"-(il|elle|ils|elles|on)\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\b(?:selon|d['\u2019]après|secondo)\s+", re.IGNORECASE)
_PHRASE_END = re.compile(
    r"[,.;:()\n\u00ab\u00bb\u201c\u201d\"]|\s(?:qui|dont|lors|dans|sur|devant|auprès|cité|citée|à|au|aux|se)\s|"
    # Italian prepositions after the subject: "ha raccontato la donna in un video-appello", "ha scritto sui social"
    r"\s(?:in|su|sui|sul|sulla|nel|nella|con|durante|tramite|alla|ai)\s|"
    r"\ss['\u2019]"  # a reflexive verb's pronoun: "le Kremlin s'est dit", "la ministre se dit"
)
_BEFORE_MARK = re.compile(r"(?:\s+que|\s+qu['\u2019]|\s*:|\s*,)?\s*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?\u2026\n]\s*|\u00bb\s+)(?=[^.!?\u2026\n]*$)")
_OPENER = re.compile(r"\s*(?:" + _alternatives(FRENCH_OPENERS) + r")\s*,\s*", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:(?:le|la|les|un|une|cet|cette|ce)\s+|l['\u2019])?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")
_MAX_ATTRIBUTION = 200
_MIN_WORDS = 5  # fewer words inside the marks: a term the writer quotes, unless a speech verb introduces it


@dataclass
class _Said:
    span: Span
    kind: str
    cue: Span | None = None
    speaker: Span | None = None
    pronoun: str | None = None  # the speaker is a pronoun: "a-t-il déclaré"
    carries_on: bool = False  # "ajoutant que « ... »": the speaker of the clause before
    via: list[Span] = field(default_factory=list)


def extract_quotes(text: str, analysis: Analysis, marked: Sequence[Marked]) -> Iterator[Quote]:
    """Every quote of a French article, with speaker, cue and relaying outlet."""
    mentions = sorted(analysis.mentions, key=lambda m: m.span.start)
    quotes = list(_attributed(text, analysis, marked, mentions))
    for n, quote in enumerate(quotes):
        after = quotes[n + 1] if n + 1 < len(quotes) else None
        if (
            quote.speaker_text is None
            and after is not None
            and after.speaker_text is not None
            and not _FULL_STOP.search(text, quote.span.end + 1, after.span.start - 1)
        ):  # "« Des mesures doivent être prises » contre ceux « qui ... », a tancé X": one attribution for both
            quote = replace(
                quote, speaker_text=after.speaker_text, speaker_span=after.speaker_span, speaker_ref=after.speaker_ref
            )
        yield quote


def _attributed(text: str, analysis: Analysis, marked: Sequence[Marked], mentions: list[Mention]) -> Iterator[Quote]:
    article = analysis.article.id
    previous: Quote | None = None
    previous_ref: Mention | None = None
    for q in marked:
        if q.heading or q.parent is not None:
            continue
        said = _after(text, q, mentions)
        if said is not None and analysis.article.language in PRO_DROP_LANGUAGES:
            said = _unspoken_subject(text, q, mentions, said)
        said = said or _before(text, q, mentions)
        words = len(text[q.inner.start : q.inner.end].split())
        kind: QuoteKind = "direct" if words >= _MIN_WORDS or said is not None else "scare"
        speaker_text: str | None = None
        speaker_span: Span | None = None
        ref: Mention | None = None
        if said is not None and said.speaker is not None and said.pronoun is None and not said.carries_on:
            speaker_span = said.speaker
            speaker_text = text[speaker_span.start : speaker_span.end]
            # "a déclaré le porte-parole du ministère": the person the article introduced as that spokesman
            ref = _speaker_of_phrase(text, speaker_span, mentions)
            if ref is None and previous is not None and SAME_SOURCE.fullmatch(speaker_text.strip()):
                ref = previous_ref  # "« ... », a ajouté la même source": whoever the quote before was resolved to
        elif said is not None and (said.pronoun is not None or said.carries_on):
            # "il" is the subject of the last sentence since the last quote that names a person of its gender,
            # else that quote's speaker if the gender fits, else nobody
            gender = FRENCH_PRONOUNS.get(said.pronoun or "")
            since = previous.span.end if previous is not None else max(0, q.open_at - _PRONOUN_REACH)
            person = _subject_person(text, mentions, since, q.open_at, gender)
            if person is not None:
                ref, speaker_text, speaker_span = person, person.text, person.span
            elif (
                previous is not None
                and previous.speaker_text is not None
                and gender != "p"
                and (previous_ref is None or _fits(text, mentions, previous_ref, gender))
            ):
                speaker_text, speaker_span, ref = previous.speaker_text, previous.speaker_span, previous_ref
        elif (
            kind == "direct"
            and previous is not None
            and (
                _near(text, previous.span.end, q.open_at)
                or _after_its_attribution(text, previous, q.open_at)
                or (said is None and _same_sentence(text, previous, q.open_at))
            )
        ):
            speaker_text, speaker_span, ref = previous.speaker_text, previous.speaker_span, previous_ref
        elif kind == "direct" and (announced := _announced_before(text, q.open_at)) is not None:
            # "Son décès a été annoncé par le Service pénitentiaire fédéral ..." then the statement's words in marks
            speaker_span = announced
            speaker_text = text[announced.start : announced.end]
            ref = _speaker_of_phrase(text, speaker_span, mentions)
        via = tuple(v for v in dict.fromkeys(said.via) if ref is None or v != ref.span) if said else ()
        if (
            not via
            and previous is not None
            and speaker_span is not None
            and _same_voice(previous, previous_ref, speaker_span, ref)
        ):
            # "« ... », a indiqué X à l'AFP. « ... », a-t-il ajouté.": the same interview, relayed by the same outlet
            via = previous.via_refs
        quote = Quote(
            article=article,
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


def _same_voice(previous: Quote, previous_ref: Mention | None, speaker: Span, ref: Mention | None) -> bool:
    """Whether a quote whose speaker is ``speaker`` (resolved to ``ref``) carries on the previous quote's speaker:
    the same phrase taken over, or the same named person or body."""
    if speaker == previous.speaker_span:
        return True
    return ref is not None and previous_ref is not None and ref.name == previous_ref.name


def _unspoken_subject(text: str, q: Marked, mentions: list[Mention], said: _Said) -> _Said:
    """An attribution after the marks whose verb has no subject in a language that drops the pronoun (``« ... »,
    racconta a Kathimerini.``): the speaker is the subject of an attribution before the marks in the same sentence
    (``Il primo sopravvissuto prosegue: « ... », racconta``), else the subject of a speech verb in the sentence
    right before the quote in its paragraph (``Uno dei sopravvissuti descrive ... . « ... », racconta.``), else
    whoever spoke or was named last (as a pronoun would be). ``said`` as it is when it has a subject."""
    if said.speaker is not None or said.pronoun is not None or said.carries_on or said.cue is None:
        return said
    before = _before(text, q, mentions)
    if before is not None and (before.speaker is not None or before.pronoun is not None or before.carries_on):
        return replace(before, cue=said.cue, via=list(dict.fromkeys(said.via + before.via)))
    ended = _PREVIOUS_SENTENCE_END.search(text, max(0, q.open_at - _MAX_ATTRIBUTION), q.open_at)
    if ended is not None:
        begin = _sentence_begin(text, ended.start())
        cue = next((c for c in _CUE.finditer(text, begin, ended.start()) if not c.group("gerund")), None)
        if cue is not None and (speaker := _subject(text, begin, cue.start(), mentions, strict=False)) is not None:
            return replace(said, speaker=speaker)
    return replace(said, carries_on=True)


# a sentence that ends right before a quote's opening mark, in the same paragraph: "... del peschereccio. « ..."
_PREVIOUS_SENTENCE_END = re.compile(r"[.!?\u2026][ \t]+\Z")


def _after_its_attribution(text: str, previous: Quote, open_at: int) -> bool:
    """Whether a quote opens the sentence right after the previous quote's own attribution (``« ... », a déclaré X.
    « ... »``): the speaker goes on, as in the same or the next paragraph."""
    cue = previous.cue_span
    if cue is None or previous.speaker_text is None or cue.start < previous.span.end:
        return False
    return _ATTRIBUTION_THEN_QUOTE.fullmatch(text, cue.end, open_at) is not None


# the rest of an attribution after its verb, to the end of its sentence, then at most a paragraph break
_ATTRIBUTION_THEN_QUOTE = re.compile(r"[^.!?\n\u00ab\u00bb\u201c\u201d\"]{0,120}[.!?][ \t]*\n?[ \t]*\n?[ \t]*")


def _same_sentence(text: str, previous: Quote, open_at: int) -> bool:
    """Whether a quote with no verb of its own is a later part of the sentence whose earlier quote a speaker was
    given (``X avait annoncé un « ... » suite à un tir sur un centre « ... »``): the same speaker's words."""
    between = _NO_SENTENCE_END.fullmatch(text, previous.span.end, open_at)
    return previous.speaker_text is not None and between is not None


# what may stand between two quotes of one sentence: no sentence's end, no paragraph break, no other quote
_NO_SENTENCE_END = re.compile(r"[^.!?\u2026\n\u00ab]{0,160}")


def _near(text: str, a: int, b: int) -> bool:
    """The same or the next paragraph, nothing but spaces and marks between."""
    between = text[a:b]
    return len(between) < 12 and between.count("\n") <= 2


def _after(text: str, q: Marked, mentions: list[Mention]) -> _Said | None:
    """``« ... », a indiqué X, ...``, ``« ... », a-t-il déclaré``, ``« ... », selon X``."""
    start = q.close_at + 1
    lead = _AFTER_MARK.match(text, start)
    if lead is None or lead.end() == start and not text[start : start + 1].isspace():
        return None
    at = lead.end()
    if _NEW_SENTENCE.search(lead.group()) and (text[at : at + 1].isupper() or text[at : at + 1] in _OPENING_MARKS):
        # "« ... ».\n\nSelon X, ...", "« ... »\n« ... », a précisé X": the next sentence's attribution, of its own quote
        return None
    end = _sentence_end(text, at)
    according = _ACCORDING.match(text, at)
    if according is not None:
        via = _outlets(mentions, at, end)
        stressed = _STRESSED.match(text, according.end(), end)
        if stressed is not None:  # "selon lui", "d'après elle": the speaker named before
            stands_for = FRENCH_STRESSED_PRONOUNS[stressed.group(1).casefold()]
            return _Said(q.inner, "direct", None, None, pronoun=_PRONOUN_OF[stands_for], via=via)
        speaker = _phrase(text, according.end(), end)
        people = [m for m in mentions if according.end() <= m.span.start < end and m.type == "PERSON"]
        if people and (speaker is None or people[0].span.start >= speaker.end):
            gap = _APPOSITION.match(text, speaker.end) if speaker is not None else None
            if gap is not None and people[0].span.start == gap.end():
                speaker = people[0].span  # "selon le porte-parole de la police, Marc Dubois": the name given
        return _Said(q.inner, "direct", None, speaker, via=[v for v in via if v != speaker])
    cue = _CUE.match(text, at) or _ANY_PARTICIPLE.match(text, at)
    if cue is None:
        cue = _closing_cue(text, start, end)
        if cue is None:
            return None
    if cue.re is _CUE and cue.group("gerund"):
        return None  # "« ... », ajoutant que « ... »": the next quote's attribution, not this one's
    pronoun = _CUE_PRONOUN.search(cue.group()) or _AFTER_CUE_PRONOUN.match(text[cue.end() :])
    cue_span = Span(cue.start(), cue.end())
    via = _outlets(mentions, at, end)
    if pronoun is not None:
        return _Said(q.inner, "direct", cue_span, None, pronoun=pronoun.group(1).casefold(), via=via)
    gerund = _GERUND_CLAUSE.search(text, cue.end(), end)  # "a indiqué X en citant Y": Y is no speaker
    last = gerund.start() if gerund else end
    named = [m for m in mentions if cue.end() <= m.span.start < last and m.type != "MEDIA"]
    # "« ... », ha detto alla Bbc Persia", "a déclaré à Marc Dubois": the one told, not the teller
    told = [m for m in named if _TOLD_TO.fullmatch(text, cue.end(), m.span.start)]
    named = [m for m in named if m not in told]
    people = [m for m in named if m.type == "PERSON"]
    if told and not people:
        return _Said(q.inner, "direct", cue_span, named[0].span if named else None, via=via)
    # "a déclaré le président de la FIFA, Gianni Infantino": the person the description is in apposition to
    lead = _LEAD_ADVERBIAL.match(text, cue.end())  # "a indiqué un peu auparavant le ministère": no subject words
    at = lead.end() if lead else cue.end()
    day = _TIME_LEAD.match(text, at)  # "a déclaré jeudi l'ambassadeur russe": the day is no part of the speaker
    speaker = people[0].span if people else _phrase(text, day.end() if day else at, end)
    if speaker is not None and not people:  # "le président de la fédération (FIFA), Gianni Rossi": the name given
        gap = _APPOSITION.match(text, speaker.end)
        apposed = [m for m in named if gap is not None and m.span.start == gap.end()]
        speaker = apposed[0].span if apposed else speaker
    if speaker is None:  # "a indiqué sur Telegram cet organe", "a tancé, le 3 octobre, le ministre, X"
        speaker = named[0].span if named else None
    return _Said(q.inner, "direct", cue_span, speaker, via=[v for v in via if v != speaker])


# the words between a verb of saying and the one it was said to: "ha detto alla", "a déclaré à la", "dijo a"
_TOLD_TO = re.compile(r"\s+(?:al|alla|allo|ai|alle|agli|all['’]|au|aux|à\s+la|à\s+l['’]|à)\s*", re.I)
# a verb whose subject follows it, after the words it reports: "X visait « ... » de la Russie, a déclaré Y"
_INVERTED_AFTER_QUOTE = re.compile(r"[\u00bb\u201d\"][^,\u00ab\u00bb\u201c\u201d\"]*,\s*\Z")
_OPENING_MARKS = frozenset('\u00ab\u201c\u201e"')  # a mark that opens a new quote after a sentence ends
# a participle clause after the subject: "a indiqué l'agence en citant le nom de X", "tout en précisant"
_GERUND_CLAUSE = re.compile(r"\s(?:tout\s+)?en\s+[^\W\d_]+ant\b", re.IGNORECASE)
# adverbials between a speech verb and its subject: "a indiqué un peu auparavant", "a précisé plus tard"
_LEAD_ADVERBIAL = re.compile(
    r"(?:\s*(?:(?:un\s+)?peu\s+(?:auparavant|avant|après|plus\s+tôt|plus\s+tard)|plus\s+(?:tôt|tard)|"
    r"(?:quelques\s+(?:minutes|heures|jours)|une\s+heure)\s+(?:plus\s+tôt|plus\s+tard|auparavant|après)|"
    r"auparavant|ensuite|également|aussi|encore|déjà|alors|pour\s+sa\s+part|de\s+son\s+côté)\b,?)+",
    re.IGNORECASE,
)


_TIME_LEAD = re.compile(
    rf"\s*(?:(?:ce|cette|questa|questo)\s+)?(?:{_alternatives(tuple(ROMANCE_TIME_LEADS))})"
    rf"(?:\s+(?:{_alternatives(tuple(ROMANCE_DAY_PARTS))}))?(?![\w-]),?",
    re.IGNORECASE,
)


def _closing_cue(text: str, start: int, end: int) -> re.Match[str] | None:
    """The speech verb of an attribution that closes the sentence the quote stands in, after a comma: ``« ... »
    identifiés en Gambie, a déclaré l'OMS.``, ``« ... » au regard de la situation, a commenté cette source.``;
    None when no such clause follows in the sentence, or another quote stands before it."""
    for comma in reversed(list(_CLOSING_COMMA.finditer(text, start, end))):
        cue = _CUE.match(text, comma.end())
        if cue is not None and not cue.group("gerund"):
            return cue
    return None


_CLOSING_COMMA = re.compile(r",\s*")
_NEW_SENTENCE = re.compile(r"[.!?\u2026]\s|\n")
# "X indique que l'analyse des échantillons « confirme ... »": the marks stand in the clause the verb reports
_THAT = re.compile(r"\s+qu(?:e\s|['\u2019])[^,;:]*$", re.IGNORECASE)
# "X a expliqué que les policiers avaient tenté de contrôler le véhicule, « qui ... »": a longer "que" clause, past
# a comma, within the sentence (read only where nobody else is named in it)
_THAT_LONG = re.compile(r"\s+qu(?:e\s|['\u2019])[^;:]{0,200}$", re.IGNORECASE)


def _that_clause(text: str, cue_end: int, open_at: int, mentions: list[Mention]) -> bool:
    """Whether the marks at ``open_at`` stand in the "que" clause of the verb ending at ``cue_end``: right in it
    (``a affirmé que « ... »``), or further on, past a comma, with no one named between the verb and the marks."""
    if _THAT.match(text, cue_end, open_at):
        return True
    named = any(cue_end <= m.span.start < open_at for m in mentions if m.type in ("PERSON", "ORG", "MEDIA"))
    return not named and _THAT_LONG.match(text, cue_end, open_at) is not None


def _before(text: str, q: Marked, mentions: list[Mention]) -> _Said | None:
    """``X a déclaré : « ... »``, ``X, porte-parole, a affirmé que « ... »``, ``Selon X, « ... »``."""
    begin = _sentence_begin(text, q.open_at)
    clause = text[begin : q.open_at]
    if not clause.strip():
        return None
    cues = list(_CUE.finditer(text, begin, q.open_at))
    cue = cues[-1] if cues else None
    via = _outlets(mentions, begin, q.open_at)
    if cue is not None and _BEFORE_MARK.fullmatch(text, cue.end(), q.open_at) is None:
        day = _TIME_LEAD.match(text, cue.end(), q.open_at)  # "a indiqué mardi à l'AFP que": the day counts for nothing
        after = day.end() if day else cue.end()
        if q.open_at - after > 40 and not _that_clause(text, after, q.open_at, mentions):
            cue = None  # the verb is too far from the marks to introduce them, and no "que" clause carries them
    if cue is None:
        according = _ACCORDING.search(text, begin, q.open_at)
        if according is not None and _opens(text, begin, according.start()):
            # "Selon X, les pilotes ont « ... »": the source of the whole sentence, the words in it included
            comma = text.find(",", according.end(), q.open_at)
            stressed = _STRESSED.match(text, according.end(), q.open_at)
            if comma > 0 and stressed is not None and stressed.end() == comma:  # "Selon elle, le vol « ... »"
                stands_for = FRENCH_STRESSED_PRONOUNS[stressed.group(1).casefold()]
                return _Said(q.inner, "direct", None, None, pronoun=_PRONOUN_OF[stands_for], via=via)
            if comma > 0 and not _CUE.search(text, comma, q.open_at):
                speaker = _phrase(text, according.end(), comma)
                return _Said(q.inner, "direct", None, speaker, via=[v for v in via if v != speaker])
        if according is not None and text[according.end() : q.open_at].rstrip().endswith(","):
            stressed = _STRESSED.match(text, according.end(), q.open_at)
            if stressed is not None:  # "Selon elle, « ... »"
                stands_for = FRENCH_STRESSED_PRONOUNS[stressed.group(1).casefold()]
                return _Said(q.inner, "direct", None, None, pronoun=_PRONOUN_OF[stands_for], via=via)
            return _Said(q.inner, "direct", None, _phrase(text, according.end(), q.open_at), via=via)
        labelled = _labelled(text, begin, q.open_at, mentions)
        if labelled is not None:  # "Joanne Varner, Amnesty International : « ... »", "Mosca replica: « ... »"
            return _Said(q.inner, "direct", None, labelled, via=[v for v in via if v != labelled])
        return None
    cue_span = Span(cue.start(), cue.end())
    if cue.group("gerund"):  # "X a évoqué 30 morts, dénonçant une « frappe délibérée »": the clause's subject
        first_cue = cues[0] if len(cues) > 1 and not cues[0].group("gerund") else None
        opener = _OPENER.match(text, begin, first_cue.start()) if first_cue is not None else None
        subject_start = opener.end() if opener is not None else begin
        first = _WORD.match(text[subject_start:].lstrip())
        if first_cue is not None and _INVERTED_AFTER_QUOTE.search(text, begin, first_cue.start()):
            # "X visait « ... », a déclaré Bastrykin, ajoutant que « ... »": the subject after the inverted verb
            named = _subject(text, first_cue.end(), cue.start(), mentions)
        elif first_cue is not None and not (first is not None and first.group().casefold() in FRENCH_PRONOUNS):
            # "Le chef de X a annoncé ..., précisant que « ... »": the subject of "a annoncé", not any name after it
            named = _subject(text, subject_start, first_cue.start(), mentions)
        else:  # "Il a souligné ..., ajoutant que « ... »": the speaker carries on
            named = _subject(text, begin, cue.start(), mentions, strict=True)
            if named is None and (described := _subject(text, begin, cue.start(), mentions)) is not None:
                # "Sur Twitter, la branche locale de l'agence a partagé des images, en déclarant que « ... »": the
                # body the clause is about, not whoever spoke before; a pronoun subject still carries on
                lead = _WORD.match(text, described.start, described.end)
                if lead is not None and lead.group().casefold() not in FRENCH_PRONOUNS:
                    named = described
        return _Said(q.inner, "direct", cue_span, named, carries_on=named is None, via=via)
    if (pronoun := _CUE_PRONOUN.search(cue.group())) is not None:
        return _Said(q.inner, "direct", cue_span, None, pronoun=pronoun.group(1).casefold(), via=via)
    subject_start = begin
    opener = _OPENER.match(text, begin, cue.start())
    if opener is not None:
        subject_start = opener.end()
    subject = text[subject_start : cue.start()].strip()
    first = _WORD.match(subject)
    if first is not None and first.group().casefold() in FRENCH_PRONOUNS and subject == first.group():
        return _Said(q.inner, "direct", cue_span, None, pronoun=first.group().casefold(), via=via)
    speaker = _subject(text, subject_start, cue.start(), mentions)
    return _Said(q.inner, "direct", cue_span, speaker, via=[v for v in via if v != speaker])


_LABEL_COLON = re.compile(r"\s*:\s*\Z")
_LABEL_WORDS = 8  # words at most before the colon of a label
_LABEL_LEAD = 2  # characters at most between the sentence's start and the name that opens it


def _labelled(text: str, begin: int, open_at: int, mentions: list[Mention]) -> Span | None:
    """The speaker of a short clause that ends in a colon right before the marks and opens with a name (``Joanne
    Varner, Amnesty International : « ... »``, ``Mosca replica: « ... »``); None for any other clause."""
    colon = _LABEL_COLON.search(text, begin, open_at)
    if colon is None or len(text[begin : colon.start()].split()) > _LABEL_WORDS:
        return None
    lead = begin + len(text[begin:open_at]) - len(text[begin:open_at].lstrip())
    opener = _OPENER.match(text, lead, colon.start())  # "Pronta, la risposta di Kiev:" is no label of a name
    named = next(
        (
            m
            for m in mentions
            if lead <= m.span.start <= lead + _LABEL_LEAD
            and m.span.end <= colon.start()
            and m.type in ("PERSON", "ORG", "GPE", "NORP")
        ),
        None,
    )
    return named.span if named is not None and opener is None else None


def _opens(text: str, begin: int, at: int) -> bool:
    """Whether ``at`` opens the sentence that starts at ``begin``, but for an opener (``Par ailleurs,``)."""
    opener = _OPENER.match(text, begin, at)
    return not text[opener.end() if opener is not None else begin : at].strip()


def _subject(text: str, start: int, end: int, mentions: list[Mention], *, strict: bool = False) -> Span | None:
    """The speaker in a clause's subject: ``Le président chilien, Gabriel Boric,`` -> the person named; else a name
    there; else the first comma-separated part that is no adverbial or participle clause (``Rapidement dépêchée
    sur les lieux, la garde nationale``, ``Commentant les images, le gouverneur``). ``strict``: a name or nothing."""
    inside = [m for m in mentions if start <= m.span.start and m.span.end <= end and m.type != "MEDIA"]
    people = [m for m in inside if m.type == "PERSON"]
    adverbial = [part for part in _PARTS.finditer(text, start, end) if _adverbial(part)]
    if adverbial and any(not _adverbial(part) for part in _PARTS.finditer(text, adverbial[-1].end(), end)):
        # "Lors d'une conférence avec la Première ministre X, Y a qualifié": X stands in an adverbial part, with
        # the subject after it; not the speaker, even when the finder missed the name Y
        inside = [m for m in inside if not any(p.start() < m.span.start < p.end() for p in adverbial)]
        people = [m for m in inside if m.type == "PERSON"]
    if len(people) > 1:  # "Lors d'un entretien avec son homologue X, Y a reconnu": the person after the adverbial
        for part in _PARTS.finditer(text, start, end):
            first = _first_word(part.group())
            if first is None or _CLAUSE_WORD.fullmatch(first.group()):
                continue
            named = [m for m in people if part.start() <= m.span.start < part.end()]
            if named:
                return named[0].span
    if people:
        return people[0].span
    if strict:
        return inside[0].span if inside else None
    for part in _PARTS.finditer(text, start, end):
        if _DETERMINED.match(part.group()):  # "Plus tard, le maire a déclaré": the part with an article
            return _phrase(text, part.start(), part.end())
        first = _first_word(part.group())
        if first is None or not (
            _CLAUSE_WORD.fullmatch(first.group()) or first.group().casefold() in FRENCH_ADVERBIAL_OPENERS
        ):
            break  # "Jean-Marc Roe, le maire, a déclaré": a name the finder missed comes first
    at = start
    for part in _PARTS.finditer(text, start, end):
        first = _first_word(part.group())
        if first is not None and not _CLAUSE_WORD.fullmatch(first.group()):
            lead = part.start() + len(part.group()) - len(part.group().lstrip())
            article = _ARTICLE.match(text, lead, part.end())
            lead = article.end() if article is not None else lead
            named = [m for m in inside if lead <= m.span.start <= lead + 1 and m.span.end <= part.end()]
            # "Edmundo González, ..." is the name; "Le président du Croissant-Rouge" is the president, not the body
            return named[0].span if named else _phrase(text, part.start(), part.end())
        at = part.end()
    return _phrase(text, at, end) if at < end else None


_PARTS = re.compile(r"[^,]+")

# the first word of an adverbial or participle part of a subject: "Rapidement", "Commentant", "dépêchée", "Selon"
_CLAUSE_WORD = re.compile(
    r"(?i:\w+(?:ment|ant|ée|ées|és)|selon|après|avant|lors|dans|pour|face|quelques|en|au|à|sur|depuis|via)"
)  # "Sur Twitter, la branche locale de l'agence a ...": the part after the adverbial


def _first_word(part: str) -> re.Match[str] | None:
    """The word a comma-separated part opens with, "tout" of "tout en" passed over (``Tout en reconnaissant X, le
    ministre a ...``: a participle part, as "en reconnaissant")."""
    first = _WORD.search(part)
    if first is not None and first.group().casefold() == "tout":
        after = _WORD.search(part, first.end())
        if after is not None and after.group().casefold() == "en":
            return after
    return first


# a participle of telling and its agent: "a été annoncé par le Service ...", "communiqué par la police"
_ANNOUNCED_BY = re.compile(
    r"\b(?:annoncée?s?|indiquée?s?|confirmée?s?|communiquée?s?|publiée?s?|rapportée?s?|déclarée?s?|anunciad[oa]s?|"
    r"confirmad[oa]s?|comunicad[oa]s?|publicad[oa]s?|annunciat[oa]|confermat[oa]|comunicat[oa])\s+"
    r"(?:par|por|da|dal|dalla|dai)\s+",
    re.IGNORECASE,
)


def _announced_before(text: str, open_at: int) -> Span | None:
    """A quote opening its paragraph right after a sentence that says who announced the news in the passive (``Son
    décès a été annoncé par le Service pénitentiaire fédéral ..., le 16 février.``, ``fue anunciado por X``): the
    announcer's words. The phrase after "par" up to a comma, a clause or a preposition is the speaker."""
    line = text.rfind("\n", 0, open_at) + 1
    if text[line:open_at].strip():
        return None  # the quote does not open its paragraph
    back = len(text[:line].rstrip())
    start = max(text.rfind("\n", 0, back) + 1, back - _MAX_ATTRIBUTION * 2)
    found = list(_ANNOUNCED_BY.finditer(text, start, back))
    if not found:
        return None
    return _phrase(text, found[-1].end(), back)


def _adverbial(part: re.Match[str]) -> bool:
    """A comma-separated part of a clause that opens with an adverbial or participle word (``Lors d'une visite``,
    ``Rapidement dépêchée sur les lieux``): what it names is no subject."""
    first = _first_word(part.group())
    return first is not None and bool(_CLAUSE_WORD.fullmatch(first.group()))


def _phrase(text: str, start: int, end: int) -> Span | None:
    """The noun phrase at ``start`` up to a comma, a clause or a preposition: ``le maire de la capitale``."""
    while start < end and text[start].isspace():
        start += 1
    first = _WORD.match(text, start, end)
    if first is None or (first.group().casefold() in FRENCH_NOT_SPEAKER and not _demonstrative(text, first, end)):
        return None
    stop = _PHRASE_END.search(text, start, end)
    stop_at = stop.start() if stop is not None else end
    for w in _WORD.finditer(text, first.end(), stop_at):
        if w.group().casefold() in FRENCH_NOT_SPEAKER:
            stop_at = w.start()  # "le ministre lundi", "le ministre hier soir": the time is no part of the speaker
            break
    phrase = text[start:stop_at].rstrip()
    if not phrase or len(phrase) > _MAX_ATTRIBUTION or len(phrase.split()) > 12:
        return None
    issued = _ISSUED_OF.match(phrase)
    if issued is not None and issued.end() < len(phrase):
        start += issued.end()  # "un communiqué des autorités portuaires": the issuer speaks, not the paper
        phrase = phrase[issued.end() :]
    return Span(start, start + len(phrase))


# "un (précédent) communiqué (conjoint) de la police", "le message du ministère": what stands before the issuer
_ISSUED_OF = re.compile(
    r"(?i:(?:un|une|le|la|l['’]|son|sa|leur|ce|cet|cette)\s*(?:\w+\s+)?"
    rf"(?:{'|'.join(sorted(FRENCH_ISSUED))})(?:\s+(?:conjoint|commun|officiel|publié|diffusé))?"
    r"\s+(?:du\s+|des\s+|d['’]|de\s+(?=l['’]|la\s|(?-i:[A-ZÀ-Ý]))))"
)


def _demonstrative(text: str, first: re.Match[str], end: int) -> bool:
    """Whether a phrase opens with a demonstrative before a noun that is no time: ``cette source militaire``, not
    ``ce lundi``."""
    if first.group().casefold() not in FRENCH_DEMONSTRATIVES:
        return False
    noun = _WORD.search(text, first.end(), end)
    return noun is not None and noun.group().casefold() not in FRENCH_TIME_NOUNS


def _named(span: Span, mentions: list[Mention]) -> Mention | None:
    inside = [m for m in mentions if span.start <= m.span.start and m.span.end <= span.end and m.type != "MEDIA"]
    people = [m for m in inside if m.type == "PERSON"]
    return (people or inside)[0] if people or inside else None


_PRONOUN_REACH = 600  # characters back a pronoun may look for its person when no quote came before
_DESCRIPTION_REACH = 3000  # characters back a description may look for the person it describes
_CONTEXT_BACK = 80  # characters before a person's name read for the words that introduce them
_STRESSED = re.compile(r"\s*(lui|elle|eux|elles)\b", re.IGNORECASE)
_PRONOUN_OF = {"m": "il", "f": "elle", "p": "ils"}
_DETERMINED = re.compile(r"\s*(?:le|la|les|l['\u2019])\s*[^\W\d_]", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.!?;\n\u00ab\u00bb\u201c\u201d\"]")
_APPOSED = re.compile(r"\s*,\s*([^,.;\n\u00ab\u00bb\u201c\u201d\"]{1,80})")
_SENTENCES = re.compile(r"[^.!?\u2026\n]+")
_MR = re.compile(r"\b(?:(?P<m>M\.|Monsieur)|(?P<f>Mme|Madame|Mlle))\s*$")
_THE_ROLE = re.compile(r"\b(?P<art>le|la|l['\u2019])\s*(?P<head>[^\W\d_]+(?:-[^\W\d_]+)?)\b[^,]*,?\s*$", re.IGNORECASE)


_COURTESY_DOT = re.compile(r"(?<![\w-])(M|Mme|Mlle|Me|Mgr|Dr|Pr)\.")


def _same(a: Mention, b: Mention) -> bool:
    return a.name.split()[-1:] == b.name.split()[-1:]


def _introductions(text: str, mentions: list[Mention], person: Mention) -> list[str]:
    """The words that introduce a person at each of their mentions: the clause before the name (``le maire``,
    ``la porte-parole de la police,``) and an apposition after it (``, porte-parole du ministère,``)."""
    out = []
    for m in mentions:
        if m.type != "PERSON" or not _same(m, person):
            continue
        before = text[max(0, m.span.start - _CONTEXT_BACK) : m.span.start]
        before = _CLAUSE_BREAK.split(_COURTESY_DOT.sub(r"\1", before))[-1]  # "le maire, M. X": one clause
        after = _APPOSED.match(text, m.span.end, min(len(text), m.span.end + _CONTEXT_BACK + 4))
        out.append(before + " " + (after.group(1) if after is not None else ""))
    return out


def _gender(text: str, mentions: list[Mention], person: Mention) -> str | None:
    """ "m" or "f" for a person: from a courtesy title or a gendered role before the name (``Mme``, ``la juge``,
    ``la directrice``), else from the given name; None when nothing says."""
    found: set[str] = set()
    for m in mentions:
        if m.type != "PERSON" or not _same(m, person):
            continue
        before = text[max(0, m.span.start - _CONTEXT_BACK) : m.span.start]
        title = _MR.search(before)
        if title is not None:
            found.add("m" if title.group("m") else "f")
            continue
        role = _THE_ROLE.search(_CLAUSE_BREAK.split(before)[-1])
        if role is not None and role.group("head").casefold() in FRENCH_ROLE_HEADS:
            head = role.group("head").casefold()
            art = role.group("art").casefold()
            if head in FRENCH_FEMININE_HEADS or art == "la":
                found.add("f")
            elif art == "le":
                found.add("m")
            continue
        words = m.name.split()
        if len(words) > 1 and (given := pronoun_gender(words[0])) is not None:
            found.add(given)
    return found.pop() if len(found) == 1 else None


def _fits(text: str, mentions: list[Mention], person: Mention, gender: str | None) -> bool:
    if gender is None:
        return True
    if gender == "p":
        return False  # "ont-ils déclaré": several people, never one person
    return _gender(text, mentions, person) in (None, gender)


def _subject_person(text: str, mentions: list[Mention], since: int, before: int, gender: str | None) -> Mention | None:
    """The person a pronoun stands for: in the last sentence between ``since`` and ``before`` that names a person the
    pronoun fits, the first such person (the subject: "X a reçu Y. « ... », a-t-il ajouté" is X), one whose gender is
    known first; None when no sentence names one."""
    if gender == "p":
        return None
    people = [m for m in mentions if m.type == "PERSON" and since <= m.span.start and m.span.end <= before]
    if not people:
        return None
    for sentence in reversed(list(_SENTENCES.finditer(text, since, before))):
        inside = [
            m
            for m in people
            if sentence.start() <= m.span.start < sentence.end() and not _in_participle(text, sentence.start(), m)
        ]
        fitting = [m for m in inside if _fits(text, mentions, m, gender)]
        if not fitting:
            continue
        known = [m for m in fitting if gender is not None and _gender(text, mentions, m) == gender]
        return (known or fitting)[0]
    return None


def _in_participle(text: str, begin: int, person: Mention) -> bool:
    """Whether ``person`` stands in a participle clause inside its sentence (``a indiqué l'agence en citant le nom de
    X``): named by what someone did, the object of it, not someone a later pronoun stands for. A clause that opens
    the sentence (``En arrivant, X a dit``) holds the subject after it."""
    gerund = _GERUND_CLAUSE.search(text, begin, person.span.start)
    return (
        gerund is not None
        and _WORD.search(text, begin, gerund.start()) is not None
        and ("," not in text[gerund.end() : person.span.start])
    )


def _speaker_of_phrase(text: str, span: Span, mentions: list[Mention]) -> Mention | None:
    """The mention a speaker phrase stands for. A name in it is the speaker, unless the phrase is headed by a role
    (``le président du Croissant-Rouge``: the president, not the body) or by a body of a place (``l'ambassade de
    Russie``: not Russia); a description is the person or body introduced so before; else None."""
    words = _words(text[span.start : span.end])
    latter = " ".join(text[span.start : span.end].casefold().replace("\u2019", "'").split())
    if latter in LATTER:  # "Cette dernière a déclaré", "Quest'ultima ha dichiarato": the last person named
        return _last_person(text, mentions, span.start, LATTER[latter])
    at = next((i for i, w in enumerate(words) if w not in FRENCH_DESCRIPTION_FILLERS), None)
    head = words[at] if at is not None else None
    named = _named(span, mentions)
    if named is not None and named.type == "PERSON":
        return named
    if head in FRENCH_ROLE_HEADS:
        person = _described(text, span, mentions)
        if person is None and FRENCH_ROLE_HEADS[head] in _SPEAKS_FOR and named is not None and named.type != "GPE":
            return named  # "le porte-parole du Kremlin", nobody introduced so: the Kremlin speaks through them
        return person
    if head in FRENCH_BODY_HEADS:
        if named is not None and named.type in ("GPE", "NORP", "LOC"):
            return None
        if named is None:
            return _body(text, span, head, mentions)
    if head in FRENCH_ISSUED and named is None:
        return _issuer(text, span, head, mentions)
    if named is not None and at is not None and _of_the_body(text, span, words[at], named):
        return None  # "le centre de commandement de l'armée": a part of the body, not the body itself
    return named


def _last_person(text: str, mentions: list[Mention], before: int, gender: str | None) -> Mention | None:
    """The person named last before ``before``, within the reach of a pronoun, whose gender fits."""
    for m in sorted(mentions, key=lambda m: m.span.start, reverse=True):
        if m.type != "PERSON" or m.span.end > before:
            continue
        if before - m.span.start > _PRONOUN_REACH:
            return None
        if _fits(text, mentions, m, gender):
            return m
    return None


def _of_the_body(text: str, span: Span, head: str, named: Mention) -> bool:
    """Whether the body ``named`` stands after a "de" that follows the phrase's head noun, which is no voice office
    of it (``le centre de commandement de X``, not ``le bureau de presse de X``)."""
    found = re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", text[span.start : named.span.start], re.IGNORECASE)
    if found is None:
        return False  # the head is in the name ("la Croix-Rouge") or nothing stands before the name
    between = _words(text[span.start + found.end() : named.span.start])
    return any(w in _OF for w in between) and not any(w in FRENCH_VOICE_OFFICES for w in [head, *between])


_OF = frozenset({"de", "du", "des", "d"})


_SPEAKS_FOR = {"porte-parole", "représentant"}  # roles that speak for the body they are of


def _body(text: str, span: Span, head: str, mentions: list[Mention]) -> Mention | None:
    """``le groupe``, ``le ministère``: the latest organisation before, within reach, whose name holds the noun or
    that the text introduced with it (``le groupe État islamique``); None when none was."""
    if _words(text[span.start : span.end])[0] in FRENCH_INDEFINITE:
        return None
    for m in sorted(mentions, key=lambda m: -m.span.start):
        if m.span.start >= span.start or span.start - m.span.start > _DESCRIPTION_REACH:
            continue
        if m.type not in ("ORG", "MEDIA"):
            continue
        before = _words(text[max(0, m.span.start - 30) : m.span.start])[-2:]
        if head in _words(m.text) or head in before:
            return m
    return None


# "a publié un communiqué", "ont diffusé une déclaration": the sentence's subject issued it
_PUBLISHED = r"(?:publié|publie|diffusé|diffuse|émis|rendu\s+public|pubblicato|diffuso|emesso)"


def _issuer(text: str, span: Span, head: str, mentions: list[Mention]) -> Mention | None:
    """``ajoute le message``: who issued the message the text named last, ``Dans un message publié sur Telegram, le
    groupe X a revendiqué ...`` or ``Le ministère X a publié un communiqué``: the first person, else body, named in
    the issuing sentence outside the comma part that names the message; None when no sentence just before names
    one."""
    at = issued_before(
        text,
        span.start,
        rf"\b(?:(?:dans|par)\s+(?:un|une|son|sa|leur)|{_PUBLISHED}\s+(?:un|une))\s+{re.escape(head)}\b",
    )
    if at is None:
        return None
    begin = _sentence_begin(text, at)
    end = _FULL_STOP.search(text, at)
    stop = end.start() if end is not None else span.start
    comma = text.find(",", at, stop)
    after = comma + 1 if comma >= 0 else stop
    inside = [m for m in mentions if (begin <= m.span.start < at or after <= m.span.start < stop) and m.type != "MEDIA"]
    people = [m for m in inside if m.type == "PERSON"]
    bodies = [m for m in inside if m.type in ("ORG", "GPE")]
    return (people or bodies)[0] if people or bodies else None


def _words(phrase: str) -> list[str]:
    """Lower-case words, an elided article dropped: ``l'Intérieur`` -> ``intérieur``."""
    return [w.casefold().replace("\u2019", "'").split("'")[-1] for w in _WORD.findall(phrase)]


def _described(text: str, span: Span, mentions: list[Mention]) -> Mention | None:
    """The person a French description names (``le porte-parole du ministère``, ``la juge``, ``le maire``): the
    latest person before it whom the article introduced with the same role noun, of the same gender, and with the
    words that qualify it (``ministère``); None for an indefinite one (``un porte-parole``) or when none fits."""
    words = _words(text[span.start : span.end])
    if not words or words[0] in FRENCH_INDEFINITE:
        return None
    at = next((i for i, w in enumerate(words) if w in FRENCH_ROLE_HEADS), None)
    if at is None or any(w not in FRENCH_DESCRIPTION_FILLERS for w in words[:at]):
        return None  # no role noun, or one that is not the head ("le chef de l'État" has one: "chef")
    head = words[at]
    gender = "f" if head in FRENCH_FEMININE_HEADS or words[0] == "la" else "m" if words[0] == "le" else None
    role = FRENCH_ROLE_HEADS[head]
    qualifiers = {FRENCH_ROLE_HEADS.get(w, w) for w in words[at + 1 :] if w not in FRENCH_DESCRIPTION_FILLERS}
    seen: set[str] = set()
    for m in sorted(mentions, key=lambda m: -m.span.start):
        if m.type != "PERSON" or m.span.start >= span.start or span.start - m.span.start > _DESCRIPTION_REACH:
            continue
        if m.name in seen:
            continue
        seen.add(m.name)
        context: set[str] = set()
        for intro in _introductions(text, mentions, m):
            context |= {FRENCH_ROLE_HEADS.get(w, w) for w in _words(intro)}
        if role not in context or not _fits(text, mentions, m, gender):
            continue
        matched = len(qualifiers & context)
        if matched >= len(qualifiers) - (1 if len(qualifiers) >= 3 else 0):
            return m
    return None


def _outlets(mentions: list[Mention], start: int, end: int) -> list[Span]:
    return [m.span for m in mentions if m.type == "MEDIA" and start <= m.span.start and m.span.end <= end]


def _sentence_end(text: str, at: int) -> int:
    """Where the attribution at ``at`` ends: the sentence's end, past the full stop of a title or initial before a
    name (``le gouverneur de la région, M. Jean Roux``, ``Dr. X``, ``J. Roux``)."""
    limit = min(len(text), at + _MAX_ATTRIBUTION)
    stop = _END.search(text, at, limit)
    while (
        stop is not None
        and stop.group() == "."
        and _TITLE_STOP.search(text, max(0, stop.start() - 4), stop.end())
        and _NAME_NEXT.match(text, stop.end())
    ):
        stop = _END.search(text, stop.end(), limit)
    return stop.start() if stop is not None else limit


# a full stop after a courtesy title or an initial, a name right after it: no end of a sentence
_TITLE_STOP = re.compile(r"(?<![\w-])(?:M|Mme|Mlle|Me|Mgr|Dr|Pr|[A-Z])\.\Z")
_NAME_NEXT = re.compile(r"[ \t]+[A-Z]")


_END = re.compile(r"[.!?\u2026\n\u00ab\u201c]")
_APPOSITION = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*,\s*")  # "(FIFA), " between a description and a name
_FULL_STOP = re.compile(r"[.!?\u2026\n]")


def _sentence_begin(text: str, at: int) -> int:
    lo = max(0, at - _MAX_ATTRIBUTION)
    found = _SENTENCE_START.search(text, lo, at)
    return found.end() if found is not None else lo
