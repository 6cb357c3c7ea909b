"""Who did it, as the sentences of invented reports tell it: a participle the parse hangs on "was" ("X was on a
plane that crashed, killing all ten") names no doer."""

from __future__ import annotations

from pathlib import Path

from .dated_articles import answers, corpus


def test_a_passenger_is_not_the_doer_of_the_crash_that_killed_him(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-08-23",
            "Ivan Sarko, the head of the Vell group, was on the passenger list of a plane that crashed north of "
            "Ostra, killing all ten on board.",
        ),
        ("2024-08-23", "A missile fired by the Ostran army hit the Vell group's plane, killing all ten on board."),
    )
    doers = {a.value for a in answers(led, "agent")}
    assert not any("Sarko" in d for d in doers)
