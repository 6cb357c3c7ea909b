"""Names across the spellings of several languages, found in real coverage by a session: a surname said again alone
in a German or French article, a given name in German spelling, a Russian Е opening a surname (Ye, Je, E), a lone
surname in French spelling, a body named after its kind in Spanish or Italian. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import rashomon
from rashomon.extract.entities_fr import mentions
from rashomon.model import Ledger


def _corpus(tmp_path: Path, texts: dict[str, str]) -> Ledger:
    for name, text in texts.items():
        (tmp_path / name).write_text(f"url: https://n1.example/2024/05/01/{name}\n---\n{text}", encoding="utf-8")
    return rashomon.analyze([tmp_path])


def _names_of(led: Ledger, word: str) -> list[tuple[str, ...]]:
    """The names of each entity that has ``word`` among its names."""
    out = []
    for e in led.entities:
        names = (e.name, *e.aliases)
        if any(word in n for n in names):
            out.append(tuple(sorted(names)))
    return out


def test_a_surname_said_again_alone_in_german_is_the_person() -> None:
    text = (
        "Der Milizchef Jewgenij Tarasow hat den Minister angegriffen. Es geht um Widersacher, deren Entlassung "
        "Tarasow gefordert hat. Tarasows Truppen stehen vor der Stadt, und Tarasow droht weiter."
    )
    found = [(m.text, m.type, m.name) for m in mentions(text) if "Tarasow" in m.text]
    assert found == [
        ("Jewgenij Tarasow", "PERSON", "Jewgenij Tarasow"),
        ("Tarasow", "PERSON", "Jewgenij Tarasow"),
        ("Tarasows", "PERSON", "Jewgenij Tarasow"),
        ("Tarasow", "PERSON", "Jewgenij Tarasow"),
    ]


def test_a_capitalised_word_never_named_in_full_stays_no_person() -> None:
    text = "Die Regierung hat niemanden entlassen. Tarasow droht weiter, Tarasows Truppen stehen bereit."
    assert [m.text for m in mentions(text) if "Tarasow" in m.text] == []


def test_german_and_english_spellings_of_one_minister_are_one_person(tmp_path: Path) -> None:
    led = _corpus(
        tmp_path,
        {
            "01-de.txt": "Der Milizchef will Verteidigungsminister Sergej Kosyrew und den Generalstabschef absetzen. "
            "Die Regierung in Moskau schweigt dazu seit dem Morgen.",
            "02.txt": "The militia leader demanded the removal of Defense Minister Sergei Kozyrev, the head of the "
            "army's general staff said on Saturday. Kozyrev has not commented.",
        },
    )
    assert _names_of(led, "Ko") == [("Defense Minister Sergei Kozyrev", "Kozyrev", "Sergei Kozyrev", "Sergej Kosyrew")]


def test_a_surname_opening_on_russian_ye_is_one_name_in_each_spelling(tmp_path: Path) -> None:
    led = _corpus(
        tmp_path,
        {
            "01-de.txt": "Vizeminister Junus-Bek Jewdokimow sprach am Samstag in Rostow mit dem Milizchef.",
            "02-it.txt": "Il viceministro Yunus-Bek Evdokimov ha parlato sabato a Rostov con il capo della milizia.",
        },
    )
    assert len(_names_of(led, "dokim")) == 1


def test_a_lone_surname_in_french_spelling_joins_the_person_named_in_english(tmp_path: Path) -> None:
    led = _corpus(
        tmp_path,
        {
            "01-fr.txt": "Si les termes de l’accord restent flous, le président Loukachine, proche allié du Kremlin, "
            "semble avoir joué un rôle central dans la négociation.",
            "02.txt": "The deal was brokered by President Aleksandr Lukashin, who said on Saturday that he had spoken "
            "to the militia leader for hours.",
        },
    )
    assert ("Aleksandr Lukashin", "Loukachine", "President Aleksandr Lukashin") in _names_of(led, "Lukashin")


def test_a_body_named_after_its_kind_is_no_person_and_is_the_body_named_in_english(tmp_path: Path) -> None:
    led = _corpus(
        tmp_path,
        {
            "01-es.txt": "El jefe del Grupo Sarkan anunció el sábado que sus combatientes volverían a sus bases de "
            "inmediato para evitar un derramamiento de sangre.",
            "02.txt": "The head of the Sarkan Group said on Saturday that its fighters would return to their bases to "
            "avoid bloodshed, the group's press service said.",
        },
    )
    groups = [e for e in led.entities if "Sarkan" in e.name or any("Sarkan" in a for a in e.aliases)]
    assert [e.type for e in groups] == ["ORG"]


def test_german_nouns_before_a_given_name_are_no_part_of_the_persons_name() -> None:
    text = (
        "Der Leichnam von Alexei Warenow ist seiner Mutter Ljudmila Warenowa übergeben worden. Dies berichtete die "
        "Pressesprecherin des Oppositionsaktivisten Kira Jarosch auf ihrer Seite."
    )
    assert [(m.text, m.type) for m in mentions(text)] == [
        ("Alexei Warenow", "PERSON"),
        ("Ljudmila Warenowa", "PERSON"),
        ("Kira Jarosch", "PERSON"),
    ]


def test_a_body_or_a_place_named_after_a_person_is_the_body_or_the_place() -> None:
    text = "Die Stiftung Jean Monnet hat am Flughafen Willy Brandt ein Büro, sagte Kira Jarosch."
    assert [(m.text, m.type) for m in mentions(text)] == [
        ("Stiftung Jean Monnet", "ORG"),
        ("Flughafen Willy Brandt", "FAC"),
        ("Kira Jarosch", "PERSON"),
    ]


def test_a_port_city_named_bandar_is_a_place_and_a_hyphenated_given_name_is_a_persons(tmp_path: Path) -> None:
    led = _corpus(
        tmp_path,
        {
            "01.txt": "The tanker was taken to Bandar Abbas port for inspection on Saturday, officials said.\n"
            "Allah-Morad Tavakoli, the deputy health minister of Lerovo, said the crew was safe.",
        },
    )
    types = {e.name: e.type for e in led.entities}
    assert types.get("Bandar Abbas") == "GPE"
    assert types.get("Allah-Morad Tavakoli") == "PERSON"
