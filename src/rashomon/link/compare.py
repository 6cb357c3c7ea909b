"""Comparing answers to one question about one event: a declared table, one small function per question kind.

Each comparison says what two answers are to each other:

- ``contradicts``: they cannot both be true (``who did it: Russia`` vs ``Ukraine``; an answer and its denial);
- ``evolution``: a count that grew with time, or that an article says was updated;
- ``agrees``: both can be true (``at least 3,000`` and ``more than 3,800``; two reports of one denial);
- ``apart``: not comparable (killed vs a projection, a partial count, another place's count), or the same answer
  told with another firmness (hedged vs asserted: shown, not a conflict).

``contradicts`` becomes a ledger relation with a reason a reader can check; a question's status follows from its
answers: disputed, evolving, agreed (two or more independent origins, nothing contrary) or single-source.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations

from .. import bounds
from ..model import Answer, Entity, Event, Question, Relation
from .events import Scope
from .questions import LABELS, ORDER, Found
from .views import ClaimView

Verdict = str  # contradicts | evolution | agrees | apart


@dataclass(frozen=True, slots=True)
class _Count:
    """An answer's number, as ``bounds.conflict`` reads it."""

    value: float | None
    qualifier: str | None
    value_max: float | None = None


def _stances(a: Answer, b: Answer) -> Verdict | None:
    """What stance alone decides: a denial against the answer it denies, two reports of one denial."""
    da, db = a.stance == "denied", b.stance == "denied"
    if da and db:
        return "agrees" if a.value == b.value else "apart"
    if da or db:
        return "contradicts" if a.value == b.value else "apart"
    return None


def _hedged(a: Answer, b: Answer) -> bool:
    return "hedged" in (a.stance, b.stance)


def same_party(a: Answer, b: Answer) -> Verdict:
    """Who did it: different parties contradict, unless one only hedges."""
    by_stance = _stances(a, b)
    if by_stance:
        return by_stance
    if a.value == b.value or (a.entity and a.entity == b.entity):
        return "agrees"
    if _hedged(a, b):
        return "apart"
    return "contradicts"


def same_thing(a: Answer, b: Answer) -> Verdict:
    """Which weapon, cargo, destination: two different named things contradict; a general noun and a name
    (``a missile``, ``a Patriot missile``) can both be true."""
    by_stance = _stances(a, b)
    if by_stance:
        return by_stance
    wa, wb = set(a.value.casefold().split()), set(b.value.casefold().split())
    if wa <= wb or wb <= wa or (a.entity and a.entity == b.entity):
        return "agrees"
    if not (a.entity and b.entity) or _hedged(a, b):
        return "apart"  # only named things (entities) are set against each other
    return "contradicts"


def same_count(a: Answer, b: Answer) -> Verdict:
    """A count: bounds that both fit agree; a projection, a part or another place's count is apart; a count that
    rose over time or was said to be updated is an evolution; otherwise two numbers that cannot both be true
    contradict."""
    if a.note in ("projection", "partial", "elsewhere") or b.note in ("projection", "partial", "elsewhere"):
        return "apart"
    if a.stance == "denied" or b.stance == "denied":
        return "apart"
    if not bounds.conflict(_Count(a.number, a.qualifier), _Count(b.number, b.qualifier)):
        return "agrees"
    if a.note == "updated" or b.note == "updated":
        return "evolution"
    if a.as_of and b.as_of and a.as_of != b.as_of:
        later, earlier = (a, b) if a.as_of > b.as_of else (b, a)
        return "evolution" if (later.number or 0) >= (earlier.number or 0) else "contradicts"
    if _rivals(a, b):
        return "contradicts"
    return "evolution"  # a toll moves through the first day: two numbers of one day are stages, not rival accounts


_RIVAL_RATIO = 2.0  # rival sources a factor this far apart on one day dispute the count


def _rivals(a: Answer, b: Answer) -> bool:
    """Two named origins, not the same, that put one day's count far apart (``5 dead, per the police`` vs ``50,
    per the organisers``)."""
    if not (a.origin and b.origin) or a.origin == b.origin or not a.number or not b.number:
        return False
    return max(a.number, b.number) / min(a.number, b.number) >= _RIVAL_RATIO


def same_share(a: Answer, b: Answer) -> Verdict:
    """One candidate's share: two shares that cannot both be true contradict, whatever the day."""
    if a.stance == "denied" or b.stance == "denied" or _hedged(a, b):
        return "apart"
    if not bounds.conflict(_rounded(a), _rounded(b)):
        return "agrees"
    return "contradicts"


