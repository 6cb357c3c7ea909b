"""Speakers and relays: kinds of miss seen on unseen real news, each on sentences written for the test (invented
events and people).

- English: ``“...,” a local alleged`` (the parse hangs the speaker's words on the verb), ``Another villager, X,
  confirmed to the agency, “...”`` (the verb parsed as a clause of the noun; ``confirmed to`` an outlet relays);
  ``The Daily Courier cited residents who said ... . A resident said: “...”`` (via the outlet that cited them);
- French: ``a déclaré le maire de la ville, M. X`` (the name after the title's full stop), and ``le maire`` later;
- German: fragments in a sentence that ``, erklärte X`` closes, and ``Angaben der Polizei zufolge``;
- the corpus: ``The governor of X province said`` is the one person another article introduces as X's governor.
"""

from __future__ import annotations

from pathlib import Path

import rashomon
from rashomon.link.holders import office_of

from .speaker_cases import ledger_of, quote, speaker


def test_an_unnamed_local_after_the_quote_is_the_speaker(tmp_path: Path) -> None:
    text = "Flood waters reached the town on Monday. “We were sleeping when the river came in,” a local alleged."
    q = quote(ledger_of(tmp_path, text), "We were sleeping")
    assert q.speaker_text == "a local"


def test_another_villager_named_in_apposition_speaks_not_the_survivor_before(tmp_path: Path) -> None:
    text = (
        "Rescuers reached the valley on Tuesday. Survivor Mara Lind recounted, “We could not even run. It was a loud "
        "noise.” Another villager, Ali Baba, confirmed to Reuters over the phone, “We have counted over 80 bodies that "
        "were buried.”"
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "We have counted")
    assert speaker(led, q) == "Ali Baba"
    assert [led.entity(v).name for v in q.via] == ["Reuters"]


def test_a_resident_after_an_outlet_cited_residents_comes_through_that_outlet(tmp_path: Path) -> None:
    text = (
        "Flood waters reached the town of Vell on Monday.\n\n"
        "The Daily Courier cited residents who said the river rose within an hour.\n\n"
        "A resident said:\n\n"
        "“We were sleeping when the river came into the houses and took everything we had.”"
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "We were sleeping")
    assert q.speaker_text == "A resident"
    assert [led.entity(v).name for v in q.via] == ["Daily Courier"]


def test_french_name_after_a_courtesy_title_is_the_speaker(tmp_path: Path) -> None:
    text = (
        "La crue a touché la ville de Vell lundi. « Des familles entières ont été emportées par les eaux pendant la "
        "nuit sans aucun avertissement », a déclaré le maire de la ville de Vell, M. Jean Roux. « Nous reconstruirons "
        "les maisons détruites avant la fin de cette année », a ajouté le maire."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "Des familles")) == "Jean Roux"
    assert speaker(led, quote(led, "Nous reconstruirons")) == "Jean Roux"


GERMAN = (
    "Bei einem Hochwasser in der Stadt Vell sind dutzende Menschen gestorben. Bei einem „plötzlichen Anstieg des "
    "Flusses in der Nacht“ seien Familien „im Schlaf überrascht und viele verletzt“ worden, erklärte Jan Roth, "
    "Bürgermeister der Stadt Vell am Montag. Angaben der Polizei zufolge wurden bei einem Einsatz am Sonntagabend "
    "„ungewollt die falschen Häuser geräumt“. Die Polizei machte keine Angaben zur Zahl der Toten."
)


def test_german_fragments_in_a_sentence_a_speech_verb_closes(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, GERMAN)
    assert speaker(led, quote(led, "plötzlichen Anstieg")) == "Jan Roth"
    assert speaker(led, quote(led, "im Schlaf")) == "Jan Roth"


def test_german_according_to_a_body_named_by_a_common_noun(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, GERMAN)
    assert quote(led, "ungewollt").speaker_text == "der Polizei"


def test_office_of_a_place_read_from_a_description() -> None:
    assert office_of("The governor of Lerovo province") == ("governor", frozenset({"lerovo"}))
    assert office_of("le gouverneur de l'État de Lerovo") == ("governor", frozenset({"lerovo"}))
    assert office_of("Gouverneur des nördlichen Bundesstaats Lerovo") == ("governor", frozenset({"lerovo"}))
    assert office_of("a governor") is None
    assert office_of("the governor") is None
    assert office_of("the state governor") is None


def _analyze(tmp_path: Path, *texts: str) -> rashomon.model.Ledger:
    paths = []
    for k, text in enumerate(texts):
        path = tmp_path / f"a{k}.txt"
        path.write_text(" date 2023-06-08 Test\n\n" + text, encoding="utf-8")
        paths.append(path)
    return rashomon.analyze(paths)


def test_a_described_office_holder_is_the_one_the_corpus_names(tmp_path: Path) -> None:
    first = (
        "Floods hit Lerovo province on Monday. The governor of Lerovo province said on Tuesday that “dozens of homes "
        "were swept away by the water in the night.”"
    )
    second = "The mayor of Vell, Tom Hart, spoke to reporters. Lerovo Governor John Carter visited the hospital."
    led = _analyze(tmp_path, first, second)
    assert speaker(led, quote(led, "dozens of homes")) == "John Carter"


def test_a_described_office_with_two_holders_in_the_corpus_stays_a_description(tmp_path: Path) -> None:
    first = "Floods hit Lerovo province on Monday. The governor of Lerovo province said “the water came in the night.”"
    second = (
        "Lerovo Governor John Carter visited the hospital. Lerovo Governor Peter Miles resigned in March, "
        "long before the flood."
    )
    led = _analyze(tmp_path, first, second)
    assert speaker(led, quote(led, "the water came")) is None
