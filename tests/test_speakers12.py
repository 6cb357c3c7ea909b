"""Speakers and relays: kinds of miss seen on unseen real news, each on sentences written for the test (invented
events and people).

- English: ``“...,” X, a spokesman for President Y told reporters`` (the apposition's comma never closes: X speaks,
  not the name in X's title); ``Y expressed condolences to those who died and referred to “...”`` (``those`` of a
  relative clause is no speaker).
"""

from __future__ import annotations

from pathlib import Path

from .speaker_cases import ledger_of, quote, speaker


def test_the_name_inside_an_unclosed_apposition_is_not_the_speaker(tmp_path: Path) -> None:
    text = (
        "The ferry sank off the coast of Vell on Monday. “Right now, of course, there are many rumours about this "
        "ferry and the deaths of its passengers, including Ivan Petrov,” Dmitri Sorokin, a spokesman for Ruritanian "
        "President Anton Kell told reporters."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "Right now")) == "Dmitri Sorokin"


def test_a_title_closed_by_the_end_of_its_sentence_leaves_the_next_name_the_speaker(tmp_path: Path) -> None:
    text = (
        "The campaign released an ad showing Dorn attacking Senator Paul Ashby, a former prisoner of war. "
        'Mara Keel, who runs the get-out-the-vote effort for navy families, said, "Dorn has been disrespecting our '
        'sailors for decades."\n\nThe ad also attacked Senator Lena Ruiz, a member of the committee on defence.\n\n'
        'Tom Vale, who leads the veterans\' group, said, "This is shameful."'
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "Dorn has been")) == "Mara Keel"
    assert speaker(led, quote(led, "This is shameful")) == "Tom Vale"


def test_those_of_a_relative_clause_is_no_speaker(tmp_path: Path) -> None:
    text = (
        "The ferry sank off the coast of Vell on Monday. “It was a tragedy,” said Prime Minister Anton Kell.\n\n"
        "Details of the report surfaced as Kell expressed his condolences to the families of those who were reported "
        "to be aboard the ferry and referred to “grave errors” by the captain."
    )
    led = ledger_of(tmp_path, text)
    q = [q for q in led.quotes if q.text.startswith("grave errors")][0]
    assert speaker(led, q) == "Anton Kell"


def test_german_description_after_the_verb_is_the_person_introduced_with_it(tmp_path: Path) -> None:
    text = (
        "Der Zug entgleiste am Montag bei Lerovo. Für den Sprecher der Bahn, Karl Brenner (51), war Kellers Rücktritt "
        "seither absehbar. «Keller hat in dem Moment, als er die Warnung ignorierte, sein eigenes Urteil "
        "unterschrieben», sagte er zur «Bild».\n\n"
        "Wie konnte das passieren? Sicherheitsexperte Hansjörg Amrein schätzt den Unfall ein.\n\n"
        "«Ein Zug entgleist nicht einfach so auf gerader Strecke. Es sieht aus, als sei eine Weiche falsch gestellt "
        "worden», sagt der Experte zu Blick. Dass es sich um einen technischen Fehler handelt, glaubt Amrein nicht. "
        "«Diese Züge gehören zu den sichersten der Welt. So ein Zug ist noch nie entgleist», betont der Experte."
    )
    led = ledger_of(tmp_path, text)
    first = quote(led, "Keller hat")
    assert speaker(led, first) == "Karl Brenner"  # not "Kellers Rücktritt", a genitive and its noun
    assert [led.entity(v).name for v in first.via] == ["Bild"]
    assert not [e for e in led.entities if e.name.startswith("Kellers")]
    for starts in ("Ein Zug", "Diese Züge"):
        assert (speaker(led, quote(led, starts)) or "").endswith("Hansjörg Amrein")


def test_a_guillemet_left_open_where_the_page_is_cut_is_a_quote(tmp_path: Path) -> None:
    text = (
        "Der Zug entgleiste am Montag bei Lerovo. Sicherheitsexperte Hansjörg Amrein schätzt den Unfall ein.\n\n"
        "Für Amrein ist das jedoch unvorstellbar: «Das glaube ich auf gar keinen Fall."
    )
    led = ledger_of(tmp_path, text)
    assert quote(led, "Das glaube ich").text == "Das glaube ich auf gar keinen Fall."


def test_french_subject_before_a_participle_clause_and_after_an_adverbial(tmp_path: Path) -> None:
    text = (
        "Un ferry a sombré au large de Vell lundi.\n\n"
        "« Selon l'armateur, les passagers suivants se trouvaient à bord du navire », a indiqué Marinavia en citant le "
        "nom de Paul Lemaire. Selon elle, la traversée se faisait « en vertu d'une autorisation dûment délivrée ».\n\n"
        "« Il y avait quarante personnes à bord, dont six membres d'équipage », avait indiqué un peu auparavant sur "
        "Telegram le ministère des Situations d'urgence."
    )
    led = ledger_of(tmp_path, text)
    assert quote(led, "Selon l'armateur").speaker_text == "Marinavia"  # not Paul Lemaire, named in the participle
    assert quote(led, "en vertu").speaker_text == "Marinavia"  # "elle": the body that spoke last
    assert (quote(led, "Il y avait").speaker_text or "").startswith("ministère")  # not "un peu auparavant"


def test_romanian_speech_verbs_name_the_speaker_and_the_agency(tmp_path: Path) -> None:
    text = (
        "Un feribot s-a scufundat luni în largul orașului Vell. Potrivit informațiilor preliminare, la bord erau "
        "patruzeci de pasageri.\n\n"
        "„Feribotul naviga de la Vell la Ostra. La bord erau patruzeci de pasageri. Toți au fost salvați”, a spus un "
        "oficial din Ministerul Transporturilor pentru agenția Reuters.\n\n"
        "„A fost lansată o anchetă cu privire la scufundarea feribotului care a avut loc în această seară”, a "
        "declarat Marinavia."
    )
    led = ledger_of(tmp_path, text)
    first = quote(led, "Feribotul naviga")
    assert (first.speaker_text or "").startswith("un oficial")
    assert [led.entity(v).name for v in first.via] == ["Reuters"]
    assert quote(led, "A fost lansată").speaker_text == "Marinavia"
