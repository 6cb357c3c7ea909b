"""Speakers of quotes told in shapes a session found in real coverage: a label line ("— Name, role:") that the
quotes after it belong to, never to the quote before; a Spanish quote after a sentence that opens on its speaker,
and one that a sentence with a colon introduces. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import rashomon
from rashomon.model import Ledger, Quote


def _ledger(tmp_path: Path, text: str) -> Ledger:
    (tmp_path / "01.txt").write_text(f"url: https://n1.example/2024/05/01/story\n---\n{text}", encoding="utf-8")
    return rashomon.analyze([tmp_path])


def _relays(led: Ledger, quotes: list[Quote]) -> list[list[str]]:
    """Each quote's relaying outlets, by name."""
    names = {e.id: e.name for e in led.entities}
    return [[names.get(v, "") for v in q.via] for q in quotes]


def _speakers(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    led = _ledger(tmp_path, text)
    return [(q.text.split()[0], q.speaker_text) for q in led.quotes]


LABELS = """Here is how Lerovo lawmakers reacted to the news:

— Ana Ruiz, member of the defense committee in the upper house of parliament:

“It looks a lot like an outside attack, indeed. But this requires checking. We must wait.”

“Looking for a Lerovan footprint in the crash is foolish.”

— Marco Diaz, head of the foreign affairs committee in the lower house:

“Any statement on the causes of the crash made before the inquiry ends is premature.”
"""


def test_quotes_after_a_label_line_are_the_labels_not_the_quote_befores(tmp_path: Path) -> None:
    assert _speakers(tmp_path, LABELS) == [("It", "Ana Ruiz"), ("Looking", "Ana Ruiz"), ("Any", "Marco Diaz")]


SPANISH = """El presidente Marco Díaz dijo el martes que "los números fueron inflados por la oposición para dañarme".

La alcaldesa de Orvik, Ana Ruiz, a quien el miércoles Díaz calificó de "incompetente", respondió en duros términos.

"Negar nuestros muertos no tiene perdón alguno en esta ciudad", dijo en Twitter.

"Los números son falsos y lo vamos a demostrar en los tribunales", añadió.

El senador opositor Luis Vega salió a defender a las víctimas: "El presidente Díaz juega con el dolor de todos".
"""


def test_spanish_speakers_by_the_sentence_that_opens_on_them(tmp_path: Path) -> None:
    said = dict(_speakers(tmp_path, SPANISH))
    assert said["los"] == "Marco Díaz"
    assert said["Negar"] == "Ana Ruiz"  # the sentence before opens on her; Díaz spoke no full quote there
    assert said["Los"] == "Ana Ruiz"  # she goes on
    assert said["El"] == "Luis Vega"  # his sentence introduces the quote with a colon


def test_a_speakers_quotes_reached_the_article_through_the_one_outlet_it_names(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        "Lerovan Foreign Minister Ana Ruiz said the government did not know where the crew was.\n\n"
        "“We do not know where they are, we do not know the details,” Ruiz said.\n\n"
        "“There obviously was a tremendous mistake made, and the attempt to hide it made it worse,” Ruiz told "
        "Fox News.",
    )
    direct = [q for q in led.quotes if q.kind == "direct"]
    assert len(direct) == 2
    assert _relays(led, direct) == [["Fox News"], ["Fox News"]]


def test_a_statement_carried_or_published_by_an_outlet_is_relayed_by_it(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        "Prince Abdul Aziz said in the statement carried by the Saudi Press Agency early on Saturday that the kingdom "
        "“valued the cooperation with its neighbours through the joint work of the commission”.\n\n"
        "“This is a lie and nobody will claim responsibility for the big lie,” said a statement from the Lerovan "
        "government published on the state-run IRNA news agency’s website.",
    )
    assert _relays(led, list(led.quotes)) == [["Saudi Press Agency"], ["IRNA"]]


def test_a_german_quote_tweeted(tmp_path: Path) -> None:
    said = _speakers(
        tmp_path,
        "Der Präsident Marco Díaz hat die Zahl der Toten in Frage gestellt. Die Zahl habe „irgendwo zwischen sechs "
        "und 18“ gelegen, sagte er am Donnerstag.\n\n„Dann, lange später, haben sie angefangen, richtig große Zahlen "
        "zu melden, wie 3000“, twitterte Díaz. „Das haben die Demokraten gemacht, um mich schlecht aussehen zu "
        "lassen.“",
    )
    assert [s for _, s in said][1:] == ["Díaz", "Díaz"]


def test_an_italian_verb_with_a_place_after_it_and_no_subject_goes_on_with_the_speaker(tmp_path: Path) -> None:
    said = _speakers(
        tmp_path,
        "Poi l'ex presidente Marco Díaz ha attaccato la vedova del sindaco. \"Guardate il volto sorridente e felice "
        'della vedova, sembra che abbia aspettato questo", ha scritto sui social.\n\n'
        'La sindaca Ana Ruiz ha risposto in serata. "Per legge avrebbero dovuto consegnarmi subito tutti i '
        'documenti", ha raccontato la sindaca in un video-appello.',
    )
    assert said[0][1] == "Marco Díaz"  # not "sui social"
    assert said[1][1] == "la sindaca"  # the phrase ends before "in un video-appello"


def test_a_french_statement_after_the_sentence_that_says_who_announced_it(tmp_path: Path) -> None:
    said = _speakers(
        tmp_path,
        "Le détenu est mort vendredi dans une prison du Grand Nord.\n\n"
        "Son décès a été annoncé par le Service pénitentiaire régional à 14 h 19, heure locale, le 16 février.\n\n"
        "\"Le 16 février, dans la colonie numéro 3, le condamné s'est senti mal après une promenade.\n\n"
        "\"Le personnel médical de l'établissement est arrivé immédiatement et une équipe a été appelée.\n\n"
        "Le service n'a pas donné plus de détails.",
    )
    assert [s for _, s in said] == ["le Service pénitentiaire régional"] * 2


def test_an_outlet_that_is_reporting_the_lead_relays_the_article(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        "The balloon that flew over Lerovo for eight days carried equipment capable of collecting intelligence, "
        "NBC News is reporting.\n\n"
        "“We will expose its larger surveillance activities around the world,” a state department official said.",
    )
    assert _relays(led, [q for q in led.quotes if q.kind == "direct"]) == [["NBC News"]]


def test_a_german_quote_told_to_an_agency(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        "Einige Arbeiter berichten, es hätten sich schon am Dienstag Risse in den Wänden des Gebäudes gebildet. "
        "„Wir wurden gezwungen, wieder an die Arbeit zu gehen, obwohl alle Angst hatten“, erzählt eine junge "
        "Angestellte der Nachrichtenagentur AFP. Ihren Angaben zufolge arbeiteten etwa 5000 Menschen in dem Haus.",
    )
    direct = [q for q in led.quotes if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].speaker_text == "eine junge Angestellte"
    assert _relays(led, direct)[0] == ["Agence France-Presse"]  # "der Nachrichtenagentur AFP": the outlet


def test_a_spanish_subject_after_a_fronted_phrase(tmp_path: Path) -> None:
    said = _speakers(
        tmp_path,
        "El Gobierno de Lerovo informó de la localización del globo el viernes, dijo el presidente Marco Díaz.\n\n"
        'En un comunicado, el Ejecutivo lerovano ha explicado que el globo era de "naturaleza civil y entró en '
        'Lerovo por causas de fuerza mayor".',
    )
    assert said[-1][1] == "el Ejecutivo lerovano"  # not the last speaker
