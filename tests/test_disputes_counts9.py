"""Counts read from wordings the toll readers missed or misread (sentences written for these tests, invented places
and people): a number's own predicate over the outcome word before it, a bare number after a verb of outcome, and
a count told inside a relative clause with no act of its own."""

from __future__ import annotations

from pathlib import Path

from rashomon.link import tolls
from rashomon.model import Answer, Ledger

from .dated_articles import answers, corpus


def told(led: Ledger, kind: str) -> dict[float, Answer]:
    return {a.number: a for a in answers(led, kind) if a.number is not None}


def test_a_numbers_own_predicate_says_what_it_counts() -> None:
    assert tolls.predicate_outcome(" were injured in the blast") == "injured"
    assert tolls.predicate_outcome(" people have been wounded") == "injured"
    assert tolls.predicate_outcome(" miners died") == "dead"
    assert tolls.predicate_outcome(" people and 32 were injured") is None  # the predicate is the next count's
    assert tolls.predicate_outcome(" people, killing a guard") is None


def test_a_bare_number_after_a_verb_of_outcome_counts_people() -> None:
    assert tolls.elided_outcome("killing two people and injuring at least ", ".") == "injured"
    assert tolls.elided_outcome("the blast killed ", " and injured 40") == "dead"
    assert tolls.elided_outcome("the shelling damaged ", ".") is None
    assert tolls.elided_outcome("injuring ", " buildings") is None  # what it counts is said: not people


def test_counts_in_one_sentence_each_take_their_own_outcome(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-06-02", "The governor said 14 people died and 38 were injured when the bridge at Orlek fell."),
        ("2025-06-02", "The bridge at Orlek collapsed on Monday, killing at least 11 people and injuring at least 45."),
        ("2025-06-03", "Rescuers said 12 workers died and 30 workers were hurt in the Orlek bridge collapse."),
    )
    killed, injured = told(led, "toll_killed"), told(led, "toll_injured")
    assert {14, 11, 12} <= set(killed) and not {38, 45, 30} & set(killed)
    assert {38, 45, 30} <= set(injured)
    assert injured[45].qualifier == "at least"


def test_a_count_in_a_relative_clause_is_read(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-06-04", "The shell that left 9 people dead in Orlek was fired from the east, the inquiry concluded."),
    )
    assert 9 in told(led, "toll_killed")


def test_a_count_said_missing_right_after_it_is_missing(tmp_path: Path) -> None:
    led = corpus(tmp_path, ("2025-06-05", "The council said 40 people were dead and over 300 missing in Orlek."))
    assert 40 in told(led, "toll_killed") and 300 in told(led, "toll_missing")
    assert 300 not in told(led, "toll_killed")


def test_a_count_of_many_acts_or_of_several_days_is_set_apart(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-06-06",
            "As a result of a series of missile attacks on the country, 30 people died and 120 people were injured, "
            "the national police said.",
        ),
        ("2025-06-06", "Twelve people were injured at the Orlek clinic, the mayor said."),
        ("2025-06-07", "A total of 400 officers have been injured in the riots of recent days, the ministry said."),
        ("2025-06-07", "Some 90 officers were injured overnight in Orlek, the interior ministry said."),
    )
    injured = told(led, "toll_injured")
    assert injured[120].note == "elsewhere" and injured[400].note == "period"
    assert not [r for r in led.relations if r.type == "contradicts"]


def test_an_undated_stage_of_a_rising_count_is_no_target_for_a_rival() -> None:
    from rashomon.link.compare import same_count
    from rashomon.model import Span

    rival = Answer(
        value="more than 100",
        claim="C1",
        article="A1",
        span=Span(0, 1),
        stance="attributed",
        number=100,
        qualifier="more than",
        note="rival",
    )  # "the true toll is several times higher than officially reported"
    stage = Answer(value="8", claim="C2", article="A2", span=Span(0, 1), stance="asserted", number=8, note="updated")
    assert same_count(rival, stage) != "contradicts"  # "the toll rose to eight": a stage, its day unknown
    firm = Answer(value="40", claim="C3", article="A3", span=Span(0, 1), stance="attributed", number=40)
    assert same_count(rival, firm) == "contradicts"
