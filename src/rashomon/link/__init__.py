"""Link: the cross-article view, from extracted items only (text is never parsed again here).

``link`` takes every article's Analysis (with item ids already given) and
returns what only the whole corpus can tell: which mentions are one entity,
which claims say the same thing, which contradict, which articles copy which,
and the timeline.

Articles are first routed to stories (``partition.stories``); each story is
linked on its own (``link_stories``: a pure function of that story's analyses,
so a case store can keep it and reuse it while the story's articles stay the
same), and the stories are put together (``combine``): entity, cluster, event
and question ids are numbered over the corpus, an entity that two stories name
alike (same type, same name) is one entity, and the timeline has one entry per
day. A corpus that is one story comes out exactly as linking it whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..memory import quiet_gc
from ..model import (
    Analysis,
    Cluster,
    Entity,
    Event,
    MentionRef,
    Naming,
    Question,
    Relation,
    TimelineEntry,
    evolve,
)
from ..settings import Settings
from .aliases import alias_order, merge_entities
from .clusters import cluster_claims, describe_clusters
from .compare import compare
from .duplicates import find_duplicates
from .embeddings import blas_threads, embed
from .events import find_events
from .naming import compare_naming
from .partition import stories
from .questions import find_answers
from .relations import relate_claims
from .similarity import Similarity
from .timeline import build_timeline
from .views import ClaimView, build_views

ENCODE_AT_ONCE = 4096  # claim texts of several stories encoded in one call (bounded, so memory stays flat)
KEEP_VECTORS = 32_768  # vectors one link_stories call keeps by text (64 MB); past that the table starts again


@dataclass(frozen=True, slots=True)
class Linked:
    entities: tuple[Entity, ...]
    entity_of: dict[tuple[str, int, int], str]  # (article, start, end) of a mention -> entity id
    clusters: tuple[Cluster, ...]
    relations: tuple[Relation, ...]
    timeline: tuple[TimelineEntry, ...]
    naming: tuple[Naming, ...]
    events: tuple[Event, ...] = ()
    questions: tuple[Question, ...] = ()


Rank = tuple[int, int, int, int]  # (not in a cluster, not dated inside, length, claim number): lowest labels a day


@dataclass(frozen=True, slots=True)
class Story:
    """One story linked on its own: its ``Linked`` (entity, cluster, event and question ids its own, claim and
    article ids the corpus's) and, per timeline entry, the rank of the claim that labels it, so that entries of
    one day in several stories can be put together as linking them together would."""

    linked: Linked
    ranks: tuple[Rank, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        k = self.linked
        return {
            "entities": [e.to_dict() for e in k.entities],
            "clusters": [c.to_dict() for c in k.clusters],
            "relations": [r.to_dict() for r in k.relations],
            "timeline": [t.to_dict() for t in k.timeline],
            "naming": [n.to_dict() for n in k.naming],
            "events": [e.to_dict() for e in k.events],
            "questions": [q.to_dict() for q in k.questions],
            "ranks": [list(r) for r in self.ranks],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Story:
        entities = tuple(Entity.from_dict(e) for e in d["entities"])
        linked = Linked(
            entities,
            _entity_of(entities),
            tuple(Cluster.from_dict(c) for c in d["clusters"]),
            tuple(Relation.from_dict(r) for r in d["relations"]),
            tuple(TimelineEntry.from_dict(t) for t in d["timeline"]),
            tuple(Naming.from_dict(n) for n in d["naming"]),
            tuple(Event.from_dict(e) for e in d["events"]),
            tuple(Question.from_dict(q) for q in d["questions"]),
        )
        ranks = tuple((int(a), int(b), int(c), int(n)) for a, b, c, n in d["ranks"])
        return cls(linked, ranks)


Encoder = Callable[[Sequence[str]], np.ndarray]
# links several stories, each on its own, elsewhere (``rashomon.scale``: as Ray tasks), in the order given
StoryRunner = Callable[[list[list[Analysis]], Settings], list["Story"]]


def link(
    analyses: Sequence[Analysis],
    settings: Settings | None = None,
    *,
    encode: Encoder | None = None,
    run_stories: StoryRunner | None = None,
) -> Linked:
    """The cross-article view of ``analyses``. ``encode`` turns texts into unit vectors (default: ``embed``); a
    case store passes one that reuses the vectors it keeps. ``run_stories``, when the corpus has several stories,
    links them elsewhere (Ray tasks); one story is linked here."""
    settings = settings or Settings()
    # collecting garbage among the caller's objects (models, every analysis) costs CPU while linking makes many
    with quiet_gc():
        groups = [[analyses[i] for i in g] for g in stories(analyses)]
        if run_stories is not None and len(groups) > 1:
            parts = run_stories(groups, settings)
        else:
            parts = link_stories(groups, settings, encode=encode)
        return combine([a.article.id for a in analyses], parts)


def link_stories(
    groups: Sequence[Sequence[Analysis]], settings: Settings | None = None, *, encode: Encoder | None = None
) -> list[Story]:
    """Each group of analyses (one story, its articles in corpus order) linked on its own. The claim texts of
    several stories are encoded together, a bounded number at a time."""
    settings = settings or Settings()
    out: list[Story] = []
    threads = settings.threads
    encode = encode or _once_per_text(lambda texts: embed(texts, threads))
    # One BLAS thread: a product split among threads rounds some cosines a last bit apart from one thread's, and
    # the thread count used to follow the machine's load, so a busy machine's ledger could differ from an idle
    # one's (and an incremental add from a fresh analysis); spinning threads cost CPU on a busy machine anyway.
    # Collecting garbage among the caller's objects is paused too.
    with blas_threads(1), quiet_gc():
        for chunk in _chunks([_prepare(g) for g in groups]):
            texts = [v.content or v.claim.text for p in chunk for v in p.views]
            vectors = encode(texts)
            at = 0
            for p in chunk:
                out.append(_finish(p, vectors[at : at + len(p.views)], settings))
                at += len(p.views)
    return out


def _once_per_text(encode: Encoder) -> Encoder:
    """``encode``, each distinct text encoded once over all the calls (up to ``KEEP_VECTORS`` texts kept).

    Stories are encoded a chunk at a time, and wire copies and reprints repeat sentences across stories: 16% of
    the claim texts of a thousand generated articles came again in a later chunk. A text keeps the vector of the
    call that first encoded it, as a case store's stored vectors do."""
    known: dict[str, np.ndarray] = {}

    def run(texts: Sequence[str]) -> np.ndarray:
        distinct = dict.fromkeys(texts)
        if len(known) + len(distinct) > KEEP_VECTORS:
            known.clear()
        fresh = [x for x in distinct if x not in known]
        if fresh:
            known.update(zip(fresh, encode(fresh), strict=True))
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([known[x] for x in texts])

    return run


@dataclass(frozen=True, slots=True)
class _Prepared:
    analyses: Sequence[Analysis]
    entities: tuple[Entity, ...]
    entity_of: dict[tuple[str, int, int], str]
    views: list[ClaimView]


def _prepare(analyses: Sequence[Analysis]) -> _Prepared:
    entities = merge_entities(analyses)
    entity_of = _entity_of(entities)
    return _Prepared(analyses, entities, entity_of, build_views(analyses, entity_of, entities))


def _chunks(prepared: list[_Prepared]) -> Iterator[list[_Prepared]]:
    chunk: list[_Prepared] = []
    size = 0
    for p in prepared:
        chunk.append(p)
        size += len(p.views)
        if size >= ENCODE_AT_ONCE:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _finish(p: _Prepared, vectors: np.ndarray, settings: Settings) -> Story:
    analyses, entities, views = p.analyses, p.entities, p.views
    similarity = Similarity(views, vectors)
    duplicates = find_duplicates(analyses, views, vectors, settings, similarity)
    groups = cluster_claims(views, similarity)
    scope = find_events(views, entities)
    compared = compare(find_answers(views, scope, entities), views, scope, entities)
    relations = relate_claims(views, similarity, groups, entities, scope, compared.relations)
    clusters = describe_clusters(views, groups, relations, duplicates, entities, compared.questions)
    timeline = build_timeline(views, clusters)
    naming = compare_naming(analyses, entities, clusters)
    linked = Linked(
        entities,
        p.entity_of,
        clusters,
        (*duplicates, *relations),
        timeline,
        naming,
        scope.events,
        compared.questions,
    )
    return Story(linked, _ranks(views, clusters, timeline))


def _ranks(
    views: Sequence[ClaimView], clusters: Sequence[Cluster], timeline: Sequence[TimelineEntry]
) -> tuple[Rank, ...]:
    """For each timeline entry, the rank its label was chosen by (``timeline._label``: corroborated, dated inside,
    short) with the claim's number, which orders claims as the corpus does."""
    in_cluster = {c for k in clusters for c in k.claims}
    by_id = {v.claim.id: v for v in views}
    out = []
    for entry in timeline:
        out.append(
            min(
                (
                    int(v.claim.id not in in_cluster),
                    int(not v.day_inside),
                    len(v.claim.text),
                    _number(v.claim.id),
                )
                for v in (by_id[c] for c in entry.claims)
            )
        )
    return tuple(out)


def _number(item_id: str) -> int:
    digits = item_id.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return int(digits) if digits.isdigit() else 0


def _entity_of(entities: Sequence[Entity]) -> dict[tuple[str, int, int], str]:
    return {(m.article, m.start, m.end): e.id for e in entities for m in e.mentions}


# ---------------------------------------------------------------- putting stories together


def combine(articles: Sequence[str], parts: Sequence[Story]) -> Linked:
    """The corpus's ``Linked`` from its stories' (``articles``: every article id in corpus order). One story comes
    back as it is; several are numbered over the corpus, in story order (a story's order is its first article's)."""
    if len(parts) == 1:
        return parts[0].linked
    position = {a: n for n, a in enumerate(articles)}
    entities, entity_ids = _merge_entities([p.linked.entities for p in parts], position)
    clusters: list[Cluster] = []
    events: list[Event] = []
    questions: list[Question] = []
    relations: list[Relation] = []
    naming: dict[str, Naming] = {}
    for s, part in enumerate(parts):
        k = part.linked
        ent = entity_ids[s]
        clu = {c.id: f"K{len(clusters) + n}" for n, c in enumerate(k.clusters, start=1)}
        for c in k.clusters:
            origins = tuple(evolve(o, upstream=ent.get(o.upstream) if o.upstream else None) for o in c.origins)
            clusters.append(evolve(c, id=clu[c.id], origins=origins))
        ev = {e.id: f"V{len(events) + n}" for n, e in enumerate(k.events, start=1)}
        events.extend(evolve(e, id=ev[e.id], place=ent.get(e.place) if e.place else None) for e in k.events)
        for q in k.questions:
            answers = tuple(
                evolve(
                    a,
                    entity=ent.get(a.entity) if a.entity else None,
                    origin=ent.get(a.origin) if a.origin else None,
                )
                for a in q.answers
            )
            questions.append(evolve(q, id=f"W{len(questions) + 1}", event=ev[q.event], answers=answers))
        relations.extend(k.relations)
        for g in k.naming:
            referent = ent.get(g.referent) or clu.get(g.referent) or g.referent
            have = naming.get(referent)
            if have is None:
                naming[referent] = evolve(g, referent=referent)
            else:  # an entity two stories name: its forms in both
                forms = sorted({*have.forms, *g.forms}, key=lambda f: (position.get(f.article, 0), f.start, f.end))
                naming[referent] = evolve(have, forms=tuple(forms))
    return Linked(
        entities,
        _entity_of(entities),
        tuple(clusters),
        tuple(relations),
        _merge_timeline([p.linked.timeline for p in parts], [p.ranks for p in parts], position),
        tuple(naming.values()),
        tuple(events),
        tuple(questions),
    )


def _merge_entities(
    per_story: Sequence[Sequence[Entity]], position: Mapping[str, int]
) -> tuple[tuple[Entity, ...], list[dict[str, str]]]:
    """Entities of all stories, one per (type, name), numbered by first mention; and each story's id map."""
    merged: dict[tuple[str, str, int], list[Entity]] = defaultdict(list)
    for entities in per_story:
        seen: dict[tuple[str, str], int] = defaultdict(int)
        for e in entities:  # two entities of one story with one name stay two: each meets its namesake's turn
            merged[e.type, e.name, seen[e.type, e.name]].append(e)
            seen[e.type, e.name] += 1

    def first(group: list[Entity]) -> tuple[int, int]:
        m = min(
            (m for e in group for m in e.mentions),
            key=lambda m: (position.get(m.article, 0), m.start, m.end),
            default=None,
        )
        return (position.get(m.article, 0), m.start) if m else (len(position), 0)

    order = sorted(merged.values(), key=first)
    out: list[Entity] = []
    ids: list[dict[str, str]] = [{} for _ in per_story]
    owner = {id(e): s for s, entities in enumerate(per_story) for e in entities}
    for n, group in enumerate(order, start=1):
        new_id = f"E{n}"
        for e in group:
            ids[owner[id(e)]][e.id] = new_id
        head = group[0]
        if len(group) == 1:
            out.append(evolve(head, id=new_id))
            continue
        mentions = sorted(
            {m for e in group for m in e.mentions}, key=lambda m: (position.get(m.article, 0), m.start, m.end)
        )
        aliases = sorted({a for e in group for a in e.aliases} - {head.name}, key=alias_order)
        role = next((e.role for e in group if e.role), None)
        out.append(evolve(head, id=new_id, aliases=tuple(aliases), role=role, mentions=tuple(mentions)))
    return tuple(out), ids


def _merge_timeline(
    per_story: Sequence[Sequence[TimelineEntry]], ranks: Sequence[Sequence[Rank]], position: Mapping[str, int]
) -> tuple[TimelineEntry, ...]:
    """One entry per day: the claims of every story's entry for it, labelled as ``timeline`` would label them."""
    by_day: dict[str, list[tuple[Rank, TimelineEntry]]] = defaultdict(list)
    for entries, story_ranks in zip(per_story, ranks, strict=True):
        for entry, rank in zip(entries, story_ranks, strict=True):
            by_day[entry.date].append((rank, entry))
    out = []
    for day in sorted(by_day):
        found = by_day[day]
        if len(found) == 1:
            out.append(found[0][1])
            continue
        claims = sorted({c for _, e in found for c in e.claims}, key=_number)
        articles = sorted({a for _, e in found for a in e.articles}, key=lambda a: position.get(a, 0))
        label = min(found, key=lambda x: x[0])[1].label
        out.append(TimelineEntry(date=day, label=label, claims=tuple(claims), articles=tuple(articles)))
    return tuple(out)


__all__ = ["Encoder", "Linked", "MentionRef", "Story", "StoryRunner", "combine", "link", "link_stories"]
