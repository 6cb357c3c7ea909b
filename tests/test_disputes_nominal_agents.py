"""Who did it, told by the act's noun and the doer's national word ("killed in a Peruvian missile strike", "muertos en
un ataque peruano", "bei einem peruanischen Raketenangriff"), in English and in the languages read without a parse;
Spanish and Portuguese verbs of attack and denials; and a weapon "known to be inaccurate", which rejects no report.
Every sentence is invented, about invented places."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.model import Ledger

from .dated_articles import answers, corpus


def agents(led: Ledger) -> set[tuple[str, str]]:
    return {(a.value, a.stance) for a in answers(led, "agent")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve people were killed in a Peruvian missile strike on an apartment block in Orvik, officials said.",
        "The Orvik clinic was destroyed in a Peruvian air strike on Tuesday night, according to the health ministry.",
        "Two more people died in the Peruvian shelling of the Orvik market, the governor said.",
    ],
)
def test_harm_done_in_a_national_act_names_its_doer(tmp_path: Path, sentence: str) -> None:
    assert {value for value, _ in agents(corpus(tmp_path, ("2025-05-01", sentence)))} == {"Peru"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Au moins douze personnes ont été tuées dans une frappe de missile péruvienne sur un immeuble d'Orvik, selon "
        "les autorités.",
        "Al menos doce personas murieron en un ataque peruano con misiles contra un edificio de Orvik, según las "
        "autoridades.",
        "Pelo menos doze pessoas morreram num ataque peruano com mísseis contra um prédio de Orvik, segundo as "
        "autoridades.",
        "Mindestens zwölf Menschen wurden bei einem peruanischen Raketenangriff auf ein Wohnhaus in Orvik getötet, "
        "teilten die Behörden mit.",
    ],
)
def test_an_act_named_by_its_noun_and_a_national_word_names_its_doer_abroad(tmp_path: Path, sentence: str) -> None:
    assert {value for value, _ in agents(corpus(tmp_path, ("2025-05-01", sentence)))} == {"Peru"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Un ataque contra Perú dejó doce muertos en Orvik, según las autoridades locales del departamento.",
        "Une attaque contre le Pérou a fait douze morts à Orvik, selon les autorités locales du département.",
        "Bei Angriffen auf Peru wurden in Orvik zwölf Menschen getötet, teilten die örtlichen Behörden mit.",
        "A resident of Orvik said he was injured in the attack's aftermath while helping his neighbours.",
    ],
)
def test_what_an_act_was_done_to_is_not_its_doer(tmp_path: Path, sentence: str) -> None:
    assert agents(corpus(tmp_path, ("2025-05-01", sentence))) == set()


def test_spanish_and_portuguese_verbs_of_attack_and_their_denials(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Perú atacó el edificio de Orvik con un misil de crucero, dijo el alcalde de la ciudad."),
        ("2025-05-01", "O prédio de Orvik foi atingido por um míssil peruano, segundo as autoridades locais."),
        ("2025-05-01", "Perú no atacó zonas residenciales de Orvik, afirmó el portavoz del Gobierno en Lima."),
        ("2025-05-01", "Las fuerzas armadas peruanas no bombardean inmuebles residenciales, dijo el portavoz."),
    )
    # "dijo el alcalde", "segundo as autoridades": the mayor's and the authorities' word (a cue read abroad since the
    # twentieth session), no longer the outlet's own
    assert ("Peru", "attributed") in agents(led)
    assert ("Peru", "asserted") not in agents(led)
    assert ("Peru", "denied") in agents(led)
    assert len([a for a in answers(led, "agent") if a.stance == "denied"]) == 2


def test_a_weapon_known_to_be_inaccurate_is_no_rejected_report(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "Officials said the tower was hit by a Peruvian X-9 missile, which is known to be inaccurate and Chile "
            "does not have the air defences to shoot down.",
        ),
        ("2025-05-01", "The ministry said reports that a Peruvian missile hit the Orvik tower were inaccurate."),
    )
    told = [a.stance for a in answers(led, "agent") if a.value == "Peru"]
    assert "attributed" in told or "asserted" in told
