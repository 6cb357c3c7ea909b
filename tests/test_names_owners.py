"""Names the model breaks or gives the wrong owner: an acronym in brackets belongs to the whole long name the model
cut in two, never a place inside it it cannot abbreviate; a body's acronym typed a person elsewhere is that body; a
storm is one however each report calls it; a person typed a body is a person when the apposition says so; a
hyphenated outlet's name is whole; a short Cyrillic name is a known place only when spelled close to it.
Sentences, people, bodies and storms are invented; countries are real."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from rashomon.data import cyrillic
from rashomon.data.places import country_names
from rashomon.extract import entities_fr
from rashomon.extract.entities import _acronyms, _apposed_people
from rashomon.extract.entity_rules import Candidate
from rashomon.extract.nlp import english
from rashomon.link.aliases import merge_entities, place_key
from rashomon.model import Analysis, Article, Entity, Mention, Span
from rashomon.names.acronyms import abbreviates, abbreviates_the_end, abbreviates_the_start
from rashomon.names.storms import storm_key, storms


def at(text: str, surface: str, kind: str) -> Candidate:
    start = text.index(surface)
    return Candidate(start, start + len(surface), kind, 50, source="model")


def names(cands: list[Candidate], text: str) -> dict[str, Candidate]:
    return {text[c.start : c.end]: c for c in cands}


def holder(ents: tuple[Entity, ...], name: str) -> Entity | None:
    return next((e for e in ents if name.casefold() in {e.name.casefold(), *(a.casefold() for a in e.aliases)}), None)


def same(ents: tuple[Entity, ...], a: str, b: str) -> bool:
    e = holder(ents, a)
    return e is not None and e is holder(ents, b)


# ---------------------------------------------------------------- the letters


def test_an_acronym_abbreviates_the_name_whose_words_its_letters_fit() -> None:
    assert abbreviates("RCMM", "Relief Council mission in Moldova")  # word beginnings, "in" skipped
    assert abbreviates("HPB", "Harbour Pilots Board")
    assert not abbreviates("RCMM", "Moldova")
    assert not abbreviates("HPB", "Moldova")
    assert abbreviates_the_start("IULK", "International Union of Lighthouse Keepers and Harbour Pilots Associations")
    assert not abbreviates_the_start("HPA", "International Union of Lighthouse Keepers and Harbour Pilots Associations")
    assert abbreviates_the_end("OCMR", "Relief Council Office for the Coordination of Mountain Rescue")
    assert not abbreviates_the_end("OC", "Relief Council Office for the Coordination")  # two letters: too loose
    assert not abbreviates_the_start("IULK", "International Union of Lighthouse Keepers")  # all of it: not a part


# ---------------------------------------------------------------- a long name cut in two


def test_a_mission_in_a_country_is_one_body_with_the_acronym_and_the_country_gets_none() -> None:
    text = "The Relief Council mission in Moldova (RCMM) and other bodies have vowed support."
    out = names(_acronyms(english()(text), [at(text, "Relief Council", "ORG"), at(text, "Moldova", "GPE")]), text)
    assert out["Relief Council mission in Moldova"].aliases == ("RCMM",)
    assert out["RCMM"].type == "ORG"
    assert "Moldova" not in out and "Relief Council" not in out


def test_a_name_coordinated_with_and_is_one_body_when_its_acronym_stops_before_the_and() -> None:
    text = "Aid came from the International Union of Lighthouse Keepers and Harbour Pilots Associations (IULK) today."
    first = at(text, "International Union of Lighthouse Keepers", "ORG")
    out = names(_acronyms(english()(text), [first, at(text, "Harbour Pilots Associations", "ORG")]), text)
    whole = "International Union of Lighthouse Keepers and Harbour Pilots Associations"
    assert out[whole].aliases == ("IULK",)
    assert "Harbour Pilots Associations" not in out


def test_an_acronym_that_leaves_out_the_body_a_name_opens_with_joins_the_name() -> None:
    text = "The Relief Council Office for the Coordination of Mountain Rescue (OCMR) said the toll rose."
    parts = [at(text, "Relief Council Office", "ORG"), at(text, "Coordination of Mountain Rescue", "ORG")]
    out = names(_acronyms(english()(text), parts), text)
    assert out["Relief Council Office for the Coordination of Mountain Rescue"].aliases == ("OCMR",)


def test_two_bodies_stay_two_when_the_acronym_abbreviates_the_second() -> None:
    text = "The Relief Council and Harbour Pilots Board (HPB) met on Monday."
    parts = [at(text, "Relief Council", "ORG"), at(text, "Harbour Pilots Board", "ORG")]
    out = names(_acronyms(english()(text), parts), text)
    assert out["Harbour Pilots Board"].aliases == ("HPB",)
    assert out["Relief Council"].aliases == ()


def test_a_place_gets_no_acronym_it_cannot_abbreviate() -> None:
    text = "Heavy rain fell across Moldova (LRCS) on Sunday."
    out = names(_acronyms(english()(text), [at(text, "Moldova", "GPE")]), text)
    assert out["Moldova"].aliases == () and "LRCS" not in out
    # a country's own acronym stays its name
    text = "Aid reached the Democratic Republic of Congo (DRC) on Monday."
    out = names(_acronyms(english()(text), [at(text, "Democratic Republic of Congo", "GPE")]), text)
    assert out["Democratic Republic of Congo"].aliases == ("DRC",)


def test_an_acronym_after_a_place_goes_to_the_body_before_it_that_it_abbreviates() -> None:
    text = "The Harbour Pilots Board in Moldova (HPB) said two boats sank."
    parts = [at(text, "Harbour Pilots Board", "ORG"), at(text, "Moldova", "GPE")]
    out = names(_acronyms(english()(text), parts), text)
    assert out["Harbour Pilots Board"].aliases == ("HPB",)
    assert out["Moldova"].aliases == ()


def test_a_federation_and_a_national_society_sharing_words_stay_apart(analyze_text: Callable[..., Analysis]) -> None:
    a1 = analyze_text(
        "Rescuers were sent by the International Federation of Lifeboat Crews and Coast Rescue Societies (IFLC), "
        "officials said. The IFLC said 40 people were missing.",
        id="A1",
    )
    a2 = analyze_text(
        "The Moldovan Coast Rescue said it lost contact with a boat. The Coast Rescue said more.", id="A2"
    )
    ents = merge_entities([a1, a2])
    assert same(ents, "IFLC", "International Federation of Lifeboat Crews and Coast Rescue Societies")
    assert same(ents, "Coast Rescue", "Moldovan Coast Rescue")
    assert not same(ents, "IFLC", "Moldovan Coast Rescue")
    assert not same(ents, "IFLC", "Coast Rescue")


# ---------------------------------------------------------------- an acronym typed a person


def _article(id: str, text: str, *mentions: Mention) -> Analysis:
    doc = Article(id=id, source=id, name=id, text=text, sha256=hashlib.sha256(text.encode()).hexdigest())
    return Analysis(article=doc, sentences=(Span(0, len(text)),), mentions=mentions)


def _mention(text: str, surface: str, kind: str, aliases: tuple[str, ...] = ()) -> Mention:
    start = text.index(surface)
    return Mention(span=Span(start, start + len(surface)), text=surface, type=kind, name=surface, aliases=aliases)


def test_a_bodys_acronym_typed_a_person_is_that_body() -> None:
    t1 = "The Harbour Pilots Board (HPB) said two boats sank."
    t2 = "HPB said the toll would rise."
    ents = merge_entities(
        [
            _article("A1", t1, _mention(t1, "Harbour Pilots Board", "ORG", ("HPB",))),
            _article("A2", t2, _mention(t2, "HPB", "PERSON")),
        ]
    )
    board = holder(ents, "Harbour Pilots Board")
    assert board is not None and board.type == "ORG" and {m.article for m in board.mentions} == {"A1", "A2"}
    # capitals no body of the corpus has stay what the model said
    ents = merge_entities([_article("A2", t2, _mention(t2, "HPB", "PERSON"))])
    assert [e.type for e in ents] == ["PERSON"]


# ---------------------------------------------------------------- named storms


def test_named_storms_are_found_by_their_kind_word() -> None:
    text = (
        "Coastal storm Zelmira flooded the port. Storm Zelmira moved east. Storm Shadow missiles were fired. "
        "After the storm Petrenko said the dam held. The Eurofighter Typhoon Brannik flew. A storm Monday hit Moldova. "
        "Tropical Storm Ondrea formed. Наводнение вызвал шторм «Зельмира», который прошел."
    )
    found = [(text[s.start : s.end], s.name, s.aliases) for s in storms(text)]
    assert found == [
        ("storm Zelmira", "Storm Zelmira", ()),
        ("Storm Zelmira", "Storm Zelmira", ()),
        ("Tropical Storm Ondrea", "Tropical Storm Ondrea", ()),
        ("Зельмира", "Зельмира", ("шторм Зельмира",)),
    ]
    assert storm_key("Cyclone Zelmira") == storm_key("Storm Zelmira") == storm_key("шторм Зельмира")
    assert storm_key("Storm Ondrea") != storm_key("Storm Zelmira")
    assert storm_key("Zelmira") is None and storm_key("Lerovo Council") is None


def test_one_storm_whatever_kind_each_report_calls_it(analyze_text: Callable[..., Analysis]) -> None:
    ents = merge_entities(
        [
            analyze_text("Storm Zelmira battered the coast of Moldova on Sunday, officials said.", id="A1"),
            analyze_text("Cyclone Zelmira made landfall on Sunday, flooding two towns.", id="A2"),
            analyze_text("Mediterranean storm Zelmira caused deadly flooding in many towns.", id="A3"),
            analyze_text("Наводнение вызвал шторм «Зельмира», который прошел по морю.", id="A4", language="ru"),
            analyze_text("Hurricane Ondrea weakened over the sea.", id="A5"),
        ]
    )
    storm = holder(ents, "Storm Zelmira")
    assert storm is not None and storm.type == "EVENT"
    assert {m.article for m in storm.mentions} == {"A1", "A2", "A3", "A4"}
    assert same(ents, "Cyclone Zelmira", "Зельмира")
    assert not same(ents, "Hurricane Ondrea", "Storm Zelmira")


# ---------------------------------------------------------------- broken names


def test_a_name_the_model_typed_a_body_is_a_person_when_its_apposition_gives_a_persons_title(
    analyze_text: Callable[..., Analysis],
) -> None:
    a = analyze_text(
        "Zorbek Malthani, the health minister of the eastern government, said 30 people died. "
        "Malthani said the toll would rise. Harbour Pilots Board, a member of the coalition, disagreed."
    )
    kinds = {m.name: m.type for m in a.mentions}
    assert kinds["Zorbek Malthani"] == "PERSON"
    board = [m.type for m in a.mentions if "Harbour Pilots" in m.name]
    assert "PERSON" not in board  # "a member of": a title a body holds too
    ents = merge_entities([a])
    assert same(ents, "Zorbek Malthani", "Malthani")


def test_a_hyphenated_outlet_name_after_its_descriptor_is_whole(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text("He spoke on the privately owned satellite news channel Al-Zahrat. He said 50 were missing.")
    outlets = [m.name for m in a.mentions if m.type == "MEDIA"]
    assert outlets == ["Al-Zahrat"]


# ---------------------------------------------------------------- places in Cyrillic


def test_a_short_cyrillic_name_is_a_known_place_only_when_spelled_close_to_it() -> None:
    assert place_key("Ливао") != place_key("Lviv")  # one skeleton ("lv"), two names
    assert place_key("Сумах") == place_key("Sumy")  # a case ending, the same name
    assert place_key("Львове") == place_key("Lviv")
    # a short skeleton spelled like the Russian or Ukrainian name of the place, in any case, is that place
    assert place_key("Росії") == place_key("Russia")  # Ukrainian genitive: "rs", spelled close to "росія"


def test_every_country_of_the_english_table_has_its_russian_name() -> None:
    russian = set(cyrillic.COUNTRIES.values())
    assert sorted(set(country_names().values()) - russian) == []
    assert place_key("Таиланд") == place_key("Thailand")
    assert place_key("Новая Зеландия") == place_key("New Zealand")


def test_an_untagged_name_before_a_persons_title_is_a_person() -> None:
    text = "Zorbek Malthani, the health minister of the eastern government, said 30 people died."
    doc = english()(text)
    doc.ents = []  # as where the model tagged nothing
    assert [(text[c.start : c.end], c.type) for c in _apposed_people(doc)] == [("Zorbek Malthani", "PERSON")]
    for text in (
        "The Harbour Pilots Board, a member of the coalition, disagreed.",  # a title a body holds too
        "In Moldova, the health minister said more.",  # one word
        "Evergreen Shipping Lines, the owner of the ship, said.",
    ):
        doc = english()(text)
        doc.ents = []
        assert _apposed_people(doc) == []


def test_an_italian_small_word_opens_no_name() -> None:
    text = "Secondo la Protezione Zelmira, 30 persone sono morte. Dopo Lerovo, il governo ha parlato."
    names = [m.name for m in entities_fr.mentions(text)]
    assert not any(n.startswith(("Secondo", "Dopo")) for n in names)


def test_a_name_of_several_bodies_is_no_one_countrys_body() -> None:
    t1 = "The Coast Rescue Societies said 40 people were missing."
    t2 = "The Moldovan Coast Rescue said it lost contact with a boat."
    t3 = "The Coast Rescue said more."
    national = _article("A2", t2, _mention(t2, "Moldovan Coast Rescue", "ORG"))
    ents = merge_entities([_article("A1", t1, _mention(t1, "Coast Rescue Societies", "ORG")), national])
    assert not same(ents, "Coast Rescue Societies", "Moldovan Coast Rescue")
    # without the plural, the short name is the national body's
    ents = merge_entities([national, _article("A3", t3, _mention(t3, "Coast Rescue", "ORG"))])
    assert same(ents, "Coast Rescue", "Moldovan Coast Rescue")
