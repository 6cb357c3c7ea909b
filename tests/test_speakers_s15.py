"""Who a German "er" or "sie" stands for: the subject of the last sentence since the last quote that names a person
the pronoun fits, else the last quote's speaker if the pronoun fits them. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import rashomon
from rashomon.model import Ledger


def _ledger(tmp_path: Path, text: str, name: str = "01.txt") -> Ledger:
    """The ledger of one article of ``text``, named ``name`` (its language suffix tells the reader which)."""
    (tmp_path / name).write_text(f"url: https://n1.example/2024/05/01/story\n---\n{text}", encoding="utf-8")
    return rashomon.analyze([tmp_path])


def _speakers(tmp_path: Path, text: str) -> list[str | None]:
    return [q.speaker_text for q in _ledger(tmp_path, text).quotes if q.kind == "direct"]


def _speaking_entities(led: Ledger) -> list[str | None]:
    """The name of the entity each direct quote gives as its speaker."""
    names = {e.id: e.name for e in led.entities}
    return [names.get(q.speaker or "") for q in led.quotes if q.kind == "direct"]


def test_a_pronoun_after_a_new_person_is_that_person_not_the_last_speaker(tmp_path: Path) -> None:
    said = _speakers(
        tmp_path,
        "„Wir werden diesen Angriff auf unsere Ordnung nicht dulden“, sagte Präsident Marco Díaz am Montag.\n\n"
        "Am Dienstag meldete sich der Oppositionsführer Luis Vega in der Hauptstadt zu Wort. „Wer hat denn diese "
        "Krise verursacht, wenn nicht die Regierung selbst?“, fragt er den Präsidenten.",
    )
    assert said == ["Marco Díaz", "Luis Vega"]


def test_a_pronoun_of_the_other_gender_skips_the_person_named_between(tmp_path: Path) -> None:
    said = _speakers(
        tmp_path,
        "„Die Lage an der Grenze ist ernst, aber unter Kontrolle“, sagte Marco Díaz am Montag.\n\n"
        "Die Ministerin Ana Ruiz traf ihn am Abend in der Hauptstadt. „Wir arbeiten eng und gut zusammen“, sagte er "
        "danach vor Journalisten.",
    )
    assert said == ["Marco Díaz", "Marco Díaz"]


def test_she_is_the_woman_named_after_the_last_quote(tmp_path: Path) -> None:
    said = _speakers(
        tmp_path,
        "„Unsere Truppen haben nicht geschossen, das ist eine Lüge“, sagte Verteidigungsminister Marco Díaz.\n\n"
        "Außenministerin Ana Ruiz widersprach ihm später am Tag. „Die Bilder zeigen etwas ganz anderes, und das "
        "wissen alle“, sagte sie.",
    )
    assert said == ["Marco Díaz", "Ana Ruiz"]


def test_a_german_office_compound_before_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        "Am Dienstag sprachen der Oppositionsführer Luis Vega und die "
        "Generalstaatsanwältin Ana Ruiz in der Hauptstadt mit Journalisten.",
    )
    assert {e.name for e in led.entities if e.type == "PERSON"} == {"Luis Vega", "Ana Ruiz"}


def test_er_is_never_the_one_he_speaks_to(tmp_path: Path) -> None:
    said = _speakers(
        tmp_path,
        "Der Vizeminister Luis Vega traf den Milizchef Marco Díaz in der Stadt. Vega sagt dann etwas, was Díaz "
        "auffahren lässt: „Wer sind Sie, dass Sie so mit mir reden?“, fragt er Vega.",
    )
    assert said == ["Díaz"]


RUSSIAN_OFFICE = """Федеральная служба исполнения наказаний сообщила о смерти заключенного в колонии.

"Врачи скорой медицинской помощи констатировали смерть осужденного. Причины смерти устанавливаются", — информирует \
ведомство.

Через два часа информация об этом появилась на сайте службы. «Причины смерти заключенного пока устанавливаются», — \
говорилось в том же заявлении ведомства."""


def test_a_russian_office_named_by_its_kind_and_its_statement_are_the_body_named_before(tmp_path: Path) -> None:
    led = _ledger(tmp_path, RUSSIAN_OFFICE, "01-ru.txt")
    assert _speaking_entities(led) == ["Федеральная служба исполнение наказания"] * 2


SPANISH_BODIES = """El Ministerio de Defensa de Lerovo niega las informaciones sobre un ataque a los campamentos \
del Grupo Sarkan.

El Ministerio ha informado en un comunicado de que las Fuerzas Armadas "continúan realizando misiones de combate en la \
línea de contacto".

