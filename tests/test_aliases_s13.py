"""Naming rules of the thirteenth session: Russian abbreviations and inflected names of bodies read as the English
bags read them; facilities named kind first, by acronym or by another name in brackets; honorifics of descent and
two-part surnames; points of the compass, kinds of land and region words around a place; peoples and national
adjectives in French, German, Spanish and Russian; Russian bodies split from their acronyms or joined to their
genitives (sentences and names written for these tests, mostly invented; mentions built by hand where the merging
rules are tested apart from the finders)."""

from __future__ import annotations

from rashomon.link.aliases import merge_entities, org_words
from rashomon.model import Analysis

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


def test_facility_word_first_in_german_french_and_spanish() -> None:
    from rashomon.link.aliases import facility_key

    assert facility_key("Kernkraftwerk Lerowo") == facility_key("Lerovo nuclear power plant") is not None
    assert facility_key("Kernkraftwerks Lerowo") == facility_key("Lerovo NPP")  # German genitive
    assert facility_key("centrale nucléaire de Lerovo") == facility_key("Lerovo NPP")
    assert facility_key("central hidroeléctrica de Lerovo") == facility_key("Lerovo dam")
    assert facility_key("Kernkraftwerk") is None
    assert facility_key("centrale nucléaire") is None


def test_inflected_russian_two_word_facility_and_german_hushing_sounds() -> None:
    from rashomon.link.aliases import facility_key

    # a two-word Russian kind in an oblique case, the place's adjective before it
    assert facility_key("Маривской атомной электростанции") == facility_key("Marivka nuclear power plant") is not None
    # German writes ж as sch: "Saporischschja"-like spellings meet the English "zh"
    assert facility_key("Kernkraftwerk Dorischschja") == facility_key("Dorizhzhia NPP") is not None
    assert facility_key("Dorishcha NPP") != facility_key("Dorkova NPP")


def test_a_facility_acronym_joins_the_one_facility_of_its_kind_and_initial() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Marivka nuclear power plant", "FAC"), ("Lerovo dam", "FAC"), ("MNPP", "ORG")),
            analysis("A2", ("Kernkraftwerk Mariwka", "PERSON"), ("LHPP", "ORG"), ("KNPP", "ORG"), language="de"),
        ]
    )
    assert same(entities, "Marivka nuclear power plant", "MNPP")
    assert same(entities, "Marivka nuclear power plant", "Kernkraftwerk Mariwka")
    assert same(entities, "Lerovo dam", "LHPP")
    assert not same(entities, "Marivka nuclear power plant", "KNPP")  # no facility of that initial


def test_a_facility_acronym_with_two_facilities_of_its_initial_stays_apart() -> None:
    entities = merge_entities(
        [analysis("A1", ("Marivka nuclear power plant", "FAC"), ("Morsk nuclear power plant", "FAC"), ("MNPP", "ORG"))]
    )
    assert not same(entities, "Marivka nuclear power plant", "MNPP")
    assert not same(entities, "Morsk nuclear power plant", "MNPP")


def test_an_honorific_of_descent_before_a_full_name_is_no_given_name() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Seyed Karim Vahedi", "PERSON"), ("Vahedi", "PERSON")),
            analysis("A2", ("Karim Vahedi", "PERSON"), ("Ayatollah Reza Tavani", "PERSON")),
            analysis("A3", ("Reza Tavani", "PERSON")),
        ]
    )
    assert same(entities, "Seyed Karim Vahedi", "Karim Vahedi")
    assert same(entities, "Vahedi", "Karim Vahedi")
    assert same(entities, "Ayatollah Reza Tavani", "Reza Tavani")


def test_an_honorific_of_descent_before_a_lone_surname_may_be_the_given_name() -> None:
    entities = merge_entities([analysis("A1", ("Sayed Vahedi", "PERSON")), analysis("A2", ("Karim Vahedi", "PERSON"))])
    assert not same(entities, "Sayed Vahedi", "Karim Vahedi")


def test_a_surname_of_two_parts_apart_hyphenated_or_joined() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Karim Amir Tavanizadeh", "PERSON")),
            analysis("A2", ("Karim Amir-Tavanizadeh", "PERSON")),
            analysis("A3", ("Karim Amirtavanizadeh", "PERSON")),
            analysis("A4", ("Карим Амир-Таванизаде", "PERSON"), language="ru"),
            analysis("A5", ("Reza Amirtavanizadeh", "PERSON")),
        ]
    )
    assert same(entities, "Karim Amir Tavanizadeh", "Karim Amir-Tavanizadeh")
    assert same(entities, "Karim Amir Tavanizadeh", "Karim Amirtavanizadeh")
    assert same(entities, "Karim Amir Tavanizadeh", "Карим Амир-Таванизаде")
    assert not same(entities, "Karim Amirtavanizadeh", "Reza Amirtavanizadeh")


