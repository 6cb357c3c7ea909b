"""Rival accounts of an accident (a capsizing, a sinking, a crash), on sentences written for these tests (never
article text): the cause each account gives (panic on board against a tow by another vessel), whether the act happened
at all (no attempt to tow against a rope tied and pulled), whether help was asked for or refused, and places, bodies
and retorts that are not who did it."""

from __future__ import annotations

from pathlib import Path

from rashomon.link.compare import same_cause
from rashomon.model import Answer, Ledger, Span

from .dated_articles import answers, corpus

PANIC = "panic or a shift of weight on board"
TOW = "a tow or a pull by another vessel"
TOWED = "a tow by another vessel"
HELP = "a call for help (in distress)"


def contradictions(led: Ledger, kind: str) -> list:
    return [r for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0] == kind]


def test_panic_against_a_tow_are_rival_causes_of_a_capsize(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-06-02", "The coast guard said panic on board may have been the cause of the capsize of the trawler."),
        ("2025-06-03", "Survivors said the trawler capsized after the patrol boat tried to tow it towards Norland."),
    )
    given = {(a.value, a.stance) for a in answers(led, "cause")}
    assert (PANIC, "hedged") in given
    assert (TOW, "attributed") in given
    assert len(contradictions(led, "cause")) == 1


def test_two_reports_of_one_account_agree_and_a_mark_after_a_comma_still_leads_on(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-06-02", "Witnesses said the ferry sank after a patrol vessel towed it at speed."),
        ("2025-06-03", "A failed attempt was made to tow the ferry, which led to its sinking, the survivors said."),
    )
    assert {a.value for a in answers(led, "cause")} == {TOW}
    assert len({a.article for a in answers(led, "cause")}) == 2
    assert not contradictions(led, "cause")


def test_what_came_after_the_accident_or_in_another_clause_is_no_cause(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-06-02", "Passengers panicked after the boat capsized near the island of Vesta."),
        ("2025-06-02", "After the ferry sank, rescuers threw ropes to the people in the water."),
        ("2025-06-03", "The fishermen panicked as the wind rose, but the trawler did not sink."),
    )
    assert not [a for a in answers(led, "cause") if a.value in (PANIC, TOW)]


def _answer(value: str, stance: str = "asserted") -> Answer:
    return Answer(value=value, claim="C1", article="A1", span=Span(0, 1), stance=stance)


def test_a_cause_said_not_to_be_is_denied_and_contradicts_the_account_it_denies(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-06-02", "The trawler did not capsize because of a tow, the coast guard said on Monday."),
        ("2025-06-03", "The trawler capsized because of a tow by the patrol boat, survivors said."),
    )
    assert {(a.value, a.stance) for a in answers(led, "cause")} == {(TOW, "denied"), (TOW, "attributed")}
    assert len(contradictions(led, "cause")) == 1
    assert same_cause(_answer(PANIC, "hedged"), _answer(TOW)) == "contradicts"
    assert same_cause(_answer(TOW, "hedged"), _answer(TOW, "attributed")) == "agrees"


def test_no_attempt_to_tow_contradicts_a_rope_tied_and_pulled(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-06-02", "The coast guard made no attempt to tow the trawler, a ministry spokesman said."),
        ("2025-06-03", "A survivor said the patrol boat tied a rope to the bow of the trawler and pulled it hard."),
        ("2025-06-03", "The mayor walked along the pier with her children in tow."),  # an idiom, no tow
    )
    towed = [a for a in answers(led, "state") if a.value == TOWED]
    assert {a.stance for a in towed} == {"denied", "attributed"}
    assert {a.article for a in towed} == {"A1", "A2"}
    assert len(contradictions(led, "state")) == 1


def test_help_refused_contradicts_distress_calls_and_two_refusals_agree(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-06-02", "The passengers refused any help from the coast guard, officials said."),
        ("2025-06-02", "Their offers of assistance were repeatedly turned down, the port authority said."),
        ("2025-06-03", "The boat sent distress calls hours before it sank, a rescue charity said."),
    )
    given = {(a.article, a.stance) for a in answers(led, "state") if a.value == HELP}
    assert given == {("A1", "denied"), ("A2", "denied"), ("A3", "attributed")}
    assert len(contradictions(led, "state")) == 1


def test_a_place_a_body_in_charge_and_a_retort_are_not_who_did_it(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-06-02", "Nine men were arrested over the sinking of a fishing boat southwest of Vesta that killed 78."),
        ("2025-06-03", "The Shipping Ministry, which is responsible for the Coast Guard, declined to comment."),
        ("2025-06-03", "Norland authorities hit back over accusations that the coast guard caused the sinking."),
    )
    assert not answers(led, "agent")
    assert not contradictions(led, "agent")


def test_the_weather_against_overloading_are_rival_causes_of_a_sinking(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-06-02", "The ferry sank because of a storm, the operator of the ferry said on Monday."),
        ("2025-06-03", "Survivors said the ferry sank due to overloading, with twice its capacity on board."),
        ("2025-06-03", "The storm had passed when the rescue boats reached the harbour of Vesta."),  # no accident named
    )
    given = {a.value for a in answers(led, "cause")}
    assert given == {"bad weather (a storm, high winds or waves)", "overloading"}
    assert len(contradictions(led, "cause")) == 1


def test_an_overloaded_boat_is_a_description_not_a_cause(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-06-02", "Dozens drowned after their overloaded boat capsized off the island of Vesta."),
        ("2025-06-03", "The coast guard said panic on board the overcrowded boat may have caused the capsize."),
    )
    assert "overloading" not in {a.value for a in answers(led, "cause")}
