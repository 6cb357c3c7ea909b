"""Twenty-fifth session, sources: "the same source added" (in English, French and Spanish) is whoever the quote
before was resolved to, and "ha detto alla Bbc" names the one told, not the teller. Sentences written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import rashomon
from tests.test_disputes_s16 import _ledger


def _speakers(led: rashomon.Ledger) -> dict[str, str | None]:
    names = {e.id: e.name for e in led.entities}
    return {q.text: names.get(q.speaker or "") for q in led.quotes}


@pytest.mark.parametrize(
    ("name", "text", "first", "second"),
    [
        (
            "01-en.txt",
            'Interior Minister Paul Vardan said "there was no physical contact with the woman" on Monday. Her death '
            'was related to "an operation she had at the age of eight", the same source added.',
            "there was no physical contact with the woman",
            "an operation she had at the age of eight",
        ),
        (
            "01-fr.txt",
            "Le ministre Paul Vardan a fait savoir lundi que «la mort n'avait pas été causée par des coups». «Le 13 "
            "septembre, elle a soudainement perdu connaissance», a ajouté la même source.",
            "la mort n'avait pas été causée par des coups",
            "Le 13 septembre, elle a soudainement perdu connaissance",
        ),
        (
            "01-es.txt",
            "El ministro Luis Vardan dijo que «no hubo ningún contacto físico con la detenida». «Se desmayó "
            "repentinamente cuando estaba con otras personas», indicó la misma fuente.",
            "no hubo ningún contacto físico con la detenida",
            "Se desmayó repentinamente cuando estaba con otras personas",
        ),
    ],
)
def test_the_same_source_is_the_speaker_before(tmp_path: Path, name: str, text: str, first: str, second: str) -> None:
    told = _speakers(_ledger(tmp_path, {name: text}))
    assert told[first] is not None and "Vardan" in told[first]
    assert told[second] == told[first]


def test_the_same_source_with_nobody_before_stays_unnamed(tmp_path: Path) -> None:
    text = 'A police source said "she fainted in the hall". "She was taken to hospital at once," the same source added.'
    told = _speakers(_ledger(tmp_path, {"01-en.txt": text}))
    assert told["She was taken to hospital at once,"] is None


def test_the_outlet_told_is_not_the_teller(tmp_path: Path) -> None:
    text = (
        'Il padre Amjad Varni ha accusato le autorità di mentire sulla morte della figlia. "Stanno mentendo. Tutto '
        'è una bugia", ha detto alla Bbc Persia, ripreso dagli altri media.'
    )
    told = _speakers(_ledger(tmp_path, {"01-it.txt": text}))
    assert told["Stanno mentendo. Tutto è una bugia"] == "Amjad Varni"


def test_german_reported_speech_with_no_dass_carries_the_quote(tmp_path: Path) -> None:
    text = (
        "Die Familie beschuldigt die Polizei. Der Anwalt Kiarash Varni sagte iranischen Medien, im Krankenhaus habe "
        'er deutliche Spuren gesehen, ihr Gesicht sei "geschwollen und ihre Beine voller blauer Flecken" gewesen.'
    )
    told = _speakers(_ledger(tmp_path, {"01-de.txt": text}))
    speaker = told["geschwollen und ihre Beine voller blauer Flecken"]
    assert speaker is not None and speaker.endswith("Kiarash Varni")


def test_german_comma_clause_in_the_indicative_is_no_report(tmp_path: Path) -> None:
    text = (
        "Der Minister Paul Vardan sagte am Montag nichts, die Familie nannte den Bericht "
        '"eine Lüge von Anfang bis Ende und nichts anderes" gestern.'
    )
    told = _speakers(_ledger(tmp_path, {"01-de.txt": text}))
    assert told.get("eine Lüge von Anfang bis Ende und nichts anderes") != "Paul Vardan"


def test_an_adjective_opening_a_russian_sentence_is_no_part_of_the_name(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-ru.txt": "Двадцатидвухлетняя Мария Кольцова скончалась в больнице. Полиция заявила, что у Кольцовой "
            "случился сердечный приступ.",
            "02-en.txt": "Mariya Koltsova, 22, died in hospital on Friday. Koltsova had been arrested by the police.",
        },
    )
    people = [e for e in led.entities if e.type == "PERSON"]
    assert len(people) == 1 and "Двадцатидвухлетняя" not in " ".join(people[0].aliases)


def test_a_ukrainian_locative_that_changes_the_consonant_is_the_place(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-uk.txt": "У Кременчуці внаслідок ракетного удару загинули 20 людей.",
            "02-en.txt": "A missile struck a crowded shopping mall in the central Ukrainian city of Kremenchuk on "
            "Monday, officials said.",
        },
    )
    places = [e for e in led.entities if e.type == "GPE"]
    assert len(places) == 1 and "Кременчуці" in places[0].aliases


def test_officials_of_a_named_body_speak_for_it_and_of_a_country_stay_unnamed(tmp_path: Path) -> None:
    text = (
        "The Department of Water Resources (DWR) sent crews to the fire in Varno on Monday. "
        '"We did not delay any request for water," DWR officials said on Monday. '
        '"We were never warned about the fire," US officials said. '
        '"The crews are still out there," a senior DWR official said.'
    )
    told = _speakers(_ledger(tmp_path, {"01-en.txt": text}))
    assert told["We did not delay any request for water,"] == "Department of Water Resources"
    assert told["We were never warned about the fire,"] is None
    assert told["The crews are still out there,"] is None  # one official, unnamed


def test_a_spanish_statement_named_as_the_speaker_is_its_issuer(tmp_path: Path) -> None:
    text = (
        "La Policía de Varno dijo el jueves en un comunicado que la joven había sido detenida junto con otras "
        "mujeres. «De repente, sufrió un problema cardíaco y fue trasladada inmediatamente al hospital», aseguraba "
        "el comunicado."
    )
    told = _speakers(_ledger(tmp_path, {"01-es.txt": text}))
    assert told["De repente, sufrió un problema cardíaco y fue trasladada inmediatamente al hospital"] == (
        "Policía de Varno"
    )