def test_a_point_of_the_compass_before_or_after_a_place_in_any_language() -> None:
    from rashomon.link.aliases import place_key

    east = place_key("East Syria")
    assert east == place_key("Ost-Syrien") == place_key("Восточная Сирия") == place_key("Восточной Сирии")
    assert east == place_key("la Syrie orientale") == place_key("Syrie orientale")
    assert east == place_key("East Syria province")  # the point already names a region
    assert east != place_key("Syria")  # a region of a country is not the country
    assert east != place_key("West Syria")
    assert place_key("Northern Lerovo") == place_key("Северного Лерово") != place_key("Southern Lerovo")
    assert place_key("Nord-Kivu") == place_key("North Kivu")  # the tables' own name wins
    assert place_key("North Korea") != place_key("Korea")


def test_a_compass_region_typed_a_person_is_a_place_and_takes_no_surname() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Norden Syriens", "PERSON"), ("Northern Syria", "LOC")),
            analysis("A2", ("Сирии", "GPE"), ("Syria", "GPE"), language="ru"),
        ]
    )
    assert same(entities, "Norden Syriens", "Northern Syria")
    assert not same(entities, "Norden Syriens", "Сирии")


def test_a_facility_is_no_outlet_though_one_mention_of_its_acronym_was_typed_so() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Marivka nuclear power plant", "FAC"), ("MNPP", "ORG"), ("MNPP", "MEDIA")),
            analysis("A2", ("Marivka NPP", "FAC")),
        ]
    )
    plant = next(e for e in entities if e.name.startswith("Marivka"))
    assert plant.type == "FAC"


def test_a_known_land_named_with_its_kind() -> None:
    from rashomon.link.aliases import place_key

    crimea = place_key("Crimea")
    assert crimea == place_key("Crimean Peninsula") == place_key("Halbinsel Krim") == place_key("полуострова Крым")
    assert crimea == place_key("Republic of Crimea") == place_key("péninsule de Crimée")
    assert place_key("Syrian Republic") == place_key("Syria")
    assert place_key("Korean Peninsula") != place_key("Korea")  # a peninsula is only an area's
    assert place_key("Lerovo People's Republic") != place_key("Lerovo")


def test_a_region_word_before_the_name() -> None:
    from rashomon.link.aliases import place_key

    assert place_key("Region Lerovo") == place_key("Lerovo region") == place_key("région de Lerovo")
    assert place_key("Region Lerovo") != place_key("Lerovo")


def test_a_known_land_or_region_typed_a_body_joins_the_place() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Crimean Peninsula", "LOC"), ("Lerovo region", "GPE")),
            analysis("A2", ("Halbinsel Krim", "ORG"), ("Region Lerovo", "ORG"), language="de"),
        ]
    )
    assert same(entities, "Crimean Peninsula", "Halbinsel Krim")
    assert same(entities, "Lerovo region", "Region Lerovo")


def test_a_silent_final_h_after_a_capital() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Leila Abu Saqeh", "PERSON")),
            analysis("A2", ("Лейла Абу Саке", "PERSON"), language="ru"),
        ]
    )
    assert same(entities, "Leila Abu Saqeh", "Лейла Абу Саке")


def test_a_facility_named_kind_first_is_found_in_german_french_and_spanish_prose() -> None:
    from rashomon.extract.entities_fr import mentions

    def found(text: str) -> list[tuple[str, str]]:
        return [(m.type, m.text) for m in mentions(text)]

    assert ("FAC", "AKW Lerowo") in found("Auf dem Gelände des AKW Lerowo gab es am Morgen Explosionen.")
    assert ("FAC", "Kernkraftwerks Lerowo") in found("Die Lage des Kernkraftwerks Lerowo bleibt ernst.")
    assert ("FAC", "centrale nucléaire de Lerovo") in found("Hier, la centrale nucléaire de Lerovo a été visée.")
    assert ("FAC", "central nuclear de Lerovo") in found("Ayer la central nuclear de Lerovo fue atacada.")
    assert not any(kind == "FAC" for kind, _ in found("Le barrage de police a été levé vers midi."))


def test_a_countrys_soldiers_army_and_forces_are_found_in_russian_and_ukrainian() -> None:
    from rashomon.extract.entities_ru import _forces

    def found(text: str) -> list[str]:
        return [m.text for m in _forces(text, [])]

    assert found("Позже израильские военные открыли огонь.") == ["израильские военные"]
    assert found("Солдаты российской армии вошли в город.") == ["российской армии"]
    assert found("За даними українських військових, усе спокійно.") == ["українських військових"]
    assert found("Политические силы страны спорят.") == []  # no country's adjective
    assert found("Украинские военнопленные вернулись домой.") == []  # prisoners of war, not the forces
    assert org_words("израильские военные", None) == org_words("the Israeli military", None)


