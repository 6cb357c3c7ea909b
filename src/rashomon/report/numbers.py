"""Numbers across outlets: which quantities count the same thing, and which of them conflict.

Two quantities count the same thing when the ledger's ``naming`` says so (a
referent ``N…`` whose forms cover them), or else when what they count reads the
same once case, articles and plural endings are set aside ("12 civilians" and
"the civilian") and their units agree. This is a display decision, cautious on
purpose: groups it misses stay in the plain list of numbers.

Two numbers conflict when no value fits both: "at least 9" and "14" agree,
"about 100" and "104" agree, "12" and "14" do not.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .. import bounds
from ..casualties import CUMULATIVE, PEOPLE, TOLL_NOUNS, outcome_near
from ..model import Ledger, NamingForm, Quantity

_ANAPHORIC = frozenset({"other", "more", "one", "them", "those"})
_DETERMINERS = re.compile(r"^(?:the|a|an|some|of|these|those|their|its|his|her)\s+")


@dataclass(frozen=True, slots=True)
class NumberGroup:
    """Quantities in several articles that count the same thing."""

    label: str  # what is counted
    quantities: tuple[Quantity, ...]
    conflicting: frozenset[str]  # ids of quantities that another article contradicts
    disagreements: tuple[tuple[str, str], ...]  # pairs of values that cannot both be right, as a reader says them
    referent: str | None = None  # the naming referent that tied them, when one did

    @property
    def conflicts(self) -> bool:
        return bool(self.conflicting)


def interval(q: Quantity) -> tuple[float, float] | None:
    """The values a quantity allows, as ``(low, high)``; None when it has no value."""
    return bounds.interval(q.value, q.qualifier, q.value_max)


def conflict(a: Quantity, b: Quantity) -> bool:
    """True when no single value satisfies both quantities (the one rule the ledger's relations use too)."""
    return bounds.conflict(a, b)


_PUNCTUATION = re.compile(r"[^\w\s-]")


def counted_key(counts: str | None, unit: str | None) -> str | None:
    """What a quantity counts, normalised for comparison; None when the ledger does not say."""
    if not counts:
        return None
    words = _PUNCTUATION.sub(" ", counts.casefold())
    words = _DETERMINERS.sub("", " ".join(words.split()))
    if not words:
        return None
    head, _, last = words.rpartition(" ")
    last = _singular(last)
    if last in _ANAPHORIC:
        return None  # "27 others" and "four others" count whatever each sentence named before
    return f"{unit or ''}|{(head + ' ' + last).strip()}"


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def group_numbers(ledger: Ledger) -> tuple[NumberGroup, ...]:
    """Groups of quantities, from at least two articles, that count the same thing; conflicts first."""
    by_id = {q.id: q for q in ledger.quantities}
    taken: set[str] = set()
    groups: list[NumberGroup] = []
    for naming in ledger.naming:
        members = _named_members(naming.referent, naming.forms, ledger.quantities, by_id)
        members = [q for q in members if q.id not in taken]
        if len({q.article for q in members}) >= 2:
            taken.update(q.id for q in members)
            groups.append(_group(naming.label or (members[0].counts or members[0].text), members, naming.referent))
    _gather_deaths(ledger, groups, taken)
    keyed: dict[str, list[Quantity]] = defaultdict(list)
    for q in ledger.quantities:
        key = counted_key(q.counts, q.unit)
        if key is not None and q.id not in taken:
            keyed[key].append(q)
    for members in keyed.values():
        if len({q.article for q in members}) >= 2:
            groups.append(_group(_label(members), members, None))
    return tuple(sorted(groups, key=lambda g: (not g.conflicting, -len({q.article for q in g.quantities}), g.label)))


def _gather_deaths(ledger: Ledger, groups: list[NumberGroup], taken: set[str]) -> None:
    """Death tolls said in different words ("killing 11 civilians", "the toll rose to 14", "massacring 12
    innocent civilians") are one thing counted: they join the group that already holds a death toll, or make one."""
    texts = {a.id: a.text for a in ledger.articles}
    deaths = [q for q in ledger.quantities if _death_count(texts.get(q.article, ""), q)]
    if not deaths:
        return
    ids = {q.id for q in deaths}
    for n, g in enumerate(groups):
        if any(q.id in ids for q in g.quantities):
            extra = [q for q in deaths if q.id not in taken]
            taken.update(q.id for q in extra)
            same = {q.value for q in extra} <= {q.value for q in g.quantities}
            groups[n] = _group(g.label if same else "people killed", [*g.quantities, *extra], g.referent)
            return
    if len({q.article for q in deaths if q.id not in taken}) >= 2:
        members = [q for q in deaths if q.id not in taken]
        taken.update(q.id for q in members)
        groups.append(_group("people killed", members, None))


def _death_count(text: str, q: Quantity) -> bool:
    """A number of people killed in one event: next to a word of dying, counting people or a toll, not a part
    ("five of the dead") and not a count over months ("34 killed since last June")."""
    if q.value is None or q.unit is not None or not text:
        return False
    words = (q.counts or "toll").casefold().split()
    if not words or words[-1] not in PEOPLE and " ".join(words) not in TOLL_NOUNS:
        return False
    if text[q.span.end : q.span.end + 12].lstrip().casefold().startswith(("of ", "among ")):
        return False
    start = max(text.rfind(".", 0, q.span.start), text.rfind("\n", 0, q.span.start)) + 1
    stop = min((k for k in (text.find(".", q.span.end), text.find("\n", q.span.end)) if k >= 0), default=len(text))
    if CUMULATIVE.search(text[start:stop]):
        return False
    if q.counts and " ".join(words) in TOLL_NOUNS:
        return True  # "the death toll rose to 14": the noun says what is counted
    return outcome_near(text, q.span.start, q.span.end) == "dead"


def _named_members(
    referent: str, forms: tuple[NamingForm, ...], quantities: tuple[Quantity, ...], by_id: dict[str, Quantity]
) -> list[Quantity]:
    """The quantity a naming refers to, and every quantity inside one of its forms."""
    found: dict[str, Quantity] = {}
    if referent in by_id:
        found[referent] = by_id[referent]
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for f in forms:
        spans[f.article].append((f.start, f.end))
    for q in quantities:
        if any(s <= q.span.start and q.span.end <= e for s, e in spans.get(q.article, ())):
            found.setdefault(q.id, q)
    return sorted(found.values(), key=lambda q: int(q.id[1:]) if q.id[1:].isdigit() else 0)


def _group(label: str, members: list[Quantity], referent: str | None) -> NumberGroup:
    """Conflicts are found between distinct values, not between every pair of quantities: a big
    corpus repeats the same few numbers thousands of times."""
    by_value: dict[tuple[float, float] | None, list[Quantity]] = defaultdict(list)
    for q in members:
        by_value[interval(q)].append(q)
    values = [v for v in by_value if v is not None]
    bad: set[tuple[float, float]] = set()
    pairs = []
    for i, a in enumerate(values):
        for b in values[i + 1 :]:
            told_a, told_b = {q.article for q in by_value[a]}, {q.article for q in by_value[b]}
            # "two of their three wars" in two copies: an article that gives both numbers contradicts neither, so
            # a conflict needs an article saying one without the other, and one saying the other without the one
            if (a[1] < b[0] or b[1] < a[0]) and told_a - told_b and told_b - told_a:
                bad.update((a, b))
                pairs.append((describe(by_value[a][0]), describe(by_value[b][0])))
    conflicting = frozenset(q.id for v in bad for q in by_value[v])
    return NumberGroup(
        label=label, quantities=tuple(members), conflicting=conflicting, disagreements=tuple(pairs), referent=referent
    )


def _label(members: list[Quantity]) -> str:
    """The most common way the articles say what is counted."""
    seen: dict[str, int] = defaultdict(int)
    for q in members:
        if q.counts:
            seen[" ".join(q.counts.split())] += 1
    return max(sorted(seen), key=lambda s: seen[s]) if seen else members[0].text


def describe(q: Quantity) -> str:
    """A quantity as a reader would say it: "at least 9", "30–39 km"."""
    if q.value is None:
        return q.text
    value = _fmt(q.value) + (f"–{_fmt(q.value_max)}" if q.value_max is not None else "")
    parts = [q.qualifier or "", value, q.unit or ""]
    return " ".join(p for p in parts if p)


def _fmt(v: float) -> str:
    if float(v).is_integer():
        return f"{int(v):,}" if abs(v) >= 10_000 else str(int(v))
    return f"{v:,.10g}" if abs(v) >= 10_000 else f"{v:g}"
