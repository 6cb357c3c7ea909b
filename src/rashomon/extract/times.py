"""Time expressions resolved to days, each with what it was resolved against.

What an expression means depends on its anchor:

- ``January 24`` has no year: it takes the year that puts it nearest before the
  publication date (``dates.nearest_year``), or the year its sentence states;
- ``yesterday``, ``tomorrow``, ``on Tuesday`` are relative to when the speaker
  speaks: the publication date in the outlet's own voice, but inside a quote
  the day the quoted person spoke, which is the last day the text named before
  the quote (``France rejected the request on January 24 ... "a meeting only
  tomorrow"`` is January 25);
- ``the next day``, ``two days later`` are relative to the day the text has just
  been talking about, never to the publication date.

When the anchor is unknown the value is None: a guess is never dressed as a day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..dates import Expression, find_clocks, find_expressions, nearest_year, safe_date
from ..model import Analysis, Span, TimeRef
from .nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

_CONTEXT_PARAGRAPHS = 3  # how far back the day a narrative is about may have been named ...
_CONTEXT_CHARS = 1500  # ... or how many characters back, whichever reaches further (short paragraphs)
_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|to be held|is due|are due|scheduled|plans? to|planned|is to|are to|"
    r"expected to|next)\b[^.!?]{0,40}$",
    re.I,
)
_DAY_FIRST_LANGUAGES = {"ru", "uk", "de", "fr", "es", "it", "pl", "pt", "nl", "tr", "cs", "ro", "bg", "sr", "hr"}
_EXPECT = {"expect", "forecast", "plan", "schedule", "intend", "hope", "aim", "predict"}
# A year in the sentence sets its time frame, except in a clause opened by "since" or "until", which bounds a
# span of time instead ("since he took office in 2017, ... on June 27" is not June 27, 2017).
_YEAR_IN_SENTENCE = re.compile(r"\b((?:19|20)\d\d)\b")
_SPAN_BOUND = re.compile(r"\b(?:since|until|till)\b[^,;:.()\u2014]{0,50}$", re.I)
_CLOCK_DIGITS = re.compile(r"\b\d{4}\s*(?:GMT|UTC|Z\b|hours|hrs|local time|[A-Z]{2,4}T\b)")
_DATES = ("iso", "month_day", "day_month", "numeric")
_NAMES_THE_DAY = re.compile(r",?\s{1,3}(?:the\s+)?")
_OPEN_QUOTES = "\u201c\u00ab\u201e"
_CLOSE_QUOTES = "\u201d\u00bb"


_LINE_BREAKS = re.compile(r"\n+")


class _Context:
    """What the text has said so far: the days it named (for anaphora and quote deixis) and where paragraphs start."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs = [0] + [m.end() for m in _LINE_BREAKS.finditer(text)]
        self.days: list[tuple[int, dt.date]] = []

    def paragraph_start(self, pos: int, back: int = 0) -> int:
        i = bisect.bisect_right(self.paragraphs, pos) - 1
        return self.paragraphs[max(0, i - back)]

    def last_day(self, pos: int, not_after: dt.date | None = None) -> dt.date | None:
        """The last day named before ``pos`` in this or the previous few paragraphs."""
        window = min(self.paragraph_start(pos, _CONTEXT_PARAGRAPHS - 1), max(0, pos - _CONTEXT_CHARS))
        for at, day in reversed(self.days):
            if at >= pos:
                continue
            if at < window:
                return None
            if not_after is None or day <= not_after:
                return day
        return None

    def in_quote(self, pos: int) -> bool:
        """Is ``pos`` inside quotation marks (counted within its paragraph)?"""
        before = self.text[self.paragraph_start(pos) : pos]
        opened = sum(before.count(c) for c in _OPEN_QUOTES) - sum(before.count(c) for c in _CLOSE_QUOTES)
        return opened > 0 or before.count('"') % 2 == 1


def extract_times(doc: Doc, analysis: Analysis) -> Iterator[TimeRef]:
    text = text_of(doc)
    article = analysis.article
    published = dt.date.fromisoformat(article.published) if article.published else None
    ctx = _Context(text)
    expressions = find_expressions(text)
    day_first = _numeric_convention(expressions, article.language)
    refs: list[TimeRef] = []
    for e in expressions:
        value, grain, anchor = _resolve(e, text, ctx, published, day_first, doc)
        if grain == "day" and value and (e.kind in _DATES or e.kind == "weekday"):
            # a weekday resolved to its date is a day the text talks about: "that day" after it is that date
            ctx.days.append((e.start, dt.date.fromisoformat(value)))
        refs.append(
            TimeRef(
                article=article.id,
                span=Span(e.start, e.end),
                text=text[e.start : e.end],
                value=value,
                grain=grain,
                anchor=anchor,
            )
        )
    for k in range(len(refs) - 1):
        e, nxt = expressions[k], expressions[k + 1]
        if (
            e.kind == "weekday"
            and nxt.kind in _DATES
            and refs[k + 1].grain == "day"
            and _NAMES_THE_DAY.fullmatch(text[e.end : nxt.start])
        ):
            r = refs[k]  # "Monday, March 4": the weekday is that date, whatever the publication date
            refs[k] = TimeRef(
                article=r.article,
                span=r.span,
                text=r.text,
                value=refs[k + 1].value,
                grain="day",
                anchor="the date beside it",
            )
    yield from _with_clocks(text, refs, analysis)


