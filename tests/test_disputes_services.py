"""Who did it at the grain an answer names (a country's service), occasions that are no actors, and intent read
through a contrast and a second strike on rescuers; on sentences written for these tests (never article text)."""

from __future__ import annotations

from pathlib import Path

import pytest

import rashomon
from rashomon.link.compare import same_intent, same_party
from rashomon.link.parties import (
    compatible,
    denial_reaches,
    denial_reaches_whole,
    grain,
    service_of,
    services_told,
    with_service,
)
from rashomon.model import Answer, Ledger, Span


def _answer(value: str, stance: str = "asserted") -> Answer:
    return Answer(value=value, claim="C1", article="A1", span=Span(0, 1), stance=stance)


@pytest.mark.parametrize(
    ("words", "names", "service"),
    [
        ("the Chilean Air Force", (), "air force"),
        ("a Peruvian navy gunboat", (), "navy"),
        ("the CAF authorities", ("Chilean Air Force", "CAF"), "air force"),
        ("the Army", ("Peruvian Army",), "army"),
        ("la Fuerza Aérea de Chile", (), "air force"),
        ("l'armée de l'air", (), "air force"),
        ("the national police", (), "police"),
        ("the army's air defence units", (), "air defence"),
        ("the military", ("Peruvian Army",), None),  # the forces as a whole, whatever the entity holds
        ("Chilean troops", (), None),
        ("l'armée", (), None),  # in French, most often the whole military
        ("the defence ministry", (), None),
        ("the army and the navy", (), None),  # two services: no one grain
    ],
)
def test_the_service_an_agent_names(words: str, names: tuple[str, ...], service: str | None) -> None:
    assert service_of(words, names) == service


def test_answers_compared_at_the_finest_grain_both_give() -> None:
    navy, air = with_service("Chile", "navy"), with_service("Chile", "air force")
    assert grain(navy) == ("Chile", "navy") and grain("Chile") == ("Chile", None)
    assert with_service("Chile", None) == "Chile"
    assert compatible("Chile", navy) and not compatible(navy, air) and not compatible("Peru", navy)
    # two services of one country are rival answers; the country as a whole fits either
    assert same_party(_answer(navy), _answer(air)) == "contradicts"
    assert same_party(_answer("Chile"), _answer(air)) == "agrees"
    assert same_party(_answer("Peru (army)"), _answer(air)) == "contradicts"


def test_a_denial_contradicts_only_what_it_denies() -> None:
    assert denial_reaches("Chile (navy)", "Chile (navy)") and denial_reaches("Chile", "Chile (navy)")
    assert not denial_reaches("Chile (navy)", "Chile (air force)") and not denial_reaches("Chile (navy)", "Chile")
    # the navy's "not us" against the air force's admission: they agree
    assert same_party(_answer("Chile (navy)", "denied"), _answer("Chile (air force)")) == "apart"
    assert same_party(_answer("Chile (navy)", "denied"), _answer("Chile (navy)")) == "contradicts"
    assert same_party(_answer("Chile", "denied"), _answer("Chile (navy)", "attributed")) == "contradicts"
    assert same_party(_answer("Chile (navy)", "denied"), _answer("Chile", "denied")) == "agrees"
    # intent answers have no grain: unchanged
    assert same_intent(_answer("accident", "denied"), _answer("accident")) == "contradicts"
    assert same_intent(_answer("accident", "denied"), _answer("deliberate")) == "apart"


def _write(tmp_path: Path, *texts: str) -> Ledger:
    for i, text in enumerate(texts, start=1):
        (tmp_path / f"{i:02d}.txt").write_text(f"url: https://example.com/{i}\n---\n{text}", encoding="utf-8")
    return rashomon.analyze([tmp_path])


def _answers(led: Ledger, kind: str) -> list[tuple[str, str]]:
    return [(a.value, a.stance) for q in led.questions if q.kind == kind for a in q.answers]


def test_a_service_admission_and_another_service_denial_agree(tmp_path: Path) -> None:
    led = _write(
        tmp_path,
        "Orvik, Peru (Reuters) - The Peruvian Army admitted responsibility for the drone strike on the fishing village "
        "of Orvik on Sunday. Nineteen people were killed.",
        "Orvik, Peru - The Peruvian Navy denied involvement in the drone strike on Orvik on Sunday. "
        "Nineteen people were killed, residents said.",
    )
    agents = _answers(led, "agent")
    assert ("Peru (army)", "attributed") in agents and ("Peru (navy)", "denied") in agents
    assert not any("who did it" in r.why for r in led.relations if r.type == "contradicts")


def test_an_occasion_is_no_agent(tmp_path: Path) -> None:
    led = _write(
        tmp_path,
        "Orvik, Peru - During the Harvest Moon festival, a drone bombed the square of Orvik on Sunday, killing nine.",
    )
    assert not any("Harvest" in value for value, _ in _answers(led, "agent"))


def test_not_meant_but_an_accident_tells_an_accident(tmp_path: Path) -> None:
    led = _write(
        tmp_path,
        'Orvik, Peru - "The strike on Orvik was not deliberate but an accident," the Peruvian army spokesman said on '
        "Sunday.",
    )
    intents = _answers(led, "intent")
    assert ("deliberate", "denied") in intents
    assert not any(value == "accident" and stance == "denied" for value, stance in intents)


def test_a_second_strike_on_rescuers_answers_against_an_accident(tmp_path: Path) -> None:
    led = _write(
        tmp_path,
        "Orvik, Peru - As villagers carried the wounded to the clinic on Sunday, another bomb was dropped on the "
        "square of Orvik, a survivor said.",
        "Orvik, Peru - Peru struck the port of Ilo again on Monday, officials said.",
    )
    intents = [(a.value, a.note, a.article) for q in led.questions if q.kind == "intent" for a in q.answers]
    assert ("deliberate", "struck again", "A1") in intents
    assert not any(article == "A2" for _, _, article in intents)  # another day's strike, no rescue told


def test_a_services_denial_reaches_its_country_told_whole_only_when_no_other_service_is_named() -> None:
    alone = services_told(["Peru"])
    assert denial_reaches_whole("Peru (army)", "Peru", alone)  # "the army does not" vs "Peruvian troops did"
    other = services_told(["Peru", "Peru (navy)"])
    assert not denial_reaches_whole("Peru (army)", "Peru", other)  # the navy admitted it: "the military" may be it
    assert not denial_reaches_whole("Peru (army)", "Peru (navy)", alone)  # another service: apart
    assert not denial_reaches_whole("Peru (army)", "Chile", alone)  # another party
