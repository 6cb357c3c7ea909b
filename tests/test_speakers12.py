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


def test_those_of_a_relative_clause_is_no_speaker(tmp_path: Path) -> None:
    text = (
        "The ferry sank off the coast of Vell on Monday. “It was a tragedy,” said Prime Minister Anton Kell.\n\n"
        "Details of the report surfaced as Kell expressed his condolences to the families of those who were reported "
        "to be aboard the ferry and referred to “grave errors” by the captain."
    )
    led = ledger_of(tmp_path, text)
    q = [q for q in led.quotes if q.text.startswith("grave errors")][0]
    assert speaker(led, q) == "Anton Kell"