def test_peoples_and_national_adjectives_are_found_in_french_german_and_spanish() -> None:
    from rashomon.extract.entities_fr import mentions

    def norps(text: str) -> list[str]:
        return [m.text for m in mentions(text) if m.type == "NORP"]

    assert norps("Selon la police, des dizaines de Palestiniens ont été blessés.") == ["Palestiniens"]
    assert norps("Hunderte Palästinenser warteten am Morgen.") == ["Palästinenser"]
    assert norps("La population palestinienne attend.") == ["palestinienne"]
    assert norps("Die Palästinensische Autonomiebehörde protestierte.") == []  # a word of a body's name
    assert norps("In Indien ist ein Zug entgleist.") == []  # German "Indien" is the country
    assert norps("Le ministère russe de la Défense a démenti.") == []  # inside the body's name


def test_peoples_are_found_in_russian() -> None:
    from rashomon.extract.entities_ru import _peoples

    assert [m.text for m in _peoples("Десятки палестинцев погибли, сообщили израильтяне.", [])] == [
        "палестинцев",
        "израильтяне",
    ]
    assert _peoples("Грузовики прибыли в россии поздно.", []) == []  # a truck; a country in lower case


def test_a_nationality_in_any_language_is_one_entity_apart_from_its_country() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Palestinians", "NORP"), ("Palestine", "GPE")),
            analysis("A2", ("Palestiniens", "NORP"), language="fr"),
            analysis("A3", ("Palästinenser", "NORP"), language="de"),
            analysis("A4", ("палестинцев", "NORP"), ("израильтян", "NORP"), language="ru"),
            analysis("A5", ("Israelis", "NORP")),
        ]
    )
    assert same(entities, "Palestinians", "Palestiniens")
    assert same(entities, "Palestinians", "Palästinenser")
    assert same(entities, "Palestinians", "палестинцев")
    assert same(entities, "Israelis", "израильтян")
    assert not same(entities, "Palestinians", "Palestine")
    assert not same(entities, "Palestinians", "Israelis")


def test_translated_names_of_bodies_read_as_the_english_bags() -> None:
    assert org_words("Agence internationale de l'énergie atomique", None) <= org_words(
        "International Atomic Energy Agency", None
    )
    assert org_words("FFAA de Rusia", None) == org_words("Russian forces", None)
    assert org_words("ВФУ", None) == org_words("Ukrainian troops", None)
    assert org_words("Красного Полумесяца", None) == org_words("Red Crescent", None)
    assert org_words("Красного Креста", None) == org_words("Red Cross", None)
    assert org_words("Краснодарский край", None) != org_words("Red Cross", None)  # "Красн-" is no stem of "red"
    assert org_words("Лероградского драмтеатра", None) == org_words("Lerograd Drama Theater", None)


def test_a_russian_body_joins_the_larger_english_name_by_its_head() -> None:
    entities = merge_entities(
        [
            analysis("A1", ("Lerovian Red Crescent", "ORG"), ("Lerograd Drama Theatre", "ORG")),
            analysis("A2", ("Красного Полумесяца", "ORG"), ("Лероградский драмтеатр", "ORG"), language="ru"),
        ]
    )
    assert same(entities, "Lerograd Drama Theatre", "Лероградский драмтеатр")


def test_a_countrys_body_acronym_typed_a_person_is_the_body() -> None:
    entities = merge_entities(
        [analysis("A1", ("Russian MoD", "PERSON"), ("Russian Defence Ministry", "ORG"), ("Sergei MoD", "PERSON"))]
    )
    assert same(entities, "Russian MoD", "Russian Defence Ministry")
    assert not same(entities, "Sergei MoD", "Russian Defence Ministry")


def test_german_bodies_after_a_national_adjective_and_bodies_known_by_a_name() -> None:
    from rashomon.extract.entities_fr import mentions

    found = [(m.type, m.text) for m in mentions("Nach Angaben der israelischen Armee wurden Schüsse abgegeben.")]
    assert found == [("ORG", "israelischen Armee")]
    assert org_words("israelischen Armee", None) == org_words("Israeli army", None)
    assert [(m.type, m.text) for m in mentions("Selon Tsahal, les soldats ont riposté.")] == [("ORG", "Tsahal")]
    assert org_words("Tsahal", None) == org_words("Israeli forces", None)


