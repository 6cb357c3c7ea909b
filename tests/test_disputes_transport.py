"""What a transport carried and where it was going are questions only where the event's object is a vehicle."""

from __future__ import annotations

from pathlib import Path

from rashomon.model import Ledger

from .dated_articles import corpus


def kinds(led: Ledger) -> set[str]:
    return {q.kind for q in led.questions}


def test_a_flood_raises_no_question_of_what_an_aid_convoy_carried(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-04-02", "Floods killed 200 people in Varlen on Tuesday. A convoy carrying 40 doctors reached the city."),
        ("2025-04-03", "Floods killed 230 people in Varlen. Trucks carrying tents and water headed to the port."),
    )
    assert not kinds(led) & {"cargo", "destination"}, [(q.kind, [a.value for a in q.answers]) for q in led.questions]


def test_a_boat_that_sank_raises_the_question_of_who_it_carried(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-04-02", "A fishing boat sank off Korsa on Tuesday. The boat was carrying 300 migrants, officials said."),
        ("2025-04-03", "The boat sank off Korsa on Tuesday. It was carrying 120 fishermen, the harbour master said."),
    )
    assert "cargo" in kinds(led), [(q.kind, [a.value for a in q.answers]) for q in led.questions]
