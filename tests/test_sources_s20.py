"""Twentieth session, sources: a group the coverage names, found again where an article in another language writes
it alone, and its Cyrillic name joined to the Latin one; an opening quotation mark after a stop opens the next
sentence in the languages split by rule. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import rashomon
from rashomon.extract.nlp import parse
from tests.test_disputes_s16 import _ledger


def _names_of(led: rashomon.Ledger, name: str) -> set[str]:
    entity = next(e for e in led.entities if e.name == name)
    return {entity.name, *entity.aliases}


def test_a_group_written_alone_in_another_language_is_the_group(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Hezbollah fired rockets at the base on Sunday, the army said.",
            "02-de.txt": "Die Hisbollah feuerte am Sonntag Raketen auf den Stützpunkt.",
            "03-es.txt": "Hezbolá disparó cohetes contra la base el domingo.",
            "04-ru.txt": "В воскресенье «Хезболла» обстреляла базу. Армия обвинила «Хезболлу» в обстреле.",
        },
    )
    names = _names_of(led, "Hezbollah")
    assert {"Hisbollah", "Hezbolá"} <= names
    assert any(n.startswith("Хезболл") for n in names)  # the Cyrillic name, in any of its cases


def test_a_group_is_not_found_in_a_word_spelled_close_to_it(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Wagner fighters seized the town on Sunday, the army said.",
            "02-de.txt": "Gepanzerte Wagen rollten am Sonntag in die Stadt.",
        },
    )
    assert all("Wagen" not in (e.name, *e.aliases) for e in led.entities)


def test_an_opening_quotation_mark_opens_the_next_sentence() -> None:
    for language, text in (
        ("ru", "Ракета упала на поле. «Мы не имеем к этому отношения», — заявил представитель."),
        ("fr", "Une roquette est tombée. « Nous n'avons rien à voir avec cela », a déclaré le porte-parole."),
        ("de", "Eine Rakete schlug ein. „Wir haben damit nichts zu tun“, sagte der Sprecher."),
    ):
        sentences = [s.text for s in parse(text, language).sents]
        assert len(sentences) == 2, (language, sentences)
        assert sentences[0].endswith("."), (language, sentences)
        assert sentences[1][:1] in "«„", (language, sentences)