El Grupo Sarkan ha advertido de que cuenta con miles de combatientes. "Debemos poner fin a esta desgracia", ha añadido \
la organización."""


def test_a_spanish_body_named_by_its_kind_is_the_body_named_before(tmp_path: Path) -> None:
    led = _ledger(tmp_path, SPANISH_BODIES, "01-es.txt")
    assert _speaking_entities(led) == [
        "Ministerio de Defensa de Lerovo",
        "Grupo Sarkan",
    ]


def test_a_show_or_outlet_the_text_shows_holding_an_interview_relays_its_quotes(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        "The airline's chief executive Michael Hanlon said there were "
        "security agents on board.\n\nSpeaking on Morning Talk Lerovo, Hanlon said: \"I think it's the first time "
        'it has happened to a European airline."\n\n"The letter warned of possible attacks on churches," President '
        "Marco Diaz told Lerovo24 in an interview.",
    )
    names = {e.id: (e.name, e.type) for e in led.entities}
    assert [[names[v] for v in q.via] for q in led.quotes if q.kind == "direct"] == [
        [("Morning Talk Lerovo", "MEDIA")],
        [("Lerovo24", "MEDIA")],
    ]


RUSSIAN_INTERVIEW = """Глава МИД Лерова Владимир Марков заявил, что пилоты могли посадить самолет в другом городе. Об \
этом он рассказал в интервью газете «Коммерсантъ».

«Если бы экипаж принял такое решение, он мог бы спокойно пересечь границу», — сказал он.

Самолет вылетел из столицы вечером. Об этом сообщает БелТА со ссылкой на пресс-службу аэропорта.

«Самолет вылетел из Национального аэропорта в Вильнюс», — уточняется в сообщении."""


def test_a_russian_interview_named_after_a_statement_relays_it_and_the_next(tmp_path: Path) -> None:
    led = _ledger(tmp_path, RUSSIAN_INTERVIEW, "01-ru.txt")
    names = {e.id: e.name for e in led.entities}
    quotes = [q for q in led.quotes if q.kind != "scare"]
    assert ["Kommersant" in [names[v] for v in q.via] for q in quotes] == [True, True, False, False]
    assert ["BelTA" in [names[v] for v in q.via] for q in quotes][2:] == [True, True]
    assert quotes[-1].speaker_text == "пресс-службу аэропорта"


def test_the_official_with_a_country_word_is_the_official_who_just_spoke(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        "The director of the aviation department, Artem Kovalsky, told "
        "the press that the airport received an email. Kovalsky added that the controllers informed the crew, after "
        'which the crew decided to land. The Estonian official stressed that "there was no pressure or coercion to '
        'land the aircraft."',
    )
    assert _speaking_entities(led) == ["Artem Kovalsky"]


def test_a_broadcast_caption_names_who_speaks(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        "The ministry said the structure is outside the safety area.\n\n"
        '[Ju Jong-wan/Director of Aviation Policy, Ministry of Transport/Yesterday: "The structure has been confirmed '
        'to be installed outside the runway safety area."]\n\n[Kim Seo-yeon/Professor, Department of Aviation, '
        'Lerovo University: "According to the documents, the structure must break away on impact."]',
    )
    assert [q.speaker_text for q in led.quotes if q.kind == "direct"] == ["Ju Jong-wan", "Kim Seo-yeon"]


def test_a_name_with_a_lower_case_syllable_speaks_whole_and_an_airline_is_no_person(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        "In a televised news conference, Choi E-bae, Lerovo Air's "
        'president, bowed deeply as he apologised and said he felt "full responsibility" for the incident.',
    )
    assert _speaking_entities(led) == ["Choi E-bae"]
    assert [e.type for e in led.entities if e.name == "Lerovo Air"] == ["ORG"]


def test_er_is_the_last_speaker_when_the_text_names_him_again_after_the_other_person(tmp_path: Path) -> None:
    said = _speakers(
        tmp_path,
        "„Wir werden alles vernichten, was gegen unsere Leute aufgeboten wird“, sagte Milizchef Tarasow am Morgen.\n\n"
        "Die Bilder zeigen ihn im Gespräch mit dem Vizeminister Luis Vega und mit Marco Díaz, einem Leiter des "
        "Geheimdienstes. Tarasow spricht von drei Abschüssen. Vega atmet tief durch, sagt dann etwas, was Tarasow "
        "auffahren lässt: „Wer sind Sie, mich so anzureden?“, fragt er Vega.",
    )
    assert said[1] == "Tarasow"
