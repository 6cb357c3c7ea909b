"""Reading a toll from a claim's words: what phrase leads to a number, what a number counts in a language read
without a parse, and the marks that make a count a part, a correction, an earlier figure or a rival account.

Each reader takes the claim's text around one number (``before`` ends at the number, ``after`` starts after it) and
says one thing; ``questions._counts`` puts them together into an answer and its note. The words are in
``data/tolls.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..data import cyrillic
from ..data.qualifiers import QUALIFIERS
from ..data.tolls import (
    ADDED,
    ADDED_AFTER,
    AUXILIARIES_ABROAD,
    BODIES_AFTER,
    BODIES_BEFORE,
    BODY_BETWEEN,
    BODY_FOUND,
    BODY_NOUNS,
    BODY_NUMBER_WORDS,
    CONTRASTED_WITH,
    CORRECTED,
    COUNT_AS_OF,
    DENIED_OUTCOME_AFTER,
    GIVEN_VERBS,
    INCLUDED,
    INCLUDED_ASIDE,
    INCREMENT_AFTER,
    INCREMENT_BEFORE,
    LIFE_LOST_AFTER,
    LIFE_TAKEN_BEFORE,
    NOT_PEOPLE_AFTER,
    OUTCOME_VERBS,
    OUTCOMES_ABROAD,
    PART_OF_AREA,
    PEOPLE_ABROAD,
    PEOPLE_JOINED_ABROAD,
    PERIOD,
    PREDICATE_AUXILIARIES,
    PREDICATE_OUTCOMES,
    PUT_AT,
    QUALIFIERS_ABROAD,
    RATE_AFTER,
    RECALLED,
    REPLACED_BEFORE,
    SCOPE_PREPOSITIONS,
    SCOPE_SITE_DETERMINERS,
    SCOPE_SITES,
    SCOPE_WHOLE,
    SET_AGAINST,
    SINCE_CLAUSE,
    SOURCE_CONTRAST,
    SOURCE_PARTICIPLES,
    SOURCE_VERBS,
    TOLL_BOUNDS,
    TOLL_NOUN_ALONE_ABROAD,
    TOLL_NOUNS_ABROAD,
    TOLL_NOUNS_AFTER_ABROAD,
    TOLL_PHRASES,
    TOLL_VERBS,
    TOLL_VERBS_ABROAD,
    WIDER,
)
from ..model import Entity, Quantity, Span
from .origins import relay_chain
from .views import ClaimView

_BOUNDS = rf"(?:(?:{'|'.join(TOLL_BOUNDS)})\s+(?:of\s+)?)?"
# "the number of people who died in the city has risen to", "a final tally could reach the region of": a toll phrase,
# what it is the toll of (a short phrase with no clause break), the verb that leads to the number, a bound
_LED = re.compile(
    rf"\b(?:{'|'.join(TOLL_PHRASES)})\b(?:\s+(?:in|from|at|of|for)\s+[^,.;:]{{0,50}}?)?\s+"
    rf"(?:{'|'.join(TOLL_VERBS)})\s+{_BOUNDS}$",
    re.I,
)
# "put that number higher, at", "pegged the toll at", "put the number of victims at more than"
_PUT = re.compile(
    rf"{PUT_AT}\s+(?:the|that|this|its|their|his|her)\s+(?P<noun>(?:death\s+)?(?:number|figure|toll|count|tally))"
    r"(?P<of>\s+of\s+(?:the\s+)?(?:dead|deaths|victims|casualties|fatalities|people killed))?"
    rf"(?:\s+(?:much\s+|far\s+|even\s+)?(?:higher|lower))?\s*,?\s+at\s+{_BOUNDS}$",
    re.I,
)
_DEATH_NOUN = re.compile(r"\b(?:death|toll)\b", re.I)
_ADDED = re.compile("|".join(ADDED), re.I)
_ADDED_AFTER = re.compile("|".join(ADDED_AFTER), re.I)
_INCLUDED = re.compile("|".join(INCLUDED), re.I)
_INCREMENT_AFTER = re.compile("|".join(INCREMENT_AFTER), re.I)
_INCREMENT_BEFORE = re.compile("|".join(INCREMENT_BEFORE), re.I)
_PART_OF_AREA = re.compile("|".join(PART_OF_AREA), re.I)
_BODIES_BEFORE = re.compile("|".join(BODIES_BEFORE), re.I)
_BODIES_AFTER = re.compile(BODIES_AFTER, re.I)
CORRECTED_WORDS = re.compile("|".join(CORRECTED), re.I)
_REPLACED = re.compile("|".join(REPLACED_BEFORE), re.I)
RECALLED_WORDS = re.compile("|".join(RECALLED), re.I)
SET_AGAINST_WORDS = re.compile("|".join(SET_AGAINST), re.I)
WIDER_WORDS = re.compile("|".join(WIDER), re.I)  # "as a result of a series of attacks": more acts than the event
PERIOD_WORDS = re.compile("|".join(PERIOD), re.I)  # "in the violence of recent days": a tally over several days
_SINCE_CLAUSE = re.compile(SINCE_CLAUSE, re.I)
_RATE_AFTER = re.compile("|".join(RATE_AFTER), re.I)
_DENIED_OUTCOME_AFTER = re.compile("|".join(DENIED_OUTCOME_AFTER), re.I)
_INCLUDED_ASIDE = re.compile(INCLUDED_ASIDE, re.I)


def people_abroad(word: str) -> bool:
    """A word for people in a language read without a parse (``persone``, ``человек``, ``migrants``)."""
    return bool(_PEOPLE_ABROAD.match(word) or _PEOPLE_JOINED.match(word))


def rate(after: str) -> bool:
    """The words after a count make it a rate (``118 deaths daily``, ``20 morts par jour``): no toll."""
    return _RATE_AFTER.search(after[:40]) is not None


def denied_outcome(after: str) -> bool:
    """The words after a count deny it (``3000 people did not die``): the count is denied, not told."""
    return _DENIED_OUTCOME_AFTER.search(after[:60]) is not None


def since_clause(before: str) -> bool:
    """The words of the sentence before a number put it in a relative clause hung on an earlier act named after
    "since" (``an offensive since the October attack, which killed 1,200``): that act's toll, not the event's."""
    return bool(_SINCE_CLAUSE.search(before))


# "lower than the 20,000 a different spokesperson gave": the figure a count is set against, told as someone's
_THAN_THE = re.compile(rf"(?:{'|'.join(CONTRASTED_WITH)})\s*$", re.I)
_GIVEN_BY = re.compile(
    rf"^[^.;]{{0,60}}?\b(?:{'|'.join(GIVEN_VERBS)})\b"
    r"|^\s+(?:(?:death\s+)?(?:figure|toll|count|tally|number)\s+)?(?:from|by|according\s+to)\b",
    re.I,
)

_WORDS_ABROAD = re.compile(r"[\w'’-]+|—|–|,|;|:|\.", re.U)
_OUTCOME_ABROAD = {name: re.compile(rf"^(?:{'|'.join(stems)})$", re.I) for name, stems in OUTCOMES_ABROAD.items()}
_PEOPLE_ABROAD = re.compile(rf"^(?:{'|'.join(PEOPLE_ABROAD)})$", re.I)
_PEOPLE_JOINED = re.compile(rf"^(?:{'|'.join(PEOPLE_JOINED_ABROAD)})$", re.I)
_AUXILIARY_ABROAD = re.compile(rf"^(?:{'|'.join(AUXILIARIES_ABROAD)})$", re.I)
_NOT_PEOPLE = re.compile(rf"^\s*(?:{'|'.join(NOT_PEOPLE_AFTER)})(?!\w)", re.I)
_QUALIFIER_ABROAD = re.compile(
    rf"(?<!\w)(?P<q>{'|'.join(sorted(map(re.escape, QUALIFIERS_ABROAD), key=len, reverse=True))})\s*$", re.I
)
_LIFE_LOST = re.compile(rf"(?:{'|'.join(LIFE_LOST_AFTER)})(?!\w)", re.I)
_LIFE_TAKEN = re.compile(
    rf"(?<!\w)(?:{'|'.join(LIFE_TAKEN_BEFORE)})\s+"
    rf"(?:(?:{'|'.join(sorted(map(re.escape, QUALIFIERS_ABROAD), key=len, reverse=True))})\s+)?$",
    re.I,
)
_MISSING_PHRASE = re.compile(r"(?<!\w)(?:пропал\w*|пропав\w*)\s+без\s+вести|(?<!\w)зникл\w*\s+безвісти", re.I)
_CLAUSE_MARK = re.compile(r"[,;:.—–]")
_CONJUNCTION = r"(?:and|or|but|while|as|whereas|with)\b"
# "32 were injured", "17 people died": at most three words of the counted phrase (no conjunction), an auxiliary
_PREDICATE = {
    name: re.compile(
        rf"^\s+(?:(?!{_CONJUNCTION})[a-z-]+\s+){{0,3}}?(?:(?:{'|'.join(PREDICATE_AUXILIARIES)})\s+)?"
        rf"(?:(?:also|reportedly|seriously|critically|fatally|badly|slightly|later)\s+)?(?:{'|'.join(words)})\b",
        re.I,
    )
    for name, words in PREDICATE_OUTCOMES.items()
}
_QUALIFIER = "|".join(sorted(QUALIFIERS, key=len, reverse=True))
# "injuring at least 50.": a verb of outcome, a qualifier, the number, then no word of what it counts
_ELIDED = {
    name: re.compile(rf"\b(?:{'|'.join(words)})\s+(?:(?:{_QUALIFIER})\s+)?$", re.I)
    for name, words in OUTCOME_VERBS.items()
}
_ELIDED_END = re.compile(r"^\s*(?:$|[,.;:)—–]|(?:and|in|at|on|across|when|after|as)\b)", re.I)
_BESIDE_ABROAD = 3  # words between a number and its outcome in a language read without a parse
_AFTER_ABROAD = 5  # the same after the number, where only people nouns, "and" and auxiliaries may stand between
_LED_ABROAD = re.compile(
    rf"(?<!\w)(?P<noun>{'|'.join(TOLL_NOUNS_ABROAD)})(?!\w)(?P<between>[^.;!?]{{0,120}}?)"
    rf"(?<!\w)(?:{'|'.join(TOLL_VERBS_ABROAD)})\s+"
    rf"(?:(?:{'|'.join(sorted(map(re.escape, QUALIFIERS_ABROAD), key=len, reverse=True))})\s+)?$",
    re.I,
)
_TOLL_NOUN_ALONE = re.compile(rf"^(?:{TOLL_NOUN_ALONE_ABROAD})$", re.I)


def led_to(before: str) -> bool:
    """A toll phrase leads to the number (``the number of people who died in X has risen to``, ``a final tally
    could reach the region of``, ``the death toll may touch``)."""
    return _LED.search(before) is not None


def predicate_outcome(after: str) -> str | None:
    """The outcome a number's own predicate gives (``32 were injured``, ``17 people died``); None when the words after
    the number give none. Read before an outcome word nearer to the number: in ``17 people died and 32 were injured``
    the "died" before 32 is the count before it's."""
    for name, pattern in _PREDICATE.items():
        if pattern.match(after):
            return name
    return None


