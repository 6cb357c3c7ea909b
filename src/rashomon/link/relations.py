"""Where accounts agree and where they conflict, with a reason a journalist can check.

No NLI model ships in an installable package, so a contradiction is found by
structured reasoning over what extraction already produced, and each rule says
exactly what disagrees:

- numbers: the same counted thing with different numbers (``65 vs 60 people on board``);
- days: the same event on different days;
- denial: a claim and its denial (``... rejected this``), a denial of
  responsibility against a claim that the same side did it, or ``X does not
  shell civilians`` against ``X shelled civilians``;
- agents: the same act on the same target by different sides;
- unknown vs identified: ``the type has not been established`` against a claim
  that names it (an account that changed over time shows both dates);
- transport: different destinations, or different cargo, for the same transport;
- blame: who accused whom, reversed;
- speaker: the same quoted words said by two different people.

A contradiction must be specific: rules compare slots, never whole sentences,
and unrelated claims are never paired.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from itertools import combinations
from typing import Any

import numpy as np

from .. import bounds
from ..casualties import CUMULATIVE, TOLL_NOUNS, outcome_near
from ..data.calendar import RECURRING
from ..data.disputes import (
    DENIED_REPORT_ONLY,
    GROWING_COUNTS,
    PRONOUN_SPEAKERS,
    REPORTING_STEMS,
    SUBJECTLESS_START,
    VOTE_UNITS,
)
from ..data.nouns import NOUN_CLASSES, noun_class
from ..data.places import VAGUE_PLACE_NOUNS, country_of
from ..data.speech import SAID_FORMS
from ..data.targets import target_side
from ..model import Entity, Frame, Quantity, Relation, Role
from .events import Scope
from .questions import NEGATION_WORDS, PROJECTION, ROSE
from .similarity import Similarity
from .tolls import scope as count_scope
from .views import ClaimView

_ANAPHORA = {
    "this",
    "that",
    "it",
    "these",
    "those",
    "such",
    "the claim",
    "the claims",
    "the allegations",
    "the accusations",
    "the report",
    "the reports",
}
_RESPONSIBILITY = {"responsibility", "involvement", "guilt", "role", "blame"}
# "wounding 27 others", "four more": what these count is named elsewhere, so two of them are not the same thing
_ANAPHORIC_COUNTS = {"other", "more", "one", "them", "those"}
_SUBJECTLESS = re.compile("|".join(SUBJECTLESS_START))
_GROWING = re.compile(rf"\b(?:{'|'.join(GROWING_COUNTS)})\b", re.I)
# a claim that only says someone spoke ("the spokesman told state media"): a speech verb and at most two words after
_DENIED_REPORT_ONLY = re.compile("|".join(DENIED_REPORT_ONLY), re.I)
_REPORT_ONLY = re.compile(rf"^[^,;:\"“”«»]{{0,100}}\b(?:{'|'.join(SAID_FORMS)})(?:\s+[\w'’-]+){{0,2}}\W*$", re.I)
_RELATED = 0.30  # claims less alike than this are about different things and never contradict
_CONTRA_LIMIT_PER_CLAIM = 6  # one claim may conflict with several, but not with half the corpus
_PER_SIDE = 5  # claims compared from each side of a possible conflict (enough to show it, linear at scale)
# A possible contradiction: (claim, other claim, why, [(field, what each says)]), claims by their index in views.
_Found = tuple[int, int, str, list[tuple[str, str]]]


def relate_claims(
    views: Sequence[ClaimView],
    similarity: Similarity,
    groups: list[list[int]],
    entities: Sequence[Entity],
    scope: Scope | None = None,
    compared: Sequence[Relation] = (),
) -> tuple[Relation, ...]:
    """Contradictions (the questions' comparison first, then the slot rules, between claims about one event) and
    agreements within clusters."""
    names = {e.id: e for e in entities}
    found: dict[tuple[int, int], Relation] = {}
    per_claim: dict[int, int] = {}
    position = {v.claim.id: k for k, v in enumerate(views)}
    for r in compared:
        a, b = position[r.a], position[r.b]
        if (a, b) not in found and (b, a) not in found:
            found[(a, b)] = r
            per_claim[a] = per_claim.get(a, 0) + 1
            per_claim[b] = per_claim.get(b, 0) + 1
    candidates = [
        c
        for c in _contradictions(views, similarity, groups, names)
        if scope is None or (scope.same_event(c[0], c[1]) and scope.main(c[0]))
    ]
    # one conflict per claim, reason and other article is enough to show it: keep the strongest
    best: dict[tuple[int, str, str], tuple[float, int]] = {}
    for n, (i, j, _why, details) in enumerate(candidates):
        rule = details[0][0] if details else ""
        strength = similarity.score(i, j) + _preference(rule, views[i], views[j])
        for key in ((i, rule, views[j].article), (j, rule, views[i].article)):
            if key not in best or strength > best[key][0]:
                best[key] = (strength, n)
    for n, (i, j, why, details) in enumerate(candidates):
        rule = details[0][0] if details else ""
        if best[(i, rule, views[j].article)][1] != n or best[(j, rule, views[i].article)][1] != n:
            continue
        a, b = (i, j) if _earlier(views[i], views[j]) else (j, i)
        if (a, b) in found or (b, a) in found:
            continue
        if per_claim.get(a, 0) >= _CONTRA_LIMIT_PER_CLAIM or per_claim.get(b, 0) >= _CONTRA_LIMIT_PER_CLAIM:
            continue
        why, details = _with_evolution(views[a], views[b], why, details)
        found[(a, b)] = Relation(
            type="contradicts",
            a=views[a].claim.id,
            b=views[b].claim.id,
            score=round(max(similarity.score(a, b), 0.0), 4),
            why=why,
            details=tuple(details),
        )
        per_claim[a] = per_claim.get(a, 0) + 1
        per_claim[b] = per_claim.get(b, 0) + 1
    agrees = list(_agreements(views, similarity, groups, found))
    return tuple(sorted(found.values(), key=_order)) + tuple(agrees)


def _preference(rule: str, a: ClaimView, b: ClaimView) -> float:
    """Which of several conflicting claims in one article best shows the conflict: a plain statement over a
    relayed one, a main clause over a modifier, and, for an account that changed, the first time it changed."""
    score = 0.3 * (a.claim.stance == "asserted") + 0.3 * (b.claim.stance == "asserted")
    score += 0.2 * any(f.main for f in a.frames) + 0.2 * any(f.main for f in b.frames)
    if rule == "unknown":
        later = b if any(f.kind == "establish" for f in a.frames) else a
        when = _when(later)
        if when is not None:
            score -= when.toordinal() / 1000.0  # the earliest identification wins
        score += 0.1 * len([r for f in later.frames for r in f.roles if r.name == "instrument"])
    return score


def _order(r: Relation) -> tuple[int, int]:
    return int(r.a[1:]), int(r.b[1:])


# ---------------------------------------------------------------- contradictions


def _contradictions(
    views: Sequence[ClaimView], similarity: Similarity, groups: list[list[int]], names: dict[str, Entity]
) -> Iterator[_Found]:
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for k, v in enumerate(views):
        for n, frame in enumerate(v.frames):
            if frame.kind:
                by_kind.setdefault(frame.kind, []).append((k, n))
    yield from _denials(views, similarity)
    yield from _content_denials(views, similarity)
    yield from _unknown_identified(views, by_kind, names)
    yield from _transport(views, by_kind, similarity)
    yield from _blame(views, by_kind, similarity)
    yield from _numbers(views, groups)
    yield from _speakers(views, names)
    yield from _days(views, groups)
    yield from _days_across(views, similarity)


def _related(similarity: Similarity, i: int, j: int) -> bool:
    return similarity.score(i, j) >= _RELATED


_TOPICS = 5  # an article's topic: the entities most of its claims name
_UNTOPICAL = 0.25
_STORY = 0.10  # two short claims of one story may share few words ("17 people had died in the crash")


def _id_order(item_id: str) -> tuple[int, str]:
    """Ids in the order they were given (E2 before E10): set order changes with Python's hash seed."""
    return len(item_id), item_id


def _topics(views: Sequence[ClaimView]) -> dict[str, set[str]]:
    """Per article, the entities named in the most of its claims, the rarer in the corpus first among equals
    (a village says more than a country): what the article is about."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for v in views:
        for e in sorted(v.entities, key=_id_order):
            counts[v.article][e] += 1
    df: dict[str, int] = defaultdict(int)
    for by_entity in counts.values():
        for e in by_entity:
            df[e] += 1
    out = {}
    for article, by_entity in counts.items():
        top = sorted(by_entity, key=lambda e: (-by_entity[e], df[e], e))[:_TOPICS]
        out[article] = set(top)
    return out


def _same_story(
    similarity: Similarity, topics: dict[str, set[str]], v: ClaimView, w: ClaimView, i: int, j: int
) -> bool:
    """Alike claims, or short claims from two articles about the same topic (a slot rule has matched already)."""
    score = similarity.score(i, j)
    ta, tb = topics.get(v.article, set()), topics.get(w.article, set())
    if not ta or not tb:
        return score >= _UNTOPICAL  # an article naming no entity: its words must carry it
    return score >= _RELATED or (score >= _STORY and bool(ta & tb))


def _denials(views: Sequence[ClaimView], similarity: Similarity) -> Iterator[_Found]:
    """``X could have included US personnel`` ... ``Washington, "of course, rejected this."``"""
    for k, v in enumerate(views):
        if v.claim.stance != "denied" or not _anaphoric(v):
            continue
        for back in range(k - 1, max(-1, k - 6), -1):
            prev = views[back]
            if prev.article != v.article or prev.claim.stance == "denied" or prev.claim.span.end > v.claim.span.start:
                continue
            if any(
                o is not prev
                and o.article == prev.article
                and o.claim.span.contains(prev.claim.span)
                and o.claim.span != prev.claim.span
                for o in views[max(0, back - 6) : back + 1]
            ):
                continue  # a clause nested in a sentence: the denial answers the sentence
            if v.claim.span.start - prev.claim.span.end > 600:
                break
            if not _deniable(prev):
                break
            denier = v.claim.speaker_text or "it"
            yield (
                back,
                k,
                f"claim and its denial: {_short(prev.claim.text)} — denied ({_short(v.claim.text, 60)})",
                [("denied by", denier)],
            )
            break


_PRONOUNS = {"this", "that", "it", "these", "those", "such"}
# after a pronoun, what keeps it a pronoun ("rejected this outright", "denied it again"), not a clause ("denied it had")
_AFTER_PRONOUN = {
    "claim",
    "claims",
    "report",
    "reports",
    "version",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "statement",
    "statements",
    "story",
    "account",
    "assertion",
    "and",
    "as",
    "in",
    "on",
    "at",
    "outright",
    "immediately",
    "firmly",
    "categorically",
    "too",
    "again",
    "entirely",
    "flatly",
}
_PUNCT_OR_END = re.compile(r"^(?:$|[.,;:!?\"\u201d)\u2019'])")


_WORD_OR_MARK = re.compile(r"[\w'\u2019-]+|[^\w\s]")


def _anaphoric(v: ClaimView) -> bool:
    """The denial points back (``rejected this``), rather than stating what it denies (``denied that its ship
    damaged the pipeline``, ``rejected claims that their troops ...``)."""
    words = _WORD_OR_MARK.findall(v.claim.text.casefold())
    for x, word in enumerate(words):
        after = words[x + 1] if x + 1 < len(words) else ""
        if word in _PRONOUNS and (not after or _PUNCT_OR_END.match(after) or after in _AFTER_PRONOUN):
            return True
        if word == "the" and after in _AFTER_PRONOUN and (x + 2 >= len(words) or _PUNCT_OR_END.match(words[x + 2])):
            return True  # "rejected the allegations."
    return False


_UNKNOWN_AGENTS = {"who", "whoever", "someone", "somebody", "anyone", "anybody", "which", "what"}
_DENIAL_RELATED = 0.42  # a denial that states its content answers a claim this alike


def _content_denials(views: Sequence[ClaimView], similarity: Similarity) -> Iterator[_Found]:
    """``Nordline denied that it had ignored any warnings`` against ``Nordline allegedly ignored warnings``;
    ``Moscow rejected accusations that its troops blew up the dam`` against ``Russian forces blew up the dam``.
    Candidates: the blocked cross-article pairs, and the few claims before the denial in its own article."""
    denied = [k for k, v in enumerate(views) if v.claim.stance == "denied" and not _anaphoric(v)]
    if not denied:
        return
    topic = topic_stems(views)
    wanted = np.zeros(len(views), dtype=bool)
    wanted[denied] = True
    any_denied = np.array([v.claim.stance == "denied" for v in views], dtype=bool)
    rows, cols, scores = similarity.pairs()
    keep = (scores >= _DENIAL_RELATED) & (any_denied[rows] != any_denied[cols]) & (wanted[rows] | wanted[cols])
    pairs: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for i, j, score in zip(rows[keep].tolist(), cols[keep].tolist(), scores[keep].tolist(), strict=True):
        if wanted[i]:
            pairs[i].append((score, j))
        else:
            pairs[j].append((score, i))
    for k in denied:
        v = views[k]
        near = [
            (similarity.score(k, b), b)
            for b in range(max(0, k - 6), k)
            if views[b].article == v.article
            and views[b].claim.stance != "denied"
            and not views[b].claim.span.overlaps(v.claim.span)
        ]
        found = sorted([*pairs.get(k, []), *(x for x in near if x[0] >= _DENIAL_RELATED)], reverse=True)
        for _score, j in found[:_PER_SIDE]:
            w = views[j]
            if not _deniable(w) or not _same_proposition(v, w, topic) or _counts_both(v, w):
                continue
            if NEGATION_WORDS.search(w.claim.text):
                continue  # "no consignment for military use was at the site": another report of the denial
            denier = v.claim.speaker_text or "it"
            yield (
                j,
                k,
                f"claim and its denial: {_short(w.claim.text)} — denied ({_short(v.claim.text, 60)})",
                [("denied by", denier)],
            )


def _deniable(v: ClaimView) -> bool:
    """A claim a denial can answer: it has its subject (``was prepared by the Ukrainians`` has lost it) and says
    more than that someone spoke (``the spokesman told state media`` states nothing)."""
    text = v.claim.text.strip()
    return not _SUBJECTLESS.match(text) and not _REPORT_ONLY.search(text)


def _counts_both(denial: ClaimView, claim: ClaimView) -> bool:
    """Both claims give a toll: the denial of a count (``denied a report that the toll exceeded 125``) is the
    counts' question (compare.py: bounds, days, rival sources), not a claim and its denial."""
    return any(_toll_told(denial, q) for q in denial.quantities) and any(_toll_told(claim, q) for q in claim.quantities)


def _toll_told(v: ClaimView, q: Quantity) -> bool:
    """A toll, by the outcome near the number or by what it counts (``the death toll ... has exceeded 125``)."""
    counts = " ".join((q.counts or "").casefold().split())
    return _toll(v, q) or any(counts == t or counts.endswith(f" {t}") for t in TOLL_NOUNS)


def _same_proposition(denial: ClaimView, claim: ClaimView, topic: frozenset[str] = frozenset()) -> bool:
    """What the denial denies is what the claim states: the same kind of act on the same kind of target, by a side
    that is not named differently; with no frames on either, the same content words, one of them neither a name nor
    a word of the story's ``topic`` (a president refuting reports of a massacre and the same president condoling with
    the families after the same protests share the president and the protests, not a proposition)."""
    acts = [(n, f) for n, f in enumerate(claim.frames) if f.kind and not f.negated]
    for n, f in enumerate(denial.frames):
        for m, g in acts:
            if f.kind != g.kind:
                continue
            ta, tb = _target(denial, n), _target(claim, m)
            agent = claim.frames[m].role("agent")
            if ta is None or ta != tb or agent is None or agent.text.casefold() in _UNKNOWN_AGENTS:
                continue  # "no evidence of who fired the missile" says nobody did it
            sa, sb = denial.side.get((n, "agent")), claim.side.get((m, "agent"))
            if sa and sb and sa != sb:
                continue  # denying that A did it does not answer a claim that B did
            return True
    if denial.frames or claim.frames:
        return False
    if _DENIED_REPORT_ONLY.search(denial.claim.text):
        return False  # "Kyiv rejected the September 19 report": what it denies is not said; shared words match nothing
    shared = _told_stems(denial) & _told_stems(claim)
    figures = {q.value for q in denial.quantities if q.value is not None} & {
        q.value for q in claim.quantities if q.value is not None
    }  # the same figure in both is what a denial of it denies, however often the story repeats it
    return len(shared) + len(figures) >= 2 and bool(figures or shared - _names(denial) - _names(claim) - topic)


_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[^\W\d_][\w'’-]*", re.UNICODE)
_TOPIC_SHARE = 0.4  # a word in this share of a story's articles (and in three at least) names the story, not a claim


def _stem(word: str) -> str:
    return word.rstrip("s").removesuffix("ed")


def _told_stems(v: ClaimView) -> set[str]:
    """The stems of a claim's content words, less the words of reporting and denying."""
    return {_stem(w) for w in v.words if _stem(w) not in REPORTING_STEMS}


def _names(v: ClaimView) -> set[str]:
    """The stems of the words written with a capital inside the claim's sentence: names, not what is told of them."""
    return {_stem(m.group(0).casefold()) for m in _CAPITALISED.finditer(v.claim.text) if m.group(0)[0].isupper()}


def topic_stems(views: Sequence[ClaimView]) -> frozenset[str]:
    """Stems found in many of the story's articles ("protests", "president", the place): every claim shares them, so
    sharing them says nothing of sharing a proposition. A number written in words is never one."""
    articles: dict[str, set[str]] = defaultdict(set)
    for v in views:
        articles[v.article] |= {_stem(w) for w in v.words}
    counts = Counter(s for stems in articles.values() for s in stems)
    floor = max(3.0, _TOPIC_SHARE * len(articles))
    return frozenset(s for s, n in counts.items() if n >= floor and not any(c.isdigit() for c in s))


def _responsibility(views: Sequence[ClaimView], by_kind: dict[str, list[tuple[int, int]]]) -> Iterator[_Found]:
    """``Ukraine does not admit responsibility`` against ``shot down by the Ukrainian Armed Forces``."""
    attackers: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for k, n in by_kind.get("attack", []):
        side = views[k].side.get((n, "agent"))
        if side:
            attackers[side].append((k, n))
    for k, n in by_kind.get("admit", []):
        v = views[k]
        frame = v.frames[n]
        patient = frame.role("patient")
        if not frame.negated or patient is None or patient.text.casefold().split()[-1] not in _RESPONSIBILITY:
            continue
        side = v.side.get((n, "agent"))
        if side is None:
            continue
        for k2, n2 in attackers.get(side, [])[: _PER_SIDE * 4]:
            w = views[k2]
            if k2 == k or w.claim.stance == "denied" or w.frames[n2].negated:
                continue
            if w.classes.get((n2, "patient")) not in ("aircraft", None) and not w.roles.get((n2, "patient")):
                continue
            agent = w.frames[n2].role("agent")
            yield (
                k,
                k2,
                (
                    f"{side} does not admit responsibility, but {w.article} says it was done by "
                    f"{agent.text if agent else side}"
                ),
                [("denial", _short(v.claim.text)), ("assertion", _short(w.claim.text))],
            )


def _agents(
    views: Sequence[ClaimView], by_kind: dict[str, list[tuple[int, int]]], similarity: Similarity
) -> Iterator[_Found]:
    """The same act on the same target attributed to different sides (``blew up the dam`` and ``destroyed the
    dam``: the act's class, not its verb); with no target, the same weapon fired by different sides; and an
    attack mirrored (A fired on B's post vs B fired on A's positions)."""
    buckets: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    mirrored: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for k, n in by_kind.get("attack", []):
        v = views[k]
        side = v.side.get((n, "agent"))
        if not side or v.frames[n].negated:
            continue  # "X does not shell civilians" says X did not: a denial, compared in _negated_acts
        target = _target(v, n)
        if target:
            buckets[target][side].append((k, n))
        victim = v.side.get((n, "patient"))
        if victim and victim != side:
            mirrored[(side, victim)].append((k, n))
    for by_side in buckets.values():
        for sa, sb in combinations(sorted(by_side), 2):
            for k, n in by_side[sa][:_PER_SIDE]:
                for k2, n2 in by_side[sb][:_PER_SIDE]:
                    v, w = views[k], views[k2]
                    if v.article == w.article or not _related(similarity, k, k2) or _denied_either(v, w):
                        continue
                    yield (
                        k,
                        k2,
                        f"who did it: {sa} ({v.article}) vs {sb} ({w.article})",
                        [("agent", f"{_role_text(v.frames[n], 'agent')} vs {_role_text(w.frames[n2], 'agent')}")],
                    )
    for (sa, sb), items in mirrored.items():
        if sa > sb:
            continue
        for k, n in items[:_PER_SIDE]:
            for k2, n2 in mirrored.get((sb, sa), [])[:_PER_SIDE]:
                v, w = views[k], views[k2]
                if v.article == w.article or not _related(similarity, k, k2) or _denied_either(v, w):
                    continue
                yield (
                    k,
                    k2,
                    (f"who did it: {sa} attacked {sb} ({v.article}) vs {sb} attacked {sa} ({w.article})"),
                    [
                        (
                            "agent",
                            f"{_role_text(v.frames[n], 'agent')} vs {_role_text(w.frames[n2], 'agent')}",
                        )
                    ],
                )


# who an attack hit, as far as the conflict goes: "civilians" and "the civilian population" are one target,
# "military posts" another (the noun class alone calls both people)


def _victim(v: ClaimView, n: int) -> str | None:
    patient = v.frames[n].role("patient")
    side = target_side(patient.text) if patient is not None else None
    return side or _target(v, n)


def _negated_acts(
    views: Sequence[ClaimView], by_kind: dict[str, list[tuple[int, int]]], similarity: Similarity
) -> Iterator[_Found]:
    """One side's denial against another account's assertion of the same act: ``the army does not target
    civilians`` (A1) vs ``the army's troops deliberately targeted the civilian population`` (A3). The same side
    and the same kind of target on both; ``X did not shell civilians`` says nothing against ``X shelled posts``."""
    said: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    denied: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for k, n in by_kind.get("attack", []):
        v = views[k]
        side, victim = v.side.get((n, "agent")), _victim(v, n)
        if not side or not victim or v.claim.stance == "denied":
            continue
        (denied if v.frames[n].negated else said)[(side, victim)].append((k, n))
    for key, denials in denied.items():
        for k, n in denials[:_PER_SIDE]:
            for k2, _n2 in said.get(key, [])[: _PER_SIDE * 2]:
                v, w = views[k], views[k2]
                if v.article == w.article or not _related(similarity, k, k2):
                    continue
                yield (
                    k,
                    k2,
                    (
                        f"denial and assertion of the same act: {_role_text(v.frames[n], 'agent')} does not "
                        f"{v.frames[n].predicate} {key[1]} ({v.article}) vs {_short(w.claim.text, 70)} "
                        f"({w.article})"
                    ),
                    [("denied act", f"{key[0]}: {v.frames[n].predicate} {key[1]}")],
                )


def _target(v: ClaimView, n: int) -> str | None:
    """What an act was done to (entity id or noun class); for a launch with no target named, the one weapon
    fired (``the missile was fired by X``), never a counted salvo (``90 missiles``)."""
    target = v.roles.get((n, "patient")) or v.classes.get((n, "patient"))
    if not target and not v.frames[n].role("patient"):
        instrument = v.frames[n].role("instrument")
        if instrument is not None and not _counted(v, instrument.span.start, instrument.span.end):
            target = f"fired:{v.classes.get((n, 'instrument')) or noun_class(instrument.text)}"
    return target


def _denied_either(v: ClaimView, w: ClaimView) -> bool:
    return v.claim.stance == "denied" or w.claim.stance == "denied"


def _counted(v: ClaimView, start: int, end: int) -> bool:
    """A number inside a phrase: ``about 90 missiles`` are not ``the missile``."""
    return any(start <= q.span.start and q.span.end <= end for q in v.quantities)


def _unknown_identified(
    views: Sequence[ClaimView], by_kind: dict[str, list[tuple[int, int]]], names: dict[str, Entity]
) -> Iterator[_Found]:
    """``the type of which has not been established`` against a claim that names the weapon."""
    establish = by_kind.get("establish", [])
    if not establish:
        return
    equipped = [k for k, v in enumerate(views) if any(e in names and names[e].type == "EQUIPMENT" for e in v.entities)]
    for k, n in establish:
        v = views[k]
        unknown = v.frames[n].role("unknown")
        if unknown is None:
            continue
        wanted = {w for w in unknown.text.casefold().split() if w in NOUN_CLASSES["weapons"]}
        if not wanted:
            continue
        for k2 in equipped:
            w = views[k2]
            if k2 == k or w.article == v.article:
                continue
            named = [
                names[e]
                for e in sorted(w.entities, key=_id_order)
                if e in names
                and names[e].type == "EQUIPMENT"
                and any(
                    word in wanted or word.rstrip("s") in wanted
                    for alias in (names[e].name, *names[e].aliases)
                    for word in alias.casefold().split()
                )
            ]
            if not named or not any(f.kind in ("attack", "use") for f in w.frames) and "use" not in w.words:
                continue
            yield (
                k,
                k2,
                (
                    f"weapon: '{_short(unknown.text, 50)}' not established ({v.article}) vs identified as "
                    f"{named[0].name} ({w.article})"
                ),
                [("unknown", unknown.text), ("identified", named[0].name)],
            )


def _unknown_first(a: ClaimView, b: ClaimView) -> bool:
    """The earlier claim is the one that said it was not known: the account moved from unknown to identified."""
    return any(f.kind == "establish" and f.negated for f in a.frames)


def _transport(
    views: Sequence[ClaimView], by_kind: dict[str, list[tuple[int, int]]], similarity: Similarity
) -> Iterator[_Found]:
    """The same transport with different destinations, or with different cargo."""
    to: dict[str, list[tuple[int, int]]] = defaultdict(list)  # people moved, by destination
    cargo: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))  # vehicle -> class
    for k, n in by_kind.get("transport", []):
        v = views[k]
        frame = v.frames[n]
        klass = _cargo_class(v, n, frame)
        dest = frame.role("destination")
        if dest is not None and klass == "people":
            to[v.roles.get((n, "destination")) or dest.text.casefold()].append((k, n))
        vehicle = v.classes.get((n, "vehicle")) or v.roles.get((n, "vehicle"))  # "the Il-76" and "the plane" alike
        if vehicle and klass in ("people", "weapons"):
            cargo[vehicle][klass].append((k, n))
    yield from _vehicle_destinations(views, by_kind, similarity)
    for da, db in combinations(sorted(to), 2):
        for k, n in to[da][:_PER_SIDE]:
            for k2, n2 in to[db][:_PER_SIDE]:
                v, w = views[k], views[k2]
                ra, rb = _role_text(v.frames[n], "destination"), _role_text(w.frames[n2], "destination")
                if v.article == w.article or _overlap(ra, rb) or not _rival_places(ra, rb):
                    continue
                yield (
                    k,
                    k2,
                    f"destination: {_short(ra, 50)} ({v.article}) vs {_short(rb, 50)} ({w.article})",
                    [("destination", f"{ra} vs {rb}")],
                )
    for by_class in cargo.values():
        if len(by_class) < 2:
            continue
        for k, n in by_class["weapons"][: _PER_SIDE * 2]:
            for k2, n2 in by_class["people"][: _PER_SIDE * 4]:
                v, w = views[k], views[k2]
                if v.article == w.article:
                    continue
                ta, tb = v.frames[n].role("cargo"), w.frames[n2].role("cargo")
                yield (
                    k,
                    k2,
                    (
                        f"cargo: {_short(ta.text if ta else 'weapons', 50)} ({v.article}) vs "
                        f"{_short(tb.text if tb else 'people', 50)} ({w.article})"
                    ),
                    [("cargo", "weapons vs people")],
                )


