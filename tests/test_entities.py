"""Entity mentions: the model's entities corrected, rule-found names, roles. Texts about other events."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Span as SpacySpan

from rashomon.extract.entities import extract_mentions, retype
from rashomon.model import Analysis, Mention

from .conftest import make_article


def mentions(analyze_text: Callable[..., Analysis], text: str) -> dict[str, Mention]:
    return {m.text: m for m in analyze_text(text).mentions}


def kinds(analyze_text: Callable[..., Analysis], text: str) -> dict[str, str]:
    return {m.text: m.type for m in analyze_text(text).mentions}


@pytest.mark.parametrize(
    "text, surface, name",
    [
        (
            "A Tupolev Tu-22M3 bomber was hit at the Soltsy airfield, officials said.",
            "Tupolev Tu-22M3 bomber",
            "Tu-22M3",
        ),
        ("Russia fired Kh-101 cruise missiles at the power grid overnight.", "Kh-101 cruise missiles", "Kh-101"),
        ("Pilots flew the MiG-29 fighters from a base in the west.", "MiG-29 fighters", "MiG-29"),
        ("The Boeing 737 operated by the airline lost contact over the sea.", "Boeing 737", "Boeing 737"),
        ("Ukraine used HIMARS launchers against the depot, the general staff said.", "HIMARS launchers", "HIMARS"),
        ("Two Iskander missiles struck the port of Odesa on Friday.", "Iskander missiles", "Iskander"),
    ],
)
def test_equipment_with_maker_and_generic_words(
    analyze_text: Callable[..., Analysis], text: str, surface: str, name: str
) -> None:
    found = mentions(analyze_text, text)
    assert found[surface].type == "EQUIPMENT"
    assert found[surface].name == name


@pytest.mark.parametrize(
    "text, not_equipment",
    [
        ("Cases of COVID-19 rose again in the capital last week.", "COVID-19"),
        ("The Senate renewed the Patriot Act after a long debate.", "Patriot"),
        ("Article 5 of the treaty was invoked by the alliance.", "Article 5"),
    ],
)
def test_names_with_digits_or_system_words_that_are_not_equipment(
    analyze_text: Callable[..., Analysis], text: str, not_equipment: str
) -> None:
    assert all(not (m.type == "EQUIPMENT" and not_equipment in m.text) for m in analyze_text(text).mentions)


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("Interfax reported that the governor had resigned.", "Interfax"),
        ("KYIV, March 3. /Ukrinform/. The city council met on Monday.", "Ukrinform"),
        ("Writing on the Rybar Telegram channel, the bloggers claimed a breakthrough.", "Rybar"),
        ("Speaking to radio station Echo Moskvy, the deputy denied the report.", "Echo Moskvy"),
        ("According to the Kyiv Post, the bridge reopened.", "Kyiv Post"),
        ("The minister told the Financial Times that prices would fall.", "Financial Times"),
    ],
)
def test_outlets_are_media(analyze_text: Callable[..., Analysis], text: str, outlet: str) -> None:
    assert kinds(analyze_text, text).get(outlet) == "MEDIA"


@pytest.mark.parametrize(
    "text, person",
    [
        ("Governor Nora Vidal met Omar Field, the station manager, on Monday.", "Omar Field"),
        ("The newspaper editor Marc Joly resigned on Monday.", "Marc Joly"),
    ],
)
def test_a_person_qualified_by_an_outlet_word_is_no_outlet(
    analyze_text: Callable[..., Analysis], text: str, person: str
) -> None:
    assert kinds(analyze_text, text).get(person) != "MEDIA"


def test_ambiguous_outlet_names_need_context(analyze_text: Callable[..., Analysis]) -> None:
    found = kinds(analyze_text, "The shot was fired at dawn. Time will tell whether the Sun rises.")
    assert "MEDIA" not in found.values()


def test_platforms_are_organisations(analyze_text: Callable[..., Analysis]) -> None:
    assert kinds(analyze_text, "The governor posted the video on Telegram and on Facebook.").get("Telegram") == "ORG"


def test_region_is_its_own_place(analyze_text: Callable[..., Analysis]) -> None:
    found = kinds(analyze_text, "Shelling hit Zaporizhzhia and villages in the Zaporizhzhia region overnight.")
    assert found["Zaporizhzhia region"] == "GPE"
    assert found["Zaporizhzhia"] == "GPE"


def test_named_crossing(analyze_text: Callable[..., Analysis]) -> None:
    assert (
        kinds(analyze_text, "Aid trucks queued at the Kerem Shalom crossing for a week.")["Kerem Shalom crossing"]
        == "LOC"
    )


@pytest.mark.parametrize(
    "text, group",
    [
        ("Fighters of the Aidar* battalion were seen near the town.", "Aidar"),
        (
            "He was accused of supporting \u201cRight Sector\u201d (an extremist organisation banned in Russia).",
            "Sector",
        ),
        ("Members of the Wagner group left the city at night.", "Wagner"),
    ],
)
def test_labelled_and_armed_groups_are_organisations(
    analyze_text: Callable[..., Analysis], text: str, group: str
) -> None:
    assert any(m.type == "ORG" and group in m.text for m in analyze_text(text).mentions)


@pytest.mark.parametrize(
    "text, person, role",
    [
        (
            "Turkish Foreign Ministry spokesman Oncu Keceli said the talks would go on.",
            "Oncu Keceli",
            "Turkish Foreign Ministry spokesman",
        ),
        (
            "Ewa Nowak, deputy mayor of Gdansk, told reporters the port was closed.",
            "Ewa Nowak",
            "deputy mayor of Gdansk",
        ),
        (
            "Later, Poland's ambassador to NATO, Tomasz Szatkowski, said the alliance was united.",
            "Tomasz Szatkowski",
            "Poland's ambassador to NATO",
        ),
        (
            "Brazilian Foreign Minister Mauro Vieira met his counterpart in Brasilia.",
            "Mauro Vieira",
            "Brazilian Foreign Minister",
        ),
    ],
)
def test_roles_from_titles_and_appositions(
    analyze_text: Callable[..., Analysis], text: str, person: str, role: str
) -> None:
    found = mentions(analyze_text, text)
    assert found[person].type == "PERSON"
    assert found[person].role == role


def test_no_role_without_a_title_word(analyze_text: Callable[..., Analysis]) -> None:
    found = mentions(analyze_text, "Maria Santos, who lives near the river, said the water rose fast.")
    assert found["Maria Santos"].role is None


def test_acronym_in_parentheses_is_an_alias(analyze_text: Callable[..., Analysis]) -> None:
    analysis = analyze_text(
        "Inspectors of the International Atomic Energy Agency (IAEA) visited the plant. "
        "The IAEA said the reactor was safe."
    )
    agency = next(m for m in analysis.mentions if m.name == "International Atomic Energy Agency")
    assert "IAEA" in agency.aliases


def test_event_with_its_subject(analyze_text: Callable[..., Analysis]) -> None:
    analysis = analyze_text(
        "The crash of the Boeing 737 near Kunming killed everyone on board. "
        "Investigators studied the Boeing 737 crash for months."
    )
    events = [m for m in analysis.mentions if m.type == "EVENT"]
    assert {e.text for e in events} == {"crash of the Boeing 737", "Boeing 737 crash"}
    subjects = {analysis.article.text[e.about.start : e.about.end] for e in events if e.about}
    assert subjects == {"Boeing 737"}


def test_possessive_country_becomes_scope(analyze_text: Callable[..., Analysis]) -> None:
    org = next(
        m for m in analyze_text("Norway's Petroleum Safety Authority opened an inquiry.").mentions if m.type == "ORG"
    )
    assert org.text == "Petroleum Safety Authority" and org.scope == "Norway"


# ---------------------------------------------------------------- corrections of the model's typing


def run_with_ents(nlp, text: str, ents: list[tuple[int, int, str]]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Force the model's entities (token ranges) to test how its known mistakes are corrected."""
    doc = nlp(text)
    doc.ents = [SpacySpan(doc, s, e, label=lab) for s, e, lab in ents]
    analysis = Analysis(article=make_article(text))
    return {m.text: m.type for m in extract_mentions(doc, analysis)}