def test_a_bridge_named_after_its_place_in_any_language() -> None:
    from rashomon.link.aliases import facility_key

    crimea = facility_key("Crimea bridge")
    assert crimea == facility_key("the Crimean Bridge".removeprefix("the ")) == facility_key("pont de Crimée")
    assert crimea == facility_key("Крымском мосту") == facility_key("Krim-Brücke") is not None
    assert crimea != facility_key("Kerch Bridge")  # another name the tables cannot tie to it
    assert facility_key("Russian bridge") is None


def test_a_russian_facility_in_the_locative() -> None:
    from rashomon.link.aliases import facility_key

    assert facility_key("Маривском водохранилище") == facility_key("Marivka reservoir") is not None


def test_a_facilitys_other_name_in_brackets_joins_both_names() -> None:
    import dataclasses

    def with_sentence(a: Analysis, sentence: str) -> Analysis:
        article = dataclasses.replace(a.article, text=a.article.text + "\n" + sentence)
        return dataclasses.replace(a, article=article)

    plain = [analysis("A1", ("Lerovo bridge", "FAC"), ("Dorsk bridge", "FAC"), ("Marivka bridge", "FAC"))]
    assert not same(merge_entities(plain), "Lerovo bridge", "Dorsk bridge")
    told = [with_sentence(plain[0], "Traffic resumed on the Lerovo (Dorsk) bridge on Monday.")]
    entities = merge_entities(told)
    assert same(entities, "Lerovo bridge", "Dorsk bridge")
    assert not same(entities, "Lerovo bridge", "Marivka bridge")


def test_a_russian_body_read_over_its_bracketed_acronym_is_split() -> None:
    from rashomon.extract.entities_ru import _split_acronyms
    from rashomon.model import Mention, Span

    text = "Федеральная служба охраны (ФСО) Леровии сообщила об этом."
    glued = Mention(span=Span(0, 39), text=text[:39], type="ORG", name=text[:39])
    assert [(m.text, m.type) for m in _split_acronyms(text, [glued])] == [
        ("Федеральная служба охраны", "ORG"),
        ("ФСО", "ORG"),
    ]


def test_two_russian_bodies_side_by_side_are_one_name() -> None:
    from rashomon.extract.entities_ru import _joined_bodies
    from rashomon.model import Mention, Span

    text = "Сотрудники Главного управления разведки Минобороны Леровии, а также МИД Леровии."
    first, second = "Главного управления разведки", "Минобороны Леровии"
    a = text.index(first)
    b = text.index(second)
    c = text.index("МИД")
    found = _joined_bodies(
        text,
        [
            Mention(span=Span(a, a + len(first)), text=first, type="ORG", name=first),
            Mention(span=Span(b, b + len(second)), text=second, type="ORG", name=second),
            Mention(span=Span(c, c + len("МИД Леровии")), text="МИД Леровии", type="ORG", name="МИД Леровии"),
        ],
    )
    assert [m.text for m in found] == ["Главного управления разведки Минобороны Леровии", "МИД Леровии"]


def test_a_russian_bodys_head_is_its_first_kind_of_body() -> None:
    from rashomon.link.aliases import org_head

    assert org_head("Главного управления разведки Минобороны Украины") == "directorate"
    assert org_words("Главного управления разведки Минобороны Украины", None) == org_words(
        "Main Intelligence Directorate of the Ukrainian Defense Ministry", None
    )
    assert org_head("Минобороны Украины") == "ministry"


def test_spanish_troops_after_their_head_are_a_countrys_military() -> None:
    from rashomon.extract.entities_fr import mentions

    found = [(m.type, m.text) for m in mentions("Ayer las tropas ucranianas atacaron la planta.")]
    assert found == [("ORG", "tropas ucranianas")]
    assert org_words("tropas ucranianas", None) == org_words("Ukrainian troops", None)


def test_a_russian_body_and_its_country_after_it_are_one_name() -> None:
    from rashomon.extract.entities_ru import _joined_bodies
    from rashomon.model import Mention, Span

    def at(text: str, part: str, kind: str) -> Mention:
        start = text.index(part)
        return Mention(span=Span(start, start + len(part)), text=part, type=kind, name=part)

    text = "Об этом сообщили в Следкома РФ и в ФСО России."
    found = _joined_bodies(
        text, [at(text, "Следкома", "ORG"), at(text, "РФ", "GPE"), at(text, "ФСО", "ORG"), at(text, "России", "GPE")]
    )
    assert [(m.text, m.type) for m in found] == [
        ("Следкома РФ", "ORG"),
        ("РФ", "GPE"),
        ("ФСО", "ORG"),
        ("России", "GPE"),
    ]
