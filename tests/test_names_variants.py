"""One entity however the articles write its name: transliteration conventions, spellings, word order, a field's
noun or adjective, a description of the network a body runs, and the town of a colon dateline; and the names that
must stay apart though they share a word. Names, towns and bodies invented; countries real (the tables know them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from rashomon.link.aliases import merge_entities, org_words
from rashomon.model import Analysis
from tests.test_aliases_languages import analysis
from tests.test_sources_names import article, holder, ledger_of, same


def _merged(kind: str, *articles: tuple[str, ...]) -> tuple:
    return merge_entities([analysis(f"A{i}", *((n, kind) for n in names)) for i, names in enumerate(articles, 1)])


# ---------------------------------------------------------------- people and places, one per article


@pytest.mark.parametrize(
    "a, b",
    [
        ("Oleksiy Horbanenko", "Aleksei Gorbanenko"),  # Ukrainian h is Russian g; the given name's two forms
        ("Oleksandr Hrymenko", "Oleksandr Grymenko"),
        ("Bohdan Koretskyy", "Bohdan Koretsky"),  # -yy and -y of one ending
        ("Oleksandr Pastukhov", "Aleksandr Pastukhov"),
    ],
)
def test_one_person_in_two_transliterations(a: str, b: str) -> None:
    assert same(_merged("PERSON", (a,), (b,)), a, b)


@pytest.mark.parametrize(
    "full, bare",
    [("Oleksandr Grymenko", "Hrymenko"), ("Bohdan Koretskyy", "Koretsky"), ("Tom Varley", "Varley")],
)
def test_a_bare_surname_joins_the_one_full_name_of_the_corpus(full: str, bare: str) -> None:
    assert same(_merged("PERSON", (full,), (bare,)), full, bare)


def test_a_bare_surname_two_people_of_the_corpus_bear_stays_alone() -> None:
    ents = _merged("PERSON", ("Varley",), ("Tom Varley", "Jane Varley"))
    assert not same(ents, "Varley", "Tom Varley") and not same(ents, "Varley", "Jane Varley")
    assert not same(ents, "Tom Varley", "Jane Varley")


@pytest.mark.parametrize(
    "a, b",
    [
        ("Shahid Karimaee Port", "Shahid Karimaei Port"),  # Persian ee / ei
        ("Shahid Karima\u00ef port", "Shahid Karimaee"),  # a diacritic, and the port's kind word left out
        ("Khormuzdan", "Khermuzdan"),  # one vowel of a long place name
    ],
)
def test_one_place_in_two_transliterations(a: str, b: str) -> None:
    assert same(_merged("GPE", (a,), (b,)), a, b)


# ---------------------------------------------------------------- bodies: spelling, word order, a field's two words


@pytest.mark.parametrize(
    "a, b",
    [
        ("Moldovan Ministry of Defense", "Moldova\u2019s defence ministry"),
        ("Moldovan Defense Ministry", "Moldovan Ministry of Defense"),
        ("Moldova's foreign ministry", "Moldovan Foreign Ministry"),
        ("Moldovan air defences", "Moldovan air defense"),
        ("Global Shipping Organisation", "Global Shipping Organization"),
        ("Medicines Control Agency", "Medical Control Agency"),
        ("Medicine Control Agency", "Medical Control Agency"),
        ("Moldovan Ministry of Agriculture", "Moldovan Agricultural Ministry"),
        ("Economy Ministry of Moldova", "Moldova's Economic Ministry"),
    ],
)
def test_one_body_in_two_spellings(a: str, b: str) -> None:
    assert org_words(a, None) == org_words(b, None)
    assert same(_merged("ORG", (a,), (b,)), a, b)


def test_bodies_sharing_a_fields_word_stay_apart() -> None:
    ents = _merged("ORG", ("Medical Control Agency",), ("Medical Research Council",), ("Medicines Review Board",))
    assert not same(ents, "Medical Control Agency", "Medical Research Council")
    assert not same(ents, "Medical Control Agency", "Medicines Review Board")
    assert not same(ents, "Medical Research Council", "Medicines Review Board")


def test_two_countries_bodies_of_one_field_stay_apart() -> None:
    ents = _merged("ORG", ("Moldovan Agricultural Ministry",), ("Romanian Ministry of Agriculture",))
    assert not same(ents, "Moldovan Agricultural Ministry", "Romanian Ministry of Agriculture")


# ---------------------------------------------------------------- a network described by the body that runs it

RAILWAY_NAMED = "The Moldovan Railways Company said the line to Orvik had reopened."


def test_a_countrys_railway_system_is_the_body_that_runs_it() -> None:
    ents = merge_entities(
        [
            article("A1", RAILWAY_NAMED, ("Moldovan Railways Company", "ORG")),
            article("A2", "Ion Varga, head of Moldova\u2019s national railway system, said two trains were hit."),
            article("A3", "Trains on the national rail network ran late on Tuesday."),
        ]
    )
    assert same(ents, "Moldovan Railways Company", "Moldova\u2019s national railway system")
    assert same(ents, "Moldovan Railways Company", "national rail network")


def test_a_system_of_another_kind_is_no_company_sharing_its_words() -> None:
    ents = merge_entities(
        [
            article(
                "A1", "Almazan Air Defence Corporation makes the launchers.", ("Almazan Air Defence Corporation", "ORG")
            ),
            article("A2", "The Moldovan air defence system shot down three drones."),
            article("A3", "Doctors said the national health system was overwhelmed."),
        ]
    )
    assert holder(ents, "Moldovan air defence system") is None
    assert holder(ents, "national health system") is None


def test_a_railway_system_two_railway_companies_fit_stays_unlinked() -> None:
    ents = merge_entities(
        [
            article("A1", RAILWAY_NAMED, ("Moldovan Railways Company", "ORG")),
            article(
                "A2",
                "The Orvik Metro and Railway Company ran extra trains.",
                ("Orvik Metro and Railway Company", "ORG"),
            ),
            article("A3", "Officials said the railway system was back to normal."),
        ]
    )
    assert holder(ents, "railway system") is None


# ---------------------------------------------------------------- the town of a colon dateline

LEDE = (
    "Police in Moldova are investigating the deaths of four children, which have been linked to a syrup "
    "imported from abroad, officials said on Monday."
)


def _places(a: Analysis) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in a.mentions if m.type == "GPE"]


@pytest.mark.parametrize("opening", ["", "Syrup deaths under investigation\n\n"])
def test_the_town_of_a_colon_dateline_is_a_place(analyze_text: Callable[..., Analysis], opening: str) -> None:
    a = analyze_text(f"{opening}Zarvinka: {LEDE}")
    assert ("Zarvinka", "Zarvinka") in _places(a)


def test_a_dateline_town_in_capitals_is_named_in_title_case(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text(f"ZARVINKA: {LEDE}")
    assert ("ZARVINKA", "Zarvinka") in _places(a)


@pytest.mark.parametrize(
    "text",
    [
        "Poll: Wealthy Voters Abandon the Party of Varga Ahead of the Vote in Spring.\n\nThe poll was taken in May.",
        f"UPDATE: {LEDE}",
        f"Exclusive: {LEDE}",
        "Varga: The talks will go on, he told reporters.\n\nThe talks went on.",
        f"Question: {LEDE}",
    ],
)
def test_a_label_or_a_headline_before_a_colon_is_no_place(analyze_text: Callable[..., Analysis], text: str) -> None:
    a = analyze_text(text)
    assert not any(name in ("Poll", "Update", "UPDATE", "Exclusive", "Varga", "Question") for _, name in _places(a))


# ---------------------------------------------------------------- a flight by its number


@pytest.mark.parametrize(
    "text, surface, number, form",
    [
        ("Orvik Airlines flight KX-4410 crashed near Lerovo.", "flight KX-4410", "KX-4410", "flight KX-4410"),
        ("Flight KX4410 crashed near Lerovo on Monday.", "Flight KX4410", "KX4410", "Flight KX4410"),
        ("An Embraer (flight number J2-8243) crashed.", "flight number J2-8243", "J2-8243", "flight J2-8243"),
    ],
)
def test_a_flight_is_named_by_its_number_with_and_without_the_word(
    analyze_text: Callable[..., Analysis], text: str, surface: str, number: str, form: str
) -> None:
    found = [(m.text, m.name, m.aliases) for m in analyze_text(text).mentions if m.type == "EQUIPMENT"]
    assert found == [(surface, number, (form,))]


def test_a_number_without_an_airline_code_or_the_word_flight_is_no_flight(
    analyze_text: Callable[..., Analysis],
) -> None:
    a = analyze_text("The plane, flight 4410, crashed. Flight crews of KX 4410 waited.")
    assert not [m for m in a.mentions if m.type == "EQUIPMENT"]


def test_one_flight_by_its_number_and_two_flights_apart() -> None:
    ents = _merged("EQUIPMENT", ("KX-4410", "KX-4411"), ("KX4410",))
    assert same(ents, "KX-4410", "KX4410") and not same(ents, "KX-4410", "KX-4411")


# ---------------------------------------------------------------- a body's acronym after its country's abbreviation


def test_a_bodys_acronym_after_its_countrys_abbreviation_is_that_body(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "The Russian Investigative Committee said on Sunday that it was questioning witnesses in Lerovo.",
        "The Investigative Committee (IC) of Russia opened a criminal case on Monday, it said in a statement.",
        "Three suspects were detained, said Petr Sidorov, Chairman of the RF IC.\n\nThe US IC did not comment.",
    )
    assert same(led.entities, "RF IC", "Russian Investigative Committee")
    assert holder(led.entities, "US IC") is None


def test_an_acronym_of_a_body_without_a_country_is_not_spread_after_one() -> None:
    ents = merge_entities(
        [
            article(
                "A1",
                "The Customs Service (CS) opened a case.",
                ("Customs Service", "ORG"),
                ("CS", "ORG"),
            ),
            article("A2", "Officers of the RF CS searched the ship."),
        ]
    )
    assert holder(ents, "RF CS") is None


def test_a_speakers_turns_in_a_transcript_are_no_dateline(analyze_text: Callable[..., Analysis]) -> None:
    turn = (
        "Good afternoon, we have gathered here today to discuss the situation on the border and the talks that are due"
    )
    a = analyze_text(f"Varga: {turn} next week.\n\nQuestion: What will you ask?\n\nVarga: {turn} soon.")
    assert "Varga" not in [name for _, name in _places(a)]
