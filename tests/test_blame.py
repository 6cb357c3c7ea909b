"""Who did it, said in general grammar and read from the parse (issue 17), on sentences written for these tests.

Responsibility is said in many ways besides "X fired": "X was behind it", "X was responsible", "held X
responsible", "the work of X", "caused by X's rocket", "an errant launch by X"; each answers "who did it" with the
party. "X denied responsibility", "X had nothing to do with it", "X was not behind it" deny that answer. A negation,
a modal or an open word flips or hedges the answer only when it governs the predicate that carries it; a question, a
counterfactual, where a weapon was made, and fire aimed at an incoming missile are no answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rashomon
from rashomon.model import Ledger

PATTERNS = [
    ("Officials said Peruvian troops were behind the shelling of the market.", ("Peru", "attributed")),
    ("Peru was responsible for the strike, the Chilean foreign minister said.", ("Peru", "attributed")),
    ("The Chilean defence ministry held Peru responsible for the attack on the market.", ("Peru", "attributed")),
    ("The market fire was caused by a Peruvian rocket, investigators said.", ("Peru", "attributed")),
    ("The blast was caused by a Chilean air defence missile, Peruvian officials said.", ("Chile", "attributed")),
    (
        "The explosion was the result of an errant launch by the Chilean army, Lima said.",
        ("Chile (army)", "attributed"),
    ),
    (
        "The strike on the market was the work of Peruvian special forces, the mayor said.",
        ("Peru (special forces)", "attributed"),
    ),
    ("The Peruvian embassy said Chile was the perpetrator of the strike.", ("Chile", "attributed")),
    ("Officials said Peruvian rockets had crossed the border and killed two farmers.", ("Peru", "attributed")),
    (
        "The Varnish Front confirmed its responsibility for the bombing of the Orvik market.",
        ("Varnish Front", "attributed"),
    ),
    (
        "Officials confirmed the Varnish Front's claim of responsibility for the market bombing.",
        ("Varnish Front", "attributed"),
    ),
    ("The Varnish Front denied its responsibility for the bombing of the Orvik market.", ("Varnish Front", "denied")),
    ("A Peruvian missile fell on the market, killing two farmers.", ("Peru", "asserted")),
    ("Peru delivered a strike against the Orvik market overnight, the Chilean ministry said.", ("Peru", "attributed")),
    ("The shelling of the market was carried out by Chilean artillery units, Lima said.", ("Chile", "attributed")),
    ("It was a deliberate Peruvian war crime, the Chilean president said.", ("Peru", "attributed")),
    ("The Chilean army made no strikes on the Orvik market, the ministry said.", ("Chile (army)", "denied")),
    ("Peruvian drones attacked the Orvik market on Thursday, the governor said.", ("Peru", "attributed")),
    ("Peru's rocket struck the market on Thursday, the governor said.", ("Peru", "attributed")),
    ("Peru denied responsibility for the strike on the market.", ("Peru", "denied")),
    ("Lima said Peru had nothing to do with the shelling of the market.", ("Peru", "denied")),
    ("The Peruvian president said Peru was not behind the attack on the market.", ("Peru", "denied")),
    ("The strike on the market was not caused by a Peruvian rocket, the Chilean army said.", ("Peru", "denied")),
    ("It is unlikely that Peruvian troops fired the rocket, the analysts said.", ("Peru", "denied")),
    ("Chile may have been behind the strike on the market, analysts said.", ("Chile", "hedged")),
    ("There is no evidence that Chile was behind the strike on the market, the monitors said.", ("Chile", "hedged")),
    ("It is too early to say whether Chile was responsible for the strike, the inspectors said.", ("Chile", "hedged")),
    ("The governor said the toll was unlikely to rise, and he blamed Peru for the strike.", ("Peru", "attributed")),
    (
        "It is highly probable that the rocket was fired by Chilean air defence, the president said.",
        ("Chile", "attributed"),
    ),
    (
        "There is a high probability that the missile came from a Chilean air defence system, he said.",
        ("Chile", "attributed"),
    ),
    ("We have no evidence that the rocket was fired by Chile, the inspectors said.", ("Chile", "hedged")),
    (
        "There is no proof that the rocket hit the market by accident, nor is there evidence that it was launched by "
        "Chilean forces, he said.",
        ("Chile", "hedged"),
    ),
    ("There is a chance that Chile fired the rocket at the market, the inspectors said.", ("Chile", "hedged")),
    ("This is a Peruvian missile attack on our country, the Chilean president said.", ("Peru", "attributed")),
    (
        "It was an air defence missile that had been used by the Chilean army, the inspectors said.",
        ("Chile (army)", "attributed"),
    ),
    (
        '"The missile that struck the market was not our rocket," Chilean President Mateo Rojas said.',
        ("Chile", "denied"),
    ),
]

NOT_ANSWERS = [
    "Was Peru behind the attack on the market?",
    "If Peru had been behind the strike, Lima would have said so.",
    "A Russian-made missile hit the market in Orvik on Thursday.",
    "Chilean air defence fired at an incoming Peruvian missile over the market.",
    "The market was hit in response to an attack by Peru, the Chilean army said.",
    "More than forty Chilean prisoners were killed by shelling at the market.",
    "The Peruvian drone fell into the sea after the interception, the Chilean navy said.",
    "Chile delivered humanitarian aid to the Orvik market on Friday.",
    "A Russian-made drone attacked the Orvik market on Thursday.",
    "The blast hit a depot in the town of Orvik, Varna Oblast, which killed at least 40 workers.",
    "The jet may have been hit, with Chilean state media quoting officials claiming a Peruvian missile was to blame.",
]


def corpus(tmp_path: Path, *texts: str) -> Ledger:
    for i, text in enumerate(texts, start=1):
        (tmp_path / f"{i:02d}.txt").write_text(
            f"url: https://n{i}.example/2025/05/01/story\n---\n{text}", encoding="utf-8"
        )
    return rashomon.analyze([tmp_path])


def who(led: Ledger) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for q in led.questions:
        if q.kind == "agent":
            for a in q.answers:
                out.setdefault(a.article, set()).add((a.value, a.stance))
    return out


@pytest.fixture(scope="module")
def answered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[tuple[str, str]]]:
    return who(corpus(tmp_path_factory.mktemp("blame"), *(s for s, _ in PATTERNS), *NOT_ANSWERS))


@pytest.mark.parametrize(("k", "expected"), [(k, e) for k, (_, e) in enumerate(PATTERNS)])
def test_each_way_of_saying_who_did_it_answers_with_the_party_and_its_stance(
    answered: dict[str, set[tuple[str, str]]], k: int, expected: tuple[str, str]
) -> None:
    assert answered.get(f"A{k + 1}") == {expected}, PATTERNS[k][0]


@pytest.mark.parametrize("k", range(len(NOT_ANSWERS)))
def test_a_question_a_counterfactual_a_maker_an_interception_a_retaliation_and_a_victim_are_no_answer(
    answered: dict[str, set[tuple[str, str]]], k: int
) -> None:
    assert answered.get(f"A{len(PATTERNS) + k + 1}") is None, NOT_ANSWERS[k]


def test_two_parties_blamed_for_one_act_contradict_and_a_denial_contradicts_its_answer(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        "The explosion at the Orvik market was caused by a Peruvian rocket, the Chilean army said.",
        "The explosion at the Orvik market was the result of an errant launch by the Chilean army, Lima said.",
        "Peru denied responsibility for the explosion at the Orvik market.",
    )
    pairs = {
        frozenset((r.a, r.b))
        for r in led.relations
        if r.type == "contradicts" and r.details and r.details[0][0] == "agent"
    }
    claims = {c.id: c.article for c in led.claims}
    articles = {frozenset(claims[x] for x in p) for p in pairs}
    assert frozenset({"A1", "A2"}) in articles  # Peru, per the Chilean army vs Chile, per Lima
    assert frozenset({"A1", "A3"}) in articles  # Peru vs Peru's denial
    assert frozenset({"A2", "A3"}) not in articles  # Chile did it and Peru did not: both may be true
