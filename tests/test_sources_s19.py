"""Nineteenth session: sources; sentences of my own."""

from __future__ import annotations

from pathlib import Path

from rashomon.data.genders import cyrillic_sex, opposite_sexes
from tests.test_disputes_s16 import _ledger


def test_the_sex_a_cyrillic_name_shows_in_every_case() -> None:
    assert cyrillic_sex("Алексей Сокольный") == "m"
    assert cyrillic_sex("Юлия Сокольная") == "f"
    assert cyrillic_sex("Алексея Сокольного") is None  # a man's genitive: its given name ends as a woman's would
    assert opposite_sexes("Yulia Sokolnaya", "Алексей Сокольный")
    assert not opposite_sexes("Alexei Sokolny", "Алексея Сокольного")


def test_a_wife_written_in_latin_letters_is_not_her_husband_written_in_cyrillic(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-ru.txt": "Оппозиционер Алексей Сокольный умер в колонии в пятницу, сообщила служба исполнения "
            "наказаний.",
            "02-it.txt": "Il Cremlino ha respinto le accuse sulla morte di Alexei Sokolny. Il vicepresidente ha "
            "attaccato la vedova dell'oppositore, Yulia Sokolnaya, che accusa il presidente.",
        },
    )
    by_name = {n: e.id for e in led.entities for n in (e.name, *e.aliases)}
    assert by_name["Алексей Сокольный"] == by_name["Alexei Sokolny"]
    assert by_name["Yulia Sokolnaya"] != by_name["Alexei Sokolny"]


def test_an_outlet_known_by_its_acronym_is_no_other_name_spelled_short(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The state-run IRNA news agency quoted a spokesman as saying the inquiry was open.",
            "02-en.txt": "The jet of International Airlines crashed after take-off, the carrier said.",
        },
    )
    irna = next(e for e in led.entities if e.name == "IRNA")
    assert not any("Airlines" in n for n in (irna.name, *irna.aliases))


def test_a_given_name_no_list_holds_before_a_surname_the_model_read_alone(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Nearly 300 people were hurt in the crash, according to a post by Pradeep Jena, the chief "
            "secretary of the state. Later, Pradeep Jena said the toll would not rise."
        },
    )
    names = {e.name for e in led.entities}
    assert "Pradeep Jena" in names
    assert "Jena" not in names


def test_a_surname_with_the_arabic_article_is_a_name_abroad(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-de.txt": "Das erklärte der Sprecher der Koalition, Turki al-Harbi, am Montag in Riad. Die Angriffe "
            "kamen laut al-Harbi aus dem Norden.",
            "02-fr.txt": "Le porte-parole de la coalition, Turki al-Harbi, a parlé lundi à Riyad.",
        },
    )
    person = next(e for e in led.entities if e.name == "Turki al-Harbi")
    assert "al-Harbi" in person.aliases
    assert len([e for e in led.entities if "al-Harbi" in e.name]) == 1


def test_a_day_between_the_speech_verb_and_its_subject_is_no_part_of_the_speaker(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-fr.txt": "« Varno n'a pas abattu d'avion », a déclaré jeudi soir le porte-parole du ministère, Marc "
            "Dubreuil.",
            "02-it.txt": "« Varno non ha abbattuto l'aereo », ha detto ieri il ministro degli Esteri.",
        },
    )
    names = {e.id: e.name for e in led.entities}
    fr = next(q for q in led.quotes if q.text.startswith("Varno n'a"))
    it = next(q for q in led.quotes if q.text.startswith("Varno non"))
    assert names.get(fr.speaker or "") == "Marc Dubreuil"
    assert it.speaker_text == "il ministro degli Esteri"


def test_a_patronymic_particle_joins_a_name_abroad(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-fr.txt": "Le prince héritier Fahd ben Rashid a déclaré : « C'est un crime odieux ».",
            "02-en.txt": 'Crown Prince Fahd bin Rashid said the killing was "a heinous crime".',
        },
    )
    fr = next(q for q in led.quotes if q.text.startswith("C'est"))
    person = next(e for e in led.entities if e.id == fr.speaker)
    assert {"Fahd ben Rashid", "Fahd bin Rashid"} <= {person.name, *person.aliases}


def test_a_surname_with_a_capitalised_article_is_the_person_named_in_full(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Speaking to state television, Fahd al-Jalajel said that 83 percent of the dead were "
            "unauthorised. Al-Jalajel said that these unauthorized pilgrims walked long distances."
        },
    )
    person = next(e for e in led.entities if e.name == "Fahd al-Jalajel")
    assert "Al-Jalajel" in person.aliases  # the model typed it an organisation


