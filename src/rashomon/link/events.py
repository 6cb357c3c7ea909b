"""Events: what the corpus is about (what happened, where, when), and which claims are about it.

Most coverage is about one event; articles also recall earlier ones ("a similar
strike last year killed 12"). A claim is scoped to the main event, to a
background event of its own (never compared with the main one), or to none (a
fragment that states nothing). Scope is read from what extraction gave each
claim: the day it names, background markers in its words, its frames.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .. import folded
from ..data.calendar import ENGLISH_MONTH_SPELLINGS, MONTHS_RECALLED
from ..data.disputes import ACT_REFERENCE
from ..data.places import country_of
from ..data.propositions import EXISTENCE_DENIED
from ..model import Entity, Event, Span
from .views import ClaimView

# what makes a clause recall an earlier event rather than report the one covered
BACKGROUND_MARK = re.compile(
    r"\b(?:last (?:summer|winter|spring|autumn|fall)|(?:several|many|\d+|a|two|three|four|five|six) decades? ago|"
    r"(?:several|many) (?:years|months) ago|in (?:19|20)\d\d\b|(?:a|the) previous "
    r"(?:attack|strike|incident|crash|disaster|one)|a similar (?:attack|strike|incident|crash|disaster)|"
    r"in a separate (?:attack|strike|incident)|the (?:deadliest|worst) since|since the start of)",
    re.IGNORECASE,
)
# a time told from the day the article was written ("last year", "two months ago"): another event's only when the
# period it names, counted back from the article's day, leaves out the main event's day (a report a year on calls
# the event itself "last year"); in an article without a day it cannot be placed, and names no other event
RELATIVE_MARK = re.compile(
    r"\b(?:last (?P<last>year|month|week)|(?P<n>a|an|one|two|three|four|five|six|\d+) (?P<unit>years?|months?) ago|"
    r"earlier this (?P<this>year|month))\b",
    re.IGNORECASE,
)
# a month named with a preposition and no day ("in June", "en juin", "în luna iunie", "в июне", "im Juni"): an event
# of that month; another event's when the month ended before the main event's day
MONTH_MARK = re.compile(
    r"(?<!\w)(?:in|en|em|im|în(?:\s+luna)?|в|во|у|since|until|in (?:early|late|mid-?))\s+(?P<month>[^\W\d_]+)"
    r"(?!\s*\d)(?!\w)",
    re.IGNORECASE,
)
# the words just before a clause that recall something some time back from the event ("The crash comes months after
# [X launched a mutiny]", "two weeks after", "meses después de", "Monate nach"), or a war the clause tells an act of
# ("the war, during which [X attacked Y]"): the clause is another event's
_AFTER = (
    r"(?:\b(?:months|weeks|years|decades|meses|semanas|años|anos|mois|semaines|ans|luni|săptămâni|ani|monate|wochen|"
    r"jahre|месяц\w*|недел\w*|лет|год\w*)\s+(?:after|since|before|después de|depois de|após|après|"
    r"după|nach|после|спустя после)\s*(?:the\s+|que\s+)?"
    # "unsettled by the war, during which X launched an attack on Y": what the war held, not the event
    r"|\b(?:war|conflict|campaign|offensive|fighting|invasion|guerre|guerra|krieg|войн\w*)\s*,?\s+"
    r"(?:during|in\s+the\s+course\s+of)\s+which\s+)"
)
AFTER_MARK = re.compile(_AFTER + "$", re.IGNORECASE)
# the same words inside a claim: what the claim tells after them is the recalled event's
RECALLED_AFTER = re.compile(_AFTER + r"(?=\w)", re.IGNORECASE)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "killed in the attack": a claim that refers back to an act
ACT_REFERRED = re.compile("|".join(ACT_REFERENCE), re.I)
# a claim can state an act only with one of these frame classes (what the event is)
_ACTS = ("attack", "incident", "transport", "use", "blame")
_BACKGROUND_DAYS = 3  # a day named this long before the main event's day is another event's
_STALE_DAYS = 30  # a day only ever named this long before its articles' days is a recalled event's
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class Scope:
    """The events found, and for each claim view the position of its event in ``events`` (None: no event)."""

    events: tuple[Event, ...]
    event_of: tuple[int | None, ...]

    def same_event(self, i: int, j: int) -> bool:
        """Both claims are about one event (claims with no event are about none)."""
        a, b = self.event_of[i], self.event_of[j]
        return a is not None and a == b

    def main(self, i: int) -> bool:
        e = self.event_of[i]
        return e is not None and self.events[e].main


def find_events(views: Sequence[ClaimView], entities: Sequence[Entity]) -> Scope:
    """The main event (the act most articles report, its usual day and place) and the background events."""
    if not views:
        return Scope((), ())
    names = {e.id: e for e in entities}
    kind = _main_kind(views)
    day = _main_day(views, kind)
    place = _main_place(views, names)
    event_of: list[int | None] = []
    background: dict[str, int] = {}  # day (or "" for undated) -> position in events
    events: list[dict[str, object]] = [{"kind": kind, "day": day, "place": place, "main": True, "claims": []}]
    recalled: tuple[str, int, int] | None = None  # (article, paragraph, event) of the last background claim
    recalling: dict[str, list[tuple[Span, int]]] = {}  # per article, the background claims' spans and events
    for k, v in enumerate(views):
        if not proposition(v):
            event_of.append(None)
            continue
        earlier = _earlier_day(v, day)
        held = next((p for span, p in recalling.get(v.article, ()) if span.contains(v.claim.span)), None)
        if earlier is None and held is not None:
            # "since an Oct. 7, 2023 Hamas attack, which Tel Aviv says killed nearly 1,200 people": a clause of a
            # sentence that recalls another event tells of that event
            event_of.append(held)
            events[held]["claims"].append(k)  # type: ignore[attr-defined]
            continue
        if (
            earlier is None
            and not v.day_inside
            and recalled is not None
            and recalled[:2] == (v.article, v.paragraph)
            and folded.search(ACT_REFERRED, v.claim.text)
        ):
            # "On March 14 the army fired a rocket on the city. Seventeen people were killed in the attack.": the
            # paragraph still recalls the earlier event
            event_of.append(recalled[2])
            events[recalled[2]]["claims"].append(k)  # type: ignore[attr-defined]
            continue
        if earlier is None:
            earlier = _earlier_month(v, day)
        if (
            earlier is not None
            or folded.search(BACKGROUND_MARK, v.content or v.claim.text)
            or _recalled(v, day)
            or folded.search(AFTER_MARK, v.lead)
        ):
            key = earlier or ""
            if key not in background:
                background[key] = len(events)
                events.append({"kind": _kind_of(v), "day": earlier, "place": None, "main": False, "claims": []})
            position = background[key]
            recalled = (v.article, v.paragraph, position)
            recalling.setdefault(v.article, []).append((v.claim.span, position))
        else:
            position = 0
        event_of.append(position)
        events[position]["claims"].append(k)  # type: ignore[attr-defined]
    out = []
    for n, e in enumerate(events):
        members: list[int] = e["claims"]  # type: ignore[assignment]
        articles = tuple(dict.fromkeys(views[k].article for k in members))
        out.append(
            Event(
                id=f"V{n + 1}",
                label=_label(views, members, e, names),
                kind=e["kind"],  # type: ignore[arg-type]
                day=e["day"],  # type: ignore[arg-type]
                place=e["place"],  # type: ignore[arg-type]
                main=bool(e["main"]),
                claims=tuple(views[k].claim.id for k in members),
                articles=articles,
            )
        )
    return Scope(tuple(out), tuple(event_of))


def proposition(v: ClaimView) -> bool:
    """The claim states something: it has words of its own and does not end on a dangling subject (``The incident
    came as the President``)."""
    text = v.claim.text.rstrip(" ,;:-\u2014")
    if len(v.words) < 2:
        return len(v.words) == 1 and _EXISTENCE_DENIED.search(text) is not None  # "There have been no abductions"
    dangling = folded.search(DANGLING, text)
    # a whole statement before the cut ("Kyiv accused Moscow of blowing up the dam, ..., while Russia") still states it
    return dangling is None or len(_HEAD_WORDS.findall(text[: dangling.start()])) >= STATEMENT_WORDS


_EXISTENCE_DENIED = re.compile("|".join(EXISTENCE_DENIED), re.I)
_HEAD_WORDS = re.compile(r"[^\W\d_]+")
STATEMENT_WORDS = 8  # words before a dangling cut that make a statement of their own


# a clause cut after a subordinating word and a bare noun phrase: "came as the President", "after the minister"; not a
# name given ("a launcher known as HIMARS", "groups such as Hamas")
DANGLING = re.compile(
    r"(?<!known )(?<!such )(?<!named )(?<!called )(?<!dubbed )(?<!identified )(?<!described )(?<!well )"
    r"\b(?:as|after|when|while|before|since|because|although|though|until|that)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|"
    r"its\s+|their\s+)?(?:[A-Z][\w.'-]*\s*){1,4}$"
)


def _main_kind(views: Sequence[ClaimView]) -> str | None:
    """The act most articles report: the frame class named in the most articles (attacks before the rest on a tie)."""
    articles: dict[str, set[str]] = defaultdict(set)
    for v in views:
        for f in v.frames:
            if f.kind in _ACTS and not f.negated:
                articles[f.kind].add(v.article)
    if not articles:
        return None
    return min(articles, key=lambda k: (-len(articles[k]), _ACTS.index(k)))


def _main_day(views: Sequence[ClaimView], kind: str | None) -> str | None:
    """The day most articles give the main act (a day named inside a claim that states it), leaving out a day every
    article naming it was published long after (``_STALE_DAYS``; an article of unknown day counts as published on
    the corpus's middle day) when another day is named nearer its articles: wire copy that recalls an attack months
    back in every article ("since an Oct. 7, 2023 Hamas attack") does not make that attack the event reported."""
    by_day: dict[str, set[str]] = defaultdict(set)
    gap: dict[str, int] = {}
    known = sorted({v.published for v in views if v.published is not None and not v.published_inferred})
    middle = known[len(known) // 2] if known else None
    for acts in (True, False):
        for v in views:
            if v.day_inside and v.day and len(v.day) == 10 and (not acts or any(f.kind == kind for f in v.frames)):
                by_day[v.day].add(v.article)
                near = _age(v, middle)
                gap[v.day] = min(gap.get(v.day, near), near)
        if by_day:
            break
    recent = {d: articles for d, articles in by_day.items() if gap[d] <= _STALE_DAYS}
    pool = recent or by_day
    if not pool:
        return None
    return min(pool, key=lambda d: (-len(pool[d]), d))


def _age(v: ClaimView, middle: dt.date | None) -> int:
    """Days from the day a claim names to the day its article was published (the corpus's ``middle`` day for an
    article whose day is unknown or only inferred from the days it names); 0 when neither is known."""
    published = v.published if v.published is not None and not v.published_inferred else middle
    if published is None or not v.day:
        return 0
    try:
        return (published - dt.date.fromisoformat(v.day)).days
    except ValueError:
        return 0


def _main_place(views: Sequence[ClaimView], names: dict[str, Entity]) -> str | None:
    """The place named in the claims of the most articles; the rarer name wins a tie (a town says more than a
    country)."""
    articles: dict[str, set[str]] = defaultdict(set)
    mentions: Counter[str] = Counter()
    for v in views:
        for e in v.entities:
            if e in names and names[e].type in _PLACE_TYPES:
                articles[e].add(v.article)
                mentions[e] += 1
    if not articles:
        return None
    towns = [e for e in articles if country_of(names[e].name) is None and len(articles[e]) >= 2]
    pool = towns or list(articles)
    return min(pool, key=lambda e: (-len(articles[e]), mentions[e], len(e), e))


def _earlier_day(v: ClaimView, main_day: str | None) -> str | None:
    """The day a claim names, when it is well before the main event's: the claim recalls another event."""
    if main_day is None or not v.day_inside or not v.day or len(v.day) != 10:
        return None
    try:
        gap = (dt.date.fromisoformat(main_day) - dt.date.fromisoformat(v.day)).days
    except ValueError:
        return None
    return v.day if gap > _BACKGROUND_DAYS else None


def _earlier_month(v: ClaimView, main_day: str | None) -> str | None:
    """The month a claim names with no day (``in June``), as ``YYYY-MM``, when it ended before the main event's
    day by more than a few days: the claim recalls another event of that month (of the main event's year, or of the
    year before when the month comes later in the year)."""
    if main_day is None or v.day_inside:
        return None
    try:
        main = dt.date.fromisoformat(main_day)
    except ValueError:
        return None
    for m in MONTH_MARK.finditer(v.content or v.claim.text):
        word = m.group("month")
        month = MONTHS_RECALLED.get(word.casefold())
        if month is None or (word.casefold() in ENGLISH_MONTH_SPELLINGS and not word[:1].isupper()):
            continue
        year = main.year if month <= main.month else main.year - 1
        last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)) if month else main
        if (main - last).days > _BACKGROUND_DAYS:
            return f"{year:04d}-{month:02d}"
    return None