def test_title_glued_to_a_name_is_split(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Envoy to the EU Marta Kos said the deal was close."
    found = run_with_ents(nlp, text, [(2, 6, "ORG")])  # "the EU Marta Kos"
    assert found.get("Marta Kos") == "PERSON"
    assert found.get("EU") == "ORG"


def test_person_typed_organisation_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    found = run_with_ents(nlp, "Yesterday Mykola Tochytskyi met the delegation.", [(1, 3, "ORG")])
    assert found["Mykola Tochytskyi"] == "PERSON"


def test_capital_typed_person_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    found = run_with_ents(nlp, "Talks between Kiev and Warsaw resumed.", [(2, 3, "PERSON"), (4, 5, "PERSON")])
    assert found == {"Kiev": "GPE", "Warsaw": "GPE"}


def test_lone_surname_typed_otherwise_is_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Giorgi Papava said the road was closed. According to Papava, it will reopen."
    found = run_with_ents(nlp, text, [(0, 2, "PERSON"), (11, 12, "WORK_OF_ART")])
    assert found["Papava"] == "PERSON"


@pytest.mark.parametrize(
    "text, label, want",
    [
        ("Ukrainian", "GPE", "NORP"),
        ("Moldova", "NORP", "GPE"),
        ("US", "ORG", "GPE"),
        ("Reuters", "ORG", "MEDIA"),
        ("Telegram", "PRODUCT", "ORG"),
        ("Kharkiv", "PERSON", "GPE"),
        ("Der Spiegel", "WORK_OF_ART", "MEDIA"),
        ("Liptovsky", "WORK_OF_ART", None),
        ("Kyiv Post", "ORG", "MEDIA"),
    ],
)
def test_retype(text: str, label: str, want: str | None) -> None:
    assert retype(text, label) == want


def test_russian_article_mentions_use_normal_forms(analyze_text: Callable[..., Analysis]) -> None:
    analysis = analyze_text(
        "Министр обороны Андрей Белоусов прибыл в Минск, сообщила пресс-служба Кремля.", language="ru"
    )
    names = {m.name: m.type for m in analysis.mentions}
    assert names.get("Андрей Белоусов") == "PERSON"
    assert names.get("Минск") == "GPE"
    assert names.get("Кремль") == "ORG"  # inflected "Кремля", an institution rather than a place


@pytest.mark.parametrize(
    ("text", "name", "media"),
    [
        ("Mayor Karl Brenner told ZDF that the bridge would reopen in May.", "ZDF", True),
        ("The minister spoke to Tasnim news agency on Sunday.", "Tasnim", True),
        ("Fighting resumed in eastern DR Congo near Goma on Tuesday.", "DR", False),
        ("Farmers in Fars province said the drought had ruined the wheat harvest.", "Fars", False),
    ],
)
def test_outlets_beyond_the_examples(analyze_text: Callable[..., Analysis], text: str, name: str, media: bool) -> None:
    types = kinds(analyze_text, text)
    assert (types.get(name) == "MEDIA") is media, types


@pytest.mark.parametrize(
    "text",
    [
        "VALLETTA, Mar 14 (MaltaWire): Fishermen rescued two divers off Gozo.",
        "NAIROBI, 3 Sept (Reuters) - Flooding closed the main highway to Mombasa.",
    ],
)
def test_the_day_of_a_dateline_is_no_name(analyze_text: Callable[..., Analysis], text: str) -> None:
    found = kinds(analyze_text, text)
    assert not any(k.split()[0] in ("Mar", "3") for k in found), found


@pytest.mark.parametrize(
    "text, person",
    [
        ("Provincial Governor Anneli Strand visited the flooded villages on Friday.", "Anneli Strand"),
        ("Lieutenant Governor Pradeep Khanna visited the injured at the district hospital.", "Pradeep Khanna"),
        ("Dr Hamid Karim Sultani, the director of the clinic, said nine patients had died.", "Hamid Karim Sultani"),
    ],
)
def test_a_titled_name_is_one_person(analyze_text: Callable[..., Analysis], text: str, person: str) -> None:
    # the model may see only the surname, type it an organisation, or split a three-word name in two
    found = kinds(analyze_text, text)
    assert found.get(person) == "PERSON", found


@pytest.mark.parametrize(
    "text, place",
    [
        ("Officials in Trinidad and Tobago said the ferry had sunk.", "Trinidad and Tobago"),
        ("Envoys from Antigua and Barbuda arrived on Monday.", "Antigua and Barbuda"),
        ("The people of Azad Jammu and Kashmir marched to the border.", "Azad Jammu and Kashmir"),
        ("Police in Jammu and Kashmir said the road was shut.", "Jammu and Kashmir"),
    ],
)
def test_place_names_joined_by_and_are_one_place(analyze_text: Callable[..., Analysis], text: str, place: str) -> None:
    m = mentions(analyze_text, text)
    assert m[place].type == "GPE"
    assert not any(x.type == "PERSON" for x in m.values())


@pytest.mark.parametrize(
    "text, feature",
    [
        ("Troops moved along the Line of Actual Contact on Tuesday.", "Line of Actual Contact"),
        ("Pirates seized a tanker in the Gulf of Aden.", "Gulf of Aden"),
        ("Two ships collided in the Strait of Hormuz on Friday.", "Strait of Hormuz"),
        ("A cyclone formed over the Bay of Bengal.", "Bay of Bengal"),
    ],
)
def test_named_features_with_a_lowercase_of(analyze_text: Callable[..., Analysis], text: str, feature: str) -> None:
    assert kinds(analyze_text, text)[feature] == "LOC"


@pytest.mark.parametrize(
    "text, person, role",
    [
        (
            "Dr Imran Siddiqui Qureshi, chief surgeon of Civil Hospital, said three had died.",
            "Imran Siddiqui Qureshi",
            "chief surgeon of Civil Hospital",
        ),
        ("Prof Helena Varga, dean of the law school, spoke first.", "Helena Varga", "dean of the law school"),
        ("Sgt Maria Ortiz said the road was closed.", "Maria Ortiz", None),
        ("Capt Lars Eriksen said the engine failed.", "Lars Eriksen", None),
    ],
)
def test_titles_without_a_period_are_not_part_of_the_name(
    analyze_text: Callable[..., Analysis], text: str, person: str, role: str | None
) -> None:
    m = mentions(analyze_text, text)
    assert m[person].type == "PERSON"
    assert role is None or m[person].role == role
    assert not any(x.text in ("Dr", "Prof", "Sgt", "Capt") for x in m.values())


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        ("The Russian FSB claimed that the two couriers have friends in the south.", "FSB", "ORG"),
        ("A Russian SVR officer was seen near the harbour of Lerovo.", "SVR", "ORG"),
        ("Officials of the UAE arrived in Lerovo on Monday.", "UAE", "GPE"),
    ],
)
def test_table_acronyms_the_model_misses_are_tagged(
    analyze_text: Callable[..., Analysis], text: str, surface: str, kind: str
) -> None:
    assert kinds(analyze_text, text).get(surface) == kind


def test_table_acronyms_stay_inside_longer_names_and_out_of_headlines(analyze_text: Callable[..., Analysis]) -> None:
    found = kinds(analyze_text, "WHO SAID IT FIRST\n\nThe FSB Border Service of Lerovo closed the crossing on Monday.")
    assert "WHO" not in found
    assert "FSB" not in found  # part of the longer name
    assert any("FSB Border Service" in s for s in found), found


def test_a_model_name_after_a_designation_is_one_of_its_names(analyze_text: Callable[..., Analysis]) -> None:
    found = mentions(analyze_text, "The drone flew beside two XR-40 Stormhawk jets over the sea, an official said.")
    model = next(m for m in found.values() if m.type == "EQUIPMENT")
    assert model.name == "XR-40" and "XR-40 Stormhawk" in model.aliases
    # a weekday, a place or a headline's capitalised words after a designation are no model's name
    for text in (
        "An XR-40 Monday flight landed in Lerovo.",
        "An XR-40 Ukraine bought landed in Lerovo.",
        "Lerovian XR-40 Collides With Drone",
    ):
        assert not any(" " in a for m in mentions(analyze_text, text).values() for a in m.aliases), text
