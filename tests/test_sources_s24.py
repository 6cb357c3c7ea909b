"""Twenty-fourth session, sources: a statement "said in the ministry" after the ministry was named paragraphs
before, quotes in one French sentence, "el funcionario" as the official named before, a capital's possessive before
a ministry, and a wire dateline glued to the first word. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import rashomon
from rashomon.link.aliases import org_words
from tests.test_disputes_s16 import _ledger


def _speakers(led: rashomon.Ledger) -> dict[str, str | None]:
    names = {e.id: e.name for e in led.entities}
    return {q.text: names.get(q.speaker or "") for q in led.quotes}


def test_said_in_the_ministry_is_the_ministry_named_before(tmp_path: Path) -> None:
    text = (
        "Министерство обороны Варно сообщило об ударе по складам в Лерово.\n\n"
        "Удар был нанесён в понедельник.\n\n"
        "В складах находилось оружие, предназначенное для отправки на фронт.\n\n"
        "«Детонация боеприпасов вызвала пожар на соседнем рынке», — заявили в министерстве."
    )
    told = _speakers(_ledger(tmp_path, {"01-ru.txt": text}))
    speaker = told["Детонация боеприпасов вызвала пожар на соседнем рынке"]
    assert speaker is not None and "Министерство" in speaker


def test_said_in_the_ministry_with_no_ministry_named_is_nobody(tmp_path: Path) -> None:
    text = (
        "Удар по Лерово был нанесён в понедельник.\n\n"
        "«Детонация боеприпасов вызвала пожар на соседнем рынке», — заявили в министерстве."
    )
    told = _speakers(_ledger(tmp_path, {"01-ru.txt": text}))
    assert told["Детонация боеприпасов вызвала пожар на соседнем рынке"] is None


def test_french_quotes_of_one_sentence_and_the_pronoun_after(tmp_path: Path) -> None:
    text = (
        "Le maire de Lerovo, Ivan Petrenko, avait plus tôt annoncé un « bilan impossible à imaginer pour la ville » "
        "après un tir sur un marché « où se trouvaient plus de mille civils ce jour-là ». "
        "Il avait noté que le marché « ne présentait aucun danger pour l'armée de Varno »."
    )
    told = _speakers(_ledger(tmp_path, {"01-fr.txt": text}))
    assert told["bilan impossible à imaginer pour la ville"] == "Ivan Petrenko"
    assert told["où se trouvaient plus de mille civils ce jour-là"] == "Ivan Petrenko"
    assert told["ne présentait aucun danger pour l'armée de Varno"] == "Ivan Petrenko"


def test_spanish_el_funcionario_is_the_official_named_before(tmp_path: Path) -> None:
    text = (
        "El diario local informó, citando al alcalde de la ciudad, Iván Petrenko, que el mercado seguía abierto. "
        "«La administración del mercado decidió no cerrarlo durante las alertas», escribió el funcionario en redes."
    )
    told = _speakers(_ledger(tmp_path, {"01-es.txt": text}))
    assert told["La administración del mercado decidió no cerrarlo durante las alertas"] == "Iván Petrenko"


def test_a_capitals_possessive_before_a_ministry_is_the_country() -> None:
    assert org_words("Moscow's defence ministry", None) == org_words("Russian Ministry of Defence", None)
    assert org_words("Moscow’s defence ministry", None) == org_words("Ministerio de Defensa ruso", None)
    assert "@russia" not in org_words("Moscow's city council", None)  # the city's own body


def test_a_dateline_dash_glued_to_the_first_word_is_no_part_of_the_speaker(tmp_path: Path) -> None:
    text = (
        "LONDON (Reuters) -Varno’s defence ministry on Tuesday said it fired missiles at a weapons depot in Lerovo, "
        "with the explosion of ammunition causing a fire in a nearby market."
    )
    led = _ledger(tmp_path, {"01-en.txt": text})
    speakers = [q.speaker_text or "" for q in led.quotes]
    assert any("defence ministry" in s for s in speakers)  # the statement is read, and given to the ministry
    assert all(not s.startswith("LONDON") for s in speakers)
    assert all(not e.name.startswith("-") for e in led.entities)


def test_a_countrys_office_is_the_one_person_it_introduces_right_before_a_name(tmp_path: Path) -> None:
    texts = {
        "01-en.txt": "Jordanian officials, including Crown Prince Ivan Petrenko, met the envoys in Varno on Monday.",
        "02-en.txt": (
            "Jordan's crown prince said on Wednesday the case of Jamal Ostrowski was painful for everyone. "
            '"The killing was a heinous crime," Jordan’s crown prince said.'
        ),
    }
    told = _speakers(_ledger(tmp_path, texts))
    assert told["The killing was a heinous crime,"] == "Ivan Petrenko"  # not the man named after "said"


def test_a_countrys_office_named_without_the_country_elsewhere(tmp_path: Path) -> None:
    texts = {
        "01-en.txt": "Prime Minister Ivan Petrenko said the vote in Moldova was calm.",
        "02-en.txt": '"The results are final," Moldova’s prime minister said on Tuesday.',
    }
    assert _speakers(_ledger(tmp_path, texts))["The results are final,"] == "Ivan Petrenko"


def test_a_countrys_office_held_abroad_is_not_taken(tmp_path: Path) -> None:
    texts = {
        "01-en.txt": "Romanian Prime Minister Ivan Petrenko said the vote in Moldova was calm.",
        "02-en.txt": '"The results are final," Moldova’s prime minister said on Tuesday.',
    }
    assert _speakers(_ledger(tmp_path, texts))["The results are final,"] != "Ivan Petrenko"


def test_a_finance_minister_is_a_countrys_office(tmp_path: Path) -> None:
    texts = {
        "01-en.txt": "Moldova's Finance Minister Ivan Petrenko visited the site of the collapse on Thursday.",
        "02-en.txt": '"This is an accident that can happen anywhere," Moldova\'s finance minister said.',
    }
    assert _speakers(_ledger(tmp_path, texts))["This is an accident that can happen anywhere,"] == "Ivan Petrenko"


def test_german_surname_after_the_verb_when_the_model_found_the_person_by_surname(tmp_path: Path) -> None:
    text = (
        "Bei den Protesten gegen Regierungschefin Scheich Petrenko kamen am Sonntag in Varno viele Menschen ums Leben. "
        "„Die, die jetzt auf den Straßen protestieren, sind keine Studenten, es sind Terroristen“, sagte Petrenko."
    )
    led = _ledger(tmp_path, {"01-de.txt": text})
    quote = next(q for q in led.quotes if q.text.startswith("Die, die jetzt"))
    assert quote.speaker_text == "Petrenko" and quote.cue == "sagte"


def test_german_statement_named_in_the_sentence_before(tmp_path: Path) -> None:
    text = (
        "Bei dem Angriff auf ein Café im Dorf Lerowo kamen 52 Menschen ums Leben, teilte Oleh Petrenko, der Leiter "
        "der Militärverwaltung, auf Facebook mit, berichtet Ukrinform.\n\n"
        "„Nach den präzisierten Angaben sind im Dorf Lerowo 52 Menschen gestorben“, heißt es in dem Eintrag."
    )
    told = _speakers(_ledger(tmp_path, {"01-de.txt": text}))
    assert told["Nach den präzisierten Angaben sind im Dorf Lerowo 52 Menschen gestorben"] == "Oleh Petrenko"


def test_german_statement_with_no_speaker_before_is_nobody(tmp_path: Path) -> None:
    text = (
        "Bei dem Angriff auf ein Café im Dorf Lerowo kamen 52 Menschen ums Leben.\n\n"
        "„Nach den präzisierten Angaben sind im Dorf Lerowo 52 Menschen gestorben“, heißt es in dem Eintrag."
    )
    told = _speakers(_ledger(tmp_path, {"01-de.txt": text}))
    assert told["Nach den präzisierten Angaben sind im Dorf Lerowo 52 Menschen gestorben"] is None


def test_a_capitalised_office_is_no_persons_name(tmp_path: Path) -> None:
    text = (
        "Об этом заявил Президент Варно Иван Петренко.\n\n"
        '"Наши специалисты должны получить полный доступ к месту крушения", - подчеркнул Президент.'
    )
    led = _ledger(tmp_path, {"01-ru.txt": text})
    assert all(e.name != "Президент" for e in led.entities)
    speaker = _speakers(led)["Наши специалисты должны получить полный доступ к месту крушения"]
    assert speaker is not None and "Петренко" in speaker


def test_a_name_in_cyrillic_only_gets_the_english_surname_ending(tmp_path: Path) -> None:
    led = _ledger(tmp_path, {"01-ru.txt": "Дмитрий Полянский заявил журналистам, что удар по рынку был провокацией."})
    person = next(e for e in led.entities if e.name == "Дмитрий Полянский")
    assert "Dmitriy Polyansky" in person.aliases and "Dmitriy Polyanskiy" in person.aliases


def _entity_names(led: rashomon.Ledger) -> list[set[str]]:
    return [{e.name, *e.aliases} for e in led.entities]


def test_a_name_with_a_given_name_the_press_drops_is_one_person(tmp_path: Path) -> None:
    texts = {
        "01-en.txt": "Prime Minister Muhammad Ivan Petrenko chaired a meeting in Varno on Wednesday.",
        "02-en.txt": "Ivan Petrenko said the country would respond to the strikes.",
    }
    assert any(
        {"Muhammad Ivan Petrenko", "Ivan Petrenko"} <= names for names in _entity_names(_ledger(tmp_path, texts))
    )


def test_two_people_who_share_a_name_after_different_given_names_stay_apart(tmp_path: Path) -> None:
    texts = {
        "01-en.txt": "Anna Maria Petrenko met Olga Maria Petrenko in Varno on Wednesday.",
        "02-en.txt": "Maria Petrenko said the talks would go on.",
    }
    names = _entity_names(_ledger(tmp_path, texts))
    assert not any({"Anna Maria Petrenko", "Olga Maria Petrenko"} <= n for n in names)
    assert not any("Maria Petrenko" in n and ("Anna Maria Petrenko" in n or "Olga Maria Petrenko" in n) for n in names)


def test_a_belarusian_given_name_is_its_russian_form(tmp_path: Path) -> None:
    texts = {
        "01-en.txt": "Belarusian journalist Roman Protasevich was detained in Minsk on Sunday.",
        "02-en.txt": "Raman Pratasevich, the former editor of the channel, was taken off the plane.",
    }
    assert any({"Roman Protasevich", "Raman Pratasevich"} <= n for n in _entity_names(_ledger(tmp_path, texts)))


def test_a_place_before_an_outlet_that_is_the_subject_is_no_outlet(tmp_path: Path) -> None:
    texts = {
        "01-en.txt": "A reporter was shot in the occupied Lerovo Valley, the Varno-based news channel said.",
        "02-en.txt": "The report was carried by Belta, a Belarusian state-owned news agency, on Monday.",
    }
    led = _ledger(tmp_path, texts)
    types = {e.name: e.type for e in led.entities}
    assert types.get("Lerovo Valley") != "MEDIA"
    assert any(e.type == "MEDIA" and "Belta" in {e.name, *e.aliases} for e in led.entities)


def test_an_armenian_full_stop_glued_to_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    led = _ledger(tmp_path, {"01-ru.txt": "Поезд был захвачен в провинции Белуджистан․ Боевики удерживали заложников."})
    assert any(e.name == "Белуджистан" for e in led.entities)


def test_french_according_to_the_statement_a_body_published(tmp_path: Path) -> None:
    text = (
        "Le ministère des Affaires étrangères de Varno a publié un communiqué, dimanche, dénonçant les frappes.\n\n"
        "Selon le communiqué, l'armée de Lerovie a commis un « acte répréhensible et délibéré » à Vell."
    )
    told = _speakers(_ledger(tmp_path, {"01-fr.txt": text}))
    speaker = told["acte répréhensible et délibéré"]
    assert speaker is not None and "ministère" in speaker.casefold()


def test_a_lawsuit_speaks_for_whoever_filed_it(tmp_path: Path) -> None:
    text = (
        "Lerovo County filed a lawsuit Thursday against utility Varno Electric over the wildfires, alleging the "
        'company failed to cut power. The lawsuit alleges the utility had a duty "to properly maintain and repair '
        'the electric transmission lines" near the town.'
    )
    told = _speakers(_ledger(tmp_path, {"01-en.txt": text}))
    assert told["to properly maintain and repair the electric transmission lines"] == "Lerovo County"
