"""The outlet a French, Spanish, Portuguese, German or Romanian lead credits relays every quote of the article.

Every text is a sentence of our own about invented people, places and events.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rashomon.extract.relays import credited_agencies
from rashomon.model import Analysis, Mention, Span


def _media(text: str, name: str) -> list[Mention]:
    start = text.index(name)
    return [Mention(span=Span(start, start + len(name)), text=name, type="MEDIA", name=name)]


@pytest.mark.parametrize(
    "text, agency",
    [
        ("Así lo ha explicado este martes en una entrevista, recogida por Europa Press.\n\nLlueve.", "Europa Press"),
        ("El puente de Valdemora cayó el lunes, según la agencia EFE.\n\nLlueve.", "EFE"),
        ("Le pont de Valrose s'est effondré lundi, selon l'AFP.\n\nIl pleut.", "AFP"),
        ("Des propos recueillis par Reuters lundi à Valrose.\n\nIl pleut.", "Reuters"),
        ("A ponte de Valmira caiu na segunda-feira, segundo a agência Lusa.\n\nChove.", "Lusa"),
        ("Die Brücke von Talheim ist laut dpa am Montag eingestürzt.\n\nEs regnet.", "dpa"),
        ("Die Brücke von Talheim ist AFP zufolge am Montag eingestürzt.\n\nEs regnet.", "AFP"),
        ("Podul din Valea Mare s-a prăbușit luni, potrivit Agerpres.\n\nPlouă.", "Agerpres"),
    ],
)
def test_a_lead_that_credits_an_outlet_in_another_language(text: str, agency: str) -> None:
    spans = credited_agencies(text, _media(text, agency))
    assert [text[s.start : s.end] for s in spans] == [agency]


@pytest.mark.parametrize(
    "text, agency",
    [
        ("El puente cayó el lunes.\n\nLa agencia EFE publicó fotos, según la agencia EFE.", "EFE"),  # not the lead
        ("Le pont s'est effondré lundi et l'AFP a publié des photos.\n\nIl pleut.", "AFP"),  # a mere mention
        ("Der Reporter der dpa stand am Montag an der Brücke.\n\nEs regnet.", "dpa"),
    ],
)
def test_an_outlet_merely_mentioned_abroad_is_no_credit(text: str, agency: str) -> None:
    assert credited_agencies(text, _media(text, agency)) == []


def test_every_quote_of_interviews_gathered_by_an_agency_comes_through_it(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        "Así lo ha explicado este martes en dos entrevistas, recogidas por Europa Press, la alcaldesa de Valdemora, "
        "Marta Quiroga.\n\n"
        'Quiroga ha asegurado que "el agua llegó sin aviso a las casas del barrio bajo". "Nadie nos llamó antes '
        'de las ocho de la tarde", ha añadido.'
    )
    a = analyze_text(text, language="es")
    quotes = [q for q in a.quotes if q.kind == "direct"]
    assert len(quotes) == 2
    for q in quotes:
        assert [text[v.start : v.end] for v in q.via_refs] == ["Europa Press"]


def test_a_lead_that_ends_with_the_outlet_and_its_verb_credits_it() -> None:
    text = "The dam on the Vell held overnight, Harbour Radio reported.\n\nMore rain is due, officials said."
    spans = credited_agencies(text, _media(text, "Harbour Radio"))
    assert [text[s.start : s.end] for s in spans] == ["Harbour Radio"]