def test_a_portfolio_after_a_minister_s_title_is_no_part_of_her_name(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-fr.txt": "La ministre varnienne des Transports Dagmara Lemba a déclaré jeudi que les pilotes "
            "avaient suivi les procédures.",
            "02-it.txt": "Il ministro dei Trasporti Matteo Rinaldi ha parlato ieri.",
        },
    )
    people = {e.name for e in led.entities if e.type == "PERSON"}
    assert {"Dagmara Lemba", "Matteo Rinaldi"} <= people


def test_a_full_name_across_scripts_whose_given_name_sounds_apart(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Turkish President Recep Aydinoglu has demanded that the consulate provide evidence.",
            "02-ru.txt": "Президент Турции Реджеп Айдыноглу потребовал доказательств от консульства.",
        },
    )
    by_name = {n: e.id for e in led.entities for n in (e.name, *e.aliases)}
    assert by_name["Recep Aydinoglu"] == by_name["Реджеп Айдыноглу"]


def test_a_day_before_the_outlet_a_speaker_told_keeps_the_quote_and_its_relay(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-fr.txt": "Le ministre varnien des Affaires étrangères, Linas Kovas, a indiqué mardi à l'AFP que Mme "
            'Tikhanovskaïa était "en sécurité" dans son pays.'
        },
    )
    names = {e.id: e.name for e in led.entities}
    quote = next(q for q in led.quotes if q.text == "en sécurité")
    assert names.get(quote.speaker or "") == "Linas Kovas"
    assert [names[v] for v in quote.via] == ["Agence France-Presse"]


def test_a_name_after_a_russian_outlet_word_is_an_outlet_that_relays(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-ru.txt": "«Мы не знаем, где тело», — заявил прокурор, передает телеканал «Аль-Маядин».",
        },
    )
    names = {e.id: (e.type, e.name) for e in led.entities}
    quote = next(q for q in led.quotes if q.text.startswith("Мы не знаем"))
    assert [names[v] for v in quote.via] == [("MEDIA", "Аль-Маядин")]


def test_a_statement_issued_to_an_outlet_is_relayed_by_it(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": '"We demand total transparency from the coalition," the charity president Anna Lind said '
            "in a statement issued to NBC."
        },
    )
    names = {e.id: e.name for e in led.entities}
    quote = next(q for q in led.quotes if q.text.startswith("We demand"))
    assert [names[v] for v in quote.via] == ["NBC"]


def test_an_outlet_named_for_its_site_whatever_the_case_of_its_domain(tmp_path: Path) -> None:
    led = _ledger(tmp_path, {"01-en.txt": "The president said this on Monday, Censor.NET reports."})
    assert any(e.type == "MEDIA" and "Censor.NET" in (e.name, *e.aliases) for e in led.entities)


def test_the_mayor_of_a_town_the_model_took_for_a_person_is_the_mayor(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Nearly 300 civilians had to be buried in mass graves, Boutcha Mayor Anatoly Fedorouk said. "
            "An AFP journalist saw bodies in a street in Boutcha on Saturday. “All these people were shot,” assured "
            "the mayor of Boutcha. He added that the dead were “men and women of all ages.”"
        },
    )
    names = {e.id: e.name for e in led.entities}
    speakers = {q.text[:8]: names.get(q.speaker or "") for q in led.quotes}
    assert speakers["All thes"] == "Anatoly Fedorouk"
    assert speakers["men and "] == "Anatoly Fedorouk"
    assert next(e.type for e in led.entities if e.name == "Boutcha") == "GPE"


def test_a_speaker_who_evokes_or_defines_in_marks_says_those_words(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-fr.txt": "L'avion s'est écrasé mercredi. Le président Hassan Varnavi évoque \"une grande tragédie et "
            'une erreur impardonnable".',
            "02-it.txt": 'Il generale Petrov ha definito gli attacchi "un colpo di stato, una pugnalata alle spalle '
            'del Paese".',
        },
    )
    names = {e.id: e.name for e in led.entities}
    speakers = {q.text[:8]: names.get(q.speaker or "") for q in led.quotes}
    assert speakers["une gran"] == "Hassan Varnavi"
    assert speakers["un colpo"] == "Petrov"


