"""Quotes in Russian and Ukrainian articles, read from the surface: no parser ships for either language here.

Wire copy in both languages attributes speech in a few fixed shapes:

- ``«...», — заявил Песков.``, ``«...», — сказал он журналистам, передает ТАСС.`` (the dash form);
- ``Песков заявил: «...»``, ``Как заявил министр, «...»``, ``Песков: «...»`` (before the marks);
- ``«Первая часть, — сказал он, — вторая часть»`` (the attribution inside the marks);
- reported speech: ``По словам Захаровой, ...``, ``Песков заявил, что ...``, ``..., сообщил губернатор.``,
  ``Как сообщил губернатор, ...`` (Ukrainian ``за словами``, ``заявив, що``).

The speaker is the person named in the attribution (natasha's mention, whose normal form undoes the case:
``Пескова`` is ``Песков``), else its pronoun or description, resolved by ``speakers.Resolver`` as in English;
``со ссылкой на X`` makes X the speaker. Outlets in the attribution (``передает ТАСС``, ``в интервью RT``,
``рассказал Интерфаксу``) relay it (``via``); an outlet that is the only name there is the speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..data import media
from ..data.speech import CUE_STEMS, GERUND_ENDINGS_RU, OUTLET_WORDS_RU, RELAY_STEMS
from ..model import Analysis, Mention, Quote, QuoteKind, Span
from .entities_ru import is_title_word
from .speakers import PRONOUNS, Resolver, _stem

_ENDING = re.compile(r"(?:[аеёиоуыюяіїє]{0,2}(?:л[аио]?|в|т|ют|ут|ят|ат)|[аеёиоуыюяіїє]{1,2})?(?:ся|сь)?")
_WORD = re.compile(r"\w+(?:[-.’'][\w]+)*")
_ACCORDING = re.compile(
    r"\b(?:по\s+(?:(?P<pron>его|её|ее|их)\s+)?(?:словам|мнению|данным|информации|оценке|"
    r"утверждению|версии)|за\s+(?:(?P<upron>його|її|їх)\s+)?(?:словами|даними|інформацією|"
    r"оцінкою|версією)|на\s+(?:(?P<dpron>його|її|їх)\s+)?думку)(?:\s+|(?=,))",
    re.I,
)
_REFERENCE = re.compile(r"\b(?:со\s+ссылкой\s+на|з\s+посиланням\s+на)\s+", re.I)
_THAT = re.compile(r"(?:,\s*|\s+)(?:о\s+том,\s*|про\s+те,\s*)?(?:что|що|якобы|нібито)\s+", re.I)
_DASH = "\u2014\u2013-"
# Words after the cue that say where or to whom, never who: "сказал он журналистам в интервью".
_NOT_SPEAKER = {
    "журналистам",
    "репортерам",
    "корреспонденту",
    "журналістам",
    "агентству",
    "изданию",
    "телеканалу",
    "в",
    "во",
    "на",
    "по",
    "с",
    "со",
    "для",
    "при",
    "у",
    "из",
    "о",
    "об",
    "и",
    "а",
    "но",
    "что",
    "що",
    "также",
    "також",
    "ранее",
    "раніше",
    "сначала",
    "спочатку",
    "затем",
    "потом",
    "потім",
    "вскоре",
    "з",
    "до",
    "после",
    "після",
    "этом",
    "цьому",
    "этим",
    "том",
    "тому",
    "об этом",
    "сегодня",
    "сьогодні",
    "вчера",
    "вчора",
    "накануне",
    "позже",
    "пізніше",
}
_SPEAKER_PREPS = {"в", "во", "из", "у", "з", "із", "от", "від"}  # "источник в силовых структурах"
_MAX_ATTRIBUTION = 220


class Marked(Protocol):
    """A quoted stretch as ``quotes.find_marked`` finds it (``quotes`` imports this module, so it is described here)."""

    @property
    def inner(self) -> Span: ...
    @property
    def open_at(self) -> int: ...
    @property
    def close_at(self) -> int: ...
    @property
    def parent(self) -> int | None: ...
    @property
    def continues(self) -> bool: ...
    @property
    def heading(self) -> bool: ...


@dataclass
class _Said:
    kind: QuoteKind
    span: Span
    cue: Span | None = None
    speaker: Span | None = None
    head: str | None = None
    via: list[Span] = field(default_factory=list)
    mark: tuple[int, int] | None = None  # (open, close) of a direct quote


def is_cue(word: str) -> bool:
    low = word.casefold()
    for stem in CUE_STEMS:
        if low.startswith(stem) and _ENDING.fullmatch(low[len(stem) :]) and len(low) > len(stem):
            return True
    return False


def _is_relay(word: str) -> bool:
    return is_cue(word) and word.casefold().startswith(RELAY_STEMS) and not word.casefold().endswith(("л", "ла", "ли"))


def _relayed_source(text: str, f: _Said, ref: Mention | None, mentions: Sequence[Mention]) -> Mention | None:
    """``Об этом сообщает ЦОС ФСБ, передает РИА Новости``: an outlet that only relays (``передает``) what a body or a
    person is said to report inside the clause is the relay; that body or person, after its own speech verb, speaks."""
    if ref is None or ref.type != "MEDIA" or f.cue is None or not _is_relay(text[f.cue.start : f.cue.end]):
        return None
    words = list(_CYR_WORD.finditer(text, f.span.start, f.span.end))
    cue_at = next((w.end() for w in words if is_cue(w.group())), None)
    if cue_at is None:
        return None
    inside = [
        m
        for m in mentions
        if cue_at <= m.span.start and m.span.end <= f.span.end and m.type in ("ORG", "PERSON", "GPE")
    ]
    return inside[0] if inside else None


_CYR_WORD = re.compile(r"[\w-]+")


def extract_quotes(text: str, analysis: Analysis, marked: Sequence[Marked]) -> Iterator[Quote]:
    """Every quote of a Russian or Ukrainian article, with speaker, cue and relaying outlet."""
    article = analysis.article.id
    mentions = [m for m in analysis.mentions if not _platform(m)]
    found = _direct(text, marked, mentions)
    found += _indirect(text, marked, mentions, found)
    found.sort(key=lambda f: (f.span.start, f.kind))
    inside = [(q.open_at, q.close_at) for q in marked if q.parent is None]
    # "..., — цитируется его в РИА Новости": "его" is the person named before the quote, not one inside it
    resolver = Resolver(tuple(mentions), quoted=lambda pos: any(a <= pos <= b for a, b in inside))
    previous: Quote | None = None
    previous_ref: Mention | None = None
    last_via: dict[str, list[Span]] = {}  # speaker's name -> the outlets that relayed their last quote
    for f in found:
        speaker_text = ref = None
        speaker_span = f.speaker
        relayed: list[Span] = []
        if speaker_span is not None:
            speaker_text = text[speaker_span.start : speaker_span.end]
            ref = resolver.resolve(speaker_text, speaker_span, head=f.head)
            if ref is None and f.head in _GOVERNMENT_HEADS_RU:
                ref = next(  # "Власти Саудовской Аравии заявили": the country speaks through its authorities
                    (m for m in mentions if m.type == "GPE" and speaker_span.start <= m.span.start < speaker_span.end),
                    None,
                )
            source = _relayed_source(text, f, ref, mentions)
            if source is not None and ref is not None:  # "Об этом сообщает ФСБ, передает РИА Новости"
                relayed = [ref.span]
                speaker_text, speaker_span, ref = source.text, source.span, source
        elif (
            f.kind == "direct"
            and f.cue is None
            and previous is not None
            and f.mark is not None
            and _near(text, previous.span.end, f.span.start)
        ):
            speaker_text, speaker_span, ref = previous.speaker_text, previous.speaker_span, previous_ref
            relayed = list(previous.via_refs)  # the statement goes on through the outlet that relayed its start
        elif (
            f.kind == "direct"
            and f.cue is not None
            and previous is not None
            and (_in_statement(text, f.cue) or _in_the_office(text, f.cue))
        ):
            # "«...», — говорится в сообщении", "— сообщили в ведомстве": the statement's words, of whoever the
            # article said issued it, relayed by the outlets that relayed that statement
            speaker_text, speaker_span, ref = previous.speaker_text, previous.speaker_span, previous_ref
            relayed = list(previous.via_refs)
        elif f.kind == "direct" and f.cue is not None and (_in_statement(text, f.cue) or _in_the_office(text, f.cue)):
            # "Об этом сообщила пресс-служба X. «...», — говорится в сообщении": the body the sentence before names
            issuer = _issuer_before(text, f.span.start, mentions)
            if issuer is None and _in_the_office(text, f.cue):
                issuer = _office_before(text, f.cue, mentions)
            if issuer is not None:
                speaker_span, speaker_text = issuer, text[issuer.start : issuer.end]
                ref = resolver.resolve(speaker_text, speaker_span)
        if not relayed and not f.via and ref is not None and f.kind != "scare":
            told = _interview_after(
                text, f.span.end, mentions
            )  # "X заявил, что ... . Об этом он рассказал в интервью Y"
            relayed = [told] if told is not None else list(last_via.get(_voice_key(ref), []))
        via = [v for v in dict.fromkeys([*relayed, *f.via]) if ref is None or v != ref.span]
        quote = Quote(
            article=article,
            span=f.span,
            text=text[f.span.start : f.span.end],
            kind=f.kind,
            speaker_text=speaker_text,
            speaker_span=speaker_span,
            speaker_ref=ref.span if ref is not None else None,
            cue=text[f.cue.start : f.cue.end] if f.cue is not None else None,
            cue_span=f.cue,
            via_refs=tuple(via),
        )
        if f.kind != "scare":
            resolver.note_speaker(f.span.start, ref)
            previous, previous_ref = quote, ref
            if ref is not None and via:
                last_via[_voice_key(ref)] = via
        yield quote


# the sentence after a statement that says where it was made: "Об этом он рассказал в интервью газете «Коммерсантъ»",
# "Об этом она заявила в эфире телеканала X", "Про це він сказав в інтерв'ю X"
_ABOUT_IT_IN = re.compile(
    r"[\s.»\"]*(?:(?:Об\s+этом|Про\s+це)\s+(?:\w+\s+){0,3}?(?:в|у)\s+(?:интервью|інтерв['’]ю|эфире|ефірі|беседе|"
    r"разговоре)\s+(?:\w+\s+){0,2}?[«\"]?"
    # "Его слова приводит The Times of Israel", "Її слова цитує X": the outlet that carried the words
    r"|(?:Его|Ее|Её|Их|Його|Її)\s+слова\s+(?:приводит|приводят|цитирует|цитируют|передает|передаёт|наводить|цитує)\s+)",
    re.IGNORECASE,
)
_ABOUT_IT_REACH = 300  # characters after a statement's end where that sentence may start


def _interview_after(text: str, end: int, mentions: Sequence[Mention]) -> Span | None:
    """The outlet the sentence right after a statement names as where it was made; None when there is none."""
    stop = text.find("\n\n", end)
    sentence_end = min(len(text), end + _ABOUT_IT_REACH, stop if stop >= 0 else len(text))
    start = text.find(".", end, sentence_end)
    if start < 0:
        return None
    found = _ABOUT_IT_IN.match(text, start + 1, sentence_end)
    if found is None:
        return None
    stop_at = text.find(".", found.end(), sentence_end)
    last = stop_at if stop_at >= 0 else sentence_end
    outlet = next((m for m in mentions if m.type == "MEDIA" and found.end() <= m.span.start < last), None)
    return outlet.span if outlet is not None else None


def _voice_key(ref: Mention) -> str:
    """Who spoke, for carrying an outlet on: a person by surname (``Петр Кольцов`` and ``Кольцов`` are one), else
    the name."""
    return ref.name.split()[-1] if ref.type == "PERSON" and ref.name.split() else ref.name


# "говорится в сообщении", "сказано в заявлении", "говорилось в том же заявлении": the words are a statement's, its
# issuer named earlier
_STATEMENT = re.compile(
    r"\s*(?:в\s+|у\s+)?(?:(?:том\s+же|той\s+же|тому\s+ж|\w+(?:ом|ем|ой|ій|ому))\s+)?(?:сообщении|заявлении|документе|"
    r"пресс-релизе|релизе|публикации|повідомленні|заяві|документі)\b",
    re.I,
)
_STATEMENT_CUES = (
    "говорится",
    "говорилось",
    "сказано",
    "отмечается",
    "отмечалось",
    "уточняется",
    "подчеркивается",
    "подчёркивается",
    "указывается",
    "сообщается",
    "йдеться",
    "ідеться",
    "йшлося",
    "зазначається",
)


def _in_statement(text: str, cue: Span) -> bool:
    return text[cue.start : cue.end].casefold() in _STATEMENT_CUES and bool(_STATEMENT.match(text, cue.end))


# "— сообщили в ведомстве", "отметили в военном ведомстве", "— информирует ведомство": said in (or by) the office the
# article named before
_IN_THE_OFFICE = re.compile(
    r"\s*(?:(?:в|у)\s+(?:\w+\s+)?(?:ведомстве|министерстве|пресс-службе|відомстві|міністерстві|прес-службі)"
    # "— информирует ведомство.": the office itself, named by its kind, as the subject after the verb
    r"|(?:ведомство|министерство|пресс-служба|відомство|міністерство|прес-служба)(?=\s*[.,;!?\n]|\s*$))\b",
    re.I,
)


def _in_the_office(text: str, cue: Span) -> bool:
    return bool(_IN_THE_OFFICE.match(text, cue.end))


_MINISTRY_WORDS = ("министерств", "міністерств")
# how a ministry's name opens, written out or shortened ("Министерство обороны", "Минобороны", "МИД", "Міноборони")
_MINISTRY_NAMES = ("министерств", "міністерств", "мин", "мін", "мид", "мзс")
_OFFICE_REACH = 1500  # characters back the body a "— заявили в министерстве" stands for may be named


def _office_before(text: str, cue: Span, mentions: list[Mention]) -> Span | None:
    """``Министерство обороны России сообщило ... . «...», — заявили в министерстве``: with no speaker in the sentence
    before, the office is the last body of its kind the article named (a ministry for ``министерстве``, any body for
    ``ведомстве``, ``пресс-службе``); None when it named none."""
    office = _IN_THE_OFFICE.match(text, cue.end)
    ministry = office is not None and any(w in office.group().casefold() for w in _MINISTRY_WORDS)
    bodies = [
        m
        for m in mentions
        if m.type == "ORG"
        and cue.start - _OFFICE_REACH <= m.span.start
        and m.span.end <= cue.start
        and (not ministry or m.text.casefold().startswith(_MINISTRY_NAMES))
    ]
    return bodies[-1].span if bodies else None


_ISSUER_REACH = 400  # characters back the sentence naming a statement's issuer may start


def _issuer_before(text: str, pos: int, mentions: list[Mention]) -> Span | None:
    """The speaker of the attribution in the sentence right before ``pos`` (``Об этом сообщила пресс-служба X.``),
    when that sentence has a speech verb and names who spoke; None otherwise."""
    before = [(a, b) for a, b in _sentences(text[:pos]) if _WORD.search(text, a, b) and pos - a <= _ISSUER_REACH]
    if not before:
        return None
    a, b = before[-1]
    found = _attribution(text, a, b, mentions)
    return found.speaker if found is not None else None


def _platform(m: Mention) -> bool:
    return m.name.split("-")[0] in media.PLATFORMS


_LINE_BREAKS = re.compile(r"\n+")


def _near(text: str, a: int, b: int) -> bool:
    return b >= a and len(_LINE_BREAKS.findall(text[a:b])) <= 1 and b - a < 1500


# ---------------------------------------------------------------- direct quotes


@dataclass(frozen=True)
class _Widened:
    """A quote whose straight mark was taken for its end, widened to its real end (``_widened``)."""

    inner: Span
    open_at: int
    close_at: int
    parent: int | None = None
    continues: bool = False
    heading: bool = False


# a straight mark that closes a quote and hands it to its attribution: '", — говорится', '", – сказал он'
_CLOSING_BEFORE_DASH = re.compile(r'"[,.!?…]*\s*[' + _DASH + r"]\s*\w")


def _widened(text: str, q: Marked) -> Marked:
    """``"... в "Крокус Сити Холле". После ... стороне", – говорится в сообщении``: with straight marks at both
    levels, the mark before a name that runs on into a word (``"Крокус``) opens a name inside the quote rather than
    closing it; the quote ends at the mark in its paragraph that its attribution follows."""
    if text[q.close_at : q.close_at + 1] != '"' or not text[q.close_at + 1 : q.close_at + 2].isupper():
        return q
    end = text.find("\n", q.close_at)
    end = len(text) if end == -1 else end
    m = _CLOSING_BEFORE_DASH.search(text, q.close_at + 1, end)
    if m is None:
        return q
    return _Widened(Span(q.inner.start, m.start()), q.open_at, m.start())


def _direct(text: str, marked: Sequence[Marked], mentions: list[Mention]) -> list[_Said]:
    out: list[_Said] = []
    for q in marked:
        if q.parent is not None:
            continue  # a term quoted inside a quote
        q = _widened(text, q)
        inner = text[q.inner.start : q.inner.end]
        if q.heading or _outlet_name(q, mentions):
            out.append(_Said("scare", q.inner))
            continue
        split = _inside_attribution(text, q.inner, mentions)
        if split is not None:
            out.extend(split)
            continue
        said = _after(text, q, mentions) or _before(text, q, mentions)
        words = len(inner.split())
        if said is None:
            kind: QuoteKind = "direct" if words >= 5 or q.continues or inner.rstrip()[-1:] in ".!?…" else "scare"
            out.append(_Said(kind, q.inner, mark=(q.open_at, q.close_at)))
            continue
        if words <= 3 and inner[:1].isupper() and not said.cue_strong:
            out.append(_Said("scare", q.inner))  # «Азов», «Северный поток»: a quoted name near a speech verb
            continue
        out.append(
            _Said(
                "direct",
                q.inner,
                cue=said.cue,
                speaker=said.speaker,
                head=said.head,
                via=said.via,
                mark=(q.open_at, q.close_at),
            )
        )
    return out


def _outlet_name(q: Marked, mentions: list[Mention]) -> bool:
    return any(
        m.type == "MEDIA"
        and q.inner.start <= m.span.start
        and m.span.end <= q.inner.end + 1
        and m.span.end - m.span.start >= (q.inner.end - q.inner.start) - 3
        for m in mentions
    )


@dataclass
class _Attribution:
    cue: Span | None
    speaker: Span | None
    head: str | None
    via: list[Span]
    cue_strong: bool = True  # a dash, a colon or the whole sentence: speech, whatever its length


_DASH_AFTER_QUOTE = re.compile(r"[,.!?…]*\s*[" + _DASH + r"]\s*")  # «...», — заявил


def _after(text: str, q: Marked, mentions: list[Mention]) -> _Attribution | None:
    """``«...», — заявил Песков журналистам, передает ТАСС.``"""
    rest = text[q.close_at + 1 : q.close_at + 1 + _MAX_ATTRIBUTION]
    dash = _DASH_AFTER_QUOTE.match(rest)
    if dash is None:
        return None
    start = q.close_at + 1 + dash.end()
    end = _clause_end(text, start)
    if end <= start:
        return None
    found = _attribution(text, start, end, mentions)
    if found is None:  # "«...», — Песков." / "— Жорже Фалькон"
        named = [m for m in mentions if start <= m.span.start < end and m.type == "PERSON"]
        if not named:
            return None
        dash_at = Span(q.close_at + 1 + dash.start(), q.close_at + 1 + dash.end())
        found = _Attribution(dash_at, named[0].span, None, [])
    return found


_COLON_BEFORE = re.compile(r":\s*$")
_COLON_OR_COMMA_BEFORE = re.compile(r"[:,]\s*$")


def _before(text: str, q: Marked, mentions: list[Mention]) -> _Attribution | None:
    """``Песков заявил: «...»``, ``Как заявил министр, «...»``, ``назвал это «провокацией»``, ``Песков: «...»``."""
    start = _clause_start(text, q.open_at)
    if q.open_at - start < 2:
        return None
    found = None
    that = [t for t in _THAT.finditer(text, start, q.open_at) if t.start() > start]
    if that:
        # "X заявило, что удар по рынку в городе Y был «...»": the speaker is in the clause before "что", not among
        # the places and people of what it reports
        found = _attribution(text, start, that[0].start(), mentions, before_quote=True)
    found = found or _attribution(text, start, q.open_at, mentions, before_quote=True)
    tail_end = _clause_end(text, q.close_at + 1)
    if found is not None:
        found.via += _outlets(text, q.close_at + 1, tail_end, mentions, exclude=found.speaker)
        found.cue_strong = bool(_COLON_OR_COMMA_BEFORE.search(text[start : q.open_at]))
        return found
    colon = _COLON_BEFORE.search(text[start : q.open_at])
    if colon:
        named = [
            m for m in mentions if start <= m.span.start and m.span.end <= q.open_at and m.type in ("PERSON", "ORG")
        ]
        if named:
            at = start + colon.start()
            return _Attribution(Span(at, at + 1), named[-1].span, None, [])
    return None


_ATTRIBUTION_BETWEEN_DASHES = re.compile(
    r"[,.!?…]\s*[\u2014\u2013]\s*([^\u2014\u2013«»\n]{3,120}?)[,.]\s*[\u2014\u2013]\s*"
)


def _inside_attribution(text: str, inner: Span, mentions: list[Mention]) -> list[_Said] | None:
    """``«Мы готовы, — сказал Песков, — но не сейчас»``: the attribution splits the quote inside its marks."""
    body = text[inner.start : inner.end]
    m = _ATTRIBUTION_BETWEEN_DASHES.search(body)
    if m is None:
        return None
    a, b = inner.start + m.start(1), inner.start + m.end(1)
    found = _attribution(text, a, b, mentions)
    if found is None:
        return None
    first = Span(inner.start, inner.start + m.start())
    second = Span(inner.start + m.end(), inner.end)
    return [
        _Said(
            "direct",
            span,
            cue=found.cue,
            speaker=found.speaker,
            head=found.head,
            via=found.via,
            mark=(inner.start - 1, inner.end),
        )
        for span in (first, second)
        if span.end - span.start > 1
    ]


def _clause_start(text: str, pos: int) -> int:
    """Where the sentence (or the stretch after the last closing mark) that ends at ``pos`` starts."""
    k = pos - 1
    while k >= 0 and pos - k < _MAX_ATTRIBUTION:
        ch = text[k]
        if ch in "»“":
            opener = max(text.rfind("«", 0, k), text.rfind("„", 0, k))
            name = _QUOTED_NAME.match(text, opener) if opener >= 0 else None
            if name is not None and name.end() == k + 1:
                k = opener - 1  # "Представители компании «Энергоатом» заявили": a name in marks is no quote's end
                continue
        if ch == "\n" or ch in '»“”"' or ch in ".!?" and (k + 1 >= len(text) or text[k + 1].isspace()):
            return k + 1
        k -= 1
    return k + 1


def _clause_end(text: str, pos: int) -> int:
    """Where the sentence that goes on at ``pos`` ends (a full stop, a new line or an opening mark)."""
    k = pos
    while k < len(text) and k - pos < _MAX_ATTRIBUTION:
        ch = text[k]
        if ch in "«„" and (name := _QUOTED_NAME.match(text, k)) is not None:
            k = name.end()  # "— сказал Песков «РИА Новости»": an outlet's name in marks goes on with the clause
            continue
        if (
            ch == "\n"
            or ch in "«„"
            or ch in ".!?"
            and (k + 1 >= len(text) or text[k + 1].isspace())
            and not _abbreviation_dot(text, k)
        ):
            return k
        k += 1
    return k


_LAST_WORD = re.compile(r"(\w+)$")
# a name in marks inside a sentence: one to three capitalised words ("«РИА Новости»", "«Известиям»")
_QUOTED_NAME = re.compile(r"[«„](?:[A-ZА-ЯЁІЇЄ][\w.-]*)(?:\s+[A-ZА-ЯЁІЇЄ][\w.-]*){0,2}[»“](?=[\s,.;:)—–-])")


def _abbreviation_dot(text: str, k: int) -> bool:
    """``Лента.ру``-like names never reach here; ``т. е.``, ``г.`` and initials (``В. Путин``) do not end a clause."""
    word = _LAST_WORD.search(text[max(0, k - 4) : k])
    w = word.group(1) if word is not None else ""
    return len(w) == 1 and w.isupper() or w in ("г", "т", "им")


# ---------------------------------------------------------------- who said it


def _attribution(
    text: str, start: int, end: int, mentions: list[Mention], before_quote: bool = False
) -> _Attribution | None:
    """The cue, speaker and relaying outlets of an attribution clause ``text[start:end]``, or None without a cue."""
    words = list(_WORD.finditer(text, start, end))
    cues = [w for w in words if is_cue(w.group())]
    if not cues:
        return None
    relays = [w for w in cues if _is_relay(w.group())]
    speech = [w for w in cues if w not in relays]
    finite = [w for w in speech if not _gerund(w)]
    if finite and finite[0] is not speech[0]:
        speech = finite  # "Комментируя итоги, он сказал": the verb of saying is the finite one
    cue = speech[0] if speech else cues[-1] if before_quote else cues[0]
    if words and _gerund(words[0]) and not _gerund(cue):
        # "Комментируя итоги выборов в Грузии, он сказал, что «...»", "Отвечая на вопрос о словах Петрова, он
        # заявил": the adverbial participle's clause tells what the subject spoke of; its subject (one or two
        # words between the clause's comma and the verb) is who spoke
        comma = text.rfind(",", words[0].end(), cue.start())
        if comma >= 0 and 1 <= len(_WORD.findall(text, comma + 1, cue.start())) <= 2:
            start = comma + 1
            words = [w for w in words if w.start() >= start]
    inside = [m for m in mentions if start <= m.span.start and m.span.end <= end]
    reference = _REFERENCE.search(text, start, end)
    speaker: Span | None = None
    head: str | None = None
    if reference is not None:  # "со ссылкой на источник": the source speaks, the outlet relays
        speaker, head = _phrase_at(text, reference.end(), end, mentions)
    if speaker is None:
        speaker, head = _speaker_near(text, cue, words, inside, mentions, start, end, relays)
    if speaker is not None:
        speaker = _before_outlet(text, speaker, mentions)
    via = _outlets(text, start, end, mentions, exclude=speaker)
    return _Attribution(Span(cue.start(), cue.end()), speaker, head, via)


def _gerund(word: re.Match[str]) -> bool:
    """Whether a word is a Russian or Ukrainian adverbial participle: ``комментируя``, ``відповідаючи``."""
    return word.group().casefold().endswith(GERUND_ENDINGS_RU)


def _before_outlet(text: str, speaker: Span, mentions: list[Mention]) -> Span:
    """``губернатора агентство Mehr`` -> ``губернатора``: an outlet after the speaker's words relays them."""
    inside = [m for m in mentions if m.type == "MEDIA" and speaker.start < m.span.start < speaker.end]
    if not inside:
        return speaker
    cut = _OUTLET_WORD_BEFORE.sub("", text[speaker.start : inside[0].span.start]).rstrip(" ,\u00a0")
    return Span(speaker.start, speaker.start + len(cut)) if cut else speaker


_OUTLET_WORD_BEFORE = re.compile(r"\s*(?:" + "|".join(OUTLET_WORDS_RU) + r")\s*$", re.IGNORECASE)


def _speaker_near(
    text: str,
    cue: re.Match[str],
    words: list[re.Match[str]],
    inside: list[Mention],
    mentions: list[Mention],
    start: int,
    end: int,
    relays: list[re.Match[str]],
) -> tuple[Span | None, str | None]:
    relay_at = [r.start() for r in relays]
    people = [m for m in inside if m.type == "PERSON"]
    if len(people) == 1 and cue.group().casefold().endswith(_PLURAL_ENDINGS):
        # "Власти ... отрицали убийство Хашогджи, а после заявили": a plural verb's subject is no one person
        people = []
    if people:  # the name nearest the cue: "— заявил Песков", "Песков заявил", "цитирует ТАСС Пескова"
        best = min(people, key=lambda m: abs(m.span.start - cue.start()))
        return best.span, None
    k = next(i for i, w in enumerate(words) if w.start() == cue.start())
    for w in words[k + 1 : k + 3] + words[max(0, k - 2) : k][::-1]:  # "сказал он", "он добавил"
        if w.group().casefold() in PRONOUNS:
            return Span(w.start(), w.end()), w.group().casefold()
    # a description: "— сказал пресс-секретарь президента", "источник в силовых структурах сообщил"
    for w in words[k + 1 :] + words[:k][::-1]:
        low = w.group().casefold()
        if is_title_word(low) or _stem(low) in _SOURCE_HEADS:
            return _phrase_at(text, w.start(), end, mentions)
    orgs = [
        m
        for m in inside
        if m.type in ("ORG", "GPE")
        or m.type == "MEDIA"
        and not any(m.span.start > r for r in relay_at)
        and not _told(text, start, m)
    ]
    # "В Минобороны России заявили": the body, not the country named inside its name
    orgs = [m for m in orgs if not any(_holds(o, m) for o in orgs)]
    if orgs:  # "— говорится в заявлении МИД", "заявили в Кремле"
        best = min(orgs, key=lambda m: abs(m.span.start - cue.start()))
        return best.span, None
    outlets = [m for m in inside if m.type == "MEDIA"]
    if outlets:  # "«...», — сообщает ТАСС": the outlet is the only source named
        return outlets[0].span, None
    return None, None


_GOVERNMENT_HEADS_RU = frozenset({"власт", "влад", "правительств", "уряд"})  # "власти", "правительство", "влада"
_PLURAL_ENDINGS = ("ли", "ют", "ят", "ут")  # "заявили", "сообщают", "говорят", "пишут": a verb of several speakers


def _holds(outer: Mention, inner: Mention) -> bool:
    """Whether ``outer`` is a longer mention that holds ``inner`` (``Минобороны России`` holds ``России``)."""
    o, i = outer.span, inner.span
    return o.start <= i.start and i.end <= o.end and (o.start, o.end) != (i.start, i.end)


_SOURCE_HEADS = {
    "источник",
    "собеседник",
    "очевидец",
    "очевидц",
    "свидетел",
    "жител",
    "джерел",
    "співрозмовник",
    "мешканц",
    "пресс-служб",
    "прес-служб",
    "власт",  # "Власти Саудовской Аравии ... заявили": the authorities of a place
    "влад",
}


_INTERVIEW_BEFORE = re.compile(
    r"(?:интервью|беседе|эфире|разговоре|розмові|ефірі|комментарии|коментарі|"
    r"агентству|изданию|телеканалу|газете|с|з|для)\s*[«\"“]?$"
)
# "рассказал ТАСС"; not a noun of agents in -тели ("представители", "жители"), which only looks like a past verb
_PAST_VERB_BEFORE = re.compile(r"\b\w+(?:л|ла|(?<!те)ли|в)\s*$")


def _told(text: str, start: int, m: Mention) -> bool:
    """``рассказал ТАСС``, ``в интервью RT``: the outlet heard it, it did not say it."""
    before = text[max(start, m.span.start - 30) : m.span.start].casefold()
    return bool(_INTERVIEW_BEFORE.search(before)) or bool(_PAST_VERB_BEFORE.search(before))


_ADJECTIVE_FORM = re.compile(r"\w+(?:ый|ий|ой|ая|ое|ые|ие|ий|а)")


def _phrase_at(text: str, start: int, end: int, mentions: list[Mention]) -> tuple[Span | None, str | None]:
    """The speaker phrase that starts at ``start``: a name, or a description up to where the attribution
    turns to place or addressee (``пресс-секретарь президента`` | ``журналистам``)."""
    for m in mentions:
        if m.span.start == start or (start <= m.span.start < start + 2):
            return m.span, None
    words = list(_WORD.finditer(text, start, end))
    if not words:
        return None, None
    head = _stem(words[0].group().casefold())
    source = head in _SOURCE_HEADS or head in ("источник", "джерел")
    last = words[0]
    k = 1
    # adjectives before the head word: "официальный представитель", "высокопоставленный источник"
    while (
        k < len(words)
        and not is_title_word(words[k - 1].group())
        and _stem(words[k - 1].group().casefold()) not in _SOURCE_HEADS
        and _ADJECTIVE_FORM.fullmatch(words[k - 1].group().casefold())
    ):
        head = _stem(words[k].group().casefold())
        last = words[k]
        k += 1
    source = source or head in _SOURCE_HEADS
    taken = 0
    while k < len(words) and taken < 5:
        w = words[k]
        low = w.group().casefold()
        gap = text[last.end() : w.start()]
        if any(c in gap for c in ",.;:!?—–«»()\n"):
            break
        if (
            is_cue(low)
            or _verb_or_adverb(w.group())  # "Власти ... первоначально отрицали": the phrase ends before the predicate
            or low in ("журналистам", "репортерам", "журналістам")
            or (low in _NOT_SPEAKER and not (source and low in _SPEAKER_PREPS))
            or _told(text, start, _at(w))
        ):
            break
        last = w
        taken += 1
        k += 1
    end_at = last.end()
    for m in mentions:  # a name the phrase cuts ("пресс-служба Армии обороны Израиля (ЦАХАЛ)") is taken whole
        if words[0].start() <= m.span.start < end_at < m.span.end <= end:
            end_at = m.span.end
        elif end_at < m.span.start <= end and _NAME_IN_MARKS_GAP.fullmatch(text, end_at, m.span.start):
            end_at = m.span.end  # "представители компании «Энергоатом»": the body's name in marks ends the phrase
    return Span(words[0].start(), end_at), head


_NAME_IN_MARKS_GAP = re.compile(r"\s*[«„]")
_ADVERB_ENDINGS = ("ально", "тельно", "енно", "ично", "ильно", "атно")  # "первоначально", "официально", "неоднократно"


def _verb_or_adverb(word: str) -> bool:
    """A lower-case past verb of several speakers or an adverb: no word of a speaker phrase (a capitalised one, such
    as "Сомали", is a name)."""
    if not word.islower():
        return False
    return word.endswith(("ли", "лись")) and len(word) > 4 or len(word) > 6 and word.endswith(_ADVERB_ENDINGS)


def _at(w: re.Match[str]) -> Mention:
    return Mention(span=Span(w.start(), w.end()), text=w.group(), type="ORG", name=w.group())


def _outlets(text: str, start: int, end: int, mentions: list[Mention], exclude: Span | None) -> list[Span]:
    return [
        m.span
        for m in mentions
        if m.type == "MEDIA" and start <= m.span.start and m.span.end <= end and (exclude is None or m.span != exclude)
    ]


# ---------------------------------------------------------------- reported speech


def _indirect(
    text: str,
    marked: Sequence[Marked],
    mentions: list[Mention],
    direct: list[_Said],
) -> list[_Said]:
    """``По словам X, ...``, ``X заявил, что ...``, ``..., сообщил X.``, ``Как сообщил X, ...``."""
    out: list[_Said] = []
    last: tuple[int, int] | None = None  # the sentence before, in the same paragraph or the one before
    for s_start, s_end in _sentences(text):
        sentence = text[s_start:s_end]
        before, last = last, (s_start, s_end)
        if len(sentence.split()) < 3:
            continue
        this = _about_this(text, s_start, s_end, mentions, before)
        if (
            this is not None  # "Об этом сообщает X": the sentence before is X's account
            and this.span.end - this.span.start >= 8
            and not any(o.span.end > this.span.start for o in out)
            and not _mostly_quoted(this, marked)
        ):
            out.append(this)
        said = (
            _according(text, s_start, s_end, mentions)
            or _that(text, s_start, s_end, mentions)
            or _as_said(text, s_start, s_end, mentions)
            or _said_after(text, s_start, s_end, mentions)
        )
        if said is None or said.span.end - said.span.start < 8:
            continue
        if _mostly_quoted(said, marked):
            continue  # mostly a direct quote, already found
        out.append(said)
    return out


def _mostly_quoted(said: _Said, marked: Sequence[Marked]) -> bool:
    quoted = sum(
        min(q.close_at, said.span.end) - max(q.open_at, said.span.start)
        for q in marked
        if q.open_at < said.span.end and said.span.start < q.close_at
    )
    return quoted >= 0.5 * (said.span.end - said.span.start)


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentences outside quotation marks: a full stop inside «...» does not end the sentence around it."""
    start = 0
    depth = 0
    for k, ch in enumerate(text):
        if ch in "«„":
            depth += 1
        elif ch in "»“" and depth:
            depth -= 1
        elif ch == "\n" or (
            ch in ".!?"
            and depth == 0
            and (k + 1 >= len(text) or text[k + 1].isspace())
            and not _abbreviation_dot(text, k)
        ):
            if ch == "\n":
                depth = 0
            yield _strip(text, start, k)
            start = k + 1
    yield _strip(text, start, len(text))


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".!?"):
        b -= 1
    return a, b


_SAID_CLAUSE_AT_END = re.compile(r",?\s*[\u2014\u2013]?\s*(\w+)\s+[^,\u2014\u2013]{2,60}$")


def _content(text: str, a: int, b: int, mentions: list[Mention]) -> tuple[Span, list[Span]]:
    """The reported content ``text[a:b]``, less a relaying tail (``, — передает ТАСС``), which becomes ``via``."""
    tail = _SAID_CLAUSE_AT_END.search(text[a:b])
    via: list[Span] = []
    if tail and _is_relay(tail.group(1)):
        via = _outlets(text, a + tail.start(), b, mentions, None)
        if via:
            b = a + tail.start()
    while b > a and text[b - 1] in " ,;—–":
        b -= 1
    while a < b and text[a] in " ,;—–":
        a += 1
    return Span(a, b), via


def _according(text: str, s_start: int, s_end: int, mentions: list[Mention]) -> _Said | None:
    """``По словам Захаровой, Москва ответит``; ``Москва ответит, по словам Захаровой``."""
    m = _ACCORDING.search(text, s_start, s_end)
    if m is None:
        return None
    comma = text.find(",", m.end(), s_end)
    phrase_end = comma if comma != -1 else s_end
    pronoun = next((g for g in ("pron", "upron", "dpron") if m.group(g)), None)
    speaker: Span | None
    head: str | None
    if pronoun:  # "По его словам, ...": the speaker is whoever "его" points back to
        speaker, head = Span(m.start(pronoun), m.end(pronoun)), None
    else:
        speaker, head = _phrase_at(text, m.end(), phrase_end, mentions)
    if m.start() - s_start < 3:
        if comma == -1:
            return None
        span, via = _content(text, comma + 1, s_end, mentions)
    else:
        span, via = _content(text, s_start, m.start(), mentions)
    if speaker is not None:
        via += _outlets(text, speaker.start, speaker.end, mentions, None)
    cue = Span(m.start(), m.end() - 1 if text[m.end() - 1].isspace() else m.end())
    cue = Span(cue.start, cue.start + len(text[cue.start : cue.end].rstrip()))
    return _Said("indirect", span, cue=cue, speaker=speaker, head=head, via=via)


def _that(text: str, s_start: int, s_end: int, mentions: list[Mention]) -> _Said | None:
    """``Песков заявил журналистам, что ...``; Ukrainian ``заявив, що``."""
    for m in _THAT.finditer(text, s_start, s_end):
        before = text[s_start : m.start()]
        if "«" in before or "»" in before:
            return None
        if _RELATIVE_BEFORE.search(before):
            continue  # "удар, который якобы нанесли ...": "якобы" inside a relative clause, no reported content
        found = _attribution(text, s_start, m.start(), mentions, before_quote=True)
        if found is None:
            continue
        span, via = _content(text, m.end(), s_end, mentions)
        return _Said("indirect", span, cue=found.cue, speaker=found.speaker, head=found.head, via=found.via + via)
    return None


# a relative pronoun right before "якобы"/"нібито": the adverb of a relative clause ("который якобы нанесли")
_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:котор|як)(?:ый|ая|ое|ые|ого|ой|ую|ым|ых|ий|а|е|і|ої|у|им|их)\s*\Z", re.I)


_AS_WORD = re.compile(r"(?:как|як)\s+", re.I)


def _as_said(text: str, s_start: int, s_end: int, mentions: list[Mention]) -> _Said | None:
    """``Как сообщил губернатор, ...``; Ukrainian ``Як повідомив мер, ...``."""
    m = _AS_WORD.match(text[s_start:s_end])
    if m is None:
        return None
    comma = text.find(",", s_start, s_end)
    if comma == -1:
        return None
    found = _attribution(text, s_start + m.end(), comma, mentions, before_quote=True)
    if found is None:
        return None
    span, via = _content(text, comma + 1, s_end, mentions)
    return _Said("indirect", span, cue=found.cue, speaker=found.speaker, head=found.head, via=found.via + via)


_ABOUT_THIS = re.compile(r"(?:об\s+этом|о\s+том|про\s+це)\s+(?=\w)", re.I)


def _about_this(
    text: str, s_start: int, s_end: int, mentions: list[Mention], before: tuple[int, int] | None
) -> _Said | None:
    """``... . Об этом сообщает центр ФСБ, передает РИА Новости.``: the sentence before is the speaker's account,
    relayed by the outlets named (Ukrainian ``Про це повідомляє ...``)."""
    m = _ABOUT_THIS.match(text, s_start, s_end)
    if m is None or before is None:
        return None
    words = list(_WORD.finditer(text, m.end(), s_end))
    if not words or not is_cue(words[0].group()):
        return None
    found = _attribution(text, m.end(), s_end, mentions)
    if found is None or found.speaker is None or text.count("\n", before[1], s_start) > 2:
        return None
    span = Span(*before)
    return _Said("indirect", span, cue=found.cue, speaker=found.speaker, head=found.head, via=found.via)


_COMMA_DASH = re.compile(r",\s*[\u2014\u2013]?\s*(?=\w)")


def _said_after(text: str, s_start: int, s_end: int, mentions: list[Mention]) -> _Said | None:
    """``Пострадавших нет, — сообщил губернатор, передает ТАСС.``: the content first, then the attribution after a
    comma, starting with its verb."""
    for m in _COMMA_DASH.finditer(text[s_start:s_end]):
        if m.start() < 8:
            continue
        a = s_start + m.end()
        words = list(_WORD.finditer(text, a, min(s_end, a + 40)))
        if not words or not is_cue(words[0].group()):
            continue
        if "«" in text[a:s_end] or "»" in text[a:s_end]:
            return None
        found = _attribution(text, a, s_end, mentions)
        if found is None or found.speaker is None:
            return None
        span = Span(s_start, s_start + m.start())
        if any(c in text[span.start : span.end] for c in '«»„“”"'):
            return None  # "«...», — сказала она": a direct quote, already found
        return _Said("indirect", span, cue=found.cue, speaker=found.speaker, head=found.head, via=found.via)
    return None
