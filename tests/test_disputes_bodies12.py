"""Counts of bodies found and clauses with no proposition (sentences written for these tests, invented places and
people): bodies found are a count of their own that rises through a day, rival only where an article sets two
sources' figures side by side; a clause that only says who reported or how someone spoke is no claim."""

from __future__ import annotations

from pathlib import Path

from rashomon.extract.claims import source_only
from rashomon.extract.nlp import parse
from rashomon.link import tolls
from rashomon.link.compare import same_bodies
from rashomon.model import Answer, Ledger, Span

from .dated_articles import answers, corpus


def _answer(number: float, day: str | None, stance: str = "asserted") -> Answer:
    return Answer(
        value=f"{number:g} bodies", claim="C1", article="A1", span=Span(0, 1), stance=stance, as_of=day, number=number
    )


def test_counts_of_bodies_found_in_several_languages() -> None:
    assert [v for _, _, v in tolls.bodies("Divers have recovered 12 bodies from the lake so far.")] == [12]
    assert [v for _, _, v in tolls.bodies("The bodies of three miners were found on Sunday.")] == [3]
    assert [v for _, _, v in tolls.bodies("Les corps de cinq randonneurs ont été retrouvés.")] == [5]
    assert [v for _, _, v in tolls.bodies("Los bomberos han hallado los cadáveres de los seis pasajeros.")] == [6]
    assert [v for _, _, v in tolls.bodies("Спасатели нашли тела четырех туристов.")] == [4]
    assert tolls.bodies("Twelve people died in the flood.") == []  # a toll, no bodies
    assert tolls.bodies("Investigators examined the bodies of the victims.") == []  # no number, nothing found


def test_bodies_found_rise_through_a_day() -> None:
    assert same_bodies(_answer(4, "2025-05-02"), _answer(9, "2025-05-02")) == "evolution"
    assert same_bodies(_answer(9, "2025-05-02"), _answer(14, "2025-05-03")) == "evolution"
    assert same_bodies(_answer(14, "2025-05-02"), _answer(9, "2025-05-03")) == "apart"
    assert same_bodies(_answer(9, "2025-05-02"), _answer(9, "2025-05-02")) == "agrees"
    assert same_bodies(_answer(9, "2025-05-02"), _answer(4, "2025-05-02", "denied")) == "apart"


def _contradicted(led: Ledger) -> set[frozenset[float]]:
    by_claim = {a.claim: a.number for a in answers(led, "toll_bodies") if a.number is not None}
    return {
        frozenset((by_claim[r.a], by_claim[r.b]))
        for r in led.relations
        if r.type == "contradicts" and r.a in by_claim and r.b in by_claim
    }


def test_two_sources_set_side_by_side_are_rivals_and_a_rising_count_is_not(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-02",
            "A ferry sank off Korvala island on Friday. The coast guard said the bodies of three passengers had been "
            "recovered.",
        ),
        (
            "2025-05-02",
            "A ferry sank off Korvala island on Friday. Nine bodies have been recovered so far, the port authority "
            "said.",
        ),
        (
            "2025-05-02",
            "A ferry sank off Korvala island on Friday. The port authority said nine bodies had been recovered. "
            "The coast guard, for its part, said six bodies had been recovered.",
        ),
    )
    assert {a.number for a in answers(led, "toll_bodies")} == {3, 6, 9}
    pairs = _contradicted(led)
    assert frozenset((6.0, 9.0)) in pairs  # set side by side by the third article
    assert frozenset((3.0, 9.0)) not in pairs  # three, then nine: the count rose


def _clause(sentence: str, part: str | None = None) -> bool:
    doc = parse(sentence, "en")
    if part is None:
        return source_only(doc[: len(doc) - 1])
    at = sentence.index(part)
    span = doc.char_span(at, at + len(part), alignment_mode="expand")
    assert span is not None
    return source_only(span)


def test_a_clause_that_only_names_its_source_is_no_claim() -> None:
    assert _clause(
        "Four miners were rescued, the news agency reported, citing the fire service.",
        "the news agency reported, citing the fire service",
    )
    assert _clause(
        "The officials, who spoke on condition of anonymity because they were not authorized to discuss the matter, "
        "said the levee failed.",
        "who spoke on condition of anonymity because they were not authorized to discuss the matter",
    )
    assert _clause("The broadcaster has put together some key facts about the storm.")
    assert _clause("The mayor told reporters on Monday.")


def test_a_clause_that_tells_something_is_a_claim() -> None:
    assert not _clause("The agency reported that four miners were rescued.")
    assert not _clause("Officials confirmed the deaths on Monday.")
    assert not _clause("The ministry put the toll at 40.")
    assert not _clause("Police said the driver fled.")
    assert not _clause("They spoke on condition of anonymity and offered no evidence.")


def test_a_passive_of_saying_and_a_misparsed_content_are_claims() -> None:
    assert not _clause("The names of the victims have not yet been announced.")
    assert not _clause(
        "The gunmen who attacked the mall on Friday planned to flee north, the police said in a statement."
    )