_VEHICLE_WORDS = {
    "ship",
    "vessel",
    "boat",
    "ferry",
    "tanker",
    "freighter",
    "plane",
    "aircraft",
    "airliner",
    "jet",
    "helicopter",
    "train",
    "bus",
    "truck",
    "convoy",
    "flight",
    "carrier",
    "submarine",
    "yacht",
}


def _vehicle_destinations(
    views: Sequence[ClaimView], by_kind: dict[str, list[tuple[int, int]]], similarity: Similarity
) -> Iterator[_Found]:
    """``The ship was heading to Arkhangelsk`` against ``the Newnew Polar Bear was sailing to Saint Petersburg``:
    a vehicle (a vehicle noun or a named craft) bound for two places, in claims about the same thing."""
    to: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for k, n in by_kind.get("transport", []):
        v = views[k]
        frame = v.frames[n]
        moved, dest = frame.role("cargo"), frame.role("destination")
        if moved is None or dest is None or frame.role("vehicle") is not None or frame.negated:
            continue
        if moved.text.casefold().split()[-1] in _VEHICLE_WORDS or v.roles.get((n, "cargo")):
            to[v.roles.get((n, "destination")) or dest.text.casefold()].append((k, n))
    topics = _topics(views) if len(to) > 1 else {}
    common = sorted(to, key=lambda d: (-len(to[d]), d))[:_VALUES_COMPARED]  # a few places, however large the corpus
    for da, db in combinations(sorted(common), 2):
        for k, n in to[da][:_PER_SIDE]:
            for k2, n2 in to[db][:_PER_SIDE]:
                v, w = views[k], views[k2]
                ra, rb = _role_text(v.frames[n], "destination"), _role_text(w.frames[n2], "destination")
                if (
                    v.article == w.article
                    or _overlap(ra, rb)
                    or not _rival_places(ra, rb)
                    or not _same_story(similarity, topics, v, w, k, k2)
                ):
                    continue
                if (
                    v.roles.get((n, "cargo"))
                    and w.roles.get((n2, "cargo"))
                    and v.roles[(n, "cargo")] != w.roles[(n2, "cargo")]
                ):
                    continue  # two named craft: two journeys
                why = f"destination: {_short(ra, 50)} ({v.article}) vs {_short(rb, 50)} ({w.article})"
                yield k, k2, why, [("destination", f"{ra} vs {rb}")]


