"""A rejection of the accusations themselves ("refuting all of X's allegations", "baseless accusations", "called the
rumours an utter lie"): the accused side's denial that it did it, though the sentence never names the act. Sentences
written for these tests, about invented events."""

from __future__ import annotations

from pathlib import Path

from .dated_articles import answers, corpus

STRIKE = "Peruvian troops shelled the market in Orvik on Tuesday, killing 12 people, officials said."


def _denied(led: object) -> set[str]:
    return {a.value for a in answers(led, "agent") if a.stance == "denied"}


def test_refuting_the_allegations_denies_for_the_side_that_refutes(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", STRIKE),
        ("2024-05-02", "Peru responded by refuting all of Chile's allegations over the Orvik market."),
    )
    assert _denied(led) == {"Peru"}


def test_accusations_against_a_side_are_that_sides_to_deny(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", STRIKE),
        (
            "2024-05-02",
            "The ministry handed the envoy a note protesting evidence-free accusations against Peru over the Orvik "
            "market.",
        ),
    )
    assert _denied(led) == {"Peru"}


def test_the_accuser_before_baseless_accusations_is_not_the_one_who_denies(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", STRIKE),
        ("2024-05-02", "Peruvian minister Ana Ruiz said Chile's baseless accusations over the market were a ploy."),
    )
    assert _denied(led) == {"Peru"}  # the minister speaks for Peru; Chile made the accusations


def test_a_rejection_in_german_with_its_verb_split(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", STRIKE),
        ("2024-05-02", "Peru weist die Vorwürfe aus Chile zurück, der Markt in Orvik sei nicht beschossen worden."),
    )
    assert _denied(led) == {"Peru"}


def test_an_accusation_made_is_no_denial(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", STRIKE),
        ("2024-05-02", "Chile repeated its accusations against Peru over the Orvik market on Wednesday."),
    )
    assert _denied(led) == set()
