"""Sources and names in English news (session 13): two bodies whose names share their words but that each have an
acronym of their own. Sentences are our own, about invented bodies; countries are real (the tables know them)."""

from __future__ import annotations

from collections.abc import Callable

from rashomon.link.aliases import merge_entities
from rashomon.model import Analysis
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


def test_the_outlet_a_sentence_names_by_its_kind_is_the_one_named_before(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        "An inquiry by Al Jazeera found no sign of a mass grave near the river.\n\n"
        "The Lerovo Bar Association had told the media outlet that it had "
        "“received reports of dozens of deaths in the valley”, which it said it would check."
    )
    (q,) = [q for q in analyze_text(text).quotes if q.kind == "direct"]
    assert [text[v.start : v.end] for v in q.via_refs] == ["Al Jazeera"]


def test_an_outlet_described_with_none_named_before_relays_nothing(analyze_text: Callable[..., Analysis]) -> None:
    text = "Tom Reed told the newspaper that “the dam will hold until the spring”."
    (q,) = [q for q in analyze_text(text).quotes if q.kind == "direct"]
    assert not q.via_refs


def test_a_sentence_that_says_where_the_person_spoke_relays_their_quotes(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        "Interior minister Tom Reed said the curfew would stay.\n\n"
        "“We will not lift it before the weekend,” Reed said.\n\n"
        "“Nobody has been detained without a warrant,” he added.\n\n"
        "He spoke in an interview with Al Jazeera on Thursday."
    )
    quotes = [q for q in analyze_text(text).quotes if q.kind == "direct"]
    assert len(quotes) == 2
    assert all([text[v.start : v.end] for v in q.via_refs] == ["Al Jazeera"] for q in quotes)


def test_a_sentence_about_another_persons_interview_relays_nothing(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "“We will not lift it before the weekend,” Tom Reed said.\n\n"
        "Anna Grey spoke in an interview with Al Jazeera on Thursday."
    )
    (q,) = [q for q in analyze_text(text).quotes if q.kind == "direct"]
    assert not q.via_refs
