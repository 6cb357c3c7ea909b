"""A one-word place in Cyrillic that no table knows, in any case, and the Latin name of the same place elsewhere in
the corpus (names invented; mentions built by hand so the merging rule is tested apart from the finders)."""

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
