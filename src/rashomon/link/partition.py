"""Route articles to stories before linking, so each story is linked on its own and linking cost stays flat.

Linking compares claims; claims only ever need comparing with claims about the
same event. In a stream of many stories (a monitor's day, a research archive),
articles are first routed to stories by what is cheap to compare: the rarer
names they mention (people, places, bodies, a name in at most ``RARE_SHARE`` of
the articles), and the days they report. Two articles join a story when they
share at least ``SHARED`` rare names and report days no more than
``WINDOW_DAYS`` apart (or either names no day). Candidate pairs come from an inverted index on
the names (blocking), never from all pairs, and stories are the connected
components, so the cost grows with the number of articles, not its square.

A corpus about one event comes back as one story; an article that shares too
little with any other is a story of its own. The stories are what
``link`` can run on separately (one Ray task each on a cluster); the events of
``link.events`` (the main event and background events inside one story) are
found inside each.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from ..model import Analysis

RARE_SHARE = 0.1  # a name in more of the articles than this is the topic of all of them, not a story's
MIN_RARE_DF = 5  # ... but in a small corpus every shared name may route
SHARED = 2  # rare names two articles must share to be about one story
WINDOW_DAYS = 10  # days reported further apart than this are different events, whatever the names
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})


def partition(analyses: Sequence[Analysis]) -> list[list[int]]:
    """Positions of ``analyses`` grouped by story, each group in input order, groups by their first article."""
    names = [_names(a) for a in analyses]
    days = [_days(a) for a in analyses]
    df: dict[str, int] = defaultdict(int)
    for ns in names:
        for n in ns:
            df[n] += 1
    limit = max(MIN_RARE_DF, int(RARE_SHARE * len(analyses)))
    postings: dict[str, list[int]] = defaultdict(list)
    for i, ns in enumerate(names):
        for n in ns:
            if 2 <= df[n] <= limit:
                postings[n].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in postings.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                shared[i, j] += 1
    parent = list(range(len(analyses)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (i, j), count in shared.items():
        if count >= SHARED and _near(days[i], days[j]):
            a, b = find(i), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(analyses)):
        groups[find(i)].append(i)
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


def _near(a: tuple[dt.date, ...], b: tuple[dt.date, ...]) -> bool:
    """Some day of one is within ``WINDOW_DAYS`` of some day of the other (no day: no evidence against)."""
    if not a or not b:
        return True
    return min(abs((x - y).days) for x in (min(a), max(a)) for y in (min(b), max(b))) <= WINDOW_DAYS
