"""Speakers described by a country's office in another article: the office is read before a place's ("the British
premier" is the prime minister, not a premier of a place called British), with offices and national adjectives in
other languages. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from rashomon.link.holders import national_office_of

from .dated_articles import corpus


def test_a_countrys_premier_is_its_prime_minister(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", "British Prime Minister Ana Ruiz said on Tuesday that Lerovo had been warned."),
        ("2024-05-02", '"We will respond in kind," the British premier said on Wednesday.'),
    )
    names = {e.id: e.name for e in led.entities}
    assert [names.get(q.speaker or "") for q in led.quotes if q.article == "A2"] == ["Ana Ruiz"]


def test_offices_read_in_other_languages() -> None:
    assert national_office_of("La Première ministre britannique") == ("prime minister", frozenset({"@united kingdom"}))
    assert national_office_of("le président américain") == ("president", frozenset({"@united states"}))
    assert national_office_of("Saudi Arabia’s crown prince") == ("crown prince", frozenset({"@saudi arabia"}))
    assert national_office_of("the former president of Peru") is None


def test_a_title_glued_to_a_name_with_a_particle_is_left_out(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-01",
            "Officials, including Crown Prince Mohammed bin Salman, denied the reports. King Salman ordered an "
            "inquiry. Mohammed bin Salman said the case was painful.",
        ),
    )
    names = {e.name for e in led.entities if e.type == "PERSON"}
    assert "Mohammed bin Salman" in names  # the title is the person's role, not part of the name
    assert "King Salman" in names  # the father, not merged with the son whose name holds his


def test_a_name_after_bin_is_the_fathers_not_a_surname(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", "Officials, including Omar bin Rashid, denied the reports. King Rashid ordered an inquiry."),
    )
    people = [e for e in led.entities if e.type == "PERSON"]
    assert len(people) == 2  # the son and the father


def test_a_glued_title_before_a_hyphenated_given_name(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-01",
            "National Police Commissioner General Yoon Hee-keun on Tuesday acknowledged crowd control was poor. Yoon "
            "said the police would investigate.",
        ),
    )
    assert "Yoon Hee-keun" in {e.name for e in led.entities if e.type == "PERSON"}