def _rival_places(a: str, b: str) -> bool:
    """Whether two destinations can be different places: not when one is a country and the other a place that may
    lie in it (``taken to Bandar Abbas port`` and ``headed towards Iran``, ``medical institutions`` and ``Armenia``:
    one journey told at two scales), nor when one says only roughly where (``transferred to the coast``)."""
    if _is_country(a) != _is_country(b):
        return False
    return not (_vague_place(a) or _vague_place(b))


def _vague_place(text: str) -> bool:
    words = [w.strip(".,").casefold() for w in text.split()]
    return bool(words) and words[-1] in VAGUE_PLACE_NOUNS


def _is_country(text: str) -> bool:
    words = [w for w in text.split() if w.casefold() not in ("the", "to", "towards", "toward")]
    return bool(words) and country_of(" ".join(words)) is not None


def _cargo_class(v: ClaimView, n: int, frame: Frame) -> str | None:
    cargo = frame.role("cargo")
    if cargo is None:
        return None
    return v.classes.get((n, "cargo")) or noun_class(cargo.text) or None


def _blame(
    views: Sequence[ClaimView], by_kind: dict[str, list[tuple[int, int]]], similarity: Similarity
) -> Iterator[_Found]:
    """Who accused whom, reversed between accounts of the same accusation; or a different party blamed."""
    blames = by_kind.get("blame", [])[: _PER_SIDE * 40]
    # when each side blames the other, an article that reports both accusations does not contradict one that
    # reports either: the same accusation, told alike, stands in the other article too
    accusations: dict[str, list[tuple[int, str, str | None]]] = defaultdict(list)
    for k, n in by_kind.get("blame", []):
        side = views[k].side.get((n, "agent"))
        if side and not views[k].frames[n].negated:
            accusations[views[k].article].append((k, side, views[k].side.get((n, "patient"))))

    def told_in(article: str, k: int, agent: str | None, patient: str | None) -> bool:
        return any(
            a == agent and p in (None, patient) and _related(similarity, k, k3)
            for k3, a, p in accusations[article]
            if k3 != k
        )

    for x, (k, n) in enumerate(blames):
        for k2, n2 in blames[x + 1 :]:
            v, w = views[k], views[k2]
            if v.article == w.article or not _related(similarity, k, k2):
                continue
            sa, sb = v.side.get((n, "agent")), w.side.get((n2, "agent"))
            pa, pb = v.side.get((n, "patient")), w.side.get((n2, "patient"))
            if (
                sa
                and sb
                and sa != sb
                and (pa in (None, sb) and pb in (None, sa))
                and not (told_in(w.article, k, sa, pa) or told_in(v.article, k2, sb, pb))  # each side blames the other
            ):
                yield (
                    k,
                    k2,
                    (
                        f"who accuses whom is reversed: {sa} accuses ({v.article}) vs {sb} accuses "
                        f"{pb or 'the other'} ({w.article})"
                    ),
                    [("accuser", f"{sa} vs {sb}")],
                )
            elif (
                pa
                and pb
                and pa != pb
                and (sa == sb or _same_text(v.frames[n].role("agent"), w.frames[n2].role("agent")))
            ):
                yield (
                    k,
                    k2,
                    (
                        f"who is blamed: {_role_text(v.frames[n], 'patient')} ({v.article}) vs "
                        f"{_role_text(w.frames[n2], 'patient')} ({w.article})"
                    ),
                    [("blamed", f"{pa} vs {pb}")],
                )


