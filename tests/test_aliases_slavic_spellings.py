"""One person, place or body across the Latin spellings of other languages (German, Romanian, Spanish, Portuguese,
French). Names invented; mentions built by hand so the merging rules are tested apart from the finders."""

from __future__ import annotations

from rashomon.extract import entities_fr
from rashomon.link.aliases import merge_entities, org_head, org_words

from .hand_mentions import analysis, same


def test_german_sch_for_zh_and_w_for_v_meet_the_english_spelling() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Arkady Lozhkin", "PERSON"), ("Vadim Shchekin", "PERSON")),
            analysis("A2", ("Arkadi Loschkin", "PERSON"), ("Wadim Schtschekin", "PERSON"), language="de"),
        ]
    )
    assert same(entities, "Arkady Lozhkin", "Arkadi Loschkin")  # German sch for the Russian ж
    assert same(entities, "Vadim Shchekin", "Wadim Schtschekin")


def test_romanian_letters_for_slavic_sounds() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Yevgeny Kozhemyakin", "PERSON")),
            analysis("A2", ("Evgheni Kojemiakin", "PERSON"), language="ro"),
        ]
    )
    assert same(entities, "Yevgeny Kozhemyakin", "Evgheni Kojemiakin")


def test_a_respelled_name_stays_apart_from_another_person() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Oleg Lokshin", "PERSON"), ("Pavel Lozhkin", "PERSON")),
            analysis("A2", ("Oleg Loschkin", "PERSON"), language="de"),
        ]
    )
    assert not same(entities, "Oleg Lokshin", "Oleg Loschkin")
    assert not same(entities, "Pavel Lozhkin", "Oleg Loschkin")


def test_another_countrys_defence_ministry_is_not_the_pentagon() -> None:
    assert org_head("Defense Ministry") == "ministry"  # the English head, though "défense" opens French names
    assert org_head("ministère de la Défense") == "ministry"
    entities = merge_entities(
        [
            analysis("A1", ("Pentagon", "ORG")),
            analysis("A2", ("Russian Defense Ministry", "ORG")),
            analysis("A3", ("Defence Ministry", "ORG"), ("Moscow", "GPE")),  # "marched on Moscow to oust ..."
        ]
    )
    assert not same(entities, "Pentagon", "Defence Ministry")
    assert same(entities, "Russian Defense Ministry", "Defence Ministry")


def test_romance_names_of_emergency_and_investigative_bodies() -> None:
    assert org_words("ministère russe des Situations d'urgence", None) == org_words("Russian Emergency Ministry", None)
    assert org_words("Comité de Investigação da Rússia", None) == org_words("Russian Investigative Committee", None)
    assert org_words("Comité de Investigación", None) == org_words("Investigative Committee", None)


def test_an_agency_named_after_its_kind_word_and_with_an_accent() -> None:
    assert org_words("agence Lerpress Novosti", None) == org_words("LERPRESS Nóvosti", None)


def test_city_exonyms_in_portuguese_romanian_and_german() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Moscow", "GPE"), ("Saint Petersburg", "GPE")),
            analysis("A2", ("Moscovo", "GPE"), ("São Petersburgo", "GPE"), language="pt"),
            analysis("A3", ("Moscova", "GPE"), ("Sankt Petersburg", "GPE"), language="ro"),
        ]
    )
    assert same(entities, "Moscow", "Moscovo")
    assert same(entities, "Moscow", "Moscova")
    assert same(entities, "Saint Petersburg", "Sankt Petersburg")
    assert same(entities, "Saint Petersburg", "São Petersburgo")


def test_romanian_and_german_titles_before_a_name() -> None:
    text = "Declarația a venit după ce președintele Andrei Vulpescu a vorbit cu Luftfahrt-Experte Karl Brunner."
    names = {m.name for m in entities_fr.mentions(text)}
    assert "Andrei Vulpescu" in names
    assert "Karl Brunner" in names
