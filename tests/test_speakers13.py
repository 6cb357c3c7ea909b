"""Speakers: kinds of miss seen on real news in the eleventh session, each on sentences written for the test
(invented events and people).

- English: ``The Defence Minister, Aden Bare Duale, announced that “...”`` where the model types the name as a body
  (a word of it is also a town's name): a name set off by commas right after a title only a person holds is that
  person;
- English: ``..., he said`` after ``bodies were sent to X`` where the model typed the town X as a person: a one-word
  name with no role, no given name and no full name in the article does not take the pronoun from the last speaker.
"""

from __future__ import annotations

from pathlib import Path

from .speaker_cases import ledger_of, quote, speaker


def test_a_name_apposed_to_a_persons_title_is_a_person_whatever_the_model_typed(tmp_path: Path) -> None:
    text = (
        "Protesters stormed the parliament of Vell on Tuesday. The Defence Minister, Aden Bare Duale, hours later "
        "announced that the government had deployed the army to tackle “the security emergency in the country”."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "the security emergency")) == "Aden Bare Duale"
    assert {e.name: e.type for e in led.entities}.get("Aden Bare Duale") == "PERSON"


def test_a_one_word_name_with_nothing_of_a_person_does_not_take_the_pronoun_from_the_speaker(tmp_path: Path) -> None:
    text = (
        'Speaking to reporters, Chief Secretary Pradeep Valen said, "Eighty bodies have been identified so far."\n\n'
        "The Chief Secretary further said that 170 bodies had been sent to Maheshwar in mortuaries. "
        '"This figure will be updated again in the evening," he said.'
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "This figure")) == "Pradeep Valen"
