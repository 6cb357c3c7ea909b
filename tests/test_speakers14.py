"""Speakers: kinds of miss seen in English articles of the development events, each on sentences written for the
test (invented events and people).

- ``Pavel Korvin, adviser to the head of the office of President Oleg Sarnik, said ... . “...,” he said``: a person
  named only inside the title an apposition gives the person before does not take the pronoun;
- ``the state-funded body said``, then ``It also said``: a description by a kind of body (``body``, ``federation``)
  is the body last a subject whose name says it is of that kind, and "it" goes on pointing to it;
- ``Another social media user, named as Tomas Reyo, said``: the person the apposition names;
- ``“...,” President Ruan Tanu affirmed``: ``affirm`` is a speech verb.
"""

from __future__ import annotations

from pathlib import Path

from .speaker_cases import ledger_of, quote, speaker


def test_a_person_named_in_the_speakers_title_does_not_take_the_pronoun(tmp_path: Path) -> None:
    text = (
        "The rocket that hit a house in Marivka was downed by Vellan air defence, Pavel Korvin, adviser to the head "
        "of the office of President Oleg Sarnik, said on the air of a YouTube channel.\n\n"
        "“It was knocked down, it fell on the porch. It exploded when it fell,” he said."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "It was knocked down")) == "Pavel Korvin"


def test_the_body_described_by_its_kind_is_the_body_last_a_subject(tmp_path: Path) -> None:
    text = (
        "The Vellan Commission on Human Rights said the toll had doubled.\n\n"
        '"Data from our records indicates that 39 people have died," the state-funded body said in a statement.\n\n'
        'It also said there had been 32 cases of "enforced or involuntary disappearances" and 627 arrests.'
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "Data from our records")).startswith("Vellan Commission")
    assert speaker(led, quote(led, "enforced or involuntary")).startswith("Vellan Commission")


def test_a_body_of_another_kind_is_not_the_body_described(tmp_path: Path) -> None:
    text = (
        "The Ostran Football Federation said the match would go ahead.\n\n"
        '"We have found no fault," the state-funded body said in a statement.'
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "We have found no fault")) is None


def test_an_unnamed_speaker_named_in_an_apposition_is_that_person(tmp_path: Path) -> None:
    text = (
        "Residents blamed the weather service for the floods. Another social media user, named as Tomas Reyo, said "
        "the agency “can’t predict this, but they can predict the weather in 20 years”."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "can’t predict this")) == "Tomas Reyo"


def test_affirmed_is_a_speech_verb(tmp_path: Path) -> None:
    text = (
        "Protesters stormed the parliament of Vell on Tuesday.\n\n"
        "“I assure citizens that we shall provide a full and swift response,” President Ruan Tanu affirmed."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "I assure citizens")) == "Ruan Tanu"