def _numbers(views: Sequence[ClaimView], groups: list[list[int]]) -> Iterator[_Found]:
    """The same counted thing with different numbers, between claims of one cluster."""
    for group in groups:
        counted = [
            (k, q)
            for k in group
            for q in views[k].quantities
            if q.value is not None and q.counts and _head(q.counts) not in _ANAPHORIC_COUNTS
        ]
        by_head: dict[tuple[str, str | None], list[tuple[int, Quantity]]] = defaultdict(list)
        for k, q in counted:
            by_head[(_head(q.counts or ""), q.unit)].append((k, q))  # counts and value are set: see counted
        for items in by_head.values():
            values: dict[int, set[float]] = defaultdict(set)
            for k, q in items:
                values[k].add(q.value or 0.0)
            items = items[: _PER_SIDE * 8]
            # asked once per pair, answered by one claim or one number: each answer found once
            over_months: dict[int, bool] = {}
            tolls: dict[int, bool] = {}
            scopes: dict[int, str | None] = {}
            for x, (i, q) in enumerate(items):
                for y in range(x + 1, len(items)):
                    j, r = items[y]
                    v, w = views[i], views[j]
                    if v.article == w.article or _compatible(q, r):
                        continue
                    if q.value in values[j] or r.value in values[i]:
                        continue  # "two of their three wars" in both: the same numbers, paired differently
                    if _kept(over_months, i, _cumulative, v) != _kept(over_months, j, _cumulative, w):
                        continue  # a count over months against one event's count
                    if q.unit == "%" or _kept(tolls, x, _toll, v, q) or _kept(tolls, y, _toll, w, r):
                        continue  # tolls and shares are the questions' (compare.py): evolution, parts, bounds
                    if _head(q.counts or "") in VOTE_UNITS:
                        continue  # votes are the questions' too, per candidate (a rounded figure agrees)
                    if _changing(v, w):
                        continue  # a count said to change, or projected: an update, not a rival account
                    sa, sb = _scope_of(scopes, x, v, q), _scope_of(scopes, y, w, r)
                    if sa is not None and sb is not None and sa != sb:
                        continue  # a hospital's count against a city's or the country's: another scope
                    if v.published != w.published and (_GROWING.search(v.claim.text) or _GROWING.search(w.claim.text)):
                        continue  # suspects detained, people evacuated: counts grow from one day to the next
                    yield (
                        i,
                        j,
                        f"{q.text} vs {r.text} {r.counts} ({v.article} vs {w.article})",
                        [("number", f"{q.text} {q.counts} vs {r.text} {r.counts}")],
                    )