def elided_outcome(before: str, after: str) -> str | None:
    """``killing at least two people and injuring at least 50``: the outcome of a verb whose object is a bare number,
    the people left unsaid; None when a word follows the number (what it counts: ``wounding 50 buildings``)."""
    if not _ELIDED_END.match(after):
        return None
    for name, pattern in _ELIDED.items():
        if pattern.search(before):
            return name
    return None


def put_at(before: str) -> str | None:
    """``put the number of victims at``: "dead"; ``put that number higher, at``: "that", the count the article gave
    before (the number's antecedent); None when no source puts a count at the number."""
    m = _PUT.search(before)
    if m is None:
        return None
    return "dead" if m.group("of") or _DEATH_NOUN.search(m.group("noun")) else "that"


def added(before: str, after: str) -> bool:
    """``another seven``, ``seven others``, ``altre 170``: a count added to another one."""
    return _ADDED.search(before) is not None or _ADDED_AFTER.search(after) is not None


def part_of_toll(before: str, after: str) -> bool:
    """``the dead included 12``, ``in one of the two districts ... 1700``, ``the bodies of four dead were found``,
    ``one more died, bringing the toll to 87`` (``increment``): a part of the toll."""
    if _INCLUDED.search(before) or _PART_OF_AREA.search(before) or increment(before, after):
        return True
    return _BODIES_BEFORE.search(before[-30:]) is not None or _BODIES_AFTER.match(after) is not None


