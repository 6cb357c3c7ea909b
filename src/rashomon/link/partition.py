"""Route articles to stories before linking, so each story is linked on its own and linking cost stays flat.

Linking compares claims; claims only ever need comparing with claims about the
same event. In a stream of many stories (a monitor's day, a research archive),
articles are first routed to stories by what is cheap to compare: the rarer
names they mention (people, places, bodies, a name in at most ``RARE_SHARE`` of
the articles), and the days they report. Two articles join a story when they
share at least two rare names and the days they report (first to last) come
within ``WINDOW_DAYS`` of each other (or either names no day). Candidates come
from an inverted index on pairs of rare names (blocking), never from all pairs
of articles, and stories are the connected components, so the cost grows with
the number of articles, not its square.

A corpus of at most ``WHOLE`` articles is one story: linking it whole costs
little, and what one reader gathers by hand is about one event (a rare name of
one article in ten is no evidence in ten articles: the foreign-language article
of a small corpus shares few spellings with the rest). In a larger corpus an
article that shares too little with any other is a story of its own. The
stories are what ``link`` runs on separately; the events of ``link.events``
(the main event and background events inside one story) are found inside each.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from ..model import Analysis
from .union import Union

RARE_SHARE = 0.1  # a name in more of the articles than this is the topic of all of them, not a story's
MIN_RARE_DF = 5  # ... but in a small corpus every shared name may route
WHOLE = 50  # a corpus of at most this many articles is linked as one story
WINDOW_DAYS = 10  # days reported further apart than this are different events, whatever the names
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})


def stories(analyses: Sequence[Analysis]) -> list[list[int]]:
    """What ``link`` links on its own: a corpus of at most ``WHOLE`` articles is one story (linking it whole is
    cheap, and a small corpus is what one reader collects about one event), a larger one is ``partition``ed."""
    if len(analyses) <= WHOLE:
        return [list(range(len(analyses)))] if analyses else []
    return partition(analyses)


def partition(analyses: Sequence[Analysis]) -> list[list[int]]:
    """Positions of ``analyses`` grouped by story, each group in input order, groups by their first article.

    Two articles sharing two rare names share a pair of them: each article is posted under every pair of its rare
    names, and inside one posting the articles whose reported days lie within ``WINDOW_DAYS`` are joined by a sweep
    over their day ranges, so no posting is compared pair by pair."""
    names = [_names(a) for a in analyses]
    ranges = [_range(_days(a)) for a in analyses]
    df: dict[str, int] = defaultdict(int)
    for ns in names:
        for n in ns:
            df[n] += 1
    limit = max(MIN_RARE_DF, int(RARE_SHARE * len(analyses)))
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, ns in enumerate(names):
        rare = sorted(n for n in ns if 2 <= df[n] <= limit)
        for x, one in enumerate(rare):
            for other in rare[x + 1 :]:
                postings[one, other].append(i)
    together = Union(len(analyses))
    union = together.union
    for members in postings.values():
        if len(members) < 2:
            continue
        dated = sorted((r, i) for i in members if (r := ranges[i]) is not None)
        if len(dated) < len(members):  # an article that names no day is near every other: it joins the posting
            for i in members[1:]:
                union(members[0], i)
            continue
        reach = dated[0][0][1]
        for (_span, prev), ((first, last), i) in zip(dated, dated[1:], strict=False):
            near = (first - reach).days <= WINDOW_DAYS
            if near:
                union(prev, i)
            reach = max(reach, last) if near else last
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(analyses)):
        groups[together.find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def _names(a: Analysis) -> set[str]:
    return {m.name.casefold() for m in a.mentions if m.type in _NAME_TYPES and m.name}


def _days(a: Analysis) -> tuple[dt.date, ...]:
    """The days the article reports, or its publication day when it names none."""
    out = []
    for value in [t.value for t in a.times if t.grain == "day"] or [a.article.published]:
        try:
            out.append(dt.date.fromisoformat((value or "")[:10]))
        except ValueError:
            continue
    return tuple(out)


def _range(days: tuple[dt.date, ...]) -> tuple[dt.date, dt.date] | None:
    """The first and last day an article reports (None: it names none, so nothing speaks against any story)."""
    return (min(days), max(days)) if days else None
