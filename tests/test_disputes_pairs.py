"""Which answers a dispute stands on (issue 17, round 4), on sentences written for these tests (never article text):
a denial's words for the accusation it rejects are no intent answer; the pair that stands for a dispute is the one
that names what the dispute is about."""

from __future__ import annotations

from pathlib import Path

from rashomon.link.compare import same_intent
from rashomon.link.questions import _labels_accusation
from rashomon.model import Answer, Span

from .dated_articles import answers, corpus


def test_words_for_an_accusation_are_not_the_acts_intent() -> None:
    assert _labels_accusation("these accusations were a ", "attributed")
    assert _labels_accusation("the ministry described the reports as a ", "asserted")
    assert _labels_accusation("denied reports that its drones hit the depot, describing them as a ", "denied")
    # a pronoun stands for the accusation only after a denial; the act itself called deliberate is an answer
    assert not _labels_accusation("the drones hit the depot, the governor calling it a ", "attributed")
    assert not _labels_accusation("the ministry called the strike a ", "asserted")
    assert not _labels_accusation("the strike was ", "asserted")


def test_a_denial_calling_the_reports_a_provocation_gives_no_intent(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Colonel Marek Vos said the drone strike on the Kessel depot was deliberate."),
        (
            "2025-05-01",
            "The Chilean defence ministry denied reports that its drones hit the Kessel depot, describing them as "
            "a deliberate provocation.",
        ),
        (
            "2025-05-02",
            "The Chilean foreign ministry said these accusations were a provocation meant to inflame tensions over "
            "the Kessel depot.",
        ),
        ("2025-05-02", "The Chilean foreign ministry called the strike on the Kessel depot a staged provocation."),
    )
    told = {(a.article, a.value, a.stance) for a in answers(led, "intent")}
    assert {a for a, _, _ in told} == {"A1", "A4"}, told
    assert ("A4", "staged", "asserted") in told


def answer(value: str, stance: str = "asserted") -> Answer:
    return Answer(value=value, claim="C1", article="A1", span=Span(0, 1), stance=stance)


def test_an_intent_left_open_contradicts_nothing() -> None:
    assert same_intent(answer("deliberate"), answer("accident")) == "contradicts"
    assert same_intent(answer("deliberate"), answer("deliberate", "denied")) == "contradicts"
    # "nothing suggests it was deliberate" beside "it was not deliberate", or beside "an accident": both can be true
    assert same_intent(answer("deliberate", "hedged"), answer("deliberate", "denied")) == "apart"
    assert same_intent(answer("deliberate", "hedged"), answer("accident")) == "apart"
    assert same_intent(answer("deliberate", "hedged"), answer("deliberate", "hedged")) == "agrees"
