"""General kinds of naming that split one real-world thing (issue 18): towns named after a person in their Ukrainian
and Russian forms, a town the model types as a body, Ukrainian country names natasha misses, a verb glued to a
body's name, a place in the locative. Names and sentences invented (or common knowledge)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rashomon.extract.entities_ru import country_form, refine
from rashomon.link.aliases import merge_entities, place_key
from rashomon.model import Analysis, Mention, Span
from rashomon.names.translit import skeleton

from .hand_mentions import analysis, same

# ---------------------------------------------------------------- towns named after a person


@pytest.mark.parametrize(
    "a, b",
    [
        ("Oleksandrivka", "Aleksandrovka"),
        ("Mykolaivka", "Nikolaevka"),
        ("Hryhorivka", "Grigorovka"),
        ("Mykhailivka", "Mikhailovka"),
        ("Kostiantynivka", "Konstantinovka"),
        ("Олександрівка", "Aleksandrovka"),
        ("Олександрівці", "Oleksandrivka"),  # the Ukrainian locative
        ("Николаевку", "Mykolaivka"),  # the Russian accusative
    ],
)
def test_a_town_named_after_a_person_is_one_place_in_both_languages(a: str, b: str) -> None:
    assert place_key(a) == place_key(b)


@pytest.mark.parametrize(
    "a, b", [("Oleksandrivka", "Mykolaivka"), ("Petrivka", "Pavlivka"), ("Serhiivka", "Hryhorivka")]
)
def test_towns_named_after_different_people_stay_apart(a: str, b: str) -> None:
    assert place_key(a) != place_key(b)


def test_a_town_not_named_after_a_person_keeps_its_skeleton() -> None:
    assert place_key("Zorivka") == "place:" + skeleton("Zorivka")


def test_the_two_forms_of_a_town_merge_across_articles() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Hryhorivka", "GPE")),
            analysis("A2", ("Grigorovka", "GPE"), language="ru"),
            analysis("A3", ("Mykolaivka", "GPE")),
        ]
    )
    assert same(entities, "Hryhorivka", "Grigorovka")
    assert not same(entities, "Hryhorivka", "Mykolaivka")


# ---------------------------------------------------------------- "the town of X" is a place


@pytest.mark.parametrize(
    "text, name",
    [
        ("Nine people died in the eastern town of Talvora, the hospital said.", "Talvora"),
        ("The storm flooded the coastal village of Ouedmir overnight.", "Ouedmir"),
        ("Shells hit the city of Brenovka on Monday.", "Brenovka"),
    ],
)
def test_the_name_after_town_of_is_a_place(analyze_text: Callable[..., Analysis], text: str, name: str) -> None:
    a = analyze_text(text)
    assert [m.type for m in a.mentions if m.text == name] == ["GPE"]


def test_a_town_of_and_its_al_form_are_one_place(analyze_text: Callable[..., Analysis]) -> None:
    entities = merge_entities(
        [
            analyze_text("Nine people died in the eastern town of Talvora, the hospital said.", id="A1"),
            analyze_text("Floods swept the cities of Derna, Al Talvora and Benghazi.", id="A2"),
        ]
    )
    assert same(entities, "Talvora", "Al Talvora")


def test_a_capitalised_city_of_is_a_name_of_its_own(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text("The City of Westbrook Council met on Monday.")
    assert not any(m.text == "Westbrook" and m.type == "GPE" for m in a.mentions)


# ---------------------------------------------------------------- Russian and Ukrainian names


@pytest.mark.parametrize(
    "word, country",
    [("Росія", "Russia"), ("Україну", "Ukraine"), ("Росії", "Russia"), ("Францію", "France"), ("Польщею", "Poland")],
)
def test_a_country_in_any_case(word: str, country: str) -> None:
    assert country_form(word) == country


@pytest.mark.parametrize("word", ["Росіяни", "Російська", "Украинцы", "Українська", "Роса"])
def test_a_country_s_people_or_adjective_is_no_country(word: str) -> None:
    assert country_form(word) is None


def test_countries_natasha_missed_are_found() -> None:
    text = "Зранку Росія атакувала Україну ракетами."
    found = refine(text, [])
    assert [(m.text, m.type) for m in found] == [("Росія", "GPE"), ("Україну", "GPE")]


def test_a_past_tense_verb_glued_to_a_body_is_cut() -> None:
    text = "Служба порятунку Велії повідомила подробиці."
    end = text.index(" подробиці")
    glued = Mention(span=Span(0, end), text=text[:end], type="ORG", name=text[:end])
    found = refine(text, [glued])
    assert [m.text for m in found if m.type == "ORG"] == ["Служба порятунку Велії"]


def test_a_body_s_plural_noun_is_no_verb() -> None:
    text = "Збройні сили заявили про удар."
    body = Mention(span=Span(0, 12), text="Збройні сили", type="ORG", name="Збройні сили")
    assert [m.text for m in refine(text, [body]) if m.type == "ORG"] == ["Збройні сили"]


@pytest.mark.parametrize(
    "text, word, kind",
    [
        ("Вибух стався у Брезівці вранці.", "Брезівці", "GPE"),
        ("Взрыв произошел в Талвере утром.", "Талвере", "GPE"),
        ("Про це повідомили у Зеленського.", "Зеленського", "PERSON"),  # the genitive: a person's office
    ],
)
def test_one_word_in_the_locative_is_a_place(text: str, word: str, kind: str) -> None:
    start = text.index(word)
    person = Mention(span=Span(start, start + len(word)), text=word, type="PERSON", name=word)
    assert [m.type for m in refine(text, [person]) if m.text == word] == [kind]