def _resolve(
    e: Expression, text: str, ctx: _Context, published: dt.date | None, day_first: bool | None, doc: Doc
) -> tuple[str | None, str | None, str | None]:
    """(value, grain, anchor) of one expression."""
    pub = f"published {published.isoformat()}" if published else None
    if e.kind in ("iso", "month_day", "day_month"):
        if e.year is not None:
            day = safe_date(e.year, e.month, e.day)
            return (day.isoformat(), "day", None) if day else (None, None, None)
        year, anchor = _year_for(e, text, ctx, published)
        if year is None:
            return None, None, None
        day = safe_date(year, e.month, e.day)
        return (day.isoformat(), "day", anchor) if day else (None, None, anchor)
    if e.kind == "numeric":
        a, b = e.ambiguous or (0, 0)
        if a > 12 or (day_first and b <= 12):
            day = safe_date(e.year, b, a)
        elif b > 12 or day_first is False:
            day = safe_date(e.year, a, b)
        else:
            return None, None, "ambiguous day and month"
        return (day.isoformat(), "day", None) if day else (None, None, None)
    if e.kind in ("part_month", "month_year", "month"):
        year = e.year
        anchor = None
        if year is None:
            year, anchor = _year_for(e, text, ctx, published)
        return (f"{year:04d}-{e.month:02d}", "month", anchor) if year else (None, None, None)
    if e.kind == "year":
        return f"{e.year:04d}", "year", None
    if e.kind == "deictic":
        base, anchor = _speech_day(e.start, ctx, published)
        if base is None:
            return None, None, None
        return (base + dt.timedelta(days=e.offset_days or 0)).isoformat(), "day", anchor
    if e.kind == "anaphoric":
        base = ctx.last_day(e.start)
        if base is None:
            return None, None, None
        return (base + dt.timedelta(days=e.offset_days or 0)).isoformat(), "day", f"context {base.isoformat()}"
    if e.kind == "weekday":
        base, anchor = _speech_day(e.start, ctx, published)
        if base is None or e.weekday is None:
            return None, None, None
        future = (
            e.which in ("next", "coming")
            or bool(_FUTURE.search(text[max(0, e.start - 60) : e.start]))
            or _future_by_parse(doc, e.start)
        )
        return _weekday(base, e.weekday, e.which, future).isoformat(), "day", anchor
    if e.kind == "offset":
        return _offset(e, ctx, published)
    if e.kind == "period":
        base, anchor = _speech_day(e.start, ctx, published)
        if base is None:
            return None, None, anchor
        step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[e.which or "this"]
        if e.unit == "week":
            if e.which in ("past", "coming"):
                return None, None, anchor  # "the past week" is the last seven days, not a calendar week
            year, week, _ = (base + dt.timedelta(days=7 * step)).isocalendar()
            return f"{year:04d}-W{week:02d}", "week", anchor
        if e.unit == "year":
            return f"{base.year + step:04d}", "year", anchor
        month = base.month - 1 + step
        return f"{base.year + month // 12:04d}-{month % 12 + 1:02d}", "month", anchor
    return None, None, pub


def _year_for(e: Expression, text: str, ctx: _Context, published: dt.date | None) -> tuple[int | None, str | None]:
    """The year a year-less date takes: one its sentence states, else the one nearest before publication."""
    sentence = _sentence_around(text, e.start, e.end)
    sentence = _CLOCK_DIGITS.sub(" ", sentence)  # "1903 GMT" is a time of day, not a year
    stated = [m[1] for m in _YEAR_IN_SENTENCE.finditer(sentence) if not _SPAN_BOUND.search(sentence, 0, m.start())]
    if len(set(stated)) == 1:
        return int(stated[0]), "year stated in the sentence"
    if published is not None:
        return nearest_year(e.month or 1, e.day, published), f"published {published.isoformat()}"
    if ctx.days:
        last = ctx.days[-1][1]
        return nearest_year(e.month or 1, e.day, last), f"context {last.isoformat()}"
    return None, None


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1 : right]


