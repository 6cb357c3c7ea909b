"""General kinds of naming that split one real-world thing across languages (issue 18): a facility named by its place
and different words for its kind ("X dam", "X HPP", "Х-ская ГЭС", "X-Staudamm"), never the town X itself; a Slavic
place opening with "new" or "great" typed a person; a place after a German noun for a town or a river; a place in
German transliteration. Names and sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rashomon.extract.entities_fr import mentions as latin_mentions
from rashomon.extract.entities_ru import refine
from rashomon.link.aliases import facility_key, merge_entities
from rashomon.model import Analysis, Mention, Span

from .hand_mentions import analysis, same

# ---------------------------------------------------------------- a facility named by its place


@pytest.mark.parametrize(
    "name",
    [
        "Lerovo dam",
        "Lerovo Dam",
        "Lerovo HPP",
        "Lerovo hydroelectric power station",
        "Lerovo Hydroelectric Power Plant",
        "Lerovskaya HPP",
        "Леровская ГЭС",
        "Леровской гидроэлектростанции",
        "Леровську ГЕС",
        "Lerowo-Staudamm",
        "Lerowo-Damm",
    ],
)
def test_one_dam_in_any_language(name: str) -> None:
    assert facility_key(name) == facility_key("Lerovo dam") is not None


@pytest.mark.parametrize(
    "a, b",
    [("Lerovo Reservoir", "Леровского водохранилища"), ("Vellsk NPP", "Вельская АЭС"), ("Brenna dam", "Brenna HPP")],
)
def test_other_facilities_meet_their_own_names(a: str, b: str) -> None:
    assert facility_key(a) == facility_key(b) is not None


@pytest.mark.parametrize(
    "a, b", [("Lerovo dam", "Lerovo Reservoir"), ("Lerovo dam", "Vellsk dam"), ("Lerovo HPP", "Lerovo NPP")]
)
def test_different_facilities_stay_apart(a: str, b: str) -> None:
    assert facility_key(a) != facility_key(b)


@pytest.mark.parametrize("name", ["Lerovo", "the dam", "Russian dam", "Hydroelectric Power Plant", "Lerovo City Hall"])
def test_no_facility_of_a_place(name: str) -> None:
    assert facility_key(name) is None


def test_a_dam_is_one_facility_and_never_its_town() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Lerovo dam", "FAC"), ("Lerovo", "GPE")),
            analysis("A2", ("Леровская ГЭС", "ORG"), language="ru"),
            analysis("A3", ("Lerovo HPP", "FAC"), ("Lerovo Reservoir", "LOC")),
        ]
    )
    assert same(entities, "Lerovo dam", "Леровская ГЭС")
    assert same(entities, "Lerovo dam", "Lerovo HPP")
    assert not same(entities, "Lerovo", "Lerovo dam")
    assert not same(entities, "Lerovo dam", "Lerovo Reservoir")


def test_a_person_named_so_is_no_facility() -> None:
    entities = merge_entities([analysis("A1", ("Anna Van Dam", "PERSON")), analysis("A2", ("Van dam", "FAC"))])
    assert not same(entities, "Anna Van Dam", "Van dam")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Water poured through the Lerovo hydroelectric power station on Tuesday.",
            "Lerovo hydroelectric power station",
        ),
        ("Officials said the Lerovskaya HPP was destroyed.", "Lerovskaya HPP"),
        ("The Lerovo dam burst at dawn.", "Lerovo dam"),
    ],
)
def test_an_english_facility_is_one_name(analyze_text: Callable[..., Analysis], text: str, name: str) -> None:
    a = analyze_text(text)
    assert [m.type in ("FAC", "LOC") for m in a.mentions if m.text == name] == [True]


def test_a_nation_s_dam_is_no_named_facility(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text("Engineers inspected a Ukrainian dam on Monday.")
    assert not any(m.type == "FAC" for m in a.mentions)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Взрыв повредил Леровскую ГЭС утром.", "Леровскую ГЭС"),
        ("Вода ушла из Леровского водохранилища.", "Леровского водохранилища"),
        ("Після підриву Леровської гідроелектростанції почалася евакуація.", "Леровської гідроелектростанції"),
    ],
)
def test_a_russian_or_ukrainian_facility_is_one_name(text: str, name: str) -> None:
    start = text.index(name)
    adjective = Mention(span=Span(start, start + 9), text=text[start : start + 9], type="GPE", name=text[start:][:9])
    found = refine(text, [adjective])
    assert [(m.text, m.type) for m in found] == [(name, "FAC")]


# ---------------------------------------------------------------- German


def test_a_german_compound_facility_is_a_facility() -> None:
    found = list(latin_mentions("Der Lerowo-Staudamm brach in der Nacht."))
    assert [(m.text, m.type) for m in found] == [("Lerowo-Staudamm", "FAC")]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Die Lage in der Großstadt Brenowka sei ernst, sagte er.", "Brenowka", "GPE"),
        ("Helfer erreichten das Dorf Wellino am Abend.", "Wellino", "GPE"),
        ("Das Wasser des Flusses Brenna stieg weiter.", "Brenna", "LOC"),
    ],
)
def test_a_name_after_a_german_place_noun_is_a_place(text: str, name: str, kind: str) -> None:
    found = list(latin_mentions(text))
    assert [(m.text, m.type) for m in found if name in m.text] == [(name, kind)]


def test_a_place_in_german_spelling_is_the_english_one() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Nova Lerovka", "GPE"), ("Khmelovo", "GPE")),
            analysis("A2", ("Nowa Lerowka", "GPE"), ("Chmelowo", "GPE"), language="de"),
        ]
    )
    assert same(entities, "Nova Lerovka", "Nowa Lerowka")
    assert same(entities, "Khmelovo", "Chmelowo")


def test_a_slavic_new_town_typed_a_person_is_a_place_not_its_namesake() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Novaya Lerovka", "PERSON"), ("Novaya Lerovka", "PERSON")),
            analysis("A2", ("Lerovka", "GPE"), language="fr"),
        ]
    )
    assert not same(entities, "Novaya Lerovka", "Lerovka")
    assert [e.type for e in entities if e.name == "Novaya Lerovka"] == ["GPE"]


# ---------------------------------------------------------------- bodies and people across Russian and Ukrainian


def test_the_un_in_russian_is_the_un() -> None:
    entities = merge_entities([analysis("A1", ("UN", "ORG")), analysis("A2", ("ООН", "ORG"), language="ru")])
    assert same(entities, "UN", "ООН")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Вчера российские войска отошли от реки.", "российские войска"),
        ("Позиції українських військ.", "українських військ"),
    ],
)
def test_a_country_s_troops_in_russian_or_ukrainian_are_a_body(text: str, name: str) -> None:
    assert [(m.text, m.type) for m in refine(text, [])] == [(name, "ORG")]


def test_a_country_s_troops_are_one_body_across_languages() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Russian forces", "ORG"), ("Ukrainian forces", "ORG")),
            analysis("A2", ("российские войска", "ORG"), ("украинских войск", "ORG"), language="ru"),
        ]
    )
    assert same(entities, "Russian forces", "российские войска")
    assert same(entities, "Ukrainian forces", "украинских войск")
    assert not same(entities, "Russian forces", "украинских войск")


def test_a_ukrainian_genitive_surname_is_the_man() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Борис Леровин", "PERSON"), language="ru"),
            analysis("A2", ("Леровіна", "PERSON"), language="uk"),
        ]
    )
    assert same(entities, "Борис Леровин", "Леровіна")


def test_a_genitive_that_may_be_a_woman_of_the_corpus_stays_apart() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Борис Леровин", "PERSON"), ("Анна Леровина", "PERSON"), language="ru"),
            analysis("A2", ("Леровіна", "PERSON"), language="uk"),
        ]
    )
    assert not same(entities, "Борис Леровин", "Леровіна")
    assert not same(entities, "Анна Леровина", "Леровіна")


def test_a_capital_s_forces_are_its_country_s(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text("Officials said Lerovia's forces and Moscow's forces kept shelling the town.")
    assert "Moscow's forces" in [m.text for m in a.mentions if m.type == "ORG"]
    entities = merge_entities(
        [analyze_text("Moscow's forces shelled the town.", id="A1"), analyze_text("Russian forces withdrew.", id="A2")]
    )
    assert same(entities, "Moscow's forces", "Russian forces")


def test_a_capital_s_other_bodies_keep_the_capital() -> None:
    entities = merge_entities(
        [analysis("A1", ("Moscow's city council", "ORG")), analysis("A2", ("Russian city council", "ORG"))]
    )
    assert not same(entities, "Moscow's city council", "Russian city council")