def increment(before: str, after: str) -> bool:
    """``one more died on Friday, bringing the toll to 87``, ``after which one person died``, ``out of this figure,
    two died``: deaths added to a count told before, not a toll of their own."""
    return _INCREMENT_BEFORE.search(before[-60:]) is not None or _INCREMENT_AFTER.match(after) is not None


_OWN_SOURCE_BEFORE = re.compile(
    rf"\b\w+\s+(?:{'|'.join(SOURCE_PARTICIPLES)})\s+(?:(?:{'|'.join(sorted(QUALIFIERS, key=len, reverse=True))})\s+)?$",
    re.I,
)


def own_source(before: str) -> bool:
    """``with a local cleric estimating 50 deaths and two witnesses claiming around 80``: the number is given by a
    source the sentence names right before it, in a participle of its own."""
    return _OWN_SOURCE_BEFORE.search(before[-120:]) is not None


def replaced(before: str) -> bool:
    """The number a correction replaces (``instead of 11,300``): not the claim's own count."""
    return _REPLACED.search(before) is not None


def set_against(before: str, after: str) -> bool:
    """``lower than the 20,000 a different spokesperson gave``, ``contrary to the 81 figure quoted by the army``: the
    number is another source's figure that the claim sets its own count against."""
    return _THAN_THE.search(before) is not None and _GIVEN_BY.search(after) is not None


