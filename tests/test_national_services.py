"""One body per real-world thing on unseen news (issue "sources"): a country's service named by its kind in any
language and spacing, the kind alone after the article named one, names of places in other languages, a body after
its description. Every sentence is our own, about invented towns, bodies and events; countries are real (the tables
know them)."""

from __future__ import annotations

from collections.abc import Callable

from rashomon.extract import entities_fr
from rashomon.link.aliases import merge_entities
from rashomon.model import Analysis, Entity
from tests.test_sources_names import article, holder, same


def articles_of(ents: tuple[Entity, ...], name: str) -> set[str]:
    body = holder(ents, name)
    return {m.article for m in body.mentions} if body is not None else set()


# ---------------------------------------------------------------- a country's service by its kind


def test_a_countrys_coastguard_is_one_body_in_every_spelling_and_language() -> None:
    ents = merge_entities(
        [
            article("A1", "Italy's coastguard said a trawler sank near Orvik.", ("Italy", "GPE")),
            article("A2", "The Italian coast guard towed the hull to port.", ("Italian", "NORP")),
            article("A3", "Les garde-côtes italiens ont secouru douze marins.", language="fr"),
            article("A4", "La Guardia costiera italiana ha soccorso i marinai.", language="it"),
            article("A5", "Crews of the Libyan coastguard watched.", ("Libyan", "NORP")),
        ]
    )
    assert same(ents, "Italy's coastguard", "Italian coast guard")
    assert same(ents, "Italian coast guard", "garde-côtes italiens")
    assert same(ents, "garde-côtes italiens", "Guardia costiera italiana")
    assert not same(ents, "Italian coast guard", "Libyan coastguard")  # another country's service


def test_the_kind_alone_is_the_service_the_article_named_before_it() -> None:
    ents = merge_entities(
        [
            article(
                "A1",
                "The Libyan coastguard saw the trawler. Later the coastguard said it had sunk.",
                ("Libyan", "NORP"),
            ),
            article("A2", "A coast guard official spoke first. The Italian coastguard said more.", ("Italian", "NORP")),
        ]
    )
    libyan = holder(ents, "Libyan coastguard")
    assert libyan is not None and "coastguard" in libyan.aliases
    assert len([m for m in libyan.mentions if m.article == "A1"]) == 2
    # before any country's service is named, and with two countries' services in the corpus: nobody's
    assert all(m.start > 30 for m in holder(ents, "Italian coastguard").mentions)  # type: ignore[union-attr]


def test_the_kind_alone_is_the_one_service_the_corpus_names() -> None:
    ents = merge_entities(
        [
            article("A1", "Spain's coastguard said the yacht sank.", ("Spain", "GPE")),
            article("A2", "The coastguard later found a raft off Orvik.", ("Orvik", "GPE")),
        ]
    )
    assert articles_of(ents, "Spain's coastguard") == {"A1", "A2"}


def test_a_kind_inside_a_longer_name_is_no_service() -> None:
    ents = merge_entities(
        [
            article("A1", "The Greek coastguard sent a boat.", ("Greek", "NORP")),
            article("A2", "Officers of the Orvik Coast Guard Station spoke.", ("Orvik Coast Guard Station", "ORG")),
        ]
    )
    assert articles_of(ents, "Greek coastguard") == {"A1"}
    assert not same(ents, "Greek coastguard", "Orvik Coast Guard Station")


def test_a_service_with_the_countrys_classical_adjective_is_the_countrys() -> None:
    ents = merge_entities(
        [
            article("A1", "The Greek coastguard sent a boat.", ("Greek", "NORP")),
            article("A2", "Critics said the Hellenic coast guards were slow.", ("Hellenic", "NORP")),
        ]
    )
    assert same(ents, "Greek coastguard", "Hellenic coast guards")


def test_a_countrys_own_name_for_its_service_is_read_only_with_the_country() -> None:
    ents = merge_entities(
        [
            article("A1", "The Greek coastguard sent a boat.", ("Greek", "NORP")),
            article("A2", "Selon les autorités portuaires grecques, le navire a coulé.", language="fr"),
            article("A3", "The port authorities of Orvik and the Italian port authorities met.", ("Orvik", "GPE")),
        ]
    )
    assert same(ents, "Greek coastguard", "autorités portuaires grecques")
    assert articles_of(ents, "Greek coastguard") == {"A1", "A2"}  # no table says Italy's are its coastguard


