"""Readings that set answers against each other when they do not conflict: a port and the country it may lie in, a
kind of place and a named one, an event named for its town taken for its doer, a loser or a share taken for the
winner, the dead of one group against the whole toll, the bodies found at one site against the toll. Sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

import rashomon
from tests.test_disputes_s16 import _ledger


def _answers(led: rashomon.Ledger, kind: str) -> list[str]:
    return [a.value for q in led.questions if q.kind == kind for a in q.answers]


def _contradicts(led: rashomon.Ledger) -> list[str]:
    return [r.why for r in led.relations if r.type == "contradicts"]


def test_a_port_and_the_country_a_vessel_headed_for_are_one_journey(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01.txt": "The seized tanker Orla Star had been taken to Bandar Abbas port, where it and its crew will "
            "remain while a probe is carried out.",
            "02.txt": "The tanker Orla Star suddenly deviated from her passage and headed north towards Iran, the "
            "owners said.",
            "03.txt": "The tanker Orla Star was transferred to the coast to undergo the required legal proceedings.",
        },
    )
    assert not [w for w in _contradicts(led) if w.startswith("destination")]


def test_a_kind_of_place_is_no_rival_of_a_named_one(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01.txt": "Some 120 residents of Valdoria, critically wounded in the blast, were evacuated to Armenia "
            "by helicopters.",
            "02.txt": "The number of injured in Valdoria rose to 290, with 168 people transported to medical "
            "institutions.",
        },
    )
    assert not [w for w in _contradicts(led) if w.startswith("destination")]


def test_an_event_named_for_its_town_is_no_doer(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01.txt": "The Christchurch shootings killed 50 people.",
            "02.txt": "The Beslan massacre killed 334 people.",
            "03.txt": "The Paris attacks killed 130 people in 2015.",
            "04.txt": "A Hamas attack killed 1,200 people.",
        },
    )
    assert _answers(led, "agent") == ["Hamas"]


def test_a_defeated_candidate_and_a_share_won_name_no_winner(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01.txt": "Supporters of defeated election candidate Omar Varn clashed with police in Valdoria.",
            "02.txt": "The council will examine complaints filed by the defeated candidates, said supreme leader "
            "Ali Rostami.",
            "03.txt": "Ivan Petrov won the election in Valdoria with 63 percent, the commission said.",
        },
    )
    assert _answers(led, "winner") == ["Ivan Petrov"]


def test_the_dead_of_one_group_are_not_the_whole_toll(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01.txt": "Until 6 a.m., just two foreign deaths had been identified in Valdoria.",
            "02.txt": "The crush in Valdoria on Saturday night killed 156 people.",
        },
    )
    labels = sorted(q.label for q in led.questions if q.kind == "toll_killed")
    assert labels == ["how many were killed", "how many were killed (foreigners)"]
    assert not _contradicts(led)


def test_bodies_found_at_the_scene_are_a_part_of_the_toll(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01.txt": "According to the health ministry of Valdoria, 13 unidentified bodies were found at the scene "
            "and seven more died in hospital.",
            "02.txt": "The blast at the depot in Valdoria killed 68 people, officials said.",
        },
    )
    assert not _contradicts(led)