def abroad(text: str, start: int, end: int) -> tuple[str, str | None] | None:
    """What a number counts in a language read without a parse, and its qualifier: ``almeno 11.300 morti`` is
    (dead, at least), ``погибли 1700 человек`` (dead, None), ``10.100 persone disperse`` (missing, None); None when
    no outcome word stands beside it in its clause (``125 тысяч человек``: no outcome) or the number counts years,
    days or a distance."""
    after, before = text[end:], text[:start]
    if _NOT_PEOPLE.match(after):
        return None
    after = _INCLUDED_ASIDE.sub(r"\g<counted>", after, count=1)  # "26 человек, в том числе дети, погибли"
    outcome = _outcome_after(after) or _outcome_before(before, after) or _led_abroad(before) or _named_after(after)
    if outcome is None:
        return None
    m = _QUALIFIER_ABROAD.search(before)
    return outcome, (QUALIFIERS_ABROAD[m.group("q").casefold()] if m else None)


def _outcome_after(after: str) -> str | None:
    """The outcome word within a few words after the number, past people nouns and auxiliaries only
    (``170 persone sono morte``)."""
    if _MISSING_PHRASE.match(after.lstrip()):
        return "missing"
    for n, m in enumerate(_WORDS_ABROAD.finditer(after[:80])):
        word = m.group()
        if n >= _AFTER_ABROAD or not word[0].isalnum():
            return None
        name = _outcome_of(word)
        if name:
            return name
        if _LIFE_LOST.match(after, m.start()):  # "13 manifestantes perdieron la vida"
            return "dead"
        if not (_PEOPLE_ABROAD.match(word) or _PEOPLE_JOINED.match(word) or _AUXILIARY_ABROAD.match(word)):
            return None
    return None


def _outcome_before(before: str, after: str) -> str | None:
    """The outcome word within a few words before the number in its clause, when what follows the number is people
    or the clause's end (``погибли 1700 человек``, ``пропали без вести 10 тысяч``)."""
    following = _WORDS_ABROAD.findall(after[:40])
    if following and following[0][0].isalnum() and not _PEOPLE_ABROAD.match(following[0]):
        return None
    if _LIFE_TAKEN.search(before[-80:]):  # "унесла жизни 27 человек", "se cobró la vida de al menos 28"
        return "dead"
    words = _WORDS_ABROAD.findall(before[-80:])
    for word in reversed(words[-_BESIDE_ABROAD:]):
        if not word[0].isalnum():
            return None
        name = _outcome_of(word)
        if name:
            return name
    tail = before[-40:]
    return "missing" if _MISSING_PHRASE.search(tail) and not _CLAUSE_MARK.search(tail) else None


