"""Speakers in Russian and Spanish articles: an adverbial participle's clause before the verb of saying, a Spanish
verb of saying with an infinitive clause, and a verb joined by "y" to its sentence's subject.

Every text is a sentence of our own about invented people, places and events.
"""

from __future__ import annotations

from collections.abc import Callable

from rashomon.model import Analysis


def speakers(analyze_text: Callable[..., Analysis], text: str, language: str) -> dict[str, str | None]:
    a = analyze_text(text, language=language)
    t = a.article.text
    return {
        q.text[:12]: t[q.speaker_ref.start : q.speaker_ref.end] if q.speaker_ref else None
        for q in a.quotes
        if q.kind == "direct"
    }


def test_a_russian_participle_clause_before_the_verb_is_not_the_speaker(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        'Мэр Игорь Соколов заявил журналистам, что давления не было. "Обвинения голословны", - сказал Соколов.\n\n'
        'Комментируя итоги выборов в Молдове, он сказал, что "это выбор народа".'
    )
    assert speakers(analyze_text, text, "ru")["это выбор на"] in ("Соколов", "Игорь Соколов")


def test_a_spanish_verb_of_saying_with_an_infinitive_clause_joined_to_the_subject(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        "El portavoz de los bomberos, Andrés Beltrán, habló el lunes por la mañana con la prensa local.\n\n"
        'La alcaldesa Marta Quiroga no acudió a la reunión por estar en "una comida de trabajo", según dijo, y '
        'aseguró haber estado "comunicada todo el rato con los técnicos del puerto".'
    )
    found = speakers(analyze_text, text, "es")
    assert found["comunicada t"] == "Marta Quiroga"