def _kept(memo: dict[int, bool], key: int, test: Callable[..., bool], *args: Any) -> bool:
    """``test(*args)``, asked once per ``key`` of ``memo``."""
    found = memo.get(key)
    if found is None:
        found = memo[key] = test(*args)
    return found


def _cumulative(v: ClaimView) -> bool:
    return bool(CUMULATIVE.search(v.claim.text))


def _toll(v: ClaimView, q: Quantity) -> bool:
    start, end = q.span.start - v.claim.span.start, q.span.end - v.claim.span.start
    return outcome_near(v.claim.text, start, end) is not None


def _scope_of(memo: dict[int, str | None], key: int, v: ClaimView, q: Quantity) -> str | None:
    """``_scope(v, q)``, read once per ``key`` of ``memo`` (a number is compared with many others)."""
    if key not in memo:
        memo[key] = _scope(v, q)
    return memo[key]


def _scope(v: ClaimView, q: Quantity) -> str | None:
    """The site or whole the claim tells the number for (``tolls.scope``, places aside: they need the entities)."""
    start, end = q.span.start - v.claim.span.start, q.span.end - v.claim.span.start
    others = [(n.span.start - v.claim.span.start, n.span.end - v.claim.span.start) for n in v.quantities if n is not q]
    return count_scope(v.claim.text, start, end, numbers=others)