_NAMED_AFTER = re.compile(
    rf"^\s*(?:el|la|le|il|die|das)\s+(?:{'|'.join(TOLL_NOUNS_AFTER_ABROAD)})\s+(?:(?:total|totale|provisoire|oficial)\s+)?"
    r"(?:de\s+(?:los\s+|las\s+)?|des\s+|de\s+|der\s+|dei\s+|delle\s+|degli\s+|di\s+)(?P<word>[\w-]+)",
    re.I,
)


def _named_after(after: str) -> str | None:
    """The outcome of a toll named right after the number it is brought to (``eleva a 211 el número total de
    muertes``, ``porte à 30 le nombre de morts``)."""
    m = _NAMED_AFTER.match(after)
    return _outcome_of(m.group("word")) if m else None


def _led_abroad(before: str) -> str | None:
    """The outcome of a toll phrase that leads to the number through its verb, in a language read without a parse
    (``le bilan des morts suite à l'explosion au port ... avait atteint``, ``число людей, скончавшихся от травм,
    достигло``): the outcome word between the phrase's noun and the verb, else the dead for a toll by itself
    (``le bilan provisoire s'élève à``); None when no such phrase leads to it."""
    m = _LED_ABROAD.search(before[-200:])
    if m is None:
        return None
    for word in _WORDS_ABROAD.findall(m.group("between")):
        name = _outcome_of(word)
        if name:
            return name
    return "dead" if _TOLL_NOUN_ALONE.match(m.group("noun")) else None


def _outcome_of(word: str) -> str | None:
    for name, pattern in _OUTCOME_ABROAD.items():
        if pattern.match(word):
            return name
    return None


# "Libyan emergency services indicated on Tuesday that ...": the claim names its own source before its words
_OWN_SOURCE = re.compile(rf"\w[^.;]*?\b(?:{'|'.join(SOURCE_VERBS)})\b[^.;]{{0,25}}?\bthat\b", re.I)


def count_origin(view: ClaimView, origin: str | None, names: dict[str, Entity]) -> str | None:
    """Who gave a count: the claim's origin, unless that is only an outlet relaying someone else's figure. A claim
    whose speaker is named but not known as an entity (``the organization said``, ``he said``) has that speaker as
    its origin, not the agency that relays the article (None: nobody known); an outlet named as the source of a
    claim that names its own source (``Libyan emergency services indicated on Tuesday that the storm had killed
    2,300, according to AFP``) only relays it."""
    if origin is None:
        return None
    if relay_chain(view).speaker is None and view.claim.speaker_text:
        return None
    entity = names.get(origin)
    if entity is not None and entity.type == "MEDIA" and _OWN_SOURCE.match(view.claim.text):
        return None
    return origin


_SCALE = {form: value for value, forms in cyrillic.NUMBER_SCALES.values() for form in forms}
_SCALE_WORD = "|".join(re.escape(f) for f in sorted(_SCALE, key=len, reverse=True))
_NUMBER = {form: value for value, forms in cyrillic.NUMBER_WORDS.items() for form in forms}
_NUMBER_WORD = "|".join(re.escape(f) for f in sorted(_NUMBER, key=len, reverse=True))
# "от двух до пяти тысяч", "двух тысяч", "пять": number words, a range's two ends sharing the scale word after them
_WORDED = re.compile(
    rf"(?<![\w'’])(?:(?P<from>от|від)\s+)?(?P<low>{_NUMBER_WORD})(?:\s+(?P<low_scale>{_SCALE_WORD}))?"
    rf"(?:\s+(?:до|-|–)\s+(?P<high>{_NUMBER_WORD})(?:\s+(?P<high_scale>{_SCALE_WORD}))?)?(?![\w'’])",
    re.I,
)