_DIGITS = re.compile(r"\d+(?:[.,](\d+))?")


def _rounded(a: Answer) -> _Count:
    """A share as stated, with the rounding its digits allow: ``51%`` is 50.5 to 51.5, ``51.2%`` 51.15 to 51.25."""
    m = _DIGITS.search(a.value)
    if a.number is None or m is None or a.qualifier:
        return _Count(a.number, a.qualifier)
    half = 0.5 / 10 ** len(m.group(1) or "")
    return _Count(a.number - half, None, a.number + half)


def same_label(a: Answer, b: Answer) -> Verdict:
    """Deliberate, accident or staged: different labels contradict, a label and its denial too."""
    return same_party(a, b)


COMPARISONS: dict[str, Callable[[Answer, Answer], Verdict]] = {
    "agent": same_party,
    "means": same_thing,
    "toll_killed": same_count,
    "toll_injured": same_count,
    "toll_missing": same_count,
    "intent": same_label,
    "winner": same_party,
    "share": same_share,
    "integrity": same_label,
    "destination": same_thing,
    "cargo": same_thing,
}
# kinds whose contradictions the ledger's relations carry (cargo and destination: the slot rules in relations.py)
RELATED_KINDS = frozenset(
    {"agent", "means", "toll_killed", "toll_injured", "toll_missing", "intent", "winner", "share", "integrity"}
)
_PAIRS_PER_QUESTION = 12  # pairs of articles shown per pair of rival answers: enough to show it, bounded at scale


@dataclass(frozen=True, slots=True)
class Compared:
    questions: tuple[Question, ...]
    relations: tuple[Relation, ...]


def compare(found: Sequence[Found], views: Sequence[ClaimView], scope: Scope, entities: Sequence[Entity]) -> Compared:
    """Questions per event, their answers compared, and the contradictions between them as relations."""
    names = {e.id: e.name for e in entities}
    grouped: dict[tuple[int, str, str], list[Found]] = defaultdict(list)
    for f in found:
        event = scope.event_of[f.view]
        if event is not None:
            grouped[(event, f.kind, f.head)].append(f)
    questions: list[Question] = []
    relations: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    together = _named_together(found, views)
    keys = sorted(grouped, key=lambda key: (key[0], ORDER.index(key[1]), -len(grouped[key]), key[2]))
    for event, kind, head in keys:
        items = grouped[(event, kind, head)]
        verdicts = _verdicts(kind, items, views, together)
        status = _status(items, verdicts)
        label = LABELS[kind] if head in ("", "people") else f"{LABELS[kind]} ({head})"
        questions.append(
            Question(
                id=f"W{len(questions) + 1}",
                event=scope.events[event].id,
                kind=kind,
                label=label,
                answers=tuple(f.answer for f in items),
                status=status,
                independent=_independent(items, verdicts, views),
            )
        )
        if kind in RELATED_KINDS and scope.events[event].main:
            relations.extend(_relations(kind, label, items, verdicts, views, names, seen))
    return Compared(tuple(questions), tuple(relations))


def _verdicts(
    kind: str, items: list[Found], views: Sequence[ClaimView], together: set[frozenset[str]]
) -> dict[tuple[int, int], Verdict]:
    compare_one = COMPARISONS.get(kind)
    out: dict[tuple[int, int], Verdict] = {}
    if compare_one is None:
        return out
    for x, y in combinations(range(len(items)), 2):
        a, b = items[x], items[y]
        if views[a.view].article == views[b.view].article:
            continue  # one article's answers are its own account (an update, a quoted rival): not a dispute here
        verdict = compare_one(a.answer, b.answer)
        if kind == "means" and verdict == "contradicts" and a.answer.entity and b.answer.entity:
            if frozenset((a.answer.entity, b.answer.entity)) in together:
                verdict = "agrees"  # named side by side in one claim ("a MIM-104A of the Patriot system")
        out[(x, y)] = verdict
    return out


def _named_together(found: Sequence[Found], views: Sequence[ClaimView]) -> set[frozenset[str]]:
    """Pairs of answer entities that some claim names together without setting them against each other."""
    answered = {f.answer.entity for f in found if f.answer.entity is not None}
    out: set[frozenset[str]] = set()
    for v in views:
        named = sorted(v.entities & answered)
        if len(named) > 1 and not _RIVAL_WORDS & v.words:
            out.update(frozenset(p) for p in combinations(named, 2))
    return out


