"""A one-word place in Cyrillic that no table knows, in any case, and the Latin name of the same place elsewhere in
the corpus; an acronym inside a body's name; a number ending a place's name (names invented; mentions built by hand
so the merging rules are tested apart from the finders)."""

from __future__ import annotations

from rashomon.link.aliases import merge_entities

from .hand_mentions import analysis, same


def test_a_cyrillic_place_in_the_genitive_is_the_latin_place() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Marivka", "GPE"), ("Dorosk", "GPE")),
            analysis("A2", ("Маривки", "GPE"), ("Дороском", "GPE"), language="ru"),
        ]
    )
    assert same(entities, "Marivka", "Маривки")  # genitive ending off: Маривк- meets Marivka
    assert same(entities, "Dorosk", "Дороском")  # instrumental ending off


def test_a_cyrillic_place_spelling_no_latin_place_stays_apart() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Marivka", "GPE"), ("Lerovo", "GPE")),
            analysis("A2", ("Марсала", "GPE"), ("Ливно", "GPE"), language="ru"),
        ]
    )
    assert not same(entities, "Marivka", "Марсала")
    assert not same(entities, "Lerovo", "Ливно")


def test_two_latin_places_with_one_skeleton_decide_nothing() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Borsk", "GPE"), ("Barsk", "GPE")),
            analysis("A2", ("Борска", "GPE"), language="ru"),
        ]
    )
    assert not same(entities, "Borsk", "Борска")
    assert not same(entities, "Barsk", "Борска")


def test_an_acronym_inside_a_name_gives_all_its_letters() -> None:
    from rashomon.names.acronyms import initials

    assert initials("US Navy") == {"usn"}  # never "UN": the United Nations is not the US Navy
    assert "unsc" in initials("UN Security Council")
    assert "afu" in initials("Ukrainian Armed Forces")  # a demonym still may move to the end
    entities = merge_entities(
        [
            analysis("A1", ("US Navy", "ORG"), ("UN", "ORG")),
            analysis("A2", ("United Nations", "ORG"), ("UN", "ORG")),
        ]
    )
    assert not same(entities, "US Navy", "UN")


def test_a_number_ending_a_places_name_tells_which_of_several_it_is() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Vell Stream", "FAC"), ("Vell Stream 1", "FAC")),
            analysis("A2", ("Vell Stream 2", "FAC"), ("Vell Stream-2", "FAC")),
        ]
    )
    assert not same(entities, "Vell Stream", "Vell Stream 1")  # the pair of pipelines is neither one
    assert not same(entities, "Vell Stream 1", "Vell Stream 2")
    assert same(entities, "Vell Stream 2", "Vell Stream-2")


def test_a_person_named_in_cyrillic_only_is_also_named_in_latin_letters() -> None:
    entities = merge_entities(
        [
            analysis(
                "A1", ("Олег Дорнов", "PERSON"), ("Дорнов", "PERSON"), ("Ирина Вельская", "PERSON"), language="ru"
            ),
            analysis("A2", ("Irina Velskaya", "PERSON")),
        ]
    )
    dornov = next(e for e in entities if e.name == "Олег Дорнов")
    assert "Oleg Dornov" in dornov.aliases  # a reader of Latin letters finds him
    velskaya = next(e for e in entities if "Irina Velskaya" in (e.name, *e.aliases))
    assert "Ирина Вельская" in (velskaya.name, *velskaya.aliases)  # merged with the Latin name the corpus gives
    assert not any(a.startswith("Irina V") and a != "Irina Velskaya" for a in velskaya.aliases)  # none made up


def test_st_is_saint_in_a_places_name() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("St. Vellburg", "GPE"), ("St Petersburg", "GPE")),
            analysis("A2", ("Saint Vellburg", "GPE"), ("St. Petersburg", "GPE"), ("Stavell", "GPE")),
        ]
    )
    assert same(entities, "St. Vellburg", "Saint Vellburg")
    assert same(entities, "St Petersburg", "St. Petersburg")
    assert not same(entities, "Stavell", "St. Vellburg")


def test_a_cyrillic_word_names_a_country_only_in_its_cases_and_derived_words() -> None:
    from rashomon.data.cyrillic import country_of_word

    assert country_of_word("Конго") == "Congo"
    assert country_of_word("Конгресс-центр") is None  # a congress centre, not Congo
    assert country_of_word("катастрофы") is None  # a catastrophe, not Qatar
    assert country_of_word("Даниэль") is None  # a given name, not Denmark
    assert country_of_word("Казахстане") == "Kazakhstan"
    assert country_of_word("Израиля") == "Israel"
    assert country_of_word("ливанской") == "Lebanon"
    assert country_of_word("украинцам") == "Ukraine"


def test_a_countrys_name_in_another_language_is_the_country() -> None:
    from rashomon.data.places import country_names

    names = country_names()
    assert names["indien"] == "India" and names["bolivien"] == "Bolivia"  # German, from CLDR's tables
    assert names["ucrania"] == "Ukraine" and names["stati uniti"] == "United States"  # Spanish, Italian
    assert "chili" not in names  # a common word before a country's name
    entities = merge_entities(
        [
            analysis("A1", ("India", "GPE")),
            analysis("A2", ("Indien", "GPE"), language="de"),
        ]
    )
    assert same(entities, "India", "Indien")
