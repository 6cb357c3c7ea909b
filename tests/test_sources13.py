"""Sources and names in English news (session 13): two bodies whose names share their words but that each have an
acronym of their own. Sentences are our own, about invented bodies; countries are real (the tables know them)."""

from __future__ import annotations

from rashomon.link.aliases import merge_entities
from tests.test_sources_names import article, same


def test_two_bodies_with_acronyms_of_their_own_never_merge() -> None:
    ents = merge_entities(
        [
            article(
                "A1",
                "The Zambia Media Council (ZMC) said four reporters were held.",
                ("Zambia Media Council", "ORG"),
                ("ZMC", "ORG"),
            ),
            article("A2", "ZMC director Jane Roe said the count would rise.", ("ZMC", "ORG")),
            article(
                "A3",
                "The Zambia National Council for Media counted nine arrests, the state-funded body said.",
                ("Zambia National Council for Media", "ORG"),
            ),
            article("A4", "ZNCM had told the outlet that nine were held.", ("ZNCM", "ORG")),
        ]
    )
    assert not same(ents, "Zambia Media Council", "Zambia National Council for Media")
    assert same(ents, "Zambia Media Council", "ZMC")
    assert same(ents, "Zambia National Council for Media", "ZNCM")
    assert not same(ents, "ZMC", "ZNCM")


def test_a_shorter_name_without_an_acronym_of_its_own_still_joins_the_longer() -> None:
    ents = merge_entities(
        [
            article(
                "A1",
                "The Zambia National Council for Media (ZNCM) said nine were held.",
                ("Zambia National Council for Media", "ORG"),
                ("ZNCM", "ORG"),
            ),
            article("A2", "The Zambia Media Council said nine were held.", ("Zambia Media Council", "ORG")),
        ]
    )
    assert same(ents, "Zambia Media Council", "Zambia National Council for Media")
