"""Country names of several words whatever their case, in French, Spanish and other languages read without a parse
("l'Arabie saoudite", "Arabia saudí", "les Émirats arabes unis", "Corea del Sur"): read whole, as the country.
Sentences written for these tests."""

from __future__ import annotations

from rashomon.extract.entities_fr import mentions


def _places(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in mentions(text) if m.type == "GPE"]


def test_french_country_names_with_lower_case_words() -> None:
    found = _places("L'Arabie saoudite a démenti. Les Émirats arabes unis et la Corée du Sud ont réagi.")
    assert ("Arabie saoudite", "GPE") in found
    assert ("Émirats arabes unis", "GPE") in found
    assert ("Corée du Sud", "GPE") in found


def test_spanish_country_names_with_lower_case_words() -> None:
    found = _places("Arabia saudí negó las acusaciones. El príncipe heredero habló con Corea del Sur.")
    assert ("Arabia saudí", "GPE") in found
    assert ("Corea del Sur", "GPE") in found


def test_a_capitalised_word_before_an_unknown_phrase_is_left_to_the_other_readers() -> None:
    found = _places("Lerovo saudite a démenti.")
    assert ("Lerovo saudite", "GPE") not in found


def test_capitals_in_spanish_and_french() -> None:
    found = _places("Riad rechazó las acusaciones, según Estambul. Nueva Delhi y Seúl reaccionaron.")
    assert [text for text, _ in found] == ["Riad", "Estambul", "Nueva Delhi", "Seúl"]
