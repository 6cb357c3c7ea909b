"""Eighteenth session: sources; sentences of my own."""

from __future__ import annotations

from pathlib import Path

from tests.test_disputes_s16 import _ledger


def test_a_title_of_a_place_then_the_name_opens_on_the_name(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-es.txt": "La alcaldesa de San Juan, Yulín Cruz, a quien el miércoles el presidente calificó de "
            '"incompetente", respondió con dureza a las cifras.\n\n"Negar a nuestros muertos no tiene perdón", '
            "dijo en Twitter."
        },
    )
    names = {e.id: e.name for e in led.entities}
    quote = next(q for q in led.quotes if q.text.startswith("Negar"))
    assert names.get(quote.speaker or "") == "Yulín Cruz"


def test_an_agency_alone_opening_the_text_relays_its_quotes(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-it.txt": '(Keystone-ATS) I separatisti dichiarano di aver ucciso 11 militari a Varno. "I combattenti '
            'mantengono il pieno controllo", ha detto il portavoce.'
        },
    )
    names = {e.id: e.name for e in led.entities}
    quote = next(q for q in led.quotes if q.text.startswith("I combattenti"))
    assert [names[v] for v in quote.via] == ["Keystone-ATS"]


def test_the_terror_outfit_is_the_armed_group_last_named(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The Varno Liberation Army claimed the attack near Varno on Tuesday. "
            '"We had nothing to do with the bombing," the militant outfit said later.',
            "02-en.txt": 'The Varno police blamed the attack on rebels. "We will find them," the militant group said.',
        },
    )
    names = {e.id: e.name for e in led.entities}
    speakers = {q.text[:7]: names.get(q.speaker or "") for q in led.quotes}
    assert speakers["We had "] == "Varno Liberation Army"
    assert speakers["We will"] is None  # not the police