def worded(text: str, article: str, offset: int) -> list[Quantity]:
    """Russian and Ukrainian counts in words, which extraction (digits only in these languages) leaves out, a range
    as one count: ``от двух до пяти тысяч`` is 2,000 to 5,000 (the scale after the second end scales both). Read
    only for tolls: the spans are the claim's (``offset``: where its text starts in the article)."""
    out = []
    for m in _WORDED.finditer(text):
        low = _NUMBER[m.group("low").casefold()]
        high_word, high_scale = m.group("high"), m.group("high_scale")
        scale_word = m.group("low_scale") or (high_scale if high_word else None)
        scale = _SCALE.get(scale_word.casefold()) if scale_word else None
        high = None
        if high_word is not None:
            scale_high = _SCALE.get(high_scale.casefold()) if high_scale else scale
            high = _NUMBER[high_word.casefold()] * (scale_high or 1)
        start = m.start("low")
        out.append(
            Quantity(
                article=article,
                span=Span(offset + start, offset + m.end()),
                text=text[start : m.end()],
                value=low * (scale or 1),
                value_max=high,
            )
        )
    return out


_SITE = re.compile(
    rf"(?<!\w)(?:{'|'.join(SCOPE_PREPOSITIONS)})\s+(?:{'|'.join(SCOPE_SITE_DETERMINERS)})\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?P<site>{'|'.join(SCOPE_SITES)})(?!\w)",
    re.I,
)
_WHOLE = re.compile(rf"(?<!\w)(?:{'|'.join(SCOPE_WHOLE)})(?!\w)", re.I)
# "31 people, including 4 children, were killed in X": a part told inside the count does not end its words
_INSIDE_COUNT = re.compile(r"\b(?:including|among them|of whom|of them|as of)\s*$", re.I)
_SCOPE_REACH = 100  # characters either side of a number where its scope is told