def _speech_day(pos: int, ctx: _Context, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The day "today" means at ``pos``: inside a quote, the last day named before it; else the publication date."""
    if ctx.in_quote(pos):
        spoken = ctx.last_day(pos, not_after=published)
        if spoken is not None:
            return spoken, f"quote spoken {spoken.isoformat()}"
    if published is not None:
        return published, f"published {published.isoformat()}"
    return None, None


def _future_by_parse(doc: Doc, start: int) -> bool:
    """Is the clause holding ``start`` about the future: ``will``/``shall`` on its verb, ``would`` on a reported
    clause, or a verb of expecting in the present (``forecasters expect snow on Thursday``)?"""
    if not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    for tok in span[0].ancestors:
        if tok.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in tok.children):
                return True
            # reported future: "(she said) schools would stay closed until Monday" looks ahead of the speech day
            if tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children):
                return True
            return tok.lemma_ in _EXPECT and tok.tag_ in ("VBP", "VBZ")
    return False


def _weekday(base: dt.date, weekday: int, which: str | None, future: bool) -> dt.date:
    delta = (weekday - base.weekday()) % 7
    if future:
        return base + dt.timedelta(days=7 if which == "next" and delta == 0 else delta)
    back = (base.weekday() - weekday) % 7
    if which in ("last", "past") and back == 0:
        back = 7
    return base - dt.timedelta(days=back)


def _offset(e: Expression, ctx: _Context, published: dt.date | None) -> tuple[str | None, str | None, str | None]:
    """``three days ago`` from the speaker's day; ``two days later`` from the day the text talks about."""
    if e.which == "ago":
        base, anchor = _speech_day(e.start, ctx, published)
    else:
        base = ctx.last_day(e.start)
        anchor = f"context {base.isoformat()}" if base else None
    if base is None or e.offset_days is None:
        return None, None, None
    n = e.offset_days
    if e.unit == "day":
        return (base + dt.timedelta(days=n)).isoformat(), "day", anchor
    if e.unit == "week":
        return (base + dt.timedelta(days=7 * n)).isoformat(), "day", anchor
    if e.unit == "month":
        month = base.month - 1 + n
        return f"{base.year + month // 12:04d}-{month % 12 + 1:02d}", "month", anchor
    return f"{base.year + n:04d}", "year", anchor


def _numeric_convention(expressions: list[Expression], language: str | None) -> bool | None:
    """Day first (True), month first (False) or unknown (None) for numeric dates like 03/04/2022.

    Unambiguous dates in the same article tell (24.01.2024 is day first);
    otherwise languages that write the day first; otherwise unknown."""
    votes = 0
    for e in expressions:
        if e.kind == "numeric" and e.ambiguous:
            a, b = e.ambiguous
            votes += 1 if a > 12 >= b else -1 if b > 12 >= a else 0
    if votes:
        return votes > 0
    if language in _DAY_FIRST_LANGUAGES:
        return True
    return None


def _with_clocks(text: str, refs: list[TimeRef], analysis: Analysis) -> Iterator[TimeRef]:
    """Clock times join the date of their sentence; a clock with no date there stands alone, its day unknown."""
    sentences = analysis.sentences or (Span(0, len(text)),)
    starts = [s.start for s in sentences]

    def sentence(pos: int) -> int:
        return bisect.bisect_right(starts, pos) - 1

    by_sentence: dict[int, list[int]] = {}
    for i, r in enumerate(refs):
        if r.grain == "day":
            by_sentence.setdefault(sentence(r.span.start), []).append(i)
    claims: dict[int, tuple[int, int, int, str]] = {}  # date -> (distance, start, end, clock) of its nearest clock
    spans = sorted((r.span.start, r.span.end) for r in refs)  # refs do not overlap one another

    def inside_a_ref(start: int, end: int) -> bool:
        k = bisect.bisect_left(spans, (end, end)) - 1
        return k >= 0 and spans[k][1] > start

    found = [c for c in find_clocks(text) if not inside_a_ref(c[0], c[1])]
    for start, end, clock in found:
        same = by_sentence.get(sentence(start))
        if same:
            nearest = min(same, key=lambda i: min(abs(refs[i].span.start - end), abs(start - refs[i].span.end)))
            dist = min(abs(refs[nearest].span.start - end), abs(start - refs[nearest].span.end))
            if nearest not in claims or dist < claims[nearest][0]:
                claims[nearest] = (dist, start, end, clock)
    taken = {(c[1], c[2]) for c in claims.values()}
    clocks = {i: c[3] for i, c in claims.items()}
    # a clock no date took stands alone, its day unknown
    alone = [
        TimeRef(
            article=analysis.article.id,
            span=Span(start, end),
            text=text[start:end],
            value=None,
            grain=None,
            anchor=None,
            clock=clock,
        )
        for start, end, clock in found
        if (start, end) not in taken
    ]
    out = [
        TimeRef(
            article=r.article,
            span=r.span,
            text=r.text,
            value=r.value,
            grain=r.grain,
            anchor=r.anchor,
            clock=clocks.get(i),
        )
        for i, r in enumerate(refs)
    ]
    yield from sorted(out + alone, key=lambda r: r.span.start)
