"""Routing articles to stories before linking: same names and near days join, another story stays apart."""

from __future__ import annotations

import json

import pytest

import rashomon.link.partition as partition_module
from rashomon.ledger import assemble, number_items, validate
from rashomon.link import Story, combine, link, link_stories
from rashomon.link.partition import partition, stories
from rashomon.model import Analysis
from rashomon.pipeline import Pipeline

from .conftest import make_article

FLOOD = [
    "SEVILLE, March 3 - Mayor Ana Ruiz said the Guadalquivir rose two metres overnight, and Pedro Salas of the "
    "fire brigade said 40 houses were flooded.",
    "Pedro Salas, the fire chief, said on March 3 that the Guadalquivir had flooded 40 houses; Ana Ruiz said no one "
    "was hurt.",
]
STRIKE = [
    "LYON, June 20 - Union leader Marc Dubois said 3,000 rail workers walked out, and Claire Martin of SNCF said "
    "trains to Grenoble were cancelled.",
    "Claire Martin told reporters on June 20 that Marc Dubois had called the strike; SNCF cancelled most trains.",
]


def _analyses(texts: list[str], published: list[str]) -> list[Analysis]:
    pipeline = Pipeline()
    return [
        pipeline.run(make_article(t, id=f"A{i}", name=f"a{i}.txt", published=p))
        for i, (t, p) in enumerate(zip(texts, published, strict=True), 1)
    ]


def test_two_stories_are_routed_apart() -> None:
    analyses = _analyses([FLOOD[0], STRIKE[0], FLOOD[1], STRIKE[1]], ["2024-03-03", "2024-06-20"] * 2)
    assert partition(analyses) == [[0, 2], [1, 3]]


def test_the_same_names_months_apart_are_two_events() -> None:
    analyses = _analyses([FLOOD[0], FLOOD[1].replace("March 3", "October 9")], ["2024-03-03", "2024-10-09"])
    assert partition(analyses) == [[0], [1]]


def test_no_article_is_lost_or_repeated() -> None:
    analyses = _analyses([*FLOOD, *STRIKE, "A short note with no names at all."], ["2024-03-03"] * 5)
    groups = partition(analyses)
    assert sorted(i for g in groups for i in g) == list(range(5))


# Two stories of one week that name one body alike: linked apart, put together as one corpus.
SEVILLE = [
    "SEVILLE, March 3 - Mayor Ana Ruiz said the Guadalquivir rose two metres overnight, and Pedro Salas of the "
    "fire brigade said 40 houses were flooded. The European Commission offered help.",
    "Pedro Salas, the fire chief, said on March 3 that the Guadalquivir had flooded 40 houses; Ana Ruiz said no one "
    "was hurt.",
]
LYON = [
    "LYON, March 4 - Union leader Marc Dubois said 3,000 rail workers walked out, and Claire Martin of SNCF said "
    "trains to Grenoble were cancelled. The European Commission said it was following the strike.",
    "Claire Martin told reporters on March 4 that Marc Dubois had called the strike; SNCF cancelled most trains.",
]


def test_stories_are_linked_apart_and_put_together(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(partition_module, "WHOLE", 0)  # route even a corpus this small
    analyses = number_items(
        _analyses([SEVILLE[0], LYON[0], SEVILLE[1], LYON[1]], ["2024-03-03", "2024-03-04", "2024-03-03", "2024-03-04"])
    )
    assert stories(analyses) == [[0, 2], [1, 3]]
    linked = link(analyses)
    story_of = {"A1": 0, "A3": 0, "A2": 1, "A4": 1}
    for cluster in linked.clusters:  # claims are compared only within their story
        assert len({story_of[a] for a in cluster.articles}) == 1
    article_of = {c.id: c.article for a in analyses for c in a.claims}
    for relation in linked.relations:  # claim ids or, for copies, article ids
        assert story_of[article_of.get(relation.a, relation.a)] == story_of[article_of.get(relation.b, relation.b)]
    commission = [e for e in linked.entities if e.name == "European Commission"]
    assert len(commission) == 1 and {m.article for m in commission[0].mentions} == {"A1", "A2"}
    assert [e.id for e in linked.entities] == [f"E{n}" for n in range(1, len(linked.entities) + 1)]
    assert [k.id for k in linked.clusters] == [f"K{n}" for n in range(1, len(linked.clusters) + 1)]
    assert len({t.date for t in linked.timeline}) == len(linked.timeline)
    first_mentions = [min((int(m.article[1:]), m.start) for m in e.mentions) for e in linked.entities]
    assert first_mentions == sorted(first_mentions)
    ledger = assemble(analyses, linked, ())
    assert validate(json.loads(json.dumps(ledger.to_dict()))) == []
    assert {q.event for q in ledger.questions} <= {v.id for v in ledger.events}


def test_one_story_is_linked_as_the_whole_corpus() -> None:
    analyses = number_items(_analyses(SEVILLE, ["2024-03-03"] * 2))
    (story,) = link_stories([analyses])
    assert combine([a.article.id for a in analyses], [story]) == story.linked
    again = Story.from_dict(json.loads(json.dumps(story.to_dict())))
    assert again == story  # what a case store keeps reads back the same
