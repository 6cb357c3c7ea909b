"""The timeline: dated claims ordered by the day the claimed event happened, one entry per day.

A claim's day is the day named inside it (when the event happened), else the
day its sentence names (when it was said: ``On February 1, the Investigative
Committee reported that ...``). Days only: a month or a year is not a point on
a timeline, and an undated claim is not given one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..model import Cluster, TimelineEntry
from .views import ClaimView


def build_timeline(views: Sequence[ClaimView], clusters: Sequence[Cluster]) -> tuple[TimelineEntry, ...]:
    by_day: dict[str, list[ClaimView]] = defaultdict(list)
    for v in views:
        if v.day and len(v.day) == 10:
            by_day[v.day].append(v)
    in_cluster = {c for k in clusters for c in k.claims}
    out = []
    for day in sorted(by_day):
        claims = sorted(by_day[day], key=lambda v: (v.index, v.claim.span.start))
        articles = tuple(dict.fromkeys(v.article for v in claims))
        out.append(
            TimelineEntry(
                date=day, label=_label(claims, in_cluster), claims=tuple(v.claim.id for v in claims), articles=articles
            )
        )
    return tuple(out)


def _label(claims: list[ClaimView], in_cluster: set[str]) -> str:
    """The claim most worth reading first: one that other articles corroborate, dated inside, short."""
    best = min(claims, key=lambda v: (v.claim.id not in in_cluster, not v.day_inside, len(v.claim.text)))
    text = " ".join(best.claim.text.split())
    return text if len(text) <= 160 else text[:159].rsplit(" ", 1)[0] + "…"
