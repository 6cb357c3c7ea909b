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


def test_a_toll_dated_by_the_act_in_an_undated_article_is_no_rival_of_the_first_count(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2023-01-14", "Nine people were killed when a missile hit an apartment block in Vellsk on Saturday."),
        ("", "A missile hit an apartment block in Vellsk on 14 January 2023, killing 44 people."),
    )
    killed = [a for a in answers(led, "toll_killed") if a.number in (9, 44)]
    assert {a.number for a in killed} == {9, 44}
    undated = next(a for a in killed if a.number == 44)
    assert undated.as_of is None  # known some day after the act, not which
    tolls = [r for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0] == "toll_killed"]
    assert tolls == []
