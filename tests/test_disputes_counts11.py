"""Counts compared right (sentences written for these tests, invented places and people): a lower bound after an
opening quote mark, deaths added to a toll told before, a figure the sentence sets its own count against, two
sources' counts in one sentence, and two authorities' counts of the injured for one later day."""

from __future__ import annotations

from pathlib import Path

from rashomon.link import tolls
from rashomon.model import Answer, Ledger

from .dated_articles import answers, corpus


def told(led: Ledger, kind: str) -> dict[float, Answer]:
    return {a.number: a for a in answers(led, kind) if a.number is not None}


def contradicted(led: Ledger) -> set[frozenset[float]]:
    """The pairs of numbers the ledger's count disputes set against each other."""
    by_claim: dict[str, set[float]] = {}
    for kind in ("toll_killed", "toll_injured"):
        for a in answers(led, kind):
            if a.number is not None:
                by_claim.setdefault(a.claim, set()).add(a.number)
    out = set()
    for r in led.relations:
        if r.type == "contradicts":
            for x in by_claim.get(r.a, ()):
                for y in by_claim.get(r.b, ()):
                    out.add(frozenset((x, y)))
    return out


def test_deaths_added_to_a_toll_told_before_are_an_increment() -> None:
    assert tolls.increment("but ", " more person died on Friday, bringing the toll to 40.")
    assert tolls.increment("", " of the wounded died overnight, raising the number of dead to 14")
    assert tolls.increment("the clinic treated 12, after which ", " died")
    assert tolls.increment("Out of this figure, ", " later died in hospital.")
    assert not tolls.increment("", " were hurt, but one person died on Friday, bringing the toll to 40")
    assert not tolls.increment("Officials said ", " people died in Velmora on Monday.")


def test_a_figure_the_sentence_sets_its_count_against() -> None:
    assert tolls.set_against("said 44 people died, contrary to the ", " figure quoted by the police.")
    assert tolls.set_against("put the toll at 44, unlike the ", " given by the ministry")
    assert not tolls.set_against("the toll rose to 44, up from the ", " reported on Monday")


def test_a_number_given_by_its_own_source_in_the_sentence() -> None:
    assert tolls.own_source("with a local imam estimating ")
    assert tolls.own_source("and two nurses claiming around ")
    assert not tolls.own_source("The ministry said ")


def test_an_increment_is_no_toll_of_its_own(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-03-02", "The flood in Velmora killed 40 people, the regional governor said."),
        ("2025-03-04", "The mayor said one more person died on Tuesday, bringing the toll to 41."),
    )
    killed = told(led, "toll_killed")
    assert killed[1].note == "partial"
    assert not [r for r in led.relations if r.type == "contradicts"]


def test_a_lower_bound_after_a_quote_mark_fits_a_higher_count(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-03-02", "A priest told reporters, “Over 30 people lost their lives in the fire in Orlek.”"),
        ("2025-03-02", "The fire brigade said 75 people were killed in the fire in Orlek."),
    )
    assert told(led, "toll_killed")[30].qualifier == "over"
    assert frozenset((30.0, 75.0)) not in contradicted(led)


def test_a_count_set_against_another_sources_figure_is_its_rival(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-03-05", "The army said 52 people were killed in the strike on Orlek."),
        ("2025-03-06", "The regional governor said 61 people have died, contrary to the 52 figure quoted by the army."),
    )
    assert frozenset((52.0, 61.0)) in contradicted(led)


def test_a_toll_that_simply_rose_stays_an_evolution(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-03-05", "The army said 52 people were killed in the strike on Orlek."),
        ("2025-03-06", "The regional governor said 61 people have died in the strike on Orlek."),
    )
    assert frozenset((52.0, 61.0)) not in contradicted(led)


def test_two_sources_counts_in_one_sentence_each_stand_for_their_source(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-03-02",
            "The toll is unclear, with a local imam estimating 20 deaths and two nurses claiming around 35 died.",
        ),
        ("2025-03-02", "The Red Cross said 90 people were killed in the blast in Orlek."),
    )
    assert frozenset((20.0, 90.0)) in contradicted(led)


def test_two_authorities_counts_of_the_injured_for_one_later_day_are_rivals(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-03-02", "The bridge in Orlek collapsed on Sunday, March 2, killing 12 people."),
        ("2025-03-05", "Health Minister Ana Torvel said on Wednesday that 48 people were injured in the collapse."),
        ("2025-03-05", "Governor Milo Brandt said on Wednesday that 63 were hospitalized after the collapse in Orlek."),
    )
    injured = told(led, "toll_injured")
    assert {48, 63} <= set(injured)
    assert frozenset((48.0, 63.0)) in contradicted(led)


def test_injured_counts_on_the_events_own_day_are_stages(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-03-02",
            "The bridge in Orlek collapsed on Sunday. Health Minister Ana Torvel said 48 people were injured.",
        ),
        (
            "2025-03-02",
            "Governor Milo Brandt said 63 people were injured when the bridge in Orlek collapsed on Sunday.",
        ),
    )
    assert frozenset((48.0, 63.0)) not in contradicted(led)
