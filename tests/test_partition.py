"""Routing articles to stories before linking: same names and near days join, another story stays apart."""

from __future__ import annotations

from rashomon.link.partition import partition
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
