"""A cluster that mixes one side's denial of an act with another account's assertion of it is contested, not
consensus; the same side denying one act and doing another is no conflict. Events not in the example corpus."""

from __future__ import annotations

from pathlib import Path

from .test_link import claim_with, contradictions, corpus, linked


def test_denial_of_an_act_against_an_account_that_the_side_did_it(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-03",
            'Mortar rounds hit the village of Sotk on Thursday night. "The Azerbaijani army does '
            'not shell civilians," a defence ministry spokesman in Baku said.',
        ),
        (
            "2024-05-03",
            "Azerbaijani troops deliberately shelled the civilian population of Sotk with "
            "mortars on Thursday night, local officials said.",
        ),
    )
    denial = claim_with(led, "A1", "does not shell civilians")
    r = linked(led, denial, claim_with(led, "A2", "civilian population"))
    assert r is not None and "denial and assertion of the same act" in r.why and "Azerbaijan" in r.details[0][1]
    clusters = [k for k in led.clusters if denial.id in k.claims]
    assert clusters and all(k.status == "contested" for k in clusters)


def test_denying_one_act_and_asserting_another_is_no_conflict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-03",
            '"The Azerbaijani army does not shell civilians," a defence ministry spokesman in Baku said on Friday.',
        ),
        (
            "2024-05-03",
            "Azerbaijani troops shelled military positions near Sotk on Thursday "
            "night, the Armenian defence ministry said on Friday.",
        ),
    )
    assert (
        linked(led, claim_with(led, "A1", "does not shell civilians"), claim_with(led, "A2", "military positions"))
        is None
    )


def test_different_sides_for_different_acts_is_no_conflict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-03", "Armenian troops shelled Azerbaijani military positions near Sotk on Thursday night."),
        ("2024-05-03", "Azerbaijani forces shelled a school in the village of Sotk on Thursday night."),
    )
    assert contradictions(led) == []


def test_a_side_that_did_not_do_it_is_no_rival_agent(tmp_path: Path) -> None:
    # "X did not shell civilians" and "Y shelled civilians" agree that Y, not X, did it
    led = corpus(
        tmp_path,
        ("2024-05-03", "Armenian troops did not shell civilians in Sotk on Thursday, officials said."),
        ("2024-05-03", "Azerbaijani troops shelled civilians in Sotk on Thursday, officials said."),
    )
    assert not any(r.why.startswith("who did it") for r in contradictions(led))