def _recalled(v: ClaimView, main_day: str | None) -> bool:
    """A time told from the article's day (``RELATIVE_MARK``) that names a period without the main event's day."""
    m = folded.search(RELATIVE_MARK, v.content or v.claim.text)
    if m is None or v.published is None:
        return False
    if main_day is None:
        return True
    try:
        main = dt.date.fromisoformat(main_day)
    except ValueError:
        return True
    first, last = _period(m, v.published)
    return not first <= main <= last


def _period(m: re.Match[str], day: dt.date) -> tuple[dt.date, dt.date]:
    """The days a relative time names, counted back from the article's ``day``."""
    recent = day - dt.timedelta(days=_BACKGROUND_DAYS)
    unit = (m.group("last") or m.group("this") or m.group("unit") or "").casefold().rstrip("s")
    if m.group("this"):
        return (day.replace(month=1, day=1) if unit == "year" else day.replace(day=1)), recent
    if m.group("last"):
        if unit == "year":
            return dt.date(day.year - 1, 1, 1), dt.date(day.year - 1, 12, 31)
        if unit == "month":
            end = day.replace(day=1) - dt.timedelta(days=1)
            return end.replace(day=1), end
        return day - dt.timedelta(days=14), day - dt.timedelta(days=5)
    n = _COUNTS.get(m.group("n").casefold()) or int(m.group("n"))
    back = 365 * n if unit == "year" else 30 * n
    slack = 182 if unit == "year" else 15
    return day - dt.timedelta(days=back + slack), day - dt.timedelta(days=back - slack)


def _kind_of(v: ClaimView) -> str | None:
    return next((f.kind for f in v.frames if f.kind in _ACTS), None)


def _label(views: Sequence[ClaimView], members: list[int], e: dict[str, object], names: dict[str, Entity]) -> str:
    """``attack · Belgorod · 2024-01-24``: the act's most common predicate and what it hit, the place, the day."""
    acts: Counter[str] = Counter()
    for k in members:
        v = views[k]
        for f in v.frames:
            if f.kind == e["kind"] and not f.negated:
                patient = f.role("patient") or f.role("cargo")
                acts[f"{f.predicate} {patient.text}" if patient is not None else f.predicate] += 1
    parts = []
    if acts:
        parts.append(" ".join(min(acts, key=lambda a: (-acts[a], len(a), a)).split()[:8]))
    elif e["kind"]:
        parts.append(str(e["kind"]))
    if e["place"] and e["place"] in names:
        parts.append(names[str(e["place"])].name)
    if e["day"]:
        parts.append(str(e["day"]))
    label = " · ".join(parts) or ("the event covered" if e["main"] else "an earlier event")
    return label if e["main"] else f"earlier: {label}"
