"""An act told as recurring ("again", "for a third night") is another occurrence, not one event on two days."""

from __future__ import annotations

from pathlib import Path

from tests.test_link import contradictions, corpus


def test_a_deployment_made_again_on_another_night_is_no_conflict_of_days(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-03-09",
            "The interior ministry deployed 30,000 police officers across Veldran overnight on Friday, March 8, "
            "leading to 400 arrests.",
        ),
        (
            "2024-03-11",
            "The interior ministry again deployed 32,000 police officers across Veldran overnight on Sunday, March 10.",
        ),
    )
    assert not [r for r in contradictions(led) if "different days" in r.why], [r.why for r in contradictions(led)]


def test_one_act_told_on_two_days_is_still_a_conflict_of_days(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-03-09", "The freighter Kalvo sank off the island of Drena on March 7, the coast guard said."),
        ("2024-03-10", "The freighter Kalvo sank off the island of Drena on March 8, officials said."),
    )
    assert [r for r in contradictions(led) if "different days" in r.why], [r.why for r in contradictions(led)]