_RIVAL_WORDS = frozenset({"not", "rather", "instead", "contrary", "versus", "denied", "whereas", "while", "but"})


def _status(items: list[Found], verdicts: dict[tuple[int, int], Verdict]) -> str:
    values = set(verdicts.values())
    if "contradicts" in values:
        return "disputed"
    if "evolution" in values:
        return "evolving"
    if len({f.answer.article for f in items}) < 2:
        return "single-source"
    return "agreed" if "agrees" in values else "single-source"


def _origin_key(f: Found, views: Sequence[ClaimView]) -> str:
    """Who stands behind an answer: its named origin, else the article's outlet (a reprint counts once)."""
    return f.answer.origin or f"outlet:{views[f.view].article}"


def _independent(items: list[Found], verdicts: dict[tuple[int, int], Verdict], views: Sequence[ClaimView]) -> int:
    """Independent origins behind the answer most origins give (consensus needs two and nothing contrary)."""
    by_value: dict[str, set[str]] = defaultdict(set)
    for f in items:
        if f.answer.stance != "denied":
            by_value[f.answer.value].add(_origin_key(f, views))
    return max((len(o) for o in by_value.values()), default=0)


def _relations(
    kind: str,
    label: str,
    items: list[Found],
    verdicts: dict[tuple[int, int], Verdict],
    views: Sequence[ClaimView],
    names: dict[str, str],
    seen: set[tuple[str, str]],
) -> list[Relation]:
    """A dispute shown once per pair of articles that give rival answers, with the plainest statements of each
    (a relation for every pair of claims would repeat one dispute)."""
    rivals: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for (x, y), verdict in verdicts.items():
        if verdict == "contradicts":
            va, vb = _shown(items[x].answer), _shown(items[y].answer)
            key, pair = ((va, vb), (x, y)) if va <= vb else ((vb, va), (y, x))
            rivals[key].append(pair)
    out: list[Relation] = []
    for _values, pairs in sorted(rivals.items()):
        by_articles: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for x, y in pairs:
            by_articles[(items[x].answer.article, items[y].answer.article)].append((x, y))
        ranked = sorted(by_articles.values(), key=lambda ps: min(_rank(items[x], items[y], views) for x, y in ps))
        for group in ranked[:_PAIRS_PER_QUESTION]:
            x, y = min(group, key=lambda p: _rank(items[p[0]], items[p[1]], views))
            relation = _relation(kind, label, items[x], items[y], views, names)
            if relation is not None and (relation.a, relation.b) not in seen:
                seen.add((relation.a, relation.b))
                out.append(relation)
    return out


def _relation(
    kind: str, label: str, a: Found, b: Found, views: Sequence[ClaimView], names: dict[str, str]
) -> Relation | None:
    va, vb = views[a.view], views[b.view]
    if va.claim.id == vb.claim.id:
        return None
    first, second = (a, b) if (va.index, va.claim.span.start) <= (vb.index, vb.claim.span.start) else (b, a)
    return Relation(
        type="contradicts",
        a=views[first.view].claim.id,
        b=views[second.view].claim.id,
        score=1.0,
        why=f"{label}: {_told(first.answer, names)} vs {_told(second.answer, names)}",
        details=((kind, f"{_shown(first.answer)} vs {_shown(second.answer)}"),),
    )


def _rank(a: Found, b: Found, views: Sequence[ClaimView]) -> tuple[int, int, int, int]:
    """Plain statements first, then attributed and denied, then hedged; earlier articles and claims first."""
    order = {"asserted": 0, "attributed": 1, "denied": 1, "hedged": 2}
    return (
        order.get(a.answer.stance, 3) + order.get(b.answer.stance, 3),
        views[b.view].index,
        views[a.view].claim.span.start,
        views[b.view].claim.span.start,
    )


def _shown(a: Answer) -> str:
    return f"not {a.value}" if a.stance == "denied" else a.value


def _told(a: Answer, names: dict[str, str]) -> str:
    """``Russia, per the regional governor (A3)``: the answer, on whose word, in which article."""
    who = names.get(a.origin or "", "")
    per = f", per {who}" if who else ""
    firm = " (hedged)" if a.stance == "hedged" else ""
    return f"{_shown(a)}{firm}{per} ({a.article})"


def events_label(events: Sequence[Event]) -> str:
    """The main event's label, for a report's heading."""
    return next((e.label for e in events if e.main), "")
