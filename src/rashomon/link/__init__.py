"""Link: the cross-article view, from extracted items only (text is never parsed again here).

``link`` takes every article's Analysis (with item ids already given) and
returns what only the whole corpus can tell: which mentions are one entity,
which claims say the same thing, which contradict, which articles copy which,
and the timeline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..model import Analysis, Cluster, Entity, Event, MentionRef, Naming, Question, Relation, TimelineEntry
from ..settings import Settings
from .aliases import merge_entities
from .clusters import cluster_claims, describe_clusters
from .compare import compare
from .duplicates import find_duplicates
from .embeddings import blas_threads, embed, encoder_threads, quiet_gc
from .events import find_events
from .naming import compare_naming
from .questions import find_answers
from .relations import relate_claims
from .similarity import Similarity
from .timeline import build_timeline
from .views import build_views


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


Encoder = Callable[[Sequence[str]], np.ndarray]


def link(analyses: Sequence[Analysis], settings: Settings | None = None, *, encode: Encoder | None = None) -> Linked:
    """The cross-article view of ``analyses``. ``encode`` turns texts into unit vectors (default: ``embed``); a
    case store passes one that reuses the vectors it keeps."""
    settings = settings or Settings()
    # spinning BLAS threads cost CPU on a busy machine; so does collecting garbage among the caller's objects
    with blas_threads(encoder_threads(settings.threads)), quiet_gc():
        return _link(analyses, settings, encode)


def _link(analyses: Sequence[Analysis], settings: Settings, encode: Encoder | None) -> Linked:
    entities = merge_entities(analyses)
    entity_of = {(m.article, m.start, m.end): e.id for e in entities for m in e.mentions}
    views = build_views(analyses, entity_of, entities)
    texts = [v.content or v.claim.text for v in views]
    vectors = encode(texts) if encode is not None else embed(texts, settings.threads)
    similarity = Similarity(views, vectors)
    duplicates = find_duplicates(analyses, views, vectors, settings, similarity)
    groups = cluster_claims(views, similarity)
    scope = find_events(views, entities)
    compared = compare(find_answers(views, scope, entities), views, scope, entities)
    relations = relate_claims(views, similarity, groups, entities, scope, compared.relations)
    clusters = describe_clusters(views, groups, relations, duplicates, entities)
    timeline = build_timeline(views, clusters)
    naming = compare_naming(analyses, entities, clusters)
    return Linked(
        entities,
        entity_of,
        clusters,
        (*duplicates, *relations),
        timeline,
        naming,
        scope.events,
        compared.questions,
    )


__all__ = ["Encoder", "Linked", "MentionRef", "link"]
