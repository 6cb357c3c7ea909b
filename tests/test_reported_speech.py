"""Reported speech outside quotation marks in the languages read without a parse (French, Spanish, Portuguese,
Italian, German, Polish): the speech is the claim, its source the speaker and the origin of the answers read from it.
Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import rashomon
from tests.test_disputes_s16 import _ledger


def _claims(led: rashomon.Ledger) -> dict[str, tuple[str, str | None]]:
    return {c.text: (c.stance, c.speaker_text) for c in led.claims}


@pytest.mark.parametrize(
    ("name", "text", "speech", "speaker"),
    [
        (
            "01-fr.txt",
            "Le ministre de l'Intérieur Paul Renard a déclaré que la police avait agi en légitime défense.",
            "la police avait agi en légitime défense",
            "Paul Renard",
        ),
        (
            "01-es.txt",
            "El ministro del Interior, Tomás Ibarra, aseguró que la policía actuó conforme a la ley en todo momento.",
            "la policía actuó conforme a la ley en todo momento",
            "Tomás Ibarra",
        ),
        (
            "01-it.txt",
            "Il ministro degli Esteri Carlo Ferraro ha detto che l'Italia non invierà truppe nella regione.",
            "l'Italia non invierà truppe nella regione",
            "Carlo Ferraro",
        ),
        (
            "01-pt.txt",
            "O ministro da Defesa, Rui Tavares, afirmou que as tropas não dispararam contra os manifestantes.",
            "as tropas não dispararam contra os manifestantes",
            "Rui Tavares",
        ),
        (
            "01-de.txt",
            "Der Innenminister Jonas Keller sagte, die Polizei habe in Notwehr gehandelt.",
            "die Polizei habe in Notwehr gehandelt",
            "Jonas Keller",
        ),
        (
            "01-fr.txt",
            "L'armée a frappé un dépôt de munitions près de la frontière, a affirmé le général Marc Olivier.",
            "L'armée a frappé un dépôt de munitions près de la frontière",
            "Marc Olivier",
        ),
    ],
)
def test_the_speech_is_the_claim_and_its_source_the_speaker(
    tmp_path: Path, name: str, text: str, speech: str, speaker: str
) -> None:
    claims = _claims(_ledger(tmp_path, {name: text}))
    assert claims[speech] == ("attributed", speaker)
    assert len(claims) == 1  # what comes before the speech only says who spoke: no claim of its own


def test_who_spoke_and_the_day_they_spoke_stay_a_claim(tmp_path: Path) -> None:
    claims = _claims(
        _ledger(
            tmp_path,
            {
                "01-fr.txt": "Le ministre de l'Intérieur Paul Renard a déclaré mardi que la police avait agi en "
                "légitime défense."
            },
        )
    )
    assert claims["la police avait agi en légitime défense"] == ("attributed", "Paul Renard")
    assert "Le ministre de l'Intérieur Paul Renard a déclaré mardi" in claims  # the statement, an event of its day


def test_a_source_named_first_or_last_by_its_kind_alone(tmp_path: Path) -> None:
    claims = _claims(
        _ledger(
            tmp_path,
            {
                "01-fr.txt": "Selon le parquet de la ville, le policier a tiré à bout portant sur le conducteur.",
                "02-es.txt": "El agente disparó a quemarropa contra el conductor del coche, según la fiscalía.",
            },
        )
    )
    assert claims["le policier a tiré à bout portant sur le conducteur"] == ("attributed", "le parquet de la ville")
    assert claims["El agente disparó a quemarropa contra el conductor del coche"] == ("attributed", "la fiscalía")


def test_a_denial_denies_the_speech_and_the_act_it_tells(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {"01-es.txt": "El portavoz Julián Navas negó que el ejército hubiera atacado el hospital de la ciudad."},
    )
    assert _claims(led)["el ejército hubiera atacado el hospital de la ciudad"] == ("denied", "Julián Navas")


def test_a_name_in_a_phrase_before_the_verb_is_no_speaker(tmp_path: Path) -> None:
    claims = _claims(
        _ledger(
            tmp_path,
            {
                "01-fr.txt": "Le président a visité mardi matin l'hôpital de Valdoria et a ajouté que les secours "
                "étaient arrivés trop tard.",
            },
        )
    )
    assert all(speaker != "Valdoria" for _, speaker in claims.values())


def test_a_name_spoken_to_relays_the_speech(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {"01-fr.txt": "Le porte-parole Luc Besson a déclaré à l'AFP que les négociations reprendraient lundi."},
    )
    quote = next(q for q in led.quotes if q.kind == "indirect")
    names = {e.id: e.name for e in led.entities}
    assert quote.speaker_text == "Luc Besson"
    assert [names[v] for v in quote.via] == ["Agence France-Presse"]


def test_an_unrelated_word_holding_the_letters_of_que_opens_no_speech(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {"01-es.txt": "El ministerio niega las informaciones sobre un ataque a los campamentos de la región."},
    )
    assert all(q.kind != "indirect" for q in led.quotes)


def test_what_a_source_did_before_and_said_stays_a_claim(tmp_path: Path) -> None:
    claims = _claims(
        _ledger(
            tmp_path,
            {
                "01-de.txt": "Polen wies die Vorwürfe zurück und erklärte, der Reporter habe das Gebäude am "
                "Abend verlassen.",
            },
        )
    )
    assert "Polen wies die Vorwürfe zurück" in claims
    assert claims["der Reporter habe das Gebäude am Abend verlassen"][0] == "attributed"