def _changing(v: ClaimView, w: ClaimView) -> bool:
    return _moving(v.claim.text) or _moving(w.claim.text)


@functools.lru_cache(maxsize=1 << 14)  # asked once per pair of claims: each text's answer kept
def _moving(text: str) -> bool:
    """A count said to have risen or projected (``rose to``, ``could reach``)."""
    return bool(ROSE.search(text) or PROJECTION.search(text))


_QUOTE_WORDS = 6  # a quotation this long, word for word in two accounts, is one utterance, not a common phrase


_WORD_RUN = re.compile(r"\w+")


def _speakers(views: Sequence[ClaimView], names: dict[str, Entity]) -> Iterator[_Found]:
    """The same quoted words put in the mouths of two different people (a rewrite that swapped the speaker)."""
    said: dict[str, list[int]] = defaultdict(list)
    for k, v in enumerate(views):
        if v.claim.quote_ref is None or v.speaker is None or getattr(names.get(v.speaker), "type", None) != "PERSON":
            continue
        words = _WORD_RUN.findall(v.claim.text.casefold())
        if len(words) >= _QUOTE_WORDS:
            said[" ".join(words)].append(k)
    for ks in said.values():
        for x, i in enumerate(ks[: _PER_SIDE * 4]):
            for j in ks[x + 1 : _PER_SIDE * 4]:
                v, w = views[i], views[j]
                if v.article == w.article or v.speaker == w.speaker or v.speaker is None or w.speaker is None:
                    continue
                if _by_pronoun(v) or _by_pronoun(w):
                    continue  # "he said": which of two men named before is the ledger's guess, not a swap
                a, b = names[v.speaker].name, names[w.speaker].name
                yield (
                    i,
                    j,
                    f"the same words are put in the mouths of {a} ({v.article}) and {b} ({w.article})",
                    [("speaker", f"{a} vs {b}")],
                )


