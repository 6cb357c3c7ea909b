"""Who is who on unseen news (issue 18): a body's kind words, a country's defence forces, bare descriptions resolved
in their article, and a state body's apposition that is no outlet. Sentences are our own, about invented towns,
groups and people; countries are real (the tables know them)."""

from __future__ import annotations

from collections.abc import Callable

from rashomon.link.aliases import merge_entities, org_head, org_words
from rashomon.model import Analysis
from tests.test_sources_names import article, holder, same

# ---------------------------------------------------------------- kind words and defence forces


def test_a_groups_kind_word_is_no_part_of_its_name() -> None:
    assert org_words("Hamda movement", None) == org_words("Hamda", None)
    assert org_words("the Sarkan Group", None) == org_words("Sarkan", None)
    assert org_head("Lerovo Islamic Jihad movement") == org_head("Islamic Jihad") == "jihad"
    # a name that is only a kind word keeps it: "the Movement" is not every movement's bare name
    assert org_words("Movement", None) == frozenset({"movement"})


def test_a_group_and_its_kind_word_merge_across_articles() -> None:
    ents = merge_entities(
        [
            article("A1", "The Hamda movement denied the report.", ("Hamda movement", "ORG")),
            article("A2", "Hamda said the toll was higher.", ("Hamda", "ORG")),
            article("A3", "The Lerovo Islamic Jihad movement fired.", ("Lerovo Islamic Jihad movement", "ORG")),
            article("A4", "Islamic Jihad denied it.", ("Islamic Jihad", "ORG")),
        ]
    )
    assert same(ents, "Hamda movement", "Hamda")
    assert same(ents, "Lerovo Islamic Jihad movement", "Islamic Jihad")
    assert not same(ents, "Hamda", "Islamic Jihad")


def test_a_countrys_defence_forces_are_its_military_and_not_its_air_defence() -> None:
    assert org_words("Moldova Defense Forces", None) == org_words("Moldovan military", None)
    assert org_words("Moldovan National Defence Force", None) == org_words("Moldova's army", None)
    assert org_words("Moldovan air defence forces", None) != org_words("Moldovan military", None)
    assert org_words("Moldovan Territorial Defence Forces", None) != org_words("Moldovan military", None)
    assert org_words("Ministry of Defence", None) != org_words("Defence Forces", None)
    # without a country "Defence Forces" says nothing of whose they are: kept as written
    assert "defense" in org_words("Defence Forces", None)


def test_defence_forces_their_acronym_and_the_army_are_one_body(analyze_text: Callable[..., Analysis]) -> None:
    texts = [
        "The Moldova Defense Forces (MDF) said the rocket was not theirs.",
        "The Moldovan military released a recording on Tuesday.",
        "Moldova's army denied any strike, and the MDF said it would publish more.",
    ]
    ents = merge_entities([analyze_text(t, id=f"A{i}") for i, t in enumerate(texts, 1)])
    assert same(ents, "Moldova Defense Forces", "Moldovan military")
    assert same(ents, "Moldova's army", "MDF")
    assert not same(ents, "Moldova Defense Forces", "Moldova")


