"""The publication date of articles that do not state one: from a dateline, else from the days they mention.

An article is published on or after the last day it reports on. When neither a
header, metadata, URL nor a dateline gives the date, the latest day the
article names (not counting days in future-tense phrases) is taken, marked
``published_from: "inferred"`` so a reader knows it is an estimate. Year-less
days take the year the article states elsewhere, else the year the rest of the
corpus is from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from ..dates import explicit_dates, find_expressions, nearest_year, safe_date
from ..model import Article

_DATELINE = re.compile(r"^\s*(?:date\s+\S+\s+[^\n]*\n+)?\s*[A-Z][A-Za-z .'\u2019-]{1,40},\s+(?P<date>[A-Z][a-z]{2,9}\.?\s+\d{1,2})\b")
_FUTURE = re.compile(r"\b(?:will|shall|scheduled|planned|plans|due|next|expected|upcoming)\b[^.!?]{0,40}$", re.I)


def infer_published(articles: Sequence[Article]) -> list[Article]:
    """The articles, those without a publication date given one from their dateline or the days they name."""
    anchor = _corpus_anchor(articles)
    out = []
    for a in articles:
        if a.published is None:
            found = _from_dateline(a.text, anchor) or _from_mentions(a.text, anchor)
            if found is not None:
                day, how = found
                a = dataclasses.replace(a, published=day.isoformat(), published_from=how)
        out.append(a)
    return out


def _corpus_anchor(articles: Sequence[Article]) -> dt.date | None:
    """When the corpus is from: the median publication date of the articles that state one, else the middle of
    the year their texts name most."""
    days = sorted(dt.date.fromisoformat(a.published) for a in articles if a.published)
    if days:
        return days[len(days) // 2]
    years: Counter[int] = Counter()
    for a in articles:
        years.update(e.year for e in find_expressions(a.text) if e.year)
    return dt.date(years.most_common(1)[0][0], 7, 1) if years else None


def _year(month: int, day: int, stated: int | None, anchor: dt.date | None) -> int | None:
    if stated is not None:
        return stated
    return nearest_year(month, day, anchor) if anchor else None


def _from_dateline(text: str, anchor: dt.date | None) -> tuple[dt.date, str] | None:
    m = _DATELINE.match(text[:300])
    if not m:
        return None
    days = explicit_dates(m.group("date"))
    if not days:
        exprs = [e for e in find_expressions(m.group("date")) if e.month and e.day]
        if not exprs:
            return None
        year = _year(exprs[0].month or 1, exprs[0].day or 1, _stated_year(text), anchor)
        day = safe_date(year, exprs[0].month, exprs[0].day) if year else None
        return (day, "dateline") if day else None
    return days[0][1], "dateline"


def _stated_year(text: str) -> int | None:
    years = Counter(e.year for e in find_expressions(text) if e.year)
    return years.most_common(1)[0][0] if years else None


def _from_mentions(text: str, anchor: dt.date | None) -> tuple[dt.date, str] | None:
    stated = _stated_year(text)
    candidates = []
    for e in find_expressions(text):
        if e.kind not in ("iso", "month_day", "day_month") or e.day is None:
            continue
        if _FUTURE.search(text[max(0, e.start - 60):e.start]):
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