def test_a_countrys_authorities_need_the_country() -> None:
    ents = merge_entities(
        [
            article("A1", "Greek authorities opened an inquiry; the authorities declined.", ("Greek", "NORP")),
            article("A2", "Les autorités grecques ont ouvert une enquête.", language="fr"),
        ]
    )
    assert same(ents, "Greek authorities", "autorités grecques")
    assert len(holder(ents, "Greek authorities").mentions) == 2  # type: ignore[union-attr]


# ---------------------------------------------------------------- places in other languages


def test_places_in_other_languages_and_a_capitalised_dateline() -> None:
    ents = merge_entities(
        [
            article(
                "A1",
                "Ships left Athens for the Ionian Sea and the Peloponnese.",
                *[("Athens", "GPE"), ("Ionian Sea", "LOC"), ("Peloponnese", "NORP")],
            ),
            article("A2", "ATENE, 3 MAR - Navi partite.", ("ATENE", "GPE"), language="it"),
            article(
                "A3",
                "Au large du Péloponnèse, en mer Ionienne.",
                ("Péloponnèse", "GPE"),
                ("mer Ionienne", "LOC"),
                language="fr",
            ),
        ]
    )
    assert same(ents, "Athens", "ATENE")
    assert same(ents, "Ionian Sea", "mer Ionienne")
    assert same(ents, "Peloponnese", "Péloponnèse")


def test_a_capital_in_an_italian_dateline_is_the_city() -> None:
    found = {m.text: m.type for m in entities_fr.mentions("(AGI) - ATENE, 3 MAR - Le navi sono partite.")}
    assert found.get("ATENE") == "GPE"


# ---------------------------------------------------------------- a body after its description


def test_a_body_after_its_owners_description_has_that_name_form() -> None:
    ents = merge_entities(
        [
            article("A1", "A plane of EU border agency Lerfa saw the boat.", ("Lerfa", "ORG")),
            article("A2", "The European Union border protection agency Lerfa was told.", ("Lerfa", "ORG")),
        ]
    )
    assert same(ents, "EU border agency Lerfa", "European Union border protection agency Lerfa")


def test_an_international_bodys_description_is_the_body_it_describes() -> None:
    ents = merge_entities(
        [
            article(
                "A1",
                "The Global Organization for Migration said 80 were missing.",
                ("Global Organization for Migration", "ORG"),
            ),
            article("A2", "The U.N.\u2019s migration agency estimated 90 near Orvik.", ("Orvik", "GPE")),
        ]
    )
    assert same(ents, "Global Organization for Migration", "U.N.\u2019s migration agency")


def test_a_state_body_named_after_agency_is_no_outlet(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text("Officials and the border protection agency Lerfa were alerted on Monday.")
    lerfa = [m for m in a.mentions if m.name == "Lerfa"]
    assert lerfa and lerfa[0].type != "MEDIA"


# ---------------------------------------------------------------- Ukrainian and Russian transliteration


def test_a_place_in_its_ukrainian_and_its_russian_transliteration_is_one_place() -> None:
    ents = merge_entities(
        [
            article("A1", "Shelling hit Olenivka and Horlivka overnight.", ("Olenivka", "GPE"), ("Horlivka", "GPE")),
            article("A2", "Shelling hit Yelenovka and Gorlovka overnight.", ("Yelenovka", "GPE"), ("Gorlovka", "GPE")),
            article("A3", "Ships left Yelsk and Olsk.", ("Yelsk", "GPE"), ("Olsk", "GPE")),
        ]
    )
    assert same(ents, "Olenivka", "Yelenovka")
    assert same(ents, "Horlivka", "Gorlovka")
    assert not same(ents, "Olenivka", "Horlivka")
    assert not same(ents, "Yelsk", "Olsk")  # too short to merge by a skeleton's first letter
