"""Wrong answers kept out (issue "disputes"), on sentences written for these tests (never article text).

An answer must be about the event's act and be the claim's own: an act on another country, a report the sentence
only mentions (the reports' answer, hedged), an accusation an act was meant to provoke, a question asked about an
involvement, a side word that says whose weapon it was, a pronoun for the weapon, a site the parse made the subject,
and "a deliberate provocation" (an act or a statement called so) answer nothing about who did it, with what, whether
a party took part or with what intent.
"""

from __future__ import annotations

from pathlib import Path

from rashomon.link.questions import _labels_accusation, _whole_name
from rashomon.model import Entity, Ledger

from .dated_articles import answers, corpus


def told(led: Ledger, kind: str) -> set[tuple[str, str, str]]:
    return {(a.article, a.value, a.stance) for a in answers(led, kind)}


def test_an_act_on_another_country_answers_nothing_about_the_event(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Chilean troops shelled the village of Orvik, Peru, on Monday, killing 12 people."),
        ("2025-05-01", "A rocket hit the Peruvian village of Orvik on Monday, killing 12 people, the mayor said."),
        (
            "2025-05-01",
            "Chilean troops shelled Orvik, Peru, on Monday, the mayor said. Bolivian forces fired rockets at Argentina "
            "on Monday, the mayor added.",
        ),
    )
    values = {v for _, v, _ in told(led, "agent")}
    assert "Chile" in values, told(led, "agent")
    assert "Bolivia" not in values, told(led, "agent")


def test_a_report_the_sentence_only_mentions_is_not_its_answer(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Peruvian troops fired the rocket that hit the Orvik depot, the governor said."),
        (
            "2025-05-02",
            "Colonel Marek Vos said the shell that hit the Orvik depot on Monday was probably a misfire by Peruvian "
            "gunners – coming after numerous, earlier reports that it was fired by Chilean troops.",
        ),
    )
    chile = [a for a in answers(led, "agent") if a.article == "A2" and a.value == "Chile"]
    assert all(a.stance == "hedged" and a.origin is None for a in chile), chile  # the reports', not the colonel's


def test_a_clause_its_sentence_calls_unlikely_is_denied(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Peruvian troops fired the rocket that hit the Orvik depot, the governor said."),
        ("2025-05-02", 'Minister Ana Rojas said that the shell having been fired by Chilean gunners was "untrue."'),
    )
    assert ("A2", "Chile", "denied") in told(led, "agent"), told(led, "agent")


def test_an_accusation_an_act_was_meant_to_make_blames_no_one(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "Peruvian troops shelled the Orvik prison in order to accuse Chile of war crimes, the general staff said.",
        ),
    )
    values = {v for _, v, _ in told(led, "agent")}
    assert "Chile" not in values, told(led, "agent")


def test_what_an_involvement_is_in_names_no_party(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Chilean officials denied any involvement in the explosion in Orvik, Peru, on Monday."),
    )
    assert {v for _, v, _ in told(led, "involved")} <= {"Chile"}, told(led, "involved")


def test_an_involvement_asked_about_or_a_weapons_maker_is_no_answer(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "Investigators hope to settle the question of the involvement of Chilean agents in the Orvik blast.",
        ),
        ("2025-05-02", "The debris collected in Orvik has nothing to do with Chilean rockets, the ministry said."),
    )
    assert not answers(led, "involved"), told(led, "involved")


def test_coming_into_contact_is_a_touch_not_an_involvement(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "The Chilean helicopters never came into contact with the patrol boat near Orvik, the navy said.",
        ),
        ("2025-05-02", "The Orvik gunmen had contacts with Chilean intelligence, the security service said."),
    )
    assert {(a, v, s) for a, v, s in told(led, "involved")} == {("A2", "Chile", "attributed")}, told(led, "involved")


def test_a_provocation_says_nothing_of_the_acts_intent(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "The embassy said the minister's remarks on the Orvik fire amounted to a deliberate provocation.",
        ),
        ("2025-05-02", "The raid on the Orvik depot was a provocation meant to frighten the recruits."),
    )
    assert not answers(led, "intent"), told(led, "intent")
    # the intent words themselves still answer
    assert not _labels_accusation("the ministry called the strike a ", "asserted")


def test_a_site_the_parse_made_the_subject_did_nothing(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "An explosion at Peru's busiest port which killed more than 40 and wounded 900 others was a chemical "
            "store igniting",
        ),
    )
    assert not answers(led, "agent"), told(led, "agent")


def test_a_pronoun_is_no_weapon(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Chilean troops fired a Tochka-U missile at the Orvik station. It was launched from a truck."),
    )
    assert all(a.value.casefold() not in ("it", "which") for a in answers(led, "means")), told(led, "means")


def test_a_weapon_a_craft_can_carry_is_no_weapon_of_the_act(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "Des avions chiliens ont visé le port d'Orvik lundi. Le bombardier B-52 peut aussi emporter vingt "
            "missiles AGM-86 ALCM.",
        ),
    )
    assert not answers(led, "means"), told(led, "means")


def test_the_party_of_a_name_the_ner_cut_is_the_whole_names_entity() -> None:
    part = Entity(id="E1", name="Islamic", type="NORP")
    whole = Entity(id="E2", name="Front Islamique", type="ORG", aliases=("Islamic Front", "IF"))
    names = {"E1": part, "E2": whole}
    assert _whole_name("Islamic Front", "E1", names) == ("Front Islamique", "E2")
    assert _whole_name("Islamic Council", "E1", names) == ("Islamic Council", "E1")
