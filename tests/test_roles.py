"""Roles of people: long capitalised titles, abbreviated ranks, appositions; peoples of regions. Texts about other
events than the example corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rashomon.model import Analysis, Mention


def mentions(analyze_text: Callable[..., Analysis], text: str) -> dict[str, Mention]:
    return {m.text: m for m in analyze_text(text).mentions}


@pytest.mark.parametrize(
    "text, person, role",
    [
        (
            "Northern range Deputy Inspector General of Police Harjit Sandhu said the blast was under investigation.",
            "Harjit Sandhu",
            "Northern range Deputy Inspector General of Police",
        ),
        (
            "Director of National Intelligence Avril Kessler warned that the threat had grown.",
            "Avril Kessler",
            "Director of National Intelligence",
        ),
        (
            "Mali's Deputy Permanent Representative Oumar Traore told the council that the mission had failed.",
            "Oumar Traore",
            "Mali's Deputy Permanent Representative",
        ),
        (
            "Chief of the General Staff Valery Orlenko said the troops had withdrawn.",
            "Valery Orlenko",
            "Chief of the General Staff",
        ),
    ],
)
def test_a_long_title_before_a_name_is_the_role_of_a_person(
    analyze_text: Callable[..., Analysis], text: str, person: str, role: str
) -> None:
    found = mentions(analyze_text, text)
    assert found[person].type == "PERSON"
    assert found[person].role == role
    assert not any(m.type == "ORG" and m.span.start < found[person].span.start for m in found.values())


def test_a_title_in_an_apposition_is_not_an_organisation(analyze_text: Callable[..., Analysis]) -> None:
    found = mentions(
        analyze_text, "Meera Pillai, the Inspector General of Police for the northern range, said the road was closed."
    )
    assert found["Meera Pillai"].role == "Inspector General of Police for the northern range"
    assert not any(m.type == "ORG" for m in found.values())


@pytest.mark.parametrize(
    "text",
    [
        "General Electric Company said profits rose in the third quarter.",
        "The Director of Public Prosecutions said the case would go ahead.",
    ],
)
def test_titles_and_names_of_organisations_without_a_person(analyze_text: Callable[..., Analysis], text: str) -> None:
    assert not any(m.type == "PERSON" for m in analyze_text(text).mentions)


@pytest.mark.parametrize(
    "text, person, role",
    [
        ("Gen Tomas Ruiz said the convoy was attacked near the border.", "Tomas Ruiz", "General"),
        ("Col. Hanna Lindqvist told reporters that two soldiers were injured.", "Hanna Lindqvist", "Colonel"),
        ("Capt Pieter de Vries said the vessel had been boarded.", "Pieter de Vries", "Captain"),
        ("Lt Gen Marcus Obi said the operation would continue.", "Marcus Obi", "Lieutenant General"),
        ("Maj. Gen. Idris Bello said the airstrip was secured.", "Idris Bello", "Major General"),
        ("Mr Alan Cole said nothing about the fire.", "Alan Cole", None),
    ],
)
def test_abbreviated_ranks_are_spelt_out_as_the_role(
    analyze_text: Callable[..., Analysis], text: str, person: str, role: str | None
) -> None:
    found = mentions(analyze_text, text)
    assert found[person].type == "PERSON"
    assert found[person].role == role


def test_a_longer_title_wins_over_the_rank(analyze_text: Callable[..., Analysis]) -> None:
    found = mentions(analyze_text, "Col Hanna Lindqvist, commander of the northern battalion, said two were hurt.")
    assert found["Hanna Lindqvist"].role == "commander of the northern battalion"


@pytest.mark.parametrize(
    "text, person, role",
    [
        ("Jonas Berg, the ferry's master, said the hull was breached.", "Jonas Berg", "ferry's master"),
        (
            "Grace Mwangi, a nurse at the provincial clinic, said twelve children were treated.",
            "Grace Mwangi",
            "nurse at the provincial clinic",
        ),
        (
            "Fatima Diallo, a resident of the northern suburb, said the shelling began at dawn.",
            "Fatima Diallo",
            "resident of the northern suburb",
        ),
        ("Ali Haidari, whose brother was a soldier, said nothing.", "Ali Haidari", None),
    ],
)
def test_appositions_headed_by_a_profession(
    analyze_text: Callable[..., Analysis], text: str, person: str, role: str | None
) -> None:
    assert mentions(analyze_text, text)[person].role == role


@pytest.mark.parametrize(
    "text, people",
    [
        (
            "Kashmiri separatists and Crimean Tatars protested, along with Kurdish and Tamil groups and Baloch "
            "activists.",
            ["Kashmiri", "Crimean Tatars", "Kurdish", "Tamil", "Baloch"],
        ),
        ("The Kashmiri border town was shelled, and Chechen fighters were said to have left.", ["Kashmiri", "Chechen"]),
    ],
)
def test_peoples_of_regions_are_groups(analyze_text: Callable[..., Analysis], text: str, people: list[str]) -> None:
    found = mentions(analyze_text, text)
    assert {p: found[p].type for p in people} == {p: "NORP" for p in people}