def test_a_group_named_before_its_kind_word_keeps_its_whole_name(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text("Fighters said the Lerovo Islamic Jihad movement had withdrawn.")
    assert "Lerovo Islamic Jihad" in {m.text for m in a.mentions}
    assert "Jihad" not in {m.text for m in a.mentions}


# ---------------------------------------------------------------- bare descriptions in their article


def test_the_prosecutor_and_the_ministry_are_the_ones_the_article_named() -> None:
    text = (
        "Chief prosecutor Anna Velik opened a case against the Lerovo Health Ministry. "
        "The prosecutor said the ministry had hidden the toll."
    )
    ents = merge_entities(
        [
            article(
                "A1",
                text,
                ("Anna Velik", "PERSON"),
                ("Lerovo Health Ministry", "ORG"),
                role={"Anna Velik": "Chief prosecutor"},
            )
        ]
    )
    assert same(ents, "Anna Velik", "prosecutor")
    assert same(ents, "Lerovo Health Ministry", "ministry")


def test_a_bare_description_two_fit_or_none_precedes_stays_unlinked() -> None:
    two = "The Lerovo Health Ministry and the Moldovan Finance Ministry met. The ministry said nothing."
    first = "The mayor spoke first. Mayor Petr Holub said the town was calm."
    ents = merge_entities(
        [
            article("A1", two, ("Lerovo Health Ministry", "ORG"), ("Moldovan Finance Ministry", "ORG")),
            article("A2", first, ("Petr Holub", "PERSON"), role={"Petr Holub": "Mayor"}),
        ]
    )
    assert holder(ents, "ministry") is None
    assert holder(ents, "mayor") is None


def test_a_bare_office_is_never_linked_across_articles() -> None:
    ents = merge_entities(
        [
            article(
                "A1", "Mayor Petr Holub said the town was calm.", ("Petr Holub", "PERSON"), role={"Petr Holub": "Mayor"}
            ),
            article("A2", "In Lerovo the mayor said shops would reopen.", ("Lerovo", "GPE")),
        ]
    )
    assert holder(ents, "mayor") is None


def test_the_mayor_of_a_named_place_and_a_title_before_a_name_are_left_to_their_own_rules() -> None:
    text = "Mayor Petr Holub spoke. The mayor of Lerovo, the mayor Jan Roe and the mayor said more."
    ents = merge_entities([article("A1", text, ("Petr Holub", "PERSON"), role={"Petr Holub": "Mayor"})])
    person = holder(ents, "Petr Holub")
    assert person is not None
    # only the last, bare "the mayor" is a description of the one mayor named before it
    bare = [r for r in person.mentions if text[r.start : r.end] == "mayor"]
    assert [r.start for r in bare] == [text.rindex("mayor")]


# ---------------------------------------------------------------- no outlet


def test_a_state_service_in_apposition_makes_no_outlet(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text("The gunmen planned to flee to Ukraine, the FSB security service said on Saturday.")
    kinds = {m.text: m.type for m in a.mentions}
    assert kinds.get("Ukraine") == "GPE"
    b = analyze_text("Belta, a Belarusian state-owned news agency, reported the arrest.")
    assert {m.text: m.type for m in b.mentions}.get("Belta") == "MEDIA"


# ---------------------------------------------------------------- ministries in lower case


def test_a_ministry_in_lower_case_with_its_owner_is_a_body(analyze_text: Callable[..., Analysis]) -> None:
    found = {
        t: [(m.text, m.type) for m in analyze_text(t).mentions]
        for t in (
            "The Lerovo health ministry said 40 people died.",
            "Lerovo's health ministry said so on Monday.",
            "Officials at the ministry of health gave no figure.",
            "On Monday, Moldova's defence ministry denied it.",
        )
    }
    assert [("Lerovo health ministry", "ORG")] in found.values()
    assert [("Lerovo's health ministry", "ORG")] in found.values()
    assert [("ministry of health", "ORG")] in found.values()
    assert [("Moldova's defence ministry", "ORG")] in found.values()
    # no owner: a description, left to the descriptions of bodies
    assert analyze_text("The health ministry said so.").mentions == ()


def test_one_ministry_named_four_ways_is_one_body(analyze_text: Callable[..., Analysis]) -> None:
    texts = [
        "On Monday the Lerovo health ministry said 471 people were killed.",
        "On Monday the Health Ministry said the toll had risen. The ministry gave no breakdown.",
        "Lerovo's health ministry later confirmed the count.",
    ]
    ents = merge_entities([analyze_text(t, id=f"A{i}") for i, t in enumerate(texts, 1)])
    assert same(ents, "Lerovo health ministry", "Health Ministry")
    assert same(ents, "Lerovo's health ministry", "ministry")
    assert not same(ents, "Lerovo health ministry", "Lerovo")


# ---------------------------------------------------------------- a name of its own and its country


def test_a_named_group_joins_its_national_form_whatever_country_its_sentence_names() -> None:
    ents = merge_entities(
        [
            article("A1", "A rocket of Moldovan Sarkan Jihad misfired.", ("Moldovan Sarkan Jihad", "ORG")),
            article("A2", "Sarkan Jihad blamed Romania for the blast.", ("Sarkan Jihad", "ORG"), ("Romania", "GPE")),
        ]
    )
    assert same(ents, "Moldovan Sarkan Jihad", "Sarkan Jihad")


def test_a_generic_body_still_needs_its_sentences_country() -> None:
    ents = merge_entities(
        [
            article("A1", "The Moldovan Foreign Ministry protested.", ("Moldovan Foreign Ministry", "ORG")),
            article("A2", "The Foreign Ministry in Romania replied.", ("Foreign Ministry", "ORG"), ("Romania", "GPE")),
        ]
    )
    assert not same(ents, "Moldovan Foreign Ministry", "Foreign Ministry")


def test_a_named_group_two_countries_claim_stays_apart() -> None:
    ents = merge_entities(
        [
            article("A1", "Moldovan Sarkan Jihad fired.", ("Moldovan Sarkan Jihad", "ORG")),
            article("A2", "Romanian Sarkan Jihad fired.", ("Romanian Sarkan Jihad", "ORG")),
            article("A3", "Sarkan Jihad denied it.", ("Sarkan Jihad", "ORG")),
        ]
    )
    assert not same(ents, "Sarkan Jihad", "Moldovan Sarkan Jihad")
    assert not same(ents, "Sarkan Jihad", "Romanian Sarkan Jihad")


# ---------------------------------------------------------------- people across scripts and languages


def test_a_person_named_in_cyrillic_by_sound_is_the_one_named_in_latin() -> None:
    ents = merge_entities(
        [
            article(
                "A1",
                "Minister Gerald Darmanix and Jean Castov spoke.",
                ("Gerald Darmanix", "PERSON"),
                ("Jean Castov", "PERSON"),
            ),
            article(
                "A2",
                "Жеральд Дарманикс и Жан Кастов заявили.",
                ("Жеральд Дарманикс", "PERSON"),
                ("Жан Кастов", "PERSON"),
            ),
            article("A3", "Later Darmanix's office spoke.", ("Darmanix", "PERSON")),
        ]
    )
    assert same(ents, "Gerald Darmanix", "Жеральд Дарманикс")
    assert same(ents, "Jean Castov", "Жан Кастов")
    # one person named in two scripts is one candidate for the lone surname, not two
    assert same(ents, "Darmanix", "Gerald Darmanix")


def test_two_people_sharing_a_surname_across_scripts_stay_two() -> None:
    ents = merge_entities(
        [
            article("A1", "Dan Kovalin spoke.", ("Dan Kovalin", "PERSON")),
            article("A2", "Ян Ковалин заявил.", ("Ян Ковалин", "PERSON")),
            article(
                "A3",
                "Vitali Brodan and Vladimir Brodan spoke.",
                ("Vitali Brodan", "PERSON"),
                ("Vladimir Brodan", "PERSON"),
            ),
            article("A4", "Виталий Бродан заявил.", ("Виталий Бродан", "PERSON")),
        ]
    )
    assert not same(ents, "Dan Kovalin", "Ян Ковалин")  # D and Я are no one sound
    assert same(ents, "Vitali Brodan", "Виталий Бродан")
    assert not same(ents, "Vladimir Brodan", "Виталий Бродан")


def test_a_french_portfolio_before_a_name_is_no_part_of_it() -> None:
    from rashomon.extract.entities_fr import mentions

    found = [
        (m.text, m.type) for m in mentions("Le ministre de l'Intérieur Gérald Darmanix a déclaré que tout allait bien.")
    ]
    assert found == [("Gérald Darmanix", "PERSON")]
    found = [(m.text, m.type) for m in mentions("Selon le ministère de l'Intérieur, le bilan est lourd.")]
    assert found == [("ministère de l'Intérieur", "ORG")]


def test_a_body_run_by_someone_is_the_body() -> None:
    assert org_words("the Hamda-run health ministry", None) == org_words("Health Ministry", None)


def test_a_known_place_misspelled_and_typed_a_person_is_that_place() -> None:
    ents = merge_entities(
        [
            article("A1", "The plane turned back from Gronzy on Tuesday.", ("Gronzy", "PERSON")),
            article("A2", "Flights to Grozny were halted.", ("Grozny", "GPE")),
            article("A3", "Anna Grozni spoke. Mr Grozni said more.", ("Anna Grozni", "PERSON"), ("Grozni", "PERSON")),
        ]
    )
    assert same(ents, "Gronzy", "Grozny")
    place = holder(ents, "Gronzy")
    assert place is not None and place.type == "GPE"
    assert not same(ents, "Grozni", "Grozny")  # a surname the corpus gives a person in full stays a person's


def test_a_russian_body_runs_on_through_its_country_in_the_genitive(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text("Министерство культуры Румынии заявило, что музей закрыт.", language="ru")
    found = {(m.text, m.type) for m in a.mentions}
    assert ("Министерство культуры Румынии", "ORG") in found
    assert ("Румынии", "GPE") in found  # the country stays a mention of its own


def test_a_short_name_counts_one_body_named_two_longer_ways_once() -> None:
    one = merge_entities(
        [
            article("A1", "The National Electoral Council met.", ("National Electoral Council", "ORG")),
            article(
                "A2", "The National Electoral Council of Moldova met.", ("National Electoral Council of Moldova", "ORG")
            ),
            article("A3", "The National Council said so.", ("National Council", "ORG")),
        ]
    )
    assert same(one, "National Council", "National Electoral Council of Moldova")
    two = merge_entities(
        [
            article("A1", "The National Electoral Council met.", ("National Electoral Council", "ORG")),
            article("A2", "The National Security Council met.", ("National Security Council", "ORG")),
            article("A3", "The National Council said so.", ("National Council", "ORG")),
        ]
    )
    assert not same(two, "National Council", "National Electoral Council")
    assert not same(two, "National Council", "National Security Council")


def test_a_body_of_a_country_is_one_name_and_the_country_stays() -> None:
    from rashomon.extract.entities import _org_of_org
    from rashomon.extract.entity_rules import Candidate
    from rashomon.extract.nlp import english

    text = "Heritage Committee of Russian Federation published a statement; Lerovo Committee of Lerovo met."
    doc = english()(text)
    body = Candidate(0, len("Heritage Committee"), "ORG", 50)
    country = Candidate(text.index("Russian"), text.index(" published"), "GPE", 50)
    other = Candidate(text.index("Lerovo"), text.index(" of Lerovo"), "ORG", 50)
    town = Candidate(text.rindex("Lerovo"), text.rindex(" met"), "GPE", 50)
    joined = _org_of_org(doc, [body, country, other, town])
    assert [text[c.start : c.end] for c in joined] == ["Heritage Committee of Russian Federation"]
    assert joined[0].extra["replaces"] == [body]  # the country is not replaced: it stays a mention of its own


def test_a_countrys_possessive_before_an_international_body_names_no_form_of_it() -> None:
    text = "Moldova's UN mission asked for a meeting."
    ents = merge_entities([article("A1", text, ("Moldova", "GPE"), ("UN", "ORG"))])
    un = holder(ents, "UN")
    assert un is not None and "Moldova's UN" not in un.aliases


def test_a_name_ending_in_a_bodys_head_word_is_no_person() -> None:
    ents = merge_entities(
        [
            article("A1", "The Moldovan Mission confirmed it.", ("Moldovan Mission", "PERSON")),
            article("A2", "The Permanent Mission of Moldova issued a note.", ("Permanent Mission of Moldova", "ORG")),
            article("A3", "Margaret Court spoke.", ("Margaret Court", "PERSON")),
        ]
    )
    mission = holder(ents, "Moldovan Mission")
    assert mission is not None and mission.type == "ORG"
    assert same(ents, "Moldovan Mission", "Permanent Mission of Moldova")
    person = holder(ents, "Margaret Court")
    assert person is not None and person.type == "PERSON"


# ---------------------------------------------------------------- sites and the Arabic article


def test_a_hospital_named_with_and_without_its_article_and_kind_is_one_site() -> None:
    ents = merge_entities(
        [
            article("A1", "A blast hit the al-Nadir Arab Hospital.", ("al-Nadir Arab Hospital", "ORG")),
            article("A2", "The Al-Nadir hospital was crowded.", ("Al-Nadir", "ORG")),
            article("A3", "The Nadir Arab hospital had warnings.", ("Nadir Arab", "ORG")),
            article(
                "A4",
                "The al-Sabir Brigades fired; Sabir Brigades denied it.",
                ("al-Sabir Brigades", "ORG"),
                ("Sabir Brigades", "ORG"),
            ),
        ]
    )
    assert same(ents, "al-Nadir Arab Hospital", "Al-Nadir")
    assert same(ents, "al-Nadir Arab Hospital", "Nadir Arab")
    assert same(ents, "al-Sabir Brigades", "Sabir Brigades")


def test_a_first_word_two_sites_open_with_or_a_place_stays_apart() -> None:
    ents = merge_entities(
        [
            article(
                "A1",
                "The Nadir Arab Hospital and the Nadir Baptist Clinic.",
                ("Nadir Arab Hospital", "ORG"),
                ("Nadir Baptist Clinic", "ORG"),
            ),
            article("A2", "Nadir said so.", ("Nadir", "ORG")),
            article(
                "A3", "The Lerovo Central Hospital in Lerovo.", ("Lerovo Central Hospital", "ORG"), ("Lerovo", "GPE")
            ),
            article("A4", "Lerovo said so.", ("Lerovo", "ORG")),
        ]
    )
    assert not same(ents, "Nadir", "Nadir Arab Hospital")
    assert not same(ents, "Nadir", "Nadir Baptist Clinic")
    assert not same(ents, "Lerovo Central Hospital", "Lerovo")


def test_an_international_body_is_one_body_however_its_owner_is_written() -> None:
    assert org_words("UN Refugee Works Agency", None) == org_words("United Nations Refugee Works Agency", None)
    assert org_words("U.N. Security Council", None) == org_words("United Nations Security Council", None)
    assert org_words("EU Council", None) == org_words("European Union Council", None)
    assert org_words("UN Security Council", None) != org_words("UN Refugee Works Agency", None)


def test_an_aid_body_known_by_an_acronym_of_another_language() -> None:
    ents = merge_entities(
        [
            article("A1", "Doctors Without Borders said the clinic was hit.", ("Doctors Without Borders", "ORG")),
            article("A2", "MSF said its staff were safe.", ("MSF", "ORG")),
        ]
    )
    assert same(ents, "Doctors Without Borders", "MSF")


def test_a_groups_name_typed_a_nationality_is_the_group_and_a_nationality_stays() -> None:
    ents = merge_entities(
        [
            article("A1", "The Sarkan movement denied it.", ("Sarkan", "ORG")),
            article("A2", "Sarkan fighters withdrew.", ("Sarkan", "NORP")),
            article("A3", "The Moldovan Party and Moldovan voters.", ("Moldovan", "ORG"), ("Moldovan voters", "NORP")),
            article("A4", "Moldovan officials spoke.", ("Moldovan", "NORP")),
        ]
    )
    sarkan = [e for e in ents if e.name == "Sarkan"]
    assert len(sarkan) == 1 and sarkan[0].type == "ORG"
    assert any(e.name == "Moldovan" and e.type == "NORP" for e in ents)


def test_the_military_is_never_taken_for_the_one_force_named_before() -> None:
    text = "Moldovan troops shelled the bridge. Nobody fired back, the military wrote later."
    ents = merge_entities([article("A1", text, ("Moldovan troops", "ORG"))])
    assert holder(ents, "military") is None


def test_a_french_long_state_form_and_a_one_word_body_name_are_found() -> None:
    from rashomon.extract.entities_fr import mentions

    found = [(m.text, m.type) for m in mentions("La République islamique d’Iran a décrété un jour de deuil.")]
    assert found == [("République islamique d’Iran", "GPE")]
    found = [(m.text, m.type) for m in mentions("La République de Lerovie a parlé.")]
    assert ("République de Lerovie", "GPE") not in found  # no table knows the country: no state form
    found = [(m.text, m.type) for m in mentions("Les équipes du Croissant-Rouge sont arrivées.")]
    assert found == [("Croissant-Rouge", "ORG")]


def test_a_societys_kind_word_is_no_part_of_its_name() -> None:
    assert org_words("Société du Croissant-Rouge", None) == org_words("Croissant-Rouge", None)
    assert org_words("Moldova Red Crescent Society", None) == org_words("Moldovan Red Crescent", None)
