"""Answers read from grammar other than a verb of denial or of cause (issue "disputes", missing sides), on sentences
written for these tests (never article text): a weapon the evidence is said not to fit, and where a product was sold
or sent (one place only against other countries)."""

from __future__ import annotations

from pathlib import Path

from rashomon.model import Ledger

from .dated_articles import answers, corpus


def contradictions(led: Ledger, kind: str) -> list:
    return [r for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0] == kind]


def test_evidence_inconsistent_with_a_weapon_denies_it_as_the_means(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-02", "The Norland army said Vesta hit the depot in Ostrov with Grad rockets on Monday."),
        (
            "2024-05-03",
            "Vesta denied the claim. Analysts said the craters at the depot in Ostrov appear inconsistent with a "
            "Grad-launched strike.",
        ),
    )
    given = {(a.value, a.stance, a.article) for a in answers(led, "means")}
    assert any(v.startswith("Grad") and s == "denied" and art == "A2" for v, s, art in given), given
    assert len(contradictions(led, "means")) == 1


def test_a_weapon_named_outside_the_clause_of_the_words_is_not_denied(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-02", "The Norland army said Vesta hit the depot in Ostrov with Grad rockets on Monday."),
        ("2024-05-03", "The account was inconsistent with earlier statements; the army said Grad rockets hit it."),
    )
    assert not [a for a in answers(led, "means") if a.stance == "denied"]


def test_a_product_sold_in_one_country_only_and_one_sent_elsewhere_contradict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-03-02", "The health agency said the tonic syrups had been distributed to other countries in Asia."),
        ("2024-03-04", "The ministry of Vesta said the tonic syrups were only sold in Norland."),
    )
    given = {(a.value, a.stance, a.note) for a in answers(led, "reach")}
    assert ("other countries", "attributed", "elsewhere") in given
    assert any(note == "only" and value == "Norland" for value, _, note in given), given
    contra = contradictions(led, "reach")
    assert len(contra) == 1 and "only Norland" in contra[0].why


def test_a_reach_denied_agrees_with_one_place_only_and_a_modal_hedges(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-03-02", "The ministry said the tonic syrups were exported only to Norland."),
        ("2024-03-03", "The maker said the tonic syrups were not exported to other countries."),
        ("2024-03-04", "Les sirops pourraient avoir été distribués dans d'autres pays, selon l'agence."),
    )
    given = {(a.note, a.stance, a.article) for a in answers(led, "reach")}
    assert ("elsewhere", "denied", "A2") in given
    assert ("elsewhere", "hedged", "A3") in given
    contra = contradictions(led, "reach")
    assert len(contra) == 1 and {contra[0].a, contra[0].b} != {"C1", "C2"}


BIRDS = "bird strike"
OUTSIDE = "struck from outside (missile, air defence, gunfire)"


def test_a_denied_link_between_the_crash_and_a_drone_attack_denies_the_cause(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-06-02", "Officials in Norland at first denied any connection between the crash and a drone attack."),
        ("2024-06-03", "The airliner crashed after Vesta air defences fired a missile at it, investigators said."),
    )
    given = {(a.value, a.stance, a.article) for a in answers(led, "cause")}
    assert (OUTSIDE, "denied", "A1") in given, given
    assert len(contradictions(led, "cause")) == 1


def test_a_link_asserted_or_a_negation_elsewhere_leaves_the_cause_asserted(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-06-02", "Investigators found a connection between the crash and a drone attack on the airport."),
        ("2024-06-03", "The crash came amid drone strikes on the region, with an airport shut due to drone activity."),
        ("2024-06-04", "On the same day there was no rain, and a drone attack hit a depot after the crash."),
    )
    assert {(a.value, a.stance, a.article) for a in answers(led, "cause")} == {(OUTSIDE, "asserted", "A1")}


def test_french_verbs_of_contact_and_downing_name_the_cause(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-06-02", "Un avion de chasse a percuté mardi le drone au-dessus de la mer."),
        ("2024-06-03", "Le ministère a décoré les pilotes qui ont abattu le drone au-dessus de la mer."),
        ("2024-06-04", "Nous n'avons pas confirmation que le drone a été abattu, une enquête est en cours."),
    )
    given = {(a.value, a.article) for a in answers(led, "cause")}
    assert ("a collision", "A1") in given and (OUTSIDE, "A2") in given, given
    assert not [a for a in answers(led, "cause") if a.article == "A3"]  # still asked: no answer
