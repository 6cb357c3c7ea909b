"""Naming rules of the thirteenth session: Russian abbreviations and inflected names of bodies read as the English
bags read them, ... (names invented or generic; mentions built by hand so the merging rules are tested apart from the
finders)."""

from __future__ import annotations

from rashomon.link.aliases import merge_entities, org_words

from .hand_mentions import analysis, same


def test_russian_names_of_a_countrys_forces_are_its_military() -> None:
    assert org_words("Вооружённых сил Молдовы", None) == org_words("Moldovan armed forces", None)
    assert org_words("Российская армия", None) == org_words("Russian forces", None)
    assert org_words("Вооруженные силы Украины", None) == org_words("Ukrainian troops", None)
    assert org_words("ВСУ", None) == org_words("the Ukrainian military", None)


def test_russian_abbreviations_of_bodies_in_any_case() -> None:
    assert org_words("ЦАХАЛа", None) == org_words("Israeli army", None)
    assert org_words("СК РФ", None) == org_words("Russian Investigative Committee", None)
    assert org_words("Следкома", None) == org_words("Russia's Investigative Committee", None)
    assert org_words("Минздрава", None) == org_words("Health Ministry", None)
    assert org_words("Сил", None) != org_words("Сильный", None)  # a case of "силы", never a stem


def test_russian_forces_merge_with_the_english_names_and_stay_apart_from_the_other_side() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Russian armed forces", "ORG"), ("Ukrainian troops", "ORG")),
            analysis("A2", ("Вооружённых сил России", "ORG"), ("ВСУ", "ORG"), language="ru"),
        ]
    )
    assert same(entities, "Russian armed forces", "Вооружённых сил России")
    assert same(entities, "Ukrainian troops", "ВСУ")
    assert not same(entities, "Russian armed forces", "ВСУ")
