"""Spanish quotes and speakers, read from the surface (``extract/quotes_es``), and Spanish and German day words."""

from __future__ import annotations

from collections.abc import Callable

from rashomon.model import Analysis


def speakers(analyze_text: Callable[..., Analysis], text: str) -> list[tuple[str, str | None, str | None]]:
    a = analyze_text(text, language="es")
    t = a.article.text
    return [
        (q.text[:20].strip(), q.speaker_text, t[q.speaker_ref.start : q.speaker_ref.end] if q.speaker_ref else None)
        for q in a.quotes
        if q.kind == "direct"
    ]


def test_spanish_attributions_after_the_marks(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Un incendio destruyó el mercado central de Valdemora el sábado. La alcaldesa de la ciudad, Marta Quiroga, "
        'visitó la zona este lunes. "Hemos perdido cuarenta puestos y muchas familias no tienen nada", ha '
        'explicado Quiroga. "Vamos a reconstruir el mercado antes del verano", ha añadido.\n'
        "\u00abNo hubo ninguna advertencia antes del fuego\u00bb, dijo el portavoz de los bomberos, Andrés Beltrán."
    )
    assert speakers(analyze_text, text) == [
        ("Hemos perdido cuaren", "Quiroga", "Marta Quiroga"),
        ("Vamos a reconstruir", "Quiroga", "Marta Quiroga"),
        ("No hubo ninguna adve", "Andrés Beltrán", "Andrés Beltrán"),
    ]


def test_spanish_attributions_before_the_marks_and_a_description(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "El ministro de Transportes, Julián Ferrer, ha dicho: \u201cLa investigación durará varios meses y no "
        "descartamos nada\u201d.\n"
        "Según la Cruz Roja, \u00ablos heridos fueron trasladados a tres hospitales de la región\u00bb.\n"
        "\u00abLa situación está bajo control desde la madrugada\u00bb, aseguró el ministro a la agencia EFE."
    )
    a = analyze_text(text, language="es")
    t = a.article.text
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert [q.speaker_text for q in direct] == ["Julián Ferrer", "la Cruz Roja", "el ministro"]
    assert t[direct[2].speaker_ref.start : direct[2].speaker_ref.end] == "Julián Ferrer"  # type: ignore[union-attr]
    assert [t[v.start : v.end] for v in direct[2].via_refs] == ["EFE"]


def test_a_term_quoted_deep_in_a_clause_is_no_speech(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        'La policía ha reconocido que detuvo por error a dos vecinos a los que tomó por "saqueadores". '
        'El jefe de la policía, Ramón Ibarra, dijo que "no volverá a ocurrir".'
    )
    a = analyze_text(text, language="es")
    kinds = {q.text: (q.kind, q.speaker_text) for q in a.quotes}
    assert kinds["saqueadores"] == ("scare", None)
    assert kinds["no volverá a ocurrir"] == ("direct", "Ramón Ibarra")


def test_spanish_german_italian_day_words_resolve(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "La explosión ocurrió el pasado domingo en el puerto. Este lunes, el alcalde visitó la zona; ayer habló con "
        "los vecinos. El juicio empezará el 14 de marzo de 2025."
    )
    a = analyze_text(text, language="es", published="2024-05-08")  # a Wednesday
    assert [(t.text, t.value) for t in a.times] == [
        ("el pasado domingo", "2024-05-05"),
        ("Este lunes", "2024-05-06"),
        ("ayer", "2024-05-07"),
        ("14 de marzo de 2025", "2025-03-14"),
    ]
    a = analyze_text("Der Brand brach am Sonntagabend aus, sagte der Bürgermeister am Montag.", language="de")
    assert [(t.text, t.value) for t in a.times] == [("Sonntagabend", "2024-01-21"), ("Montag", "2024-01-22")]
    a = analyze_text("Il naufragio è avvenuto lunedì scorso, il 22 gennaio.", language="it")
    assert [t.value for t in a.times] == ["2024-01-22", "2024-01-22"]


def test_a_capitalised_romance_day_or_month_is_a_name_not_a_time(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text("Domingo Ferrer y Julio Mayo hablaron con la prensa.", language="es")
    assert a.times == ()


def test_spanish_service_names_merge_with_the_english_ones() -> None:
    from rashomon.link.aliases import merge_entities

    from .hand_mentions import analysis, same

    entities = merge_entities(
        [
            analysis("A1", ("Chilean Air Force", "ORG"), ("Chilean Army", "ORG")),
            analysis("A2", ("Fuerza Aérea de Chile", "ORG"), ("Ejército chileno", "ORG"), ("Ejército de Chile", "ORG")),
        ]
    )
    assert same(entities, "Chilean Air Force", "Fuerza Aérea de Chile")
    assert same(entities, "Chilean Army", "Ejército chileno") and same(entities, "Chilean Army", "Ejército de Chile")
    assert not same(entities, "Chilean Army", "Fuerza Aérea de Chile")


def test_more_spanish_speech_verbs_and_the_person_something_was_said_to(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "El presidente del Gobierno, Tomás Arriaga, ha remarcado este sábado que \u00abel Estado está listo para "
        "ayudar a todos los municipios\u00bb y le ha trasladado al presidente de la región, Lucía Varela, que "
        "\u00absi necesita más recursos, que los pida cuanto antes\u00bb.\n"
        "\u00abLas autoridades locales conocen el terreno mejor que nadie\u00bb, ha expuesto después."
    )
    assert [s for _, s, _ in speakers(analyze_text, text)] == ["Tomás Arriaga"] * 3


def test_a_name_the_entity_reader_missed_is_the_subject_of_its_verb(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Las entrevistas fueron recogidas por Europa Press este lunes en Valdemora.\n"
        'Quiroga ha recalcado que "la lluvia no provocó la catástrofe, sino el torrente de agua del barranco".'
    )
    assert [s for _, s, _ in speakers(analyze_text, text)] == ["Quiroga"]


def test_a_regional_government_or_community_is_a_body_not_a_person(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text(
        "La Generalitat Montesana envió la alerta a las ocho, y la Comunidad Montesana pidió ayuda al Gobierno "
        "central el miércoles por la tarde.",
        language="es",
    )
    types = {m.text: m.type for m in a.mentions}
    assert types.get("Generalitat Montesana") == "ORG"
    assert types.get("Comunidad Montesana") == "ORG"


def test_the_head_of_state_called_by_another_word(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "El presidente de Valdemora, Luis Arcos, negó que se hubiera confabulado con el general.\n\n"
        "«¿Cómo podía ser una instrucción de un autogolpe?», dijo el mandatario a la prensa."
    )
    assert speakers(analyze_text, text) == [("¿Cómo podía ser una", "el mandatario", "Luis Arcos")]


def test_an_outlet_the_speaker_talked_to_before_the_quote_relays_it(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text(
        "El presidente de Valdemora, Luis Arcos, habló el jueves.\n\n"
        'En una entrevista con la agencia EFE en la sede del gobierno, Arcos dijo que "alguien tenía que mantener '
        'la calma" ante los tanques. El ministro criticó a la agencia Reuters y dijo que "no hubo ningún golpe".',
        language="es",
    )
    names = {m.span: m.name for m in a.mentions}
    via = {q.text[:12]: [names[v] for v in q.via_refs] for q in a.quotes if q.kind == "direct"}
    assert via["alguien tení"] == ["EFE"]
    assert via.get("no hubo ning", []) == []  # an outlet criticised is no relay