def _by_pronoun(v: ClaimView) -> bool:
    return (v.claim.speaker_text or "").strip().casefold() in PRONOUN_SPEAKERS


_VALUES_COMPARED = 12


def _role_text(frame: Frame, name: str) -> str:
    """The text of a frame's role (the rules that quote it have checked it is there), or ""."""
    role = frame.role(name)
    return role.text if role is not None else ""


def _head(phrase: str) -> str:
    words = [w.strip(".,").casefold() for w in phrase.split()]
    return words[-1].rstrip("s") if words else ""


def _compatible(q: Quantity, r: Quantity) -> bool:
    """``at least 60`` and ``65`` can both be true; ``60`` and ``65`` cannot (the rule the report uses too)."""
    return not bounds.conflict(q, r)


def _days(views: Sequence[ClaimView], groups: list[list[int]]) -> Iterator[_Found]:
    """The same event, in one cluster, on different days (not an act told as recurring: ``deployed again``)."""
    for group in groups:
        dated = [k for k in group if views[k].day_inside and views[k].frames][: _PER_SIDE * 8]
        for x, i in enumerate(dated):
            for j in dated[x + 1 :]:
                v, w = views[i], views[j]
                if v.article == w.article or v.day == w.day or _recurring(v) or _recurring(w) or _one_side(v, w):
                    continue
                if _main_kinds(v) & _main_kinds(w):
                    yield (
                        i,
                        j,
                        f"the same event on different days: {v.day} ({v.article}) vs {w.day} ({w.article})",
                        [("day", f"{v.day} vs {w.day}")],
                    )


