"""The publication date of articles that do not state one: from a dateline, else from the days they mention.

An article is published on or after the last day it reports on. When neither a
header, metadata, URL nor a dateline gives the date, the latest day the
article names (not counting days in future-tense phrases) is taken, marked
``published_from: "inferred"`` so a reader knows it is an estimate. Year-less
days take the year the article writes with a full date elsewhere, else the year
the rest of the corpus is from; a year standing alone ("since he took office in
2017") is never joined to a month and day, since the publication day anchors
every other year-less date in the article and a wrong year would move them all.
When nothing gives a year, the day stays unknown.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import MutableMapping, Sequence

from .. import datelines as dl
from ..dates import Expression, find_expressions, nearest_year, safe_date
from ..model import Article

# "MOSCOW, November 15. /TASS/.", "KYIV, Ukraine, March 3 (AP) -", "MOSCOW, 15 November", "NAIROBI, June 14, 2024",
# "МОСКВА, 3 марта. /ТАСС/."
_DATELINE = re.compile(rf"(?P<city>{dl.PLACE})[,.]\s+(?P<date>{dl.DAY})(?![\w])")
# what follows a dateline that is not the text's first line: the agency's mark or a dash
_AGENCY_MARK = re.compile(rf"\s*[.,]?\s*(?:{dl.AGENCY_MARK}|[-\u2013\u2014]{{1,2}}\s)")
_REPORT_LAG = 31  # days: news reports what happened lately, so a dateline this soon after a reported day is its year
_HEAD_LINES = 4  # a dateline opens the body: the first few lines, after a title or a header line
_FUTURE = re.compile(r"\b(?:will|shall|scheduled|planned|plans|due|next|expected|upcoming)\b[^.!?]{0,40}$", re.I)


# what one article's text gave, by its sha256: against an anchor day, its publication day and how it was found
# ("SHA DAY STATED" -> (day, how)); the years it dates ("SHA years" -> ("2023 2024", "years")); None for nothing
Memo = MutableMapping[str, tuple[str, str] | None]


def infer_published(articles: Sequence[Article], memo: Memo | None = None) -> list[Article]:
    """The articles, those without a publication date given one from their dateline or the days they name.

    ``memo`` keeps what each article's text gave against the corpus's anchor (a case store keeps it, so that
    adding articles reads again only texts whose anchor moved)."""
    try:
        anchor, stated = _corpus_anchor(articles, memo)
        out = []
        for a in articles:
            if a.published is None:
                key = f"{a.sha256} {anchor.isoformat() if anchor else '-'} {int(stated)}"
                if memo is not None and key in memo:
                    known = memo[key]
                else:
                    found = _from_dateline(a.text, anchor if stated else None, anchor) or _from_mentions(a.text, anchor)
                    known = (found[0].isoformat(), found[1]) if found is not None else None
                    if memo is not None:
                        memo[key] = known
                if known is not None:
                    a = dataclasses.replace(a, published=known[0], published_from=known[1])
            out.append(a)
        return out
    finally:
        _expressions.cache_clear()  # the expressions of this corpus only, never kept past it


def _corpus_anchor(articles: Sequence[Article], memo: Memo | None = None) -> tuple[dt.date | None, bool]:
    """When the corpus is from: the median publication date of the articles that state one (True), else the
    middle of the year their texts name most (False: a guess from what they mention)."""
    days = sorted(dt.date.fromisoformat(a.published) for a in articles if a.published)
    if days:
        return days[len(days) // 2], True
    years: Counter[int] = Counter()
    for a in articles:
        key = f"{a.sha256} years"
        if memo is not None and key in memo:
            known = memo[key]
            if known is not None:
                years.update(int(y) for y in known[0].split())
            continue
        found = _dated_years(a.text)
        years.update(found)
        if memo is not None:
            memo[key] = (" ".join(map(str, found)), "years") if found else None
    return (dt.date(years.most_common(1)[0][0], 7, 1) if years else None), False


@functools.cache
def _expressions(text: str) -> tuple[Expression, ...]:
    """``find_expressions``, once per text: dating a corpus reads each article's expressions up to five times (half
    of ingest's time on news text). Kept while ``infer_published`` runs, for the texts it is given."""
    return tuple(find_expressions(text))


