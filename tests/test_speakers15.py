"""Speakers: a pronoun after a sentence that names a second person only as a possessor or an object of its subject
(sentences written for the test; invented people and places).

- ``President Tarn Ovel emerged and ordered Dario Vesk to withdraw: “...,” he said``: Ovel's line, not Vesk's;
- ``... spokesman Ivo Marsh said, when he was asked about Zuri Korr's claims. “...,” he said``: Marsh's (a guard: the
  sentence's quote comes first, so its names are read even though its root lies inside the quote);
- a person who is the object with no other person as subject still takes the pronoun.
"""

from __future__ import annotations

from pathlib import Path

from .speaker_cases import ledger_of, quote, speaker


def test_the_object_of_the_subjects_order_does_not_take_his_pronoun(tmp_path: Path) -> None:
    text = (
        "Soldiers surrounded the palace in Varno on Wednesday. At one point, President Tarn Ovel, 61, emerged and "
        'ordered General Dario Vesk to withdraw: "I am your commander," he said. "Stand down now."'
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "I am your commander")) == "Tarn Ovel"


def test_a_possessor_in_the_speakers_clause_does_not_take_the_next_pronoun(tmp_path: Path) -> None:
    text = (
        "Ostran President Zuri Korr has accused Moscow of meddling in the election, saying it was part of a "
        '"special operation."\n\n'
        '"There was no interference at all," Kremlin spokesman Ivo Marsh said, when he was asked about Zuri Korr\'s '
        "claims.\n\n"
        '"There are attempts to destabilise the republic," he said, referring to the president\'s remarks.'
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "There are attempts to destabilise")) == "Ivo Marsh"


def test_an_object_with_no_other_person_as_subject_still_takes_the_pronoun(tmp_path: Path) -> None:
    text = (
        "Police in Varno detained Dario Vesk on Monday after the protest.\n\n"
        '"I have done nothing wrong," he said as he was led away.'
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "I have done nothing wrong")) == "Dario Vesk"


def test_per_an_outlet_after_a_fragment_of_reported_speech_relays_the_subjects_words(tmp_path: Path) -> None:
    text = (
        "Envoys of Vell and Ostra met on Friday, per the AP. On Saturday, President Ruan Tanu said the ceasefire "
        'talks "might be going OK," per CNN.'
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "might be going OK")
    assert speaker(led, q) == "Ruan Tanu"
    assert [led.entity(v).name for v in q.via] == ["CNN"]


def test_per_a_document_after_a_quote_still_names_its_source(tmp_path: Path) -> None:
    text = 'Members may not stand twice, "under any circumstances," per the party\'s bylaws.'
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "under any circumstances")) is None


def test_a_national_government_named_by_its_country_is_the_country(tmp_path: Path) -> None:
    text = (
        'Denmark summoned the Ostran ambassador on Monday over the pipeline. "This is unacceptable," the Danish '
        'government said. "We will respond in kind," Denmark\'s government added. "We saw no damage," the Danish '
        "energy agency said."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "This is unacceptable")) == "Denmark"
    assert speaker(led, quote(led, "We will respond")) == "Denmark"
    assert speaker(led, quote(led, "We saw no damage")) != "Denmark"  # a body of the country is not the country


def test_the_latter_is_the_person_named_last(tmp_path: Path) -> None:
    text = 'Police chief Tom Vance met Mayor Anna Reed on Monday. The latter said the city "will not tolerate it."'
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "will not tolerate it")) == "Anna Reed"


def test_an_aide_named_in_apposition_speaks_not_the_person_served(tmp_path: Path) -> None:
    text = (
        "President Ivan Sarko spoke on Monday. A senior adviser to Sarko, Pavel Dorn, posted on Twitter that Vell "
        '"has nothing to do with the blast." Sarko\'s lawyer said the case "is closed for good."'
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "has nothing to do")) == "Pavel Dorn"
    assert speaker(led, quote(led, "is closed for good")) is None  # the lawyer, unnamed: not Sarko


def test_quoted_as_saying_by_an_outlet_is_its_relay(tmp_path: Path) -> None:
    text = (
        'Seismologists registered two blasts. "There is no doubt that these are explosions," Tor Lunde, a lecturer '
        "in seismology, was quoted as saying by SVT."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "There is no doubt")
    assert speaker(led, q) == "Tor Lunde"
    assert [led.entity(v).name for v in q.via] == ["SVT"]


def test_a_countrys_office_named_without_its_holder_is_the_one_person_the_corpus_names_so(tmp_path: Path) -> None:
    from .dated_articles import corpus

    led = corpus(
        tmp_path,
        ("2024-10-27", "Hungarian Prime Minister Ivo Tarkan congratulated the winners on Sunday."),
        ("2024-10-27", 'Hungary\'s prime minister said the vote had been "free and fair by any standard."'),
        ("2024-10-27", 'The former president of Hungary said the vote "was a farce from the start."'),
    )
    assert speaker(led, quote(led, "free and fair")) == "Ivo Tarkan"
    assert speaker(led, quote(led, "was a farce")) is None  # a former holder is someone else