_DAYS_RELATED = 0.35


def _main_kinds(v: ClaimView) -> set[str | None]:
    """The kinds of the acts a claim's day dates: those of its main predicates. An act told inside a modifier (``the
    accident last month that killed 293``, in a claim about arrests made today) is recalled, not dated by the day."""
    return {f.kind for f in v.frames if f.main}


def _days_across(views: Sequence[ClaimView], similarity: Similarity) -> Iterator[_Found]:
    """The same event on different days, in claims the clustering kept apart (``A ferry sank off Korsa on May
    11`` vs ``The ferry sank on May 10``): the same predicate, and every role both name has the same head noun."""
    dated = np.array([bool(v.day_inside and v.day and len(v.day) == 10 and v.frames) for v in views], dtype=bool)
    if dated.sum() < 2:
        return
    rows, cols, scores = similarity.pairs()
    keep = dated[rows] & dated[cols] & (scores >= _DAYS_RELATED)
    for i, j in zip(rows[keep].tolist(), cols[keep].tolist(), strict=True):
        v, w = views[i], views[j]
        if v.day == w.day or _denied_either(v, w) or _recurring(v) or _recurring(w) or not _same_act(v, w):
            continue
        if _one_side(v, w):
            continue
        yield (
            i,
            j,
            f"the same event on different days: {v.day} ({v.article}) vs {w.day} ({w.article})",
            [("day", f"{v.day} vs {w.day}")],
        )


_RECURRING = re.compile("|".join(RECURRING), re.I)


def _one_side(v: ClaimView, w: ClaimView) -> bool:
    """Both claims are statements of speakers of one side (``the defence ministry said X shelled the plant on August
    5`` and, two days on, ``the ministry said X shelled it on August 7``): one side telling two days tells two acts,
    not rival days of one."""
    return bool(v.claim.speaker_text and w.claim.speaker_text and v.speaks_for and v.speaks_for == w.speaks_for)


def _recurring(v: ClaimView) -> bool:
    """The claim tells its act as one more occurrence ("again", "for a third night"): each night's act is its own."""
    return _told_recurring(v.claim.text, v.lead)


@functools.lru_cache(maxsize=4096)
def _told_recurring(text: str, lead: str) -> bool:
    return bool(_RECURRING.search(text) or _RECURRING.search(lead))


def _same_act(v: ClaimView, w: ClaimView) -> bool:
    for f in v.frames:
        for g in w.frames:
            if not (f.main and g.main) or f.predicate != g.predicate or f.negated != g.negated:
                continue
            shared = [(r, other) for r in f.roles if (other := g.role(r.name)) is not None]
            if shared and all(_head(a.text) == _head(b.text) for a, b in shared):
                return True
    return False


# ---------------------------------------------------------------- agreement and time


_CENTRE_DIGITS = 3  # a cluster's centre is the claim closest to the others, to this many decimals of summed score


def _agreements(
    views: Sequence[ClaimView],
    similarity: Similarity,
    groups: list[list[int]],
    contradicted: dict[tuple[int, int], Relation],
) -> Iterator[Relation]:
    """Within a cluster, every claim from another article agrees with the cluster's most central claim."""
    for members in groups:
        if len(members) < 2:
            continue
        group = sorted(members)  # the centre must not depend on the order clustering listed the members in
        sample = group if len(group) <= 300 else group[:: max(1, len(group) // 300)]
        matrix = similarity.block(group, sample)
        # rounded: sums that differ only by float noise (summation order, the encoder's batch) are a tie, and a
        # tie goes to the first claim, so the centre is the same run after run
        center = group[int(np.round(matrix.sum(axis=1), _CENTRE_DIGITS).argmax())]
        for k in group:
            if k == center or views[k].article == views[center].article:
                continue
            if (k, center) in contradicted or (center, k) in contradicted:
                continue
            a, b = (center, k) if _earlier(views[center], views[k]) else (k, center)
            yield Relation(
                type="agrees",
                a=views[a].claim.id,
                b=views[b].claim.id,
                score=round(max(similarity.score(a, b), 0.0), 4),
                why=f"both state: {_short(views[center].claim.text)}",
            )


def _when(v: ClaimView) -> dt.date | None:
    return dt.date.fromisoformat(v.day) if v.day and len(v.day) == 10 else v.published


def _earlier(a: ClaimView, b: ClaimView) -> bool:
    wa, wb = _when(a), _when(b)
    if wa and wb and wa != wb:
        return wa < wb
    return (a.index, a.claim.span.start) <= (b.index, b.claim.span.start)


def _with_evolution(
    a: ClaimView, b: ClaimView, why: str, details: list[tuple[str, str]]
) -> tuple[str, list[tuple[str, str]]]:
    """When the two sides of a conflict are from different days, the account changed over time: say when.
    Days named in the claims count; publication days count only for what was unknown and later identified."""
    rule = details[0][0] if details else ""
    wa, wb = _when(a), _when(b)
    dated = bool(a.day and b.day)
    if wa and wb and wa != wb and (dated or (rule == "unknown" and _unknown_first(a, b))):
        details = [*details, ("evolution", f"{wa.isoformat()} ({a.article}) → {wb.isoformat()} ({b.article})")]
        why = f"{why}; the account changed from {wa.isoformat()} to {wb.isoformat()}"
    return why, details


def _same_text(a: Role | None, b: Role | None) -> bool:
    if a is None or b is None:
        return False
    return " ".join(a.text.casefold().split()[-2:]) == " ".join(b.text.casefold().split()[-2:])


def _overlap(a: str, b: str) -> bool:
    wa = {w.casefold().strip(".,") for w in a.split()} - {"the", "a", "an", "of", "on", "to"}
    wb = {w.casefold().strip(".,") for w in b.split()} - {"the", "a", "an", "of", "on", "to"}
    return bool(wa & wb) and (wa <= wb or wb <= wa)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