def _year(month: int, day: int, stated: int | None, anchor: dt.date | None) -> int | None:
    if stated is not None:
        return stated
    return nearest_year(month, day, anchor) if anchor else None


def _dateline(text: str) -> re.Match[str] | None:
    """The dateline opening one of the first lines of the text; below the first line only with an agency's mark
    (a title or a byline may come first, but a line of prose starting "PARIS, May 3" is not a dateline)."""
    pos = 0
    for n, line in enumerate(text[:600].split("\n")[:_HEAD_LINES]):
        m = _DATELINE.match(text, pos + len(line) - len(line.lstrip()))
        if m and m.end() <= pos + len(line) and (n == 0 or _AGENCY_MARK.match(text, m.end())):
            return m
        pos += len(line) + 1
    return None


def _from_dateline(text: str, known: dt.date | None, anchor: dt.date | None) -> tuple[dt.date, str] | None:
    """The dateline's day. A year-less one takes the year nearest the corpus's stated publication dates (else the
    year the text or the corpus names most), moved later when the text reports a dated day after it: an article
    is written on or after the days it reports."""
    m = _dateline(text)
    if not m:
        return None
    exprs = [e for e in find_expressions(m.group("date")) if e.month and e.day]
    if not exprs:
        return None
    e = exprs[0]
    if e.year is not None:
        day = safe_date(e.year, e.month, e.day)
        return (day, "dateline") if day else None
    if known is not None:
        year: int | None = nearest_year(e.month or 1, e.day, known)
    else:
        year = _year(e.month or 1, e.day or 1, _stated_year(text), anchor)
    latest = _latest_reported(text)
    if latest is not None:
        after = safe_date(latest.year, e.month, e.day)
        first = latest.year if after is not None and after >= latest else latest.year + 1
        soon = safe_date(first, e.month, e.day)
        mine = safe_date(year, e.month, e.day) if year else None
        if mine is None or mine < latest or soon is not None and (soon - latest).days <= _REPORT_LAG:
            year = first
    day = safe_date(year, e.month, e.day) if year else None
    return (day, "dateline") if day else None


def _latest_reported(text: str) -> dt.date | None:
    """The latest day, with its year written, that the text names outside future-tense phrases."""
    days = [
        day
        for e in _expressions(text)
        if e.kind in ("iso", "month_day", "day_month")
        and e.year
        and not _FUTURE.search(text[max(0, e.start - 60) : e.start])
        and (day := safe_date(e.year, e.month, e.day)) is not None
    ]
    return max(days) if days else None


def _dated_years(text: str) -> list[int]:
    """The years the text writes with a month and day ("June 27, 2023"); a year alone ("since he took office in
    2017") says nothing about when the article was written."""
    return [e.year for e in _expressions(text) if e.year and e.month and e.day]


def _stated_year(text: str) -> int | None:
    years = Counter(_dated_years(text))
    return years.most_common(1)[0][0] if years else None


def _from_mentions(text: str, anchor: dt.date | None) -> tuple[dt.date, str] | None:
    stated = _stated_year(text)
    candidates = []
    for e in _expressions(text):
        if e.kind not in ("iso", "month_day", "day_month") or e.day is None:
            continue
        if _FUTURE.search(text[max(0, e.start - 60) : e.start]):
            continue  # "talks will resume on March 3" says nothing about when this was written
        year = e.year or _year(e.month or 1, e.day, stated, anchor)
        if year is None:
            continue
        day = safe_date(year, e.month, e.day)
        if day is not None:
            candidates.append(day)
    if not candidates:
        return None
    return max(candidates), "inferred"