def test_german_common_words_with_capitals_are_no_names(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-de.txt": "Dramatische Berichte kamen aus Varno. Hunderte Menschen flohen am Mittwoch Vormittag. "
            "Bleiben Sie wachsam, sagte Bürgermeister Richard Bissen. Das bestätigte die Nachrichtenagentur AFP."
        },
    )
    names = {e.name: e.type for e in led.entities}
    assert names.get("Richard Bissen") == "PERSON"
    assert names.get("Agence France-Presse") == "MEDIA"
    for garbage in ("Dramatische Berichte", "Hunderte Menschen", "Mittwoch Vormittag", "Bleiben Sie"):
        assert garbage not in names


def test_a_name_after_an_outlet_word_abroad_is_an_outlet_that_relays(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-es.txt": '"Los drones pueden volar 1.700 kilómetros", dijo el portavoz, según comunicó el canal de '
            "televisión Varnavisión.",
            "02-fr.txt": "« Nous n'avons rien à voir avec cela », a déclaré le responsable à la chaîne Al-Varnadin.",
            "03-es.txt": "Los barcos cruzaron el canal de Suez sin incidentes el lunes por la mañana.",
        },
    )
    names = {e.id: (e.type, e.name) for e in led.entities}
    relays = {q.text[:8]: [names[v] for v in q.via] for q in led.quotes}
    assert relays["Los dron"] == [("MEDIA", "Varnavisión")]
    assert relays["Nous n'a"] == [("MEDIA", "Al-Varnadin")]
    assert not any(t == "MEDIA" and n == "Suez" for t, n in names.values())


def test_an_outlet_named_by_its_last_word_is_the_outlet_named_in_full(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The Wall Street Journal first reported the flights. Officials did not elaborate, the "
            'Journal reported. "This was discovered later," an official told the Journal.'
        },
    )
    outlets = [e for e in led.entities if e.type == "MEDIA"]
    assert [(e.name, e.aliases) for e in outlets] == [("The Wall Street Journal", ("Journal",))]


def test_a_numbered_channel_is_an_outlet_that_relays(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Jana Sefer, the principal of a school, told Channel 12 that five students were among the "
            "dead: “The situation here is very difficult. Parents are crying.”"
        },
    )
    names = {e.id: (e.type, e.name) for e in led.entities}
    quote = next(q for q in led.quotes if q.text.startswith("The situation"))
    assert [names[v] for v in quote.via] == [("MEDIA", "Channel 12")]


def test_his_words_carried_by_an_outlet_in_russian_relay_his_quotes(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-ru.txt": "Удар был нанесен ракетой, заявил представитель армии Даниэль Хагари. Его слова приводит "
            "The Times of Israel.\n\n«Результаты экспертизы однозначны», — сказал Хагари."
        },
    )
    names = {e.id: e.name for e in led.entities}
    quote = next(q for q in led.quotes if q.text.startswith("Результаты"))
    assert [names[v] for v in quote.via] == ["Times of Israel"]


def test_a_subjectless_verb_after_a_quote_is_the_body_the_sentence_before_opens_on(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-es.txt": "En un comunicado, el Frente de Liberación de Varno ha negado categóricamente las acusaciones "
            "sobre el ataque a Lerovo Nuevo en el valle. “Confirmamos que el Frente no tiene absolutamente nada que "
            "ver con el incidente”, ha indicado en la nota."
        },
    )
    names = {e.id: e.name for e in led.entities}
    quote = next(q for q in led.quotes if q.text.startswith("Confirmamos"))
    assert names.get(quote.speaker or "") == "Frente de Liberación de Varno"


def test_a_russian_verb_of_several_speakers_is_no_one_person_s(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-ru.txt": "Власти Варнии первоначально отрицали убийство Петрова, а после заявили, что он погиб "
            "случайно. Жители неоднократно говорили, что помощи нет."
        },
    )
    said = {q.text: q.speaker_text for q in led.quotes}
    assert said["он погиб случайно"] == "Власти Варнии"  # not "Петрова", nor "после" read as "посол"
    assert said["помощи нет"] == "Жители"


def test_a_country_s_authorities_speak_for_it_in_russian(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {"01-ru.txt": "Власти Турции сначала отрицали задержание Петрова, а затем заявили, что он был освобожден."},
    )
    names = {e.id: e.name for e in led.entities}
    quote = next(q for q in led.quotes if q.text.startswith("он был"))
    assert quote.speaker_text == "Власти Турции"
    assert names.get(quote.speaker or "") == "Turkey"