def scope(
    text: str,
    start: int,
    end: int,
    places: Sequence[tuple[str, str]] = (),
    numbers: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The scope a claim tells for the number at ``text[start:end]``, read between the claim's other ``numbers``: a
    site (``at the city hospital``: ``site:hospital``), a named place after a preposition (``in Velmora``:
    ``place:<entity id>``; ``places``: the names and aliases of the places the claim names, with their entity ids)
    or a whole (``in total``, ``across the country``: ``whole``); a site or a place, the nearest, before a whole;
    past a part told inside the count (``31 people, including 4 children, were killed in Velmora``: Velmora) when the
    words up to it tell none. None when the claim tells none."""
    parts = [(a, b) for a, b in numbers if _INSIDE_COUNT.search(text[max(0, a - 20) : a])]
    ends = [(a, b) for a, b in numbers if (a, b) not in parts]
    # the words up to the numbers beside it, then past a part told inside the count when those tell no scope
    return _scope_between(text, start, end, places, numbers) or _scope_between(text, start, end, places, ends)


def _scope_between(
    text: str, start: int, end: int, places: Sequence[tuple[str, str]], numbers: Sequence[tuple[int, int]]
) -> str | None:
    low = max(0, start - _SCOPE_REACH, *(b for a, b in numbers if b <= start))
    high = min([len(text), end + _SCOPE_REACH, *(a for a, b in numbers if a >= end)])
    window = text[low:high]
    found: list[tuple[int, str]] = []
    covered: list[tuple[int, int]] = []
    for m in _SITE.finditer(window):
        site = " ".join(m.group("site").casefold().split())
        found.append((_distance(low + m.start(), low + m.end(), start, end), f"site:{site}"))
        covered.append((m.start(), m.end()))
    for name, entity in places:
        pattern = rf"(?<!\w)(?:{'|'.join(SCOPE_PREPOSITIONS)})\s+(?:the\s+)?{re.escape(name)}(?!\w)"
        for m in re.finditer(pattern, window, re.I):
            if not any(a <= m.start() < b for a, b in covered):
                found.append((_distance(low + m.start(), low + m.end(), start, end), f"place:{entity}"))
    if found:
        return min(found)[1]
    return "whole" if _WHOLE.search(window) else None


def _distance(a: int, b: int, start: int, end: int) -> int:
    return start - b if b <= start else max(0, a - end)


# "as of 4 p.m.", "по состоянию на 16:00", "un bilan arrêté à 16h00": the marker, then a clock with minutes, an "h"
# or a.m./p.m. (so that "by 16 people" or "as of 2023" is no time of day)
_AS_OF_CLOCK = re.compile(
    rf"(?:{'|'.join(COUNT_AS_OF)})\s+(?:about\s+|around\s+)?(?P<h>\d{{1,2}})"
    r"(?:(?P<sep>[:.h])(?P<m>\d{2})|\s*(?P<ampm>[ap])\.?\s?m\b\.?|(?P<hour>h|hrs?\b|heures?\b|o'clock\b))",
    re.I,
)


def count_clock(text: str) -> str | None:
    """The time of day a count says it was true at (``as of 4 p.m.``: ``16:00``; ``по состоянию на 16:00``), as
    ``HH:MM``; None when the words give none."""
    m = _AS_OF_CLOCK.search(text)
    if m is None:
        return None
    h, mnt = int(m.group("h")), int(m.group("m") or 0)
    if m.group("ampm"):
        if h > 12:
            return None
        h = h % 12 + (12 if m.group("ampm").casefold() == "p" else 0)
    if h > 23 or mnt > 59:
        return None
    return f"{h:02d}:{mnt:02d}"


def clocks(views: Sequence[ClaimView]) -> list[str | None]:
    """The time of day each claim's counts were true at: its own (``count_clock`` of its sentence), else the one a
    claim before it in its paragraph gave (``As of 6 p.m., the search was over. The minister said 17 were killed``),
    unless it names a day of its own. A paragraph break, or a claim of another article, ends a time of day."""
    out: list[str | None] = []
    held: str | None = None
    where: tuple[str, int] | None = None
    for v in views:
        if where != (v.article, v.paragraph):
            held, where = None, (v.article, v.paragraph)
        own = count_clock(f"{v.lead} {v.claim.text}")
        if own is not None:
            held = own
        elif v.day_inside:
            held = None
        out.append(own or held)
    return out


_BODY_NUMBER = {w: value for value, words in BODY_NUMBER_WORDS.items() for w in words}
_BODY_NUMBER_WORD = "|".join(
    re.escape(w) for w in sorted({*_BODY_NUMBER, *(f.casefold() for f in _NUMBER)}, key=len, reverse=True)
)
_BODY_NUM = rf"(?:\d{{1,4}}|{_BODY_NUMBER_WORD})"
_BODY_NOUN = rf"(?:{'|'.join(BODY_NOUNS)})"
_BODY_GAP = rf"(?:\s+{BODY_BETWEEN})?(?:\s+{BODY_BETWEEN})?"
# "eight bodies", "sept corps", "восемь тел"; "the bodies of four people", "les corps de huit personnes",
# "los cadáveres de los diez ocupantes"
_BODY_COUNT = re.compile(
    rf"(?<![\w'’-])(?P<before>{_BODY_NUM}){_BODY_GAP}\s+{_BODY_NOUN}(?![\w-])"
    rf"|(?<![\w'’-]){_BODY_NOUN}{_BODY_GAP}\s+(?P<after>{_BODY_NUM})(?![\w'’-])",
    re.I,
)
_BODY_FOUND = re.compile(rf"(?<!\w)(?:{'|'.join(BODY_FOUND)})(?!\w)", re.I)
SOURCE_CONTRAST_WORDS = re.compile("|".join(SOURCE_CONTRAST), re.I)


def bodies(text: str) -> list[tuple[int, int, int]]:
    """The counts of bodies found or recovered a claim gives, as (start, end, value) of each number: ``eight bodies
    have been found``, ``the bodies of four people were recovered``, ``les corps de huit personnes ont été
    retrouvés``, ``se han hallado los cadáveres de los diez ocupantes``; none where no word says they were found."""
    if _BODY_FOUND.search(text) is None:
        return []
    out = []
    for m in _BODY_COUNT.finditer(text):
        group = "before" if m.group("before") else "after"
        word = m.group(group)
        value = int(word) if word.isdigit() else _BODY_NUMBER.get(word.casefold()) or _NUMBER.get(word.casefold())
        if value:
            out.append((m.start(group), m.end(group), int(value)))
    return out
