"""Claims from different articles that state the same proposition, and what each cluster's sources are worth.

Clustering is average-linkage agglomeration over candidate pairs: two groups
join only when their claims are, on average, alike, so a chain of loosely
related sentences never grows into one cluster about "the crash".

Each cluster then says how many *independent* origins stand behind it, not
how many articles: near-copies and rewrites of one article count once, and
claims that all relay the same upstream source (the same ministry statement,
the same agency report, the same unnamed official) count once, with that
source named. A fact echoed by forty reprints of one wire story is
single-sourced.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

from .. import folded
from ..data.disputes import DISMISSALS, FORCE_CONDEMNED, FORCE_JUSTIFIED, REJECTIONS, REPLACED_FIGURE
from ..model import Cluster, Entity, Origin, Question, Relation
from .parties import compatible, denial_reaches
from .similarity import Similarity
from .views import ClaimView

EDGE = 0.40  # a pair of claims this alike may seed a merge ...
AVERAGE = 0.34  # ... if the two groups are, on average, at least this alike
_SAMPLE = 400  # pairs looked at when averaging over two large groups


def cluster_claims(views: Sequence[ClaimView], similarity: Similarity) -> list[list[int]]:
    """Groups of claim indices (each with claims from at least two articles), in order of first claim."""
    rows, cols, scores = similarity.pairs()
    keep = scores >= EDGE
    cosines = similarity.cosines(rows, cols)[keep]  # the candidate pairs' own, kept by pairs(): not recomputed
    rows, cols, scores = rows[keep], cols[keep], scores[keep]
    seed = similarity.evidence(rows, cols, cosines) if len(rows) else np.zeros(0, dtype=bool)
    rows, cols, scores = rows[seed], cols[seed], scores[seed]
    # strongest edge first, then by claim: the order a heap of (-score, i, j) would pop them in, sorted once
    order = np.lexsort((cols, rows, -scores))
    edges = zip(scores[order].tolist(), rows[order].tolist(), cols[order].tolist(), strict=True)
    parent = list(range(len(views)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(views))}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    rng = np.random.default_rng(11)
    # Groups that were too unlike to join, with their sizes then: groups only grow, so while both sizes are the
    # same the verdict stands, and the many other edges between the same two groups need no new average.
    refused: dict[tuple[int, int], tuple[int, int]] = {}
    for score, i, j in edges:
        a, b = find(i), find(j)
        if a == b:
            continue
        key, sizes = (min(a, b), max(a, b)), (len(members[min(a, b)]), len(members[max(a, b)]))
        if refused.get(key) == sizes:
            continue
        single = len(members[a]) == 1 and len(members[b]) == 1  # two claims: the edge is their average
        if (score if single else _average(similarity, members[a], members[b], rng)) < AVERAGE:
            refused[key] = sizes
            continue
        small, big = (a, b) if len(members[a]) < len(members[b]) else (b, a)
        parent[small] = big
        members[big].extend(members.pop(small))
    groups = [sorted(ms) for ms in members.values() if len({views[k].index for k in ms}) >= 2]
    return sorted(groups, key=lambda g: g[0])


def _average(similarity: Similarity, a: list[int], b: list[int], rng: np.random.Generator) -> float:
    """Mean score between two groups (a sample of each when they are large)."""
    side = int(_SAMPLE**0.5)
    if len(a) > side:
        a = rng.choice(a, side, replace=False).tolist()
    if len(b) > side:
        b = rng.choice(b, side, replace=False).tolist()
    return float(similarity.block(a, b).mean())


def describe_clusters(
    views: Sequence[ClaimView],
    groups: list[list[int]],
    relations: Sequence[Relation],
    duplicates: Sequence[Relation],
    entities: Sequence[Entity],
    questions: Sequence[Question] = (),
) -> tuple[Cluster, ...]:
    """Cluster records: label, status, and the independent origins behind each. A cluster holding a contradiction's
    claim, or two claims giving rival answers to a disputed question (``Russia`` and ``Ukraine`` for who did it,
    worded alike enough to cluster), is contested, never consensus."""
    names = {e.id: e.name for e in entities}
    family = _families(duplicates)
    contested = {c for r in relations if r.type == "contradicts" for c in (r.a, r.b, *_side_claims(r))}
    told = _disputed_answers(questions)
    out = []
    for n, group in enumerate(groups, start=1):
        claims = [views[k] for k in group]
        articles = sorted({v.article for v in claims}, key=lambda a: int(a[1:]))
        origins = _origins(claims, family)
        status = (
            "contested"
            if any(v.claim.id in contested for v in claims) or _rival_answers(claims, told) or _contrary(claims)
            else ("consensus" if len(origins) >= 2 else "single-source")
        )
        out.append(
            Cluster(
                id=f"K{n}",
                label=_label(claims, names),
                claims=tuple(v.claim.id for v in claims),
                articles=tuple(articles),
                status=status,
                independent=len(origins),
                origins=tuple(origins),
            )
        )
    return tuple(out)


_CLAIM_ID = re.compile(r"\bC\d+\b")
# counts move with time: two figures in one cluster are stages of a toll as often as rivals
_STAGED_KINDS = frozenset({"toll_killed", "toll_injured", "toll_missing", "toll_bodies"})


# questions whose different answers exclude each other (two doers of one act, deliberate against accident); for the
# rest, a general and a particular answer may both be true ("a missile" and "a Buk"), so only a denial is a rival
_EXCLUSIVE_KINDS = frozenset({"agent", "intent"})


def _disputed_answers(questions: Sequence[Question]) -> dict[str, list[tuple[str, str, bool, bool]]]:
    """Claim id -> (question, value, denied, exclusive) for each answer it gives to a disputed question."""
    out: dict[str, list[tuple[str, str, bool, bool]]] = {}
    for q in questions:
        if q.status != "disputed" or q.kind in _STAGED_KINDS:
            continue
        for a in q.answers:
            if a.stance != "hedged":
                out.setdefault(a.claim, []).append((q.id, a.value, a.stance == "denied", q.kind in _EXCLUSIVE_KINDS))
    return out


def _rival_answers(claims: Sequence[ClaimView], told: dict[str, list[tuple[str, str, bool, bool]]]) -> bool:
    """Two claims of the cluster answer one disputed question with values that cannot both be true: one value told
    and denied, or, where answers exclude each other, two values told."""
    seen: dict[str, set[tuple[str, bool]]] = {}
    for v in claims:
        for question, value, denied, exclusive in told.get(v.claim.id, ()):
            given = seen.setdefault(question, set())
            # one value told and denied, at the grain the denial names ("the navy: not us" against "the navy did it")
            if any(d != denied and denial_reaches(*((x, value) if d else (value, x))) for x, d in given):
                return True
            if exclusive and not denied and any(not d and not compatible(x, value) for x, d in given):
                return True
            given.add((value, denied))
    return False


_REJECTS = re.compile("|".join((*DISMISSALS, *REJECTIONS)), re.IGNORECASE)


def _contrary(claims: Sequence[ClaimView]) -> bool:
    """One member rejects what the others tell (a denial, "reports ... were inaccurate", "an absolute lie") while
    they do not: the cluster holds both sides of the thing, however alike their words."""
    rejects = [v.claim.stance == "denied" or folded.search(_REJECTS, v.claim.text) is not None for v in claims]
    return (any(rejects) and not all(rejects)) or _force_judged_both_ways(claims) or _corrected_figure(claims)


_REPLACED = re.compile("|".join(REPLACED_FIGURE), re.IGNORECASE)
_REPLACED_REACH = 3  # characters between the words of replacing and the figure they name
_NEW_REACH = 40  # characters between the figure told instead and the words of replacing ("275 and not", "to 275 from")
_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d])|(?<![\d.,])\d+(?![\d.,]\d)")


def _corrected_figure(claims: Sequence[ClaimView]) -> bool:
    """One member corrects a figure ("revised to 275 from 288", "275 and not 288") that another article's member
    gives without the correction: the cluster holds a figure and its correction."""
    corrections: list[tuple[str, float, set[float]]] = []  # (article, the figure replaced, the figures told instead)
    for v in claims:
        if not folded.may_match(_REPLACED, v.claim.text):  # most claims hold no words of replacing
            continue
        for m in _REPLACED.finditer(v.claim.text):
            at = v.claim.span.start + m.end()
            before = [q for q in v.quantities if q.value is not None and 0 <= at - q.span.end <= _NEW_REACH]
            told = {max(before, key=lambda q: q.span.end).value} if before else set()
            for q in v.quantities:
                if q.value is not None and 0 <= q.span.start - at <= _REPLACED_REACH:
                    corrections.append((v.article, q.value, {x for x in told if x is not None} - {q.value}))
    return any(
        a != v.article and _tells(v, old) and not any(_tells(v, n) for n in new)
        for v in claims
        for a, old, new in corrections
        if new
    )


def _tells(v: ClaimView, value: float) -> bool:
    """The claim gives the figure: among its own numbers, or written in its text (a number of a clause nested in it,
    "the crash that left at least 288 dead", belongs to the nested claim's numbers)."""
    if any(q.value == value for q in v.quantities):
        return True
    return any(float(m.group(0).replace(",", "")) == value for m in _FIGURE.finditer(v.claim.text))


_JUSTIFIED = re.compile("|".join(FORCE_JUSTIFIED), re.IGNORECASE)
_CONDEMNED = re.compile("|".join(FORCE_CONDEMNED), re.IGNORECASE)


def _force_judged_both_ways(claims: Sequence[ClaimView]) -> bool:
    """One member calls the force used justified ("the force was necessary to protect ...") and another, of another
    article, calls it wrong ("brutality against unarmed demonstrators"): two verdicts on one act."""
    justified = {v.article for v in claims if folded.search(_JUSTIFIED, v.claim.text)}
    condemned = {v.article for v in claims if folded.search(_CONDEMNED, v.claim.text)}
    return bool(justified and condemned and (justified | condemned) != (justified & condemned))


def _side_claims(r: Relation) -> list[str]:
    """Every claim a dispute lists on one of its sides (``("side", "Ukraine: A1 C9, A4 C126")``): a cluster holding
    one has a contrary answer somewhere, so it is no consensus."""
    return [c for kind, text in r.details if kind == "side" for c in _CLAIM_ID.findall(text.rpartition(": ")[2])]


def _families(duplicates: Sequence[Relation]) -> dict[str, str]:
    """Article id -> the first article of its family of near-copies and rewrites."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for r in duplicates:
        if r.type in ("near-duplicate", "paraphrase"):
            a, b = sorted((find(r.a), find(r.b)), key=lambda s: int(s[1:]))
            parent[b] = a
    return {a: find(a) for a in parent}


def _origins(claims: list[ClaimView], family: dict[str, str]) -> list[Origin]:
    """Independent sources: articles of one family, and claims relaying one upstream speaker, count once."""
    groups: dict[str, set[str]] = defaultdict(set)
    upstream: dict[str, str | None] = {}
    named = _named_sources(claims)
    for v in claims:
        source = v.via[0] if v.via else v.speaker  # relayed from one agency or said by one speaker: one origin
        key = (
            f"source:{source}"
            if source
            else (f"said:{named[v.claim.id]}" if v.claim.id in named else f"family:{family.get(v.article, v.article)}")
        )
        groups[key].add(v.article)
        upstream[key] = source
    # a family that also relays an upstream speaker is one origin, not two
    merged: list[tuple[set[str], str | None]] = []
    merged_families: list[set[str]] = []  # the families of each merged entry's articles, kept as it grows
    for key, arts in groups.items():
        fams = {family.get(a, a) for a in arts}
        for existing, families in zip(merged, merged_families, strict=True):
            if families & fams and (existing[1] is None or upstream[key] is None or existing[1] == upstream[key]):
                existing[0].update(arts)
                families.update(fams)
                if existing[1] is None:
                    merged[merged.index(existing)] = (existing[0], upstream[key])
                break
        else:
            merged.append((set(arts), upstream[key]))
            merged_families.append(fams)
    return [Origin(articles=tuple(sorted(arts, key=lambda a: int(a[1:]))), upstream=up) for arts, up in merged]


_DETERMINERS = ("the ", "a ", "an ", "its ", "their ")
# a singular institution said it: one source, wherever it is quoted ("the ministry", "the transport ministry")
_INSTITUTIONS = {
    "ministry",
    "department",
    "office",
    "police",
    "committee",
    "agency",
    "service",
    "commission",
    "government",
    "army",
    "navy",
    "military",
    "prosecutor",
    "prosecutors",
    "operator",
    "company",
    "embassy",
    "council",
    "authority",
    "administration",
    "inspectorate",
    "directorate",
    "command",
}


def _named_sources(claims: list[ClaimView]) -> dict[str, str]:
    """Claim id -> the institution that said it, as the text names it, when no entity stands for the speaker:
    ``The ministry said`` and ``according to the transport ministry`` in one cluster are one source when that is
    the only transport ministry there. Plural or unnamed sources (``officials``, ``witnesses``) are never joined."""
    said: dict[str, str] = {}
    for v in claims:
        if v.speaker or v.via or not v.claim.speaker_text:
            continue
        text = " ".join(v.claim.speaker_text.casefold().split())
        for det in _DETERMINERS:
            text = text.removeprefix(det)
        words = text.split()
        if words and words[-1] in _INSTITUTIONS and len(words) <= 4:
            said[v.claim.id] = text
    longer = set(said.values())
    for cid, text in list(said.items()):
        fuller = {t for t in longer if t != text and t.endswith(" " + text)}
        if len(fuller) == 1:
            said[cid] = fuller.pop()  # "the ministry" is the one "transport ministry" this cluster names
    return said


_LEANS_BACK = re.compile(r"^(?:he|she|it|they|this|that|these|those|which|who|whom|whose|where|but|and)\b", re.I)


def _label(claims: list[ClaimView], names: dict[str, str]) -> str:
    """What most of the cluster's articles say: a claim told alike in the most articles, then the one carrying
    the entities most of the cluster shares, readable on its own (not ``He denied ...``), short; cut to a line."""
    common = Counter(e for v in claims for e in v.entities)
    shared = {e for e, n in common.items() if n >= max(2, len(claims) // 2)}
    told: dict[str, set[str]] = defaultdict(set)
    for v in claims:
        told[_said(v.claim.text)].add(v.article)

    def fit(v: ClaimView) -> tuple[bool, int, int, bool, bool, int]:
        words = len(v.claim.text.split())
        return (
            v.nested,
            -len(told[_said(v.claim.text)]),
            -len(shared & v.entities),
            bool(_LEANS_BACK.match(v.claim.text.lstrip())),
            not 6 <= words <= 30,
            words,
        )

    best = min(claims, key=fit)
    text = " ".join(best.claim.text.split())
    return text if len(text) <= 140 else text[:139].rsplit(" ", 1)[0] + "…"


_WORD_RUN = re.compile(r"\w+")


def _said(text: str) -> str:
    return " ".join(_WORD_RUN.findall(text.casefold()))
