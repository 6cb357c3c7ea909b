"""Polish articles, read from the surface (no parser ships for Polish here): quotes and who said them, reported
speech and its stance, names of countries in their cases, and who did it. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import rashomon
from rashomon.extract.quotes_pl import speech_verb
from tests.test_disputes_s16 import _ledger


def _speakers(led: rashomon.Ledger) -> dict[str, str | None]:
    return {q.text: q.speaker_text for q in led.quotes if q.kind != "scare"}


def _claim(led: rashomon.Ledger, start: str) -> rashomon.Claim:
    return next(c for c in led.claims if c.text.startswith(start))


@pytest.mark.parametrize(
    ("word", "gender"),
    [("powiedział", "m"), ("oświadczyła", "f"), ("poinformowali", "p"), ("twierdzi", ""), ("ostrzegła", "f")],
)
def test_a_verb_of_saying_tells_the_speakers_gender(word: str, gender: str) -> None:
    assert speech_verb(word) == gender


@pytest.mark.parametrize("word", ["dodatkowy", "powiedzenie", "Warszawa", "ponad", "łatwo"])
def test_other_words_are_no_verbs_of_saying(word: str) -> None:
    assert speech_verb(word) is None


def test_the_person_named_after_the_dash_said_it_and_a_verb_alone_goes_on_with_them(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-pl.txt": (
                "W sobotę w Lublinie doszło do pożaru magazynu. „Ogień pojawił się tuż po północy i szybko się "
                "rozprzestrzenił” – powiedział rzecznik straży pożarnej Tomasz Malinowski w rozmowie z agencją "
                "Reuters. „Nikt nie został ranny, ale straty są ogromne” – dodał. Wojewoda Ewa Zając napisała: "
                "„Sprawdzimy, czy magazyn spełniał wszystkie przepisy bezpieczeństwa”."
            )
        },
    )
    speakers = _speakers(led)
    first = "Ogień pojawił się tuż po północy i szybko się rozprzestrzenił"
    assert speakers[first] == "Tomasz Malinowski"
    assert speakers["Nikt nie został ranny, ale straty są ogromne"] == "Tomasz Malinowski"
    assert speakers["Sprawdzimy, czy magazyn spełniał wszystkie przepisy bezpieczeństwa"] == "Ewa Zając"
    quote = next(q for q in led.quotes if q.text == first)
    names = {e.id: e.name for e in led.entities}
    assert [names[v] for v in quote.via] == ["Reuters"]


def test_a_verb_alone_in_the_feminine_is_the_woman_named_before(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-pl.txt": (
                "Posłanka Joanna Wójcik i minister Marek Lewandowski spotkali się w Sejmie. Rozmowa trwała dwie "
                "godziny. „Nie zgadzamy się w żadnej sprawie dotyczącej tej ustawy” – przyznała po spotkaniu."
            )
        },
    )
    assert _speakers(led)["Nie zgadzamy się w żadnej sprawie dotyczącej tej ustawy"] == "Joanna Wójcik"


def test_reported_speech_is_the_speakers_and_a_denial_denies_it(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-pl.txt": (
                "Minister zdrowia Adam Kaczmarek oświadczył w piątek, że szpital w Radomiu otrzyma nowe karetki. "
                "Dyrektor szpitala Barbara Nowicka zaprzeczyła, jakoby placówka zamknęła oddział ratunkowy. "
                "Według prokuratora Pawła Mazura pożar wybuchł z powodu zwarcia instalacji. "
                "Karetki rzekomo stały bez paliwa przez tydzień."
            )
        },
    )
    promised = _claim(led, "szpital w Radomiu otrzyma")
    assert (promised.stance, promised.speaker_text) == ("attributed", "Adam Kaczmarek")
    denied = _claim(led, "placówka zamknęła")
    assert (denied.stance, denied.speaker_text) == ("denied", "Barbara Nowicka")
    according = _claim(led, "pożar wybuchł")
    assert according.stance == "attributed" and according.speaker_text == "Pawła Mazura"
    assert _claim(led, "Karetki rzekomo").stance == "hedged"


def test_a_source_after_the_statement_is_its_speaker(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {"01-pl.txt": "Samolot transportowy spadł na pole pod Radomiem, przekazał rzecznik MSWiA Jan Wrona."},
    )
    claim = _claim(led, "Samolot transportowy spadł")
    assert claim.text.endswith("pod Radomiem") and claim.speaker_text == "Jan Wrona"  # no "MSWiA" glued to the name


def test_countries_in_their_cases_and_who_attacked_across_languages(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-pl.txt": (
                "Premier Jan Kowalczyk oświadczył, że Rosja zaatakowała magazyn paliwa pod Chełmem. Rzecznik Kremla "
                "Igor Sokołow zaprzeczył, jakoby Rosja stała za atakiem na magazyn."
            ),
            "02-en.txt": "Russia attacked the fuel depot near Chelm on Sunday, the Polish prime minister said.",
        },
    )
    russia = next(e for e in led.entities if e.name == "Russia")
    assert "Rosja" in russia.aliases
    agent = [(a.value, a.stance) for q in led.questions if q.kind == "agent" for a in q.answers]
    assert ("Russia", "attributed") in agent
    assert ("Russia", "denied") in agent


def test_a_word_or_two_in_marks_is_no_quote(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {"01-pl.txt": "Politycy opozycji nazwali ustawę „skandalem” podczas debaty w Sejmie we wtorek wieczorem."},
    )
    assert all(q.kind == "scare" for q in led.quotes)


def test_a_capitalised_preposition_opens_no_name_and_no_speaker(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-pl.txt": (
                "Rzecznik rządu Piotr Zieliński poinformował w piątek, że rząd zbierze się w poniedziałek. Odnośnie "
                "Litwy napisał, że „współpraca z sąsiadami jest dla nas najważniejsza w tej sprawie”."
            )
        },
    )
    assert _speakers(led)["współpraca z sąsiadami jest dla nas najważniejsza w tej sprawie"] == "Piotr Zieliński"
    assert all(not e.name.startswith("Odnośnie") for e in led.entities)


def test_an_accusation_and_a_denial_of_any_part_in_polish(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-pl.txt": (
                "Premier Jan Kowalczyk oskarżył Rosję o atak na magazyn paliwa pod Chełmem. Rzecznik Kremla Igor "
                "Sokołow oświadczył, że Rosja nie ma nic wspólnego z incydentem."
            ),
        },
    )
    agent = {(a.value, a.stance) for q in led.questions if q.kind == "agent" for a in q.answers}
    assert {("Russia", "attributed"), ("Russia", "denied")} <= agent
