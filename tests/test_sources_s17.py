"""Speakers named by their job right after they spoke ("the diplomat said", "the medic said", "the minister added"),
German names cut from the nouns around them ("Alexej Nawalnys Tod", "Bangladeschs Innenminister ..."), English names
the model cut short ("Mir-Hossein", a given name opening a sentence), and the titled forms the corpus gives a person
("President Vladimir Putin", "M. Poutine"). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import rashomon
from rashomon.extract.entities_fr import mentions
from tests.test_disputes_s16 import _ledger


def _speakers(led: rashomon.Ledger) -> list[tuple[str, str | None]]:
    names = {e.id: e.name for e in led.entities}
    return [(q.text, names.get(q.speaker or "")) for q in led.quotes]


def test_the_diplomat_is_the_foreign_ministry_spokeswoman_just_quoted(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01.txt": "Valdoria mourns the victims, Valdorian Foreign Ministry Spokeswoman Maria Kessel said. "
            '"We see that the situation remains complicated," the diplomat said at a briefing. '
            '"We wish a swift recovery to the injured," she said.'
        },
    )
    assert [name for _, name in _speakers(led)] == ["Maria Kessel"] * 3


def test_a_plain_job_goes_on_with_the_person_just_quoted(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01.txt": "The patients are stable, said Cara Field, chief executive of the Valdoria hospital trust. "
            '"We still have two patients in the hospital," the medic said.',
            "02.txt": "Omar Haddad said aid was allowed in. "
            '"We are working on access for medical evacuations," the official added.',
        },
    )
    said = dict(_speakers(led))
    assert said["We still have two patients in the hospital,"] == "Cara Field"
    assert said["We are working on access for medical evacuations,"] == "Omar Haddad"


def test_a_plain_job_after_an_unnamed_speaker_or_of_the_other_gender_stays_unnamed(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01.txt": "A senior official who asked not to be named said the road was closed. "
            '"We will reopen it," the official said.',
            "02.txt": 'Omar Haddad said aid was allowed in. "We are working on access," the spokeswoman added.',
        },
    )
    said = dict(_speakers(led))
    assert said["We will reopen it,"] is None
    assert said["We are working on access,"] is None


def test_a_german_genitive_ends_the_name_before_its_noun() -> None:
    text = "Alexej Nawalny starb im Straflager. Nach Alexej Nawalnys Tod forderte die Witwe eine Untersuchung."
    found = [(m.text, m.name, m.type) for m in mentions(text)]
    assert ("Alexej Nawalnys", "Alexej Nawalny", "PERSON") in found
    assert not [f for f in found if "Tod" in f[0]]


def test_a_country_genitive_and_a_title_are_no_part_of_the_name() -> None:
    found = [(m.text, m.type) for m in mentions("Bangladeschs Innenminister Muhiuddin Khan sagte, es gebe Tote.")]
    assert ("Muhiuddin Khan", "PERSON") in found
    found = [(m.text, m.type) for m in mentions("Der Herausforderer Mir-Hussein Mussawi sprach von Betrug.")]
    assert found == [("Mir-Hussein Mussawi", "PERSON")]


def test_a_hyphenated_given_name_and_one_opening_a_sentence_stay_in_the_name(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01.txt": "Opposition candidate Mir-Hossein Mousavi said the vote was rigged.",
            "02.txt": "The opposition leader died in prison, the prison service said. Alexei Navalny was 47. "
            "Police said nothing.",
        },
    )
    spans = sorted(
        led.article(m.article).text[m.start : m.end] for e in led.entities if e.type == "PERSON" for m in e.mentions
    )
    assert spans == ["Alexei Navalny", "Mir-Hossein Mousavi"]


def test_the_titled_forms_of_a_full_name_are_names_the_corpus_gives(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01.txt": "Russian President Vladimir Putin met UK Prime Minister Theresa May in Valdoria on Monday.",
            "02-fr.txt": "Le président Vladimir Poutine a parlé lundi. M. Poutine a ajouté que tout allait bien.",
        },
    )
    putin = next(e for e in led.entities if e.name == "Vladimir Putin")
    assert {"President Vladimir Putin", "Russian President Vladimir Putin", "M. Poutine"} <= set(putin.aliases)
    may = next(e for e in led.entities if e.name == "Theresa May")
    assert {"Prime Minister Theresa May", "UK Prime Minister Theresa May"} <= set(may.aliases)


def test_a_cyrillic_acronym_joins_the_name_it_stands_for(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-ru.txt": "Танкер задержали силы Корпуса стражей исламской революции (КСИР) в проливе, сообщило "
            "агентство. Позже КСИР заявил, что танкер нарушил правила. Центральная избирательная комиссия (ЦИК) "
            "объявила итоги голосования."
        },
    )
    names = {e.name: set(e.aliases) for e in led.entities if e.type == "ORG"}
    assert "КСИР" in names["Корпуса стражей исламской революции"]
    assert "ЦИК" in names["Центральная избирательная комиссия"]


def test_an_acronym_in_brackets_is_no_part_of_a_place_name(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path, {"01-ru.txt": "Вооруженные силы Украины (ВСУ) обстреляли город, сообщил губернатор области."}
    )
    assert not [e.name for e in led.entities if "(" in e.name or any("(" in a for a in e.aliases)]
    assert any("ВСУ" in (e.name, *e.aliases) and e.type == "ORG" for e in led.entities)


def test_a_body_known_by_a_translated_name_is_one_body_in_every_language(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-fr.txt": "L'attentat contre la gare de Valdoria a été revendiqué par l'État islamique mardi.",
            "02.txt": "The Islamic State group claimed the attack on the Valdoria station on Tuesday.",
            "03-de.txt": "Das Krankenhaus von Ärzte ohne Grenzen in Valdoria wurde bombardiert, sagte ein Sprecher.",
            "04-es.txt": "El hospital de Médicos Sin Fronteras en Valdoria fue bombardeado el martes.",
            "05-de.txt": "Der Tanker wurde in der Straße von Valdoria von den Revolutionsgarden festgesetzt.",
        },
    )
    names = {e.name: set(e.aliases) for e in led.entities if e.type == "ORG"}
    assert {"État islamique"} <= names["Islamic State"]
    assert {"Ärzte ohne Grenzen", "Médicos Sin Fronteras"} <= names["Médecins Sans Frontières"]
    assert "Revolutionsgarden" in names["Islamic Revolutionary Guard Corps"]
    assert not [e for e in led.entities if "Krankenhaus" in e.name]


def test_the_mayor_of_a_town_with_no_mayor_named_is_nobody_not_the_town(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01.txt": "Rescuers found twenty bodies in a street in Varno on Saturday. “All these people were shot "
            "in the back of the head,” assured the mayor of Varno."
        },
    )
    assert dict(_speakers(led))["All these people were shot in the back of the head,"] is None


def test_it_after_a_body_spoke_in_a_statement_is_that_body(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01.txt": '"The reports of strikes by the Valdorian Defense Ministry on the camps do not correspond to '
            'reality," the ministry said in a statement posted to its Telegram page on Friday. '
            '"The armed forces continue to carry out their missions," it added.'
        },
    )
    said = _speakers(led)
    assert said[0][1] == said[1][1] == "Valdorian Defense Ministry"
